"""Issue 22 s11 after review (rev-post F6): a dotted price range ("每件提成3.00-5.00") is no clock range. Every
wording is made up for this file."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts


@pytest.mark.parametrize(
    "text",
    ["活儿轻松，每件提成3.00-5.00，工作多劳多得", "计件工作，单价2.50-4.00元，时间自由", "每单1.50-3.00，工作简单"],
)
def test_a_dotted_price_range_is_no_clock_range(text: str) -> None:
    facts = posting_facts("普工", text)
    assert not [f for f in facts if f.code in ("hours", "night")]


def test_a_dotted_clock_range_is_still_read() -> None:
    assert [f.code for f in posting_facts("普工", "上班时间8.30-17.30，工作轻松") if f.code == "hours"] == ["hours"]
