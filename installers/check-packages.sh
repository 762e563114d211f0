#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured build tree, extracts the .deb into a
# scratch directory, checks its file list and control fields, validates the desktop
# integration files, and runs the extracted binary. Usage: check-packages.sh BUILD_DIR
set -euo pipefail
build="$(cd "${1:?usage: check-packages.sh BUILD_DIR}" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "check-packages: $*" >&2; exit 1; }

(cd "$build" && cpack -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1) \
  || { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$scratch"/out/azimuth_*.deb 2>/dev/null | head -1)
tgz=$(ls "$scratch"/out/azimuth-*.tar.gz 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb was produced"
[ -n "$tgz" ] || fail "no .tar.gz was produced"

dpkg-deb -x "$deb" "$scratch/root"
dpkg-deb -f "$deb" Package Version Depends > "$scratch/control"
grep -q '^Package: azimuth$' "$scratch/control" || fail "wrong Package field"
for dep in libqt6widgets6 libqt6svg6 libqt6charts6 qt6-qpa-plugins libc6 libstdc++6; do
  grep -q "$dep" "$scratch/control" || fail "Depends lacks $dep: $(cat "$scratch/control")"
done

id=org.azimuthdesigner.Azimuth
expected=(
  usr/bin/azimuth
  usr/share/applications/$id.desktop
  usr/share/metainfo/$id.metainfo.xml
  usr/share/mime/packages/$id.xml
  usr/share/icons/hicolor/scalable/apps/$id.svg
  usr/share/icons/hicolor/scalable/mimetypes/application-x-azimuth.svg
  usr/share/doc/azimuth/README.md
  usr/share/doc/azimuth/LICENSE
)
for size in 16 24 32 48 64 128 256 512; do
  expected+=(usr/share/icons/hicolor/${size}x${size}/apps/$id.png)
done
for f in "${expected[@]}"; do
  [ -f "$scratch/root/$f" ] || fail "the .deb lacks $f"
done
ls "$scratch"/root/usr/share/azimuth/samples/*.azimuth >/dev/null 2>&1 \
  || fail "the .deb lacks the sample designs"
# Nothing outside /usr.
(cd "$scratch/root" && find . -mindepth 1 -maxdepth 1 | grep -v '^./usr$') && fail "files outside /usr"

desktop-file-validate "$scratch/root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/$id.metainfo.xml" \
  || fail "appstreamcli validate"
xmllint --noout "$scratch/root/usr/share/mime/packages/$id.xml" || fail "the MIME type file is not well-formed"

version=$("$scratch/root/usr/bin/azimuth" --version)
[ "$version" = "azimuth $(dpkg-deb -f "$deb" Version)" ] || fail "--version printed '$version'"
tar -tzf "$tgz" | grep -q 'bin/azimuth$' || fail "the .tar.gz lacks bin/azimuth"
echo "check-packages: $(basename "$deb") and $(basename "$tgz") are good ($version)"
