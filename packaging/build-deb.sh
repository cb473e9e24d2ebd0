#!/usr/bin/env bash
# Builds dist/vitrine_<version>_<arch>.deb with dpkg-deb: the static, stripped binary, the touch
# UI (minified by scripts/build-ui), the content, the API document, the systemd units, the
# commented default configuration (a conffile), the sysusers/tmpfiles entries and the Chromium
# policies. Installing it enables and starts nothing:
# the operator runs `systemctl enable --now vitrine` (docs/OPERATIONS.md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

# DEB_BINARY: an already built release binary (static stdlib) to package instead of building.
if [ -n "${DEB_BINARY:-}" ]; then
  BIN=$DEB_BINARY
else
  swift build -c release --static-swift-stdlib --product vitrine >&2
  BIN=$(swift build -c release --static-swift-stdlib --product vitrine --show-bin-path)/vitrine
fi
VERSION=$("$BIN" --version)
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/vitrine"

install -d "$PKG/DEBIAN" "$PKG/usr/bin" "$PKG/usr/share/vitrine" "$PKG/usr/share/doc/vitrine" \
  "$PKG/lib/systemd/system" "$PKG/usr/lib/sysusers.d" "$PKG/usr/lib/tmpfiles.d" \
  "$PKG/etc/vitrine" "$PKG/etc/chromium/policies/managed"
strip -o "$PKG/usr/bin/vitrine" "$BIN"
chmod 0755 "$PKG/usr/bin/vitrine"
# The touch UI minified file by file (scripts/build-ui; the readable source stays in kiosk-ui/).
"$ROOT/scripts/build-ui" "$PKG/usr/share/vitrine/kiosk-ui" >&2
cp -r content api "$PKG/usr/share/vitrine/"
find "$PKG/usr/share/vitrine" -type d -exec chmod 0755 {} + -o -type f -exec chmod 0644 {} +
for unit in vitrine.service vitrine.socket vitrine-hub.service vitrine-display.service; do
  install -m 0644 "systemd/$unit" "$PKG/lib/systemd/system/$unit"
done
install -m 0644 systemd/vitrine.sysusers "$PKG/usr/lib/sysusers.d/vitrine.conf"
install -m 0644 systemd/vitrine.tmpfiles "$PKG/usr/lib/tmpfiles.d/vitrine.conf"
install -m 0644 systemd/vitrine.toml.example "$PKG/etc/vitrine/vitrine.toml"
install -m 0644 systemd/chromium-policy.json "$PKG/etc/chromium/policies/managed/vitrine.json"
install -m 0644 docs/OPERATIONS.md README.md "$PKG/usr/share/doc/vitrine/"

# The shared libraries the binary names (NEEDED; the Swift runtime is static): their packages.
package_of() {
  local path
  path=$(ldd "$PKG/usr/bin/vitrine" | awk -v lib="$1" '$1 == lib && $3 ~ /^\// {print $3}')
  [ -n "$path" ] || return 0
  { dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || true; } | head -1 | cut -d: -f1
}
DEPENDS=$(for lib in $(objdump -p "$PKG/usr/bin/vitrine" | awk '/NEEDED/ {print $2}'); do package_of "$lib"; done \
  | sort -u | grep -v '^libc6$' | paste -sd, | sed 's/,/, /g' || true)
# The posters are set in DejaVu Sans (PosterPDF); fontconfig finds it through this package.
# POST /api/v1/speech runs espeak-ng as a child (Speech), with its voices from espeak-ng-data.
# cairo and pango (posters) and libcups (printing) are loaded at first use (CLibraryLoader), so
# they are not NEEDED and must be named here.
DEPENDS="libc6${DEPENDS:+, $DEPENDS}, fonts-dejavu-core, espeak-ng, espeak-ng-data, libpangocairo-1.0-0, libcairo2, libcups2"

cat > "$PKG/DEBIAN/control" <<CONTROL
Package: vitrine
Version: $VERSION
Architecture: $ARCH
Maintainer: Vitrine developers <dev@vitrine.invalid>
Section: web
Priority: optional
Depends: $DEPENDS
Recommends: cage, chromium, cups, systemd
Suggests: printer-driver-cups-pdf
Installed-Size: $(du -sk "$PKG" | cut -f1)
Homepage: https://vitrine.invalid/
Description: digital-onboarding kiosk for small shops
 A touch journey (diagnostic, advice, a page for the shop, QR posters, short
 trainings) served by one daemon on libmicrohttpd and SQLite, with its CCI hub.
 Installing enables nothing: see /usr/share/doc/vitrine/OPERATIONS.md.
CONTROL
printf '%s\n' /etc/vitrine/vitrine.toml /etc/chromium/policies/managed/vitrine.json > "$PKG/DEBIAN/conffiles"

# Creates the display user and the directories; reloads systemd so it sees the units.
# Enables nothing and starts nothing.
cat > "$PKG/DEBIAN/postinst" <<'SCRIPT'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  if command -v systemd-sysusers >/dev/null 2>&1; then systemd-sysusers vitrine.conf || true; fi
  if command -v systemd-tmpfiles >/dev/null 2>&1; then systemd-tmpfiles --create vitrine.conf || true; fi
  if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi
fi
exit 0
SCRIPT
# Stops the units before removal (they may be running); the state stays unless purged.
cat > "$PKG/DEBIAN/prerm" <<'SCRIPT'
#!/bin/sh
set -e
if [ -d /run/systemd/system ] && [ "$1" = remove ]; then
  systemctl stop vitrine-display.service vitrine.service vitrine.socket vitrine-hub.service 2>/dev/null || true
fi
exit 0
SCRIPT
cat > "$PKG/DEBIAN/postrm" <<'SCRIPT'
#!/bin/sh
set -e
if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi
if [ "$1" = purge ]; then
  rm -rf /var/lib/private/vitrine /var/lib/vitrine /var/cache/private/vitrine /var/cache/vitrine
fi
exit 0
SCRIPT
chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/prerm" "$PKG/DEBIAN/postrm"

mkdir -p dist
OUT="dist/vitrine_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$OUT" >&2
echo "$OUT"
