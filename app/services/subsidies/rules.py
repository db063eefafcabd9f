"""The subsidy rates and rules as settings, and the calendar arithmetic of a placement's months served."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.config import Settings
from app.schemas.subsidy import RuleUsed, SubsidyItem

ITEM_NAMES = {
    SubsidyItem.INTERNSHIP_MONTHLY: "见习补贴",
    SubsidyItem.INTERNSHIP_INSURANCE: "见习人员意外伤害保险",
    SubsidyItem.INTERNSHIP_GUIDANCE: "带教费",
    SubsidyItem.ABSORPTION: "吸纳就业补贴",
    SubsidyItem.SERVICE_STABLE: "稳定就业服务补贴",
    SubsidyItem.SERVICE_FLEXIBLE: "灵活就业服务补贴",
    SubsidyItem.SERVICE_ASSISTANCE: "就业援助服务补贴",
}
RATE_SETTINGS = {
    SubsidyItem.INTERNSHIP_MONTHLY: "subsidy_internship_monthly_yuan",
    SubsidyItem.INTERNSHIP_INSURANCE: "subsidy_internship_insurance_yuan",
    SubsidyItem.INTERNSHIP_GUIDANCE: "subsidy_internship_guidance_yuan",
    SubsidyItem.ABSORPTION: "subsidy_absorption_yuan",
    SubsidyItem.SERVICE_STABLE: "subsidy_stable_yuan",
    SubsidyItem.SERVICE_FLEXIBLE: "subsidy_flexible_yuan",
    SubsidyItem.SERVICE_ASSISTANCE: "subsidy_assistance_yuan",
}
CONDITIONS = {  # the settings that decide whether an item is paid, not how much; and the item they decide
    "internship_min_pay_monthly_yuan": ("见习人员月生活补助不低于", "元/月", SubsidyItem.INTERNSHIP_MONTHLY),
    "internship_min_days_in_month": ("当月在岗满此天数计1个月见习补贴", "天", SubsidyItem.INTERNSHIP_MONTHLY),
    "absorption_min_contract_months": ("吸纳就业补贴：劳动合同不少于", "个月", SubsidyItem.ABSORPTION),
    "absorption_within_days": ("吸纳就业补贴：见习期内或期满后此天数内签订", "天", SubsidyItem.ABSORPTION),
    "claims_stable_per_year": ("稳定就业每人每年可计次数", "次", SubsidyItem.SERVICE_STABLE),
    "claims_flexible_per_year": ("灵活就业每人每年可计次数", "次", SubsidyItem.SERVICE_FLEXIBLE),
    "claims_assistance_per_year": ("就业援助每人每年可计次数", "次", SubsidyItem.SERVICE_ASSISTANCE),
}
RATE_UNITS = {
    SubsidyItem.INTERNSHIP_MONTHLY: "元/人·月",
    SubsidyItem.INTERNSHIP_INSURANCE: "元/人·次见习",
    SubsidyItem.INTERNSHIP_GUIDANCE: "元/人·次见习",
    SubsidyItem.ABSORPTION: "元/人",
    SubsidyItem.SERVICE_STABLE: "元/人·次",
    SubsidyItem.SERVICE_FLEXIBLE: "元/人·次",
    SubsidyItem.SERVICE_ASSISTANCE: "元/人·次",
}


@dataclass(frozen=True, slots=True)
class SubsidyRules:
    """The settings a statement is computed from; a statement lists every one of them with its value."""

    settings: Settings

    @classmethod
    def from_settings(cls, s: Settings) -> SubsidyRules:
        return cls(s)

    def rate_fen(self, item: SubsidyItem) -> int:
        """Amounts are summed in 分 (integers), so totals are exact and equal their lines to the cent."""
        return round(self.rate_yuan(item) * 100)

    def rate_yuan(self, item: SubsidyItem) -> float:
        return float(getattr(self.settings, RATE_SETTINGS[item]))

    def used(self, items: Sequence[SubsidyItem]) -> list[RuleUsed]:
        """The rates of these items and the settings that decide whether each is paid."""
        rates = [
            RuleUsed(setting=RATE_SETTINGS[i], name=ITEM_NAMES[i], value=self.rate_yuan(i), unit=RATE_UNITS[i])
            for i in items
        ]
        conditions = [
            RuleUsed(setting=name, name=words, value=float(getattr(self.settings, name)), unit=unit)
            for name, (words, unit, deciding) in CONDITIONS.items()
            if deciding in items
        ]
        return rates + conditions


@dataclass(frozen=True, slots=True)
class MonthServed:
    month: date  # its first day
    days: int  # days of the placement inside this calendar month, both ends counted
    counted: bool  # pays one month of 见习补贴


def served_months(started_on: date, ended_on: date, min_days: int) -> list[MonthServed]:
    """Each calendar month the placement touches. A month is paid whole when the intern served `min_days` or
    more of it, else not at all (a placement from the 10th of August counts August: 22 days)."""
    months, first = [], started_on.replace(day=1)
    while first <= ended_on:
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        days = (min(last, ended_on) - max(first, started_on)).days + 1
        months.append(MonthServed(first, days, days >= min_days))
        first = last + timedelta(days=1)
    return months


def month_label(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"
