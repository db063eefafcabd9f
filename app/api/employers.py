"""Employer routes."""

from __future__ import annotations

from fastapi import APIRouter, status

from app.api.deps import SessionDep
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES
from app.schemas.common import PathId
from app.schemas.employer import EmployerCreate, EmployerOut
from app.services import employers as employer_service

router = APIRouter(prefix="/v1/employers", tags=["employers"], responses=ERROR_RESPONSES)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=EmployerOut,
             responses=CONFLICT_RESPONSE)
def create_employer(payload: EmployerCreate, session: SessionDep) -> EmployerOut:
    """Register an employer; a 统一社会信用代码, if given, must pass its GB 32100 checksum."""
    return employer_service.create_employer(session, payload)


@router.get("/{employer_id}", response_model=EmployerOut)
def get_employer(employer_id: PathId, session: SessionDep) -> EmployerOut:
    return employer_service.get_employer(session, employer_id)
