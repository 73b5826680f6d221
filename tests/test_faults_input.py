"""Bad input through the real `plangraph ingest`: each case is a clear refusal (exit 2, the file and the
reason on stderr, the store byte-identical) or a sensible result (exit 0), never a traceback or a
half-written store. Issue 9, the bad-input corpus."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import opencc
import pytest

from plangraph.cli import main
from plangraph.graph.store.open_store import open_store
from plangraph.ingest.load_document import MAX_FILE_BYTES
from plangraph.ingest.load_text import MAX_TEXT_CHARS
from tests.conftest import ROOT, SEEDS
from tests.expected_plans import GANSU, HUANGSHIGANG, HUZHOU
from tests.exports import export_bytes, store_dump

pytestmark = pytest.mark.faults

NEWS_ARTICLE = "\n".join(
    [
        "《湖州市市场监管“十四五”规划》新闻发布会召开",
        "",
        "发布时间:2021-09-18 来源:湖州日报",
        "",
        (
            "本报讯(记者 李华)9月17日,市政府新闻办召开新闻发布会,市市场监管局有关负责人介绍了《"
            "湖州市市场监管“十四五”规划》的主要内容,并回答记者提问。"
        ),
        (
            "据介绍,规划共分为六个部分,明确了“十四五”时期全市市场监管工作的总体要求、主要目标和重点"
            "任务。规划提出,到2025年,全市市场主体总量力争突破六十万户,食品安全评价性抽检合格率保"
            "持在百分之九十八以上。"
        ),
        (
            "发布会上,有记者问到规划如何落地。该负责人表示,市场监管局将制定年度工作计划,把规划确定的"
            "各项任务分解到各个部门和区县,定期开展督查评估,确保规划目标任务如期完成。同时,将加强与省"
            "市场监管局的沟通对接,积极争取更多改革试点在湖州落地。"
        ),
        (
            "该负责人还介绍了今年以来全市市场监管工作取得的成效。今年前八个月,全市新设市场主体四万余户"
            ",同比增长百分之十二;查处各类违法案件一千二百余件,为群众挽回经济损失五百余万元。下一步,"
            "市场监管部门将持续优化营商环境,守牢安全底线,为湖州高质量发展提供有力保障。"
        ),
        "记者了解到,规划全文已在市政府门户网站公开,市民可登录查阅。",
        "",
    ]
)

# A government portal's front page: plenty of Chinese, links and headlines, no plan.
PORTAL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>湖州市市场监督管理局</title>
<script>var _hmt = _hmt || [];</script></head><body>
<nav><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/bsfw">办事服务</a></nav>
<h2>工作动态</h2><ul>
<li><a href="/1">市市场监管局召开全市食品安全工作推进会,部署下一阶段校园食品安全专项整治</a> 2021-11-03</li>
<li><a href="/2">我市开展特种设备安全隐患排查整治行动,检查电梯、锅炉、压力容器使用单位三百余家</a></li>
<li><a href="/3">市场监管部门走进社区开展消费维权宣传活动,现场解答群众咨询并发放宣传资料</a></li>
<li><a href="/4">全市知识产权质押融资工作取得新成效,累计帮助中小企业获得贷款二十余亿元</a></li>
<li><a href="/5">市市场监管局组织开展计量器具专项检查,重点检查农贸市场和加油站的计量器具</a></li>
</ul><h2>通知公告</h2><ul>
<li><a href="/6">关于公布二〇二一年第三季度食品安全监督抽检结果的通告</a></li>
<li><a href="/7">关于开展二〇二一年度检验检测机构能力验证工作的通知</a></li>
<li><a href="/8">关于征集市场监管领域营商环境优化意见建议的公告,欢迎社会各界积极参与提出宝贵意见</a></li>
</ul><footer>主办单位:湖州市市场监督管理局 地址:湖州市仁皇山路 联系电话:〇五七二一二三四五六七
版权所有 未经许可不得复制 建议使用一千二百八十乘以七百二十以上分辨率浏览本网站</footer>
</body></html>
"""


def _seed(name: str) -> bytes:
    return (SEEDS / name).read_bytes()


def _noise_bytes(size: int) -> bytes:
    return random.Random(9).randbytes(size)


def _cut_mid_character(data: bytes, at: int) -> bytes:
    """The first ``at``-odd bytes, ending inside a multi-byte UTF-8 character (a cut-off download)."""
    while data[at] < 0x80 or data[at] >= 0xC0:  # step to a lead byte of a multi-byte character
        at += 1
    return data[: at + 1]


def _fifty_megabytes() -> bytes:
    """A seed repeated to 50 MiB with a line of noise between copies: big, real-looking, no plan."""
    seed = _seed(GANSU)
    chunk = seed + _noise_bytes(64).hex().encode() + b"\n"
    return (chunk * (50 * 2**20 // len(chunk) + 1))[: 50 * 2**20]


def _over_the_text_limit() -> bytes:
    """Under the byte limit, over the character limit: a seed joined to itself about forty times."""
    seed = _seed(GANSU)
    copies = MAX_TEXT_CHARS // len(seed.decode("utf-8")) + 1
    return seed * copies


REFUSALS: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "empty": ("empty.txt", lambda: b"", "file is empty"),
    "whitespace-only": ("blank.txt", lambda: b" \r\n\t\n\xe3\x80\x80 \n", "file is empty (white space only)"),
    "binary-named-txt": ("photo.txt", lambda: _noise_bytes(40_000), "binary file"),
    "truncated-utf8": (
        "cut.txt",
        lambda: _cut_mid_character(_seed(GANSU), 10_000),
        "truncated UTF-8: the file ends in the middle of a character",
    ),
    "damaged-utf8": (
        "damaged.txt",
        lambda: _seed(GANSU)[:30_000] + _seed(GANSU)[30_001:],
        "damaged UTF-8: 1 invalid byte sequence(s), the first at byte",
    ),
    "fifty-megabytes": (
        "huge.txt",
        _fifty_megabytes,
        f"file is 50.0 MiB; the limit is {MAX_FILE_BYTES // 2**20} MiB per document",
    ),
    "text-over-the-limit": (
        "joined.txt",
        _over_the_text_limit,
        f"; the limit for one document is {MAX_TEXT_CHARS:,}",
    ),
    "html-page-without-a-plan": (
        "index.html",
        PORTAL_PAGE.encode,
        "not a plan document: no plan title found in the document header",
    ),
    "news-article": (
        "新闻 发布会.txt",
        NEWS_ARTICLE.encode,
        "not a plan document: no plan title found in the document header",
    ),
}


def ingest(capsys: pytest.CaptureFixture[str], store: Path, *paths: Path) -> tuple[int, str, str]:
    """`plangraph ingest` in this process (the same main() the console script runs): exit, out, err."""
    code = main(["ingest", *map(str, paths), "--store", str(store)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_lines(stderr: str) -> list[str]:
    return [line.removeprefix("plangraph: error: ") for line in stderr.splitlines() if "error:" in line]


@pytest.fixture(scope="module")
def one_plan_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("faults") / "store"
    assert main(["ingest", str(SEEDS / HUANGSHIGANG), "--store", str(store)]) == 0
    return store


@pytest.fixture
def store(one_plan_store: Path, tmp_path: Path) -> Path:
    """A private copy of a store holding one plan, so a case that wrongly writes harms no other."""
    return Path(shutil.copytree(one_plan_store, tmp_path / "store"))


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_input_is_refused_naming_file_and_reason_and_the_store_is_unchanged(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path, case: str
) -> None:
    name, make, reason = REFUSALS[case]
    path = tmp_path / "in" / name
    path.parent.mkdir()
    path.write_bytes(make())
    before_file, before_export = store_dump(store), export_bytes(store)

    started = time.monotonic()
    code, out, err = ingest(capsys, store, path)
    elapsed = time.monotonic() - started

    assert code == 2, err
    assert out == ""
    [line] = error_lines(err)
    assert line.startswith(f"{path}: ") and reason in line, line
    assert store_dump(store) == before_file
    assert export_bytes(store) == before_export
    assert elapsed < 20, f"refusing {name} took {elapsed:.1f} s"


def test_the_api_refuses_the_same_files_with_the_cli_reasons(tmp_path: Path) -> None:
    """The upload leg of the corpus (all but the 50 MB file, which the upload limit answers with 413)."""
    from fastapi.testclient import TestClient

    from plangraph.api.app import create_app
    from plangraph.settings import Settings

    store = open_store(tmp_path / "api-store")
    client = TestClient(create_app(Settings(api_key="k"), store=store))  # type: ignore[arg-type]
    for case, (name, make, reason) in REFUSALS.items():
        if case == "fifty-megabytes":
            continue
        files = [("files", (HUANGSHIGANG, _seed(HUANGSHIGANG))), ("files", (name, make()))]
        response = client.post("/api/v1/ingest", files=files, headers={"X-API-Key": "k"})
        assert response.status_code == 422, (case, response.text)
        errors = response.json()["errors"]
        assert [e["file"] for e in errors] == [name] and reason in errors[0]["reason"], (case, errors)
        assert store.export().nodes == [], case
    store.close()


def test_the_same_plan_in_traditional_and_simplified_script_is_one_plan_with_two_sources(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    simplified = _seed(HUANGSHIGANG).decode("utf-8")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert traditional != simplified and "黃石港區" in traditional
    folder = tmp_path / "both"
    folder.mkdir()
    (folder / HUANGSHIGANG).write_text(simplified, encoding="utf-8")
    (folder / "黃石港區 繁體.txt").write_text(traditional, encoding="utf-8")

    code, out, err = ingest(capsys, tmp_path / "store", folder)

    assert code == 0, err
    assert out.startswith("ingested 2 document(s), 1 plan(s)")
    plans = [n for n in open_store(tmp_path / "store").export().nodes if n.props.get("source")]
    assert [(p.props["title"], p.props["source"]) for p in plans] == [
        ("黄石港区市场监管“十四五”工作方案", sorted([HUANGSHIGANG, "黃石港區 繁體.txt"]))
    ]


def test_a_duplicate_document_under_another_name_is_one_plan_with_two_sources_and_no_new_nodes(
    capsys: pytest.CaptureFixture[str], store: Path, tmp_path: Path
) -> None:
    """Decided: the same text under two names (a download saved twice) is accepted, like the same plan
    in two scripts: one Plan whose ``source`` lists both files; nothing else is duplicated."""
    copy = tmp_path / "黄石港 方案 (1).txt"
    copy.write_bytes(_seed(HUANGSHIGANG))
    before = open_store(store).export()

    code, out, err = ingest(capsys, store, copy)

    assert code == 0, err
    assert "+0 nodes, +0 edges" in out
    after = open_store(store).export()
    assert sorted(n.id for n in after.nodes) == sorted(n.id for n in before.nodes)
    assert len(after.edges) == len(before.edges)
    [plan] = [n for n in after.nodes if n.props.get("source")]
    assert plan.props["source"] == sorted([HUANGSHIGANG, copy.name])


def test_file_names_with_spaces_and_chinese_are_ingested_and_cited_as_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "甘肃 省 规划 2021.txt"
    good.write_bytes(_seed(GANSU))
    bad = tmp_path / "空的 文件.txt"
    bad.write_bytes(b"")

    code, out, err = ingest(capsys, tmp_path / "store", good, bad)

    assert code == 2
    assert out.startswith("ingested 1 document(s), 1 plan(s)")
    assert error_lines(err) == [f"{bad}: file is empty"]
    exported = open_store(tmp_path / "store").export()
    assert {n.props.get("source") for n in exported.nodes if n.props.get("source")} == {good.name}
    assert {ev["source"] for n in exported.nodes for ev in n.evidence} == {good.name}


def test_a_folder_of_good_and_bad_files_ingests_the_good_and_reports_each_bad_one(tmp_path: Path) -> None:
    """Through the installed console script, as a user runs it."""
    folder = tmp_path / "下载 的 规划"
    (folder / "sub").mkdir(parents=True)
    (folder / HUZHOU).write_bytes(_seed(HUZHOU))
    (folder / "sub" / "黄石港 方案.txt").write_bytes(_seed(HUANGSHIGANG))
    bad = {
        folder / "empty.txt": b"",
        folder / "sub" / "photo.txt": _noise_bytes(5_000),
        folder / "新闻.txt": NEWS_ARTICLE.encode(),
        folder / "cut.txt": _cut_mid_character(_seed(GANSU), 5_000),
    }
    for path, data in bad.items():
        path.write_bytes(data)
    (folder / "notes.md").write_text("not a document type: skipped", encoding="utf-8")
    plangraph = str(Path(sys.executable).with_name("plangraph"))

    result = subprocess.run(
        [plangraph, "ingest", str(folder), "--store", str(tmp_path / "store")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )

    assert result.returncode == 2, result.stderr
    assert result.stdout.startswith("ingested 2 document(s), 2 plan(s)")
    reported = error_lines(result.stderr)
    assert sorted(line.split(": ", 1)[0] for line in reported) == sorted(str(p) for p in bad)
    assert all(line.split(": ", 1)[1] for line in reported)
    assert "4 bad input(s) not ingested" in result.stderr
    assert "Traceback" not in result.stderr
    plans = open_store(tmp_path / "store").export().nodes
    assert {n.props["source"] for n in plans if n.props.get("source")} == {HUZHOU, "黄石港 方案.txt"}
