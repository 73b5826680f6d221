"""The whole graph as a file: JSON (the export contract), GraphML for graph tools, CSV for sheets."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from plangraph.api.deps import StoreDep
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
    "(`table=nodes` or `edges`), one column per property.",
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
    format: Annotated[Literal["json", "graphml", "csv"], Query(description="file format")] = "json",
    table: Annotated[Literal["nodes", "edges"], Query(description="for csv: which table")] = "nodes",
) -> Response:
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
