// The officials' dashboard: every number comes from /v1/stats/… with the filters in the URL.
"use strict";

const GROUPS = { college_graduate: "高校毕业生", migrant_worker: "农民工", veteran: "退役军人",
  poverty_alleviated: "脱贫人口", hard_to_employ: "就业困难人员", disabled: "残疾人", all: "全体" };
const STEPS = { impression: "推荐", view: "查看", apply: "投递", invite: "邀约", interview: "面试",
  intention: "达成意向", hired: "录用" };
const FUNNEL_STEPS = { ...STEPS, hired: "平台录用" };
const TREND_COLOURS = { impression: "#9db4d3", view: "#5b8cc8", apply: "#1d4e89", intention: "#f5b700", hired: "#2e9d5b" };
// One row of cards: [field, label, kind, the line under the value (from the overview), its tooltip].
const HEADLINE = [
  ["seekers", "登记求职者", "", (o, u) => u ? `含未登记社区${fmt(u)}人` : "人"],
  ["employment_rate", "就业率", "pct", (o) => `期末在岗 ${fmt(o.employed)} 人`],
  ["hires", "实现就业", "", (o) => `稳定 ${fmt(o.hires_stable)} · 灵活 ${fmt(o.hires_flexible)}`],
  ["intentions", "达成意向", "", () => "人次"],
  ["communities_meeting_standard", "达标社区", "", (o) => ["standard_share", `达标率 ${fmt(o.standard_share, "pct")}`]],
  ["zero_employment_households", "零就业家庭", "", () => "户"],
  ["open_jobs", "3公里内岗位", "", () => "在招"],
  ["fairs_held", "已办招聘会", "", (o) => `服务单位 ${fmt(o.fair_employers)} 家`],
];
const CARD_HELP = {
  communities_meeting_standard: "有登记求职者的社区中，就业率、零就业家庭和3公里内岗位均达到充分就业标准的社区数",
  zero_employment_households: "期末没有成员在岗的登记家庭（按社区统计）",
  open_jobs: "在招岗位中，位于范围内任一社区3公里内的岗位数",
  fairs_held: "统计期内已结束的招聘会场次",
};
const NS = "http://www.w3.org/2000/svg";
const state = { communities: [], selected: null };

const $ = (selector) => document.querySelector(selector);
const fmt = (value, kind) => value === null || value === undefined ? "—"
  : kind === "pct" ? `${trim((value * 100).toFixed(1))}%` : Number(value).toLocaleString("zh-CN");
const trim = (text) => text.replace(/\.?0+$/, "");  // "62.5", "100", "0.75"
// A ratio to everyone's, in words an official reads aloud: 0.75 倍, 2.4 倍, 1 倍.
const times = (ratio) => `${trim(ratio.toFixed(ratio < 10 ? 2 : 1))} 倍`;

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

function showHeadline(overview, unassigned, definitions) {
  const help = Object.fromEntries(definitions.map((d) => [d.measure, d.text]));
  $("#headline").replaceChildren(...HEADLINE.map(([key, label, kind, under]) => {
    const card = el("div", { class: "card", title: help[key] || CARD_HELP[key] || "" });
    const note = under(overview, unassigned.seekers);
    const sub = Array.isArray(note) ? el("div", { class: "sub", "data-stat": note[0] }, note[1]) : el("div", { class: "sub" }, note);
    card.append(el("div", { class: "label" }, label), el("div", { class: "value", "data-stat": key }, fmt(overview[key], kind)), sub);
    return card;
  }));
  $("#period").textContent = `统计期 ${overview.period.from} 至 ${overview.period.to}`
    + (overview.period.district ? ` · ${$("#district").selectedOptions[0]?.textContent || overview.period.district}` : "")
    + (overview.period.group ? ` · ${GROUPS[overview.period.group]}` : "");
  $("#definitions").replaceChildren(el("strong", {}, "统计口径："),
    ...definitions.map((d) => el("span", { "data-measure": d.measure }, `${d.label}：${d.text}。`)));
}

function colour(c) {
  return c.standard_met === null ? "var(--none)" : c.standard_met ? "var(--met)" : "var(--unmet)";
}

let mapLayers = null;

async function showMap(rows) {
  mapLayers = await window.DashboardMap.drawMap($("#map"), rows, { district: filters().district, colour, select });
  const toggle = $("#show-jobs");
  toggle.onchange = async () => {
    if (!toggle.checked) return mapLayers.hideJobs();
    const points = await api("/v1/stats/job-points");
    mapLayers.showJobs(points.items, points.radius_km);
    $("#map").dataset.jobs = String(points.items.reduce((s, p) => s + p.jobs, 0));
  };
}

function axes(svg, width, height, max) {
  for (let i = 0; i <= 4; i++) {
    const yy = 20 + (height - 40) * (1 - i / 4);
    svg.append(el("svg:line", { x1: 40, x2: width - 10, y1: yy, y2: yy, stroke: "#e3e8ee" }));
    svg.append(el("svg:text", { x: 36, y: yy + 4, "text-anchor": "end", "font-size": 10, fill: "#6b7785" },
      String(Math.round((max * i) / 4))));
  }
}

// The days with any step, then the interval that gives a readable number of points over that span.
async function loadTrend() {
  const daily = await api("/v1/stats/trend", { interval: "day" });
  const keys = Object.keys(TREND_COLOURS);
  const busy = daily.points.filter((p) => keys.some((k) => p[k]));
  if (!busy.length) return { trend: daily, span: null };
  const [first, last] = [busy[0].period, busy[busy.length - 1].period];
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1;
  const interval = days <= 45 ? "day" : days <= 7 * 40 ? "week" : "month";
  const trend = interval === "day" ? daily : await api("/v1/stats/trend", { interval });
  const firstBucket = trend.points.filter((p) => p.period <= first).at(-1).period;
  return { trend: { ...trend, points: trend.points.filter((p) => p.period >= firstBucket && p.period <= last) }, span: [first, last] };
}

function showTrend({ trend, span }) {
  const svg = $("#trend");
  svg.replaceChildren();
  const width = 520, height = 240, points = trend.points;
  const keys = Object.keys(TREND_COLOURS);
  $("#trend-interval").textContent = span ? `${{ day: "按日", week: "按周（周一起）", month: "按月" }[trend.interval]} · ${span[0]} 至 ${span[1]}` : "";
  if (!span) {
    svg.append(el("svg:text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" }, "统计期内暂无数据"));
    return;
  }
  svg.dataset.first = span[0];
  svg.dataset.last = span[1];
  const max = Math.ceil(Math.max(1, ...points.flatMap((p) => keys.map((k) => p[k]))) / 4) * 4;  // whole ticks
  axes(svg, width, height, max);
  const x = (i) => 44 + ((width - 64) * i) / Math.max(points.length - 1, 1);
  const y = (v) => 20 + (height - 40) * (1 - v / max);
  for (const key of keys) {
    const path = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ");
    svg.append(el("svg:path", { d: points.length > 1 ? path : `${path} h1`, fill: "none", stroke: TREND_COLOURS[key],
      "stroke-width": 2, "stroke-linecap": "round", "data-series": key, "data-total": String(points.reduce((s, p) => s + p[key], 0)) }));
  }
  const step = Math.max(1, Math.ceil((points.length - 1) / 6));
  const label = (period) => trend.interval === "month" ? period.slice(0, 7) : period.slice(5).replace("-", "/");
  points.forEach((p, i) => {
    if (i % step && i !== points.length - 1) return;
    if (i !== points.length - 1 && points.length - 1 - i < step / 2) return;  // keep the last tick clear of its neighbour
    svg.append(el("svg:text", { x: x(i).toFixed(1), y: height - 4, "text-anchor": "middle", class: "tick",
      "data-period": p.period }, label(p.period)));
  });
  $("#trend-legend").replaceChildren(...keys.map((k) => {
    const item = el("span");
    item.append(el("i", { style: `background:${TREND_COLOURS[k]}` }), STEPS[k]);
    return item;
  }));
}

function showFunnel(funnel) {
  const svg = $("#funnel");
  svg.replaceChildren();
  // in 人次 (seeker-job pairs), the unit of the 达成意向 card, so the two always agree
  const steps = funnel.steps.filter((s) => s.type in STEPS);
  const max = Math.max(1, ...steps.map((s) => s.pairs));
  const rowHeight = 220 / steps.length;
  steps.forEach((s, i) => {
    const w = (250 * s.pairs) / max, top = 10 + i * rowHeight;
    svg.append(el("svg:text", { x: 64, y: top + rowHeight / 2 + 4, "text-anchor": "end", "font-size": 13 }, FUNNEL_STEPS[s.type]));
    const bar = el("svg:rect", { x: 70, y: top + 3, width: Math.max(w, 1).toFixed(1), height: rowHeight - 6, rx: 3,
      fill: "#1d4e89", opacity: (1 - i * 0.1).toFixed(2), "data-step": s.type, "data-pairs": String(s.pairs) });
    bar.append(el("svg:title", {}, `${FUNNEL_STEPS[s.type]}：${fmt(s.pairs)} 人次，涉及求职者 ${fmt(s.seekers)} 人`));
    svg.append(bar, el("svg:text", { x: 76 + w, y: top + rowHeight / 2 + 4, "font-size": 13 }, `${fmt(s.pairs)} 人次`));
  });
}

function showCommunities(rows, unassigned) {
  // the communities with seekers; only when there are none, those with jobs nearby
  const peopled = rows.filter((r) => r.seekers);
  const shown = (peopled.length ? peopled : rows.filter((r) => r.jobs_nearby))
    .sort((a, b) => b.seekers - a.seekers || b.jobs_nearby - a.jobs_nearby || a.code.localeCompare(b.code)).slice(0, 30);
  $("#communities-caption").textContent = peopled.length
    ? `有登记求职者的 ${fmt(peopled.length)} 个社区${peopled.length > 30 ? "中人数最多的 30 个" : ""}，按人数排序`
    : "暂无登记求职者；列出3公里内有岗位的社区";
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
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0) + (unassigned[key] || 0);
  const total = el("tr", { class: "total" });
  total.append(el("td", { colspan: 2 }, unassigned.seekers ? `合计（${fmt(rows.length)} 个社区，含未登记社区 ${fmt(unassigned.seekers)} 人）`
    : `合计（${fmt(rows.length)} 个社区）`), el("td", { class: "num", "data-total": "seekers" }, fmt(sum("seekers"))),
  el("td", { class: "num" }, fmt(sum("seekers") ? sum("employed") / sum("seekers") : null, "pct")),
  el("td", { class: "num" }, fmt(sum("zero_employment_households"))), el("td"),
  el("td", { class: "num", "data-total": "intentions" }, fmt(sum("intentions"))),
  el("td", { class: "num", "data-total": "hires" }, fmt(sum("hires"))), el("td"));
  $("#communities tfoot").replaceChildren(total);
  const query = new URLSearchParams(filters());
  $("#export-csv").href = `/v1/stats/communities?${query}&format=csv&limit=2000`;
  $("#export-xlsx").href = `/v1/stats/communities?${query}&format=xlsx&limit=2000`;
}

// Before a community is chosen, the panel lists those that miss the standard, the most seekers first.
function showWatchlist(rows) {
  const unmet = rows.filter((r) => r.standard_met === false).sort((a, b) => b.seekers - a.seekers || a.code.localeCompare(b.code));
  const box = $("#detail");
  const list = el("ol", { class: "watchlist" });
  for (const r of unmet.slice(0, 10)) {
    const item = el("li", { "data-code": r.code, tabindex: "0" });
    item.append(el("strong", {}, window.DashboardMap.shortName(r.name)), el("span", {}, ` ${r.town} · 求职者 ${fmt(r.seekers)} 人`),
      el("div", { class: "why" }, r.unmet.join("；")));
    item.addEventListener("click", () => select(r.code));
    item.addEventListener("keydown", (event) => { if (event.key === "Enter") select(r.code); });
    list.append(item);
  }
  const title = el("h2", {}, "需关注的社区");
  title.append(el("small", {}, `${fmt(unmet.length)} 个未达到充分就业标准`));
  box.replaceChildren(title);
  if (unmet.length) box.append(list); else box.append(el("p", { class: "hint" }, "有登记求职者的社区均已达到充分就业标准。"));
  if (unmet.length > 10) box.append(el("p", { class: "hint" }, `另有 ${unmet.length - 10} 个，见下表。`));
  box.append(el("p", { class: "hint" }, "点击地图上的社区、此处或下表中的一行查看详情。"));
}

function showGroups(report) {
  $("#groups tbody").replaceChildren(...report.items.map((g) => {
    const tr = el("tr", { "data-group": g.group, class: g.flagged ? "flagged" : "" });
    tr.append(el("td", {}, GROUPS[g.group]), el("td", { class: "num", "data-seekers": String(g.seekers) }, fmt(g.seekers)),
      el("td", { class: "num" }, fmt(g.shown_rate, "pct")), el("td", { class: "num" }, fmt(g.employment_rate, "pct")));
    return tr;
  }));
  $("#group-sentences").replaceChildren(...report.items.filter((g) => g.group !== "all").map((g) => {
    const name = GROUPS[g.group];
    if (!g.seekers) return el("li", { class: "muted", "data-group": g.group }, `${name}：暂无登记求职者`);
    const parts = [g.employment_ratio === null ? `${name}就业率：全体暂无在岗人员，无法比较`
      : g.employment_ratio === 0 ? `${name}目前无人在岗（全体就业率 ${fmt(report.items[0].employment_rate, "pct")}）`
      : `${name}就业率为全体的 ${times(g.employment_ratio)}`];
    if (g.exposure_ratio !== null && g.exposure_ratio < 0.8) parts.push(`获推荐比例仅为全体的 ${times(g.exposure_ratio)}`);
    if (g.hire_ratio !== null && g.hire_ratio < 0.8) parts.push(g.hire_ratio ? `本期新就业为全体的 ${times(g.hire_ratio)}` : "本期尚无新就业");
    const item = el("li", { "data-group": g.group, class: g.flagged ? "flag" : "" }, parts.join("，"));
    if (g.flagged) item.title = "低于全体的五分之四（4/5 规则），需关注";
    return item;
  }));
}

function showTargets(report) {
  const names = { fairs_held: "招聘会场次", fair_employers: "服务用人单位", intentions: "招聘会岗位达成意向" };
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
  document.querySelectorAll("#map circle.community").forEach((dot) => dot.classList.toggle("selected", dot.dataset.code === code));
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
  const back = el("button", { type: "button", class: "back" }, "← 需关注的社区");
  back.addEventListener("click", () => {
    state.selected = null;
    history.replaceState(null, "", location.search);
    document.querySelectorAll("#map circle.community.selected").forEach((dot) => dot.classList.remove("selected"));
    showWatchlist(state.communities);
  });
  box.replaceChildren(el("h2", {}, `社区详情 · ${c.name}`), list, back);
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
  const [overview, communities, trend, groups, fairs, definitions] = await Promise.all([
    api("/v1/stats/overview"), api("/v1/stats/communities", { limit: 2000 }), loadTrend(),
    api("/v1/stats/groups"), api("/v1/stats/fairs"), getJson("/v1/stats/definitions")]);
  const funnelQuery = new URLSearchParams(funnelWindow(overview.period));
  const funnel = await getJson(`/v1/stats/funnel?${funnelQuery}`);
  state.communities = communities.items;
  showHeadline(overview, communities.unassigned, definitions);
  await showMap(communities.items);
  showTrend(trend);
  showFunnel(funnel);
  showCommunities(communities.items, communities.unassigned);
  showWatchlist(communities.items);
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
