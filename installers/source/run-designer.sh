#!/usr/bin/env bash
# Sets up, builds and opens the designer on a sample design.
set -euo pipefail
cd "$(dirname "$0")/../.."
./installers/source/setup.sh
SAMPLE="${1:-resources/samples/ha-web-app.azimuth}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: opening under Xvfb (set DISPLAY to use your own)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/app/azimuth "$SAMPLE"
fi
exec ./build/app/azimuth "$SAMPLE"
