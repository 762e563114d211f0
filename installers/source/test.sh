#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (GUI tests on Qt's offscreen platform).
set -euo pipefail
cd "$(dirname "$0")/../.."
./installers/source/setup.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir "${AZIMUTH_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)" ${AZIMUTH_CTEST_ARGS:-}
