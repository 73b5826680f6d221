"""HTML pages for people: the start page and the plan-hierarchy visualizer."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from api.deps import StoreDep
from viz.hierarchy import hierarchy_html

router = APIRouter(tags=["pages"])

INDEX_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PlanGraph 规划图谱</title>
<style>
  body { font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
         max-width: 40em; margin: 2em auto; padding: 0 1em; line-height: 1.6; }
</style>
</head>
<body>
<h1>PlanGraph 规划图谱</h1>
<p>五年规划之间的依据关系，按政府层级连成一张图。
Chinese government five-year plans across levels of government, as one graph.</p>
<ul>
  <li><a href="/viz/hierarchy">规划层级图 · plan hierarchy</a></li>
  <li><a href="/api/v1/plans">规划列表 (JSON) · plans</a></li>
  <li><a href="/docs">接口文档 · API docs</a></li>
</ul>
</body>
</html>
"""


def _html_example(snippet: str) -> dict[int | str, dict[str, object]]:
    return {200: {"content": {"text/html": {"example": snippet}}, "description": "an HTML page"}}


@router.get(
    "/",
    response_class=HTMLResponse,
    summary="Start page linking the visualizer, the plan list and the API docs",
    responses=_html_example('<!doctype html>\n<html lang="zh-CN">…<a href="/viz/hierarchy">规划层级图</a>…'),
)
def index() -> HTMLResponse:
    return HTMLResponse(INDEX_PAGE)


@router.get(
    "/viz/hierarchy",
    response_class=HTMLResponse,
    summary="Plan hierarchy: plans top-down by level, arrows to the plans they are based on",
    description="A self-contained page (no CDN); the same page `plangraph viz -o FILE.html` writes.",
    responses=_html_example('<html lang="zh-CN">…<h1>规划层级图 · Plan hierarchy</h1>…'),
)
def plan_hierarchy(store: StoreDep) -> HTMLResponse:
    return HTMLResponse(hierarchy_html(store.export()))
