"""The answers graph.queries composes (coverage, indicator comparison) and the analysis reads of the
GraphStore contract (what a plan mentions, many nodes' neighbours at once, Cypher passthrough) on the
real sample corpus, on every store the fixture yields."""

from __future__ import annotations

import pytest

from plangraph.graph.keys import plan_id
from plangraph.graph.model import Label, Node, RelType
from plangraph.graph.queries.coverage import plan_coverage
from plangraph.graph.queries.indicators import compare_indicator
from plangraph.graph.store import GraphStore, StoreQueryRejected, StoreUnsupported
from tests.conftest import SEEDS
from tests.expected_plans import EXPECTED, HUZHOU, ZHEJIANG

HUZHOU_ID = plan_id(EXPECTED[HUZHOU]["title"])
ZHEJIANG_ID = plan_id(EXPECTED[ZHEJIANG]["title"])


def test_coverage_lists_each_parent_statement_with_the_child_statements_that_carry_it(
    sample_store: GraphStore,
) -> None:
    coverage = plan_coverage(sample_store, _plan(sample_store, ZHEJIANG_ID))

    assert [child["id"] for child in coverage.children] == [HUZHOU_ID]
    goal = next(s for s in coverage.statements if "實施“強隊礪劍”工程" in s.quote)
    assert any("实施强队砺剑工程" in link.quote for link in goal.implemented_by)
    assert {link.plan for s in coverage.statements for link in s.implemented_by} == {HUZHOU_ID}
    summary = coverage.as_dict()["summary"]
    assert summary["statements"] == len(coverage.statements) > 100
    assert 0 < summary["not_implemented"] < summary["implemented"]
    assert all(s.missing_in == [EXPECTED[HUZHOU]["title"]] for s in coverage.uncovered)


def test_neighbours_of_many_nodes_equals_each_node_read_alone(sample_store: GraphStore) -> None:
    tasks = [task.id for task in sample_store.passages(ZHEJIANG_ID)[:40]]
    asked = [*tasks, tasks[0], ZHEJIANG_ID, "task-000000000000"]
    answered = 0
    for rel_types, direction in (([RelType.IMPLEMENTS], "in"), (None, "both"), ([RelType.HAS_TASK], "out")):
        bulk = sample_store.neighbours_of(asked, rel_types, direction)
        alone = {node_id: sample_store.neighbours(node_id, rel_types, direction) for node_id in asked}
        assert bulk == {node_id: pairs for node_id, pairs in alone.items() if pairs}
        answered += len(bulk)
    assert answered > 40 and sample_store.neighbours_of([]) == {}


def test_coverage_of_a_plan_without_children_or_of_a_non_plan(sample_store: GraphStore) -> None:
    huzhou = plan_coverage(sample_store, _plan(sample_store, HUZHOU_ID))

    assert huzhou.children == [] and huzhou.statements
    assert all(not s.implemented_by and not s.missing_in for s in huzhou.statements)


def test_compare_indicator_puts_the_province_beside_the_city_with_the_looser_flag(
    sample_store: GraphStore,
) -> None:
    comparison = compare_indicator(sample_store, "万台特种设备事故率")

    assert comparison is not None
    rows = [(i.plan["title"], i.target) for i in comparison.indicators if i.plan]
    assert rows == [(EXPECTED[ZHEJIANG]["title"], "低于0.18"), (EXPECTED[HUZHOU]["title"], "低于0.36")]
    city = comparison.indicators[1]
    assert [(a.indicator, a.flag) for a in city.aligns_with] == [(comparison.indicators[0].id, "looser")]
    for indicator in comparison.indicators:
        quote = indicator.evidence[0]
        original = (SEEDS / quote["source"]).read_text(encoding="utf-8")
        assert original[quote["start"] : quote["end"]] == quote["text"]


def test_compare_indicator_by_id_or_traditional_name_finds_the_same_group(sample_store: GraphStore) -> None:
    by_name = compare_indicator(sample_store, "违法线索和风险信息闭环处置")
    assert by_name is not None and len(by_name.indicators) == 2
    city_id = by_name.indicators[1].id

    by_id = compare_indicator(sample_store, city_id)
    by_traditional = compare_indicator(sample_store, "違法線索和風險信息閉環處置")

    assert by_id is not None and by_traditional is not None
    assert [i.id for i in by_id.indicators] == [i.id for i in by_name.indicators]
    assert [i.id for i in by_traditional.indicators] == [i.id for i in by_name.indicators]
    assert [i.plan["level"] for i in by_name.indicators if i.plan] == ["province", "city"]
    assert compare_indicator(sample_store, "没有这个指标") is None
    assert compare_indicator(sample_store, HUZHOU_ID) is None  # a plan id is not an indicator


def _plan(store: GraphStore, node_id: str) -> Node:
    plan = store.get_node(node_id)
    assert plan is not None and plan.label == Label.PLAN
    return plan


def test_plan_mentions_carries_the_quote_from_the_plan_text(sample_store: GraphStore) -> None:
    mentions = sample_store.plan_mentions(HUZHOU_ID)

    zheshilian = [(edge, node) for edge, node in mentions if node.props.get("name") == "浙食链"]
    assert zheshilian and all(node.label == Label.SYSTEM for _, node in zheshilian)
    original = (SEEDS / HUZHOU).read_text(encoding="utf-8")
    for edge, _ in mentions:
        for quote in edge.evidence:
            assert quote["source"] == HUZHOU
            assert original[quote["start"] : quote["end"]] == quote["text"]
    assert [node.id for _, node in mentions] == sorted(node.id for _, node in mentions)
    assert sample_store.plan_mentions("plan-000000000000") == []


def test_cypher_passthrough_reads_with_a_row_cap_or_says_why_it_cannot(sample_store: GraphStore) -> None:
    statement = "MATCH (p:Plan) RETURN p.title AS title ORDER BY title"
    try:
        result = sample_store.read_cypher(statement, {}, timeout_s=5, row_cap=3)
    except StoreUnsupported as exc:
        assert "Neo4j" in str(exc)
        return
    assert result.columns == ["title"]
    assert len(result.rows) == 3 and result.truncated
    for writing in (
        "CREATE (n:Entity {id: 'x'})",
        "MATCH (n:Plan) SET n.title = 'x'",
        "CALL db.createLabel('X')",
    ):
        with pytest.raises(StoreQueryRejected):
            sample_store.read_cypher(writing, {}, timeout_s=5, row_cap=3)
    assert sample_store.search("x", Label.PLAN) == []
