// 求职者: the people of the clerk's districts, searched and paged; each row leads to employment registration, and
// where the person qualifies to their 援助档案, their 1+3+1 or their free times for 零工.
import { cells, el, failure, field, getJson, options, pager, table, when } from "./api.js";
import { groupWords } from "./people.js";

export const EMPLOYMENT_STATUS = { unemployed: "未就业", employed: "已就业", student: "在校学生" };
const LIMIT = 20;
const filter = { q: "", community_code: "", employment_status: "", offset: 0 };

export function showSeekers(main, go) {
  const q = el("input", { id: "seekers-q", type: "search", value: filter.q, maxlength: 50 });
  const community = el("input", { id: "seekers-community", inputmode: "numeric", pattern: "34\\d{10}",
    value: filter.community_code, placeholder: "如 340102001001" });
  const status = el("select", { id: "seekers-status" }, ...options({ "": "全部", ...EMPLOYMENT_STATUS }, filter.employment_status));
  const search = el("form", { id: "seekers-search", class: "panel filters", role: "search" },
    field("姓名或求职意向", q), field("社区代码（12位）", community), field("就业状态", status),
    el("button", { type: "submit" }, "查询"));
  const list = el("section", { id: "seekers-list", class: "panel", "aria-label": "求职者列表" });
  main.replaceChildren(el("h1", {}, "辖区求职者"),
    el("p", { class: "hint" }, "仅列出您所辖区县的求职者。查看手机号等个人信息会被记录在审计日志中，请仅为工作需要查看。"),
    search, list);
  search.addEventListener("submit", (event) => {
    event.preventDefault();
    Object.assign(filter, { q: q.value.trim(), community_code: community.value.trim(),
      employment_status: status.value, offset: 0 });
    load(list, go);
  });
  load(list, go);
}

async function load(list, go) {
  try {
    const page = await getJson("/v1/jobseekers", { ...filter, limit: LIMIT });
    const rows = page.items.map((s) => el("tr", { "data-seeker": s.id }, ...cells(s.id, s.name, s.phone, s.desired_job,
      s.community_code, groupWords(s.priority_groups), EMPLOYMENT_STATUS[s.employment_status] || "未填写", when(s.created_at),
      actions(s, go))));
    list.replaceChildren(table(["编号", "姓名", "手机号", "求职意向", "社区代码", "重点群体", "就业状态", "登记时间", "操作"], rows,
      "没有符合条件的求职者。"), pager(page, (offset) => { filter.offset = offset; load(list, go); }));
  } catch (error) {
    failure(list, error);
  }
}

// Only what the person qualifies for: a case for the hard to employ and members of a numbered 户 (the API decides
// whether the 户 has no one in work), 1+3+1 for migrant workers, free times for those who take 零工.
function actions(s, go) {
  const button = (text, data, section, prefill) => {
    const b = el("button", { type: "button", [data]: s.id }, text);
    b.addEventListener("click", () => go(section, prefill));
    return b;
  };
  const groups = s.priority_groups || [];
  return el("div", { class: "actions" }, button("登记就业", "data-register", "employment", { jobseeker_id: s.id }),
    groups.includes("hard_to_employ") || s.household_id ? button("援助档案", "data-case-for", "cases", { jobseeker: s }) : null,
    groups.includes("migrant_worker") ? button("1+3+1", "data-migrant", "migrants", { jobseeker: s }) : null,
    s.job_types.includes("gig") || s.free_times ? button("空闲时间", "data-free-times", "stations", { jobseeker_id: s.id }) : null);
}
