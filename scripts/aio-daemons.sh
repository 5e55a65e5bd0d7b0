# Sourced by start.sh and stop.sh: the all-in-one's daemons as background
# processes with a pid file and a log each under .aio/.

aio_pidfile() { printf '%s/run/%s.pid' "$AIO_STATE" "$1"; }

aio_running() {
  local pidfile
  pidfile=$(aio_pidfile "$1")
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# aio_start NAME [VAR=value ...] -- COMMAND ARGS...: starts it unless it runs.
aio_start() {
  local name=$1
  shift
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  if aio_running "$name"; then
    printf 'start: %s already running (pid %s)\n' "$name" "$(cat "$(aio_pidfile "$name")")" >&2
    return 0
  fi
  mkdir -p "$AIO_STATE/run" "$AIO_STATE/logs"
  env "${vars[@]}" setsid "$@" >>"$AIO_STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$(aio_pidfile "$name")"
  printf 'start: %s started (pid %s), log %s\n' "$name" "$!" "$AIO_STATE/logs/$name.log" >&2
}

aio_stop() {
  local name=$1 pid
  aio_running "$name" || { rm -f "$(aio_pidfile "$name")"; return 0; }
  pid=$(cat "$(aio_pidfile "$name")")
  kill -TERM "$pid"
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$(aio_pidfile "$name")"
  printf 'stop: %s stopped\n' "$name" >&2
}
