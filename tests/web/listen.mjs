// Listen, in Debian's chromium driven by playwright-core: the server reads a report aloud and the
// page highlights the sentence being read as the audio plays. Run by test_browser.py
// (test_listen_in_chromium), which serves the sample corpus with a fast espeak-ng voice and posts
// a short report; it reads the JSON this prints on its last line. By hand:
//
//   BASE_URL=http://127.0.0.1:8000 LISTEN_ID=<short report> SAMPLE_ID=<sample report> node tests/web/listen.mjs
//
// What proves the highlight follows the audio: a recorder in the page notes, each time the
// highlighted sentence changes, which cue it is, the text highlighted and the audio's currentTime
// at that moment. The audio plays through by itself (headless chromium plays it in real time);
// the recorder must then hold every sentence, in order, each highlighted while the audio's time
// was inside that sentence's cue (from the server's /cues). Then the audio is moved by hand
// (currentTime) and the highlight must jump to the sentence at that time.

import { join } from "node:path";

import { chromium } from "playwright-core";

const base = process.env.BASE_URL;
const shots = process.env.SCREENSHOTS || "";
const listenId = process.env.LISTEN_ID;
const sampleId = process.env.SAMPLE_ID || "";
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const results = { checks: {}, problems: [], seen: null };
const check = (name, value, detail) => { results.checks[name] = { ok: Boolean(value), detail: detail ?? null }; };
const A = "#view-article";
const B = "#view-briefing";
const SLACK = 0.35; // seconds: the recorder runs a frame or a timeupdate after the change

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic", "--mute-audio"],
});

function watch(page, label) {
  page.on("pageerror", (e) => results.problems.push(`${label} pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") results.problems.push(`${label} console: ${m.text()}`); });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) results.problems.push(`${label} external request: ${r.url()}`);
  });
}

async function settled(page, view, expected = () => true) {
  await page.waitForFunction(expected, null, { timeout: 20000 });
  await page.waitForFunction((v) => document.body.dataset.ready === v && !document.body.dataset.loading, view, { timeout: 20000 });
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.jpg`), type: "jpeg", quality: 70 });
}

// Notes every change of the highlighted sentence: the cue index the player is on, the text that
// is highlighted (the title, or the spans of the sentence in the text), and the audio's time.
function record([root, textSel]) {
  window.__seen = [];
  const box = document.querySelector(`${root} .listen`);
  const audio = box.querySelector("audio");
  const note = () => {
    const title = document.querySelector(`${root} .reading`);
    const spans = [...document.querySelectorAll(`${textSel} .hl-reading`)].map((e) => e.textContent).join("");
    window.__seen.push({ cue: Number(box.dataset.cue), t: audio.currentTime, text: spans || (title ? title.textContent : ""),
      state: box.dataset.state, pressed: box.querySelector(".listen-button").getAttribute("aria-pressed") });
  };
  new MutationObserver(note).observe(box, { attributes: true, attributeFilter: ["data-cue"] });
}

const highlighted = (textSel) => [...document.querySelectorAll(`${textSel} .hl-reading`)].map((e) => e.textContent).join("");

async function cuesOf(page, path) {
  return page.evaluate(async (p) => (await (await fetch(p)).json()), path);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page, "listen");

  // 1. a short report: Listen plays it through and the highlight walks every sentence
  await page.goto(`${base}/#/article/${listenId}`);
  await settled(page, "article", () => !!document.querySelector("#article-text") && !!document.querySelector("#view-article .listen-button"));
  check("article view has a Listen button", (await page.locator(`${A} .listen-button`).textContent()).includes("Listen"));
  check("nothing is highlighted before Listen", (await page.locator("#article-text .hl-reading").count()) === 0);
  await page.evaluate(record, [A, "#article-text"]);
  await page.click(`${A} .listen-button`);
  await page.waitForFunction(() => document.querySelector("#view-article .listen").dataset.state === "playing", null, { timeout: 30000 });
  const format = new URL(await page.locator(`${A} .listen-audio`).getAttribute("src"), base).searchParams.get("format");
  const { cues, duration } = await cuesOf(page, `/api/articles/${listenId}/cues?format=${format}`);
  check("the report is cut into timed sentences", cues.length >= 3 && duration > 0, { n: cues.length, duration });
  await page.waitForFunction(() => {
    const box = document.querySelector("#view-article .listen");
    return box.dataset.state === "idle" && window.__seen.length > 1;
  }, null, { timeout: 30000 });
  const seen = await page.evaluate(() => window.__seen);
  results.seen = seen;
  const during = seen.filter((s) => s.cue >= 0);
  // every sentence, in order (one may be missed only if the machine stalls for longer than it lasts)
  const order = during.map((s) => s.cue);
  check("the highlight moves through the sentences in order, from the first to the last",
    order.every((c, i) => i === 0 || c > order[i - 1]) && order[0] === 0 && order[order.length - 1] === cues.length - 1 &&
    order.length >= cues.length - 1 && cues.length >= 4, { order, cues: cues.length });
  const wrong = during.filter((s) => s.text !== cues[s.cue].text.trim());
  check("the highlighted text is the sentence being read", during.length > 0 && wrong.length === 0, wrong);
  const late = during.filter((s) => {
    const next = cues[s.cue + 1];
    return s.t < cues[s.cue].start - SLACK || s.t > (next ? next.start : duration) + SLACK;
  });
  check("each sentence is highlighted while the audio is inside it", during.length > 0 && late.length === 0,
    late.map((s) => ({ cue: s.cue, t: s.t, start: cues[s.cue].start })));
  check("the button says Pause while it plays", during.every((s) => s.state === "playing" && s.pressed === "true"), during);
  check("the highlight goes when the audio ends", seen[seen.length - 1].cue === -1 &&
    (await page.locator("#article-text .hl-reading, .article-title.reading").count()) === 0, seen[seen.length - 1]);
  check("the title is read first, and highlighted", cues[0].part === "title" && during[0].cue === 0 &&
    during[0].text === cues[0].text, during[0]);

  // 2. moving the audio by hand moves the highlight to the sentence at that time
  const target = cues[cues.length - 2];
  await page.evaluate((t) => { const a = document.querySelector("#view-article .listen-audio"); a.currentTime = t; }, target.start + 0.05);
  await page.waitForFunction((i) => document.querySelector("#view-article .listen").dataset.cue === String(i), target.index, { timeout: 10000 });
  const jumped = await page.evaluate(highlighted, "#article-text");
  check("seeking moves the highlight to the sentence at that time", jumped === target.text.trim(), { jumped, target: target.text });

  // 3. a real report (title, figures highlighted in it): the sentence at a seek is the one highlighted
  if (sampleId) {
    await page.evaluate(() => { document.querySelector("#view-article .listen").dataset.old = "1"; });
    await page.goto(`${base}/#/article/${sampleId}`);
    await settled(page, "article", () => { const box = document.querySelector("#view-article .listen"); return !!box && !box.dataset.old; });
    await page.click(`${A} .listen-button`);
    await page.waitForFunction(() => document.querySelector("#view-article .listen").dataset.state === "playing", null, { timeout: 30000 });
    const sample = await cuesOf(page, `/api/articles/${sampleId}/cues?format=${format}`);
    const pick = sample.cues.find((c, i) => i >= 3 && c.part === "text" && c.text.length > 60) || sample.cues[sample.cues.length - 1];
    await page.evaluate((t) => { const a = document.querySelector("#view-article .listen-audio"); a.pause(); a.currentTime = t; }, pick.start + 0.05);
    await page.waitForFunction((i) => document.querySelector("#view-article .listen").dataset.cue === String(i), pick.index, { timeout: 10000 });
    const text = await page.evaluate(highlighted, "#article-text");
    check("a sample report: the highlighted sentence is the one at the audio's time", text === pick.text.trim(), { text, pick: pick.text });
    check("a sample report: the figures stay highlighted", (await page.locator("#article-text .hl-figure").count()) > 0);
    check("a sample report: no error is shown", (await page.locator(`${A} .listen-note.error`).count()) === 0,
      await page.locator(`${A} .listen-note`).textContent());
    await page.locator("#article-text .hl-reading").first().scrollIntoViewIfNeeded();
    await shot(page, "article-listen");
  }

  // 4. the briefing page: Listen there too, and the highlight moves from the first sentence on
  await page.goto(`${base}/#/briefing?country=NP`);
  await settled(page, "briefing", () => !!document.querySelector("#briefing-script") && !!document.querySelector("#view-briefing .listen-button"));
  const title = await page.locator(".briefing-title").textContent();
  check("briefing page shows the briefing", title.includes("Nepal") && (await page.locator("#briefing-script").textContent()).length > 100, title);
  check("briefing page links the written briefing", await page.locator(".written a").count() === 3);
  await page.evaluate(record, [B, "#briefing-script"]);
  await page.click(`${B} .listen-button`);
  await page.waitForFunction(() => window.__seen.some((s) => s.cue >= 1), null, { timeout: 30000 });
  await page.evaluate(() => document.querySelector("#view-briefing .listen-audio").pause());
  await shot(page, "briefing-listen");
  const bseen = (await page.evaluate(() => window.__seen)).filter((s) => s.cue >= 0);
  const bcues = (await cuesOf(page, `/api/briefing/cues?country=NP&format=${format}`)).cues;
  check("briefing: the highlight moves from the first sentence to the next",
    bseen.length >= 2 && bseen[0].cue === 0 && bseen[1].cue === 1, bseen);
  check("briefing: the highlighted text is the sentence being read",
    bseen.every((s) => s.text === bcues[s.cue].text.trim()), bseen);
  check("briefing: no error is shown", (await page.locator(`${B} .listen-note.error`).count()) === 0,
    await page.locator(`${B} .listen-note`).textContent());
  const html = await page.evaluate(async (p) => { const r = await fetch(p); return [r.status, r.headers.get("content-type")]; },
    await page.locator(".written a").first().getAttribute("href"));
  check("the written briefing is served", html[0] === 200 && html[1].startsWith("text/html"), html);
  await context.close();
} catch (err) {
  results.problems.push(`error: ${err.stack || err}`);
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
