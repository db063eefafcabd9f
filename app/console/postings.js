// 岗位管理: the postings a clerk may change (their districts'), searched and paged; edit one in a form, close it.
import { $, JOB_STATUS, JOB_TYPES, SALARY_UNITS, beijing, cells, el, failure, field, getJson, options, pager, say,
  sendJson, table, when } from "./api.js";
import { employerName, employerNames, employerPicker } from "./employers.js";

const LIMIT = 20;
const filter = { q: "", status: "", district: "", employer: null, offset: 0 };

export function showPostings(main, _go, me) {
  const q = el("input", { id: "postings-q", name: "q", type: "search", value: filter.q, maxlength: 50 });
  const status = el("select", { id: "postings-status", name: "status" },
    ...options({ "": "全部状态", ...JOB_STATUS }, filter.status));
  const district = districtControl(me);
  const picker = employerPicker("postings-employer", { value: filter.employer?.name ?? "" });
  const search = el("form", { id: "postings-search", class: "panel filters", role: "search" },
    field("岗位名称包含", q), field("状态", status), field("区县", district), field("用人单位", picker.input), picker.list,
    el("button", { type: "submit" }, "查询"));
  const list = el("section", { id: "postings-list", class: "panel", "aria-label": "岗位列表" });
  const scope = me.role === "admin" ? "全部辖区的岗位。" : "您所辖区县的岗位，即您可以修改和关闭的岗位。";
  main.replaceChildren(el("h1", {}, "岗位管理"), el("p", { class: "hint" }, `列出${scope}`), search,
    el("div", { id: "postings-message" }), el("div", { id: "posting-editor" }), list);
  search.addEventListener("submit", async (event) => {
    event.preventDefault();
    say($("#postings-message"), "");
    try {
      filter.employer = await picker.chosen();
    } catch (error) {
      return say($("#postings-message"), error.message, "error");
    }
    Object.assign(filter, { q: q.value.trim(), status: status.value, district: district.value.trim(), offset: 0 });
    load(list);
  });
  load(list);
}

// An operator picks one of their districts (or all of them); an admin may type any 区县 code.
function districtControl(me) {
  if (me.role === "admin") {
    return el("input", { id: "postings-district", inputmode: "numeric", pattern: "34\\d{4}", maxlength: 6,
      value: filter.district, placeholder: "6位代码，留空为全部" });
  }
  const own = me.districts.filter((d) => /^34\d{4}$/.test(d)); // the API narrows by a 区县; wider areas list as all
  return el("select", { id: "postings-district" }, ...options({ "": "全部辖区",
    ...Object.fromEntries(own.map((d) => [d, d])) }, filter.district));
}

async function load(list) {
  try {
    const page = await getJson("/v1/jobs", { mine: true, q: filter.q, status: filter.status, district: filter.district,
      employer_id: filter.employer?.id, limit: LIMIT, offset: filter.offset });
    const names = await employerNames(page.items);
    const rows = page.items.map((job) => row(job, names, list));
    const narrowed = filter.q || filter.status || filter.district || filter.employer;
    list.replaceChildren(table(["编号", "岗位名称", "用人单位", "用工类型", "薪资", "状态", "发布时间", "操作"], rows,
      narrowed ? "没有符合条件的岗位，请换个条件查询。" : "您的辖区还没有岗位。可在「上传岗位」中批量上传。"),
    pager(page, (offset) => { filter.offset = offset; load(list); }));
  } catch (error) {
    failure(list, error);
  }
}

function salary(s) {
  if (s.min === null && s.max === null) return "面议";
  const range = s.min !== null && s.max !== null ? `${s.min}–${s.max}` : `${s.min ?? s.max}`;
  return `${range} 元/${SALARY_UNITS[s.unit] || s.unit}`;
}

function row(job, names, list) {
  const edit = el("button", { type: "button", "data-edit": job.id }, "编辑");
  edit.addEventListener("click", () => editor(job, list));
  const actions = el("div", { class: "actions" }, edit);
  if (job.status === "open" || job.status === "expired") actions.append(closeButton(job, list));
  return el("tr", { "data-job": job.id }, ...cells(job.id, job.title, employerName(names, job.employer_id),
    JOB_TYPES[job.job_type], salary(job.salary), el("span", { class: `tag ${job.status}` }, JOB_STATUS[job.status]), when(job.published_at), actions));
}

// Two clicks: a closed posting never matches again, so one stray click must not close it.
function closeButton(job, list) {
  const button = el("button", { type: "button", class: "danger", "data-close": job.id }, "关闭");
  button.addEventListener("click", async () => {
    if (!button.dataset.confirm) {
      button.dataset.confirm = "1";
      button.textContent = "确认关闭？";
      return;
    }
    try {
      await sendJson("POST", `/v1/jobs/${job.id}/close`);
      say($("#postings-message"), `岗位「${job.title}」已关闭，不再推荐给求职者。`);
      load(list);
    } catch (error) {
      failure($("#postings-message"), error);
    }
  });
  return button;
}

function editor(job, list) {
  const input = (name, attrs) => el("input", { id: `job-${name}`, name, ...attrs });
  const title = input("title", { value: job.title, required: true, maxlength: 100 });
  const description = el("textarea", { id: "job-description", name: "description", rows: 4, maxlength: 5000 }, job.description);
  const type = el("select", { id: "job-type", name: "job_type" }, ...options(JOB_TYPES, job.job_type));
  const min = input("salary-min", { type: "number", min: 0, step: "any", value: job.salary.min ?? "" });
  const max = input("salary-max", { type: "number", min: 0, step: "any", value: job.salary.max ?? "" });
  const unit = el("select", { id: "job-salary-unit", name: "unit" }, ...options(SALARY_UNITS, job.salary.unit));
  const address = input("address", { value: job.address || "", maxlength: 200 });
  const headcount = input("headcount", { type: "number", min: 1, max: 10000, value: job.headcount ?? "" });
  const until = input("valid-until", { type: "date", value: job.valid_until ? job.valid_until.slice(0, 10) : "" });
  const message = el("div", { id: "editor-message" });
  const cancel = el("button", { type: "button" }, "取消");
  const form = el("form", { id: "posting-form", class: "panel", "aria-label": `编辑岗位 ${job.id}` },
    el("h2", {}, `编辑岗位 #${job.id}`),
    el("div", { class: "row-fields" }, field("岗位名称", title), field("用工类型", type), field("招聘人数", headcount)),
    field("岗位描述", description),
    el("div", { class: "row-fields" }, field("薪资下限（元）", min), field("薪资上限（元）", max), field("薪资单位", unit)),
    el("div", { class: "row-fields" }, field("工作地址", address), field("有效期至", until, "留空表示长期有效")),
    el("div", { class: "actions" }, el("button", { type: "submit", class: "primary" }, "保存"), cancel), message);
  cancel.addEventListener("click", () => $("#posting-editor").replaceChildren());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const number = (box) => (box.value === "" ? null : Number(box.value));
    const change = { title: title.value.trim(), description: description.value, job_type: type.value,
      salary: { min: number(min), max: number(max), unit: unit.value }, address: address.value.trim() || null,
      headcount: number(headcount) };
    // sent only when changed: an expired posting's old date would be refused as "not in the future"
    if (until.value !== until.defaultValue) change.valid_until = until.value ? beijing(until.value) : null;
    say(message, "");
    try {
      const saved = await sendJson("PATCH", `/v1/jobs/${job.id}`, change);
      $("#posting-editor").replaceChildren();
      say($("#postings-message"), `岗位「${saved.title}」已保存。`);
      load(list);
    } catch (error) {
      failure(message, error);
    }
  });
  $("#posting-editor").replaceChildren(form);
  title.focus();
}
