"""Request-validation 422s in the client's language: Chinese by default, naming each field by its Chinese title;
pydantic's English when the client asks for English (Accept-Language: en)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request

from app.schemas.common import FieldError
from app.schemas.titles import title_of

CJK = re.compile(r"[\u3400-\u9fff]")
QUOTED = re.compile(r"'([^']*)'")
WITHIN_YEARS = re.compile(r"must be within (\d+) years")
LOCATIONS = {"body", "query", "path", "header", "cookie"}

# pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/); `{name}` comes from its ctx
REASONS = {
    "missing": "必填",
    "extra_forbidden": "不认识的字段，请删除",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "最多 {max_length} 个字符",
    "too_short": "至少 {min_length} 项",
    "too_long": "最多 {max_length} 项",
    "greater_than": "须大于 {gt}",
    "greater_than_equal": "须大于或等于 {ge}",
    "less_than": "须小于 {lt}",
    "less_than_equal": "须小于或等于 {le}",
    "multiple_of": "须是 {multiple_of} 的倍数",
    "finite_number": "须是有限的数",
    "string_type": "须是文本",
    "string_pattern_mismatch": "格式不对",
    "int_type": "须是整数",
    "int_parsing": "须是整数",
    "int_from_float": "须是整数，不能有小数",
    "float_type": "须是数字",
    "float_parsing": "须是数字",
    "bool_type": "须是 true 或 false",
    "bool_parsing": "须是 true 或 false",
    "list_type": "须是数组",
    "dict_type": "须是对象",
    "model_type": "须是对象",
    "model_attributes_type": "须是对象",
    "date_type": "须是日期，如 2026-01-31",
    "date_parsing": "不是有效日期，应如 2026-01-31",
    "date_from_datetime_parsing": "不是有效日期，应如 2026-01-31",
    "date_from_datetime_inexact": "须是日期，不带时刻",
    "datetime_type": "须是时间，如 2026-01-31T09:00:00+08:00",
    "datetime_parsing": "不是有效时间，应如 2026-01-31T09:00:00+08:00",
    "datetime_from_date_parsing": "不是有效时间，应如 2026-01-31T09:00:00+08:00",
    "timezone_aware": "须带时区，如 +08:00",
    "url_parsing": "不是有效网址",
    "uuid_parsing": "不是有效的 UUID",
    "json_invalid": "不是有效的 JSON",
}
# The English messages of the schemas' own checks (app/schemas); a message already in Chinese is used as it is.
VALUE_ERRORS = {
    "must not contain NUL characters": "不能含 NUL 字符",
    "is out of range": "超出范围",
    "salary.min must not exceed salary.max": "薪资下限不能高于上限",
    "ends_at must be after starts_at": "结束时间须晚于开始时间",
    "phone must be an 11-digit mainland mobile number, e.g. 13805511234": "须是 11 位大陆手机号，如 13805511234",
    "id_number must be 18 characters: 17 digits and a digit or X": "须是 18 位：17 位数字加 1 位数字或 X",
    "id_number: the check character (the last one) does not match; please re-check the number": "校验位（最后一位）不符，请核对号码",
    "jobseekers sign in with WeChat; they are not created here": "求职者用微信登录，不在这里创建",
    "employer_id is required for employer members and only for them": "用人单位成员须填用人单位编号，其他角色不填",
    "districts are required for operators and only for them": "经办人须填负责区县，其他角色不填",
}


def wants_english(accept_language: str) -> bool:
    """Whether the client prefers English to Chinese: the first of the two by q-value (ties: the first listed)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        q = re.search(r"q=([0-9.]+)", params)
        language = tag.strip().lower().split("-")[0]
        quality = _quality(q.group(1) if q else "1")
        if language in {"en", "zh"} and quality > 0:  # q=0: "not this one"
            ranked.append((-quality, position, language))
    return bool(ranked) and min(ranked)[2] == "en"


def field_errors(request: Request, errors: Sequence[dict[str, Any]]) -> list[FieldError]:
    english = wants_english(request.headers.get("accept-language", ""))
    operation = _operation(request)
    return [
        FieldError(
            field=field_name(error),
            title=None if english else _title(request.app, operation, error),
            reason=english_reason(error) if english else chinese_reason(error),
        )
        for error in errors
    ]


def field_name(error: dict[str, Any]) -> str:
    if error.get("type") == "json_invalid":
        return "body"  # its loc holds a character offset, not a field
    parts = [str(p) for p in error["loc"]]
    if parts and parts[0] in LOCATIONS and len(parts) > 1:
        parts = parts[1:]
    return ".".join(parts) or "body"


def english_reason(error: dict[str, Any]) -> str:
    if error.get("type") == "extra_forbidden":
        return "unknown field"
    if error.get("type") == "json_invalid":
        return f"invalid JSON: {error.get('ctx', {}).get('error', 'cannot parse')}"
    return str(error["msg"]).removeprefix("Value error, ")


def chinese_reason(error: dict[str, Any]) -> str:
    kind, ctx = str(error.get("type", "")), error.get("ctx") or {}
    if kind in {"enum", "literal_error"}:
        return "须是以下之一：" + "、".join(QUOTED.findall(str(ctx.get("expected", ""))))
    if kind in {"string_too_short", "too_short"} and ctx.get("min_length") == 1:
        return "不能为空"
    if kind == "value_error":
        return _value_error(english_reason(error))
    template = REASONS.get(kind)
    if template is None:
        return f"取值不对（{error['msg']}）"  # a rare pydantic check without a translation yet: say what it says
    return template.format(**{name: _plain(value) for name, value in ctx.items()})


def _value_error(message: str) -> str:
    if CJK.search(message):
        return message
    years = WITHIN_YEARS.fullmatch(message)
    if years:
        return f"须在 {years.group(1)} 年以内"
    return VALUE_ERRORS.get(message, f"取值不对（{message}）")


def _plain(value: Any) -> Any:
    """90, not 90.0: a bound set as a float reads as the number it is."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _quality(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _operation(request: Request) -> dict[str, Any]:
    """This request's operation in the app's OpenAPI document (built once, then cached by FastAPI)."""
    route = request.scope.get("route")
    path, method = getattr(route, "path_format", None), request.method.lower()
    if path is None:
        return {}
    operation: dict[str, Any] = request.app.openapi().get("paths", {}).get(path, {}).get(method, {})
    return operation


def _title(app: FastAPI, operation: dict[str, Any], error: dict[str, Any]) -> str:
    """The field's Chinese title as the docs show it; for a nested field, its parents' titles too (位置·纬度)."""
    loc = [p for p in error["loc"] if not isinstance(p, int)]
    if error.get("type") == "json_invalid" or len(loc) < 2:
        return "请求体"
    documented = _documented_titles(app.openapi(), operation, loc)
    names = [str(p) for p in loc[1:]]
    titles = [t if t and CJK.search(t) else title_of(n) or n for t, n in zip(documented + [None] * len(names), names)]
    return "·".join(titles)


def _documented_titles(doc: dict[str, Any], operation: dict[str, Any], loc: list[Any]) -> list[str | None]:
    where, names = str(loc[0]), [str(p) for p in loc[1:]]
    if where == "body":
        contents: list[dict[str, Any]] = list(operation.get("requestBody", {}).get("content", {}).values())
        return _walk(doc, contents[0].get("schema", {}) if contents else {}, names)
    parameters: list[dict[str, Any]] = operation.get("parameters", [])
    found: dict[str, Any] = next((p.get("schema", {}) for p in parameters if p.get("name") == names[0]), {})
    return [found.get("title"), *_walk(doc, found, names[1:])]


def _walk(doc: dict[str, Any], schema: dict[str, Any], names: list[str]) -> list[str | None]:
    titles: list[str | None] = []
    for name in names:
        field = _properties(doc, schema).get(name)
        if field is None:
            break
        titles.append(field.get("title") or _resolve(doc, field).get("title"))
        schema = field
    return titles


def _properties(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, looking through $ref, arrays and optional (anyOf with null) wrappers."""
    schema = _resolve(doc, schema)
    if "properties" in schema:
        properties: dict[str, Any] = schema["properties"]
        return properties
    for inner in [schema.get("items"), *schema.get("anyOf", []), *schema.get("allOf", [])]:
        if isinstance(inner, dict) and (found := _properties(doc, inner)):
            return found
    return {}


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return schema
    resolved: dict[str, Any] = doc.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1], {})
    return resolved
