"""Passenger or freight: what a bare 司机 carries, read from the posting's own words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matching.occupations import Synonym, mentions

PASSENGER_DRIVER = "4-02-02-01"  # 客运车辆驾驶员: the 大典 lists the bare 司机 here
FREIGHT_DRIVER = "4-02-02-02"  # 道路货运汽车驾驶员
CARGO = "cargo"  # synonym kind: words said of goods a driver carries (配送, 物流, 不装不卸)
PASSENGERS = "passengers"  # synonym kind: words said of people a driver carries (乘客, 接送, 网约车)


@dataclass(frozen=True, slots=True)
class DriverCues:
    cargo: tuple[Synonym, ...]
    passengers: tuple[Synonym, ...]

    @classmethod
    def of(cls, synonyms: Sequence[Synonym]) -> DriverCues:
        def kind(name: str) -> tuple[Synonym, ...]:
            return tuple(s for s in synonyms if s.kind == name)

        return cls(kind(CARGO), kind(PASSENGERS))

    def carries_goods(self, title: str, body: str) -> bool:
        """Goods named in the title, or in the description where neither of them names passengers."""
        title, body = title.lower(), body.lower()
        if _names(self.passengers, title):
            return False
        return _names(self.cargo, title) or (_names(self.cargo, body) and not _names(self.passengers, body))


def _names(words: Sequence[Synonym], text: str) -> bool:
    return any(mentions(text, w.term.lower(), [x.lower() for x in w.not_in]) for w in words)
