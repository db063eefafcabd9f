"""Session 19, the lead: a body's refusal the person says is over, read by the refusals as the cue tables read it."""

from __future__ import annotations

import pytest

from matching.facts import Modality, posting_facts, seeker_facts


def _codes(text: str) -> set[str]:
    return {f.code for f in seeker_facts(text, "")}


@pytest.mark.parametrize(
    "text",
    [
        "以前腰扭过，搬不了重的，现在早好了",
        "前年膝盖受伤走不了远路，如今已经没事了",
        "做完手术那阵子站不住，现在完全恢复了",
        "去年摔伤后骑不了电动车，养好了",
        "腰肌劳损那会儿扛不动东西，休息了两个月就好了",
    ],
)
def test_a_refusal_said_over_in_its_sentence_is_no_limit(text: str) -> None:
    assert not _codes(text) & {"no_lifting", "no_walking", "no_standing", "no_riding"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("搬不了重的", "no_lifting"),
        ("腰扭过，搬不了重的，现在好了很多", "no_lifting"),  # better, not over
        ("以前腰扭过，现在好了。但还是搬不了重的", "no_lifting"),  # over in one sentence, a limit in the next
        ("走不了远路，其他没问题", "no_walking"),
        ("站不住，医生说还要养半年", "no_standing"),
        ("夜班熬不住，现在已经好了孩子也大了", "no_night"),  # a night is no body: its family keeps its own guards
    ],
)
def test_a_refusal_still_so_stays(text: str, code: str) -> None:
    assert code in _codes(text)


def _lifts(title: str, text: str) -> bool:
    return any(f.code == "lifting" and f.modality is not Modality.IMPLIED for f in posting_facts(title, text))


@pytest.mark.parametrize(
    "text",
    [
        "负责商品上架和盘点，卸货有专人负责。",
        "理货、补货，装卸由专人负责，你只管核对数量。",
        "仓库记账员，卸货交给专人，平时坐办公室。",
    ],
)
def test_loads_a_named_other_carries_are_no_lifting(text: str) -> None:
    assert not _lifts("仓库文员", text)


@pytest.mark.parametrize(
    "text",
    [
        "卸货有专人，上架要自己搬，每箱十来斤。",  # the worker's own hands all the same
        "负责卸货搬运，有专人带教，新手可学。",  # someone teaches: the loads are the worker's
        "卸货装车，需要吃苦耐劳。",
        "负责搬运货物，安全有专人负责。",  # someone else keeps the safety, not the loads
    ],
)
def test_loads_the_worker_carries_stay(text: str) -> None:
    assert _lifts("仓库文员", text)
