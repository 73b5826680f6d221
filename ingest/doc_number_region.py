"""Whose document a number is: 国发〔2021〕20号 is the State Council's, 浙政办发〔2021〕29号 Zhejiang's.

A document number opens with the issuer's abbreviation; at the top of the hierarchy it is the
province's one-character short name (public, stable: patterns/doc_number_prefixes.jsonl) followed by
the organ (政, 政办, 委, 市监 …). A city's own prefixes (台政发, 杭政函) are in no table; they are read
only for a page that names its city nowhere else (``city_of_number``). A central body's
number opens with its own code instead (国发, 国卫…, 发改…, 工信部…): no division's number opens so,
since a division's always starts with the division's short name.
"""

from __future__ import annotations

import re
from functools import cache

from plangraph.ingest.entities import load_patterns
from plangraph.ingest.gazetteer import gazetteer
from plangraph.ingest.records import RegionRef
from plangraph.ingest.text_patterns import DOC_NUMBER

NATIONAL = RegionRef(code="000000", name="全国", level="national", path=())
# The organ that follows a province's short name in its own documents' numbers.
_ORGAN = re.compile(
    r"^(?:政|委|办|发|函|市监|质监|知|食安|发改|财|人社|教|科|工信|农|卫健|商|文|生态|自然资源|人大)"
)

# The codes that open a central body's numbers: the State Council and every 国家… body (国发, 国办发,
# 国卫医急发, 国市监…), the Party Centre (中发, 中办发) and the ministries whose code is not one
# character (发改 NDRC, 工信部, 人社部, 自然资 …); one-character ministry codes (财, 教, 交) are left
# out, as a county's short name can be the same character (交城县 交政发).
_CENTRAL = re.compile(r"^(?:国|中发|中办发|发改|工信部|人社部|自然资|文旅|应急)")


@cache
def _prefixes() -> dict[str, str | None]:
    return {row["abbreviation"]: row["region"] for row in load_patterns("doc_number_prefixes.jsonl")}


def region_of_number(number: str) -> RegionRef | None:
    """The national level or the province a document number belongs to; None when it does not say."""
    if _CENTRAL.match(number or ""):
        return NATIONAL
    if not number or number[0] not in _prefixes():
        return None
    if not _ORGAN.match(number[1:]):
        return None
    name = _prefixes()[number[0]]
    if name is None:
        return NATIONAL
    return gazetteer().resolve(name)


# A government's own numbers (GB/T 9704 发文字号): its short name, 政 or 府 for the government, 办 for
# its general office, then the kind (发, 函, 字, 规): 咸政办发〔2015〕21号, 吉政发〔2016〕38号,
# 市政办发〔2022〕112号, 青政办〔2023〕28号.
_GOVERNMENT_CODE = re.compile(
    r"^(?P<abbr>[\u4e00-\u9fff]{1,3}?)(?:政|府)(?P<office>办)?(?:发|函|字|规)?\s*[〔\[【(]"
)
_SELF_ABBREVIATIONS = ("市", "区", "县", "州", "旗", "盟")


def government_of_number(number: str, region: RegionRef) -> tuple[str, RegionRef] | None:
    """The government body a document number says issued a plan of ``region``, and its division — its
    人民政府, or its general office (办公厅 for a province's, 办公室 below) — when the number's short name
    is the region's own, or its province's (津政发〔2006〕80号 on a plan of 天津's 滨海新区 is 天津市人民
    政府's: the province's short name numbers only its own government's documents); None otherwise."""
    m = _GOVERNMENT_CODE.match(number or "")
    if m is None or region.level == "national":
        return None
    abbr = m.group("abbr")
    owner = region
    own = (
        abbr in _SELF_ABBREVIATIONS
        or all(ch in region.name for ch in abbr)
        or (region.level == "province" and _prefixes().get(abbr) == region.name)
    )
    if not own and region.path and _prefixes().get(abbr) == region.path[0].name:
        owner, own = gazetteer().ref(region.path[0].code), True
    if not own:
        return None
    if m.group("office"):
        office = "人民政府办公厅" if owner.level == "province" else "人民政府办公室"
        return owner.name + office, owner
    return owner.name + "人民政府", owner


# Cities whose government numbers open with the city's traditional one-character name rather than the
# first character of its official one (穗府〔2011〕15号 广州, 筑府办发 贵阳, 榕政 福州): the short names
# (简称) these cities use for themselves, public and stable like the provinces'.
_CITY_SHORT_NAMES = {
    "穗": "广州市",
    "榕": "福州市",
    "筑": "贵阳市",
    "甬": "宁波市",
    "邕": "南宁市",
    "并": "太原市",
    "洪": "南昌市",
    "锡": "无锡市",
}

# What a page calls its own division when it speaks of it as a city: 市政府, 市人民政府办公室, 我市, 全市.
_SPEAKS_AS_CITY = re.compile(r"(?:^|[^\u4e00-\u9fff省县区州])市(?:人民)?政府|[我全本]市")


def city_of_number(number: str, text: str) -> RegionRef | None:
    """The city whose government's number this is, for a page that calls its division only 市 (市政府关于…,
    结合我市实际) and never names it: a city government's code opens with the first character of the
    city's name (扬府发 扬州市, 遵府办函 遵义市, 連政發 连云港市) — when exactly one prefecture-level city
    starts with it, within the province the page's provincial numbers name (蘇政發 → 江苏省) if any —
    or with the city's traditional short name (穗 广州, 筑 贵阳: ``_CITY_SHORT_NAMES``). Codes that
    several cities share (咸: 咸宁, 咸阳) give None, never a guess."""
    m = _GOVERNMENT_CODE.match(number or "")
    if m is None or len(m.group("abbr")) != 1 or m.group("abbr") in _SELF_ABBREVIATIONS:
        return None
    if region_of_number(number) is not None or not _SPEAKS_AS_CITY.search(text):
        return None
    provinces = {
        ref.code
        for other in DOC_NUMBER.finditer(text)
        if (ref := region_of_number(other.group())) is not None and ref.level == "province"
    }
    g = gazetteer()
    short = _CITY_SHORT_NAMES.get(m.group("abbr"))
    cities = [
        d
        for d in g.divisions.values()
        if d.level == "city"
        and (d.name == short if short else d.name.startswith(m.group("abbr")))
        and (not provinces or d.parent in provinces)
    ]
    return g.ref(cities[0].code) if len(cities) == 1 else None
