#!/usr/bin/env bash
# The package guard must fail, naming the package, when setup.sh's list lacks a package
# the configure step used: libqt6opengl6-dev (Qt6Charts' config needs Qt6OpenGL, and
# qt6-base-dev only recommends it). Usage: guard-catches-missing-package.sh SOURCE BUILD
set -euo pipefail
src="${1:?usage: SOURCE_DIR BUILD_DIR}" build="${2:?usage: SOURCE_DIR BUILD_DIR}"
trimmed=$(mktemp)
trap 'rm -f "$trimmed"' EXIT
sed 's/libqt6opengl6-dev //' "$src/installers/source/setup.sh" >"$trimmed"
! grep -q libqt6opengl6-dev "$trimmed" || { echo "could not remove libqt6opengl6-dev from the list"; exit 1; }
set +e
out=$("$src/installers/source/check-setup-packages.sh" "$build" "$trimmed" 2>&1)
status=$?
set -e
echo "$out"
[ "$status" -eq 1 ] || { echo "FAIL: the guard exited $status without libqt6opengl6-dev (expected 1)"; exit 1; }
grep -q 'libqt6opengl6-dev (Qt6OpenGL_DIR' <<<"$out" || { echo "FAIL: the guard did not name libqt6opengl6-dev"; exit 1; }
echo "ok: the guard names libqt6opengl6-dev when setup.sh lacks it"
