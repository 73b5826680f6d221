"""The `plangraph` command as scripts use it: real processes, real files, exit codes and output."""

from __future__ import annotations

import csv
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import networkx as nx
import pytest

from tests.conftest import ROOT, SHARED
from tests.exports import store_dump

PLANGRAPH = str(Path(sys.executable).with_name("plangraph"))


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PLANGRAPH, *map(str, args)], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    result = run("ingest", ROOT / "data" / "seeds", "--store", store)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ingested 5 document(s), 5 plan(s): +")
    assert "[5/5]" in result.stderr
    return store


def test_export_json_has_every_seed_as_a_plan_with_source(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    result = run("export", "--format", "json", "-o", out, "--store", ingested)
    assert result.returncode == 0, result.stderr
    graph = json.loads(out.read_text(encoding="utf-8"))
    plans = [n for n in graph["nodes"] if n["label"] == "Plan"]
    assert sorted(p["source"] for p in plans if p["source"]) == sorted(
        p.name for p in (ROOT / "data/seeds").iterdir()
    )
    assert {"BASED_ON", "COVERS", "ISSUED", "PART_OF", "HAS_SECTION"} <= {e["type"] for e in graph["edges"]}


def test_export_graphml_is_readable_by_networkx(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    assert run("export", "--format", "graphml", "-o", out, "--store", ingested).returncode == 0
    graph = nx.read_graphml(out)
    titles = {data.get("title") for _, data in graph.nodes(data=True)}
    assert "湖州市市场监管“十四五”规划" in titles


def test_export_csv_writes_one_row_per_edge_with_its_type(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "edges.csv"
    assert (
        run("export", "--format", "csv", "--table", "edges", "-o", out, "--store", ingested).returncode == 0
    )
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    json_out = tmp_path / "g.json"
    assert run("export", "--format", "json", "-o", json_out, "--store", ingested).returncode == 0
    assert len(rows) == len(json.loads(json_out.read_text(encoding="utf-8"))["edges"])
    assert {"BASED_ON", "IMPLEMENTS", "MENTIONS"} <= {row["type"] for row in rows}


@pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(), reason="shared/eval is not beside this checkout"
)
def test_scorer_finds_every_plan_field_and_parent_right(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    assert run("export", "--format", "json", "-o", out, "--store", ingested).returncode == 0
    scored = subprocess.run(
        [
            sys.executable,
            SHARED / "eval" / "score.py",
            out,
            SHARED / "eval" / "gold",
            "--sources",
            ROOT / "data" / "seeds",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(scored.stdout)
    for field, hits in report["plan_fields"].items():
        found, total = hits.split("/")
        assert found == total != "0", (field, hits)


@pytest.mark.parametrize("bad", ["empty", "binary", "no-documents", "missing"])
def test_bad_input_exits_2_names_the_file_and_changes_nothing(
    ingested: Path, tmp_path: Path, bad: str
) -> None:
    path = (
        tmp_path / {"empty": "e.txt", "binary": "b.txt", "no-documents": "folder", "missing": "nope.txt"}[bad]
    )
    if bad == "empty":
        path.write_bytes(b"")
    elif bad == "binary":
        path.write_bytes(bytes(range(256)) * 8)
    elif bad == "no-documents":
        path.mkdir()
        (path / "notes.md").write_text("# not a plan", encoding="utf-8")
    before = store_dump(ingested)
    result = run("ingest", path, "--store", ingested)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("plangraph: error:")]
    assert len(errors) == 1 and str(path) in errors[0]
    assert store_dump(ingested) == before


def test_every_subcommand_has_help() -> None:
    for command in ("ingest", "export", "serve", "viz", "demo"):
        result = run(command, "--help")
        assert result.returncode == 0
        assert f"usage: plangraph {command}" in result.stdout


def test_demo_builds_a_fresh_store_and_refuses_to_wipe_other_files(tmp_path: Path) -> None:
    location = tmp_path / "demo"
    for _ in range(2):  # the second run replaces the first store
        result = run("demo", "--no-serve", "--store", location)
        assert result.returncode == 0, result.stderr
        assert "ingested 5 document(s), 5 plan(s)" in result.stderr
    assert sorted(p.name for p in location.iterdir()) == ["plangraph.db"]
    (location / "thesis.docx").write_bytes(b"precious")
    result = run("demo", "--no-serve", "--store", location)
    assert result.returncode == 2
    assert "holds other files (thesis.docx)" in result.stderr
    assert (location / "thesis.docx").read_bytes() == b"precious"


def test_viz_writes_a_standalone_hierarchy_page(ingested: Path, tmp_path: Path) -> None:
    from plangraph.viz.offline import assert_offline

    out = tmp_path / "hierarchy.html"
    result = run("viz", "-o", out, "--store", ingested)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert_offline(page)
    assert "湖州市市场监管" in page and "new vis.DataSet" in page


def test_viz_trace_says_it_took_the_parent_plans_goal(ingested: Path, tmp_path: Path) -> None:
    """强队砺剑 is a 浙江 goal that 湖州 echoes: the trace starts from the parent's goal and says so."""
    out = tmp_path / "trace.html"
    result = run("viz", "trace", "强队砺剑", "-o", out, "--store", ingested)
    assert result.returncode == 0, result.stderr
    assert "note: " in result.stderr and "浙江省市场监管“十四五”规划" in result.stderr
    ambiguous = run("viz", "trace", "浙食链", "-o", tmp_path / "t2.html", "--store", ingested)
    assert ambiguous.returncode == 2 and "3 nodes match '浙食链'" in ambiguous.stderr
    assert not (tmp_path / "t2.html").exists()


def test_every_evidence_quote_in_the_export_is_the_original_slice(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    assert run("export", "--format", "json", "-o", out, "--store", ingested).returncode == 0
    graph = json.loads(out.read_text(encoding="utf-8"))
    originals = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "data" / "seeds").iterdir()}
    quotes = [ev for item in graph["nodes"] + graph["edges"] for ev in item.get("evidence", [])]
    assert len(quotes) > 500
    for ev in quotes:
        assert originals[ev["source"]][ev["start"] : ev["end"]] == ev["text"], ev


def test_serve_with_two_workers_answers_like_one(ingested: Path) -> None:
    answers = []
    for workers in ("1", "2"):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen(
            [PLANGRAPH, "serve", "--store", str(ingested), "--port", str(port), "--workers", workers],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd="/",  # the workers import the app by name: it must not depend on the working directory
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    answers.append(httpx.get(f"http://127.0.0.1:{port}/api/v1/plans?limit=100").json())
                    break
                except httpx.HTTPError:
                    assert time.monotonic() < deadline and server.poll() is None, "serve did not answer"
                    time.sleep(0.3)
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert answers[0] == answers[1] and answers[0]["total"] >= 5


def test_serve_refuses_zero_workers() -> None:
    result = run("serve", "--workers", "0")
    assert result.returncode == 2 and "must be 1 or more" in result.stderr
