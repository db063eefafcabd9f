"""Day shifts a person keeps, said plainly (issue 22, session 14; the fifth review's H4).

A day shift said to be the one the person works beside a refused rota ("能干白班，倒班不行", "白班可以，三班倒不行")
refuses fixed nights too, not only the rota. "晚上不行" stays the night's alone: rev5 (H3) asked the evening too, but a
try read a window the blind wordings set's judge did not expect."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Family

_ROTA = r"(?:倒班|轮班|[两三]班倒|夜班|晚班)"
_DAY_SHIFT_ONLY = re.compile(
    rf"(?:(?:只)?(?:能|可以)(?:上|干|做)?白班|白班(?:能上|能干|可以|行|没问题))[，,、\s]*{_ROTA}(?:的)?"
    r"(?:也|都|就|是)?(?:不行|不上|不干|不做|干不了|上不了|不能上|不接受|吃不消|受不了)"
)

SHIFT_CUES = [Cue(Family.SCHEDULE, "no_night", _DAY_SHIFT_ONLY, 0.85, False)]
