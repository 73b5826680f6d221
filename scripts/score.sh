#!/usr/bin/env bash
# Build the sample graph from data/seeds in a fresh store and score it against the dev gold with
# ../shared/eval/score.py. Extra arguments go to score.py (e.g. --misses or --json).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/plangraph ] || ./scripts/install.sh
SHARED="${PLANGRAPH_SHARED:-../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
.venv/bin/plangraph ingest data/seeds --store "$work/store" >&2
.venv/bin/plangraph export --format json -o "$work/graph.json" --store "$work/store"
.venv/bin/python "$SHARED/eval/score.py" "$work/graph.json" "$SHARED/eval/gold" --sources data/seeds "$@"
