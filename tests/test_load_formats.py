"""Reading HTML, PDF and Word files, and every encoding a Chinese plan comes in.

Each file is made during the run from a sample seed: an HTML page around it (with navigation, a
script, a style block, a search form and a footer), the same page saved as .txt, a .docx written by
python-docx and a PDF rendered by reportlab in a CJK font, with a running header and page numbers.
Each must read back as the seed's paragraphs, one per line, and ingest to the same plan as the .txt.
"""

from __future__ import annotations

import codecs
import dataclasses
import html
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from plangraph.ingest.errors import IngestError
from plangraph.ingest.load_document import find_documents, read_source
from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.records import DocumentRecord, Evidence
from tests.expected_plans import GANSU, HUANGSHIGANG, HUZHOU, ZENGDU, ZHEJIANG

ALL_SEEDS = (HUZHOU, GANSU, HUANGSHIGANG, ZENGDU, ZHEJIANG)
# Huzhou has the indicator table, Gansu a notice with a document number, Zhejiang traditional script.
FORMAT_SEEDS = (HUZHOU, GANSU, ZHEJIANG)
FORMATS = ("html", "html-named-txt", "docx", "pdf", "pdf-justified-blocks")
# Chrome planted around the HTML seed; none of it may reach the text.
CHROME = ("网站导航栏", "页面脚本", "样式表内容", "站内搜索", "网站页脚", "隐藏的提示")
# reportlab's built-in STSong-Light CID font keeps these, but pdfminer maps them back to a space.
PDF_FONT_LOSES = "•·"
_NATURE = ("预期性", "约束性")
Block = str | list[list[str]]


def seed_blocks(text: str) -> list[Block]:
    """The seed as paragraphs and tables: the indicator table's cells (one per line in the seed) are
    regrouped into rows (the header ends at 备注, each row at its nature cell), so the other formats
    can draw a real table whose flattened cells give the seed's lines back."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if lines[index] == "一级指标" and "备注" in lines[index : index + 8]:
            end = lines.index("备注", index) + 1
            rows = [lines[index:end]]
            index = end
            while True:
                window = range(index, min(index + 8, len(lines)))
                last = next((k for k in window if lines[k] in _NATURE), None)
                if last is None:
                    break
                rows.append(lines[index : last + 1])
                index = last + 1
            blocks.append(rows)
        else:
            blocks.append(lines[index])
            index += 1
    return blocks


def _wrap_source(text: str, width: int = 30) -> str:
    """Hand-formatted HTML breaks long paragraphs in the source; only between Chinese characters here,
    where a browser shows no space."""
    out: list[str] = []
    run = 0
    for index, ch in enumerate(text):
        out.append(ch)
        run += 1
        following = text[index + 1] if index + 1 < len(text) else ""
        if run >= width and "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= following <= "\u9fff":
            out.append("\n      ")
            run = 0
    return "".join(out)


def html_page(blocks: list[Block], charset: str) -> str:
    body: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            # Pages indent with ideographic spaces and lay out forms with runs of &nbsp;.
            escaped = re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), html.escape(block))
            body.append(f"    <p>\u3000\u3000{_wrap_source(escaped)}</p>")
        else:
            body.append('    <table border="1">')
            for row in block:
                cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in row)
                body.append(f"      <tr>{cells}</tr>")
            body.append("    </table>")
    article = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset={charset}">
  <title>政府信息公开</title>
  <style>body {{ font-family: "样式表内容"; }}</style>
  <script>var banner = "页面脚本";</script>
</head>
<body>
  <header><a href="/">湖州市人民政府</a> 网站导航栏</header>
  <nav><ul><li><a href="/">首页</a></li><li><a href="/xxgk">网站导航栏</a></li></ul></nav>
  <form action="/search"><label>站内搜索</label><input name="q"><button>搜索</button></form>
  <div class="article">
{article}
    <div style="display:none">隐藏的提示</div>
  </div>
  <footer>网站页脚 主办单位:某某人民政府办公室 备案号 12345</footer>
  <script>document.write("页面脚本");</script>
  <noscript>页面脚本</noscript>
</body>
</html>
"""


def write_html(blocks: list[Block], path: Path) -> None:
    # Declared as gb2312 like many government sites, though GBK/GB18030 characters occur in it.
    path.write_bytes(html_page(blocks, "gb2312").encode("gb18030"))


def write_html_named_txt(blocks: list[Block], path: Path) -> None:
    path.write_bytes(html_page(blocks, "utf-8").encode("utf-8"))


def write_docx(blocks: list[Block], path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "页眉不属于正文"
    document.sections[0].footer.paragraphs[0].text = "第 1 页"
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            columns = max(len(row) for row in block)
            table = document.add_table(rows=len(block), cols=columns)
            for r, row in enumerate(block):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(str(path))


def write_pdf(blocks: list[Block], path: Path, block_paragraphs: bool = False) -> None:
    """A4 pages in the STSong-Light CID font that ships inside reportlab: paragraphs wrapped
    Chinese-style (first line indented, or justified blocks spaced apart), the indicator table drawn
    with rules, a running header and a page number."""

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    layout = (
        {"firstLineIndent": 0, "spaceAfter": 9, "alignment": 4}
        if block_paragraphs
        else {"firstLineIndent": 24}
    )
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=18, **layout)
    body.wordWrap = "CJK"
    cell = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=13)
    cell.wordWrap = "CJK"
    width = A4[0] - 50 * mm
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(html.escape(block), body))
        else:
            columns = max(len(row) for row in block)
            data = [
                [Paragraph(html.escape(c), cell) for c in row] + [""] * (columns - len(row)) for row in block
            ]
            table = Table(data, colWidths=[width / columns] * columns)
            table.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            )
            story.append(table)

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, "市场监管“十四五”规划")
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
        canvas.restoreState()

    margins = {"leftMargin": 25 * mm, "rightMargin": 25 * mm, "topMargin": 25 * mm, "bottomMargin": 25 * mm}
    SimpleDocTemplate(str(path), pagesize=A4, **margins).build(
        story, onFirstPage=decorate, onLaterPages=decorate
    )


WRITERS: dict[str, tuple[str, Callable[[list[Block], Path], None]]] = {
    "html": (".html", write_html),
    "html-named-txt": (".txt", write_html_named_txt),
    "docx": (".docx", write_docx),
    "pdf": (".pdf", write_pdf),
    "pdf-justified-blocks": (".pdf", lambda blocks, path: write_pdf(blocks, path, block_paragraphs=True)),
}


class Corpus:
    """Files built from the seeds once per test module; their text and parse are made on demand."""

    def __init__(self, seeds: Path, folder: Path) -> None:
        self.seeds = seeds
        self.folder = folder
        self.texts: dict[tuple[str, str], str] = {}
        self.records: dict[tuple[str, str], DocumentRecord] = {}

    def seed_text(self, seed: str) -> str:
        return (self.seeds / seed).read_text(encoding="utf-8")

    def path(self, seed: str, fmt: str) -> Path:
        suffix, write = WRITERS[fmt]
        path = self.folder / f"{Path(seed).stem}-{fmt}{suffix}"
        if not path.exists():
            write(seed_blocks(self.seed_text(seed)), path)
        return path

    def text(self, seed: str, fmt: str) -> str:
        if (seed, fmt) not in self.texts:
            loaded = self.seed_text(seed) if fmt == "txt" else read_source(self.path(seed, fmt)).text
            self.texts[seed, fmt] = loaded
        return self.texts[seed, fmt]

    def record(self, seed: str, fmt: str) -> DocumentRecord:
        if (seed, fmt) not in self.records:
            self.records[seed, fmt] = parse_document(seed, self.text(seed, fmt))
        return self.records[seed, fmt]


@pytest.fixture(scope="module")
def corpus(seeds: Path, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(seeds, tmp_path_factory.mktemp("formats"))


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def plan_facts(record: DocumentRecord) -> dict[str, object]:
    plan = record.plan
    return {
        "title": plan.title,
        "level": plan.level,
        "region": plan.region.code if plan.region else None,
        "issuers": [issuer.name for issuer in plan.issuers],
        "published": plan.published,
        "doc_number": plan.doc_number,
        "period": plan.period,
        "parents": [parent.title for parent in record.parents],
        "indicators": indicator_rows(record),
    }


def indicator_rows(
    record: DocumentRecord,
) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    return [(i.name, i.unit, i.baseline, i.target, i.nature) for i in record.indicators]


def all_evidence(value: object) -> Iterator[Evidence]:
    """Every Evidence anywhere inside a record, whatever record types extraction grows."""
    if isinstance(value, Evidence):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from all_evidence(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from all_evidence(item)


# --- encodings ---------------------------------------------------------------------------------


def _gbk_or_gb18030(text: str) -> bytes:
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        return text.encode("gb18030")


@pytest.mark.parametrize(
    "encode",
    [
        _gbk_or_gb18030,
        lambda text: text.encode("utf-16"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16-le"),
        lambda text: text.encode("utf-16-be"),
    ],
    ids=["gbk-else-gb18030", "utf-16-bom", "utf-8-bom", "utf-16-le-no-bom", "utf-16-be-no-bom"],
)
@pytest.mark.parametrize("seed", ALL_SEEDS)
def test_every_seed_decodes_exactly_from_legacy_and_utf16_encodings(
    seeds: Path, tmp_path: Path, seed: str, encode: Callable[[str], bytes]
) -> None:
    original = (seeds / seed).read_text(encoding="utf-8")
    path = tmp_path / seed
    path.write_bytes(encode(original))
    assert read_source(path).text == original


# --- the same plan from every format -----------------------------------------------------------


def _lines_without_white_space(corpus: Corpus, seed: str, fmt: str) -> tuple[list[str], list[str]]:
    """The seed's lines and the loaded lines, compared without white space (layout, not content)."""
    drop = str.maketrans("", "", PDF_FONT_LOSES if fmt.startswith("pdf") else "")
    want = [_squeeze(line).translate(drop) for line in corpus.seed_text(seed).splitlines() if line.strip()]
    got = [_squeeze(line) for line in corpus.text(seed, fmt).splitlines() if line.strip()]
    return want, got


@pytest.mark.parametrize("fmt", ["html", "html-named-txt", "docx", "pdf"])
@pytest.mark.parametrize("seed", FORMAT_SEEDS)
def test_each_format_reads_back_the_seed_paragraphs_one_per_line(corpus: Corpus, seed: str, fmt: str) -> None:
    """Paragraphs re-flowed, table cells flattened one per line, chrome, headers and page numbers gone."""
    want, got = _lines_without_white_space(corpus, seed, fmt)
    assert got == want


def _seed_lines_per_loaded_line(want: list[str], got: list[str]) -> list[int] | None:
    """How many consecutive seed lines make up each loaded line; None if one is not whole seed lines."""
    counts: list[int] = []
    index = 0
    for line in got:
        joined, count = "", 0
        while index < len(want) and len(joined) < len(line):
            joined, index, count = joined + want[index], index + 1, count + 1
        if joined != line:
            return None
        counts.append(count)
    return counts if index == len(want) else None


@pytest.mark.parametrize("seed", FORMAT_SEEDS)
def test_a_pdf_of_unindented_justified_paragraphs_never_splits_one(corpus: Corpus, seed: str) -> None:
    """Without first-line indents only spacing marks a paragraph, and none shows over a page break: a
    paragraph whose last line fills the page's last line may join the next one, but none is split."""
    want, got = _lines_without_white_space(corpus, seed, "pdf-justified-blocks")
    counts = _seed_lines_per_loaded_line(want, got)
    assert counts is not None
    assert sum(count - 1 for count in counts) <= 3


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", FORMAT_SEEDS)
def test_each_format_ingests_to_the_same_plan_as_the_txt(corpus: Corpus, seed: str, fmt: str) -> None:
    assert plan_facts(corpus.record(seed, fmt)) == plan_facts(corpus.record(seed, "txt"))


@pytest.mark.parametrize("fmt", ("txt", *FORMATS))
def test_the_indicator_table_rows_come_through_every_format(corpus: Corpus, fmt: str) -> None:
    """Keeps the comparison above from passing on nothing: Huzhou's table has 23 rows."""
    table_rows = [i for i in corpus.record(HUZHOU, fmt).indicators if i.kind == "table"]
    assert len(table_rows) >= 20


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", FORMAT_SEEDS)
def test_evidence_quotes_are_slices_of_the_loaded_text(corpus: Corpus, seed: str, fmt: str) -> None:
    text = corpus.text(seed, fmt)
    evidence = list(all_evidence(corpus.record(seed, fmt)))
    assert len(evidence) > 10
    assert [e for e in evidence if text[e.start : e.end] != e.text] == []


@pytest.mark.parametrize("fmt", ["html", "html-named-txt"])
def test_page_chrome_scripts_and_hidden_text_are_not_read(corpus: Corpus, fmt: str) -> None:
    text = corpus.text(HUZHOU, fmt)
    assert [marker for marker in CHROME if marker in text] == []


def test_a_text_layer_is_the_same_string_every_time(corpus: Corpus) -> None:
    assert read_source(corpus.path(ZHEJIANG, "pdf")).text == corpus.text(ZHEJIANG, "pdf")


def test_folders_pick_up_every_readable_format(corpus: Corpus, tmp_path: Path) -> None:
    for fmt in FORMATS:
        corpus.path(HUANGSHIGANG, fmt)
    (corpus.folder / "notes.md").write_text("# 笔记", encoding="utf-8")
    files, errors = find_documents([corpus.folder])
    assert errors == []
    assert {f.suffix for f in files} >= {".html", ".txt", ".docx", ".pdf"}
    assert "notes.md" not in {f.name for f in files}


# --- HTML details ------------------------------------------------------------------------------


def _read(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(path).text


def _after_plan_body(lines: list[str], first: str) -> list[str]:
    """The lines from the last occurrence of ``first`` on: what a test appended after a seed's head."""
    return lines[len(lines) - 1 - lines[::-1].index(first) :]


def _plan_body(seeds: Path) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in (seeds / GANSU).read_text().splitlines()[:30])


def test_html_that_declares_utf8_but_is_gbk_is_still_read_right(seeds: Path, tmp_path: Path) -> None:
    page = f'<html><head><meta charset="utf-8"></head><body>{_plan_body(seeds)}</body></html>'
    text = _read(tmp_path, "page.htm", page.encode("gb18030"))
    assert "甘肃省“十四五”市场监管规划" in text


def test_html_line_breaks_and_cells_become_lines(seeds: Path, tmp_path: Path) -> None:
    page = (
        "<html><body>"
        + _plan_body(seeds)
        + "<p>甘肃省市场监督管理局<br>2021年12月24日</p>"
        + "<table><tr><td rowspan=2>营商<br>环境</td><td>在册市场\n  主体总量</td><td>44</td></tr>"
        + "<tr><td>知识产权质押额</td><td>18</td></tr></table>"
        + "<header>网站导航栏</header><article><header><h1>文章标题</h1></header></article>"
        + "</body></html>"
    )
    lines = _read(tmp_path, "page.html", page.encode("utf-8")).splitlines()
    assert _after_plan_body(lines, "甘肃省市场监督管理局") == [
        "甘肃省市场监督管理局",
        "2021年12月24日",
        "营商",
        "环境",
        "在册市场主体总量",
        "44",
        "知识产权质押额",
        "18",
        "文章标题",
    ]


# --- Word details ------------------------------------------------------------------------------


def test_docx_merged_cells_are_read_once_and_breaks_split_lines(seeds: Path, tmp_path: Path) -> None:
    document = docx.Document()
    for line in (seeds / GANSU).read_text().splitlines()[:30]:
        document.add_paragraph(line)
    signature = document.add_paragraph("甘肃省市场监督管理局")
    signature.add_run().add_break()
    signature.add_run("2021年12月24日")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(1, 0))
    merged.text = "营商环境"
    table.cell(0, 1).text, table.cell(0, 2).text = "在册市场主体总量", "44"
    table.cell(1, 1).text, table.cell(1, 2).text = "知识产权质押额", "18"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    lines = read_source(path).text.splitlines()
    assert _after_plan_body(lines, "甘肃省市场监督管理局") == [
        "甘肃省市场监督管理局",
        "2021年12月24日",
        "营商环境",
        "在册市场主体总量",
        "44",
        "知识产权质押额",
        "18",
    ]


# --- bad inputs --------------------------------------------------------------------------------


def _image_only_pdf(caption: str = "") -> bytes:
    """A 'scanned' page: one picture and no text layer, or only a short typed caption."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawImage(ImageReader(Image.new("L", (200, 280), 200)), 50, 50, width=400, height=560)
    if caption:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        canvas.setFont("STSong-Light", 12)
        canvas.drawString(72, 800, caption)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, encrypt=StandardEncryption("user-secret", "owner-secret"))
    canvas.setFont("STSong-Light", 12)
    canvas.drawString(72, 720, "市场监管规划" * 40)
    canvas.save()
    return buffer.getvalue()


def _zip_with(name: str, content: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


def _truncated_docx(seeds: Path) -> bytes:
    document = docx.Document()
    document.add_paragraph((seeds / GANSU).read_text()[:3000])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()[:4000]


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        (
            "plan.pdf",
            lambda seeds: b"<html><body>404 Not Found</body></html>",
            "not a PDF file: its content looks like HTML",
        ),
        (
            "plan.pdf",
            lambda seeds: (seeds / GANSU).read_bytes(),
            "not a PDF file: its content looks like plain text",
        ),
        ("plan.pdf", lambda seeds: b"%PDF-1.7\n" + bytes(range(256)) * 8, "damaged or unsupported PDF"),
        ("scan.pdf", lambda seeds: _image_only_pdf(), "PDF has no text layer (scanned?)"),
        ("stamp.pdf", lambda seeds: _image_only_pdf("扫描件 市场监管规划"), "PDF has almost no text layer"),
        ("secret.pdf", lambda seeds: _encrypted_pdf(), "PDF is encrypted"),
        (
            "plan.docx",
            lambda seeds: _zip_with("xl/workbook.xml", "<workbook/>"),
            "zip archive is not a Word .docx document",
        ),
        (
            "plan.txt",
            lambda seeds: _zip_with("xl/workbook.xml", "<workbook/>"),
            "zip archive is not a Word .docx document",
        ),
        ("plan.docx", _truncated_docx, "not a readable zip archive"),
        ("plan.docx", lambda seeds: _zip_with("word/document.xml", "<w:document"), "not well-formed XML"),
        ("plan.docx", lambda seeds: (seeds / GANSU).read_bytes(), "not a Word .docx file"),
        (
            "plan.docx",
            lambda seeds: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500),
            "old binary Word/WPS file",
        ),
        (
            "empty.html",
            lambda seeds: (
                b"<!DOCTYPE html><html><head><title>\xe8\xa7\x84\xe5\x88\x92</title></head><body>"
                b"<nav>\xe9\xa6\x96\xe9\xa1\xb5</nav><script>var x = 1;</script></body></html>"
            ),
            "HTML page has no visible text",
        ),
    ],
    ids=[
        "pdf-that-is-html",
        "pdf-that-is-text",
        "pdf-damaged",
        "pdf-image-only",
        "pdf-image-with-a-caption",
        "pdf-encrypted",
        "docx-that-is-another-zip",
        "txt-that-is-a-zip",
        "docx-truncated",
        "docx-broken-xml",
        "docx-that-is-text",
        "legacy-doc",
        "html-without-text",
    ],
)
def test_bad_documents_are_refused_with_a_reason(
    seeds: Path, tmp_path: Path, name: str, make: Callable[[Path], bytes], reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make(seeds))
    with pytest.raises(IngestError) as caught:
        read_source(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason
