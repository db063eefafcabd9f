"""The screening service: reject mode raises a 422-shaped error naming field, rule and phrase; review mode returns it."""

from __future__ import annotations

import pytest

from app.api.errors import status_of
from app.services.postings.screening import (
    DiscriminatoryPosting,
    assess,
    screen_posting,
)


def test_reject_mode_raises_with_the_field_and_a_reason_quoting_the_phrase() -> None:
    with pytest.raises(DiscriminatoryPosting) as raised:
        screen_posting("reject", "仓管", "身体健康，限男性", ["包住"], "full_time")
    error = raised.value
    assert status_of(error) == 422 and error.field == "description"
    assert error.reason == "违反性别歧视规则：“限男性”（《就业促进法》第二十七条；《妇女权益保障法》第四十三条）"


def test_review_mode_returns_blocking_findings_and_warnings_apart() -> None:
    found = screen_posting("review", "女普工", "年龄18-40岁", ["本地户口优先"], "full_time")
    assert [(p.field, p.finding.rule) for p in found.blocking] == [("title", "sex"), ("tags", "household_registration")]
    assert [(p.field, p.finding.phrase) for p in found.warnings] == [("description", "年龄18-40岁")]


def test_warnings_alone_never_raise() -> None:
    found = screen_posting("reject", "电焊工", "35岁以下", [], "full_time")
    assert found.blocking == () and [p.finding.rule for p in found.warnings] == ["age"]
    assert assess("电焊工", "男女不限", [], None).clean
