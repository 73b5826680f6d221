"""Drive Debian's headless Chromium through Playwright, for the browser tests and bench/viz_settle.py.

Playwright's own browser download needs the internet (``playwright install`` fails here), so the
system Chromium is launched by path. The flags keep Chromium itself off the network: a test that
counts requests must only ever see the page's own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plangraph.graph.model import Label, Subgraph
from plangraph.viz.page import View, VizEdge, graph_node

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1400, "height": 900}


@contextmanager
def chromium() -> Iterator[Any]:
    """A running headless Chromium (a Playwright ``Browser``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class OpenedPage:
    """A page opened and waited on until its graph settled, with everything it did on the way."""

    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    wall_seconds: float = 0.0

    def evaluate(self, script: str) -> Any:
        return self.page.evaluate(script)

    @property
    def settled_ms(self) -> float:
        """Milliseconds from navigation start until the graph was drawn and physics had stopped."""
        return float(self.page.evaluate("window.plangraph.settledAt"))


def open_view(browser: Any, url: str, timeout_s: float = 60.0) -> OpenedPage:
    """Open ``url`` in a fresh context and wait until ``window.plangraph.settled``."""
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    page = context.new_page()
    opened = OpenedPage(page, url)
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on(
        "console",
        lambda message: opened.console_errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: opened.console_errors.append(f"page error: {error}"))
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_function("window.plangraph && window.plangraph.settled", timeout=timeout_s * 1000)
    opened.wall_seconds = time.perf_counter() - started
    return opened


class LoopbackServer:
    """uvicorn serving ``app`` on a free 127.0.0.1 port in a background thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start on 127.0.0.1")
            time.sleep(0.05)
        return self

    @property
    def base_url(self) -> str:
        (listening,) = self.server.servers
        host, port = listening.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def every_entity_view(graph: Subgraph) -> View:
    """Every named thing of a corpus as one force-laid graph (about 420 nodes for the sample corpus):
    no view draws that much any more, but the page template still must, for the browser tests and
    bench/viz_settle.py."""
    kept = [n for n in graph.nodes if n.label not in (Label.SECTION, Label.TASK)]
    ids = {n.id for n in kept}
    nodes = [graph_node(n, font_size=44 if n.label == Label.PLAN else None) for n in kept]
    edges = [VizEdge(e.source, e.target) for e in graph.edges if e.source in ids and e.target in ids]
    return View("entities", "every entity", nodes, edges, base_font=16)
