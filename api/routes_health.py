"""Liveness for load balancers and scripts: is the app up, and can it read the store."""

from __future__ import annotations

from fastapi import APIRouter, Request

from plangraph.api.deps import StoreDep
from plangraph.api.schemas import Health
from plangraph.graph.model import Label

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Service health and the number of plans in the store",
    description="Reads the store, so a 503 here means the store cannot be read.",
)
def health(request: Request, store: StoreDep) -> Health:
    plans = store.list_nodes(Label.PLAN, limit=1).total
    return Health(status="ok", version=request.app.version, plans=plans)
