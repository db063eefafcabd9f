"""Spreadsheet cells as clerks type them: salary text read into typed amounts, credit codes checked."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from matching.ranking import SalaryUnit, monthly_yuan

SalaryCell = str | float | int | None  # what a csv or Excel reader hands over

MONTHS_PER_YEAR = 12
MAX_AMOUNT_YUAN = 1_000_000.0  # past this a cell has an extra 0 or the wrong unit
MAX_MONTHLY_YUAN = 1_000_000.0
MIN_UNLABELLED_MONTHLY_YUAN = 1000.0  # below this an amount with no unit may be a day's pay
MAX_RANGE_RATIO = 100.0  # 6-8000 is 6000-8000 with a scale left off, not a range from 6
NO_UNIT_NOTE = "未填薪资单位，按月薪计"
YEAR_NOTE = "年薪已除以 12 折算为月薪"

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
CREDIT_CODE_LENGTH = 18

_LOW_COLUMN, _HIGH_COLUMN, _UNIT_COLUMN = "「薪资下限」", "「薪资上限」", "「薪资单位」"  # the upload's headers
_FULL_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_DASHES = str.maketrans(  # after the full-width fold (－ ～ are - ~ by then): the dashes phones and Word type
    {"—": "-", "–": "-", "‐": "-", "‑": "-", "−": "-", "﹣": "-", "〜": "~", "至": "-", "到": "-", "~": "-"}
)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_WHITESPACE = re.compile(r"\s+")
_SCALE = {"": 1, "千": 1000, "k": 1000, "万": 10_000, "w": 10_000}


class _Period(StrEnum):
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    PIECE = "piece"
    YEAR = "year"  # read, then turned into a month


_PERIOD_WORDS = {
    _Period.MONTH: ("月", "月薪", "month", "months", "monthly"),
    _Period.DAY: ("天", "日", "日薪", "day", "days", "daily"),
    _Period.HOUR: ("小时", "时", "时薪", "hour", "hours", "hourly"),
    _Period.PIECE: ("件", "计件", "piece", "pieces"),
    _Period.YEAR: ("年", "年薪", "year", "years", "yearly"),
}
_PERIOD_BY_WORD = {word: period for period, words in _PERIOD_WORDS.items() for word in words}
_PERIOD_LABEL = {_Period.MONTH: "月", _Period.DAY: "天", _Period.HOUR: "小时", _Period.PIECE: "件", _Period.YEAR: "年"}
_UNIT_OF_PERIOD = {
    _Period.MONTH: SalaryUnit.MONTH,
    _Period.DAY: SalaryUnit.DAY,
    _Period.HOUR: SalaryUnit.HOUR,
    _Period.PIECE: SalaryUnit.PIECE,
    _Period.YEAR: SalaryUnit.MONTH,
}

_UNIT_WORD = "|".join(sorted(map(re.escape, _PERIOD_BY_WORD), key=len, reverse=True))
_UNIT_TEXT = re.compile(r"(?:元|块)?(?:/|每)?(?P<word>.*)")
_AMOUNT_TEXT = re.compile(
    r"[¥￥]?(?P<prefix>年薪|月薪|日薪|时薪)?[¥￥]?"
    r"(?P<low>\d+(?:\.\d+)?)(?P<low_scale>[千k万w]?)"
    r"(?:-(?P<high>\d+(?:\.\d+)?)(?P<high_scale>[千k万w]?))?"
    r"(?:元|块)?(?P<bound>以上|起|\+|以下|以内)?"
    rf"(?:(?:元|块)?(?:/|每)?(?P<unit>{_UNIT_WORD}))?"
    r"(?P<bound_after>以上|以下|以内)?"
)


class SalaryError(ValueError):
    """A salary cell the clerk must correct; the message says what was read and what to write."""


@dataclass(frozen=True, slots=True)
class SalaryParse:
    min: float | None
    max: float | None
    unit: SalaryUnit
    note: str | None = None  # an assumption made, for the clerk to confirm


@dataclass(frozen=True, slots=True)
class _Cell:
    """One salary cell read: the ends it states and the period it names, if any."""

    raw: str
    low: float | None
    high: float | None
    period: _Period | None
    negotiable: bool = False


def parse_salary(low: SalaryCell, high: SalaryCell, unit: SalaryCell) -> SalaryParse:
    """Read the 薪资下限 / 薪资上限 / 薪资单位 cells of one row; raises SalaryError on what can't be read."""
    column_period = _read_unit(unit)
    cells = [c for c in (_read_cell(low, as_high=False), _read_cell(high, as_high=True)) if c is not None]
    if any(c.negotiable for c in cells):
        _reject_amounts_beside_negotiable(cells)
        cells = []
    period, note = _decide_period(column_period, cells)
    salary_min = _agreed_end([c.low for c in cells], cells)
    salary_max = _agreed_end([c.high for c in cells], cells)
    _check_amounts(salary_min, salary_max, period, cells)
    if period is _Period.YEAR and cells:
        salary_min, salary_max, note = _per_month(salary_min), _per_month(salary_max), YEAR_NOTE
    return SalaryParse(salary_min, salary_max, _UNIT_OF_PERIOD[period], note)


def _read_unit(value: SalaryCell) -> _Period | None:
    text = _cell_text(value).lower()
    word = _UNIT_TEXT.fullmatch(text)
    if not text or word is None or not word["word"]:
        return None  # empty, or a bare 元 that names no period
    if (period := _PERIOD_BY_WORD.get(word["word"])) is None:
        raise SalaryError(f"{_UNIT_COLUMN}写的是「{value}」，无法识别：请填写 月、天、小时、件 或 年")
    return period


def _read_cell(value: SalaryCell, *, as_high: bool) -> _Cell | None:
    if isinstance(value, bool):
        raise SalaryError(f"薪资写的是「{value}」，不是金额：请填写数字，如 6000 或 6000-8000")
    if isinstance(value, (int, float)):
        return None if math.isnan(value) else _number_cell(float(value), as_high=as_high)
    text = _cell_text(value)
    if not text:
        return None
    typed = value.strip() if isinstance(value, str) else text  # quoted in messages as the clerk typed it (４０００)
    if "面议" in text:
        return _Cell(typed, None, None, None, negotiable=True)
    return _text_cell(text, typed, as_high=as_high)


def _number_cell(amount: float, *, as_high: bool) -> _Cell:
    raw = _show(amount)
    _check_positive(amount, raw)
    return _Cell(raw, None, amount, None) if as_high else _Cell(raw, amount, None, None)


def _text_cell(folded: str, text: str, *, as_high: bool) -> _Cell:
    """`folded` read (half-width, no spaces); `text`, as typed, quoted."""
    compact = _THOUSANDS_COMMA.sub("", folded.lower().translate(_DASHES))
    if re.match(r"-\d", compact):
        raise SalaryError(f"薪资「{text}」是负数：请填写大于 0 的金额；不确定就写「面议」")
    found = _AMOUNT_TEXT.fullmatch(compact)
    if found is None:
        raise SalaryError(f"薪资「{text}」无法识别：请写成 6000、6000-8000、6-8千、1.2万、150元/天 或 面议")
    low, high = _scaled_ends(found)
    _check_positive(low, text)
    _check_positive(high, text)
    period = _cell_period(found, text)
    bound = found["bound"] or found["bound_after"]
    if high is not None:
        if bound:
            raise SalaryError(f"薪资「{text}」既写了范围又写了「{bound}」：请只写范围，如 6000-8000")
        return _Cell(text, low, high, period)
    if bound in ("以上", "起", "+"):
        return _Cell(text, low, None, period)
    if bound in ("以下", "以内") or as_high:
        return _Cell(text, None, low, period)
    return _Cell(text, low, None, period)


def _scaled_ends(found: re.Match[str]) -> tuple[float, float | None]:
    if found["high"] is None:
        return _scaled(found["low"], found["low_scale"]), None
    # "6-8千" scales both ends; "500-1万" does not, as 500 is already larger than 1.
    inherit = Decimal(found["low"]) <= Decimal(found["high"])
    low_scale = found["low_scale"] or (found["high_scale"] if inherit else "")
    return _scaled(found["low"], low_scale), _scaled(found["high"], found["high_scale"])


def _scaled(number: str, scale: str) -> float:
    return float(Decimal(number) * _SCALE[scale])  # decimal, so 1.1万 is 11000, not 11000.000000000002


def _cell_period(found: re.Match[str], text: str) -> _Period | None:
    named = {_PERIOD_BY_WORD[w] for w in (found["prefix"], found["unit"]) if w}
    if len(named) > 1:
        raise SalaryError(f"薪资「{text}」里写了两种单位：请只写一种，如 年薪10万 或 8000元/月")
    return named.pop() if named else None


def _check_positive(amount: float | None, raw: str) -> None:
    if amount is None:
        return
    if math.isinf(amount) or amount <= 0:
        raise SalaryError(f"薪资「{raw}」不是大于 0 的金额：请填写实际金额；不确定就写「面议」")


def _reject_amounts_beside_negotiable(cells: list[_Cell]) -> None:
    if priced := [c.raw for c in cells if not c.negotiable]:
        raise SalaryError(f"薪资既写了「面议」又写了「{priced[0]}」：面议就把金额留空，否则删去「面议」")


def _decide_period(column: _Period | None, cells: list[_Cell]) -> tuple[_Period, str | None]:
    named = [(f"{_UNIT_COLUMN}写的是「{_PERIOD_LABEL[column]}」", column)] if column else []
    named += [(f"薪资「{c.raw}」按{_PERIOD_LABEL[c.period]}计", c.period) for c in cells if c.period]
    if len({period for _, period in named}) > 1:
        raise SalaryError(f"薪资单位对不上：{'，'.join(s for s, _ in named)}：请让两处一致，或只在{_UNIT_COLUMN}写单位")
    if named:
        return named[0][1], None
    amounts = [a for c in cells for a in (c.low, c.high) if a is not None]
    if not amounts:
        return _Period.MONTH, None  # nothing to pay, so nothing was assumed
    if (smallest := min(amounts)) < MIN_UNLABELLED_MONTHLY_YUAN:
        raise SalaryError(
            f"薪资「{_shown(cells)}」未写单位，{_show(smallest)} 不像月薪：请在{_UNIT_COLUMN}填写 天/小时/月"
        )
    return _Period.MONTH, NO_UNIT_NOTE


def _agreed_end(ends: list[float | None], cells: list[_Cell]) -> float | None:
    stated = {end for end in ends if end is not None}
    if len(stated) > 1:
        raise SalaryError(
            f"{_LOW_COLUMN}写的是「{cells[0].raw}」，{_HIGH_COLUMN}写的是「{cells[1].raw}」，"
            "两处对不上：范围只写在一格，或让两格一致"
        )
    return stated.pop() if stated else None


def _check_amounts(low: float | None, high: float | None, period: _Period, cells: list[_Cell]) -> None:
    shown = _shown(cells)
    if low is not None and high is not None:
        if low > high:
            raise SalaryError(
                f"薪资下限 {_show(low)} 高于薪资上限 {_show(high)}：请把小的数写在{_LOW_COLUMN}，大的写在{_HIGH_COLUMN}"
            )
        if high > low * MAX_RANGE_RATIO:
            raise SalaryError(
                f"薪资「{shown}」两端相差超过 100 倍，像是少写了「千」或「万」：请把两端写全，如 6000-8000"
            )
    for amount in (a for a in (low, high) if a is not None):
        _check_plausible(amount, period, shown)


def _check_plausible(amount: float, period: _Period, shown: str) -> None:
    hint = "不像真实薪资：请检查是否多写了 0，或单位是否填错"
    if amount > MAX_AMOUNT_YUAN:
        raise SalaryError(f"薪资「{shown}」超过 100 万元，{hint}")
    monthly = amount / MONTHS_PER_YEAR if period is _Period.YEAR else monthly_yuan(amount, _UNIT_OF_PERIOD[period])
    if monthly is not None and monthly > MAX_MONTHLY_YUAN:
        raise SalaryError(
            f"薪资「{shown}」按{_PERIOD_LABEL[period]}计，折合月薪约 {monthly:,.0f} 元，超过 100 万元，{hint}"
        )


def _per_month(yearly: float | None) -> float | None:
    return None if yearly is None else yearly / MONTHS_PER_YEAR


def _cell_text(value: SalaryCell) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else _show(float(value))
    return _WHITESPACE.sub("", text.translate(_FULL_TO_HALF))


def _shown(cells: list[_Cell]) -> str:
    return "、".join(c.raw for c in cells)


def _show(amount: float) -> str:
    """6000.0 -> "6000", 0.5 -> "0.5": the number as a clerk would type it."""
    return f"{amount:.2f}".rstrip("0").rstrip(".")


def normalise_credit_code(code: str) -> str:
    """Half-width, upper case, no spaces: " 9134 0100ma2rpe0a12" -> "91340100MA2RPE0A12"."""
    return _WHITESPACE.sub("", code.translate(_FULL_TO_HALF)).upper()


def credit_code_check_char(first17: str) -> str:
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def check_credit_code(code: str) -> str | None:
    """None for a valid 统一社会信用代码 (GB 32100-2015), else why not, in words a clerk can act on."""
    normal = normalise_credit_code(code)
    if not normal:
        return "统一社会信用代码为空：请填写营业执照上的 18 位代码"
    if len(normal) != CREDIT_CODE_LENGTH:
        return f"统一社会信用代码「{normal}」有 {len(normal)} 位，应为 18 位：请核对是否漏抄或多抄"
    for position, char in enumerate(normal, start=1):
        if char not in CREDIT_CODE_CHARS:
            return (
                f"统一社会信用代码第 {position} 位「{char}」不是有效字符：只能是数字和大写字母，"
                "且不含 I、O、S、V、Z（常见笔误：字母 O 应为数字 0，字母 I 应为数字 1）"
            )
    expected = credit_code_check_char(normal[:17])
    if normal[17] != expected:
        return f"统一社会信用代码校验位不对：第 18 位是「{normal[17]}」，按前 17 位算应为「{expected}」：请核对是否抄错"
    return None
