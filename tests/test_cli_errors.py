"""The first hour with the `plangraph` command (issue 19): one store for every command, and every
user mistake — a closed pipe, an unwritable output path, a mistyped store, a busy port, a store the
demo would wipe — answered with one line and a documented exit code, never a traceback or a silent
empty answer. Real processes on the real sample corpus."""

from __future__ import annotations

import csv
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from tests.exports import store_dump

PLANGRAPH = str(Path(sys.executable).with_name("plangraph"))


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("PLANGRAPH_")}
    return subprocess.run(
        [PLANGRAPH, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**environment, **(env or {})},
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line a user mistake prints; fails on a traceback or on more lines."""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_demo_fills_the_store_every_other_command_reads(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}  # where the per-user default store lives
    demo = run("demo", "--no-serve", env=env)
    coverage = run("coverage", "浙江", env=env)
    viz = run("viz", "-o", tmp_path / "h.html", env=env)

    assert demo.returncode == 0, demo.stderr
    assert f"demo store {tmp_path / 'data' / 'plangraph' / 'store'}:" in demo.stderr
    assert coverage.returncode == 0, coverage.stderr
    assert coverage.stdout.startswith("浙江省市场监管“十四五”规划\nchild plans: 湖州市市场监管“十四五”规划")
    assert viz.returncode == 0, viz.stderr
    assert "湖州市市场监管" in (tmp_path / "h.html").read_text(encoding="utf-8")


def test_a_closed_stdout_ends_quietly_with_141(sample_store_dir: Path) -> None:
    reader_gone = subprocess.Popen(
        [PLANGRAPH, "coverage", "浙江", "--json", "--store", str(sample_store_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert reader_gone.stdout is not None
    reader_gone.stdout.close()  # as `| head` does once it has its lines
    _, stderr = reader_gone.communicate(timeout=180)

    assert (reader_gone.returncode, stderr) == (141, "")


@pytest.mark.parametrize("command", ["export", "viz"])
@pytest.mark.parametrize("where", ["a folder", "under a file"])
def test_an_unwritable_output_path_is_one_line_and_exit_2(
    sample_store_dir: Path, tmp_path: Path, command: str, where: str
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    output = tmp_path if where == "a folder" else tmp_path / "notes.txt" / "out.html"
    result = run(command, "-o", output, "--store", sample_store_dir)

    assert result.returncode == 2
    assert one_error_line(result).startswith(f"plangraph: error: cannot write {output}: ")
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_export_creates_the_folders_of_its_output_path(sample_store_dir: Path, tmp_path: Path) -> None:
    output = tmp_path / "new" / "graph.json"
    result = run("export", "-o", output, "--store", sample_store_dir)

    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8").startswith("{")


READS = {
    "export": ["export", "-o", "{out}"],
    "viz": ["viz", "-o", "{out}"],
    "coverage": ["coverage", "浙江"],
}


@pytest.mark.parametrize("command", list(READS))
def test_a_mistyped_store_is_exit_1_not_an_empty_graph(tmp_path: Path, command: str) -> None:
    typo = tmp_path / "stroe"
    out = tmp_path / "out.html"
    result = run(*[a.format(out=out) for a in READS[command]], "--store", typo)

    assert result.returncode == 1
    assert one_error_line(result).startswith(f"plangraph: error: no store at {typo} (check --store;")
    assert not out.exists() and not typo.exists()


@pytest.mark.parametrize("command", list(READS))
def test_an_empty_store_is_exit_1_not_an_empty_answer(tmp_path: Path, command: str) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(*[a.format(out=tmp_path / "out") for a in READS[command]], "--store", empty)

    assert result.returncode == 1
    assert one_error_line(result) == (
        f"plangraph: error: the store {empty} is empty; `plangraph ingest PATH --store {empty}` fills it"
    )


def test_serve_on_a_busy_port_is_one_line_and_exit_3_before_any_banner(sample_store_dir: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "--store", sample_store_dir, "--port", str(port))

    assert result.returncode == 3
    assert one_error_line(result) == (
        f"plangraph: error: cannot listen on 127.0.0.1:{port}: the port is in use "
        "(another server? pick one with --port)"
    )


def test_demo_refuses_to_replace_a_store_of_other_documents(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(SEEDS / "000_eecffe482169a7c7.txt", mine / "my_plan.txt")
    store = tmp_path / "store"
    assert run("ingest", mine, "--store", store).returncode == 0
    before = store_dump(store)

    refused = run("demo", "--no-serve", "--store", store)
    assert refused.returncode == 2
    assert one_error_line(refused) == (
        f"plangraph: error: the store {store} holds plans from other documents (my_plan.txt); the demo "
        "would replace them: give --store another directory, or add --replace"
    )
    assert store_dump(store) == before

    replaced = run("demo", "--no-serve", "--store", store, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert "ingested 5 document(s), 5 plan(s)" in replaced.stderr


def test_export_json_refuses_a_table_it_would_ignore(sample_store_dir: Path, tmp_path: Path) -> None:
    result = run(
        "export",
        "--format",
        "json",
        "--table",
        "edges",
        "-o",
        tmp_path / "e.json",
        "--store",
        sample_store_dir,
    )

    assert result.returncode == 2
    assert one_error_line(result).startswith("plangraph: error: --table is for --format csv")
    assert not (tmp_path / "e.json").exists()


@pytest.mark.parametrize("table", ["nodes", "edges"])
def test_a_csv_export_reports_the_rows_of_its_own_table(
    sample_store_dir: Path, tmp_path: Path, table: str
) -> None:
    out = tmp_path / f"{table}.csv"
    result = run("export", "--format", "csv", "--table", table, "-o", out, "--store", sample_store_dir)

    rows = len(list(csv.reader(out.open(encoding="utf-8", newline="")))) - 1  # less the header
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"wrote {rows} {table} to {out}"


def test_an_unreachable_neo4j_is_one_plangraph_line(tmp_path: Path) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    result = run("export", "-o", tmp_path / "g.json", "--store", f"neo4j://127.0.0.1:{port}")

    assert result.returncode == 1
    assert one_error_line(result).startswith(f"plangraph: store error: neo4j://127.0.0.1:{port}: ")


def test_the_readme_lists_every_exit_code() -> None:
    from plangraph.cli_errors import EXIT_CODES

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("#### Exit codes\n", 1)[1].split("\n\n", 2)[1]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}

    assert documented == set(EXIT_CODES)
