#!/usr/bin/env bash
# The test command: install PlanGraph with its dev extra and whatever the tests need, then run pytest.
# Extra arguments go to pytest (e.g. -k store -x).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install.sh dev
# The browser tests drive Debian's Chromium (Playwright's own download needs the internet) and need
# CJK fonts to draw Chinese labels; the latency bench's test drives Debian's wrk. Installed only when
# missing; without root the tests that need them are skipped, each with its reason.
if [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1 || ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing chromium, fonts-noto-cjk and wrk for the browser and bench tests" >&2
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk wrk; } >/dev/null \
            || echo "could not install chromium or wrk: the tests that need them will be skipped" >&2
    else
        echo "chromium, fonts-noto-cjk or wrk missing and not root: the tests that need them will be skipped" >&2
    fi
fi
# The offline Cypher linter the tests run on cypher/*.cypher (npm registry; node 20 works).
if command -v npm >/dev/null; then
    (cd tools/cypherlint && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
# The Neo4j leg: a Neo4j 5.26 server of our own (scripts/neo4j.sh) on a free port, stopped on exit,
# also when pytest fails or the run is interrupted. Without Java or Maven the leg is skipped with
# that reason; under CI=true a skipped Neo4j leg fails the run (tests/conftest.py).
if command -v java >/dev/null && command -v mvn >/dev/null; then
    export NEO4J_RUN_DIR="$PWD/tools/neo4j-server/run-tests"
    NEO4J_PORT="$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    export NEO4J_PORT
    trap './scripts/neo4j.sh stop' EXIT
    trap 'exit 130' INT TERM
    NEO4J_URI="$(./scripts/neo4j.sh start)"
    export NEO4J_URI
else
    export PLANGRAPH_NEO4J_SKIP="Neo4j leg: Java or Maven (mvn) missing, so scripts/neo4j.sh cannot run a server"
    echo "$PLANGRAPH_NEO4J_SKIP" >&2
fi
.venv/bin/python -m pytest "$@"
