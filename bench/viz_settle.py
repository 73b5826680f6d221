"""How fast the visualizer settles in headless Chromium, and how large a graph it still draws.

1. Every named thing of the 5 seeds as one graph (what the overview drew before it grouped them),
   opened RUNS times: time from navigation start until the graph is drawn and physics has
   stopped (``window.plangraph.settledAt``).
2. Synthetic graphs of growing size, through the same page template and options (labels of random
   CJK characters, one tree plus 30% extra edges): the largest that settles in under LIMIT_S.
   Each size is opened --size-runs times and the median kept. viz/size_cap.py takes MAX_NODES
   from these figures.

Run: .venv/bin/python bench/viz_settle.py [--runs 5] [--sizes 250,500,1000,2000,4000]
Needs /usr/bin/chromium (scripts/test.sh installs it).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plangraph.graph.model import Label  # noqa: E402
from plangraph.graph.store.open_store import open_store  # noqa: E402
from plangraph.pipeline import ingest_files  # noqa: E402
from plangraph.viz.page import View, VizEdge, VizNode, render_view, write_view  # noqa: E402
from tests.browser import chromium, every_entity_view, open_view  # noqa: E402

LIMIT_S = 10.0
KINDS = [str(label) for label in Label]


def synthetic_view(size: int, seed: int = 7) -> View:
    """``size`` nodes with 4-12 character Chinese labels, one random tree plus 30% extra edges."""
    rng = random.Random(seed)
    nodes = [
        VizNode(
            id=f"n{i}",
            kind=rng.choice(KINDS),
            caption="".join(chr(0x4E00 + rng.randrange(0x5000)) for _ in range(rng.randint(4, 12))),
            tooltip=f"node {i}",
        )
        for i in range(size)
    ]
    edges = [VizEdge(f"n{i}", f"n{rng.randrange(i)}") for i in range(1, size)]
    edges += [VizEdge(f"n{rng.randrange(size)}", f"n{rng.randrange(size)}") for _ in range(size * 3 // 10)]
    return View(name="synthetic", title=f"synthetic {size}", nodes=nodes, edges=edges)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="250,500,750,1000,1500,2000,3000,4000")
    parser.add_argument("--size-runs", type=int, default=3, help="runs per synthetic size (median kept)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        work = Path(tmp)
        store = open_store(work / "store")
        result = ingest_files(store, [ROOT / "data" / "seeds"])
        assert result.ok, result.errors
        view = every_entity_view(store.export())
        page = write_view(view, work / "entities.html")
        store.close()
        times = []
        for _ in range(args.runs):
            opened = open_view(browser, page.as_uri())
            times.append(opened.settled_ms / 1000)
            opened.page.context.close()
        print(
            f"5-seed entity graph ({len(view.nodes)} nodes, {len(view.edges)} edges), {args.runs} runs: "
            f"settled in median {statistics.median(times):.2f} s, min {min(times):.2f} s, "
            f"max {max(times):.2f} s"
        )

        largest = 0
        print(f"{'nodes':>6} {'edges':>6} {'settled_s':>9} {'min-max_s':>11} {'html_MB':>7}")
        for size in sizes:
            synthetic = synthetic_view(size)
            target = work / f"synthetic-{size}.html"
            target.write_text(render_view(synthetic, max_nodes=size), encoding="utf-8")
            runs = []
            for _ in range(args.size_runs):
                opened = open_view(browser, target.as_uri(), timeout_s=120)
                runs.append(opened.settled_ms / 1000)
                opened.page.context.close()
            seconds = statistics.median(runs)
            spread = f"{min(runs):.2f}-{max(runs):.2f}"
            print(
                f"{size:>6} {len(synthetic.edges):>6} {seconds:>9.2f} {spread:>11} "
                f"{target.stat().st_size / 1e6:>7.2f}"
            )
            if seconds < LIMIT_S:
                largest = size
            else:
                break
        print(f"largest synthetic graph drawn and settled in under {LIMIT_S:.0f} s: {largest} nodes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
