"""A subsidy statement as an Excel workbook a finance office can check: lines, totals, and the rates used."""

from __future__ import annotations

from app.schemas.subsidy import Statement, StatementKind
from app.services.tables import YUAN, Cell, Sheet, write_workbook

LINE_HEADERS = (
    "序号",
    "所属月份",
    "补贴项目",
    "项目代码",
    "人员编号",
    "姓名",
    "见习记录编号",
    "就业登记编号",
    "金额（元）",
    "依据（设置项）",
    "标准（元）",
    "说明",
)
TOTAL_HEADERS = ("补贴项目", "项目代码", "笔数", "金额（元）")
RULE_HEADERS = ("设置项", "说明", "数值", "单位")
GRAND_TOTAL = "合计"


def statement_xlsx(statement: Statement) -> bytes:
    """Three sheets: 明细 (one row per person-item), 汇总 (per item, then 合计, then what the statement covers),
    标准 (every setting the amounts came from). Amounts are numbers formatted to 2 decimals."""
    lines: list[list[Cell]] = [
        [
            line.line_no,
            line.month,
            line.item_name,
            line.item.value,
            line.jobseeker_id,
            line.jobseeker_name,
            line.placement_id,
            line.employment_id,
            line.amount_yuan,
            line.rule,
            line.rate_yuan,
            line.note,
        ]
        for line in statement.lines
    ]
    totals: list[list[Cell]] = [[t.item_name, t.item.value, t.lines, t.amount_yuan] for t in statement.totals]
    totals.append([GRAND_TOTAL, "", len(statement.lines), statement.total_yuan])
    totals.extend([[], *_about(statement)])
    rules: list[list[Cell]] = [[r.setting, r.name, r.value, r.unit] for r in statement.rules]
    return write_workbook(
        [
            Sheet("明细", LINE_HEADERS, lines, {8: YUAN, 10: YUAN}),
            Sheet("汇总", TOTAL_HEADERS, totals, {3: YUAN}),
            Sheet("标准", RULE_HEADERS, rules),
        ]
    )


def _about(statement: Statement) -> list[list[Cell]]:
    kind = "见习单位补贴对账单" if statement.kind is StatementKind.UNIT else "运营方服务补贴对账单"
    period = statement.month if statement.month == statement.through else f"{statement.month} 至 {statement.through}"
    about: list[list[Cell]] = [["对账单", kind], ["期间", period]]
    if statement.unit_id is not None:
        about.append(["见习单位", f"{statement.unit_name}（编号 {statement.unit_id}）"])
    about.append(["区域", statement.district or "全部"])
    about.append(["生成时间", statement.generated_at.isoformat(timespec="seconds")])
    return about


def statement_filename(statement: Statement) -> str:
    who = f"unit{statement.unit_id}" if statement.unit_id is not None else (statement.district or "all")
    span = statement.month if statement.month == statement.through else f"{statement.month}_{statement.through}"
    return f"subsidies_{who}_{span}.xlsx"
