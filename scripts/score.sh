#!/usr/bin/env bash
# Score PlanGraph on the whole dev set: data/seeds plus ../shared/eval/openings/docs, ingested into one
# fresh store and scored by ../shared/eval/score.py against both gold sets (scripts/dev_eval.py).
# Extra arguments go to dev_eval.py (--misses, --json FILE, --keep DIR, --extra DOCS_DIR GOLD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/plangraph ] || ./scripts/install.sh
exec .venv/bin/python scripts/dev_eval.py "$@"
