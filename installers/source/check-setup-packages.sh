#!/usr/bin/env bash
# Fails when configuring the build found something that setup.sh would not install on a
# fresh Debian 12: every CMake package config, pkg-config module, and library, header
# directory or program found by find_library/find_path/find_program (the absolute paths
# in CMakeCache.txt) is mapped to the Debian package that owns it (dpkg -S), and that
# package must be in setup.sh's list or in the Depends/Pre-Depends closure of a package
# in it (never Recommends: setup.sh installs with --no-install-recommends).
#
# A package installed by hand on a used machine hides such a miss from a green build;
# this check does not depend on what the machine happens to have.
#
# Usage: check-setup-packages.sh BUILD_DIR [SETUP_SH]
set -euo pipefail
build="${1:?usage: check-setup-packages.sh BUILD_DIR [SETUP_SH]}"
setup="${2:-$(dirname "$0")/setup.sh}"
cache="$build/CMakeCache.txt"
fail() { echo "check-setup-packages: $*" >&2; exit 1; }
[ -f "$cache" ] || fail "$cache not found: configure the build first"
[ -f "$setup" ] || fail "$setup not found"
command -v dpkg-query >/dev/null && command -v apt-cache >/dev/null || fail "needs dpkg and apt"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# setup.sh's packages: every PACKAGES=(...) and PACKAGES+=(...) list, comments dropped.
listed=$(sed 's/#.*//' "$setup" | sed -n '/PACKAGES+\{0,1\}=(/,/)/p' | sed 's/.*PACKAGES+\{0,1\}=(//; s/).*//' |
  tr -s ' \t' '\n' | grep -E '^[a-z0-9][a-z0-9.+-]+$' | sort -u)
[ -n "$listed" ] || fail "no PACKAGES list found in $setup"
# Every package name apt prints at the start of a line is one the list pulls in through
# Depends or Pre-Depends (alternatives and providers of virtual packages included).
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances $listed 2>/dev/null | grep -E '^[a-z0-9]' | sed 's/:any$//' | sort -u)
[ "$(echo "$closure" | wc -l)" -gt "$(echo "$listed" | wc -l)" ] ||
  fail "apt-cache knows none of the Depends of setup.sh's packages: run apt-get update first"

# Things the configure step found, as "what<TAB>path".
found() {
  local name type value f
  while IFS= read -r line; do
    name=${line%%:*}
    type=${line#*:}; type=${type%%=*}
    value=${line#*=}
    case "$name" in CMAKE_INSTALL_*|CMAKE_*_DIR|*_BINARY_DIR|*_SOURCE_DIR) continue ;; esac
    [ -e "$value" ] || continue
    case "$value" in "$(cd "$build" && pwd)"*) continue ;; esac
    if [ "$type" = PATH ] && [ -d "$value" ]; then
      # A package config directory stands for its config file; any other directory
      # (an include directory) for the directory itself.
      f=$(ls "$value"/*Config.cmake "$value"/*-config.cmake 2>/dev/null | head -1 || true)
      printf '%s\t%s\n' "$name" "${f:-$value}"
    else
      printf '%s\t%s\n' "$name" "$value"
    fi
  done < <(grep -E '^[A-Za-z0-9_.+-]+:(PATH|FILEPATH)=/' "$cache")
  # pkg-config modules, by their .pc file.
  local modules
  modules=$(grep -E '^__pkg_config_arguments_[A-Za-z0-9_]+:INTERNAL=' "$cache" | cut -d= -f2 |
    tr ';' '\n' | grep -vE '^(REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$' |
    sed 's/[<>=].*//' | sort -u || true)
  for m in $modules; do
    f=$(pkg-config --path "$m" 2>/dev/null || true)
    [ -n "$f" ] && printf 'pkg-config %s\t%s\n' "$m" "$f"
  done
}

# One dpkg-query for every path (and its target, for symlinks such as /usr/bin/c++):
# "owner, owner: path" lines, owners without their ":arch".
found | sort -u >"$tmp/found"
{ cut -f2 "$tmp/found"; cut -f2 "$tmp/found" | xargs -r readlink -f; } | sort -u >"$tmp/paths"
xargs -r -d '\n' dpkg-query -S <"$tmp/paths" 2>/dev/null | grep -v '^diversion by' >"$tmp/owners" || true
owners_of() { awk -v p="$1" '{ i = index($0, ": "); if (substr($0, i + 2) == p) print substr($0, 1, i - 1) }' \
  "$tmp/owners" | tr ',' '\n' | sed 's/^ *//; s/:.*//' | grep -v '^$' || true; }

checked=0 missing=() unowned=()
while IFS=$'\t' read -r what path; do
  owners=$(owners_of "$path")
  [ -n "$owners" ] || owners=$(owners_of "$(readlink -f "$path")")
  if [ -z "$owners" ]; then unowned+=("$what=$path"); continue; fi
  checked=$((checked + 1))
  ok=no
  for o in $owners; do grep -qxF "$o" <<<"$closure" && { ok=yes; break; }; done
  [ $ok = yes ] || missing+=("$(echo $owners | tr ' ' ',') ($what: $path)")
done <"$tmp/found"

if [ ${#unowned[@]} -gt 0 ]; then
  echo "check-setup-packages: not from any Debian package (installed by hand; a fresh machine has none of them):"
  printf '  %s\n' "${unowned[@]}"
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-setup-packages: ${#missing[@]} of $checked things the configure step found come from" \
    "packages that setup.sh does not install (nor any package it installs Depends on):"
  printf '  %s\n' "${missing[@]}"
  exit 1
fi
[ ${#unowned[@]} -eq 0 ] || fail "add the Debian packages that provide them to setup.sh"
echo "check-setup-packages: all $checked things the configure step found come from setup.sh's" \
  "$(echo "$listed" | wc -l) packages or their Depends ($(echo "$closure" | wc -l) packages)"
