#!/usr/bin/env bash
# `npm start`: the all-in-one single-node cloud on this machine. Installs what
# is missing, brings up a private MariaDB under .aio/ (unless
# SHAKENFIST_MARIADB_HOST names one), applies the schema, then starts the
# daemons in the background. Safe to run again: what runs is left running.
# `npm run stop` stops it all.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export AIO_STATE="$root/.aio"
mkdir -p "$AIO_STATE"
# shellcheck source=scripts/aio-daemons.sh
. scripts/aio-daemons.sh

log() { printf 'start: %s\n' "$*" >&2; }

# Two starts at once would both find nothing running, and the loser's pid files would hide the winner's
# daemons. Held on fd 9, which nothing this script starts in the background may inherit.
exec 9> "$AIO_STATE/start.lock"
if ! flock -n 9; then
  log "another npm start is running in this checkout"
  exit 1
fi

# The code the running daemons were started from: the commit, and a digest of any uncommitted change (a
# new migration is one). Building and migrating under them would leave them running old code on a newer
# schema, which a restarted sf-database then refuses.
build=$(git rev-parse HEAD 2>/dev/null || true)
if [ -n "$build" ] && [ -n "$(git status --porcelain 2>/dev/null)" ]; then
  build="$build+$({ git diff HEAD; git ls-files --others --exclude-standard -z | xargs -0 -r sha256sum; } | sha256sum | cut -c1-12)"
fi
stamp="$AIO_STATE/run/build"
running_build=$(cat "$stamp" 2>/dev/null || true)
for name in sf-database-1 sf-database-2 sf-cluster sf-api; do
  if aio_running "$name" && [ -n "$build" ] && [ "$running_build" != "$build" ]; then
    log "the running daemons were started from ${running_build:-an unknown build}, this checkout is at $build: run npm run stop, then npm start"
    exit 1
  fi
done

bash scripts/setup.sh start

# A secret made once, private to this user.
make_secret() { [ -s "$1" ] || (umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("hex"))' > "$1"); }
# sf-api's token signing secret and the system namespace's key.
make_secret "$AIO_STATE/api-secret"
make_secret "$AIO_STATE/admin-key"

if [ -z "${SHAKENFIST_MARIADB_HOST:-}" ]; then
  port=${SF_AIO_MARIADB_PORT:-13306}
  mariadb_state=$(aio_mariadb_state)
  log "private MariaDB in $mariadb_state/mariadb on 127.0.0.1:$port"
  bash scripts/private-mariadb.sh start "$mariadb_state" "$port" 9>&-
  # Its root password is kept with its data, so the two never part.
  pwfile="$mariadb_state/mariadb-password"
  make_secret "$pwfile"
  mariadb_host=127.0.0.1 mariadb_port=$port mariadb_user=root
  mariadb_password=$(cat "$pwfile")
  mariadb_password_hint=" (password in $pwfile)"
  # A new server's root has no password: it gets this one, so no other user of the machine can be root in it.
  # The statements go on stdin, keeping the password off every command line.
  root_hosts=$(mariadb --no-defaults -uroot --password= -h127.0.0.1 -P"$port" -N -B -e "SELECT host FROM mysql.user WHERE user = 'root'" 2>/dev/null || true)
  if [ -n "$root_hosts" ]; then
    log "setting the private MariaDB's root password ($pwfile)"
    while read -r host; do
      printf "ALTER USER 'root'@'%s' IDENTIFIED BY '%s';\n" "$host" "$mariadb_password"
    done <<< "$root_hosts" | mariadb --no-defaults -uroot --password= -h127.0.0.1 -P"$port"
  elif ! MYSQL_PWD=$mariadb_password mariadb --no-defaults -uroot -h127.0.0.1 -P"$port" -e 'SELECT 1' >/dev/null 2>&1; then
    log "the private MariaDB in $mariadb_state/mariadb refuses the password in $pwfile; restore that file, or run npm run stop and remove $mariadb_state/mariadb to start afresh"
    exit 1
  fi
else
  mariadb_host=$SHAKENFIST_MARIADB_HOST mariadb_port=${SHAKENFIST_MARIADB_PORT:-3306}
  mariadb_user=${SHAKENFIST_MARIADB_USER:-shakenfist} mariadb_password=${SHAKENFIST_MARIADB_PASSWORD:-}
  mariadb_password_hint=''
fi
mariadb_database=${SHAKENFIST_MARIADB_DATABASE:-shakenfist}

# The all-in-one's configuration, rewritten each run; the environment still overrides it.
config="$AIO_STATE/config.json"
# The password goes by the environment: a command line is readable by every user of the machine.
SF_AIO_MARIADB_PASSWORD=$mariadb_password node -e '
  const [file, host, port, user, database, state, apiSecretFile] = process.argv.slice(1);
  const password = process.env.SF_AIO_MARIADB_PASSWORD;
  const config = {
    node: { name: "aio", mesh_ip: "127.0.0.1", state_dir: state },
    mariadb: { host, port: Number(port), user, password, database },
    mariadb_gateway: { hosts: ["127.0.0.1:13005", "127.0.0.1:13015"], port: 13005, metrics_port: 13006 },
    // No load balancer to notice a drain here, so stopping need not wait.
    api: { listen_address: "127.0.0.1", auth_secret: require("fs").readFileSync(apiSecretFile, "utf8"), drain_grace: 1 },
  };
  const fs = require("fs");
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + "\n", { mode: 0o600 });
  // The mode above applies only to a new file.
  fs.chmodSync(file, 0o600);
' "$config" "$mariadb_host" "$mariadb_port" "$mariadb_user" "$mariadb_database" "$AIO_STATE/node" "$AIO_STATE/api-secret"
export SHAKENFIST_CONFIG_FILE="$config"

log "applying the schema"
node packages/sf-ctl/bin/run.js ensure-mariadb-schema
mkdir -p "$AIO_STATE/run"
printf '%s\n' "$build" > "$stamp"

aio_start sf-database-1 SHAKENFIST_MARIADB_GATEWAY_PORT=13005 SHAKENFIST_MARIADB_GATEWAY_METRICS_PORT=13006 -- node packages/sf-database/bin/sf-database.js serve
aio_start sf-database-2 SHAKENFIST_MARIADB_GATEWAY_PORT=13015 SHAKENFIST_MARIADB_GATEWAY_METRICS_PORT=13016 -- node packages/sf-database/bin/sf-database.js serve
node scripts/wait-tier.mjs 30
aio_start sf-cluster -- node packages/sf-cluster/bin/sf-cluster.js
node packages/sf-api/bin/sf-api.js ensure-admin-key admin < "$AIO_STATE/admin-key"
aio_start sf-api -- node packages/sf-api/bin/sf-api.js serve
# Up means answering: sf-api ready, and every daemon still running (a taken port ends one at once).
if ! node scripts/wait-ready.mjs "http://127.0.0.1:${SHAKENFIST_API_PORT:-13000}/readyz" 30; then
  aio_alive sf-api || true
  exit 1
fi
for name in sf-database-1 sf-database-2 sf-cluster sf-api; do aio_alive "$name" || exit 1; done

rc="$AIO_STATE/sfrc"
rm -f "$rc"
(umask 077 && cat > "$rc" <<RC
# sf-ts all-in-one: source this file to reach it (Shaken Fist's client reads the SHAKENFIST_API_URL,
# SHAKENFIST_NAMESPACE and SHAKENFIST_KEY variables).
export SHAKENFIST_CONFIG_FILE='$config'
export SHAKENFIST_API_URL=http://127.0.0.1:${SHAKENFIST_API_PORT:-13000}
export SHAKENFIST_NAMESPACE=system
export SHAKENFIST_KEY=$(cat "$AIO_STATE/admin-key")
RC
)

cat <<MSG

sf-ts all-in-one is up.
  MariaDB:      mariadb -h $mariadb_host -P $mariadb_port -u $mariadb_user -p $mariadb_database${mariadb_password_hint}
  sf-database:  127.0.0.1:13005 and 127.0.0.1:13015 (metrics :13006, :13016)
  sf-cluster:   the maintainer (metrics :${SHAKENFIST_CLUSTER_METRICS_PORT:-13002})
  sf-api:       http://127.0.0.1:${SHAKENFIST_API_PORT:-13000} (metrics :${SHAKENFIST_API_METRICS_PORT:-13001}), namespace system, key in $rc
  Logs:         $AIO_STATE/logs/
  Settings:     source $rc
  Stop:         npm run stop
MSG
