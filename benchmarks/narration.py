"""Narration speed: the real-time factor (synthesis time / audio duration; target at most 0.1).

    .venv/bin/python benchmarks/narration.py                    # the sample corpus's briefing script
    .venv/bin/python benchmarks/narration.py --text FILE        # any text
    .venv/bin/python benchmarks/narration.py --repeat 3 --configs piper:2x1,piper:1x2,espeak

The text narrated by default is the spoken script of a briefing over ``samples/`` (ingested into a
temporary store first), i.e. what ``unrest listen --brief`` reads. For each voice configuration
(``piper:WxT`` = W sentences synthesised side by side, each ONNX run on T threads; ``espeak`` =
one espeak-ng process per sentence, W at a time) the whole narration is run ``--repeat`` times
after one warm-up sentence, and the best wall time and the process CPU time (with its children)
are reported against the audio's duration. Loading the voice (and checking its digests) is timed
apart, once.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def briefing_text() -> str:
    from unrest.brief import BriefFilter, briefing_script, make_briefing
    from unrest.corpus.ingest import ingest
    from unrest.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'samples.db'}")
        ingest([str(ROOT / "samples")], store, progress=False)
        text = briefing_script(make_briefing(store, BriefFilter()))
        store.close()
    return text


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run(config: str, text: str, repeat: int) -> dict[str, float | str]:
    from unrest.speech import narrate
    from unrest.speech.voices import EspeakVoice, PiperVoice

    name, _, shape = config.partition(":")
    workers, _, threads = (shape or "2x1").partition("x")
    t = time.perf_counter()
    voice = PiperVoice(threads=int(threads or 1)) if name == "piper" else EspeakVoice()
    load = time.perf_counter() - t
    voice.synthesize("Warm up.")
    best = None
    for _ in range(repeat):
        c = cpu()
        t = time.perf_counter()
        n = narrate(text, voice=voice, workers=int(workers))
        wall, used = time.perf_counter() - t, cpu() - c
        if best is None or wall < best["wall"]:
            best = {"wall": wall, "cpu": used, "audio": n.duration, "sentences": len(n.cues)}
    assert best is not None
    return {"config": config, "load": load, **best}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", type=Path, help="a text file to narrate (default: the samples' briefing)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--configs", default="piper:1x1,piper:1x2,piper:2x1,espeak:2")
    args = ap.parse_args(argv)
    text = args.text.read_text(encoding="utf-8") if args.text else briefing_text()
    print(f"text: {len(text.split()):,} words; machine: {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f} at start")
    print("| voice | loading the voice | audio | synthesis (wall) | real-time factor | CPU time "
          "| CPU per audio second |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for config in args.configs.split(","):
        r = run(config, text, args.repeat)
        print(f"| {r['config']} | {r['load']:.2f} s | {r['audio']:.1f} s | {r['wall']:.1f} s | "
              f"**{r['wall'] / r['audio']:.3f}** | {r['cpu']:.1f} s | {r['cpu'] / r['audio']:.3f} |")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
