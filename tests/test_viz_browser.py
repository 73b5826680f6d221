"""Every view in real headless Chromium, served by uvicorn on loopback and written to a file.

Each page must settle with no console error, make no request but its own URL, and draw exactly the
nodes the store holds for that view (counted independently here, from the whole-graph export).
Screenshots go to build/screenshots/.
"""

from __future__ import annotations

import base64
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from plangraph.api.app import create_app
from plangraph.graph.model import Label, RelType, Subgraph
from plangraph.graph.queries.coverage import plan_coverage
from plangraph.graph.queries.indicators import plan_comparisons
from plangraph.graph.queries.lookup import find_plan
from plangraph.graph.queries.plan_sources import source_files
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from plangraph.viz.hierarchy import hierarchy_view
from plangraph.viz.indicator_comparison import TARGET_YEAR
from plangraph.viz.page import render_view, write_view
from plangraph.viz.views import VIEWS, build_view
from tests.browser import CHROMIUM, LoopbackServer, OpenedPage, chromium, every_entity_view, open_view
from tests.conftest import ROOT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium"),
]
SCREENSHOTS = ROOT / "build" / "screenshots"
HUZHOU = "湖州市市场监管“十四五”规划"
ZHEJIANG = "浙江省市场监管“十四五”规划"


@pytest.fixture(scope="module")
def store(sample_store_dir: Path) -> Iterator[GraphStore]:
    """The sample corpus, read only (a module-wide store overrides the per-test ``store`` fixture)."""
    opened = open_store(sample_store_dir)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def graph(store: GraphStore) -> Subgraph:
    return store.export()


@pytest.fixture(scope="module")
def server(store: GraphStore) -> Iterator[LoopbackServer]:
    with LoopbackServer(create_app(store=store)) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as running:
        yield running


# ---- what each view should draw, counted from the export -----------------------------------------


def _by_source(graph: Subgraph) -> dict[str, str]:
    found = {}
    for node in graph.nodes:
        source = node.props.get("source") if node.label == Label.PLAN else None
        for name in source if isinstance(source, list) else [source] if source else []:
            found[name] = node.id
    return found


def _out(graph: Subgraph, node_id: str, rel: RelType) -> list[str]:
    return [e.target for e in graph.edges if e.source == node_id and e.type == rel]


def count_hierarchy(graph: Subgraph, _store: GraphStore, _key: str) -> int:
    linked = {end for e in graph.edges if e.type == RelType.BASED_ON for end in (e.source, e.target)}
    return sum(1 for n in graph.nodes if n.label == Label.PLAN and (n.props.get("source") or n.id in linked))


def count_overview(graph: Subgraph, store: GraphStore, key: str) -> int:
    """The hierarchy's plans: what each names is counted on its box, not drawn."""
    return count_hierarchy(graph, store, key)


def count_plan(graph: Subgraph, store: GraphStore, key: str) -> int:
    """The plan, its chapters (their entities are counted on them, not drawn) and related plans."""
    plan = find_plan(store, key)
    assert plan is not None
    chapters = _out(graph, plan.id, RelType.HAS_SECTION)
    related = {
        end
        for e in graph.edges
        if e.type == RelType.BASED_ON and plan.id in (e.source, e.target)
        for end in (e.source, e.target)
    }
    return 1 + len(chapters) + len(related - {plan.id})


def count_neighbourhood(graph: Subgraph, _store: GraphStore, key: str, depth: int = 2) -> int:
    """Every node within ``depth`` steps, except that more than a few of one kind at one distance
    (more than 12 sections; plans always one by one) are one counting box."""
    (start,) = [n.id for n in graph.nodes if n.props.get("name") == key]
    labels = {n.id: n.label for n in graph.nodes}
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)
    seen, queue = {start: 0}, deque([start])
    while queue:
        current = queue.popleft()
        if seen[current] < depth:
            for other in adjacent[current] - seen.keys():
                seen[other] = seen[current] + 1
                queue.append(other)
    rings = Counter((distance, labels[node]) for node, distance in seen.items())
    limits = {Label.PLAN: 10**9, Label.SECTION: 12}
    return sum(n if n <= limits.get(label, 3) else 1 for (_, label), n in rings.items())


def count_trace(graph: Subgraph, _store: GraphStore, key: str) -> int:
    implementers: dict[str, set[str]] = defaultdict(set)
    for e in graph.edges:
        if e.type == RelType.IMPLEMENTS:
            implementers[e.target].add(e.source)
    tasks, pending = {key}, [key]
    while pending:
        fresh = implementers[pending.pop()] - tasks
        tasks |= fresh
        pending.extend(fresh)
    plans = _by_source(graph)
    sources = {n.id: n.evidence[0]["source"] for n in graph.nodes if n.id in tasks}
    return len(tasks) + len({plans[source] for source in sources.values()})


def count_systems(graph: Subgraph, _store: GraphStore, _key: str) -> int:
    """The plans naming systems, one box per plan for the systems only it names, and each system
    named by several plans."""
    plans = _by_source(graph)
    systems = {n.id for n in graph.nodes if n.label == Label.SYSTEM}
    pairs = {
        (plans[ev["source"]], e.target)
        for e in graph.edges
        if e.type == RelType.MENTIONS and e.target in systems
        for ev in e.evidence
    }
    users = Counter(system for _, system in pairs)
    own = {plan for plan, system in pairs if users[system] == 1}
    return len({p for p, _ in pairs}) + len(own) + sum(1 for n in users.values() if n > 1)


def count_coverage(graph: Subgraph, store: GraphStore, key: str) -> int:
    plan = find_plan(store, key)
    assert plan is not None
    coverage = plan_coverage(store, plan)
    paths = {n.id: str(n.props.get("path")) for n in graph.nodes if n.label == Label.SECTION}
    chapters = _out(graph, plan.id, RelType.HAS_SECTION)
    with_goals = [c for c in chapters if any(s.section.startswith(paths[c]) for s in coverage.statements)]
    return 1 + len(coverage.children) + len(with_goals)  # goals are listed on their chapter


@dataclass(frozen=True)
class Case:
    view: str
    key: str | None
    count: Any
    depth: int = 1

    def path(self, key: str | None) -> str:
        query = f"?depth={self.depth}" if self.depth != 1 else ""
        return f"/viz/{self.view}" + (f"/{key}" if key else "") + query


def most_implemented_goal(graph: Subgraph) -> str:
    counts: dict[str, int] = defaultdict(int)
    for e in graph.edges:
        if e.type == RelType.IMPLEMENTS:
            counts[e.target] += 1
    return max(sorted(counts), key=lambda task: counts[task])


CASES = [
    Case("hierarchy", None, count_hierarchy),
    Case("overview", None, count_overview),
    Case("plan", HUZHOU, count_plan),
    Case("neighbourhood", "浙食链", count_neighbourhood, depth=2),
    Case("trace", "most-implemented", count_trace),
    Case("systems", None, count_systems),
    Case("coverage", ZHEJIANG, count_coverage),
]


def _key(case: Case, graph: Subgraph, store: GraphStore) -> str | None:
    """Ids in URLs, as the index page links them."""
    if case.key == "most-implemented":
        return most_implemented_goal(graph)
    if case.view in ("plan", "coverage") and case.key:
        plan = find_plan(store, case.key)
        assert plan is not None
        return plan.id
    if case.view == "neighbourhood" and case.key:
        return store.search(case.key, limit=1)[0].id
    return case.key


def _check(opened: OpenedPage, expected: int, shot: Path) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    opened.page.screenshot(path=str(shot))
    assert opened.console_errors == []
    assert opened.requests == [opened.url]  # the page itself; nothing else, local or remote
    assert opened.evaluate("nodes.length") == expected
    assert opened.evaluate("network.body.data.nodes.length") == expected
    drawn = opened.evaluate("Object.keys(network.getPositions()).length")
    assert drawn == expected


@pytest.mark.parametrize("case", CASES, ids=[c.view for c in CASES])
def test_view_served_by_the_api_settles_offline_with_every_node(
    case: Case, browser: Any, server: LoopbackServer, store: GraphStore, graph: Subgraph
) -> None:
    key = _key(case, graph, store)
    expected = case.count(graph, store, key if case.view == "trace" else case.key)

    opened = open_view(browser, server.base_url + case.path(key))

    _check(opened, expected, SCREENSHOTS / f"{case.view}-api.png")
    assert expected > 1


@pytest.mark.parametrize("case", CASES, ids=[c.view for c in CASES])
def test_view_written_to_a_file_settles_offline_with_every_node(
    case: Case, browser: Any, store: GraphStore, graph: Subgraph, tmp_path: Path
) -> None:
    key = _key(case, graph, store)
    expected = case.count(graph, store, key if case.view == "trace" else case.key)
    target = write_view(build_view(store, case.view, key, case.depth), tmp_path / f"{case.view}.html")

    opened = open_view(browser, target.as_uri())

    _check(opened, expected, SCREENSHOTS / f"{case.view}-file.png")


def test_start_page_loads_nothing_else_and_links_work_in_the_browser(
    browser: Any, server: LoopbackServer
) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    page.goto(server.base_url + "/")
    with page.expect_navigation():
        page.click("text=系统平台图 System map")
    page.wait_for_function("window.plangraph && window.plangraph.settled")

    assert requests == [server.base_url + "/", server.base_url + "/viz/systems"]
    assert errors == []
    context.close()


# ---- what a presenter does on a page ---------------------------------------------------------------


@pytest.fixture(scope="module")
def overview_file(graph: Subgraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every named thing of the corpus as one force-laid graph (about 420 nodes): the default page
    layout, its search, legend filter and zoom hint, on a real graph too large to read at fit."""
    return write_view(every_entity_view(graph), tmp_path_factory.mktemp("pages") / "entities.html")


def _visible_ids(opened: OpenedPage) -> set[str]:
    return set(opened.evaluate("nodes.getIds({filter: (n) => !n.hidden})"))


def test_search_selects_every_node_whose_name_matches(
    browser: Any, overview_file: Path, store: GraphStore
) -> None:
    opened = open_view(browser, overview_file.as_uri())

    opened.page.fill("#plangraph-search", "浙食链")

    selected = set(opened.evaluate("network.getSelectedNodes()"))
    expected = {n.id for n in store.search("浙食链") if n.label not in (Label.SECTION, Label.TASK)}
    assert selected == expected and len(expected) >= 1
    assert opened.page.inner_text("#plangraph-search-count").startswith(f"{len(expected)} ")

    opened.page.fill("#plangraph-search", "浙食鏈")  # the same name typed in traditional script
    assert set(opened.evaluate("network.getSelectedNodes()")) == expected


def test_unticking_a_legend_entry_hides_exactly_that_label(
    browser: Any, overview_file: Path, graph: Subgraph
) -> None:
    opened = open_view(browser, overview_file.as_uri())

    opened.page.uncheck('input[data-kind="Indicator"]')

    visible = _visible_ids(opened)
    indicators = {n.id for n in graph.nodes if n.label == Label.INDICATOR}
    assert visible.isdisjoint(indicators)
    drawn = sum(1 for n in graph.nodes if n.label not in (Label.SECTION, Label.TASK))
    assert len(visible) == drawn - len(indicators)
    opened.page.check('input[data-kind="Indicator"]')
    assert len(_visible_ids(opened)) == drawn


def test_choosing_a_plan_keeps_that_plans_systems_only(
    browser: Any, server: LoopbackServer, store: GraphStore, graph: Subgraph
) -> None:
    huzhou = find_plan(store, HUZHOU)
    assert huzhou is not None
    opened = open_view(browser, server.base_url + "/viz/systems")

    opened.page.select_option("#plangraph-plan", huzhou.id)

    huzhou_file = huzhou.props["source"]
    named = {
        e.target
        for e in graph.edges
        if e.type == RelType.MENTIONS
        and e.target.startswith("system-")
        and any(ev["source"] == huzhou_file for ev in e.evidence)
    }
    others = {
        e.target
        for e in graph.edges
        if e.type == RelType.MENTIONS
        and e.target in named
        and any(ev["source"] != huzhou_file for ev in e.evidence)
    }
    own = f"own-systems-{huzhou.id}"  # the box counting the systems only 湖州 names
    assert _visible_ids(opened) == {huzhou.id, own} | others
    assert opened.evaluate(f"nodes.get('{own}').caption || nodes.get('{own}').label").endswith(
        f"系统 {len(named - others)} 个"
    )
    assert len(others) >= 3 and len(named - others) > 10


def test_tooltip_shows_markup_in_a_title_as_text(browser: Any, graph: Subgraph, tmp_path: Path) -> None:
    hostile = "<img src=x onerror=alert(1)>&"
    huzhou = next(n for n in graph.nodes if n.props.get("title") == HUZHOU)
    nodes = [replace(n, props={**n.props, "issuer": hostile}) if n is huzhou else n for n in graph.nodes]
    page = write_view(hierarchy_view(Subgraph(nodes, graph.edges)), tmp_path / "hostile.html")
    opened = open_view(browser, page.as_uri())

    x, y = opened.evaluate(
        f"""(() => {{ const p = network.canvasToDOM(network.getPositions(["{huzhou.id}"])["{huzhou.id}"]);
        const r = document.getElementById("mynetwork").getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()"""
    )
    opened.page.mouse.move(x, y)
    tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible")

    assert hostile in tooltip.inner_text()
    assert opened.evaluate("document.querySelectorAll('div.vis-tooltip img').length") == 0
    assert opened.console_errors == []


def test_double_click_on_a_served_plan_opens_its_plan_page(
    browser: Any, server: LoopbackServer, store: GraphStore
) -> None:
    huzhou = find_plan(store, HUZHOU)
    assert huzhou is not None
    opened = open_view(browser, server.base_url + "/viz/hierarchy")
    x, y = opened.evaluate(
        f"""(() => {{ const p = network.canvasToDOM(network.getPositions(["{huzhou.id}"])["{huzhou.id}"]);
        const r = document.getElementById("mynetwork").getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()"""
    )

    with opened.page.expect_navigation():
        opened.page.mouse.dblclick(x, y)

    assert opened.page.url == f"{server.base_url}/viz/plan/{huzhou.id}"
    opened.page.wait_for_function("window.plangraph && window.plangraph.settled")
    assert opened.console_errors == []


def test_a_view_over_the_cap_draws_the_cap_and_says_so(
    browser: Any, store: GraphStore, tmp_path: Path
) -> None:
    view = every_entity_view(store.export())
    page = tmp_path / "capped.html"
    page.write_text(render_view(view, max_nodes=100), encoding="utf-8")

    opened = open_view(browser, page.as_uri())

    assert opened.evaluate("nodes.length") == 100
    note = opened.page.locator(".plangraph-note")
    assert note.is_visible()
    assert f"100 / {len(view.nodes)}" in note.inner_text()


@pytest.mark.parametrize("view", ["hierarchy", "overview", "systems"])
def test_an_empty_store_gives_a_page_that_settles_and_says_why_it_is_empty(
    view: str, browser: Any, tmp_path: Path
) -> None:
    empty = open_store(tmp_path / "empty")
    page = write_view(build_view(empty, view), tmp_path / f"{view}.html")

    opened = open_view(browser, page.as_uri())

    assert opened.evaluate("nodes.length") == 0
    assert opened.console_errors == []
    assert "plangraph ingest" in opened.page.inner_text(".plangraph-empty")


def test_names_too_small_to_read_are_left_out_until_the_presenter_zooms_in(
    browser: Any, overview_file: Path
) -> None:
    opened = open_view(browser, overview_file.as_uri())
    threshold = opened.evaluate("options.nodes.scaling.label.drawThreshold")
    smallest = opened.evaluate(
        "Math.min(...nodes.get().map((n) => (n.font && n.font.size) || options.nodes.font.size))"
    )

    fitted = opened.evaluate("network.getScale()")
    assert smallest * fitted < threshold  # 420 nodes fitted on one screen: the leaves are too small
    assert opened.page.is_visible("#plangraph-zoom-hint")

    opened.evaluate(f"network.moveTo({{scale: {threshold / smallest + 0.1}}}); network.emit('zoom', {{}})")
    assert not opened.page.is_visible("#plangraph-zoom-hint")


# ---- what a presenter sees at first sight (issue 18) ---------------------------------------------
# Every plan title and chapter name drawn inside the page after fit at 12 px or more, no two labels
# on top of each other, at the two common screen sizes: read from the label boxes the page itself
# draws (``plangraph.labelBoxes()``).

SIZES = [(1280, 720), (1920, 1080)]
READABLE_PX = 12
MAX_OVERLAP = 0.10  # of the smaller label's area


def _plans(store: GraphStore) -> list[str]:
    return sorted(p.id for p in store.list_nodes(Label.PLAN, limit=1000).items if source_files(p))


def view_paths(store: GraphStore, graph: Subgraph) -> list[str]:
    """Every view of the sample corpus the start page links, and the 浙食链 neighbourhood two steps
    out: the whole graph's views, each plan's pages, the trace of the goal most often carried down."""
    plans = _plans(store)
    parents = [p for p in plans if store.neighbours(p, [RelType.BASED_ON], "in")]
    compared = [p for p in plans if plan_comparisons(store, store.get_node(p), TARGET_YEAR)]  # type: ignore[arg-type]
    zheshilian = store.search("浙食链", limit=1)[0].id
    return [
        "/viz/hierarchy",
        "/viz/overview",
        "/viz/systems",
        *(f"/viz/plan/{plan_id}" for plan_id in plans),
        *(f"/viz/neighbourhood/{plan_id}" for plan_id in plans),
        f"/viz/neighbourhood/{zheshilian}?depth=2",
        f"/viz/trace/{most_implemented_goal(graph)}",
        *(f"/viz/{view}/{plan_id}" for plan_id in parents for view in ("coverage", "matrix")),
        *(f"/viz/indicators/{plan_id}" for plan_id in compared),
    ]


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
    size: tuple[int, int], browser: Any, server: LoopbackServer, store: GraphStore, graph: Subgraph
) -> None:
    problems: list[str] = []
    paths = view_paths(store, graph)
    assert {path.split("/")[2] for path in paths} == set(VIEWS)  # every view, at least once
    for path in paths:
        url = server.base_url + path
        page, requests, errors = open_at(browser, url, size)
        boxes = page.evaluate("plangraph.labelBoxes()")
        stage = page.evaluate("plangraph.stageBox()")
        named = [box for box in boxes if box["named"]]
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


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_view_has_a_png_button_that_downloads_the_drawing(
    view: str, browser: Any, server: LoopbackServer, store: GraphStore, graph: Subgraph
) -> None:
    path = next(p for p in view_paths(store, graph) if p.split("/")[2] == view)
    page, _, errors = open_at(browser, server.base_url + path, SIZES[0])

    with page.expect_download() as download:
        page.click("#plangraph-png")
    data = Path(download.value.path()).read_bytes()
    inline = base64.b64decode(page.evaluate("plangraph.pngDataUrl()").split(",", 1)[1])

    assert download.value.suggested_filename == f"{view}.png"
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    assert data == inline
    if page.locator("#plangraph-svg").count():  # ECharts pages also give the chart as SVG
        with page.expect_download() as svg:
            page.click("#plangraph-svg")
        assert svg.value.suggested_filename == f"{view}.svg"
        assert b"<svg" in Path(svg.value.path()).read_bytes()[:2000]
    assert errors == []
    page.context.close()


def test_indicator_chart_draws_one_bar_per_plan_and_target_flagging_the_looser_one(
    browser: Any, server: LoopbackServer, store: GraphStore
) -> None:
    huzhou = find_plan(store, HUZHOU)
    assert huzhou is not None
    comparisons = plan_comparisons(store, huzhou, TARGET_YEAR)
    url = f"{server.base_url}/viz/indicators/{huzhou.id}"
    page, requests, errors = open_at(browser, url, SIZES[0])

    series = page.evaluate("plangraph.chart.getOption().series.map((s) => s.data.length)")
    labels = {box["text"] for box in page.evaluate("plangraph.labelBoxes()")}
    assert series == [len(c.indicators) for c in comparisons] and len(series) >= 5
    assert "低于0.36 · 较上级宽松 looser" in labels and "低于0.18" in labels
    assert page.locator("table.plangraph-table tr.looser").count() == 1
    assert errors == [] and requests == [url]
    page.context.close()


def test_coverage_matrix_draws_one_cell_per_goal_and_child_red_where_none_carries_it(
    browser: Any, server: LoopbackServer, store: GraphStore
) -> None:
    zhejiang = find_plan(store, ZHEJIANG)
    assert zhejiang is not None
    coverage = plan_coverage(store, zhejiang)
    url = f"{server.base_url}/viz/matrix/{zhejiang.id}"
    page, requests, errors = open_at(browser, url, SIZES[0])

    drawn = page.evaluate(
        "echarts.getInstanceByDom(document.getElementById('plangraph-canvas')).getOption().series[1].data"
    )
    red = [cell for cell in drawn if cell[2] < 0]
    assert len(drawn) == len(coverage.statements) * len(coverage.children) > 100
    assert len(red) == sum(len(s.missing_in) for s in coverage.statements) > 0
    png = base64.b64decode(page.evaluate("plangraph.pngDataUrl()").split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in page.evaluate("decodeURIComponent(plangraph.svgDataUrl().split(',', 2)[1])")
    assert errors == [] and requests == [url]
    page.context.close()
