#!/usr/bin/env bash
# A private MariaDB server with its own datadir and socket under STATE_DIR,
# for the all-in-one and for tests that must stop a server without
# disturbing others. Usage:
#   private-mariadb.sh start STATE_DIR PORT [MARIADBD_ARG...]   (idempotent; prints nothing on success)
#   private-mariadb.sh stop STATE_DIR         (idempotent)
set -euo pipefail

cmd=${1:?usage: private-mariadb.sh start|stop STATE_DIR [PORT]}
state=$(realpath -m "${2:?state dir required}")
datadir="$state/mariadb/data"
rundir="$state/mariadb/run"
socket="$rundir/mysqld.sock"
pidfile="$rundir/mysqld.pid"

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$cmd" in
  start)
    port=${3:?port required}
    shift 3
    running && exit 0
    mkdir -p "$datadir" "$rundir"
    # mariadbd runs as mysql and must be able to walk into the state folder.
    chmod a+x "$state"
    chown -R mysql:mysql "$state/mariadb" 2>/dev/null || true
    if [ ! -d "$datadir/mysql" ]; then
      mariadb-install-db --user=mysql --datadir="$datadir" --auth-root-authentication-method=normal \
        --skip-test-db >"$state/mariadb/install.log" 2>&1
    fi
    mariadbd --no-defaults --user=mysql --datadir="$datadir" --socket="$socket" --pid-file="$pidfile" \
      --port="$port" --bind-address=127.0.0.1 --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M \
      --log-error="$state/mariadb/error.log" "$@" >/dev/null 2>&1 &
    for _ in $(seq 1 120); do
      mariadb-admin --no-defaults -uroot --socket="$socket" ping >/dev/null 2>&1 && exit 0
      sleep 0.25
    done
    echo "private MariaDB did not start; see $state/mariadb/error.log" >&2
    exit 1
    ;;
  stop)
    running || exit 0
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || exit 0
      sleep 0.25
    done
    kill -9 "$pid" 2>/dev/null || true
    ;;
  *)
    echo "unknown command $cmd" >&2
    exit 2
    ;;
esac
