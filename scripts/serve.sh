#!/usr/bin/env bash
# Development server with live reload: installs what is missing, then serves
# the app (debug build) at http://127.0.0.1:8080/ (PORT=NNNN to change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
source scripts/env.sh

port="${PORT:-8080}"
echo
echo "Wenselijk: http://127.0.0.1:${port}/  (first build takes a minute; Ctrl+C stops)"
echo
exec trunk serve --release=false --address 127.0.0.1 --port "$port"
