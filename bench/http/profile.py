"""Where a worker's time goes under load: py-spy samples (optional), summed per stage of a request."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

PY_SPY_DIRS = ("/tmp/pyspy/bin",)  # `pip install --target /tmp/pyspy py-spy` keeps it out of the venv

# A sample belongs to the stage of its deepest frame that one names: a marker is a function's
# (qualified) name, matched whole or as its last part, or, holding a "/", a part of the file's path.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("embed the text (model)", ("embed", "matching/embedding")),
    ("code the text's occupation", ("OccupationCoder.code", "OccupationCoder.code_many")),
    ("query terms and synonyms", ("OccupationCoder.query_terms",)),
    ("index search (numpy)", ("GeoIndex.search",)),
    ("score every candidate in memory (fact table)", ("ScoreTable.score",)),
    ("read and check the page's postings (SQL + ORM)", ("_confirmed",)),
    ("facets over all candidates", ("facets",)),
    ("explanations and job summaries", ("_job_match",)),
    ("load seeker, dismissed jobs, running fairs", ("load_jobseeker", "dismissed_jobs", "fairs_now", "_fair_jobs")),
    ("check and serve a kept page", ("PageCache.get", "open_versions", "CachedPage.body", "seeker_columns")),
    ("sign-in: token check and account read", ("principal_for_token", "principal_for_api_key", "VerifiedTokens.get")),
    ("request id (uuid4)", ("uuid4",)),
    (
        "response validation and JSON",
        (
            "serialize_response",
            "jsonable_encoder",
            "_prepare_response_content",
            "JSONResponse.render",
            "model_dump_json",
        ),
    ),
    ("session open, commit, close", ("get_session",)),
    ("request logging", ("Logger._log", "_access_log")),
    ("index feed poll (background)", ("IndexFeed.run",)),
    ("rest of the match service", ("matches_for_seeker", "search_jobs", "_job_page")),
    ("idle worker threads", ("Queue.get",)),
    ("event loop (uvloop: native work or waiting)", ("Runner.run",)),
    ("HTTP server and middleware", ("uvicorn/", "starlette/", "fastapi/", "anyio/", "asyncio/")),
]


def py_spy() -> str | None:
    return shutil.which("py-spy", path=os.pathsep.join([*PY_SPY_DIRS, os.environ.get("PATH", "")]))


def start_sampling(pid: int, duration_s: int, out: Path) -> subprocess.Popen[bytes] | None:
    """Samples the busy threads of `pid` without pausing it; None without py-spy.

    A thread waiting for the GIL counts as busy, so profile with one connection: then the samples
    are one request's own time, native code (SQLite, torch) included.
    """
    binary = py_spy()
    if binary is None:
        return None
    command = [
        binary,
        "record",
        "--pid",
        str(pid),
        "--duration",
        str(duration_s),
        "--rate",
        "250",
        "--nonblocking",
        "--format",
        "raw",
        "--output",
        str(out),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def summarize(collapsed: list[Path]) -> list[tuple[str, float]]:
    """(stage, share of busy samples) over every worker's samples, largest first."""
    stages: Counter[str] = Counter()
    lines = [line for path in collapsed for line in path.read_text(errors="replace").splitlines()]
    for line in lines:
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            stages[stage_of(stack.split(";"))] += int(count)
    total = sum(stages.values())
    return [(stage, n / total) for stage, n in stages.most_common()] if total else []


def stage_of(frames: list[str]) -> str:
    for frame in reversed(frames):
        name, _, path = frame.partition(" (")
        for stage, markers in STAGES:
            if any(_names(marker, name, path) for marker in markers):
                return stage
    return "other"


def _names(marker: str, name: str, path: str) -> bool:
    if "/" in marker:
        return marker in path
    return name == marker or name.endswith("." + marker)
