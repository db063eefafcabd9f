"""`jobcircle cases overdue --district 340102`: the open cases staff owe something today, from the machine."""

from __future__ import annotations

import argparse
import sys

from pydantic import ValidationError
from sqlalchemy.orm import Session

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.schemas.case import OverdueCase, OverdueQuery
from app.services.assistance.overdue import overdue_cases
from app.services.identity.principal import SYSTEM

PAGE = 200


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cases = commands.add_parser("cases", help="一人一策 cases: what is overdue")
    actions = cases.add_subparsers(required=True, metavar="ACTION")
    overdue = actions.add_parser("overdue", help="open cases with a step past due or no recent contact")
    overdue.add_argument("--district", default=None, help="a 6-digit county code, e.g. 340102")
    overdue.add_argument("--community", default=None, help="a 12-digit community code")
    overdue.set_defaults(run=_overdue)


def _overdue(settings: Settings, args: argparse.Namespace) -> int:
    try:
        query = OverdueQuery(district=args.district, community_code=args.community, limit=PAGE)
    except ValidationError as error:
        print(f"refused: {error.errors()[0]['loc'][0]}: {error.errors()[0]['msg']}", file=sys.stderr)
        return 2
    engine = make_engine(settings.database_url)
    try:
        with make_session_factory(engine)() as session:
            items, total = _all(session, query, settings.case_contact_interval_days)
    finally:
        engine.dispose()
    for item in items:
        print(_line(item))
    print(f"{total} overdue case(s)" + (f" in {args.district}" if args.district else ""))
    return 0


def _all(session: Session, query: OverdueQuery, days: int) -> tuple[list[OverdueCase], int]:
    items: list[OverdueCase] = []
    while True:
        page = overdue_cases(session, SYSTEM, query.model_copy(update={"offset": len(items)}), days)
        items.extend(page.items)
        if not page.items or len(items) >= page.total:
            return items, page.total


def _line(item: OverdueCase) -> str:
    steps = "; ".join(f"{s.kind} #{s.id} 逾期{s.days_overdue}天" for s in item.overdue_steps) or "-"
    quiet = f"{item.days_since_contact}天未联系" + (" (超期)" if item.no_recent_contact else "")
    case = item.case
    return f"case {case.id}\tseeker {case.jobseeker_id}\t{case.community_code}\t{case.status}\t{steps}\t{quiet}"
