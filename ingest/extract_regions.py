"""Administrative divisions named in a passage, resolved to full paths with the gazetteer.

Full names (南浔区, 湖州市) are taken wherever they stand. Short forms are ambiguous words as much as
names, so they are taken only where the plan's own area makes them plausible: a province's short
name anywhere (江苏, 上海), a city or county short name only inside the plan's province, and not
where it is a piece of the province's own name (龙江 in a 黑龙江 plan is the province, not 龙江县).
"""

from __future__ import annotations

import re
from functools import lru_cache

from plangraph.ingest.entities import Found, PlanContext
from plangraph.ingest.gazetteer import AREA_COMPOUND, ZONE_NAME, gazetteer, short_name
from plangraph.ingest.records import RegionRef
from plangraph.ingest.segment import is_common_word
from plangraph.ingest.text_patterns import INSTITUTION_AFTER, NUMBERED_SLOGAN_OPENS
from plangraph.ingest.township_names import find_townships

_COUNTRY = {"中国", "中华"}
# A short name in brackets between the two halves of one name is that name's place tag.
_BRACKET_TAG_BEFORE = re.compile(r"[\u4e00-\u9fff][(（]$")
_BRACKET_TAG_AFTER = re.compile(r"[)）][\u4e00-\u9fff]")
# A zone with a proper name of its own between the place and the zone's head: 四川天府新区, 浙江舟山群岛
# 新区, 武汉东湖综合保税区 (state-level new areas are functional zones, no divisions). The name holds no
# word of a list or a level (江苏各开发区, 全省开发区 name no zone).
# Pilot zones take the same shape (平潭综合实验区, 通州湾示范区, 中韩(长春)国际合作示范区).
_ZONE_WORD = r"(?:(?![全各省市县区的和与及等类级个])[\u4e00-\u9fff])"
_NAMED_ZONE = re.compile(
    rf"{_ZONE_WORD}{{2,4}}?{ZONE_NAME.pattern}|{_ZONE_WORD}{{1,4}}?(?:综合)?(?:实验区|试验区|示范区|合作区)"
)
# A government, a party committee or a congress printed after a division's full name: the segmenter
# may keep the two as one word (湖南省人民政府) or cut the suffix off into the next (吉林|市委, 吉林|市人大).
_GOVERNMENT_AFTER = re.compile(r"人民政府|人民代表大会|政府|委(?![员托屈派])|人大")


def find_regions(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    """Divisions in ``text``; ``boundaries`` are word boundaries (from the segmenter): a name must
    start and end on one, so 范县 is not read inside 示范县."""
    return list(_regions_in(text, context, boundaries))


@lru_cache(maxsize=4096)
def _regions_in(text: str, context: PlanContext, boundaries: frozenset[int] | None) -> tuple[Found, ...]:
    """Cached per line: the region finder and the plan-wide pilot pass both read every line."""
    townships = find_townships(text, context)
    found: list[Found] = list(townships)
    position = 0
    for start in place_name_offsets(text, boundaries):
        if start < position or any(t.start <= start < t.end for t in townships):
            continue
        hit = place_at(text, start, context, boundaries)
        if hit is None:
            continue
        ref, end = hit
        surface = text[start:end]
        found.append(
            Found("Region", start, end, ref.name, surface, {"region": ref, "short": surface != ref.name})
        )
        position = end
    return tuple(sorted(found, key=lambda f: f.start))


@lru_cache(maxsize=4096)
def place_name_offsets(text: str, boundaries: frozenset[int] | None) -> tuple[int, ...]:
    """Offsets, in order, where place_at may find a name: on a word boundary (when given), and where
    the text opens with the first two characters of some name. Every other offset has none.
    Cached: the region, agency and pilot finders all ask for each line."""
    starts = gazetteer().name_starts
    offsets = range(len(text)) if boundaries is None else sorted(boundaries)
    return tuple(i for i in offsets if text[i : i + 2] in starts)


def place_at(
    text: str, position: int, context: PlanContext, boundaries: frozenset[int] | None = None
) -> tuple[RegionRef, int] | None:
    """The division named at ``position`` (longest plausible name first) and where its name ends."""
    if boundaries is not None and position not in boundaries:
        return None
    places = gazetteer()
    if text[position : position + 2] not in places.name_starts:
        return None
    limit = min(places.max_name_length, len(text) - position)
    for length in range(limit, 1, -1):
        name = text[position : position + length]
        if name not in places.by_name:
            continue
        end = position + length
        if INSTITUTION_AFTER.match(text, end):
            return None  # 宁德市广播电视台: nor is its shorter 宁德 the place
        glued = name in places.full_names and _GOVERNMENT_AFTER.match(text, end)
        if boundaries is not None and end not in boundaries and end < len(text) and not glued:
            continue  # but 湖南省人民政府, one word to the segmenter, still names 湖南省
        ref = _accept(name, text, end, context)
        if ref is not None:
            return ref, end
    return None


def _listed_with_a_division(text: str, start: int, end: int) -> bool:
    """Whether the name stands in an enumeration (、) next to another division's name: the members of
    one list are of one kind, so 金华 in 宁波、绍兴、金华、衢州 is the city, whatever else the word is."""
    places = gazetteer()
    if text[end : end + 1] == "、" and places.match_at(text, end + 1) is not None:
        return True
    if start > 0 and text[start - 1] == "、":
        before = text[max(0, start - 1 - places.max_name_length) : start - 1]
        return any(before[i:] in places.by_name for i in range(len(before) - 1))
    return False


def _division_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the full name of a division (浦东新区, 滨海新区)."""
    return text[start:end] in gazetteer().full_names


def _shared_name_placed(ref: RegionRef, context: PlanContext, inside: bool) -> bool:
    """Whether a district or county name that several cities share (新城区, 城关区, 鼓楼区, 城区) is
    one the plan can mean: in its own city, of a city the plan names somewhere, or in a province plan's
    own province. Elsewhere the name is a word (老城区和新城区) or a place the text cannot fix."""
    if ref.level not in ("district", "county") or len(ref.path) < 2:
        return True
    city = ref.path[-2]
    if context.region is not None and city.code in {step.code for step in context.region.path}:
        return True
    if city.name in context.text or (short_name(city.name) or city.name) in context.text:
        return True
    return context.level == "province" and inside and len(ref.name) >= 3


def _accept(name: str, text: str, end: int, context: PlanContext) -> RegionRef | None:
    places = gazetteer()
    if name in _COUNTRY or NUMBERED_SLOGAN_OPENS.match(text, max(0, end - len(name) - 2), end - len(name)):
        return None  # (or a numbered slogan's word: “五宜城市”, of 宜居宜业…, is not 宜城市)
    ref = places.resolve(name, within=context.region, context=context.text)
    if ref is None:
        return None
    province = context.step("province")
    inside = province is not None and ref.path[0].name == province
    if len(places.candidates(ref.name)) > 1 and not _shared_name_placed(ref, context, inside):
        return None  # 新城区, 城关区, 鼓楼区 (or 新城) of no city the plan is in or names
    if name == ref.name:  # the full name, with its suffix
        return ref if inside or ref.level == "province" or len(name) >= 3 else None
    if is_common_word(name) and not _listed_with_a_division(text, end - len(name), end):
        return None  # a word (金华 and 义乌 are words to jieba, but not in 绍兴、金华、衢州)
    named_zone = _NAMED_ZONE.match(text, end)
    if named_zone and _division_at(text, end, named_zone.end()):
        named_zone = None  # 上海浦东新区, 天津滨海新区: a division that is a 新区, after its city
    if AREA_COMPOUND.match(text, end) or ZONE_NAME.match(text, end) or named_zone:
        return None  # a piece of a multi-division name (兰西城市群) or a zone's name (兰州新区, 四川天府新区)
    if _BRACKET_TAG_BEFORE.search(text, 0, end - len(name)) and _BRACKET_TAG_AFTER.match(text, end):
        return None  # a place tag inside a name: 中国(湖北)自由贸易试验区, 中韩(长春)国际合作示范区
    own = context.region is not None and ref.code == context.region.code
    if province is not None and ref.level != "province" and name in province and not own:
        return places.resolve(province)  # 数字龙江, 龙江振兴: 黑龙江 by its short name (but 新吉林 in
        # a 吉林市 plan is the city: a plan calls itself by its stem)
    return ref if ref.level == "province" or inside else None
