"""A local Anhui gazetteer: places an address at the deepest division its text names unambiguously."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matching.geo import GeoPoint, haversine_km_many
from matching.place_names import SHORTEST_NAME_CHARS, bare_name, full_names, normalise_address, spoken_name
from matching.places import PLACES_PATH, Located, Place, precision_rank, read_places
from matching.places import Precision as Precision  # where the service, benches and tests import it

DIVISION_COMMUNITY_KM = 5.0  # a point this near a community centre belongs to that community for access checks


# An address that opens with another province is not in Anhui, whatever village names it shares.
_OTHER_PROVINCE = re.compile(
    r"(?:中国)?(?:北京市|天津市|上海市|重庆市|香港|澳门"
    r"|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海|台湾)省|(?:内蒙古|广西|西藏|宁夏|新疆)(?![东西南北中]?[路街]))"
)
# After a bare county or city name these mean another place named after it: 合肥路, 肥西路, 大通县.
_NAME_SUFFIXES = ("街道", "社区", "社区居委会", "镇", "乡")  # tried after a name typed alone, in this order
_NOT_AFTER_BARE = re.compile(r"[东西南北中]?[路街道巷弄里]|大道|大街|[省市县区乡镇村]")


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    text: str
    places: tuple[Place, ...]


class Gazetteer:
    """Every place of the shipped table, indexed by each way its name is commonly written."""

    def __init__(self, places: Sequence[Place], parents: Mapping[str, str]) -> None:
        self._by_code = {place.code: place for place in places}
        # centre arrays per precision set, built on first use
        self._centres: dict[tuple[Precision, ...], tuple[list[Place], np.ndarray, np.ndarray]] = {}
        self._chains = {code: frozenset(self._ancestry(code, parents)) for code in self._by_code}
        self._full: dict[str, tuple[Place, ...]] = {}
        self._bare: dict[str, tuple[Place, ...]] = {}
        for place in places:
            for name in full_names(place):
                self._full[name] = (*self._full.get(name, ()), place)
            if bare := bare_name(place):
                self._bare[bare] = (*self._bare.get(bare, ()), place)
        lengths: dict[str, set[int]] = {}
        for name in [*self._full, *self._bare]:
            lengths.setdefault(name[:SHORTEST_NAME_CHARS], set()).add(len(name))
        self._lengths = {prefix: tuple(sorted(ls, reverse=True)) for prefix, ls in lengths.items()}

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """The table at `path`; the shipped one, read once per process, when path is None."""
        return _shipped() if path is None else cls(*read_places(path))

    def __len__(self) -> int:
        return len(self._by_code)

    def place(self, code: str) -> Place:
        return self._by_code[code]

    def places(self) -> list[Place]:
        return list(self._by_code.values())

    def county_of(self, point: GeoPoint, *, within_km: float = 30.0) -> Place | None:
        """The county (区县) of the township or community whose centre is nearest; None when nothing
        in the table is within `within_km` (outside the province). An approximation near borders."""
        nearest = self._nearest(point, (Precision.TOWNSHIP, Precision.COMMUNITY), within_km)
        if nearest is None:
            return None
        chain = self._chains[nearest.code]
        return next((self._by_code[c] for c in chain if self._by_code[c].precision is Precision.COUNTY), None)

    def community_of(self, point: GeoPoint, *, within_km: float = 3.0) -> Place | None:
        """The community (社区/村) whose centre is nearest, if one is within `within_km`."""
        return self._nearest(point, (Precision.COMMUNITY,), within_km)

    def division_of(self, point: GeoPoint) -> str | None:
        """The 区划代码 a point is administered under: the community whose centre is within 5 km, else the
        county; None outside the province. Resolved once with a posting's or fair's point and stored."""
        place = self.community_of(point, within_km=DIVISION_COMMUNITY_KM) or self.county_of(point)
        return place.code if place is not None else None

    def _nearest(self, point: GeoPoint, precisions: tuple[Precision, ...], within_km: float) -> Place | None:
        found = self._centres.get(precisions)
        if found is None:
            places = [p for p in self._by_code.values() if p.precision in precisions]
            found = self._centres[precisions] = (
                places,
                np.array([p.point.lat for p in places]),
                np.array([p.point.lon for p in places]),
            )
        places, lats, lons = found
        if not places:
            return None
        distances = haversine_km_many(point.lat, point.lon, lats, lons)
        nearest = int(np.argmin(distances))
        return places[nearest] if distances[nearest] <= within_km else None

    def locate(self, address: str) -> Located | None:
        """The deepest place the address names consistently; None when it names nothing in Anhui."""
        text = normalise_address(address)
        return None if _OTHER_PROVINCE.match(text) else self._resolve(self._find(text))

    def locate_name(self, name: str) -> Located | None:
        """A place typed on its own, as at a kiosk: the address rules first; then, since a name alone (明光路) is
        no address, the 街道, 社区, 镇 or 乡 of that name, the first that exists."""
        found = self.locate(name)
        if found is not None:
            return found
        for suffix in _NAME_SUFFIXES:
            found = self.locate(name + suffix)
            if found is not None and found.place.name.startswith(normalise_address(name)):
                return found
        return None

    def suggest(self, typed: str, limit: int = 10) -> list[tuple[Place, str]]:
        """Places whose name begins with what was typed (明光 -> 明光市, 明光路街道), then those whose name holds
        it, shorter names first, each with the text that searches it (`name_for`); those without one left out."""
        text = normalise_address(typed)
        if not text:
            return []
        found = [p for p in self._by_code.values() if text in p.name]
        found.sort(
            key=lambda p: (not p.name.startswith(text), len(spoken_name(p.name)), precision_rank(p.precision), p.code)
        )
        named = ((p, self.name_for(p)) for p in found)
        return list(itertools.islice(((p, n) for p, n in named if n is not None), limit))

    def name_for(self, place: Place) -> str | None:
        """The shortest way of writing the place that `locate_name` reads as it: 明光路街道, or with the
        divisions above it where its name is shared (瑶海区团结社区); None when none is read back as it."""
        name = spoken_name(place.name)
        county = "" if place.county == place.name else place.county
        town = "" if place.town in ("", place.name) else spoken_name(place.town)
        for written in dict.fromkeys(
            (name, county + name, place.city + county + name, place.city + county + town + name)
        ):
            found = self.locate_name(written)
            if found is not None and found.place.code == place.code:
                return written
        return None

    def _find(self, text: str) -> list[_Match]:
        found: list[_Match] = []
        for start in range(len(text) - SHORTEST_NAME_CHARS + 1):
            for length in self._lengths.get(text[start : start + SHORTEST_NAME_CHARS], ()):
                end = start + length
                name = text[start:end]
                if end <= len(text) and (places := self._full.get(name, ()) + self._bare_at(name, text, end)):
                    found.append(_Match(start, end, name, places))
        return _outermost(found)

    def _bare_at(self, name: str, text: str, end: int) -> tuple[Place, ...]:
        places = self._bare.get(name, ())
        return () if places and _NOT_AFTER_BARE.match(text, end) else places

    def _resolve(self, matches: Sequence[_Match]) -> Located | None:
        """Each name found votes for the places whose ancestry contains one of its meanings.

        The best-supported place wins; between equals, the one whose support reaches the larger
        division (a named city outweighs a village name that points elsewhere). A tie left between
        different places (a repeated name the rest of the address does not settle) falls back to
        the deepest place all of them lie in, and to None when they share none.
        """
        distinct: dict[str, _Match] = {}
        for match in matches:
            distinct.setdefault(match.text, match)  # a name written twice is one vote
        scored = [(self._support(m, p, distinct.values()), m, p) for m in distinct.values() for p in m.places]
        if not scored:
            return None
        best = max(support for support, _, _ in scored)
        top = [(m, p) for support, m, p in scored if support == best]
        codes = {p.code for _, p in top}
        chosen = top[0][1] if len(codes) == 1 else self._deepest_common(codes)
        if chosen is None:
            return None
        matched = next((m.text for m in matches if chosen in m.places), top[0][0].text)
        return Located(chosen, chosen.precision, matched)

    def _support(self, match: _Match, place: Place, matches: Iterable[_Match]) -> tuple[int, int]:
        """(names agreeing with reading match as place, rank of the coarsest of them)."""
        chain = self._chains[place.code]
        ranks = [precision_rank(place.precision)]
        for other in matches:
            agreeing = [precision_rank(p.precision) for p in other.places if p.code in chain]
            if other is not match and agreeing:
                ranks.append(max(agreeing))
        return len(ranks), max(ranks)

    def _deepest_common(self, codes: set[str]) -> Place | None:
        shared = frozenset.intersection(*(self._chains[code] for code in codes))
        if not shared:
            return None
        return min((self._by_code[c] for c in shared), key=lambda p: precision_rank(p.precision))

    def _ancestry(self, code: str, parents: Mapping[str, str]) -> Iterator[str]:
        # Climbs until the parent is outside the table: Anhui itself has no row.
        while code in self._by_code:
            yield code
            code = parents.get(code, "")


def _outermost(matches: list[_Match]) -> list[_Match]:
    """Drops names found inside a longer one, so 明光路街道 does not also count as 明光.

    Expects matches ordered by start, longest first at each start.
    """
    kept: list[_Match] = []
    reach = 0
    for match in matches:
        if match.end > reach:
            kept.append(match)
            reach = match.end
    return kept


@functools.cache
def _shipped() -> Gazetteer:
    return Gazetteer(*read_places(PLACES_PATH))
