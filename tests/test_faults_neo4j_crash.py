"""`kill -9` of a real `plangraph ingest` writing to Neo4j: the graph equals its state before the ingest
or after a complete one, never part of a document, since the whole batch is one transaction that
the server rolls back when its client dies; the next ingest completes it (issue 15, item 5).

The kills land at random points of the run, while the ingest's write transaction is open (it shows in
SHOW TRANSACTIONS, tagged by the store) and while that transaction runs its MERGE statements. The
trials are seeded, so a failure repeats.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from plangraph.graph.export import export_json
from plangraph.graph.store.neo4j_store import WRITE_METADATA
from plangraph.pipeline import ingest_files
from plangraph.settings import Settings
from tests.conftest import ROOT, SEEDS
from tests.expected_plans import GANSU, HUANGSHIGANG, HUZHOU, ZENGDU, ZHEJIANG
from tests.test_faults_crash import kill, wait_until

pytestmark = [pytest.mark.faults, pytest.mark.neo4j]

PLANGRAPH = str(Path(sys.executable).with_name("plangraph"))
ALREADY_THERE = [SEEDS / HUZHOU, SEEDS / GANSU]
NEW_PLANS = [SEEDS / HUANGSHIGANG, SEEDS / ZENGDU, SEEDS / ZHEJIANG]
WRITES = "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.work = $work RETURN currentQuery"


@pytest.fixture(scope="module")
def uri() -> str:
    found = os.environ.get("NEO4J_URI")
    if not found:
        pytest.skip(os.environ.get("PLANGRAPH_NEO4J_SKIP") or "Neo4j leg: set NEO4J_URI to run it")
    return found


def export(uri: str) -> str:
    store = Settings().open_store(uri)
    try:
        return export_json(store.export())
    finally:
        store.close()


def reset(uri: str) -> None:
    """The database holding only the two plans that are there before every trial."""
    store = Settings().open_store(uri)
    try:
        store.clear()  # type: ignore[attr-defined]
        assert ingest_files(store, ALREADY_THERE).ok
    finally:
        store.close()


def start_ingest(uri: str, log: Path) -> subprocess.Popen[bytes]:
    args = [PLANGRAPH, "ingest", *map(str, NEW_PLANS), "--store", uri]
    with log.open("wb") as err:
        return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)


def write_queries(session: object) -> list[str]:
    """The statements the ingest's open write transactions are running ('' between statements)."""
    return [r["currentQuery"] or "" for r in session.run(WRITES, work=WRITE_METADATA["work"])]  # type: ignore[attr-defined]


def test_kill_9_leaves_neo4j_before_or_after_the_batch_and_the_next_ingest_completes_it(
    uri: str, tmp_path: Path
) -> None:
    reset(uri)
    before = export(uri)
    started = time.monotonic()
    complete = start_ingest(uri, tmp_path / "complete.log")
    assert complete.wait(timeout=300) == 0, (tmp_path / "complete.log").read_text()
    seconds = time.monotonic() - started
    after = export(uri)
    assert before != after

    rng = random.Random(15)
    trials = [("anywhere", rng.uniform(0.5, seconds)) for _ in range(2)]
    trials += [("transaction open", 0.0), ("merging", 0.0)]
    outcomes = []
    auth = ("neo4j", os.environ.get("NEO4J_PASSWORD", ""))
    with (
        GraphDatabase.driver(uri, auth=auth) as driver,
        driver.session(database=os.environ.get("NEO4J_DATABASE") or None) as session,
    ):
        for number, (when, delay) in enumerate(trials):
            reset(uri)
            process = start_ingest(uri, tmp_path / f"trial{number}.log")
            if when == "anywhere":
                reached = True
            elif when == "transaction open":
                reached = wait_until(process, lambda: bool(write_queries(session)))
            else:
                reached = wait_until(process, lambda: any("MERGE" in q for q in write_queries(session)))
            time.sleep(delay)
            interrupted = kill(process)
            # the server notices the dead client and rolls its transaction back
            assert wait_until_gone(session), "the killed ingest's transaction stayed open"
            state = export(uri)
            outcome = "before" if state == before else "after" if state == after else "MIXED"
            outcomes.append((number, when, round(delay, 3), reached, interrupted, outcome))
            assert outcome != "MIXED", outcomes
            if not interrupted:
                assert outcome == "after" and process.returncode == 0, outcomes
    # the kills meant to land inside the transaction did find it open
    assert all(reached and interrupted for _, when, _, reached, interrupted, _ in outcomes[2:]), outcomes
    assert outcomes[-1][-1] == "before", outcomes  # killed mid-MERGE: nothing of the batch is left

    rerun = start_ingest(uri, tmp_path / "rerun.log")
    assert rerun.wait(timeout=300) == 0, (tmp_path / "rerun.log").read_text()
    assert export(uri) == after


def wait_until_gone(session: object, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not write_queries(session):
            return True
        time.sleep(0.05)
    return False
