"""Typed dependencies routes declare instead of reaching into ``app.state`` themselves."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graph.store import GraphStore
from plangraph.settings import Settings


def get_store(request: Request) -> GraphStore:
    """The store the app was created with, or the one its lifespan opened."""
    store: GraphStore | None = getattr(request.app.state, "store", None)
    if store is None:
        raise RuntimeError(
            "the store is not open: run the app through its lifespan (uvicorn, or TestClient as `with`)"
        )
    return store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
