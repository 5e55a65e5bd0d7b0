#!/usr/bin/env bash
# `npm run stop`: stops the all-in-one's daemons and its private MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
export AIO_STATE="$(pwd)/.aio"
# shellcheck source=scripts/aio-daemons.sh
. scripts/aio-daemons.sh
for name in sf-api sf-cluster sf-database-2 sf-database-1; do aio_stop "$name"; done
if [ -s "$AIO_STATE/mariadb-state" ] || [ -d "$AIO_STATE/mariadb" ]; then
  bash scripts/private-mariadb.sh stop "$(aio_mariadb_state)"
fi
