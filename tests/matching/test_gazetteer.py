"""The Anhui gazetteer: hierarchy resolution, ambiguity fallback, short names, WGS-84 points."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from matching.gazetteer import Gazetteer
from matching.geo import GeoPoint, haversine_km
from matching.place_names import spoken_name
from matching.places import PLACES_PATH, PRECISION_ORDER, Precision, precision_rank

# Codes from the shipped csv (2016 divisions).
HEFEI, YAOHAI, MINGGUANGLU, TIANHAIXIANG = "340100000000", "340102000000", "340102001000", "340102001001"
FEIDONG, FEIDONG_GUCHENG, DIANBU_ZHENBEI = "340122000000", "340122106000", "340122100004"
LUAN, JINZHAI_SHUANGHE = "341500000000", "341524110000"
BENGBU, WUHE_CHENGGUAN = "340300000000", "340322100000"
HUANGSHAN_CITY, MINGGUANG_CITY, JIAOQU = "341000000000", "341182000000", "340711000000"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def located_code(gazetteer: Gazetteer, address: str) -> str | None:
    found = gazetteer.locate(address)
    return None if found is None else found.place.code


def test_loads_every_row_once_per_process(gazetteer: Gazetteer):
    assert len(gazetteer) == 2966
    assert Gazetteer.load() is gazetteer


def test_precision_order_puts_the_point_first():
    assert PRECISION_ORDER[0] is Precision.POINT and PRECISION_ORDER[-1] is Precision.CITY
    ranks = [
        precision_rank(p)
        for p in (Precision.POINT, Precision.COMMUNITY, Precision.TOWNSHIP, Precision.COUNTY, Precision.CITY)
    ]
    assert ranks == sorted(ranks) and len(set(ranks)) == 5


def test_full_address_resolves_to_its_community(gazetteer: Gazetteer):
    found = gazetteer.locate("安徽省合肥市瑶海区明光路街道填海巷社区幸福小区3栋502")
    assert found is not None
    assert found.place.code == TIANHAIXIANG and found.precision is Precision.COMMUNITY
    assert found.matched == "填海巷社区"  # written without the 居委会 of the official name
    place = found.place
    assert (place.name, place.city, place.county, place.town) == ("填海巷社区居委会", "合肥市", "瑶海区", "明光路街道")


@pytest.mark.parametrize(
    ("address", "code", "precision"),
    [
        pytest.param("瑶海区明光路街道", MINGGUANGLU, Precision.TOWNSHIP, id="township"),
        pytest.param("合肥市瑶海区", YAOHAI, Precision.COUNTY, id="county"),
        pytest.param("合肥市", HEFEI, Precision.CITY, id="city-only-is-returned-as-city"),
        pytest.param("瑶海区填海巷社区", TIANHAIXIANG, Precision.COMMUNITY, id="skipped-township"),
        pytest.param("包河区骆岗街道陆大村", "340111001204", Precision.COMMUNITY, id="village-without-村委会"),
        pytest.param("黄山区焦村镇龙源村", "341003105200", Precision.COMMUNITY, id="village-whose-name-ends-in-村"),
        pytest.param("合肥市（瑶海区）明光路街道　填海巷社区", TIANHAIXIANG, Precision.COMMUNITY, id="full-width"),
    ],
)
def test_resolves_the_deepest_named_place(gazetteer: Gazetteer, address: str, code: str, precision: Precision):
    found = gazetteer.locate(address)
    assert found is not None and (found.place.code, found.precision) == (code, precision)


def test_name_inside_a_longer_name_does_not_count(gazetteer: Gazetteer):
    # 明光路街道 holds 明光, the bare name of 明光市 in 滁州; it must not pull the address there.
    assert located_code(gazetteer, "明光路街道") == MINGGUANGLU
    assert located_code(gazetteer, "合肥市瑶海区明光路88号") == YAOHAI


@pytest.mark.parametrize(
    ("address", "code"),
    [
        pytest.param("城关镇", None, id="eight-in-six-cities-is-none"),
        pytest.param("五河县城关镇", WUHE_CHENGGUAN, id="county-settles-it"),
        pytest.param("蚌埠市城关镇", BENGBU, id="two-in-the-city-falls-back-to-city"),
        pytest.param("双河镇", LUAN, id="both-in-one-city-falls-back-to-that-city"),
        pytest.param("金寨县双河镇", JINZHAI_SHUANGHE, id="county-picks-the-township"),
        pytest.param("合肥市古城镇", FEIDONG_GUCHENG, id="city-settles-one-of-four"),
        pytest.param("肥东县镇北社区", FEIDONG, id="two-in-the-county-falls-back-to-county"),
        pytest.param("肥东县店埠镇镇北社区", DIANBU_ZHENBEI, id="township-settles-the-community"),
        pytest.param("瑶海区城关镇", YAOHAI, id="names-elsewhere-leave-the-county"),
    ],
)
def test_repeated_names_never_pick_one_at_random(gazetteer: Gazetteer, address: str, code: str | None):
    assert located_code(gazetteer, address) == code


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("肥东", FEIDONG),
        ("合肥", HEFEI),
        ("瑶海", YAOHAI),
        ("合肥瑶海", YAOHAI),
        ("五河城关镇", WUHE_CHENGGUAN),
        ("肥东经济开发区", FEIDONG),
        ("滁州明光", MINGGUANG_CITY),
        ("黄山", HUANGSHAN_CITY),  # 黄山市 or its 黄山区: the city holds both
    ],
)
def test_cities_and_counties_match_without_their_suffix(gazetteer: Gazetteer, address: str, code: str):
    found = gazetteer.locate(address)
    assert found is not None and found.place.code == code


@pytest.mark.parametrize(
    ("address", "code"),
    [
        pytest.param("合肥市肥西路66号", HEFEI, id="road-named-after-a-county"),
        pytest.param("合肥市包河区芜湖路", "340111000000", id="road-named-after-a-city"),
        pytest.param("明光路", None, id="road-alone"),
        pytest.param("青海省西宁市大通县", None, id="other-province"),
        pytest.param("大通县", None, id="same-stem-other-county"),
        pytest.param("合肥市郊区", HEFEI, id="outskirts-is-not-tongling-jiaoqu"),
        pytest.param("铜陵市郊区", JIAOQU, id="tongling-jiaoqu"),
    ],
)
def test_bare_names_skip_roads_and_other_places(gazetteer: Gazetteer, address: str, code: str | None):
    assert located_code(gazetteer, address) == code


@pytest.mark.parametrize(
    "address", ["", "   ", "北京市朝阳区建国路88号", "江苏省南京市新桥村", "上海市浦东新区", "广西南宁市古城镇"]
)
def test_addresses_outside_anhui_are_none(gazetteer: Gazetteer, address: str):
    assert gazetteer.locate(address) is None


def test_points_are_wgs84_not_the_csv_gcj02(gazetteer: Gazetteer):
    with PLACES_PATH.open(encoding="utf-8") as f:
        rows = {row["code"]: row for row in csv.DictReader(f)}
    for code in (HEFEI, TIANHAIXIANG, WUHE_CHENGGUAN):
        gcj02 = GeoPoint(lat=float(rows[code]["lat_gcj02"]), lon=float(rows[code]["lng_gcj02"]))
        shift_km = haversine_km(gazetteer.place(code).point, gcj02)
        assert 0.1 < shift_km < 1.0  # GCJ-02's offset in Anhui is a few hundred metres


def test_loads_another_table_from_a_path(tmp_path: Path):
    path = tmp_path / "places.csv"
    with PLACES_PATH.open(encoding="utf-8") as f:
        lines = f.read().splitlines()
    keep = [line for line in lines if line.split(",")[0] in {HEFEI, YAOHAI, MINGGUANGLU}]
    path.write_text("\n".join([lines[0], *keep]) + "\n", encoding="utf-8")
    small = Gazetteer.load(path)
    assert len(small) == 3 and small is not Gazetteer.load()
    assert located_code(small, "合肥市瑶海区明光路街道填海巷社区") == MINGGUANGLU


def test_a_name_typed_alone_finds_the_division_named_after_it() -> None:
    """A kiosk user types 明光路: no address, so the 街道 (then 社区, 镇, 乡) of that name; never another place."""
    gazetteer = Gazetteer.load()
    found = {name: gazetteer.locate_name(name) for name in ("明光路", "三里庵", "填海巷", "瑶海区", "火星基地")}
    assert {n: (f.place.name, f.precision.value) if f else None for n, f in found.items()} == {
        "明光路": ("明光路街道", "township"),
        "三里庵": ("三里庵街道", "township"),
        "填海巷": ("填海巷社区居委会", "community"),
        "瑶海区": ("瑶海区", "county"),
        "火星基地": None,
    }
    assert gazetteer.locate("明光路") is None  # as an address, a road is still no 街道


def test_every_suggested_name_searches_exactly_its_place(gazetteer: Gazetteer) -> None:
    """The oracle: for every place in the table, the name the kiosk would send is read back as that place."""
    named = {p.code: gazetteer.name_for(p) for p in gazetteer.places()}
    for code, written in named.items():
        if written is not None:
            found = gazetteer.locate_name(written)
            assert found is not None and found.place.code == code, written
    assert sum(w is None for w in named.values()) < 0.02 * len(named)  # a few sit under an unnamed division
    assert named[MINGGUANGLU] == "明光路街道" and named[YAOHAI] == "瑶海区"


def test_suggestions_put_names_that_begin_with_the_text_first(gazetteer: Gazetteer) -> None:
    names = [(p.name, written) for p, written in gazetteer.suggest("明光")]
    assert names[:3] == [("明光市", "明光市"), ("明光街道办事处", "明光街道"), ("明光路街道", "明光路街道")]
    shared = gazetteer.suggest("团结社区")
    assert len(shared) >= 2 and len({written for _, written in shared}) == len(shared)  # told apart by district
    assert all("团结社区" in written and written != "团结社区" for _, written in shared)
    assert gazetteer.suggest("火星基地") == [] and gazetteer.suggest("  ") == []
    assert len(gazetteer.suggest("社区", limit=5)) == 5


def test_spoken_names_drop_the_committee_or_office() -> None:
    assert [spoken_name(n) for n in ("万绿园社区居委会", "龙源村村委会", "明光路街道办事处", "明光路街道")] == [
        "万绿园社区",
        "龙源村",
        "明光路街道",
        "明光路街道",
    ]
