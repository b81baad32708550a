#!/usr/bin/env bash
# Install what the browser tests need: Debian's chromium (/usr/bin/chromium) and, from npm,
# playwright-core (tests/web/package-lock.json) to drive it. Prints nothing on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm
  fi
  npm ci --prefix tests/web --no-audit --no-fund --loglevel=error
} >&2
