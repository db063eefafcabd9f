// 求职者 for casework: found by name and picked, named on a page of cases or placements; the clerk's districts.
import { ApiError, cells, el, failure, field, getJson, options, table } from "./api.js";

export const GROUPS = { college_graduate: "高校毕业生", migrant_worker: "农民工", veteran: "退役军人",
  poverty_alleviated: "脱贫人口", hard_to_employ: "就业困难人员", disabled: "残疾人" };

// A search box and a short result table; pick(seeker) is called with the row a clerk chose. The box lives in its
// own <form>, so it may sit next to (not inside) the form it feeds.
export function seekerFinder(id, pick, hint = "输入姓名或求职意向中的几个字") {
  const q = el("input", { id: `${id}-q`, type: "search", maxlength: 50, required: true });
  const found = el("div", { id: `${id}-found`, "aria-live": "polite" });
  const form = el("form", { id, class: "filters", role: "search" }, field("查找求职者", q),
    el("button", { type: "submit" }, "查找"), el("small", { class: "hint finder-hint" }, hint));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const page = await getJson("/v1/jobseekers", { q: q.value.trim(), limit: 10 });
      const rows = page.items.map((s) => {
        const choose = el("button", { type: "button", "data-pick": s.id }, "选择");
        choose.addEventListener("click", () => { found.replaceChildren(); pick(s); });
        return el("tr", {}, ...cells(s.id, s.name, s.phone, s.community_code, groupWords(s.priority_groups), choose));
      });
      found.replaceChildren(table(["编号", "姓名", "手机号", "社区代码", "重点群体", "操作"], rows, "没有找到，请换个写法。"));
    } catch (error) {
      failure(found, error);
    }
  });
  return el("div", {}, form, found);
}

export function groupWords(groups) { return (groups || []).map((g) => GROUPS[g] || g).join("、") || "—"; }

// One request for a page's people; one that cannot be had (erased, another district) keeps its number.
export async function seekerNames(ids) {
  const wanted = [...new Set(ids.filter(Boolean))];
  if (!wanted.length) return new Map();
  try {
    const page = await getJson("/v1/jobseekers", { id: wanted, limit: 100 });
    return new Map(page.items.map((s) => [s.id, s.name]));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return new Map();
  }
}

// Staff names by account number, for a case's contacts and actions; a number the API does not name stays a number.
export async function staffNames(ids) {
  const wanted = [...new Set(ids.filter(Boolean))].slice(0, 100);
  if (!wanted.length) return new Map();
  try {
    const page = await getJson("/v1/staff", { id: wanted });
    return new Map(page.items.map((s) => [s.id, s.name]));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return new Map();
  }
}

export function staffName(names, id) {
  return names.has(id) ? names.get(id) : `工作人员 ${id}`;
}

export function seekerName(names, id) {
  if (id === null || id === undefined) return "（已删除）";
  return names.has(id) ? `${names.get(id)}（${id}）` : `求职者 ${id}`;
}

// The 区县 a report covers: an operator with several picks one, one with a single district needs no choice (the
// API takes it), an admin may leave it empty for all. Null when there is nothing to choose.
export function districtChoice(id, clerk) {
  const counties = (clerk.districts || []).filter((d) => d.length === 6);
  if (clerk.role !== "admin" && counties.length < 2) return null;
  const pairs = Object.fromEntries(counties.map((d) => [d, d]));
  const select = el("select", { id, name: "district" }, ...options(clerk.role === "admin" ? { "": "全部", ...pairs } : pairs));
  return field("区县", select);
}
