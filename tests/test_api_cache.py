"""Conditional GET and the answer cache: an ETag per graph version, 304 while the graph is unchanged,
and every write invalidating both."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.api.examples import HUZHOU_PLAN_ID
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from plangraph.settings import Settings
from tests.conftest import EMBEDDED, SEEDS, _clean_neo4j
from tests.expected_plans import HUZHOU, ZHEJIANG

PLAN = f"/api/v1/plans/{HUZHOU_PLAN_ID}"


# the file store (networkx) keeps no version: it neither tags nor caches
@pytest.mark.parametrize("store", ["sqlite", pytest.param("neo4j", marks=pytest.mark.neo4j)], indirect=True)
def test_an_unchanged_graph_answers_304_and_a_write_gives_the_new_answer(
    store: GraphStore, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """On every store; the write comes through another handle on the same store, as from another
    process (an ingest beside the server), and the server sees it at its next request."""
    assert ingest_files(store, [SEEDS / HUZHOU]).ok
    with TestClient(create_app(Settings(), store=store)) as client:
        first = client.get(PLAN)
        etag = first.headers["etag"]
        assert first.status_code == 200 and first.headers["cache-control"] == "no-cache"

        again = client.get(PLAN, headers={"If-None-Match": etag})
        assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
        cached = client.get(PLAN)
        assert (cached.status_code, cached.json(), cached.headers["etag"]) == (200, first.json(), etag)

        other = _another_handle(request.node.callspec.params["store"], tmp_path)
        try:
            assert ingest_files(other, [SEEDS / ZHEJIANG]).ok  # 湖州's parent arrives: the plan gains it
        finally:
            other.close()
        after = client.get(PLAN, headers={"If-None-Match": etag})
        assert after.status_code == 200 and after.headers["etag"] != etag
        assert after.json() != first.json()
        with TestClient(create_app(Settings(), store=store)) as uncached:  # a new app: an empty cache
            assert after.json() == uncached.get(PLAN).json()

        unchanged = ingest_files(store, [SEEDS / ZHEJIANG])  # the same file again changes nothing
        assert unchanged.ok
        assert client.get(PLAN, headers={"If-None-Match": after.headers["etag"]}).status_code == 304


def _another_handle(kind: str, tmp_path: Path) -> GraphStore:
    if kind == "neo4j":
        return Settings().open_store(os.environ.get("NEO4J_URI", "neo4j://127.0.0.1:7687"))
    return open_store(tmp_path / EMBEDDED[kind])


def test_errors_are_neither_tagged_nor_kept(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    assert ingest_files(store, [SEEDS / HUZHOU]).ok
    with TestClient(create_app(Settings(), store=store)) as client:
        missing = client.get("/api/v1/plans/plan-000000000000")
        assert missing.status_code == 404 and "etag" not in missing.headers
        assert (
            client.get("/api/v1/plans/plan-000000000000", headers={"If-None-Match": "*"}).status_code == 404
        )


def test_a_store_rebuilt_in_place_never_reuses_an_etag(tmp_path: Path) -> None:
    first = open_store(tmp_path / "a")
    second = open_store(tmp_path / "b")
    assert ingest_files(first, [SEEDS / HUZHOU]).ok
    assert ingest_files(second, [SEEDS / HUZHOU]).ok
    assert first.graph_version() != second.graph_version()
    assert first.graph_version() == first.snapshot().graph_version()


@pytest.mark.neo4j
def test_a_neo4j_database_cleared_and_written_again_never_reuses_an_etag(
    request: pytest.FixtureRequest,
) -> None:
    store = _clean_neo4j(request)
    try:
        assert ingest_files(store, [SEEDS / HUZHOU]).ok
        before = store.graph_version()
        assert before is not None
        store.clear()  # type: ignore[attr-defined]
        assert ingest_files(store, [SEEDS / HUZHOU]).ok
        assert store.graph_version() not in (None, before)
    finally:
        store.close()
