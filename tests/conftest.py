"""Shared fixtures: the real sample corpus, and stores parametrised over every implementation.

The ``store`` fixture yields the embedded SQLite store on tmp_path (a directory, the default), the
file store of earlier versions (a ``.json`` path, still opened for one graph file) and, when NEO4J_URI
is set (or --neo4j is given), a Neo4j store cleaned before each test; tests written against it run
on each.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from plangraph.graph.export import export_json
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from plangraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "seeds"
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--neo4j", action="store_true", help="also run the store contract on Neo4j (NEO4J_URI)")


def _neo4j_wanted(config: pytest.Config) -> bool:
    return bool(os.environ.get("NEO4J_URI")) or bool(config.getoption("--neo4j"))


STORE_KINDS = ["sqlite", "networkx", pytest.param("neo4j", marks=pytest.mark.neo4j)]
# where each embedded kind lives under a test's tmp_path: open_store picks the store by location
EMBEDDED = {"sqlite": "store", "networkx": "store.json"}


def _clean_neo4j(request: pytest.FixtureRequest) -> GraphStore:
    if not _neo4j_wanted(request.config):
        pytest.skip(
            os.environ.get("PLANGRAPH_NEO4J_SKIP")
            or "Neo4j leg: set NEO4J_URI (and NEO4J_USERNAME/NEO4J_PASSWORD) to run it"
        )
    opened = Settings().open_store(os.environ.get("NEO4J_URI", "neo4j://127.0.0.1:7687"))
    opened.clear()  # type: ignore[attr-defined]
    return opened


_neo4j_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "neo4j" in report.keywords:
        _neo4j_skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI a skipped Neo4j leg fails the run, so a green CI always means Neo4j was tested."""
    if os.environ.get("CI", "").lower() == "true" and _neo4j_skipped and exitstatus == 0:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
            reporter.write_line(
                f"CI=true but {len(_neo4j_skipped)} Neo4j tests skipped (first: {_neo4j_skipped[0]}); "
                "run scripts/test.sh where Java and Maven are installed",
                red=True,
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(params=STORE_KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "neo4j":
        opened = _clean_neo4j(request)
    else:
        opened = open_store(tmp_path / EMBEDDED[request.param])
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def _embedded_sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    opened = open_store(tmp_path_factory.mktemp("sample") / "store")
    result = ingest_files(opened, [SEEDS])
    assert result.ok, result.errors
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sample_export(_embedded_sample: GraphStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus exported as JSON once per session, for the scorer's tests."""
    path = tmp_path_factory.mktemp("sample-export") / "graph.json"
    path.write_text(export_json(_embedded_sample.export()), encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def sample_store(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    """The whole sample corpus for tests that only read: the embedded store is built once per session
    and shared (a test that writes to it is a bug); Neo4j is cleaned and loaded for each test, since
    the `store` fixture empties the one database."""
    if request.param == "sqlite":
        yield request.getfixturevalue("_embedded_sample")
        return
    opened = _clean_neo4j(request)
    result = ingest_files(opened, [SEEDS])
    assert result.ok, result.errors
    yield opened
    opened.close()


@pytest.fixture
def seeded_store(store: GraphStore) -> GraphStore:
    """A store holding the whole sample corpus."""
    result = ingest_files(store, [SEEDS])
    assert result.ok, result.errors
    return store


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def sample_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus in an embedded store, built once per session for tests that only read it
    (the visualizer's); ``seeded_store`` rebuilds per test to run the contract on every backend."""
    location = tmp_path_factory.mktemp("sample") / "store"
    opened = open_store(location)
    result = ingest_files(opened, [SEEDS])
    opened.close()
    assert result.ok, result.errors
    return location
