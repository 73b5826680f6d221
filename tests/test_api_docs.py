"""The API documentation: offline pages, a summary and a working example for every operation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.api.examples import EXAMPLE_IDS
from plangraph.graph.store import GraphStore
from plangraph.graph.store.open_store import open_store
from tests.browser import CHROMIUM, LoopbackServer, chromium

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


@pytest.fixture
def client(sample_store: GraphStore) -> Iterator[TestClient]:
    with TestClient(create_app(store=sample_store)) as test_client:
        yield test_client


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_this_server(client: TestClient, page: str) -> None:
    html = client.get(page).text

    assert not EXTERNAL.search(html), EXTERNAL.search(html)
    assert "fonts.googleapis" not in html
    assets = re.findall(r"""(?:src|href)=["']?(/[^"' >]+)""", html)
    assert any(a.endswith(".js") for a in assets)
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 1000, asset


def test_the_offline_check_catches_a_cdn_link() -> None:
    assert EXTERNAL.search(
        '<script src="https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js">'
    )
    assert EXTERNAL.search("<link href='//unpkg.com/x.css'>")
    assert not EXTERNAL.search('<script src="/static/docs/swagger-ui-bundle.js">')


def _operations(schema: dict) -> Iterator[tuple[str, str, dict]]:
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def _has_example(operation: dict, schema: dict) -> bool:
    if any("examples" in p or "example" in p for p in operation.get("parameters", [])):
        return True
    for response in operation.get("responses", {}).values():
        for content in response.get("content", {}).values():
            if "example" in content or "examples" in content:
                return True
            ref = content.get("schema", {}).get("$ref", "")
            component = schema["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
            if component.get("examples"):
                return True
    return False


def test_every_operation_has_a_summary_and_an_example(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    operations = list(_operations(schema))

    assert len(operations) >= 18
    assert [p for p, _, op in operations if not op.get("summary")] == []
    assert [f"{m.upper()} {p}" for p, m, op in operations if not _has_example(op, schema)] == []


def test_every_example_id_in_the_docs_exists_in_the_sample_graph(
    client: TestClient, sample_store: GraphStore
) -> None:
    text = client.get("/openapi.json").text
    ids = set(
        re.findall(r'"((?:plan|task|section|indicator|system|region|agency|pilot|law)-[0-9a-f]{6,12})"', text)
    )

    assert set(EXAMPLE_IDS) <= ids
    assert {i for i in ids if sample_store.get_node(i) is None} == set()


def test_redoc_bundle_asks_no_cdn_for_its_logo(client: TestClient) -> None:
    html = client.get("/redoc").text
    (script,) = re.findall(r'<script src="(/[^"]+\.js)"', html)
    bundle = client.get(script)

    assert bundle.status_code == 200 and bundle.headers["content-type"].startswith("text/javascript")
    assert "API docs by Redocly" in bundle.text  # the footer stays, with an inline logo
    assert "cdn.redoc.ly" not in bundle.text


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: apt-get install chromium")
@pytest.mark.parametrize(
    ("page", "drawn"), [("/docs", ".swagger-ui .info"), ("/redoc", "text=API docs by Redocly")]
)
def test_docs_pages_request_nothing_elsewhere_and_log_no_error(
    sample_store_dir: Path, page: str, drawn: str
) -> None:
    store = open_store(sample_store_dir)
    with LoopbackServer(create_app(store=store)) as server, chromium() as browser:
        tab = browser.new_context().new_page()
        requests: list[str] = []
        errors: list[str] = []
        tab.on("request", lambda request: requests.append(request.url))
        tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        base = server.base_url
        tab.goto(base + page)
        tab.wait_for_selector(drawn, timeout=60_000)
        tab.wait_for_load_state("networkidle")
    store.close()

    assert [url for url in requests if not url.startswith((base, f"blob:{base}", "data:"))] == []
    assert errors == []


def test_every_path_and_query_parameter_has_an_example(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    missing = [
        f"{method.upper()} {path} {parameter['in']} {parameter['name']}"
        for path, method, operation in _operations(schema)
        for parameter in operation.get("parameters", [])
        if parameter["in"] in ("path", "query")
        and not ({"example", "examples"} & (parameter.keys() | parameter.get("schema", {}).keys()))
    ]

    assert len(list(_operations(schema))) >= 18
    assert missing == []
