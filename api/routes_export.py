"""The whole graph as a file: JSON (the export contract), GraphML for graph tools, CSV for sheets."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response
from fastapi.exceptions import RequestValidationError

from plangraph.api.deps import StoreDep
from plangraph.api.examples import examples
from plangraph.graph.export import export_csv, export_graphml, export_json

router = APIRouter(prefix="/api/v1", tags=["export"])

MEDIA = {
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "csv": "text/csv; charset=utf-8",
}


@router.get(
    "/export",
    summary="Download the whole graph as JSON, GraphML or CSV",
    description="JSON follows the export contract (nodes with evidence, edges), sorted so equal graphs "
    "export byte-equal. GraphML keeps lists and evidence as JSON strings. CSV is one table at a time "
    "(`table=nodes`, the default, or `edges`), one column per property; `table` with another format is "
    "a 422, since JSON and GraphML hold nodes and edges together.",
    response_class=Response,
    responses={
        200: {
            "description": "the graph file",
            "content": {
                "application/json": {
                    "example": {"nodes": [{"id": "region-330500", "label": "Region"}], "edges": []}
                },
                "application/graphml+xml": {"example": '<?xml version="1.0" encoding="utf-8"?><graphml …>'},
                "text/csv": {"example": "id,label,aliases,code,…\nregion-330500,Region,[],330500,…\n"},
            },
        }
    },
)
def export(
    store: StoreDep,
    format: Annotated[
        Literal["json", "graphml", "csv"],
        Query(description="file format", openapi_examples=examples(csv=("a CSV table", "csv"))),
    ] = "json",
    table: Annotated[
        Literal["nodes", "edges"] | None,
        Query(
            description="csv only: which table (default nodes)",
            openapi_examples=examples(edges=("the edge table (with format=csv)", "edges")),
        ),
    ] = None,
) -> Response:
    if table is not None and format != "csv":  # OpenAPI cannot say "only with format=csv"
        raise RequestValidationError(
            [
                {
                    "type": "value_error",
                    "loc": ["query", "table"],
                    "msg": f"`table` is for format=csv; a {format} export holds nodes and edges together",
                    "input": table,
                }
            ]
        )
    table = table or "nodes"
    graph = store.export()
    if format == "json":
        body = export_json(graph)
    elif format == "graphml":
        body = export_graphml(graph)
    else:
        body = export_csv(graph, table)
    filename = f"plangraph.{format}" if format != "csv" else f"plangraph-{table}.csv"
    return Response(
        body,
        media_type=MEDIA[format],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
