#!/usr/bin/env bash
# Runs the README's first command on a fresh Debian 12 as a new user would: a clean
# debootstrap minbase root (no Qt, no compiler, nothing of ours), a clone of this
# repository copied in, then `./installers/source/run-designer.sh` there, which installs
# what is missing with apt-get, builds everything and opens the designer on a sample
# under Xvfb; then one headless command (`azimuth check` of a sample). A package that
# setup.sh forgets fails here, whatever this machine has installed.
#
# CI runs it (.ci/run). It needs root (debootstrap, chroot, mounts) and Debian's mirror.
#
# Usage: try-fresh-machine.sh [-o OUT_DIR] [--keep]
#   -o OUT_DIR   where the logs go (default /var/tmp/azimuth-fresh-machine-results)
#   --keep       keep the scratch root after the run (its path is printed)
# Environment:
#   AZIMUTH_CLEAN_ROOT     the cached pristine root, made on first use and never modified
#                          (default /var/cache/azimuth/bookworm-minbase; shared with
#                          installers/deb/try-clean-install.sh)
#   AZIMUTH_APT_CACHE      where downloaded .debs are kept between runs
#                          (default /var/cache/azimuth/apt-archives)
#   AZIMUTH_DEBIAN_MIRROR  default http://deb.debian.org/debian
set -euo pipefail

fail() { echo "try-fresh-machine: FAIL: $*" >&2; exit 1; }
note() { echo "try-fresh-machine: $*"; }

# Mounts live in a private mount namespace, so none outlives the script.
if [ -z "${AZIMUTH_IN_NAMESPACE:-}" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  exec env AZIMUTH_IN_NAMESPACE=1 unshare --mount --propagation private -- "$0" "$@"
fi

out=/var/tmp/azimuth-fresh-machine-results keep=no
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="${2:?-o needs a directory}"; shift ;;
    --keep) keep=yes ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) fail "unknown argument $1 (see --help)" ;;
  esac
  shift
done
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot and mounts)"
if ! command -v debootstrap >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi
for tool in debootstrap chroot unshare git; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install debootstrap util-linux git)"
done
src="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
pristine="${AZIMUTH_CLEAN_ROOT:-/var/cache/azimuth/bookworm-minbase}"
debs="${AZIMUTH_APT_CACHE:-/var/cache/azimuth/apt-archives}"
mirror="${AZIMUTH_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
started=$(date +%s)

# 1. The clean root: made once, then copied for every run so each run starts clean.
if [ ! -x "$pristine/usr/bin/apt-get" ]; then
  note "making a Debian 12 minbase root in $pristine"
  rm -rf "$pristine"
  mkdir -p "$(dirname "$pristine")"
  debootstrap --variant=minbase bookworm "$pristine" "$mirror" >"$out/debootstrap.log" 2>&1 ||
    { tail -20 "$out/debootstrap.log"; fail "debootstrap failed"; }
fi
scratch="$(mktemp -d /var/tmp/azimuth-fresh-machine.XXXXXX)"
root="$scratch/root"
cleanup() {
  for m in var/cache/apt/archives dev/shm dev/pts proc; do
    mountpoint -q "$root/$m" 2>/dev/null && umount "$root/$m"
  done
  if [ "$keep" = yes ]; then note "kept the root at $root"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT
cp -a "$pristine" "$root"
mount -t proc proc "$root/proc"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Only downloads are cached: every package is still unpacked and configured in the root.
mkdir -p "$debs/partial"
mount --bind "$debs" "$root/var/cache/apt/archives"
in_root() { chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 TERM=dumb "$@"; }

in_root dpkg-query -W libqt6core6 >/dev/null 2>&1 && fail "the root is not clean: Qt 6 is installed"
for tool in cmake g++ c++ qmake6; do
  in_root sh -c "command -v $tool" >/dev/null 2>&1 && fail "the root is not clean: it has $tool"
done
note "clean root: Debian $(cat "$root/etc/debian_version"), $(in_root dpkg-query -W | wc -l) packages; no Qt, no compiler, no CMake"

# 2. The clone, as a new user has it.
git clone -q --no-hardlinks "$src" "$root/root/azimuth"
note "cloned $(git -C "$root/root/azimuth" log -1 --format='%h %s' | cut -c1-70)"

# 3. The README's command: set up, build, open the designer on a sample. With
#    AZIMUTH_MEASURE_OPEN the designer quits by itself once its window has painted.
note "running ./installers/source/run-designer.sh in the clean root (log: $out/run-designer.log)"
t0=$(date +%s)
# A bound, so that a designer that never quits fails the stage instead of CI's whole run.
limit="${AZIMUTH_FRESH_TIMEOUT:-2700}"
set +e
timeout "$limit" chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 TERM=dumb \
  sh -c 'cd /root/azimuth && AZIMUTH_MEASURE_OPEN=1 ./installers/source/run-designer.sh' \
  >"$out/run-designer.log" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ]; then
  [ "$status" -eq 124 ] && echo "try-fresh-machine: the README's command did not finish in $limit s" >&2
  grep -E 'Could NOT find|CMake Error|error:|E: ' "$out/run-designer.log" | head -20
  tail -30 "$out/run-designer.log"
  fail "./installers/source/run-designer.sh failed on a fresh Debian 12"
fi
grep -E '^Installing: ' "$out/run-designer.log" | cut -c1-300 | sed 's/^/try-fresh-machine:   /'
grep -E '^measure-open: ' "$out/run-designer.log" | sed 's/^/try-fresh-machine:   /' ||
  fail "the designer did not report a painted window"
note "ok: set up, built and opened the designer in $(($(date +%s) - t0)) s"

# 4. One headless command, with no display.
in_root sh -c 'cd /root/azimuth && ./build/app/azimuth check resources/samples/ha-web-app.azimuth' \
  >"$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail "azimuth check ha-web-app.azimuth exited non-zero"; }
note "ok: azimuth check resources/samples/ha-web-app.azimuth: exit 0, $(head -1 "$out/check.txt")"
note "passed in $(($(date +%s) - started)) s"
