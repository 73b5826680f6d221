"""Typed dependencies routes declare instead of reaching into ``app.state`` themselves."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.security import APIKeyHeader

from plangraph.graph.model import Label, Node
from plangraph.graph.store import GraphStore
from plangraph.settings import Settings


def get_store(request: Request) -> GraphStore:
    """A snapshot of the store the app was created with (or the one its lifespan opened): every
    read of one request answers from the same graph, even while an ingest writes."""
    store: GraphStore | None = getattr(request.app.state, "store", None)
    if store is None:
        raise RuntimeError(
            "the store is not open: run the app through its lifespan (uvicorn, or TestClient as `with`)"
        )
    return store.snapshot()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def require_node(store: GraphStore, node_id: str, label: Label | None = None) -> Node:
    """The node, or a JSON 404 that says which id (and which kind of node) was not found."""
    node = store.get_node(node_id)
    if node is None or (label is not None and node.label != label):
        kind = str(label).lower() if label is not None else "node"
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"no {kind} with id {node_id}")
    return node


api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    description="the server's PLANGRAPH_API_KEY; writing endpoints refuse every request while it is unset",
)


def require_api_key(
    settings: SettingsDep, key: Annotated[str | None, Security(api_key_header)] = None
) -> None:
    """401 without a key, 403 with a wrong one, and 403 for everyone while the server has none set."""
    if not settings.api_key:
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="uploads are disabled on this server: set PLANGRAPH_API_KEY to enable them",
        )
    if not key:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="missing X-API-Key header",
            headers={"WWW-Authenticate": "X-API-Key"},
        )
    if not secrets.compare_digest(key.encode("utf-8"), settings.api_key.encode("utf-8")):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="wrong API key")


ApiKeyDep = Annotated[None, Depends(require_api_key)]
