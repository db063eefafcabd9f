"""The shipped table of Anhui places: each division's code, name, precision and centre (WGS-84)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from matching.geo import Crs, GeoPoint, to_wgs84

PLACES_PATH = Path(__file__).with_name("data") / "anhui_places.csv"


class Precision(StrEnum):
    POINT = "point"
    COMMUNITY = "community"
    TOWNSHIP = "township"
    COUNTY = "county"
    CITY = "city"


PRECISION_ORDER = tuple(Precision)  # finest first: a point, then ever larger divisions
# What a clerk or a seeker reads for each: "按乡镇中心估算", "定位到…（社区中心）".
PRECISION_WORDS = {
    Precision.POINT: "坐标",
    Precision.COMMUNITY: "社区",
    Precision.TOWNSHIP: "乡镇",
    Precision.COUNTY: "区县",
    Precision.CITY: "地级市",
}

_LEVEL_PRECISION = {
    "city": Precision.CITY,
    "county": Precision.COUNTY,
    "town": Precision.TOWNSHIP,  # 街道 and 乡镇
    "village": Precision.COMMUNITY,  # 社区 and 村
}


def precision_rank(precision: Precision) -> int:
    """0 for a point, growing as the division gets coarser; sort by it to put the finest first."""
    return PRECISION_ORDER.index(precision)


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    code: str  # the 12-digit 统计用区划代码
    name: str
    precision: Precision
    point: GeoPoint  # WGS-84
    city: str
    county: str  # "" for a city
    town: str  # "" for a city or county


@dataclass(frozen=True, slots=True)
class Located:
    place: Place
    precision: Precision
    matched: str  # the (normalised) text of the address that decided the place


def read_places(path: Path) -> tuple[list[Place], dict[str, str]]:
    places: list[Place] = []
    parents: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            gcj02 = GeoPoint(lat=float(row["lat_gcj02"]), lon=float(row["lng_gcj02"]))
            places.append(
                Place(
                    code=row["code"],
                    name=row["name"],
                    precision=_LEVEL_PRECISION[row["level"]],
                    point=to_wgs84(gcj02, Crs.GCJ02),
                    city=row["city"],
                    county=row["county"],
                    town=row["town"],
                )
            )
            parents[row["code"]] = row["parent"]
    return places, parents
