"""How ingest scales: wall time, peak RSS and graph size for synthetic corpora of N plans.

For each N the corpus is generated once (bench/synth_corpus.py, cached in a temp dir), then every run
ingests it with ``plangraph ingest DIR --store TMP`` in a fresh subprocess into a fresh store. Peak RSS
is the child's ``ru_maxrss`` from ``os.wait4``. Runs alternate between the sizes (100, 1000, 100,
1000, …) so a slow spell on a shared machine hits both, and the ratio time(largest)/time(smallest) is
taken within each round, then reported as median, min and max like the rest.

``--store`` names the stores to compare, each run of every size going to each in turn within the same
round: ``embedded`` (a fresh SQLite store in a temp dir) and/or a ``bolt://`` or ``neo4j://`` URL
(cleared before each run; credentials from ``NEO4J_USERNAME``/``NEO4J_PASSWORD`` as for ``plangraph``).
For a server the peak of its JVM heap in use is sampled every second through ``dbms.queryJmx`` while
the ingest runs; the last run of the largest size stays in the server for bench/api_latency.py.

    .venv/bin/python -m bench.scale --plans 100,1000 --runs 3 --largest-runs 2
    .venv/bin/python -m bench.scale --plans 100,1000 --runs 1 --store embedded --store bolt://127.0.0.1:7701
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.synth_corpus import write_corpus

PLANGRAPH = Path(sys.executable).with_name("plangraph")
EMBEDDED = "embedded"
HEAP_QUERY = (
    "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes "
    "RETURN attributes.HeapMemoryUsage.value.properties AS heap"
)


@dataclass
class Run:
    plans: int
    seconds: float
    peak_rss_mb: float
    nodes: int
    edges: int
    store_mb: float
    store: str = EMBEDDED
    server_heap_peak_mb: float | None = None
    server_heap_committed_mb: float | None = None


def is_server(store: str | Path) -> bool:
    return "://" in str(store)


def _open(location: str) -> Any:
    from plangraph.settings import Settings

    return Settings().open_store(location)


def clear_server(url: str) -> None:
    store = _open(url)
    try:
        store.clear()
    finally:
        store.close()


@contextmanager
def heap_sampler(url: str, every: float = 1.0) -> Iterator[dict[str, float]]:
    """Peak used and last committed JVM heap (MB) of the Neo4j server while the block runs: sampled,
    so a short peak between samples is missed; 'used' includes garbage not yet collected."""
    store = _open(url)
    peak = {"used": 0.0, "committed": 0.0}
    stop = threading.Event()

    def sample() -> None:
        with store.driver.session(database=store.database) as session:
            heap = session.run(HEAP_QUERY).single()["heap"]
        peak["used"] = max(peak["used"], heap["used"] / 2**20)
        peak["committed"] = heap["committed"] / 2**20

    def loop() -> None:
        while not stop.wait(every):
            try:
                sample()
            except Exception:  # a busy server may not answer one sample; the next one counts
                continue

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join()
        sample()
        store.close()


def ingest_once(corpus: Path, store: Path | str, fresh: bool = True) -> Run:
    """One ``plangraph ingest`` in a fresh process into an empty store (``fresh``: a new directory,
    or a cleared server) or into the store already there."""
    server = is_server(store)
    if fresh:
        if server:
            clear_server(str(store))
        else:
            shutil.rmtree(store, ignore_errors=True)
    with heap_sampler(str(store)) if server else _no_heap() as heap:
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(PLANGRAPH), "ingest", str(corpus), "--store", str(store)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert process.stdout is not None
        output = process.stdout.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"plangraph ingest exited {process.returncode}: {output.decode()[-500:]}")
    nodes, edges = _graph_size(output.decode())
    size = 0 if server else sum(p.stat().st_size for p in Path(store).iterdir() if p.is_file())
    return Run(
        plans=len(list(corpus.glob("*.txt"))),
        seconds=seconds,
        peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        nodes=nodes,
        edges=edges,
        store_mb=size / 1e6,
        store=str(store) if server else EMBEDDED,
        server_heap_peak_mb=heap.get("used"),
        server_heap_committed_mb=heap.get("committed"),
    )


@contextmanager
def _no_heap() -> Iterator[dict[str, float]]:
    yield {}


def add_one(plan: Path, big_store: Path, work: Path) -> dict[str, Run]:
    """Ingest one plan into a copy of ``big_store`` and into an empty store, each in a fresh process:
    adding a plan should cost the plan, not the store (issue 17: at most 2x the empty-store time)."""
    corpus = work / "one-plan"
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    shutil.copy2(plan, corpus / plan.name)
    copy = work / "big-copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(big_store, copy)
    into_large = ingest_once(corpus, copy, fresh=False)
    shutil.rmtree(copy, ignore_errors=True)
    return {
        "into the large store": into_large,
        "into an empty store": ingest_once(corpus, work / "empty"),
    }


def upload_once(plan: Path, big_store: Path, work: Path) -> dict[str, float]:
    """Upload ``plan`` through ``POST /api/v1/ingest`` to ``plangraph serve`` on a copy of
    ``big_store`` while a reader asks for a plan list over and over: the upload's wall time, the
    server's peak RSS (VmHWM) and how the reads fared meanwhile (issue 17: ≤ 2x the CLI, reads answer)."""
    import socket
    import urllib.request
    import uuid

    copy = work / "upload-copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(big_store, copy)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    key = uuid.uuid4().hex
    server = subprocess.Popen(
        [str(PLANGRAPH), "serve", "--store", str(copy), "--port", str(port)],
        env={**os.environ, "PLANGRAPH_API_KEY": key},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    reads: list[float] = []
    failed = 0
    done = threading.Event()

    def reader() -> None:
        nonlocal failed
        while not done.is_set():
            began = time.perf_counter()
            try:
                with urllib.request.urlopen(
                    f"{base}/api/v1/plans?limit=10&offset={len(reads) % 900}", timeout=120
                ):
                    reads.append(time.perf_counter() - began)
            except OSError:
                failed += 1
            time.sleep(0.05)

    try:
        deadline = time.perf_counter() + 300
        while time.perf_counter() < deadline:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5):
                    break
            except OSError:
                time.sleep(0.2)
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{plan.name}"\r\n'
                "Content-Type: text/plain\r\n\r\n"
            ).encode()
            + plan.read_bytes()
            + f"\r\n--{boundary}--\r\n".encode()
        )
        request = urllib.request.Request(
            f"{base}/api/v1/ingest",
            data=body,
            headers={"X-API-Key": key, "Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=1200) as response:
            status_code = response.status
        seconds = time.perf_counter() - started
        done.set()
        thread.join()
        status = Path(f"/proc/{server.pid}/status").read_text()
        hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    finally:
        done.set()
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(copy, ignore_errors=True)
    return {
        "status": status_code,
        "seconds": seconds,
        "server_peak_rss_mb": hwm / 1024,
        "reads_answered": len(reads),
        "reads_failed": failed,
        "read_max_s": max(reads, default=0.0),
        "read_median_s": statistics.median(reads) if reads else 0.0,
    }


def serve_ready(store: Path, timeout: float = 300.0) -> tuple[float, float]:
    """Seconds until ``plangraph serve`` on ``store`` answers /health, and its RSS (MB) then."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    server = subprocess.Popen(
        [str(PLANGRAPH), "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < timeout:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        ready = time.perf_counter() - started
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/plans?limit=100", timeout=60):
            pass
        status = Path(f"/proc/{server.pid}/status").read_text()
        rss = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
    finally:
        server.terminate()
        server.wait(timeout=30)
    return ready, rss / 1024


def _graph_size(output: str) -> tuple[int, int]:
    """Nodes and edges from the summary line (``… (store now N nodes, M edges)``)."""
    tail = output.rsplit("store now", 1)[-1]
    numbers = [int(word) for word in tail.replace(",", " ").split() if word.isdigit()]
    return numbers[0], numbers[1]


def summarise(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def run(
    sizes: list[int],
    runs: int,
    largest_runs: int,
    seed: int,
    keep_store: Path | None,
    stores: list[str],
    detail: int = 1,
) -> dict:
    """Every round ingests each size into each store in turn (100 embedded, 100 server, 1000
    embedded, …) so the stores are compared under the same load; ratios are taken within a round."""
    work = Path(tempfile.gettempdir()) / "plangraph-scale"
    results: dict[str, dict[int, list[Run]]] = {store: {n: [] for n in sizes} for store in stores}
    ratios: dict[str, list[float]] = {store: [] for store in stores}
    largest, smallest = max(sizes), min(sizes)
    corpora = {}
    for n in sizes:
        corpora[n] = work / (f"corpus-{n}-seed{seed}" + (f"-detail{detail}" if detail != 1 else ""))
        if not corpora[n].is_dir():
            write_corpus(n, seed, corpora[n], detail)
    with tempfile.TemporaryDirectory(prefix="plangraph-scale-") as tmp:
        for round_number in range(runs):
            for n in sizes:
                if n == largest and round_number >= largest_runs:
                    continue
                for store in stores:
                    location = store if is_server(store) else Path(tmp) / f"store-{n}"
                    result = ingest_once(corpora[n], location)
                    results[store][n].append(result)
                    heap = (
                        f", server heap peak {result.server_heap_peak_mb:.0f} MB used"
                        f" / {result.server_heap_committed_mb:.0f} MB committed"
                        if result.server_heap_peak_mb is not None
                        else f", store {result.store_mb:.1f} MB"
                    )
                    print(
                        f"round {round_number + 1}: {store} {n} plans {result.seconds:.1f} s, "
                        f"peak RSS {result.peak_rss_mb:.0f} MB, {result.nodes} nodes, {result.edges} edges"
                        f"{heap}; load average {os.getloadavg()[0]:.1f}",
                        file=sys.stderr,
                        flush=True,
                    )
                    if n == largest and keep_store is not None and not is_server(store):
                        shutil.rmtree(keep_store, ignore_errors=True)
                        shutil.copytree(location, keep_store)
            if round_number < min(runs, largest_runs) and largest != smallest:
                for store in stores:
                    runs_of = results[store]
                    ratios[store].append(runs_of[largest][-1].seconds / runs_of[smallest][-1].seconds)
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_average_at_end": os.getloadavg(),
        "seed": seed,
        "detail": detail,
        "stores": {
            store: {
                "sizes": {n: _size_report(rs) for n, rs in by_size.items()},
                "ratio_largest_to_smallest": summarise(ratios[store]) if ratios[store] else None,
            }
            for store, by_size in results.items()
        },
    }


def _size_report(rs: list[Run]) -> dict[str, Any]:
    heaps = [r.server_heap_peak_mb for r in rs if r.server_heap_peak_mb is not None]
    return {
        "runs": len(rs),
        "seconds": summarise([r.seconds for r in rs]),
        "peak_rss_mb": summarise([r.peak_rss_mb for r in rs]),
        "server_heap_peak_mb": summarise(heaps) if heaps else None,
        "nodes": rs[-1].nodes,
        "edges": rs[-1].edges,
        "store_mb": rs[-1].store_mb,
        "all": [asdict(r) for r in rs],
    }


def print_table(report: dict) -> None:
    print(f"{report['date']} · {report['machine']} · seed {report['seed']}")
    print(
        "store                     plans  runs  time s median (min–max)   client peak RSS MB   "
        "server heap peak MB     nodes    edges   store MB"
    )
    for store, by_store in report["stores"].items():
        for n, s in by_store["sizes"].items():
            t, m, h = s["seconds"], s["peak_rss_mb"], s["server_heap_peak_mb"]
            heap = f"{h['median']:>8.0f} ({h['min']:.0f}–{h['max']:.0f})" if h else f"{'—':>8}"
            print(
                f"{store:<25} {n:>5}  {s['runs']:>4}  {t['median']:>7.1f} ({t['min']:.1f}–{t['max']:.1f})"
                f"        {m['median']:>6.0f} ({m['min']:.0f}–{m['max']:.0f})   {heap:<20}"
                f" {s['nodes']:>7} {s['edges']:>8} {s['store_mb']:>9.1f}"
            )
        if ratio := by_store["ratio_largest_to_smallest"]:
            sizes = list(by_store["sizes"])
            print(
                f"{store}: time({max(sizes)})/time({min(sizes)}), same round: "
                f"{ratio['median']:.2f} ({ratio['min']:.2f}–{ratio['max']:.2f})"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", default="100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs per size")
    parser.add_argument("--largest-runs", type=int, default=None, help="runs for the largest size")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (bench/synth_corpus.py)")
    parser.add_argument("--detail", type=int, default=1, help="corpus --detail (bench/synth_corpus.py)")
    parser.add_argument("--keep-store", type=Path, help="copy the largest size's embedded store here")
    parser.add_argument(
        "--store",
        action="append",
        help="'embedded' or a bolt:// / neo4j:// URL (cleared before each run); repeat to compare "
        "stores in the same rounds (default: embedded)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--add-one",
        type=Path,
        metavar="PLAN",
        help="instead: ingest PLAN into a copy of --into and into an empty store, and time serve on --into",
    )
    parser.add_argument("--into", type=Path, help="the large store --add-one adds to (e.g. a --keep-store)")
    args = parser.parse_args(argv)
    if args.add_one is not None:
        with tempfile.TemporaryDirectory(prefix="plangraph-add-one-") as tmp:
            runs = add_one(args.add_one, args.into, Path(tmp))
            upload = upload_once(args.add_one, args.into, Path(tmp))
        ready, rss = serve_ready(args.into)
        report = {k: asdict(r) for k, r in runs.items()} | {
            "upload through the API into the large store": upload,
            "serve": {"ready_s": ready, "rss_mb": rss},
            "load_average_at_end": os.getloadavg(),
        }
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
        for name, r in runs.items():
            print(f"{args.add_one.name} {name} (CLI): {r.seconds:.1f} s, peak RSS {r.peak_rss_mb:.0f} MB")
        print(
            f"{args.add_one.name} uploaded through the API into the large store: {upload['seconds']:.1f} s "
            f"(HTTP {upload['status']}), server peak RSS {upload['server_peak_rss_mb']:.0f} MB; "
            "reads meanwhile: "
            f"{upload['reads_answered']} answered (median {upload['read_median_s'] * 1000:.0f} ms, "
            f"max {upload['read_max_s'] * 1000:.0f} ms), {upload['reads_failed']} failed"
        )
        print(f"plangraph serve on {args.into}: ready in {ready:.1f} s, RSS {rss:.0f} MB")
        return 0
    sizes = sorted({int(n) for n in args.plans.split(",")})
    largest_runs = args.runs if args.largest_runs is None else args.largest_runs
    report = run(
        sizes, args.runs, largest_runs, args.seed, args.keep_store, args.store or [EMBEDDED], args.detail
    )
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
