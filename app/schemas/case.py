"""Cases (一人一策援助计划): request and response bodies, and the words they use."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import MAX_OFFSET, EntityId, Strict
from app.schemas.jobseeker import CommunityCode

Note = Annotated[str, Field(max_length=1000, title="说明", examples=["孩子上小学，只能做 9:00–15:00 的工作"])]
District = Annotated[str, Field(pattern=r"^\d{6}$", title="区县代码", examples=["340102"])]


class CaseBasis(StrEnum):
    HARD_TO_EMPLOY = "hard_to_employ"  # 就业困难人员
    ZERO_EMPLOYMENT_HOUSEHOLD = "zero_employment_household"  # 零就业家庭成员


class NeedKind(StrEnum):
    SKILLS = "skills"  # 技能
    CHILDCARE = "childcare"  # 照料子女
    DISABILITY = "disability"  # 残疾
    TRANSPORT = "transport"  # 交通
    OTHER = "other"


class StepKind(StrEnum):
    GUIDANCE = "guidance"  # 职业指导
    JOB_REFERRAL = "job_referral"  # 岗位推荐: jobs chosen by matching, recorded as sent
    TRAINING = "training"  # 培训
    PUBLIC_WELFARE_POST = "public_welfare_post"  # 公益性岗位: only for those eligible
    OTHER = "other"


class StepStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ContactChannel(StrEnum):
    PHONE = "phone"  # 电话
    VISIT = "visit"  # 上门
    WALK_IN = "walk_in"  # 来访
    WECHAT = "wechat"  # 微信


class CaseStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"  # after the first contact or step done
    CLOSED_EMPLOYED = "closed_employed"
    CLOSED_OTHER = "closed_other"


class CloseOutcome(StrEnum):
    EMPLOYED = "employed"
    OTHER = "other"


class Need(Strict):
    kind: NeedKind = Field(title="需求类型", examples=["childcare"])
    note: Note = ""


class CaseCreate(Strict):
    jobseeker_id: EntityId = Field(title="求职者", examples=[12])
    needs: list[Need] = Field(default_factory=list, max_length=10, title="需求")
    owner_id: EntityId | None = Field(None, title="责任人", description="a staff user; default: whoever opens it")

    model_config = {
        "json_schema_extra": {
            "examples": [{"jobseeker_id": 12, "needs": [{"kind": "childcare", "note": "只能做白班"}]}]
        }
    }


class CaseUpdate(Strict):
    """Needs change as the person's life does (动态管理); the case may pass to another clerk."""

    needs: list[Need] | None = Field(None, max_length=10, title="需求", description="replaces the list")
    owner_id: EntityId | None = Field(None, title="责任人")

    model_config = {"json_schema_extra": {"examples": [{"needs": [{"kind": "transport", "note": "无车"}]}]}}


class StepCreate(Strict):
    kind: StepKind = Field(title="步骤类型", examples=["job_referral"])
    due_on: date = Field(title="计划完成日期", examples=["2026-12-20"])
    note: Note = ""
    job_count: int = Field(3, ge=1, le=10, title="推荐岗位数", description="job_referral: how many matched jobs")

    model_config = {"json_schema_extra": {"examples": [{"kind": "job_referral", "due_on": "2026-12-20"}]}}


class StepUpdate(Strict):
    status: StepStatus = Field(title="状态", examples=["done"])
    outcome: Note = Field("", title="结果", examples=["已面试，等待通知"])

    model_config = {"json_schema_extra": {"examples": [{"status": "done", "outcome": "已参加面试"}]}}


class ContactCreate(Strict):
    contacted_on: date = Field(title="联系日期", examples=["2026-12-03"])
    channel: ContactChannel = Field(title="方式", description="电话 phone, 上门 visit, 来访 walk_in, 微信 wechat")
    note: Note = Field(min_length=1, title="内容")

    model_config = {
        "json_schema_extra": {"examples": [{"contacted_on": "2026-12-03", "channel": "visit", "note": "上门了解需求"}]}
    }


class CaseClose(Strict):
    outcome: CloseOutcome = Field(title="结案方式", examples=["employed"])
    reason: Note = Field("", title="结案原因", description="needed when the outcome is other")
    employment_id: EntityId | None = Field(
        None, title="就业登记", description="employed: the person's registration; default: their latest since opening"
    )

    model_config = {"json_schema_extra": {"examples": [{"outcome": "employed", "employment_id": 7}]}}


class ReferredJob(BaseModel):
    job_id: int = Field(title="岗位", examples=[3])
    title: str = Field(title="岗位名称", examples=["电焊工"])
    score: float = Field(title="匹配分")
    distance_km: float = Field(title="距离（公里）")
    explanation: str = Field(title="匹配说明", examples=["1.5 km · 电焊 · 月薪 6000–8000 符合期望"])
    sent_on: date = Field(title="发送日期")


class StepOut(BaseModel):
    id: int
    kind: StepKind = Field(title="步骤类型")
    due_on: date = Field(title="计划完成日期")
    status: StepStatus = Field(title="状态")
    note: str = Field(title="说明")
    outcome: str = Field(title="结果")
    jobs: list[ReferredJob] = Field(title="推荐岗位")
    created_by: int
    created_at: datetime
    updated_at: datetime


class ContactOut(BaseModel):
    id: int
    contacted_on: date = Field(title="联系日期")
    channel: ContactChannel = Field(title="方式")
    note: str = Field(title="内容")
    by_user_id: int = Field(title="联系人（工作人员）")


class ActionOut(BaseModel):
    at: datetime
    user_id: int = Field(title="操作人")
    role: str
    action: str = Field(title="操作", examples=["step_done"])
    detail: str = Field(examples=["step 3 job_referral"])


REFERRED_JOB_EXAMPLE: dict[str, Any] = {
    "job_id": 101,
    "title": "电焊工",
    "score": 0.81,
    "distance_km": 1.5,
    "explanation": "1.5 km · 电焊 · 月薪 6000–8000 符合期望",
    "sent_on": "2026-12-02",
}
CASE_SUMMARY_EXAMPLE: dict[str, Any] = {
    "id": 4,
    "jobseeker_id": 7,
    "community_code": "340102001001",
    "district_code": "340102",
    "bases": ["hard_to_employ"],
    "owner_id": 21,
    "status": "open",
    "opened_on": "2026-11-20",
    "last_contact_on": "2026-12-03",
    "closed_on": None,
    "employment_id": None,
}
CASE_OUT_EXAMPLE: dict[str, Any] = {
    **CASE_SUMMARY_EXAMPLE,
    "needs": [{"kind": "childcare", "note": "孩子上小学，只能做 9:00–15:00 的工作"}],
    "close_reason": "",
    "steps": [
        {
            "id": 9,
            "kind": "job_referral",
            "due_on": "2026-12-20",
            "status": "planned",
            "note": "推荐明光路街道附近的白班岗位",
            "outcome": "",
            "jobs": [REFERRED_JOB_EXAMPLE],
            "created_by": 21,
            "created_at": "2026-12-02T10:00:00+08:00",
            "updated_at": "2026-12-02T10:00:00+08:00",
        }
    ],
    "contacts": [{"id": 6, "contacted_on": "2026-12-03", "channel": "visit", "note": "上门了解需求", "by_user_id": 21}],
    "actions": [
        {
            "at": "2026-12-02T10:00:00+08:00",
            "user_id": 21,
            "role": "operator",
            "action": "plan_step",
            "detail": "step 9 job_referral",
        }
    ],
}


class CaseSummary(BaseModel):
    """A case in a list: no notes (they are read, and audited, one case at a time)."""

    model_config = ConfigDict(json_schema_extra={"examples": [CASE_SUMMARY_EXAMPLE]})

    id: int
    jobseeker_id: int = Field(title="求职者")
    community_code: str | None = Field(title="社区")
    district_code: str | None = Field(title="区县")
    bases: list[CaseBasis] = Field(title="援助对象类型")
    owner_id: int | None = Field(title="责任人")
    status: CaseStatus = Field(title="状态")
    opened_on: date = Field(title="建档日期")
    last_contact_on: date | None = Field(title="最近联系")
    closed_on: date | None = Field(title="结案日期")
    employment_id: int | None = Field(title="就业登记")


class CaseOut(CaseSummary):
    model_config = ConfigDict(json_schema_extra={"examples": [CASE_OUT_EXAMPLE]})

    needs: list[Need] = Field(title="需求")
    close_reason: str = Field(title="结案原因")
    steps: list[StepOut] = Field(title="援助步骤")
    contacts: list[ContactOut] = Field(title="联系记录")
    actions: list[ActionOut] = Field(title="操作记录")


class CaseQuery(Strict):
    district: District | None = None
    community_code: CommunityCode | None = Field(None, title="社区代码", examples=["340102001001"])
    jobseeker_id: EntityId | None = Field(None, title="求职者")
    owner_id: EntityId | None = Field(None, title="责任人")
    status: CaseStatus | None = Field(None, title="状态", examples=["open"])
    limit: int = Field(20, ge=1, le=100, title="每页条数")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, title="跳过条数")


class OverdueQuery(Strict):
    district: District | None = None
    community_code: CommunityCode | None = Field(None, title="社区代码", examples=["340102001001"])
    limit: int = Field(50, ge=1, le=200, title="每页条数")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, title="跳过条数")


class OverdueStep(BaseModel):
    id: int
    kind: StepKind
    due_on: date
    days_overdue: int = Field(title="逾期天数")


class OverdueCase(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "case": CASE_SUMMARY_EXAMPLE,
                    "overdue_steps": [{"id": 9, "kind": "job_referral", "due_on": "2026-12-01", "days_overdue": 3}],
                    "days_since_contact": 16,
                    "no_recent_contact": True,
                }
            ]
        }
    )

    case: CaseSummary
    overdue_steps: list[OverdueStep] = Field(title="逾期步骤")
    days_since_contact: int = Field(title="未联系天数", description="since the last contact, or the opening")
    no_recent_contact: bool = Field(title="超期未联系")


class ClearanceQuery(Strict):
    district: District | None = None
    community_code: CommunityCode | None = None
    start: date | None = Field(None, alias="from", title="起始日", description="default: 1 January")
    end: date | None = Field(None, alias="to", title="截止日", description="default: today (Asia/Shanghai)")
    limit: int = Field(100, ge=1, le=2000)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


CLEARANCE_ROW_EXAMPLE: dict[str, Any] = {
    "code": "340102001001",
    "name": "明光路社区",
    "zero_employment_households": 5,
    "with_open_case": 4,
    "without_case": 1,
    "cleared_households": 2,
    "cases_closed_employed": 3,
}


class ClearanceRow(BaseModel):
    """零就业家庭动态清零, one community."""

    model_config = ConfigDict(json_schema_extra={"examples": [CLEARANCE_ROW_EXAMPLE]})

    code: str = Field(title="社区代码")
    name: str = Field(title="社区")
    zero_employment_households: int = Field(title="零就业家庭", description="no member in a job on the last day")
    with_open_case: int = Field(title="已建档援助", description="of those, households with a member's case open")
    without_case: int = Field(title="未建档", description="zero-employment households no open case reaches yet")
    cleared_households: int = Field(title="已清零", description="zero-employment at the start, a member employed now")
    cases_closed_employed: int = Field(title="以就业结案", description="cases closed as employed in the period")


class ClearancePage(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"items": [CLEARANCE_ROW_EXAMPLE], "total": 1, "limit": 100, "offset": 0}]}
    )

    items: list[ClearanceRow]
    total: int
    limit: int
    offset: int
