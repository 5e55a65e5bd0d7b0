#!/usr/bin/env bash
# `npm test`: install what is missing, build, then run every suite once.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
exec npx mocha --config .mocharc.json "$@"
