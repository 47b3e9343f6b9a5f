#!/usr/bin/env bash
# Makes the screenshots in docs/images from the built product, driven like a user with xdotool
# under Xvfb and openbox: import a folder of transcripts, open the first one.
#   releng/docs-screenshots.sh [FOLDER_OF_DOCUMENTS]   (default: ../shared/testdata/transcripts-da)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOCS="$(realpath "${1:-$ROOT/../shared/testdata/transcripts-da}")"
OUT="$ROOT/docs/images"
RUN="${TMPDIR:-/tmp}/tillit-docs-run"
rm -rf "$RUN"; mkdir -p "$RUN" "$OUT"
for cmd in Xvfb openbox xdotool import; do
  command -v "$cmd" >/dev/null || { echo "needs $cmd (apt-get install -y xvfb openbox xdotool imagemagick)" >&2; exit 1; }
done
export DISPLAY=":$((150 + RANDOM % 50))" XDG_CACHE_HOME="$RUN/cache"
Xvfb "$DISPLAY" -screen 0 1280x800x24 >"$RUN/xvfb.log" 2>&1 & XVFB=$!
sleep 1
openbox >"$RUN/wm.log" 2>&1 & WM=$!
APP=""
trap 'kill $APP $WM $XVFB 2>/dev/null || true' EXIT
sleep 1
"$ROOT/tillit" --project "$RUN/Tillitsreformen" >"$RUN/tillit.log" 2>&1 & APP=$!

wait_for_window() {
  for _ in $(seq 1 240); do
    xdotool search --name "$1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "no window '$1'; see $RUN/tillit.log" >&2; exit 1
}

wait_for_window '^Tillit'
sleep 3
import -window root "$OUT/workbench-empty.png"
xdotool search --name '^Tillit' windowactivate --sync >/dev/null 2>&1 || true
xdotool mousemove 640 400 click 1
xdotool key ctrl+i
wait_for_window '^Import Documents'
sleep 1
xdotool key alt+p
xdotool type --delay 5 "$DOCS"
xdotool key Return
sleep 1
import -window root "$OUT/import-dialog.png"
xdotool key alt+i
sleep 12
# First row of the Documents view, then its text in the Document view.
xdotool mousemove 60 108 click --repeat 2 --delay 120 1
sleep 2
import -window root "$OUT/workbench-document.png"
echo "screenshots in $OUT"
