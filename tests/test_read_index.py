"""The embedded store's per-graph indexes answer exactly what a plain scan of the graph answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plangraph.graph.model import Label
from plangraph.graph.store.networkx_store import NetworkxStore
from plangraph.graph.store.read_index import NameIndex
from plangraph.graph.store.search_key import search_key, search_keys
from plangraph.pipeline import ingest_files
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def _embedded_sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NetworkxStore]:
    """The sample corpus in the file store (a .json store), whose reads these indexes serve."""
    store = NetworkxStore(tmp_path_factory.mktemp("file-sample") / "graph.json")
    assert ingest_files(store, [SEEDS]).ok
    yield store
    store.close()


def test_bigram_search_finds_what_a_scan_of_every_name_finds(_embedded_sample: NetworkxStore) -> None:
    names = _embedded_sample._read_index().names(None)
    scan = NameIndex(names.text, names.starts, names.nodes)  # no bigram index: scans the text
    keys = [search_key(n.props.get("name") or n.props.get("title") or "") for n in names.nodes[::9]]
    needles = {k[i : i + width] for k in keys for i in (0, len(k) // 2) for width in (1, 2, 3, 5)} - {""}

    assert len(needles) > 300
    for needle in sorted(needles):
        for limit in (3, 20, 5000):
            assert [n.id for n in names.find(needle, limit)] == [n.id for n in scan.find(needle, limit)]


def test_search_keys_fold_like_search_key() -> None:
    texts = ["浙食鏈", "“浙食链”系统", "ＡＢＣ　１２３", "Ⅻ ﬁ …", "a\u200bb", "《规划》"]

    assert search_keys(texts) == [search_key(t) for t in texts]
    mixed = ["x", "two\nlines", "浙食鏈", "表\n\n鏈", "“浙食链”"]
    assert search_keys(mixed) == [search_key(t) for t in mixed]


def test_filters_and_labels_use_the_index_like_a_scan(_embedded_sample: NetworkxStore) -> None:
    plans = _embedded_sample.list_nodes(Label.PLAN, limit=1000).items
    source = next(p.props["source"] for p in plans if p.props.get("source"))

    page = _embedded_sample.list_nodes(Label.PLAN, {"source": source})
    assert [p.id for p in page.items] == [p.id for p in plans if p.props.get("source") == source]
    assert [p.id for p in plans] == sorted(p.id for p in plans)
