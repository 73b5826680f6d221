"""The API keeps answering while an ingest runs (issue 9): a real `plangraph serve` reads the embedded
store while a `plangraph ingest` process writes it; every read answers 200 with the answer from before
the ingest or the one from after it, never an error or a mix of the two graphs. A route makes several
store calls and each sees the newest file, so the ingest landing between any two of them is also
tried, deterministically."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.api.examples import HUZHOU_MEASURE_ID, HUZHOU_PLAN_ID
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from plangraph.settings import Settings
from tests.conftest import ROOT, SEEDS
from tests.expected_plans import GANSU, HUANGSHIGANG, HUZHOU, ZENGDU, ZHEJIANG

pytestmark = pytest.mark.faults

PLANGRAPH = str(Path(sys.executable).with_name("plangraph"))
NEW_PLANS = [SEEDS / HUANGSHIGANG, SEEDS / ZENGDU, SEEDS / ZHEJIANG]
# Reads whose answers the ingest of 浙江 (湖州's parent) and two more plans changes.
READS = {
    "plans": "/api/v1/plans?limit=100",
    "search": "/api/v1/search?q=%E5%B8%82%E5%9C%BA%E7%9B%91%E7%AE%A1&limit=100",  # 市场监管
    "trace": f"/api/v1/trace/{HUZHOU_MEASURE_ID}?direction=up&depth=3",
    "plan": f"/api/v1/plans/{HUZHOU_PLAN_ID}",
    "hierarchy": "/api/v1/plans/hierarchy",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`plangraph serve` on a store holding 湖州's and 甘肃's plans: (base URL, store directory)."""
    store_dir = tmp_path / "store"
    store = open_store(store_dir)
    assert ingest_files(store, [SEEDS / HUZHOU, SEEDS / GANSU]).ok
    store.close()
    port = _free_port()
    server = subprocess.Popen(
        [PLANGRAPH, "serve", "--store", str(store_dir), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env={**os.environ, "PLANGRAPH_API_KEY": ""},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            assert server.poll() is None, "plangraph serve exited"
            try:
                if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base, store_dir
    finally:
        server.terminate()
        server.wait(timeout=30)


def read_all(client: httpx.Client) -> dict[str, tuple[int, Any]]:
    answers = {}
    for name, url in READS.items():
        response = client.get(url)
        answers[name] = (response.status_code, response.json())
    return answers


def test_reads_answer_the_before_or_the_after_graph_while_an_ingest_writes(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    base, store_dir = served
    with httpx.Client(base_url=base, timeout=30) as client:
        before = read_all(client)
    seen: list[tuple[str, int, Any]] = []
    failures: list[BaseException] = []
    ingest_done = threading.Event()

    def read_until_done() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while not ingest_done.is_set():
                try:
                    seen.extend((name, *answer) for name, answer in read_all(client).items())
                except BaseException as exc:  # a refused connection or a timeout is a failure too
                    failures.append(exc)
                    return

    readers = [threading.Thread(target=read_until_done) for _ in range(3)]
    for reader in readers:
        reader.start()
    log = tmp_path / "ingest.log"
    try:
        with log.open("wb") as err:
            ingest = subprocess.run(
                [PLANGRAPH, "ingest", *map(str, NEW_PLANS), "--store", str(store_dir)],
                stdout=subprocess.DEVNULL,
                stderr=err,
                timeout=120,
            )
        time.sleep(0.5)  # reads that start after the ingest ended must see its result
    finally:
        ingest_done.set()
        for reader in readers:
            reader.join(timeout=60)
    assert ingest.returncode == 0, log.read_text()
    with httpx.Client(base_url=base, timeout=30) as client:
        after = read_all(client)

    assert failures == []
    for name in READS:
        assert before[name][0] == after[name][0] == 200, name
        assert before[name][1] != after[name][1], f"the ingest should change the {name} answer"
    assert len(seen) >= 5 * len(READS), "the readers hardly ran while the ingest did"
    kinds = {}
    for name, status, body in seen:
        assert status == 200, (name, status, body)
        kind = "before" if body == before[name][1] else "after" if body == after[name][1] else None
        assert kind is not None, f"{name} answered neither the before nor the after graph: {body}"
        kinds.setdefault(kind, 0)
        kinds[kind] += 1
    assert set(kinds) == {"before", "after"}, kinds


class IngestLandsAfterCall:
    """The real store, with an ingest's result (the store in ``after``) put in place right after the
    ``n``-th store call of the request: copied into the live store file by SQLite's backup API, as
    restoring a store under a running server would."""

    def __init__(self, store: GraphStore, live: Path, after: Path, n: int) -> None:
        self.store, self.live, self.after, self.n = store, live, after, n
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.store, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            self.calls += 1
            if self.calls == self.n:
                with (
                    contextlib.closing(sqlite3.connect(self.after / "plangraph.db")) as source,
                    contextlib.closing(sqlite3.connect(self.live / "plangraph.db")) as live,
                ):
                    source.backup(live)
            return result

        return call


@pytest.mark.parametrize("parent_goes", [False, True], ids=["parent-arrives", "parent-goes"])
def test_an_ingest_landing_between_any_two_store_calls_of_a_read_gives_before_or_after(
    tmp_path: Path, parent_goes: bool
) -> None:
    """湖州's plan, then 浙江's (its parent) arrives: links, a parent, new search hits, longer traces.
    And the other way round, as when the store is rebuilt or restored under a running server: 浙江's
    plan, goals and links disappear. Each request reads one snapshot of the store, so neither mixes."""
    before_dir = tmp_path / "before"
    assert ingest_files(open_store(before_dir), [SEEDS / HUZHOU]).ok
    after_dir = Path(shutil.copytree(before_dir, tmp_path / "after"))
    assert ingest_files(open_store(after_dir), [SEEDS / ZHEJIANG]).ok
    if parent_goes:
        before_dir, after_dir = after_dir, before_dir
    answers = {}
    for state, folder in (("before", before_dir), ("after", after_dir)):
        client = TestClient(create_app(Settings(), store=open_store(folder)))
        answers[state] = {name: client.get(url).json() for name, url in READS.items()}
    for name, url in READS.items():
        assert answers["before"][name] != answers["after"][name], name
        n = 1
        while True:
            live = Path(shutil.copytree(before_dir, tmp_path / f"live-{name}-{n}"))
            proxy = IngestLandsAfterCall(open_store(live), live, after_dir, n)
            response = TestClient(create_app(Settings(), store=proxy)).get(url)  # type: ignore[arg-type]
            proxy.store.close()
            assert response.status_code == 200, (name, n, response.text)
            assert response.json() in (answers["before"][name], answers["after"][name]), (
                f"{name} mixed the graphs when the ingest landed after store call {n}"
            )
            if n >= proxy.calls:
                break
            n += 1
