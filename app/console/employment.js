// 就业登记: record that a person found work; the answer says whether it counts toward this year's claim.
import { cells, el, failure, field, getJson, options, say, sendJson, table } from "./api.js";

const KINDS = { stable: "稳定就业（≥6个月合同并缴社保）", flexible: "灵活就业（≥3个月且不低于最低工资）" };

// prefill: the seeker to register; `back` a section to return to once registered (the case being closed).
export function showEmployment(main, go, clerk, prefill = {}) {
  const input = (name, attrs) => el("input", { id: `employment-${name}`, name, ...attrs });
  const seeker = input("seeker", { type: "number", min: 1, required: true, value: prefill.jobseeker_id ?? "" });
  const kind = el("select", { id: "employment-kind", name: "kind" }, ...options(KINDS, "stable"));
  const started = input("started", { type: "date", required: true });
  const months = input("months", { type: "number", min: 1, max: 600, required: true, value: 12 });
  const wage = input("wage", { type: "number", min: 0, step: "any", required: true });
  const insurance = input("insurance", { type: "checkbox", checked: true });
  const job = input("job", { type: "number", min: 1 });
  const message = el("div", { id: "employment-message" });
  const recent = el("section", { id: "employment-list", class: "panel", "aria-label": "最近登记" });
  const form = el("form", { id: "employment-form", class: "panel" }, el("h2", {}, "登记就业"),
    el("div", { class: "row-fields" }, field("求职者编号", seeker, "可在「求职者」列表中点击「登记就业」带入"), field("就业类型", kind)),
    el("div", { class: "row-fields" }, field("入职日期", started), field("合同期限（月）", months), field("月工资（元）", wage),
      field("来源岗位编号（可选）", job)),
    el("div", { class: "check" }, insurance, el("label", { for: insurance.id }, "已缴纳社会保险")),
    el("button", { type: "submit", class: "primary" }, "提交登记"), message);
  main.replaceChildren(el("h1", {}, "就业登记"), form, recent);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { jobseeker_id: Number(seeker.value), kind: kind.value, started_on: started.value,
      contract_months: Number(months.value), social_insurance: insurance.checked, monthly_wage_yuan: Number(wage.value) };
    if (job.value) body.job_id = Number(job.value);
    say(message, "");
    try {
      const saved = await sendJson("POST", "/v1/employments", body);
      say(message, `已登记（编号 ${saved.id}）。${saved.claim_note}`, saved.claimable ? "ok" : "warn");
      if (prefill.back) message.append(backButton(go, prefill.back));
      load(recent);
    } catch (error) {
      failure(message, error);
    }
  });
  load(recent);
  (prefill.jobseeker_id ? started : seeker).focus();
}

function backButton(go, back) {
  const button = el("button", { type: "button", id: "employment-back", class: "primary" }, back.label);
  button.addEventListener("click", () => go(back.section, back.prefill));
  return button;
}

async function load(box) {
  try {
    const page = await getJson("/v1/employments", { limit: 10 });
    const rows = page.items.map((e) => el("tr", {}, ...cells(e.id, e.jobseeker_id ?? "（已删除）", e.kind === "stable" ? "稳定就业" : "灵活就业",
      e.started_on, e.contract_months, e.monthly_wage_yuan, e.claim_note)));
    box.replaceChildren(el("h2", {}, "最近登记"),
      table(["编号", "求职者编号", "类型", "入职日期", "合同（月）", "月工资（元）", "认定"], rows, "还没有就业登记。"));
  } catch (error) {
    failure(box, error);
  }
}
