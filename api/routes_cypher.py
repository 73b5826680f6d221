"""Read-only Cypher for those who need more than the fixed endpoints (Neo4j store only)."""

from __future__ import annotations

from fastapi import APIRouter, status

from plangraph.api.deps import SettingsDep, StoreDep
from plangraph.api.schemas import ErrorDetail
from plangraph.api.schemas_ops import CypherRequest, CypherResponse

router = APIRouter(prefix="/api/v1", tags=["cypher"])


@router.post(
    "/cypher",
    summary="Run one read-only Cypher statement (Neo4j store only)",
    description="The statement is planned first and refused (400) unless Neo4j reports it read-only; "
    "LOAD CSV and procedures that are not READ mode are refused too. It then runs in a read "
    "transaction with the server's timeout (`PLANGRAPH_CYPHER_TIMEOUT_S`) and row cap "
    "(`PLANGRAPH_CYPHER_ROW_CAP`); a request may ask for less. On the embedded store: 501.",
    responses={
        status.HTTP_400_BAD_REQUEST: {
            "model": ErrorDetail,
            "description": "refused: writes, syntax, timeout",
        },
        status.HTTP_501_NOT_IMPLEMENTED: {"model": ErrorDetail, "description": "the store has no Cypher"},
    },
)
def read_cypher(request: CypherRequest, store: StoreDep, settings: SettingsDep) -> CypherResponse:
    row_cap = min(request.row_cap or settings.cypher_row_cap, settings.cypher_row_cap)
    timeout_s = min(request.timeout_s or settings.cypher_timeout_s, settings.cypher_timeout_s)
    result = store.read_cypher(request.statement, request.params, timeout_s, row_cap)
    return CypherResponse(columns=result.columns, rows=result.rows, truncated=result.truncated)
