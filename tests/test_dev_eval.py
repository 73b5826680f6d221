"""scripts/dev_eval.py's per-label listing: one label's misses and extras per document, from the real
scorer on a graph built from the sample corpus; skipped where shared/ is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from plangraph.graph.export import export_json
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from tests.conftest import ROOT, SEEDS, SHARED

GOLD = SHARED / "eval" / "gold"
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="shared/eval/gold is not beside this checkout")


def _dev_eval():
    spec = importlib.util.spec_from_file_location("dev_eval", ROOT / "scripts" / "dev_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("dev-eval")
    store = open_store(work / "store")
    assert ingest_files(store, [SEEDS]).ok
    path = work / "graph.json"
    path.write_text(export_json(store.export()), encoding="utf-8")
    return path


def test_label_misses_lists_only_documents_with_a_miss_or_an_extra(graph: Path) -> None:
    rows = _dev_eval().label_misses(graph, GOLD, SEEDS, "Agency")
    gold_documents = {path.name.replace(".gold.json", ".txt") for path in GOLD.glob("*.gold.json")}
    assert set(rows) <= gold_documents
    for row in rows.values():
        assert row["missed"] or row["extra"]
        assert all(isinstance(name, str) for name in (*row["missed"], *row["extra"]))
    # the seed gold's Region names are all found and none is extra: no document is listed
    assert _dev_eval().label_misses(graph, GOLD, SEEDS, "Region") == {}
