"""Issue 22, session 14 (h-fix10seek): a body's trouble said by an everyday act ("弯腰捡东西都费劲", "弯个腰都费劲"),
heights refused as a fear ("我怕高", "有点怕高"), and a torn meniscus ("半月板") that keeps walking ("走路没事") but
refuses kneeling and squatting. Decoys: fears of other things (怕高温, 哪怕高一点), denials (不怕高, 半月板没问题) and
someone else's body. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts, seeker_limits


def limits(text: str) -> set[str]:
    facts = seeker_facts("", text)
    out = {f.code for f in facts if f.code.startswith("no_")}
    if seeker_limits(facts).no_bending:
        out.add("no_bending")
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("弯腰捡东西都费劲", {"no_bending", "no_lifting"}),
        ("弯腰系鞋带都费劲", {"no_bending", "no_lifting"}),
        ("弯腰拿个东西腰就疼", {"no_bending", "no_lifting"}),
        ("弯个腰都费劲", {"no_bending", "no_lifting"}),
        ("蹲下去捡东西就起不来", {"no_bending", "no_lifting"}),
        ("我怕高", {"no_height"}),
        ("有点怕高，梯子不敢上", {"no_height"}),
        ("特别怕高的", {"no_height"}),
        ("我害怕爬高", {"no_height"}),
        ("半月板坏了，走路没事", {"no_bending", "no_lifting"}),
        ("半月板撕裂过，跑不了，走路没事", {"no_bending", "no_lifting"}),
        ("右腿半月板损伤，走路还行", {"no_bending", "no_lifting"}),
    ],
)
def test_an_everyday_act_says_the_limit(text: str, want: set[str]) -> None:
    assert want <= limits(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("我不怕高", "no_height"),
        ("怕高温，夏天车间太热不行", "no_height"),
        ("哪怕高一点的楼层也行", "no_height"),
        ("我老公怕高，我不怕", "no_height"),
        ("怕高速上开车", "no_height"),
        ("半月板没问题，蹲着干活可以", "no_bending"),
        ("半月板撕裂过，现在早好了", "no_bending"),
        ("我妈半月板坏了，我想找个活", "no_bending"),
        ("弯腰捡东西都不费劲", "no_bending"),
        ("我老公弯腰捡东西都费劲", "no_bending"),
        ("半月板坏了，走路没事", "no_walking"),
        ("右腿半月板损伤", "no_bending"),  # named alone: the knee's loads, as 膝盖不好
    ],
)
def test_decoys_say_no_such_limit(text: str, unwanted: str) -> None:
    assert unwanted not in limits(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("站久了腿疼吗？我没试过", "no_standing"),
        ("走多了脚疼吗？没走过那么远", "no_walking"),
        ("要是站久了腿疼怎么办", "no_standing"),
    ],
)
def test_an_act_and_its_trouble_asked_is_no_limit(text: str, unwanted: str) -> None:
    assert unwanted not in limits(text)


def test_an_act_and_its_trouble_said_is_a_limit() -> None:
    assert "no_standing" in limits("站久了腿疼，想找个能坐的")
