// 招聘会: create a fair, list them, change its name, venue, dates and livestream (直播带岗), add taking-part employers.
import { $, ApiError, beijing, cells, el, failure, field, getJson, localInput, options, pager, say, sendJson, table,
  when } from "./api.js";
import { employerPicker } from "./employers.js";

const KINDS = { general: "综合招聘会", spring_action: "春风行动", two_plus_n: "“2+N”招聘活动", special: "专场招聘会",
  livestream: "直播带岗", online: "云聘会" };
const STATUS = { upcoming: "未开始", running: "进行中", ended: "已结束" };
const LIMIT = 10;
let offset = 0;

export function showFairs(main) {
  const list = el("section", { id: "fairs-list", class: "panel", "aria-label": "招聘会列表" });
  main.replaceChildren(el("h1", {}, "招聘会"), el("div", { id: "fairs-message" }), el("div", { id: "fair-editor" }),
    fairForm(null, list), list);
  load(list);
}

async function load(list) {
  try {
    const page = await getJson("/v1/fairs", { limit: LIMIT, offset });
    list.replaceChildren(el("h2", {}, "招聘会列表"),
      table(["名称", "类型", "状态", "开始", "结束", "参会单位", "在招岗位", "操作"], page.items.map((f) => row(f, list)),
        "还没有招聘会。请用上方表单创建。"),
      pager(page, (next) => { offset = next; load(list); }));
  } catch (error) {
    failure(list, error);
  }
}

function row(fair, list) {
  const edit = el("button", { type: "button", "data-edit-fair": fair.id }, "修改");
  edit.addEventListener("click", () => {
    $("#fair-editor").replaceChildren(fairForm(fair, list), employerForm(fair, list));
    $("#fair-name-" + fair.id).focus();
  });
  const upload = el("a", { href: `#upload`, "data-fair": fair.id }, "上传岗位");
  upload.addEventListener("click", () => sessionStorage.setItem("jobcircle.console.fair", String(fair.id)));
  const live = fair.livestream ? el("small", { class: "hint", "data-live": fair.id },
    ` · ${fair.livestream.platform} 直播间 ${fair.livestream.room}`) : null;
  return el("tr", { "data-fair": fair.id }, ...cells(el("span", {}, fair.name, live), KINDS[fair.kind], el("span", { class: `tag ${fair.status}` },
    STATUS[fair.status]), when(fair.starts_at), when(fair.ends_at), fair.employers, fair.postings,
  el("div", { class: "actions" }, edit, fair.status === "ended" ? null : upload)));
}

// One form for a new fair (fair null) and for changing one; a PATCH sends only what a clerk may change here.
function fairForm(fair, list) {
  const id = fair ? String(fair.id) : "new";
  const input = (name, attrs) => el("input", { id: `fair-${name}-${id}`, name, ...attrs });
  const name = input("name", { required: true, maxlength: 100, value: fair?.name ?? "" });
  const kind = el("select", { id: `fair-kind-${id}`, name: "kind" }, ...options(KINDS, fair?.kind ?? "general"));
  const organiser = input("organiser", { required: true, maxlength: 100, value: fair?.organiser ?? "" });
  const venue = input("venue", { maxlength: 200, value: fair?.venue ?? "" });
  const starts = input("starts", { type: "datetime-local", required: true, value: localInput(fair?.starts_at) });
  const ends = input("ends", { type: "datetime-local", required: true, value: localInput(fair?.ends_at) });
  const stream = livestreamFields(id, fair?.livestream);
  const message = el("div");
  const form = el("form", { id: fair ? "fair-edit-form" : "fair-create-form", class: "panel" },
    el("h2", {}, fair ? `修改招聘会「${fair.name}」` : "创建招聘会"),
    el("div", { class: "row-fields" }, field("招聘会名称", name), field("类型", kind), field("主办单位", organiser)),
    el("div", { class: "row-fields" }, field("举办地点", venue, "线上招聘会可不填"), field("开始时间", starts), field("结束时间", ends)),
    stream.fieldset, el("button", { type: "submit", class: "primary" }, fair ? "保存修改" : "创建招聘会"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { name: name.value.trim(), kind: kind.value, organiser: organiser.value.trim(), venue: venue.value.trim(),
      starts_at: beijing(starts.value), ends_at: beijing(ends.value) };
    const livestream = stream.value();
    if (livestream || fair?.livestream) body.livestream = livestream;  // emptied on a fair that had one: removed
    say(message, "");
    try {
      const saved = await sendJson(fair ? "PATCH" : "POST", fair ? `/v1/fairs/${fair.id}` : "/v1/fairs", body);
      // Close the editor only if it still shows this form: a clerk who opened it again meanwhile keeps the new one.
      if (!fair) form.reset(); else if (form.isConnected) $("#fair-editor").replaceChildren();
      say($("#fairs-message"), `招聘会「${saved.name}」已${fair ? "保存" : "创建"}。`);
      load(list);
    } catch (error) {
      failure(message, error);
    }
  });
  return form;
}

// 直播带岗 / 云聘会: where and when the fair is streamed; pushes, the kiosk and searches name it. All empty: none.
function livestreamFields(id, stream) {
  const input = (name, attrs) => el("input", { id: `fair-live-${name}-${id}`, ...attrs });
  const platform = input("platform", { maxlength: 20, value: stream?.platform ?? "", placeholder: "如 抖音" });
  const room = input("room", { maxlength: 64, value: stream?.room ?? "" });
  const url = input("url", { type: "url", maxlength: 500, value: stream?.url ?? "", placeholder: "https://" });
  const starts = input("starts", { type: "datetime-local", value: localInput(stream?.starts_at) });
  const ends = input("ends", { type: "datetime-local", value: localInput(stream?.ends_at) });
  const fieldset = el("fieldset", { class: "live" }, el("legend", {}, "直播带岗（不直播可不填）"),
    el("div", { class: "row-fields" }, field("直播平台", platform), field("直播间号", room), field("直播链接", url)),
    el("div", { class: "row-fields" }, field("开播时间", starts), field("直播结束时间", ends)));
  const value = () => (url.value.trim() || platform.value.trim() || room.value.trim()
    ? { url: url.value.trim(), platform: platform.value.trim(), room: room.value.trim(), starts_at: beijing(starts.value),
      ends_at: beijing(ends.value) } : null);
  return { fieldset, value };
}

function employerForm(fair, list) {
  const picker = employerPicker(`fair-employer-${fair.id}`, { required: true });
  const message = el("div");
  const form = el("form", { class: "panel", id: "fair-employer-form" }, el("h2", {}, "添加参会单位"),
    el("div", { class: "row-fields" }, field("参会单位名称", picker.input, "输入名称中的几个字，从下拉列表中选择"), picker.list),
    el("button", { type: "submit" }, "添加"), message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    say(message, "");
    try {
      const employer = await picker.chosen();
      const saved = await sendJson("POST", `/v1/fairs/${fair.id}/employers`, { employer_id: employer.id });
      say(message, `已添加「${employer.name}」。「${saved.name}」现有参会单位 ${saved.employers} 家。`);
      form.reset();
      load(list);
    } catch (error) {
      if (error instanceof ApiError) failure(message, error); else say(message, error.message, "error");
    }
  });
  return form;
}
