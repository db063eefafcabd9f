"""One uploaded row into a posting: headers in Chinese or English, values checked, reasons a clerk reads."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from app.schemas.job import DESCRIPTION_MAX, TITLE_MAX
from app.services.postings.screening import Screening, assess
from app.services.uploads.sheets import Cell, SheetError, cell_text
from app.vocabulary import JobType, ScreeningMode
from matching.gazetteer import Gazetteer
from matching.geo import Crs, GeoPoint, to_wgs84
from matching.parsing import (
    SalaryError,
    check_credit_code,
    normalise_credit_code,
    parse_salary,
)
from matching.places import PRECISION_WORDS, Precision
from matching.programmes import PostingTerms, posting_problems
from matching.ranking import SalaryUnit
from matching.shifts import typed_shift

CHINA_TZ = timezone(timedelta(hours=8))
# ６个月, ２０２７－０３－０１: full-width ASCII as phones and Excel type it, read as its half-width twin
FULL_WIDTH = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
MAX_VALID_DAYS = 3650
# Column -> (the template's header, other headers accepted). Matching ignores case, spaces, "*"
# and a trailing "(…)" such as "薪资下限（元）".
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "title": ("职位名称", ("岗位名称", "职位", "岗位", "招聘岗位", "title", "job_title")),
    "description": ("岗位描述", ("职位描述", "工作内容", "岗位职责", "description")),
    "job_type": ("用工类型", ("岗位类型", "用工形式", "job_type")),
    "salary_min": ("薪资下限", ("最低薪资", "最低工资", "薪资", "薪酬", "工资", "salary_min", "salary")),
    "salary_max": ("薪资上限", ("最高薪资", "最高工资", "salary_max")),
    "salary_unit": ("薪资单位", ("计薪方式", "工资单位", "salary_unit")),
    "address": ("工作地址", ("工作地点", "地址", "address")),
    "lon": ("经度", ("lng", "lon", "longitude")),
    "lat": ("纬度", ("lat", "latitude")),
    "crs": ("坐标系", ("crs", "coordinate_system")),
    "headcount": ("招聘人数", ("人数", "headcount")),
    "employer": ("单位名称", ("企业名称", "公司名称", "用人单位", "公司", "employer", "company", "employer_name")),
    "credit_code": ("统一社会信用代码", ("信用代码", "credit_code")),
    "phone": ("联系电话", ("电话", "联系方式", "phone", "contact_phone")),
    "valid_until": ("有效期至", ("截止日期", "有效期", "valid_until")),
    "external_id": ("外部编号", ("职位编号", "岗位编号", "编号", "external_id")),
    "internship_months": ("见习期限", ("见习月数", "见习期", "internship_months")),
    "shifts": ("班次", ("工作时段", "上班时间", "shifts")),
}
REQUIRED = ("title", "employer")
PROGRAMME_COLUMNS = {"internship_months": "internship_months", "shifts": "shifts", "salary.unit": "salary_unit"}
JOB_TYPES = {
    JobType.FULL_TIME: ("全职", "全日制", "full_time", "fulltime"),
    JobType.PART_TIME: ("兼职", "非全日制", "part_time", "parttime"),
    JobType.GIG: ("零工", "临时工", "日结", "gig"),
    JobType.INTERNSHIP: ("见习", "就业见习", "见习岗位", "实习", "internship"),
    JobType.PUBLIC_WELFARE: ("公益性岗位", "公益岗", "公益岗位", "public_welfare"),
}
CRS_NAMES = {
    Crs.WGS84: ("wgs84", "wgs-84", "gps"),
    Crs.GCJ02: ("gcj02", "gcj-02", "高德", "腾讯", "微信", "火星"),
    Crs.BD09: ("bd09", "bd-09", "百度"),
}
CHINA_LON, CHINA_LAT = (73.4, 135.1), (18.1, 53.6)
PHONE = re.compile(r"^[0-9+\- ]{5,20}$")
SOME = {"若干", "不限", "多名", "数名"}
DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
VALUE_SHOWN = 200


@dataclass(frozen=True, slots=True)
class Issue:
    column: str  # the sheet's own header
    value: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RowPosting:
    """A row that passed every check: what the posting and its employer will hold."""

    title: str
    description: str
    job_type: JobType
    salary_min: float | None
    salary_max: float | None
    salary_unit: SalaryUnit
    point: GeoPoint  # WGS-84
    precision: str
    division_code: str | None  # the 区划代码 the point lies in (Gazetteer.division_of), placed with the point
    address: str | None
    headcount: int | None
    valid_until: datetime | None
    employer_name: str
    credit_code: str | None
    phone: str | None
    external_id: str | None
    internship_months: int | None = None
    shifts: tuple[str, ...] = ()
    screening: Screening = Screening((), ())  # what the title and description say that the law forbids, or warns of

    def content_hash(self, fair_id: int | None) -> str:
        """What the posting says, so a re-upload can tell unchanged rows from edited ones."""
        facts: list[object] = [
            self.title,
            self.description,
            self.job_type,
            self.salary_min,
            self.salary_max,
            self.salary_unit,
            round(self.point.lat, 7),
            round(self.point.lon, 7),
            self.precision,
            self.address,
            self.headcount,
            self.valid_until.isoformat() if self.valid_until else None,
            fair_id,
        ]
        if self.internship_months is not None or self.shifts:  # rows without them hash as they always did
            facts += [self.internship_months, list(self.shifts)]
        return hashlib.sha256(json.dumps(facts, ensure_ascii=False).encode()).hexdigest()

    def key(self, fair_id: int | None) -> str:
        """The posting's identity under its employer: the sheet's own id, else its content."""
        return self.external_id or f"content:{self.content_hash(fair_id)[:40]}"


@dataclass(slots=True)
class RowResult:
    posting: RowPosting | None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Columns:
    """Which position holds which field, and the sheet's own header for each."""

    position: dict[str, int]
    header: dict[str, str]
    ignored: tuple[str, ...]

    @classmethod
    def of(cls, headers: Sequence[str]) -> Columns:
        aliases = {_normal(name): key for key, (main, others) in COLUMNS.items() for name in (main, *others)}
        position: dict[str, int] = {}
        header: dict[str, str] = {}
        ignored: list[str] = []
        for index, raw in enumerate(headers):
            key = aliases.get(_normal(raw))
            if key is None:
                if raw:
                    ignored.append(raw)
                continue
            if key in position:
                raise SheetError(f"「{header[key]}」和「{raw}」是同一列（{COLUMNS[key][0]}），请删去一列")
            position[key], header[key] = index, raw
        missing = [COLUMNS[k][0] for k in REQUIRED if k not in position]
        if missing:
            found = "、".join(h for h in headers if h) or "无"
            raise SheetError(f"找不到「{'」「'.join(missing)}」列（表头是：{found}）：请使用岗位模板的表头")
        return cls(position, header, tuple(ignored))

    def cell(self, cells: Sequence[Cell], key: str) -> Cell:
        index = self.position.get(key)
        return None if index is None else cells[index]

    def name(self, key: str) -> str:
        return self.header.get(key, COLUMNS[key][0])


def read_row(
    cells: Sequence[Cell],
    columns: Columns,
    gazetteer: Gazetteer,
    now: datetime,
    screening_mode: ScreeningMode = "reject",
) -> RowResult:
    """Every check on one row; all its problems are reported at once, never just the first."""
    reader = _RowReader(cells, columns)
    title = reader.required_text("title", TITLE_MAX)
    description = reader.text("description", DESCRIPTION_MAX)
    employer = reader.required_text("employer", 100)
    job_type = reader.job_type()
    screening = reader.screening(title or "", description, job_type, screening_mode)
    salary = reader.salary()
    located = reader.location(gazetteer)
    headcount = reader.headcount()
    valid_until = reader.valid_until(now)
    credit_code = reader.credit_code()
    phone = reader.phone()
    external_id = reader.text("external_id", 64) or None
    months, shifts = reader.months(), reader.shifts()
    if salary is not None:
        priced = salary[0] is not None or salary[1] is not None
        reader.programme(PostingTerms(job_type, salary[2] if priced else None, months, shifts))
    result = RowResult(None, reader.errors, reader.warnings)
    if reader.errors or title is None or employer is None or salary is None or located is None:
        return result
    point, precision, address = located
    result.posting = RowPosting(
        title=title,
        description=description,
        job_type=job_type,
        salary_min=salary[0],
        salary_max=salary[1],
        salary_unit=salary[2],
        point=point,
        precision=precision,
        division_code=gazetteer.division_of(point),
        address=address,
        headcount=headcount,
        valid_until=valid_until,
        employer_name=employer,
        credit_code=credit_code,
        phone=phone,
        external_id=external_id,
        internship_months=months,
        shifts=shifts,
        screening=screening,
    )
    return result


class _RowReader:
    def __init__(self, cells: Sequence[Cell], columns: Columns) -> None:
        self.cells = cells
        self.columns = columns
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []

    def raw(self, key: str) -> Cell:
        return self.columns.cell(self.cells, key)

    def value(self, key: str) -> str:
        return cell_text(self.raw(key))

    def fail(self, key: str, reason: str, value: str | None = None) -> None:
        shown = self.value(key) if value is None else value
        self.errors.append(Issue(self.columns.name(key), shown[:VALUE_SHOWN], reason))

    def warn(self, key: str, reason: str) -> None:
        self.warnings.append(Issue(self.columns.name(key), self.value(key)[:VALUE_SHOWN], reason))

    def text(self, key: str, max_chars: int) -> str:
        value = self.value(key).replace("\x00", "")
        if len(value) > max_chars:
            self.fail(key, f"超过 {max_chars} 字（现有 {len(value)} 字）", value[:50] + "…")
            return ""
        return value

    def required_text(self, key: str, max_chars: int) -> str | None:
        value = self.text(key, max_chars)
        if not value:
            if not any(e.column == self.columns.name(key) for e in self.errors):
                self.fail(key, f"「{COLUMNS[key][0]}」必填，不能为空")
            return None
        return value

    def job_type(self) -> JobType:
        value = self.value("job_type")
        if not value:
            self.warn("job_type", "未填用工类型，按全职计")
            return JobType.FULL_TIME
        for job_type, names in JOB_TYPES.items():
            if value.lower() in names:
                return job_type
        self.fail("job_type", "无法识别的用工类型：请填写 全职、兼职、零工、就业见习 或 公益性岗位")
        return JobType.FULL_TIME

    def screening(self, title: str, description: str, job_type: JobType, mode: ScreeningMode) -> Screening:
        """A discriminatory requirement rejects the row (or, in review mode, holds its posting); age limits warn."""
        found = assess(title, description, (), job_type.value)
        for placed in found.blocking:
            held = f"已转人工审核：{placed.reason}"
            issues = self.errors if mode == "reject" else self.warnings
            issues.append(
                Issue(
                    self.columns.name(placed.field), placed.finding.phrase, placed.reason if mode == "reject" else held
                )
            )
        for placed in found.warnings:
            self.warnings.append(Issue(self.columns.name(placed.field), placed.finding.phrase, placed.reason))
        return found

    def salary(self) -> tuple[float | None, float | None, SalaryUnit] | None:
        try:
            parsed = parse_salary(
                _amount(self.raw("salary_min")), _amount(self.raw("salary_max")), self.value("salary_unit") or None
            )
        except SalaryError as error:
            shown = " / ".join(v for v in (self.value("salary_min"), self.value("salary_max")) if v)
            self.fail("salary_min", str(error), shown)
            return None
        if parsed.note:
            self.warn("salary_min", parsed.note)
        return parsed.min, parsed.max, parsed.unit

    def location(self, gazetteer: Gazetteer) -> tuple[GeoPoint, str, str | None] | None:
        address = self.text("address", 200) or None
        point, problem = self._point()
        if point is not None:
            return point, "point", address
        located = gazetteer.locate(address) if address else None
        if located is not None and located.precision not in (Precision.CITY, Precision.POINT):
            if problem:
                self.warn(
                    "lon",
                    f"{problem}；已改用地址定位到{located.place.name}（{PRECISION_WORDS[located.precision]}中心）",
                )
            return located.place.point, located.precision.value, address
        where = (
            f"「{address}」只能定位到{located.place.name}（地级市），范围太大"
            if located
            else (f"地址「{address}」在安徽省区划中找不到" if address else "没有填写工作地址")
        )
        self.fail(
            "address" if address or not problem else "lon",
            f"无法定位：{problem + '；' if problem else ''}{where}。请填写经纬度，或写明区县、乡镇（街道）或社区",
            address or self.value("lon"),
        )
        return None

    def _point(self) -> tuple[GeoPoint | None, str | None]:
        lon_text, lat_text = self.value("lon"), self.value("lat")
        if not lon_text and not lat_text:
            return None, None
        try:
            lon, lat = float(lon_text), float(lat_text)
        except ValueError:
            return None, f"经纬度「{lon_text}, {lat_text}」不是数字"
        if not _in_china(lon, lat) and _in_china(lat, lon):
            return None, f"经纬度可能填反了（经度 {lon_text}，纬度 {lat_text}）"
        if not _in_china(lon, lat):
            return None, f"坐标（经度 {lon_text}，纬度 {lat_text}）不在中国境内"
        crs = self._crs()
        return (None, "坐标系无法识别") if crs is None else (to_wgs84(GeoPoint(lat, lon), crs), None)

    def _crs(self) -> Crs | None:
        value = self.value("crs").lower()
        if not value:
            self.warn("crs", "未填坐标系，按 GCJ-02（高德、腾讯、微信地图）计")
            return Crs.GCJ02
        for crs, names in CRS_NAMES.items():
            if value in names:
                return crs
        self.fail("crs", "无法识别的坐标系：请填写 wgs84（GPS）、gcj02（高德/腾讯/微信）或 bd09（百度）")
        return None

    def headcount(self) -> int | None:
        value = self.value("headcount").removesuffix("人").strip()
        if not value or value in SOME:
            return None
        if not re.fullmatch(r"[0-9]{1,5}", value) or not 1 <= int(value) <= 10_000:
            self.fail("headcount", "招聘人数应为 1 到 10000 的整数，或填「若干」")
            return None
        return int(value)

    def valid_until(self, now: datetime) -> datetime | None:
        raw = self.raw("valid_until")
        day = _day(raw)
        if raw is not None and cell_text(raw) and day is None:
            self.fail("valid_until", "无法识别的日期：请写成 2026-12-31")
            return None
        if day is None:
            return None
        end = datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=CHINA_TZ).astimezone(UTC)
        if end <= now:
            self.fail("valid_until", f"有效期 {day.isoformat()} 已过：请改为今天以后的日期")
        elif end > now + timedelta(days=MAX_VALID_DAYS):
            self.fail("valid_until", "有效期不能超过 10 年")
        return end

    def months(self) -> int | None:
        value = self.value("internship_months").translate(FULL_WIDTH).removesuffix("个月").removesuffix("月").strip()
        if not value:
            return None
        if not re.fullmatch(r"[0-9]{1,2}", value):
            self.fail("internship_months", "见习期限应为月数，如 6")
            return None
        return int(value)

    def shifts(self) -> tuple[str, ...]:
        """Each shift in the form the API takes (８：００－１７：３０ -> 08:00-17:30); one that is no shift as typed, so
        its error quotes it."""
        pieces = (p.strip() for p in re.split(r"[,，、;；\n]+", self.value("shifts")))
        return tuple(typed_shift(p) or p for p in pieces if p)

    def programme(self, terms: PostingTerms) -> None:
        """The job type's posting rules (见习期限 3–12 个月, 零工按日或按小时计酬, 班次格式)."""
        for field_name, reason in posting_problems(terms):
            self.fail(PROGRAMME_COLUMNS[field_name], reason)

    def credit_code(self) -> str | None:
        value = self.value("credit_code")
        if not value:
            return None
        problem = check_credit_code(value)
        if problem:
            self.fail("credit_code", problem)
            return None
        return normalise_credit_code(value)

    def phone(self) -> str | None:
        value = self.value("phone")
        if value and not PHONE.match(value):
            self.fail("phone", "联系电话只能含数字、空格、+ 和 -，5 到 20 位")
            return None
        return value or None


def _normal(header: str) -> str:
    text = re.sub(r"[（(].*?[)）]\s*$", "", header.strip())
    return re.sub(r"[\s*＊:：]", "", text).lower()


def _amount(cell: Cell) -> str | float | int | None:
    if cell is None or isinstance(cell, (int, float, str)):
        return cell
    return cell_text(cell)


def _in_china(lon: float, lat: float) -> bool:
    return CHINA_LON[0] <= lon <= CHINA_LON[1] and CHINA_LAT[0] <= lat <= CHINA_LAT[1]


def _day(cell: Cell) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    match = DATE.match(cell_text(cell).translate(FULL_WIDTH))
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
