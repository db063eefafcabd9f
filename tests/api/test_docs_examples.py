"""Every operation in the API docs shows an example a reader can copy (its request body, a parameter, or its
success response), and every example in the document is valid against the schema it illustrates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from jsonschema import Draft202012Validator

from app.config import Settings
from app.main import create_app

Doc = dict[str, Any]
JSON = "application/json"
FORMATS = Draft202012Validator.FORMAT_CHECKER  # dates among them: `2026-11-31` is no example


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Doc:
    app: FastAPI = create_app(Settings(data_dir=tmp_path_factory.mktemp("examples"), embedder="hashing"))
    return app.openapi()


def operations(doc: Doc) -> dict[tuple[str, str], Doc]:
    return {(method, path): op for path, ops in doc["paths"].items() for method, op in ops.items()}


def successes(op: Doc) -> Iterator[Doc]:
    yield from (response for status, response in op["responses"].items() if status.startswith("2"))


def resolve(doc: Doc, schema: Doc) -> Doc:
    ref = schema.get("$ref", "")
    return doc["components"]["schemas"][ref.rsplit("/", 1)[-1]] if ref else schema


def shows_example(doc: Doc, content: Doc) -> bool:
    """Swagger UI and ReDoc show a media type's own example, else its schema's, else an array of its items'."""
    schema = resolve(doc, content.get("schema", {}))
    items = resolve(doc, schema.get("items", {})) if schema.get("type") == "array" else {}
    return any(
        bool(s)
        for s in (content.get("example"), content.get("examples"), schema.get("examples"), items.get("examples"))
    )


def test_every_json_success_response_has_an_example(doc: Doc) -> None:
    missing = [
        (method, path)
        for (method, path), op in operations(doc).items()
        for response in successes(op)
        if JSON in response.get("content", {}) and not shows_example(doc, response["content"][JSON])
    ]
    assert missing == []


def test_every_other_success_response_names_its_media_type_and_says_what_it_is(doc: Doc) -> None:
    downloads = {
        (path, media_type): response["description"]
        for (_, path), op in operations(doc).items()
        for response in successes(op)
        for media_type in response.get("content", {})
        if media_type != JSON
    }
    assert len(downloads) >= 16  # the statistics' CSV and XLSX, the upload template and error sheet
    assert all(description and description != "Successful Response" for description in downloads.values())


def test_every_operation_has_an_example_somewhere(doc: Doc) -> None:
    def has_example(op: Doc) -> bool:
        body = op.get("requestBody", {}).get("content", {}).values()
        parameters = [p for p in op.get("parameters", []) if p.get("example") or p["schema"].get("examples")]
        responses = [r["content"][JSON] for r in successes(op) if JSON in r.get("content", {})]
        return bool(parameters) or any(shows_example(doc, content) for content in [*body, *responses])

    def only_downloads(op: Doc) -> bool:
        return all(r.get("content") and JSON not in r["content"] for r in successes(op))

    missing = [key for key, op in operations(doc).items() if not has_example(op) and not only_downloads(op)]
    assert missing == []


def examples_in(node: Any, where: str) -> Iterator[tuple[str, Doc, Any]]:
    """(where, schema, example) for every `examples` list of a schema and every media type's `example`."""
    if isinstance(node, dict):
        if isinstance(node.get("examples"), list) and "examples" not in node.get("properties", {}):
            schema = {k: v for k, v in node.items() if k != "examples"}
            yield from ((where, schema, example) for example in node["examples"])
        if "example" in node and isinstance(node.get("schema"), dict):
            yield where, node["schema"], node["example"]
        for key, value in node.items():
            yield from examples_in(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from examples_in(value, f"{where}/{index}")


def test_every_example_is_valid_against_its_schema(doc: Doc) -> None:
    found = list(examples_in({"paths": doc["paths"], "components": doc["components"]}, ""))
    assert len(found) >= 100
    components = doc["components"]
    invalid = [
        f"{where}: {error.message}"
        for where, schema, example in found
        for error in Draft202012Validator({**schema, "components": components}, format_checker=FORMATS).iter_errors(
            example
        )
    ]
    assert invalid == []


def test_examples_read_in_the_fields_order_with_their_nulls(doc: Doc) -> None:
    """Pydantic sorts an example's keys and FastAPI drops its nulls; the document puts both back."""
    schemas = doc["components"]["schemas"]
    unordered = [
        name
        for name, schema in schemas.items()
        for example in schema.get("examples", [])
        if isinstance(example, dict) and list(example) != [p for p in schema.get("properties", {}) if p in example]
    ]
    assert unordered == []
    assert list(schemas["JobOut"]["examples"][0])[:2] == ["id", "employer_id"]
    assert schemas["JobOut"]["examples"][0]["fair_id"] is None
