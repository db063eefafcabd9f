"""`python -m bench.http.pages --jobs 100000 --out FILE`: every search body of the load, answered in this process
with the clock fixed, one page per line (all but `request_id`). Run it in two checkouts against the same database
and `cmp` the files: a change that should not move results (issue 27, session 9) must give the same bytes."""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from unittest.mock import patch

import app.services.matching.matches as matches
import matching.facts.limits as limits
from app.config import Settings
from app.runtime import Runtime
from app.schemas.match import SearchRequest
from app.services.engine.eligibility import local_today
from app.services.matching import explanations, job_pages
from bench.http.__main__ import CACHE, _bodies

NOW = datetime(2026, 12, 5, 18, 0, tzinfo=UTC)  # freshness and expiry as of one instant in every checkout
TODAY = local_today(NOW)


class _FixedDate(date):
    """`date` whose `today()` is TODAY: `Limits.fits` falls back to it when handed no day."""

    @classmethod
    def today(cls) -> _FixedDate:
        return cls(TODAY.year, TODAY.month, TODAY.day)


@contextmanager
def fixed_clock() -> Iterator[None]:
    """Every clock the search path reads, at NOW: the instant (`utcnow`, and `time.time` for the index's
    freshness), the local day (`local_today`, for 零工 and programme rules) and `date.today()` (`Limits.fits`)."""
    with ExitStack() as stack:
        stack.enter_context(patch.object(job_pages, "utcnow", lambda: NOW))
        stack.enter_context(patch.object(time, "time", NOW.timestamp))  # the function only: perf_counter stays
        for module in (matches, job_pages, explanations):  # each module of the search path that reads the day
            stack.enter_context(patch.object(module, "local_today", lambda now=None: TODAY))
        stack.enter_context(patch.object(limits, "date", _FixedDate))
        yield


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.http.pages", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--seekers", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    directory = CACHE / f"jobs{args.jobs}-seekers{args.seekers}-seed{args.seed}"
    runtime = Runtime.build(Settings(data_dir=directory, push_scheduler=False))
    lines = []
    try:
        with fixed_clock(), runtime.sessions() as session:
            for body in _bodies(directory, args.seed):
                page = json.loads(
                    matches.search_jobs_json(session, runtime.matcher, SearchRequest.model_validate(body))
                )
                page.pop("request_id")
                lines.append(json.dumps(page, ensure_ascii=False, sort_keys=True))
    finally:
        runtime.close()
    text = "\n".join(lines)
    args.out.write_text(text)
    items = sum(len(json.loads(line)["items"]) for line in lines)
    print(f"{len(lines)} pages, {items} items, sha256 {hashlib.sha256(text.encode()).hexdigest()[:16]}: {args.out}")


if __name__ == "__main__":
    main()
