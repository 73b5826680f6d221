#!/usr/bin/env bash
# The test command: install PlanGraph with its dev extra and whatever the tests need, then run pytest.
# Extra arguments go to pytest (e.g. -k store -x).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh dev
exec .venv/bin/python -m pytest "$@"
