"""Cross-plan linking on the real 湖州 (child) and 浙江 (parent, traditional script) plans."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from plangraph.graph.export import export_json
from plangraph.graph.link.align import (
    CONTAINED_METHOD,
    ENTITY_METHOD,
    METHOD,
    THRESHOLD,
    Passage,
    align,
    shared_entities,
)
from plangraph.graph.model import Label, RelType
from plangraph.graph.queries.coverage import plan_coverage
from plangraph.graph.queries.lookup import find_plan
from plangraph.graph.store import GraphStore
from plangraph.pipeline import ingest_files
from tests.expected_plans import HUZHOU, ZHEJIANG


@pytest.fixture
def linked(store: GraphStore, seeds: Path) -> GraphStore:
    assert ingest_files(store, [seeds / HUZHOU, seeds / ZHEJIANG]).ok
    return store


def _links_with_method(store: GraphStore) -> list[tuple[str, str, float, str]]:
    """(child quote, parent quote, score, method) of every IMPLEMENTS edge."""
    graph = store.export()
    quotes = {n.id: n.evidence[0]["text"] for n in graph.nodes if n.label == Label.TASK}
    return [
        (quotes[e.source], quotes[e.target], e.props["score"], e.props["method"])
        for e in graph.edges
        if e.type == RelType.IMPLEMENTS
    ]


def _links(store: GraphStore) -> list[tuple[str, str, float]]:
    """(child quote, parent quote, score) of every IMPLEMENTS edge."""
    return [(c, p, s) for c, p, s, _ in _links_with_method(store)]


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        # verbatim: carried down word for word (the parent quoted in its traditional original)
        (
            "实施强队砺剑工程,深化专业技术类、行政执法类等分类改革",
            "實施“強隊礪劍”工程,深化專業技術類、行政執法類等分類改革",
        ),
        ("建立健全项目跟着规划走、要素跟着项目走的机制", "建立健全項目跟著規劃走、要素跟著項目走的機制"),
        ("公平竞争环境社会满意率达到95%以上", "公平競爭環境社會滿意率達到95%以上"),
        # paraphrase: the same measure in other words
        ("完善普通注销、强制注销等机制", "完善普通注銷機制,全面推行強制注銷"),
        ("推进中国安吉(绿色家居)知识产权快速维权中心建设", "優化國家知識產權保護中心、快速維權中心布局"),
    ],
)
def test_child_statements_link_to_the_parent_statement_they_carry_down(
    linked: GraphStore, child: str, parent: str
) -> None:
    matches = [(c, p, s) for c, p, s in _links(linked) if child in c]
    assert matches, f"no link from {child}"
    assert any(parent in p for _, p, _ in matches), matches
    assert all(0 < s <= 1 for _, _, s in matches)


def test_a_review_of_the_past_links_to_nothing(linked: GraphStore) -> None:
    # hard negative: 湖州's 十三五 achievement and 浙江's new measure share words, not meaning
    assert not [c for c, _, _ in _links(linked) if "省级食品安全市、区县命名实现全覆盖" in c]


def test_the_same_frame_with_another_object_links_to_nothing(linked: GraphStore) -> None:
    # hard negative: 首贷户 (first loans) is not 信用贷 (credit loans), though the words around match
    assert not [(c, p) for c, p, _ in _links(linked) if "首贷户行动" in c and "信用貸" in p]


def test_a_child_statement_carries_down_a_generic_goal_and_its_specific_sibling(linked: GraphStore) -> None:
    # 浙江 states the goal (完善…管理机制) and then its measure (实施…“一件事”改革); 湖州's one statement
    # carries down both. Before many-to-many it linked only to the closer, more specific measure.
    matches = {p: (s, e) for c, p, s, e in _links_with_method(linked) if "开展市场主体全生命周期管理" in c}
    generic = next(v for p, v in matches.items() if p.startswith("完善市場主體全生命周期管理機制"))
    specific = next(v for p, v in matches.items() if "一件事”改革" in p)
    assert len(matches) == 2
    assert specific[0] > generic[0] >= THRESHOLD
    assert (specific[1], generic[1]) == (METHOD, CONTAINED_METHOD)


def test_a_child_statement_without_counterpart_links_to_nothing(linked: GraphStore) -> None:
    # hard negative: a one-stop IP service shares only "一站式" with 浙江's one-stop case platform
    assert not [c for c, _, _ in _links(linked) if "知识产权服务最多跑一地" in c]


def test_links_are_many_to_many_but_not_everything(linked: GraphStore) -> None:
    links = [e for e in linked.export().edges if e.type == RelType.IMPLEMENTS]
    per_child = Counter(e.source for e in links)
    assert max(per_child.values()) > 1 and sum(n > 1 for n in per_child.values()) < len(per_child) / 10
    child_tasks = linked.passages(find_plan(linked, "湖州市市场监管“十四五”规划").id)
    assert 100 < len(per_child) < len(child_tasks)  # neither nothing nor everything


def test_reingesting_either_plan_recomputes_links_without_duplicates(linked: GraphStore, seeds: Path) -> None:
    before = export_json(linked.export())
    assert ingest_files(linked, [seeds / ZHEJIANG]).ok
    assert ingest_files(linked, [seeds / HUZHOU]).ok
    assert export_json(linked.export()) == before


def test_coverage_lists_parent_statements_no_child_carries_down(linked: GraphStore) -> None:
    zhejiang = find_plan(linked, "浙江省市场监管“十四五”规划")
    coverage = plan_coverage(linked, zhejiang)
    assert [c["title"] for c in coverage.children] == ["湖州市市场监管“十四五”规划"]
    implemented = [s for s in coverage.statements if s.implemented_by]
    assert coverage.uncovered and implemented
    assert all(s.missing_in == ["湖州市市场监管“十四五”规划"] for s in coverage.uncovered)
    forced = next(s for s in implemented if "強隊礪劍" in s.quote)
    assert forced.implemented_by[0].title == "湖州市市场监管“十四五”规划"
    assert json.loads(json.dumps(coverage.as_dict(), ensure_ascii=False))["summary"]["statements"] == len(
        coverage.statements
    )


def test_indicators_align_and_a_looser_child_target_is_flagged(linked: GraphStore) -> None:
    graph = linked.export()
    names = {n.id: n.props["name"] for n in graph.nodes if n.label == Label.INDICATOR}
    aligned = {
        names[e.source]: (names[e.target], e.props["child_target"], e.props["parent_target"], e.props["flag"])
        for e in graph.edges
        if e.type == RelType.ALIGNS_WITH
    }
    # 湖州 allows 0.36 accidents per 10,000 units where 浙江 allows 0.18
    assert aligned["万台特种设备事故率"] == ("万台特种设备事故率", "低于0.36", "低于0.18", "looser")
    assert aligned["公众食品药品安全满意度"] == ("公众食品药品安全满意度", "90以上", "90以上", None)
    # a city's count of trademarks is not "looser" than a province's
    assert aligned["马德里国际注册商标拥有量"][3] is None


@pytest.mark.parametrize(
    ("child", "parent", "flag"),
    [
        (("抽检合格率", "%", None, "97%以上"), ("抽检合格率", "%", None, "98%以上"), "looser"),
        (("抽检合格率", "%", None, "99%以上"), ("抽检合格率", "%", None, "98%以上"), None),
        (("事故率", None, None, "低于0.3"), ("事故率", None, None, "0.2以上"), "opposite"),
        (("注销时间", "天", "45", "60"), ("注销时间", "天", "45", "20"), "opposite"),
    ],
)
def test_target_comparison(child: tuple, parent: tuple, flag: str | None) -> None:
    from plangraph.graph.link.align_indicators import IndicatorInfo, compare

    assert compare(IndicatorInfo("c", *child), IndicatorInfo("p", *parent)) == flag


def _orphan(seeds: Path, folder: Path) -> Path:
    """湖州's plan as a new version (same file name) that no longer says it is based on 浙江's."""
    text = (seeds / HUZHOU).read_text(encoding="utf-8")
    orphan = folder / HUZHOU
    orphan.write_text(text.replace("是根据浙江省市场监管十四五规划和", "是根据"), encoding="utf-8")
    return orphan


def test_a_child_that_stops_naming_its_parent_loses_its_links(
    linked: GraphStore, seeds: Path, tmp_path: Path
) -> None:
    # no clean-up step is needed: the child's passages are re-created without the pair's edges, and
    # no new links document is written for a pair that is no longer on a BASED_ON edge
    assert ingest_files(linked, [_orphan(seeds, tmp_path)]).ok
    huzhou = find_plan(linked, "湖州市市场监管“十四五”规划")
    parents = [p.props.get("title", "") for _, p in linked.neighbours(huzhou.id, [RelType.BASED_ON], "out")]
    assert parents and not [title for title in parents if "浙江" in title]
    kinds = {e.type for e in linked.export().edges}
    assert RelType.IMPLEMENTS not in kinds and RelType.ALIGNS_WITH not in kinds
    # naming the parent again brings the links back, as before
    assert ingest_files(linked, [seeds / HUZHOU]).ok
    assert any(e.type == RelType.IMPLEMENTS for e in linked.export().edges)


def test_a_shared_system_name_is_part_of_the_score(linked: GraphStore) -> None:
    graph = linked.export()
    quotes = {n.id: n.props.get("text", "") for n in graph.nodes if n.label == Label.TASK}
    link = next(
        e for e in graph.edges if e.type == RelType.IMPLEMENTS and "运用浙江公平在线" in quotes[e.source]
    )
    assert "浙江公平在线" in quotes[link.target]
    assert link.props["method"] == ENTITY_METHOD


def test_a_shared_name_raises_the_pair_naming_it_but_is_no_link_alone() -> None:
    child = [Passage("c", "依托浙食链归集追溯数据。")]
    parent = [Passage("p", "推广浙食链应用。"), Passage("q", "加强广告监测。")]
    assert not align(child, parent, entities={"浙食链"}, threshold=0.5)
    (link,) = align(child, parent, entities={"浙食链"})
    assert link.parent.id == "p" and link.method == ENTITY_METHOD
    assert shared_entities(["浙食链"], ["浙食链", "其他"], {"浙食链"}).tolist() == [[True, False]]
