#!/usr/bin/env bash
# The test command: install PlanGraph with its dev extra and whatever the tests need, then run pytest.
# Extra arguments go to pytest (e.g. -k store -x).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh dev
# The offline Cypher linter the tests run on cypher/*.cypher (npm registry; node 20 works).
if command -v npm >/dev/null; then
    (cd tools/cypherlint && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
exec .venv/bin/python -m pytest "$@"
