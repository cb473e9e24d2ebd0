# Shared by the scripts: find the project root, install missing Debian packages.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Packages needed to build and run the daemon (C libraries through pkg-config; the poster font;
# espeak-ng, which the speech route runs as a child).
BUILD_PACKAGES=(pkg-config libmicrohttpd-dev libsqlite3-dev libqrencode-dev zlib1g-dev libcurl4-openssl-dev libssl-dev libcairo2-dev libpango1.0-dev libcups2-dev fonts-dejavu-core espeak-ng espeak-ng-data)
# What scripts/build-ui needs to minify the shipped touch UI (esbuild: Debian's Go binary, no npm).
UI_PACKAGES=(esbuild python3)
# Extra packages the test suite drives (real clients, real servers).
TEST_PACKAGES=(curl python3 file qrencode zbar-tools librsvg2-bin poppler-utils python3-venv chromium chromium-driver fonts-dejavu-core cups printer-driver-cups-pdf)

# ensure_packages PKG...: installs (apt-get, as root or through sudo) only what is missing.
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing Debian packages: ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
