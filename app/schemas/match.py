"""Match requests and results: seekers' jobs, jobs' seekers, anonymous searches."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.availability import FreeTimesIn
from app.schemas.common import MAX_OFFSET, EntityId, ExpectedSalary, Location, LocationOut, Strict
from app.schemas.job import JOB_SUMMARY_EXAMPLE, JobSummary
from app.schemas.occupation import OCCUPATION_EXAMPLE, OccupationFacet, OccupationFilter, OccupationOut
from app.vocabulary import JobType


class MatchQuery(Strict):
    radius_km: float | None = Field(None, gt=0, description="default: the profile's radius")
    job_type: JobType | None = None
    occupation: OccupationFilter | None = None
    fair_id: EntityId | None = Field(None, description="jobs for a seeker: only postings offered at this job fair")
    include_approximate: bool = Field(
        False, description="jobs for a seeker: also postings placed only by their address (area centre)"
    )
    gigs_soon_first: bool | None = Field(
        None,
        title="今明两天的零工优先",
        description="jobs for a seeker: 零工 with a shift today or tomorrow first; default: the profile's choice",
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class SearchRequest(Strict):
    text: str = Field(min_length=1, max_length=500, title="求职意向", description="what the person is looking for")
    location: Location | None = Field(None, description="where to search from; or give `place` instead")
    place: str | None = Field(
        None,
        min_length=2,
        max_length=50,
        description="instead of `location`: a community, street (街道), township or county of Anhui as people "
        "say it (明光路, 三里庵社区, 瑶海区), found in the shipped gazetteer; the search is around its centre",
        examples=["明光路"],
    )
    radius_km: float | None = Field(None, gt=0)
    job_type: JobType | None = Field(None, description="only postings of this type (只看零工)")
    prefer_job_type: JobType | None = Field(
        None,
        description="postings of this type first, the rest after them (零工优先); best first within each part, "
        "and `total` counts both",
    )
    expected_salary: ExpectedSalary | None = None
    occupation: OccupationFilter | None = None
    fair_id: EntityId | None = Field(None, description="only postings offered at this job fair")
    include_approximate: bool = Field(
        False, description="also postings placed only by their address (community/township/county centre)"
    )
    free_times: FreeTimesIn | None = Field(
        None, title="空闲时间", description="零工 whose shifts fall outside every window are left out"
    )
    gigs_soon_first: bool = Field(
        False, title="今明两天的零工优先", description="零工 with a shift today or tomorrow first"
    )
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "text": "会电焊，干过五年气保焊",
                    "location": {"lat": 31.87, "lon": 117.307, "crs": "gcj02"},
                    "radius_km": 3,
                },
                {"text": "零工", "place": "明光路", "job_type": "gig"},
                {"text": "搬运", "place": "三里庵社区", "prefer_job_type": "gig"},
                {
                    "text": "零工",
                    "place": "明光路",
                    "job_type": "gig",
                    "free_times": {"weekly": [{"days": [6, 7], "start": "08:00", "end": "12:00"}]},
                    "gigs_soon_first": True,
                },
            ]
        }
    }


REASONS_EXAMPLE: dict[str, Any] = {
    "similarity": 0.83,
    "semantic": 0.78,
    "keyword": 0.65,
    "occupation": 1.0,
    "distance": 0.7,
    "salary": 1.0,
    "freshness": 0.9,
    "fair": 0.0,
    "unsaid_prior": 0.0,
    "occupations": [OCCUPATION_EXAMPLE],
}


class Reasons(BaseModel):
    """Each factor in [0, 1] and the raw cosine; `salary` is null when either side gave none,
    `occupation` when either side has no occupation code."""

    similarity: float
    semantic: float
    keyword: float = Field(description="BM25 of the asker's words (synonyms expanded) in the other side's text")
    occupation: float | None = Field(description="agreement of the two sides' occupation codes")
    distance: float
    salary: float | None
    freshness: float
    fair: float = Field(0.0, description="1 while the posting's job fair runs (a time-boxed boost), else 0")
    unsaid_prior: float = Field(
        0.0,
        description="how likely the posting's kind demands what its text leaves unsaid and the seeker refuses "
        "(nights, loads, a full day, weekends), added over those families; taken off times its weight (not the "
        "unsaid-licence demotion, which the match page applies apart)",
    )
    occupations: list[OccupationOut] = Field(description="the other side's occupation codes")

    model_config = ConfigDict(json_schema_extra={"examples": [REASONS_EXAMPLE]})


JOB_MATCH_EXAMPLE: dict[str, Any] = {
    "job": JOB_SUMMARY_EXAMPLE,
    "employer_name": "合肥市瑶海区示例机械厂",
    "score": 0.86,
    "distance_km": 1.5,
    "reasons": REASONS_EXAMPLE,
    "explanation": "1.5 km · 电焊 · 月薪 6000–8000 符合期望",
}


class JobMatch(BaseModel):
    job: JobSummary
    employer_name: str = Field(description="the employer (用人单位) as registered", examples=["合肥示例机械厂"])
    score: float
    distance_km: float
    reasons: Reasons
    explanation: str = Field(examples=["1.5 km · 电焊 · 月薪 6000–8000 符合期望"])
    livestream: str | None = Field(
        None,
        title="直播带岗",
        description="the posting's job fair streams it (not yet ended)",
        examples=["直播带岗：抖音 12345，12月10日 19:00"],
    )

    model_config = ConfigDict(json_schema_extra={"examples": [JOB_MATCH_EXAMPLE]})


class MaskedSeeker(BaseModel):
    id: int
    name: str = Field(examples=["王**"], description="masked until the seeker applies to this job")
    phone: str = Field(examples=["138****1234"], description="masked until the seeker applies to this job")
    applied: bool = Field(False, description="the seeker applied to this job: name and phone are shown in full")
    desired_job: str
    skills: list[str]
    education: str | None


SEEKER_MATCH_EXAMPLE: dict[str, Any] = {
    "jobseeker": {
        "id": 7,
        "name": "王**",
        "phone": "138****1234",
        "applied": False,
        "desired_job": "电焊工",
        "skills": ["气保焊", "氩弧焊"],
        "education": "初中",
    },
    "score": 0.81,
    "distance_km": 2.3,
    "reasons": REASONS_EXAMPLE,
    "explanation": "2.3 km · 电焊 · 期望月薪 6000 符合",
}


class SeekerMatch(BaseModel):
    jobseeker: MaskedSeeker
    score: float
    distance_km: float
    reasons: Reasons
    explanation: str

    model_config = ConfigDict(json_schema_extra={"examples": [SEEKER_MATCH_EXAMPLE]})


class SearchedPlace(BaseModel):
    """The place a search by name was made around."""

    code: str = Field(description="统计用区划代码", examples=["340102001000"])
    name: str = Field(examples=["明光路街道"])
    precision: str = Field(
        description="community, township, county or city: the size of the place", examples=["township"]
    )
    county: str = Field(examples=["瑶海区"])
    location: LocationOut = Field(description="its centre, where the distances are measured from")


class MatchPage(BaseModel):
    items: list[JobMatch]
    total: int
    limit: int
    offset: int
    radius_km: float
    facets: list[OccupationFacet] = Field(description="occupations among all in-radius results, most first")
    honoured: list[str] = Field(
        default_factory=list,
        description="the limits and wishes read from the seeker's own words that this page applied "
        "(只能居家工作, 不上夜班, 希望包住)",
        examples=[["只能居家工作"]],
    )
    excluded: int = Field(0, description="postings in the circle left out because they break one of those limits")
    thin: bool = Field(False, description="fewer good matches inside the circle than the service counts as enough")
    beyond: list[JobMatch] = Field(
        default_factory=list,
        description="when thin: the best good matches in the wider ring, apart from `items` and labelled "
        "(超出3公里 · 3.8 km); never mixed into them",
    )
    sorted_by: str | None = Field(
        None,
        title="排序说明",
        description="when not by score alone",
        examples=["今明两天有班的零工排在前面（其中按匹配度）"],
    )
    searched_from: SearchedPlace | None = Field(
        None, description="a search by `place`: the place found and its centre (按「明光路街道」中心搜索)"
    )
    request_id: str = Field(
        description="send it with events (impression, view, apply, …) about these jobs",
        examples=["3f2a9c0e4b1d4e8f9a7b6c5d4e3f2a1b"],
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [JOB_MATCH_EXAMPLE],
                    "total": 1,
                    "limit": 20,
                    "offset": 0,
                    "radius_km": 3,
                    "facets": [{"code": "6-18-02-04", "name": "焊工", "count": 1}],
                    "honoured": [],
                    "excluded": 0,
                    "thin": False,
                    "beyond": [],
                    "searched_from": None,
                    "request_id": "3f2a9c0e4b1d4e8f9a7b6c5d4e3f2a1b",
                }
            ]
        }
    )


class SeekerMatchPage(BaseModel):
    items: list[SeekerMatch]
    total: int
    limit: int
    offset: int
    radius_km: float
    request_id: str = Field(description="send it with events about these seekers")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [SEEKER_MATCH_EXAMPLE],
                    "total": 1,
                    "limit": 20,
                    "offset": 0,
                    "radius_km": 3,
                    "request_id": "9c1e7d2b5a3f4c6e8d0b1a2f3e4d5c6b",
                }
            ]
        }
    )
