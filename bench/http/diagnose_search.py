"""One ad-hoc text search timed stage by stage in this process, without HTTP: where a search's CPU goes (the
calling thread's CPU time: the model runs on it, one thread, as the server's `compute_threads` default has it)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

import app.services.matching.matches as matches
from app.config import Settings
from app.runtime import Runtime
from app.schemas.match import MatchPage, SearchRequest
from app.services.matching import job_pages
from matching.score_table import ScoreTable

# the service modules' globals a search calls, each timed where the service looks it up (summed over a request)
MODULE_STAGES = [
    (matches, "seeker_facts", "facts"),
    (matches, "seeker_limits", "facts"),
    (job_pages, "fairs_now", "fairs_now"),
    (job_pages, "search", "index"),
    (job_pages, "_confirmed", "page"),
    (job_pages, "job_match", "items"),
    (job_pages, "facets", "facets"),
]


def diagnose_search(settings: Settings, bodies: Sequence[dict[str, Any]], repeat: int = 1) -> dict[str, Any]:
    """Per search: candidates, and the milliseconds of each stage (`total` is the whole service call, JSON
    included; `rest` what no stage accounts for: the request object, pydantic models, the page's own work)."""
    runtime = Runtime.build(settings)  # as a server worker builds it: the snapshot, the model
    requests = [SearchRequest.model_validate(body) for body in bodies]
    samples: list[dict[str, float]] = []
    try:
        with runtime.sessions() as session:  # warm: the first calls pay one-off costs
            for request in requests[:5]:
                matches.search_jobs_json(session, runtime.matcher, request)
        with _timing(runtime, samples):
            for _ in range(repeat):
                for request in requests:
                    samples.append({"candidates": 0.0})
                    started = time.thread_time()
                    with runtime.sessions() as session:
                        matches.search_jobs_json(session, runtime.matcher, request)
                    total = (time.thread_time() - started) * 1000
                    staged = sum(v for k, v in samples[-1].items() if k.endswith("_ms"))
                    samples[-1]["total_ms"] = total
                    samples[-1]["rest_ms"] = total - staged
    finally:
        runtime.close()
    keys = sorted({k for s in samples for k in s}, key=lambda k: (k != "candidates", k))
    return {key: _spread([s.get(key, 0.0) for s in samples]) for key in keys}


@contextmanager
def _timing(runtime: Runtime, samples: list[dict[str, float]]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name, _ in MODULE_STAGES]
    matcher = runtime.matcher
    coder_type, embedder_type = type(matcher.coder), type(matcher.embedder)
    methods = [
        (embedder_type, "embed", "embed"),
        (coder_type, "code", "code"),
        (coder_type, "query_terms", "terms"),
        (ScoreTable, "score", "score"),
        (MatchPage, "model_dump_json", "json"),
    ]
    kept = [(owner, name, getattr(owner, name)) for owner, name, _ in methods]
    depth = [0]  # a stage inside another (code embeds when not handed the vector) counts only in the outer

    def timed(stage: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if depth[0] or not samples:
                return call(*args, **kwargs)
            depth[0] += 1
            started = time.thread_time()
            try:
                result = call(*args, **kwargs)
            finally:
                depth[0] -= 1
            key = f"{stage}_ms"
            samples[-1][key] = samples[-1].get(key, 0.0) + (time.thread_time() - started) * 1000
            if stage == "index" and not samples[-1]["candidates"]:
                samples[-1]["candidates"] = float(len(result))
            return result

        return wrapper

    for (module, name, stage), (_, _, original) in zip(MODULE_STAGES, saved):
        setattr(module, name, timed(stage, original))
    for (owner, name, stage), (_, _, original) in zip(methods, kept):
        setattr(owner, name, timed(stage, original))
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)
        for owner, name, original in kept:
            setattr(owner, name, original)


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "mean": round(float(np.mean(values)), 2),
        "median": round(float(np.median(values)), 2),
        "p90": round(float(np.percentile(values, 90)), 2),
        "max": round(max(values), 2),
    }
