"""Cross-channel duplicates: one posting arriving twice is linked to the first and matched once.

Only across sources (the API, each upload): within one source, its own keys (external id or
content) say what is the same posting, and two identical postings there are the employer's choice."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Job
from matching.geo import GeoPoint, bounding_box, haversine_km


@dataclass(frozen=True, slots=True)
class DuplicateRule:
    """Same employer, texts this close by embedding, points this close on the ground."""

    similarity: float = 0.95
    distance_m: float = 200.0


def find_original(session: Session, job: Job, rule: DuplicateRule) -> Job | None:
    """The open, original posting `job` repeats, most similar first (ties: the oldest), if any.

    `job` must already carry its embedding; the candidates come from the database (flushed rows
    of the caller's transaction included), never from an index."""
    center = GeoPoint(job.lat, job.lon)
    lat_min, lat_max, lon_min, lon_max = bounding_box(center, rule.distance_m / 1000)
    rows = session.scalars(
        select(Job)
        .where(
            Job.employer_id == job.employer_id,
            Job.status == "open",
            Job.duplicate_of_id.is_(None),
            Job.lat.between(lat_min, lat_max),
            Job.lon.between(lon_min, lon_max),
            Job.embedding_model == job.embedding_model,
            *([Job.id != job.id] if job.id is not None else []),
        )
        .order_by(Job.id)
    ).all()
    vector = job.vector()
    best: tuple[float, Job] | None = None
    for row in rows:
        if _source(row) == _source(job):
            continue
        if haversine_km(center, GeoPoint(row.lat, row.lon)) * 1000 > rule.distance_m:
            continue
        similarity = float(np.dot(row.vector(), vector))  # inner product == cosine on unit vectors
        if similarity >= rule.similarity and (best is None or similarity > best[0]):
            best = (similarity, row)
    return None if best is None else best[1]


def _source(job: Job) -> tuple[str, int | None]:
    return job.channel, job.upload_id
