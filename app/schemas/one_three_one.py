"""1+3+1 records for migrant workers (1次职业指导、3个适合的岗位信息、1个培训) and their coverage."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.case import REFERRED_JOB_EXAMPLE, District, Note, ReferredJob
from app.schemas.common import MAX_OFFSET, Strict

JOBS_DUE = 3


class GuidanceCreate(Strict):
    given_on: date = Field(title="指导日期", examples=["2026-12-01"])
    note: Note = Field(min_length=1, title="指导内容", examples=["讲解简历写法与本地用工行情"])

    model_config = {"json_schema_extra": {"examples": [{"given_on": "2026-12-01", "note": "面谈求职意向"}]}}


class JobsSend(Strict):
    count: int = Field(JOBS_DUE, ge=1, le=JOBS_DUE, title="岗位数", description="up to the 3 still due")

    model_config = {"json_schema_extra": {"examples": [{"count": 3}]}}


class TrainingCreate(Strict):
    provider: str = Field(min_length=1, max_length=100, title="培训机构", examples=["合肥市职业技能培训中心"])
    course: str = Field(min_length=1, max_length=100, title="课程", examples=["电工（初级）"])
    referred_on: date = Field(title="推荐日期", examples=["2026-12-05"])

    model_config = {
        "json_schema_extra": {
            "examples": [{"provider": "合肥市职业技能培训中心", "course": "电工（初级）", "referred_on": "2026-12-05"}]
        }
    }


class Guidance(BaseModel):
    given_on: date = Field(title="指导日期")
    by_user_id: int = Field(title="指导人")
    note: str = Field(title="指导内容")


class Training(BaseModel):
    provider: str = Field(title="培训机构")
    course: str = Field(title="课程")
    referred_on: date = Field(title="推荐日期")
    by_user_id: int = Field(title="推荐人")


ONE_THREE_ONE_OUT_EXAMPLE: dict[str, Any] = {
    "id": 2,
    "jobseeker_id": 7,
    "community_code": "340102001001",
    "district_code": "340102",
    "guidance": {"given_on": "2026-12-01", "by_user_id": 21, "note": "讲解简历写法与本地用工行情"},
    "jobs": [
        REFERRED_JOB_EXAMPLE,
        {
            **REFERRED_JOB_EXAMPLE,
            "job_id": 102,
            "title": "叉车司机",
            "score": 0.74,
            "distance_km": 2.8,
            "explanation": "2.8 km · 叉车 · 月薪 5000–6500 符合期望",
        },
        {
            **REFERRED_JOB_EXAMPLE,
            "job_id": 103,
            "title": "装配工",
            "score": 0.69,
            "distance_km": 3.6,
            "explanation": "3.6 km · 装配 · 月薪 4500–5500 符合期望",
        },
    ],
    "training": {
        "provider": "合肥市职业技能培训中心",
        "course": "电工（初级）",
        "referred_on": "2026-12-05",
        "by_user_id": 21,
    },
    "complete": True,
    "completed_on": "2026-12-05",
}


class OneThreeOneOut(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [ONE_THREE_ONE_OUT_EXAMPLE]})

    id: int
    jobseeker_id: int = Field(title="求职者")
    community_code: str | None = Field(title="社区")
    district_code: str | None = Field(title="区县")
    guidance: Guidance | None = Field(title="职业指导")
    jobs: list[ReferredJob] = Field(title="推荐岗位", description="sent to the person's inbox")
    training: Training | None = Field(title="培训推荐")
    complete: bool = Field(title="已完成1+3+1")
    completed_on: date | None = Field(title="完成日期")


class OneThreeOneSummary(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 2,
                    "jobseeker_id": 7,
                    "district_code": "340102",
                    "guidance": True,
                    "jobs_sent": 3,
                    "training": True,
                    "complete": True,
                    "completed_on": "2026-12-05",
                }
            ]
        }
    )

    id: int
    jobseeker_id: int
    district_code: str | None
    guidance: bool = Field(title="已指导")
    jobs_sent: int = Field(title="已发岗位数")
    training: bool = Field(title="已推荐培训")
    complete: bool
    completed_on: date | None


class OneThreeOneQuery(Strict):
    district: District | None = None
    complete: bool | None = Field(None, title="是否完成")
    limit: int = Field(20, ge=1, le=100, title="每页条数")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, title="跳过条数")


class CoverageQuery(Strict):
    district: District | None = None
    start: date | None = Field(None, alias="from", title="起始日", description="default: 1 January")
    end: date | None = Field(None, alias="to", title="截止日", description="default: today (Asia/Shanghai)")


class CoverageRow(BaseModel):
    district_code: str = Field(title="区县代码", examples=["340102"])
    migrant_workers: int = Field(title="登记农民工", description="registered by the end of the period")
    complete: int = Field(title="1+3+1完成", description="all three parts recorded by the end of the period")
    partial: int = Field(title="部分完成", description="a part recorded, not all three")
    none: int = Field(title="未开展")
    completed_in_period: int = Field(title="期内完成")
    coverage: float | None = Field(title="完成率", description="complete ÷ migrant workers")


class Coverage(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "from": "2026-01-01",
                    "to": "2026-12-04",
                    "items": [
                        {
                            "district_code": "340102",
                            "migrant_workers": 120,
                            "complete": 78,
                            "partial": 30,
                            "none": 12,
                            "completed_in_period": 65,
                            "coverage": 0.65,
                        }
                    ],
                }
            ]
        }
    )

    start: date = Field(serialization_alias="from")
    end: date = Field(serialization_alias="to")
    items: list[CoverageRow]
