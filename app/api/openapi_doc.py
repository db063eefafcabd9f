"""The OpenAPI document as built by FastAPI, with Chinese titles for the parameters no schema model declares
(path ids, a few plain query parameters, the upload form): the docs and the 422s name every field in Chinese.
It also puts back the nulls of the models' examples, which FastAPI drops from the whole document, and gives
path ids and the usual filters an example each."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI

from app.schemas.titles import title_of

CJK = re.compile(r"[\u3400-\u9fff]")


def install_chinese_titles(app: FastAPI) -> None:
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _with_parameter_examples(_with_examples_as_written(_with_titles(build())))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise the document


def _with_titles(doc: dict[str, Any]) -> dict[str, Any]:
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                _title(parameter.setdefault("schema", {}), parameter["name"])
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if name.startswith("Body_"):  # what FastAPI makes of form and file parameters
            for field, property_schema in schema.get("properties", {}).items():
                _title(property_schema, field)
    return doc


def _title(schema: dict[str, Any], name: str) -> None:
    chinese = title_of(name)
    if chinese and not CJK.search(str(schema.get("title", ""))):
        schema["title"] = chinese


# what a reader would type: the place the response examples are in (瑶海区, 明光路社区) and an id like theirs
PARAMETER_EXAMPLES: dict[str, Any] = {
    "district": "340102",  # 瑶海区
    "community_code": "340102001001",
    "code": "340102001001",
}
ID_EXAMPLE = 12


def _with_parameter_examples(doc: dict[str, Any]) -> dict[str, Any]:
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.setdefault("schema", {})
                example = PARAMETER_EXAMPLES.get(parameter["name"])
                if parameter["in"] == "path" and parameter["name"].endswith("_id"):
                    example = ID_EXAMPLE
                if example is not None and "examples" not in schema:
                    schema["examples"] = [example]
    return doc


def _with_examples_as_written(doc: dict[str, Any]) -> dict[str, Any]:
    """FastAPI encodes the document without nulls (`exclude_none`), so `"fair_id": null` left the examples and
    made them invalid: put back a null for every required property that the schema lets be null. Pydantic sorts
    the examples' keys too: put them back in the fields' order, so an example reads `id` first, as a response does."""
    components = doc.get("components", {}).get("schemas", {})
    for schema in components.values():
        for example in schema.get("examples", []):
            _as_written(example, schema, components)
    return doc


def _as_written(value: Any, schema: dict[str, Any], components: dict[str, Any]) -> None:
    if "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    branches = [b for b in schema.get("anyOf", []) if b.get("type") != "null"]
    if len(branches) == 1:
        _as_written(value, branches[0], components)
    elif isinstance(value, list):
        for item in value:
            _as_written(item, schema.get("items", {}), components)
    elif isinstance(value, dict):
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value and _nullable(properties.get(name, {})):
                value[name] = None
        for name, item in value.items():
            _as_written(item, properties.get(name, {}), components)
        as_declared = {name: value[name] for name in [*properties, *value] if name in value}
        value.clear()
        value.update(as_declared)


def _nullable(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or any(b.get("type") == "null" for b in schema.get("anyOf", []))
