#!/usr/bin/env bash
# A local Neo4j 5.26 Community server without Docker, for the tests and for trying PlanGraph on Neo4j:
#   scripts/neo4j.sh start    fetch the jars once (Maven Central into ~/.m2), start, wait for Bolt
#   scripts/neo4j.sh stop     stop it (SIGTERM, clean shutdown); does nothing when it is not running
#   scripts/neo4j.sh status   print its bolt URI and exit 0, or say it is not running and exit 3
# Bolt on 127.0.0.1:${NEO4J_PORT:-7687}, auth off, HTTP off. Needs Java 17+ and Maven (first start).
# The server runs Neo4j's test harness: its database lives in a fresh folder under
# tools/neo4j-server/run/data and is deleted when the server stops — a scratch server, not a home.
# NEO4J_KEEP_DATA=1 keeps the database across stop and start (in $RUN/data/kept); NEO4J_AUTH=1 turns
# authentication on (user neo4j, password neo4j until changed with ALTER CURRENT USER SET PASSWORD).
# NEO4J_RUN_DIR moves pid, log and data elsewhere. NEO4J_HEAP (default 1g) sets the JVM heap; NEO4J_START_TIMEOUT (default 180 s) bounds `start`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SERVER="$ROOT/tools/neo4j-server"
RUN="${NEO4J_RUN_DIR:-$SERVER/run}"  # scripts/test.sh keeps its own, apart from a server you run
JARS="$SERVER/target/dependency"
PID_FILE="$RUN/neo4j.pid"
URI_FILE="$RUN/neo4j.uri"
LOG="$RUN/neo4j.log"
HOST=127.0.0.1
PORT="${NEO4J_PORT:-7687}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"

die() { echo "neo4j.sh: $*" >&2; exit 1; }

running_pid() {
    # The recorded pid, if that process is still alive (a stale pid file is removed).
    [ -f "$PID_FILE" ] || return 1
    local pid
    pid="$(cat "$PID_FILE")"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        echo "$pid"
        return 0
    fi
    rm -f "$PID_FILE" "$URI_FILE"
    return 1
}

fetch_jars() {
    # Jars are fetched into ~/.m2 and copied beside the pom; both are reused afterwards.
    if [ -n "$(ls -A "$JARS" 2>/dev/null)" ] && [ "$JARS" -nt "$SERVER/pom.xml" ]; then
        return 0
    fi
    command -v mvn >/dev/null || die "Maven (mvn) is missing: it fetches Neo4j's jars once; install maven"
    echo "neo4j.sh: fetching Neo4j's jars from Maven Central (once; about 145 MB)" >&2
    rm -rf "$JARS"
    mvn -B -q -f "$SERVER/pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies >"$RUN/mvn.log" 2>&1 \
        || { tail -n 20 "$RUN/mvn.log" >&2; die "could not fetch Neo4j's jars (log: $RUN/mvn.log)"; }
    touch "$JARS"
}

start() {
    mkdir -p "$RUN"
    if pid="$(running_pid)"; then
        echo "neo4j.sh: already running (pid $pid) at $(cat "$URI_FILE")" >&2
        cat "$URI_FILE"
        return 0
    fi
    command -v java >/dev/null || die "Java is missing: Neo4j 5.26 needs Java 17 or newer"
    fetch_jars
    local flags=()
    if [ "${NEO4J_KEEP_DATA:-}" = 1 ]; then flags+=(--keep-data); else rm -rf "$RUN/data"; fi
    if [ "${NEO4J_AUTH:-}" = 1 ]; then flags+=(--auth); fi
    : >"$LOG"
    nohup java "-Xmx${NEO4J_HEAP:-1g}" -cp "$JARS/*" "$SERVER/Launcher.java" "$HOST" "$PORT" "$RUN/data" \
        "${flags[@]}" >>"$LOG" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$PID_FILE"
    local waited=0
    while ! grep -q '^neo4j ready ' "$LOG"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$PID_FILE"
            tail -n 20 "$LOG" >&2
            die "Neo4j exited before it was ready (is port $PORT free? log: $LOG)"
        fi
        if [ "$waited" -ge "$TIMEOUT" ]; then
            kill "$pid" 2>/dev/null || true
            rm -f "$PID_FILE"
            tail -n 20 "$LOG" >&2
            die "Neo4j was not ready after ${TIMEOUT}s (log: $LOG)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    grep -m1 '^neo4j ready ' "$LOG" | cut -d' ' -f3 >"$URI_FILE"
    echo "neo4j.sh: ready in ${waited}s (pid $pid); log: $LOG" >&2
    cat "$URI_FILE"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        echo "neo4j.sh: not running" >&2
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "neo4j.sh: still running 30s after SIGTERM; killing pid $pid" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE" "$URI_FILE"
    echo "neo4j.sh: stopped" >&2
}

status() {
    local pid
    if pid="$(running_pid)"; then
        echo "neo4j.sh: running (pid $pid)" >&2
        cat "$URI_FILE"
        return 0
    fi
    echo "neo4j.sh: not running" >&2
    return 3
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
