"""One stored-seeker match timed stage by stage in this process, without HTTP: what a request costs and why."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

import app.services.matches as matches
from app.config import Settings
from app.runtime import Runtime
from app.schemas.match import MatchQuery
from app.services.principal import SYSTEM
from matching.ranking import Facts, RankedPage


def diagnose(settings: Settings, seeker_ids: Sequence[int]) -> dict[str, Any]:
    """Per request: postings within reach, postings loaded to rank them, and the time of each stage."""
    runtime = Runtime.build(settings)  # as a server worker builds it: the snapshot, the model
    samples: list[dict[str, float]] = []
    try:
        with _counting(samples):
            for seeker_id in seeker_ids:
                started = time.perf_counter()
                with runtime.sessions() as session:
                    matches.matches_for_seeker(session, runtime.matcher, SYSTEM, seeker_id, MatchQuery())
                samples[-1]["total_ms"] = (time.perf_counter() - started) * 1000
    finally:
        runtime.close()
    return {key: _spread([s[key] for s in samples]) for key in samples[0]} if samples else {}


@contextmanager
def _counting(samples: list[dict[str, float]]) -> Iterator[None]:
    """Wraps the service's `_rank` and `rank_top_k` to time them and count the postings loaded."""
    module = vars(matches)  # the service module's globals: its calls look these names up there
    rank, rank_top_k = module["_rank"], module["rank_top_k"]

    def timed_rank(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        result = rank(*args, **kwargs)
        samples[-1]["rank_and_search_ms"] = (time.perf_counter() - started) * 1000
        return result

    def counted_top_k(candidates: Any, load: Callable[[Sequence[int]], Mapping[int, Facts]], *args: Any,
                      **kwargs: Any) -> RankedPage:
        sample = {"candidates": float(len(candidates)), "loaded": 0.0}
        samples.append(sample)

        def counted(ids: Sequence[int]) -> Mapping[int, Facts]:
            sample["loaded"] += len(ids)
            return load(ids)

        started = time.perf_counter()
        page: RankedPage = rank_top_k(candidates, counted, *args, **kwargs)
        sample["rank_ms"] = (time.perf_counter() - started) * 1000
        return page

    module.update(_rank=timed_rank, rank_top_k=counted_top_k)
    try:
        yield
    finally:
        module.update(_rank=rank, rank_top_k=rank_top_k)


def _spread(values: list[float]) -> dict[str, float]:
    return {"median": round(float(np.median(values)), 1), "p90": round(float(np.percentile(values, 90)), 1),
            "max": round(max(values), 1)}
