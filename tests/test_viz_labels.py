"""What a presenter sees at first sight: every plan title and chapter name drawn, inside the page
after fit, at a readable size, with no two labels on top of each other, at the two common screen
sizes — read from the label boxes the page itself draws (``plangraph.labelBoxes()``), in headless
Chromium, on the sample corpus served by the API. Also: the PNG button gives a PNG.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from plangraph.api.app import create_app
from plangraph.graph.model import Label
from plangraph.graph.queries.plan_sources import source_files
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from tests.browser import CHROMIUM, CHROMIUM_ARGS, LoopbackServer, chromium

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium"),
]
SIZES = [(1280, 720), (1920, 1080)]
READABLE_PX = 12
MAX_OVERLAP = 0.10  # of the smaller label's area
NAMED_KINDS = {str(Label.PLAN), str(Label.SECTION), "parent", "child"}  # plan titles, chapter names
assert CHROMIUM_ARGS  # the same flags as every browser test: Chromium itself stays off the network


@pytest.fixture(scope="module")
def store(sample_store_dir: Path) -> Iterator[GraphStore]:
    opened = open_store(sample_store_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def server(store: GraphStore) -> Iterator[LoopbackServer]:
    with LoopbackServer(create_app(store=store)) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as running:
        yield running


def _plans(store: GraphStore) -> list[str]:
    return sorted(p.id for p in store.list_nodes(Label.PLAN, limit=1000).items if source_files(p))


def view_paths(store: GraphStore) -> list[str]:
    return ["/viz/hierarchy", *(f"/viz/plan/{plan_id}" for plan_id in _plans(store))]


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Shared area as a share of the smaller box."""
    width = min(a["left"] + a["width"], b["left"] + b["width"]) - max(a["left"], b["left"])
    height = min(a["top"] + a["height"], b["top"] + b["height"]) - max(a["top"], b["top"])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / min(a["width"] * a["height"], b["width"] * b["height"])


def open_at(browser: Any, url: str, size: tuple[int, int]) -> tuple[Any, list[str], list[str]]:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, service_workers="block")
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.goto(url)
    page.wait_for_function("window.plangraph && window.plangraph.settled", timeout=60_000)
    return page, requests, errors


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_plan_title_and_chapter_name_is_readable_at_first_sight(
    size: tuple[int, int], browser: Any, server: LoopbackServer, store: GraphStore
) -> None:
    problems: list[str] = []
    for path in view_paths(store):
        url = server.base_url + path
        page, requests, errors = open_at(browser, url, size)
        boxes = page.evaluate("plangraph.labelBoxes()")
        stage = page.evaluate("plangraph.stageBox()")
        named = [box for box in boxes if box["kind"] in NAMED_KINDS or path == "/viz/hierarchy"]
        if len(named) < 2:
            problems.append(f"{path}: only {len(named)} plan or chapter labels")
        for box in named:
            name = box["text"].replace("\n", "")[:20]
            if not box["drawn"] or box["px"] < READABLE_PX:
                problems.append(f"{path}: {name} drawn at {box['px']:.1f} px")
            inside = (
                box["left"] >= stage["left"] - 1
                and box["top"] >= stage["top"] - 1
                and box["left"] + box["width"] <= stage["left"] + stage["width"] + 1
                and box["top"] + box["height"] <= stage["top"] + stage["height"] + 1
            )
            if not inside:
                problems.append(f"{path}: {name} outside the page")
        drawn = [box for box in boxes if box["drawn"]]
        for i, first in enumerate(drawn):
            for second in drawn[i + 1 :]:
                if overlap(first, second) > MAX_OVERLAP:
                    problems.append(f"{path}: {first['text'][:10]!r} overlaps {second['text'][:10]!r}")
        if errors:
            problems.append(f"{path}: console errors {errors}")
        if requests != [url]:
            problems.append(f"{path}: requests beyond the page {requests}")
        page.context.close()
    assert problems == []


def test_png_button_downloads_a_png_of_the_drawing(browser: Any, server: LoopbackServer) -> None:
    page, _, errors = open_at(browser, server.base_url + "/viz/hierarchy", SIZES[0])

    with page.expect_download() as download:
        page.click("#plangraph-png")
    data = Path(download.value.path()).read_bytes()
    inline = base64.b64decode(page.evaluate("plangraph.pngDataUrl()").split(",", 1)[1])

    assert download.value.suggested_filename == "hierarchy.png"
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert data == inline
    assert errors == []
    page.context.close()
