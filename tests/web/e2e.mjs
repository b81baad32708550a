// The dashboard used as a person would, in Debian's chromium driven by playwright-core.
// Run by test_browser.py (which starts the app on the sample corpus and reads the JSON this
// prints on its last line); by hand:
//
//   BASE_URL=http://127.0.0.1:8000 HOSTILE_ID=<article id> node tests/web/e2e.mjs
//
// SCREENSHOTS=<folder> saves the main views as PNG (docs/screenshots/ is made this way).

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { chromium } from "playwright-core";

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS || "";
const hostileId = process.env.HOSTILE_ID || "";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const results = { checks: {}, problems: [] };
const check = (name, value, detail) => { results.checks[name] = { ok: Boolean(value), detail: detail ?? null }; };

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
});

function watch(page, label) {
  page.on("pageerror", (e) => results.problems.push(`${label} pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") results.problems.push(`${label} console: ${m.text()}`); });
  page.on("dialog", (d) => { results.problems.push(`${label} dialog: ${d.message()}`); d.dismiss(); });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) results.problems.push(`${label} external request: ${r.url()}`);
  });
}

// Waits (with functions, not strings: the page's CSP forbids eval) for what the step expects,
// then for the render to finish.
async function settled(page, view, expected = () => true) {
  await page.waitForFunction(expected, null, { timeout: 20000 });
  await page.waitForFunction((v) => document.body.dataset.ready === v && !document.body.dataset.loading, view, { timeout: 20000 });
}

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks
function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// JPEG keeps docs/screenshots small; long pages are cut at 2,400 CSS pixels
async function shot(page, name, fullPage = true) {
  if (!shots) return;
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const clip = fullPage ? { x: 0, y: 0, width: size.width, height: Math.min(height, 2400) } : undefined;
  await page.screenshot({ path: join(shots, `${name}.jpg`), type: "jpeg", quality: 70, fullPage, clip });
}

try {
  // 1. the dashboard on the sample corpus
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  watch(page, "laptop");
  await page.goto(`${base}/`);
  await settled(page, "overview", () => document.querySelectorAll('#map .point').length > 0);
  check("map draws provinces shaded by count", await page.locator("#map path.province.has").count() > 0);
  check("map draws incidents as points", await page.locator("#map circle.point").count() > 0);
  check("timeline draws ranges", await page.locator("#timeline rect.range").count() > 0);
  check("tolls draw claims", await page.locator("#tolls g.claim").count() > 0);
  await shot(page, "overview");

  // 2. filter by a province: every panel follows
  await page.selectOption("#f-province", "NP-P3");
  await settled(page, "overview", () => location.hash.includes('province=NP-P3') && !!document.querySelector('#map .province.selected[data-code="NP-P3"]'));
  const places = await page.locator("#incidents tbody tr td:nth-child(3)").allTextContents();
  check("province filter narrows the incidents", places.length > 0 && places.every((p) => p.includes("NP-P3")), places);
  const points = await page.locator("#map circle.point").count();
  const total = Number((await page.locator("#incidents-note").textContent()).replace(/[^0-9]/g, ""));
  check("province filter narrows the map", points > 0 && points === total, { points, total });
  await shot(page, "overview-province");

  // 3. figures with claims; click a figure: its sentence and source are shown and highlighted
  await page.click(".tabs a[data-view=figures]");
  await settled(page, "figures", () => document.querySelectorAll('.figure-group').length > 0);
  check("filters survive a change of view", page.url().includes("province=NP-P3"), page.url());
  await shot(page, "figures");
  // a claim with a named source (the Nepal report's police spokesman), else the first one
  const named = page.locator(".figure-group .claim-row").filter({ hasText: "police spokesman" });
  const row = (await named.count()) ? named.first() : page.locator(".figure-group .claim-row").first();
  const claimText = (await row.locator("q").textContent()).trim();
  const sourceText = (await row.locator(".source").textContent()).trim();
  await row.locator("a.sentence-link").click();
  await settled(page, "article", () => !!document.querySelector('.hl-figure.active'));
  const active = (await page.locator("#article-text .hl-figure.active").allTextContents()).join("");
  const sentence = (await page.locator("#article-text .hl-sentence").allTextContents()).join("");
  const marked = await page.locator("#figure-detail .fig-sentence mark").textContent();
  const shownSource = await page.locator("#figure-detail .fig-source").textContent();
  check("clicked figure is highlighted in the text", active === claimText, { active, claimText });
  check("its sentence is highlighted around it", sentence.includes(claimText) && sentence.length > claimText.length, sentence);
  check("its sentence is shown with the figure marked", marked === claimText, marked);
  check("its source is shown", sourceText.startsWith(shownSource.split(" (")[0].trim()), { sourceText, shownSource });
  await shot(page, "article-figure");

  // clicking another number in the text moves the selection
  const other = page.locator("#article-text .hl-figure:not(.active)").first();
  const otherId = await other.getAttribute("data-fig");
  await other.click();
  await page.waitForFunction((id) => document.querySelector("#article-text .hl-figure.active")?.dataset.fig === id, otherId);
  check("clicking a number in the text selects it", page.url().includes(`fig=${otherId}`), page.url());

  // 4. export CSV of the filtered incidents
  await page.click(".tabs a[data-view=overview]");
  await settled(page, "overview", () => location.hash.includes('province=NP-P3'));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const rows = parseCSV(readFileSync(await download.path(), "utf-8"));
  const header = rows[0];
  const admin1 = header.indexOf("admin1");
  check("CSV export has the ACLED-style header", header[0] === "event_id" && admin1 > 0, header);
  check("CSV export holds the filtered incidents", rows.length - 1 === total && rows.slice(1).every((r) => r[admin1] === "Bagmati"),
    { rows: rows.length - 1, expected: total, filename: download.suggestedFilename() });

  // 4b. an incident whose actor is a state's (the Venezuela report's "Venezuelan authorities"): its page says which
  const stated = await page.evaluate(async () => {
    const list = await (await fetch("/api/incidents?limit=100")).json();
    for (const item of list.items) {
      const inc = await (await fetch(`/api/incidents/${encodeURIComponent(item.id)}`)).json();
      const code = inc.actor1 && inc.events.map((e) => e.actor1_country).find(Boolean);
      if (code) return { id: inc.id, actor: inc.actor1, code };
    }
    return null;
  });
  if (stated) {
    await page.goto(`${base}/#/incident/${encodeURIComponent(stated.id)}`);
    await settled(page, "incident", () => !!document.querySelector(".incident-detail .meta"));
    const meta = await page.locator(".incident-detail .meta").textContent();
    check("incident page names the actor's state", meta.includes(`actor: ${stated.actor} (${stated.code})`), { meta, stated });
  } else {
    check("incident page names the actor's state", false, "no incident with an actor's state in the sample corpus");
  }

  // 5. the API reference page, served locally
  await page.goto(`${base}/docs`);
  await page.waitForSelector("#docs .op");
  check("API docs list the endpoints", await page.locator("#docs .op").count() >= 10);
  await shot(page, "api-docs", false);
  await context.close();

  // 6. a phone
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const p2 = await phone.newPage();
  watch(p2, "phone");
  await p2.goto(`${base}/#/?country=NP`);
  await settled(p2, "overview", () => document.querySelectorAll('#map .point').length > 0);
  const overflow = await p2.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check("phone: nothing wider than the screen", overflow <= 1, overflow);
  await shot(p2, "phone-overview");
  await p2.click(".tabs a[data-view=figures]");
  await settled(p2, "figures", () => document.querySelectorAll(".figure-group").length > 0);
  await p2.locator("a.sentence-link").first().click();
  await settled(p2, "article", () => !!document.querySelector('.hl-figure.active'));
  const overflow2 = await p2.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check("phone: article fits", overflow2 <= 1, overflow2);
  await shot(p2, "phone-article");
  await phone.close();

  // 7. a hostile report: its markup is shown as text and nothing in it runs
  if (hostileId) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p3 = await ctx.newPage();
    watch(p3, "hostile");
    await p3.goto(`${base}/#/article/${hostileId}`);
    await settled(p3, "article", () => !!document.querySelector("#article-text"));
    await p3.locator("#article-text .hl-figure").first().click().catch(() => {});
    await p3.goto(`${base}/#/articles?q=onerror`);
    await settled(p3, "articles", () => document.querySelectorAll('.articles li').length > 0);
    await p3.goto(`${base}/#/figures`);
    await settled(p3, "figures");
    await p3.goto(`${base}/#/article/${hostileId}`);
    await settled(p3, "article", () => !!document.querySelector("#article-text"));
    const text = await p3.locator("#article-text").textContent();
    const title = await p3.locator(".article-title").textContent();
    const state = await p3.evaluate(() => ({
      pwned: window.__pwned ?? null,
      injected: document.querySelectorAll("#main script, #main img, #main iframe, #main object, #main embed, #main [onerror], #main [onload], #main [onclick]").length,
      javascriptLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href"))).length,
    }));
    check("hostile: nothing ran", state.pwned === null, state);
    check("hostile: no element was injected", state.injected === 0 && state.javascriptLinks === 0, state);
    check("hostile: its markup is shown as text", text.includes("<img src=x onerror=") && text.includes("<iframe"), text.slice(0, 200));
    check("hostile: its title is shown as text", title.includes("<"), title);
    await shot(p3, "hostile-article");
    await ctx.close();
  }
} catch (err) {
  results.problems.push(`error: ${err.stack || err}`);
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
