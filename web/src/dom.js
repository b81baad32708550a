// Building the page without ever parsing text as HTML: every string from a report goes in as a
// text node (textContent), never through innerHTML, so markup in a report is shown, not run.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "style") setStyle(el, v);
      else if (k === "dataset") Object.assign(el.dataset, v);
      else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "text") el.textContent = String(v);
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Styles go through the CSSOM (allowed by the page's Content-Security-Policy, which forbids
// style attributes in markup): "a:b;--c:d" becomes setProperty calls.
function setStyle(el, css) {
  for (const decl of String(css).split(";")) {
    const i = decl.indexOf(":");
    if (i > 0) el.style.setProperty(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
  }
}

const SVGNS = "http://www.w3.org/2000/svg";

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
      else if (k === "dataset") Object.assign(el.dataset, v);
      else if (k === "style") setStyle(el, v);
      else el.setAttribute(k, String(v));
    }
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function fill(el, ...children) {
  return append(clear(el), children);
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

export function num(v) {
  if (v === null || v === undefined) return "";
  const n = Number(v);
  return Number.isInteger(n) ? n.toLocaleString("en-US") : n.toLocaleString("en-US", { maximumFractionDigits: 1 });
}

const QUALIFIER = {
  exact: "", at_least: "at least ", more_than: "more than ", at_most: "up to ", less_than: "fewer than ",
  approximately: "about ", range: "",
};

export function claimValue(c) {
  const base = c.value_max ? `${num(c.value)}–${num(c.value_max)}` : num(c.value);
  return (QUALIFIER[c.qualifier] ?? "") + base;
}

export function rangeText(t) {
  if (!t) return "";
  return t.low === t.high ? num(t.low) : `${num(t.low)}–${num(t.high)}`;
}

export function dates(a, b) {
  if (!a) return "undated";
  return !b || a === b ? a : `${a} → ${b}`;
}
