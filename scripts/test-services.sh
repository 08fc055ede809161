#!/usr/bin/env bash
# Installs the servers the test suite starts itself: PostgreSQL and Chromium (Debian's packages).
# Needs root and apt-get; elsewhere it says so, and the tests that need them skip loudly
# (or fail, under CI, where CROSSTALLY_REQUIRE_SERVICES=1).
set -u
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "!! cannot install ${need[*]} (needs root and apt-get): those tests will be skipped" >&2
  exit 0
fi
echo "installing ${need[*]} for the test suite (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  || echo "!! apt-get install ${need[*]} failed: those tests will be skipped" >&2
exit 0
