"""Latency of the HTTP API per endpoint: p50, p99 and requests/s at several connection counts.

Starts ``plangraph serve`` for real (uvicorn, loopback, a free port) in a subprocess on a store —
the sample corpus built in a temp dir by default, or any store given with ``--store`` (e.g. a
1,000-plan synthetic graph from bench/synth_corpus.py) — finds ids to ask about through the API
itself, then drives each endpoint for ``--seconds`` at each connection count.

The load client is Debian's wrk 4.1 when it is installed (C, a few per cent of a core; `apt-get install
wrk`), else async httpx in this process. Either way each line reports the server's CPU time per request
and the share of one core the client used. The httpx client is a poor judge of the tail: at 16
connections it takes a whole core of the two and its own event loop queues the answers, so its p99
there was 150–330 ms where wrk, on the same server and store, measured 8–18 ms (2026-12-06; the wrk
figures add up: 29,977 requests × 5.34 ms mean / 16 connections = 10.0 s, the run's length).

What a request asks: by default the same URL every time, so after the first answer the server's
answer cache replies (what a dashboard polling one view costs); ``--conditional`` adds a pass with
the first answer's ETag as If-None-Match (304s); ``--uncached`` adds a pass in which every URL carries
a new ``_bench=N`` query parameter, so nothing is cached and every request costs the store reads (what
a crowd asking about different plans costs).

    .venv/bin/python bench/api_latency.py
    .venv/bin/python bench/api_latency.py --store /tmp/big --connections 1,16 --seconds 20 \\
        --endpoints trace,neighbours,search --json

``--store`` may be given several times (e.g. an embedded store and ``bolt://127.0.0.1:7701`` holding the
same graph): the stores are measured one after the other in the same invocation, each by its own
server, and every line names its store. ``--conditional`` adds a pass per endpoint that sends the
ETag of the first answer as ``If-None-Match`` (answered 304 where the store has a graph version; the
Neo4j store keeps one on a :GraphVersion node).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"
WRK_SCRIPT = Path(__file__).with_name("wrk_report.lua")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# name → URL template; {placeholders} are filled from ids discovered through the API
ENDPOINTS = {
    "health": "/health",
    "plans": "/api/v1/plans?limit=50",
    "hierarchy": "/api/v1/plans/hierarchy",
    "plan": "/api/v1/plans/{parent}",
    "indicators": "/api/v1/plans/{child}/indicators",
    "coverage": "/api/v1/plans/{parent}/coverage",
    "compare": "/api/v1/indicators/compare?name={indicator}",
    "entities": "/api/v1/entities?label=System&limit=50",
    "entity": "/api/v1/entities/{entity}",
    "search": "/api/v1/search?q={term}",
    "neighbours": "/api/v1/nodes/{parent}/neighbours?depth=1",
    "trace": "/api/v1/trace/{goal}?direction=down",
    "path": "/api/v1/path?source={child}&target={region}",
    "export": "/api/v1/export?format=json",
}
DEFAULT_ENDPOINTS = [name for name in ENDPOINTS if name != "export"]


@dataclass
class Result:
    store: str
    endpoint: str
    conditional: bool
    connections: int
    requests: int
    errors: int
    p50_ms: float
    p99_ms: float
    rps: float
    server_cpu_ms_per_request: float
    client_cpu_percent: float
    client: str
    not_modified: int = 0
    uncached: bool = False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_sample_store(folder: Path) -> Path:
    store = folder / "store"
    subprocess.run(
        [sys.executable, "-m", "plangraph", "ingest", str(SEEDS), "--store", str(store)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return store


def start_server(store: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PLANGRAPH_API_KEY": ""}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "plangraph",
            "serve",
            "--store",
            store,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            *(["--workers", str(workers)] if workers > 1 else []),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not answer /health within 300 s")


def discover_ids(base: str) -> dict[str, str]:
    """Ids to ask about, found through the API so any store works: the first ingested plan (breadth-
    first from the top of the hierarchy) with ingested child plans, its statement carried down by the
    most child statements (the trace's goal), an indicator of its first child, a system, a search
    term from the system's name and the region the child plan covers."""
    with httpx.Client(base_url=base, timeout=600) as client:
        pending = list(client.get("/api/v1/plans/hierarchy").json()["roots"])
        parent = pending[0] if pending else {"id": "", "children": []}
        while pending:
            plan = pending.pop(0)
            if plan["source"] and any(c["source"] for c in plan["children"]):
                parent = plan
                break
            pending.extend(plan["children"])
        ingested = [c["id"] for c in parent["children"] if c["source"]]
        child = ingested[0] if ingested else parent["id"]
        coverage = client.get(f"/api/v1/plans/{parent['id']}/coverage").json()
        statements = sorted(coverage.get("statements", []), key=lambda s: -len(s["implemented_by"]))
        goals = [s["task"] for s in statements if s["implemented_by"]]
        indicators = client.get(f"/api/v1/plans/{child}/indicators").json().get("items", [])
        systems = client.get("/api/v1/entities", params={"label": "System", "limit": 1}).json()["items"]
        covers = client.get(f"/api/v1/nodes/{child}/neighbours", params={"rel": "COVERS", "direction": "out"})
        regions = [n["node"] for n in covers.json().get("nodes", [])]
    entity = systems[0] if systems else {"id": parent["id"], "name": "规划"}
    return {
        "parent": parent["id"],
        "child": child,
        "goal": goals[0] if goals else parent["id"],
        "indicator": indicators[0]["name"] if indicators else "",
        "entity": entity["id"],
        "term": (entity.get("name") or "规划")[:2],
        "region": regions[0]["id"] if regions else parent["id"],
    }


async def drive(
    base: str,
    url: str,
    connections: int,
    requests: int,
    seconds: float,
    headers: dict[str, str],
    uncached: bool = False,
) -> tuple[list[float], int, int, float]:
    latencies: list[float] = []
    errors = 0
    issued = 0
    not_modified = 0
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    started = time.perf_counter()
    deadline = started + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal issued, errors, not_modified
        while issued < requests and time.perf_counter() < deadline:
            issued += 1
            target = f"{url}{'&' if '?' in url else '?'}_bench={issued}" if uncached else url
            begin = time.perf_counter()
            try:
                response = await client.get(target, headers=headers)
                ok = response.status_code in (200, 304)
                not_modified += response.status_code == 304
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - begin)
            errors += 0 if ok else 1

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(worker(client) for _ in range(connections)))
    return latencies, errors, not_modified, time.perf_counter() - started


def run_wrk(url: str, connections: int, seconds: float, mode: str) -> tuple[dict[str, int], float]:
    """One wrk run (``mode``: see bench/wrk_report.lua): its JSON summary and the CPU seconds wrk used."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "30s", "-s", str(WRK_SCRIPT)]
    wrk = subprocess.Popen(
        [*command, url, "--", mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert wrk.stdout is not None
    output = wrk.stdout.read().decode()
    _, status, usage = os.wait4(wrk.pid, 0)
    wrk.returncode = os.waitstatus_to_exitcode(status)
    summary = next((json.loads(line) for line in output.splitlines() if line.startswith("{")), None)
    if wrk.returncode != 0 or summary is None:
        raise SystemExit(f"wrk failed on {url}: {output.strip()[-500:]}")
    return summary, usage.ru_utime + usage.ru_stime


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU of the server and its worker processes so far, from /proc."""
    total = 0.0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        pending.extend(int(c) for c in children)
    return total


def wait_until_idle(server: int, limit: float = 300.0) -> None:
    """Wait (at most ``limit`` s) until the server uses under a tenth of a core: requests a client
    gave up on (wrk's 30 s timeout) are still being answered and would slow the next run."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        before = server_cpu_seconds(server)
        time.sleep(1)
        if server_cpu_seconds(server) - before < 0.1:
            return


def measure(
    client: str,
    base: str,
    url: str,
    connections: int,
    requests: int,
    seconds: float,
    server: int,
    conditional: bool = False,
    uncached: bool = False,
) -> tuple[int, int, float, float, float, float, float, int]:
    """Drive one endpoint after one uncounted warm-up request: (requests, errors, p50 s, p99 s,
    elapsed s, server CPU s, client CPU s, 304 answers). ``conditional`` sends the warm-up answer's
    ETag as If-None-Match with every request; ``uncached`` gives every request a URL of its own."""
    wait_until_idle(server)
    warm = httpx.get(base + url, timeout=600)
    etag = warm.headers.get("etag")
    headers = {"If-None-Match": etag} if conditional and etag else {}
    server_before = server_cpu_seconds(server)
    if client == "wrk":
        mode = "unique" if uncached else f"inm={etag}" if conditional and etag else "plain"
        summary, client_cpu = run_wrk(base + url, connections, seconds, mode)
        server_cpu = server_cpu_seconds(server) - server_before
        return (
            summary["requests"],
            summary["errors"],
            summary["p50_us"] / 1e6,
            summary["p99_us"] / 1e6,
            summary["duration_us"] / 1e6,
            server_cpu,
            client_cpu,
            summary["not_modified"],
        )
    client_before = time.process_time()
    latencies, errors, not_modified, elapsed = asyncio.run(
        drive(base, url, connections, requests, seconds, headers, uncached)
    )
    client_cpu = time.process_time() - client_before
    server_cpu = server_cpu_seconds(server) - server_before
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    return len(latencies), errors, p50, p99, elapsed, server_cpu, client_cpu, not_modified


def percentile(values: list[float], q: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--store",
        action="append",
        help="store directory or bolt:// / neo4j:// URL (default: sample corpus in a temp dir); "
        "repeat to measure several stores in one invocation",
    )
    parser.add_argument("--connections", default="1,16", help="comma-separated connection counts")
    parser.add_argument(
        "--client",
        choices=["wrk", "httpx"],
        default="wrk" if shutil.which("wrk") else "httpx",
        help="load client (default: wrk when installed; see the module docstring)",
    )
    parser.add_argument(
        "--requests", type=int, default=2000, help="httpx client: most requests per endpoint and count"
    )
    parser.add_argument(
        "--seconds", type=float, default=10.0, help="time per endpoint and connection count (a cap for httpx)"
    )
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (plangraph serve)")
    parser.add_argument(
        "--endpoints",
        default=",".join(DEFAULT_ENDPOINTS),
        help=f"comma-separated, from: {', '.join(ENDPOINTS)}",
    )
    parser.add_argument(
        "--conditional",
        action="store_true",
        help="also measure each endpoint with If-None-Match (the ETag of its first answer)",
    )
    parser.add_argument(
        "--uncached",
        action="store_true",
        help="also measure each endpoint with a new URL per request (no answer cached: the store reads)",
    )
    parser.add_argument(
        "--ids",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="use this id instead of the discovered one (keys: parent, child, goal, indicator, entity, "
        "term, region); repeat for several",
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON lines instead of a table")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.endpoints.split(",") if n.strip()]
    if any("=" not in item for item in args.ids):
        parser.error("--ids takes KEY=VALUE")
    unknown = [n for n in names if n not in ENDPOINTS]
    if unknown:
        parser.error(f"unknown endpoints: {', '.join(unknown)}")
    if args.client == "wrk" and not shutil.which("wrk"):
        parser.error("--client wrk: wrk is not installed (apt-get install wrk)")
    connection_counts = [int(c) for c in args.connections.split(",")]
    if not args.json:
        header = ("conns", "reqs", "errors", "304s", "p50 ms", "p99 ms", "req/s", "srv ms/req", "client %")
        widths = (5, 6, 6, 6, 8, 8, 8, 10, 8)
        print(
            f"{'store':<24} {'endpoint':<16} "
            + " ".join(f"{h:>{w}}" for h, w in zip(header, widths, strict=True))
        )
    with tempfile.TemporaryDirectory(prefix="plangraph-bench-") as folder:
        for store in args.store or [str(build_sample_store(Path(folder)))]:
            bench_store(args, store, names, connection_counts)
    return 0


def bench_store(args: argparse.Namespace, store: str, names: list[str], connection_counts: list[int]) -> None:
    """Start a server on ``store``, drive every endpoint at every connection count, stop it."""
    port = free_port()
    server = start_server(store, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    label = store if "://" in store else Path(store).name
    try:
        chosen = discover_ids(base) | dict(item.split("=", 1) for item in args.ids)
        ids = {k: quote(v, safe="") for k, v in chosen.items()}
        print(
            f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {platform.node()}, "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; client {args.client}; "
            f"{args.workers} worker(s); store {store}; ids {json.dumps(ids)}",
            file=sys.stderr,
            flush=True,
        )
        for name in names:
            url = ENDPOINTS[name].format(**ids)
            passes = [(False, False)] + [(True, False)] * args.conditional + [(False, True)] * args.uncached
            for conditional, uncached in passes:
                for connections in connection_counts:
                    count, errors, p50, p99, elapsed, server_cpu, client_cpu, not_modified = measure(
                        args.client,
                        base,
                        url,
                        connections,
                        args.requests,
                        args.seconds,
                        server.pid,
                        conditional,
                        uncached,
                    )
                    r = Result(
                        label,
                        name,
                        conditional,
                        connections,
                        count,
                        errors,
                        round(p50 * 1000, 2),
                        round(p99 * 1000, 2),
                        round(count / elapsed, 1),
                        round(server_cpu * 1000 / max(count, 1), 2),
                        round(100 * client_cpu / elapsed, 1),
                        args.client,
                        not_modified,
                        uncached,
                    )
                    if args.json:
                        print(json.dumps(asdict(r)), flush=True)
                    else:
                        endpoint = r.endpoint + (" (INM)" if conditional else " (new)" if uncached else "")
                        print(
                            f"{r.store:<24} {endpoint:<16} {r.connections:>5} {r.requests:>6} {r.errors:>6} "
                            f"{r.not_modified:>6} {r.p50_ms:>8.2f} {r.p99_ms:>8.2f} {r.rps:>8.1f} "
                            f"{r.server_cpu_ms_per_request:>10.2f} {r.client_cpu_percent:>8.1f}",
                            flush=True,
                        )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
