"""A synthetic corpus of plan hierarchies for scale benchmarks: provinces → cities → districts.

Every plan is a market-supervision "十四五" plan shaped like the sample corpus (data/seeds/): a title
line, a source line, a 根据/按照 preamble naming the parent plan's exact title, chapters 第一章…,
sections (一)…, numbered measures 1., 专栏 boxes and an indicator table flattened one cell per line.
A province's plan is composed from the generic building blocks below; each child plan recombines and
rewords its parent's measures (synonym swaps, swapped and dropped clauses, its own region's name), keeps
part of its parent's indicator rows with its own targets, and adds measures, systems, pilots and
indicator rows of its own. Regions are real divisions from the project's gazetteer, so region
extraction resolves them. The same ``--seed``, ``--plans`` and ``--detail`` give byte-identical files.

Up to about a thousand plans a province holds about 40–50 plans (a few cities of a few districts each).
A corpus larger than that layout holds (near 1,060 with seed 1) takes every city and district of the
provinces and autonomous regions in turn instead (about 3,080 plans in all), so the corpora of the
sizes measured before stay byte-identical. ``--detail N`` writes N times the measures per section (a
province 3–5 N, a child up to N of its own), for plans nearer the real seeds' size (26–79 KB; the
default gives about 15 KB, ``--detail 3`` about 40 KB).

    .venv/bin/python -m bench.synth_corpus --plans 100 --seed 1 -o /tmp/synth100
    .venv/bin/python -m bench.synth_corpus --plans 3000 --seed 1 --detail 3 -o /tmp/synth3000
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from plangraph.ingest.gazetteer import Division, gazetteer

# One-character abbreviations that open provincial brands (浙食链); stable facts of the administration.
PROVINCE_ABBREVIATIONS = {
    "河北省": "冀",
    "山西省": "晋",
    "辽宁省": "辽",
    "吉林省": "吉",
    "黑龙江省": "黑",
    "江苏省": "苏",
    "浙江省": "浙",
    "安徽省": "皖",
    "福建省": "闽",
    "江西省": "赣",
    "山东省": "鲁",
    "河南省": "豫",
    "湖北省": "鄂",
    "湖南省": "湘",
    "广东省": "粤",
    "海南省": "琼",
    "四川省": "川",
    "贵州省": "黔",
    "云南省": "滇",
    "陕西省": "陕",
    "甘肃省": "甘",
    "青海省": "青",
}

# Autonomous regions join the provinces only when a corpus needs every division (the dense layout).
REGION_ABBREVIATIONS = {
    "内蒙古自治区": "蒙",
    "广西壮族自治区": "桂",
    "西藏自治区": "藏",
    "宁夏回族自治区": "宁",
    "新疆维吾尔自治区": "新",
}
ABBREVIATIONS = PROVINCE_ABBREVIATIONS | REGION_ABBREVIATIONS

TITLE_FORMS = (
    "{r}市场监管“十四五”规划",
    "{r}“十四五”市场监管规划",
    "{r}市场监督管理“十四五”规划",
    "{r}市场监管现代化“十四五”规划",
    "{r}市场监管“十四五”工作方案",
)
NATIONAL_PARENT = "“十四五”市场监管现代化规划"

# Chapter topics: heading, section headings, the objects its measures work on, its 专栏 title.
TOPICS = (
    (
        "持续优化营商环境",
        ("深化商事制度改革", "提升准入准营便利度", "激发市场主体活力"),
        (
            "企业开办便利化改革",
            "市场主体登记确认制",
            "告知承诺制",
            "企业注销便利化改革",
            "住所与经营场所分离登记",
            "电子营业执照应用",
            "证照分离改革",
            "个体工商户分型分类培育",
            "小微企业成长计划",
        ),
        "企业全生命周期服务",
    ),
    (
        "维护公平竞争市场秩序",
        ("强化竞争政策基础地位", "规范平台经济发展", "加强重点领域执法"),
        (
            "公平竞争审查制度",
            "反垄断执法",
            "反不正当竞争执法",
            "平台企业合规指导",
            "价格行为监管",
            "网络交易监管",
            "广告导向监管",
            "信用风险分类管理",
            "双随机、一公开监管",
        ),
        "公平竞争护航行动",
    ),
    (
        "推进质量强省建设",
        ("实施质量提升行动", "完善质量基础设施", "培育知名品牌"),
        (
            "首席质量官制度",
            "质量基础设施一站式服务",
            "产品质量监督抽查",
            "服务质量监测评价",
            "品牌培育计划",
            "对标达标提升行动",
            "消费品召回机制",
            "计量惠民工程",
            "检验检测机构监管",
        ),
        "质量提升工程",
    ),
    (
        "深入实施标准化战略",
        ("健全地方标准体系", "推动标准化改革创新", "加强标准实施监督"),
        (
            "地方标准制修订",
            "团体标准培育",
            "企业标准自我声明公开",
            "标准化试点示范建设",
            "国际标准转化应用",
            "标准化技术委员会建设",
            "农业标准化生产",
        ),
        "标准化引领行动",
    ),
    (
        "加快知识产权强省建设",
        ("提升知识产权创造质量", "强化知识产权保护", "促进知识产权运用"),
        (
            "高价值专利培育",
            "知识产权质押融资",
            "商标品牌建设",
            "地理标志保护",
            "知识产权快速维权",
            "商业秘密保护",
            "专利导航工程",
            "知识产权纠纷多元化解",
        ),
        "知识产权全链条服务",
    ),
    (
        "守牢食品安全底线",
        ("落实食品安全责任", "强化食品全链条监管", "提升食品风险防控能力"),
        (
            "食品安全党政同责",
            "食品抽检分离改革",
            "校园食品安全守护行动",
            "农村集体聚餐管理",
            "冷链食品追溯管理",
            "网络订餐监管",
            "食品生产企业风险分级",
            "食品小作坊规范提升",
        ),
        "食品安全放心工程",
    ),
    (
        "保障药品安全",
        ("加强药品流通监管", "强化医疗器械监管", "规范化妆品监管"),
        (
            "药品零售企业监管",
            "医疗器械不良事件监测",
            "化妆品风险监测",
            "疫苗流通监管",
            "药物警戒制度",
            "药品安全信用档案",
            "执业药师配备使用",
        ),
        "药品安全守护行动",
    ),
    (
        "筑牢特种设备安全防线",
        ("完善特种设备安全责任体系", "推进电梯安全治理", "强化隐患排查治理"),
        (
            "电梯按需维保",
            "特种设备风险分级管控",
            "气瓶质量安全追溯",
            "锅炉节能环保监管",
            "起重机械隐患排查",
            "电梯应急处置服务",
            "老旧电梯更新改造",
        ),
        "特种设备安全提升行动",
    ),
    (
        "营造放心消费环境",
        ("完善消费维权机制", "推进放心消费创建", "加强重点商品监管"),
        (
            "放心消费单位创建",
            "消费投诉信息公示",
            "线下无理由退货",
            "消费纠纷在线解决",
            "12315热线效能提升",
            "预付式消费监管",
            "消费教育引导",
        ),
        "放心消费创建行动",
    ),
    (
        "提升智慧监管能力",
        ("推进市场监管数字化改革", "加强基层能力建设", "建设高素质监管队伍"),
        (
            "市场监管数字化改革",
            "基层市场监管所标准化建设",
            "综合执法队伍专业化",
            "检验检测技术支撑",
            "非现场监管",
            "执法办案信息化",
            "监管数据归集共享",
        ),
        "智慧监管能力建设",
    ),
)

VERBS = ("深化", "完善", "健全", "推进", "加强", "强化", "实施", "构建", "优化", "推行", "落实", "规范")
CLAUSES = (
    "健全工作机制",
    "加强部门协同",
    "强化数据共享",
    "压实主体责任",
    "完善考核评价",
    "加大宣传引导",
    "提升服务效能",
    "推动政策落地见效",
    "形成监管合力",
    "优化资源配置",
    "强化风险防控",
    "推进信息公开",
    "落实属地管理责任",
    "健全长效机制",
    "开展专项整治",
    "加强督查指导",
    "完善配套制度",
    "强化结果运用",
    "提高监管精准度",
    "推动标准化建设",
)
GOALS = (
    "监管效能明显提升",
    "群众满意度持续提高",
    "市场主体获得感不断增强",
    "风险隐患及时发现处置",
    "办事效率大幅提高",
    "全流程闭环管理",
    "跨部门协同高效",
)
SYSTEM_STEMS = (
    "智慧监管",
    "市场主体信用",
    "特种设备安全综合管理",
    "食品安全追溯",
    "药品智慧监管",
    "知识产权公共服务",
    "企业开办一网通办",
    "消费维权服务",
    "电梯应急处置",
    "计量数据",
    "执法办案",
    "检验检测公共服务",
)
BRAND_STEMS = ("食", "药", "质", "企", "价")
PILOT_STEMS = (
    "电梯按需维保",
    "食品安全快检",
    "知识产权质押融资",
    "商事主体登记确认制",
    "信用风险分类监管",
    "标准化综合改革",
    "质量基础设施一站式服务",
    "智慧市场监管",
)
PARTNER_AGENCIES = ("发展和改革委员会", "公安局", "卫生健康委员会", "商务局", "农业农村局", "财政局")

# Indicator rows: name, unit, class, low/high of the province baseline, yearly growth, nature.
INDICATORS = (
    ("市场主体总量", "万户", "营商环境", 50.0, 400.0, 0.08, "预期性"),
    ("企业开办平均时间", "天", "营商环境", 2.0, 5.0, -0.15, "预期性"),
    ("双随机抽查覆盖率", "%", "营商环境", 5.0, 20.0, 0.2, "约束性"),
    ("每万人口高价值发明专利拥有量", "件", "创新驱动", 1.0, 10.0, 0.12, "预期性"),
    ("知识产权质押融资额", "亿元", "创新驱动", 10.0, 80.0, 0.15, "预期性"),
    ("商标有效注册量", "万件", "创新驱动", 5.0, 60.0, 0.1, "预期性"),
    ("制修订地方标准数量", "项", "质量标准", 50.0, 300.0, 0.1, "预期性"),
    ("制造业产品质量合格率", "%", "质量标准", 92.0, 95.0, 0.005, "预期性"),
    ("食品评价性抽检合格率", "%", "安全监管", 97.0, 98.5, 0.002, "约束性"),
    ("药品抽检合格率", "%", "安全监管", 98.0, 99.0, 0.001, "约束性"),
    ("万台特种设备事故死亡率", "人/万台", "安全监管", 0.1, 0.3, -0.1, "约束性"),
    ("12315投诉举报按时办结率", "%", "消费维权", 93.0, 97.0, 0.005, "约束性"),
    ("放心消费单位数量", "万家", "消费维权", 1.0, 6.0, 0.12, "预期性"),
    ("检验检测机构数量", "家", "质量标准", 200.0, 900.0, 0.05, "预期性"),
)

SYNONYMS = {
    "深化": "深入推进",
    "完善": "健全",
    "健全": "完善",
    "加强": "强化",
    "强化": "加强",
    "推进": "推动",
    "提升": "提高",
    "构建": "建立",
    "全面": "持续",
    "加大": "加强",
    "优化": "改进",
    "开展": "组织开展",
}
_SYNONYM = re.compile("|".join(sorted(SYNONYMS, key=len, reverse=True)))
CN_NUMERALS = "一二三四五六七八九十"


@dataclass
class Measure:
    lead: str
    clauses: list[str]  # sentences without their 。


@dataclass
class Section:
    heading: str
    measures: list[Measure]


@dataclass
class Chapter:
    topic: int
    heading: str
    sections: list[Section]
    column: list[str]  # 专栏 lines after its title


@dataclass
class Row:
    name: str
    unit: str
    group: str
    baseline: float
    target: float
    nature: str


@dataclass
class Plan:
    index: int
    division: Division
    parent: Plan | None
    title: str
    chapters: list[Chapter] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    children: list[Plan] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        return f"{self.index:04d}_{self.division.code}.txt"


def build_corpus(plans: int, seed: int, detail: int = 1) -> list[Plan]:
    """The plans in file order: each province, then each city followed by its districts."""
    order = _layout(plans, seed)
    if len(order) < plans:
        order = _layout(plans, seed, dense=True)
    if len(order) < plans:
        raise ValueError(f"the gazetteer layout holds {len(order)} plans, fewer than {plans}")
    for plan in order:
        plan_rng = random.Random(f"plan:{seed}:{plan.index}")
        if plan.parent is None:
            _compose_province(plan, plan_rng, detail)
        else:
            _derive_child(plan, plan_rng, detail)
    return order


def _layout(plans: int, seed: int, dense: bool = False) -> list[Plan]:
    """About sqrt(P) cities of about sqrt(P) districts for each province's P plans; ``dense`` takes
    every city and district of every province and autonomous region instead."""
    rng = random.Random(f"layout:{seed}" + (":dense" if dense else ""))
    g = gazetteer()
    children: dict[str, list[Division]] = {}
    for division in sorted(g.divisions.values(), key=lambda d: d.code):
        if division.parent is not None:
            children.setdefault(division.parent, []).append(division)
    provinces = [
        d for d in g.divisions.values() if d.name in (ABBREVIATIONS if dense else PROVINCE_ABBREVIATIONS)
    ]
    provinces.sort(key=lambda d: d.code)
    rng.shuffle(provinces)
    # About sqrt(P) cities of about sqrt(P) districts each give a province P plans, P >= 40.
    per_province = max(40, -(-plans // len(provinces)) + 5)
    order: list[Plan] = []
    for province in provinces:
        if len(order) >= plans:
            break
        top = _new_plan(order, province, None, rng)
        cities = [c for c in children.get(province.code, []) if c.level == "city" and children.get(c.code)]
        rng.shuffle(cities)
        n_cities = min(len(cities), max(2, round(math.sqrt(per_province) * rng.uniform(0.8, 1.25))))
        per_city = -(-(per_province - 1 - n_cities) // max(1, n_cities))
        if dense:
            n_cities, per_city = len(cities), len(g.divisions)
        for city in cities[:n_cities]:
            if len(order) >= plans:
                break
            middle = _new_plan(order, city, top, rng)
            districts = [d for d in children[city.code] if d.level in ("district", "county")]
            rng.shuffle(districts)
            for district in districts[: max(1, round(per_city * rng.uniform(0.7, 1.3)))]:
                if len(order) >= plans:
                    break
                _new_plan(order, district, middle, rng)
    return order


def _new_plan(order: list[Plan], division: Division, parent: Plan | None, rng: random.Random) -> Plan:
    title = rng.choice(TITLE_FORMS).format(r=_titled_region(division, parent))
    plan = Plan(len(order), division, parent, title)
    order.append(plan)
    if parent is not None:
        parent.children.append(plan)
    return plan


def _titled_region(division: Division, parent: Plan | None) -> str:
    """A district whose name other divisions share is titled with its city first (鼓楼区 → 福州市鼓楼区)."""
    if parent is not None and len(gazetteer().candidates(division.name)) > 1:
        return parent.division.name + division.name
    return division.name


def _compose_province(plan: Plan, rng: random.Random, detail: int = 1) -> None:
    topics = rng.sample(range(len(TOPICS)), rng.randint(6, 8))
    for topic in sorted(topics):
        heading, section_headings, objects, column_title = TOPICS[topic]
        sections = [
            Section(
                section_heading,
                [_new_measure(plan, objects, rng) for _ in range(rng.randint(3 * detail, 5 * detail))],
            )
            for section_heading in section_headings
        ]
        plan.chapters.append(Chapter(topic, heading, sections, _column(plan, column_title, objects, rng)))
    for name, unit, group, low, high, growth, nature in rng.sample(INDICATORS, rng.randint(9, 12)):
        baseline = rng.uniform(low, high)
        plan.rows.append(Row(name, unit, group, baseline, _target(unit, baseline, growth, rng), nature))


def _derive_child(plan: Plan, rng: random.Random, detail: int = 1) -> None:
    parent = plan.parent
    assert parent is not None
    kept = [c for c in parent.chapters if rng.random() < 0.8] or parent.chapters[:1]
    for chapter in kept:
        objects = TOPICS[chapter.topic][2]
        sections = []
        for section in chapter.sections:
            measures = [_reword(plan, m, rng) for m in section.measures if rng.random() < 0.75]
            for _ in range(detail):
                if rng.random() < 0.6:
                    measures.insert(rng.randint(0, len(measures)), _new_measure(plan, objects, rng))
            if measures:
                sections.append(Section(_swap_synonyms(section.heading, rng), measures))
        column = [_localise(line, plan) for line in chapter.column if rng.random() < 0.5]
        column += _column(plan, TOPICS[chapter.topic][3], objects, rng)[: rng.randint(1, 2)]
        plan.chapters.append(Chapter(chapter.topic, _swap_synonyms(chapter.heading, rng), sections, column))
    for row in parent.rows:
        if rng.random() < 0.7:
            scale = 1.0 if row.unit in ("%", "天", "人/万台") else rng.uniform(0.05, 0.3)
            baseline = _bounded(row.unit, row.baseline * scale * rng.uniform(0.95, 1.03))
            looser = rng.random() < 0.15
            growth = (row.target / row.baseline) ** 0.2 - 1
            target = _target(row.unit, baseline, growth * (0.5 if looser else 1.0), rng)
            plan.rows.append(Row(row.name, row.unit, row.group, baseline, target, row.nature))
    taken = {row.name for row in plan.rows}
    spare = [spec for spec in INDICATORS if spec[0] not in taken]
    for name, unit, group, low, high, growth, nature in rng.sample(spare, min(len(spare), 2)):
        baseline = rng.uniform(low, high) * (1.0 if unit in ("%", "天", "人/万台") else 0.1)
        plan.rows.append(Row(name, unit, group, baseline, _target(unit, baseline, growth, rng), nature))


def _new_measure(plan: Plan, objects: tuple[str, ...], rng: random.Random) -> Measure:
    subject = rng.choice(objects)
    lead = f"{rng.choice(VERBS)}{subject}"
    clauses = [f"{lead[:2]}{subject}的制度设计,{','.join(rng.sample(CLAUSES, rng.randint(2, 4)))}"]
    roll = rng.random()
    if roll < 0.3:
        clauses.append(
            f"依托{_system_name(plan, rng)},{rng.choice(VERBS)}{subject}全流程监管,实现{rng.choice(GOALS)}"
        )
    elif roll < 0.5:
        clauses.append(f"在{_subregion(plan, rng)}开展{rng.choice(PILOT_STEMS)}试点,形成可复制可推广的经验")
    elif roll < 0.65:
        partner = rng.choice(PARTNER_AGENCIES)
        clauses.append(
            f"由{plan.division.name}市场监管局牵头,会同{plan.division.name}{partner}{rng.choice(VERBS)}{subject}"
        )
    other = rng.choice(objects)
    clauses.append(f"{rng.choice(VERBS)}{other},{','.join(rng.sample(CLAUSES, rng.randint(1, 3)))}")
    if rng.random() < 0.25:
        clauses.append(f"到2025年,{subject}覆盖率达到{rng.randint(80, 99)}%以上")
    return Measure(lead, clauses)


def _reword(plan: Plan, measure: Measure, rng: random.Random) -> Measure:
    clauses = [_localise(_swap_synonyms(c, rng), plan) for c in measure.clauses]
    if len(clauses) > 2 and rng.random() < 0.3:
        del clauses[rng.randrange(1, len(clauses))]
    if len(clauses) > 2 and rng.random() < 0.3:
        i = rng.randrange(1, len(clauses) - 1)
        clauses[i], clauses[i + 1] = clauses[i + 1], clauses[i]
    clauses = [_drop_or_swap_parts(c, rng) for c in clauses]
    return Measure(_swap_synonyms(measure.lead, rng), clauses)


def _drop_or_swap_parts(clause: str, rng: random.Random) -> str:
    parts = clause.split(",")
    if len(parts) > 3 and rng.random() < 0.4:
        del parts[rng.randrange(1, len(parts))]
    if len(parts) > 2 and rng.random() < 0.3:
        i = rng.randrange(1, len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    return ",".join(parts)


def _swap_synonyms(text: str, rng: random.Random) -> str:
    return _SYNONYM.sub(lambda m: SYNONYMS[m.group()] if rng.random() < 0.4 else m.group(), text)


def _localise(text: str, plan: Plan) -> str:
    """The parent's own region becomes the child's where the parent speaks of itself."""
    parent = plan.parent
    return text if parent is None else text.replace(parent.division.name, plan.division.name)


def _system_name(plan: Plan, rng: random.Random) -> str:
    if rng.random() < 0.25:
        province = plan.division if plan.parent is None else _province_of(plan).division
        return f"{ABBREVIATIONS[province.name]}{rng.choice(BRAND_STEMS)}链"
    short = plan.division.name[:-1] if len(plan.division.name) > 2 else plan.division.name
    return f"{short}{rng.choice(SYSTEM_STEMS)}{rng.choice(('平台', '系统'))}"


def _province_of(plan: Plan) -> Plan:
    while plan.parent is not None:
        plan = plan.parent
    return plan


def _subregion(plan: Plan, rng: random.Random) -> str:
    """A division under the plan's own (or the plan's own, for a district)."""
    g = gazetteer()
    below = sorted(d.name for d in g.divisions.values() if d.parent == plan.division.code)
    unique = [name for name in below if len(g.candidates(name)) == 1]
    return rng.choice(unique) if unique else plan.division.name


def _column(plan: Plan, title: str, objects: tuple[str, ...], rng: random.Random) -> list[str]:
    lines = []
    for subject in rng.sample(objects, 3):
        lines.append(
            f"——{subject}。{rng.choice(VERBS)}{subject},建设{_system_name(plan, rng)},{rng.choice(CLAUSES)}。"
        )
    return [title, *lines]


def _target(unit: str, baseline: float, growth: float, rng: random.Random) -> float:
    return _bounded(unit, baseline * (1 + growth) ** 5 * rng.uniform(0.97, 1.03))


def _bounded(unit: str, value: float) -> float:
    return min(value, 99.9) if unit == "%" else value


def _number(value: float) -> str:
    text = f"{value:.2f}" if value < 1 else f"{value:.1f}" if value < 100 else f"{value:.0f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def render(plan: Plan, seed: int) -> str:
    """The plan as a scraped web page: chrome lines, title, preamble, chapters, table, measures."""
    rng = random.Random(f"render:{seed}:{plan.index}")
    region = plan.division.name
    agency = f"{region}市场监督管理局"
    date = f"202{rng.randint(1, 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    out = [f"{plan.title}", f"发布时间:{date} 来源:{agency}", "", plan.title, ""]
    outline = f"{region}国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    parent_title = plan.parent.title if plan.parent else NATIONAL_PARENT
    if rng.random() < 0.7:
        out.append(
            f"为加快建设高标准市场体系,全面推进{region}市场监管现代化,根据《{parent_title}》和《{outline}》,"
            f"结合{region}实际,编制本规划。本规划实施期限为2021年至2025年,展望至2035年。"
        )
    else:
        out.append(
            f"按照{parent_title}和{region}“十四五”时期总体部署,为有序推进市场监管现代化建设,"
            f"充分发挥市场监管服务高质量发展的重要作用,特制定本方案。"
        )
    out.append("")
    chapter_number = 0

    def chapter(heading: str) -> None:
        nonlocal chapter_number
        out.extend([f"第{_cn(chapter_number)}章 {heading}", ""])
        chapter_number += 1

    chapter("发展基础和面临形势")
    out.extend(
        [
            "一、“十三五”时期取得的成就",
            "",
            f"“十三五”时期,{region}市场监管系统全面完成机构改革,市场主体持续增长,"
            f"质量安全形势总体稳定,消费环境明显改善,为“十四五”发展奠定了坚实基础。",
            "",
        ]
    )
    chapter("总体要求")
    out.extend(["一、主要目标", ""])
    out.append(f"到2025年,{region}现代化市场监管体系基本建成,营商环境持续优化,质量安全水平明显提升。")
    out.append("")
    out.extend(_table(plan))
    for item in plan.chapters:
        chapter(item.heading)
        for s_index, section in enumerate(item.sections):
            out.extend([f"({_cn(s_index)}){section.heading}", ""])
            for m_index, measure in enumerate(section.measures, start=1):
                body = "。".join(measure.clauses)
                out.extend([f"{m_index}.{measure.lead}。{body}。", ""])
        if item.column:
            out.extend([f"专栏{chapter_number}-1 {item.column[0]}", ""])
            out.extend(line for c in item.column[1:] for line in (c, ""))
    chapter("保障措施")
    out.extend(
        [
            "一、加强组织领导",
            "",
            f"{agency}负责本规划的组织实施,各有关部门按照职责分工抓好落实,确保规划目标任务如期完成。",
            "",
        ]
    )
    return "\n".join(out)


def _table(plan: Plan) -> list[str]:
    cells = [
        f"表1 {plan.division.name}“十四五”市场监管主要指标",
        "类别",
        "序号",
        "指标名称",
        "2020年",
        "2025年",
        "属性",
    ]
    group = None
    order = {spec[0]: index for index, spec in enumerate(INDICATORS)}
    for number, row in enumerate(sorted(plan.rows, key=lambda r: order[r.name]), start=1):
        if row.group != group:
            group = row.group
            cells.append(group)
        cells.extend(
            [str(number), f"{row.name}({row.unit})", _number(row.baseline), _number(row.target), row.nature]
        )
    return [line for cell in cells for line in (cell, "")]


def _cn(number: int) -> str:
    """0 → 一, 10 → 十一 (chapter and section numbers run below twenty here)."""
    value = number + 1
    if value <= 10:
        return CN_NUMERALS[value - 1]
    return "十" + CN_NUMERALS[value - 11]


def write_corpus(plans: int, seed: int, directory: Path, detail: int = 1) -> list[Path]:
    """Write ``plans`` files into ``directory`` (created); the same arguments give the same bytes."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for plan in build_corpus(plans, seed, detail):
        path = directory / plan.file_name
        path.write_text(render(plan, seed), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, required=True, help="how many plan files to write")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same files")
    parser.add_argument("--detail", type=int, default=1, help="measures per section, times this")
    parser.add_argument("-o", "--output", type=Path, required=True, help="directory to write into")
    args = parser.parse_args(argv)
    paths = write_corpus(args.plans, args.seed, args.output, args.detail)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} plans ({size / 1e6:.1f} MB) to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
