"""One page of a filtered table: the count of all matching rows and the rows of this page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.models.base import Base

Row = TypeVar("Row", bound=Base)


def paged(
    session: Session,
    model: type[Row],
    where: Sequence[ColumnElement[bool]],
    order_by: Sequence[Any],
    limit: int,
    offset: int,
) -> tuple[int, Sequence[Row]]:
    total = session.scalar(select(func.count()).select_from(model).where(*where)) or 0
    rows = session.scalars(select(model).where(*where).order_by(*order_by).limit(limit).offset(offset)).all()
    return total, rows
