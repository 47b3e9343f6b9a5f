#!/usr/bin/env bash
# Starts the built Tillit product under a private Xvfb, waits for its window, saves a screenshot,
# and stops everything. For documentation screenshots and a quick smoke test of the product.
#   releng/run-product-xvfb.sh OUT.png [PROJECT_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$(realpath -m "${1:?usage: run-product-xvfb.sh OUT.png [PROJECT_DIR]}")"
PROJECT="${2:-$(mktemp -d)/project}"
RUN="${TMPDIR:-/tmp}/tillit-run"
mkdir -p "$RUN"
for cmd in Xvfb xdotool import; do
  command -v "$cmd" >/dev/null || { echo "needs $cmd (apt-get install -y xvfb xdotool imagemagick)" >&2; exit 1; }
done
DISPLAY_NUMBER=":$((90 + RANDOM % 50))"
Xvfb "$DISPLAY_NUMBER" -screen 0 1280x860x24 >"$RUN/xvfb.log" 2>&1 &
XVFB=$!
APP=""; WM=""
trap 'kill $APP $WM $XVFB 2>/dev/null || true' EXIT
export DISPLAY="$DISPLAY_NUMBER" XDG_CACHE_HOME="$RUN/cache"
sleep 1
# A window manager, when there is one, gives the window its real size and decorations.
if command -v openbox >/dev/null; then openbox >"$RUN/wm.log" 2>&1 & WM=$!; sleep 1; fi
"$ROOT/tillit" --project "$PROJECT" >"$RUN/tillit.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do
  if xdotool search --name '^Tillit' >/dev/null 2>&1; then break; fi
  sleep 0.5
done
xdotool search --name '^Tillit' >/dev/null || { echo "no Tillit window; see $RUN/tillit.log" >&2; exit 1; }
sleep "${SETTLE_SECONDS:-3}"
import -window root "$OUT"
echo "screenshot: $OUT (log: $RUN/tillit.log)"
