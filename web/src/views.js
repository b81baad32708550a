// The list and detail views: incidents, figures with their claims, reports, one incident.

import { getJSON, query } from "./api.js";
import { typeColor, sourceColor } from "./colors.js";
import { h, fill, num, claimValue, rangeText, dates } from "./dom.js";

function pager(page, onPage) {
  const { total, limit, offset } = page;
  if (total <= limit) return null;
  return h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset === 0, onclick: () => onPage(Math.max(0, offset - limit)) }, "← newer"),
    h("span", null, `${num(offset + 1)}–${num(Math.min(total, offset + limit))} of ${num(total)}`),
    h("button", { type: "button", disabled: offset + limit >= total, onclick: () => onPage(offset + limit) }, "older →"));
}

function figuresText(figs) {
  return Object.entries(figs || {}).map(([cat, t]) => h("span", { class: `tot${t.disputed ? " disputed" : ""}` },
    `${cat} ${rangeText(t)}`, t.disputed ? h("abbr", { title: "the sources disagree" }, " ≠") : null));
}

export function typeBadge(type, mode) {
  return h("span", { class: "type", style: `--c:${typeColor(type)}` }, type, mode ? h("small", null, ` ${mode}`) : null);
}

export async function incidentsList(el, note, filters, actions, offset = 0) {
  const page = await getJSON(`/api/incidents${query({ ...filters, limit: 25, offset })}`);
  note.textContent = `${num(page.total)} in all`;
  if (!page.items.length) { fill(el, h("p", { class: "empty" }, "No incidents for these filters.")); return; }
  fill(el, h("div", { class: "table-wrap" }, h("table", { class: "incidents" },
    h("thead", null, h("tr", null, ["date", "event", "place", "reports", "figures"].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, page.items.map((i) => h("tr", null,
      h("td", { class: "nowrap" }, dates(i.date_start, i.date_end)),
      h("td", null, h("a", { href: actions.href("incident", i.id) }, typeBadge(i.type, i.mode))),
      h("td", null, i.location || "", i.admin1_code ? h("small", null, ` ${i.admin1_code}`) : null),
      h("td", { class: "num" }, num(i.n_articles)),
      h("td", null, figuresText(i.figures))))))),
  pager(page, (o) => incidentsList(el, note, filters, actions, o)));
}

function sourceCell(c) {
  const who = c.source || "the outlet, in its own voice";
  return h("span", { class: "source" },
    h("i", { class: "dot", style: `background:${sourceColor(c.source_kind)}` }), who,
    c.source_kind ? h("small", null, ` ${c.source_kind}`) : null,
    c.n_sources ? h("small", null, ` · ${c.n_sources} sources`) : null,
    c.hedge ? h("small", { class: "hedge" }, ` · ${c.hedge}`) : null,
    c.via ? h("small", null, ` · via ${c.via}`) : null);
}

export function claimRows(claims, actions, ownerLabel) {
  return claims.map((c) => h("tr", { class: `claim-row${c.status && c.status !== "asserted" ? " not-asserted" : ""}` },
    h("td", { class: "num nowrap" }, claimValue(c), c.unit && c.unit !== "person" ? h("small", null, ` ${c.unit}`) : null),
    h("td", null, c.qualifier || ""),
    h("td", null, sourceCell(c)),
    h("td", { class: "nowrap" }, c.outlet || "", h("br"), h("small", null, c.published || "")),
    h("td", null, h("q", null, c.text || ""), c.status && c.status !== "asserted" ? h("small", null, ` (${c.status})`) : null),
    h("td", null, h("a", { class: "button small sentence-link", href: actions.href("article", c.article_id, { fig: c.record_id }),
      "aria-label": `Show the sentence of ${claimValue(c)} ${c.category}${ownerLabel ? ` (${ownerLabel})` : ""}` }, "sentence"))));
}

const CLAIM_HEAD = ["value", "qualifier", "source", "outlet · date", "text", ""];

export async function figuresView(el, note, filters, category, actions, offset = 0) {
  const page = await getJSON(`/api/figures${query({ ...filters, category, limit: 20, offset })}`);
  note.textContent = `${num(page.total)} reconciled figure${page.total === 1 ? "" : "s"}`;
  if (!page.items.length) { fill(el, h("p", { class: "empty" }, "No figures for these filters.")); return; }
  fill(el, page.items.map((g) => {
    const owner = g.owner_kind === "incident"
      ? h("a", { href: actions.href("incident", g.owner_id) }, typeBadge(g.label), ` ${g.location || g.admin1_code || g.country || ""}`)
      : h("span", null, h("span", { class: "type campaign" }, "running total"), ` ${g.label || g.owner_id}`);
    const label = `${g.category} ${g.owner_kind === "incident" ? g.location || "" : g.label || ""}`.trim();
    return h("article", { class: `figure-group${g.disputed ? " disputed" : ""}`, dataset: { owner: g.owner_id, category: g.category } },
      h("header", null,
        h("h3", null, h("span", { class: "cat" }, g.category), " ", owner),
        h("div", { class: "range" },
          h("strong", null, rangeText(g)), g.low !== g.high ? h("small", null, ` best ${num(g.best)}`) : null,
          h("small", null, ` · ${g.n_claims} claim${g.n_claims === 1 ? "" : "s"}, ${g.n_origins} independent origin${g.n_origins === 1 ? "" : "s"}`),
          g.disputed ? h("span", { class: "badge disputed" }, "sources disagree") : null,
          h("small", null, ` · as of ${g.as_of || "?"} · ${dates(g.date_start, g.date_end)}`))),
      h("div", { class: "table-wrap" }, h("table", { class: "claims" },
        h("thead", null, h("tr", null, CLAIM_HEAD.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", null, claimRows(g.claims, actions, label)))));
  }), pager(page, (o) => figuresView(el, note, filters, category, actions, o)));
}

function snippetNode(sn) {
  const parts = [];
  let at = 0;
  for (const [a, b] of sn.matches) {
    if (a < at) continue;
    parts.push(sn.text.slice(at, a), h("mark", null, sn.text.slice(a, b)));
    at = b;
  }
  parts.push(sn.text.slice(at));
  return h("p", { class: "snippet" }, sn.start > 0 ? "… " : "", parts, sn.more ? " …" : "");
}

export async function articlesView(el, note, filters, search, actions, offset = 0) {
  const path = search ? "/api/search" : "/api/articles";
  const { type, ...articleFilters } = filters;
  const page = await getJSON(`${path}${query({ ...articleFilters, q: search || null, limit: 25, offset })}`);
  note.textContent = `${num(page.total)} report${page.total === 1 ? "" : "s"}${search ? ` matching “${search}”` : ""}`;
  if (!page.items.length) { fill(el, h("p", { class: "empty" }, "No reports for these filters.")); return; }
  fill(el, h("ol", { class: "articles", start: offset + 1 }, page.items.map((a) => h("li", null,
    h("a", { href: actions.href("article", a.id), class: "title" }, a.title || `(untitled ${a.id})`),
    h("div", { class: "meta" }, a.outlet || "unknown outlet", " · ", a.published || "undated", a.country ? ` · ${a.country}` : "",
      ` · ${a.n_events} events, ${a.n_figures} figures`, a.copy_of ? h("span", { class: "badge" }, "wire copy") : null),
    a.snippet ? snippetNode(a.snippet) : null))),
  pager(page, (o) => articlesView(el, note, filters, search, actions, o)));
}

// the state an incident's actor belongs to ("Russian troops" -> RU), from the first report that says
function stateOf(events, role) {
  const code = events.map((e) => e[`${role}_country`]).find(Boolean);
  return code ? ` (${code})` : "";
}

export async function incidentView(el, id, actions) {
  const inc = await getJSON(`/api/incidents/${encodeURIComponent(id)}`);
  const byCat = new Map();
  for (const c of inc.claims) {
    if (!byCat.has(c.category)) byCat.set(c.category, []);
    byCat.get(c.category).push(c);
  }
  fill(el, h("section", { class: "panel incident-detail" },
    h("p", null, h("a", { href: actions.href("overview") }, "← overview")),
    h("h2", null, typeBadge(inc.type, inc.mode), ` ${inc.location || ""}`, h("small", null, ` ${inc.admin1 || ""} ${inc.admin1_code || ""} ${inc.country || ""}`)),
    h("p", { class: "meta" }, dates(inc.date_start, inc.date_end), " · ", `${inc.n_articles} report(s), ${inc.n_origins} origin(s)`,
      inc.actor1 ? ` · actor: ${inc.actor1}${stateOf(inc.events, "actor1")}` : "",
      inc.actor2 ? ` · recipient: ${inc.actor2}${stateOf(inc.events, "actor2")}` : "",
      inc.campaign_id ? ` · campaign ${inc.campaign_id}` : ""),
    Object.keys(inc.figures).length ? h("p", null, figuresText(inc.figures)) : null,
    [...byCat].map(([cat, claims]) => h("div", null, h("h3", null, cat, " ", h("small", null, rangeText(inc.figures[cat]))),
      h("div", { class: "table-wrap" }, h("table", { class: "claims" },
        h("thead", null, h("tr", null, CLAIM_HEAD.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", null, claimRows(claims, actions, cat)))))),
    h("h3", null, "Reported as"),
    h("ul", { class: "events" }, inc.events.map((e) => h("li", null,
      h("a", { href: actions.href("article", e.article_id, { event: e.record_id }) }, e.title || e.article_id),
      h("small", null, ` · ${e.outlet || ""} · ${e.published || ""}${e.source ? ` · according to ${e.source}` : ""}`),
      e.evidence ? h("blockquote", null, e.evidence) : null)))));
}
