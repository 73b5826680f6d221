"""Print the precision–recall curve of statement alignment over the dev alignment gold.

Why: THRESHOLD, MARGIN and CONTAINED in graph/link/align.py are read off this curve, and only one plan
pair has gold, so what matters is where the figures are flat (a setting mid-plateau holds on plans we
have not read) rather than the single best row. The two plans named by the gold file are ingested into a
fresh store, every statement pair is scored once, and each setting's links are scored by
``shared/eval/score.py`` itself — the same recall, precision on gold passages and false-link rate that
``scripts/dev_eval.py`` prints for the linker's own settings.

    python scripts/align_curve.py                      # shared/eval/gold/alignments_*.json, data/seeds
    python scripts/align_curve.py --gold G.json --sources DIR
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

from plangraph.graph.link.align import CONTAINED, MARGIN, THRESHOLD, PairScores, select_links
from plangraph.graph.link.link_plans import pair_scores
from plangraph.graph.model import Label
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.pipeline import ingest_files

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PLANGRAPH_SHARED", ROOT.parent / "shared"))
THRESHOLDS = (0.08, 0.10, 0.12, 0.13, 0.14, 0.15, 0.16, 0.18, 0.20, 0.25, 0.30)
MARGINS = (0.0, 0.01, 0.015, 0.02, 0.03, 0.05, 0.10, 0.20, 1.0)
CONTAINS = (0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)


@dataclass(frozen=True)
class Setting:
    threshold: float = THRESHOLD
    margin: float = MARGIN
    contained: float = CONTAINED
    contrast: bool = True


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{SHARED / 'eval' / 'score.py'}: scorer not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pair_of(gold: Path, sources: Path) -> tuple[Path, Path]:
    """The child and parent documents an ``alignments_<child>_<parent>.json`` gold file is about."""
    child, _, parent = gold.stem.removeprefix("alignments_").partition("_")
    found = [next(sources.glob(f"{stem}*"), None) for stem in (child, parent)]
    if None in found:
        raise SystemExit(f"{gold}: no document in {sources} for {child} and {parent}")
    return found[0], found[1]  # type: ignore[return-value]


def plan_of(store: GraphStore, source: str) -> str:
    page = store.list_nodes(Label.PLAN, limit=1000)
    return next(n.id for n in page.items if source in np.atleast_1d(n.props.get("source") or []))


def measure(scorer: ModuleType, gold: Path, sources: Path, scores: PairScores, setting: Setting) -> dict:
    """score.py's alignment figures for the links one setting draws."""
    links = select_links(scores, setting.threshold, setting.margin, setting.contained, setting.contrast)
    nodes = {p.id: {"id": p.id, "evidence": p.evidence} for p in [*scores.child, *scores.parent]}
    edges = [{"source": k.child.id, "target": k.parent.id, "type": "IMPLEMENTS"} for k in links]
    figures = scorer.score_alignment(gold, nodes, edges, sources)
    figures["children_linked"] = len({k.child.id for k in links})
    return figures


def row(label: str, figures: dict) -> str:
    return (
        f"{label:<34} recall {figures['recall']:.3f}  precision {figures['precision_on_gold_passages']:.3f}"
        f"  false-link {figures['false_link_rate']:.3f}  links {figures['links_between_documents']:4}"
        f"  children linked {figures['children_linked']:4}"
    )


def print_curve(scorer: ModuleType, gold: Path, sources: Path, scores: PairScores) -> None:
    base = Setting()
    print(
        f"chosen: threshold {base.threshold}, margin {base.margin}, contained {base.contained}, contrast on"
    )
    print(row("  chosen", measure(scorer, gold, sources, scores, base)))
    print("threshold (margin, contained as chosen)")
    for value in THRESHOLDS:
        print(
            row(f"  threshold {value:.2f}", measure(scorer, gold, sources, scores, Setting(threshold=value)))
        )
    print("margin of the best score (threshold, contained as chosen)")
    for value in MARGINS:
        print(row(f"  margin {value:.3f}", measure(scorer, gold, sources, scores, Setting(margin=value))))
    print("contained share of the parent statement (1.01 = containment off)")
    for value in CONTAINS:
        print(
            row(f"  contained {value:.2f}", measure(scorer, gold, sources, scores, Setting(contained=value)))
        )
    print("head test (graph.link.contrast)")
    print(row("  contrast off", measure(scorer, gold, sources, scores, Setting(contrast=False))))
    print(
        row(
            "  one best link, as before",
            measure(scorer, gold, sources, scores, Setting(margin=0, contained=1.01)),
        )
    )
    kept = {(k.child.id, k.parent.id) for k in select_links(scores)}
    for link in select_links(scores, contrast=False):
        if (link.child.id, link.parent.id) not in kept:
            print(f"    head test drops {link.score:.3f} {link.child.text[:40]} | {link.parent.text[:40]}")
    background = scores.similarity[scores.similarity > 0]
    below = (scores.similarity < base.threshold).mean()
    print(
        f"background: {scores.similarity.size} statement pairs, median score {np.median(background):.3f}, "
        f"99th percentile {np.quantile(scores.similarity, 0.99):.3f}; threshold {base.threshold} sits "
        f"above {below:.2%} of all pairs"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="*", help="alignments_<child>_<parent>.json files")
    parser.add_argument(
        "--sources", type=Path, default=ROOT / "data" / "seeds", help="folder of the documents"
    )
    args = parser.parse_args(argv)
    golds = args.gold or sorted((SHARED / "eval" / "gold").glob("alignments_*.json"))
    scorer = load_scorer()
    for gold in golds:
        child, parent = pair_of(gold, args.sources)
        with tempfile.TemporaryDirectory(prefix="plangraph-align-curve-") as work:
            store = open_store(work)
            try:
                result = ingest_files(store, [child, parent])
                if not result.ok:
                    raise SystemExit("; ".join(str(error) for error in result.errors))
                scores = pair_scores(store, plan_of(store, child.name), plan_of(store, parent.name))
            finally:
                store.close()
        print(f"== {gold.name}: {child.name} -> {parent.name}")
        print_curve(scorer, gold, args.sources, scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
