// The self-service job kiosk: what work and where, then today's jobs within 3 km as a list and a map.
// Anonymous and shared: nothing is kept in the browser, and 重新开始 (or three idle minutes) clears the screen.
"use strict";

const RADIUS_KM = 3;
const LIMIT = 20;
const IDLE_MS = 3 * 60 * 1000;
const SUGGEST_DELAY_MS = 250;
const NS = "http://www.w3.org/2000/svg";
const KINDS = { full_time: "全职", part_time: "兼职", gig: "零工", internship: "见习", public_welfare: "公益性岗位" };
const UNITS = { month: "元/月", day: "元/天", hour: "元/小时", piece: "元/件" };
const PRECISIONS = { community: "社区", township: "街道/乡镇", county: "区县", city: "市" };
const MAP = { size: 600, ring: 250 };  // viewBox side; the 3 km circle's radius in it

const $ = (selector) => document.querySelector(selector);
let suggestTimer = null;
let idleTimer = null;
let asked = 0;  // answers to an older question (or from before 重新开始) are dropped

function el(tag, attrs = {}, text = "") {
  const node = tag.startsWith("svg:") ? document.createElementNS(NS, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== "") node.textContent = text;
  return node;
}

function say(text, tone = "info") {
  const box = $("#message");
  box.replaceChildren();
  box.className = tone;
  if (text) box.append(el("p", {}, text));
  return box;
}

async function call(url, options = {}) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => null);
  return { status: response.status, body };
}

// ---- the place field: suggestions from the gazetteer while typing ----

async function suggest(text, limit = 8) {
  const { status, body } = await call(`/v1/places/suggest?${new URLSearchParams({ q: text, limit })}`);
  return status === 200 ? body.items : [];
}

function optionButton(item, onPick) {
  const where = [item.city, item.county, item.town].filter((p) => p && p !== item.name).join(" ");
  const button = el("button", { type: "button", class: "option", "data-search": item.search });
  button.append(el("span", { class: "name" }, item.name), el("span", { class: "where" }, where));
  button.setAttribute("aria-label", `${item.name}，${where}`);
  button.addEventListener("click", () => onPick(item));
  return button;
}

function pickPlace(item) {
  const field = $("#place");
  field.value = item.search;
  hideOptions();
  $("#go").focus();
}

function showOptions(items) {
  const list = $("#place-options");
  list.replaceChildren(...items.map((item) => {
    const li = el("li");
    li.append(optionButton(item, pickPlace));
    return li;
  }));
  list.hidden = items.length === 0;
}

function hideOptions() {
  clearTimeout(suggestTimer);
  $("#place-options").hidden = true;
  $("#place-options").replaceChildren();
}

function placeTyped() {
  clearTimeout(suggestTimer);
  const text = $("#place").value.trim();
  if (!text) { hideOptions(); return; }
  const question = asked;
  suggestTimer = setTimeout(async () => {
    const items = await suggest(text);
    if (question === asked && $("#place").value.trim() === text) showOptions(items);
  }, SUGGEST_DELAY_MS);
}

// ---- the search ----

function wish() {
  const kind = document.querySelector("input[name=kind]:checked").value;
  const body = { text: $("#want").value.trim(), place: $("#place").value.trim(), radius_km: RADIUS_KM, limit: LIMIT };
  if (kind === "prefer") body.prefer_job_type = "gig";
  if (kind === "only") body.job_type = "gig";
  return body;
}

async function search(event) {
  event.preventDefault();
  hideOptions();
  const body = wish();
  if (!body.text) { say("请先写下您想找什么工作，比如「搬运」。", "warn"); $("#want").focus(); return; }
  if (body.place.length < 2) {
    say("请写下您在哪里附近找工作：社区、街道或区县的名字，至少两个字。", "warn");
    $("#place").focus();
    return;
  }
  const question = ++asked;
  document.body.dataset.state = "searching";
  say("正在查找……");
  let answer;
  try {
    answer = await call("/v1/matches/search", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
  } catch {
    answer = { status: 0, body: null };
  }
  if (question !== asked) return;
  if (answer.status === 200) { await showPage(answer.body, body); return; }
  await showRefusal(answer, body);
}

async function showRefusal({ status, body }, wished) {
  const question = asked;
  $("#results").hidden = true;
  const field = body && body.errors && body.errors[0] ? body.errors[0].field : "";
  if (status === 422 && field === "place") {
    const alike = await suggest(wished.place, 6);
    if (question !== asked) return;  // 重新开始 meanwhile
    if (alike.length) {
      offerPlaces(say(`「${wished.place}」有几个同名或相近的地方，请点一个：`, "warn"), "", alike);
    } else {
      const box = say(`没有找到「${wished.place}」这个地方。请换一个社区、街道或区县的名字，比如「明光路」「三里庵」「瑶海区」。`, "warn");
      const items = await suggest(wished.place.slice(0, 2), 6);
      if (question !== asked) return;
      if (items.length) offerPlaces(box, "您是不是要找：", items);
    }
    $("#place").focus();
  } else if (status === 429) {
    say("查询有点太频繁了，请等一分钟再试。", "warn");
  } else if (status === 422) {
    say("请检查一下写的内容，再试一次。", "warn");
  } else {
    say("暂时查不了，请稍后再试，或请驿站工作人员帮忙。", "warn");
  }
  document.body.dataset.state = "error";  // once the message and its places are shown
}

function offerPlaces(box, lead, items) {
  if (lead) box.append(el("p", {}, lead));
  const list = el("ul", { class: "options inline", "aria-label": "地名建议" });
  for (const item of items) {
    const li = el("li");
    li.append(optionButton(item, (picked) => { pickPlace(picked); $("#search").requestSubmit(); }));
    list.append(li);
  }
  box.append(list);
}

async function showPage(page, wished) {
  const question = asked;
  const from = page.searched_from;
  const items = page.items;
  $("#results-title").textContent = items.length
    ? `「${from.name}」附近 ${RADIUS_KM} 公里内的工作：${items.length} 个${page.total > items.length ? `（共 ${page.total} 个，先看最合适的）` : ""}`
    : `「${from.name}」附近 ${RADIUS_KM} 公里内暂时没有合适的工作`;
  const within = from.county && from.county !== from.name ? `（${from.county}）` : "";
  const box = say(`按「${from.name}」${within}中心查找。`);
  if (from.precision === "county" || from.precision === "city") {
    box.append(el("p", {}, `「${from.name}」是个较大的${PRECISIONS[from.precision]}，写上社区或街道会更准。`));
    const nearby = await suggest(wished.place, 6);
    if (question !== asked) return;  // 重新开始 meanwhile
    const finer = nearby.filter((i) => i.code !== from.code);
    if (finer.length) offerPlaces(box, "可以选一个更具体的地方：", finer);
  }
  if (!items.length) box.append(el("p", {}, wished.job_type || wished.prefer_job_type
    ? "可以换个说法，或选「全部岗位」再试试。" : "可以换个说法，或换个地方再试试。"));
  $("#results .map").hidden = !items.length;
  drawMap(from.location, items);
  $("#jobs").replaceChildren(...items.map(jobCard));
  $("#results").hidden = false;
  document.body.dataset.state = "results";
  $("#message").scrollIntoView({ block: "start" });
  fillFairs(items);
}

function salaryText(salary) {
  const unit = UNITS[salary.unit] || "";
  const { min, max } = salary;
  if (min == null && max == null) return "工资面议";
  if (salary.unit === "piece") return "计件工资";
  const yuan = (v) => Number(v).toLocaleString("zh-CN");
  if (min != null && max != null) return min === max ? `${yuan(min)} ${unit}` : `${yuan(min)}–${yuan(max)} ${unit}`;
  return min != null ? `${yuan(min)} ${unit}起` : `最高 ${yuan(max)} ${unit}`;
}

function jobCard(match, at) {
  const job = match.job;
  const li = el("li", { class: "job", "data-job": job.id, "data-kind": job.job_type });
  const head = el("div", { class: "head" });
  head.append(
    el("span", { class: "number", "aria-hidden": "true" }, String(at + 1)),
    el("h3", {}, job.title),
    el("span", { class: `badge ${job.job_type}` }, KINDS[job.job_type] || job.job_type),
  );
  const facts = el("dl", { class: "facts" });
  const fact = (name, value, cls = "") => { facts.append(el("dt", {}, name), el("dd", cls ? { class: cls } : {}, value)); };
  fact("单位", match.employer_name);
  fact("距离", `${match.distance_km.toFixed(1)} km`, "distance");
  fact("工资", salaryText(job.salary), "salary");
  li.append(head, facts, el("p", { class: "why" }, match.explanation));
  const apply = el("p", { class: "apply" });
  apply.append(el("strong", {}, "怎么应聘："), job.address
    ? `到「${job.address}」找用人单位面谈，或请驿站工作人员帮您联系。`
    : "请驿站工作人员帮您联系用人单位。");
  li.append(apply);
  if (job.fair_id != null) li.append(el("p", { class: "fair", "data-fair": job.fair_id }, "这个岗位在招聘会上招人。"));
  return li;
}

async function fillFairs(items) {
  const question = asked;
  const ids = [...new Set(items.map((m) => m.job.fair_id).filter((id) => id != null))];
  for (const id of ids) {
    const { status, body } = await call(`/v1/fairs/${id}`);
    if (status !== 200 || question !== asked) continue;
    const when = new Date(body.starts_at).toLocaleString("zh-CN", {
      timeZone: "Asia/Shanghai", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit",
    });  // the fair's local time, whatever the kiosk's clock is set to
    const where = body.venue ? ` 在「${body.venue}」` : "（网上招聘会）";
    for (const p of document.querySelectorAll(`.fair[data-fair="${id}"]`)) {
      p.replaceChildren(el("strong", {}, "招聘会："), `${body.name}，${when}${where}，可以直接去应聘。`);
    }
  }
}

// ---- the map: the place in the centre, the 3 km circle, the jobs numbered as in the list ----

function offsetKm(centre, point) {
  const east = (point.lon - centre.lon) * 111.32 * Math.cos((centre.lat * Math.PI) / 180);
  const north = (point.lat - centre.lat) * 110.57;
  return [east, north];
}

function drawMap(centre, items) {
  const svg = $("#map");
  const mid = MAP.size / 2;
  const scale = MAP.ring / RADIUS_KM;
  svg.replaceChildren(
    el("svg:rect", { x: 0, y: 0, width: MAP.size, height: MAP.size, class: "ground" }),
    el("svg:circle", { cx: mid, cy: mid, r: MAP.ring, class: "ring" }),
    el("svg:circle", { cx: mid, cy: mid, r: MAP.ring / 3, class: "ring inner" }),
    el("svg:text", { x: mid + MAP.ring - 8, y: mid - 8, class: "scale", "text-anchor": "end" }, `${RADIUS_KM} 公里`),
    el("svg:text", { x: mid, y: 34, class: "north", "text-anchor": "middle" }, "北 ↑"),
    el("svg:text", { x: mid, y: mid + 14, class: "here", "text-anchor": "middle" }, "★"),  // under the dots
  );
  items.forEach((match, at) => {
    const [east, north] = offsetKm(centre, match.job.location);
    const x = mid + east * scale;
    const y = mid - north * scale;
    const dot = el("svg:g", { class: `job-dot ${match.job.job_type}`, "data-job": match.job.id });
    dot.append(
      el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: 19 }),
      el("svg:text", { x: x.toFixed(1), y: (y + 8).toFixed(1), "text-anchor": "middle" }, String(at + 1)),
    );
    svg.append(dot);
  });
}

// ---- starting over: kiosks are shared ----

function restart() {
  asked += 1;
  hideOptions();
  $("#search").reset();
  $("#jobs").replaceChildren();
  $("#map").replaceChildren();
  $("#results").hidden = true;
  say("");
  document.body.dataset.state = "idle";
  window.scrollTo(0, 0);
  $("#want").focus();
}

function stillHere() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(restart, IDLE_MS);
}

document.addEventListener("DOMContentLoaded", () => {
  $("#search").addEventListener("submit", search);
  $("#place").addEventListener("input", placeTyped);
  $("#place").addEventListener("keydown", (event) => { if (event.key === "Escape") hideOptions(); });
  $("#restart").addEventListener("click", restart);
  for (const type of ["pointerdown", "keydown", "input"]) document.addEventListener(type, stillHere, { passive: true });
  document.body.dataset.ready = "1";
});
