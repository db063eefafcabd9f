"""A delivery's ride read from its work alone ("送外卖", "取餐送到客人手中", a 快递员's post) is `implied`: SCHEMA.md labels
such words not riding, since the text names no vehicle, yet a person who cannot ride is still kept from the post
(session 18, the lead)."""

from __future__ import annotations

import pytest

from matching.facts import JobBits, job_bits, posting_facts, seeker_facts, seeker_limits, words_of
from matching.facts.fact import Fact, Modality


def _rides(title: str, text: str) -> list[Fact]:
    return [f for f in posting_facts(title, text) if f.code == "riding"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "接单后到商家取餐，按导航准时送到顾客手中"),
        ("", "负责美团外卖配送，多劳多得"),
        ("", "送外卖，单量足，日结"),
        ("", "公司系统派单，跑单范围三公里"),
        ("", "外卖配送，有车位可停私家车"),  # a parking space is no vehicle of the work
        ("社区快递员", "负责小区包裹派送，底薪加提成"),
    ],
)
def test_delivery_words_alone_imply_the_ride(title: str, text: str) -> None:
    rides = _rides(title, text)
    assert rides and all(f.modality is Modality.IMPLIED for f in rides)
    assert job_bits(posting_facts(title, text)) & JobBits.RIDING  # matching reads it as before


@pytest.mark.parametrize(
    "text",
    [
        "招外卖骑手，送餐",
        "骑电动车送餐，公司配车",
        "需会骑三轮车送货上门",
        "外卖配送，需自备电动车，会骑车",
        "送餐员，可配车，底薪加提成",  # a vehicle handed out beside the delivery
        "入职就能跑单，提供车住",
    ],
)
def test_a_vehicle_or_a_rider_named_is_said(text: str) -> None:
    assert any(f.modality is None for f in _rides("", text))


def test_a_person_who_cannot_ride_is_kept_from_an_implied_ride() -> None:
    limits = seeker_limits(seeker_facts("", "膝盖不好，骑不了电动车"))
    assert not limits.admits(job_bits(posting_facts("", "送外卖，单量足，日结")))
    assert limits.admits(job_bits(posting_facts("", "超市收银，坐岗")))


def test_the_page_says_the_ride_is_the_post_s() -> None:
    (ride,) = _rides("", "送外卖，单量足，日结")
    assert words_of(ride) == "常需骑车配送（按岗位）"
    assert words_of(_rides("", "骑电动车送餐")[0]) == "骑车配送"
