"""The years of work a person's stated spans count toward the trade a posting requires, and the words of one that
meets it alone: the checks `Limits` holds on them."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from matching.facts.craft_years import craft_asked, crafts_in
from matching.facts.fact import Fact
from matching.facts.trades import asked_trades, different_trades, trades_in, untried, untried_by_name, untried_trades

ANY_YEARS = 99  # the years of a span of work the person names without saying how long ("以前做过收银")


class _Spans(Protocol):
    """What the checks read of `Limits`: its spans, and the years its words or a graduation allow."""

    @property
    def spans(self) -> tuple[tuple[str, int], ...]: ...

    def _most_years(self, today: date | None) -> int: ...


class YearsCounted:
    """The years a posting's required trade counts of a person's spans of work (`Limits.fits`, explanations)."""

    __slots__ = ()

    def years_for(self: _Spans, asked: Fact, today: date | None = None) -> int:
        """The years of work the person can have in the trade a posting's requirement names: spans stated in a
        clearly different trade count none ("干了十年物业水电" for "3年以上电焊经验"); unsure, they count."""
        if crafts := craft_asked(asked.evidence):  # a craft's years are held only where said ("毛笔字写了五年")
            return max((years for words, years in self.spans if crafts & crafts_in(words)), default=0)
        if any(untried_by_name(asked.evidence, words) for words, _ in self.spans):
            return 0  # "没做过仓管", whatever else was done in the warehouse
        if any(untried_trades(asked.evidence, words) for words, _ in self.spans):  # "没干过保洁": none of it
            named = asked_trades(asked.evidence)
            return max(
                (years for words, years in self.spans if not untried(words) and trades_in(words) & named), default=0
            )
        tried = [(words, years) for words, years in self.spans if not untried(words)]  # says nothing of other work
        counted = [years for words, years in tried if not different_trades(asked.evidence, words)]
        if len(counted) == len(tried):
            return self._most_years(today)
        return max(counted, default=0)  # ANY_YEARS where work of the trade is named without years

    def years_said(self: _Spans, asked: Fact) -> str | None:
        """The words of a span of work the person states that meets a posting's requirement on its own: years written
        ("干了五年电焊"), not of a clearly different trade, or None."""
        if not (asked.value and asked.value.isdigit()):
            return None
        return next(
            (
                words
                for words, years in self.spans
                if int(asked.value) <= years != ANY_YEARS
                and not untried(words)
                and not different_trades(asked.evidence, words)
            ),
            None,
        )
