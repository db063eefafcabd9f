// 用人单位: picked by name as a clerk types, and named on a page of postings; the employer's number stays out of sight.
import { ApiError, el, getJson } from "./api.js";

const SUGGESTIONS = 10;
const Q_MAX = 50; // GET /v1/employers' q

// What a clerk sees and types for each employer: its name, with its credit code where two share a name.
function labelled(items) {
  const seen = new Map();
  for (const e of items) seen.set(e.name, (seen.get(e.name) || 0) + 1);
  return items.map((e) => [seen.get(e.name) > 1 ? `${e.name}（${e.credit_code || e.address || `编号 ${e.id}`}）` : e.name, e]);
}

// An <input list> with its <datalist>: suggestions follow the typing; chosen() gives the employer picked, null for
// an empty box, or throws an Error that tells the clerk what to do.
export function employerPicker(id, { value = "", required = false } = {}) {
  const list = el("datalist", { id: `${id}-options` });
  const input = el("input", { id, name: "employer", type: "search", list: list.id, autocomplete: "off", value, required,
    placeholder: "输入名称查找" });
  let found = new Map();
  let pending;

  async function suggest(text) {
    const page = await getJson("/v1/employers", { q: text.slice(0, Q_MAX), limit: SUGGESTIONS });
    found = new Map(labelled(page.items));
    list.replaceChildren(...[...found].map(([label, e]) => el("option", { value: label }, e.address || "")));
  }

  input.addEventListener("input", () => {
    clearTimeout(pending);
    const text = input.value.trim();
    if (text) pending = setTimeout(() => suggest(text).catch(() => {}), 200);
  });

  async function chosen() {
    const text = input.value.trim();
    if (!text) return null;
    if (!found.has(text)) await suggest(text.replace(/（[^（）]*）$/, "")); // typed or pasted faster than the list
    if (found.has(text)) return found.get(text);
    throw new Error(found.size ? `请从下拉列表中选择用人单位（名称含「${text}」的有 ${found.size} 家）。`
      : `没有名称含「${text}」的用人单位，请检查名称。`);
  }

  return { input, list, chosen };
}

// One request for the page's employers; a name that cannot be had leaves the number in its place.
export async function employerNames(jobs) {
  const ids = [...new Set(jobs.map((j) => j.employer_id))];
  if (!ids.length) return new Map();
  try {
    const page = await getJson("/v1/employers", { id: ids, limit: 100 });
    return new Map(page.items.map((e) => [e.id, e.name]));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return new Map();
  }
}

export function employerName(names, id) { return names.get(id) ?? `单位 ${id}`; }
