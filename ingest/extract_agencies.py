"""Government bodies named in a passage, each with a canonical full name and a region scope.

Three written forms cover most mentions. National bodies come from the published table of the central
bodies (patterns/agencies_national.jsonl, sources in agencies_national.SOURCE): 国务院, 科技部 →
科学技术部, 市场监管总局 → 国家市场监督管理总局, historical ones such as 国家质检总局; the short forms
they share with local bodies (统计局, 发展改革委) count only in a national plan or a national list; a
department or institution printed right after one is that body's own (农业农村部…监管司). A
division name is followed by a body and an institutional suffix (湖州市食品药品检验研究院, 中共甘肃省委).
The plan-relative shorthand 省局 / 市政府 / 省药监局 / 市中院 / 市财政局 only the plan's own region can
expand. Standard abbreviations (市场监管局, 药监局, 住建局 …) are a curated table too
(patterns/agency_abbreviations.jsonl).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from plangraph.ingest.entities import Found, PlanContext, load_patterns
from plangraph.ingest.extract_regions import place_at, place_name_offsets
from plangraph.ingest.gazetteer import gazetteer, short_name
from plangraph.ingest.segment import is_common_word

_SUFFIX = (
    r"(?:人民政府(?:办公厅|办公室)?|政府(?:办公厅|办公室|办(?![\u4e00-\u9fff]))?|中级人民法院|人民法院|中院|知识产权法庭|法庭|人民检察院"
    r"|监督管理局|管理局|总局|研究院|研究所|检验检测中心|技术中心|保护中心|委员会|管委会|办公厅|局|厅"
    r"|委(?![员托屈派书办会]))"
)
# A body between the place and the suffix holds no function words: those mean running text.
_BODY = r"[\u4e00-\u9fff()]{0,14}?"
_BAD_BODY = re.compile(
    r"[的和与及、在对将把是为从向共]|推进|加强|建设|开展|实施|全面|积极|现有|省级|国家级|市级|新建|建成|打造|创建"
    r"|培育|大学|学院|公司|集团|企业|协会|学会"
)
# 省局, 市政府, 省药监局, 市食药检院, 市中院: a one-character scope and a short form, nothing between.
# Nor a scope word in a run after 各 (各区市人民政府, 各旗县市区人民政府: every district's and city's).
_SCOPE = (
    r"(?<![全各本我该每])(?<!各[省市区县州旗])(?<!各[省市区县州旗]{2})(?<!各[省市区县州旗]{3})"
    r"(?P<scope>自治区|[省市区县州旗])(?!场|域|级|内|外|属|直|辖|区|县|州|镇|乡(?!村)|、)"
)
# …委 after a division (or its one-character scope) is its party committee, unless the word goes on:
# 委员 (a member), 委托, 委书记 (a person's title), 委办局 (the government's departments); its
# general office (市委办公室) is a body of its own, and so is each of its departments, named by their
# head word …工作部 (统一战线工作部, the 社会工作部 every committee set up in 2023: 中共成都市委社会工作部,
# 中共西华县委社会工作部) or by a standard short form; 部署, 部门 and 部长 are other words.
_PARTY = re.compile(
    r"(?:党)?委(?:(?P<office>办公室|办公厅)"
    r"|(?P<department>[\u4e00-\u9fff]{2,4}?工作部|宣传部|组织部|统战部|政法委员会|政法委|编办|网信办)(?![署门长]))?"
    r"(?!员|托|屈|派|书记|副书记|办)"
)
_PARTY_DEPARTMENTS = {
    "政法委": "政法委员会",
    "编办": "机构编制委员会办公室",
    "网信办": "网络安全和信息化委员会办公室",
}
_PARTY_SCOPE = re.compile(r"(?:自治区|[省市区县州旗])$")
# A people's congress or its standing committee, with or without the session (区十届人大, 第五届…).
_CONGRESS = re.compile(
    r"(?:第?[一二三四五六七八九十百\d]{1,4}届)?(?P<body>人大常委会|人民代表大会常务委员会|人大|人民代表大会)"
    r"(?!代表(?!大会))"
)
# A government's (or 国务院's) own committee or office: 河南省人民政府食品安全委员会办公室, 国务院食品安全办
# (…办 is the standard short form of …委员会办公室), 国务院…部际联席会议.
_SUB_BODY = re.compile(
    r"(?P<topic>(?![各有相所下])[\u4e00-\u9fff]{2,14}?)"
    r"(?P<tail>委员会办公室|委员会|部际联席会议办公室|部际联席会议|领导小组办公室|领导小组|办(?=[^\u4e00-\u9fff]|关于|印发|统一|等|和|牵头|负责|会同|部署|要求|的|组织|指导))"
)
_BAD_TOPIC = re.compile(r"[的和与及、在对将把是为从向共于]|关于|印发|批准|同意|部署|要求|办公|通知|决定|意见")
# A national bureau or commission the table does not list, by its shape: 国家统计局, 国家能源局,
# 国家林业和草原局 (和 joins two fields inside such a name), 国家医疗保障局.
_NATIONAL_BODY = re.compile(
    r"国家(?P<body>(?:[\u4e00-\u9fff]{2,6}和)?[\u4e00-\u9fff]{1,8}?)(?P<suffix>总局|管理局|局|委员会|(?<!部)署)"
)
_RUNNING = re.compile(r"建立|成立|组建|设立|层面|部门|有关|相关|跨|各|重点|重大|决策|级")
_GOVERNMENT = re.compile(r"(?:国务院|人民政府|政府)$")
# A central bank branch: (中国)人民银行 + city + 分行 / 中心支行 / 营业管理部.
_CENTRAL_BANK = re.compile(
    r"(?:中国)?人民银行(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<suffix>分行|中心支行|营业管理部)"
)
_CHINA_CENTRE = re.compile(
    r"中国\((?P<place>[\u4e00-\u9fff]{2,4})\)(?P<body>[\u4e00-\u9fff]{2,12}?)(?P<suffix>中心|研究院)"
)
# A department of the Central Military Commission, by its shape: 中央军委装备发展部, 中央军委办公厅.
_MILITARY = re.compile(r"中央军委(?P<body>[\u4e00-\u9fff]{2,8}?)(?:部|办公厅|委员会|办公室|总局)(?![门长])")
# A table form followed by one of these is a longer word: 教育部门, 商务部署, 财政部分, 公安部队, 委员, 委托.
_WORD_GOES_ON = "门长员署分队托"
# What may stand between two members of one list of bodies: 、 , 和 及 与, spaces (letterheads).
_LIST_JOIN = re.compile(r"[、,，;；\s和及与]{1,3}")
_ZONE = r"(?:新区|场区|矿区|管理区|开发区|高新区|经开区|工业区|园区|实验区|试验区|示范区|合作区|经济区|兵团)"
# A zone's own name holds no function word nor a government: 各市州政府及兰州新区 is a list, not a zone,
# 更名为天津空港经济区 a sentence, and 已经重庆高新区管委会…审议通过 names 重庆高新区's committee. Among
# a plan's addressees its zone may go by its kind alone
# (…街道办事处、高新区管委会, …人民政府,经开区管委会): the one zone of that division.
_SUBUNIT = re.compile(
    rf"(?:(?!政府|[的和与及、各在对将把是为从向已])[\u4e00-\u9fff]){{2,6}}{_ZONE}"
    r"|(?<![\u4e00-\u9fff])(?:高新区|经开区)(?=管委会|管理委员会)"
)
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
def _national_bare() -> tuple[re.Pattern[str], dict[str, str]]:
    """Short forms a national body shares with the local bodies of the same field (统计局,
    发展改革委, 人民银行): national only where the plan is national or the list they stand in is."""
    canonical = {
        form: row["name"] for row in load_patterns("agencies_national.jsonl") for form in row.get("bare", ())
    }
    forms = "|".join(map(re.escape, sorted(canonical, key=len, reverse=True)))
    return re.compile(rf"(?<![省市区县州旗盟级各地方])(?:{forms})(?![{_WORD_GOES_ON}])"), canonical


@lru_cache(maxsize=1)
def _national_names() -> frozenset[str]:
    return frozenset(row["name"] for row in load_patterns("agencies_national.jsonl"))


def is_central_body(name: str) -> bool:
    """A central body by its official name (水利部, 国务院办公厅), or a ministry by the name it signs with
    (中华人民共和国水利部): its plan is a national one. A province's body of the same field is named with
    the province (浙江省发展和改革委员会) and is not."""
    return name.removeprefix(STATE) in _national_names()


# The state's name, which a State Council ministry puts in front of its own when it signs a document.
STATE = "中华人民共和国"


@lru_cache(maxsize=1)
def _ministries() -> frozenset[str]:
    """The State Council's ministries (…部), current or abolished, by official name."""
    kinds = {"国务院组成部门", "已撤销或更名"}
    rows = load_patterns("agencies_national.jsonl")
    return frozenset(row["name"] for row in rows if row["kind"] in kinds and row["name"].endswith("部"))


def signing_name(name: str) -> str:
    """The name a body issues a document under: a State Council ministry signs with the state's name in
    front (中华人民共和国住房和城乡建设部 under a joint notice; 国务院组成部门 in the State Council's own
    listing), so an issuer 水利部 is 中华人民共和国水利部. Commissions, bureaus and local bodies sign as
    they are named. For a plan's issuer; an Agency node keeps its official name (水利部)."""
    return STATE + name if name in _ministries() else name


@lru_cache(maxsize=1)
def _shorthand() -> re.Pattern[str]:
    forms = sorted({*_abbreviations(), "局", "人民政府", "委", "办公厅", "中院"}, key=len, reverse=True)
    return re.compile(
        _SCOPE + r"(?P<form>" + "|".join(map(_form, forms)) + r")(?![\u4e00-\u9fff]{0,1}[局院])"
    )


def _form(short: str) -> str:
    """政府办 (市政府办, the government's general office) only where the name ends: 市政府办好…, 政府办事
    are a government doing something."""
    return re.escape(short) + (r"(?![\u4e00-\u9fff])" if short == "政府办" else "")


@lru_cache(maxsize=1)
def _national_short() -> re.Pattern[str]:
    """国家 + a standard abbreviation (国家食药监管局, 国家质检总局): a national body by its short or
    historical name, spelled out by the abbreviation table."""
    forms = sorted(_abbreviations(), key=len, reverse=True)
    return re.compile(r"国家(?P<form>" + "|".join(map(re.escape, forms)) + r")(?![\u4e00-\u9fff]?[局院])")


def expand(name: str) -> str:
    """Spell out a standard abbreviated suffix: 湖州市市场监管局 → 湖州市市场监督管理局."""
    for short, full in sorted(_abbreviations().items(), key=lambda item: -len(item[0])):
        if name.endswith(short) and not name.endswith(full):
            return name[: -len(short)] + full
    return name


def national_by_bare_name(name: str) -> str | None:
    """The central body a bare short form names (卫生健康委 → 国家卫生健康委员会, 人民银行 → 中国人民银行),
    for a caller that knows the list it stands in is of central bodies (``_national_bare``)."""
    return _national_bare()[1].get(name)


def official_name(name: str) -> str:
    """The full name a body goes by (what a plan's issuer field holds): a central body's short form is
    its official name (国家发展改革委 → 国家发展和改革委员会), a standard abbreviated suffix is spelled
    out (湖州市市场监管局 → 湖州市市场监督管理局); any other name is returned as printed."""
    for form, canonical in _national():
        if name == form:
            return canonical
    return expand(name)


# A body's name as its website's (重庆市人民政府网, 德州市政府门户网, 中国政府网 over a page): the site,
# not the body acting in the text; 网络/网格/网信 go on to other words.
_WEBSITE = re.compile(r"(?:门户)?网(?![络格信点上办民])")


def find_agencies(text: str, context: PlanContext, boundaries: frozenset[int] | None = None) -> list[Found]:
    found: list[Found] = []
    taken = [False] * len(text)

    def add(start: int, end: int, name: str, scope: str | None, aliases: tuple[str, ...] = ()) -> None:
        if any(taken[start:end]) or _WEBSITE.match(text, end):
            return
        if _GOVERNMENT.search(name) and (sub := _sub_body(text, end)) is not None:
            end, tail = sub
            name, aliases = name + tail, ()
        elif scope is None and _is_central(name) and (unit := _central_unit(text, end)) is not None:
            end, tail = unit
            name, aliases = name + tail, ()
        for i in range(start, end):
            taken[i] = True
        if scope is not None:
            aliases = (*aliases, *_with_city((name, *aliases), scope, context))
        attrs = {"scope": scope, "aliases": aliases}
        found.append(Found("Agency", start, end, name, text[start:end], attrs))

    for m in _MILITARY.finditer(text):
        add(m.start(), m.end(), m.group(), None)
    for form, canonical in _national():
        if form not in text:  # most forms are absent: skip the regex
            continue
        for m in re.finditer(re.escape(form), text):
            if form.endswith("人大") and text.startswith("代表", m.end()):
                continue  # 全国人大代表: a delegate, not the congress
            if text[m.end() : m.end() + 1] and text[m.end()] in _WORD_GOES_ON:
                continue
            add(m.start(), m.end(), canonical, None)
    for m in _CHINA_CENTRE.finditer(text):
        add(m.start(), m.end(), m.group(), m.group("place"))
    for m in _CENTRAL_BANK.finditer(text):
        place = _resolve_place(m.group("place"), context)
        if place is not None:
            name = f"中国人民银行{short_name(place) or place}{m.group('suffix')}"
            add(m.start(), m.end(), name, place)
    for m in _national_short().finditer(text):
        add(m.start(), m.end(), "国家" + expand(m.group("form")), None)
    for m in _NATIONAL_BODY.finditer(text):
        body = m.group("body")
        if _plausible_body(body.replace("和", "", 1), m.group("suffix")) and not _RUNNING.search(body):
            add(m.start(), m.end(), m.group(), None)
    _find_party(text, context, found, add)
    _find_congress(text, context, found, add)
    _find_park_offices(text, add)
    _find_placed(text, context, boundaries, add)
    _find_shorthand(text, context, found, add)
    _find_scoped_departments(text, context, found, add)
    _find_scoped_institutions(text, context, add)
    _find_coordinated_departments(text, context, found, add)
    _find_bare_national(text, context, found, add)
    found.sort(key=lambda f: f.start)
    return found


# A central body's own department or institution printed right after it: 农业农村部农产品质量安全监管司
# (a ministry's 司, check2 h805), 国家药品监督管理局高级研修学院 / 国家药监局高级研修学院 (seed 000), a
# 局 or 中心 of its own alike. Its name is a field, never a clause or a person's title (国家药监局副局长).
_CENTRAL_UNIT = re.compile(r"(?P<unit>[\u4e00-\u9fff]{2,10}?)(?P<head>司|局|中心|学院)(?!长)")
_BAD_UNIT = re.compile(
    r"[长员]|书记|主任|巡视|批准|认定|公布|发布|印发|授予|命名|确定|支持|同意|指导|联合|组织|会同|牵头|负责"
    r"|筹建|设立|成立|组建|建立|出台|制定|召开|举办|部署|要求|关于|通知|意见|决定|国家级|省级|市级|直属|所属"
    r"|系统|有关|相关|部门|各|重点|重大"
)


# The kinds of centre a central body designates in others' hands (技术创新中心, 工程研究中心, 示范中心).
_DESIGNATED_CENTRES = ("创新", "工程", "研究", "示范", "实验")


def _is_central(name: str) -> bool:
    return name in _national_names() or name.startswith("国家")


def _central_unit(text: str, end: int) -> tuple[int, str] | None:
    """Where a central body's department or institution named right after it ends, and its name."""
    if text.startswith("办公厅", end):
        return end + 3, "办公厅"  # 财政部办公厅 商务部办公厅 … 关于…的通知: a ministry's general office
    m = _CENTRAL_UNIT.match(text, end)
    if m is None:
        return None
    unit = m.group("unit")
    if _BAD_BODY.search(unit) or _BAD_TOPIC.search(unit) or _BAD_UNIT.search(unit):
        return None
    if _is_central(m.group()) or unit.startswith("中国"):
        return None  # 交通运输部国家铁路局中国民用航空局…关于印发: joint senders side by side, not a unit
    if m.group("head") == "局" and is_common_word(unit[-1] + "局"):
        return None  # 国家统计局全局: a word, no bureau
    if m.group("head") == "中心" and unit.endswith(_DESIGNATED_CENTRES):
        return None  # 申报国家市场监管总局技术创新中心: a centre the body designates, not its own
    return m.end(), m.group()


def _find_bare_national(text: str, context: PlanContext, found: list[Found], add) -> None:
    """统计局, 发展改革委, 网信办 by themselves: the national body in a national plan, or when the
    list they stand in (、, spaces of a letterhead, 和) holds a national body next to them —
    市场监管总局、发展改革委、科技部 — and, link by link, the rest of that list. Elsewhere such a form is
    a local body whose division the text does not print, and is left alone."""
    pattern, canonical = _national_bare()
    waiting = list(pattern.finditer(text))
    if not waiting:
        return
    national = _national_names()
    spans = [
        (f.start, f.end)
        for f in found
        if f.attrs.get("scope") is None and (f.name in national or f.name.startswith(("国家", "中央")))
    ]

    def joined(start: int, end: int) -> bool:
        return any(
            _LIST_JOIN.fullmatch(text, b, start) or _LIST_JOIN.fullmatch(text, end, a) for a, b in spans
        )

    while waiting:
        ready = [m for m in waiting if context.level == "national" or joined(m.start(), m.end())]
        if not ready:
            return
        for m in ready:
            waiting.remove(m)
            add(m.start(), m.end(), canonical[m.group()], None)
            spans.append((m.start(), m.end()))


# The committee's full name: 中共浦东新区委员会, 中国共产党温州市鹿城区第九届委员会 (with its term).
_PARTY_FULL = re.compile(r"(?:中国共产党|中共)(?=[\u4e00-\u9fff])")
_PARTY_FULL_TAIL = re.compile(r"(?:第[一二三四五六七八九十百\d]{1,4}届)?委员会(?!委员)")


def _find_party(text: str, context: PlanContext, found: list[Found], add) -> None:
    """中共甘肃省委 / 湖州市委 / 省委 / 自治区党委 → 中共…委员会 (also called 中国共产党…委员会)."""
    for m in _PARTY_FULL.finditer(text):
        place = _deepest_place(text, m.end(), context)
        if place is None:
            continue
        place_end, full = place
        if (tail := _PARTY_FULL_TAIL.match(text, place_end)) is not None:
            prefix = agency_prefix(full, context)
            names = (f"中国共产党{prefix}委员会", f"中共{prefix}委")
            add(m.start(), tail.end(), f"中共{prefix}委员会", full, names)
    for m in _PARTY.finditer(text):
        owner = _owner_before(text, m.start(), context, found)
        if owner is None:
            continue
        start, full = owner
        if text[max(0, start - 2) : start] == "中共":
            start -= 2
        prefix, office = agency_prefix(full, context), m.group("office") or ""
        if department := m.group("department"):  # 市委宣传部: a department, named as it signs
            department = _PARTY_DEPARTMENTS.get(department, department)
            names = (f"中国共产党{prefix}委员会{department}",)
            add(start, m.end(), f"中共{prefix}委{department}", full, names)
            continue
        names = (f"中国共产党{prefix}委员会{office}", f"中共{prefix}委{office}")
        add(start, m.end(), f"中共{prefix}委员会{office}", full, names)


def _find_congress(text: str, context: PlanContext, found: list[Found], add) -> None:
    """区十届人大 / 台州市第五届人民代表大会常务委员会 → the division's 人民代表大会 (常务委员会)."""
    for m in _CONGRESS.finditer(text):
        owner = _owner_before(text, m.start(), context, found)
        if owner is None:
            continue
        start, full = owner
        standing = "常务委员会" if "常" in m.group("body") else ""
        add(start, m.end(), f"{agency_prefix(full, context)}人民代表大会{standing}", full)


def _owner_before(text: str, end: int, context: PlanContext, found: list[Found]) -> tuple[int, str] | None:
    """The division printed right before ``end`` — a full name, or a scope word (省, 市, 自治区 …)
    read in the plan's region — and where it starts."""
    placed = _place_before(text, end, context)
    if placed is not None:
        return placed
    scope = _PARTY_SCOPE.search(text, max(0, end - 3), end)
    if scope is None or re.match(r"[全各本我该每]", text[scope.start() - 1 : scope.start()]):
        return None
    named = _place_before(text, scope.start(), context)
    if named is not None and named[1].endswith(scope.group()):
        return named  # 浦东新区区委: the division printed in full, then its scope word again
    full = _scoped_here(scope.group(), scope.start(), text, context, found)
    return (scope.start(), full) if full is not None else None


def _deepest_place(text: str, start: int, context: PlanContext) -> tuple[int, str] | None:
    """The division named at ``start``, read through the divisions printed below it (上海市浦东新区,
    温州市鹿城区), and where its name ends."""
    hit = place_at(text, start, context, None)
    if hit is None:
        return None
    ref, end = hit
    while (below := place_at(text, end, context, None)) is not None and ref.code in {
        step.code for step in below[0].path[:-1]
    }:
        ref, end = below
    return end, ref.name


def _place_before(text: str, end: int, context: PlanContext) -> tuple[int, str] | None:
    """The division whose full name ends at ``end`` (longest first) and where it starts."""
    places = gazetteer()
    for length in range(min(places.max_name_length, end), 2, -1):
        name = text[end - length : end]
        if name[-1] not in "省市区县州旗" or name not in places.by_name:
            continue
        full = _resolve_place(name, context)
        if full is not None:
            return end - length, full
    return None


def _sub_body(text: str, end: int) -> tuple[int, str] | None:
    """Where a government's own committee or office printed right after it ends, and its name."""
    m = _SUB_BODY.match(text, end)
    if m is None or _BAD_TOPIC.search(m.group("topic")):
        return None
    name = m.group("topic") + m.group("tail")
    if m.group("tail") == "办" and (full := expand(name)) == name:
        full = m.group("topic") + "委员会办公室"  # 食品安全办 → 食品安全委员会办公室
    return m.end(), expand(name) if m.group("tail") != "办" else full


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
        if zone is not None and _ends_in_division(zone.group()):
            zone = None  # 由浦东新区, 发布中共浦东新区: a division that is a 新区, read from its own name
        if zone is not None and text[max(0, position - 2) : position].endswith(("各", "有关", "相关")):
            zone = None  # 各经济开发区管委会 among addressees: every zone's committee, no one body
        if hit is None and (zone is None or (boundaries is not None and position not in boundaries)):
            position += 1
            continue
        place_end = hit[1] if hit else zone.end()
        if hit and (group := _leading_group(text, place_end)) is not None:
            group_end, group_name = group
            add(position, group_end, agency_prefix(hit[0].name, context) + group_name, hit[0].name)
            position = group_end
            continue
        m = (after_place if hit else alone).match(text, place_end)
        if m is None or not _placed_body(m.group("body"), m.group("suffix")):
            position = place_end if hit else position + 1
            continue
        body = m.group("body")
        if hit is None or m.group("sub"):  # a named zone keeps its printed name: 兰州新区, 甘肃矿区
            prefix = text[position : m.end("sub") if hit else place_end]
        else:
            # 重庆市大渡口区人民政府: the body opens with a division below the place; the deepest names it
            while (below := place_at(body, 0, context, None)) is not None and hit[0].code in {
                step.code for step in below[0].path[:-1]
            }:
                hit, body = (below[0], hit[1]), body[below[1] :]
            if body and _GOVERNMENT_SUFFIX.match(m.group("suffix")):
                # a government has no body between its place and 政府: 大连市数字政府 (法治政府,
                # 服务型政府) names a kind of government, not a body
                position = place_end
                continue
            prefix = agency_prefix(hit[0].name, context)
        scope = hit[0].name if hit else None
        name = _spelled_out(expand(f"{prefix}{body}{m.group('suffix')}"))
        add(position, m.end(), name, scope)
        position = _coordinated(text, m.end(), prefix, scope, add)


# A park's own office: 银川中关村创新创业科技园建设服务办公室, 银川丝路经济园建设服务办公室 (check2 h811,
# among a city's addressees), 水晶文化创意产业园管理服务中心 (a county's park, wumasheying.com). It is
# named for the park and its work (建设, 管理, 服务), and keeps the park's name as printed.
_PARK_OFFICE = re.compile(
    r"(?P<park>[\u4e00-\u9fff]{2,14}?(?:园区|园))(?:建设|管理|服务|发展){1,3}(?:办公室|中心)"
)


def _find_park_offices(text: str, add) -> None:
    """A park's office, where its name starts a phrase (after punctuation or a space): inside a
    sentence the words before 园 may be a verb's (建设…产业园服务中心 builds one)."""
    for m in _PARK_OFFICE.finditer(text):
        if m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
            continue
        if _BAD_BODY.search(m.group("park")):
            continue
        add(m.start(), m.end(), m.group(), None)


# A government's leading group is named for its task, which may be long and join two fields with 和:
# 伊犁州打击侵犯知识产权和制售假冒伪劣商品工作领导小组, 长宁区十四五规划工作领导小组办公室; so is a
# joint meeting of its departments (广西知识产权战略实施工作厅际联席会议), though not the rule that
# sets one up (…联席会议制度).
_LEADING_GROUP = re.compile(
    r"(?P<topic>[\u4e00-\u9fff“”\"]{2,30}?)"
    r"(?P<tail>(?:工作)?领导小组(?:办公室)?|(?:部际|厅际|局际)?联席会议(?:办公室)?)"
    r"(?!成员|组长|副组长|制度|机制)"
)
# The task holds no function word of running text, nor the verb that sets a group up.
_BAD_GROUP_TOPIC = re.compile(r"[的了是在对将把为与及各]|成立|设立|组建|建立|调整|充实|牵头|负责|担任|任")


def _leading_group(text: str, end: int) -> tuple[int, str] | None:
    """Where a leading group named right after a division ends, and its name without the division."""
    m = _LEADING_GROUP.match(text, end)
    if m is None or _BAD_GROUP_TOPIC.search(m.group("topic")):
        return None
    return m.end(), m.group().replace("“", "").replace("”", "").replace('"', "")


def _ends_in_division(words: str) -> bool:
    """Whether ``words`` end with a division's full name (浦东新区, 滨海新区)."""
    names = gazetteer().full_names
    return any(words[i:] in names for i in range(len(words) - 1))


def _spelled_out(name: str) -> str:
    """管委会 is how every zone's 管理委员会 is printed (兰州新区管委会, 经济技术开发区管委会)."""
    return name[: -len("管委会")] + "管理委员会" if name.endswith("管委会") else name


def _placed_body(body: str, suffix: str) -> bool:
    """What may stand between a place and its suffix: a body, or a department's field (住房和城乡建设);
    a bare 委 after a place is its party committee, which _find_party reads. A body that closes a
    bracket it never opened started inside one: 银川滨河新区(经济试验区)党工委 is no body of the
    bracketed zone alone."""
    if _closes_unopened(body):
        return False
    if suffix == "委":
        return len(body) >= 2 and _department_body(body, suffix)
    if suffix in ("局", "厅", "委员会") and len(body) >= 2:
        if body[-1] + suffix in _NOT_A_DEPARTMENT:
            return False
        if _department_body(body, suffix):
            return True
    return _plausible_body(body, suffix)


def _closes_unopened(body: str) -> bool:
    depth = 0
    for char in body:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return True
    return False


_GOVERNMENT_SUFFIX = re.compile(r"(?:人民)?政府")


_OPENING_MOVE = re.compile(r"开[好新]?$")


def _plausible_body(body: str, suffix: str) -> bool:
    """A body of running text, a non-government body, or a word ending in 局 (格局, 全局; the 开好局 of
    …现代化国家新征程开好局、起好步) is no agency."""
    if _BAD_BODY.search(body):
        return False
    if suffix != "局":
        return True
    return bool(body) and not is_common_word(body[-1] + "局") and not _OPENING_MOVE.search(body)


def _coordinated(text: str, position: int, prefix: str, scope: str | None, add) -> int:
    """甘肃矿区工商局、质监局、食药局: bare abbreviations after a comma share the first one's place."""
    forms = "|".join(map(re.escape, sorted(_abbreviations(), key=len, reverse=True)))
    while m := re.match(rf"、(?P<form>{forms})(?![\u4e00-\u9fff])", text[position:]):
        start = position + 1
        add(start, position + m.end(), expand(prefix + m.group("form")), scope)
        position += m.end()
    return position


def _find_shorthand(text: str, context: PlanContext, found: list[Found], add) -> None:
    """省局, 市政府, 省市场监管局, 市食药检院: the scope character stands for the plan's own division,
    or for the division of the body it is coordinated with (绍兴市委、市政府 → 绍兴市人民政府)."""
    for m in _shorthand().finditer(text):
        place = _scoped_here(m.group("scope"), m.start(), text, context, found)
        if place is None:
            continue
        form = m.group("form")
        if form == "局":
            if context.domain is None:
                continue
            body = context.domain
        elif form == "委":
            continue  # a party committee: _find_party reads it
        else:
            body = form
        add(m.start(), m.end(), expand(agency_prefix(place, context) + body), place)


# 市财政局, 省教育厅, 县住建局, 市发展改革委: a scope word, a field and a department's head word.
_SCOPED_DEPARTMENT = re.compile(
    _SCOPE + r"(?P<body>[\u4e00-\u9fff]{2,8}?)(?P<suffix>委员会办公室|委员会|办公室|局|厅|委)(?![长员托属])"
)
# Where such a name may start: after punctuation or a space, or after the word that leads a body in a
# sentence (由…牵头, 会同…, 配合…, 经…同意); anywhere else the scope character is inside a word (城市).
_DEPARTMENT_LEAD = "由和及与经向请在对为同头合设"


def _find_scoped_departments(text: str, context: PlanContext, found: list[Found], add) -> None:
    """A department of the plan's own government named by its scope word and its field (市财政局 →
    湖州市财政局), in the lists of 牵头/责任单位 columns and sentences; the field is read, not listed."""
    for m in _SCOPED_DEPARTMENT.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if "\u4e00" <= before <= "\u9fff" and before not in _DEPARTMENT_LEAD:
            continue
        if not _department_body(m.group("body"), m.group("suffix")):
            continue
        place = _scoped_here(m.group("scope"), m.start(), text, context, found)
        if place is None:
            continue
        name = agency_prefix(place, context) + m.group("body") + m.group("suffix")
        add(m.start(), m.end(), expand(name), place)


_NEXT_DEPARTMENT = re.compile(
    r"[、,，](?P<body>[\u4e00-\u9fff]{2,8}?)(?P<suffix>委员会|局|厅|委)(?=[、,，。;；:：\s)）和及按]|$|等|牵头|负责|配合|会同|共同)"
)


def _find_coordinated_departments(text: str, context: PlanContext, found: list[Found], add) -> None:
    """市发展改革委、财政局、统计局: the fields listed after a local department, without a scope word
    of their own, are departments of the same division."""
    for item in sorted(found, key=lambda f: f.start):
        scope, end = item.attrs.get("scope"), item.end
        if scope is None or item.name.startswith("中共"):
            continue
        while (m := _NEXT_DEPARTMENT.match(text, end)) is not None:
            body, suffix = m.group("body"), m.group("suffix")
            if body[0] in "省市区县州旗各" or not _department_body(body, suffix):
                break
            name = expand(agency_prefix(scope, context) + body + suffix)
            add(m.start("body"), m.end(), name, scope)
            end = m.end()


# A department's field holds no function word or verb (和 joins two fields: 住房和城乡建设局), nor the
# words of a list of departments in general (市有关委、办、局; 相关部门).
_BAD_FIELD = re.compile(
    r"[的与及、在对将把是为从向共各级省市区县州旗]|和.*和|推进|加强|开展|实施|全面|积极|打造|创建|培育|落实"
    r"|有关|相关"
    r"|大学|学院|公司|集团|企业|协会|学会"
)


# Words that end like a department but name a situation or a room: …新格局, …政务服务大厅.
_NOT_A_DEPARTMENT = frozenset(
    [f"{c}局" for c in "格布全大结时当僵残开定骗饭赌出终危败棋变破新"]
    + [f"{c}厅" for c in "大餐展客门前舞歌饭"]
)


# Fields whose own words hold a scope character: 市场监督管理局, 城市管理局 are departments, though a
# 市 elsewhere in a field means a list of divisions (省市县各级) or running text.
_FIELD_WORDS = re.compile(r"市场|城市")


def _department_body(body: str, suffix: str) -> bool:
    """财政局 and 建设局 are departments though 政局 and 设局 are words; 建设新格局 is none."""
    field = _FIELD_WORDS.sub("", body)
    return bool(field) and not _BAD_FIELD.search(field) and body[-1] + suffix not in _NOT_A_DEPARTMENT


_SCOPED_INSTITUTION = re.compile(
    _SCOPE
    + r"(?P<body>[\u4e00-\u9fff]{2,12}?)"
    + r"(?P<suffix>技术中心|保护中心|检验研究院|研究院|检验检测中心|领导小组办公室|领导小组)"
)


def _find_scoped_institutions(text: str, context: PlanContext, add) -> None:
    """省缺陷产品召回技术中心, 市质量兴市领导小组: a scope character, a body and the suffix of a
    technical institution or of a government's leading group."""
    for m in _SCOPED_INSTITUTION.finditer(text):
        place = _scoped_place(m.group("scope"), context)
        if place is None or not _plausible_body(m.group("body"), m.group("suffix")):
            continue
        name = agency_prefix(place, context) + m.group("body") + m.group("suffix")
        add(m.start(), m.end(), expand(name), place)


def _scoped_here(scope: str, start: int, text: str, context: PlanContext, found: list[Found]) -> str | None:
    """The division a scope word means at ``start``: that of a body of the same scope just before it,
    joined by 、 or nothing (绍兴市委、市政府; 湖州市委市政府), else the plan's own."""
    for item in found:
        joined = item.end == start or (item.end == start - 1 and text[item.end] in "、和及")
        owner = item.attrs.get("scope")
        if joined and owner and owner.endswith(scope) and owner != "":
            return owner
    return _scoped_place(scope, context)


_MUNICIPALITY = re.compile(r"^(?:北京|天津|上海|重庆)市$")


def _scoped_place(scope: str, context: PlanContext) -> str | None:
    """省/自治区 → the plan's province; 市 → its city, or the county-level city the plan is of, or the
    municipality a district plan is in; 区/县/旗 → its district or county; 州 → its prefecture."""
    region = context.region
    if scope in ("省", "自治区"):
        province = context.step("province")
        if province is None or (scope == "自治区") != province.endswith("自治区"):
            return None
        return province
    if scope == "市":
        if region is not None and region.level == "county" and region.name.endswith("市"):
            return region.name
        province = context.step("province")
        if context.step("city") is None and province is not None and _MUNICIPALITY.match(province):
            return province
        return context.step("city")
    if scope == "州":
        city = context.step("city")
        return city if city is not None and city.endswith("州") else None
    level = {"区": "district", "县": "county", "旗": "county"}[scope]
    place = context.step(level)
    if place is None or (scope in "县旗" and not place.endswith(scope)):
        return place if scope == "区" else None
    return place


def agency_prefix(place: str, context: PlanContext) -> str:
    """The division name an agency's canonical name starts with: the division's own (大渡口区人民政府,
    the name its plans' issuers carry), with its city in front only where the name alone is
    ambiguous (鼓楼区 is in several cities)."""
    city = _city_of_district(place, context)
    return city + place if city is not None and len(gazetteer().candidates(place)) > 1 else place


def _city_of_district(place: str, context: PlanContext) -> str | None:
    """The city a district named by its full name belongs to, read in the plan's region; None for
    any other division."""
    ref = gazetteer().resolve(place, within=context.region, context=context.text)
    if ref is None or ref.level != "district" or ref.name != place or len(ref.path) < 2:
        return None
    return ref.path[-2].name


def _with_city(names: tuple[str, ...], place: str, context: PlanContext) -> tuple[str, ...]:
    """A district's bodies are also named with their city in front (中共重庆市渝中区委, 淮南市潘集区人民政府):
    the same body, so those spellings are its aliases."""
    if (city := _city_of_district(place, context)) is None:
        return ()
    return tuple(
        name.replace(place, city + place, 1) for name in names if place in name and city + place not in name
    )


def _resolve_place(place: str, context: PlanContext) -> str | None:
    ref = gazetteer().resolve(place, within=context.region, context=context.text)
    return ref.name if ref is not None else None
