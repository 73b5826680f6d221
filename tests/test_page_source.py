"""Where a page came from: a government's own site, or a document-sharing page labelling a file."""

from __future__ import annotations

import pytest

from plangraph.ingest.normalise import normalise
from plangraph.ingest.page_source import SHARED_FILE_NAME, labels_shared_file, posted_by_government


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # lines 3 of real document-sharing pages (probe and check sets of data/heldout)
        ("庆城县十四五残疾人保障和发展规划.docx", "庆城县十四五残疾人保障和发展规划"),
        (
            "諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)(18頁).docx",
            "諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)",
        ),
        ("坪山新区社会信用体系建设规划(2014-2020)_第1页", "坪山新区社会信用体系建设规划(2014-2020)"),
    ],
)
def test_a_shared_files_label_gives_the_name_without_page_count_or_extension(line: str, name: str) -> None:
    """The rule reads normalised lines: 頁 is 页 by then."""
    line, name = normalise(line).text, normalise(name).text
    m = SHARED_FILE_NAME.match(line)
    assert m is not None and m.group("name") == name
    assert labels_shared_file(line)


def test_the_uploader_line_labels_a_shared_file_and_a_title_or_posting_line_does_not() -> None:
    assert labels_shared_file("上传人:guoxiachuanyue011 2019/9/10 文件大小:1.57 MB")
    assert not labels_shared_file("諸城市重大突發事件應急保障體系建設行動計劃方案(2021-2022年)")
    assert not labels_shared_file("发布日期:2021-06-01 来源:市政府办公室")


def test_only_a_gov_cn_host_is_a_governments_own_site() -> None:
    assert posted_by_government("# source: http://www.zj.gov.cn/art/2021/6/1/x.html\n正文") is True
    assert posted_by_government("# source: https://www.docin.com/p-1.html\n正文") is False
    assert posted_by_government("正文, no address line") is None
