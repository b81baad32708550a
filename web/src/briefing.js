// The briefing of the filtered situation: the script the server reads aloud, one sentence a line,
// with a Listen button that highlights the sentence being read, and the written briefing (HTML,
// PDF, Markdown) with every number footnoted with its claims.

import { getJSON, query } from "./api.js";
import { $, h, fill } from "./dom.js";
import { segments } from "./article.js";
import { listenBox } from "./listen.js";

// the filters a briefing takes (type, source, outlet and search do not apply)
const BRIEF_FILTERS = ["country", "province", "since", "until"];

function renderScript(el, script, reading) {
  const spans = reading ? [{ kind: "reading", start: reading.char_start, end: reading.char_end }] : [];
  fill(el, segments(script, spans).map((seg) => {
    const piece = script.slice(seg.start, seg.end);
    return seg.covers.length ? h("span", { class: "hl hl-reading" }, piece) : document.createTextNode(piece);
  }));
}

export async function briefingView(el, note, filters) {
  const params = {};
  for (const k of BRIEF_FILTERS) if (filters[k]) params[k] = filters[k];
  const b = await getJSON(`/api/briefing${query(params)}`);
  const ignored = ["type", "source", "outlet"].filter((k) => filters[k]);
  note.textContent = ignored.length ? `(${ignored.join(", ")} do not apply to briefings)` : "";
  const script = h("div", { class: "briefing-script", id: "briefing-script" });
  const onCue = (cue) => {
    renderScript(script, b.script, cue && cue.part === "script" ? cue : null);
    const target = $(".hl-reading", script);
    if (target && target.getBoundingClientRect) {
      const r = target.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight) target.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  };
  fill(el,
    h("h2", { class: "briefing-title" }, b.title),
    h("p", { class: "meta" }, b.subtitle),
    listenBox(`/api/briefing/cues${query(params)}`, onCue, { what: "this briefing" }),
    h("p", { class: "written" }, "Written briefing, every number footnoted with its claims: ",
      h("a", { href: b.written.html, target: "_blank", rel: "noopener" }, "HTML"), " · ",
      h("a", { href: b.written.pdf, download: "" }, "PDF"), " · ",
      h("a", { href: b.written.md, download: "" }, "Markdown")),
    h("h3", null, "What is read aloud"),
    script);
  renderScript(script, b.script, null);
}
