"""Several documents' contributions become one node by one rule every store shares (graph/store/merge.py)."""

from __future__ import annotations

from plangraph.graph.keys import plan_id
from plangraph.graph.model import Contribution, Label
from plangraph.graph.store.merge import merge_props

# The national outline as real preambles cite it: o004, check2 h801/h802 print 2035; others print 二〇三五.
ARABIC = "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要"
CHINESE = "中华人民共和国国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"


def _cited(title: str) -> Contribution:
    return Contribution({"title": title, "level": "national", "region": None, "period": "2021-2025"}, [])


def test_both_spellings_are_one_plan() -> None:
    assert plan_id(ARABIC) == plan_id(CHINESE)


def test_a_stub_takes_the_spelling_most_citing_documents_use() -> None:
    # z.txt sorts last: "the last file wins" would give its spelling to the two documents citing the other
    merged = merge_props(
        {"a.txt": _cited(CHINESE), "b.txt": _cited(CHINESE), "z.txt": _cited(ARABIC)}, Label.PLAN
    )
    assert merged["title"] == CHINESE
    merged = merge_props(
        {"a.txt": _cited(ARABIC), "m.txt": _cited(CHINESE), "z.txt": _cited(ARABIC)}, Label.PLAN
    )
    assert merged["title"] == ARABIC


def test_a_tie_and_an_ingested_plan_keep_the_order_free_rule() -> None:
    merged = merge_props({"a.txt": _cited(CHINESE), "z.txt": _cited(ARABIC)}, Label.PLAN)
    assert (
        merged["title"] == ARABIC
    )  # a full tie: the last file by name, as before, whatever the ingest order
    own = Contribution({"title": ARABIC, "level": "national"}, [], primary=True)
    merged = merge_props({"a.txt": _cited(CHINESE), "b.txt": _cited(CHINESE), "gov.txt": own}, Label.PLAN)
    assert merged["title"] == ARABIC and merged["source"] == "gov.txt"  # its own document names it


def test_between_as_many_documents_more_mentions_then_the_numeral_zero_win() -> None:
    # seed 001 cites the 甘肃 outline with 〇 (U+3007), probe8 p802 with ○ (U+25CB), one document each
    proper = "甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    circle = "甘肃省国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要"
    cited_twice = Contribution(
        {"title": proper}, [{"source": "a.txt", "start": 0, "end": 1, "text": "x"}] * 2
    )
    once = Contribution({"title": circle}, [{"source": "z.txt", "start": 0, "end": 1, "text": "x"}])
    assert merge_props({"a.txt": cited_twice, "z.txt": once}, Label.PLAN)["title"] == proper
    merged = merge_props({"a.txt": _cited(proper), "z.txt": _cited(circle)}, Label.PLAN)
    assert merged["title"] == proper  # z.txt sorts last, but its ○ is a look-alike of the numeral 〇


def test_then_the_fuller_title_wins() -> None:
    # body2 b10 cites the 扬州 outline by its official title, probe7 p704 by a shortened one (one key)
    full = "扬州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    short = "扬州市国民经济和社会发展第十四个五年规划纲要"
    assert plan_id(full) == plan_id(short)
    assert merge_props({"b10.txt": _cited(full), "p704.txt": _cited(short)}, Label.PLAN)["title"] == full


def test_an_outline_by_its_short_name_with_its_vision_is_the_outline() -> None:
    # check50 bb03's headline (江西“十四五”规划和二〇三五年远景目标纲要) and check6 n01's (辽宁's, the same
    # shape) name their provinces' outlines by a short name that keeps the vision and the province's stem
    formal = "江西省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    assert plan_id("江西“十四五”规划和二〇三五年远景目标纲要") == plan_id(formal)
    assert plan_id("江西省“十四五”规划纲要") == plan_id(formal)
    assert plan_id("江西“十四五”旅游规划") != plan_id(formal)  # a sector plan is no outline
