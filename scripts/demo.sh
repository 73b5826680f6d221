#!/usr/bin/env bash
# The main job: install PlanGraph, load the bundled sample plans into the store every `plangraph` command
# reads (the per-user default, or $PLANGRAPH_STORE; a store of other documents is refused) and serve the
# API and the visualizer. Extra arguments go to `plangraph demo` (e.g. --port 8080, --store DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh
exec .venv/bin/plangraph demo "$@"
