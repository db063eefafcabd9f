"""Eight weeks of made-up activity on the demo data, so the dashboard has something to show:
households, stations, a job fair, funnel events spread over the weeks and a few employments."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Employer, Event, Job, Jobseeker
from app.models.base import utcnow
from app.schemas.common import Location
from app.schemas.community import StationCreate, StationKind
from app.schemas.employment import EmploymentCreate, EmploymentKind
from app.schemas.event import EventCreate, EventType
from app.schemas.fair import FairCreate, FairKind
from app.services.funnel.employments import EmploymentRules, register_employment
from app.services.funnel.events import record_event
from app.services.identity.principal import SYSTEM
from app.services.places.communities import create_station
from app.services.postings.fairs import create_fair, link_employers
from matching.gazetteer import Gazetteer
from matching.geo import Crs, haversine_km_many

STEPS = (EventType.IMPRESSION, EventType.VIEW, EventType.APPLY, EventType.INTERVIEW, EventType.INTENTION)
WEEKS = 8


def add_activity(session: Session, rules: EmploymentRules, gazetteer: Gazetteer, seed: int = 7) -> None:
    random = np.random.default_rng(seed)
    seekers = list(session.scalars(select(Jobseeker).order_by(Jobseeker.id)))
    jobs = list(session.scalars(select(Job).where(Job.status == "open").order_by(Job.id)))
    lats, lons = np.array([j.lat for j in jobs]), np.array([j.lon for j in jobs])
    now = utcnow()
    for i, seeker in enumerate(seekers):
        seeker.household_id = f"D-{i // 2:03d}"  # two registered members per household
        nearest = np.argsort(haversine_km_many(seeker.lat, seeker.lon, lats, lons))[:4]
        depth = int(random.integers(1, len(STEPS) + 1))
        for job in (jobs[int(j)] for j in nearest):
            for step in STEPS[:depth]:
                event = record_event(session, SYSTEM, EventCreate(type=step, job_id=job.id, jobseeker_id=seeker.id))
                when = now - timedelta(days=float(random.uniform(0, WEEKS * 7)))
                session.execute(update(Event).where(Event.id == event.id).values(created_at=when))
            depth = max(1, depth - 1)
    _employ(session, rules, seekers, jobs)
    _stations(session, seekers)
    _fair(session, gazetteer)


def _employ(session: Session, rules: EmploymentRules, seekers: list[Jobseeker], jobs: list[Job]) -> None:
    year = date.today().year
    for i, seeker in enumerate(seekers[::2][:5]):  # one member of five households finds work
        kind = EmploymentKind.STABLE if i % 2 == 0 else EmploymentKind.FLEXIBLE
        register_employment(
            session,
            rules,
            SYSTEM,
            EmploymentCreate(
                jobseeker_id=seeker.id,
                kind=kind,
                started_on=max(date(year, 1, 1), date.today() - timedelta(days=20 * i)),
                contract_months=12 if kind is EmploymentKind.STABLE else 4,
                social_insurance=kind is EmploymentKind.STABLE,
                monthly_wage_yuan=5200 if i % 2 == 0 else 3200,
                job_id=jobs[i].id,
            ),
        )


def _stations(session: Session, seekers: list[Jobseeker]) -> None:
    seen: set[str] = set()
    for seeker in seekers:
        if seeker.community_code and seeker.community_code not in seen and len(seen) < 3:
            seen.add(seeker.community_code)
            kind = StationKind.GIG if len(seen) % 2 else StationKind.EMPLOYMENT
            name = "零工驿站" if kind is StationKind.GIG else "就业驿站"
            create_station(
                session,
                SYSTEM,
                StationCreate(
                    name=f"社区{name}{len(seen)}号",
                    kind=kind,
                    community_code=seeker.community_code,
                    location=Location(lat=seeker.lat, lon=seeker.lon, crs=Crs.WGS84),
                    opening_hours="周一至周六 08:30-17:30",
                ),
            )


def _fair(session: Session, gazetteer: Gazetteer) -> None:
    starts = utcnow() - timedelta(days=10)
    fair = create_fair(
        session,
        gazetteer,
        SYSTEM,
        FairCreate(
            name="春风行动·瑶海区专场招聘会",
            kind=FairKind.SPRING_ACTION,
            organiser="瑶海区人社局",
            venue="明光路街道社区服务中心",
            location=Location(lat=31.8565, lon=117.3072, crs=Crs.GCJ02),
            starts_at=starts,
            ends_at=starts + timedelta(hours=6),
        ),
    )
    employers = list(session.scalars(select(Employer.id).order_by(Employer.id).limit(6)))
    link_employers(session, fair.id, employers)
