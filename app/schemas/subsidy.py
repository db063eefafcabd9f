"""就业见习 placements and subsidy statements (补贴对账单): request and response bodies."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import MAX_OFFSET, EntityId, Strict, Yuan

MONTH = r"^(19|20)\d\d-(0[1-9]|1[0-2])$"
AREA = r"^\d{6}(\d{6})?$"  # a county (区县), or one community


class SubsidyItem(StrEnum):
    INTERNSHIP_MONTHLY = "internship_monthly"  # 见习补贴, per intern per month served
    INTERNSHIP_INSURANCE = "internship_insurance"  # 意外伤害保险, once per placement
    INTERNSHIP_GUIDANCE = "internship_guidance"  # 带教费, once per placement
    ABSORPTION = "absorption"  # 吸纳就业补贴, once, after a long enough labour contract
    SERVICE_STABLE = "service_stable"  # the operator's, per claimable stable employment
    SERVICE_FLEXIBLE = "service_flexible"  # per claimable flexible employment
    SERVICE_ASSISTANCE = "service_assistance"  # 就业援助: a hard-to-employ person's claimable employment


class StatementKind(StrEnum):
    UNIT = "unit"  # a 见习 unit's: internship subsidies, insurance, guidance, absorption
    OPERATOR = "operator"  # an area's operator: service subsidies for claimable employments


class PlacementCreate(Strict):
    model_config = ConfigDict(
        title="就业见习登记",
        json_schema_extra={
            "examples": [
                {
                    "jobseeker_id": 1,
                    "employer_id": 2,
                    "started_on": "2026-08-01",
                    "ended_on": "2026-10-31",
                    "monthly_pay_yuan": 2200,
                }
            ]
        },
    )

    jobseeker_id: EntityId = Field(title="见习人员", description="must be eligible for 就业见习 on the start day")
    employer_id: EntityId = Field(title="见习单位")
    started_on: date = Field(title="见习开始日期")
    ended_on: date = Field(title="见习结束日期", description="the agreed end; PATCH it when the intern leaves early")
    monthly_pay_yuan: Yuan = Field(title="月生活补助（元）", description="at least internship_min_pay_monthly_yuan")
    contract_months: int | None = Field(
        None, ge=1, le=600, title="劳动合同期限（月）", description="the unit signed its intern, during or after"
    )
    contract_signed_on: date | None = Field(None, title="劳动合同签订日期", description="given with contract_months")


class PlacementUpdate(Strict):
    model_config = ConfigDict(
        title="就业见习变更",
        json_schema_extra={"examples": [{"contract_months": 12, "contract_signed_on": "2026-11-02"}]},
    )

    ended_on: date | None = Field(None, title="见习结束日期", description="the intern left early")
    contract_months: int | None = Field(None, ge=1, le=600, title="劳动合同期限（月）")
    contract_signed_on: date | None = Field(None, title="劳动合同签订日期")


class MonthServedOut(BaseModel):
    model_config = ConfigDict(title="见习月份")

    month: str = Field(title="月份", examples=["2026-08"])
    days: int = Field(title="在岗天数")
    counted: bool = Field(title="计入见习补贴", description="days ≥ internship_min_days_in_month")


PLACEMENT_OUT_EXAMPLE: dict[str, Any] = {
    "id": 3,
    "jobseeker_id": 7,
    "employer_id": 2,
    "started_on": "2026-08-01",
    "ended_on": "2026-10-31",
    "monthly_pay_yuan": 2200.0,
    "months": [
        {"month": "2026-08", "days": 31, "counted": True},
        {"month": "2026-09", "days": 30, "counted": True},
        {"month": "2026-10", "days": 31, "counted": True},
    ],
    "months_served": 3,
    "contract_months": 12,
    "contract_signed_on": "2026-11-02",
    "absorption": True,
    "absorption_note": "签订12个月劳动合同，享受吸纳就业补贴",
    "eligibility": "符合见习条件：毕业2年内",
    "community_code": "340102001001",
    "district_code": "340102",
    "created_at": "2026-08-01T09:00:00+08:00",
}


class PlacementOut(BaseModel):
    model_config = ConfigDict(title="就业见习记录", json_schema_extra={"examples": [PLACEMENT_OUT_EXAMPLE]})

    id: int
    jobseeker_id: int | None
    employer_id: int
    started_on: date
    ended_on: date
    monthly_pay_yuan: float
    months: list[MonthServedOut] = Field(title="逐月在岗天数")
    months_served: int = Field(title="计补月数", description="months counted toward 见习补贴")
    contract_months: int | None
    contract_signed_on: date | None
    absorption: bool = Field(title="享受吸纳就业补贴")
    absorption_note: str = Field(examples=["签订12个月劳动合同，享受吸纳就业补贴"])
    eligibility: str = Field(examples=["符合见习条件：毕业2年内"])
    community_code: str | None
    district_code: str | None
    created_at: datetime


class PlacementQuery(Strict):
    jobseeker_id: EntityId | None = None
    employer_id: EntityId | None = None
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class StatementQuery(Strict):
    model_config = ConfigDict(title="补贴对账单查询", json_schema_extra={"examples": [{"unit": 2, "month": "2026-11"}]})

    month: str = Field(pattern=MONTH, title="月份", examples=["2026-11"])
    through: str | None = Field(
        None, pattern=MONTH, title="截止月份", description="a statement of several months, month..through"
    )
    unit: EntityId | None = Field(
        None, title="见习单位", description="the unit's statement; without it the operator's service subsidies"
    )
    district: str | None = Field(
        None, pattern=AREA, title="区县或社区代码", description="operators: one they serve (default: their only one)"
    )


class StatementLine(BaseModel):
    model_config = ConfigDict(title="对账明细")

    line_no: int = Field(title="序号")
    month: str = Field(title="所属月份", examples=["2026-08"])
    item: SubsidyItem = Field(title="补贴项目")
    item_name: str = Field(title="项目名称", examples=["见习补贴"])
    jobseeker_id: int | None = Field(title="人员编号")
    jobseeker_name: str | None = Field(title="姓名", description="empty once the person's data was erased")
    placement_id: int | None = Field(title="见习记录编号")
    employment_id: int | None = Field(title="就业登记编号")
    amount_yuan: float = Field(title="金额（元）", examples=[1400.0])
    rule: str = Field(title="依据（设置项）", examples=["subsidy_internship_monthly_yuan"])
    rate_yuan: float = Field(title="标准（元）", examples=[1400.0])
    note: str = Field(title="说明", examples=["2026-08在岗31天（满15天计1个月）"])


class StatementTotal(BaseModel):
    model_config = ConfigDict(title="分项合计")

    item: SubsidyItem
    item_name: str
    lines: int = Field(title="笔数")
    amount_yuan: float = Field(title="金额（元）")


class RuleUsed(BaseModel):
    model_config = ConfigDict(title="计算标准")

    setting: str = Field(title="设置项", description="JOBCIRCLE_ + its name in capitals sets it")
    name: str = Field(title="说明")
    value: float = Field(title="数值")
    unit: str = Field(title="单位", examples=["元/人·月"])


STATEMENT_EXAMPLE: dict[str, Any] = {
    "kind": "unit",
    "unit_id": 2,
    "unit_name": "合肥瑶海某电子科技有限公司",
    "district": "340102",
    "month": "2026-11",
    "through": "2026-11",
    "lines": [
        {
            "line_no": 1,
            "month": "2026-11",
            "item": "internship_monthly",
            "item_name": "见习补贴",
            "jobseeker_id": 7,
            "jobseeker_name": "王小明",
            "placement_id": 3,
            "employment_id": None,
            "amount_yuan": 1400.0,
            "rule": "subsidy_internship_monthly_yuan",
            "rate_yuan": 1400.0,
            "note": "2026-11在岗30天（满15天计1个月）",
        }
    ],
    "totals": [{"item": "internship_monthly", "item_name": "见习补贴", "lines": 1, "amount_yuan": 1400.0}],
    "total_yuan": 1400.0,
    "rules": [
        {
            "setting": "subsidy_internship_monthly_yuan",
            "name": "见习补贴标准",
            "value": 1400.0,
            "unit": "元/人·月",
        }
    ],
    "generated_at": "2026-12-04T15:00:00+08:00",
}


class Statement(BaseModel):
    model_config = ConfigDict(title="补贴对账单", json_schema_extra={"examples": [STATEMENT_EXAMPLE]})

    kind: StatementKind
    unit_id: int | None = Field(title="见习单位")
    unit_name: str | None = Field(title="单位名称")
    district: str | None = Field(title="区县或社区代码", description="empty: every area the reader may see")
    month: str = Field(title="起始月份")
    through: str = Field(title="截止月份")
    lines: list[StatementLine]
    totals: list[StatementTotal] = Field(title="分项合计", description="every item of this kind of statement")
    total_yuan: float = Field(title="合计（元）")
    rules: list[RuleUsed] = Field(title="计算标准")
    generated_at: datetime
