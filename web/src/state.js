// The address is the state: "#/view/id?country=NP&province=NP-P3&fig=f2". Filters survive a
// change of view, a reload and a shared link.

export const FILTERS = ["country", "province", "type", "since", "until", "source", "outlet", "q"];

export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#/, "") || "/";
  const [path, qs = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(qs));
  const filters = {};
  for (const k of FILTERS) if (params[k]) filters[k] = params[k];
  return { view: parts[0] || "overview", id: parts[1] || null, params, filters };
}

export function buildHash(view, id, filters, extra = {}) {
  const q = new URLSearchParams();
  for (const k of FILTERS) if (filters[k]) q.set(k, filters[k]);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const path = view === "overview" ? "/" : `/${view}${id ? `/${encodeURIComponent(id)}` : ""}`;
  const qs = q.toString();
  return `#${path}${qs ? `?${qs}` : ""}`;
}

export function apiFilters(filters) {
  const out = {};
  for (const k of FILTERS) if (k !== "q" && filters[k]) out[k] = filters[k];
  return out;
}
