"""Request and response models for uploads and the Cypher passthrough."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class IngestSummary(BaseModel):
    documents: int
    plans: int
    nodes_added: int
    edges_added: int
    nodes_total: int
    edges_total: int


class IngestAccepted(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "files": ["000_eecffe482169a7c7.txt"],
                    "summary": {
                        "documents": 1,
                        "plans": 1,
                        "nodes_added": 0,
                        "edges_added": 0,
                        "nodes_total": 2552,
                        "edges_total": 3165,
                    },
                }
            ]
        }
    )

    files: list[str] = Field(description="the uploaded file names, as ingested")
    summary: IngestSummary


class FileError(BaseModel):
    file: str
    reason: str


class IngestRefused(BaseModel):
    """Some upload could not be read; nothing of the request was written. A malformed request (no
    ``files`` part) gets FastAPI's usual validation list in ``detail`` instead, and no ``errors``."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "detail": "1 of 2 uploaded files cannot be ingested; nothing was written",
                    "errors": [{"file": "empty.txt", "reason": "empty file"}],
                }
            ]
        }
    )

    detail: str | list[dict[str, Any]]
    errors: list[FileError] = Field(default_factory=list)


class CypherRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "statement": "MATCH (c:Plan)-[:BASED_ON]->(p:Plan {id: $id}) RETURN c.title AS child",
                    "params": {"id": "plan-26237dd97eba"},
                    "row_cap": 100,
                }
            ]
        }
    )

    statement: str = Field(min_length=1, max_length=20_000, description="one read-only Cypher statement")
    params: dict[str, Any] = Field(default_factory=dict, description="values for the statement's $parameters")
    row_cap: int | None = Field(default=None, ge=1, description="at most this many rows (server cap applies)")
    timeout_s: float | None = Field(
        default=None, gt=0, description="stop after this many seconds (server cap)"
    )


class CypherResponse(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"columns": ["child"], "rows": [["湖州市市场监管“十四五”规划"]], "truncated": False}]
        }
    )

    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = Field(description="true when the row cap cut the result short")
