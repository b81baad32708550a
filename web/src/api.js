// The dashboard reads only the JSON API; an error answer (the envelope) becomes an ApiError.

export class ApiError extends Error {
  constructor(body, status) {
    super(body && body.message ? body.message : `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

const cache = new Map();

export async function getJSON(path, { cached = false } = {}) {
  if (cached && cache.has(path)) return cache.get(path);
  const promise = (async () => {
    const res = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok || !body || body.ok === false) throw new ApiError(body, res.status);
    return body;
  })();
  if (cached) {
    cache.set(path, promise);
    promise.catch(() => cache.delete(path));
  }
  return promise;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}
