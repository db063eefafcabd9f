"""`python -m bench.http.judge --jobs 1000000 --postings 300`: what judging kept pages costs a posting written.

Every stored seeker's first page is built and kept in this process (as `JOBCIRCLE_MATCH_PAGE_WARM` does in a
server), then postings picked at random are written back as stored, one at a time, through the change feed's own
steps (`IndexFeed._judge_pages`, the write, `IndexFeed._judged`): each is judged against the kept pages in its reach
(`app.services.matching.clearance`), before and after, as an edit would be. A posting written as it was changes no
page, so every page judged is kept and every judgement runs to its end (the dearest case for the judge). The
baseline, in the same run: building again the pages in reach of each posting, which is what dropping them would
cost when their seekers ask next (or the warmer builds them). Uses the database of `python -m bench.http`
(run that once with the same --jobs and --seekers first)."""

from __future__ import annotations

import argparse
import random
import time

import numpy as np
from rich.progress import track
from sqlalchemy import select

import app.services.matching.matches as matches
from app.config import Settings
from app.metrics import MATCH_PAGES_JUDGED
from app.models import Job
from app.runtime import Runtime
from app.schemas.match import MatchQuery
from app.services.identity.principal import SYSTEM
from app.services.matching.clearance import PageJudge
from bench.http.__main__ import CACHE


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.http.judge", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--seekers", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--postings", type=int, default=300, help="postings written, one at a time")
    parser.add_argument("--rebuilt", type=int, default=40, help="of those, whose pages are also built again")
    args = parser.parse_args()
    directory = CACHE / f"jobs{args.jobs}-seekers{args.seekers}-seed{args.seed}"
    if not directory.exists():
        parser.error(f"{directory} is missing: run python -m bench.http --jobs {args.jobs} --seekers {args.seekers}")
    runtime = Runtime.build(Settings(data_dir=directory, push_scheduler=False, match_page_cache_mb=1024))
    try:
        _run(runtime, args.seekers, args.postings, args.rebuilt)
    finally:
        runtime.close()


def _run(runtime: Runtime, seekers: int, postings: int, rebuilt: int) -> None:
    matcher, feed = runtime.matcher, runtime.feed
    started = time.perf_counter()
    with runtime.sessions() as session:
        for seeker_id in track(range(1, seekers + 1), description="pages built"):
            matches.matches_for_seeker_json(session, matcher, SYSTEM, seeker_id, MatchQuery())
    print(f"{seekers} seekers' pages built and kept in {time.perf_counter() - started:.0f} s")
    feed.on_jobs_changing = PageJudge(matcher).before
    ids = random.Random(8).sample(matcher.job_index.ids(), postings)
    with runtime.sessions() as session:
        rows = {row.id: row for row in session.scalars(select(Job).where(Job.id.in_(ids)))}
    kept_before = MATCH_PAGES_JUDGED.labels("kept")._value.get()
    judged, near, rebuild = [], [], []
    for at, job_id in enumerate(ids):
        before = feed.jobs.index.points_of({job_id})
        in_reach = matcher.pages.near(before)
        near.append(len(in_reach))
        # `IndexFeed._refresh`'s steps for one posting, its row as stored (read before: no database time here);
        # the judge's two halves timed, not the write between them
        clock = time.perf_counter()
        written = feed._judge_pages({job_id}, [rows[job_id]], before)
        spent = time.perf_counter() - clock
        feed.jobs.upsert([rows[job_id]])
        feed.job_changes.record(feed.job_generation + 1, before)
        feed.job_generation += 1
        clock = time.perf_counter()
        if written is not None:
            feed._judged(written)
        judged.append(spent + time.perf_counter() - clock)
        if at < rebuilt:
            clock = time.perf_counter()
            with runtime.sessions() as session:
                for key, _page in in_reach:
                    assert isinstance(key, tuple)  # (seeker id, query)
                    matches.warm_page(session, matcher, key[0])
            rebuild.append(time.perf_counter() - clock)
    kept = MATCH_PAGES_JUDGED.labels("kept")._value.get() - kept_before
    ms = np.array(judged) * 1000
    print(
        f"{postings} postings written, {np.mean(near):.1f} kept pages in reach of each, {kept:.0f} judged and kept\n"
        f"judging a posting: mean {ms.mean():.2f} ms, p50 {np.percentile(ms, 50):.2f}, "
        f"p90 {np.percentile(ms, 90):.2f}, max {ms.max():.2f}\n"
        f"building its pages again instead (first {len(rebuild)}): mean {np.mean(rebuild) * 1000:.1f} ms; "
        f"judging costs {np.sum(judged[: len(rebuild)]) / np.sum(rebuild):.3f}x of that"
    )


if __name__ == "__main__":
    main()
