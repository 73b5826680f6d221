"""Neo4j that cannot be used: `plangraph ingest` exits 1 with one clear line, no driver traceback."""

from __future__ import annotations

import os
import socket

import pytest

from plangraph.cli import main
from tests.conftest import SEEDS
from tests.expected_plans import HUZHOU

pytestmark = pytest.mark.faults


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _one_clear_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["ingest", str(SEEDS / HUZHOU), *args]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("[")]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "neo4j.exceptions" not in err, err
    return lines[0]


def test_an_unreachable_neo4j_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    line = _one_clear_line(capsys, "--store", f"bolt://127.0.0.1:{_closed_port()}")
    assert "cannot use the Neo4j store" in line and "refused" in line


@pytest.mark.neo4j
def test_a_database_neo4j_does_not_have_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(os.environ.get("PLANGRAPH_NEO4J_SKIP") or "Neo4j leg: set NEO4J_URI to run it")
    monkeypatch.setenv("NEO4J_DATABASE", "nosuchdatabase")
    line = _one_clear_line(capsys, "--store", uri)
    assert "DatabaseNotFound" in line and "nosuchdatabase" in line
