"""Uploading documents over HTTP: the key, the size limit, the CLI's reasons, all or nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.api.examples import HUZHOU_PLAN_ID, ZHEJIANG_PLAN_ID
from plangraph.graph.export import export_json
from plangraph.graph.model import RelType
from plangraph.graph.store import GraphStore
from plangraph.settings import Settings
from tests.conftest import SEEDS
from tests.expected_plans import HUZHOU, ZHEJIANG

URL = "/api/v1/ingest"


def _client(store: GraphStore, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(api_key="s3cret", **settings), store=store))  # type: ignore[arg-type]


def _upload(*names: str, content: dict[str, bytes] | None = None) -> list[tuple[str, tuple[str, bytes]]]:
    content = content or {}
    return [
        ("files", (name, content[name] if name in content else (SEEDS / name).read_bytes())) for name in names
    ]


def test_upload_is_refused_while_no_key_is_configured(store: GraphStore) -> None:
    client = TestClient(create_app(Settings(api_key=None), store=store))

    response = client.post(URL, files=_upload(HUZHOU), headers={"X-API-Key": "anything"})

    assert response.status_code == 403
    assert "PLANGRAPH_API_KEY" in response.json()["detail"]
    assert store.get_node(HUZHOU_PLAN_ID) is None


def test_upload_without_a_key_is_401_and_with_a_wrong_key_403(store: GraphStore) -> None:
    client = _client(store)

    missing = client.post(URL, files=_upload(HUZHOU))
    wrong = client.post(URL, files=_upload(HUZHOU), headers={"X-API-Key": "guess"})

    assert (missing.status_code, missing.json()["detail"]) == (401, "missing X-API-Key header")
    assert (wrong.status_code, wrong.json()["detail"]) == (403, "wrong API key")
    assert store.get_node(HUZHOU_PLAN_ID) is None


def test_upload_of_two_plans_links_them_like_the_cli(store: GraphStore) -> None:
    client = _client(store)

    response = client.post(URL, files=_upload(HUZHOU, ZHEJIANG), headers={"X-API-Key": "s3cret"})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["files"] == [HUZHOU, ZHEJIANG]
    assert (body["summary"]["documents"], body["summary"]["plans"]) == (2, 2)
    assert body["summary"]["nodes_added"] == body["summary"]["nodes_total"] > 500
    plan = client.get(f"/api/v1/plans/{HUZHOU_PLAN_ID}").json()
    assert plan["source"] == HUZHOU
    assert store.neighbours(HUZHOU_PLAN_ID, [RelType.BASED_ON], "out")
    assert any(edge.type == RelType.IMPLEMENTS for edge in store.export().edges)


def test_a_bad_file_is_named_with_the_cli_reason_and_nothing_is_written(
    store: GraphStore, tmp_path: Path
) -> None:
    client = _client(store)
    bad = {"empty.txt": b"", "hello.txt": b"hello world\n"}
    (tmp_path / "empty.txt").write_bytes(bad["empty.txt"])
    (tmp_path / "hello.txt").write_bytes(bad["hello.txt"])
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "plangraph",
            "ingest",
            "empty.txt",
            "hello.txt",
            "--store",
            str(tmp_path / "s"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    cli_reasons = [
        line.removeprefix("plangraph: error: ") for line in cli.stderr.splitlines() if "error:" in line
    ]

    response = client.post(
        URL, files=_upload(HUZHOU, "empty.txt", "hello.txt", content=bad), headers={"X-API-Key": "s3cret"}
    )

    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "2 of 3 uploaded files cannot be ingested; nothing was written"
    assert [f"{e['file']}: {e['reason']}" for e in body["errors"]] == cli_reasons
    assert store.get_node(HUZHOU_PLAN_ID) is None  # the good file of the batch was not written either


def test_same_name_twice_and_unusable_names_are_refused(store: GraphStore) -> None:
    client = _client(store)
    text = (SEEDS / HUZHOU).read_bytes()

    twice = client.post(
        URL, files=[("files", ("a.txt", text)), ("files", ("a.txt", text))], headers={"X-API-Key": "s3cret"}
    )
    dots = client.post(URL, files=[("files", ("..", text))], headers={"X-API-Key": "s3cret"})

    assert twice.status_code == 422
    assert twice.json()["errors"] == [{"file": "a.txt", "reason": "another uploaded file has the same name"}]
    assert dots.status_code == 422
    assert store.get_node(HUZHOU_PLAN_ID) is None


@pytest.mark.parametrize("chunked", [False, True])
def test_uploads_over_the_size_limit_get_413_and_write_nothing(store: GraphStore, chunked: bool) -> None:
    client = _client(store, max_upload_bytes=10_000)
    body = (SEEDS / ZHEJIANG).read_bytes()  # far over 10 kB
    assert len(body) > 10_000

    if chunked:  # no Content-Length: the limit is counted while the body streams in
        boundary = "plangraphboundary"
        payload = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{ZHEJIANG}"\r\n'
                f"Content-Type: text/plain\r\n\r\n"
            ).encode()
            + body
            + f"\r\n--{boundary}--\r\n".encode()
        )

        def stream():  # type: ignore[no-untyped-def]
            for start in range(0, len(payload), 4096):
                yield payload[start : start + 4096]

        response = client.post(
            URL,
            content=stream(),
            headers={"X-API-Key": "s3cret", "Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
    else:
        response = client.post(URL, files=_upload(ZHEJIANG), headers={"X-API-Key": "s3cret"})

    assert response.status_code == 413
    assert response.json()["detail"] == "upload larger than the server's limit of 10000 bytes"
    assert store.get_node(ZHEJIANG_PLAN_ID) is None


def test_uploading_the_sample_again_changes_nothing(store: GraphStore) -> None:
    client = _client(store)
    files = _upload(HUZHOU, ZHEJIANG)
    assert client.post(URL, files=files, headers={"X-API-Key": "s3cret"}).status_code == 200
    before = export_json(store.export())

    again = client.post(URL, files=files, headers={"X-API-Key": "s3cret"}).json()

    assert (again["summary"]["nodes_added"], again["summary"]["edges_added"]) == (0, 0)
    assert export_json(store.export()) == before


def test_a_413_carries_cors_headers_so_a_browser_can_read_it(store: GraphStore) -> None:
    origin = "https://plans.example"
    client = _client(store, max_upload_bytes=10_000, cors_origins=[origin])

    response = client.post(URL, files=_upload(ZHEJIANG), headers={"X-API-Key": "s3cret", "Origin": origin})

    assert response.status_code == 413
    assert response.headers["access-control-allow-origin"] == origin
