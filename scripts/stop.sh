#!/usr/bin/env bash
# `npm run stop`: stops the all-in-one's daemons and its private MariaDB.
set -euo pipefail
cd "$(dirname "$0")/.."
export AIO_STATE="$(pwd)/.aio"
# shellcheck source=scripts/aio-daemons.sh
. scripts/aio-daemons.sh
for name in sf-api sf-cluster sf-database-2 sf-database-1; do aio_stop "$name"; done
# Wherever it was kept (see aio_mariadb_state); stopping one that does not run does nothing.
for state in "$AIO_STATE" "$(aio_var_state)"; do bash scripts/private-mariadb.sh stop "$state"; done
