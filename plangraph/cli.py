"""The ``plangraph`` command. Its subcommands and flags are a contract scripts rely on.

Machine output goes to stdout; progress, logs and errors go to stderr. Exit codes: 0 success,
1 a store problem, 2 bad input (every bad file named on its own line with the reason; nothing of a bad
file is written, the good files of the same run are).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from functools import partial
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from platformdirs import user_data_dir

from plangraph.graph.model import Subgraph, WriteSummary
from plangraph.settings import Settings

EXIT_OK, EXIT_STORE, EXIT_BAD_INPUT = 0, 1, 2
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
    export.add_argument("--table", choices=["nodes", "edges"], default="nodes", help="for csv: which table")
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
        "coverage", help="for a parent plan, which child plans carry down each of its statements"
    )
    coverage.add_argument("plan", metavar="PLAN", help="plan id or (part of) its title")
    coverage.add_argument("--json", action="store_true", help="print the coverage as JSON")
    coverage.add_argument("--all", action="store_true", help="list implemented statements too")
    _store_arg(coverage)

    demo = sub.add_parser("demo", help="ingest the bundled sample corpus into a fresh store and serve it")
    demo.add_argument("--host", default=None)
    demo.add_argument("--port", type=int, default=None)
    demo.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS, help="folder of documents to load")
    demo.add_argument("--store", type=Path, default=None, help="where to build the demo store (wiped first)")
    demo.add_argument("--no-serve", action="store_true", help="build the demo store and stop")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from plangraph.graph.store import StoreError

    try:
        return COMMANDS[args.command](args)
    except StoreError as exc:
        print(f"plangraph: store error: {exc}", file=sys.stderr)
        return EXIT_STORE


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


def _whole_graph(location: str | None) -> Subgraph:

    store = Settings().open_store(location)
    try:
        return store.export()
    finally:
        store.close()


def cmd_export(args: argparse.Namespace) -> int:
    from plangraph.graph.export import write_export

    subgraph = _whole_graph(args.store)
    write_export(subgraph, args.format, args.output, table=args.table)
    print(
        f"wrote {len(subgraph.nodes)} nodes and {len(subgraph.edges)} edges to {args.output}", file=sys.stderr
    )
    return EXIT_OK


def cmd_viz(args: argparse.Namespace) -> int:
    from plangraph.graph.queries.lookup import NotFound
    from plangraph.viz.page import write_view
    from plangraph.viz.views import build_view

    store = Settings().open_store(args.store)
    try:
        view = build_view(store, args.view, args.target, args.depth)
    except (NotFound, ValueError) as exc:
        print(f"plangraph: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        store.close()
    write_view(view, args.output)
    print(f"wrote the {args.view} view ({len(view.nodes)} nodes) to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_coverage(args: argparse.Namespace) -> int:
    from plangraph.graph.queries.coverage import plan_coverage
    from plangraph.graph.queries.lookup import NotFound, resolve_plan

    store = Settings().open_store(args.store)
    try:
        try:
            plan = resolve_plan(store, args.plan)
        except NotFound as exc:
            print(f"plangraph: error: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        coverage = plan_coverage(store, plan)
    finally:
        store.close()
    if args.json:
        print(json.dumps(coverage.as_dict(), ensure_ascii=False, indent=1))
        return EXIT_OK
    summary = coverage.as_dict()["summary"]
    children = "、".join(c["title"] for c in coverage.children) or "(no ingested child plans)"
    print(f"{coverage.title}\nchild plans: {children}")
    print(
        f"{summary['statements']} statements: {summary['implemented']} carried down, "
        f"{summary['not_implemented']} not carried down by any child plan\n"
    )
    rows = coverage.statements if args.all else coverage.uncovered
    print(f"{_pad('section', 14)} {_pad('carried down by', 24)} statement")
    for row in rows:
        by = "、".join(sorted({link.title[:10] for link in row.implemented_by})) or "—"
        print(f"{_pad(row.section, 14)} {_pad(by, 24)} {row.text[:60]}")
    return EXIT_OK


def _pad(text: str, width: int) -> str:
    """Pad to a terminal width: a Chinese character takes two columns, so str.ljust misaligns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


def _serve(
    store_location: str | None, host: str | None, port: int | None, workers: int | None = None
) -> None:
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from plangraph.api.app import create_app

    overrides = {
        k: v
        for k, v in {"store": store_location, "host": host, "port": port, "workers": workers}.items()
        if v is not None
    }
    settings = Settings(**overrides)
    base = f"http://{settings.host}:{settings.port}"
    print(
        f"PlanGraph is serving the store {settings.store or '(default)'}\n"
        f"  start page:      {base}/\n"
        f"  plan hierarchy:  {base}/viz/hierarchy\n"
        f"  plans (JSON):    {base}/api/v1/plans\n"
        f"  API docs:        {base}/docs\n"
        "Press Ctrl+C to stop.",
        file=sys.stderr,
        flush=True,
    )
    if settings.workers == 1:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
        return
    # Each worker process builds its own app from these very settings (pickled to it with the factory),
    # so a --store given on the command line reaches the workers without the environment.
    config = uvicorn.Config(
        partial(create_app, settings),
        factory=True,
        workers=settings.workers,
        host=settings.host,
        port=settings.port,
        log_level="warning",
    )
    Multiprocess(config, sockets=[config.bind_socket()]).run()


def cmd_serve(args: argparse.Namespace) -> int:
    _serve(args.store, args.host, args.port, args.workers)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from plangraph.pipeline import ingest_files

    location = args.store or Path(user_data_dir("plangraph")) / "demo-store"
    leftovers = (
        {p.name for p in location.iterdir() if not _is_store_file(p.name)} if location.is_dir() else set()
    )
    if leftovers:
        print(
            f"plangraph: error: {location} holds other files ({', '.join(sorted(leftovers))}); "
            "give --store an empty or demo directory",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if location.exists():
        shutil.rmtree(location)
    store = Settings().open_store(location)
    result = ingest_files(store, [args.corpus], progress=ProgressBar(sys.stderr))
    store.close()
    for error in result.errors:
        print(f"plangraph: error: {error}", file=sys.stderr)
    if result.errors or result.summary is None:
        return EXIT_BAD_INPUT
    print(f"demo store {location}: {_describe(result.summary)}", file=sys.stderr)
    if not args.no_serve:
        _serve(str(location), args.host, args.port)
    return EXIT_OK


COMMANDS = {
    "ingest": cmd_ingest,
    "export": cmd_export,
    "serve": cmd_serve,
    "viz": cmd_viz,
    "demo": cmd_demo,
    "coverage": cmd_coverage,
}
