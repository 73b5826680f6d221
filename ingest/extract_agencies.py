"""Government bodies named in a passage, each with a canonical full name and a region scope.

Three written forms cover most mentions: national bodies from a curated table (国务院, 市场监管总局 →
国家市场监督管理总局); a division name followed by a body and an institutional suffix (湖州市食品药品
检验研究院, 中共甘肃省委); and the plan-relative shorthand 省局 / 市政府 / 省药监局 / 市中院, which only
the plan's own region can expand. Standard abbreviations (市场监管局, 药监局, 食药检院 …) are a curated
table too (patterns/agency_abbreviations.jsonl).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from plangraph.ingest.entities import Found, PlanContext, load_patterns
from plangraph.ingest.extract_regions import place_at, place_name_offsets
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.segment import is_common_word

_SUFFIX = (
    r"(?:人民政府(?:办公厅|办公室)?|政府(?:办公厅|办公室)?|中级人民法院|人民法院|中院|知识产权法庭|法庭"
    r"|监督管理局|管理局|总局|研究院|研究所|检验检测中心|技术中心|保护中心|委员会|办公厅|局|厅)"
)
# A body between the place and the suffix holds no function words: those mean running text.
_BODY = r"[\u4e00-\u9fff()]{0,14}?"
_BAD_BODY = re.compile(
    r"[的和与及、在对将把是为从向共]|推进|加强|建设|开展|实施|全面|积极|现有|省级|国家级|市级|新建|建成|打造|创建"
    r"|培育|大学|学院|公司|集团|企业|协会|学会"
)
# 省局, 市政府, 省药监局, 市食药检院, 市中院: a one-character scope and a short form, nothing between.
_SCOPE = r"(?<![全各本我该每])(?P<scope>[省市区县])(?!场|域|级|内|外|属|直|辖|区|县|州|镇|乡|、)"
_PARTY = re.compile(r"(?:中共)?(?P<place>[\u4e00-\u9fff]{2,8}?[省市区县])委(?!员|托|屈|派)")
_CHINA_CENTRE = re.compile(
    r"中国\((?P<place>[\u4e00-\u9fff]{2,4})\)(?P<body>[\u4e00-\u9fff]{2,12}?)(?P<suffix>中心|研究院)"
)
_ZONE = r"(?:新区|场区|矿区|开发区|高新区)"
_SUBUNIT = re.compile(rf"[\u4e00-\u9fff]{{2,6}}{_ZONE}")
_ZONE_WORD = re.compile(_ZONE)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {row["short"]: row["full"] for row in load_patterns("agency_abbreviations.jsonl")}


@lru_cache(maxsize=1)
def _national() -> list[tuple[str, str]]:
    """(printed form, canonical) pairs, longest printed form first so 国家市场监管总局 beats 市场监管总局."""
    pairs = []
    for row in load_patterns("agencies_national.jsonl"):
        pairs.extend((form, row["name"]) for form in [row["name"], *row["aliases"]])
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@lru_cache(maxsize=1)
def _shorthand() -> re.Pattern[str]:
    forms = sorted({*_abbreviations(), "局", "人民政府", "委", "办公厅", "中院"}, key=len, reverse=True)
    return re.compile(
        _SCOPE + r"(?P<form>" + "|".join(map(re.escape, forms)) + r")(?![\u4e00-\u9fff]{0,1}[局院])"
    )


def expand(name: str) -> str:
    """Spell out a standard abbreviated suffix: 湖州市市场监管局 → 湖州市市场监督管理局."""
    for short, full in sorted(_abbreviations().items(), key=lambda item: -len(item[0])):
        if name.endswith(short) and not name.endswith(full):
            return name[: -len(short)] + full
    return name


def find_agencies(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    found: list[Found] = []
    taken = [False] * len(text)

    def add(start: int, end: int, name: str, scope: str | None) -> None:
        if any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        found.append(Found("Agency", start, end, name, text[start:end], {"scope": scope}))

    for form, canonical in _national():
        if form not in text:  # most forms are absent: skip the regex
            continue
        for m in re.finditer(re.escape(form), text):
            add(m.start(), m.end(), canonical, None)
    for m in _CHINA_CENTRE.finditer(text):
        add(m.start(), m.end(), m.group(), m.group("place"))
    _find_party(text, context, add)
    _find_placed(text, context, boundaries, add)
    _find_shorthand(text, context, add)
    _find_scoped_institutions(text, context, add)
    found.sort(key=lambda f: f.start)
    return found


def _find_party(text: str, context: PlanContext, add) -> None:
    """中共甘肃省委 / 湖州市委 / 省委 → 中共…委员会."""
    for m in _PARTY.finditer(text):
        place = m.group("place")
        full = _scoped_place(place, context) if len(place) == 1 else _resolve_place(place, context)
        if full is None:
            continue
        add(m.start(), m.end(), f"中共{full}委员会", full)


def _find_placed(text: str, context: PlanContext, boundaries: frozenset[int] | None, add) -> None:
    """A division (or a named zone such as 兰州新区) followed by a body and an institutional suffix."""
    after_place = re.compile(
        rf"(?P<sub>[\u4e00-\u9fff]{{0,4}}?{_ZONE})?(?P<body>{_BODY})(?P<suffix>{_SUFFIX})"
    )
    alone = re.compile(rf"(?P<sub>)(?P<body>{_BODY})(?P<suffix>{_SUFFIX})")
    # Without a zone word only a place name can start a match: visit just the offsets one can start at.
    offsets = None if _ZONE_WORD.search(text) else place_name_offsets(text, boundaries)
    position = 0
    while position < len(text):
        if offsets is not None:
            index = bisect_left(offsets, position)
            if index == len(offsets):
                break
            position = offsets[index]
        hit = place_at(text, position, context, boundaries)
        zone = None if hit else _SUBUNIT.match(text, position)
        if hit is None and (zone is None or (boundaries is not None and position not in boundaries)):
            position += 1
            continue
        place_end = hit[1] if hit else zone.end()
        m = (after_place if hit else alone).match(text, place_end)
        if m is None or not _plausible_body(m.group("body"), m.group("suffix")):
            position = place_end if hit else position + 1
            continue
        if hit is None or m.group("sub"):  # a named zone keeps its printed name: 兰州新区, 甘肃矿区
            prefix = text[position : m.end("sub") if hit else place_end]
        else:
            prefix = hit[0].name if hit else ""
        scope = hit[0].name if hit else None
        name = expand(f"{prefix}{m.group('body')}{m.group('suffix')}")
        add(position, m.end(), name, scope)
        position = _coordinated(text, m.end(), prefix, scope, add)


def _plausible_body(body: str, suffix: str) -> bool:
    """A body of running text, a non-government body, or a word ending in 局 (格局, 全局) is no agency."""
    if _BAD_BODY.search(body):
        return False
    return not (suffix == "局" and (not body or is_common_word(body[-1] + "局")))


def _coordinated(text: str, position: int, prefix: str, scope: str | None, add) -> int:
    """甘肃矿区工商局、质监局、食药局: bare abbreviations after a comma share the first one's place."""
    forms = "|".join(map(re.escape, sorted(_abbreviations(), key=len, reverse=True)))
    while m := re.match(rf"、(?P<form>{forms})(?![\u4e00-\u9fff])", text[position:]):
        start = position + 1
        add(start, position + m.end(), expand(prefix + m.group("form")), scope)
        position += m.end()
    return position


def _find_shorthand(text: str, context: PlanContext, add) -> None:
    """省局, 市政府, 省市场监管局, 市食药检院: the scope character stands for the plan's own division."""
    for m in _shorthand().finditer(text):
        place = _scoped_place(m.group("scope"), context)
        if place is None:
            continue
        form = m.group("form")
        if form == "局":
            if context.domain is None:
                continue
            body = context.domain
        elif form == "委":
            add(m.start(), m.end(), f"中共{place}委员会", place)
            continue
        else:
            body = form
        add(m.start(), m.end(), expand(place + body), place)


_SCOPED_INSTITUTION = re.compile(
    _SCOPE + r"(?P<body>[\u4e00-\u9fff]{2,12}?)(?P<suffix>技术中心|保护中心|检验研究院|研究院|检验检测中心)"
)


def _find_scoped_institutions(text: str, context: PlanContext, add) -> None:
    """省缺陷产品召回技术中心: a scope character, a body and a technical institution's suffix."""
    for m in _SCOPED_INSTITUTION.finditer(text):
        place = _scoped_place(m.group("scope"), context)
        if place is None or not _plausible_body(m.group("body"), m.group("suffix")):
            continue
        add(m.start(), m.end(), expand(place + m.group("body") + m.group("suffix")), place)


def _scoped_place(scope: str, context: PlanContext) -> str | None:
    level = {"省": "province", "市": "city", "区": "district", "县": "county"}[scope]
    return context.step(level)


def _resolve_place(place: str, context: PlanContext) -> str | None:
    ref = gazetteer().resolve(place, within=context.region, context=context.text)
    return ref.name if ref is not None else None
