"""`jobcircle demo`: load the Hefei demo data through the same services the API uses."""

from __future__ import annotations

import json
import secrets
from importlib.resources import files
from typing import Any

from rich.console import Console
from rich.progress import track
from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cli.demo_activity import add_activity
from app.config import Settings
from app.db import make_engine, make_session_factory
from app.keys import load_keys
from app.models import Employer, User
from app.runtime import load_coder, load_embedder
from app.schemas.auth import UserCreate
from app.schemas.employer import EmployerCreate
from app.schemas.job import JobCreate
from app.schemas.jobseeker import JobseekerCreate
from app.services.engine.index_feed import IndexFeed
from app.services.engine.matcher import Matcher
from app.services.funnel.employments import EmploymentRules
from app.services.identity.accounts import add_user
from app.services.identity.principal import SYSTEM
from app.services.places.communities import seed_communities
from app.services.postings.employers import create_employer
from app.services.postings.jobs import create_job
from app.services.privacy.pii import phone_lookup
from app.services.privacy.vault import Vault
from app.services.seekers.jobseekers import create_jobseeker
from app.vocabulary import Role
from matching.gazetteer import Gazetteer

console = Console(stderr=True)


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(files("app.cli").joinpath("demo_data.json").read_text(encoding="utf-8"))
    return data


DEMO_PHONE = "13800000000"  # the demo staff account's sign-in; its password is made and printed once


def load_demo(settings: Settings, base_url: str = "http://127.0.0.1:8000") -> int:
    """The demo data and a demo staff account; `base_url`: where the server will answer, for the hints printed."""
    if settings.environment == "production":
        console.print("[red]demo data and its staff account are for trying the service out: refused in production")
        return 2
    data = demo_data()
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)
    try:
        with sessions.begin() as session:
            first = data["employers"][0]["name"]
            if session.scalar(select(Employer.id).where(Employer.name == first)):
                console.print("demo data already loaded; nothing to do")
                _hints(base_url, None)
                return 0
            coder = load_coder(settings, load_embedder(settings))
            # The running servers pick these rows up from the change feed; this feed is never started.
            feed = IndexFeed(sessions, coder, settings.index_dir)
            matcher = Matcher.from_settings(settings, coder, feed, Gazetteer.load())
            crs = data["crs"]
            vault = Vault(load_keys(settings))
            employer_ids = {
                e["key"]: create_employer(
                    session, vault, SYSTEM, EmployerCreate(**{k: v for k, v in e.items() if k != "key"})
                ).id
                for e in data["employers"]
            }
            for job in track(data["jobs"], description="jobs", console=console):
                fields = {k: v for k, v in job.items() if k != "employer"}
                fields["location"] = {**job["location"], "crs": crs}
                create_job(session, matcher, SYSTEM, JobCreate(employer_id=employer_ids[job["employer"]], **fields))
            seed_communities(session)
            for seeker in track(data["jobseekers"], description="jobseekers", console=console):
                create_jobseeker(session, matcher, vault, SYSTEM, JobseekerCreate(**_demo_seeker(seeker, crs)))
            add_activity(session, EmploymentRules.from_settings(settings), matcher.gazetteer)
            password = demo_account(session, vault)
    finally:
        engine.dispose()
    _summary(data)
    _hints(base_url, password)
    return 0


def demo_account(session: Session, vault: Vault) -> str | None:
    """An admin for the demo, made once with a random password (returned, to be shown once); None if it exists."""
    if session.scalar(select(User.id).where(User.phone_hash == phone_lookup(vault, DEMO_PHONE))) is not None:
        return None
    password = secrets.token_urlsafe(9)
    add_user(session, vault, UserCreate(role=Role.ADMIN, name="演示管理员", phone=DEMO_PHONE, password=password))
    return password


def _demo_seeker(seeker: dict[str, Any], crs: str) -> dict[str, Any]:
    """The made-up people consent to what their profiles declare, and to a precise home point."""
    groups = seeker.get("priority_groups", [])
    consent = {"disability": "disabled" in groups, "poverty": "poverty_alleviated" in groups, "precise_location": True}
    return {**seeker, "location": {**seeker["location"], "crs": crs}, "sensitive_consent": consent}


def _summary(data: dict[str, Any]) -> None:
    table = Table(title="demo data loaded (合肥)")
    for column in ("employers", "jobs", "jobseekers", "coordinates"):
        table.add_column(column)
    table.add_row(
        str(len(data["employers"])),
        str(len(data["jobs"])),
        str(len(data["jobseekers"])),
        f"{data['crs']} → stored as wgs84",
    )
    console.print(table)


def _hints(base_url: str, password: str | None) -> None:
    if password is not None:
        console.print(
            f"demo staff account (demo only; the password is shown this once): phone {DEMO_PHONE}, password {password}"
        )
    else:
        console.print(
            f"demo staff account: phone {DEMO_PHONE} (its password was shown when it was made; "
            "`jobcircle admin create` makes another)"
        )
    console.print(f"sign in with it at {base_url}/console (the staff console: uploads, postings, fairs, review)")
    console.print(f"  or at {base_url}/dashboard (the officials' view, with 8 weeks of made-up activity)")
    console.print(f"the kiosk (自助求职机) needs no account: {base_url}/kiosk")
    console.print(f"API docs: {base_url}/docs; a search needs no account:")
    console.print(
        f"  curl -s -X POST {base_url}/v1/matches/search -H 'Content-Type: application/json' "
        """-d '{"text":"电焊工","location":{"lat":31.8565,"lon":117.3072,"crs":"gcj02"}}'"""
    )
