"""Re-ingest is idempotent: ingesting the sample corpus again, or one of its files again, leaves every
export byte-identical (issue 9). Through `plangraph ingest` and `plangraph export`, in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from plangraph.cli import main
from tests.conftest import SEEDS
from tests.expected_plans import HUZHOU, ZHEJIANG
from tests.exports import store_dump

pytestmark = pytest.mark.faults

EXPORTS = {
    "graph.json": ["--format", "json"],
    "graph.graphml": ["--format", "graphml"],
    "nodes.csv": ["--format", "csv", "--table", "nodes"],
    "edges.csv": ["--format", "csv", "--table", "edges"],
}


def exports(store: Path, folder: Path) -> dict[str, bytes]:
    """Every export format of the store, as the bytes `plangraph export` writes, plus every row of
    the store file."""
    folder.mkdir()
    for name, args in EXPORTS.items():
        assert main(["export", *args, "-o", str(folder / name), "--store", str(store)]) == 0
    files = {name: (folder / name).read_bytes() for name in EXPORTS}
    return {**files, "store file": store_dump(store)}


def ingest(store: Path, *paths: Path) -> None:
    assert main(["ingest", *map(str, paths), "--store", str(store)]) == 0


def test_ingesting_the_corpus_again_or_one_file_again_changes_no_byte(tmp_path: Path) -> None:
    store = tmp_path / "store"
    ingest(store, SEEDS)
    first = exports(store, tmp_path / "first")

    ingest(store, SEEDS)
    again = exports(store, tmp_path / "again")
    ingest(store, SEEDS / ZHEJIANG)  # the parent plan: its links to 湖州 are rebuilt
    one_again = exports(store, tmp_path / "one-again")

    assert all(len(data) > 1000 for data in first.values())
    for name in first:
        assert again[name] == first[name], f"{name} changed when the corpus was ingested again"
        assert one_again[name] == first[name], f"{name} changed when {ZHEJIANG} was ingested again"


def test_the_corpus_one_file_at_a_time_in_reverse_order_exports_the_same_bytes(tmp_path: Path) -> None:
    together = tmp_path / "together"
    ingest(together, SEEDS)
    one_by_one = tmp_path / "one-by-one"
    files = sorted(SEEDS.iterdir(), reverse=True)
    assert files[0].name != HUZHOU and files[-1].name == HUZHOU  # the child after its parent, 浙江

    for path in files:
        ingest(one_by_one, path)

    expected = exports(together, tmp_path / "a")
    found = exports(one_by_one, tmp_path / "b")
    for name in EXPORTS:
        assert found[name] == expected[name], f"{name} depends on the order the plans arrived in"
