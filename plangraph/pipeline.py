"""Files in, graph out: read, parse and build documents, then write the good ones batch by batch.

A bad file is reported (one line per file, with the reason) and contributes nothing, so the store
never holds half of a document; the good files of the same run are still ingested, as a user feeding
a folder of 500 plans expects. A folder is written in batches of ``WRITE_BATCH`` documents, each one
transaction, so an ingest holds one batch's records and one batch's share of the graph, whatever the
size of the folder or of the store (issue 17: 1,000 plans at once held 2.4 GB). Plans linked across
batches are linked when the later one is written, as when plans are added one at a time. An upload
(``all_or_nothing``) is read whole first and written as one unit.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from plangraph.graph.build import build_document_graph
from plangraph.graph.link.link_plans import link_documents
from plangraph.graph.model import DocumentGraph, Label, WriteSummary
from plangraph.graph.store import GraphStore
from plangraph.ingest.errors import IngestError
from plangraph.ingest.load_document import find_documents, read_source
from plangraph.ingest.parse_document import parse_document

Progress = Callable[[int, int, Path], None]


@dataclass
class IngestResult:
    summary: WriteSummary | None
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@lru_cache(maxsize=128)
def document_graph(name: str, text: str) -> DocumentGraph:
    """Parse and build one document. A pure function of (name, text), so a file ingested again
    unchanged (a re-run, or the same corpus into another store) is not parsed twice."""
    return build_document_graph(parse_document(name, text))


# Documents per write transaction of a folder ingest: enough to amortise a commit, few enough that
# memory stays flat (a synthetic plan's graph is a few MB of Python objects).
WRITE_BATCH = 32


def read_documents(
    paths: Iterable[Path | str], progress: Progress | None = None
) -> Iterator[DocumentGraph | IngestError]:
    """Build the documents under ``paths`` one at a time; a bad one comes out as its error."""
    files, errors = find_documents(paths)
    yield from errors
    if not files and not errors:
        yield IngestError("(no paths)", "nothing to ingest")
    seen: dict[str, Path] = {}
    for index, path in enumerate(files, start=1):
        if progress is not None:
            progress(index, len(files), path)
        if path.name in seen and seen[path.name].resolve() != path.resolve():
            yield IngestError(path, f"another file in this batch has the same name ({seen[path.name]})")
            continue
        if path.name in seen:
            continue
        seen[path.name] = path
        try:
            source = read_source(path)
            yield document_graph(source.name, source.text)
        except IngestError as exc:
            yield IngestError(path, exc.reason)


def prepare_documents(
    paths: Iterable[Path | str], progress: Progress | None = None
) -> tuple[list[DocumentGraph], list[IngestError]]:
    """Read and build every document under ``paths``; errors are collected, not raised."""
    documents: list[DocumentGraph] = []
    errors: list[IngestError] = []
    for item in read_documents(paths, progress):
        (errors if isinstance(item, IngestError) else documents).append(item)
    return documents, errors


def ingest_files(
    store: GraphStore,
    paths: Iterable[Path | str],
    progress: Progress | None = None,
    all_or_nothing: bool = False,
) -> IngestResult:
    """Ingest the good documents under ``paths`` into ``store``; bad ones come back as errors.
    With ``all_or_nothing`` (the API's uploads) one bad document means nothing is written."""
    with bulk_allocation():
        if all_or_nothing:
            documents, bad = prepare_documents(paths, progress)
            if not documents or bad:
                return IngestResult(summary=None, errors=bad)
            return IngestResult(summary=_write(store, documents, set()), errors=[])
        summary: WriteSummary | None = None
        errors: list[IngestError] = []
        plans: set[str] = set()
        batch: list[DocumentGraph] = []
        for item in read_documents(paths, progress):
            if isinstance(item, IngestError):
                errors.append(item)
                continue
            batch.append(item)
            if len(batch) == WRITE_BATCH:
                summary = _write(store, batch, plans, summary)
                batch = []
                gc.collect()
        if batch:
            summary = _write(store, batch, plans, summary)
    return IngestResult(summary=summary, errors=errors)


def _write(
    store: GraphStore, documents: list[DocumentGraph], plans: set[str], before: WriteSummary | None = None
) -> WriteSummary:
    """Link and write one batch. The summary counts every batch so far: link sets are not documents
    to the user, and ``plans`` collects the distinct plan ids (a later batch may hold a plan again)."""
    links = link_documents(store, documents)
    written = store.write_documents([*documents, *links])
    plans.update(n.id for d in documents for n in d.nodes if n.label == Label.PLAN and n.contribution.primary)
    if before is None:
        return replace(written, documents=len(documents), plans=len(plans))
    return replace(
        written,
        documents=before.documents + len(documents),
        plans=len(plans),
        nodes_added=before.nodes_added + written.nodes_added,
        edges_added=before.edges_added + written.edges_added,
    )


# Collections are rare while an ingest runs; a generation-0 pass every 50,000 allocations instead of 700.
BULK_GC_THRESHOLD = (50_000, 20, 100)
_bulk_lock = threading.Lock()
_bulk_depth = 0
_saved_threshold: tuple[int, int, int] | None = None


@contextlib.contextmanager
def bulk_allocation() -> Iterator[None]:
    """Keep the cyclic garbage collector out of the way while an ingest builds its graph.

    An ingest allocates millions of long-lived objects that hold no reference cycles (records,
    nodes, evidence dicts). With the default thresholds the collector re-scans them over and over
    as the heap grows (8% of a 100-plan ingest, more at 1,000). ``gc.freeze`` moves what was
    loaded before (modules, the spaCy pipeline) out of its sight, and higher thresholds make
    collections rare. Nested and concurrent ingests (API uploads on threads) restore the settings
    once, when the last one leaves.
    """
    global _bulk_depth, _saved_threshold
    with _bulk_lock:
        if _bulk_depth == 0:
            _saved_threshold = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*BULK_GC_THRESHOLD)
        _bulk_depth += 1
    try:
        yield
    finally:
        with _bulk_lock:
            _bulk_depth -= 1
            if _bulk_depth == 0 and _saved_threshold is not None:
                gc.set_threshold(*_saved_threshold)
                gc.unfreeze()
