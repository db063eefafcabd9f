// The officials' dashboard: every number comes from /v1/stats/… with the filters in the URL.
"use strict";

const GROUPS = { college_graduate: "高校毕业生", migrant_worker: "农民工", veteran: "退役军人",
  poverty_alleviated: "脱贫人口", hard_to_employ: "就业困难人员", disabled: "残疾人", all: "全体" };
const STEPS = { impression: "推荐", view: "查看", apply: "投递", invite: "邀约", interview: "面试",
  intention: "达成意向", hired: "录用" };
const TREND_COLOURS = { impression: "#9db4d3", view: "#5b8cc8", apply: "#1d4e89", intention: "#f5b700", hired: "#2e9d5b" };
const HEADLINE = [
  ["seekers", "登记求职者"], ["open_jobs", "3公里内在招岗位"], ["communities_meeting_standard", "达标社区"],
  ["standard_share", "社区达标率", "pct"], ["intentions", "达成意向"], ["hires", "实现就业"],
  ["employment_rate", "就业率", "pct"], ["zero_employment_households", "零就业家庭"], ["fairs_held", "已举办招聘会"],
];
const NS = "http://www.w3.org/2000/svg";
const state = { communities: [], selected: null };

const $ = (selector) => document.querySelector(selector);
const fmt = (value, kind) => value === null || value === undefined ? "—"
  : kind === "pct" ? `${(value * 100).toFixed(1)}%` : Number(value).toLocaleString("zh-CN");

function el(tag, attrs = {}, text = "") {
  const node = tag.startsWith("svg:") ? document.createElementNS(NS, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== "") node.textContent = text;
  return node;
}

function filters() {
  const params = new URLSearchParams(location.search);
  const out = {};
  for (const key of ["district", "from", "to", "group"]) if (params.get(key)) out[key] = params.get(key);
  return out;
}

// Statistics are for staff: a bearer token from /v1/auth/login, kept for this browser tab only.
const TOKEN = "jobcircle.token";

class SignInNeeded extends Error {}

async function getJson(url) {
  const token = sessionStorage.getItem(TOKEN);
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (response.status === 401) throw new SignInNeeded();
  if (!response.ok) throw new Error(`${url.split("?")[0]}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function api(path, extra = {}) {
  return getJson(`${path}?${new URLSearchParams({ ...filters(), ...extra })}`);
}

function showSignIn() {
  sessionStorage.removeItem(TOKEN);
  const form = el("form", { id: "signin", class: "card" });
  const phone = el("input", { name: "phone", type: "tel", placeholder: "手机号", required: "" });
  const password = el("input", { name: "password", type: "password", placeholder: "密码", required: "" });
  const message = el("p", { class: "hint" }, "请使用工作人员账号登录");
  form.append(message, phone, password, el("button", { type: "submit" }, "登录"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const response = await fetch("/v1/auth/login", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ phone: phone.value, password: password.value }) });
    if (!response.ok) { message.textContent = "手机号或密码错误"; return; }
    sessionStorage.setItem(TOKEN, (await response.json()).access_token);
    location.reload();
  });
  $("#headline").replaceChildren(form);
  document.body.dataset.ready = "signin";
}

function showHeadline(overview) {
  const box = $("#headline");
  box.replaceChildren(...HEADLINE.map(([key, label, kind]) => {
    const card = el("div", { class: "card" });
    card.append(el("div", { class: "label" }, label), el("div", { class: "value", "data-stat": key }, fmt(overview[key], kind)));
    return card;
  }));
}

function colour(c) {
  return c.standard_met === null ? "var(--none)" : c.standard_met ? "var(--met)" : "var(--unmet)";
}

function showMap(rows) {
  const svg = $("#map");
  svg.replaceChildren();
  if (!rows.length) return;
  const lats = rows.map((r) => r.lat), lons = rows.map((r) => r.lon);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const squeeze = Math.cos(((south + north) / 2) * Math.PI / 180);  // equirectangular, true at the mid latitude
  const width = 600, height = 380;
  const scale = Math.min(width / Math.max((east - west) * squeeze, 1e-3), height / Math.max(north - south, 1e-3));
  const x = (lon) => 20 + (lon - west) * squeeze * scale;
  const y = (lat) => 20 + (north - lat) * scale;
  const counties = new Map();
  for (const r of rows) (counties.get(r.county) || counties.set(r.county, []).get(r.county)).push(r);
  for (const [county, members] of counties.size <= 20 ? counties : []) {  // labels only where they stay legible
    const cx = members.reduce((s, r) => s + x(r.lon), 0) / members.length;
    const cy = members.reduce((s, r) => s + y(r.lat), 0) / members.length;
    svg.append(el("svg:text", { x: cx.toFixed(1), y: cy.toFixed(1), "text-anchor": "middle" }, county));
  }
  const order = [...rows].sort((a, b) => (a.standard_met !== null) - (b.standard_met !== null));
  for (const r of order) {
    const radius = r.seekers ? Math.min(3 + Math.sqrt(r.seekers) * 1.5, 12) : 2.2;
    const dot = el("svg:circle", { cx: x(r.lon).toFixed(1), cy: y(r.lat).toFixed(1), r: radius.toFixed(1),
      fill: colour(r), "data-code": r.code, "data-met": String(r.standard_met) });
    dot.append(el("svg:title", {}, `${r.name}（${r.town}）求职者 ${r.seekers}`));
    dot.addEventListener("click", () => select(r.code));
    svg.append(dot);
  }
}

function axes(svg, width, height, max) {
  for (let i = 0; i <= 4; i++) {
    const yy = 20 + (height - 40) * (1 - i / 4);
    svg.append(el("svg:line", { x1: 40, x2: width - 10, y1: yy, y2: yy, stroke: "#e3e8ee" }));
    svg.append(el("svg:text", { x: 36, y: yy + 4, "text-anchor": "end", "font-size": 10, fill: "#6b7785" },
      String(Math.round((max * i) / 4))));
  }
}

function showTrend(trend) {
  const svg = $("#trend");
  svg.replaceChildren();
  const width = 520, height = 240, points = trend.points;
  const keys = Object.keys(TREND_COLOURS);
  const max = Math.ceil(Math.max(1, ...points.flatMap((p) => keys.map((k) => p[k]))) / 4) * 4;  // whole ticks
  axes(svg, width, height, max);
  const x = (i) => 40 + ((width - 50) * i) / Math.max(points.length - 1, 1);
  const y = (v) => 20 + (height - 40) * (1 - v / max);
  for (const key of keys) {
    const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ");
    svg.append(el("svg:path", { d: path, fill: "none", stroke: TREND_COLOURS[key], "stroke-width": 2,
      "data-series": key, "data-total": String(points.reduce((s, p) => s + p[key], 0)) }));
  }
  const step = Math.ceil(points.length / 6);
  points.forEach((p, i) => {
    if (i % step === 0) svg.append(el("svg:text", { x: x(i), y: height - 4, "text-anchor": "middle", "font-size": 10,
      fill: "#6b7785" }, p.period.slice(5)));
  });
  $("#trend-interval").textContent = { day: "按日", week: "按周", month: "按月" }[trend.interval];
  $("#trend-legend").replaceChildren(...keys.map((k) => {
    const item = el("span");
    item.append(el("i", { style: `background:${TREND_COLOURS[k]}` }), STEPS[k]);
    return item;
  }));
}

function showFunnel(funnel) {
  const svg = $("#funnel");
  svg.replaceChildren();
  const steps = funnel.steps.filter((s) => s.type in STEPS);
  const max = Math.max(1, ...steps.map((s) => s.seekers));
  const rowHeight = 220 / steps.length;
  steps.forEach((s, i) => {
    const w = (380 * s.seekers) / max, top = 10 + i * rowHeight;
    svg.append(el("svg:text", { x: 66, y: top + rowHeight / 2 + 4, "text-anchor": "end", "font-size": 12 }, STEPS[s.type]));
    svg.append(el("svg:rect", { x: 72, y: top + 3, width: Math.max(w, 1).toFixed(1), height: rowHeight - 6, rx: 3,
      fill: "#1d4e89", opacity: (1 - i * 0.1).toFixed(2), "data-step": s.type, "data-seekers": String(s.seekers) }));
    svg.append(el("svg:text", { x: 78 + w, y: top + rowHeight / 2 + 4, "font-size": 12 }, `${fmt(s.seekers)} 人`));
  });
}

function showCommunities(rows) {
  const shown = [...rows].filter((r) => r.seekers || r.jobs_nearby)
    .sort((a, b) => b.seekers - a.seekers || a.code.localeCompare(b.code)).slice(0, 30);
  $("#communities tbody").replaceChildren(...shown.map((r) => {
    const tr = el("tr", { "data-code": r.code });
    const label = r.standard_met === null ? ["none", "无数据"] : r.standard_met ? ["met", "达标"] : ["unmet", "未达标"];
    const standard = el("td");
    standard.append(el("span", { class: `tag ${label[0]}`, title: r.unmet.join("；") }, label[1]));
    tr.append(el("td", {}, r.name), el("td", {}, r.town), el("td", { class: "num" }, fmt(r.seekers)),
      el("td", { class: "num" }, fmt(r.employment_rate, "pct")), el("td", { class: "num" }, fmt(r.zero_employment_households)),
      el("td", { class: "num" }, fmt(r.jobs_nearby)), el("td", { class: "num" }, fmt(r.intentions)),
      el("td", { class: "num" }, fmt(r.hires)), standard);
    tr.addEventListener("click", () => select(r.code));
    return tr;
  }));
  const query = new URLSearchParams(filters());
  $("#export-csv").href = `/v1/stats/communities?${query}&format=csv&limit=2000`;
  $("#export-xlsx").href = `/v1/stats/communities?${query}&format=xlsx&limit=2000`;
}

function showGroups(report) {
  $("#groups tbody").replaceChildren(...report.items.map((g) => {
    const tr = el("tr", { "data-group": g.group });
    const ratio = g.group === "all" ? "—" : `${fmt(g.exposure_ratio)} / ${fmt(g.hire_ratio)}`;
    tr.append(el("td", {}, GROUPS[g.group]), el("td", { class: "num" }, fmt(g.seekers)),
      el("td", { class: "num" }, fmt(g.shown_rate, "pct")), el("td", { class: "num" }, fmt(g.hire_rate, "pct")),
      el("td", { class: g.flagged ? "num flag" : "num" }, ratio));
    return tr;
  }));
}

function showTargets(report) {
  const names = { fairs_held: "招聘会场次", fair_employers: "服务用人单位", intentions: "达成意向" };
  $("#targets").replaceChildren(...report.targets.map((t) => {
    const box = el("div", { "data-target": t.measure });
    box.append(el("div", {}, `${names[t.measure]}：${fmt(t.achieved)} / ${fmt(t.period_target)}（全年目标 ${fmt(t.yearly_target)}）`));
    const bar = el("div", { class: "bar" });
    bar.append(el("div", { style: `width:${Math.min(100, (t.progress || 0) * 100).toFixed(1)}%` }));
    box.append(bar);
    return box;
  }));
}

async function select(code) {
  const c = state.communities.find((r) => r.code === code);
  if (!c) return;
  state.selected = code;
  history.replaceState(null, "", `${location.search}#community=${code}`);
  document.querySelectorAll("#map circle").forEach((dot) => dot.classList.toggle("selected", dot.dataset.code === code));
  const stations = await api("/v1/stations", { community_code: code, limit: 50 }).catch(() => ({ items: [] }));
  const box = $("#detail");
  const list = el("dl", { "data-community": code });
  const facts = [["区县", c.county], ["街道", c.town], ["登记求职者", fmt(c.seekers)], ["家庭", fmt(c.households)],
    ["就业率", fmt(c.employment_rate, "pct")], ["3公里内岗位", fmt(c.jobs_nearby)], ["推荐覆盖", fmt(c.matched_seekers)],
    ["达成意向", fmt(c.intentions)], ["稳定 / 灵活就业", `${fmt(c.hires_stable)} / ${fmt(c.hires_flexible)}`],
    ["可认定（稳定 / 灵活）", `${fmt(c.claimable_stable)} / ${fmt(c.claimable_flexible)}`],
    ["零就业家庭", fmt(c.zero_employment_households)], ["本期清零", fmt(c.cleared_households)],
    ["驿站", stations.items.map((s) => s.name).join("、") || "—"],
    ["标准", c.standard_met === null ? "无登记求职者" : c.standard_met ? "达到" : `未达到：${c.unmet.join("；")}`]];
  for (const [term, value] of facts) list.append(el("dt", {}, term), el("dd", {}, value));
  box.replaceChildren(el("h2", {}, `社区详情 · ${c.name}`), list);
}

function fillFilters(rows) {
  const current = filters();
  const counties = new Map(rows.map((r) => [r.code.slice(0, 6), r.county]));
  const district = $("#district");
  for (const [code, name] of [...counties].sort()) district.append(el("option", { value: code }, name));
  for (const [key, label] of Object.entries(GROUPS)) if (key !== "all") $("#group").append(el("option", { value: key }, label));
  for (const key of ["district", "from", "to", "group"]) if (current[key]) $(`#${key}`).value = current[key];
  $("#filters").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const key of ["district", "from", "to", "group"]) if ($(`#${key}`).value) query.set(key, $(`#${key}`).value);
    location.search = query.toString();
  });
}

function funnelWindow(period) {
  const next = new Date(`${period.to}T00:00:00+08:00`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { ...filters(), from: `${period.from}T00:00:00+08:00`, to: next.toISOString() };
}

async function load() {
  const everywhere = await getJson("/v1/stats/communities?limit=2000");
  fillFilters(everywhere.items);
  const [overview, communities, trend, groups, fairs] = await Promise.all([
    api("/v1/stats/overview"), api("/v1/stats/communities", { limit: 2000 }), api("/v1/stats/trend"),
    api("/v1/stats/groups"), api("/v1/stats/fairs")]);
  const funnelQuery = new URLSearchParams(funnelWindow(overview.period));
  const funnel = await getJson(`/v1/stats/funnel?${funnelQuery}`);
  state.communities = communities.items;
  showHeadline(overview);
  showMap(communities.items);
  showTrend(trend);
  showFunnel(funnel);
  showCommunities(communities.items);
  showGroups(groups);
  showTargets(fairs);
  const wanted = new URLSearchParams(location.hash.slice(1)).get("community");
  if (wanted) await select(wanted);
  document.body.dataset.ready = "1";
}

load().catch((error) => {
  if (error instanceof SignInNeeded) return showSignIn();
  document.body.dataset.ready = "error";
  $("#headline").replaceChildren(el("p", { class: "flag" }, `加载失败：${error.message}`));
});
