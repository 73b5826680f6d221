"""A Neo4j server of the test's own, through scripts/neo4j.sh, for faults the shared server must not
suffer: stopped under a running API and started again (its database kept), and authentication on
with a password the test chose.

It runs only in the Neo4j leg (the shared server's jars are then in place, so starting takes seconds).
"""

from __future__ import annotations

import os
import socket
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import GraphDatabase

from tests.conftest import ROOT

NEO4J_SH = ROOT / "scripts" / "neo4j.sh"
PASSWORD = "plangraph-faults"  # the harness's first password is neo4j and must be changed


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Neo4jServer:
    """scripts/neo4j.sh on a free port with its own run folder, database kept across restarts,
    authentication on."""

    run_dir: Path
    port: int = field(default_factory=free_port)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def _script(self, command: str) -> None:
        env = {
            **os.environ,
            "NEO4J_PORT": str(self.port),
            "NEO4J_RUN_DIR": str(self.run_dir),
            "NEO4J_KEEP_DATA": "1",
            "NEO4J_AUTH": "1",
            "NEO4J_HEAP": "512m",
        }
        done = subprocess.run(
            [str(NEO4J_SH), command], env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, f"neo4j.sh {command}: {done.stderr}"

    def start(self) -> None:
        self._script("start")

    def stop(self) -> None:
        self._script("stop")

    def set_password(self) -> None:
        """Replace the harness's expired first password (neo4j) with ``PASSWORD``."""
        with (
            GraphDatabase.driver(self.uri, auth=("neo4j", "neo4j")) as driver,
            driver.session(database="system") as session,
        ):
            session.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $new", new=PASSWORD).consume()
