"""A person's rights over their data: a full export, and an erasure that leaves nothing that names them."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.orm import Session

from app.config import Settings
from app.keys import load_keys
from app.models import Base, Push, PushItem
from app.models.base import utcnow
from app.services.privacy import pii
from app.services.privacy.vault import CannotDecrypt, Vault
from matching.geo import GeoPoint
from tests.auth_kit import add_user, bearer
from tests.factories import employer, job_body, loc, seeker_body

A_COMMUNITY, A_POINT = "340102001001", GeoPoint(31.867892, 117.303457)
NAME, PHONE, ID_NUMBER, HOUSEHOLD = "李秀英", "13955501234", "34010219850101456X", "H-0777"
CIPHERTEXT = re.compile(r"v1\.[A-Za-z0-9]{1,16}\.[A-Za-z0-9_-]{16,}")  # the vault's token format


def a_person_with_history(api: httpx.Client, settings: Settings) -> tuple[int, int, dict[str, str]]:
    """A seeker with an account, an event, an employment, a push to them and a digest naming them."""
    headers = bearer(settings, add_user(settings, "jobseeker"))
    body = seeker_body(
        A_POINT, name=NAME, phone=PHONE, id_number=ID_NUMBER, community_code=A_COMMUNITY, household_id=HOUSEHOLD
    )
    seeker = api.post("/v1/jobseekers", json=body, headers=headers).json()["id"]
    job = api.post("/v1/jobs", json=job_body(employer(api), location=loc(A_POINT))).json()["id"]
    assert (
        api.post(
            "/v1/events", headers=headers, json={"type": "apply", "job_id": job, "jobseeker_id": seeker}
        ).status_code
        == 201
    )
    assert api.get(f"/v1/jobs/{job}/matches").json()["total"] == 1
    employment = {
        "jobseeker_id": seeker,
        "kind": "flexible",
        "started_on": "2026-11-02",
        "contract_months": 4,
        "monthly_wage_yuan": 3000,
        "job_id": job,
    }
    assert api.post("/v1/employments", json=employment).status_code == 201, "staff register the outcome"
    _push(settings, seeker, job)
    return seeker, job, headers


def _push(settings: Settings, seeker: int, job: int) -> None:
    engine = create_engine(settings.database_url)
    with Session(engine) as session, session.begin():
        for audience in ("seeker", "employer"):
            push = Push(
                audience=audience,
                jobseeker_id=seeker if audience == "seeker" else None,
                channel="inbox",
                personalised=True,
                status="sent",
                request_id=uuid.uuid4().hex,
                as_of=utcnow(),
            )
            session.add(push)
            session.flush()
            session.add(
                PushItem(
                    push_id=push.id,
                    audience=audience,
                    jobseeker_id=seeker,
                    job_id=job,
                    rank=1,
                    score=0.9,
                    distance_km=0.4,
                    explanation="0.4 km · 电焊",
                )
            )
    engine.dispose()


def test_the_export_holds_everything_about_the_person(api: httpx.Client, settings: Settings):
    seeker, job, headers = a_person_with_history(api, settings)
    api.get(f"/v1/jobseekers/{seeker}")  # an admin's read, audited
    response = api.get(f"/v1/jobseekers/{seeker}/export", headers=headers)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    profile = data["profile"]
    assert (profile["name"], profile["phone"], profile["id_number"]) == (NAME, PHONE, ID_NUMBER)
    assert profile["household_id"] == HOUSEHOLD and profile["location"] is not None
    assert [a["role"] for a in data["accounts"]] == ["jobseeker"]
    assert [[i["job_id"] for i in p["items"]] for p in data["pushes"]] == [[job]]
    assert [s["job_id"] for s in data["shown_to_employers"]] == [job]
    assert {e["type"] for e in data["events"]} >= {"apply", "hired"}
    assert [e["kind"] for e in data["employments"]] == ["flexible"]
    assert "jobseeker.get" in [r["purpose"] for r in data["pii_reads"]]
    assert not [r for r in data["pii_reads"] if r["purpose"] == "jobseeker.export"], "the person's own export"


def traces_of_the_person(conn: Connection, settings: Settings) -> list[str]:
    """Where any table still names the person: their name or 户 number, their phone or ID number in the clear,
    as a lookup hash, or inside any ciphertext (every `*_cipher` value must open, so none goes unchecked)."""
    vault = Vault(load_keys(settings))
    clear = {
        "name": NAME,
        "household": HOUSEHOLD,
        "phone": PHONE,
        "id_number": ID_NUMBER,
        "phone hash": vault.lookup(pii.PHONE, PHONE),
        "id_number hash": vault.lookup(pii.ID_NUMBER, ID_NUMBER),
    }
    found: list[str] = []
    for table in Base.metadata.sorted_tables:
        for row in conn.execute(select(table)):
            for column, value in zip(table.columns, row, strict=True):
                if value is None:
                    continue
                where = f"{table.name}.{column.name}"
                shown = value.decode(errors="replace") if isinstance(value, bytes) else str(value)
                found += [f"{what} in {where}" for what, word in clear.items() if word in shown]
                tokens = CIPHERTEXT.findall(shown)
                if column.name.endswith("_cipher") and tokens != [shown]:
                    found.append(f"{where} holds something not a ciphertext: {shown[:40]!r}")
                for token in tokens:
                    opened = [p for p in (_open(vault, token, s.context) for s in pii.SEALED) if p is not None]
                    if column.name.endswith("_cipher") and not opened:
                        found.append(f"{where} holds a ciphertext no sealed column's context opens")
                    found += [f"{what} sealed in {where}" for what in ("phone", "id_number") if clear[what] in opened]
    return found


def _open(vault: Vault, token: str, context: str) -> str | None:
    try:
        return vault.decrypt(token, context)
    except CannotDecrypt:
        return None


def test_erasure_leaves_no_row_that_names_the_person(api: httpx.Client, settings: Settings):
    seeker, job, headers = a_person_with_history(api, settings)
    engine = create_engine(settings.database_url)
    with engine.connect() as conn:
        before = traces_of_the_person(conn, settings)
    for trace in (
        "name in jobseekers.name",
        "household in employments.household_id",
        "phone hash in jobseekers.phone_hash",
        "id_number hash in jobseekers.id_number_hash",
        "phone sealed in jobseekers.phone_cipher",
        "id_number sealed in jobseekers.id_number_cipher",
    ):
        assert trace in before, f"the search would not see {trace!r}: {before}"
    assert api.delete(f"/v1/jobseekers/{seeker}", headers=headers).status_code == 204
    assert api.get(f"/v1/jobseekers/{seeker}").status_code == 404
    assert api.get(f"/v1/jobs/{job}/matches").json()["total"] == 0, "gone from the index"
    with engine.connect() as conn:
        assert traces_of_the_person(conn, settings) == [], "no name, number, lookup hash or ciphertext of theirs"
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                refers = any(fk.column.table.name == "jobseekers" for fk in column.foreign_keys)
                if refers or (table.name == "jobseekers" and column.name == "id"):
                    assert conn.execute(select(column).where(column == seeker)).first() is None, (
                        f"{table}.{column.name}"
                    )
        # Kept, naming no one: anonymised events and the employment for the counts, the feed's id, the audit.
        assert conn.execute(text("SELECT count(*) FROM events WHERE jobseeker_id IS NULL")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM employments WHERE household_id IS NULL")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM pushes")).scalar() == 1, "the employer's digest stays, emptied"
        assert conn.execute(text("SELECT count(*) FROM push_items")).scalar() == 0
        assert (
            conn.execute(text("SELECT count(*) FROM users WHERE role = 'jobseeker' AND seeker_id IS NULL")).scalar()
            == 1
        )
    engine.dispose()


def test_a_new_persons_export_holds_nothing_of_an_erased_one_with_the_same_id(
    api: httpx.Client, settings: Settings
) -> None:
    """SQLite gave an erased seeker's id to the next one when it was the highest; the audit log outlives the
    erased person, and a new person's export once listed four phone reads of the one before. Ids are never
    reused now; and should a row still name the id from before the person existed (a restored backup, a
    database that reuses ids), the export, keyed by the person's lifetime, leaves it out."""
    first = api.post("/v1/jobseekers", json=seeker_body(phone="13905518801")).json()["id"]
    for _ in range(4):
        assert api.get(f"/v1/jobseekers/{first}").status_code == 200  # each read of the phone is audited
    assert api.delete(f"/v1/jobseekers/{first}").status_code == 204
    second = api.post("/v1/jobseekers", json=seeker_body(phone="13905518802")).json()["id"]
    assert second != first
    engine = create_engine(settings.database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO pii_reads (at, user_id, role, subject_kind, subject_id, fields, purpose) "
                    "VALUES (:at, 1, 'admin', 'jobseeker', :id, 'phone', 'from.before')"
                ),
                {"at": datetime(2020, 1, 1, tzinfo=UTC), "id": second},
            )
    finally:
        engine.dispose()
    export = api.get(f"/v1/jobseekers/{second}/export").json()
    purposes = [read["purpose"] for read in export["pii_reads"]]
    assert purposes == ["jobseeker.create", "jobseeker.export"], purposes  # the new person's own, on any backend
