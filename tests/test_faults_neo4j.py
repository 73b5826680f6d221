"""Neo4j that cannot be used, or stops being usable: `plangraph ingest` exits 1 with one clear line and
no driver traceback (unreachable host, missing database, wrong password), and a running `plangraph
serve` answers 503 with a JSON error while its Neo4j is stopped, then answers again once it is back,
without being restarted.

The password and the stop/start faults run on a Neo4j server of the test's own (tests/neo4j_server.py):
the shared one runs without authentication, and stopping it would fail every other Neo4j test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from plangraph.api.examples import HUZHOU_PLAN_ID
from plangraph.cli import main
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from tests.conftest import ROOT, SEEDS
from tests.expected_plans import HUZHOU
from tests.neo4j_server import PASSWORD, Neo4jServer, free_port

pytestmark = pytest.mark.faults

PLANGRAPH = str(Path(sys.executable).with_name("plangraph"))
READS = [
    "/health",
    "/api/v1/plans?limit=100",
    f"/api/v1/plans/{HUZHOU_PLAN_ID}",
    "/api/v1/search?q=%E6%B9%96%E5%B7%9E&limit=20",  # 湖州
]


def _neo4j_leg() -> str:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(os.environ.get("PLANGRAPH_NEO4J_SKIP") or "Neo4j leg: set NEO4J_URI to run it")
    return uri


def _one_clear_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["ingest", str(SEEDS / HUZHOU), *args]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("[")]
    assert len(lines) == 1, err
    assert "Traceback" not in err and "neo4j.exceptions" not in err, err
    return lines[0]


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """A second Neo4j with authentication on (password ``PASSWORD``), stopped after the module."""
    _neo4j_leg()
    server = Neo4jServer(tmp_path_factory.mktemp("own-neo4j"))
    server.start()
    try:
        server.set_password()
        yield server
    finally:
        server.stop()


def test_an_unreachable_neo4j_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    line = _one_clear_line(capsys, "--store", f"bolt://127.0.0.1:{free_port()}")
    assert "cannot use the Neo4j store" in line and "refused" in line


@pytest.mark.neo4j
def test_a_database_neo4j_does_not_have_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    uri = _neo4j_leg()
    monkeypatch.setenv("NEO4J_DATABASE", "nosuchdatabase")
    line = _one_clear_line(capsys, "--store", uri)
    assert "DatabaseNotFound" in line and "nosuchdatabase" in line


@pytest.mark.neo4j
def test_a_wrong_password_is_one_line_and_exit_1_and_the_right_one_opens_the_store(
    own_server: Neo4jServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_USERNAME", "neo4j")
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-" + PASSWORD)
    line = _one_clear_line(capsys, "--store", own_server.uri)
    assert line.startswith("plangraph: store error: ") and own_server.uri in line, line
    assert "unauthorized" in line and "authentication failure" in line, line
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)  # the server is fine: the password was the fault
    assert main(["ingest", str(SEEDS / HUZHOU), "--store", own_server.uri]) == 0


def _get_all(client: httpx.Client) -> dict[str, tuple[int, object]]:
    answers = {}
    for url in READS:
        response = client.get(url)
        answers[url] = (response.status_code, response.json())
    return answers


@pytest.mark.neo4j
def test_serve_answers_503_while_neo4j_is_stopped_and_again_once_it_is_back(
    own_server: Neo4jServer, tmp_path: Path
) -> None:
    store = open_store(own_server.uri, neo4j_password=PASSWORD)
    try:
        store.clear()  # type: ignore[attr-defined]
        assert ingest_files(store, [SEEDS / HUZHOU]).ok
    finally:
        store.close()
    port, log = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": PASSWORD, "PLANGRAPH_API_KEY": ""}
    env.pop("NEO4J_DATABASE", None)
    with log.open("wb") as out:
        serve = subprocess.Popen(
            [PLANGRAPH, "serve", "--store", own_server.uri, "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    outage: dict[str, tuple[int, object, str, float]] = {}
    try:
        _wait_for(lambda: httpx.get(f"{base}/health", timeout=5).status_code == 200, serve, 120)
        with httpx.Client(base_url=base, timeout=60) as client:
            before = _get_all(client)
            assert all(status == 200 for status, _ in before.values()), before
            own_server.stop()
            for url in READS:
                started = time.monotonic()
                response = client.get(url)
                outage[url] = (
                    response.status_code,
                    response.json(),
                    response.headers["content-type"],
                    time.monotonic() - started,
                )
            own_server.start()  # the same database folder: the graph is still there
            _wait_for(lambda: client.get(READS[1]).status_code == 200, serve, 120)
            after = _get_all(client)
        assert serve.poll() is None, "serve must keep running through the outage"
    finally:
        serve.terminate()
        serve.wait(timeout=30)
    for url, (status, body, content_type, seconds) in outage.items():
        assert status == 503 and content_type.startswith("application/json"), (url, status, body)
        assert isinstance(body, dict) and body["detail"].startswith("store error: "), (url, body)
        assert "Neo4j is unavailable" in body["detail"] and "\n" not in body["detail"], body
        assert seconds < 10, f"{url} took {seconds:.1f} s to say Neo4j is down"
    assert after == before
    text = log.read_text(errors="replace")
    # no traceback, and no driver message (the driver's span lines) in the log
    assert "Traceback" not in text and 'File "' not in text and "neo4j.exceptions" not in text, text
    assert "Couldn't connect" not in text and "will be retried" not in text, text


def _wait_for(ready: object, process: subprocess.Popen[bytes], seconds: float) -> None:
    """Poll ``ready()`` (errors count as not yet) until it holds; fail if ``process`` ends first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "plangraph serve exited"
        try:
            if ready():  # type: ignore[operator]
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"not ready after {seconds} s")
