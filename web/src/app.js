// The dashboard: filters in the address, one view at a time, every panel fed by the JSON API.

import { getJSON, query } from "./api.js";
import { articleView } from "./article.js";
import { briefingView } from "./briefing.js";
import { $, $$, h, fill, num } from "./dom.js";
import { renderDocs } from "./docs.js";
import { stopListening } from "./listen.js";
import { drawMap } from "./map.js";
import { FILTERS, apiFilters, buildHash, parseHash } from "./state.js";
import { drawTimeline, drawTolls } from "./timeline.js";
import { articlesView, figuresView, incidentView, incidentsList } from "./views.js";

let route = parseHash();
let facetsCache = null;
let renderSeq = 0;

const actions = {
  href(view, id = null, extra = {}) { return buildHash(view, id, route.filters, extra); },
  open(view, id = null, extra = {}) { location.hash = buildHash(view, id, route.filters, extra); },
  filter(change) { location.hash = buildHash(route.view === "article" || route.view === "incident" ? "overview" : route.view, null, { ...route.filters, ...change }); },
  replaceParams(extra) {
    const params = {};
    for (const [k, v] of Object.entries(route.params)) if (!FILTERS.includes(k)) params[k] = v;
    const next = buildHash(route.view, route.id, route.filters, { ...params, ...extra });
    if (next !== location.hash) { history.replaceState(null, "", next); route = parseHash(next); }
  },
};

function status(msg, isError = false) {
  const el = $("#status");
  el.textContent = msg || "";
  el.classList.toggle("error", isError);
  el.hidden = !msg;
}

async function loadFacets(country) {
  const key = country || "";
  if (!facetsCache || facetsCache.key !== key) facetsCache = { key, data: await getJSON(`/api/facets${query({ country })}`) };
  return facetsCache.data;
}

function option(value, label, selected) {
  return h("option", { value, selected: selected ? true : null }, label);
}

async function syncFilters() {
  const f = route.filters;
  const facets = await loadFacets(f.country);
  const regionName = (c) => { try { return new Intl.DisplayNames(["en"], { type: "region" }).of(c); } catch (e) { return c; } };
  fill($("#f-country"), option("", "all countries"), facets.countries.map((c) => option(c.code, `${regionName(c.code)} (${num(c.n)})`, f.country === c.code)));
  if (f.country && !facets.countries.some((c) => c.code === f.country)) $("#f-country").append(option(f.country, f.country, true));
  fill($("#f-province"), option("", "all provinces"), facets.provinces.map((p) => option(p.code, `${p.name || p.code} · ${p.code} (${num(p.n)})`, f.province === p.code)));
  if (f.province && !facets.provinces.some((p) => p.code === f.province)) $("#f-province").append(option(f.province, f.province, true));
  fill($("#f-type"), option("", "all types"), facets.types.map((t) => option(t.code, `${t.code} (${num(t.n)})`, f.type === t.code)));
  fill($("#l-sources"), facets.sources.map((s) => h("option", { value: s.name })));
  fill($("#l-outlets"), facets.outlets.map((o) => h("option", { value: o.name })));
  for (const k of ["since", "until", "source", "outlet", "q"]) {
    const el = $(`#f-${k}`);
    if (el !== document.activeElement) el.value = f[k] || "";
  }
  if (facets.dates.min) { $("#f-since").min = facets.dates.min; $("#f-until").min = facets.dates.min; }
  if (facets.dates.max) { $("#f-since").max = facets.dates.max; $("#f-until").max = facets.dates.max; }
  const cats = $("#figures-category");
  if (cats.options.length <= 1) facets.categories.forEach((c) => cats.append(option(c, c, false)));
  cats.value = route.params.category || "";
  const active = Object.entries(f).filter(([, v]) => v).map(([k, v]) => `${k}: ${v}`);
  $("#filter-summary").textContent = active.length ? `(${active.join(", ")})` : "";
  for (const fmt of ["csv", "jsonl", "geojson"]) $(`#export-${fmt}`).href = `/api/export/${fmt}${query(apiFilters(f))}`;
}

function readForm() {
  const out = {};
  for (const k of FILTERS) {
    const el = $(`#f-${k}`);
    if (el && el.value) out[k] = el.value.trim();
  }
  if (out.province && out.country && !out.province.startsWith(`${out.country}-`)) delete out.province;
  if (out.province && !out.country) out.country = out.province.split("-")[0];
  return out;
}

function showView(name) {
  for (const v of $$(".view")) v.hidden = v.id !== `view-${name}`;
  for (const a of $$(".tabs a")) {
    a.classList.toggle("current", a.dataset.view === name);
    a.href = buildHash(a.dataset.view, null, route.filters);  // the filters go along
  }
}

async function render() {
  const seq = ++renderSeq;
  route = parseHash();
  stopListening();
  const view = ["overview", "figures", "articles", "article", "incident", "briefing"].includes(route.view) ? route.view : "overview";
  showView(view);
  status("Loading…");
  document.body.dataset.loading = "1";
  const f = apiFilters(route.filters);
  try {
    await syncFilters();
    if (view === "overview") {
      const [mapData, timeline] = await Promise.all([getJSON(`/api/map${query(f)}`), getJSON(`/api/timeline${query(f)}`)]);
      if (seq !== renderSeq) return;
      await Promise.all([
        drawMap($("#map"), $("#map-legend"), $("#map-note"), mapData, route.filters, actions),
        incidentsList($("#incidents"), $("#incidents-note"), f, actions),
      ]);
      drawTimeline($("#timeline"), $("#timeline-note"), timeline, actions);
      drawTolls($("#tolls"), timeline, actions);
    } else if (view === "figures") {
      await figuresView($("#figures"), $("#figures-note"), f, route.params.category || null, actions);
    } else if (view === "articles") {
      await articlesView($("#articles"), $("#articles-note"), f, route.filters.q || null, actions);
    } else if (view === "article") {
      await articleView($("#article"), route.id, route.params, actions);
    } else if (view === "incident") {
      await incidentView($("#incident"), route.id, actions);
    } else if (view === "briefing") {
      await briefingView($("#briefing"), $("#briefing-note"), route.filters);
    }
    if (seq === renderSeq) status("");
  } catch (err) {
    if (seq === renderSeq) status(`Could not load: ${err.message}`, true);
    console.error(err);
  } finally {
    if (seq === renderSeq) {
      delete document.body.dataset.loading;
      document.body.dataset.ready = view;
    }
  }
}

function initDashboard() {
  const form = $("#filters");
  const apply = () => {
    const next = readForm();
    if ($("#f-country").value !== (route.filters.country || "")) delete next.province;
    location.hash = buildHash(route.view === "article" || route.view === "incident" ? (next.q ? "articles" : "overview") : route.view, null, next);
  };
  form.addEventListener("change", (e) => { if (e.target.id !== "f-q") apply(); });
  form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
  $("#f-q").addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      const next = readForm();
      location.hash = buildHash("articles", null, next);
    }
  });
  $("#f-reset").addEventListener("click", () => { location.hash = buildHash(route.view === "article" || route.view === "incident" ? "overview" : route.view, null, {}); });
  $("#figures-category").addEventListener("change", (e) => {
    location.hash = buildHash("figures", null, route.filters, { category: e.target.value });
  });
  if (window.matchMedia && window.matchMedia("(max-width: 700px)").matches) $(".filters-box").open = false;
  window.addEventListener("hashchange", render);
  let resize = null;
  window.addEventListener("resize", () => {
    clearTimeout(resize);
    resize = setTimeout(() => { if (route.view === "overview") render(); }, 250);
  });
  render();
}

document.addEventListener("DOMContentLoaded", () => {
  const docs = document.getElementById("docs");
  if (docs) renderDocs(docs).catch((e) => fill(docs, h("p", { class: "error" }, `Could not load the API description: ${e.message}`)));
  else initDashboard();
});
