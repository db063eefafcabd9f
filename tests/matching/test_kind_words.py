"""Every fact session 11's kinds reader keeps is said in Chinese words where a page or the API shows it: the demand a
post's kind implies, one its text states or eases, and a person's bending and cold or wet hands (they came out as
their codes, "implied", "no_cold_wet", until `words_of` knew them)."""

import re

import pytest

from matching.facts import posting_facts, seeker_facts, words_of

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("饭店洗碗工", "后厨洗碗"),
        ("酒店洗碗工", "有洗碗机"),
        ("家政保洁", "蹲着擦踢脚线"),
        ("快递员", "派件送上门，有电梯"),
    ],
)
def test_a_posts_kind_demands_are_said_in_words(title: str, description: str) -> None:
    facts = posting_facts(title, description)
    assert any(f.code in ("implied", "eased", "stated") for f in facts)
    assert all(CJK.search(words_of(f)) for f in facts), [(f.code, f.value, words_of(f)) for f in facts]


def test_a_persons_bending_and_cold_wet_hands_are_said_in_words() -> None:
    words = {words_of(f) for f in seeker_facts(desired_job="保洁", experience="碰不得凉水，蹲不下去")}
    assert {"不能常弯腰下蹲", "不能沾凉水、进冷库"} <= words
