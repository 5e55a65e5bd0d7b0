#!/usr/bin/env bash
# `npm test`: install what is missing, build, then run every suite once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# The tests' own MariaDB user, where setup had to make one.
if [ -z "${SF_TEST_MARIADB_USER:-}" ] && [ -s .aio/test-mariadb ]; then
  set -a
  # shellcheck source=/dev/null
  . .aio/test-mariadb
  set +a
fi

# The run's temporary files in a folder of its own: whatever ends the run (a
# failure, Ctrl-C), the private MariaDB servers some tests start there, which
# ignore SIGINT, are stopped and the folder removed.
TMPDIR=$(mktemp -d /tmp/sft-run-XXXXXX)
# mktemp makes it 0700; the mysql, dnsmasq and libvirt-qemu users must pass through it.
chmod 755 "$TMPDIR"
export TMPDIR
cleanup() {
  local pidfile
  for pidfile in "$TMPDIR"/*/mariadb/run/mysqld.pid; do
    [ -f "$pidfile" ] && bash scripts/private-mariadb.sh stop "${pidfile%/mariadb/run/mysqld.pid}" || true
  done
  rm -rf "$TMPDIR"
}
trap cleanup EXIT
npx mocha --config .mocharc.json "$@"
