"""No phone or ID number in the clear anywhere the service writes: database dumps, logs, embedded text."""

from __future__ import annotations

import glob
import logging
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Sequence
from urllib.parse import unquote

import httpx
import numpy as np
import pytest

from app.config import Settings
from app.keys import load_keys
from app.main import create_app
from app.services.privacy.vault import Vault
from matching.embedding import Embedder, HashingEmbedder, Vectors
from matching.geo import GeoPoint
from tests.factories import job_body, loc, seeker_body
from tests.live import live_server

A_COMMUNITY, A_POINT = "340102001001", GeoPoint(31.867892, 117.303457)
SEEKER_PHONES = ("13912345678", "139 5550 1234")  # the second as a person might type it
ID_NUMBERS = ("340104199003071235", "34010219850101456X")
EMPLOYER_PHONE, STAFF_PHONE = "0551-62000000", "13805510077"
NAME = "李秀英"
SEEKER_ONLY = "干过五年"  # from seeker_body's experience: no job's title or description says it


def secrets_in_clear() -> list[str]:
    """Each number as sent and as digits only (a dump might hold either)."""
    numbers = [*SEEKER_PHONES, *ID_NUMBERS, EMPLOYER_PHONE, STAFF_PHONE]
    return sorted({form for n in numbers for form in (n, re.sub(r"\D", "", n))})


def fill(api: httpx.Client) -> None:
    """Every way a number enters: profiles (one sent twice with an Idempotency-Key), a patch, an employer,
    a staff account; then reads that disclose them (matches after applying, an export)."""
    employer = api.post("/v1/employers", json={"name": "甲厂", "contact_phone": EMPLOYER_PHONE}).json()["id"]
    job = api.post("/v1/jobs", json=job_body(employer, location=loc(A_POINT))).json()["id"]
    first = seeker_body(A_POINT, name=NAME, phone=SEEKER_PHONES[0], id_number=ID_NUMBERS[0], community_code=A_COMMUNITY)
    for _ in range(2):
        response = api.post("/v1/jobseekers", json=first, headers={"Idempotency-Key": "dump-test-1"})
        assert response.status_code == 201, response.text
    seeker = response.json()["id"]
    other = api.post("/v1/jobseekers", json=seeker_body(A_POINT, phone="13900000009")).json()["id"]
    patched = api.patch(f"/v1/jobseekers/{other}", json={"phone": SEEKER_PHONES[1], "id_number": ID_NUMBERS[1]})
    assert patched.status_code == 200, patched.text
    staff = {
        "role": "operator",
        "name": "区人社",
        "phone": STAFF_PHONE,
        "password": "a long passphrase",
        "districts": ["340102"],
    }
    assert api.post("/v1/users", json=staff).status_code == 201
    assert api.post("/v1/events", json={"type": "apply", "job_id": job, "jobseeker_id": seeker}).status_code == 201
    assert NAME in api.get(f"/v1/jobs/{job}/matches").text
    assert SEEKER_PHONES[0] in api.get(f"/v1/jobseekers/{seeker}/export").text


def dump(settings: Settings) -> str:
    url = settings.database_url
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            return "\n".join(connection.iterdump())
    # a test's own database (tests/conftest.py), or its own schema of a shared one: dump just that
    schema = re.search(r"search_path%3D(\w+)", url)
    only = ["--schema", unquote(schema[1])] if schema else []
    libpq_url = url.split("?")[0].replace("postgresql+psycopg://", "postgresql://")
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) or [shutil.which("pg_dump") or "pg_dump"]
    result = subprocess.run([found[-1], "--no-owner", *only, libpq_url], capture_output=True, text=True, check=True)
    return result.stdout


def test_a_database_dump_holds_no_phone_or_id_number_in_the_clear(api: httpx.Client, settings: Settings):
    fill(api)
    text = dump(settings)
    sealed = set(re.findall(rf"v1\.{Vault(load_keys(settings)).current_key_id}\.[A-Za-z0-9_-]{{16,}}", text))
    assert len(sealed) >= 6, (
        f"the dump is of the filled database: 2 seekers' phones and ID numbers, an employer's "
        f"and a staff phone sealed, found {len(sealed)} ciphertexts"
    )
    leaked = [secret for secret in secrets_in_clear() if secret in text]
    assert leaked == []


def test_no_phone_or_id_number_reaches_a_log(api: httpx.Client, caplog: pytest.LogCaptureFixture):
    access = logging.getLogger("uvicorn.access")
    access.addHandler(caplog.handler)
    level = access.level
    try:
        access.setLevel(logging.INFO)
        with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="sqlalchemy.engine"):
            fill(api)
            api.post("/v1/jobseekers", json=seeker_body(id_number=ID_NUMBERS[0][:-1] + "0"))  # refused: 422
            api.post("/v1/jobseekers", json=seeker_body(phone="13900000010", id_number=ID_NUMBERS[0]))  # 409
    finally:
        access.setLevel(level)
        access.removeHandler(caplog.handler)
    logged = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    assert any(r.name == "uvicorn.access" for r in caplog.records) and "INSERT INTO jobseekers" in logged
    assert [secret for secret in secrets_in_clear() if secret in logged] == []


class RecordingEmbedder:
    """The fake embedder, keeping every text it was given."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.texts = inner, list[str]()

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dim(self) -> int:
        return self.inner.dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.texts.extend(texts)
        vectors: Vectors = np.asarray(self.inner.embed(texts))
        return vectors


def test_the_text_embedded_for_a_seeker_holds_no_name_phone_or_id_number(settings: Settings):
    recorder = RecordingEmbedder(HashingEmbedder(64))
    with live_server(create_app(settings, embedder=recorder)) as api:
        fill(api)
    seeker_texts = [t for t in recorder.texts if SEEKER_ONLY in t]
    assert len(seeker_texts) >= 2, "both profiles were embedded"
    words = [NAME, *secrets_in_clear()]
    assert [(w, t) for t in recorder.texts for w in words if w in t] == []
