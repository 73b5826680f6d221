#!/usr/bin/env bash
# The main job: install PlanGraph, load the bundled sample plans into a fresh embedded store and serve
# the API and the visualizer. Extra arguments go to `plangraph demo` (e.g. --port 8080).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh
exec .venv/bin/plangraph demo "$@"
