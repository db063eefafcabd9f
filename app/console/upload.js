// 上传岗位: a sheet in, its progress polled, rejected rows shown and downloadable as errors.xlsx to fix and re-upload.
import { $, cells, download, el, failure, field, getJson, request, say, table, when } from "./api.js";

const POLL_MS = 500;
const STATE = { queued: "排队中", running: "处理中", done: "已完成", failed: "处理失败" };
const COUNTS = [["created", "新增"], ["updated", "更新"], ["unchanged", "无变化"], ["rejected", "未通过"]];

export async function showUpload(main) {
  const file = el("input", { id: "upload-file", name: "file", type: "file", required: true,
    accept: ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const fair = el("select", { id: "upload-fair", name: "fair_id" }, el("option", { value: "" }, "不属于招聘会"));
  const form = el("form", { id: "upload-form", class: "panel" },
    el("h2", {}, "上传岗位表格"),
    el("p", { class: "hint" }, "支持 CSV（UTF-8 或 GBK）和 Excel（.xlsx）。请先下载模板，按模板的列填写。 ",
      el("a", { href: "/v1/uploads/template.xlsx", download: "岗位上传模板.xlsx", id: "template-link" }, "下载上传模板")),
    el("div", { class: "row-fields" }, field("选择文件", file), field("所属招聘会（可选）", fair)),
    el("button", { type: "submit", class: "primary" }, "上传"),
    el("div", { id: "upload-message" }));
  const result = el("section", { id: "upload-result", class: "panel", "aria-live": "polite", hidden: true });
  const recent = el("section", { id: "upload-list", class: "panel", "aria-label": "最近上传" });
  main.replaceChildren(el("h1", {}, "上传岗位"), form, result, recent);
  listUploads(recent, result);
  loadFairs(fair, sessionStorage.getItem("jobcircle.console.fair"));
  sessionStorage.removeItem("jobcircle.console.fair");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new FormData(form);
    if (!fair.value) body.delete("fair_id");
    say($("#upload-message"), "正在上传…");
    result.hidden = true;  // the last upload's result must not pass for this one's
    delete result.dataset.status;
    try {
      const upload = await (await request("POST", "/v1/uploads", { form: body })).json();
      say($("#upload-message"), `已收到「${upload.filename}」，正在逐行检查…`);
      await follow(upload.id, result);
      say($("#upload-message"), "");  // the result below says how it went
      form.reset();
      listUploads(recent, result);
    } catch (error) {
      failure($("#upload-message"), error);
    }
  });
}

async function loadFairs(select, chosen) {
  try {
    const page = await getJson("/v1/fairs", { limit: 100 });
    const open = page.items.filter((f) => f.status !== "ended");
    select.append(...open.map((f) => el("option", { value: f.id, selected: String(f.id) === chosen }, f.name)));
  } catch { /* a sheet can still be uploaded without a fair */ }
}

// Earlier sheets, so a clerk who comes back later still finds their errors (and can retry a failed one).
async function listUploads(box, result) {
  try {
    const page = await getJson("/v1/uploads", { limit: 10 });
    const rows = page.items.map((upload) => {
      const open = el("button", { type: "button", "data-open-upload": upload.id }, "查看");
      open.addEventListener("click", () => follow(upload.id, result).then(() => result.scrollIntoView()));
      const actions = el("div", { class: "actions" }, open);
      if (upload.status === "failed") actions.append(retryButton(upload, box, result));
      return el("tr", {}, ...cells(upload.id, upload.filename, STATE[upload.status], when(upload.created_at),
        upload.progress.total, upload.counts.created, upload.counts.rejected, actions));
    });
    box.replaceChildren(el("h2", {}, "最近上传"),
      table(["编号", "文件", "状态", "上传时间", "行数", "新增", "未通过", "操作"], rows, "还没有上传过表格。"));
  } catch (error) {
    failure(box, error);
  }
}

function retryButton(upload, box, result) {
  const retry = el("button", { type: "button", "data-retry-upload": upload.id }, "重新处理");
  retry.addEventListener("click", async () => {
    try {
      await request("POST", `/v1/uploads/${upload.id}/retry`);
      await follow(upload.id, result);
      listUploads(box, result);
    } catch (error) {
      failure(box, error);
    }
  });
  return retry;
}

// Polls the upload until it is done or failed, redrawing the progress each time.
async function follow(uploadId, box) {
  for (;;) {
    const upload = await getJson(`/v1/uploads/${uploadId}`);
    render(upload, box);
    if (upload.status === "done" || upload.status === "failed") return upload;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function render(upload, box) {
  box.hidden = false;
  box.dataset.status = upload.status;
  const { done, total } = upload.progress;
  const bar = el("progress", { id: "upload-progress", max: total || 1, value: done, "aria-label": "处理进度" });
  const state = STATE[upload.status];
  const counts = el("dl", { class: "counts" }, el("dt", {}, "总行数"), el("dd", { "data-count": "total" }, String(total)),
    ...COUNTS.flatMap(([key, label]) => [el("dt", {}, label), el("dd", { "data-count": key }, String(upload.counts[key]))]));
  box.replaceChildren(el("h2", {}, `「${upload.filename}」${state}`),
    el("div", { class: "progress" }, bar, el("span", {}, `${done} / ${total} 行（${upload.progress.percent}%）`)), counts);
  if (upload.status === "failed") box.append(el("p", { class: "notice error", role: "alert" }, `处理失败：${upload.failure || "原因未知"}`));
  if (upload.status === "done") box.append(upload.errors_total ? errors(upload) : done_note(upload));
}

function done_note(upload) {
  return el("p", { class: "notice ok", role: "status" }, `全部 ${upload.progress.total} 行已处理，没有错误：新增 ${upload.counts.created} 个岗位。`);
}

function errors(upload) {
  const rows = upload.errors.map((issue) => el("tr", {}, ...cells(issue.row, issue.column, issue.value, issue.reason)));
  const button = el("button", { type: "button", id: "errors-download", class: "primary" }, "下载错误行（errors.xlsx）");
  const message = el("div");
  button.addEventListener("click", () => download(`/v1/uploads/${upload.id}/errors.xlsx`, "errors.xlsx")
    .catch((error) => failure(message, error)));
  const more = upload.errors_total > upload.errors.length ? `（此处列出前 ${upload.errors.length} 行，全部见下载文件）` : "";
  return el("div", { id: "upload-errors" },
    el("p", { class: "notice error", role: "alert" },
      `有 ${upload.errors_total} 行未通过检查${more}。请下载错误行，按「错误原因」一列修改后，在上方重新上传修改后的文件。`),
    button, message, table(["行号", "列", "填写内容", "错误原因"], rows, "没有错误"));
}
