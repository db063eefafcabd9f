// One 援助档案: who and why, the plan of steps (each marked done or cancelled), the contact log, closing, and every
// action taken on it. Each change answers with the whole case, which is drawn again.
import { cells, el, failure, field, getJson, options, say, sendJson, table, today, when } from "./api.js";
import { seekerName, seekerNames, staffName, staffNames } from "./people.js";

export const CASE_STATUS = { open: "待跟进", in_progress: "跟进中", closed_employed: "已就业结案", closed_other: "其他原因结案" };
export const BASES = { hard_to_employ: "就业困难人员", zero_employment_household: "零就业家庭成员" };
export const STEP_KINDS = { guidance: "职业指导", job_referral: "岗位推荐", training: "技能培训", public_welfare_post: "公益性岗位",
  other: "其他" };
const STEP_STATUS = { planned: "计划中", done: "已完成", cancelled: "已取消" };
const NEEDS = { skills: "缺少技能", childcare: "需照料子女", disability: "残疾", transport: "交通不便", other: "其他" };
const CHANNELS = { phone: "电话", visit: "上门", walk_in: "来访", wechat: "微信" };
const ACTIONS = { open: "建档", update: "修改需求或责任人", plan_step: "计划步骤", step_done: "步骤完成", step_cancelled: "步骤取消",
  contact: "登记联系", close: "结案" };
const OUTCOMES = { employed: "已就业（须先登记就业）", other: "其他原因（须写明）" };

// Draws case `id` into `box`; `changed` tells the list and the clearance figures to refresh.
export async function showCase(box, id, go, changed) {
  try {
    const c = await getJson(`/v1/cases/${id}`);
    const names = await seekerNames([c.jobseeker_id]);
    await render(box, c, names, go, changed);
  } catch (error) {
    failure(box, error);
  }
}

// The case drawn with the names of the staff in its logs (read again each time: a contact just made is someone's).
async function render(box, c, names, go, changed) {
  const staff = await staffNames([...c.contacts.map((k) => k.by_user_id), ...c.actions.map((a) => a.user_id)]);
  draw(box, c, names, staff, go, changed);
}

function draw(box, c, names, staff, go, changed) {
  const open = c.status === "open" || c.status === "in_progress";
  const redraw = async (saved, text) => {
    await render(box, saved, names, go, changed);
    say(box.querySelector("#case-message"), text);
    changed();
  };
  const facts = el("dl", { class: "counts" }, ...[["状态", CASE_STATUS[c.status]], ["援助对象", c.bases.map((b) => BASES[b]).join("、")],
    ["社区", c.community_code ?? "—"], ["建档日期", c.opened_on], ["最近联系", c.last_contact_on ?? "尚未联系"],
    ...(open ? [] : [["结案日期", c.closed_on], ["结案说明", c.close_reason || (c.employment_id ? `就业登记 ${c.employment_id}` : "—")]])]
    .flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]));
  const needs = c.needs.length ? el("ul", {}, ...c.needs.map((n) => el("li", {}, `${NEEDS[n.kind]}${n.note ? `：${n.note}` : ""}`)))
    : el("p", { class: "hint" }, "未填写需求。");
  box.replaceChildren(el("section", { id: "case-detail", class: "panel", "data-case": c.id, "data-status": c.status,
    "aria-labelledby": "case-title" },
  el("h2", { id: "case-title" }, `援助档案 ${c.id} · ${seekerName(names, c.jobseeker_id)}`), facts,
  el("h3", {}, "需求"), needs, open ? needsForm(c, redraw) : null, el("div", { id: "case-message", "aria-live": "polite" }),
  el("h3", {}, "援助步骤"), steps(c, open, redraw), open ? stepForm(c, redraw) : null,
  el("h3", {}, "联系记录"), contacts(c, staff), open ? contactForm(c, redraw) : null,
  open ? closeForm(c, go, redraw) : null, actions(c, staff)));
}

// Needs change as the person's life does (动态管理): one row per kind, ticked with its note; saving replaces the list.
function needsForm(c, redraw) {
  const noted = (kind) => c.needs.filter((n) => n.kind === kind).map((n) => n.note).filter(Boolean).join("；");
  const rows = Object.entries(NEEDS).map(([kind, text]) => {
    const tick = el("input", { id: `need-${kind}`, type: "checkbox", checked: c.needs.some((n) => n.kind === kind) });
    const note = el("input", { id: `need-note-${kind}`, maxlength: 1000, value: noted(kind), "aria-label": `${text}的说明`,
      placeholder: "说明（可不填）" });
    note.addEventListener("input", () => { if (note.value.trim()) tick.checked = true; });
    return { kind, tick, note, row: el("div", { class: "need-row" }, el("label", { for: tick.id }, tick, ` ${text}`), note) };
  });
  const message = el("div");
  const form = el("details", { id: "case-needs", class: "subpanel" }, el("summary", {}, "修改需求"),
    el("form", { id: "case-needs-form" }, ...rows.map((r) => r.row),
      el("button", { type: "submit", class: "primary" }, "保存需求"), message));
  form.querySelector("form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { needs: rows.filter((r) => r.tick.checked).map((r) => ({ kind: r.kind, note: r.note.value.trim() })) };
    try {
      await redraw(await sendJson("PATCH", `/v1/cases/${c.id}`, body), "需求已更新。");
    } catch (error) {
      failure(message, error);
    }
  });
  return form;
}

function steps(c, open, redraw) {
  const rows = c.steps.map((s) => {
    const jobs = s.jobs.length ? el("ul", { class: "jobs" }, ...s.jobs.map((j) => el("li", {},
      `${j.title}（岗位 ${j.job_id}，${j.distance_km} 公里）`))) : "—";
    return el("tr", { "data-step": s.id, "data-step-status": s.status }, ...cells(STEP_KINDS[s.kind], s.due_on,
      STEP_STATUS[s.status], s.note || "—", jobs, s.outcome || "—", open && s.status === "planned" ? stepActions(c, s, redraw) : "—"));
  });
  return table(["类型", "计划完成", "状态", "说明", "推荐岗位", "结果", "办理"], rows, "还没有计划步骤。请用下方表单添加。");
}

function stepActions(c, s, redraw) {
  const outcome = el("input", { id: `step-outcome-${s.id}`, maxlength: 1000, "aria-label": `步骤 ${s.id} 的结果`,
    placeholder: "结果，如：已参加面试" });
  const button = (status, text) => {
    const b = el("button", { type: "button", [`data-step-${status}`]: s.id }, text);
    b.addEventListener("click", async () => {
      try {
        const saved = await sendJson("PATCH", `/v1/cases/${c.id}/steps/${s.id}`, { status, outcome: outcome.value.trim() });
        await redraw(saved, `步骤「${STEP_KINDS[s.kind]}」已${STEP_STATUS[status]}。`);
      } catch (error) {
        failure(document.getElementById("case-message"), error);
      }
    });
    return b;
  };
  return el("div", { class: "actions" }, outcome, button("done", "完成"), button("cancelled", "取消"));
}

function stepForm(c, redraw) {
  const kind = el("select", { id: "step-kind" }, ...options(STEP_KINDS, "guidance"));
  const due = el("input", { id: "step-due", type: "date", required: true, value: today() });
  const count = el("input", { id: "step-count", type: "number", min: 1, max: 10, value: 3 });
  const note = el("textarea", { id: "step-note", rows: 2, maxlength: 1000 });
  const message = el("div");
  const form = el("form", { id: "case-step-form", class: "subpanel" }, el("h4", {}, "计划新步骤"),
    el("div", { class: "row-fields" }, field("步骤类型", kind), field("计划完成日期", due),
      field("推荐岗位数", count, "仅「岗位推荐」：按匹配结果推送到此人的消息中")),
    field("说明", note), el("button", { type: "submit", class: "primary" }, "添加步骤"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { kind: kind.value, due_on: due.value, note: note.value.trim() };
    if (kind.value === "job_referral") body.job_count = Number(count.value);
    try {
      const saved = await sendJson("POST", `/v1/cases/${c.id}/steps`, body);
      const sent = saved.steps.at(-1).jobs.length;
      await redraw(saved, `已添加步骤「${STEP_KINDS[body.kind]}」${body.kind === "job_referral" ? `，已推送 ${sent} 个岗位` : ""}。`);
    } catch (error) {
      failure(message, error);
    }
  });
  return form;
}

function contacts(c, staff) {
  const rows = c.contacts.map((k) => el("tr", { "data-contact": k.id }, ...cells(k.contacted_on, CHANNELS[k.channel], k.note,
    staffName(staff, k.by_user_id))));
  return table(["日期", "方式", "内容", "联系人"], rows, "还没有联系记录。");
}

function contactForm(c, redraw) {
  const on = el("input", { id: "contact-on", type: "date", required: true, value: today() });
  const channel = el("select", { id: "contact-channel" }, ...options(CHANNELS, "phone"));
  const note = el("textarea", { id: "contact-note", rows: 2, maxlength: 1000, required: true });
  const message = el("div");
  const form = el("form", { id: "case-contact-form", class: "subpanel" }, el("h4", {}, "登记联系"),
    el("div", { class: "row-fields" }, field("联系日期", on), field("联系方式", channel)),
    field("联系内容", note, "如：上门了解需求，愿意去第一家面试"), el("button", { type: "submit", class: "primary" }, "登记联系"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const saved = await sendJson("POST", `/v1/cases/${c.id}/contacts`,
        { contacted_on: on.value, channel: channel.value, note: note.value.trim() });
      await redraw(saved, "联系已登记。");
    } catch (error) {
      failure(message, error);
    }
  });
  return form;
}

function closeForm(c, go, redraw) {
  const outcome = el("select", { id: "close-outcome" }, ...options(OUTCOMES, "employed"));
  const employment = el("input", { id: "close-employment", type: "number", min: 1 });
  const reason = el("textarea", { id: "close-reason", rows: 2, maxlength: 1000 });
  const register = el("button", { type: "button", id: "close-register" }, "先去登记就业");
  register.addEventListener("click", () => go("employment", { jobseeker_id: c.jobseeker_id,
    back: { section: "cases", label: `返回援助档案 ${c.id}`, prefill: { case_id: c.id } } }));
  const message = el("div");
  const form = el("form", { id: "case-close-form", class: "subpanel" }, el("h3", {}, "结案"),
    el("p", { class: "hint" }, "已就业结案须先为此人登记就业（不填编号则取建档后最近一次登记）；其他原因结案须写明原因，如迁出本市。"),
    el("div", { class: "row-fields" }, field("结案方式", outcome), field("就业登记编号（可不填）", employment)),
    field("结案原因", reason), el("div", { class: "actions" }, el("button", { type: "submit", class: "danger" }, "结案"), register),
    message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { outcome: outcome.value, reason: reason.value.trim() };
    if (employment.value) body.employment_id = Number(employment.value);
    try {
      const saved = await sendJson("POST", `/v1/cases/${c.id}/close`, body);
      await redraw(saved, `已结案：${CASE_STATUS[saved.status]}。`);
    } catch (error) {
      failure(message, error);
    }
  });
  return form;
}

function actions(c, staff) {
  const rows = c.actions.map((a) => el("tr", {}, ...cells(when(a.at), ACTIONS[a.action] || a.action, staffName(staff, a.user_id),
    a.detail)));
  return el("details", { class: "log" }, el("summary", {}, `操作记录（${c.actions.length} 条）`),
    table(["时间", "操作", "操作人", "内容"], rows, "没有操作记录。"));
}
