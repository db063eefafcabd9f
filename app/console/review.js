// 待审核岗位: postings screening held for a discriminatory requirement; approve, or reject with a reason.
import { $, JOB_TYPES, el, failure, getJson, pager, say, sendJson, when } from "./api.js";
import { employerName, employerNames } from "./employers.js";

const LIMIT = 10;
let offset = 0;

export function showReview(main) {
  const list = el("section", { id: "review-list", "aria-label": "待审核岗位" });
  main.replaceChildren(el("h1", {}, "待审核岗位"),
    el("p", { class: "hint" }, "以下岗位因可能含有歧视性要求被暂扣。通过后岗位发布并开始推荐；驳回须写明原因，用人单位据此修改。"),
    el("div", { id: "review-message" }), list);
  load(list);
}

async function load(list) {
  try {
    const page = await getJson("/v1/reviews/jobs", { limit: LIMIT, offset });
    if (!page.items.length && page.total && offset) { offset = 0; return load(list); }  // the last one on a page went
    const names = await employerNames(page.items);
    list.replaceChildren(...(page.items.length ? page.items.map((job) => card(job, names, list))
      : [el("p", { class: "empty panel" }, "没有待审核的岗位。")]), pager(page, (next) => { offset = next; load(list); }));
  } catch (error) {
    failure(list, error);
  }
}

function card(job, names, list) {
  const reason = el("textarea", { id: `reject-note-${job.id}`, name: "note", rows: 2, maxlength: 500 });
  const approve = el("button", { type: "button", class: "primary", "data-approve": job.id }, "通过");
  const reject = el("button", { type: "submit", class: "danger", "data-reject": job.id }, "驳回");
  const message = el("div");
  const form = el("form", { class: "reject" }, el("label", { for: reason.id }, "驳回原因（驳回时必填）"), reason,
    el("div", { class: "actions" }, approve, reject), message);
  approve.addEventListener("click", () => decide(job, { decision: "approve" }, message, list));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      say(message, "驳回须填写原因，用人单位需要据此修改岗位。", "error");
      reason.focus();
      return;
    }
    decide(job, { decision: "reject", note: reason.value.trim() }, message, list);
  });
  const holds = job.screening_holds.map((h) => el("li", {}, h.reason));
  return el("article", { class: "panel held", "data-job": job.id, "aria-labelledby": `held-${job.id}` },
    el("h2", { id: `held-${job.id}` }, `#${job.id} ${job.title}`),
    el("p", { class: "hint" }, `${JOB_TYPES[job.job_type]} · ${employerName(names, job.employer_id)} · 提交于 ${when(job.published_at)}`),
    el("p", { class: "description" }, job.description || "（无描述）"),
    holds.length ? el("ul", { class: "holds" }, ...holds) : null, form);
}

async function decide(job, body, message, list) {
  try {
    await sendJson("POST", `/v1/jobs/${job.id}/review`, body);
    say($("#review-message"), body.decision === "approve" ? `岗位「${job.title}」已通过，已发布。` : `岗位「${job.title}」已驳回。`);
    load(list);
  } catch (error) {
    failure(message, error);
  }
}
