// The console's frame: sign-in, the sections a role may use, and hash routing (#upload, #review, …).
import { $, ApiError, TOKEN, el, failure, field, getJson, token } from "./api.js";
import { showCases } from "./cases.js";
import { showEmployment } from "./employment.js";
import { showFairs } from "./fairs.js";
import { showMigrants } from "./migrants.js";
import { showPostings } from "./postings.js";
import { showReview } from "./review.js";
import { showSeekers } from "./seekers.js";
import { showStations } from "./stations.js";
import { showSubsidies } from "./subsidies.js";
import { showUpload } from "./upload.js";

// Operators are community, fair and district staff alike (one role, scoped to districts): they get every section.
const SECTIONS = [
  { id: "upload", label: "上传岗位", group: "招聘会与岗位", show: showUpload },
  { id: "postings", label: "岗位管理", group: "招聘会与岗位", show: showPostings },
  { id: "fairs", label: "招聘会", group: "招聘会与岗位", show: showFairs },
  { id: "review", label: "待审核岗位", group: "社区与区县", show: showReview },
  { id: "seekers", label: "求职者", group: "社区与区县", show: showSeekers },
  { id: "employment", label: "就业登记", group: "社区与区县", show: showEmployment },
  { id: "cases", label: "援助台账", group: "就业援助与补贴", show: showCases },
  { id: "migrants", label: "农民工1+3+1", group: "就业援助与补贴", show: showMigrants },
  { id: "subsidies", label: "见习与补贴", group: "就业援助与补贴", show: showSubsidies },
  { id: "stations", label: "零工驿站与空闲时间", group: "就业援助与补贴", show: showStations },
];
const STAFF = ["operator", "admin"];
const ROLE_WORDS = { operator: "工作人员", admin: "管理员", employer: "用人单位", jobseeker: "求职者" };

// The skip link moves focus without touching the hash, which names the section shown.
function skipLink() {
  $(".skip").addEventListener("click", (event) => { event.preventDefault(); $("#content").focus(); });
}

async function start() {
  if (!token()) return showSignIn();
  try {
    const me = await getJson("/v1/auth/me");
    if (!STAFF.includes(me.role)) return showNotStaff(me);
    showFrame(me);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return showSignIn();
    failure($("#content"), error);
  }
}

function showSignIn() {
  sessionStorage.removeItem(TOKEN);
  $("#nav").replaceChildren();
  $("#who").replaceChildren();
  const phone = el("input", { id: "signin-phone", name: "phone", type: "tel", autocomplete: "username", required: true });
  const password = el("input", { id: "signin-password", name: "password", type: "password",
    autocomplete: "current-password", required: true });
  const message = el("div", { id: "signin-message" });
  const form = el("form", { id: "signin", class: "panel narrow" }, el("h1", {}, "工作人员登录"),
    el("p", { class: "hint" }, "请使用区县、社区或招聘会工作人员账号登录。"),
    field("手机号", phone), field("密码", password), el("button", { type: "submit", class: "primary" }, "登录"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const response = await fetch("/v1/auth/login", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ phone: phone.value.trim(), password: password.value }) });
      if (response.status === 401 || response.status === 422) throw new Error("手机号或密码错误，请重新输入。");
      if (response.status === 429) throw new Error("登录尝试太频繁，请稍后再试。");
      if (!response.ok) throw new Error(`登录失败（${response.status}），请稍后再试。`);
      sessionStorage.setItem(TOKEN, (await response.json()).access_token);
      start();
    } catch (error) {
      failure(message, error);
      password.select();
    }
  });
  $("#content").replaceChildren(form);
  document.body.dataset.ready = "signin";
  phone.focus();
}

function signOutButton() {
  const button = el("button", { type: "button", id: "signout" }, "退出登录");
  button.addEventListener("click", () => { location.hash = ""; showSignIn(); });
  return button;
}

function showNotStaff(me) {
  $("#who").replaceChildren(el("span", {}, `${me.name}（${ROLE_WORDS[me.role]}）`), signOutButton());
  $("#content").replaceChildren(el("section", { class: "panel narrow" }, el("h1", {}, "此控制台供工作人员使用"),
    el("p", {}, "您的账号不是工作人员账号。用人单位请通过岗位接口或上传模板发布岗位；求职者请使用微信小程序。")));
  document.body.dataset.ready = "not-staff";
}

let clerk; // GET /v1/auth/me of who signed in: sections scoped to the clerk's districts read them here

function showFrame(me) {
  clerk = me;
  const area = me.role === "admin" ? "全部辖区" : `辖区 ${me.districts.join("、") || "（未设置）"}`;
  $("#who").replaceChildren(el("span", { id: "whoami" }, `${me.name}（${ROLE_WORDS[me.role]}，${area}）`), signOutButton());
  const groups = new Map();
  for (const s of SECTIONS) (groups.get(s.group) || groups.set(s.group, []).get(s.group)).push(s);
  const lists = [...groups].map(([group, sections]) => el("li", {}, el("span", { class: "group" }, group),
    el("ul", {}, ...sections.map((s) => el("li", {}, el("a", { href: `#${s.id}`, "data-section": s.id }, s.label))))));
  lists.push(el("li", {}, el("span", { class: "group" }, "数据"), el("ul", {}, el("li", {}, el("a", { href: "/dashboard" }, "数据看板")))));
  $("#nav").replaceChildren(el("ul", {}, ...lists));
  window.onhashchange = () => route();
  route();
}

// Sections call go(id, prefill) to move on with data (a seeker's id into the employment form, a case to reopen).
function route(prefill) {
  const id = location.hash.slice(1) || SECTIONS[0].id;
  const section = SECTIONS.find((s) => s.id === id) || SECTIONS[0];
  for (const link of document.querySelectorAll("#nav a[data-section]")) {
    if (link.dataset.section === section.id) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  document.title = `${section.label} · 三公里就业圈 · 工作台`;
  section.show($("#content"), go, clerk, prefill ?? {});
  document.body.dataset.ready = section.id;
}

function go(id, prefill) {
  if (location.hash === `#${id}`) return route(prefill);
  window.onhashchange = () => { window.onhashchange = () => route(); route(prefill); };
  location.hash = id;
}

document.addEventListener("signed-out", showSignIn);
skipLink();
start();
