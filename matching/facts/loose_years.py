"""Years of work a person says loosely: little or none ("没什么经验", "没做过，想学": 0) and the years since an
apprenticeship ended ("出师三年了": 3), which `years` does not read."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else, text_before
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.work_spans import SPAN, most_years

# little work said loosely, opening its clause: "没什么经验", "我也没啥工作经验" (not "对电脑没什么经验", "带孩子没
# 什么经验": a skill or a chore; not "没什么经验要求的活", a wish about the post)
_LITTLE = re.compile(
    r"(?:^|(?<=[，,。；;！!\s]))(?:我|俺|本人)?(?:也|还|都|就是|其实|暂时)?没(?:有)?(?:什么|啥)(?:工作|相关|社会)?经验(?!要求|限制)"
)
# nothing done yet, to be learnt: "没做过，想学", "以前没干过，愿意学" (a trade named is `years.UNTRIED`'s)
_TO_LEARN = re.compile(r"没(?:有)?(?:干|做)过[，,\s]*(?:但是?|不过)?(?:想|愿意|可以|肯|能)学")
# the years since the apprenticeship ended: "出师三年了", "出师有五年"; not "还没出师", "出师不利"
_OUT_OF_APPRENTICESHIP = re.compile(rf"出师(?:有|已经|已)?\s*{SPAN}")


def loose_years(text: str) -> list[Fact]:
    """The years a person says loosely, as `years.experience_stated` gives them: "0" for little or none."""
    out: list[Fact] = []
    for pattern in (_LITTLE, _TO_LEARN):
        for m in pattern.finditer(text):
            if not someone_else(text_before(text, m.start(), 8)):
                out.append(Fact(Family.EDUCATION, "experience", as_evidence(m.group(0)), 0.8, "0"))
    for m in _OUT_OF_APPRENTICESHIP.finditer(text):
        years = most_years(m)
        if years is not None and not someone_else(text_before(text, m.start(), 8)):
            out.append(Fact(Family.EDUCATION, "experience", as_evidence(m.group(0)), 0.8, str(years)))
    return out
