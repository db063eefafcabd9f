// 见习与补贴: 就业见习 placements (registered, listed, ended early or followed by a labour contract), and the subsidy
// statement (补贴对账单) of a 见习 unit or of the area's operator for a month or months: every amount with its rule,
// the totals, the rates, and the same statement as an Excel workbook.
import { $, cells, download, el, failure, field, getJson, pager, say, sendJson, table, today } from "./api.js";
import { employerName, employerNames, employerPicker } from "./employers.js";
import { districtChoice, seekerFinder, seekerName, seekerNames } from "./people.js";

const LIMIT = 10;
let offset = 0;

export function showSubsidies(main, go, clerk, prefill = {}) {
  const list = el("section", { id: "placements-list", class: "panel", "aria-label": "就业见习列表" });
  main.replaceChildren(el("h1", {}, "就业见习与补贴对账"),
    el("p", { class: "hint" }, "登记见习人员后，系统按在岗天数、劳动合同和补贴标准自动算出补贴；对账单每一笔都写明依据，可下载 Excel 交财务核对。"),
    el("div", { id: "subsidies-message" }), placementForm(list, prefill.jobseeker), el("div", { id: "placement-editor" }), list,
    statementPanel(clerk));
  load(list);
}

function placementForm(list, preset) {
  let chosen = preset ?? null;
  const who = el("p", { id: "placement-who", class: "hint" });
  const show = () => who.replaceChildren(chosen ? `见习人员：${chosen.name}（编号 ${chosen.id}）` : "请先在上方查找并选择见习人员。");
  show();
  const finder = seekerFinder("placement-seeker", (s) => { chosen = s; show(); unit.input.focus(); },
    "须在见习开始当天符合见习条件（如毕业2年内）");
  const unit = employerPicker("placement-unit", { required: true });
  const input = (name, attrs) => el("input", { id: `placement-${name}`, name, ...attrs });
  const started = input("started", { type: "date", required: true });
  const ended = input("ended", { type: "date", required: true });
  const pay = input("pay", { type: "number", min: 0, step: "any", required: true, value: 2000 });
  const contract = input("contract", { type: "number", min: 1, max: 600 });
  const signed = input("signed", { type: "date" });
  const message = el("div");
  const form = el("form", { id: "placement-form" },
    el("div", { class: "row-fields" }, field("见习单位", unit.input, "输入名称中的几个字，从下拉列表中选择"), unit.list,
      field("见习开始日期", started), field("见习结束日期", ended), field("月生活补助（元）", pay, "不低于 2000 元")),
    el("div", { class: "row-fields" }, field("劳动合同期限（月，已签订时填）", contract), field("劳动合同签订日期", signed)),
    el("button", { type: "submit", class: "primary" }, "登记见习"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    say(message, "");
    if (!chosen) { say(message, "请先查找并选择见习人员。", "error"); return; }
    try {
      const employer = await unit.chosen();
      const body = { jobseeker_id: chosen.id, employer_id: employer.id, started_on: started.value, ended_on: ended.value,
        monthly_pay_yuan: Number(pay.value) };
      if (contract.value) Object.assign(body, { contract_months: Number(contract.value), contract_signed_on: signed.value || null });
      const saved = await sendJson("POST", "/v1/placements", body);
      say(message, `已登记见习（编号 ${saved.id}）：计补 ${saved.months_served} 个月。${saved.eligibility}`);
      form.reset();
      chosen = null;
      show();
      load(list);
    } catch (error) {
      if (error.status) failure(message, error); else say(message, error.message, "error");
    }
  });
  return el("section", { class: "panel", "aria-labelledby": "placement-title" },
    el("h2", { id: "placement-title" }, "登记就业见习"), finder, who, form);
}

async function load(list) {
  try {
    const page = await getJson("/v1/placements", { limit: LIMIT, offset });
    const [people, units] = await Promise.all([seekerNames(page.items.map((p) => p.jobseeker_id)), employerNames(page.items)]);
    const rows = page.items.map((p) => {
      const edit = el("button", { type: "button", "data-edit-placement": p.id }, "变更");
      edit.addEventListener("click", () => { $("#placement-editor").replaceChildren(editForm(p, list)); $("#placement-end").focus(); });
      return el("tr", { "data-placement": p.id }, ...cells(p.id, seekerName(people, p.jobseeker_id), employerName(units, p.employer_id),
        `${p.started_on} 至 ${p.ended_on}`, p.monthly_pay_yuan, p.months_served,
        p.contract_months ? `${p.contract_months}个月（${p.contract_signed_on}签）` : "未签", p.absorption_note || "—", edit));
    });
    list.replaceChildren(el("h2", {}, "见习人员"),
      table(["编号", "见习人员", "见习单位", "见习期", "月生活补助（元）", "计补月数", "劳动合同", "吸纳就业补贴", "操作"], rows,
        "还没有登记就业见习。"), pager(page, (next) => { offset = next; load(list); }));
  } catch (error) {
    failure(list, error);
  }
}

// What may change after registration: an early end, or the labour contract the unit signed.
function editForm(p, list) {
  const end = el("input", { id: "placement-end", type: "date", value: p.ended_on, required: true });
  const contract = el("input", { id: "placement-edit-contract", type: "number", min: 1, max: 600, value: p.contract_months ?? "" });
  const signed = el("input", { id: "placement-edit-signed", type: "date", value: p.contract_signed_on ?? "" });
  const message = el("div");
  const form = el("form", { id: "placement-edit-form", class: "panel" }, el("h2", {}, `变更见习 ${p.id}`),
    el("div", { class: "row-fields" }, field("见习结束日期（提前结束时改）", end), field("劳动合同期限（月）", contract),
      field("劳动合同签订日期", signed)),
    el("div", { class: "actions" }, el("button", { type: "submit", class: "primary" }, "保存变更"),
      el("button", { type: "reset" }, "取消")), message);
  form.addEventListener("reset", () => setTimeout(() => form.remove()));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {};
    if (end.value !== p.ended_on) body.ended_on = end.value;
    if (contract.value) Object.assign(body, { contract_months: Number(contract.value), contract_signed_on: signed.value || null });
    try {
      const saved = await sendJson("PATCH", `/v1/placements/${p.id}`, body);
      say($("#subsidies-message"), `见习 ${saved.id} 已保存：计补 ${saved.months_served} 个月。${saved.absorption_note}`);
      form.remove();
      load(list);
    } catch (error) {
      failure(message, error);
    }
  });
  return form;
}

function statementPanel(clerk) {
  const kind = el("select", { id: "statement-kind" }, el("option", { value: "unit" }, "见习单位补贴（见习补贴、保险、带教费、吸纳就业）"),
    el("option", { value: "operator" }, "运营方服务补贴（稳定就业、灵活就业、就业援助）"));
  const unit = employerPicker("statement-unit");
  const month = el("input", { id: "statement-month", type: "month", required: true, value: today().slice(0, 7) });
  const through = el("input", { id: "statement-through", type: "month" });
  const area = districtChoice("statement-district", clerk);
  const result = el("div", { id: "statement", "aria-live": "polite" });
  const form = el("form", { id: "statement-form" },
    el("div", { class: "row-fields" }, field("对账单类型", kind), field("见习单位（单位对账单）", unit.input), unit.list,
      field("起始月份", month), field("截止月份（多个月时填）", through), area),
    el("button", { type: "submit", class: "primary" }, "生成对账单"));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const params = { month: month.value, through: through.value, district: $("#statement-district")?.value ?? "" };
      if (kind.value === "unit") {
        const employer = await unit.chosen();
        if (!employer) throw new Error("单位对账单须选择见习单位。");
        params.unit = employer.id;
      }
      drawStatement(result, await getJson("/v1/subsidies/statements", params), params);
    } catch (error) {
      if (error.status) failure(result, error); else say(result, error.message, "error");
    }
  });
  return el("section", { class: "panel", "aria-labelledby": "statement-title" },
    el("h2", { id: "statement-title" }, "补贴对账单"), form, result);
}

const yuan = (n) => n.toFixed(2);

// A line's rule in words a finance office reads (标准 and its unit), with the setting it came from beneath.
function rule(line, rules) {
  const used = rules.get(line.rule);
  return el("div", {}, `${yuan(line.rate_yuan)} ${used ? used.unit : "元"}`, el("small", { class: "code" }, line.rule));
}

function source(line) {
  return line.placement_id ? `见习 ${line.placement_id}` : line.employment_id ? `就业登记 ${line.employment_id}` : "—";
}

function drawStatement(box, s, params) {
  const rules = new Map(s.rules.map((r) => [r.setting, r]));
  const lines = s.lines.map((l) => el("tr", { "data-line": l.line_no }, ...cells(l.line_no, l.month, l.item_name,
    l.jobseeker_id === null ? "（已删除）" : `${l.jobseeker_name ?? ""}（${l.jobseeker_id}）`, source(l),
    el("span", { "data-amount": l.amount_yuan }, yuan(l.amount_yuan)), rule(l, rules), l.note)));
  const totals = s.totals.map((t) => el("tr", { "data-item": t.item }, ...cells(t.item_name, t.lines, yuan(t.amount_yuan))));
  totals.push(el("tr", { class: "total" }, ...cells("合计", s.lines.length, el("strong", { id: "statement-total" }, yuan(s.total_yuan)))));
  const rates = s.rules.map((r) => el("tr", {}, ...cells(r.name, r.setting, r.value, r.unit)));
  const xlsx = el("button", { type: "button", id: "statement-download", class: "primary" }, "下载 Excel（.xlsx）");
  const message = el("div");
  xlsx.addEventListener("click", () => download("/v1/subsidies/statements.xlsx", "补贴对账单.xlsx", params)
    .catch((error) => failure(message, error)));
  const period = s.month === s.through ? s.month : `${s.month} 至 ${s.through}`;
  const who = s.kind === "unit" ? `见习单位「${s.unit_name}」` : `区域 ${s.district ?? "全部"} 运营方`;
  box.replaceChildren(el("h3", {}, `${who} ${period} 补贴对账单：合计 ${yuan(s.total_yuan)} 元`), xlsx, message,
    el("h4", {}, "明细（每一笔的依据）"),
    table(["序号", "所属月份", "补贴项目", "人员", "来源记录", "金额（元）", "标准（设置项）", "说明"], lines, "此期间没有应付补贴。"),
    el("h4", {}, "分项合计"), table(["补贴项目", "笔数", "金额（元）"], totals, ""),
    el("h4", {}, "计算标准"), table(["说明", "设置项", "数值", "单位"], rates, ""));
}
