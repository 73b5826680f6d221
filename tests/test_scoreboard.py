"""The extraction scoreboard: the dev gold's scores may not fall below the bars the issues set.

Runs the real pipeline on the sample corpus and the real scorer (shared/eval/score.py, beside the
checkout in CI); skipped with that reason where shared/ is absent.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from plangraph.graph.export import export_json
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files
from tests.conftest import SEEDS, SHARED

SCORER = SHARED / "eval" / "score.py"
pytestmark = pytest.mark.skipif(
    not SCORER.exists(), reason="shared/eval/score.py is not beside this checkout"
)

# Per-label F1 bars: issue 16's 0.93 for every entity label on the seeds (issue 4 set 0.90).
F1_BARS = {"Region": 0.93, "Agency": 0.93, "Law": 0.93, "System": 0.93, "Pilot": 0.93}
INDICATOR_BAR = 0.95  # issue 3: indicator precision, recall and each value field


@pytest.fixture(scope="module")
def report(sample_export: Path) -> dict:
    graph = sample_export
    scored = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(graph),
            str(SHARED / "eval" / "gold"),
            "--sources",
            str(SEEDS),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(scored.stdout)


def _ratio(text: str) -> float:
    found, total = (int(x) for x in text.split("/"))
    return found / total if total else 1.0


def test_plan_metadata_and_parents_are_all_right(report: dict) -> None:
    for field, hits in report["plan_fields"].items():
        assert _ratio(hits) == 1.0, (field, hits)


@pytest.mark.parametrize("label", sorted(F1_BARS))
def test_entity_f1_stays_above_the_bar(report: dict, label: str) -> None:
    assert report["totals"][label]["f1"] >= F1_BARS[label], report["totals"][label]


def test_indicators_are_found_with_their_printed_values(report: dict) -> None:
    totals = report["totals"]["Indicator"]
    assert totals["p"] >= INDICATOR_BAR and totals["r"] >= INDICATOR_BAR, totals
    for field, hits in report["indicator_values"].items():
        assert _ratio(hits) >= INDICATOR_BAR, (field, hits)


def test_scorer_reads_every_seed_it_has_gold_for(report: dict) -> None:
    assert sorted(report["documents"]) == sorted(
        p.name.replace(".gold.json", ".txt") for p in (SHARED / "eval" / "gold").glob("*.gold.json")
    )
    assert Path(SEEDS).is_dir()


def test_cross_plan_links_meet_issue_5s_bars(report: dict) -> None:
    (alignment,) = report["alignment"].values()
    assert alignment["recall"] >= 0.85, alignment
    by_strength = alignment["recall_by_strength"]
    assert _ratio(by_strength["verbatim"]) >= 0.95 and _ratio(by_strength["paraphrase"]) >= 0.75, alignment
    assert alignment["precision_on_gold_passages"] >= 0.7, alignment
    assert alignment["false_link_rate"] <= 0.10, alignment


OPENINGS = SHARED / "eval" / "openings"
# Issue 16: plan fields and parents of real plan openings read from web pages (dev figures 0.95–1.0).
OPENINGS_PLAN_BAR = 0.95


@pytest.fixture(scope="module")
def openings_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The seeds and the twenty openings in one store, scored against the openings' gold."""
    if not (OPENINGS / "gold").is_dir():
        pytest.skip("shared/eval/openings is not beside this checkout")
    work = tmp_path_factory.mktemp("openings")
    sources = work / "sources"
    sources.mkdir()
    for folder in (SEEDS, OPENINGS / "docs"):
        for path in folder.iterdir():
            (sources / path.name).write_bytes(path.read_bytes())
    store = open_store(work / "store")
    assert ingest_files(store, [sources]).ok
    graph = work / "graph.json"
    graph.write_text(export_json(store.export()), encoding="utf-8")
    command = [sys.executable, str(SCORER), str(graph), str(OPENINGS / "gold"), "--sources", str(sources)]
    scored = subprocess.run([*command, "--json"], capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)


def test_openings_plan_fields_and_parents_hold_on_pages_from_the_web(openings_report: dict) -> None:
    for field, hits in openings_report["plan_fields"].items():
        assert _ratio(hits) >= OPENINGS_PLAN_BAR, (field, hits)
