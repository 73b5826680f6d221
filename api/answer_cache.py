"""Conditional GET and an in-process cache of answers, both keyed on the store's graph version.

Every answer is a function of the URL and the graph, so while the graph does not change an answer
computed once can be sent again, and a client that already holds it (``If-None-Match`` with the
ETag) gets a 304 without the answer being computed at all. Any write that changes the graph moves
the version (``GraphStore.graph_version``), which invalidates every ETag and every cached answer at
once. A store that cannot tell its version (None) gets neither.

An answer is cached, and tagged, only when the version read before it was computed is still the
version after: a write landing in between could have given an answer of either graph.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plangraph.graph.store import GraphStore, StoreError

# Not cached: whole-graph downloads (large, and read once), and anything that is not a GET.
UNCACHED_PREFIXES = ("/api/v1/export",)
CACHED_PREFIXES = ("/api/", "/viz")


@dataclass(frozen=True)
class _Answer:
    version: str
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class AnswerCache:
    """ASGI middleware: ETag / 304 on GETs, and the last answers per URL for the current version."""

    def __init__(self, app: ASGIApp, max_entries: int = 2048, max_bytes: int = 64 << 20) -> None:
        self.app = app
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._answers: OrderedDict[bytes, _Answer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _cacheable(scope):
            await self.app(scope, receive, send)
            return
        store: GraphStore | None = getattr(scope["app"].state, "store", None)
        version = _version(store)
        if version is None:
            await self.app(scope, receive, send)
            return
        etag = f'"{version}"'.encode()
        if _matches(_header(scope, b"if-none-match"), etag):
            await _send(send, 304, [(b"etag", etag), (b"cache-control", b"no-cache")], b"")
            return
        key = scope.get("raw_path", scope["path"].encode()) + b"?" + scope.get("query_string", b"")
        with self._lock:
            cached = self._answers.get(key)
            if cached is not None and cached.version == version:
                self._answers.move_to_end(key)
        if cached is not None and cached.version == version:
            await _send(send, cached.status, cached.headers, cached.body)
            return

        start: Message = {}
        body: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        headers = list(start.get("headers", []))
        status = int(start.get("status", 500))
        content = b"".join(body)
        if status == 200 and _version(store) == version:
            headers = [(k, v) for k, v in headers if k.lower() not in (b"etag", b"cache-control")]
            headers += [(b"etag", etag), (b"cache-control", b"no-cache")]
            self._keep(key, _Answer(version, status, headers, content))
        await _send(send, status, headers, content)

    def _keep(self, key: bytes, answer: _Answer) -> None:
        if len(answer.body) > self.max_bytes // 16:
            return
        with self._lock:
            old = self._answers.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._answers[key] = answer
            self._bytes += len(answer.body)
            while self._answers and (len(self._answers) > self.max_entries or self._bytes > self.max_bytes):
                _, dropped = self._answers.popitem(last=False)
                self._bytes -= len(dropped.body)


def _cacheable(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    path: str = scope["path"]
    return path.startswith(CACHED_PREFIXES) and not path.startswith(UNCACHED_PREFIXES)


def _version(store: GraphStore | None) -> str | None:
    """The store's graph version, or None (no store yet, no version, or a store that cannot be read:
    the route then answers, and reports the error as it always does)."""
    if store is None:
        return None
    try:
        return store.graph_version()
    except StoreError:
        return None


def _header(scope: Scope, name: bytes) -> bytes | None:
    return next((v for k, v in scope["headers"] if k == name), None)


def _matches(header: bytes | None, etag: bytes) -> bool:
    if header is None:
        return False
    tags = [t.strip().removeprefix(b"W/") for t in header.split(b",")]
    return etag in tags  # not "*": it would 304 a URL whose answer is an error


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    if status != 304:
        headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
