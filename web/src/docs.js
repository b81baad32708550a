// /docs: the API reference, drawn from /openapi.json with the same local script (no CDN).

import { getJSON } from "./api.js";
import { h, fill } from "./dom.js";

function schemaType(s) {
  if (!s) return "";
  if (s.anyOf) return s.anyOf.map(schemaType).filter((t) => t !== "null").join(" | ");
  if (s.enum) return s.enum.join(" | ");
  if (s.$ref) return s.$ref.split("/").pop();
  if (s.type === "array") return `${schemaType(s.items)}[]`;
  return s.type + (s.format ? ` (${s.format})` : "");
}

export async function renderDocs(el) {
  const spec = await getJSON(el.dataset.openapi);
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) ops.push({ path, method, op });
  }
  fill(el,
    h("h1", null, spec.info.title, " ", h("small", null, spec.info.version)),
    h("p", { class: "docs-intro" }, spec.info.description || ""),
    h("p", null, "Machine-readable: ", h("a", { href: "/openapi.json" }, "/openapi.json"), " (OpenAPI ", spec.openapi, ")."),
    h("nav", { class: "docs-toc" }, h("ul", null, ops.map(({ path, method, op }) => h("li", null,
      h("a", { href: `#${op.operationId}` }, h("code", { class: `m m-${method}` }, method.toUpperCase()), " ", path, " — ", op.summary || ""))))),
    ops.map(({ path, method, op }) => h("section", { class: "panel op", id: op.operationId },
      h("h2", null, h("code", { class: `m m-${method}` }, method.toUpperCase()), " ", h("code", null, path)),
      h("p", null, h("strong", null, op.summary || "")),
      op.description ? h("p", { class: "desc" }, op.description) : null,
      op.security ? h("p", { class: "badge" }, "needs the API token (Authorization: Bearer …)") : null,
      (op.parameters || []).length ? h("div", { class: "table-wrap" }, h("table", null,
        h("thead", null, h("tr", null, ["parameter", "in", "type", "description"].map((c) => h("th", null, c)))),
        h("tbody", null, op.parameters.map((p) => h("tr", null, h("td", null, h("code", null, p.name), p.required ? " *" : ""),
          h("td", null, p.in), h("td", null, schemaType(p.schema)), h("td", null, p.description || "")))))) : null,
      op.requestBody ? h("p", null, "Body: ", Object.keys(op.requestBody.content || {}).join(", "), " ",
        schemaType(Object.values(op.requestBody.content || {})[0]?.schema)) : null,
      h("p", { class: "responses" }, "Responses: ", Object.entries(op.responses || {}).map(([code, r]) => h("span", { class: "badge" }, `${code} ${r.description || ""}`))))));
}
