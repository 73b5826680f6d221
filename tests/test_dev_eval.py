"""scripts/dev_eval.py's per-label listing: one label's misses and extras per document, from the real
scorer on a graph built from the sample corpus; skipped where shared/ is absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

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
def graph(sample_export: Path) -> Path:
    return sample_export


def test_label_misses_lists_only_documents_with_a_miss_or_an_extra(graph: Path) -> None:
    rows = _dev_eval().label_misses(graph, GOLD, SEEDS, "Agency")
    gold_documents = {path.name.replace(".gold.json", ".txt") for path in GOLD.glob("*.gold.json")}
    assert set(rows) <= gold_documents
    for row in rows.values():
        assert row["missed"] or row["extra"]
        assert all(isinstance(name, str) for name in (*row["missed"], *row["extra"]))
    # the seed gold's Region names are all found and none is extra: no document is listed
    assert _dev_eval().label_misses(graph, GOLD, SEEDS, "Region") == {}


def test_summary_counts_parents_linked_beyond_the_gold() -> None:
    """score.py prints '2/3 found, 4 linked' per document; the summary keeps the linked count so a
    rule that finds more parents by linking everything shows up as extras, not as recall alone."""
    report = {
        "documents": {
            "a.txt": {"plan": {"title": True, "parents": "1/2 found, 3 linked"}},
            "b.txt": {"plan": {"title": True, "parents": "0/0 found, 0 linked"}},
        },
        "plan_fields": {"title": "2/2", "parents": "1/2"},
        "totals": {},
    }
    summary = _dev_eval().summarise({"probe": report})["sets"]["probe"]
    assert summary["documents"]["a.txt"]["linked"] == 3
    assert summary["plan_fields"]["parents"] == [1, 2]
    assert summary["plan_fields"]["parents linked"] == [3, 1]


def test_a_refused_documents_gold_parents_count_as_missed(tmp_path: Path) -> None:
    (tmp_path / "refused.gold.json").write_text('{"parents": [{"title": "甲"}, {"title": "乙"}]}', "utf-8")
    report = {
        "documents": {
            "read.txt": {"plan": {"title": True, "parents": "1/1 found, 1 linked"}},
            "refused.txt": {"plan": {"plan": "no Plan node with this source"}},
        },
        "plan_fields": {"title": "1/2", "parents": "1/1"},
    }
    report = _dev_eval().count_refused_parents(report, tmp_path)
    assert report["plan_fields"]["parents"] == "1/3"
    assert report["documents"]["refused.txt"]["plan"]["parents"].startswith("0/2")
