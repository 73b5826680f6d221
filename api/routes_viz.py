"""HTML pages for people: the start page and one page per visualizer view.

Each page is the same standalone file `plangraph viz VIEW -o FILE.html` writes: vis-network is
inlined, so the browser makes no second request and nothing goes to the internet.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status
from fastapi.responses import HTMLResponse

from plangraph.api.deps import StoreDep
from plangraph.api.examples import HUZHOU_PLAN_ID, ZHEJIANG_GOAL_ID, ZHESHILIAN_ID, examples
from plangraph.graph.model import node_name
from plangraph.graph.queries.lookup import Ambiguous, NotFound
from plangraph.viz.index_page import index_html
from plangraph.viz.neighbourhood import MAX_DEPTH
from plangraph.viz.page import render_view
from plangraph.viz.views import VIEWS, build_view

router = APIRouter(tags=["pages"])

PlanKey = Annotated[
    str,
    Path(
        description="plan id (or a unique part of its title)",
        openapi_examples=examples(
            湖州=("湖州市市场监管“十四五”规划 by id", HUZHOU_PLAN_ID),
            浙江=("浙江's plan by part of its title", "浙江省市场监管"),
        ),
    ),
]
NodeKey = Annotated[
    str,
    Path(
        description="node id (or text its name contains)",
        openapi_examples=examples(
            浙食链=("the 浙食链 system by name", "浙食链"), by_id=("the same by id", ZHESHILIAN_ID)
        ),
    ),
]


def _html_example(snippet: str) -> dict[int | str, dict[str, object]]:
    return {
        200: {"content": {"text/html": {"example": snippet}}, "description": "an HTML page"},
        404: {"description": "no plan or node matches"},
        409: {"description": "several plans or nodes match the name: `detail.candidates` lists them"},
    }


def _page(store: StoreDep, name: str, key: str | None = None, depth: int = 1) -> HTMLResponse:
    try:
        view = build_view(store, name, key, depth)
    except Ambiguous as exc:
        candidates = [{"id": n.id, "label": str(n.label), "name": node_name(n)} for n in exc.candidates]
        raise HTTPException(
            status.HTTP_409_CONFLICT, detail={"message": str(exc), "candidates": candidates}
        ) from exc
    except NotFound as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail=str(exc)) from exc
    return HTMLResponse(render_view(view))


@router.get(
    "/",
    response_class=HTMLResponse,
    summary="Start page linking every view, each plan's pages, the plan list and the API docs",
    responses=_html_example('<!doctype html>\n<html lang="zh-CN">…<a href="/viz/hierarchy">hierarchy</a>…'),
)
def index(store: StoreDep) -> HTMLResponse:
    return HTMLResponse(index_html(store))


@router.get(
    "/viz/hierarchy",
    response_class=HTMLResponse,
    summary="Plan hierarchy: " + VIEWS["hierarchy"].summary,
    description="A self-contained page (no CDN); the same page `plangraph viz -o FILE.html` writes.",
    responses=_html_example('<html lang="zh-CN">…<h1>规划层级图 · Plan hierarchy</h1>…'),
)
def plan_hierarchy(store: StoreDep) -> HTMLResponse:
    return _page(store, "hierarchy")


@router.get(
    "/viz/overview",
    response_class=HTMLResponse,
    summary="Overview: " + VIEWS["overview"].summary,
    responses=_html_example("<h1>总览 · Overview</h1>"),
)
def overview(store: StoreDep) -> HTMLResponse:
    return _page(store, "overview")


@router.get(
    "/viz/systems",
    response_class=HTMLResponse,
    summary="System map: " + VIEWS["systems"].summary,
    responses=_html_example("<h1>系统平台图 · System map</h1>"),
)
def system_map(store: StoreDep) -> HTMLResponse:
    return _page(store, "systems")


@router.get(
    "/viz/plan/{plan_id}",
    response_class=HTMLResponse,
    summary="Plan detail: " + VIEWS["plan"].summary,
    responses=_html_example("<h1>湖州市市场监管“十四五”规划 · Plan detail</h1>"),
)
def plan_detail(store: StoreDep, plan_id: PlanKey) -> HTMLResponse:
    return _page(store, "plan", plan_id)


@router.get(
    "/viz/coverage/{plan_id}",
    response_class=HTMLResponse,
    summary="Coverage: " + VIEWS["coverage"].summary,
    responses=_html_example("<h1>浙江省市场监管“十四五”规划 · 落实情况 Coverage</h1>"),
)
def coverage(store: StoreDep, plan_id: PlanKey) -> HTMLResponse:
    return _page(store, "coverage", plan_id)


@router.get(
    "/viz/matrix/{plan_id}",
    response_class=HTMLResponse,
    summary="Coverage matrix: " + VIEWS["matrix"].summary,
    responses=_html_example("<h1>浙江省市场监管“十四五”规划 · 落实矩阵 Coverage matrix</h1>"),
)
def matrix(store: StoreDep, plan_id: PlanKey) -> HTMLResponse:
    return _page(store, "matrix", plan_id)


@router.get(
    "/viz/indicators/{plan_id}",
    response_class=HTMLResponse,
    summary="Indicator comparison: " + VIEWS["indicators"].summary,
    responses=_html_example("<h1>湖州市市场监管“十四五”规划 · 指标对比 Indicator comparison</h1>"),
)
def indicator_comparison(store: StoreDep, plan_id: PlanKey) -> HTMLResponse:
    return _page(store, "indicators", plan_id)


@router.get(
    "/viz/neighbourhood/{node_id}",
    response_class=HTMLResponse,
    summary="Neighbourhood: " + VIEWS["neighbourhood"].summary,
    responses=_html_example("<h1>浙食链 · 关联图 Neighbourhood</h1>"),
)
def neighbourhood(
    store: StoreDep,
    node_id: NodeKey,
    depth: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_DEPTH,
            description="steps from the node",
            openapi_examples=examples(two=("two steps", 2)),
        ),
    ] = 1,
) -> HTMLResponse:
    return _page(store, "neighbourhood", node_id, depth)


@router.get(
    "/viz/trace/{node_id}",
    response_class=HTMLResponse,
    summary="Trace: " + VIEWS["trace"].summary,
    responses=_html_example("<h1>目标追踪 · Trace: …</h1>"),
)
def trace(
    store: StoreDep,
    node_id: Annotated[
        str,
        Path(
            description="goal (statement) id, or text it contains",
            openapi_examples=examples(浙江目标=("浙江: 实施“强队砺剑”工程", ZHEJIANG_GOAL_ID)),
        ),
    ],
) -> HTMLResponse:
    return _page(store, "trace", node_id)
