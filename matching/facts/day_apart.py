"""A person's free window said apart, composed: its two bounds in clauses of their own, closed by a word that says they
suit ("八点以后，下午四点以前，都中"), or the time between two errands of their day ("早上七点四十送进去，下午四点半接，
中间这段能干"). `day_window.taken_day` adds what is read here to the windows each clause leaves."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE, someone_named_first
from matching.facts.day_bounds import BOUND_CLOCK, DAYTIME, clock_end, clock_start

# a bound said bare: a clock with its side after it ("八点以后", "下午四点以前") or before it ("过了八点", "到下午三点")
_BOUND = re.compile(
    rf"(?:白天|每天|平时|我|俺)?(?P<pre>过了|到|至)?\s*(?P<clock>{BOUND_CLOCK.pattern})\s*"
    r"(?P<side>以后|之后|过后|后|以前|之前|前)?"
)
# a word that says the bounds suit the person: "都中", "都行", "都可以", "能干", "没问题" (中 and 成 northern speech's 行)
_SUITS = r"(?:我|俺)?(?:都|也|就|全)?(?:中|成|行|可以|能干|能做|能来|能上班|没问题|有空|有时间|方便|得空)(?:的|啊|呢)?"
_CLOSER = re.compile(_SUITS)
# the time between two errands, said to suit: "中间这段能干", "这中间有空", "这之间都可以", "中间这几个钟头都行"
_BETWEEN = re.compile(
    r"(?:我|俺)?(?:只能|就|只有|也就)?(?:在)?(?:这)?(?:中间|之间|当中|这段)(?:这段|这会儿|这几个钟头|这几个小时|的时间|时间)?"
    rf"(?:{_SUITS}|(?:我|俺)?(?:都|也|就)?(?:能|可以)?(?:干|做|上班)(?:活)?)"
)
# an errand of the person's day at a clock: taking or fetching a child, a meal, going home ("下午四点半接", "十一点半回家做饭")
_ERRAND = re.compile(
    rf"(?P<clock>{BOUND_CLOCK.pattern})\s*(?:就|要|得|还|再|我)?(?:去|回家|回去)?"
    r"(?:送|接|做饭|做午饭|做晚饭|喂饭|回家|回去)"
)
# a bus or a shuttle that brings the person and takes them back, at a clock: "头班车七点到镇上", "末班车下午五点半发车",
# "班车早上六点五十到开发区，下午五点十分回来" (the vehicle named in one of the two clauses)
_RIDE = re.compile(
    rf"(?P<clock>{BOUND_CLOCK.pattern})\s*(?:的车|的班车)?(?:就|才)?(?:到|发车|开车|开|走|回来|回去|出发|进城|回|过来|来)"
)
_VEHICLE = re.compile(r"车|公交|大巴|渡船|轮渡")
_CHILD = re.compile(r"(?:我|俺)?(?:家)?(?:孩子|娃|小孩|闺女|儿子|女儿|孙子|孙女|外孙女?)")
_WORKPLACE = re.compile(r"老板|店里|厂里|公司|单位|说")
_PAST = re.compile(r"以前|原来|过去|那时|当时|早年|年轻")
_SENTENCE_END = re.compile(r"[。；;！!？?\n\r]")
_LEAVE, _ARRIVE = 30, 20  # minutes to get from work to the errand, and from the errand to work


def apart_windows(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The windows read from bounds said apart and from the time between errands, each with the words it came from."""
    out: list[tuple[str, tuple[int, int]]] = []
    for sentence in _SENTENCE_END.split(text):
        clauses = [c.strip() for c in CLAUSE.findall(sentence) if c.strip()]
        out += _closed_bounds(clauses) + _between_errands(clauses) + _come_and_go(clauses)
    return out


# a day said as the clock the person comes and the clock they go, each in a short clause of its own: "每天早上九点来，
# 下午三点走", "九点过来，三点回去" (with a modal, `day_bounds` reads each alone)
_COME = re.compile(rf"(?:每天|平时|一般|我|俺|就)*(?P<clock>{BOUND_CLOCK.pattern})\s*(?:就|再)?(?:来|过来|到岗)")
_GO = re.compile(rf"(?:我|俺|就)*(?P<clock>{BOUND_CLOCK.pattern})\s*(?:就|再)?(?:走|回去|回家|离开|下班)")


def _come_and_go(clauses: list[str]) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for i in range(1, len(clauses)):
        come, go = _COME.fullmatch(clauses[i - 1]), _GO.fullmatch(clauses[i])
        if come is None or go is None or not _own(clauses[: i - 1]):
            continue
        start = clock_start(come)
        if start is not None and start >= 12 * 60 and not come.group("part"):
            start -= 12 * 60  # the morning's: "七点来"
        end = None if start is None else clock_end(go, start)
        if start is not None and end is not None and DAYTIME <= start < end <= 24 * 60:
            out.append(("，".join(clauses[i - 1 : i + 1]), (start, end)))
    return out


def _closed_bounds(clauses: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """Bounds in clauses of their own, the clause after them saying they suit; none after another's or a past clause."""
    out = []
    chain: list[re.Match[str]] = []
    for i, clause in enumerate(clauses):
        bound = _BOUND.fullmatch(clause)
        if bound is not None and (bound.group("pre") or bound.group("side")):
            chain.append(bound)
            continue
        closing = _closing_bound(clause) if chain else None  # alone ("八点以后能来"), `day_bounds`' own
        if closing is not None:
            chain.append(closing)
        before = clauses[: i + 1 - len(chain) if closing is not None else i - len(chain)]
        if chain and (closing is not None or _CLOSER.fullmatch(clause)) and _own(before):
            span = _span(chain)
            words = "，".join(m.string for m in chain) + ("" if closing is not None else "，" + clause)
            out += [(words, span)] if span is not None else []
        chain = []
    if len(chain) >= 2 and _own(
        clauses[: len(clauses) - len(chain)]
    ):  # "上午十点以后，下午四点以前": ending the sentence
        span = _span(chain)
        out += [("，".join(m.string for m in chain), span)] if span is not None else []
    return out


def _closing_bound(clause: str) -> re.Match[str] | None:
    """A bound with the word that says it suits in its own clause: "下午四点以前都中"."""
    m = _BOUND.match(clause)
    return m if m is not None and (m.group("pre") or m.group("side")) and _CLOSER.fullmatch(clause, m.end()) else None


def _own(before: list[str], *, child: bool = False) -> bool:
    """Whether the words before the bounds in their sentence leave them the person's: not after a clause that opens on
    someone else ("我老公八点以后"; with `child`, a child is the reason of the errands, "孩子上小学"), nor a past's or a
    workplace's ("以前在厂里", "老板说")."""
    said = "，".join(before)
    if _PAST.search(said) or _WORKPLACE.search(said):
        return False
    last = before[-1] if before else ""
    return not someone_named_first(last) or (child and _CHILD.match(last) is not None)


def _span(chain: list[re.Match[str]]) -> tuple[int, int] | None:
    starts = [m for m in chain if m.group("pre") == "过了" or m.group("side") in ("以后", "之后", "过后", "后")]
    ends = [m for m in chain if m not in starts]
    read = [clock_start(m) for m in starts]
    if None in read or not all(DAYTIME <= at < 24 * 60 for at in read if at is not None):
        return None  # a start read as none, or one no day begins at
    start = max((at for at in read if at is not None), default=None)
    read = [clock_end(m, start) for m in ends]
    if None in read:
        return None
    end = min((at for at in read if at is not None), default=24 * 60)
    if start is None and end == 24 * 60:
        return None
    if start is not None and start >= 18 * 60 and end < 9 * 60:
        return (start, 24 * 60 + end)  # "晚上十点以后，早上六点以前": a night, to the next morning
    return (start or 0, end) if (start or 0) < end <= 24 * 60 else None


def _between_errands(clauses: list[str]) -> list[tuple[str, tuple[int, int]]]:
    """The time between the last two errands said before "中间…能干", each in a clause of its own and the person's."""
    out = []
    for i, clause in enumerate(clauses):
        if _BETWEEN.fullmatch(clause) is None or i < 2:
            continue
        pair = clauses[i - 2 : i]
        span = _errands_span(pair) or _rides_span(pair)
        if span is not None and _own(clauses[: i - 2], child=True) and DAYTIME <= span[0] < span[1] <= 24 * 60:
            out.append(("，".join(clauses[i - 2 : i + 1]), span))
    return out


def _errands_span(pair: list[str]) -> tuple[int, int] | None:
    """From the drop-off's next half hour after `_ARRIVE` to `_LEAVE` before the pick-up, both the person's."""
    first, last = _ERRAND.search(pair[0]), _ERRAND.search(pair[1])
    if first is None or last is None or not _owned(pair, first, last):
        return None  # "以前早上七点四十送进去", "我老公…"
    dropped, fetched = clock_start(first), clock_start(last)
    if dropped is None or fetched is None:
        return None
    return -(-(dropped + _ARRIVE) // 30) * 30, fetched - _LEAVE  # to the next half hour


def _rides_span(pair: list[str]) -> tuple[int, int] | None:
    """From the bus that brings the person to the one that takes them back."""
    first, last = _RIDE.search(pair[0]), _RIDE.search(pair[1])
    if first is None or last is None or not _VEHICLE.search("，".join(pair)):
        return None
    if any(_PAST.search(c[: m.start()]) or someone_named_first(c) for c, m in ((pair[0], first), (pair[1], last))):
        return None  # "以前班车…", "我老公坐班车…" (a works bus, "厂里班车", is the person's ride)
    start = clock_start(first)
    if start is not None and start >= 12 * 60 and not first.group("part"):
        start -= 12 * 60  # the bus that brings the person comes in the morning: "早班车六点半到县城"
    end = None if start is None else clock_end(last, start)
    return None if start is None or end is None else (start, end)


def _owned(pair: list[str], first: re.Match[str], last: re.Match[str]) -> bool:
    return all(_own([c[: m.start()]], child=True) for c, m in ((pair[0], first), (pair[1], last)))
