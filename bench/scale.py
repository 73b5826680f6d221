"""How ingest scales: wall time, peak RSS and graph size for synthetic corpora of N plans.

For each N the corpus is generated once (bench/synth_corpus.py, cached in a temp dir), then every run
ingests it with ``plangraph ingest DIR --store TMP`` in a fresh subprocess into a fresh store. Peak RSS
is the child's ``ru_maxrss`` from ``os.wait4``. Runs alternate between the sizes (100, 1000, 100,
1000, …) so a slow spell on a shared machine hits both, and the ratio time(largest)/time(smallest) is
taken within each round, then reported as median, min and max like the rest.

    .venv/bin/python -m bench.scale --plans 100,1000 --runs 3 --largest-runs 2
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
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.synth_corpus import write_corpus

PLANGRAPH = Path(sys.executable).with_name("plangraph")


@dataclass
class Run:
    plans: int
    seconds: float
    peak_rss_mb: float
    nodes: int
    edges: int
    store_mb: float


def ingest_once(corpus: Path, store: Path, fresh: bool = True) -> Run:
    """One ``plangraph ingest`` in a fresh process into an empty store directory (``fresh``) or
    into the store already there."""
    if fresh:
        shutil.rmtree(store, ignore_errors=True)
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
    size = sum(p.stat().st_size for p in store.iterdir() if p.is_file())
    return Run(
        plans=len(list(corpus.glob("*.txt"))),
        seconds=seconds,
        peak_rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        nodes=nodes,
        edges=edges,
        store_mb=size / 1e6,
    )


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
    return {
        "into the large store": ingest_once(corpus, copy, fresh=False),
        "into an empty store": ingest_once(corpus, work / "empty"),
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


def run(sizes: list[int], runs: int, largest_runs: int, seed: int, keep_store: Path | None) -> dict:
    work = Path(tempfile.gettempdir()) / "plangraph-scale"
    results: dict[int, list[Run]] = {n: [] for n in sizes}
    ratios: list[float] = []
    largest, smallest = max(sizes), min(sizes)
    corpora = {}
    for n in sizes:
        corpora[n] = work / f"corpus-{n}-seed{seed}"
        if not corpora[n].is_dir():
            write_corpus(n, seed, corpora[n])
    with tempfile.TemporaryDirectory(prefix="plangraph-scale-") as tmp:
        for round_number in range(runs):
            for n in sizes:
                if n == largest and round_number >= largest_runs:
                    continue
                result = ingest_once(corpora[n], Path(tmp) / f"store-{n}")
                results[n].append(result)
                print(
                    f"round {round_number + 1}: {n} plans {result.seconds:.1f} s, "
                    f"peak RSS {result.peak_rss_mb:.0f} MB, {result.nodes} nodes, {result.edges} edges, "
                    f"store {result.store_mb:.1f} MB",
                    file=sys.stderr,
                )
                if n == largest and keep_store is not None:
                    shutil.rmtree(keep_store, ignore_errors=True)
                    shutil.copytree(Path(tmp) / f"store-{n}", keep_store)
            if round_number < min(runs, largest_runs) and largest != smallest:
                ratios.append(results[largest][-1].seconds / results[smallest][-1].seconds)
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "seed": seed,
        "sizes": {
            n: {
                "runs": len(rs),
                "seconds": summarise([r.seconds for r in rs]),
                "peak_rss_mb": summarise([r.peak_rss_mb for r in rs]),
                "nodes": rs[-1].nodes,
                "edges": rs[-1].edges,
                "store_mb": rs[-1].store_mb,
                "all": [asdict(r) for r in rs],
            }
            for n, rs in results.items()
        },
        "ratio_largest_to_smallest": summarise(ratios) if ratios else None,
    }


def print_table(report: dict) -> None:
    print(f"{report['date']} · {report['machine']} · seed {report['seed']}")
    print("plans  runs  time s median (min–max)   peak RSS MB median (min–max)   nodes    edges   store MB")
    for n, s in report["sizes"].items():
        t, m = s["seconds"], s["peak_rss_mb"]
        print(
            f"{n:>5}  {s['runs']:>4}  {t['median']:>7.1f} ({t['min']:.1f}–{t['max']:.1f})"
            f"        {m['median']:>6.0f} ({m['min']:.0f}–{m['max']:.0f})"
            f"              {s['nodes']:>7} {s['edges']:>8} {s['store_mb']:>9.1f}"
        )
    if ratio := report["ratio_largest_to_smallest"]:
        print(
            f"time({max(report['sizes'])})/time({min(report['sizes'])}), same round: "
            f"{ratio['median']:.2f} ({ratio['min']:.2f}–{ratio['max']:.2f})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", default="100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=3, help="runs per size")
    parser.add_argument("--largest-runs", type=int, default=None, help="runs for the largest size")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (bench/synth_corpus.py)")
    parser.add_argument("--keep-store", type=Path, help="copy the largest size's store here")
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
        ready, rss = serve_ready(args.into)
        report = {k: asdict(r) for k, r in runs.items()} | {"serve": {"ready_s": ready, "rss_mb": rss}}
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2))
        for name, r in runs.items():
            print(f"{args.add_one.name} {name}: {r.seconds:.1f} s, peak RSS {r.peak_rss_mb:.0f} MB")
        print(f"plangraph serve on {args.into}: ready in {ready:.1f} s, RSS {rss:.0f} MB")
        return 0
    sizes = sorted({int(n) for n in args.plans.split(",")})
    largest_runs = args.runs if args.largest_runs is None else args.largest_runs
    report = run(sizes, args.runs, largest_runs, args.seed, args.keep_store)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
