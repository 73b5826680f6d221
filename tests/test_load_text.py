"""Reading files: encodings decode to the same original text; bad files are refused with a reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from plangraph.ingest.errors import IngestError
from plangraph.ingest.load_document import find_documents, read_source
from plangraph.ingest.parse_document import parse_document
from tests.expected_plans import HUZHOU, ZHEJIANG


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gb18030", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
    ],
)
def test_a_seed_reads_the_same_in_every_encoding(
    seeds: Path, tmp_path: Path, encoding: str, bom: bytes
) -> None:
    original = (seeds / HUZHOU).read_text(encoding="utf-8")
    path = tmp_path / HUZHOU
    path.write_bytes(bom + original.encode(encoding))
    assert read_source(path).text == original


def test_windows_line_endings_become_the_text_python_reads(seeds: Path, tmp_path: Path) -> None:
    original = (seeds / HUZHOU).read_text(encoding="utf-8")
    path = tmp_path / HUZHOU
    path.write_bytes(original.replace("\n", "\r\n").encode("utf-8"))
    assert read_source(path).text == original == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\n \t\n", "file is empty"),
        (bytes(range(256)) * 20, "binary file"),
        ("市场监管规划\n".encode() * 3, "not a plan document"),
        (b"\xff\xd8\xff\xe0" + bytes(b for b in range(1, 256)) * 30, "cannot detect the text encoding"),
    ],
    ids=["empty", "blank", "binary-with-nul", "too-short", "binary-without-nul"],
)
def test_unreadable_files_are_refused_with_the_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError) as caught:
        read_source(path)
    assert caught.value.path == str(path)
    assert reason in caught.value.reason


def test_unsupported_file_type_names_the_readable_ones(tmp_path: Path) -> None:
    path = tmp_path / "plan.xyz"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(IngestError, match=r"unsupported file type '\.xyz'.*\.txt"):
        read_source(path)


def test_folders_expand_to_documents_and_bad_paths_are_reported(seeds: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    files, errors = find_documents([seeds, empty, tmp_path / "missing.txt"])
    assert [f.name for f in files] == sorted(p.name for p in seeds.glob("*.txt"))
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("empty", "folder holds no documents (.docx, .htm, .html, .pdf, .text, .txt)"),
        ("missing.txt", "no such file or directory"),
    ]


def test_big5_traditional_text_is_decoded_as_big5_not_as_gb18030_garbage(seeds: Path, tmp_path: Path) -> None:
    """Regression: every Big5 byte pair is valid GB18030, so Big5 files used to decode silently to garbage."""
    original = (seeds / ZHEJIANG).read_text(encoding="utf-8")
    path = tmp_path / ZHEJIANG
    path.write_bytes(original.encode("big5"))
    assert read_source(path).text == original


def test_lossy_big5_that_reads_cleanly_in_no_encoding_is_refused(seeds: Path, tmp_path: Path) -> None:
    """Simplified text forced into Big5 loses its characters to '?'; refusing beats a guess."""
    path = tmp_path / HUZHOU
    path.write_bytes((seeds / HUZHOU).read_text(encoding="utf-8").encode("big5", errors="replace"))
    with pytest.raises(IngestError, match="valid GB18030 and Big5 but read as clean Chinese in neither"):
        read_source(path)


@pytest.mark.parametrize(
    ("notice", "title", "region", "issuer", "published"),
    [
        # o020's notice alone, as a short excerpt page prints it, its year typed with zeros (二0一二)
        (
            "襄阳市人民政府关于印发《襄阳市商标战略发展规划(2011-2015)》的通知\n"
            "各县(市)、区人民政府,各开发区管委会,市政府各部门:\n"
            "现将《襄阳市商标战略发展规划(2011-2015)》印发给你们,请结合实际,认真贯彻实施。\n"
            "襄阳市人民政府\n二0一二年三月十三日\n",
            "襄阳市商标战略发展规划(2011-2015)",
            "襄阳市",
            "襄阳市人民政府",
            "2012-03-13",
        ),
        # check67 bs12 (a forum repost): 印發(fā)給你們 is 印发给你们 once the pinyin is taken out
        (
            "汶上縣人民政府辦公室關于印發(fā)汶上縣國民休閑匯活動實施方案的通知\n"
            "各鄉(xiāng)鎮(zhèn)人民政府,縣政府各部門,駐汶各單位:\n"
            "為切實做好汶上縣“國民休閑匯”活動組織籌備工作,經汶上縣政府同意,"
            "現將《汶上縣 “國民休閑匯”活動實施方案》印發(fā)給你們,請認真組織實施。\n",
            "汶上县“国民休闲汇”活动实施方案",
            "汶上县",
            "汶上县人民政府办公室",
            None,
        ),
    ],
    ids=["dated-notice", "pinyin-glosses"],
)
def test_a_short_page_that_hands_a_plan_down_is_read_as_one(
    tmp_path: Path, notice: str, title: str, region: str, issuer: str, published: str | None
) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(notice, encoding="utf-8")
    plan = parse_document(path.name, read_source(path).text).plan
    assert (plan.title, plan.region.name) == (title, region)
    assert (plan.issuers[0].name, plan.published) == (issuer, published)
