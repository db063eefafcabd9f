"""Jobs referred to a person: chosen by matching, and recorded as a push already sent to their inbox."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Push, PushItem
from app.models.base import utcnow
from app.schemas.match import JobMatch, MatchQuery
from app.services.engine.eligibility import local_today
from app.services.engine.matcher import Matcher
from app.services.errors import Conflict
from app.services.identity.principal import Principal
from app.services.matching.matches import matches_for_seeker

LOOK_AT = 50  # the best this many matches are considered; enough to skip those sent before


def refer_jobs(
    session: Session, matcher: Matcher, principal: Principal, seeker_id: int, count: int
) -> list[dict[str, Any]]:
    """The best `count` matches never sent to the person before, stored as one sent inbox push: the person
    sees them in their inbox, and neither a referral nor the nightly push sends the same job again."""
    sent = set(
        session.scalars(
            select(PushItem.job_id).where(PushItem.audience == "seeker", PushItem.jobseeker_id == seeker_id)
        )
    )
    page = matches_for_seeker(session, matcher, principal, seeker_id, MatchQuery(limit=LOOK_AT))
    chosen = [m for m in page.items if m.job.id not in sent][:count]
    if not chosen:
        raise Conflict("附近没有尚未推荐给此人的匹配岗位，请稍后再试或扩大求职半径")
    _record_push(session, seeker_id, chosen)
    today = local_today().isoformat()
    return [
        {
            "job_id": m.job.id,
            "title": m.job.title,
            "score": m.score,
            "distance_km": m.distance_km,
            "explanation": m.explanation,
            "sent_on": today,
        }
        for m in chosen
    ]


def _record_push(session: Session, seeker_id: int, chosen: list[JobMatch]) -> None:
    now = utcnow()
    push = Push(
        audience="seeker",
        jobseeker_id=seeker_id,
        channel="inbox",  # handed over by staff: the inbox keeps the list, nothing is delivered outside
        personalised=True,
        status="sent",
        request_id=uuid.uuid4().hex,
        as_of=now,
        sent_at=now,
    )
    session.add(push)
    session.flush()
    for rank, match in enumerate(chosen, 1):
        session.add(
            PushItem(
                push_id=push.id,
                audience="seeker",
                jobseeker_id=seeker_id,
                job_id=match.job.id,
                rank=rank,
                score=match.score,
                distance_km=match.distance_km,
                explanation=match.explanation[:300],
            )
        )
