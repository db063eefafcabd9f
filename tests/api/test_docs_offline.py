"""The API docs need no network and document every operation in Chinese: a summary, a described tag, a stable
operationId and a request example each; /docs and /redoc load only what the service itself serves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

Doc = dict[str, Any]
CJK = re.compile(r"[\u3400-\u9fff]")
PINNED_IDS = {  # what generated clients call them: changing one breaks every client built from the document
    ("post", "/v1/jobs"): "jobs-create_job",
    ("get", "/v1/jobseekers/{seeker_id}/matches"): "jobseekers-list_matches",
    ("post", "/v1/matches/search"): "matches-search",
    ("post", "/v1/uploads"): "uploads-create_upload",
    ("get", "/healthz"): "health-healthz",
    ("get", "/readyz"): "health-readyz",
}
ASSET_TYPES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "text/javascript",
    "favicon-32x32.png": "image/png",
}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    return create_app(Settings(data_dir=tmp_path_factory.mktemp("docs"), embedder="hashing"))


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    yield TestClient(app)  # no lifespan: the docs need no database, model or index


@pytest.fixture(scope="module")
def doc(app: FastAPI) -> Doc:
    return app.openapi()


def operations(doc: Doc) -> dict[tuple[str, str], Doc]:
    return {(method, path): op for path, ops in doc["paths"].items() for method, op in ops.items()}


def test_every_operation_has_a_chinese_summary(doc: Doc) -> None:
    assert len(operations(doc)) >= 60
    missing = [key for key, op in operations(doc).items() if not CJK.search(op.get("summary", ""))]
    assert missing == []


def test_every_operation_has_one_tag_described_in_chinese(doc: Doc) -> None:
    described = {tag["name"]: tag["description"] for tag in doc["tags"]}
    assert all(CJK.search(text) for text in described.values())
    assert all(CJK.search(tag["x-displayName"]) for tag in doc["tags"])  # ReDoc's menu shows it
    untagged = [key for key, op in operations(doc).items() if len(op.get("tags", [])) != 1]
    assert untagged == []
    assert {op["tags"][0] for op in operations(doc).values()} <= described.keys()


def test_operation_ids_are_unique_and_name_the_tag_and_function_not_the_path(doc: Doc) -> None:
    ids = [op["operationId"] for op in operations(doc).values()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+-[a-z_]+", i) for i in ids), ids
    assert {key: operations(doc)[key]["operationId"] for key in PINNED_IDS} == PINNED_IDS


def test_every_request_body_has_an_example(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]

    def has_example(content: Doc) -> bool:
        ref = content["schema"].get("$ref", "").rsplit("/", 1)[-1]
        return bool(content.get("example") or content.get("examples") or schemas.get(ref, {}).get("examples"))

    bodies = {key: op["requestBody"]["content"] for key, op in operations(doc).items() if "requestBody" in op}
    assert len(bodies) >= 19
    missing = [key for key, content in bodies.items() if not all(has_example(c) for c in content.values())]
    assert missing == []


def test_every_request_field_and_parameter_has_a_chinese_title(doc: Doc) -> None:
    schemas = doc["components"]["schemas"]
    untitled = [
        (key, parameter["name"])
        for key, op in operations(doc).items()
        for parameter in op.get("parameters", [])
        if not CJK.search(parameter["schema"].get("title", ""))
    ]
    request_models = {
        name for op in operations(doc).values() for name in re.findall(r"schemas/([\w.-]+)", str(op.get("requestBody")))
    }
    seen: set[str] = set()
    while request_models - seen:  # the bodies and every model they refer to
        name = (request_models - seen).pop()
        seen.add(name)
        request_models |= set(re.findall(r"schemas/([\w.-]+)", str(schemas[name])))
        properties = schemas[name].get("properties", {})
        untitled += [(name, field) for field, s in properties.items() if not CJK.search(s.get("title", ""))]
    assert untitled == []


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [value or "" for name, value in attrs if name in {"src", "href", "spec-url"}]


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_the_docs_pages_load_only_what_the_service_serves(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    links = Links()
    links.feed(page.text)
    assert links.urls and all(url.startswith("/") and not url.startswith("//") for url in links.urls), links.urls
    assert "http" not in page.text.replace("http-equiv", "")  # no CDN, no fonts, no validator
    policy = page.headers["content-security-policy"]
    assert "http" not in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    for url in links.urls:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(("name", "content_type"), ASSET_TYPES.items())
def test_the_viewers_files_are_served(client: TestClient, name: str, content_type: str) -> None:
    response = client.get(f"/docs/assets/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)
    assert len(response.content) > 500


def test_the_vendored_viewers_carry_their_licences(client: TestClient) -> None:
    for licence in ("LICENSE-swagger-ui", "NOTICE-swagger-ui", "LICENSE-redoc"):
        assert client.get(f"/docs/assets/{licence}").status_code == 200


def test_no_vendored_file_loads_from_a_cdn() -> None:
    """ReDoc's logo came from cdn.redoc.ly (app/docs_assets/README.md says how it was replaced)."""
    from app.api.docs import ASSETS

    for script in ASSETS.glob("*.js"):
        assert not re.search(r"https://(cdn|fonts|unpkg)\.", script.read_text(encoding="utf-8")), script.name
