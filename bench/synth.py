"""Synthetic postings and seekers placed and embedded like real ones, for the province-scale benchmarks.

- Places: points around Anhui's township and community centres (matching/data/anhui_places.csv),
  city districts (区) weighing three times a county's, scattered ~1.3 km around each centre.
- Texts: real posting titles and descriptions from ../shared/data/postings_real.csv.gz when present
  (research data, read in place, never copied), otherwise sentences made from the occupation catalogue,
  so every benchmark also runs on a clean machine.
- Vectors: a sample of those texts embedded with the real model (cached in bench/.cache/), each
  synthetic item one sample vector plus Gaussian noise, normalised: clusters like real embeddings.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.embedding import Embedder
from matching.gazetteer import Gazetteer, Precision

CACHE = Path(__file__).resolve().parent / ".cache"
REAL_POSTINGS = Path(__file__).resolve().parents[2] / "shared" / "data" / "postings_real.csv.gz"
DISTRICT_WEIGHT = 3.0  # city districts are denser than counties
SCATTER_DEG = (0.012, 0.014)  # (lat, lon) standard deviation around a centre: ~1.3 km
NOISE = 0.02  # per-component noise: cosine ~0.9 between a synthetic vector and its sample
CHUNK = 50_000

FloatArray = npt.NDArray[np.float64]
Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Points:
    lats: FloatArray
    lons: FloatArray
    urban: npt.NDArray[np.bool_]  # placed around a city district's centre (dense) rather than a county's

    def __len__(self) -> int:
        return int(self.lats.shape[0])


def place(rng: np.random.Generator, n: int, *, urban: bool | None = None) -> Points:
    """n points around township and community centres; `urban` keeps only districts (True) or counties."""
    places = [p for p in Gazetteer.load().places() if p.precision in (Precision.TOWNSHIP, Precision.COMMUNITY)]
    district = np.array([p.county.endswith("区") for p in places])
    weights = np.where(district, DISTRICT_WEIGHT, 1.0)
    if urban is not None:
        weights = np.where(district == urban, weights, 0.0)
    chosen = rng.choice(len(places), size=n, p=weights / weights.sum())
    lats = np.array([places[i].point.lat for i in chosen]) + rng.normal(0, SCATTER_DEG[0], n)
    lons = np.array([places[i].point.lon for i in chosen]) + rng.normal(0, SCATTER_DEG[1], n)
    return Points(lats, lons, district[chosen])


def texts(n: int, seed: int = 7) -> list[str]:
    """n distinct posting texts: real ones when the research file is here, else catalogue sentences."""
    rng = np.random.default_rng(seed)
    found = _real_texts() if REAL_POSTINGS.is_file() else _catalogue_texts()
    picks = rng.choice(len(found), size=min(n, len(found)), replace=False)
    return [found[i] for i in sorted(picks)]


def sample_vectors(embedder: Embedder, sample: list[str]) -> Vectors:
    """The sample embedded with the real model, cached by the texts' and model's hash."""
    key = hashlib.sha1("\n".join([embedder.name, *sample]).encode()).hexdigest()[:16]
    path = CACHE / f"synth-{key}.npy"
    if path.is_file():
        cached: Vectors = np.load(path)
        return cached
    print(f"embedding {len(sample)} sample texts with {embedder.name} (cached in {path})", flush=True)
    vectors = embedder.embed(sample)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def clustered(rng: np.random.Generator, sample: Vectors, n: int, noise: float = NOISE) -> Vectors:
    """n unit vectors, each a random sample row plus noise."""
    out = np.empty((n, sample.shape[1]), np.float32)
    for start, block in _blocks(rng, sample, n, noise):
        out[start : start + len(block)] = block
    return out


def _blocks(rng: np.random.Generator, sample: Vectors, n: int, noise: float) -> Iterator[tuple[int, Vectors]]:
    for start in range(0, n, CHUNK):
        size = min(CHUNK, n - start)
        block = sample[rng.integers(0, len(sample), size)] + rng.normal(0, noise, (size, sample.shape[1]))
        yield start, (block / np.linalg.norm(block, axis=1, keepdims=True)).astype(np.float32)


def job_columns(
    employer_id: int, title: str, description: str, job_type: str, pay_min_yuan: float, published: datetime
) -> dict[str, Any]:
    """A synthetic posting's own columns for a bulk insert: open, untagged, paid monthly from `pay_min_yuan` to
    2,000 more (the place, vector and times are the caller's)."""
    return {
        "employer_id": employer_id,
        "title": title,
        "description": description,
        "job_type": job_type,
        "salary_min": pay_min_yuan,
        "salary_max": pay_min_yuan + 2000,
        "salary_unit": "month",
        "tags": [],
        "status": "open",
        "published_at": published,
    }


def seeker_columns(
    i: int, phone: dict[str, str], desired_job: str, experience: str, expected_min_yuan: float, push_consent: str
) -> dict[str, Any]:
    """A synthetic seeker's own columns for a bulk insert: seeker `i`, a 3 km circle, no skills, types or groups,
    pushes to the inbox (the place, vector and times are the caller's)."""
    return {
        "name": f"求职者{i}",
        **phone,
        "desired_job": desired_job,
        "experience": experience,
        "skills": [],
        "job_types": [],
        "radius_km": 3.0,
        "priority_groups": [],
        "expected_salary_min": expected_min_yuan,
        "expected_salary_unit": "month",
        "push_consent": push_consent,
        "push_channel": "inbox",
    }


def _real_texts() -> list[str]:
    seen: set[str] = set()
    with gzip.open(REAL_POSTINGS, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = f"{row['职位'].strip()} {row['职位描述'].strip()[:300]}".strip()
            if len(text) > 8:
                seen.add(text)
    return sorted(seen)


def _catalogue_texts() -> list[str]:
    from matching.occupations import Catalog

    names = [o.name for o in Catalog.load().codable]
    asks = ["有相关经验优先", "吃苦耐劳，服从安排", "包吃住，月休四天", "持证上岗", "长白班，五险一金", "接受应届生"]
    return [f"招聘{name}：{a}，{b}" for name in names for a, b in itertools.pairwise(asks)]
