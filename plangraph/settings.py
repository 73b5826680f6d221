"""PlanGraph's settings, read from ``PLANGRAPH_*`` and ``NEO4J_*`` environment variables (or given in
code). This is the only module that reads the environment: every command builds ``Settings`` and
passes values down, so nothing below the faces depends on how it was started.

Settings are read when the app or the CLI asks for them, never at import time, so tests and the CLI
can pass their own values without touching the environment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from platformdirs import user_data_dir
from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

if TYPE_CHECKING:
    from plangraph.graph.store import GraphStore


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANGRAPH_", use_attribute_docstrings=True)

    store: str | None = None
    """Where the graph lives: a directory (or .json file) for the embedded store, or a ``neo4j://`` /
    ``bolt://`` URL. Unset means the per-user default store (``store_location``)."""

    host: str = "127.0.0.1"
    """Address ``plangraph serve`` binds to; the default is reachable from this machine only."""

    port: int = 8000
    """TCP port ``plangraph serve`` listens on."""

    workers: int = Field(default=1, ge=1, le=64)
    """Server processes ``plangraph serve`` starts. Python answers one request at a time per process,
    so on a machine with several cores more workers answer more requests at once; each holds its own
    copy of an embedded store in memory (about 3.6 GB for 1,000 plans)."""

    cors_origins: Annotated[list[str], NoDecode] = []
    """Browser origins allowed to call the API from other sites, as a JSON list or comma-separated
    (``PLANGRAPH_CORS_ORIGINS=https://a.example,https://b.example``). Empty: no CORS headers at all."""

    api_key: str | None = None
    """The key writing endpoints (document upload) require in the ``X-API-Key`` header; while unset,
    they refuse every request. Reads never need it."""

    max_upload_bytes: int = 20 * 1024 * 1024
    """Largest document upload (the whole multipart request) ``POST /api/v1/ingest`` accepts;
    bigger requests get a 413 before the body is read."""

    cypher_timeout_s: float = 10.0
    """Longest a Cypher passthrough statement may run on Neo4j (callers may ask for less)."""

    cypher_row_cap: int = 1000
    """Most rows a Cypher passthrough statement returns (callers may ask for fewer); more are cut and
    the answer says ``truncated: true``."""

    neo4j_username: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_USERNAME", "neo4j_username")
    )
    """User name for a Neo4j store (``NEO4J_USERNAME``, without the ``PLANGRAPH_`` prefix, as Neo4j's own
    tools name it)."""

    neo4j_password: str = Field(default="", validation_alias=AliasChoices("NEO4J_PASSWORD", "neo4j_password"))
    """Password for a Neo4j store (``NEO4J_PASSWORD``)."""

    neo4j_database: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_DATABASE", "neo4j_database")
    )
    """Database on the Neo4j server (``NEO4J_DATABASE``); unset means the server's default. Clusters and
    Aura may hold several."""

    @property
    def store_location(self) -> str:
        """``store`` if set, else the per-user data directory (``~/.local/share/plangraph/store``)."""
        return self.store or str(Path(user_data_dir("plangraph")) / "store")

    def open_store(self, location: str | Path | None = None) -> GraphStore:
        """The store at ``location`` (default: ``store_location``) opened with these credentials."""
        from plangraph.graph.store.open_store import open_store

        return open_store(
            location if location is not None else self.store_location,
            neo4j_user=self.neo4j_username,
            neo4j_password=self.neo4j_password,
            neo4j_database=self.neo4j_database,
        )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        """Accept the comma-separated form people type into a shell as well as a JSON list."""
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [origin.strip() for origin in text.split(",") if origin.strip()]
        return value
