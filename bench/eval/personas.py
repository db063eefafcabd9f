"""`python -m bench.eval.personas`: matching for people who state their limits in their own words.

`personas.json` (written for this benchmark without reading the matcher; PERSONAS.md says how): 181 postings
around one point in Hefei and 68 seekers, every priority group, 零工, 见习, home-only, shift limits, lodging,
licences; each seeker's limits only in the free text, and 12-25 postings per seeker judged acceptable or not
(grade 2: what they want, 1: acceptable, 0: breaks a limit). The real service is built in process (SQLite, the
shipped model) and asked for each seeker's page, in four configurations, one run:

- before: the text is not read (no limits, no wishes, no text graduation), raw cosine, no wider ring;
- + limits: the facts the person wrote exclude and favour postings, the graduation they wrote counts;
- + calibration: cosine put on the model's own scale (0 where unrelated texts sit);
- + thin circle: the page also offers the best good matches of the ring up to twice the radius.

Reported, over the seekers of each split (dev: tuning allowed; test: only reported): limit violations among the
top 5 (judged unacceptable), nDCG@10 against the judged grades of postings inside the circle (unjudged ones gain
nothing), and how many seekers with no grade-2 posting inside 3 km (but one within 6 km) get one in the ring.
The good-match threshold of the thin circle is chosen on dev (best F0.5 of score ≥ t against grade 2).

`--holdout` runs `holdout/personas.json` instead (55 seekers and 122 postings written blind by another author,
`holdout/README.md`): every seeker is reported as one split, `holdout`, with the served good-match threshold (no
calibration on it), and no failure is printed, so that nothing on it can be tuned by reading it: only the served
page's violations counted by the judge's reasons (age, physical, no_night ...), which say which family to build next.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import math
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

import app.services.matching.matches as matches
from app.config import Settings
from app.models import Employer
from app.runtime import Runtime, load_embedder
from app.schemas.job import JobCreate
from app.schemas.jobseeker import JobseekerCreate
from app.schemas.match import MatchQuery
from app.services.engine.matcher import Matcher, ThinCircle
from app.services.errors import AppError
from app.services.identity.principal import SYSTEM
from app.services.postings.jobs import create_job
from app.services.seekers.jobseekers import create_jobseeker
from matching.facts import Fact, Limits, posting_facts, seeker_facts
from matching.geo import EARTH_RADIUS_KM, GeoPoint
from matching.programmes import Applicant

HERE = Path(__file__).parent
HOME = GeoPoint(31.8565, 117.3072)  # 明光路街道, 瑶海区
RADIUS_KM = 3.0
TOP = 5
DEPTH = 10
SHOWN = "+ thin"  # the configuration whose remaining violations are listed


@dataclass(frozen=True)
class Judged:
    grade: int
    acceptable: bool
    distance_km: float


def split_of(persona_id: str) -> str:
    return "dev" if hashlib.sha256(persona_id.encode()).digest()[0] % 2 else "test"


def place(offset: dict[str, float]) -> GeoPoint:
    lat = HOME.lat + math.degrees(offset["north"] / EARTH_RADIUS_KM)
    lon = HOME.lon + math.degrees(offset["east"] / (EARTH_RADIUS_KM * math.cos(math.radians(HOME.lat))))
    return GeoPoint(lat, lon)


def build(runtime: Runtime, data: dict[str, Any]) -> tuple[dict[str, int], dict[str, int], int]:
    """Store the postings and seekers through the service's own use-cases; what it refuses is counted."""
    posting_ids: dict[str, int] = {}
    seeker_ids: dict[str, int] = {}
    refused = 0
    with runtime.sessions.begin() as session:
        employer = Employer(name="评测用人单位")
        session.add(employer)
        session.flush()
        for p in data["postings"]:
            point = place(p["offset_km"])
            body = {
                "employer_id": employer.id,
                "title": p["title"],
                "description": p["description"],
                "job_type": p["job_type"],
                "salary": p["salary"],
                "location": {"lat": point.lat, "lon": point.lon, "crs": "wgs84"},
                "tags": p.get("tags", [])[:20],
            }
            if p["job_type"] == "internship":
                body["internship_months"] = 6
            try:
                with session.begin_nested():
                    posting_ids[p["id"]] = create_job(session, runtime.matcher, SYSTEM, JobCreate(**body)).id
            except (AppError, ValueError):
                refused += 1
        for n, s in enumerate(data["personas"]):
            groups = s["priority_groups"]
            payload = JobseekerCreate(
                name=f"评测{n}",
                phone=f"139{n:08d}",
                location={"lat": HOME.lat, "lon": HOME.lon, "crs": "wgs84"},  # type: ignore[arg-type]
                desired_job=s["desired_job"],
                experience=s["experience"],
                skills=s["skills"][:30],
                expected_salary=s["expected_salary"],
                job_types=s["job_types"],
                radius_km=s["radius_km"],
                priority_groups=groups,
                sensitive_consent={  # type: ignore[arg-type]
                    "precise_location": True,
                    "disability": "disabled" in groups,
                    "poverty": "poverty_alleviated" in groups,
                },
            )
            seeker_ids[s["id"]] = create_jobseeker(session, runtime.matcher, runtime.vault, SYSTEM, payload).id
    runtime.feed.catch_up()
    return posting_ids, seeker_ids, refused


@contextmanager
def text_unread() -> Iterator[None]:
    """The service as before this work: the person's words set no limits and no graduation."""
    saved = matches.seeker_limits, matches.limits_of, matches.applicant_of
    matches.seeker_limits = lambda facts: Limits()  # type: ignore[assignment]
    matches.limits_of = lambda facts, groups: Limits()  # type: ignore[assignment]
    matches.applicant_of = lambda s: Applicant(  # type: ignore[assignment]
        s.birth_date, s.graduation_date, s.employment_status, frozenset(s.priority_groups or ())
    )
    try:
        yield
    finally:
        matches.seeker_limits, matches.limits_of, matches.applicant_of = saved


def dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


@dataclass
class Outcome:
    violations: int = 0
    seekers_with_violation: int = 0
    ndcg: float = 0.0
    seekers: int = 0
    thin_needing: int = 0
    thin_served: int = 0
    ring_violations: int = 0
    examples: list[str] | None = None
    reasons: Counter[str] = field(default_factory=Counter)  # the judge's `violates` codes of those in the top 5


def evaluate(
    runtime: Runtime,
    matcher: Matcher,
    data: dict[str, Any],
    posting_ids: dict[str, int],
    seeker_ids: dict[str, int],
    split: str,
) -> Outcome:
    back = {v: k for k, v in posting_ids.items()}
    out = Outcome(examples=[])
    for s in data["personas"]:
        if split != "all" and split_of(s["id"]) != split:
            continue
        judged = {
            j["posting"]: Judged(j["grade"], j["acceptable"], _distance(data, j["posting"])) for j in s["judgements"]
        }
        with runtime.sessions() as session:
            page = matches.matches_for_seeker(session, matcher, SYSTEM, seeker_ids[s["id"]], MatchQuery(limit=DEPTH))
        shown = [back[i.job.id] for i in page.items]
        bad = [p for p in shown[:TOP] if p in judged and not judged[p].acceptable]
        out.violations += len(bad)
        out.reasons.update(code for p in bad for code in _violates(s, p))
        out.seekers_with_violation += bool(bad)
        if out.examples is not None:
            out.examples += [_violation(data, s, p) for p in bad]
        ideal = sorted((j.grade for j in judged.values() if j.distance_km <= RADIUS_KM), reverse=True)[:DEPTH]
        gains = [float(judged[p].grade) if p in judged else 0.0 for p in shown]
        out.ndcg += dcg(gains) / dcg([float(g) for g in ideal]) if ideal and dcg([float(g) for g in ideal]) else 0.0
        out.seekers += 1
        inside_best = any(j.grade == 2 and j.distance_km <= RADIUS_KM for j in judged.values())
        outside_best = any(j.grade == 2 and RADIUS_KM < j.distance_km <= 2 * RADIUS_KM for j in judged.values())
        if outside_best and not inside_best:
            out.thin_needing += 1
            ring = [back[i.job.id] for i in page.beyond]
            out.thin_served += any(p in judged and judged[p].grade >= 1 for p in ring)
            out.ring_violations += sum(p in judged and not judged[p].acceptable for p in ring)
    return out


def _violates(persona: dict[str, Any], posting: str) -> list[str]:
    return list(next(j.get("violates", []) for j in persona["judgements"] if j["posting"] == posting))


def _distance(data: dict[str, Any], posting: str) -> float:
    p = next(x for x in data["postings"] if x["id"] == posting)
    return math.hypot(p["offset_km"]["north"], p["offset_km"]["east"])


def _violation(data: dict[str, Any], persona: dict[str, Any], posting: str) -> str:
    """One violation as the judge gave it and as the matcher read both texts (fact codes and their words)."""
    judged = next(j for j in persona["judgements"] if j["posting"] == posting)
    p = next(x for x in data["postings"] if x["id"] == posting)
    said = seeker_facts(persona["desired_job"], persona["experience"], persona["skills"])
    read = posting_facts(p["title"], p["description"], p.get("tags", []))
    return (
        f"{persona['id']} ({split_of(persona['id'])}) × {posting} {p['title']}: violates {judged['violates']}, "
        f"「{judged['why']}」; seeker read {_facts(said)}; posting read {_facts(read)}"
    )


def _facts(facts: list[Fact]) -> str:
    return (
        ", ".join(f"{f.code}{'=' + f.value if f.value else ''}/{f.modality}「{f.evidence}」" for f in facts)
        or "nothing"
    )


def calibrate_threshold(
    runtime: Runtime, matcher: Matcher, data: dict[str, Any], posting_ids: dict[str, int], seeker_ids: dict[str, int]
) -> tuple[float, float, float]:
    """The good-match score that best picks out what a seeker wants (grade 2) among their judged postings on dev,
    weighing precision twice as much as recall (F0.5 of score >= t: a "good" match should be one), and the F0.5
    it gets on test."""
    back = {v: k for k, v in posting_ids.items()}
    pairs: dict[str, list[tuple[float, bool]]] = {"dev": [], "test": []}
    for s in data["personas"]:
        judged = {j["posting"]: j["grade"] == 2 for j in s["judgements"]}
        query = MatchQuery(limit=100, radius_km=2 * RADIUS_KM)
        with runtime.sessions() as session:
            page = matches.matches_for_seeker(session, matcher, SYSTEM, seeker_ids[s["id"]], query)
        scored = {back[i.job.id]: i.score for i in page.items}
        pairs[split_of(s["id"])] += [(scored.get(p, 0.0), ok) for p, ok in judged.items()]

    def f1(items: list[tuple[float, bool]], t: float) -> float:
        tp = sum(score >= t and ok for score, ok in items)
        fp = sum(score >= t and not ok for score, ok in items)
        fn = sum(score < t and ok for score, ok in items)
        return 1.25 * tp / (1.25 * tp + 0.25 * fn + fp) if tp else 0.0

    grid = [round(x, 3) for x in np.arange(0.2, 0.9, 0.01)]
    best = max(grid, key=lambda t: f1(pairs["dev"], t))
    return best, f1(pairs["dev"], best), f1(pairs["test"], best)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="a persona file (default: personas.json)")
    parser.add_argument("--holdout", action="store_true", help="the blind holdout set, reported whole, unread")
    args = parser.parse_args()
    if args.data is None:
        args.data = HERE / ("holdout" if args.holdout else ".") / "personas.json"
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    data = json.loads(args.data.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/personas.db", data_dir=Path(tmp), push_scheduler=False)
        from app.migrate import upgrade

        upgrade(settings.database_url, settings=settings)
        runtime = Runtime.build(settings, load_embedder(settings))
        try:
            run(runtime, data, started, holdout=args.holdout)
        finally:
            runtime.close()


def run(runtime: Runtime, data: dict[str, Any], started: float, *, holdout: bool = False) -> None:
    posting_ids, seeker_ids, refused = build(runtime, data)
    service = runtime.matcher
    raw = replace(service.weights, semantic_floor=0.0)
    no_ring = ThinCircle(good=0)
    if holdout:
        threshold, f1_dev, f1_test = service.thin.good_score, math.nan, math.nan
    else:
        threshold, f1_dev, f1_test = calibrate_threshold(
            runtime, replace(service, thin=no_ring), data, posting_ids, seeker_ids
        )
    configs: list[tuple[str, Matcher, Callable[[], Any]]] = [
        (
            "before: text unread, raw cosine, no ring",
            replace(service, weights=replace(raw, wishes=0.0), thin=no_ring),
            text_unread,
        ),
        ("+ limits and wishes from the text", replace(service, weights=raw, thin=no_ring), _nothing),
        ("+ calibrated semantic score", replace(service, thin=no_ring), _nothing),
        (
            "+ thin circle (ring to 2x radius)",
            replace(service, thin=replace(service.thin, good_score=threshold)),
            _nothing,
        ),
    ]
    print(
        f"{len(data['personas'])} seekers, {len(posting_ids)} postings stored ({refused} refused by the service's "
        f"own rules), model {service.embedder.name}, semantic floor {service.weights.semantic_floor}\n"
    )
    if holdout:
        print(f"Good-match threshold as served: {threshold} (the holdout is not used to choose it)\n")
    else:
        print(f"Good-match threshold chosen on dev: {threshold} (F0.5 dev {f1_dev:.3f}, test {f1_test:.3f})\n")
    print(
        "| configuration | split | seekers | limit violations in top 5 | seekers with one | nDCG@10 | "
        "thin circles served by the ring | unacceptable in the ring |"
    )
    print("|---|---|---|---|---|---|---|---|")
    examples: list[str] = []
    totals = ""
    for name, matcher, context in configs:
        for split in ("all",) if holdout else ("dev", "test"):
            with context():
                o = evaluate(runtime, matcher, data, posting_ids, seeker_ids, split)
            print(
                f"| {name} | {'holdout' if holdout else split} | {o.seekers} | {o.violations} | {o.seekers_with_violation} | "
                f"{o.ndcg / max(o.seekers, 1):.3f} | {o.thin_served}/{o.thin_needing} | {o.ring_violations} |"
            )
            if holdout and name.startswith(SHOWN):
                reasons = ", ".join(f"{code} {n}" for code, n in o.reasons.most_common())
                totals = f"\nThe served page's {o.violations} by the judge's reasons (a posting may break several): {reasons}"
            if o.examples and name.startswith(SHOWN) and not holdout:
                examples += o.examples
    if holdout:
        print(totals)  # totals by family only: the holdout's failures are not listed
    else:
        print("\nWhat seekers' own words rule out but the served page still shows in its top 5 (both halves):")
        for line in examples:
            print(f"- {line}")
    print(f"\nRun time {time.perf_counter() - started:.0f} s.")


@contextmanager
def _nothing() -> Iterator[None]:
    yield


if __name__ == "__main__":
    main()
