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
    [
        ("2022年1231", "2022-12-31"),
        ("2019626", "2019-06-26"),
        ("2016127", None),
        ("2022年1332", None),
        ("2022630日", "2022-06-30"),  # probe8 p810 (tjdl.gov.cn): 年 and 月 lost, 日 kept
        ("202347", "2023-04-07"),  # probe6 p602 (cqkz.gov.cn): one digit each for the month and the day
        ("202313", "2023-01-03"),
        ("2023", None),
    ],
)
def test_a_date_that_lost_its_marks_is_read_only_when_its_digits_allow_one_reading(
    line: str, date: str | None
) -> None:
    # 2016127 may be 1月27日 or 12月7日
    assert squeezed_date(line) == date


def test_a_scrape_that_dropped_marks_still_gives_the_signature_date_and_the_number() -> None:
    # check h603 (scjdglj.gxzf.gov.cn): the number lost 〕 and 号, the signer is broken over two lines
    # with its stamp note glued on, and the date lost 年月日 (o022 shows the same scrape: 2016127,
    # 皖政办〔201638号)
    page = (
        "桂市监函〔20212676\n"
        "广西知识产权战略实施工作厅际联席会议\n办公室关于印发《广西壮族自治区知识产权\n保护和运用十四五规划》的通知\n"
        "广西知识产权战略实施工作厅际联席会议各成员单位:\n"
        "现将《广西壮族自治区知识产权保护和运用十四五规划》印发给你们,请认真贯彻执行。\n"
        "广西知识产权战略实施工作厅际  \n联席会议办公室(代章)     \n20211124       \n(此件公开发布)\n"
    )
    plan = parse_document("h603.txt", page + PLAN).plan
    assert (plan.published, plan.doc_number) == ("2021-11-24", "桂市监函〔20212676")


@pytest.mark.parametrize(
    ("page", "number"),
    [
        # check2 h815 (xianan.gov.cn): the number alone under the site's fields, its 号 lost
        (
            "关于印发咸安区进一步优化营商环境 实施方案的通知\n来源:咸安区人民政府办公室 发布日期:2019-03-15\n"
            "咸安政发〔2019〕1 \n各乡、镇人民政府,各办事处、场,区政府各部门:\n",
            "咸安政发〔2019〕1",
        ),
        # check2 h802 (standardcnjc.com): a joint notice's number under its letterhead, square brackets
        (
            "国家标准化管理委员会\n中华人民共和国应急管理部\n国标委联[2021] 36\n",
            "国标委联[2021]36",
        ),
    ],
    ids=["h815", "h802"],
)
def test_a_number_alone_on_its_line_that_lost_its_hao_is_the_documents(page: str, number: str) -> None:
    plan = parse_document("page.txt", page + PLAN).plan
    assert plan.doc_number == number


def test_a_notice_title_of_ten_joint_senders_names_every_one() -> None:
    # check2 h802 (standardcnjc.com): ten central bodies by their short names, spaces between them; the
    # signature under the notice gives no reading (its date 2021126 may be 1月26日 or 12月6日)
    page = (
        "国家标准化管理委员会 中央网信办 科技部 工业和信息化部 民政部 生态环境部 住房和城乡建设部 "
        "农业农村部 商务部 应急部关于印发《“十四五”推动高质量发展的国家标准体系建设规划》的通知\n"
        "为贯彻落实《国家标准化发展纲要》,国家标准化管理委员会会同有关部门组织编制了"
        "《“十四五”推动高质量发展的国家标准体系建设规划》,现印发给你们,请按照执行。\n"
    )
    plan = parse_document("h802.txt", page).plan
    # State Council ministries sign with the state's name in front (extract_agencies.signing_name)
    assert [i.name for i in plan.issuers] == [
        "国家标准化管理委员会",
        "中央网络安全和信息化委员会办公室",
        "中华人民共和国科学技术部",
        "中华人民共和国工业和信息化部",
        "中华人民共和国民政部",
        "中华人民共和国生态环境部",
        "中华人民共和国住房和城乡建设部",
        "中华人民共和国农业农村部",
        "中华人民共和国商务部",
        "中华人民共和国应急管理部",
    ]
    assert (plan.level, plan.region.name) == ("national", "全国")


# Two real notices whose page lost the breaks of the signature block (data/heldout/probe2 h709, a
# traditional-script page of 定西市, and h713 of 临海市, whose plan heading runs on after the date).
DINGXI = (
    "定發改發〔2021〕385號\n"
    "各縣區人民政府,定西高新區,定西生態科創城: 為深入實施全民健身國家戰略,推動體育強國建設,"
    "按照省發展改革委、省體育局、省財政廳、省教育廳、省自然資源廳、省住建廳《關于印發<甘肅省“十四五”"
    "全民健身場地設施補短板整體解決方案>的通知》(甘發改社會〔2021〕685號)要求,市發展改革委會同市直相關"
    "部門研究制定了《定西市“十四五”全民健身場地設施補短板整體解決方案》,經市政府同意,現印發你們,"
    "請認真抓好貫徹落實。\n"
    "定西市發展和改革委員會 定西市文體廣電和旅游局 定西市財政局 定西市教育局 定西市自然資源局 "
    "定西市住房和城鄉建設局 2021年12月16日\n"
    "附件: 定西市“十四五”全民健身場地設施補短板整體解決方案.pdf\n"
)
LINHAI = (
    "临海市发展和改革局 临海市科学技术局 关于印发《临海市科学技术“十四五”发展规划》的 通知 |\n"
    "各镇人民政府、街道办事处,市政府直属各单位: 现将《临海市科学技术“十四五”发展规划》印发给你们,"
    "请结合实际,认真组织实施。\n"
    "临海市发展和改革局 临海市科学技术局 2022年6月7日 临海市科学技术“十四五”发展规划\n"
    "为加强我市“十四五”时期科技发展工作,结合本市实际,特编制本规划,规划期为2021—2025年。\n"
)


@pytest.mark.parametrize(
    ("name", "text", "issuers", "published"),
    [
        (
            "h709.txt",
            DINGXI,
            [
                "定西市发展和改革委员会",
                "定西市文体广电和旅游局",
                "定西市财政局",
                "定西市教育局",
                "定西市自然资源局",
                "定西市住房和城乡建设局",
            ],
            "2021-12-16",
        ),
        ("h713.txt", LINHAI, ["临海市发展和改革局", "临海市科学技术局"], "2022-06-07"),
    ],
)
def test_joint_signers_and_the_date_on_one_line_are_the_signature(
    name: str, text: str, issuers: list[str], published: str
) -> None:
    plan = parse_document(name, text).plan
    assert [issuer.name for issuer in plan.issuers] == issuers
    assert plan.published == published


@pytest.mark.parametrize(
    ("notice", "issuers", "published"),
    [
        (  # probe4 h960 (zwgk.shmh.gov.cn): forwarded, the date lost its marks, no signer line
            "闵行区人民政府办公室关于转发《闵行区“十四五”规划实施中期评估工作方案》的通知\n"
            "来源:上海市闵行区人民政府办公室  发布时间:2023年4月20日\n"
            "各镇人民政府、街道办事处,区政府各委、办、局:\n"
            "区发改委拟订的《闵行区“十四五”规划实施中期评估工作方案》已经区政府同意,现转发给你们,请认真遵照执行。\n"
            "特此通知。\n \n                 2023418\n \n",
            ["闵行区人民政府办公室"],
            "2023-04-18",
        ),
        (  # probe4 h961 (jingan.gov.cn): approved and forwarded; no date printed
            "上海市静安区人民政府关于批转区发展改革委《静安区“十四五”规划研究和编制工作方案》的通知\n"
            "区政府各委、办、局,各街道办事处、彭浦镇政府:\n"
            "区发展改革委《静安区“十四五”规划研究和编制工作方案》已经区政府第124次常务会议通过,现批转给你们,"
            "请遵照执行。\n",
            ["上海市静安区人民政府"],
            None,
        ),
    ],
    ids=["forwarded", "approved-and-forwarded"],
)
def test_a_forwarding_notice_hands_the_plan_down_like_an_issuing_one(
    notice: str, issuers: list[str], published: str | None
) -> None:
    plan = parse_document("page.txt", notice + PLAN).plan
    assert ([i.name for i in plan.issuers], plan.published) == (issuers, published)


# probe7 p711 (kunmingchi.com, 秀洲区): a .doc re-flowed into one line, the breaks of the notice's lines
# left as spaces; two senders and the date run on after the sentence that hands the plan down
XIUZHOU = (
    "秀洲区人才发展“十四五”规划.doc\n"
    "嘉兴市秀洲区发展和改革局 文件 中共嘉兴市秀洲区委组织部 秀洲发改〔2021〕76 号 "
    "区发展和改革局 区委组织部关于印发 "
    "《秀洲区人才发展“十四五”规划》的通知 各镇人民政府、街道办事处,秀洲国家高新区管委会,区级有关部 门(单位): "
    "《秀洲区人才发展“十四五”规划》已经九届区政府第 62 次 常务会议审议通过,"
    "现印发给你们,请结合实际,认真组织实施。 "
    "{signature} —1— 秀洲区人才发展“十四五”规划 为全面贯彻落实人才强区战略,"
    "根据 《嘉兴市“十四五”人才发展规划》"
    "和《秀洲区国民经济和社会发 展第十四个五年规划和二〇三五年远景目标纲要》, 特制定本规划。\n"
)


def test_joint_signers_and_the_date_run_on_after_the_notice_are_the_signature() -> None:
    signature = "嘉兴市秀洲区发展和改革局 中共嘉兴市秀洲区委组织部 2021 年 12 月 31 日"
    plan = parse_document("p711.txt", XIUZHOU.format(signature=signature)).plan
    assert [issuer.name for issuer in plan.issuers] == [
        "嘉兴市秀洲区发展和改革局",
        "中共嘉兴市秀洲区委组织部",
    ]
    assert plan.published == "2021-12-31"


def test_names_run_on_after_the_notice_that_are_not_bodies_sign_nothing() -> None:
    # people's names before a date are no joint signature (most names must end like an agency)
    plan = parse_document(
        "p711-names.txt", XIUZHOU.format(signature="联系人 张三 李四 2021 年 12 月 31 日")
    ).plan
    assert (plan.issuers, plan.published) == ((), None)
