"""The ``plangraph`` command. Its subcommands and flags are a contract scripts rely on.

Machine output goes to stdout; progress, logs and errors go to stderr. A user's mistake (a bad file, a
missing store, an unwritable output path, a busy port) is one ``plangraph: …`` line on stderr and an exit
code from the README's table, never a traceback:

0 success; 1 a store problem (missing, empty, unreadable, unreachable); 2 bad input (every bad file
named on its own line with the reason; nothing of a bad file is written, the good files of the same run
are), an unknown plan or node, an output file that cannot be written, options that do not go together;
3 ``serve`` cannot listen on the address; 130 interrupted (Ctrl+C); 141 stdout closed early
(``plangraph … | head``), silently, like other Unix tools.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from plangraph.cli_errors import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PIPE_CLOSED,
    EXIT_STORE,
    UserError,
)
from plangraph.cli_serve import serve
from plangraph.graph.model import Label, WriteSummary
from plangraph.settings import Settings

if TYPE_CHECKING:
    from plangraph.graph.queries.coverage import StatementCoverage
    from plangraph.graph.store import GraphStore

# The sample corpus ships as package data, so `demo` works from a wheel as well as from a checkout.
SAMPLE_CORPUS = Path(str(files("plangraph.data").joinpath("seeds")))
# What an embedded store directory holds: the SQLite file with its write-ahead log and index (a
# killed writer leaves them; the next open recovers), and the file store of earlier versions with
# the temp files its killed writers left (graph.json.XXXX.tmp). `demo` only ever wipes these.
STORE_FILES = {"plangraph.db", "plangraph.db-wal", "plangraph.db-shm", "graph.json", "graph.json.lock"}


def _is_store_file(name: str) -> bool:
    return name in STORE_FILES or (name.startswith("graph.json.") and name.endswith(".tmp"))


class ProgressBar:
    """A one-line bar on a terminal; one line per file when stderr is a log or a pipe."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.tty = stream.isatty()

    def __call__(self, index: int, total: int, path: Path) -> None:
        if self.tty:
            filled = self.width * index // max(total, 1)
            bar = "#" * filled + "." * (self.width - filled)
            self.stream.write(f"\r[{bar}] {index}/{total} {path.name[:40]:<40}")
            if index == total:
                self.stream.write("\n")
        else:
            self.stream.write(f"[{index}/{total}] {path}\n")
        self.stream.flush()


def _store_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        help="embedded store directory or neo4j:// / bolt:// URL "
        "(default: $PLANGRAPH_STORE, else a per-user directory)",
    )


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plangraph",
        description="Trace Chinese government plans across levels of government as one graph.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="read plan documents (files or folders) into the store")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON")
    _store_arg(ingest)

    export = sub.add_parser(
        "export", help="write the whole graph as JSON (the export contract), GraphML or CSV (one table)"
    )
    export.add_argument("--format", choices=["json", "graphml", "csv"], default="json")
    export.add_argument(
        "--table", choices=["nodes", "edges"], default=None, help="csv only: which table (default nodes)"
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    _store_arg(export)

    serve = sub.add_parser("serve", help="serve the HTTP API and the visualizer")
    serve.add_argument("--host", default=None, help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8000)")
    serve.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        help="server processes (default 1; each holds the graph)",
    )
    _store_arg(serve)

    from plangraph.viz.views import VIEWS

    viz = sub.add_parser(
        "viz",
        help="write a standalone visualizer page that needs no network (default view: hierarchy)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="views:\n"
        + "\n".join(
            f"  {(name + ' ' + (spec.target or '').upper()):<19} {spec.summary}"
            for name, spec in VIEWS.items()
        )
        + "\n\nexamples:\n  plangraph viz -o hierarchy.html"
        + "\n  plangraph viz plan 湖州市市场监管 -o huzhou.html"
        + "\n  plangraph viz neighbourhood 浙食链 --depth 2 -o zhe.html",
    )
    viz.add_argument(
        "view",
        nargs="?",
        default="hierarchy",
        choices=list(VIEWS),
        metavar="VIEW",
        help="one of the views below",
    )
    viz.add_argument("target", nargs="?", metavar="PLAN|NODE|GOAL", help="id, or (part of) a title or name")
    viz.add_argument("--depth", type=int, default=1, help="neighbourhood: steps from the node (1-3)")
    viz.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.html")
    _store_arg(viz)

    coverage = sub.add_parser(
        "coverage",
        help="which statements a plan's child plans carry down, and which of its parents' statements "
        "it carries down",
    )
    coverage.add_argument("plan", metavar="PLAN", help="plan id or (part of) its title")
    coverage.add_argument("--json", action="store_true", help="print the coverage as JSON")
    coverage.add_argument("--all", action="store_true", help="list implemented statements too")
    _store_arg(coverage)

    demo = sub.add_parser("demo", help="ingest the bundled sample corpus into a fresh store and serve it")
    demo.add_argument("--host", default=None)
    demo.add_argument("--port", type=int, default=None)
    demo.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS, help="folder of documents to load")
    demo.add_argument(
        "--store",
        default=None,
        help="where to load the samples (default: the store every command reads, $PLANGRAPH_STORE or a "
        "per-user directory); a store holding only the samples is rebuilt, any other is refused",
    )
    demo.add_argument(
        "--replace", action="store_true", help="rebuild the store even if it holds other documents"
    )
    demo.add_argument("--no-serve", action="store_true", help="build the demo store and stop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from plangraph.graph.store import StoreError

    # The Neo4j driver logs its own failures (e.g. "Unable to retrieve routing information") through
    # Python's last-resort handler; the StoreError below says the same once, in PlanGraph's words.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    try:
        return COMMANDS[args.command](args)
    except StoreError as exc:
        print(f"plangraph: store error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except UserError as exc:
        print(f"plangraph: error: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:
        # The reader (`| head`) has gone: say nothing, and keep the interpreter's final flush of
        # stdout from raising again on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        print("plangraph: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def cmd_ingest(args: argparse.Namespace) -> int:
    from plangraph.pipeline import ingest_files

    store = Settings().open_store(args.store)
    try:
        result = ingest_files(store, args.paths, progress=ProgressBar(sys.stderr))
    finally:
        store.close()
    for error in result.errors:
        print(f"plangraph: error: {error}", file=sys.stderr)
    summary = result.summary
    if args.json:
        errors = [{"path": e.path, "reason": e.reason} for e in result.errors]
        print(json.dumps({"summary": summary.__dict__ if summary else None, "errors": errors}))
    elif summary is not None:
        print(_describe(summary))
    if result.errors:
        print(
            f"plangraph: {len(result.errors)} bad input(s) not ingested; nothing of them was written",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def _describe(summary: WriteSummary) -> str:
    return (
        f"ingested {summary.documents} document(s), {summary.plans} plan(s): "
        f"+{summary.nodes_added} nodes, +{summary.edges_added} edges "
        f"(store now {summary.nodes_total} nodes, {summary.edges_total} edges)"
    )


def open_existing_store(location: str | None) -> GraphStore:
    """The store a read command reads, refused (exit 1) when there is nothing to read: a mistyped
    ``--store`` path, or a store nothing was ever ingested into, would otherwise answer as an empty
    graph with exit 0."""
    where = Settings().store_location if location is None else location
    if "://" not in where and not Path(where).expanduser().exists():
        hint = "check --store" if location is not None else "this is the default store"
        raise UserError(
            EXIT_STORE,
            f"no store at {where} ({hint}; `plangraph ingest PATH --store {where}` or "
            f"`plangraph demo --no-serve --store {where}` creates one)",
        )
    store = Settings().open_store(where)
    if store.list_nodes(limit=1).total == 0:
        store.close()
        raise UserError(
            EXIT_STORE, f"the store {where} is empty; `plangraph ingest PATH --store {where}` fills it"
        )
    return store


def write_output(path: Path, text: str) -> None:
    """Write a command's output file (parent folders are created, as ``viz`` does); a path that
    cannot be written is the user's to fix, one line and exit 2."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(EXIT_BAD_INPUT, f"cannot write {path}: {exc.strerror or exc}") from exc


def cmd_export(args: argparse.Namespace) -> int:
    from plangraph.graph.export import export_csv, export_graphml, export_json

    if args.table is not None and args.format != "csv":
        raise UserError(
            EXIT_BAD_INPUT,
            f"--table is for --format csv (one table per file); a {args.format} export holds "
            "nodes and edges together",
        )
    store = open_existing_store(args.store)
    try:
        subgraph = store.export()
    finally:
        store.close()
    table = args.table or "nodes"
    if args.format == "csv":
        write_output(args.output, export_csv(subgraph, table))
        count = len(subgraph.nodes) if table == "nodes" else len(subgraph.edges)
        wrote = f"{count} {table}"
    else:
        write_output(args.output, (export_json if args.format == "json" else export_graphml)(subgraph))
        wrote = f"{len(subgraph.nodes)} nodes and {len(subgraph.edges)} edges"
    print(f"wrote {wrote} to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_viz(args: argparse.Namespace) -> int:
    from plangraph.graph.queries.lookup import NotFound
    from plangraph.viz.page import render_view
    from plangraph.viz.views import build_view

    store = open_existing_store(args.store)
    try:
        view = build_view(store, args.view, args.target, args.depth)
    except (NotFound, ValueError) as exc:
        raise UserError(EXIT_BAD_INPUT, str(exc)) from exc
    finally:
        store.close()
    write_output(args.output, render_view(view))
    print(f"wrote the {args.view} view ({len(view.nodes)} nodes) to {args.output}", file=sys.stderr)
    for note in view.notes:  # what the page says about its choices (a default goal, a cap) is said here too
        print(f"note: {note}", file=sys.stderr)
    return EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    from plangraph.graph.queries.coverage import coverage_report
    from plangraph.graph.queries.lookup import NotFound, resolve_plan

    store = open_existing_store(args.store)
    try:
        try:
            plan = resolve_plan(store, args.plan)
        except NotFound as exc:
            raise UserError(EXIT_BAD_INPUT, str(exc)) from exc
        report = coverage_report(store, plan)
    finally:
        store.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return EXIT_OK
    title = report.as_dict()["title"]
    print(title)
    if not report.has_answer:
        print(
            "no ingested plan is based on it, and it is based on no ingested plan: nothing to "
            "compare. Ingest its parent or child plans, then ask again."
        )
        return EXIT_OK
    if report.of_children is not None:
        coverage = report.of_children
        summary = coverage.as_dict()["summary"]
        print(f"child plans: {'、'.join(c['title'] for c in coverage.children)}")
        print(
            f"{summary['statements']} statements: {summary['implemented']} carried down, "
            f"{summary['not_implemented']} not carried down by any child plan\n"
        )
        _print_statements(coverage.statements if args.all else coverage.uncovered)
    for coverage in report.of_parents:
        summary = coverage.as_dict()["summary"]
        print(
            f"based on {coverage.title}: it carries down {summary['implemented']} of its "
            f"{summary['statements']} statements and leaves out {summary['not_implemented']}\n"
        )
        _print_statements(coverage.statements if args.all else coverage.uncovered)
    return EXIT_OK


def _print_statements(rows: Sequence[StatementCoverage]) -> None:
    print(f"{_pad('section', 14)} {_pad('carried down by', 24)} statement")
    for row in rows:
        by = "、".join(sorted({link.title[:10] for link in row.implemented_by})) or "—"
        print(f"{_pad(row.section, 14)} {_pad(by, 24)} {row.text[:60]}")


def _pad(text: str, width: int) -> str:
    """Pad to a terminal width: a Chinese character takes two columns, so str.ljust misaligns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


def cmd_serve(args: argparse.Namespace) -> int:
    return serve(args.store, args.host, args.port, args.workers)


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the sample corpus into the store every other command reads (so ``plangraph coverage 浙江``
    answers after it) and serve it; a store holding other documents is refused unless --replace."""
    from plangraph.pipeline import ingest_files

    location = args.store or Settings().store_location
    _prepare_demo_store(location, args.corpus, args.replace)
    store = Settings().open_store(location)
    try:
        result = ingest_files(store, [args.corpus], progress=ProgressBar(sys.stderr))
    finally:
        store.close()
    for error in result.errors:
        print(f"plangraph: error: {error}", file=sys.stderr)
    if result.errors or result.summary is None:
        return EXIT_BAD_INPUT
    print(f"demo store {location}: {_describe(result.summary)}", file=sys.stderr)
    if not args.no_serve:
        return serve(location, args.host, args.port)
    return EXIT_OK


def _prepare_demo_store(location: str, corpus: Path, replace: bool) -> None:
    """Empty an embedded store for the demo, refusing (exit 2) to wipe what the demo did not make:
    files that are no store's, or plans read from documents outside ``corpus`` (unless ``replace``)."""
    path = None if "://" in location else Path(location).expanduser()
    if path is not None and path.is_dir():
        leftovers = {p.name for p in path.iterdir() if not _is_store_file(p.name)}
        if leftovers:
            raise UserError(
                EXIT_BAD_INPUT,
                f"{location} holds other files ({', '.join(sorted(leftovers))}); "
                "give --store an empty or demo directory",
            )
    if path is not None and not path.exists():
        return
    if not replace:
        store = Settings().open_store(location)
        try:
            foreign = _foreign_sources(store, corpus)
        finally:
            store.close()
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise UserError(
                EXIT_BAD_INPUT,
                f"the store {location} holds plans from other documents ({shown}); the demo would "
                "replace them: give --store another directory, or add --replace",
            )
    if path is not None:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def _foreign_sources(store: GraphStore, corpus: Path) -> list[str]:
    """Source files of the store's plans that are not files of ``corpus``, sorted."""
    from plangraph.graph.queries.plan_sources import source_files

    ours = {p.name for p in ([corpus] if corpus.is_file() else corpus.rglob("*")) if p.is_file()}
    foreign: set[str] = set()
    offset, page_size = 0, 1000
    while True:
        page = store.list_nodes(Label.PLAN, None, page_size, offset)
        foreign.update(s for plan in page.items for s in source_files(plan) if s not in ours)
        offset += page_size
        if offset >= page.total:
            return sorted(foreign)


COMMANDS = {
    "ingest": cmd_ingest,
    "export": cmd_export,
    "serve": cmd_serve,
    "viz": cmd_viz,
    "demo": cmd_demo,
    "coverage": cmd_coverage,
}
