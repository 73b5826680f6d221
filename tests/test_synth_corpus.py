"""The synthetic corpus of the scale benchmark: deterministic, and it exercises the whole pipeline."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.scale import ingest_once
from bench.synth_corpus import build_corpus, write_corpus
from plangraph.graph.model import Label, RelType
from plangraph.graph.store import GraphStore
from plangraph.pipeline import ingest_files
from tests.conftest import _clean_neo4j

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


@pytest.fixture
def neo4j_server(request: pytest.FixtureRequest) -> Iterator[GraphStore]:
    opened = _clean_neo4j(request)
    yield opened
    opened.close()


@pytest.mark.neo4j
def test_scale_bench_measures_one_ingest_into_the_neo4j_server(
    neo4j_server: GraphStore, corpus: Path
) -> None:
    """The README's Neo4j bench rows come from this path: a cleared server, the server's heap sampled."""
    run = ingest_once(corpus, os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"))
    graph = neo4j_server.export()
    assert run.plans == PLANS and run.store != "embedded"
    assert (run.nodes, run.edges) == (len(graph.nodes), len(graph.edges)) and run.nodes > 100
    assert run.server_heap_committed_mb and run.server_heap_committed_mb > 0


def test_large_corpora_take_every_division_and_smaller_ones_keep_their_bytes(tmp_path: Path) -> None:
    """3,000 plans (issue 17) need the dense layout; the sizes measured before (seed 1, up to about
    1,060 plans) must stay byte-identical, or the README's figures would describe another corpus."""
    plans = build_corpus(3000, 1)
    divisions = [p.division.code for p in plans]
    assert len(plans) == 3000 and len(set(divisions)) == 3000
    assert all(p.parent is None or p.parent.index < p.index for p in plans)
    assert {p.division.name for p in plans if p.parent is None} >= {"广西壮族自治区", "四川省"}
    write_corpus(100, 1, tmp_path / "100")
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sorted((tmp_path / "100").iterdir())))
    assert digest.hexdigest() == "d70eb86c3f52789578ba44030f99c3d19613009023a0c48c3e38edfa8896abae"


def test_detail_makes_plans_of_the_real_seeds_size(tmp_path: Path) -> None:
    """The seeds run 26-79 KB; the default plans about 15 KB, --detail 3 between the seeds' sizes."""
    sizes = {}
    for detail in (1, 3):
        paths = write_corpus(30, SEED, tmp_path / str(detail), detail)
        sizes[detail] = sorted(p.stat().st_size for p in paths)
    assert sizes[1][15] < 20_000
    assert 26_000 < sizes[3][15] < 79_000
