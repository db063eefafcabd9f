"""Years of work and 驾龄, both sides (issue 22): what a posting demands, what a person states, and the meeting rule.

A demand keeps a posting out only where the person's stated years of that kind are known and below it; vague years
("好几年", "十来年") are read as the most they allow, and years of another kind do not meet a skilled trade's demand."""

from datetime import date

import pytest

from matching.facts.bits import job_bits
from matching.facts.explanations import explain_facts
from matching.facts.person import seeker_limits
from matching.facts.reader import posting_facts, seeker_facts

TODAY = date(2026, 12, 5)


def _asked(title: str, text: str, code: str = "experience_min") -> list[str | None]:
    return [f.value for f in posting_facts(title, text) if f.code == code]


def _held(text: str, code: str = "experience") -> list[str | None]:
    return [f.value for f in seeker_facts("", text, today=TODAY) if f.code == code]


@pytest.mark.parametrize(
    ("title", "text", "years"),
    [
        ("焊工", "3年以上经验，包吃住", ["3"]),
        ("维修电工", "有2年相关工作经验", ["2"]),
        ("维修电工", "从事电工工作3年以上，持证上岗", ["3"]),
        ("仓管员", "负责出入库，干过仓管两年以上的，单休", ["2"]),
        ("会计", "做过一年以上出纳，双休", ["1"]),
        ("货车司机", "开过厢货三年以上，早出晚归", ["3"]),
        ("水电工", "持低压电工证，两年以上，常爬梯子", ["2"]),  # years alone, a whole clause: of the trade
        ("缝纫工", "招熟练平车工，两年以上的来，生手不要", ["2"]),  # the years written, not the 熟练 year
        ("车位工", "只招熟手，计件", ["1"]),
        ("车位工", "生手勿扰", ["1"]),
        ("焊工", "有经验者优先，会二保焊", []),  # a preference, not a demand
        ("普工", "无经验可培训，包吃住", []),
        ("普工", "合同一年以上，包吃住", []),  # years of a contract
        ("普工", "签约，三年以上，五险", []),
        ("保安", "18岁以上，身体好", []),
    ],
)
def test_what_a_posting_demands_in_years_of_work(title: str, text: str, years: list[str]) -> None:
    assert _asked(title, text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("驾龄3年以上，C1驾照", ["3"]),
        ("需有五年驾龄", ["5"]),
        ("驾龄一年以上就行", ["1"]),
        ("有驾龄五年以上者优先", []),
    ],
)
def test_what_a_posting_demands_in_years_of_holding_a_licence(text: str, years: list[str]) -> None:
    assert _asked("司机", text, "driving_years_min") == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("在厂里干了六年电焊", ["6"]),
        ("跑了两年货运", ["2"]),
        ("干了十来年瓦工", ["13"]),  # vague: the most the words allow (十来: ten or a few more)
        ("做了好几年保洁", ["9"]),
        ("刚出来找工作，还没正式干过", ["0"]),
        ("没上过班", ["0"]),
        ("以前做过收银", [None]),  # work, years unsaid
    ],
)
def test_what_a_person_states_in_years_of_work(text: str, years: list[str | None]) -> None:
    assert _held(text) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("前年才拿的C2本子，拿了就开车", ["2"]),
        ("去年拿的驾照", ["1"]),
        ("驾照是去年考的", ["1"]),
        ("今年才考的B2", ["0"]),
        ("本子拿了七年", ["7"]),
        ("驾照刚考下来", ["0"]),
        ("2021年拿的A2驾照", ["5"]),  # a year written out: as of today
        ("我儿子去年拿的驾照", []),  # someone else's
        ("今年拿的本科文凭", []),  # not a licence
    ],
)
def test_what_a_person_states_in_years_of_holding_a_licence(text: str, years: list[str]) -> None:
    assert _held(text, "driving_years") == years


def test_a_licence_year_written_out_needs_the_day_it_is_read_on() -> None:
    assert not [f for f in seeker_facts("", "2021年拿的A2驾照") if f.code == "driving_years"]


def _fits(person: str, title: str, posting: str) -> bool:
    return seeker_limits(seeker_facts("", person, today=TODAY)).fits(posting_facts(title, posting), TODAY)


@pytest.mark.parametrize(
    ("person", "title", "posting", "fits"),
    [
        ("前年才拿的C1本子，跑了两年网约车", "网约车司机", "C1驾照，驾龄三年以上", False),
        ("前年才拿的C1本子，跑了两年网约车", "送菜司机", "C1驾照，驾龄一年以上就行", True),
        ("本子拿了八年", "商务车司机", "C1驾龄五年以上", True),
        ("开了十年货车", "商务车司机", "C1驾龄五年以上", True),  # 驾龄 unsaid: years of driving do not tell it
        ("电气专业刚毕业，还没正式干过", "水电工", "持低压电工证，两年以上", False),
        ("电气专业刚毕业，还没正式干过", "电工学徒", "不要经验，包教会", True),
        ("干过几年包装", "缝纫工", "招熟练平车工，计件", False),  # another kind: none of a 平车工's years
        ("干过几年包装", "普工", "一年以上普工经验", True),  # line work: the vague years count
        ("干了两年电焊", "焊工", "三年以上电焊经验", False),
        ("干了十来年电焊", "焊工", "三年以上电焊经验", True),
        ("做了好几年", "焊工", "三年以上电焊经验", True),  # vague, no trade: never out on a guess
        ("身体好，能吃苦", "焊工", "三年以上电焊经验", True),  # nothing said of work: demoted, not out
        ("干了两年电焊", "焊工", "有经验者优先", True),
    ],
)
def test_a_demand_keeps_out_only_known_years_below_it(person: str, title: str, posting: str, fits: bool) -> None:
    assert _fits(person, title, posting) is fits


def test_the_explanation_quotes_both_sides() -> None:
    posting = posting_facts("司机", "C1驾照，驾龄三年以上，跑过两年以上网约车的")
    person = seeker_limits(seeker_facts("", "本子拿了八年，跑了五年网约车", today=TODAY))
    said = explain_facts(person, job_bits(posting), posting)
    assert "「驾龄三年以上」 · 符合你写的「本子拿了八年」" in said
    assert "「跑过两年以上网约车的」 · 符合你写的「跑了五年网约车」" in said
    assert "「驾龄三年以上」 · 符合求职者写的「本子拿了八年」" in explain_facts(
        person, job_bits(posting), posting, employer=True
    )


def test_odd_text_never_fails_a_reading() -> None:
    for text in ("🚗" * 5000 + "前年拿的本", "ｄｒｉｖｅｒ前年拿的Ｃ１本子😀", "两年以上，" * 5000, "去年考的" * 3000):
        seeker_facts("", text, today=TODAY)
        posting_facts("司机", text)
