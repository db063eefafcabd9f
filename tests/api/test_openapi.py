"""The OpenAPI document lists every route with examples and error shapes, and real responses conform to it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from tests.factories import HEFEI, employer, job_body, loc, post_job, post_seeker

Doc = dict[str, Any]
ROUTES = {
    ("post", "/v1/employers"),
    ("get", "/v1/employers/{employer_id}"),
    ("post", "/v1/jobs"),
    ("get", "/v1/jobs"),
    ("get", "/v1/jobs/{job_id}"),
    ("patch", "/v1/jobs/{job_id}"),
    ("post", "/v1/jobs/{job_id}/close"),
    ("get", "/v1/jobs/{job_id}/matches"),
    ("post", "/v1/jobseekers"),
    ("get", "/v1/jobseekers/{seeker_id}"),
    ("patch", "/v1/jobseekers/{seeker_id}"),
    ("delete", "/v1/jobseekers/{seeker_id}"),
    ("get", "/v1/jobseekers/{seeker_id}/matches"),
    ("post", "/v1/matches/search"),
    ("get", "/healthz"),
}
CREATE_BODIES = ["/v1/jobs", "/v1/jobseekers", "/v1/employers", "/v1/matches/search"]
ERROR_BODY_REF = "#/components/schemas/ErrorBody"


@pytest.fixture
def doc(api: httpx.Client) -> Doc:
    response = api.get("/openapi.json")
    assert response.status_code == 200, response.text
    document: Doc = response.json()
    return document


def operations(doc: Doc) -> dict[tuple[str, str], Doc]:
    return {(method, path): op for path, ops in doc["paths"].items() for method, op in ops.items()}


def component(doc: Doc, ref: str) -> Doc:
    assert ref.startswith("#/components/schemas/"), ref
    schema: Doc = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return schema


def assert_conforms(doc: Doc, method: str, path: str, status: int, response: httpx.Response) -> None:
    assert response.status_code == status, response.text
    schema = operations(doc)[(method, path)]["responses"][str(status)]["content"]["application/json"]["schema"]
    validator = Draft202012Validator({**schema, "components": doc["components"]})
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(response.json())]
    assert not errors, errors


def test_lists_every_route(doc: Doc) -> None:
    assert operations(doc).keys() >= ROUTES


@pytest.mark.parametrize("path", CREATE_BODIES)
def test_documents_an_example_for_each_request_body(doc: Doc, path: str) -> None:
    body_schema = operations(doc)[("post", path)]["requestBody"]["content"]["application/json"]["schema"]
    assert component(doc, body_schema["$ref"]).get("examples"), f"no examples for POST {path}"


def test_documents_404_and_422_with_the_error_body(doc: Doc) -> None:
    documented = {
        (method, path, status): op["responses"][status]["content"]["application/json"]["schema"]["$ref"]
        for (method, path), op in operations(doc).items()
        if path.startswith("/v1/")
        for status in ("404", "422")
    }
    assert set(documented.values()) == {ERROR_BODY_REF}
    assert {"code", "message", "errors"} <= component(doc, ERROR_BODY_REF)["properties"].keys()


def test_job_responses_conform_to_the_schema(api: httpx.Client, doc: Doc) -> None:
    employer_id = employer(api)
    created = api.post("/v1/jobs", json=job_body(employer_id, headcount=2, tags=["包住"], external_id="A-1"))
    assert_conforms(doc, "post", "/v1/jobs", 201, created)
    assert_conforms(doc, "get", "/v1/jobs", 200, api.get("/v1/jobs"))
    job_id = created.json()["id"]
    post_seeker(api, HEFEI, radius_km=5)
    page = api.get(f"/v1/jobs/{job_id}/matches")
    assert page.json()["items"], page.text
    assert_conforms(doc, "get", "/v1/jobs/{job_id}/matches", 200, page)


def test_match_responses_conform_to_the_schema(api: httpx.Client, doc: Doc) -> None:
    post_job(api, employer(api))
    seeker_id = post_seeker(api, HEFEI)
    page = api.get(f"/v1/jobseekers/{seeker_id}/matches")
    assert page.json()["items"], page.text
    assert_conforms(doc, "get", "/v1/jobseekers/{seeker_id}/matches", 200, page)
    search = api.post("/v1/matches/search", json={"text": "电焊", "location": loc(HEFEI), "radius_km": 3})
    assert search.json()["items"], search.text
    assert_conforms(doc, "post", "/v1/matches/search", 200, search)


def test_validation_error_conforms_to_the_schema(api: httpx.Client, doc: Doc) -> None:
    rejected = api.post("/v1/jobs", json=job_body(employer(api), title=""))
    assert_conforms(doc, "post", "/v1/jobs", 422, rejected)


def test_serves_interactive_docs(api: httpx.Client) -> None:
    response = api.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<html" in response.text.lower()
