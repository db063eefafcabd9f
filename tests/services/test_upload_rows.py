"""One uploaded row into a posting: header matching, every value check, and the posting's identity."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest

from app.services.uploads.rows import Columns, RowPosting, RowResult, read_row
from app.services.uploads.sheets import Cell, SheetError
from app.vocabulary import JobType
from matching.gazetteer import Gazetteer
from matching.geo import Crs, GeoPoint, to_wgs84
from matching.ranking import SalaryUnit

NOW = datetime(2026, 11, 21, tzinfo=UTC)
TEMPLATE = (
    "职位名称",
    "岗位描述",
    "用工类型",
    "薪资下限",
    "薪资上限",
    "薪资单位",
    "工作地址",
    "经度",
    "纬度",
    "坐标系",
    "招聘人数",
    "单位名称",
    "统一社会信用代码",
    "联系电话",
    "有效期至",
    "外部编号",
    "见习期限",
    "班次",
)
GOOD: dict[str, Cell] = {
    "职位名称": "电焊工",
    "岗位描述": "熟练二保焊",
    "用工类型": "全职",
    "薪资下限": "6-8千",
    "薪资上限": "",
    "薪资单位": "月",
    "工作地址": "合肥市瑶海区明光路街道",
    "经度": "117.28",
    "纬度": "31.86",
    "坐标系": "gcj02",
    "招聘人数": "5",
    "单位名称": "示例厂",
    "统一社会信用代码": "91350100M000100Y43",
    "联系电话": "0551-12345678",
    "有效期至": "2026-12-31",
    "外部编号": "J-001",
    "见习期限": "",
    "班次": "",
}
NO_POINT = {"经度": "", "纬度": ""}
VALID_CODE = "91350100M000100Y43"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def columns_of(*headers: str) -> Columns:
    return Columns.of(headers)


def read(gazetteer: Gazetteer, **changes: Cell) -> RowResult:
    values = GOOD | changes
    return read_row(tuple(values[h] for h in TEMPLATE), columns_of(*TEMPLATE), gazetteer, NOW)


def posting_of(result: RowResult) -> RowPosting:
    assert result.errors == []
    assert result.posting is not None
    return result.posting


def only_error(result: RowResult) -> tuple[str, str]:
    assert result.posting is None
    assert len(result.errors) == 1, result.errors
    return result.errors[0].column, result.errors[0].reason


# Columns.of


def test_columns_accept_english_headers_in_any_order() -> None:
    columns = columns_of("employer", "salary_min", "title")
    assert columns.position == {"employer": 0, "salary_min": 1, "title": 2}
    assert columns.header["title"] == "title"


def test_columns_ignore_decorations() -> None:
    columns = columns_of("*职位名称", "薪资下限（元）", "单位名称(全称)", "联系电话：")
    assert columns.position == {"title": 0, "salary_min": 1, "employer": 2, "phone": 3}
    assert columns.header["salary_min"] == "薪资下限（元）"
    assert columns.ignored == ()


def test_columns_ignore_case_and_surrounding_spaces() -> None:
    columns = columns_of(" Title ", "EMPLOYER_NAME")
    assert columns.position == {"title": 0, "employer": 1}


def test_columns_list_unknown_headers_as_ignored() -> None:
    columns = columns_of("职位名称", "备注", "单位名称", "", "学历要求")
    assert columns.ignored == ("备注", "学历要求")


def test_columns_accept_the_alias_岗位名称_for_title() -> None:
    assert columns_of("岗位名称", "企业名称").position == {"title": 0, "employer": 1}


@pytest.mark.parametrize(
    ("headers", "missing"),
    [
        (("单位名称", "薪资下限"), "职位名称"),
        (("职位名称", "薪资下限"), "单位名称"),
    ],
)
def test_columns_refuse_a_sheet_without_a_required_column(headers: tuple[str, ...], missing: str) -> None:
    with pytest.raises(SheetError, match=missing):
        columns_of(*headers)


def test_columns_refuse_the_same_field_twice() -> None:
    with pytest.raises(SheetError) as caught:
        columns_of("职位名称", "单位名称", "title")
    assert "职位名称" in caught.value.reason and "title" in caught.value.reason


def test_columns_name_falls_back_to_the_template_header_for_an_absent_column() -> None:
    columns = columns_of("title", "employer")
    assert columns.name("title") == "title"
    assert columns.name("address") == "工作地址"


# A complete row


def test_reads_a_complete_template_row(gazetteer: Gazetteer) -> None:
    result = read(gazetteer)
    posting = posting_of(result)
    assert result.warnings == []
    assert (posting.title, posting.description, posting.employer_name) == ("电焊工", "熟练二保焊", "示例厂")
    assert posting.job_type is JobType.FULL_TIME
    assert (posting.salary_min, posting.salary_max, posting.salary_unit) == (6000, 8000, SalaryUnit.MONTH)
    assert posting.precision == "point"
    assert posting.address == "合肥市瑶海区明光路街道"
    assert posting.headcount == 5
    assert posting.credit_code == VALID_CODE
    assert posting.phone == "0551-12345678"
    assert posting.external_id == "J-001"


def test_converts_a_gcj02_point_to_wgs84(gazetteer: Gazetteer) -> None:
    point = posting_of(read(gazetteer)).point
    expected = to_wgs84(GeoPoint(lat=31.86, lon=117.28), Crs.GCJ02)
    assert point == pytest.approx(expected)
    assert point != GeoPoint(lat=31.86, lon=117.28)


def test_valid_until_is_the_end_of_that_day_in_china(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer)).valid_until == datetime(2026, 12, 31, 15, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "job_type"),
    [
        ("全职", JobType.FULL_TIME),
        ("兼职", JobType.PART_TIME),
        ("零工", JobType.GIG),
        ("就业见习", JobType.INTERNSHIP),
        ("公益性岗位", JobType.PUBLIC_WELFARE),
        ("Full_Time", JobType.FULL_TIME),
    ],
)
def test_maps_job_type_words(gazetteer: Gazetteer, text: str, job_type: JobType) -> None:
    terms = {JobType.GIG: {"薪资下限": "200", "薪资单位": "天"}, JobType.INTERNSHIP: {"见习期限": "6"}}
    assert posting_of(read(gazetteer, 用工类型=text, **terms.get(job_type, {}))).job_type is job_type


@pytest.mark.parametrize(
    ("changes", "column", "reason"),
    [
        ({"用工类型": "就业见习"}, "见习期限", "见习岗位须写明期限（3–12个月）"),
        ({"用工类型": "就业见习", "见习期限": "18"}, "见习期限", "见习期限应为3–12个月，而不是18个月"),
        ({"用工类型": "零工"}, "薪资单位", "零工按日或按小时计酬"),
        (
            {"用工类型": "零工", "薪资下限": "25", "薪资单位": "小时", "班次": "8点到12点"},
            "班次",
            "班次格式应为 HH:MM-HH:MM，可在前面写星期或日期（周六 08:00-12:00）：8点到12点",
        ),
    ],
)
def test_rejects_rows_breaking_programme_rules(
    gazetteer: Gazetteer, changes: dict[str, Cell], column: str, reason: str
) -> None:
    assert only_error(read(gazetteer, **changes)) == (column, reason)


def test_reads_internship_term_and_gig_shifts(gazetteer: Gazetteer) -> None:
    internship = posting_of(read(gazetteer, 用工类型="就业见习", 见习期限="6个月"))
    gig = posting_of(read(gazetteer, 用工类型="零工", 薪资下限="200", 薪资单位="天", 班次="07:00-11:00、13:00-17:00"))
    assert internship.internship_months == 6
    assert gig.shifts == ("07:00-11:00", "13:00-17:00")


def test_empty_job_type_is_full_time_with_a_warning(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 用工类型="")
    assert posting_of(result).job_type is JobType.FULL_TIME
    assert [w.column for w in result.warnings] == ["用工类型"]


def test_rejects_an_unknown_job_type(gazetteer: Gazetteer) -> None:
    assert only_error(read(gazetteer, 用工类型="合同工"))[0] == "用工类型"


# Coordinates


@pytest.mark.parametrize(
    ("name", "crs"), [("bd09", Crs.BD09), ("百度", Crs.BD09), ("WGS84", Crs.WGS84), ("gps", Crs.WGS84)]
)
def test_converts_points_from_the_named_crs(gazetteer: Gazetteer, name: str, crs: Crs) -> None:
    point = posting_of(read(gazetteer, 坐标系=name)).point
    assert point == pytest.approx(to_wgs84(GeoPoint(lat=31.86, lon=117.28), crs))


def test_wgs84_points_are_kept_as_given(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer, 坐标系="wgs84")).point == GeoPoint(lat=31.86, lon=117.28)


def test_empty_crs_is_gcj02_with_a_warning(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 坐标系="")
    assert posting_of(result).point == pytest.approx(to_wgs84(GeoPoint(lat=31.86, lon=117.28), Crs.GCJ02))
    assert [w.column for w in result.warnings] == ["坐标系"]


def test_rejects_an_unknown_crs(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 坐标系="北斗")
    assert result.posting is None
    assert "坐标系" in [e.column for e in result.errors]


def test_rejects_swapped_coordinates_saying_填反(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 经度="31.86", 纬度="117.28", 工作地址=""))
    assert column == "经度"
    assert "填反" in reason


def test_rejects_coordinates_outside_china(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 经度="2.35", 纬度="48.85", 工作地址=""))
    assert column == "经度"
    assert "不在中国境内" in reason


def test_swapped_coordinates_fall_back_to_a_placeable_address_with_a_warning(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 经度="31.86", 纬度="117.28")
    assert posting_of(result).precision == "township"
    assert any("填反" in w.reason for w in result.warnings)


def test_non_numeric_coordinates_fall_back_to_the_address_with_a_warning(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 经度="东经117度", 纬度="北纬31度")
    posting = posting_of(result)
    assert posting.precision == "township"
    assert posting.point == gazetteer.locate("合肥市瑶海区明光路街道").place.point  # type: ignore[union-attr]
    assert [w.column for w in result.warnings] == ["经度"]


def test_places_a_row_without_coordinates_at_its_township(gazetteer: Gazetteer) -> None:
    posting = posting_of(read(gazetteer, **NO_POINT))
    located = gazetteer.locate("合肥市瑶海区明光路街道")
    assert located is not None
    assert posting.precision == "township"
    assert posting.point == located.place.point
    assert posting.address == "合肥市瑶海区明光路街道"


def test_places_a_row_without_coordinates_at_its_community(gazetteer: Gazetteer) -> None:
    address = "合肥市瑶海区明光路街道填海巷社区"
    posting = posting_of(read(gazetteer, 工作地址=address, **NO_POINT))
    located = gazetteer.locate(address)
    assert located is not None
    assert posting.precision == "community"
    assert posting.point == located.place.point


def test_rejects_an_address_that_names_only_a_city(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 工作地址="合肥市", **NO_POINT))
    assert column == "工作地址"
    assert "地级市" in reason


def test_rejects_an_address_in_another_province(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 工作地址="北京市朝阳区", **NO_POINT))
    assert column == "工作地址"
    assert "找不到" in reason


def test_rejects_a_row_with_neither_coordinates_nor_address(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 工作地址="", **NO_POINT))
    assert column == "工作地址"
    assert "没有填写工作地址" in reason


# Every problem at once


def test_reports_every_problem_of_a_row_at_once(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 职位名称="", 薪资下限="很多", 有效期至="2020-01-01")
    assert result.posting is None
    assert [e.column for e in result.errors] == ["职位名称", "薪资下限", "有效期至"]


def test_issues_name_the_sheets_own_headers(gazetteer: Gazetteer) -> None:
    headers = ("title", "employer", "salary_min", "address")
    result = read_row(("", "示例厂", "很多", "合肥市瑶海区明光路街道"), columns_of(*headers), gazetteer, NOW)
    assert [e.column for e in result.errors] == ["title", "salary_min"]


def test_rejects_an_empty_employer(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 单位名称="  "))
    assert column == "单位名称"
    assert "必填" in reason


def test_rejects_a_title_over_100_characters_once(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 职位名称="焊" * 101))
    assert column == "职位名称"
    assert "100" in reason


def test_accepts_a_title_of_exactly_100_characters(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer, 职位名称="焊" * 100)).title == "焊" * 100


# Salary


def test_rejects_a_small_salary_without_a_unit(gazetteer: Gazetteer) -> None:
    assert only_error(read(gazetteer, 薪资下限="150", 薪资单位=""))[0] == "薪资下限"


def test_reads_a_day_rate_when_the_unit_is_天(gazetteer: Gazetteer) -> None:
    posting = posting_of(read(gazetteer, 薪资下限="150", 薪资单位="天"))
    assert (posting.salary_min, posting.salary_max, posting.salary_unit) == (150, None, SalaryUnit.DAY)


def test_reads_面议_as_no_amounts(gazetteer: Gazetteer) -> None:
    posting = posting_of(read(gazetteer, 薪资下限="面议", 薪资单位=""))
    assert (posting.salary_min, posting.salary_max) == (None, None)


def test_reads_an_unlabelled_monthly_amount_as_a_month_with_a_warning(gazetteer: Gazetteer) -> None:
    result = read(gazetteer, 薪资下限="6000", 薪资单位="")
    posting = posting_of(result)
    assert (posting.salary_min, posting.salary_unit) == (6000, SalaryUnit.MONTH)
    assert [w.column for w in result.warnings] == ["薪资下限"]


def test_reads_typed_excel_amounts(gazetteer: Gazetteer) -> None:
    posting = posting_of(read(gazetteer, 薪资下限=6000.0, 薪资上限=8000))
    assert (posting.salary_min, posting.salary_max) == (6000, 8000)


# Headcount


@pytest.mark.parametrize(("text", "headcount"), [("若干", None), ("", None), ("5人", 5), (12.0, 12)])
def test_reads_headcount(gazetteer: Gazetteer, text: Cell, headcount: int | None) -> None:
    assert posting_of(read(gazetteer, 招聘人数=text)).headcount == headcount


@pytest.mark.parametrize("text", ["0", "abc", "-3", "10001", "2.5"])
def test_rejects_a_bad_headcount(gazetteer: Gazetteer, text: str) -> None:
    assert only_error(read(gazetteer, 招聘人数=text))[0] == "招聘人数"


@pytest.mark.parametrize("text", ["①", "²"])
def test_rejects_a_digit_like_headcount_instead_of_crashing(gazetteer: Gazetteer, text: str) -> None:
    assert only_error(read(gazetteer, 招聘人数=text))[0] == "招聘人数"


# Valid until


@pytest.mark.parametrize(
    "cell", ["2026/12/31", "2026年12月31日", "2026.12.31", datetime(2026, 12, 31), datetime(2026, 12, 31, 9, 30)]
)
def test_accepts_common_date_forms(gazetteer: Gazetteer, cell: Cell) -> None:
    assert posting_of(read(gazetteer, 有效期至=cell)).valid_until == datetime(2026, 12, 31, 15, 59, 59, tzinfo=UTC)


def test_accepts_today_as_valid_until(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer, 有效期至="2026-11-21")).valid_until is not None


def test_empty_valid_until_is_none(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer, 有效期至="")).valid_until is None


@pytest.mark.parametrize(
    ("text", "why"), [("2026-11-20", "已过"), ("明年", "无法识别"), ("2026-02-30", "无法识别"), ("2037-01-01", "10 年")]
)
def test_rejects_a_bad_valid_until(gazetteer: Gazetteer, text: str, why: str) -> None:
    column, reason = only_error(read(gazetteer, 有效期至=text))
    assert column == "有效期至"
    assert why in reason


# Credit code, phone


def test_rejects_a_credit_code_with_a_wrong_check_character(gazetteer: Gazetteer) -> None:
    column, reason = only_error(read(gazetteer, 统一社会信用代码="91350100M000100Y44"))
    assert column == "统一社会信用代码"
    assert "校验位" in reason


def test_normalises_a_lower_case_credit_code(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer, 统一社会信用代码=" 91350100m000100y43")).credit_code == VALID_CODE


def test_empty_credit_code_and_phone_are_none(gazetteer: Gazetteer) -> None:
    posting = posting_of(read(gazetteer, 统一社会信用代码="", 联系电话=""))
    assert (posting.credit_code, posting.phone) == (None, None)


@pytest.mark.parametrize("text", ["0551-ABCDEFG", "1234"])
def test_rejects_a_bad_phone(gazetteer: Gazetteer, text: str) -> None:
    assert only_error(read(gazetteer, 联系电话=text))[0] == "联系电话"


def test_reads_a_phone_typed_as_an_excel_number(gazetteer: Gazetteer) -> None:
    assert posting_of(read(gazetteer, 联系电话=13800138000.0)).phone == "13800138000"


# Identity


@pytest.fixture(scope="module")
def posting(gazetteer: Gazetteer) -> RowPosting:
    return posting_of(read(gazetteer))


def test_content_hash_is_stable_for_the_same_content(posting: RowPosting) -> None:
    assert posting.content_hash(7) == dataclasses.replace(posting).content_hash(7)


@pytest.mark.parametrize(
    "changes",
    [{"salary_min": 6500.0}, {"salary_max": 9000.0}, {"title": "焊工"}, {"job_type": JobType.GIG}, {"headcount": 6}],
)
def test_content_hash_changes_with_what_the_posting_says(posting: RowPosting, changes: dict[str, object]) -> None:
    assert dataclasses.replace(posting, **changes).content_hash(7) != posting.content_hash(7)  # type: ignore[arg-type]


def test_content_hash_changes_with_the_fair(posting: RowPosting) -> None:
    assert posting.content_hash(7) != posting.content_hash(8)
    assert posting.content_hash(7) != posting.content_hash(None)


@pytest.mark.parametrize(
    "changes",
    [{"external_id": "J-999"}, {"phone": "0551-87654321"}, {"employer_name": "示例厂二厂"}, {"credit_code": None}],
)
def test_content_hash_ignores_identity_and_contact_fields(posting: RowPosting, changes: dict[str, object]) -> None:
    assert dataclasses.replace(posting, **changes).content_hash(7) == posting.content_hash(7)  # type: ignore[arg-type]


def test_key_is_the_external_id_when_present(posting: RowPosting) -> None:
    assert posting.key(7) == "J-001"


def test_key_is_the_content_hash_without_an_external_id(gazetteer: Gazetteer) -> None:
    posting = posting_of(read(gazetteer, 外部编号=""))
    assert re.fullmatch(r"content:[0-9a-f]{40}", posting.key(7))
    assert posting.key(7) == f"content:{posting.content_hash(7)[:40]}"
    assert posting.key(7) != posting.key(8)


def test_full_width_term_salary_shifts_and_date_read_as_typed_half_width(gazetteer: Gazetteer) -> None:
    internship = posting_of(read(gazetteer, 用工类型="就业见习", 见习期限="６个月", 有效期至="２０２７－０３－０１"))
    gig = posting_of(
        read(
            gazetteer,
            用工类型="零工",
            薪资下限="２００",
            薪资单位="天",
            班次="７：００－１１：００、１３:００~１７:００",
        )
    )
    assert internship.internship_months == 6
    assert gig.shifts == ("07:00-11:00", "13:00-17:00")
    assert gig.salary_min == 200
