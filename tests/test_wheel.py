"""The wheel a user installs: built from this checkout, installed into a fresh virtualenv, and run
from a folder with no source checkout on the path — demo, ingest, export and serve.

Why: an editable install hides missing package data (rule files, Cypher, templates, the sample
corpus) and generic top-level module names; only a real wheel in a clean environment shows them.
Slow (a fresh virtualenv with every dependency from the package index's cache, about a minute), so it
is marked ``wheel``; the README's test command runs it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=600,
    )
    (built,) = dist.glob("plangraph-*.whl")
    return built


def test_the_wheel_holds_plangraph_and_its_data_and_nothing_else(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}

    assert top == {"plangraph", next(t for t in top if t.endswith(".dist-info"))}
    for data in (
        "plangraph/ingest/patterns/citations.jsonl",
        "plangraph/cypher/store.cypher",
        "plangraph/viz/templates/page.html",
        "plangraph/data/seeds/000_eecffe482169a7c7.txt",
        "plangraph/graph/store/protocol.py",
    ):
        assert data in names


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """A fresh virtualenv with the wheel installed, and an empty working folder outside the checkout."""
    home = tmp_path_factory.mktemp("wheel-venv")
    venv.create(home / "venv", with_pip=True)
    python = home / "venv" / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        timeout=900,
    )
    work = home / "work"
    work.mkdir()
    yield home / "venv" / "bin", work


def _run(bin_dir: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PLANGRAPH_"))}
    env["HOME"] = str(work)  # the per-user default store lands in the working folder
    return subprocess.run(
        [str(bin_dir / args[0]), *args[1:]], cwd=work, env=env, capture_output=True, text=True, timeout=300
    )


def test_the_installed_distribution_provides_no_top_level_module_but_plangraph(
    installed: tuple[Path, Path],
) -> None:
    bin_dir, work = installed
    probe = (
        "import json, plangraph; from importlib.metadata import distribution;"
        "files = distribution('plangraph').files;"
        "print(json.dumps({'top': sorted({f.parts[0] for f in files if f.parts[0] != '..'}),"
        "'at': plangraph.__file__}))"
    )
    found = json.loads(_run(bin_dir, work, "python", "-c", probe).stdout)

    assert [t for t in found["top"] if not t.endswith(".dist-info")] == ["plangraph"]
    assert "site-packages" in found["at"] and not found["at"].startswith(str(ROOT))


def test_the_installed_wheel_runs_demo_ingest_export_and_serve(installed: tuple[Path, Path]) -> None:
    bin_dir, work = installed

    demo = _run(bin_dir, work, "plangraph", "demo", "--no-serve", "--store", "demo")
    assert demo.returncode == 0, demo.stderr
    seed = work / "seed.txt"
    seed.write_bytes((ROOT / "data" / "seeds" / "001_023f5c1042dc9e4a.txt").read_bytes())
    ingest = _run(bin_dir, work, "plangraph", "ingest", str(seed), "--store", "one")
    assert ingest.returncode == 0, ingest.stderr
    export = _run(bin_dir, work, "plangraph", "export", "--format", "json", "-o", "g.json", "--store", "one")
    assert export.returncode == 0, export.stderr
    graph = json.loads((work / "g.json").read_text(encoding="utf-8"))
    assert any(node["label"] == "Plan" and node.get("source") == "seed.txt" for node in graph["nodes"])

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "PLANGRAPH_"))}
    server = subprocess.Popen(
        [str(bin_dir / "plangraph"), "serve", "--store", "demo", "--port", str(port)],
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        health = None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and health is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    health = json.loads(response.read())
            except OSError:
                time.sleep(0.5)
        assert health is not None, "plangraph serve did not answer /health within 60 s"
        assert health["plans"] > 0
    finally:
        server.terminate()
        server.wait(timeout=30)
