#!/usr/bin/env bash
# Instructions per request, vitrine against bare C libmicrohttpd on the same bytes and headers,
# under callgrind (deterministic: usable while the shared box is busy). Prints a Markdown table.
# Usage: bench/instructions-table.sh BIN [REQUESTS [ROUTE...]]   (BIN: a release build; it is run
# without its DWARF, which valgrind 3.19 cannot read, but with its symbols, which name the functions
# in the callgrind files kept with BENCH_KEEP=DIR)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/references.sh"
N=${2:-500}
ROUTES=(/ /app.js /s/demo /s/demo/qr.svg /s/demo/qr.png /healthz)
[ $# -gt 2 ] && ROUTES=("${@:3}")
# The same memory pool on both sides: vitrine's default (BENCH_POOL for another binary's).
DEFAULT_POOL=$(grep -o 'memory_per_connection", [0-9_.]*, default: [0-9_]*' "$ROOT/Sources/Configuration/VitrineKeys.swift" \
               | sed 's/.*default: //; s/_//g')
POOL=${BENCH_POOL:-$DEFAULT_POOL}
WORK=$(mktemp -d /tmp/vitrine-instr.XXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
BIN="$WORK/vitrine"
strip --strip-debug -o "$BIN" "$1"
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

"$BIN" admin demo --state-directory "$WORK/state" >/dev/null
SERVE=("$BIN" serve --port PORT --state-directory "$WORK/state" --ui-directory "$ROOT/kiosk-ui" --log-level warning)
VPORT=$(free_port)
"${SERVE[@]/PORT/$VPORT}" &
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$VPORT/healthz" >/dev/null && break; sleep 0.1; done
mkdir -p "$WORK/bytes"
BARE_ROUTES=()
for route in "${ROUTES[@]}"; do
  name=$(route_file "$route")
  capture_route "http://127.0.0.1:$VPORT$route" "$WORK/bytes" "$name"
  BARE_ROUTES+=("$route=$WORK/bytes/$name=$WORK/bytes/$name.headers")
done
cc -O2 -Wall -Wextra -o "$WORK/bare" "$ROOT/bench/bare.c" -lmicrohttpd
BPORT=$(free_port)
"$WORK/bare" "$BPORT" "$POOL" "${BARE_ROUTES[@]}" &
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$BPORT/healthz" >/dev/null && break; sleep 0.1; done
for route in "${ROUTES[@]}"; do
  same_headers "http://127.0.0.1:$VPORT$route" "http://127.0.0.1:$BPORT$route" >&2 \
    || { echo "headers differ on $route" >&2; exit 1; }
done
kill %1 %2; wait 2>/dev/null || true

echo "| route | vitrine instr/request | bare C instr/request | vitrine − bare C | vitrine, without memset | bare C, without memset |"
echo "|---|---:|---:|---:|---:|---:|"
for route in "${ROUTES[@]}"; do
  read -r _ v vm < <(python3 "$ROOT/bench/instructions.py" "$route" "$N" -- "${SERVE[@]}")
  read -r _ b bm < <(python3 "$ROOT/bench/instructions.py" "$route" "$N" -- "$WORK/bare" PORT "$POOL" "${BARE_ROUTES[@]}")
  printf '| `%s` | %s | %s | %+d | %s | %s |\n' "$route" "$v" "$b" $((v - b)) $((v - vm)) $((b - bm))
done
