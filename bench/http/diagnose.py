"""One stored-seeker match timed stage by stage in this process, without HTTP: what a request costs and why."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

import app.services.matching.job_pages as job_pages
import app.services.matching.matches as matches
from app.config import Settings
from app.runtime import Runtime
from app.schemas.match import MatchQuery
from app.services.identity.principal import SYSTEM
from matching.score_table import ScoreTable


def diagnose(settings: Settings, seeker_ids: Sequence[int]) -> dict[str, Any]:
    """Per request: postings within reach, postings read from the database, and the time of each stage."""
    runtime = Runtime.build(settings)  # as a server worker builds it: the snapshot, the model
    samples: list[dict[str, float]] = []
    try:
        with _timing(samples):
            for seeker_id in seeker_ids:
                samples.append({"candidates": 0.0, "loaded": 0.0})
                started = time.perf_counter()
                with runtime.sessions() as session:
                    matches.matches_for_seeker(session, runtime.matcher, SYSTEM, seeker_id, MatchQuery())
                samples[-1]["total_ms"] = (time.perf_counter() - started) * 1000
    finally:
        runtime.close()
    return {key: _spread([s[key] for s in samples]) for key in samples[0]} if samples else {}


@contextmanager
def _timing(samples: list[dict[str, float]]) -> Iterator[None]:
    """Wraps the page's index search, the fact table's scoring and the page read, timing each."""
    module = vars(job_pages)  # the page module's globals: its calls look these names up there
    search, confirmed, score = module["search"], module["_confirmed"], ScoreTable.score

    def timed(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            result = call(*args, **kwargs)
            samples[-1][f"{name}_ms"] = (time.perf_counter() - started) * 1000
            if name == "search":
                samples[-1]["candidates"] = float(len(result))
            if name == "page":
                samples[-1]["loaded"] = float(len(result[1]) + result[2])  # shown + passed over as stale
            return result

        return wrapper

    module.update(search=timed("search", search), _confirmed=timed("page", confirmed))
    ScoreTable.score = timed("score", score)  # type: ignore[method-assign]
    try:
        yield
    finally:
        module.update(search=search, _confirmed=confirmed)
        ScoreTable.score = score  # type: ignore[method-assign]


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": round(float(np.median(values)), 1),
        "p90": round(float(np.percentile(values, 90)), 1),
        "max": round(max(values), 1),
    }
