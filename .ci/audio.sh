#!/usr/bin/env bash
# Install what narration and briefing tests use from Debian's packages: espeak-ng (the fallback
# voice), sox with MP3 support (measuring and converting audio by hand), poppler-utils (pdftoppm
# and pdftotext, to render and read the briefing PDF). Prints nothing on stdout.
set -euo pipefail
need=()
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v sox >/dev/null 2>&1 || need+=(sox libsox-fmt-mp3)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ "${#need[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
