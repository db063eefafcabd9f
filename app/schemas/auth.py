"""Sign-in, accounts and API keys."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from app.schemas.common import EntityId, Strict
from app.schemas.validators import validate_mobile
from app.vocabulary import Role

DISTRICT = re.compile(r"^\d{2,12}$")
# The pattern is the normal form; spaces, dashes and a leading +86 are also accepted and stripped.
Mobile = Annotated[
    str,
    AfterValidator(validate_mobile),
    Field(json_schema_extra={"pattern": r"^1[3-9]\d{9}$", "examples": ["13805511234"]}),
]
Password = Annotated[str, Field(min_length=10, max_length=128, description="10–128 characters")]


def _districts(codes: list[str]) -> list[str]:
    bad = [c for c in codes if not DISTRICT.match(c)]
    if bad:
        raise ValueError(f"district codes are 2–12 digits of a 区划代码 prefix (3401, 340104, …): {bad[:3]}")
    return sorted(set(codes))


class PasswordLogin(Strict):
    phone: Mobile
    password: str = Field(min_length=1, max_length=128)

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"phone": "13805511234", "password": "a long passphrase"}]}
    )


class WeChatLogin(Strict):
    code: str = Field(
        min_length=1, max_length=128, title="微信登录凭证", description="the code from wx.login() in the mini-program"
    )

    model_config = ConfigDict(json_schema_extra={"examples": [{"code": "0a3Xyz000abc"}]})


USER_OUT_EXAMPLE: dict[str, Any] = {
    "id": 5,
    "role": "operator",
    "name": "瑶海区人社局",
    "phone": "138****1234",
    "seeker_id": None,
    "employer_id": None,
    "districts": ["340102"],
    "active": True,
}


class UserOut(BaseModel):
    id: int
    role: Role
    name: str
    phone: str | None = Field(None, description="masked", examples=["138****1234"])
    seeker_id: int | None
    employer_id: int | None
    districts: list[str]
    active: bool

    model_config = ConfigDict(json_schema_extra={"examples": [USER_OUT_EXAMPLE]})


class StaffFilter(Strict):
    id: list[EntityId] = Field(
        min_length=1, max_length=100, description="these accounts (id=2&id=5): who did what in a case's log"
    )


class StaffName(BaseModel):
    """A staff account as colleagues see it in a log: its name and role, never its phone or districts."""

    id: int
    name: str
    role: Role

    model_config = ConfigDict(json_schema_extra={"examples": [{"id": 5, "name": "瑶海区人社局", "role": "operator"}]})


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_at: datetime
    user: UserOut

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI1In0.c2lnbmF0dXJl",
                    "token_type": "bearer",
                    "expires_at": "2026-12-05T09:30:00+08:00",
                    "user": USER_OUT_EXAMPLE,
                }
            ]
        }
    )


class UserCreate(Strict):
    role: Role
    name: str = Field(min_length=1, max_length=50, title="姓名")
    phone: Mobile
    password: Password
    employer_id: EntityId | None = Field(None, description="employer members: the employer they act for")
    districts: Annotated[list[str], AfterValidator(_districts)] = Field(
        default_factory=list, max_length=100, description="operators: the 区划代码 prefixes they serve"
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "role": "operator",
                    "name": "包河区人社局",
                    "phone": "13805511234",
                    "password": "a long passphrase",
                    "districts": ["340111"],
                }
            ]
        }
    )

    @model_validator(mode="after")
    def _role_fields(self) -> UserCreate:
        if self.role is Role.JOBSEEKER:
            raise ValueError("jobseekers sign in with WeChat; they are not created here")
        if (self.role is Role.EMPLOYER) != (self.employer_id is not None):
            raise ValueError("employer_id is required for employer members and only for them")
        if (self.role is Role.OPERATOR) != bool(self.districts):
            raise ValueError("districts are required for operators and only for them")
        return self


class PasswordChange(Strict):
    old_password: str = Field(min_length=1, max_length=128)
    new_password: Password

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"old_password": "Chushi-2024-mima", "new_password": "Hefei-jiuye-2025!"}]}
    )


class ApiKeyCreate(Strict):
    name: str = Field(min_length=1, max_length=50, examples=["fair-kiosk-1"])

    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "瑶海区招聘会签到机"}]})


API_KEY_EXAMPLE: dict[str, Any] = {
    "id": 3,
    "name": "瑶海区招聘会签到机",
    "prefix": "jc_7Hq2",
    "created_at": "2026-11-20T10:00:00+08:00",
    "last_used_at": "2026-12-04T09:15:00+08:00",
    "revoked_at": None,
}


class ApiKeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None = Field(description="when the key was last used, to the minute (null: never)")
    revoked_at: datetime | None

    model_config = ConfigDict(json_schema_extra={"examples": [API_KEY_EXAMPLE]})


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(
        description="shown once: send it as `X-API-Key` (or `Authorization: Bearer`); only its hash is kept"
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{**API_KEY_EXAMPLE, "last_used_at": None, "key": "jc_7Hq2xR9vLm4TzQ8wBn3KpY6dFs1Gc"}]
        }
    )
