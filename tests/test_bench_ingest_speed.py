"""bench/ingest_speed.py runs end to end and prints what the README says it does.

One small seed and one run each, so this stays cheap; no timing is asserted here — speed targets are
measured by the bench, not by the test suite.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, SEEDS

SMALLEST_SEED = min(SEEDS.iterdir(), key=lambda p: p.stat().st_size)


def bench(*args: str) -> str:
    command = [sys.executable, "-m", "bench.ingest_speed", "--runs", "1", str(SMALLEST_SEED), *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_ingest_speed_table_names_the_text_and_every_measure() -> None:
    out = bench()
    characters = len(SMALLEST_SEED.read_text(encoding="utf-8"))
    assert f"# {characters} characters: loaded text of 1 document(s)" in out
    assert "document_graph" in out  # the warm runs say which caches they clear
    lines = out.splitlines()
    assert lines[4].split() == [
        "measure",
        "runs",
        "median",
        "s",
        "min",
        "s",
        "max",
        "s",
        "chars/s",
        "x",
        "jieba",
    ]
    rows = {" ".join(line.split()[:2]): line.split()[2:] for line in lines[5:]}
    assert set(rows) == {"jieba pass", "warm ingest", "cold ingest"}
    for runs, median, low, high, per_second, ratio in rows.values():
        assert runs == "1" and float(low) <= float(median) <= float(high)
        assert int(per_second.replace(",", "")) > 0 and float(ratio) > 0
    assert rows["jieba pass"][-1] == "1.00"


def test_ingest_speed_json_has_the_figures_and_ratios() -> None:
    report = json.loads(bench("--json", "--no-cold"))
    assert report["characters"] == len(SMALLEST_SEED.read_text(encoding="utf-8"))
    assert report["documents"] == 1
    measures = {m["name"]: m for m in report["measures"]}
    assert set(measures) == {"jieba pass", "warm ingest"}
    warm = measures["warm ingest"]
    assert abs(warm["x_jieba"] - warm["median_s"] / measures["jieba pass"]["median_s"]) < 0.02


def test_readme_names_the_bench_command_and_the_corpus_size() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Ingest speed", 1)[1].split("\n## ", 1)[0]
    assert ".venv/bin/python -m bench.ingest_speed --runs 5" in section
    characters = sum(len(path.read_text(encoding="utf-8")) for path in SEEDS.iterdir())
    assert f"`data/seeds`, {characters:,} characters" in section
