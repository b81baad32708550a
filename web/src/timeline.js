// The timeline: incidents per day (stacked by type), the newest incidents as date ranges in one
// lane per type, and below, every toll claim as a range at the date of its report, coloured by
// the kind of source, so what each source said, and when, reads at a glance.

import { typeColor, sourceColor } from "./colors.js";
import { clear, h, s, fill, num, claimValue, dates } from "./dom.js";

const DAY = 86400000;
const t = (d) => Date.parse(`${d}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

// A time scale with a broken axis: runs of dates more than GAP apart become separate pieces,
// each as wide as its share of the dated span (with a floor), so a corpus that covers several
// crises years apart still shows each crisis day by day.
const GAP = 45 * DAY;
const BREAK = 14;

export function timeScale(stamps, x0, x1) {
  const sorted = [...new Set(stamps.filter((v) => !Number.isNaN(v)))].sort((a, b) => a - b);
  const pieces = [];
  for (const v of sorted) {
    const last = pieces[pieces.length - 1];
    if (last && v - last.hi <= GAP) last.hi = v;
    else pieces.push({ lo: v, hi: v });
  }
  for (const p of pieces) { p.lo -= DAY / 2; p.hi += DAY * 1.5; }
  const avail = x1 - x0 - BREAK * (pieces.length - 1);
  const total = pieces.reduce((a, p) => a + (p.hi - p.lo), 0);
  const floor = Math.min(60, avail / Math.max(1, pieces.length) / 2);
  const weights = pieces.map((p) => Math.max(floor, ((p.hi - p.lo) / total) * avail));
  const k = avail / weights.reduce((a, w) => a + w, 0);
  let at = x0;
  for (const [i, p] of pieces.entries()) {
    p.x0 = at;
    p.x1 = at + weights[i] * k;
    at = p.x1 + BREAK;
  }
  const x = (ms) => {
    const p = pieces.find((q) => ms <= q.hi) || pieces[pieces.length - 1];
    const c = Math.max(p.lo, Math.min(p.hi, ms));
    return p.x0 + ((c - p.lo) / (p.hi - p.lo)) * (p.x1 - p.x0);
  };
  x.pieces = pieces;
  x.dayWidth = Math.min(...pieces.map((p) => ((p.x1 - p.x0) * DAY) / (p.hi - p.lo)));
  return x;
}

function ticks(lo, hi, n) {
  const span = hi - lo;
  const steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].map((d) => d * DAY);
  const step = steps.find((st) => span / st <= n) || steps[steps.length - 1];
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}

function axis(x, y) {
  const g = s("g", { class: "axis" });
  for (const [i, p] of x.pieces.entries()) {
    g.appendChild(s("line", { x1: p.x0, x2: p.x1, y1: y, y2: y }));
    if (i) g.appendChild(s("text", { x: p.x0 - BREAK / 2, y: y + 4, "text-anchor": "middle", class: "break" }, "⫽"));
    const dy = x.pieces.length > 1 && i % 2 ? 27 : 16;
    if (p.x1 - p.x0 < 90) {
      // a short piece: one label, the month it is in
      const mid = (p.x0 + p.x1) / 2;
      g.appendChild(s("line", { x1: mid, x2: mid, y1: y, y2: y + 4 }));
      g.appendChild(s("text", { x: mid, y: y + dy, "text-anchor": "middle" }, iso(p.lo + DAY / 2).slice(0, 7)));
      continue;
    }
    for (const v of ticks(p.lo, p.hi, Math.max(1, Math.floor((p.x1 - p.x0) / 90)))) {
      g.appendChild(s("line", { x1: x(v), x2: x(v), y1: y, y2: y + 4 }));
      g.appendChild(s("text", { x: x(v), y: y + dy, "text-anchor": "middle" }, iso(v)));
    }
  }
  return g;
}

export function drawTimeline(el, note, data, actions) {
  const width = Math.max(320, el.clientWidth || 640);
  const days = data.buckets.map((b) => t(b.date)).concat(data.incidents.flatMap((i) => [t(i.date_start), t(i.date_end || i.date_start)]));
  const valid = days.filter((d) => !Number.isNaN(d));
  if (!valid.length) { fill(el, h("p", { class: "empty" }, "No dated incidents for these filters.")); note.textContent = ""; return; }
  const left = 92;
  const x = timeScale(valid, left, width - 12);
  const dayW = Math.max(1.5, x.dayWidth - 0.5);

  // stacked counts per day
  const perDay = new Map();
  for (const b of data.buckets) {
    if (!perDay.has(b.date)) perDay.set(b.date, []);
    perDay.get(b.date).push(b);
  }
  const maxDay = Math.max(1, ...[...perDay.values()].map((bs) => bs.reduce((a, b) => a + b.n, 0)));
  const histH = 60;
  const svg = s("svg", { class: "timeline-svg", width, role: "img", "aria-label": "Incidents over time" });
  const hist = s("g", { class: "hist" });
  hist.appendChild(s("text", { x: 4, y: 14, class: "lane-label" }, "per day"));
  hist.appendChild(s("text", { x: 4, y: 28, class: "lane-note" }, `max ${num(maxDay)}`));
  for (const [d, bs] of perDay) {
    let y = histH;
    for (const b of bs.sort((a, c) => a.type.localeCompare(c.type))) {
      const bh = (b.n / maxDay) * (histH - 6);
      hist.appendChild(s("rect", { x: x(t(d)), y: y - bh, width: dayW, height: Math.max(0.5, bh), fill: typeColor(b.type) },
        s("title", null, `${d}: ${b.n} ${b.type}`)));
      y -= bh;
    }
  }
  svg.appendChild(hist);

  // ranges: one lane per type, incidents packed into rows so none hide another
  const byType = new Map();
  for (const i of data.incidents) {
    if (!i.date_start) continue;
    if (!byType.has(i.type)) byType.set(i.type, []);
    byType.get(i.type).push(i);
  }
  let y = histH + 14;
  const rowH = 9;
  const lanes = s("g", { class: "lanes" });
  for (const [type, items] of [...byType].sort((a, b) => b[1].length - a[1].length)) {
    const rows = [];
    const placed = items.slice().sort((a, b) => a.date_start.localeCompare(b.date_start)).map((i) => {
      const x0 = x(t(i.date_start));
      const x1 = Math.max(x0 + dayW, x(t(i.date_end || i.date_start) + DAY));
      let r = rows.findIndex((end) => end < x0 - 1);
      if (r < 0) { r = Math.min(rows.length, 5); if (r === rows.length) rows.push(0); }
      rows[r] = Math.max(rows[r], x1);
      return { i, x0, x1, r };
    });
    const laneH = Math.max(1, rows.length) * rowH + 6;
    lanes.appendChild(s("text", { x: 4, y: y + 10, class: "lane-label", fill: typeColor(type) }, type));
    lanes.appendChild(s("line", { x1: left, x2: width - 12, y1: y + laneH - 2, y2: y + laneH - 2, class: "lane-rule" }));
    for (const { i, x0, x1, r } of placed) {
      const label = `${i.type}${i.mode ? ` (${i.mode})` : ""} · ${i.location || i.admin1_code || i.country || "?"} · ${dates(i.date_start, i.date_end)} · ${i.n_articles || 1} report(s)`;
      const bar = s("rect", {
        x: x0, y: y + r * rowH, width: Math.max(2, x1 - x0), height: rowH - 2, rx: 2, fill: typeColor(type),
        class: "range", tabindex: 0, role: "link", "aria-label": label,
      }, s("title", null, label));
      bar.addEventListener("click", () => actions.open("incident", i.id));
      bar.addEventListener("keydown", (e) => { if (e.key === "Enter") actions.open("incident", i.id); });
      lanes.appendChild(bar);
    }
    y += laneH;
  }
  svg.appendChild(lanes);
  svg.appendChild(axis(x, y + 4));
  svg.setAttribute("height", y + 36);
  svg.setAttribute("viewBox", `0 0 ${width} ${y + 36}`);
  clear(el).appendChild(svg);
  const n = data.buckets.reduce((a, b) => a + b.n, 0);
  note.textContent = `${num(n)} incidents${data.truncated.incidents ? `; newest ${num(data.incidents.length)} as ranges` : ""}`;
}

// y position of a value: linear, or log when the claims span two orders of magnitude
function scaleY(values, y0, y1) {
  const pos = values.filter((v) => v > 0);
  const max = Math.max(1, ...pos);
  const min = Math.max(1, Math.min(...pos, max));
  if (max / min > 100) {
    const l0 = Math.log10(min / 1.5);
    const l1 = Math.log10(max * 1.3);
    const f = (v) => y0 - ((Math.log10(Math.max(v, min / 1.5)) - l0) / (l1 - l0)) * (y0 - y1);
    f.ticks = [];
    for (let p = Math.ceil(l0); p <= l1; p++) f.ticks.push(10 ** p);
    return f;
  }
  const top = max * 1.25;
  const f = (v) => y0 - (v / top) * (y0 - y1);
  const step = 10 ** Math.floor(Math.log10(top / 2));
  const mult = top / step > 10 ? 2 * step : step;
  f.ticks = [];
  for (let v = 0; v <= top; v += mult) f.ticks.push(v);
  return f;
}

export function drawTolls(el, data, actions) {
  const claims = data.tolls.filter((c) => c.published);
  if (!claims.length) { fill(el, h("p", { class: "empty" }, "No casualty or arrest figures for these filters.")); return; }
  const width = Math.max(320, el.clientWidth || 640);
  const left = 92;
  const x = timeScale(claims.map((c) => t(c.published)), left, width - 16);
  const cats = ["killed", "injured", "arrested"].filter((k) => claims.some((c) => c.category === k));
  const rowH = 130;
  const svg = s("svg", { class: "tolls-svg", width, height: cats.length * rowH + 38, viewBox: `0 0 ${width} ${cats.length * rowH + 38}`,
    role: "img", "aria-label": "Toll claims over time" });
  cats.forEach((cat, ci) => {
    const items = claims.filter((c) => c.category === cat);
    const y0 = ci * rowH + rowH - 10;
    const y1 = ci * rowH + 14;
    const y = scaleY(items.flatMap((c) => [c.value, c.value_max || c.value]), y0, y1);
    const g = s("g", { class: "toll-row" });
    g.appendChild(s("text", { x: 4, y: y1 + 4, class: "lane-label" }, cat));
    for (const v of y.ticks) {
      g.appendChild(s("line", { x1: left, x2: width - 16, y1: y(v), y2: y(v), class: "grid" }));
      g.appendChild(s("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, num(v)));
    }
    // claims on the same day for the same owner are spread a little so all stay visible
    const seen = new Map();
    for (const c of items) {
      const key = c.published;
      const k = seen.get(key) || 0;
      seen.set(key, k + 1);
      const cx = x(t(c.published)) + (k % 5) * 7 - 14 * (k > 0 ? 1 : 0);
      const lowV = c.qualifier === "approximately" ? c.value * 0.9 : c.qualifier === "at_most" || c.qualifier === "less_than" ? c.value * 0.6 : c.value;
      const highV = c.value_max || (c.qualifier === "approximately" ? c.value * 1.1 : c.qualifier === "at_least" || c.qualifier === "more_than" ? c.value * 1.4 : c.value);
      const color = sourceColor(c.source_kind);
      const who = c.source || "the outlet itself";
      const label = `${claimValue(c)} ${cat} — ${who}${c.source_kind ? ` (${c.source_kind})` : ""}; ${c.outlet || "?"}, ${c.published}: “${c.text}”`;
      const mark = s("g", { class: "claim", tabindex: 0, role: "link", "aria-label": label, dataset: { uid: c.uid } },
        s("title", null, label));
      mark.appendChild(s("line", { x1: cx, x2: cx, y1: y(lowV), y2: y(highV), stroke: color, "stroke-width": 3,
        "stroke-dasharray": c.qualifier === "approximately" ? "3 2" : null }));
      if (highV > c.value && c.qualifier !== "range" && c.qualifier !== "approximately") {
        mark.appendChild(s("path", { d: `M${cx - 4},${y(highV) + 5} L${cx},${y(highV) - 2} L${cx + 4},${y(highV) + 5} Z`, fill: color }));
      }
      if (lowV < c.value) {
        mark.appendChild(s("path", { d: `M${cx - 4},${y(lowV) - 5} L${cx},${y(lowV) + 2} L${cx + 4},${y(lowV) - 5} Z`, fill: color }));
      }
      mark.appendChild(s("circle", { cx, cy: y(c.value), r: 4, fill: color, stroke: "#fff" }));
      const open = () => actions.open("article", c.article_id, { fig: c.record_id });
      mark.addEventListener("click", open);
      mark.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
      g.appendChild(mark);
    }
    svg.appendChild(g);
  });
  svg.appendChild(axis(x, cats.length * rowH + 2));
  const kinds = [...new Set(claims.map((c) => c.source_kind || "outlet"))];
  // who says what: each source's latest claim, per category
  const latest = cats.map((cat) => {
    const bySource = new Map();
    for (const c of claims.filter((x) => x.category === cat)) bySource.set(c.source || `${c.outlet || "?"} (own voice)`, c);
    const rows = [...bySource].sort((a, b) => b[1].published.localeCompare(a[1].published)).slice(0, 8);
    return h("div", { class: "who" }, h("h3", null, cat, h("small", null, " latest claim by source")),
      h("ul", null, rows.map(([who, c]) => h("li", null,
        h("i", { class: "dot", style: `background:${sourceColor(c.source_kind)}` }),
        h("a", { href: actions.href("article", c.article_id, { fig: c.record_id }) }, claimValue(c)),
        ` — ${who}`, h("small", null, ` · ${c.outlet || "?"} · ${c.published}`)))));
  });
  fill(el, svg, h("div", { class: "legend" },
    h("span", { class: "legend-title" }, "source"),
    kinds.map((k) => h("span", { class: "swatch" }, h("i", { class: "dot", style: `background:${sourceColor(k)}` }), k)),
    h("span", { class: "legend-title" }, "▲ at least / more than · ▼ up to · dashed: about · bar: range")),
  data.truncated.tolls ? h("p", { class: "note" }, `The newest ${num(claims.length)} claims are shown.`) : null,
  h("div", { class: "who-grid" }, latest));
}
