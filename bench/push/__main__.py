"""`python -m bench.push [--seekers N] [--jobs M]`: a synthetic night, planned twice, on this machine.

Builds a fresh SQLite database with M postings and N consenting seekers placed like real ones
(around Anhui's townships and communities from matching/data/anhui_places.csv, denser in city
districts), with 512-dimensional vectors clustered like embeddings (200 topics, noise around each).
Then runs the nightly plan (pushes and employer digests) and runs it again at once: the second run
must plan 0 pushes. Results go to bench/.cache/push/results.json and are printed.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.db import make_engine, make_session_factory
from app.keys import load_keys
from app.migrate import upgrade
from app.models import Employer, Job, Jobseeker, PushItem
from app.services.engine.matcher import weights_from_settings
from app.services.privacy.pii import PHONE, SEEKER_PHONE
from app.services.privacy.vault import Vault
from app.services.pushes.nightly import PushSetup, run_plan
from bench import synth
from bench.machine import cores

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "push"
DIM = 512  # m3e-small's dimension
TOPICS = 200
CHUNK = 5000
JOB_TYPES = ["full_time"] * 6 + ["gig"] * 2 + ["internship", "public_welfare"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / "night.db"
    db.unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    rng = np.random.default_rng(args.seed)
    started = time.perf_counter()
    _fill(sessions, rng, args.seekers, args.jobs, Vault(load_keys(Settings(database_url=url, data_dir=CACHE))))
    fill_s = time.perf_counter() - started
    settings = Settings(database_url=url, data_dir=CACHE, push_scheduler=False)
    setup = PushSetup.from_settings(settings, weights_from_settings(settings))
    first = run_plan(sessions, setup)
    second = run_plan(sessions, setup)
    with sessions() as session:
        per_job = _max_per_job(session)
    engine.dispose()
    results = {
        "machine": f"{platform.processor() or platform.machine()}, {cores()} cores, Python {platform.python_version()}",
        "seekers": args.seekers,
        "jobs": args.jobs,
        "fill_s": round(fill_s, 1),
        "first": first.counts(),
        "second": second.counts(),
        "max_seekers_per_job": per_job,
        "cap_per_job": settings.push_per_job_per_day,
        "per_message": settings.push_per_message,
    }
    (CACHE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps(results, indent=2, ensure_ascii=False))


def _max_per_job(session: Session) -> int:
    counts = (
        session.execute(
            select(func.count()).select_from(PushItem).where(PushItem.audience == "seeker").group_by(PushItem.job_id)
        )
        .scalars()
        .all()
    )
    return max(counts, default=0)


def _vectors(rng: np.random.Generator, topics: np.ndarray, n: int) -> Iterator[bytes]:
    picks = rng.integers(0, len(topics), n)
    for start in range(0, n, CHUNK):
        block = topics[picks[start : start + CHUNK]] + rng.normal(0, 0.035, (min(CHUNK, n - start), DIM))
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        yield from (row.astype(np.float32).tobytes() for row in block)


def _fill(sessions: sessionmaker[Session], rng: np.random.Generator, n_seekers: int, n_jobs: int, vault: Vault) -> None:
    topics = rng.normal(size=(TOPICS, DIM))
    topics /= np.linalg.norm(topics, axis=1, keepdims=True)
    now = datetime.now(UTC)
    with sessions() as session:
        employers = session.scalars(
            insert(Employer).returning(Employer.id), [{"name": f"单位{i}"} for i in range(n_jobs // 25 + 1)]
        ).all()
        where = synth.place(rng, n_jobs)
        lats, lons = where.lats, where.lons
        ages = rng.uniform(0, 6.5, n_jobs)
        rows = [
            _job(
                i,
                int(rng.choice(employers)),
                lats[i],
                lons[i],
                vec,
                now - timedelta(days=float(ages[i])),
                JOB_TYPES[i % len(JOB_TYPES)],
                float(rng.integers(3, 12)) * 1000,
            )
            for i, vec in enumerate(_vectors(rng, topics, n_jobs))
        ]
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(Job), rows[start : start + CHUNK])
        where = synth.place(rng, n_seekers)
        lats, lons = where.lats, where.lons
        consent = rng.choice(["personalised"] * 7 + ["non_personalised"] * 2 + ["off"], n_seekers)
        joined = rng.uniform(0, 20, n_seekers)  # a third joined this week: new to employers
        phone = {
            "phone_cipher": vault.encrypt("13800000000", SEEKER_PHONE),
            "phone_hash": vault.lookup(PHONE, "13800000000"),
        }
        rows = [
            _seeker(i, lats[i], lons[i], vec, str(consent[i]), now - timedelta(days=float(joined[i])), phone)
            for i, vec in enumerate(_vectors(rng, topics, n_seekers))
        ]
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(Jobseeker), rows[start : start + CHUNK])
        session.commit()


def _common(vec: bytes, lat: float, lon: float, at: datetime) -> dict[str, Any]:
    return {
        "lat": float(lat),
        "lon": float(lon),
        "embedding": vec,
        "embedding_model": "bench-synthetic",
        "text_hash": uuid.uuid4().hex,
        "occupations": [],
        "version": 1,
        "created_at": at,
        "updated_at": at,
    }


def _job(
    i: int, employer_id: int, lat: float, lon: float, vec: bytes, published: datetime, job_type: str, pay: float
) -> dict[str, Any]:
    return {
        **_common(vec, lat, lon, published),
        **synth.job_columns(employer_id, f"岗位{i}", "", job_type, pay, published),
    }


def _seeker(
    i: int, lat: float, lon: float, vec: bytes, consent: str, at: datetime, phone: dict[str, str]
) -> dict[str, Any]:
    return {
        **_common(vec, lat, lon, at),
        **synth.seeker_columns(i, phone, "普工", "", 5000.0, consent),
    }


if __name__ == "__main__":
    main()
