// 农民工1+3+1: for each migrant worker 1次职业指导、3个适合的岗位（由匹配选出并推送）、1个培训推荐; the records of the
// clerk's area, one person's record to fill in, and the coverage per 区县 for a period.
import { $, cells, el, failure, field, getJson, options, pager, say, sendJson, table, today } from "./api.js";
import { districtChoice, seekerFinder, seekerName, seekerNames } from "./people.js";

const JOBS_DUE = 3;
const DONE = { "": "全部", true: "已完成", false: "未完成" };
const LIMIT = 20;
const filter = { complete: "", offset: 0 };

export function showMigrants(main, go, clerk, prefill = {}) {
  const record = el("div", { id: "migrant-record-box" });
  const list = el("section", { id: "migrants-list", class: "panel", "aria-label": "1+3+1服务记录" });
  const coverage = el("section", { id: "coverage", class: "panel", "aria-label": "1+3+1覆盖情况" });
  const refresh = () => { load(list, record, refresh); loadCoverage(coverage, clerk); };
  const finder = seekerFinder("migrant-seeker", (s) => showRecord(record, s, refresh), "只有登记为农民工的求职者可以办理");
  main.replaceChildren(el("h1", {}, "农民工1+3+1服务"),
    el("p", { class: "hint" }, "每位农民工免费享受：1次职业指导、3个适合的岗位信息（系统按匹配结果选出，推送到本人消息中）、1个培训推荐。三项都登记后即为完成。"),
    el("section", { class: "panel", "aria-labelledby": "migrant-find-title" }, el("h2", { id: "migrant-find-title" }, "办理"), finder),
    record, coverage, list);
  refresh();
  if (prefill.jobseeker) showRecord(record, prefill.jobseeker, refresh);
}

async function load(list, record, refresh) {
  try {
    const complete = el("select", { id: "migrants-complete" }, ...options(DONE, filter.complete));
    complete.addEventListener("change", () => { filter.complete = complete.value; filter.offset = 0; load(list, record, refresh); });
    const page = await getJson("/v1/one-three-one", { complete: filter.complete, limit: LIMIT, offset: filter.offset });
    const names = await seekerNames(page.items.map((r) => r.jobseeker_id));
    const rows = page.items.map((r) => {
      const open = el("button", { type: "button", "data-open-record": r.jobseeker_id }, "查看办理");
      open.addEventListener("click", () => showRecord(record, { id: r.jobseeker_id, name: names.get(r.jobseeker_id) }, refresh));
      return el("tr", { "data-record": r.jobseeker_id }, ...cells(seekerName(names, r.jobseeker_id), r.district_code,
        r.guidance ? "已指导" : "未指导", `${r.jobs_sent} / ${JOBS_DUE}`, r.training ? "已推荐" : "未推荐",
        r.complete ? `已完成（${r.completed_on}）` : "未完成", open));
    });
    list.replaceChildren(el("h2", {}, "服务记录"), el("div", { class: "filters" }, field("完成情况", complete)),
      table(["求职者", "区县", "职业指导", "岗位信息", "培训推荐", "1+3+1", "操作"], rows, "还没有1+3+1服务记录。"),
      pager(page, (offset) => { filter.offset = offset; load(list, record, refresh); }));
  } catch (error) {
    failure(list, error);
  }
}

// A person without a record yet gets an empty one to fill in: the first part recorded creates it.
async function showRecord(box, seeker, refresh) {
  try {
    const record = await getJson(`/v1/one-three-one/${seeker.id}`).catch((error) => {
      if (error.status === 404) return { jobseeker_id: seeker.id, guidance: null, jobs: [], training: null, complete: false };
      throw error;
    });
    draw(box, record, seeker, refresh);
    box.scrollIntoView();
  } catch (error) {
    failure(box, error);
  }
}

function draw(box, r, seeker, refresh) {
  const redraw = (saved, text) => { draw(box, saved, seeker, refresh); say($("#record-message"), text); refresh(); };
  const who = seeker.name ? `${seeker.name}（${seeker.id}）` : `求职者 ${seeker.id}`;
  box.replaceChildren(el("section", { id: "migrant-record", class: "panel", "data-seeker": seeker.id,
    "data-complete": String(r.complete), "aria-labelledby": "record-title" },
  el("h2", { id: "record-title" }, `${who} 的1+3+1 · ${r.complete ? `已完成（${r.completed_on}）` : "未完成"}`),
  el("div", { id: "record-message", "aria-live": "polite" }),
  el("h3", {}, "1 · 职业指导"), r.guidance ? el("p", { id: "record-guidance" }, `${r.guidance.given_on}：${r.guidance.note}`)
    : guidanceForm(seeker, redraw),
  el("h3", {}, `3 · 岗位信息（已发送 ${r.jobs.length} / ${JOBS_DUE}）`), jobs(r, seeker, redraw),
  el("h3", {}, "1 · 培训推荐"), r.training
    ? el("p", { id: "record-training" }, `${r.training.referred_on}：${r.training.provider}「${r.training.course}」`)
    : trainingForm(seeker, redraw)));
}

function post(seeker, part, body, message, redraw, text) {
  return sendJson("POST", `/v1/one-three-one/${seeker.id}/${part}`, body).then((saved) => redraw(saved, text(saved)))
    .catch((error) => failure(message, error));
}

function guidanceForm(seeker, redraw) {
  const on = el("input", { id: "guidance-on", type: "date", required: true, value: today() });
  const note = el("textarea", { id: "guidance-note", rows: 2, maxlength: 1000, required: true });
  const message = el("div");
  const form = el("form", { id: "guidance-form", class: "subpanel" }, el("div", { class: "row-fields" }, field("指导日期", on)),
    field("指导内容", note, "如：面谈求职意向，讲解简历写法"), el("button", { type: "submit", class: "primary" }, "记录职业指导"), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    post(seeker, "guidance", { given_on: on.value, note: note.value.trim() }, message, redraw, () => "职业指导已记录。");
  });
  return form;
}

function jobs(r, seeker, redraw) {
  const rows = r.jobs.map((j) => el("tr", { "data-sent-job": j.job_id }, ...cells(j.title, `${j.distance_km} 公里`, j.explanation,
    j.sent_on)));
  const sent = table(["岗位", "距离", "匹配说明", "发送日期"], rows, "还没有发送岗位。");
  const due = JOBS_DUE - r.jobs.length;
  if (due <= 0) return sent;
  const message = el("div");
  const send = el("button", { type: "button", id: "send-jobs", class: "primary" }, `按匹配结果发送 ${due} 个岗位`);
  send.addEventListener("click", () => post(seeker, "jobs", { count: due }, message, redraw, (saved) =>
    (saved.jobs.length < JOBS_DUE ? `已发送 ${saved.jobs.length} 个；附近暂无更多合适岗位，过几天再发送其余的。`
      : "3个岗位已发送到此人的消息中。")));
  return el("div", {}, sent, el("p", { class: "hint" }, "岗位由系统按此人的求职意向和住址匹配选出，不会重复发送。"), send, message);
}

function trainingForm(seeker, redraw) {
  const input = (id, attrs) => el("input", { id, required: true, ...attrs });
  const provider = input("training-provider", { maxlength: 100 });
  const course = input("training-course", { maxlength: 100 });
  const on = input("training-on", { type: "date", value: today() });
  const message = el("div");
  const form = el("form", { id: "training-form", class: "subpanel" },
    el("div", { class: "row-fields" }, field("培训机构", provider), field("课程", course), field("推荐日期", on)),
    el("button", { type: "submit", class: "primary" }, "记录培训推荐"), message);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    post(seeker, "training", { provider: provider.value.trim(), course: course.value.trim(), referred_on: on.value }, message,
      redraw, (saved) => (saved.complete ? "培训推荐已记录，此人的1+3+1已全部完成。" : "培训推荐已记录。"));
  });
  return form;
}

let area = ""; // the 区县 of the coverage table, when the clerk has a choice
let period = { from: `${today().slice(0, 4)}-01-01`, to: today() };

async function loadCoverage(box, clerk) {
  const picker = districtChoice("coverage-district", clerk);
  const select = picker?.querySelector("select");
  if (select) {
    if (![...select.options].some((o) => o.value === area)) area = select.options[0].value;
    select.value = area;
  }
  const from = el("input", { id: "coverage-from", type: "date", value: period.from, required: true });
  const to = el("input", { id: "coverage-to", type: "date", value: period.to, required: true });
  const form = el("form", { id: "coverage-form", class: "filters" }, picker ?? "", field("起始日期", from), field("截止日期", to),
    el("button", { type: "submit" }, "统计"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    period = { from: from.value, to: to.value };
    area = select?.value ?? "";
    loadCoverage(box, clerk);
  });
  try {
    const cover = await getJson("/v1/one-three-one/coverage", { district: area, ...period });
    const rows = cover.items.map((c) => el("tr", { "data-district": c.district_code }, ...cells(c.district_code, c.migrant_workers,
      c.complete, c.partial, c.none, c.completed_in_period, c.coverage === null ? "—" : `${(c.coverage * 100).toFixed(1)}%`)));
    box.replaceChildren(el("h2", {}, `覆盖情况（${cover.from} 至 ${cover.to}）`), form,
      table(["区县", "登记农民工", "已完成", "部分完成", "未开展", "期内完成", "完成率"], rows, "此期间辖区内没有登记的农民工。"));
  } catch (error) {
    box.replaceChildren(el("h2", {}, "覆盖情况"), form);
    failure(box.appendChild(el("div")), error);
  }
}
