"""Build the FastAPI app. Nothing is created at import time: each call makes a fresh app.

Tests pass their own store (already seeded); ``plangraph serve`` passes only settings, and the store
named there is opened when the app starts and closed when it stops.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI, Request, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from plangraph.api import (
    routes_cypher,
    routes_entities,
    routes_export,
    routes_health,
    routes_indicators,
    routes_ingest,
    routes_plans,
    routes_trace,
    routes_viz,
)
from plangraph.api.answer_cache import AnswerCache
from plangraph.api.docs import add_docs
from plangraph.api.upload_limit import UploadLimit
from plangraph.graph.store import GraphStore, StoreError, StoreQueryRejected, StoreUnsupported
from plangraph.settings import Settings

DESCRIPTION = """Chinese government five-year plans across levels of government, as one graph.

Plan ids are stable (derived from the title), so links to a plan keep working after re-ingest.
Every fact carries its evidence: the document, the character span and the quote.
"""


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """A new app. An injected ``store`` is used as is and left open; otherwise ``settings.store`` is
    opened at startup (failing startup, not the first request, when it cannot be opened)."""
    settings = settings if settings is not None else Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if store is not None:
            yield
            return
        opened = settings.open_store()
        app.state.store = opened
        try:
            yield
        finally:
            app.state.store = None
            opened.close()

    app = FastAPI(
        title="PlanGraph",
        version=version("plangraph"),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store  # set now, so a TestClient used without `with` works too
    # added first so it sits inside CORS: a browser can read the 413 too
    app.add_middleware(UploadLimit, max_bytes=settings.max_upload_bytes, paths=("/api/v1/ingest",))
    app.add_middleware(AnswerCache)  # ETag / 304 and answers kept per graph version
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["X-API-Key", "Content-Type"],
        )
    app.add_exception_handler(StoreError, _store_error)
    for router in (
        routes_viz,
        routes_health,
        routes_plans,
        routes_entities,
        routes_trace,
        routes_indicators,
        routes_export,
        routes_ingest,
        routes_cypher,
    ):
        app.include_router(router.router)
    add_docs(app)
    return app


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    """A refused query is the caller's problem (400), a missing capability is 501, and a store that
    cannot be read is the server's (503); all reported as JSON like every other error."""
    if isinstance(exc, StoreQueryRejected):
        code, detail = status.HTTP_400_BAD_REQUEST, str(exc)
    elif isinstance(exc, StoreUnsupported):
        code, detail = status.HTTP_501_NOT_IMPLEMENTED, str(exc)
    else:
        code, detail = status.HTTP_503_SERVICE_UNAVAILABLE, f"store error: {exc}"
    return JSONResponse(status_code=code, content={"detail": detail})
