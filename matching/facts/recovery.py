"""A body's trouble the person says is over ("以前腰不好，现在好了", "受过伤，早好了"): shared by the cue tables (`body`,
`seeker_conditions`) and the refusals by construction (`refusals`), which `body` imports."""

from __future__ import annotations

import re

from matching.facts.cues import SENTENCE_STOP, stop_after

# a trouble the person says is past: "以前腰不好，现在好了", "受过伤，早好了"
_RECOVERED = re.compile(
    r"(?:现在|已经|早就?|早都|如今|目前)(?:都|也|已经?|已)?(?:全|完全)?(?:好了|好利索了|好全了|没事了|没问题了|痊愈|恢复了|康复了)(?!很多|不少|一些|一点|点|些)|"
    r"(?:现在|如今|早就?|早都)(?:都|也)?(?:不怕了|不疼了|不痛了)|"
    # recovery said of the body, or a spell that ended it (the third review): "恢复得很好", "身体恢复好了", "养好了",
    # "休息了一个月就好了"; not "坐着就好了", a wish
    r"恢复得(?:很|挺|还|蛮|比较|非常)?好|(?:恢复|养|治)好了|(?:[一二两三四五六七八九十几半\d]+个?(?:月|天|星期|礼拜|周|年))就好了"
)


def recovered(text: str, m: re.Match[str]) -> bool:
    """Whether the rest of the sentence after a body's trouble says it is over."""
    return bool(_RECOVERED.search(text, m.end(), stop_after(text, m.end(), SENTENCE_STOP)))
