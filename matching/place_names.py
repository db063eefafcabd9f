"""How people write a place's name: the short forms, the bare county or city, and an address's normalised text."""

from __future__ import annotations

import re

from matching.places import Place, Precision

_FULL_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_WHITESPACE = re.compile(r"\s+")
SHORTEST_NAME_CHARS = 2  # the shortest name indexed; also the key of the length table
# People write the place, not the committee or office that runs it: "XX社区居委会" is "XX社区".
_SHORT_FORMS = (
    (re.compile(r"(?:社区)?居(?:民委员|委)会$"), "社区"),
    (re.compile(r"村?村(?:民委员|委)会$"), "村"),  # 龙源村村委会 is 龙源村's
    (re.compile(r"(?:街道)?办事处$"), "街道"),
)
_DIVISION_SUFFIX = re.compile(r"[市县区]$")
# 铜陵's 郊区 is also the everyday word for outskirts: it counts only with its city in front.
_GENERIC_COUNTY_NAMES = frozenset({"郊区"})


def spoken_name(name: str) -> str:
    """The place, not the committee or office that runs it: 万绿园社区居委会 -> 万绿园社区."""
    for pattern, suffix in _SHORT_FORMS:
        if pattern.search(name):
            return pattern.sub(suffix, name)
    return name


def normalise_address(address: str) -> str:
    """Half-width ASCII, no whitespace: "合肥市 瑶海区（明光路）" -> "合肥市瑶海区(明光路)"."""
    return _WHITESPACE.sub("", address.translate(_FULL_TO_HALF))


def full_names(place: Place) -> set[str]:
    """Each way the place's full name is written: as listed, its short form, 郊区 with its city."""
    names = {place.name}
    if place.name in _GENERIC_COUNTY_NAMES:
        names = {place.city + place.name, _DIVISION_SUFFIX.sub("", place.city) + place.name}
    for pattern, suffix in _SHORT_FORMS:
        if pattern.search(place.name):
            names.add(pattern.sub(suffix, place.name))
    return {name for name in names if len(name) >= SHORTEST_NAME_CHARS}


def bare_name(place: Place) -> str | None:
    """肥东县 -> 肥东, 合肥市 -> 合肥; only cities and counties, as a road 明光路 is no 明光路街道."""
    if place.precision not in (Precision.CITY, Precision.COUNTY):
        return None
    bare = _DIVISION_SUFFIX.sub("", place.name)
    return bare if bare != place.name and len(bare) >= SHORTEST_NAME_CHARS else None
