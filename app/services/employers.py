"""Employer registration and lookup."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Employer
from app.schemas.employer import EmployerCreate, EmployerOut
from app.services.errors import Conflict, NotFound


def create_employer(session: Session, payload: EmployerCreate) -> EmployerOut:
    if payload.credit_code and session.scalar(select(Employer.id).where(Employer.credit_code == payload.credit_code)):
        raise Conflict(f"an employer with credit_code {payload.credit_code} is already registered")
    employer = Employer(**payload.model_dump())
    session.add(employer)
    session.flush()
    return EmployerOut.model_validate(employer)


def get_employer(session: Session, employer_id: int) -> EmployerOut:
    return EmployerOut.model_validate(load_employer(session, employer_id))


def load_employer(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFound("employer", employer_id)
    return employer
