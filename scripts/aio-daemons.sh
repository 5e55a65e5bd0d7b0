# Sourced by start.sh and stop.sh: the all-in-one's daemons as background
# processes with a pid file and a log each under .aio/.

aio_pidfile() { printf '%s/run/%s.pid' "$AIO_STATE" "$1"; }

# A process's start time (clock ticks since boot, /proc/PID/stat field 22):
# with its pid, it names one process even after the pid is reused.
aio_started_at() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f20; }

# The daemon's pid if the process its pid file names still runs; a pid file
# left by a crash or a reboot, whose pid may now be another process's, is not.
aio_pid() {
  local pidfile pid started
  pidfile=$(aio_pidfile "$1")
  [ -f "$pidfile" ] || return 1
  read -r pid started < "$pidfile" || true
  [ -n "${pid:-}" ] || return 1
  if [ -n "${started:-}" ]; then
    [ "$(aio_started_at "$pid")" = "$started" ] || return 1
  else
    # A pid file of an earlier version, without the start time: one of ours if it runs our code.
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q 'packages/sf-' || return 1
  fi
  printf '%s' "$pid"
}

aio_running() { aio_pid "$1" >/dev/null; }

# aio_start NAME [VAR=value ...] -- COMMAND ARGS...: starts it unless it runs.
aio_start() {
  local name=$1 pid
  shift
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  if pid=$(aio_pid "$name"); then
    printf 'start: %s already running (pid %s)\n' "$name" "$pid" >&2
    return 0
  fi
  mkdir -p "$AIO_STATE/run" "$AIO_STATE/logs"
  # Not holding start.sh's lock (fd 9): a daemon would keep it for its whole life.
  env "${vars[@]}" setsid "$@" >>"$AIO_STATE/logs/$name.log" 2>&1 < /dev/null 9>&- &
  pid=$!
  printf '%s %s\n' "$pid" "$(aio_started_at "$pid")" > "$(aio_pidfile "$name")"
  printf 'start: %s started (pid %s), log %s\n' "$name" "$pid" "$AIO_STATE/logs/$name.log" >&2
}

# aio_alive NAME: fails, showing the end of its log, when the daemon has exited since it started.
aio_alive() {
  aio_running "$1" && return 0
  printf 'start: %s exited; the end of %s:\n' "$1" "$AIO_STATE/logs/$1.log" >&2
  tail -n 20 "$AIO_STATE/logs/$1.log" >&2 || true
  return 1
}

aio_stop() {
  local name=$1 pid
  if ! pid=$(aio_pid "$name"); then
    rm -f "$(aio_pidfile "$name")"
    return 0
  fi
  # It may exit by itself meanwhile; that is what is wanted.
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  # Only if it is still the process we started: once it is gone, the pid may be someone else's.
  if aio_pid "$name" >/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -f "$(aio_pidfile "$name")"
  printf 'stop: %s stopped\n' "$name" >&2
}

# Where the private MariaDB keeps its data: in .aio/, unless the mysql user
# cannot reach it there (a checkout under /root, which is 0700), then under
# /var/lib/sf-aio. Decided once and remembered, so the data never moves.
aio_mariadb_state() {
  local remembered="$AIO_STATE/mariadb-state"
  if [ ! -s "$remembered" ]; then
    if [ -d "$AIO_STATE/mariadb" ]; then
      # Made by an earlier version, which always kept it here.
      printf '%s\n' "$AIO_STATE" > "$remembered"
    elif runuser -u mysql -- test -x "$AIO_STATE" 2>/dev/null || { chmod a+x "$AIO_STATE" && runuser -u mysql -- test -x "$AIO_STATE" 2>/dev/null; }; then
      printf '%s\n' "$AIO_STATE" > "$remembered"
    else
      printf '%s\n' "$(aio_var_state)" > "$remembered"
    fi
  fi
  cat "$remembered"
}

# The place under /var/lib for this checkout: the same for as long as the checkout does not move, so
# data kept there (with its password, see start.sh) outlives a removed .aio/.
aio_var_state() { printf '/var/lib/sf-aio/%s' "$(printf '%s' "$AIO_STATE" | sha256sum | cut -c1-12)"; }
