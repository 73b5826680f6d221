"""The project's own promises: the sample corpus, the two README commands, CI, the compose file."""

from __future__ import annotations

import re
import typing

import pytest
import yaml

from plangraph.cli import COMMANDS
from plangraph.settings import Settings
from tests.conftest import ROOT, SEEDS, SHARED

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="shared/seeds is not beside this checkout")
def test_sample_corpus_is_the_shared_seeds_byte_for_byte() -> None:
    shared = sorted((SHARED / "seeds").iterdir())
    assert [p.name for p in shared] == sorted(p.name for p in SEEDS.iterdir())
    for path in shared:
        assert (SEEDS / path.name).read_bytes() == path.read_bytes(), path.name


def _quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block is not None
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_quickstart_is_two_commands_and_ci_runs_the_test_one() -> None:
    commands = _quickstart_commands()
    assert commands == ["./scripts/demo.sh", "./scripts/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert [line for line in ci.splitlines() if line.startswith("exec ")] == ["exec ./scripts/test.sh"]
    for command in commands:
        assert (ROOT / command).stat().st_mode & 0o111, f"{command} is not executable"


def test_readme_documents_every_subcommand_and_setting() -> None:
    for command in COMMANDS:
        assert f"`plangraph {command}" in README, command
    for field, info in Settings.model_fields.items():
        # Neo4j's credentials keep the names Neo4j's own tools use (NEO4J_USERNAME …)
        name = info.validation_alias.choices[0] if info.validation_alias else f"PLANGRAPH_{field.upper()}"
        assert f"`{name}`" in README, field


def test_compose_runs_neo4j_and_the_api_with_names_the_code_reads() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j, api = compose["services"]["neo4j"], compose["services"]["api"]
    assert neo4j["image"].startswith("neo4j:5")
    assert "healthcheck" in neo4j and "neo4j-data" in compose["volumes"]
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    env = api["environment"]
    assert env["PLANGRAPH_STORE"].startswith("neo4j://")
    known = {f"PLANGRAPH_{name.upper()}" for name in Settings.model_fields} | {
        "NEO4J_USERNAME",
        "NEO4J_PASSWORD",
    }
    assert set(env) <= known
    assert "plangraph ingest data/seeds" in " ".join(api["command"])


def test_dockerfile_installs_with_the_readme_install_step() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "RUN ./scripts/install.sh" in dockerfile
    assert "./scripts/install.sh" in (ROOT / "scripts" / "demo.sh").read_text(encoding="utf-8")


def test_settings_fields_are_typed() -> None:
    hints = typing.get_type_hints(Settings)
    assert {"store", "host", "port", "cors_origins", "api_key"} <= set(hints)
