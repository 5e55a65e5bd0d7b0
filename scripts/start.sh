#!/usr/bin/env bash
# `npm start`: the all-in-one single-node cloud on this machine. Installs what
# is missing, then brings up a private MariaDB under .aio/ (unless
# SHAKENFIST_MARIADB_HOST names one) and applies the schema. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state="$root/.aio"
mkdir -p "$state"

bash scripts/setup.sh start

log() { printf 'start: %s\n' "$*" >&2; }

if [ -z "${SHAKENFIST_MARIADB_HOST:-}" ]; then
  port=${SF_AIO_MARIADB_PORT:-13306}
  log "private MariaDB in $state/mariadb on 127.0.0.1:$port"
  bash scripts/private-mariadb.sh start "$state" "$port"
  export SHAKENFIST_MARIADB_HOST=127.0.0.1 SHAKENFIST_MARIADB_PORT=$port SHAKENFIST_MARIADB_USER=root
  export SHAKENFIST_MARIADB_PASSWORD=${SHAKENFIST_MARIADB_PASSWORD:-}
fi
export SHAKENFIST_MARIADB_DATABASE=${SHAKENFIST_MARIADB_DATABASE:-shakenfist}

# The all-in-one's own configuration; the environment still overrides it.
config="$state/config.json"
[ -f "$config" ] || printf '{\n  "node": { "state_dir": "%s" }\n}\n' "$state/node" > "$config"
export SHAKENFIST_CONFIG_FILE="$config"

log "applying the schema"
node packages/sf-ctl/bin/run.js ensure-mariadb-schema

rc="$state/sfrc"
cat > "$rc" <<RC
# sf-ts all-in-one: source this file to reach it.
export SHAKENFIST_CONFIG_FILE=$config
export SHAKENFIST_MARIADB_HOST=$SHAKENFIST_MARIADB_HOST
export SHAKENFIST_MARIADB_PORT=${SHAKENFIST_MARIADB_PORT:-3306}
export SHAKENFIST_MARIADB_USER=${SHAKENFIST_MARIADB_USER:-shakenfist}
export SHAKENFIST_MARIADB_DATABASE=$SHAKENFIST_MARIADB_DATABASE
RC

cat <<MSG

sf-ts all-in-one is up.
  MariaDB:  mariadb -h $SHAKENFIST_MARIADB_HOST -P ${SHAKENFIST_MARIADB_PORT:-3306} -u ${SHAKENFIST_MARIADB_USER:-shakenfist} $SHAKENFIST_MARIADB_DATABASE
  Schema:   node packages/sf-ctl/bin/run.js ensure-mariadb-schema --check
  Settings: source $rc
  Stop:     bash scripts/private-mariadb.sh stop $state
MSG
