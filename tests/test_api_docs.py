"""The API documentation: offline pages, a summary and a working example for every operation."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from plangraph.api.app import create_app
from plangraph.api.examples import EXAMPLE_IDS
from plangraph.graph.store import GraphStore

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
