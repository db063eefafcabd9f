"""A posting's duty that runs the whole day and night (issue 22, session 14): a guard's "上24休48" or "24小时一班", a
carer's "24小时陪护", a live-in post ("住家保姆", "招住家阿姨"). The fifth review found these read as night work only,
so a person free only in the mornings or able to work four hours a day was shown them. Each is read as hours
00:00-24:00 (an `hours` fact, valued "00:00-00:00": an end at the start runs past midnight, `hour_spans.worked_spans`),
which no daily window and no most-hours limit holds. Not a shop or a service open round the clock ("24小时营业",
"24小时热水", "24小时内到岗", "7*24小时值班"), a rota whose shifts cover the day ("24小时三班倒"), a text whose hours are read, nor a
live-in place that is one option ("住家/不住家均可", `lodging`)."""

from __future__ import annotations

import re

from matching.facts.clocks import OTHER_POST
from matching.facts.cues import is_negated
from matching.facts.fact import Fact, Family, as_evidence

__all__ = ["whole_day"]

WHOLE_DAY = "00:00-00:00"
_TWENTY_FOUR = r"(?:24|二十四)\s*(?:个)?\s*(?:小时|钟头|[hH])"
_DUTY = re.compile(
    rf"(?:上|做|值|干)\s*(?:24|二十四)\s*(?:个)?\s*(?:小时|钟头|[hH])?\s*休\s*(?:\d{{2}}|[一二两三四]|四十八)|"
    rf"(?<![*×xX])(?<![*×xX]\s){_TWENTY_FOUR}\s*(?:一班|一个班|一岗|值班(?!室|制)|在岗|值守|陪护|看护|照顾|护理|陪床|守着?)|"
    rf"(?:一班|一个班|每班)\s*{_TWENTY_FOUR}"
)
# the day shared out among shifts: no one works all of it
_ROTA = re.compile(r"[两二三四]班倒|[两二三四]班制|轮班|倒班|轮流|白班|夜班|晚班")
_READ = frozenset({"hours", "shifts", "day_shift", "shift_choice", "part_time"})


def whole_day(text: str, found: list[Fact]) -> list[Fact]:
    """An `hours` fact of the whole day for a 24-hour duty or a live-in post, where no hours, rota or part-time word
    of the post is read and no rota is named."""
    if any(f.code in _READ for f in found) or _ROTA.search(text):
        return []
    duty = next(
        (
            m
            for m in _DUTY.finditer(text)
            if not is_negated(text, m.start()) and not OTHER_POST.match(text, m.end())  # "上24休48的班次不用上"
        ),
        None,
    )
    if duty is not None:
        return [Fact(Family.SCHEDULE, "hours", as_evidence(duty.group(0)), 0.6, WHOLE_DAY)]
    live_in = next((f for f in found if f.code == "live_in" and f.modality is None), None)
    if live_in is not None:
        return [Fact(Family.SCHEDULE, "hours", live_in.evidence, 0.6, WHOLE_DAY)]
    return []
