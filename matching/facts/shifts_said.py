"""Evenings and day shifts a person keeps, said plainly (issue 22, session 14; the fifth review's H3 and H4).

"晚上不行" refuses the evening as well as the night: a job that runs into it is out, as for "晚上要回家" (`no_evening`),
not only a night shift. A day shift said to be the one the person works beside a refused rota ("能干白班，倒班不行",
"白班可以，三班倒不行") refuses fixed nights too, not only the rota."""

from __future__ import annotations

import re

from matching.facts.cues import Cue
from matching.facts.fact import Family

# not a weekday's evening ("周六晚上不行": that day's, `days`) nor one let back after ("晚上不行的话白天也行" is kept)
_EVENING_REFUSED = re.compile(
    r"(?<!周[一二三四五六日天末])(?<!星期[一二三四五六日天])(?<!礼拜[一二三四五六日天])(?<![每今明昨])"
    r"晚上(?:都|也|肯定|真的)?(?:不行|不中|不能干|不干|不可以|不能上班|没法干)(?!的话)"
)
_ROTA = r"(?:倒班|轮班|[两三]班倒|夜班|晚班)"
_DAY_SHIFT_ONLY = re.compile(
    rf"(?:(?:只)?(?:能|可以)(?:上|干|做)?白班|白班(?:能上|能干|可以|行|没问题))[，,、\s]*{_ROTA}(?:的)?"
    r"(?:也|都|就|是)?(?:不行|不上|不干|不做|干不了|上不了|不能上|不接受|吃不消|受不了)"
)

EVENING_REFUSED = _EVENING_REFUSED  # own-checked as the night's cues are ("老公晚上不行", "晚上不行吗")
SHIFT_CUES = [
    Cue(Family.SCHEDULE, "no_evening", _EVENING_REFUSED, 0.8, False),
    Cue(Family.SCHEDULE, "no_night", _DAY_SHIFT_ONLY, 0.85, False),
]
