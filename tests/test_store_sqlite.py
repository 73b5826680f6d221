"""What only the embedded SQLite store has: its file, its transactions, versions and converting the
file store of earlier versions (graph.json)."""

from __future__ import annotations

import contextlib
import resource
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from plangraph import pipeline
from plangraph.graph.export import export_json
from plangraph.graph.model import Label
from plangraph.graph.store import StoreFormatError, StoreWriteError
from plangraph.graph.store.networkx_store import NetworkxStore
from plangraph.graph.store.open_store import open_store
from plangraph.graph.store.sqlite_store import SqliteStore
from plangraph.pipeline import ingest_files
from tests.conftest import ROOT
from tests.expected_plans import HUANGSHIGANG, HUZHOU, ZENGDU, ZHEJIANG
from tests.exports import store_dump


def _rows(store_dir: Path) -> list[str]:
    """The store's rows as SQL, without the meta table (the generation counts writes, not content)."""
    return [line for line in store_dump(store_dir).decode().splitlines() if '"meta"' not in line]


def test_a_directory_opens_one_sqlite_file_that_loads_back_unchanged(tmp_path: Path, seeds: Path) -> None:
    store = open_store(tmp_path / "s")
    assert isinstance(store, SqliteStore)
    assert not (tmp_path / "s").exists()  # reading an empty store creates nothing
    assert store.export().nodes == []
    assert ingest_files(store, [seeds]).ok
    reopened = open_store(tmp_path / "s")
    assert export_json(reopened.export()) == export_json(store.export())
    store.close()
    reopened.close()
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["plangraph.db"]


def test_a_folder_written_in_small_batches_equals_one_written_at_once(
    tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder is written a batch at a time so memory stays flat (issue 17); plans whose parent or
    child lands in another batch are linked all the same (湖州 and 浙江 fall in different batches)."""
    whole = open_store(tmp_path / "whole")
    assert ingest_files(whole, [seeds]).ok
    monkeypatch.setattr(pipeline, "WRITE_BATCH", 2)
    batched = open_store(tmp_path / "batched")
    result = ingest_files(batched, [seeds])
    assert result.summary is not None and (result.summary.documents, result.summary.plans) == (5, 5)
    assert export_json(batched.export()) == export_json(whole.export())
    whole.close()
    batched.close()


def test_the_file_is_plain_sqlite_with_the_tables_the_readme_documents(tmp_path: Path, seeds: Path) -> None:
    store = open_store(tmp_path / "s")
    assert ingest_files(store, [seeds]).ok
    store.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "s" / "plangraph.db")) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        plans = db.execute(
            "SELECT count(*) FROM nodes WHERE label = 'Plan' AND json_extract(props, '$.source') IS NOT NULL"
        ).fetchone()
        documents = db.execute("SELECT count(*) FROM documents WHERE plan_id IS NOT NULL").fetchone()
    assert tables == {
        "meta",
        "nodes",
        "edges",
        "node_contributions",
        "edge_contributions",
        "documents",
        "search_names",
    }
    assert plans == documents == (5,)


def test_ingesting_again_unchanged_writes_no_row_and_keeps_the_generation(
    tmp_path: Path, seeds: Path
) -> None:
    store = SqliteStore(tmp_path / "s")
    assert ingest_files(store, [seeds / HUZHOU, seeds / ZHEJIANG]).ok
    generation, dump = store.generation(), store_dump(tmp_path / "s")
    assert ingest_files(store, [seeds / ZHEJIANG]).ok
    assert (store.generation(), store_dump(tmp_path / "s")) == (generation, dump)
    assert ingest_files(store, [seeds / ZENGDU]).ok
    assert store.generation() == generation + 1


def test_a_write_that_cannot_save_leaves_the_store_as_it_was(tmp_path: Path, seeds: Path) -> None:
    store = SqliteStore(tmp_path / "s")
    assert ingest_files(store, [seeds / HUZHOU]).ok
    store.close()
    before, graph_before = store_dump(tmp_path / "s"), export_json(store.export())
    # A real full-disk condition: the kernel refuses to grow any file past the limit (EFBIG).
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, old_limit[1]))
    try:
        with pytest.raises(StoreWriteError, match="could not save"):
            ingest_files(store, [seeds / ZHEJIANG])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert export_json(store.export()) == graph_before
    store.close()
    assert store_dump(tmp_path / "s") == before


def test_another_process_writing_is_seen_by_an_open_store(tmp_path: Path, seeds: Path) -> None:
    reader = open_store(tmp_path / "s")
    assert reader.export().nodes == []
    writer = open_store(tmp_path / "s")
    assert ingest_files(writer, [seeds]).ok
    assert export_json(reader.export()) == export_json(writer.export())


def test_a_store_from_a_newer_version_or_not_a_store_fails_clearly(tmp_path: Path, seeds: Path) -> None:
    store = open_store(tmp_path / "s")
    assert ingest_files(store, [seeds / HUANGSHIGANG]).ok
    store.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "s" / "plangraph.db")) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'version'")
        db.commit()
    with pytest.raises(StoreFormatError, match="version '99' is newer"):
        open_store(tmp_path / "s")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "plangraph.db").write_text("not a store")
    with pytest.raises(StoreFormatError, match="not a readable PlanGraph store"):
        open_store(tmp_path / "t")


def test_readers_see_the_old_or_the_new_graph_while_an_ingest_writes(tmp_path: Path, seeds: Path) -> None:
    writer = open_store(tmp_path / "s")
    assert ingest_files(writer, [seeds / HUZHOU]).ok
    before = len(writer.export().nodes)
    reader = open_store(tmp_path / "s")
    seen: set[int] = set()
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                seen.add(len(reader.export().nodes))
            except BaseException as exc:
                errors.append(exc)
            done.wait(0.01)

    thread = threading.Thread(target=read)
    thread.start()
    try:
        assert ingest_files(writer, [seeds]).ok
    finally:
        done.set()
        thread.join()
    after = len(writer.export().nodes)
    assert errors == []
    assert seen <= {before, after} and before in seen


def test_a_snapshot_answers_from_the_graph_it_was_taken_at_while_the_store_moves_on(
    tmp_path: Path, seeds: Path
) -> None:
    huzhou, zhejiang = seeds / HUZHOU, seeds / ZHEJIANG
    store = open_store(tmp_path / "s")
    assert ingest_files(store, [huzhou, zhejiang]).ok
    snapshot = store.snapshot()
    before = export_json(snapshot.export())
    plan_ids = {n.id for n in snapshot.list_nodes(Label.PLAN, limit=100).items if n.props.get("source")}

    # the store is restored from one holding 湖州 alone: 浙江's plan, its goals and the links go
    rebuilt = open_store(tmp_path / "rebuilt")
    assert ingest_files(rebuilt, [huzhou]).ok
    with (
        contextlib.closing(sqlite3.connect(tmp_path / "rebuilt" / "plangraph.db")) as source,
        contextlib.closing(sqlite3.connect(tmp_path / "s" / "plangraph.db")) as target,
    ):
        source.backup(target)

    assert export_json(snapshot.export()) == before
    assert all(snapshot.get_node(plan_id).props.get("source") for plan_id in plan_ids)  # type: ignore[union-attr]
    stubs = [plan_id for plan_id in plan_ids if not store.get_node(plan_id).props.get("source")]  # type: ignore[union-attr]
    assert len(stubs) == 1  # the store itself reads the restored file (浙江 is a stub 湖州 names)

    # a write through a snapshot lands on the store's current graph, not on the pinned one
    assert ingest_files(store.snapshot(), [zhejiang]).ok
    assert export_json(store.export()) == before
    snapshot.close()


def test_a_file_store_is_converted_on_first_open_into_the_store_an_ingest_makes(
    tmp_path: Path, seeds: Path
) -> None:
    old = NetworkxStore(tmp_path / "old")
    assert ingest_files(old, [seeds / HUZHOU, seeds / ZHEJIANG, seeds / ZENGDU]).ok
    legacy = (tmp_path / "old" / "graph.json").read_bytes()
    fresh = open_store(tmp_path / "fresh")
    assert ingest_files(fresh, [seeds / HUZHOU, seeds / ZHEJIANG, seeds / ZENGDU]).ok
    fresh.close()

    converted = open_store(tmp_path / "old")
    assert isinstance(converted, SqliteStore)
    assert export_json(converted.export()) == export_json(old.export())
    converted.close()
    assert _rows(tmp_path / "old") == _rows(tmp_path / "fresh")
    assert (tmp_path / "old" / "graph.json").read_bytes() == legacy  # left as it was, no longer read

    again = open_store(tmp_path / "old")  # not converted twice
    result = ingest_files(again, [seeds / ZHEJIANG])
    assert result.summary is not None and (result.summary.nodes_added, result.summary.edges_added) == (0, 0)
    assert ingest_files(again, [seeds / HUANGSHIGANG]).ok
    assert again.get_node(next(iter(old.export().nodes)).id) is not None
    again.close()


def test_a_file_store_that_cannot_be_read_is_refused_and_no_store_file_is_left(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "graph.json").write_text(
        '{"format": "plangraph-networkx", "version": 1, "nodes": [{"id": "x"}]'
    )
    with pytest.raises(StoreFormatError, match="not a readable PlanGraph store"):
        open_store(tmp_path / "old")
    assert sorted(p.name for p in (tmp_path / "old").iterdir()) == ["graph.json"]


def test_the_readme_query_answers_what_the_readme_shows(_embedded_sample: SqliteStore) -> None:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### The embedded store", 1)[1]
    query = section.split("```sql\n", 1)[1].split("```", 1)[0]
    table = section.split("| level | region | plans | only_named |", 1)[1].split("\n\n", 1)[0]
    shown = [tuple(cell.strip() for cell in line.strip("|").split("|")) for line in table.splitlines()[2:]]
    with contextlib.closing(sqlite3.connect(_embedded_sample.path)) as db:
        rows = [tuple(str(value) for value in row) for row in db.execute(query)]
    assert rows == shown
