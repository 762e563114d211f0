#!/usr/bin/env bash
# Installs what building Azimuth needs on Debian 12 (apt-get; sudo only when not root)
# and builds it into build/.
set -euo pipefail
cd "$(dirname "$0")/../.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6svg6 libqt6charts6 qt6-qpa-plugins
          libqt6opengl6-dev libgl-dev libxkbcommon-dev libyaml-cpp-dev libxlsxwriter-dev zlib1g-dev libboost-dev libgtest-dev libgmock-dev libbenchmark-dev
          xvfb xauth poppler-utils desktop-file-utils appstream libxml2-utils dpkg-dev file
          clang-14 libclang-rt-14-dev clang-format-14 python3 python3-yaml python3-openpyxl
          fonts-dejavu-core
          # Not needed, but found by FindOpenGL when present: installed so that every
          # machine configures alike (check-setup-packages.sh maps what configure found).
          libegl-dev libglu1-mesa-dev)
# Node.js with npm runs the CloudFormation lint test. A machine may already have a
# Node.js that bundles npm (NodeSource's nodejs conflicts with Debian's npm package),
# so Debian's are added only when there is no npm at all.
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(nodejs npm); fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# AZIMUTH_BUILD_DIR, AZIMUTH_BUILD_TYPE and AZIMUTH_CMAKE_ARGS let CI make other builds
# (sanitizers, fuzzers) with the same script.
BUILD_DIR="${AZIMUTH_BUILD_DIR:-build}"
BUILD_TYPE="${AZIMUTH_BUILD_TYPE:-RelWithDebInfo}"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" ${AZIMUTH_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" -j "$(nproc)"
