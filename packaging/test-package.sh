#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a build tree, checks it (lintian, AppStream, desktop entry,
# computed dependencies), unpacks it into a throwaway root, runs the installed programs from
# there (which also shows they are relocatable), and removes the root again.
#   packaging/test-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$(cd "$1" && pwd); version=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/aktenwerk_"$version"-*_*.deb) || fail "no package aktenwerk_${version}-*.deb"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6sql6 libc6 libsqlite3-0 qt6-qpa-plugins libqt6sql6-sqlite; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
[[ "$(dpkg-deb -f "$deb" Version)" == "$version"-* ]] || fail "package version is not $version-N"

lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"
errors=$(grep -c '^E:' "$work/lintian.log" || true)
echo "lintian: $errors errors, $(grep -c '^W:' "$work/lintian.log" || true) warnings"
[ "$errors" -eq 0 ] || fail "lintian errors"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/aktenwerk usr/bin/aktenwerk-cli usr/share/applications/de.aktenwerk.Aktenwerk.desktop \
         usr/share/metainfo/de.aktenwerk.Aktenwerk.metainfo.xml usr/share/man/man1/aktenwerk-cli.1.gz \
         usr/share/icons/hicolor/48x48/apps/de.aktenwerk.Aktenwerk.png \
         usr/share/icons/hicolor/scalable/apps/de.aktenwerk.Aktenwerk.svg usr/share/doc/aktenwerk/copyright; do
  [ -f "$root/$f" ] || fail "package lacks /$f"
done
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/de.aktenwerk.Aktenwerk.metainfo.xml" \
  || fail "AppStream metadata does not validate"
desktop-file-validate "$root/usr/share/applications/de.aktenwerk.Aktenwerk.desktop" || fail "desktop entry invalid"
man -l "$root/usr/share/man/man1/aktenwerk-cli.1.gz" >/dev/null 2>&1 || zcat "$root/usr/share/man/man1/aktenwerk-cli.1.gz" | grep -q '^\.TH' \
  || fail "man page unreadable"

# The installed programs, run from the throwaway root, with their own per-user locations.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"; mkdir -p "$HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
cli="$root/usr/bin/aktenwerk-cli"
"$cli" --version | grep -q "$version" || fail "aktenwerk-cli --version does not say $version"
"$cli" --store "$work/store" demo || fail "demo"
"$cli" --store "$work/store" verify || fail "verify"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/aktenwerk" --store "$work/store" --user kschmidt \
  --screenshot "$work/shot.png" || fail "the installed GUI did not start and save its window"
size=$(stat -c %s "$work/shot.png")
[ "$size" -gt 5000 ] || fail "screenshot is suspiciously small ($size bytes)"
echo "installed GUI screenshot: $size bytes"
[ -n "${AKTENWERK_KEEP_SCREENSHOT:-}" ] && cp "$work/shot.png" "$AKTENWERK_KEEP_SCREENSHOT"
rm -rf "$root"
[ ! -e "$root" ] || fail "could not remove the throwaway root"
echo "package test passed"
