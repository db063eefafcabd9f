// 零工驿站与空闲时间: the 驿站 of the clerk's area with the 零工 and the people around each, and a person's free times
// (when they can take 零工: a shift outside them is never matched or pushed to them).
import { cells, el, failure, field, getJson, say, sendJson, table } from "./api.js";
import { seekerFinder } from "./people.js";

const KINDS = { gig: "零工驿站", employment: "就业驿站" };
const DAYS = ["一", "二", "三", "四", "五", "六", "日"];

export function showStations(main, go, clerk, prefill = {}) {
  const list = el("section", { id: "stations-list", class: "panel", "aria-label": "驿站列表" });
  const around = el("div", { id: "station-around" });
  const editor = el("div", { id: "free-times-box" });
  const finder = seekerFinder("free-seeker", (s) => editFreeTimes(editor, s.id));
  main.replaceChildren(el("h1", {}, "零工驿站与空闲时间"),
    el("section", { class: "panel", "aria-labelledby": "free-title" }, el("h2", { id: "free-title" }, "求职者的空闲时间"),
      el("p", { class: "hint" }, "登记此人哪些时间可以打零工。零工的班次不在空闲时间内的，不会推荐给此人。"), finder, editor),
    list, around);
  load(list, around, clerk);
  if (prefill.jobseeker_id) editFreeTimes(editor, prefill.jobseeker_id);
}

async function load(list, around, clerk) {
  try {
    const county = (clerk.districts || []).length === 1 && clerk.districts[0].length === 6 ? clerk.districts[0] : "";
    const page = await getJson("/v1/stations", { district: county, limit: 100 });
    const rows = page.items.map((s) => {
      const jobs = el("button", { type: "button", "data-station-jobs": s.id }, "周边零工");
      const people = el("button", { type: "button", "data-station-seekers": s.id }, "周边求职者");
      jobs.addEventListener("click", () => stationJobs(around, s));
      people.addEventListener("click", () => stationSeekers(around, s));
      return el("tr", { "data-station": s.id }, ...cells(s.name, KINDS[s.kind], s.community_code, s.address || "—",
        s.opening_hours || "—", `${s.reach_km} 公里`, el("div", { class: "actions" }, jobs, people)));
    });
    list.replaceChildren(el("h2", {}, "驿站"),
      table(["名称", "类型", "社区代码", "地址", "开放时间", "服务半径", "查看"], rows, "辖区内还没有登记驿站。"));
  } catch (error) {
    failure(list, error);
  }
}

async function stationJobs(box, station) {
  try {
    const page = await getJson(`/v1/stations/${station.id}/jobs`, { soon_first: true, limit: 50 });
    const rows = page.items.map((i) => el("tr", {}, ...cells(i.job.title, `${i.distance_km} 公里`, i.job.shifts.join("；") || "—",
      i.soon ?? "—", i.livestream ?? "—")));
    box.replaceChildren(el("section", { class: "panel", id: "station-jobs" }, el("h2", {}, `「${station.name}」周边的零工`),
      table(["岗位", "距驿站", "班次", "近期", "直播带岗"], rows, "服务半径内暂无在招零工。")));
  } catch (error) {
    failure(box, error);
  }
}

async function stationSeekers(box, station) {
  try {
    const page = await getJson(`/v1/stations/${station.id}/jobseekers`, { limit: 50 });
    const rows = page.items.map((i) => el("tr", {}, ...cells(i.jobseeker.name, i.jobseeker.phone, i.jobseeker.desired_job,
      `${i.distance_km} 公里`, freeWords(i.free_times))));
    box.replaceChildren(el("section", { class: "panel", id: "station-seekers" }, el("h2", {}, `「${station.name}」周边愿意打零工的求职者`),
      el("p", { class: "hint" }, "姓名和手机号已隐去；本人报名岗位后才可见。"),
      table(["姓名", "手机号", "求职意向", "距驿站", "空闲时间"], rows, "服务半径内暂无愿意打零工的求职者。")));
  } catch (error) {
    failure(box, error);
  }
}

export function freeWords(free) {
  if (!free) return "未填写（不按班次筛选）";
  const weekly = free.weekly.map((w) => `每周${w.days.map((d) => DAYS[d - 1]).join("、")} ${w.start}-${w.end}`);
  const dated = free.dates.map((d) => `${d.date} ${d.start}-${d.end}`);
  return [...weekly, ...dated].join("；") || "未填写";
}

async function editFreeTimes(box, seekerId) {
  try {
    const seeker = await getJson(`/v1/jobseekers/${seekerId}`);
    const free = seeker.free_times ?? { weekly: [], dates: [] };
    const weekly = el("div", { id: "weekly-windows" });
    const dated = el("div", { id: "dated-windows" });
    free.weekly.forEach((w) => weekly.append(weeklyRow(w)));
    free.dates.forEach((d) => dated.append(datedRow(d)));
    const soon = el("input", { id: "free-soon", type: "checkbox", checked: seeker.gigs_soon_first });
    const addWeekly = el("button", { type: "button", id: "add-weekly" }, "添加每周时段");
    const addDated = el("button", { type: "button", id: "add-dated" }, "添加某日时段");
    addWeekly.addEventListener("click", () => weekly.append(weeklyRow({ days: [1, 2, 3, 4, 5], start: "08:00", end: "12:00" })));
    addDated.addEventListener("click", () => dated.append(datedRow({ date: "", start: "08:00", end: "18:00" })));
    const message = el("div", { id: "free-message" });
    const title = el("h3", {}, `${seeker.name}（${seeker.id}）的空闲时间：${freeWords(seeker.free_times)}`);
    const form = el("form", { id: "free-times-form", class: "subpanel", "data-seeker": seeker.id }, title,
      el("h4", {}, "每周固定时段"), weekly, addWeekly, el("h4", {}, "某一天的时段"), dated, addDated,
      el("div", { class: "check" }, soon, el("label", { for: soon.id }, "今明两天有班的零工优先推荐")),
      el("button", { type: "submit", class: "primary" }, "保存空闲时间"), message);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = { free_times: { weekly: [...weekly.children].map(readWeekly), dates: [...dated.children].map(readDated) },
        gigs_soon_first: soon.checked };
      if (!body.free_times.weekly.length && !body.free_times.dates.length) body.free_times = null;
      try {
        const saved = await sendJson("PATCH", `/v1/jobseekers/${seeker.id}`, body);
        say(message, `已保存：${freeWords(saved.free_times)}`);
        title.textContent = `${saved.name}（${saved.id}）的空闲时间：${freeWords(saved.free_times)}`;
      } catch (error) {
        failure(message, error);
      }
    });
    box.replaceChildren(form);
  } catch (error) {
    failure(box, error);
  }
}

let rowNo = 0; // ids for the controls of rows added and removed at will

function windowRow(kind, first, start, end) {
  const n = ++rowNo;
  const from = el("input", { type: "time", required: true, value: start, id: `${kind}-start-${n}`, "data-start": "" });
  const to = el("input", { type: "time", required: true, value: end, id: `${kind}-end-${n}`, "data-end": "" });
  const remove = el("button", { type: "button" }, "删除");
  const row = el("fieldset", { class: "window" }, ...first(n), field("从", from), field("到", to), remove);
  remove.addEventListener("click", () => row.remove());
  return row;
}

function weeklyRow(w) {
  return windowRow("weekly", (n) => [el("legend", {}, "每周"), ...DAYS.map((d, i) => {
    const box = el("input", { type: "checkbox", id: `weekly-day-${n}-${i + 1}`, value: i + 1, checked: w.days.includes(i + 1) });
    return el("span", { class: "day" }, box, el("label", { for: box.id }, `周${d}`));
  })], w.start, w.end);
}

function datedRow(d) {
  return windowRow("dated", (n) => [el("legend", {}, "某日"),
    field("日期", el("input", { type: "date", required: true, value: d.date, id: `dated-date-${n}`, "data-date": "" }))],
  d.start, d.end);
}

function readWeekly(row) {
  const days = [...row.querySelectorAll("input[type=checkbox]:checked")].map((c) => Number(c.value));
  return { days, start: row.querySelector("[data-start]").value, end: row.querySelector("[data-end]").value };
}

function readDated(row) {
  return { date: row.querySelector("[data-date]").value, start: row.querySelector("[data-start]").value,
    end: row.querySelector("[data-end]").value };
}
