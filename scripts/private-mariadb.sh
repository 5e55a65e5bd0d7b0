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
# Its own temporary folder: the caller's TMPDIR (npm test's is root's) may be closed to the mysql user.
tmpdir="$state/mariadb/tmp"
socket="$rundir/mysqld.sock"
pidfile="$rundir/mysqld.pid"

# The pid file survives a crash or a reboot, and its pid may since belong to another process.
running() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = mariadbd ] || return 1
  # Another mariadbd (the system's, or another state dir's) may hold it: ours names our datadir.
  tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "--datadir=$datadir"
}

case "$cmd" in
  start)
    port=${3:?port required}
    shift 3
    running && exit 0
    mkdir -p "$datadir" "$rundir" "$tmpdir"
    # mariadbd runs as mysql and must be able to walk into the state folder.
    chmod a+x "$state"
    if ! runuser -u mysql -- test -x "$state"; then
      echo "the mysql user cannot reach $state: a folder above it is closed to others (e.g. /root is 0700)" >&2
      exit 1
    fi
    chown -R mysql:mysql "$state/mariadb" 2>/dev/null || true
    # Marked only once the install finished: an interrupted one is made again, not started half made.
    # A datadir an earlier version of this script made has no mark but its privilege tables.
    if [ ! -f "$state/mariadb/installed" ] && [ -f "$datadir/mysql/global_priv.frm" ]; then touch "$state/mariadb/installed"; fi
    if [ ! -f "$state/mariadb/installed" ]; then
      rm -rf "$datadir" && mkdir -p "$datadir" && chown mysql:mysql "$datadir"
      if ! TMPDIR="$tmpdir" mariadb-install-db --user=mysql --datadir="$datadir" --auth-root-authentication-method=normal \
        --skip-test-db >"$state/mariadb/install.log" 2>&1; then
        echo "private MariaDB install failed:" >&2
        tail -n 20 "$state/mariadb/install.log" >&2
        exit 1
      fi
      touch "$state/mariadb/installed"
    fi
    mariadbd --no-defaults --user=mysql --datadir="$datadir" --tmpdir="$tmpdir" --socket="$socket" --pid-file="$pidfile" \
      --port="$port" --bind-address=127.0.0.1 --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M \
      --log-error="$state/mariadb/error.log" "$@" >/dev/null 2>&1 &
    started=$!
    for _ in $(seq 1 120); do
      mariadb-admin --no-defaults -uroot --socket="$socket" ping >/dev/null 2>&1 && exit 0
      sleep 0.25
    done
    # One that never answered is not left running, holding its port and files.
    kill "$started" 2>/dev/null || true
    echo "private MariaDB did not start; see $state/mariadb/error.log" >&2
    exit 1
    ;;
  stop)
    running || exit 0
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || exit 0
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
