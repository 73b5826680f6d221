"""A covering notice's signature: who signed it and when.

A notice hands the plan down (现将《…》印发给你们,请认真贯彻执行。), may close with a line or two
(特此通知。), and ends with its signers and the date. Pages print that block in several ways:
- run on after the closing sentence (…贯彻执行。国务院2021年12月14日) or one signer and the date on lines
  of their own;
- several bodies of a joint notice, one or a few to a line, then the one date;
- a body that signs for another with a stamp line between name and date: 某某办公室 / (某某局代章) / date;
  a bracketed note such as (此件公开发布) may stand there too;
- the note of the notice's attachments (附件:…) between the body and the signers, where the layout
  of official documents puts it.
A signer's place in the block is what makes it one — short bodies such as 人民银行 or 全国工商联 carry
no agency suffix — so a block counts only when most of its names end like an agency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plangraph.ingest.text_layout import Line
from plangraph.ingest.text_patterns import (
    AGENCY_END,
    AGENCY_LINE,
    AGENCY_SUFFIX,
    DATE,
    PLAN_KINDS,
    iso_date,
    squeezed_date,
)

# The sentence of an issuing notice that hands the plan down; its signature (issuer, date) follows. A
# notice may forward another body's plan (现转发给你们), approve and forward a subordinate's (现批转给你们)
# or hand down an annual plan (现将…计划下达给你们) the same way; a document flattened into one line may
# keep a line break as a space inside the phrase (印发给 你们).
HANDED_DOWN = re.compile(
    r"(?:印发给\s?你们|予以印发|现予印发|现印发|现转发给\s?你们|现批转给\s?你们|下达给\s?你们)[^。\n]{0,30}。"
)
_RUN_ON = re.compile(
    rf"\s*(?:(?P<name>[\u4e00-\u9fff()]{{2,40}}{AGENCY_SUFFIX})\s*)?(?P<date>{DATE.pattern})"
)
# A bracketed line in the block signs nothing: a stamp (国家知识产权局代章) — the body whose seal
# stands in for the signer's — or a note such as (此件公开发布).
_BRACKETED = re.compile(r"^[(][^()]{2,30}[)]$")
# The note of a notice's attachments (附件:X, 附件1. X) stands between its body and its signature.
_ATTACHMENT = re.compile(r"^附件\s*\d*\s*[::.、]")
_SIGNER = re.compile(r"[\u4e00-\u9fff()]{2,30}")
# Where the seal goes, a scan or a copy may print a mark after the signer: 中华人民共和国交通运输部(章).
_SEAL_MARK = re.compile(r"[(](?:印章|盖章|公章|签章|章)[)]$")
_NOT_A_SIGNER = re.compile(rf"{PLAN_KINDS}$|^关于")
# A leading group the committee and the government set up signs as both, its name wrapped after theirs:
# 中共木兰县委木兰县人民政府 / 优化营商环境领导小组 is one body.
_GROUP_OF_ABOVE = re.compile(r"[\u4e00-\u9fff]{2,20}领导小组(?:办公室)?")
_PARTY_AND_GOVERNMENT = re.compile(r"委(?:员会)?[\u4e00-\u9fff]{2,20}?(?:人民政府|政府)$")
_CLOSING_RUN_ON = re.compile(r"\s*特此通知[。.]?")
# A closing line of the notice above its signature (特此通知。, 此件公开发布。)
_CLOSING_CHARS = 60
_BLOCK_LINES = 30


@dataclass(frozen=True)
class Signature:
    """Spans are offsets into the text read; ``signers`` is empty when the block prints only a date."""

    signers: tuple[tuple[int, int], ...]
    date: tuple[int, int, str]


def read_signature(text: str, lines: list[Line], head_end: int) -> Signature | None:
    """The signature under the notice that hands the plan down (within ``head_end``), else an agency
    alone on a line with a date alone on the next, else the first date alone on a line below the notice."""
    for handed in HANDED_DOWN.finditer(text, 0, head_end):
        found = _block(text, lines, handed.end()) or _run_on(text, handed.end())
        if found is not None:
            return found
    for index, line in enumerate(lines[:-1]):
        if not AGENCY_LINE.match(line.text):
            continue
        following = lines[index + 1]
        if value := _date_line(following.text):
            return Signature(((line.start, line.end),), (following.start, following.end, value))
    # a notice whose closing paragraphs run long: the first date alone on a line below it
    if handed := HANDED_DOWN.search(text, 0, head_end):
        for line in lines:
            if line.start > head_end:
                break
            if line.start > handed.end() and (value := _date_line(line.text)):
                return Signature((), (line.start, line.end, value))
    return None


def _run_on(text: str, position: int) -> Signature | None:
    """One signer (or none) and the date, run on or on the next few short lines; or the bodies of a
    joint notice and the date run on, as a re-flowed page prints them (…认真组织实施。 嘉兴市秀洲区发展和
    改革局 中共嘉兴市秀洲区委组织部 2021 年 12 月 31 日 —1— …)."""
    if closing := _CLOSING_RUN_ON.match(text, position):
        position = closing.end()  # …请认真遵照执行。特此通知2021年8月6日 (a page that lost its line breaks)
    for _ in range(3):
        m = _RUN_ON.match(text, position)
        if m and (value := iso_date(m)):
            signers = ((m.start("name"), m.end("name")),) if m.group("name") else ()
            return Signature(signers, (m.start("date"), m.end("date"), value))
        if joint := _joint_run_on(text, position):
            return joint
        newline = text.find("\n", position + 1)
        if newline < 0 or newline - position > 200:
            break
        position = newline
    return None


def _joint_run_on(text: str, position: int) -> Signature | None:
    """Several bodies and the date run on from ``position`` to the line's end, the page having lost the
    breaks between them, as a joint block on a line of its own loses them (see _signers_then_date)."""
    start = position + 1 if text.startswith("\n", position) else position
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    rest = Line(start, end, text[start:end])
    dated = _signers_then_date(text, rest, list(re.finditer(r"\S+", rest.text)))
    if dated is None or len(dated[0]) < 2 or not _mostly_agencies(text, dated[0]):
        return None
    return Signature(tuple(dated[0]), dated[1])


def _block(text: str, lines: list[Line], position: int) -> Signature | None:
    """Signers one or a few to a line (a stamp line may stand between), then the date alone on a line."""
    signers: list[tuple[int, int]] = []
    closing = 0
    for line in [line for line in lines if line.start >= position][:_BLOCK_LINES]:
        if value := _date_line(line.text):
            if signers and _mostly_agencies(text, signers):
                return Signature(tuple(signers), (line.start, line.end, value))
            return None
        if _BRACKETED.match(line.text) or (not signers and _ATTACHMENT.match(line.text)):
            continue
        tokens = list(re.finditer(r"\S+", line.text))
        if (
            signers
            and len(tokens) == 1
            and _GROUP_OF_ABOVE.fullmatch(tokens[0].group())
            and _PARTY_AND_GOVERNMENT.search(text[signers[-1][0] : signers[-1][1]])
        ):
            signers[-1] = (signers[-1][0], line.start + tokens[0].end())  # one name, wrapped
            continue
        if all(_is_signer(t.group()) for t in tokens):
            signers.extend((line.start + t.start(), line.start + _unsealed_end(t)) for t in tokens)
        elif dated := _signers_then_date(text, line, tokens):
            found = signers + dated[0]
            return Signature(tuple(found), dated[1]) if _mostly_agencies(text, found) else None
        elif not signers and closing < 2 and len(line.text) <= _CLOSING_CHARS and line.text.endswith("。"):
            closing += 1
        else:
            return None
    return None


def _unsealed_end(token: re.Match[str]) -> int:
    """Where a signer's name ends, a seal mark after it left out."""
    seal = _SEAL_MARK.search(token.group())
    return token.start() + seal.start() if seal else token.end()


def _is_signer(token: str) -> bool:
    return bool(_SIGNER.fullmatch(token)) and not _NOT_A_SIGNER.search(token)


def _signers_then_date(
    text: str, line: Line, tokens: list[re.Match[str]]
) -> tuple[list[tuple[int, int]], tuple[int, int, str]] | None:
    """Bodies of a joint notice and the date on one line, the page having lost the breaks between
    them (定西市发展和改革委员会 定西市文体广电和旅游局 … 2021年12月16日); what follows the date on that
    line — the plan's heading run on (… 2022年6月7日 临海市科学技术“十四五”发展规划) — is not the block's."""
    signers: list[tuple[int, int]] = []
    for token in tokens:
        if (d := DATE.match(line.text, token.start())) and (value := iso_date(d)):
            if not signers:
                return None
            return signers, (line.start + d.start(), line.start + d.end(), value)
        if not _is_signer(token.group()):
            return None
        signers.append((line.start + token.start(), line.start + token.end()))
    return None


def _date_line(text: str) -> str | None:
    """The date a line consists of: printed whole, or with its 月/日 lost in scraping (2022年1231)."""
    if (m := DATE.fullmatch(text)) and (value := iso_date(m)):
        return value
    return squeezed_date(text)


def _mostly_agencies(text: str, signers: list[tuple[int, int]]) -> bool:
    named = sum(1 for start, end in signers if AGENCY_END.search(text[start:end]))
    return named * 2 > len(signers)
