#!/usr/bin/env bash
# Create (or reuse) .venv and install PlanGraph into it; pass an extra such as "dev" to add it.
# Used by scripts/demo.sh, scripts/test.sh and the Dockerfile, so there is one install step.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "PlanGraph needs Python >= 3.11; '$PYTHON' is $("$PYTHON" --version 2>&1 || echo missing)." >&2
    echo "Set PYTHON=/path/to/python3.11 and run again." >&2
    exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
spec="."
[ $# -gt 0 ] && spec=".[$(IFS=,; echo "$*")]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
