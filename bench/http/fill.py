"""The synthetic province database: postings and seekers placed like real ones, with vectors that need no re-embedding."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Connection, insert, select, text, update

from app.config import Settings
from app.db import make_engine
from app.keys import load_keys
from app.migrate import upgrade
from app.models import Employer, Job, Jobseeker
from app.runtime import load_coder, load_embedder
from app.services.engine.texts import POSTING_TEXT, coded_json, job_text, seeker_text, text_hash
from app.services.privacy.pii import PHONE, SEEKER_PHONE
from app.services.privacy.vault import Vault
from bench import synth
from bench.http.vocab import JOB_KINDS, JOB_TYPES, seeker_experience
from matching.facts import VERSION as FACTS_VERSION
from matching.facts import posting_facts
from matching.gazetteer import Gazetteer, Precision
from matching.geo import haversine_km_many

CHUNK = 20_000  # rows per INSERT batch and per commit
SYNTHETIC_PHONE = "13800000000"
NOISE = 0.035  # per dimension around a kind's vector: cosine about 0.8 to it, as in bench/push
JOBS_PER_EMPLOYER = 25
MAX_AGE_DAYS = 30.0


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The server's model name and coder version, and each job kind's vectors and codes under them."""

    model: str
    coder_version: str
    job_vectors: np.ndarray  # one row per JOB_KINDS entry
    seeker_vectors: np.ndarray
    job_codes: list[list[dict[str, Any]]]
    seeker_codes: list[list[dict[str, Any]]]

    @property
    def posting_model(self) -> str:
        """What the server stores with a posting's vector: the model and the posting text policy (`vector_name`),
        so a start reuses the filled vectors rather than embedding every posting again."""
        return f"{self.model}+{POSTING_TEXT.name}"


def vocabulary(settings: Settings) -> Vocabulary:
    """Embeds and codes each kind once with the embedder the server will build from the same settings."""
    coder = load_coder(settings, load_embedder(settings))
    job_texts = [(k.title, k.description) for k in JOB_KINDS]
    seeker_texts = [(k.title, seeker_experience(k, 3)) for k in JOB_KINDS]
    vectors = coder.embedder.embed([f"{a}\n{b}" for a, b in job_texts + seeker_texts])
    codes = [[coded_json(c) for c in coded] for coded in coder.code_many(job_texts + seeker_texts)]
    n = len(JOB_KINDS)
    return Vocabulary(coder.embedder.name, coder.version, vectors[:n], vectors[n:], codes[:n], codes[n:])


def ensure_database(directory: Path, n_jobs: int, n_seekers: int, seed: int, vocab: Vocabulary) -> dict[str, Any]:
    """Reuses a finished fill with these parameters; otherwise fills afresh. Returns the fill record."""
    marker = directory / "filled.json"
    if marker.is_file():
        record: dict[str, Any] = json.loads(marker.read_text())
        record["reused"] = True
        return record
    for stale in directory.glob("jobcircle.db*"):
        stale.unlink()
    directory.mkdir(parents=True, exist_ok=True)
    url = database_url(directory)
    upgrade(url)
    started = time.perf_counter()
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA synchronous=OFF")  # a crashed fill is thrown away anyway
            connection.exec_driver_sql("PRAGMA cache_size=-1000000")  # 1 GB: random index keys stay in memory
            _fill(connection, np.random.default_rng(seed), n_jobs, n_seekers, vocab, _sealed_phone(directory))
    finally:
        engine.dispose()
    record = {
        "jobs": n_jobs,
        "seekers": n_seekers,
        "seed": seed,
        "fill_s": round(time.perf_counter() - started, 1),
        "db_bytes": (directory / "jobcircle.db").stat().st_size,
    }
    marker.write_text(json.dumps(record))
    return {**record, "reused": False}


def stamp(directory: Path, vocab: Vocabulary) -> int:
    """Marks stored vectors as the server's model's, so start-up reuses them instead of re-embedding.

    Versions are left alone: the snapshot digest stays valid, only the snapshot's model check decides.
    """
    engine = make_engine(database_url(directory))
    changed = 0
    try:
        with engine.begin() as connection:
            for model, name in ((Job, vocab.posting_model), (Jobseeker, vocab.model)):
                stale = (
                    (model.embedding_model != name)
                    | (model.coding_version != vocab.coder_version)
                    | model.coding_version.is_(None)
                )
                changed += connection.execute(
                    update(model).where(stale).values(embedding_model=name, coding_version=vocab.coder_version)
                ).rowcount
            changed += _stamp_facts(connection)
    finally:
        engine.dispose()
    return changed


def _stamp_facts(connection: Connection) -> int:
    """Each posting kind's text read once and its facts written to every posting of that kind not read by today's
    reader: a first start would otherwise read 1 M postings of 50 texts one by one (hours on busy cores)."""
    connection.execute(text("CREATE TEMP TABLE IF NOT EXISTS kind_facts (title TEXT, description TEXT, facts TEXT)"))
    connection.execute(text("DELETE FROM kind_facts"))
    for kind in JOB_KINDS:
        facts = json.dumps([f.as_json() for f in posting_facts(kind.title, kind.description, [])])
        connection.execute(
            text("INSERT INTO kind_facts VALUES (:title, :description, :facts)"),
            {"title": kind.title, "description": kind.description, "facts": facts},
        )
    connection.execute(text("CREATE INDEX IF NOT EXISTS kind_facts_text ON kind_facts (title, description)"))
    found = "FROM kind_facts k WHERE k.title = jobs.title AND k.description = jobs.description"
    stamped = connection.execute(
        text(
            f"UPDATE jobs SET facts = (SELECT k.facts {found}), facts_version = :version "
            f"WHERE (facts_version IS NULL OR facts_version != :version) AND EXISTS (SELECT 1 {found})"
        ),
        {"version": FACTS_VERSION},
    ).rowcount
    return int(stamped)


def database_url(directory: Path) -> str:
    return f"sqlite:///{(directory / 'jobcircle.db').resolve()}"


def seeker_points(directory: Path, n: int, rng: np.random.Generator) -> list[tuple[float, float]]:
    """Where ad-hoc searches are asked from: the stored seekers' own points."""
    engine = make_engine(database_url(directory))
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(Jobseeker.lat, Jobseeker.lon)).all()
    finally:
        engine.dispose()
    picks = rng.integers(0, len(rows), n)
    return [(float(rows[i][0]), float(rows[i][1])) for i in picks]


def _sealed_phone(directory: Path) -> dict[str, str]:
    """Every synthetic seeker's one made-up number, sealed with the keys the bench server reads it with."""
    vault = Vault(load_keys(Settings(data_dir=directory)))
    return {
        "phone_cipher": vault.encrypt(SYNTHETIC_PHONE, SEEKER_PHONE),
        "phone_hash": vault.lookup(PHONE, SYNTHETIC_PHONE),
    }


def _fill(
    connection: Connection,
    rng: np.random.Generator,
    n_jobs: int,
    n_seekers: int,
    vocab: Vocabulary,
    phone: dict[str, str],
) -> None:
    now = datetime.now(UTC)
    n_employers = n_jobs // JOBS_PER_EMPLOYER + 1
    _insert(connection, Employer, ({"name": f"单位{i}", "created_at": now} for i in range(n_employers)), n_employers)
    lats, lons = _places(rng, n_jobs)
    kinds = rng.integers(0, len(JOB_KINDS), n_jobs)
    employers = rng.integers(1, n_employers + 1, n_jobs)
    ages = rng.uniform(0, MAX_AGE_DAYS, n_jobs)
    vectors = _vectors(rng, vocab.job_vectors, kinds)
    jobs = (
        _job(i, int(kinds[i]), int(employers[i]), lats[i], lons[i], vec, now - timedelta(days=float(ages[i])), vocab)
        for i, vec in enumerate(vectors)
    )
    _insert(connection, Job, jobs, n_jobs)
    lats, lons = _places(rng, n_seekers)
    kinds = rng.integers(0, len(JOB_KINDS), n_seekers)
    years = rng.integers(1, 16, n_seekers)
    vectors = _vectors(rng, vocab.seeker_vectors, kinds)
    seekers = (
        _seeker(i, int(kinds[i]), int(years[i]), lats[i], lons[i], vec, now, vocab, phone)
        for i, vec in enumerate(vectors)
    )
    _insert(connection, Jobseeker, seekers, n_seekers)


def _insert(connection: Connection, model: type[Any], rows: Iterator[dict[str, Any]], total: int) -> None:
    started, done = time.perf_counter(), 0
    while batch := [row for _, row in zip(range(CHUNK), rows)]:
        connection.execute(insert(model), batch)
        connection.commit()
        done += len(batch)
        rate = done / max(time.perf_counter() - started, 1e-9)
        print(f"\r  {model.__tablename__}: {done:,}/{total:,} ({rate:,.0f} rows/s)", end="", flush=True)
    print()


def _places(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Around township and community centres, city districts (区) three times denser (as bench/push)."""
    places = [p for p in Gazetteer.load().places() if p.precision in (Precision.TOWNSHIP, Precision.COMMUNITY)]
    weights = np.array([3.0 if p.county.endswith("区") else 1.0 for p in places])
    chosen = rng.choice(len(places), size=n, p=weights / weights.sum())
    lats = np.array([p.point.lat for p in places])[chosen] + rng.normal(0, 0.012, n)
    lons = np.array([p.point.lon for p in places])[chosen] + rng.normal(0, 0.014, n)
    return lats, lons


def _vectors(rng: np.random.Generator, centres: np.ndarray, kinds: np.ndarray) -> Iterator[bytes]:
    for start in range(0, len(kinds), CHUNK):
        picked = kinds[start : start + CHUNK]
        block = centres[picked] + rng.normal(0, NOISE, (len(picked), centres.shape[1]))
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        yield from (row.tobytes() for row in block.astype(np.float32))


def _common(
    vec: bytes,
    lat: float,
    lon: float,
    text: str,
    codes: list[dict[str, Any]],
    at: datetime,
    vocab: Vocabulary,
    model: str,
) -> dict[str, Any]:
    return {
        "lat": float(lat),
        "lon": float(lon),
        "embedding": vec,
        "embedding_model": model,
        "text_hash": text_hash(text),
        "occupations": codes,
        "occupation_code": codes[0]["code"] if codes else None,
        "coding_version": vocab.coder_version,
        "version": 1,
        "created_at": at,
        "updated_at": at,
    }


def _job(
    i: int, kind: int, employer_id: int, lat: float, lon: float, vec: bytes, published: datetime, vocab: Vocabulary
) -> dict[str, Any]:
    k = JOB_KINDS[kind]
    pay = float(k.pay_min_yuan + 500 * (i % 5))
    return {
        **_common(
            vec,
            lat,
            lon,
            job_text(k.title, k.description, []),
            vocab.job_codes[kind],
            published,
            vocab,
            vocab.posting_model,
        ),
        **synth.job_columns(employer_id, k.title, k.description, JOB_TYPES[i % len(JOB_TYPES)], pay, published),
    }


def _seeker(
    i: int,
    kind: int,
    years: int,
    lat: float,
    lon: float,
    vec: bytes,
    at: datetime,
    vocab: Vocabulary,
    phone: dict[str, str],
) -> dict[str, Any]:
    k = JOB_KINDS[kind]
    experience = seeker_experience(k, years)
    return {
        **_common(
            vec, lat, lon, seeker_text(k.title, experience, []), vocab.seeker_codes[kind], at, vocab, vocab.model
        ),
        **synth.seeker_columns(i, phone, k.title, experience, float(k.pay_min_yuan), "off"),
    }


def postings_within(directory: Path, radius_km: float, rng: np.random.Generator, n: int = 500) -> dict[str, int]:
    """How many postings lie within `radius_km` of sampled seekers: the candidates one match ranks (cached)."""
    cached = directory / f"within-{radius_km:g}km.json"
    if cached.is_file():
        counts: dict[str, int] = json.loads(cached.read_text())
        return counts
    counts = _postings_within(directory, radius_km, rng, n)
    cached.write_text(json.dumps(counts))
    return counts


def _postings_within(directory: Path, radius_km: float, rng: np.random.Generator, n: int) -> dict[str, int]:
    engine = make_engine(database_url(directory))
    try:
        with engine.connect() as connection:
            jobs = np.array(connection.execute(select(Job.lat, Job.lon)).all(), dtype=np.float64)
            seekers = np.array(connection.execute(select(Jobseeker.lat, Jobseeker.lon)).all(), dtype=np.float64)
    finally:
        engine.dispose()
    jobs = jobs[np.argsort(jobs[:, 0])]
    band_deg = radius_km / 110.0  # more than the disk's latitude span
    counts = []
    for lat, lon in seekers[rng.choice(len(seekers), min(n, len(seekers)), replace=False)]:
        low, high = np.searchsorted(jobs[:, 0], [lat - band_deg, lat + band_deg])
        near = jobs[low:high]
        counts.append(int((haversine_km_many(lat, lon, near[:, 0], near[:, 1]) <= radius_km).sum()))
    return {
        "seekers": len(counts),
        "median": int(np.median(counts)),
        "p90": int(np.percentile(counts, 90)),
        "max": max(counts),
    }
