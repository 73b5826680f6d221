"""bench/api_latency.py drives a real server and counts what it says: the 304s of the conditional
pass, none in the cached and uncached passes, every request answered. No latency is asserted — speed
targets are measured by the bench, not by the test suite."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

CLIENTS = [
    "httpx",
    pytest.param(
        "wrk",
        marks=pytest.mark.skipif(
            shutil.which("wrk") is None, reason="wrk is not installed (apt-get install wrk)"
        ),
    ),
]


@pytest.mark.parametrize("client", CLIENTS)
def test_latency_bench_reports_each_pass_with_its_304s(client: str, sample_store_dir: Path) -> None:
    command = [sys.executable, "bench/api_latency.py", "--store", str(sample_store_dir), "--client", client]
    command += ["--endpoints", "plan,search", "--connections", "2", "--seconds", "1", "--requests", "50"]
    command += ["--conditional", "--uncached", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    passes = {(r["endpoint"], r["conditional"], r["uncached"]): r for r in rows}
    assert set(passes) == {(e, c, u) for e in ("plan", "search") for c, u in ((0, 0), (1, 0), (0, 1))}
    for (_, conditional, _), row in passes.items():
        assert row["client"] == client and row["connections"] == 2
        assert row["requests"] > 0 and row["errors"] == 0
        assert row["not_modified"] == (row["requests"] if conditional else 0)
        assert row["p50_ms"] <= row["p99_ms"]
