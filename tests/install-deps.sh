#!/usr/bin/env bash
# Make sure the programs the tests drive are here: Debian's Chromium, PostgreSQL 15 and Redis,
# and poppler (pdftoppm, pdftotext) and zbar (through pyzbar) that read printed labels back.
# Installs them when run as root (as CI does); otherwise says what to install.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
id postgres >/dev/null 2>&1 || [[ " ${missing[*]} " == *" postgresql "* ]] || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || missing+=(poppler-utils)
zbar_found() { ldconfig -p 2>/dev/null | grep 'libzbar\.so\.0' >/dev/null; }
zbar_found || missing+=(libzbar0)

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
[ -x /usr/bin/chromium ] && [ -x "$PG_BIN/initdb" ] && command -v redis-server >/dev/null &&
  command -v pdftoppm >/dev/null && zbar_found || {
  echo "Chromium, PostgreSQL 15, redis-server, poppler-utils or libzbar0 is still missing after apt-get install." >&2
  exit 1
}
