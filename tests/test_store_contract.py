"""The GraphStore contract on the real sample corpus; runs on every store the `store` fixture yields."""

from __future__ import annotations

import json
from pathlib import Path

from plangraph.graph.export import export_json
from plangraph.graph.keys import plan_id
from plangraph.graph.model import Label, RelType
from plangraph.graph.store import GraphStore
from plangraph.pipeline import ingest_files
from tests.expected_plans import EXPECTED, HUZHOU, ZHEJIANG

HUZHOU_ID = plan_id(EXPECTED[HUZHOU]["title"])
ZHEJIANG_ID = plan_id(EXPECTED[ZHEJIANG]["title"])


def _export(store: GraphStore) -> dict:
    return json.loads(export_json(store.export()))


def test_every_seed_becomes_a_plan_with_its_source(seeded_store: GraphStore) -> None:
    plans = [n for n in _export(seeded_store)["nodes"] if n["label"] == "Plan"]
    by_source = {p["source"]: p for p in plans if p["source"]}
    assert sorted(by_source) == sorted(EXPECTED)
    for source, expected in EXPECTED.items():
        plan = by_source[source]
        for field in ("title", "level", "region", "issuer", "published", "doc_number", "period"):
            assert plan[field] == expected[field], (source, field)


def test_ingesting_twice_changes_nothing(seeded_store: GraphStore, seeds: Path) -> None:
    before = export_json(seeded_store.export())
    result = ingest_files(seeded_store, [seeds])
    assert result.summary is not None
    assert (result.summary.nodes_added, result.summary.edges_added) == (0, 0)
    assert export_json(seeded_store.export()) == before


def test_child_before_parent_gives_the_same_graph(store: GraphStore, seeds: Path, tmp_path: Path) -> None:
    from plangraph.graph.store.open_store import open_store

    parent_first = open_store(tmp_path / "other")
    assert ingest_files(parent_first, [seeds / ZHEJIANG]).ok
    assert ingest_files(parent_first, [seeds / HUZHOU]).ok
    assert ingest_files(store, [seeds / HUZHOU]).ok
    stub = store.get_node(ZHEJIANG_ID)
    assert stub is not None and stub.props["source"] is None
    assert ingest_files(store, [seeds / ZHEJIANG]).ok
    assert export_json(store.export()) == export_json(parent_first.export())


def test_a_referenced_plan_becomes_the_real_plan_without_a_duplicate(store: GraphStore, seeds: Path) -> None:
    assert ingest_files(store, [seeds / HUZHOU, seeds / ZHEJIANG]).ok
    zhejiang = [n for n in store.list_nodes(Label.PLAN, limit=500).items if n.props.get("region") == "浙江省"]
    assert [n.id for n in zhejiang] == [ZHEJIANG_ID]
    assert zhejiang[0].props["source"] == ZHEJIANG
    assert zhejiang[0].props["title"] == "浙江省市场监管“十四五”规划"
    parents = store.neighbours(HUZHOU_ID, [RelType.BASED_ON], "out")
    assert ZHEJIANG_ID in {node.id for _, node in parents}


def test_stub_plans_keep_the_quote_that_named_them(seeded_store: GraphStore, seeds: Path) -> None:
    plans = seeded_store.list_nodes(Label.PLAN, limit=500).items
    parents = {n.id for p in plans for _, n in seeded_store.neighbours(p.id, [RelType.BASED_ON], "out")}
    stubs = [n for n in plans if n.props["source"] is None and n.id in parents]
    assert {n.props["title"] for n in stubs} == {
        "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        "湖北省市场监管现代化“十四五”规划",
    }
    for stub in stubs:
        assert stub.props["period"] == "2021-2025"  # read from “十四五” / 第十四个五年 in the title
        for ev in stub.evidence:
            original = (seeds / ev["source"]).read_text(encoding="utf-8")
            assert original[ev["start"] : ev["end"]] == ev["text"]


def test_regions_are_linked_up_to_the_province(seeded_store: GraphStore) -> None:
    def chain(name: str) -> list[str]:
        page = seeded_store.list_nodes(Label.REGION, {"name": name})
        assert page.total == 1, name
        names, node = [name], page.items[0]
        while up := seeded_store.neighbours(node.id, [RelType.PART_OF], "out"):
            node = up[0][1]
            names.append(node.props["name"])
        return names

    assert chain("黄石港区") == ["黄石港区", "黄石市", "湖北省"]
    assert chain("曾都区") == ["曾都区", "随州市", "湖北省"]
    assert chain("湖州市") == ["湖州市", "浙江省"]
    covers = seeded_store.neighbours(HUZHOU_ID, [RelType.COVERS], "out")
    assert [node.props["name"] for _, node in covers] == ["湖州市"]


def test_issuers_are_agencies_that_issued_their_plan(seeded_store: GraphStore) -> None:
    issued = seeded_store.neighbours(ZHEJIANG_ID, [RelType.ISSUED], "in")
    assert [(edge.type, node.label, node.props["name"]) for edge, node in issued] == [
        (RelType.ISSUED, Label.AGENCY, "浙江省人民政府办公厅")
    ]


def test_pagination_reports_the_total(seeded_store: GraphStore) -> None:
    everything = seeded_store.list_nodes(Label.PLAN, limit=500)
    page = seeded_store.list_nodes(Label.PLAN, limit=2, offset=1)
    assert page.total == everything.total >= 8
    assert [n.id for n in page.items] == [n.id for n in everything.items[1:3]]


def test_filters_read_as_url_text(seeded_store: GraphStore) -> None:
    # booleans as "true"/"false" (any case), lists by member, numbers as printed
    cumulative = seeded_store.list_nodes(Label.INDICATOR, {"cumulative": "true"}, limit=500)
    assert cumulative.total and all(n.props["cumulative"] is True for n in cumulative.items)
    assert seeded_store.list_nodes(Label.INDICATOR, {"cumulative": "True"}).total == cumulative.total
    flat = seeded_store.list_nodes(Label.INDICATOR, {"cumulative": "false"}, limit=500)
    assert flat.total and all(n.props["cumulative"] is False for n in flat.items)
    assert seeded_store.list_nodes(Label.PLAN, {"level": "province"}).total >= 2


def test_bad_files_change_nothing_and_good_ones_in_the_batch_still_land(
    seeded_store: GraphStore, seeds: Path, tmp_path: Path
) -> None:
    before = export_json(seeded_store.export())
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    only_bad = ingest_files(seeded_store, [empty, tmp_path / "missing.txt"])
    assert only_bad.summary is None
    assert [Path(e.path).name for e in only_bad.errors] == ["missing.txt", "empty.txt"]
    assert export_json(seeded_store.export()) == before

    good = tmp_path / "copy of 浙江.txt"
    good.write_text((seeds / ZHEJIANG).read_text(encoding="utf-8"), encoding="utf-8")
    mixed = ingest_files(seeded_store, [good, empty])
    assert [Path(e.path).name for e in mixed.errors] == ["empty.txt"]
    zhejiang = seeded_store.get_node(ZHEJIANG_ID)
    assert zhejiang is not None
    assert zhejiang.props["source"] == [ZHEJIANG, "copy of 浙江.txt"]


def test_replacing_a_document_drops_what_only_it_said(store: GraphStore, seeds: Path, tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text((seeds / HUZHOU).read_text(encoding="utf-8"), encoding="utf-8")
    assert ingest_files(store, [path]).ok
    assert store.get_node(HUZHOU_ID) is not None
    path.write_text((seeds / ZHEJIANG).read_text(encoding="utf-8"), encoding="utf-8")
    assert ingest_files(store, [path]).ok
    assert store.get_node(HUZHOU_ID) is None
    plans = store.list_nodes(Label.PLAN, limit=500).items
    assert [(p.props["title"], p.props["source"]) for p in plans] == [
        ("浙江省市场监管“十四五”规划", "plan.txt")
    ]
