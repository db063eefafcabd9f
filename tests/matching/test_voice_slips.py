"""Issue 22, session 14 (h-fix10seek): voice input's homophone slips in the common limit words ("要忧不好，不能般重无"
for 腰有点不好，不能搬重物, "夜般" for 夜班, "站太旧了" for 站太久了) and the everyday ways of saying standing long fails
("站太久了不行", "不能站得太久"). A slip is mended only where the sentence leaves no doubt; decoys where mending would
make a false limit ("我要不好好干", "一般重的都行") stay without one. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts


def codes(text: str) -> set[str]:
    return {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("要忧不好", "no_lifting"),
        ("要有点不好，想找个轻松的", "no_lifting"),
        ("我要间盘突出", "no_lifting"),
        ("腰有点不好", "no_lifting"),
        ("腰又不好了", "no_lifting"),
        ("不能般重无", "no_lifting"),
        ("般不动重东西", "no_lifting"),
        ("夜般不上", "no_night"),
        ("不干夜般", "no_night"),
        ("晚般不行", "no_night"),
        ("不能站太旧了", "no_standing"),
        ("站旧了腿疼", "no_standing"),
        ("站太久了不行", "no_standing"),
        ("不能站得太久", "no_standing"),
        ("不能站的太久了", "no_standing"),
        ("站的太久腿就疼", "no_standing"),
    ],
)
def test_a_slip_or_variant_reads_the_limit(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我要不好好干就被开除了", "no_lifting"),
        ("一般重的都行", "no_lifting"),
        ("这般不好找活", "no_lifting"),
        ("要不好意思问", "no_lifting"),
        ("站太久了也没事", "no_standing"),
        ("我老公站太久了不行", "no_standing"),
        ("夜般也能上", "no_night"),
        ("不是不能站得太久", "no_standing"),
        ("他站九个小时", "no_standing"),
    ],
)
def test_a_decoy_reads_no_limit(text: str, code: str) -> None:
    assert code not in codes(text)


def test_the_evidence_quotes_the_words_as_typed() -> None:
    said = {f.code: f.evidence for f in seeker_facts("", "要忧不好，不能般重无，夜般不上")}
    assert said["no_lifting"] in ("要忧不好", "不能般重无")
    assert said["no_night"] == "夜般不上"
