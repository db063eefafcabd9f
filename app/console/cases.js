// 援助台账: the 一人一策 cases of the clerk's area (all, by status or community, or the overdue ones), 零就业家庭动态清零
// per community, and a new case opened for a person found by name. One case's plan and log is case.js.
import { $, cells, el, failure, field, getJson, options, pager, say, sendJson, table } from "./api.js";
import { BASES, CASE_STATUS, STEP_KINDS, showCase } from "./case.js";
import { districtChoice, seekerFinder, seekerName, seekerNames } from "./people.js";

const NEEDS = { "": "（暂不填写）", skills: "缺少技能", childcare: "需照料子女", disability: "残疾", transport: "交通不便",
  other: "其他" };
const VIEWS = { all: "全部档案", overdue: "逾期未办（步骤过期或久未联系）" };
const LIMIT = 20;
const filter = { view: "all", status: "", community_code: "", offset: 0 };

export function showCases(main, go, clerk, prefill = {}) {
  const list = el("section", { id: "cases-list", class: "panel", "aria-label": "援助档案列表" });
  const detail = el("div", { id: "case-detail-box" });
  const clearance = el("section", { id: "clearance", class: "panel", "aria-label": "零就业家庭动态清零" });
  const refresh = () => { load(list, detail, go); loadClearance(clearance, clerk); };
  main.replaceChildren(el("h1", {}, "援助台账（一人一策）"),
    el("p", { class: "hint" }, "为就业困难人员和零就业家庭成员建立援助档案：写明需求，计划援助步骤（职业指导、岗位推荐、培训、公益性岗位），"
      + "每次联系都要登记，就业后结案。查看档案会记入审计日志。"),
    el("div", { id: "cases-message" }), clearance, openForm(detail, go, refresh, prefill.jobseeker), filters(list, detail, go),
    list, detail);
  refresh();
  if (prefill.case_id) showCase(detail, prefill.case_id, go, refresh);
  else if (prefill.jobseeker) findCase(prefill.jobseeker, detail, go, refresh);
}

// From the seekers list: the person's open case if they have one, else the form filled with them.
async function findCase(seeker, detail, go, refresh) {
  try {
    const page = await getJson("/v1/cases", { jobseeker_id: seeker.id, limit: 5 });
    const open = page.items.find((c) => c.status === "open" || c.status === "in_progress");
    if (open) showCase(detail, open.id, go, refresh);
  } catch (error) {
    failure($("#cases-message"), error);
  }
}

function filters(list, detail, go) {
  const view = el("select", { id: "cases-view" }, ...options(VIEWS, filter.view));
  const status = el("select", { id: "cases-status" }, ...options({ "": "全部", ...CASE_STATUS }, filter.status));
  const community = el("input", { id: "cases-community", inputmode: "numeric", pattern: "34\\d{10}",
    value: filter.community_code, placeholder: "如 340102001001" });
  const form = el("form", { id: "cases-search", class: "panel filters", role: "search" }, field("查看", view),
    field("状态（全部档案时）", status), field("社区代码（12位，可不填）", community), el("button", { type: "submit" }, "查询"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    Object.assign(filter, { view: view.value, status: status.value, community_code: community.value.trim(), offset: 0 });
    load(list, detail, go);
  });
  return form;
}

async function load(list, detail, go) {
  const again = () => load(list, detail, go);
  try {
    const overdue = filter.view === "overdue";
    const params = { community_code: filter.community_code, limit: LIMIT, offset: filter.offset };
    const page = overdue ? await getJson("/v1/cases/overdue", params)
      : await getJson("/v1/cases", { ...params, status: filter.status });
    const cases = overdue ? page.items.map((i) => i.case) : page.items;
    const names = await seekerNames(cases.map((c) => c.jobseeker_id));
    const rows = page.items.map((item, i) => row(cases[i], names, overdue ? lateness(item) : null, detail, go, again));
    const headers = ["编号", "求职者", "社区代码", "援助对象", "状态", "建档日期", "最近联系", overdue ? "逾期情况" : "结案日期", "操作"];
    list.replaceChildren(el("h2", {}, VIEWS[filter.view]),
      table(headers, rows, overdue ? "没有逾期未办的档案。" : "没有符合条件的援助档案。"),
      pager(page, (offset) => { filter.offset = offset; again(); }));
  } catch (error) {
    failure(list, error);
  }
}

function row(c, names, late, detail, go, again) {
  const open = el("button", { type: "button", "data-open-case": c.id }, "查看办理");
  open.addEventListener("click", () => showCase(detail, c.id, go, again).then(() => detail.scrollIntoView()));
  return el("tr", { "data-case": c.id }, ...cells(c.id, seekerName(names, c.jobseeker_id), c.community_code,
    c.bases.map((b) => BASES[b]).join("、"), el("span", { class: `tag ${c.status}` }, CASE_STATUS[c.status]), c.opened_on,
    c.last_contact_on, late ?? c.closed_on, open));
}

function lateness(item) {
  const steps = item.overdue_steps.map((s) => `${STEP_KINDS[s.kind]}逾期${s.days_overdue}天`);
  if (item.no_recent_contact) steps.push(`已${item.days_since_contact}天未联系`);
  return steps.join("；");
}

function openForm(detail, go, refresh, preset) {
  let chosen = preset ?? null;
  const who = el("p", { id: "case-open-who", class: "hint" });
  const need = el("select", { id: "case-open-need" }, ...options(NEEDS, ""));
  const note = el("textarea", { id: "case-open-note", rows: 2, maxlength: 1000 });
  const message = el("div");
  const form = el("form", { id: "case-open-form" },
    el("div", { class: "row-fields" }, field("主要需求", need), field("需求说明", note, "如：孩子上小学，只能做白班")),
    el("button", { type: "submit", class: "primary" }, "建立援助档案"), message);
  const show = () => who.replaceChildren(chosen ? `已选：${chosen.name}（编号 ${chosen.id}，社区 ${chosen.community_code || "未填"}）`
    : "请先在上方查找并选择求职者。只有就业困难人员和零就业家庭成员可以建档。");
  show();
  const finder = seekerFinder("case-seeker", (s) => { chosen = s; show(); need.focus(); });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!chosen) { say(message, "请先查找并选择要建档的求职者。", "error"); return; }
    const body = { jobseeker_id: chosen.id, needs: need.value ? [{ kind: need.value, note: note.value.trim() }] : [] };
    say(message, "");
    try {
      const saved = await sendJson("POST", "/v1/cases", body);
      say(message, `已为${chosen.name}建立援助档案（编号 ${saved.id}）。请在下方计划援助步骤。`);
      form.reset();
      chosen = null;
      show();
      refresh();
      showCase(detail, saved.id, go, refresh).then(() => detail.scrollIntoView());
    } catch (error) {
      failure(message, error);
    }
  });
  return el("section", { class: "panel", "aria-labelledby": "case-open-title" },
    el("h2", { id: "case-open-title" }, "建立援助档案"), finder, who, form);
}

let area = ""; // the 区县 the clearance table is for, when the clerk has a choice

async function loadClearance(box, clerk) {
  const picker = districtChoice("clearance-district", clerk);
  const select = picker?.querySelector("select");
  if (select) {
    if (![...select.options].some((o) => o.value === area)) area = select.options[0].value;
    select.value = area;
    select.addEventListener("change", () => { area = select.value; loadClearance(box, clerk); });
  }
  try {
    const page = await getJson("/v1/cases/clearance", { district: area, limit: 200 });
    const rows = page.items.map((r) => el("tr", { "data-community": r.code }, ...cells(`${r.name}（${r.code}）`,
      el("strong", { "data-zero": r.zero_employment_households }, String(r.zero_employment_households)),
      r.with_open_case, r.without_case, r.cleared_households, r.cases_closed_employed)));
    box.replaceChildren(el("h2", {}, "零就业家庭动态清零（本年度）"),
      el("p", { class: "hint" }, "按户统计：零就业家庭指户内无人就业；已清零指年初为零就业、现在已有人就业。"
        + "「未建档」的家庭请尽快为其成员建立援助档案。"), picker ?? "",
      table(["社区", "零就业家庭（户）", "已建档援助", "未建档", "已清零", "以就业结案（人）"], rows, "辖区内还没有登记户编号的家庭。"));
  } catch (error) {
    failure(box, error);
  }
}
