"""The OpenAPI document as built by FastAPI, with Chinese titles for the parameters no schema model declares
(path ids, a few plain query parameters, the upload form): the docs and the 422s name every field in Chinese."""

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
            app.openapi_schema = _with_titles(build())
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
