"""Refusals in words people choose for themselves (issue 22 s11): "要命", "伤不起", "身体不允许", "医生不让", "怕了",
"想都别想" crossed with every family the refusal grid reads, after the family's words and before them; and the
decoys that carry the same words without refusing ("累得要命" is how tired, "要命也得干" is done anyway, "不怕",
another person's night). Wording is this module's own, not any persona set's."""

from __future__ import annotations

import itertools

import pytest

from tests.matching.test_refusal_grid import FAMILIES, _limit_codes

# a refusal after the family's words: "夜班那是要命", "重活我是伤不起了", "出差身体不允许"
NEW_AFTER = (
    "要命",
    "那是要命",
    "真要命",
    "是要了命了",
    "要我的命",
    "伤不起",
    "我是伤不起了",
    "受不住",
    "身体不允许",
    "我身体不允许了",
    "医生不让",
    "大夫不让了",
    "想都别想",
    "我是怕了",
    "真怕了",
    "吃不了",
    # as the regions say it: 遭不住 (south-west), 整不了 (north-east), and a few more ways round
    "遭不住",
    "我这身体遭不住",
    "整不了",
    "碰不得",
    "碰不了",
    "伺候不了",
    "打死也不干",
    "我是一点都不能碰",
    "碰都不敢碰",
    "这事儿别想了",
    "真心扛不住",
)
# a refusal before the family's words: "身体不允许上夜班", "医生不让我干重活"
NEW_BEFORE = ("身体不允许", "身体不允许我", "医生不让", "医生不让我再", "大夫不许", "身体不让")


def _said() -> list[tuple[str, str]]:
    said = []
    for code, (after, before) in FAMILIES.items():
        said += [(f"{words}{pred}", code) for words, pred in itertools.product(after, NEW_AFTER)]
        said += [(f"{pred}{words}", code) for pred, words in itertools.product(NEW_BEFORE, before)]
    return said


@pytest.mark.parametrize("family", FAMILIES)
def test_own_words_of_refusal_are_a_limit_of_the_family_alone(family: str) -> None:
    read = {words: _limit_codes(words) for words, code in _said() if code == family}
    assert {words: codes for words, codes in read.items() if codes != {family}} == {}


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("更年期睡不好，夜里上班那是要命", {"no_night"}),
        ("年纪大了，搬重物那是要了命了", {"no_lifting"}),
        ("有恐高，爬梯子想都别想", {"no_height"}),
        ("年纪大了，医生不让我熬夜", {"no_night"}),
        ("岁数大了，出差身体不允许了", {"no_travel"}),
        # how tired, not a refusal; a refusal once, not now; done anyway; not afraid; someone else's
        ("以前在厂里上夜班累得要命", set()),
        ("夜班累得要命，工资倒是高", set()),
        ("夜班要命也得干，家里等着钱用", set()),
        ("倒班吃不消也得上，没办法", set()),
        ("重活伤不起也要干", set()),
        ("我不怕夜班，也不怕累", set()),
        ("我老公夜班，孩子我带", set()),
        ("我老公夜班那是要命，我白班", set()),
        ("以前出差那是要命，现在孩子大了无所谓", set()),
        ("夜班真心扛不动", {"no_night"}),  # the night endured, no load carried
        ("要命的是离家太远", set()),
        ("夜班吃不消，还要离家近", {"no_night"}),  # a second wish after a comma, not the refusal done anyway
        ("这活不要命吧", set()),
    ],
)
def test_own_words_in_sentences(words: str, codes: set[str]) -> None:
    assert _limit_codes(words) == codes
