"""A pilot's LOCATED_IN edge must end at a Region node the document graph holds.

全国 has no Region node (a national plan COVERS nothing), so a pilot of a national plan whose only
region is the country — '建设成为全国…示范区' in a national regional plan — must get no edge, not an
edge to a missing node that makes the store refuse the document (and every document ingested with it).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from plangraph.graph.build import build_document_graph
from plangraph.graph.model import Label, RelType
from plangraph.ingest.doc_number_region import NATIONAL
from plangraph.ingest.parse_document import parse_document

SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "000_eecffe482169a7c7.txt"


def test_a_pilot_placed_in_the_whole_country_gets_no_edge_to_a_missing_region() -> None:
    record = parse_document(SEED.name, SEED.read_text(encoding="utf-8"))
    pilots = [m for m in record.mentions if m.label == Label.PILOT]
    assert pilots, "the Gansu seed names pilots (全国质量强市示范城市 …)"
    national = tuple(
        replace(m, regions=(NATIONAL,)) if m.label == Label.PILOT else m for m in record.mentions
    )
    graph = build_document_graph(replace(record, mentions=national))
    ids = {n.id for n in graph.nodes}
    assert all(e.source in ids and e.target in ids for e in graph.edges)
    assert not [e for e in graph.edges if e.type == RelType.LOCATED_IN]


def test_a_pilot_in_a_named_division_keeps_its_edge() -> None:
    record = parse_document(SEED.name, SEED.read_text(encoding="utf-8"))
    graph = build_document_graph(record)
    ids = {n.id for n in graph.nodes}
    located = [e for e in graph.edges if e.type == RelType.LOCATED_IN]
    assert located and all(e.target in ids for e in located)
