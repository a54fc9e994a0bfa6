#!/usr/bin/env bash
# Make sure the programs the tests drive are here: Debian's Chromium, PostgreSQL 15 and Redis.
# Installs them when run as root (as CI does); otherwise says what to install.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
id postgres >/dev/null 2>&1 || [[ " ${missing[*]} " == *" postgresql "* ]] || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "The tests need Debian's packages: ${missing[*]}." >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} for the tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ -x /usr/bin/chromium ] && [ -x "$PG_BIN/initdb" ] && command -v redis-server >/dev/null || {
  echo "Chromium, PostgreSQL 15 or redis-server is still missing after apt-get install." >&2
  exit 1
}
