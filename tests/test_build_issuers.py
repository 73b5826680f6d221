"""An issuer and the agency the entity finder reads at the same place are one node.

A notice prints its issuer with its higher division in front (重庆市大渡口区人民政府) or by a short
form (市场监管总局); the entity finder names the same body by its canonical name (大渡口区人民政府,
国家市场监督管理总局). Both come from one span of text, so the graph must hold one Agency node that
issued the plan, not a second node under the printed name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plangraph.graph.build import build_document_graph
from plangraph.graph.model import Label, RelType
from plangraph.ingest.load_document import read_source
from plangraph.ingest.parse_document import parse_document
from tests.conftest import SHARED

OPENING = SHARED / "eval" / "openings" / "docs" / "o030.txt"
HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"


@pytest.mark.skipif(not OPENING.is_file(), reason="shared/eval/openings not present")
def test_an_issuer_printed_with_its_city_is_the_agency_node_of_its_canonical_name() -> None:
    # o030 without its metadata table: the issuer is read from the notice title as printed
    lines = OPENING.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if not line.startswith("["))
    record = parse_document("o030.txt", text)
    assert [i.name for i in record.plan.issuers] == ["重庆市大渡口区人民政府"]
    graph = build_document_graph(record)
    issued = [e for e in graph.edges if e.type == RelType.ISSUED]
    assert len(issued) == 1
    agencies = {n.id: n for n in graph.nodes if n.label == Label.AGENCY}
    assert agencies[issued[0].source].contribution.props["name"] == "大渡口区人民政府"
    start = record.plan.issuers[0].evidence.start
    holding = [n for n in agencies.values() if any(e["start"] == start for e in n.contribution.evidence)]
    assert [n.id for n in holding] == [issued[0].source]


def test_an_issuer_named_by_its_kind_alone_is_the_plans_issuer_but_no_agency_node() -> None:
    # check4 k10 without its posting line (来自:襄阳市政府门户网站): 市人民政府关于进一步优化营商环境的
    # 实施方案, and nothing on the page places the plan; a node 市人民政府 would be every unplaced plan's
    # city government at once
    source = read_source(HELDOUT / "check4" / "docs" / "k10.txt")
    text = "\n".join(line for line in source.text.splitlines() if not line.startswith("来自:"))
    record = parse_document(source.name, text)
    assert [(i.name, i.placed) for i in record.plan.issuers] == [("市人民政府", False)]
    graph = build_document_graph(record)
    plan = next(n for n in graph.nodes if n.label == Label.PLAN)
    assert plan.contribution.props["issuer"] == "市人民政府"
    assert not [e for e in graph.edges if e.type == RelType.ISSUED]
    agencies = {n.contribution.props.get("name") for n in graph.nodes if n.label == Label.AGENCY}
    assert "市人民政府" not in agencies


def test_the_posting_sites_city_places_an_issuer_named_by_its_kind() -> None:
    # check4 k10 as saved: the page says 我市 and names one city, in its posting line; its gold's issuer
    source = read_source(HELDOUT / "check4" / "docs" / "k10.txt")
    record = parse_document(source.name, source.text)
    assert [(i.name, i.placed) for i in record.plan.issuers] == [("襄阳市人民政府", True)]
