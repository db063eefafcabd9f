"""Issue 22 s21 (dev15's dev half): a start said as an arrival ("送完八点能到", "八点半才能到"), a range closed by
northern speech's 都中/都成 ("两点到晚上九点之间都中"), a shift held now (我在食堂上早班) as taken hours, a doctor's
orders listing several demands ("医嘱：禁止弯腰、负重，避免久站"), and evenings home said with 回来 ("天天晚上得回来").
Composed grids with decoys: someone else's, a past's, home rather than work, a mother's orders, a bare "晚上回来".
Every wording is made up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import seeker_facts


def _free(text: str) -> set[str]:
    return {f.value or "" for f in seeker_facts("", text) if f.code == "free"}


def _offered(text: str) -> set[str]:
    """The windows and the hours offered, as "1234567 HH:MM-HH:MM"."""
    found = seeker_facts("", text)
    return {f.value or "" for f in found if f.code == "free"} | {
        f"1234567 {f.value}" for f in found if f.code == "hours"
    }


def _codes(text: str) -> set[str]:
    return {f.code for f in seeker_facts("", text)}


ARRIVALS = [("八点", "08:00"), ("八点半", "08:30"), ("九点", "09:00"), ("早上七点半", "07:30")]
ARRIVE_WORDS = ["能到", "才能到", "就能到岗", "可以到", "能赶到", "能过来"]
LEAVES = [("三点半就得走", "15:30"), ("下午四点得走", "16:00"), ("下午五点前得回家", "17:00")]


@pytest.mark.parametrize(("clock", "word", "leave"), list(itertools.product(ARRIVALS, ARRIVE_WORDS, LEAVES)))
def test_an_arrival_starts_the_window(clock: tuple[str, str], word: str, leave: tuple[str, str]) -> None:
    text = f"{leave[0]}。送完老大，{clock[0]}{word}。"
    assert _free(text) == {f"1234567 {clock[1]}-{leave[1]}"}


@pytest.mark.parametrize(
    "before",
    [
        "我老公八点能到",  # someone else's arrival
        "以前八点能到",  # a past's
        "送完八点能到家",  # home, not work
        "八点能到家",
    ],
)
def test_an_arrival_not_the_persons_sets_no_start(before: str) -> None:
    assert _free(f"{before}，下午四点得走") == {"1234567 00:00-16:00"}


SUITS = ["之间都中", "之间都成", "都中", "之间都行"]
RANGES = [("两点到晚上九点", "14:00-21:00"), ("下午一点到六点", "13:00-18:00"), ("早上八点到下午三点", "08:00-15:00")]


@pytest.mark.parametrize(("span", "suits"), list(itertools.product(RANGES, SUITS)))
def test_a_range_said_to_suit_is_a_window(span: tuple[str, str], suits: str) -> None:
    assert _offered(f"想找个活，{span[0]}{suits}。") == {f"1234567 {span[1]}"}


SHIFTS = ["上早班", "上晚班", "上白班", "上班"]
PLACES = ["矿上食堂", "超市", "厂里"]


@pytest.mark.parametrize(("place", "shift"), list(itertools.product(PLACES, SHIFTS)))
def test_the_hours_of_a_job_held_now_are_no_window(place: str, shift: str) -> None:
    found = seeker_facts("", f"我在{place}{shift}，早五点到下午一点，下班就能走。想再找个下午的活。")
    assert not [f for f in found if f.code in ("hours", "free")]


def test_a_wished_shift_keeps_its_hours() -> None:
    found = seeker_facts("", "想在超市上早班，早五点到下午一点")
    assert [f.value for f in found if f.code == "hours"] == ["05:00-13:00"]


ORDERS = ["禁止", "严禁", "避免", "要避免", "切忌"]
LISTS = [
    ("弯腰、负重", {"no_bending", "no_lifting"}),
    ("弯腰及负重", {"no_bending", "no_lifting"}),
    ("久站和弯腰", {"no_standing", "no_bending"}),
    ("久站", {"no_standing"}),
    ("负重", {"no_lifting"}),
]
HEADS = ["医嘱：", "出院医嘱：三个月内", "医生说", "大夫交代"]


@pytest.mark.parametrize(("head", "order", "demands"), list(itertools.product(HEADS, ORDERS, LISTS)))
def test_a_doctors_orders_give_each_demand(head: str, order: str, demands: tuple[str, set[str]]) -> None:
    assert demands[1] <= _codes(f"{head}{order}{demands[0]}。")


@pytest.mark.parametrize(
    "text",
    [
        "我妈出院医嘱：禁止弯腰、负重。",  # someone else's orders
        "我爸医嘱禁止弯腰、负重",
        "老公医生说禁止久站",
        "以前医生说禁止弯腰，现在早好了",  # over
    ],
)
def test_orders_not_the_persons_bind_nothing(text: str) -> None:
    assert not {"no_bending", "no_lifting", "no_standing"} & _codes(text)


@pytest.mark.parametrize("text", ["天天晚上得回来", "晚上要回来", "每天晚上必须回来", "不跑长途 家里有老人 晚上得回来"])
def test_evenings_home_said_with_come_back(text: str) -> None:
    assert "no_evening" in _codes(text)


@pytest.mark.parametrize("text", ["晚上回来再联系", "晚上回来给你打电话"])
def test_a_bare_come_back_in_the_evening_binds_nothing(text: str) -> None:
    assert "no_evening" not in _codes(text)
