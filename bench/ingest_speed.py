"""Ingest speed in characters per second, beside a jieba pass over the same text (the floor).

Three measures over the same documents (the sample corpus, data/seeds, unless paths are given), each
run --runs times, reported as median, min and max seconds and median characters per second:

- jieba pass: ``jieba.lcut(text)`` over each document's loaded text — precise mode with HMM, the mode
  spaCy's jieba segmenter runs in the pipeline. jieba's dictionary is loaded before timing.
- warm ingest: ``ingest_files`` in this process into a fresh temp store, with the spaCy pipeline
  built, jieba loaded and one untimed ingest done first (the gazetteer and pattern files are read once
  per process). Every per-input cache (``document_graph``'s and the per-plan, per-line and per-block
  ones; see ``per_input_caches``) is cleared before each run, so each run parses, builds, links and
  writes every document.
- cold ingest: ``plangraph ingest PATHS --store TMP`` as a fresh process, wall time (imports, jieba's
  dictionary, the pipeline and the data files included).

The character count is the length of the loaded text of every document (what the pipeline reads:
the decoded file for .txt, the loader's text layer for HTML, PDF and Word). Runs are interleaved (a
jieba pass, a warm and a cold ingest per round) and ratios divide medians of the same invocation, so
a machine busy with other work slows every measure alike.

    .venv/bin/python -m bench.ingest_speed --runs 5
    .venv/bin/python -m bench.ingest_speed --runs 1 data/seeds/002_ade3975007ed2fa9.txt --json
    .venv/bin/python -m bench.ingest_speed --runs 3 --no-cold --profile    # where warm ingest spends it
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402

from plangraph.graph.store.open_store import open_store  # noqa: E402
from plangraph.ingest.load_document import find_documents, read_source  # noqa: E402
from plangraph.ingest.nlp import pipeline  # noqa: E402
from plangraph.pipeline import ingest_files  # noqa: E402

SEEDS = ROOT / "data" / "seeds"


@dataclass
class Measure:
    name: str
    runs: int
    median_s: float
    min_s: float
    max_s: float
    chars_per_s: float
    x_jieba: float


def load_texts(paths: Sequence[str]) -> list[str]:
    """The loaded text of every document under ``paths``, as the pipeline reads it."""
    files, errors = find_documents(paths)
    if errors:
        raise SystemExit("; ".join(str(e) for e in errors))
    return [read_source(path).text for path in files]


def jieba_pass(texts: Sequence[str]) -> float:
    """One ``jieba.lcut`` over every text; seconds taken."""
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def per_input_caches() -> dict[str, Any]:
    """The ``lru_cache``s of ingest/ and graph/ keyed by a document or a piece of text (any maxsize but
    1): kept, they make a second ingest of the same files nearly free. The maxsize=1 ones load data
    once per process (the pipeline, the gazetteer, vocabularies, compiled patterns) and stay."""
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith(("plangraph.ingest.", "plangraph.graph.", "plangraph.pipeline")):
            continue
        for attribute, value in vars(module).items():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters()["maxsize"] != 1:
                # named where it is bound: a cache wrapped around a callable object has no __qualname__
                found[f"{name}.{attribute}"] = value
    return dict(sorted(found.items()))


def warm_ingest(paths: Sequence[str]) -> float:
    """One in-process ingest into a fresh store, every document really parsed; seconds taken."""
    for cached in per_input_caches().values():
        cached.cache_clear()
    with tempfile.TemporaryDirectory(prefix="plangraph-bench-") as folder:
        store = open_store(str(Path(folder) / "store"))
        start = time.perf_counter()
        result = ingest_files(store, paths)
        elapsed = time.perf_counter() - start
        store.close()
    if not result.ok:
        raise SystemExit("; ".join(str(e) for e in result.errors))
    return elapsed


def cold_ingest(paths: Sequence[str]) -> float:
    """``plangraph ingest`` as a new process into a fresh store; wall seconds."""
    with tempfile.TemporaryDirectory(prefix="plangraph-bench-") as folder:
        command = [sys.executable, "-m", "plangraph", "ingest", *paths, "--store", f"{folder}/store"]
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - start


def profile_warm_ingest(paths: Sequence[str]) -> str:
    """A pyinstrument profile (dev extra) of one warm ingest, as text: where the time goes now."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    warm_ingest(paths)
    profiler.stop()
    return profiler.output_text(unicode=True, color=False)


def summarise(name: str, seconds: list[float], chars: int, floor: float | None) -> Measure:
    median = statistics.median(seconds)
    return Measure(
        name=name,
        runs=len(seconds),
        median_s=round(median, 4),
        min_s=round(min(seconds), 4),
        max_s=round(max(seconds), 4),
        chars_per_s=round(chars / median),
        x_jieba=round(median / floor, 2) if floor else 1.0,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="documents or folders (default: data/seeds)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each measure")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold (new process) measure")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument(
        "--profile", action="store_true", help="also profile one more warm ingest (pyinstrument) on stderr"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    paths = [str(Path(p).resolve()) for p in args.paths] or [str(SEEDS)]

    texts = load_texts(paths)
    chars = sum(len(text) for text in texts)
    jieba.setLogLevel(60)
    jieba.initialize()  # dictionary load excluded from the jieba pass
    pipeline()  # spaCy pipeline built once, as a long-running process has it
    warm_ingest(paths)  # untimed: reads the gazetteer and pattern files once

    # Interleaved, one of each per round, so a machine busy with something else for a while slows
    # every measure alike and the ratios hold.
    jieba_s: list[float] = []
    warm_s: list[float] = []
    cold_s: list[float] = []
    for _ in range(args.runs):
        jieba_s.append(jieba_pass(texts))
        warm_s.append(warm_ingest(paths))
        if not args.no_cold:
            cold_s.append(cold_ingest(paths))

    if args.profile:
        print(profile_warm_ingest(paths), file=sys.stderr)

    floor = statistics.median(jieba_s)
    measures = [
        summarise("jieba pass", jieba_s, chars, None),
        summarise("warm ingest", warm_s, chars, floor),
    ]
    if cold_s:
        measures.append(summarise("cold ingest", cold_s, chars, floor))
    under = ", ".join(args.paths) or "data/seeds"
    what = f"{chars} characters: loaded text of {len(texts)} document(s) under {under}"
    notes = [
        "jieba pass: jieba.lcut (precise mode, HMM, as the pipeline's segmenter), dictionary loaded first",
        "warm: in-process ingest_files into a fresh store; pipeline built; per-input caches cleared "
        "before every run: " + ", ".join(per_input_caches()),
        "cold: plangraph ingest as a new process, wall time",
    ]
    if args.json:
        print(
            json.dumps(
                {
                    "characters": chars,
                    "documents": len(texts),
                    "text": what,
                    "notes": notes,
                    "measures": [asdict(m) for m in measures],
                },
                ensure_ascii=False,
            )
        )
        return 0
    print(f"# {what}; {args.runs} run(s) each")
    for note in notes:
        print(f"# {note}")
    header = ("runs", "median s", "min s", "max s", "chars/s", "x jieba")
    widths = (4, 9, 9, 9, 9, 7)
    print(f"{'measure':<12} " + " ".join(f"{h:>{w}}" for h, w in zip(header, widths, strict=True)))
    for m in measures:
        print(
            f"{m.name:<12} {m.runs:>4} {m.median_s:>9.3f} {m.min_s:>9.3f} {m.max_s:>9.3f} "
            f"{m.chars_per_s:>9,} {m.x_jieba:>7.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
