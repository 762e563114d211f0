#!/usr/bin/env bash
# Installs the azimuth .deb on a clean Debian 12 (a debootstrap minbase root, where no Qt
# is present) the way a user would, with apt-get, and checks that it pulled in what it
# needs: the command line, a headless render, the designer under Xvfb (screenshot), the
# MIME type and desktop entry, and that `apt-get remove` leaves nothing of it behind.
#
# Not part of CI: it needs root (debootstrap, chroot, mounts) and downloads a minbase root
# once (about 200 MB on disk) and about 105 MB of dependencies per run (docs/installers.md).
#
# Usage: try-clean-install.sh [--no-recommends] [--keep] [-o OUT_DIR] BUILD_DIR|azimuth_*.deb
#   BUILD_DIR        a configured build tree: builds `azimuth` and runs `cpack -G DEB` in it
#   --no-recommends  install with --no-install-recommends (Depends alone must suffice)
#   --keep           keep the scratch root after the run (its path is printed)
#   -o OUT_DIR       where logs, the render and the screenshot go
#                    (default /var/tmp/azimuth-clean-install-results)
# Environment:
#   AZIMUTH_CLEAN_ROOT     the cached pristine root, made on first use and never modified
#                          (default /var/cache/azimuth/bookworm-minbase)
#   AZIMUTH_DEBIAN_MIRROR  default http://deb.debian.org/debian
# shellcheck disable=SC2016  # ${Package} and the like are dpkg-query's fields, not the shell's
set -euo pipefail

fail() { echo "try-clean-install: FAIL: $*" >&2; exit 1; }
pass() { echo "try-clean-install: ok: $*"; }
note() { echo "try-clean-install: $*"; }

# Every mount below lives in a private mount namespace, so none outlives the script even
# if it is killed; the trap still unmounts in order for a clean --keep root.
if [ -z "${AZIMUTH_IN_NAMESPACE:-}" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  exec env AZIMUTH_IN_NAMESPACE=1 unshare --mount --propagation private -- "$0" "$@"
fi

recommends=yes keep=no out=/var/tmp/azimuth-clean-install-results target=
while [ $# -gt 0 ]; do
  case "$1" in
    --no-recommends) recommends=no ;;
    --keep) keep=yes ;;
    -o) out="${2:?-o needs a directory}"; shift ;;
    -h|--help) awk 'NR > 1 && /^# shellcheck/ { next } NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) fail "unknown option $1 (see --help)" ;;
    *) target="$1" ;;
  esac
  shift
done
[ -n "$target" ] || fail "give a build directory or an azimuth_*.deb (see --help)"
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot and mounts)"
for tool in debootstrap chroot unshare; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install debootstrap util-linux)"
done

mkdir -p "$out"
out="$(cd "$out" && pwd)"
pristine="${AZIMUTH_CLEAN_ROOT:-/var/cache/azimuth/bookworm-minbase}"
mirror="${AZIMUTH_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

# 1. The package.
if [ -d "$target" ]; then
  build="$(cd "$target" && pwd)"
  note "building azimuth in $build"
  cmake --build "$build" --target azimuth >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; fail "build failed"; }
  rm -rf "$build/clean-install-deb"
  (cd "$build" && cpack -G DEB -B "$build/clean-install-deb") >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack failed"; }
  debs=("$build"/clean-install-deb/azimuth_*.deb)
  deb="${debs[0]}"
else
  deb="$(realpath -m "$target")"
fi
[ -f "$deb" ] || fail "no package at $deb"
version=$(dpkg-deb -f "$deb" Version)
note "package $(basename "$deb"), Depends: $(dpkg-deb -f "$deb" Depends)"

# 2. The clean root: made once, then copied for every run so each run starts clean.
if [ ! -x "$pristine/usr/bin/apt-get" ]; then
  note "making a Debian 12 minbase root in $pristine"
  rm -rf "$pristine"
  mkdir -p "$(dirname "$pristine")"
  debootstrap --variant=minbase bookworm "$pristine" "$mirror" >"$out/debootstrap.log" 2>&1 \
    || { tail -20 "$out/debootstrap.log"; fail "debootstrap failed"; }
fi
scratch="$(mktemp -d /var/tmp/azimuth-clean-install.XXXXXX)"
root="$scratch/root"
cleanup() {
  for m in dev/shm dev/pts proc; do
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
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { chroot --userspec=designer:designer "$root" env -i PATH=/usr/bin:/bin \
  HOME=/home/designer LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/designer-runtime "$@"; }

# Installed ones only: a removed package whose configuration files remain is listed too.
installed_packages() { in_root dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort; }
in_root dpkg-query -W libqt6core6 >/dev/null 2>&1 && fail "the root is not clean: Qt 6 is installed"
installed_packages >"$out/packages-before.txt"
note "clean root: $(wc -l <"$out/packages-before.txt") packages, no Qt"

# 3. Install as a user would.
cp "$deb" "$root/tmp/"
in_root apt-get update >"$out/apt-update.log" 2>&1 || { cat "$out/apt-update.log"; fail "apt-get update"; }
apt_flags=(-y)
[ "$recommends" = no ] && apt_flags+=(--no-install-recommends)
in_root apt-get install "${apt_flags[@]}" "/tmp/$(basename "$deb")" >"$out/apt-install.log" 2>&1 \
  || { tail -30 "$out/apt-install.log"; fail "apt-get install ./$(basename "$deb")"; }
installed_packages >"$out/packages-after.txt"
comm -13 "$out/packages-before.txt" "$out/packages-after.txt" >"$out/packages-pulled-in.txt"
pass "apt-get install ${apt_flags[*]} ./$(basename "$deb"): $(grep -E 'newly installed' "$out/apt-install.log")"
grep -E '^(Need to get|After this operation)' "$out/apt-install.log" | sed 's/^/try-clean-install:     /'
[ "$(in_root dpkg-query -W -f '${db:Status-Abbrev}' azimuth)" = "ii " ] || fail "azimuth is not installed"
in_root dpkg-query -L azimuth >"$out/azimuth-files.txt"

# 4. The command line, headless (no DISPLAY, no QT_QPA_PLATFORM).
in_root useradd --create-home --shell /bin/bash designer
in_root install -d -o designer -g designer -m 700 /tmp/designer-runtime
samples=/usr/share/azimuth/samples
got=$(as_user azimuth --version) || fail "azimuth --version exited $?"
[ "$got" = "azimuth $version" ] || fail "azimuth --version printed '$got', expected 'azimuth $version'"
pass "azimuth --version: $got"
as_user azimuth check "$samples/ha-web-app.azimuth" >"$out/check-ha-web-app.txt" \
  || fail "azimuth check ha-web-app.azimuth exited $? (expected 0): $(cat "$out/check-ha-web-app.txt")"
pass "azimuth check ha-web-app.azimuth: exit 0, $(head -1 "$out/check-ha-web-app.txt")"
set +e
as_user azimuth check "$samples/fragile.azimuth" >"$out/check-fragile.txt"; status=$?
set -e
[ "$status" = 1 ] || fail "azimuth check fragile.azimuth exited $status (expected 1: it has an error)"
pass "azimuth check fragile.azimuth: exit 1, $(head -1 "$out/check-fragile.txt")"
as_user azimuth cost "$samples/ha-web-app.azimuth" >"$out/cost-ha-web-app.txt" || fail "azimuth cost exited $?"
pass "azimuth cost ha-web-app.azimuth: $(grep '^Monthly total' "$out/cost-ha-web-app.txt" | tr -s ' ')"
as_user azimuth render "$samples/ha-web-app.azimuth" -o /tmp/ha-web-app.png 2>"$out/render.stderr" \
  || fail "azimuth render exited $?: $(cat "$out/render.stderr")"
cp "$root/tmp/ha-web-app.png" "$out/render-ha-web-app.png"
[ "$(head -c 8 "$out/render-ha-web-app.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
  || fail "azimuth render did not write a PNG"
pass "azimuth render ha-web-app.azimuth -o PNG: $(stat -c %s "$out/render-ha-web-app.png") bytes -> $out/render-ha-web-app.png"

# 5. Desktop integration, through the triggers of what was installed with the package.
mime_db=$root/usr/share/mime
apps=$root/usr/share/applications
if [ -f "$mime_db/mime.cache" ]; then
  [ -f "$mime_db/application/x-azimuth.xml" ] || fail "update-mime-database did not register application/x-azimuth"
  grep -q ':application/x-azimuth:\*\.azimuth' "$mime_db/globs2" || fail "*.azimuth is not in the MIME globs"
  pass "MIME type registered: application/x-azimuth for *.azimuth (usr/share/mime/globs2)"
else
  note "shared-mime-info is not installed (a Recommends), so there is no MIME database to check"
fi
if [ -f "$apps/mimeinfo.cache" ]; then
  grep -q '^application/x-azimuth=org.azimuthdesigner.Azimuth.desktop;' "$apps/mimeinfo.cache" \
    || fail "the desktop entry is not in mimeinfo.cache for application/x-azimuth"
  pass "desktop entry registered: application/x-azimuth=org.azimuthdesigner.Azimuth.desktop (mimeinfo.cache)"
else
  note "desktop-file-utils is not installed (a Recommends), so there is no mimeinfo.cache to check"
fi

# 6. The designer under Xvfb. Xvfb and the screenshot tools are not the app's dependencies,
#    so they come after the app's own install.
in_root apt-get install -y --no-install-recommends xvfb xauth x11-apps x11-utils netpbm xdg-utils \
  >"$out/apt-install-tools.log" 2>&1 || { tail -20 "$out/apt-install-tools.log"; fail "installing xvfb"; }
if [ -f "$apps/mimeinfo.cache" ]; then
  default=$(as_user xdg-mime query default application/x-azimuth)
  [ "$default" = org.azimuthdesigner.Azimuth.desktop ] \
    || fail "xdg-mime query default application/x-azimuth printed '$default'"
  pass "xdg-mime query default application/x-azimuth: $default"
fi
cat >"$root/tmp/gui.sh" <<'EOF'
# Opens the designer on a sample, waits for its window to be mapped and the first
# analysis to settle, screenshots the screen, and checks the app is still running.
azimuth /usr/share/azimuth/samples/ha-web-app.azimuth 2>/tmp/gui.stderr &
app=$!
for _ in $(seq 60); do
  xwininfo -root -tree 2>/dev/null | grep -q '"Azimuth' && break
  kill -0 $app 2>/dev/null || { echo "azimuth exited before showing a window"; exit 1; }
  sleep 0.5
done
xwininfo -root -tree | grep '"Azimuth' || { echo "no Azimuth window after 30 s"; exit 1; }
sleep 3
xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >/tmp/gui.png
kill -0 $app 2>/dev/null || { echo "azimuth exited while on screen"; exit 1; }
kill $app
wait $app 2>/dev/null
exit 0
EOF
as_user xvfb-run -a -s "-screen 0 1600x1000x24" sh /tmp/gui.sh >"$out/gui.log" 2>&1 \
  || { cat "$out/gui.log" "$root/tmp/gui.stderr"; fail "the designer did not start under Xvfb"; }
cp "$root/tmp/gui.stderr" "$out/gui.stderr"
# What the designer wrote for its user (settings, autosave): the user's, so no remove touches it.
(cd "$root/home/designer" && find . -type f ! -name '.bash*' ! -name '.profile' | sort) >"$out/user-files.txt"
cp "$root/tmp/gui.png" "$out/gui-screenshot.png"
grep -qi 'could not load the qt platform plugin\|cannot open' "$out/gui.stderr" \
  && fail "Qt complained: $(cat "$out/gui.stderr")"
colours=$(in_root sh -c 'pngtopnm /tmp/gui.png | ppmhist -noheader | wc -l')
[ "$colours" -gt 50 ] || fail "the screenshot has only $colours colours: nothing was drawn"
pass "designer started under Xvfb: window '$(grep -o '"Azimuth[^"]*"' "$out/gui.log" | head -1)', screenshot with $colours colours -> $out/gui-screenshot.png"

# 7. Remove: nothing of the package may be left (Xvfb and the tools stay, they are not its).
in_root apt-get remove -y azimuth >"$out/apt-remove.log" 2>&1 || { cat "$out/apt-remove.log"; fail "apt-get remove azimuth"; }
status=$(in_root dpkg-query -W -f '${db:Status-Abbrev}' azimuth 2>/dev/null || true)
case "$status" in ""|"un "|"pn ") ;; *) fail "after remove, dpkg still lists azimuth as '$status'" ;; esac
left=0
while read -r f; do
  if [ -f "$root$f" ] || [ -L "$root$f" ]; then echo "  left behind: $f"; left=$((left + 1)); fi
done <"$out/azimuth-files.txt"
[ "$left" = 0 ] || fail "$left files of the package are still installed"
[ ! -e "$mime_db/application/x-azimuth.xml" ] || fail "application/x-azimuth is still in the MIME database"
! grep -qs 'azimuth' "$apps/mimeinfo.cache" || fail "mimeinfo.cache still names azimuth"
pass "apt-get remove azimuth: no file of its $(grep -c . "$out/azimuth-files.txt") listed paths is left, MIME type and desktop entry unregistered"

# 8. Autoremove: with the tools purged too, no package that came in with azimuth may be
#    left. (A tool's dependency that a base package Recommends, like bsdextrautils for
#    bsdutils, apt rightly keeps; it is not the app's.)
in_root apt-get purge -y xvfb xauth x11-apps x11-utils netpbm xdg-utils >"$out/apt-remove-tools.log" 2>&1 \
  || { cat "$out/apt-remove-tools.log"; fail "removing the tools"; }
in_root apt-get autoremove -y --purge >"$out/apt-autoremove.log" 2>&1 \
  || { cat "$out/apt-autoremove.log"; fail "apt-get autoremove"; }
installed_packages >"$out/packages-end.txt"
comm -12 "$out/packages-pulled-in.txt" "$out/packages-end.txt" >"$out/packages-left.txt"
[ ! -s "$out/packages-left.txt" ] \
  || fail "after autoremove these packages that came with azimuth are still installed: $(paste -sd ' ' "$out/packages-left.txt")"
extra=$(comm -13 "$out/packages-before.txt" "$out/packages-end.txt" | paste -sd ' ')
pass "apt-get autoremove --purge: $(grep -Eo '[0-9]+ to remove' "$out/apt-autoremove.log"), none of the $(grep -c . "$out/packages-pulled-in.txt") packages that came with azimuth is left${extra:+ (kept from the tools: $extra)}"
note "all checks passed; logs and pictures in $out"
