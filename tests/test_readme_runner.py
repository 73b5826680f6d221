"""The README's examples, run as a new user runs them: the PATH line first, then every fenced ``bash``
block in order, then the curl questions against ``plangraph serve`` on the store those blocks built.
Paths under /tmp/ are moved into the test's own folder; nothing else is changed. A block the runner
cannot run here is listed in SKIPPED with the reason, and a listed block that left the README fails.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SHARED
from tests.test_readme_api import readme_examples

BASH = re.compile(r"```bash\n(.*?)```", re.DOTALL)
PATH_SETUP = 'export PATH="$PWD/.venv/bin:$PATH"'
SKIPPED = {
    "./scripts/demo.sh": "serves until Ctrl+C, and test.sh is the suite; test_cli_errors runs the demo",
    "NEO4J_PASSWORD=choose-a-password docker compose up": "needs Docker",
    "scripts/neo4j.sh start": "starts a second JVM on the fixed port 7687 while test.sh's own Neo4j "
    "server runs; the whole suite's Neo4j leg and test_faults_neo4j exercise that server and script",
    ".venv/bin/python -m bench.ingest_speed": "a benchmark, minutes long",
    ".venv/bin/python -m bench.synth_corpus --plans 1000 --seed 1 -o /tmp/synth1000   #": "1,000 plans",
    ".venv/bin/python -m bench.scale --plans 1000": "1,000 plans, about ten minutes (test_bench_api_latency "
    "runs the latency bench on the sample store)",
    "NEO4J_PORT=7701 NEO4J_RUN_DIR=/tmp/neo4j-bench": "a second Neo4j server and 1,000 plans on both "
    "stores, tens of minutes; test_scale_bench runs bench.scale on both stores at a small size",
}


def bash_blocks() -> list[str]:
    return BASH.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def _skip_reason(block: str) -> str | None:
    return next((why for start, why in SKIPPED.items() if block.startswith(start)), None)


def _runnable() -> list[str]:
    return [b for b in bash_blocks() if _skip_reason(b) is None]


def _shell(script: str, workdir: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``script`` in bash from the checkout, with a bare PATH: `plangraph` is found only through the
    README's PATH line, which runs first."""
    return subprocess.run(
        ["bash", "-c", f"set -e\n{PATH_SETUP}\n{script.replace('/tmp/', f'{workdir}/')}"],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(workdir), "XDG_DATA_HOME": str(workdir / "data")},
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ROOT / ".venv" / "bin" / "plangraph").exists():
        pytest.skip("the README's PATH line needs ./scripts/install.sh's .venv in the checkout")
    return tmp_path_factory.mktemp("readme")


def test_every_bash_block_is_run_or_skipped_with_a_reason() -> None:
    blocks = bash_blocks()

    assert PATH_SETUP in "\n".join(blocks)
    for start in SKIPPED:
        assert any(block.startswith(start) for block in blocks), (
            f"SKIPPED lists a block the README lost: {start}"
        )
    assert len(_runnable()) >= 2


@pytest.fixture(scope="module")
def ran(workdir: Path) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every runnable block, in README order, each after the PATH line."""
    results = {}
    for block in _runnable():
        if "../shared/" in block and not SHARED.exists():
            block = "\n".join(line for line in block.splitlines() if "../shared/" not in line)
        results[block] = _shell(block, workdir)
    return results


def test_the_readme_bash_blocks_run_as_written(ran: dict[str, subprocess.CompletedProcess[str]]) -> None:
    for block, result in ran.items():
        assert result.returncode == 0, (block, result.stderr)
        assert "Traceback" not in result.stderr, (block, result.stderr)


def test_the_readme_examples_answer_what_they_promise(
    ran: dict[str, subprocess.CompletedProcess[str]], workdir: Path
) -> None:
    (help_block,) = [b for b in ran if "plangraph --help" in b]
    (store_block,) = [b for b in ran if "plangraph ingest data/seeds --store /tmp/pg" in b]

    assert ran[help_block].stdout.startswith("usage: plangraph")
    assert ran[store_block].stdout.splitlines()[1:4] == [
        "浙江省市场监管“十四五”规划",
        "child plans: 湖州市市场监管“十四五”规划",
        "147 statements: 126 carried down, 21 not carried down by any child plan",
    ]
    assert (workdir / "pg" / "plangraph.db").exists() and (workdir / "pg-graph.json").exists()


@pytest.fixture(scope="module")
def served(ran: dict[str, subprocess.CompletedProcess[str]], workdir: Path) -> Iterator[str]:
    """``plangraph serve --store /tmp/pg`` (as the curl section says) on a free port, found on PATH."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        ["bash", "-c", f"{PATH_SETUP}\nexec plangraph serve --store {workdir}/pg --port {port}"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "HOME": str(workdir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                httpx.get(f"{base}/health").raise_for_status()
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and server.poll() is None, "plangraph serve did not answer"
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_readme_curl_questions_print_what_it_shows(served: str, workdir: Path) -> None:
    if not (shutil.which("curl") and shutil.which("jq")):
        pytest.skip("needs curl and jq on PATH")
    for command, expected in readme_examples():
        result = _shell(f"B={served}\n{command}", workdir, timeout=60)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.rstrip("\n") == expected, command


def test_raw_chinese_in_a_url_is_refused_as_the_readme_says(served: str) -> None:
    raw = subprocess.run(
        ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", f"{served}/api/v1/plans?region=湖州"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    encoded = httpx.get(f"{served}/api/v1/plans?region=%E6%B9%96%E5%B7%9E").json()

    assert raw.stdout == "400"
    assert encoded["total"] == 2
