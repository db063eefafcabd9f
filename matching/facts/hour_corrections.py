"""A person's hours said over ("上午十点到下午四点，哦不对，是下午三点", "九点到五点，说错了，是九点到四点"): the clock or
range after a word of correction replaces the end or the start (or both) of the hours or free window said just
before it (in the clause before, or after only a pause in a voice message's words); the first readers leave the
first saying standing, which a person who corrected themself never meant."""

from __future__ import annotations

import dataclasses
import re

from matching.facts.cues import CLAUSE_STOP, stop_after
from matching.facts.day_bounds import BOUND_CLOCK, clock_end, clock_start
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.hour_spans import span_value

# a word of correction opening its clause: "哦不对", "不对不对", "说错了", "口误", "更正一下"
_CORRECTION = re.compile(
    r"(?:^|(?<=[，,。；;！!\s]))(?:哦|噢|喔|呃|啊|哎|唉)?(?:不对(?:不对)?|不是(?:不是)?|不(?=[，,]\s*是)|说错了|说错|口误|搞错了|记错了|更正一下|纠正一下|更正|纠正)"
    r"[，,\s]*(?:啊|哦)?[，,\s]*(?:是|应该是|应该|改成|改为|我是说)?(?:到|干到)?"
)
# the new saying: two clocks joined ("九点到四点"), or one with its side ("三点以后", "四点前", "三点")
_TO = re.compile(r"\s*(?:到|至|-|~|～)\s*")
_START_SIDE = re.compile(r"\s*(?:以后|之后|后|开始|起)")
_END_SIDE = re.compile(r"\s*(?:以前|之前|前|为止|结束|下班|就得走|得走|要走)")
# "不是三点，是四点": the clock after 不是 is the one taken back, the one after 是 the new saying
_INSTEAD = re.compile(r"[，,\s]*(?:而|应该)?是\s*(?:到|干到)?")


def corrected_hours(text: str, found: list[Fact]) -> list[Fact]:
    """`found` with each hours or free window said just before a correction made over as the correction says."""
    out = list(found)
    for m in _CORRECTION.finditer(text):
        clock = BOUND_CLOCK.match(text, m.end())
        if clock is None:
            continue
        instead = _instead(text, m, clock)
        said = text[m.start() : stop_after(text, (instead or clock).end(), CLAUSE_STOP)]
        at = _said_before(text, out, m.start())
        if at is None:
            continue
        if instead is not None and _range_end(text, clock) is not None:  # "不是九点到五点，是九点到四点"
            mended = _mended(out[at], instead, text, until=text[: instead.start()].rstrip().endswith("到"))
        elif instead is not None:  # "不是三点，是四点": the end or start taken back, made over by the one said instead
            mended = _mended(out[at], instead, text, **_side_taken_back(out[at], clock))
        else:
            mended = _mended(out[at], clock, text, until=m.group(0).endswith("到"))
        if mended is not None:
            out[at] = dataclasses.replace(mended, evidence=as_evidence(f"{out[at].evidence}…{said}"))
    return out


def _instead(text: str, m: re.Match[str], clock: re.Match[str]) -> re.Match[str] | None:
    """After 不是 and the clock (or range) taken back, the clock said in its place ("不是三点，是四点", "不是九点到五点，
    是九点到四点"); None where there is none."""
    if not m.group(0).rstrip("，, ").endswith("不是"):
        return None  # "不对，是四点", "不是，是九点到五点": the clock said is already the new one
    taken_back = _range_end(text, clock) or clock
    then = _INSTEAD.match(text, taken_back.end())
    return None if then is None else BOUND_CLOCK.match(text, then.end())


def _range_end(text: str, clock: re.Match[str]) -> re.Match[str] | None:
    """The second clock of a range that starts at `clock` ("九点到五点"); None where only one clock is said."""
    to = _TO.match(text, clock.end())
    return None if to is None else BOUND_CLOCK.match(text, to.end())


def _side_taken_back(f: Fact, clock: re.Match[str]) -> dict[str, bool]:
    """Which end of the saying the clock after 不是 names: the start where it reads as the start said, else the end."""
    said = _said_span(f)
    return {"from_start": said is not None and clock_start(clock) == said[1], "until": True}


def _said_before(text: str, facts: list[Fact], at: int) -> int | None:
    """The index of the person's hours or free window whose words end last before `at`, in the clause just before."""
    best: tuple[int, int] | None = None
    for i, f in enumerate(facts):
        if f.family is not Family.SCHEDULE or f.code not in ("hours", "free") or f.modality is not Modality.LIMIT:
            continue
        words = f.evidence.split("…")[0]
        where = text.rfind(words, 0, at)
        end = where + len(words)
        stops = len(CLAUSE_STOP.findall(text, end, at))
        # "九点到三点 不对 是四点": a voice message's pause instead of a comma
        spoken = stops == 0 and end < at and not text[end:at].strip()
        if where < 0 or not (stops == 1 or spoken):
            continue  # none, or not the clause right before the correction
        if best is None or end > best[0]:
            best = (end, i)
    return None if best is None else best[1]


def _mended(f: Fact, clock: re.Match[str], text: str, *, until: bool = False, from_start: bool = False) -> Fact | None:
    """The fact made over by the clock (or range) after a correction; `until`: the clock was said as an end ("是到
    四点"), `from_start`: as a start (which wins). None where the correction cannot be read against it."""
    said = _said_span(f)
    if said is None:
        return None
    days, start, end = said
    second = _range_end(text, clock)
    if second is not None:  # "是九点到四点": both ends
        new_start = clock_start(clock)
        new_end = None if new_start is None else clock_end(second, new_start)
        if new_start is None or new_end is None or new_end <= new_start:
            return None
        start, end = new_start, new_end
    else:
        as_start, as_end = clock_start(clock), clock_end(clock, start)
        side_start = _START_SIDE.match(text, clock.end()) is not None
        nearer_start = as_start is not None and (as_end is None or abs(as_start - start) < abs(as_end - end))
        if from_start or (not until and (side_start or (not _END_SIDE.match(text, clock.end()) and nearer_start))):
            if as_start is None or as_start >= end:
                return None
            start = as_start
        elif as_end is not None and as_end > start:
            end = as_end
        else:
            return None
    if f.code == "free":  # a free window's end may run past midnight as written ("19:00-32:00")
        return dataclasses.replace(f, value=f"{days} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}")
    return dataclasses.replace(f, value=span_value(start, end))


def _said_span(f: Fact) -> tuple[str, int, int] | None:
    """An hours or free-window fact's days (free windows only), start and end in minutes (an end past midnight after
    the start); None where its value holds no span."""
    days, _, span = (f.value or "").rpartition(" ") if f.code == "free" else ("", "", (f.value or "").split("/")[0])
    start_s, _, end_s = span.partition("-")
    if not start_s or not end_s:
        return None
    start, end = _minutes(start_s), _minutes(end_s)
    return days, start, end + (24 * 60 if end <= start else 0)


def _minutes(clock: str) -> int:
    hours, _, mins = clock.partition(":")
    return int(hours) * 60 + int(mins or 0)
