"""Who signed a covering notice and when, however the page prints its signature block.

The notice is o025's (shared/eval/openings, 通辽市); its signature is printed the ways notices print
theirs — one signer, joint signers one or a few to a line, a stamp line under an office.
"""

from __future__ import annotations

import pytest

from plangraph.ingest.parse_document import parse_document
from plangraph.ingest.text_patterns import squeezed_date

NOTICE = (
    "通辽市人民政府办公室关于印发通辽市“十四五”市场监管规划的通知\n"
    "各旗县市区人民政府、开发区管委会,市政府各委办局,有关企事业单位:\n"
    "经市人民政府同意,现将《通辽市“十四五”市场监管规划》印发给你们,请认真贯彻执行。\n"
)
PLAN = (
    "(此件公开发布)\n通辽市“十四五”市场监管规划\n"
    "“十四五”时期,是开启全面建设社会主义现代化国家新征程的第一个五年。\n一、规划背景\n"
    + "。".join(["全市市场监管系统在市委、市政府的正确领导下,监管体制更加完善"] * 30)
    + "。\n"
)


def _plan(signature: str):
    return parse_document("o025-variant.txt", NOTICE + signature + "\n" + PLAN).plan


@pytest.mark.parametrize(
    ("signature", "issuers"),
    [
        ("通辽市人民政府办公室\n2022年6月8日", ["通辽市人民政府办公室"]),
        ("特此通知。\n通辽市人民政府办公室\n2022年6月8日", ["通辽市人民政府办公室"]),
        (
            "通辽市市场监督管理局\n通辽市发展和改革委员会 通辽市商务局\n人民银行通辽市中心支行\n2022年6月8日",
            ["通辽市市场监督管理局", "通辽市发展和改革委员会", "通辽市商务局", "人民银行通辽市中心支行"],
        ),
        (
            "特此通知。\n通辽市食品安全委员会办公室\n(通辽市市场监督管理局代章)\n2022年6月8日",
            ["通辽市食品安全委员会办公室"],
        ),
        ("通辽市市场监督管理局\n(此件公开发布)\n2022年6月8日", ["通辽市市场监督管理局"]),
        (
            "附件:通辽市“十四五”市场监管规划\n通辽市市场监督管理局\n通辽市发展和改革委员会\n2022年6月8日",
            ["通辽市市场监督管理局", "通辽市发展和改革委员会"],
        ),
        ("通辽市人民政府办公室\n2022年0608", ["通辽市人民政府办公室"]),
        ("通辽市人民政府办公室\n20220608", ["通辽市人民政府办公室"]),
    ],
    ids=[
        "one-signer",
        "closing-line",
        "joint-signers",
        "stamp-line",
        "note-before-date",
        "attachment-note-before-signers",
        "date-lost-its-month-and-day",
        "date-lost-every-mark",
    ],
)
def test_every_signer_of_the_block_is_an_issuer_and_its_date_the_published_date(
    signature: str, issuers: list[str]
) -> None:
    plan = _plan(signature)
    assert [issuer.name for issuer in plan.issuers] == issuers
    assert plan.published == "2022-06-08"


def test_a_title_between_notice_and_date_is_no_signer() -> None:
    # a cover under the notice: the plan's title and a date are not a signature block
    plan = _plan("通辽市“十四五”市场监管规划\n2022年6月8日")
    assert [issuer.name for issuer in plan.issuers] == ["通辽市人民政府办公室"]


def test_a_block_of_names_that_are_not_bodies_signs_nothing() -> None:
    plan = _plan("张三 李四\n王五\n2022年6月8日")
    assert [issuer.name for issuer in plan.issuers] == ["通辽市人民政府办公室"]


@pytest.mark.parametrize(
    ("line", "date"),
    [("2022年1231", "2022-12-31"), ("2019626", "2019-06-26"), ("2016127", None), ("2022年1332", None)],
)
def test_a_date_that_lost_its_marks_is_read_only_when_its_digits_allow_one_reading(
    line: str, date: str | None
) -> None:
    # 2016127 may be 1月27日 or 12月7日
    assert squeezed_date(line) == date
