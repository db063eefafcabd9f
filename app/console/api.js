// Shared by every console section: the signed-in fetch, Chinese error messages, DOM helpers, a pager.
// The token key is the dashboard's own, so a clerk signed in here opens /dashboard signed in too.
export const TOKEN = "jobcircle.token";

const STATUS_WORDS = {
  400: "请求有误", 401: "登录已失效，请重新登录", 403: "您的账号无权进行此操作", 404: "未找到该记录（可能已删除或不在您的辖区）",
  409: "与已有数据冲突", 410: "文件已超过保存期限被删除，请重新上传", 413: "文件太大，请拆分后上传",
  422: "填写有误，请按提示修改", 429: "操作太频繁，请稍后再试", 500: "服务器出错，请稍后再试或联系管理员",
  503: "服务暂时不可用，请稍后再试",
};

// API field names a clerk reads in Chinese; anything not named here is shown as the API gives it.
const FIELD_WORDS = {
  title: "岗位名称", description: "岗位描述", job_type: "用工类型", "salary.min": "薪资下限", "salary.max": "薪资上限",
  "salary.unit": "薪资单位", salary: "薪资", address: "工作地址", headcount: "招聘人数", valid_until: "有效期至",
  name: "名称", kind: "类型", organiser: "主办单位", venue: "举办地点", starts_at: "开始时间", ends_at: "结束时间",
  employer_id: "单位编号", note: "原因", jobseeker_id: "求职者编号", started_on: "入职日期", contract_months: "合同期限（月）",
  monthly_wage_yuan: "月工资（元）", job_id: "岗位编号", file: "文件", phone: "手机号", password: "密码",
  social_insurance: "缴纳社保", fair_id: "招聘会", body: "提交内容", district: "区县代码", q: "查询内容",
  due_on: "计划完成日期", contacted_on: "联系日期", channel: "联系方式", outcome: "结案方式", reason: "结案原因",
  employment_id: "就业登记编号", owner_id: "责任人", given_on: "指导日期", provider: "培训机构", course: "课程",
  referred_on: "推荐日期", count: "岗位数", ended_on: "见习结束日期", monthly_pay_yuan: "月生活补助（元）",
  contract_signed_on: "劳动合同签订日期", month: "月份", through: "截止月份", unit: "见习单位", free_times: "空闲时间",
};

export class ApiError extends Error {
  constructor(status, body) {
    super(STATUS_WORDS[status] || `请求失败（${status}）`);
    this.status = status;
    this.body = body;
  }

  // One line a clerk can act on: what went wrong, then each field and its reason.
  describe() {
    const fields = (this.body && this.body.errors) || [];
    const parts = fields.map((e) => `${FIELD_WORDS[e.field] || e.title || e.field}：${e.reason}`);
    if (!parts.length && this.body && this.body.message) parts.push(this.body.message);
    return parts.length ? `${this.message}。${parts.join("；")}` : this.message;
  }
}

export function token() { return sessionStorage.getItem(TOKEN); }

export async function request(method, path, { json, form, params } = {}) {
  const headers = token() ? { Authorization: `Bearer ${token()}` } : {};
  let body;
  if (json !== undefined) { headers["Content-Type"] = "application/json"; body = JSON.stringify(json); }
  if (form !== undefined) body = form;
  const query = params ? `?${search(params)}` : "";
  const response = await fetch(path + query, { method, headers, body });
  if (response.status === 401 && path !== "/v1/auth/login") {
    sessionStorage.removeItem(TOKEN);
    document.dispatchEvent(new CustomEvent("signed-out"));
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  return response.status === 204 ? null : response;
}

export async function getJson(path, params) { return (await request("GET", path, { params })).json(); }
export async function sendJson(method, path, json) { return (await request(method, path, { json })).json(); }

// Empty values left out; a list repeats its name (id=3&id=7), as the API reads it.
function search(params) {
  const pairs = Object.entries(params).flatMap(([k, v]) => (Array.isArray(v) ? v.map((item) => [k, item]) : [[k, v]]));
  return new URLSearchParams(pairs.filter(([, v]) => v !== "" && v !== null && v !== undefined));
}

// A file from an endpoint that needs the bearer token: a plain link cannot send it.
export async function download(path, fallbackName, params) {
  const response = await request("GET", path, { params });
  const disposition = response.headers.get("Content-Disposition") || "";
  const named = /filename\*=UTF-8''([^;]+)/.exec(disposition) || /filename="([^"]+)"/.exec(disposition);
  const link = el("a", { href: URL.createObjectURL(await response.blob()),
    download: named ? decodeURIComponent(named[1]) : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export const $ = (selector, root = document) => root.querySelector(selector);

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(key, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

// A labelled control: every input a clerk sees has a <label for>.
export function field(label, control, hint = "") {
  const wrap = el("div", { class: "field" }, el("label", { for: control.id }, label), control);
  if (hint) wrap.append(el("small", { class: "hint" }, hint));
  return wrap;
}

export function options(pairs, chosen = "") {
  return Object.entries(pairs).map(([value, text]) => el("option", { value, selected: value === chosen }, text));
}

// Success or failure of the last action, read out by screen readers (role=status / role=alert).
export function say(box, text, kind = "ok") {
  box.replaceChildren(text ? el("p", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" }, text) : "");
}

export function failure(box, error) {
  if (!(error instanceof ApiError)) console.warn(error);
  say(box, error instanceof ApiError ? error.describe() : `操作失败：${error.message}`, "error");
}

// Previous / next buttons and "第 2 / 5 页，共 93 条" under a paged table.
export function pager(page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  const current = Math.floor(page.offset / page.limit) + 1;
  const prev = el("button", { type: "button", disabled: current <= 1 }, "上一页");
  const next = el("button", { type: "button", disabled: current >= pages }, "下一页");
  prev.addEventListener("click", () => go(page.offset - page.limit));
  next.addEventListener("click", () => go(page.offset + page.limit));
  return el("nav", { class: "pager", "aria-label": "翻页" }, prev,
    el("span", { "data-total": page.total }, `第 ${current} / ${pages} 页，共 ${page.total} 条`), next);
}

export function table(headers, rows, empty) {
  if (!rows.length) return el("p", { class: "empty" }, empty);
  const head = el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows));
}

export function cells(...values) {
  return values.map((v) => (v instanceof Node ? el("td", {}, v) : el("td", {}, v === null || v === undefined ? "—" : String(v))));
}

export function when(iso) {
  return iso ? new Date(iso).toLocaleString("zh-CN", { dateStyle: "short", timeStyle: "short", hour12: false,
    timeZone: "Asia/Shanghai" }) : "—";
}

// <input type=datetime-local> and <input type=date> hold local (Beijing) time; the API wants a zone.
export function beijing(local) { return local ? `${local.length === 10 ? `${local}T23:59:59` : `${local}:00`}+08:00` : null; }
export function localInput(iso) {
  if (!iso) return "";
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

export const JOB_TYPES = { full_time: "全职", part_time: "兼职", gig: "零工", internship: "就业见习", public_welfare: "公益性岗位" };
export const JOB_STATUS = { open: "招聘中", review: "待审核", closed: "已关闭", expired: "已过期" };
export const SALARY_UNITS = { month: "月", day: "天", hour: "小时", piece: "件" };

// Today's date in Beijing as <input type=date> holds it (the API's dates are Beijing days).
export function today() { return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); }
