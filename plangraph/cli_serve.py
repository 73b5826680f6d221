"""``plangraph serve`` (and the end of ``plangraph demo``): listen first, then say where.

The socket is bound before the banner is printed, so a busy port is one line and exit 3 instead of a
banner promising a server that never starts; uvicorn is handed that very socket, so no other process
can take the port in between.
"""

from __future__ import annotations

import errno
import socket
import sys
from dataclasses import dataclass
from typing import Any

from plangraph.cli_errors import EXIT_CANNOT_SERVE, EXIT_OK, UserError
from plangraph.settings import Settings


def listen(host: str, port: int) -> socket.socket:
    """A bound socket on ``host:port``; UserError (exit 3) naming the reason when it cannot be had."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except OSError as exc:  # socket.gaierror: a host name that does not resolve
        raise UserError(EXIT_CANNOT_SERVE, f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
        sock.bind(address)
    except OSError as exc:
        sock.close()
        reason = (
            "the port is in use (another server? pick one with --port)"
            if exc.errno == errno.EADDRINUSE
            else exc.strerror or str(exc)
        )
        raise UserError(EXIT_CANNOT_SERVE, f"cannot listen on {host}:{port}: {reason}") from exc
    sock.set_inheritable(True)  # worker processes serve on it too
    return sock


def serve(store: str | None, host: str | None, port: int | None, workers: int | None = None) -> int:
    """Serve the API and the visualizer until Ctrl+C. With one worker the store is opened here,
    before the banner, so a store that cannot be read is exit 1 rather than a failed startup."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from plangraph.api.app import create_app

    overrides = {
        k: v
        for k, v in {"store": store, "host": host, "port": port, "workers": workers}.items()
        if v is not None
    }
    settings = Settings(**overrides)
    sock = listen(settings.host, settings.port)
    opened = settings.open_store() if settings.workers == 1 else None
    if opened is not None and opened.list_nodes(limit=1).total == 0:
        print(
            f"plangraph: warning: the store {settings.store_location} is empty; "
            f"fill it with `plangraph ingest PATH --store {settings.store_location}`",
            file=sys.stderr,
        )
    bound_port = sock.getsockname()[1]
    base = f"http://{settings.host}:{bound_port}"
    print(
        f"PlanGraph is serving the store {settings.store_location}\n"
        f"  start page:      {base}/\n"
        f"  plan hierarchy:  {base}/viz/hierarchy\n"
        f"  plans (JSON):    {base}/api/v1/plans\n"
        f"  API docs:        {base}/docs\n"
        "Press Ctrl+C to stop.",
        file=sys.stderr,
        flush=True,
    )
    try:
        if opened is not None:
            server = uvicorn.Server(uvicorn.Config(create_app(settings, opened), log_level="warning"))
            server.run(sockets=[sock])
            return EXIT_OK if server.started else EXIT_CANNOT_SERVE
        # Each worker process builds its own app from these very settings (pickled to it with the
        # factory), so a --store given on the command line reaches the workers without the environment.
        config = uvicorn.Config(
            AppFactory(settings), factory=True, workers=settings.workers, log_level="warning"
        )
        Multiprocess(config, sockets=[sock]).run()
        return EXIT_OK
    finally:
        sock.close()
        if opened is not None:
            opened.close()


@dataclass(frozen=True)
class AppFactory:
    """Builds the API in a worker process from the settings of the command that started it. The app
    is imported on call, not when the worker unpickles this: the supervisor pings a new worker within
    seconds, and a worker still importing FastAPI and spaCy by then is taken for dead and replaced."""

    settings: Settings

    def __call__(self) -> Any:
        from plangraph.api.app import create_app

        return create_app(self.settings)
