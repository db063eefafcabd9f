// The community map: county outlines (counties.json, WGS-84 like the app's points), zoomed to where the data is.
"use strict";

const MAP_NS = "http://www.w3.org/2000/svg";
const MAP_SIZE = { width: 640, height: 440, pad: 14 };
const KM_PER_DEG_LAT = 111.2;
const MIN_SPAN_DEG = 0.05;  // about 5 km: one busy community still shows its surroundings
const MARGIN = 0.12;  // of the data's span, on every side

function svgEl(tag, attrs = {}, text = "") {
  const node = document.createElementNS(MAP_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== "") node.textContent = text;
  return node;
}

let outlinesPromise = null;

// Rings arrive as 1e-4 degree integers, the first point absolute and the rest as steps from the previous one.
function outlines() {
  outlinesPromise ??= fetch("/dashboard/assets/counties.json").then((r) => r.json()).then((doc) => {
    const unit = doc.unit_deg;
    for (const f of doc.features) {
      f.rings = f.rings.map((flat) => {
        const ring = [];
        let lon = 0, lat = 0;
        for (let i = 0; i < flat.length; i += 2) { lon += flat[i]; lat += flat[i + 1]; ring.push([lon * unit, lat * unit]); }
        return ring;
      });
      const all = f.rings.flat();
      f.bbox = boundsOf(all.map(([lon, lat]) => ({ lon, lat })));
      f.label = [f.label[0] * unit, f.label[1] * unit];
    }
    return doc;
  });
  return outlinesPromise;
}

function boundsOf(points) {
  if (!points.length) return null;
  const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

// The data's bounds with a margin, never narrower than MIN_SPAN_DEG.
function padded(b, margin = MARGIN) {
  const grow = (lo, hi) => {
    const span = Math.max(hi - lo, MIN_SPAN_DEG / (1 + 2 * margin));
    const mid = (lo + hi) / 2, half = (span * (1 + 2 * margin)) / 2;
    return [mid - half, mid + half];
  };
  const [west, east] = grow(b.west, b.east), [south, north] = grow(b.south, b.north);
  return { west, east, south, north };
}

// Equirectangular, true at the middle latitude: at county scale the distortion is far below a dot's size.
function projection(b) {
  const { width, height, pad } = MAP_SIZE;
  const squeeze = Math.cos(((b.south + b.north) / 2) * Math.PI / 180);
  const scale = Math.min((width - 2 * pad) / ((b.east - b.west) * squeeze), (height - 2 * pad) / (b.north - b.south));
  const ox = (width - (b.east - b.west) * squeeze * scale) / 2, oy = (height - (b.north - b.south) * scale) / 2;
  return {
    x: (lon) => ox + (lon - b.west) * squeeze * scale,
    y: (lat) => oy + (b.north - lat) * scale,
    unitsPerKm: scale / KM_PER_DEG_LAT,
    visible: (f) => f.bbox.east >= b.west && f.bbox.west <= b.east && f.bbox.north >= b.south && f.bbox.south <= b.north,
  };
}

function ringPath(rings, p) {
  return rings.map((ring) => "M" + ring.map(([lon, lat]) => `${p.x(lon).toFixed(1)},${p.y(lat).toFixed(1)}`).join("L") + "Z").join("");
}

function shortName(name) {
  return name.replace(/(社区)?居(民委员|委)会$/, "社区").replace(/村?村(民委员|委)会$/, "村");
}

// Draws the map into `svg`; `rows` are /v1/stats/communities items, `options` the district and callbacks.
async function drawMap(svg, rows, options) {
  const doc = await outlines();
  const active = rows.filter((r) => r.seekers || r.jobs_nearby);
  const district = options.district && doc.features.find((f) => f.code === options.district);
  const province = doc.features.find((f) => f.level === "province");
  const data = boundsOf(active);
  const view = data ? padded(data) : padded((district || province).bbox, 0.03);
  const p = projection(view);
  svg.setAttribute("viewBox", `0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`);
  svg.dataset.bounds = [view.west, view.south, view.east, view.north].map((v) => v.toFixed(4)).join(",");
  svg.dataset.fitted = data ? "data" : district ? "district" : "province";
  svg.replaceChildren(svgEl("rect", { class: "sea", width: MAP_SIZE.width, height: MAP_SIZE.height }));

  const counties = doc.features.filter((f) => f.level === "county" && p.visible(f));
  const base = svgEl("g", { class: "outlines" });
  base.append(svgEl("path", { d: ringPath(province.rings, p), class: "land", "fill-rule": "evenodd" }));  // under the seams
  for (const f of counties) {
    const path = svgEl("path", { d: ringPath(f.rings, p), class: f.code === options.district ? "county chosen" : "county",
      "data-county": f.code, "fill-rule": "evenodd" });
    path.append(svgEl("title", {}, `${f.city}${f.name}`));
    base.append(path);
  }
  for (const f of doc.features.filter((g) => g.level !== "county" && p.visible(g))) {
    base.append(svgEl("path", { d: ringPath(f.rings, p), class: f.level, "fill-rule": "evenodd" }));
  }
  svg.append(base);

  const wide = view.east - view.west > 1.6;  // zoomed out: name cities, not 105 counties
  const names = svgEl("g", { class: "names" });
  const inView = ([lon, lat]) => lon > view.west && lon < view.east && lat > view.south && lat < view.north;
  for (const f of doc.features.filter((g) => g.level === (wide ? "city" : "county") && p.visible(g))) {
    let [lon, lat] = f.label;
    if (!inView(f.label)) {  // the county's centre is off the map: name it among its own communities in view
      const prefix = f.level === "city" ? f.code.slice(0, 4) : f.code;
      const own = rows.filter((r) => r.code.startsWith(prefix) && inView([r.lon, r.lat]));
      if (!own.length) continue;
      [lon, lat] = [own.reduce((s, r) => s + r.lon, 0) / own.length, own.reduce((s, r) => s + r.lat, 0) / own.length];
    }
    names.append(svgEl("text", { x: p.x(lon).toFixed(1), y: p.y(lat).toFixed(1), "text-anchor": "middle",
      class: "county-name", "data-county": f.code }, f.name));
  }
  // names over the idle grey dots, under the jobs and the communities with seekers
  const layers = { reach: svgEl("g", { class: "reach-layer" }), jobs: svgEl("g", { class: "job-layer" }) };
  const [idle, busy] = drawCommunities(svg, rows, p, options, wide);
  svg.append(idle, names, layers.reach, layers.jobs, busy);
  labelTop(svg, rows, p);
  drawScale(svg, p);
  return {
    showJobs(points, radiusKm) {
      layers.reach.replaceChildren(...rows.filter((r) => r.seekers).map((r) => svgEl("circle", {
        class: "reach", cx: p.x(r.lon).toFixed(1), cy: p.y(r.lat).toFixed(1), r: (radiusKm * p.unitsPerKm).toFixed(1) })));
      layers.jobs.replaceChildren(...points.map((j) => {
        const size = Math.min(3 + Math.sqrt(j.jobs) * 1.4, 10);
        const mark = svgEl("rect", { class: "job", x: (p.x(j.lon) - size / 2).toFixed(1), y: (p.y(j.lat) - size / 2).toFixed(1),
          width: size.toFixed(1), height: size.toFixed(1), "data-jobs": String(j.jobs) });
        mark.append(svgEl("title", {}, `在招岗位 ${j.jobs} 个`));
        return mark;
      }));
    },
    hideJobs() { layers.reach.replaceChildren(); layers.jobs.replaceChildren(); },
  };
}

function drawCommunities(svg, rows, p, options, wide) {
  const idle = svgEl("g", { class: "communities idle" }), busy = svgEl("g", { class: "communities busy" });
  const order = [...rows].sort((a, b) => (a.standard_met !== null) - (b.standard_met !== null) || a.seekers - b.seekers);
  for (const r of order) {
    const radius = r.seekers ? Math.min(4 + Math.sqrt(r.seekers) * 2, 14) : wide ? 1.5 : 2.4;
    const state = r.standard_met === null ? "无登记求职者" : r.standard_met ? "达标" : "未达标";
    const dot = svgEl("circle", { class: "community", cx: p.x(r.lon).toFixed(1), cy: p.y(r.lat).toFixed(1),
      r: radius.toFixed(1), fill: options.colour(r), "data-code": r.code, "data-met": String(r.standard_met),
      tabindex: r.seekers || r.jobs_nearby ? "0" : "-1", role: "button",
      "aria-label": `${shortName(r.name)}，求职者 ${r.seekers} 人，${state}` });
    dot.append(svgEl("title", {}, `${shortName(r.name)}（${r.county}${r.town}）求职者 ${r.seekers} 人 · ${state}`));
    dot.addEventListener("click", () => options.select(r.code));
    dot.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") options.select(r.code); });
    for (const kind of ["mouseenter", "focus"]) dot.addEventListener(kind, () => showTip(svg, r, p));
    for (const kind of ["mouseleave", "blur"]) dot.addEventListener(kind, () => svg.querySelector(".tip")?.remove());
    (r.standard_met === null ? idle : busy).append(dot);
  }
  return [idle, busy];
}

// Names beside the busiest communities, skipping any that would overlap one already placed.
function labelTop(svg, rows, p) {
  const labels = svgEl("g", { class: "community-labels" });
  const placed = [];
  const top = rows.filter((r) => r.seekers).sort((a, b) => b.seekers - a.seekers || a.code.localeCompare(b.code)).slice(0, 8);
  for (const r of top) {
    const text = shortName(r.name), width = text.length * 12, x = p.x(r.lon) + 10, y = p.y(r.lat) + 4;
    const box = { left: x - 2, right: x + width + 2, top: y - 13, bottom: y + 3 };
    if (box.right > MAP_SIZE.width || placed.some((b) => b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom)) continue;
    placed.push(box);
    labels.append(svgEl("text", { x: x.toFixed(1), y: y.toFixed(1), class: "community-label", "data-code": r.code }, text));
  }
  svg.append(labels);
}

function showTip(svg, r, p) {
  svg.querySelector(".tip")?.remove();
  const text = `${shortName(r.name)} · 求职者 ${r.seekers} 人 · 3公里内岗位 ${r.jobs_nearby} 个`;
  const width = text.length * 12 + 12, x = Math.min(Math.max(p.x(r.lon) - width / 2, 4), MAP_SIZE.width - width - 4);
  const y = p.y(r.lat) > 40 ? p.y(r.lat) - 34 : p.y(r.lat) + 14;
  const tip = svgEl("g", { class: "tip", "pointer-events": "none" });
  tip.append(svgEl("rect", { x: x.toFixed(1), y: y.toFixed(1), width, height: 22, rx: 4 }),
    svgEl("text", { x: (x + 6).toFixed(1), y: (y + 15).toFixed(1) }, text));
  svg.append(tip);
}

function drawScale(svg, p) {
  const km = [1, 2, 5, 10, 20, 50, 100].find((k) => k * p.unitsPerKm > 70) || 100;
  const length = km * p.unitsPerKm, x = 16, y = MAP_SIZE.height - 16;
  const bar = svgEl("g", { class: "scale" });
  bar.append(svgEl("path", { d: `M${x},${y - 5}V${y}H${(x + length).toFixed(1)}V${y - 5}` }),
    svgEl("text", { x: (x + length + 6).toFixed(1), y: y + 1 }, `${km} 公里`));
  svg.append(bar);
}

window.DashboardMap = { drawMap, shortName };
