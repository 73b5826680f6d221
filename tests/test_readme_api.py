"""The curl examples in the README's HTTP API section, run for real against a server on loopback, must
print exactly the output shown there, so the README cannot drift from the API."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn

from plangraph.api.app import create_app
from plangraph.graph.store import GraphStore
from tests.conftest import ROOT

SECTION = re.compile(r"### Questions answered with curl\n(.*?)\n### ", re.DOTALL)
CONSOLE = re.compile(r"```console\n(.*?)```", re.DOTALL)


def readme_examples() -> list[tuple[str, str]]:
    """(command, expected output) for every ``$ `` line of the section's console blocks."""
    section = SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert section, "README lost its 'Questions answered with curl' section"
    examples = []
    for block in CONSOLE.findall(section.group(1)):
        command: list[str] = []
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command:
                    examples.append(("\n".join(command), "\n".join(output)))
                command, output = [line[2:]], []
            elif command and not output and _continues("\n".join(command)):
                command.append(line)
            else:
                output.append(line)
        examples.append(("\n".join(command), "\n".join(output)))
    return examples


def _continues(command: str) -> bool:
    """A command goes on after a trailing backslash or while a single-quoted string is open."""
    return command.endswith("\\") or command.count("'") % 2 == 1


@pytest.fixture
def base_url(sample_store: GraphStore) -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(store=sample_store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_the_readme_shows_the_five_questions() -> None:
    commands = " ".join(command for command, _ in readme_examples())
    for endpoint in (
        "/trace/",
        "/entities/",
        "/indicators?target_year=2025",
        "coverage?uncovered_only",
        "/path?",
    ):
        assert endpoint in commands, endpoint


def test_readme_curl_examples_print_what_the_readme_shows(base_url: str) -> None:
    if not (shutil.which("curl") and shutil.which("jq")):
        pytest.skip("needs curl and jq on PATH")
    assert httpx.get(f"{base_url}/health").status_code == 200
    for command, expected in readme_examples():
        result = subprocess.run(
            ["bash", "-c", command],
            capture_output=True,
            text=True,
            env={"B": base_url, "PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.rstrip("\n") == expected, command
