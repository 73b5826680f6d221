"""The synthetic corpus of the scale benchmark: deterministic, and it exercises the whole pipeline."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.scale import ingest_once
from bench.synth_corpus import build_corpus, write_corpus
from plangraph.graph.model import Label, RelType
from plangraph.graph.store import GraphStore
from plangraph.pipeline import ingest_files

PLANS = 7
SEED = 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("synth")
    write_corpus(PLANS, SEED, directory)
    return directory


def test_the_same_seed_writes_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    write_corpus(PLANS, SEED, tmp_path / "again")
    write_corpus(PLANS, SEED + 1, tmp_path / "other")
    files = sorted(p.name for p in corpus.iterdir())
    assert len(files) == PLANS
    assert [(tmp_path / "again" / f).read_bytes() for f in files] == [
        (corpus / f).read_bytes() for f in files
    ]
    assert sorted(p.read_bytes() for p in (tmp_path / "other").iterdir()) != sorted(
        p.read_bytes() for p in corpus.iterdir()
    )


def test_children_reword_their_parents_measures() -> None:
    plans = build_corpus(PLANS, SEED)
    child = next(p for p in plans if p.parent is not None)
    parent_leads = {m.lead for c in child.parent.chapters for s in c.sections for m in s.measures}
    child_leads = [m.lead for c in child.chapters for s in c.sections for m in s.measures]
    assert child.parent.title != child.title
    assert child_leads and any(lead not in parent_leads for lead in child_leads)


def test_ingest_gives_the_generated_hierarchy_and_entities(store: GraphStore, corpus: Path) -> None:
    plans = build_corpus(PLANS, SEED)
    assert ingest_files(store, [corpus]).ok
    graph = store.export()
    titles = {n.id: n.props["title"] for n in graph.nodes if n.label == Label.PLAN}
    based_on = {(titles[e.source], titles[e.target]) for e in graph.edges if e.type == RelType.BASED_ON}
    expected = {(p.title, p.parent.title) for p in plans if p.parent is not None}
    assert expected <= based_on
    assert len({level for p in plans if (level := p.division.level)}) >= 3  # province, city, district
    edges = Counter(e.type for e in graph.edges)
    labels = Counter(n.label for n in graph.nodes)
    # every child's measures carry down parent measures, and its indicator rows align with the parent's
    assert edges[RelType.IMPLEMENTS] >= 50 * (PLANS - 1)
    assert edges[RelType.ALIGNS_WITH] >= 3 * (PLANS - 1)
    assert labels[Label.INDICATOR] >= 9 * PLANS
    assert labels[Label.SYSTEM] >= PLANS
    assert labels[Label.PILOT] >= 3
    assert labels[Label.REGION] >= PLANS
    assert labels[Label.AGENCY] >= PLANS


def test_scale_bench_measures_one_ingest(corpus: Path, tmp_path: Path) -> None:
    run = ingest_once(corpus, tmp_path / "store")
    assert run.plans == PLANS
    assert run.seconds > 0 and run.peak_rss_mb > 50
    assert run.nodes > 100 and run.edges > run.nodes and run.store_mb > 0.1
