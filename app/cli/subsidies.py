"""`jobcircle subsidies statement`: a unit's or an area operator's subsidy statement, written as an .xlsx."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.runtime import check_schema_current
from app.schemas.subsidy import Statement, StatementQuery
from app.services.errors import AppError
from app.services.identity.principal import SYSTEM
from app.services.subsidies.rules import SubsidyRules
from app.services.subsidies.statements import statement
from app.services.subsidies.workbook import statement_xlsx


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    subsidies = commands.add_parser("subsidies", help="subsidy statements (补贴对账单) for a finance office")
    actions = subsidies.add_subparsers(required=True, metavar="ACTION")
    make = actions.add_parser("statement", help="a unit's (--unit) or an area operator's statement as .xlsx")
    make.add_argument("--month", required=True, help="YYYY-MM, e.g. 2026-11")
    make.add_argument("--through", default=None, help="YYYY-MM: a statement of month..through")
    make.add_argument("--unit", type=int, default=None, metavar="ID", help="the 见习 unit (employer id)")
    make.add_argument("--district", default=None, help="a county or community code (default: everywhere)")
    make.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx to write")
    make.set_defaults(run=_statement)


def _statement(settings: Settings, args: argparse.Namespace) -> int:
    try:
        query = StatementQuery(month=args.month, through=args.through, unit=args.unit, district=args.district)
    except ValidationError as error:
        for detail in error.errors():
            print(f"refused: {'.'.join(map(str, detail['loc']))}: {detail['msg']}", file=sys.stderr)
        return 2
    engine = make_engine(settings.database_url)
    try:
        check_schema_current(engine)
        with make_session_factory(engine)() as session:
            result = statement(session, SubsidyRules.from_settings(settings), SYSTEM, query)
    except AppError as error:
        print(f"refused: {error.message}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    args.output.write_bytes(statement_xlsx(result))
    _summary(result, args.output)
    return 0


def _summary(result: Statement, output: Path) -> None:
    who = (
        f"{result.unit_name}（单位 {result.unit_id}）" if result.unit_id is not None else result.district or "全部区域"
    )
    print(f"{who} {result.month}–{result.through}: {len(result.lines)} 笔")
    for total in result.totals:
        print(f"  {total.item_name:<12} {total.lines:>5} 笔 {total.amount_yuan:>14,.2f} 元")
    print(f"  {'合计':<12} {len(result.lines):>5} 笔 {result.total_yuan:>14,.2f} 元 -> {output}")
