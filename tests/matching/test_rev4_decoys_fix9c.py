"""Issue 22 s13 (rev4 classes 4, 7, 8, 9): decoys for this session's new rules. A sex-split age cap keeps the wider
bound in either order; a subsidy, a welcome or a past hire of disabled people does not reserve the post; a meal named
in the clause after 饭点 picks that rush; a single rest day after a Monday-to-Friday week is no weekend work. Each
wording is made up here (the reviewer's lines varied); none is a persona's or a real posting's."""

from __future__ import annotations

from datetime import date

import pytest

from matching.facts import posting_facts

TODAY = date(2026, 12, 6)


def codes(title: str, text: str) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for f in posting_facts(title, text):
        out.setdefault(f.code, []).append(f.value)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "限男45以下，女50以下",
        "限男45以下女50以下",
        "限男四十五以下，女五十以下",
        "仅限男45岁以下、女50岁以下",
        "女50以下，男45以下",
    ],
)
def test_sex_split_caps_keep_the_wider(text: str) -> None:
    assert codes("保洁", text).get("age_range") == ["-50"]


@pytest.mark.parametrize("text", ["限45以下", "限男45岁以下"])
def test_a_single_cap_after_xian_still_read(text: str) -> None:
    assert codes("保洁", text).get("age_range") == ["-45"]


@pytest.mark.parametrize(
    "text",
    [
        "持残疾证者每月有补贴，健全人也招",
        "持残疾证者享受政府补贴",
        "持有残疾证的每月补助300",
        "欢迎持残疾证者",
        "曾招收残疾人员工多名，欢迎大家应聘",
        "以前招过残疾人朋友，干得很好",
        "招收残疾人员工，也欢迎健全人",
    ],
)
def test_disabled_people_welcomed_not_reserved(text: str) -> None:
    assert "disabled_only" not in codes("包装工", text)


@pytest.mark.parametrize("text", ["只招残疾人", "须持残疾证", "要求持有残疾人证", "残疾人专岗"])
def test_reserved_posts_still_read(text: str) -> None:
    assert "disabled_only" in codes("文员", text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("饭点帮工，中午", "11:00-13:30"),
        ("饭点帮工（中午）", "11:00-13:30"),
        ("饭点兼职，晚上", "17:00-20:00"),
        ("饭点帮忙（晚上来）", "17:00-20:00"),
    ],
)
def test_meal_named_after_picks_one_rush(text: str, span: str) -> None:
    assert codes("饭店", text).get("hours") == [span]


@pytest.mark.parametrize(
    "text",
    [
        "周一至周五上班，礼拜天休息",
        "周一到周五上班，周日休息",
        "星期一至星期五工作，星期天休",
        "礼拜天休息，礼拜六加班自愿",
        "周日休息，周六加班可选",
    ],
)
def test_rest_day_beside_a_five_day_week_no_weekend_work(text: str) -> None:
    assert "weekends_worked" not in codes("文员", text)


@pytest.mark.parametrize("text", ["周日休息", "每周日休息，周六正常上班", "周一至周五全天，周六上半天，周日休息"])
def test_a_lone_sunday_off_still_weekend_work(text: str) -> None:
    assert "weekends_worked" in codes("店员", text)
