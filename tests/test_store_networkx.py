"""What only the embedded store has: its file, atomic saves and format versions."""

from __future__ import annotations

import json
import resource
import signal
import threading
from pathlib import Path

import pytest

from graph.export import export_json
from graph.ingest_files import ingest_files
from graph.open_store import open_store
from graph.store import StoreFormatError, StoreUnavailable, StoreWriteError
from graph.store_networkx import NetworkxStore


def test_saved_store_loads_back_unchanged(tmp_path: Path, seeds: Path) -> None:
    store = open_store(tmp_path / "s")
    assert ingest_files(store, [seeds]).ok
    reopened = open_store(tmp_path / "s")
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
    reader = open_store(tmp_path / "s")
    assert reader.export().nodes == []
    writer = open_store(tmp_path / "s")
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
    writer = open_store(tmp_path / "s")
    assert ingest_files(writer, [seeds / "001_023f5c1042dc9e4a.txt"]).ok
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
