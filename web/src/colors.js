export const TYPE_COLORS = {
  PROTEST: "#1f77b4", ASSAULT: "#d62728", FIGHT: "#8c1c13", COERCE: "#9467bd", MOBILIZE: "#8c564b",
  THREATEN: "#e377c2", DEMAND: "#17becf", CONCEDE: "#2ca02c", RETREAT: "#98df8a", CRIME: "#7f7f7f",
  SANCTION: "#bcbd22", DISAPPROVE: "#ff7f0e", REJECT: "#ffbb78", INVESTIGATE: "#aec7e8",
};
export const typeColor = (t) => TYPE_COLORS[t] || "#666";

export const SHADES = ["#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"];

// Five classes on a log scale up to the largest count, so one busy capital does not wash out the rest.
export function shade(n, max) {
  if (!n) return null;
  if (max <= 1) return SHADES[2];
  const i = Math.min(SHADES.length - 1, Math.floor((Math.log(n) / Math.log(max)) * (SHADES.length - 0.001)));
  return SHADES[Math.max(0, i)];
}

export function shadeBreaks(max) {
  const out = [];
  for (let i = 0; i < SHADES.length; i++) {
    const lo = Math.max(1, Math.ceil(Math.exp((i / SHADES.length) * Math.log(Math.max(max, 1)))));
    if (!out.length || lo > out[out.length - 1][0]) out.push([lo, SHADES[i]]);
  }
  return out;
}

export const SOURCE_COLORS = {
  ngo: "#2b8cbe", official: "#e6550d", media: "#756bb1", wire: "#636363", witness: "#31a354",
  expert: "#dd1c77", anonymous: "#969696", other: "#8c6d31", outlet: "#444",
};
export const sourceColor = (k) => SOURCE_COLORS[k || "outlet"] || "#444";
