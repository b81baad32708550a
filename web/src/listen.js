// Listen: the server reads a report or a briefing aloud. The first click asks for the cues (which
// makes the narration, once, on the server), then plays their audio; the sentence being read is
// the last cue whose start is at or before audio.currentTime, followed on timeupdate, seeking and
// every animation frame while playing, so it moves with the audio whether it plays, pauses or is
// dragged. One player at a time: stopListening() silences it when the view changes.

import { getJSON } from "./api.js";
import { h } from "./dom.js";

let current = null;

export function stopListening() {
  if (current) current.stop();
  current = null;
}

function audioFormat() {
  const probe = document.createElement("audio");
  if (probe.canPlayType && probe.canPlayType("audio/mpeg")) return "mp3";
  if (probe.canPlayType && probe.canPlayType("audio/ogg; codecs=vorbis")) return "ogg";
  return "wav";
}

// the index of the cue being read at time t: the last one started (cues are in reading order)
export function cueAt(cues, t) {
  let lo = 0;
  let hi = cues.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start <= t) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function clock(seconds) {
  const s = Math.max(0, Math.round(seconds || 0));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

// cuesUrl: /api/articles/ID/cues or /api/briefing/cues?...; onCue(cue or null) when the sentence
// being read changes. Returns the element to put on the page.
export function listenBox(cuesUrl, onCue, { label = "Listen", what = "this report" } = {}) {
  const fmt = audioFormat();
  const button = h("button", { type: "button", class: "listen-button", "aria-pressed": "false",
    title: `Hear ${what} read aloud; the sentence being read is highlighted` }, h("span", { class: "listen-icon", "aria-hidden": "true" }), label);
  const audio = h("audio", { class: "listen-audio", controls: true, preload: "auto", hidden: true });
  const note = h("span", { class: "listen-note", role: "status", "aria-live": "polite" });
  const download = h("a", { class: "listen-download small", hidden: true, download: "" }, "download audio");
  const box = h("div", { class: "listen", dataset: { cue: "-1", state: "idle" } }, button, audio, note, download);

  let cues = null;
  let index = -1;
  let frame = 0;
  let loading = null;

  const setState = (state) => {
    box.dataset.state = state;
    const playing = state === "playing";
    button.setAttribute("aria-pressed", playing ? "true" : "false");
    button.lastChild.textContent = playing ? "Pause" : state === "loading" ? "Preparing audio…" : state === "paused" ? "Resume" : label;
    button.disabled = state === "loading";
    button.classList.toggle("playing", playing);
  };

  const follow = () => {
    if (!cues) return;
    const i = audio.ended ? -1 : cueAt(cues, audio.currentTime);
    if (i === index) return;
    index = i;
    box.dataset.cue = String(i);
    onCue(i >= 0 ? cues[i] : null);
  };
  const tick = () => {
    follow();
    frame = audio.paused ? 0 : requestAnimationFrame(tick);
  };

  audio.addEventListener("timeupdate", follow);
  audio.addEventListener("seeking", follow);
  audio.addEventListener("seeked", follow);
  audio.addEventListener("play", () => { setState("playing"); if (!frame) frame = requestAnimationFrame(tick); });
  audio.addEventListener("pause", () => { if (!audio.ended) setState("paused"); });
  audio.addEventListener("ended", () => { setState("idle"); follow(); });
  audio.addEventListener("error", () => {
    setState("idle");
    note.textContent = "The audio could not be played.";
    note.classList.add("error");
  });

  async function load() {
    const sep = cuesUrl.includes("?") ? "&" : "?";
    const data = await getJSON(`${cuesUrl}${sep}format=${fmt}`);
    cues = data.cues || [];
    audio.src = data.audio;
    download.href = data.audio;
    download.hidden = false;
    audio.hidden = false;
    note.textContent = `${cues.length} sentences · ${clock(data.duration)} · ${data.voice === "piper" ? "neural voice" : "espeak-ng voice"}`;
    box.dataset.voice = data.voice;
    box.dataset.duration = String(data.duration);
  }

  const player = { stop: () => audio.pause() };
  const takeOver = () => {
    if (current && current !== player) current.stop();
    current = player;
  };
  audio.addEventListener("play", takeOver);

  button.addEventListener("click", async () => {
    if (cues && !audio.paused) { audio.pause(); return; }
    takeOver();
    note.classList.remove("error");
    if (!cues) {
      try {
        setState("loading");
        note.textContent = "The server is reading it aloud…";
        loading = loading || load();
        await loading;
      } catch (err) {
        loading = null;
        cues = null;
        setState("idle");
        note.textContent = `Could not listen: ${err.message}`;
        note.classList.add("error");
        return;
      }
      if (!box.isConnected) return;  // the view changed while the server was reading
      setState("paused");
    }
    try {
      await audio.play();
    } catch (err) {
      // AbortError: paused before it started, as the player allows; anything else (a browser
      // that refuses to play without a gesture): the player's own controls are there
      if (err.name !== "AbortError") note.textContent = "Press play on the player to listen.";
    }
  });

  setState("idle");
  return box;
}
