#!/usr/bin/env bash
# Build a Debian package of the packaged app made by packaging/build.sh.
#
#   packaging/build-deb.sh        -> dist/hearth_VERSION_ARCH.deb
#
# It installs the app under /opt/hearth, `hearth` on PATH, a menu entry and its icon,
# a manual page and the licences; Depends lists the system packages holding every
# shared library the app needs but does not carry (packaging/linux/deb_depends.py).
# No maintainer scripts: removing the package removes exactly its files and never
# touches the user's settings and data in ~/.config/hearth and ~/.local/share/hearth.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

APP="dist/hearth"
[ -x "$APP/hearth" ] || { echo "No packaged app in $APP: run packaging/build.sh first." >&2; exit 1; }
# The Wayland client libraries that Qt's Wayland plugins need: installed here so that
# deb_depends.py can name their packages.
need=()
for p in dpkg-dev libwayland-client0 libwayland-cursor0 libwayland-egl1; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=(); [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  say "Installing what the package build needs: ${need[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

VERSION="$(python3 - <<'PY'
import re, pathlib
text = pathlib.Path("assistant/__init__.py").read_text()
print(re.search(r'__version__ = "([^"]+)"', text).group(1))
PY
)"
ARCH="$(dpkg --print-architecture)"
DEB="dist/hearth_${VERSION}_${ARCH}.deb"
ROOT="build/deb/hearth"
rm -rf build/deb "$DEB"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/doc/hearth" \
  "$ROOT/usr/share/man/man1" "$ROOT/usr/share/lintian/overrides"

bash packaging/need_disk.sh . 2 "the .deb's build"  # the .deb is 1.5 GB
say "Staging the app under /opt/hearth"
# Hard links, not a copy: the app is 1.7 GB and CI machines have little disk. Nothing
# below writes into a staged file (the removals unlink, chmod only drops group and other
# write bits, which the app's own files never need either).
cp -al "$APP" "$ROOT/opt/hearth" 2>/dev/null || { rm -rf "$ROOT/opt/hearth"; cp -a "$APP" "$ROOT/opt/hearth"; }
# What only the tarball needs: its own menu installer and notes (the package has both).
rm -f "$ROOT/opt/hearth/install-desktop-entry.sh" "$ROOT/opt/hearth/hearth.desktop" \
  "$ROOT/opt/hearth/README.txt"
find "$ROOT/opt/hearth" -type d -exec chmod 0755 {} +
find "$ROOT/opt/hearth" -type f -exec chmod go-w {} +

# `hearth` on PATH. Not `assistant`: Qt Assistant's command has that name on Debian.
cat > "$ROOT/usr/bin/hearth" <<'SH'
#!/bin/sh
exec /opt/hearth/hearth "$@"
SH
chmod 0755 "$ROOT/usr/bin/hearth"
install -m 0644 packaging/linux/hearth.desktop "$ROOT/usr/share/applications/hearth.desktop"
install -m 0644 "$APP/hearth.png" "$ROOT/usr/share/icons/hicolor/256x256/apps/hearth.png"
gzip -9n < packaging/linux/deb/hearth.1 > "$ROOT/usr/share/man/man1/hearth.1.gz"
install -m 0644 packaging/linux/deb/copyright "$ROOT/usr/share/doc/hearth/copyright"
sed "s/@VERSION@/$VERSION/; s/@DATE@/$(date -R -d "@$(git log -1 --format=%ct 2>/dev/null || date +%s)")/" \
  packaging/linux/deb/changelog | gzip -9n > "$ROOT/usr/share/doc/hearth/changelog.gz"
install -m 0644 packaging/linux/deb/lintian-overrides "$ROOT/usr/share/lintian/overrides/hearth"

say "Control file (Depends from the libraries the app needs)"
DEPENDS="$(python3 packaging/linux/deb_depends.py "$ROOT/opt/hearth")"
SIZE_KB="$(du -sk --apparent-size "$ROOT" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$DEPENDS/" \
  -e "s/@SIZE@/$SIZE_KB/" packaging/linux/deb/control > "$ROOT/DEBIAN/control"
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z |
  xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"

say "dpkg-deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$ROOT" "$DEB" >/dev/null
rm -rf build/deb
printf '%s\n' "$DEB" > dist/LATEST_DEB
du -h "$DEB" "$(cat dist/LATEST 2>/dev/null || echo /dev/null)"
say "Built $DEB (install: sudo apt install ./$DEB; remove: sudo apt remove hearth)"
