#!/usr/bin/env bash
# Installs the .deb into a scratch root (dpkg -x: no chroot, no maintainer scripts) and checks
# what an admin relies on: the installed binary runs, the installed configuration loads, the
# installed units verify with systemd-analyze, vitrine.service's exposure stays ≤ 1.5, the
# conffiles are declared, no maintainer script enables or starts a unit, and the shipped UI is
# the minified one within its 150 KB budget.
#   packaging/test-deb.sh [dist/vitrine_….deb]     (builds one if none is given)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/scripts/lib.sh"
# cage and chromium are what vitrine-display.service runs: verify checks they exist.
ensure_packages dpkg-dev cage chromium
cd "$ROOT"
DEB=${1:-$(packaging/build-deb.sh | tail -1)}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

dpkg-deb -x "$DEB" "$SCRATCH/root"
dpkg-deb -e "$DEB" "$SCRATCH/control"
R="$SCRATCH/root"

version=$("$R/usr/bin/vitrine" --version) || fail "installed vitrine --version failed"
[ "$version" = "$(dpkg-deb -f "$DEB" Version)" ] || fail "version $version differs from the package's"
file "$R/usr/bin/vitrine" | grep -q 'stripped' && ! file "$R/usr/bin/vitrine" | grep -q 'not stripped' || fail "binary not stripped"
ldd "$R/usr/bin/vitrine" | grep -q libswiftCore && fail "Swift runtime linked dynamically"

"$R/usr/bin/vitrine" config --config "$R/etc/vitrine/vitrine.toml" >/dev/null || fail "installed configuration refused"
grep -qx /etc/vitrine/vitrine.toml "$SCRATCH/control/conffiles" || fail "vitrine.toml is not a conffile"
grep -qx /etc/chromium/policies/managed/vitrine.json "$SCRATCH/control/conffiles" || fail "policies file is not a conffile"
python3 -m json.tool "$R/etc/chromium/policies/managed/vitrine.json" >/dev/null || fail "policies file is not JSON"
for script in postinst prerm postrm; do
  if grep -Eq 'systemctl (enable|start|restart)|deb-systemd-helper enable|deb-systemd-invoke start' "$SCRATCH/control/$script"; then
    fail "$script enables or starts a unit"
  fi
done
[ -f "$R/usr/share/vitrine/kiosk-ui/index.html" ] || fail "kiosk-ui missing"
# The UI as scripts/build-ui makes it: every file of kiosk-ui/ but its README, within the 150 KB budget.
for file in kiosk-ui/*.js kiosk-ui/*.css kiosk-ui/i18n/*.json; do
  [ -s "$R/usr/share/vitrine/$file" ] || fail "$file not shipped"
done
[ ! -e "$R/usr/share/vitrine/kiosk-ui/README.md" ] || fail "kiosk-ui/README.md shipped"
ui_bytes=$(du -sb "$R/usr/share/vitrine/kiosk-ui" | cut -f1)
[ "$ui_bytes" -le 150000 ] || fail "shipped UI is $ui_bytes bytes (budget 150 KB)"
[ -d "$R/usr/share/vitrine/content/fr" ] || fail "content missing"
[ -f "$R/usr/share/vitrine/api/openapi.json" ] || fail "api/openapi.json missing"
[ -f "$R/usr/lib/sysusers.d/vitrine.conf" ] && [ -f "$R/usr/lib/tmpfiles.d/vitrine.conf" ] || fail "sysusers/tmpfiles entries missing"

# The units as installed; --root makes systemd-analyze look up ExecStart= binaries and the units
# they name (sysinit.target…) in the scratch root, so the installed /usr/bin/vitrine is the one
# checked. The root gets copies of the host's units and of the other programs the units run.
units=("$R"/lib/systemd/system/vitrine*.service "$R"/lib/systemd/system/vitrine.socket)
mkdir -p "$R/usr/bin" "$R/usr/lib/systemd/system"
[ -e "$R/bin" ] || ln -s usr/bin "$R/bin"
cp -rn /usr/lib/systemd/system/. "$R/usr/lib/systemd/system/"
for tool in cage chromium setterm kill; do
  [ -e "$R/usr/bin/$tool" ] || cp -L "$(type -P "$tool")" "$R/usr/bin/$tool"
done
out=$(systemd-analyze verify --root="$R" "${units[@]}" 2>&1) || fail "systemd-analyze verify: $out"
[ -z "$out" ] || fail "systemd-analyze verify said: $out"
e=$(systemd-analyze security --offline=yes --root="$R" "$R/lib/systemd/system/vitrine.service" 2>/dev/null | grep -oP 'Overall exposure level for \S+: \K[0-9.]+')
awk "BEGIN{exit !($e<=1.5)}" || fail "exposure $e (> 1.5)"

echo "deb ok: $DEB, vitrine $version, UI $ui_bytes bytes, units verified, exposure $e, nothing enabled"
