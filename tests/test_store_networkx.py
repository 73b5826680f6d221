"""What only the file store (graph.json) has: its file, atomic saves and format versions."""

from __future__ import annotations

import gc
import json
import resource
import signal
import threading
from pathlib import Path

import networkx as nx
import pytest

from plangraph.graph.export import export_json
from plangraph.graph.model import Label
from plangraph.graph.store import StoreFormatError, StoreUnavailable, StoreWriteError
from plangraph.graph.store.contributions import add_document, apply_documents, empty_graph, remove_document
from plangraph.graph.store.networkx_store import NetworkxStore, _dump, load_graph_file
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files, prepare_documents


def test_saved_store_loads_back_unchanged(tmp_path: Path, seeds: Path) -> None:
    store = NetworkxStore(tmp_path / "s")
    assert ingest_files(store, [seeds]).ok
    reopened = NetworkxStore(tmp_path / "s")
    assert export_json(reopened.export()) == export_json(store.export())
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == ["graph.json", "graph.json.lock"]


def test_a_write_that_cannot_save_leaves_file_and_memory_as_they_were(tmp_path: Path, seeds: Path) -> None:
    store = NetworkxStore(tmp_path / "s")
    assert ingest_files(store, [seeds / "000_eecffe482169a7c7.txt"]).ok
    file_before = store.path.read_bytes()
    graph_before = export_json(store.export())
    # A real full-disk condition: the kernel refuses to grow any file past the limit (EFBIG).
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(file_before) + 64, old_limit[1]))
    try:
        with pytest.raises(StoreWriteError, match="could not save"):
            ingest_files(store, [seeds / "004_5bfa1912dc2746f6.txt"])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert store.path.read_bytes() == file_before
    assert export_json(store.export()) == graph_before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["graph.json", "graph.json.lock"]


def test_another_process_writing_is_seen_by_an_open_store(tmp_path: Path, seeds: Path) -> None:
    reader = NetworkxStore(tmp_path / "s")
    assert reader.export().nodes == []
    writer = NetworkxStore(tmp_path / "s")
    assert ingest_files(writer, [seeds]).ok
    assert export_json(reader.export()) == export_json(writer.export())


def test_a_store_from_a_newer_version_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text(json.dumps({"format": "plangraph-networkx", "version": 99, "nodes": [], "edges": []}))
    with pytest.raises(StoreFormatError, match="version 99 is newer"):
        open_store(path)


def test_a_corrupt_store_file_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text('{"format": "plangraph-networkx", "version": 1, "nodes": [{"id": "x"}], "edges": []}')
    with pytest.raises(StoreFormatError, match="corrupt store file"):
        open_store(path)
    path.write_text("not json")
    with pytest.raises(StoreFormatError, match="not a readable PlanGraph store"):
        open_store(path)


def test_unknown_store_urls_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="unknown store URL scheme"):
        open_store("redis://localhost")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreUnavailable, match="store path is a file"):
        open_store(blocker)


def test_readers_see_the_old_or_the_new_graph_while_an_ingest_writes(tmp_path: Path, seeds: Path) -> None:
    writer = NetworkxStore(tmp_path / "s")
    assert ingest_files(writer, [seeds / "001_023f5c1042dc9e4a.txt"]).ok
    before = len(writer.export().nodes)
    reader = NetworkxStore(tmp_path / "s")
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
    huzhou, zhejiang = seeds / "000_eecffe482169a7c7.txt", seeds / "004_5bfa1912dc2746f6.txt"
    store = NetworkxStore(tmp_path / "s")
    assert ingest_files(store, [huzhou, zhejiang]).ok
    snapshot = store.snapshot()
    before = export_json(snapshot.export())
    plan_ids = {n.id for n in snapshot.list_nodes(Label.PLAN, limit=100).items if n.props.get("source")}

    # another process rebuilds the store with 湖州 alone: 浙江's plan, its goals and the links go
    rebuilt = NetworkxStore(tmp_path / "rebuilt")
    assert ingest_files(rebuilt, [huzhou]).ok
    (tmp_path / "s" / "graph.json").write_bytes((tmp_path / "rebuilt" / "graph.json").read_bytes())

    assert export_json(snapshot.export()) == before
    assert all(snapshot.get_node(plan_id).props.get("source") for plan_id in plan_ids)  # type: ignore[union-attr]
    stubs = [plan_id for plan_id in plan_ids if not store.get_node(plan_id).props.get("source")]  # type: ignore[union-attr]
    assert len(stubs) == 1  # the store itself reloads (浙江 is a stub 湖州 names); the snapshot did not

    # a write through a snapshot lands on the store's current graph, not on the pinned one
    assert ingest_files(store.snapshot(), [zhejiang]).ok
    assert export_json(store.export()) == before


def _graph_state(graph: nx.MultiDiGraph) -> tuple[list, list, dict]:
    """Everything a reader can see, in iteration order."""
    nodes = [(n, dict(a)) for n, a in graph.nodes(data=True)]
    edges = [(u, v, k, dict(a)) for u, v, k, a in graph.edges(keys=True, data=True)]
    return nodes, edges, dict(graph.graph["docs"])


def test_batched_write_equals_replacing_documents_one_by_one(seeds: Path) -> None:
    """apply_documents merges shared nodes once; the graph must be what remove + add in turn gave,
    including a document replaced in the same batch and one replaced from an earlier batch."""
    documents, errors = prepare_documents([seeds])
    assert not errors
    first, rest = documents[:2], documents[2:]
    batches = [first, [*rest, first[0], rest[0]], [documents[3], first[1]]]
    one_by_one, batched = empty_graph(), empty_graph()
    for batch in batches:
        for document in batch:
            remove_document(one_by_one, document.source)
            add_document(one_by_one, document)
        apply_documents(batched, batch)
        assert _graph_state(batched) == _graph_state(one_by_one)


def test_streamed_store_file_is_the_json_dump_of_the_graph(tmp_path: Path, seeds: Path) -> None:
    store = NetworkxStore(tmp_path / "store")
    assert ingest_files(store, [seeds]).ok
    graph = load_graph_file(store.path)
    payload = {
        "format": "plangraph-networkx",
        "version": 1,
        "nodes": [
            {"id": n, "label": a["label"], "contributions": _dump(a["contributions"])}
            for n, a in sorted(graph.nodes(data=True))
        ],
        "edges": [
            {"source": u, "target": v, "type": a["type"], "contributions": _dump(a["contributions"])}
            for u, v, _, a in sorted(graph.edges(keys=True, data=True), key=lambda e: e[2])
        ],
    }
    expected = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    assert store.path.read_bytes() == expected


def test_a_write_sweeps_temp_files_a_dead_writer_left(tmp_path: Path, seeds: Path) -> None:
    store = NetworkxStore(tmp_path / "store")
    assert ingest_files(store, [seeds / "002_ade3975007ed2fa9.txt"]).ok
    stale = store.path.with_name("graph.json.abc123.tmp")
    stale.write_text("half a store")
    assert ingest_files(store, [seeds / "003_64d9f9ea9915fd17.txt"]).ok
    assert not stale.exists()
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["graph.json", "graph.json.lock"]


def test_an_ingest_restores_the_garbage_collector_settings(tmp_path: Path, seeds: Path) -> None:
    before = gc.get_threshold()
    assert ingest_files(NetworkxStore(tmp_path / "store"), [seeds / "002_ade3975007ed2fa9.txt"]).ok
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_store_file_gets_the_mode_a_new_file_gets_and_keeps_a_mode_set_on_it(
    tmp_path: Path, seeds: Path
) -> None:
    store = NetworkxStore(tmp_path / "s")
    assert ingest_files(store, [seeds / "001_023f5c1042dc9e4a.txt"]).ok
    store_file = tmp_path / "s" / "graph.json"
    plain = tmp_path / "plain"
    plain.touch()
    assert store_file.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777

    store_file.chmod(0o640)
    assert ingest_files(store, [seeds / "004_5bfa1912dc2746f6.txt"]).ok
    assert store_file.stat().st_mode & 0o777 == 0o640
