"""Site chrome around a plan scraped from the web: breadcrumbs, 发布时间/来源 lines, footers, ICP numbers.

Boilerplate is removed from a *view* of the normalised text, never from the text itself: the origin
map keeps pointing into the original, so the plan body can be parsed without the chrome while every
quote still comes out of the file as printed. Header fields are kept in the full view, because the
metadata extractor reads the issuer and dates from them.
"""

from __future__ import annotations

import re

from plangraph.ingest.heading_grammar import contents_spans
from plangraph.ingest.normalise import NormalisedText

# A line is chrome when it is short and matches one of these; long lines are prose, whatever they hold.
MAX_CHROME_LINE = 120
_FIELD_LABELS = (
    "发布时间",
    "发布日期",
    "发文时间",
    "成文日期",
    "来源",
    "信息来源",
    "文章来源",
    "审核人",
    "责任编辑",
    "编辑",
    "作者",
    "点击数",
    "浏览次数",
    "阅读次数",
    "字体",
    "索引号",
    "公开方式",
    "公开时限",
    "公开范围",
    "文件编号",
    "发文字号",
    "发布机构",
    "主题分类",
    "所属主题",
    "分类",
)
_FIELD = "(?:" + "|".join(_FIELD_LABELS) + ")"
_CHROME = [
    re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|位置)\s*[::]"),
    re.compile(rf"^[•·\s]*【?{_FIELD}\s*[::]"),
    re.compile(rf"^.{{0,40}}\s{_FIELD}\s*[::]"),  # 放大字体 缩小字体 发布日期:… 来源:…
    re.compile(r"^[•·\s]*【?(?:打印|关闭|关闭窗口|打印本页|收藏|分享到|返回顶部|【字体|字号)"),
    re.compile(r"^[•·\s]*[^\s,。;]{1,20}>$"),  # a navigation link: “十四五”规划>
    re.compile(r"(?:首页|主页)\s*(?:>|>>|›|»)"),
    # a breadcrumb without 首页: 东昌区人民政府信息公开专栏 >> 东昌区人民政府办公室 >> 政府信息公开基础平台
    re.compile(r"^[^,,。;;<>]{2,40}?(?:\s*(?:>>?|>|›|»)\s*[^,,。;;<>\s][^,,。;;<>]{0,40}?){2,}$"),
    re.compile(r"^(?:[^|,。]{1,12}\|){2,}"),  # 首页 | 网站声明 | 使用帮助 …
    re.compile(r"(?:主办单位|承办单位|版权所有|联系电话|联系地址|网站标识码|技术支持)\s*[::]?"),
    re.compile(r"(?:ICP备|ICP证|公网安备)\s*\d"),
    re.compile(r"扫一扫|在手机上查看|分享到微信|推荐产品|MORE>>|上一篇|下一篇|相关阅读|相关链接"),
    re.compile(r"^核心提示\s*[::]"),
    # a document-sharing site's terms over the file: 成为VIP后,下载本文档将扣除1次下载权益; 本站所有内容均由
    # 合作方或网友上传; 请点击“版权申诉”
    re.compile(r"VIP(?:文档|会员)|成为VIP|下载(?:本文档|权益|券)|网友上传|版权申诉|一经付费"),
]


# The header fields that name the body a page's document comes from or the department it is filed
# under: 来源:甘肃省市场监督管理局, 发布机构: 嵊州市人民政府, 责任部门:市市场监督管理局 (yinchuan.gov.cn,
# nws.gov.cn), a table's [ 发布机构 ] | 大渡口区人民政府 |. Their value runs to the next gap, cell bar or
# field.
_SOURCE_LABEL = r"(?:信息来源|文章来源|来源|发布机构|发文机关|发布单位|责任部门)"
_SOURCE_FIELD = re.compile(
    rf"{_SOURCE_LABEL}\s*(?:\]\s*)?(?:[::]|(?=\|))\s*\|?\s*(?P<value>[^\s|::]{{2,60}})"
)
# A government site's metadata table may lose its colons (发布机构 金乡县发展和改革局 组配分类 发展计划;
# 关键词 发布机构 肃南县政府办;肃南县民宗局): a label that only such a table prints, then a space.
_BARE_FIELD = re.compile(r"(?:^|\s)(?:发布机构|发文机关|责任部门)\s+(?P<value>[^\s|::]{2,60})")


# A run of link titles a hijacked page prints across its header, bars between them (check h614: ten
# of them, 107 characters): long enough to pass for prose, yet no sentence. No row of a table is one:
# a row holds short cells (45, 万户, 预期性), a field block colons.
_LINK_TITLES = 6
_LINK_TITLE = re.compile(r"[^,,。::;;\s]{5,30}")


def _is_link_run(text: str) -> bool:
    titles = [cell.strip() for cell in text.split("|")]
    if titles and not titles[-1]:
        titles.pop()
    return len(titles) >= _LINK_TITLES and all(_LINK_TITLE.fullmatch(title) for title in titles)


def is_chrome(line: str) -> bool:
    """True for a line of site navigation or page furniture rather than the document."""
    text = line.strip()
    if _is_link_run(text):
        return True
    if not text or len(text) > MAX_CHROME_LINE:
        return False
    return any(pattern.search(text) for pattern in _CHROME)


def strip_boilerplate(nt: NormalisedText) -> NormalisedText:
    """The same text without chrome lines nor tables of contents; each remaining character keeps its
    original offset."""
    chars: list[str] = []
    origin: list[int] = []
    position = 0
    contents = contents_spans(nt.text)
    for raw in nt.text.split("\n"):
        end = position + len(raw)
        listed = any(start <= position < stop for start, stop in contents)
        if not listed and not is_chrome(raw):
            chars.extend(raw)
            origin.extend(nt.origin[position:end])
            if end < len(nt.text):
                chars.append("\n")
                origin.append(nt.origin[end])
        position = end + 1
    return NormalisedText(original=nt.original, text="".join(chars), origin=tuple(origin))


def source_fields(nt: NormalisedText) -> list[tuple[int, int]]:
    """Spans (in ``nt.text``) of the bodies a page's chrome names as its document's source or
    publisher (来源:承德市人民政府 in 放大字体 缩小字体 2017-12-20 来源:承德市人民政府 浏览次数:2465).
    The plan's body never holds these lines, yet the page names those bodies."""
    spans: list[tuple[int, int]] = []
    position = 0
    for raw in nt.text.split("\n"):
        if is_chrome(raw):
            fields = _SOURCE_FIELD.finditer(raw)
        else:
            fields = _BARE_FIELD.finditer(raw) if len(raw.strip()) <= MAX_CHROME_LINE else iter(())
        spans.extend((position + m.start("value"), position + m.end("value")) for m in fields)
        position += len(raw) + 1
    return spans
