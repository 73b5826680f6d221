"""What makes a printed system name a name, and which spellings name the same system.

A plan writes one system many ways: 五可电梯智慧监管系统, 五可电梯智慧化监管平台, 湖州市电梯智慧监管系统,
电梯智慧监管平台; 浙食链 and 浙食链系统; “陇上食安”一体化智慧监管平台 and “陇上食安”综合管理平台. Every
spelling gets grouping keys with the decorations removed (scope and region prefix, 化, 智慧/智能,
平台 → 系统); within one plan, spellings that share a key, or whose key ends another's key (a
qualifier dropped in front), are one system. The vocabularies live in patterns/systems.jsonl.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from plangraph.ingest.entities import PlanContext, load_patterns
from plangraph.ingest.extract_regions import place_at
from plangraph.ingest.name_walk import BRACKETED, bare, made_of
from plangraph.ingest.segment import is_common_word, pipeline_words

_DIGITS = re.compile(r"\d{5,}")  # a hotline or service number names its system (12315热线 = 12315平台)
_NUMBER = re.compile(r"\d{3,}|\d+\.\d+")
_FOLD_HUA = re.compile(r"(智慧|智能|数字)化")
_QUOTED_LEAD = re.compile(r"^“([^”]{2,12})”")
_SMART = re.compile(r"智慧|智能")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    """Word lists of patterns/systems.jsonl by kind (suffix forms under ``suffix:<strength>``)."""
    lists: dict[str, set[str]] = {}
    for row in load_patterns("systems.jsonl"):
        if row["kind"] == "suffix":
            lists.setdefault(f"suffix:{row['strength']}", set()).update(row["forms"])
            lists.setdefault("suffix", set()).update(row["forms"])
        else:
            lists.setdefault(row["kind"], set()).update(row["words"])
    return {kind: frozenset(words) for kind, words in lists.items()}


def suffix_of(name: str) -> str | None:
    """The longest system suffix ``name`` ends with."""
    forms = [form for form in vocabulary()["suffix"] if name.endswith(form)]
    return max(forms, key=len) if forms else None


def plain_form(name: str) -> str:
    """The printed name bare, a brand's generic tail dropped.

    “浙江公平在线”数字化应用系统 → 浙江公平在线, 浙食链系统 → 浙食链: a brand that already ends in a system
    suffix (链, 码, 在线) followed only by generic words is the brand itself, and so is a province's
    app (“浙政钉”平台 → 浙政钉).
    """
    return bare(branded_prefix(name) or _app_before_generic(name) or name)


def provincial_app(name: str) -> bool:
    """“浙里办”, “浙政钉”, “粤省事”, “粤商通”, “渝快办”: three characters opening with a province's
    one-character abbreviation is how provinces name their government apps, so the quoted name is one
    whatever words stand around it. Not a group of provinces (“京津冀”) nor a place (“浙江造”), and not
    an abbreviation that is also an ordinary word's first character (黑名单, 云计算: see the vocabulary)."""
    vocab = vocabulary()
    return (
        len(name) == 3
        and name[0] in vocab["app_province"]
        and not all(ch in vocab["brand_province"] for ch in name)
        and not is_common_word(name)
        and place_at(name, 0, PlanContext(), None) is None
    )


def _app_before_generic(name: str) -> str | None:
    """The province's app a quoted name opens with when only generic words follow it (“浙政钉”平台)."""
    lead = _QUOTED_LEAD.match(name)
    if lead is None or not provincial_app(lead.group(1)):
        return None
    rest = bare(name[lead.end() :])
    return lead.group(1) if rest and made_of(rest, vocabulary()["generic"]) else None


def display_form(name: str) -> str:
    """The name a node carries: the plain form with 智慧化/数字化 folded (五可电梯智慧化监管系统 →
    五可电梯智慧监管系统), so that spellings differing only there read alike across plans."""
    return _FOLD_HUA.sub(r"\1", plain_form(name))


def branded_prefix(name: str) -> str | None:
    """The brand at the start of ``name`` when the rest is a generic tail (浙食链|系统)."""
    vocab = vocabulary()
    text = bare(name)
    ends = []
    for form in vocab["suffix:weak"] | vocab["suffix:strong"]:
        at = text.find(form)
        while at > 0:
            end = at + len(form)
            inside_word = form in vocab["suffix:weak"] and is_common_word(text[at - 1 : end])  # 流通
            if end < len(text) and not inside_word and made_of(text[end:], vocab["generic"] | {"码"}):
                ends.append(end)
            at = text.find(form, at + 1)
    return text[: min(ends)] if ends else None


def leading_region_end(name: str, context: PlanContext) -> int:
    """Where a region prefix (湖州市, 甘肃省, 浙江) at the start of ``name`` ends, else 0."""
    hit = place_at(name, 0, context, None)
    return hit[1] if hit is not None else 0


def strip_scope(name: str) -> str:
    """Drop the scope words a plan puts before a name (全省统一的, 全市, 省级)."""
    scopes = sorted(vocabulary()["scope"], key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for scope in scopes:
            if name.startswith(scope) and len(name) > len(scope) + 2:
                name, changed = name[len(scope) :], True
    return name


def keys_of(name: str, form: str, context: PlanContext) -> tuple[str, ...]:
    """Grouping keys of a printed ``name`` shown as ``form``: the folded form, and a quoted lead brand
    or a service number when the name has one."""
    text = bare(name)
    keys = [_folded(form, context)]
    if lead := _QUOTED_LEAD.match(name):
        brand = lead.group(1)
        if len(brand) >= 3 and not made_of(brand, vocabulary()["generic"]):
            keys.append("brand:" + bare(brand))
    if number := _DIGITS.search(text):
        keys.append("number:" + number.group())
    return tuple(keys)


def _folded(text: str, context: PlanContext) -> str:
    text = BRACKETED.sub("", text)
    text = strip_scope(text)
    region_end = leading_region_end(text, context)
    if region_end and len(text) - region_end >= 4:
        text = text[region_end:]
    text = _without_scope_letter(text)
    text = _SMART.sub("", _FOLD_HUA.sub(r"\1", text))
    return text[: -len("平台")] + "系统" if text.endswith("平台") else text


@dataclass(frozen=True)
class Verdict:
    """``alone``: a system name by itself; ``joins``: a spelling that counts only beside one that is."""

    alone: bool
    joins: bool


REJECT = Verdict(False, False)


def judge(name: str, context: PlanContext, *, heading: bool = False, quoted: bool = False) -> Verdict:
    """Is ``name`` (scope already stripped) a specific system rather than a kind of system?

    Something specific must stand before the suffix: a region prefix, a quoted brand, a number, or a
    word that is not in the generic vocabulary (特种设备, 电梯, 药品, 信用 …).
    """
    vocab = vocabulary()
    core = BRACKETED.sub("", bare(name))
    suffix = suffix_of(core)
    if suffix is None:
        return REJECT
    region_end = leading_region_end(core, context)
    rest = core[region_end:] if len(core) - region_end > len(suffix) else core
    rest = _without_scope_letter(rest)
    body = rest[: -len(suffix)]
    # 伊犁州直市场监管系统: the bodies directly under the prefecture (州直, 市直, 省直) as one hierarchy
    if core in vocab["organisation"] or rest.removeprefix("直") in vocab["organisation"]:
        return REJECT
    shortest = 3 if suffix in vocab["suffix:generic"] and not region_end else 2
    if is_common_word(core) or is_common_word(rest) or len(re.sub(r"\W", "", body)) < shortest:
        return REJECT
    quoted = quoted or "“" in name
    if not (quoted or region_end) and made_of(body, vocab["generic"]):
        return REJECT
    if suffix in vocab["suffix:weak"]:
        return _judge_brand(body, suffix, quoted)
    if any(word in body for word in vocab["physical_system"]):
        return REJECT
    if suffix == "系统" and bare(body).endswith(tuple(vocab["non_software_head"])):
        return REJECT  # 知识产权共生系统, 创新系统: 系统 in the abstract sense
    if suffix in {"平台", "数据中心", "大数据中心"}:
        if any(part in body for part in vocab["physical"] | vocab["platform_business"]):
            return REJECT
        digital = any(marker in body for marker in vocab["digital"])
        specific = bool(region_end) or quoted or bool(_NUMBER.search(body)) or heading
        return Verdict(digital or specific, True)
    return Verdict(True, True)


def judge_quoted_brand(name: str) -> Verdict:
    """A quoted brand without a system suffix (“浙里办”, “渝快政”), spoken of as software: a name
    when it is short and neither a common word nor made of generic words alone."""
    plain = re.sub(r"\W", "", bare(name))
    if not 2 <= len(plain) <= 10 or is_common_word(plain) or made_of(plain, vocabulary()["generic"]):
        return REJECT
    return Verdict(True, True)


def _without_scope_letter(name: str) -> str:
    """市公共信用信息平台 → 公共信用信息平台 (but 区域… keeps its 区): a lone 省/市/县/区 word is a scope."""
    words = pipeline_words(name)
    if words and words[0] in ("省", "市", "县", "区") and len(name) > 5:
        return name[1:]
    return name


def _judge_brand(body: str, suffix: str, quoted: bool) -> Verdict:
    """浙食链, 浙品码, “鄂冷链”: a chain or code is named by a short brand, not by a kind (数据链, 溯源码)."""
    vocab = vocabulary()
    plain = bare(body)
    if plain in vocab["chain_generic"] or is_common_word(plain + suffix):
        return REJECT
    if len(plain) <= 3:
        branded = quoted or plain[:1] in vocab["brand_province"]
        return Verdict(branded and not is_common_word(plain), branded)
    if suffix == "链":
        return REJECT
    last = _words(plain)[-1]
    if last in vocab["chain_generic"] or last in vocab["generic"]:
        return REJECT
    return Verdict(True, True)


def _words(text: str) -> list[str]:
    return [word for word in pipeline_words(bare(text)) if word.strip() and not re.fullmatch(r"[\W_]+", word)]


def merge_spellings(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """Cluster number per key: shared keys join; a key that ends a longer key (a qualifier dropped in
    front: 电梯监管系统 / 五可电梯监管系统) joins it."""
    keys = list(keys)
    all_keys = sorted({key for group in keys for key in group})
    parent = {key: key for key in all_keys}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    for group in keys:
        for other in group[1:]:
            union(group[0], other)
    plain = [key for key in all_keys if ":" not in key]
    for short in plain:
        if len(short) < 5:
            continue
        for long_ in plain:
            if long_ != short and long_.endswith(short):
                union(short, long_)
    roots = {root: number for number, root in enumerate(sorted({find(key) for key in all_keys}))}
    return {key: roots[find(key)] for key in all_keys}
