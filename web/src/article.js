// One report with everything extracted from it highlighted in its text. Offsets come from the
// record (character offsets into record.article.text); the text is cut into segments at every
// span boundary and each segment becomes a text node inside a <span> whose classes say which
// items cover it. Clicking a figure shows its sentence (highlighted in the text too) and source.
// Listen reads the report aloud and highlights the sentence being read (a "reading" span, or the
// title), from the cues' offsets into the same text.

import { getJSON } from "./api.js";
import { sourceColor } from "./colors.js";
import { $, $$, h, fill, num, claimValue } from "./dom.js";
import { listenBox } from "./listen.js";
import { typeBadge } from "./views.js";

const KINDS = [
  ["figure", "figures"], ["place", "places"], ["event", "event words"], ["actor", "actors"], ["date", "dates"],
  ["quote", "quotes"],
];

function findIn(text, needle, from, to) {
  if (!needle) return -1;
  const i = text.toLowerCase().indexOf(needle.toLowerCase(), from);
  return i >= 0 && i + needle.length <= to ? i : -1;
}

export function spansOf(record) {
  const text = record.article.text || "";
  const spans = [];
  const ok = (a, b) => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && b <= text.length && a < b;
  for (const f of record.figures || []) if (ok(f.start, f.end)) spans.push({ kind: "figure", id: f.id, start: f.start, end: f.end });
  for (const p of record.places || []) if (ok(p.start, p.end)) spans.push({ kind: "place", id: p.id, start: p.start, end: p.end });
  for (const q of record.quotes || []) if (ok(q.start, q.end)) spans.push({ kind: "quote", start: q.start, end: q.end });
  for (const e of record.events || []) {
    for (const ev of e.evidence || []) {
      if (!ok(ev.start, ev.end)) continue;
      const i = findIn(text, e.trigger, ev.start, ev.end);
      if (i >= 0) spans.push({ kind: "event", id: e.id, start: i, end: i + e.trigger.length });
      const d = e.date && e.date.text ? findIn(text, e.date.text, ev.start, ev.end) : -1;
      if (d >= 0) spans.push({ kind: "date", id: e.id, start: d, end: d + e.date.text.length });
      for (const a of [...(e.actors || []), ...(e.recipients || [])]) {
        const j = findIn(text, a.text, ev.start, ev.end);
        if (j >= 0) spans.push({ kind: "actor", id: e.id, start: j, end: j + a.text.length });
      }
      break;
    }
  }
  return spans;
}

export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    out.push({ start: a, end: b, covers: spans.filter((sp) => sp.start <= a && sp.end >= b) });
  }
  return out;
}

function renderText(container, text, spans, active) {
  const nodes = segments(text, spans).map((seg) => {
    const piece = text.slice(seg.start, seg.end);
    if (!seg.covers.length) return document.createTextNode(piece);
    const kinds = [...new Set(seg.covers.map((c) => c.kind))];
    const fig = seg.covers.find((c) => c.kind === "figure");
    const cls = kinds.map((k) => `hl hl-${k}`).join(" ")
      + (fig && active && fig.id === active ? " active" : "");
    const attrs = { class: cls };
    if (fig) {
      attrs.dataset = { fig: fig.id };
      attrs.tabindex = 0;
      attrs.role = "button";
    }
    return h("span", attrs, piece);
  });
  fill(container, nodes);
}

function attributionText(a) {
  if (!a) return "the outlet, in its own voice";
  return [a.source, a.kind ? `(${a.kind})` : "", a.n_sources ? `· ${a.n_sources} sources` : "", a.via ? `· via ${a.via}` : "",
    a.hedge ? `· ${a.hedge}` : ""].filter(Boolean).join(" ");
}

export async function articleView(el, id, params, actions) {
  const art = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  const record = art.record;
  const text = record.article.text || "";
  const baseSpans = spansOf(record);
  const figures = new Map((record.figures || []).map((f) => [f.id, f]));
  const events = new Map((record.events || []).map((e) => [e.id, e]));
  const places = new Map((record.places || []).map((p) => [p.id, p]));

  const textBox = h("div", { class: "article-text", id: "article-text", lang: record.article.language || "en" });
  const detail = h("div", { class: "figure-detail", id: "figure-detail", "aria-live": "polite" },
    h("p", { class: "hint" }, "Click a highlighted number to see its sentence and source."));
  const toggles = h("div", { class: "layer-toggles" }, KINDS.map(([k, label]) => h("label", { class: `toggle hl-${k}` },
    h("input", { type: "checkbox", checked: true, onchange: (e) => textBox.classList.toggle(`hide-${k}`, !e.target.checked) }), label)));

  // what the text shows besides the extracted items: the selected figure's sentence, and the
  // sentence being read aloud
  let selected = null;
  let reading = null;
  const titleEl = h("h2", { class: "article-title" }, record.article.title || "(untitled)");
  function paint() {
    const extra = [];
    if (selected) extra.push({ kind: "sentence", start: selected.start, end: selected.end });
    if (reading && reading.part === "text") extra.push({ kind: "reading", start: reading.char_start, end: reading.char_end });
    renderText(textBox, text, [...baseSpans, ...extra], selected ? selected.fig : null);
    titleEl.classList.toggle("reading", !!reading && reading.part === "title");
  }
  function onCue(cue) {
    reading = cue && cue.char_end > cue.char_start ? cue : null;
    paint();
    const target = reading ? (reading.part === "title" ? titleEl : $(".hl-reading", textBox)) : null;
    if (target && target.getBoundingClientRect) {
      const r = target.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) target.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  function select(figId, scroll = true) {
    const f = figures.get(figId);
    if (!f) return;
    const ctx = (art.figure_context || {})[figId] || {};
    const [sa, sb] = ctx.sentence || [f.start, f.end];
    selected = { fig: figId, start: sa, end: sb };
    paint();
    const sentence = text.slice(sa, sb);
    const rel = [f.start - sa, f.end - sa];
    const ev = f.event ? events.get(f.event) : null;
    fill(detail,
      h("h3", null, claimValue(f), " ", h("span", { class: "cat" }, f.category), f.unit ? h("small", null, ` ${f.unit}`) : null),
      h("dl", null,
        h("dt", null, "source"), h("dd", { class: "fig-source" }, h("i", { class: "dot", style: `background:${sourceColor(f.attribution && f.attribution.kind)}` }), attributionText(f.attribution)),
        h("dt", null, "qualifier"), h("dd", null, f.qualifier || "exact"),
        f.scope ? [h("dt", null, "scope"), h("dd", null, f.scope)] : null,
        f.status && f.status !== "asserted" ? [h("dt", null, "status"), h("dd", null, f.status)] : null,
        ev ? [h("dt", null, "event"), h("dd", null, typeBadge(ev.type, ev.mode), ev.date ? ` ${ev.date.start || ""}` : "")] : null,
        ctx.incident_id ? [h("dt", null, "counts for"), h("dd", null, h("a", { href: actions.href("incident", ctx.incident_id) }, `incident ${ctx.incident_id}`))]
          : ctx.campaign_id ? [h("dt", null, "counts for"), h("dd", null, `running total ${ctx.campaign_id}`)] : null),
      h("blockquote", { class: "fig-sentence" }, sentence.slice(0, rel[0]), h("mark", null, sentence.slice(rel[0], rel[1])), sentence.slice(rel[1])));
    $$(".figure-list li", el).forEach((li) => li.classList.toggle("active", li.dataset.fig === figId));
    if (scroll) {
      const target = $(".hl-figure.active", textBox);
      if (target && target.scrollIntoView) target.scrollIntoView({ block: "center", behavior: "instant" });
    }
    actions.replaceParams({ fig: figId });
  }

  textBox.addEventListener("click", (e) => {
    const t = e.target.closest("[data-fig]");
    if (t) select(t.dataset.fig, false);
  });
  textBox.addEventListener("keydown", (e) => {
    const t = e.target.closest("[data-fig]");
    if (t && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(t.dataset.fig, false); }
  });

  const figList = h("ol", { class: "figure-list" }, (record.figures || []).map((f) => h("li", { dataset: { fig: f.id } },
    h("button", { type: "button", class: "linklike", onclick: () => select(f.id) }, `${claimValue(f)} ${f.category}`),
    h("small", null, ` — ${attributionText(f.attribution)}`))));
  const evList = h("ol", { class: "event-list" }, (record.events || []).map((e) => h("li", null, typeBadge(e.type, e.mode),
    " ", e.date ? h("small", null, `${e.date.start || ""}${e.date.end && e.date.end !== e.date.start ? `→${e.date.end}` : ""} `) : null,
    (e.places || []).map((pid) => places.get(pid)).filter(Boolean).map((p) => p.name).join(", "),
    (e.actors || []).length ? h("small", null, ` · by ${(e.actors || []).map((a) => a.name).join(", ")}`) : null,
    e.negated ? h("span", { class: "badge" }, "negated") : null, e.hypothetical ? h("span", { class: "badge" }, "hypothetical") : null,
    art.event_incidents && art.event_incidents[e.id] ? h("a", { href: actions.href("incident", art.event_incidents[e.id]), class: "small" }, " incident") : null)));
  const placeList = h("ul", { class: "place-list" }, (record.places || []).map((p) => h("li", null, p.name || p.text,
    h("small", null, ` ${p.feature || ""}${p.admin1_code ? ` · ${p.admin1_code}` : ""}${p.country ? ` · ${p.country}` : ""}`))));
  const quoteList = h("ul", { class: "quote-list" }, (record.quotes || []).map((q) => h("li", null, h("q", null, q.text),
    q.speaker ? h("small", null, ` — ${q.speaker}${q.affiliation ? `, ${q.affiliation}` : ""}`) : null)));

  fill(el, h("div", { class: "article-layout" },
    h("section", { class: "panel article-main" },
      h("p", null, h("a", { href: actions.href("articles") }, "← reports")),
      titleEl,
      h("p", { class: "meta" }, record.article.outlet || "unknown outlet", " · ", record.article.published || "undated",
        (art.urls || []).map((u) => [" · ", h("a", { href: /^https?:\/\//i.test(u) ? u : null, rel: "noopener noreferrer nofollow", target: "_blank" }, u)])),
      listenBox(`/api/articles/${encodeURIComponent(id)}/cues`, onCue, { what: "this report" }),
      toggles, textBox),
    h("aside", { class: "panel article-side" },
      h("h3", null, "Selected figure"), detail,
      h("h3", null, `Figures (${figures.size})`), figList,
      h("h3", null, `Events (${events.size})`), evList,
      h("h3", null, `Places (${places.size})`), placeList,
      (record.quotes || []).length ? [h("h3", null, `Quotes (${record.quotes.length})`), quoteList] : null)));

  paint();
  if (params.fig && figures.has(params.fig)) select(params.fig);
}
