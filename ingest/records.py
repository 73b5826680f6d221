"""Typed records that ingest hands to the graph builder.

Spans are offsets into the ORIGINAL decoded text of the source file, so ``original[start:end] == text``
holds for every piece of evidence; that is what lets analysts check a fact against its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: file name, span in the original text and the quote itself."""

    source: str
    start: int
    end: int
    text: str
    field: str | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.field:
            out["field"] = self.field
        return out


@dataclass(frozen=True)
class RegionRef:
    """A division resolved against the gazetteer: its code and the chain from the province down."""

    code: str
    name: str
    level: str
    path: tuple[RegionStep, ...]


@dataclass(frozen=True)
class RegionStep:
    code: str
    name: str
    level: str


@dataclass(frozen=True)
class PlanRef:
    """A plan named in a document's 根据/按照 preamble (its parent), as printed there."""

    title: str
    level: str | None
    region: RegionRef | None
    evidence: Evidence
    period: str | None = None


@dataclass(frozen=True)
class AgencyRef:
    """``placed`` is False for a body named by its kind alone (市人民政府) whose division nothing on the
    page gives: the plan's issuer keeps it as printed, but it makes no Agency node, as every plan's
    unplaced 市人民政府 would be one node."""

    name: str
    region: RegionRef | None
    evidence: Evidence | None
    placed: bool = True


@dataclass(frozen=True)
class PlanMetadata:
    """The plan-level facts of one document; each carries evidence where it came from the text.

    ``title`` is None for a page that starts at the plan's preamble and never names it. ``setting`` is
    the division a plan lies in when it is no division's own — a zone's plan (东营经济技术开发区…纲要) has
    no region, but its text speaks of 省委, 市委 as that division's."""

    title: str | None
    level: str | None
    region: RegionRef | None
    issuers: tuple[AgencyRef, ...]
    published: str | None
    doc_number: str | None
    period: str | None
    vision_year: int | None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    region_evidence: Evidence | None = None
    setting: RegionRef | None = None


@dataclass(frozen=True)
class IndicatorRecord:
    """One indicator a plan sets: a row of its indicator table, or a quantified target in prose.

    Values are kept exactly as printed ("≤2", "〔0.8〕", "突破57万户"); a footnote star marking a
    cumulative value is dropped from the value and recorded as ``cumulative``.
    """

    name: str
    unit: str | None
    baseline: str | None
    target: str | None
    nature: str | None  # 预期性 | 约束性 | None
    category: str | None  # the table's category cell, or "prose"
    cumulative: bool | None
    baseline_year: int | None
    target_year: int | None
    kind: str  # "table" | "prose"
    evidence: Evidence


@dataclass(frozen=True)
class SectionRecord:
    """One unit of the document's structure: a chapter, a numbered heading or a numbered measure.

    ``evidence`` quotes the unit's own text (its heading and the body before its first child), the
    passage that cross-plan linking compares; ``heading`` quotes the heading alone.
    """

    path: str  # numbers from the top, e.g. "三、(一)1."
    number: str  # as printed, e.g. "(一)"
    title: str
    kind: str  # chapter | section | heading | item | point | bullet | column | appendix
    depth: int
    order: int
    parent_path: str | None
    heading: Evidence
    evidence: Evidence


@dataclass(frozen=True)
class TaskRecord:
    """One statement inside a section's own text (a sentence, clause list or table cell): the unit
    cross-plan linking compares, small enough that its quote shows exactly what is carried down."""

    section: int  # order of the SectionRecord it sits in
    order: int
    text: str  # normalised (simplified) text
    evidence: Evidence
    review: bool = False  # in a review of the past period (现实基础, 发展成就 …), not a measure


@dataclass(frozen=True)
class EntityMention:
    """One mention of a named entity: Region, Agency, System, Pilot, Law, or a cited Plan.

    ``name`` is the canonical name every spelling of the entity shares; ``surface`` is the printed
    form (simplified). ``passage`` is the order of the Section the mention sits in (None: outside any).
    """

    label: str
    name: str
    surface: str
    evidence: Evidence
    passage: int | None = None
    region: RegionRef | None = None  # Region: the division itself
    scope: str | None = None  # Agency: the division it belongs to
    regions: tuple[RegionRef, ...] = ()  # Pilot: where it runs
    aliases: tuple[str, ...] = ()  # further spellings the finder knows for this mention


@dataclass(frozen=True)
class DocumentRecord:
    """Everything read from one source document."""

    source: str
    original: str
    plan: PlanMetadata
    parents: tuple[PlanRef, ...]
    sections: tuple[SectionRecord, ...] = ()
    indicators: tuple[IndicatorRecord, ...] = ()
    mentions: tuple[EntityMention, ...] = ()
    tasks: tuple[TaskRecord, ...] = ()
