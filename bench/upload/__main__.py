"""`python -m bench.upload [STAGE ...]`: bulk upload of real postings, measured on this machine.

Stages (default: all, in order):
  real   upload a 5,000-row .xlsx made from postings_real.csv.gz; counts, reasons, matchability
  again  upload the same file again into the same database: nothing may be created
  kill   the same file through huey on Redis; SIGKILL the worker halfway, start another, compare counts
  speed  a 10,000-row CSV (`--rows N`), rows per second including embedding, today's ingest path
         ("after") against the one before issue 27 item 4 ("before": full text, one text at a time),
         interleaved `--rounds R` times, each also against embedding alone
  report only render REPORT.md again
Results go to bench/.cache/upload/results.json; REPORT.md is rendered from them. A stage's "note"
in that file (e.g. what else ran on the machine) is printed with its section.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.config import Settings
from app.migrate import upgrade
from app.models import Job, Upload, UploadIssue
from app.runtime import IngestRuntime, Runtime
from app.schemas.common import Location
from app.schemas.match import SearchRequest
from app.services.engine import texts
from app.services.identity.principal import SYSTEM
from app.services.matching.matches import search_jobs
from app.services.uploads.ingest import accept_upload, get_upload, process_upload
from bench.eval.data import POSTINGS
from bench.upload.sheet import real_rows, write_csv, write_xlsx
from matching.embedding import HashingEmbedder
from matching.geo import Crs
from matching.text_policy import FULL_TEXT, TextPolicy

HERE = Path(__file__).parent
CACHE = HERE.parent / ".cache" / "upload"
RESULTS = CACHE / "results.json"
ROOT = HERE.parents[1]
REAL_ROWS, SPEED_ROWS, MATCH_SAMPLE, EMBED_SAMPLE = 5000, 10000, 300, 1000
KILL_LEASE_S = 15
SOURCE = [POSTINGS]  # the real postings: `--postings` from a worktree, where ../shared is not beside the repo

log = logging.getLogger("bench.upload")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stages", nargs="*", help="real, again, kill, speed, report (default: the first four)")
    parser.add_argument("--rows", type=int, default=SPEED_ROWS, help="rows of the speed stage's sheet")
    parser.add_argument("--rounds", type=int, default=1, help="speed: before/after pairs, interleaved")
    parser.add_argument(
        "--after", default=None, help="speed: text policies to time, e.g. full,select-128 (default: served)"
    )
    parser.add_argument("--postings", type=Path, default=None, help="the real postings (default: ../shared/data's)")
    args = parser.parse_args(argv)
    if args.postings is not None:
        SOURCE[0] = args.postings
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    logging.getLogger("app").setLevel(logging.WARNING)
    stages = args.stages or ["real", "again", "kill", "speed"]
    if unknown := set(stages) - {*STAGES, "report"}:
        parser.error(f"no stage {', '.join(sorted(unknown))}")
    results: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    for stage in (s for s in stages if s != "report"):
        log.info("stage %s", stage)
        results[stage] = stage_speed(args.rows, args.rounds, args.after) if stage == "speed" else STAGES[stage]()
        RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    (HERE / "REPORT.md").write_text(render(results), encoding="utf-8")
    log.info("wrote %s", HERE / "REPORT.md")
    return 0


def fresh_settings(name: str, **overrides: Any) -> Settings:
    data_dir = CACHE / name
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(parents=True)
    settings = Settings(data_dir=data_dir, **overrides)
    upgrade(settings.database_url)
    return settings


def real_sheet() -> Path:
    path = CACHE / f"real-{REAL_ROWS}.xlsx"
    if not path.is_file():
        write_xlsx(real_rows(REAL_ROWS, path=SOURCE[0]), path)
    return path


def timed_upload(settings: Settings, path: Path, runtime: IngestRuntime) -> dict[str, Any]:
    started = time.perf_counter()
    with runtime.sessions.begin() as session:
        upload_id = accept_upload(
            session, runtime.ingest, SYSTEM, path.name, path.read_bytes(), fair_id=None, submit=lambda _: None
        ).id
    process_upload(
        runtime.sessions,
        runtime.ingest,
        upload_id,
        on_chunk=lambda done, total: log.info("%d / %d rows", done, total) if done % 1000 == 0 else None,
    )
    seconds = time.perf_counter() - started
    with runtime.sessions() as session:
        out = get_upload(session, SYSTEM, upload_id)
    return {
        "upload_id": upload_id,
        "rows": out.progress.total,
        "seconds": round(seconds, 1),
        "rows_per_s": round(out.progress.total / seconds, 2),
        "status": out.status.value,
        "counts": out.counts.model_dump(),
        "warnings": out.warnings_total,
    }


def stage_real() -> dict[str, Any]:
    settings = fresh_settings("real")
    runtime = IngestRuntime.build(settings)
    try:
        result = timed_upload(settings, real_sheet(), runtime)
        with runtime.sessions() as session:
            result["reasons"] = reason_kinds(session, result["upload_id"])
            result["examples"] = examples(session, result["upload_id"])
    finally:
        runtime.close()
    result["matchable"] = matchable(settings)
    return result


def stage_again() -> dict[str, Any]:
    settings = Settings(data_dir=CACHE / "real")
    runtime = IngestRuntime.build(settings)
    try:
        with runtime.sessions() as session:
            jobs_before = session.scalar(select(func.count()).select_from(Job))
        result = timed_upload(settings, real_sheet(), runtime)
        with runtime.sessions() as session:
            result["jobs_before"], result["jobs_after"] = (
                jobs_before,
                session.scalar(select(func.count()).select_from(Job)),
            )
    finally:
        runtime.close()
    return result


def stage_kill() -> dict[str, Any]:
    broker = subprocess.run(
        ["bash", "scripts/redis-test-server", "start"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    settings = fresh_settings("kill", task_broker=broker, upload_lease_s=KILL_LEASE_S)
    from app.tasks import make_huey

    huey, enqueue, _, _ = make_huey(broker)
    huey.flush()
    runtime = IngestRuntime.build(settings, embedder=HashingEmbedder(64))  # only accepts; workers embed
    path = real_sheet()
    with runtime.sessions.begin() as session:
        upload_id = accept_upload(
            session, runtime.ingest, SYSTEM, path.name, path.read_bytes(), fair_id=None, submit=lambda _: None
        ).id
    enqueue(upload_id)
    env = {
        **os.environ,
        "JOBCIRCLE_DATA_DIR": str(settings.data_dir),
        "JOBCIRCLE_TASK_BROKER": broker,
        "JOBCIRCLE_UPLOAD_LEASE_S": str(KILL_LEASE_S),
    }
    started = time.perf_counter()
    worker = subprocess.Popen([sys.executable, "-m", "app.cli", "worker"], cwd=ROOT, env=env)
    killed_at = wait_for(runtime, upload_id, lambda u: u.rows_done >= u.total_rows // 2)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    log.info("killed the worker at %d rows done", killed_at.rows_done)
    with runtime.sessions() as session:
        jobs_at_kill = session.scalar(select(func.count()).select_from(Job))
    restarted = subprocess.Popen([sys.executable, "-m", "app.cli", "worker"], cwd=ROOT, env=env)
    try:
        final = wait_for(runtime, upload_id, lambda u: u.status in ("done", "failed"))
    finally:
        restarted.send_signal(signal.SIGINT)
        restarted.wait(60)
    seconds = time.perf_counter() - started
    with runtime.sessions() as session:
        out = get_upload(session, SYSTEM, upload_id)
        jobs = session.scalar(select(func.count()).select_from(Job))
    runtime.close()
    return {
        "rows_done_at_kill": killed_at.rows_done,
        "jobs_at_kill": jobs_at_kill,
        "attempts": final.attempts,
        "status": out.status.value,
        "counts": out.counts.model_dump(),
        "jobs": jobs,
        "seconds": round(seconds, 1),
        "lease_s": KILL_LEASE_S,
    }


def stage_speed(count: int = SPEED_ROWS, rounds: int = 1, after: str | None = None) -> dict[str, Any]:
    """Before and each after on one sheet, the order turning each round so that a drifting load favours none."""
    policies = [TextPolicy.named(n) for n in after.split(",")] if after else [texts.POSTING_TEXT]
    path = CACHE / f"real-{count}.csv"
    rows = real_rows(count, seed=7, path=SOURCE[0])
    write_csv(rows, path, encoding="gb18030")  # a GBK-family file, as Excel on Chinese Windows writes
    ways: list[tuple[str, TextPolicy]] = [("before", FULL_TEXT), *((f"after {p.name}", p) for p in policies)]
    runs: list[dict[str, Any]] = []
    for round_ in range(rounds):
        turn = round_ % len(ways)
        pair = {way: speed_run(way, path, rows, policy) for way, policy in ways[turn:] + ways[:turn]}
        for way, _ in ways[1:]:
            pair[way]["ratio"] = round(pair[way]["rows_per_s"] / pair["before"]["rows_per_s"], 2)
            log.info("round %d: %s %.2f×", round_ + 1, way, pair[way]["ratio"])
        runs.append(pair)
    ratios = {way: sorted(r[way]["ratio"] for r in runs) for way, _ in ways[1:]}
    return {
        "rows": count,
        "rounds": runs,
        "median_ratio": {way: r[(len(r) - 1) // 2] for way, r in ratios.items()},  # the lower of two
        "cpu": os.cpu_count(),
        "load": os.getloadavg()[0],
    }


def speed_run(way: str, path: Path, rows: list[list[str]], policy: TextPolicy) -> dict[str, Any]:
    """One upload of the sheet into a fresh database, and embedding alone on a sample of its texts.

    before: the whole text, one text at a time (the path before issue 27 item 4, less the dedupe that the
    embedder now always does); after: `policy`, texts side by side on every core."""
    parallel = 1 if way == "before" else 0
    settings = fresh_settings(f"speed-{way.replace(' ', '-')}", embed_parallel=parallel)
    chosen, texts.POSTING_TEXT = texts.POSTING_TEXT, policy  # what describe() embeds, for this run only
    runtime = IngestRuntime.build(settings)
    try:
        sample = [policy.posting_text(r[0], r[1], []) for r in rows[: min(EMBED_SAMPLE, len(rows) // 5)]]
        started = time.perf_counter()
        runtime.ingest.coder.embedder.embed(sample)
        embed_rate = len(sample) / (time.perf_counter() - started)
        result = timed_upload(settings, path, runtime)
    finally:
        runtime.close()
        texts.POSTING_TEXT = chosen
    result["policy"], result["parallel"] = policy.name, parallel or os.cpu_count()
    result["embed_only_rows_per_s"] = round(embed_rate, 2)
    result["ratio_to_embedding_alone"] = round(result["rows_per_s"] / embed_rate, 3)
    result["load"] = round(os.getloadavg()[0], 2)
    return result


def wait_for(runtime: IngestRuntime, upload_id: int, condition: Any, timeout_s: float = 3600) -> Upload:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with runtime.sessions() as session:
            upload = session.get_one(Upload, upload_id)
            session.expunge(upload)
        if condition(upload):
            return upload
        time.sleep(0.5)
    raise TimeoutError(f"upload {upload_id} did not get there in {timeout_s}s")


def reason_kinds(session: Any, upload_id: int) -> list[tuple[str, str, int]]:
    """Rejections grouped by column and reason, values masked: what a clerk would fix, how often."""
    kinds: Counter[tuple[str, str]] = Counter()
    for column, reason in session.execute(
        select(UploadIssue.column, UploadIssue.reason).where(
            UploadIssue.upload_id == upload_id, UploadIssue.severity == "error"
        )
    ):
        kinds[(column, re.sub(r"\d+(\.\d+)?", "N", re.sub(r"「[^」]*」", "「…」", reason)))] += 1
    return [(c, r, n) for (c, r), n in kinds.most_common(12)]


def examples(session: Any, upload_id: int) -> list[dict[str, Any]]:
    """One real reason per kind, value included, as the clerk sees it (no row content beyond the cell)."""
    seen: set[str] = set()
    found = []
    for row, column, value, reason in session.execute(
        select(UploadIssue.row, UploadIssue.column, UploadIssue.value, UploadIssue.reason)
        .where(UploadIssue.upload_id == upload_id)
        .order_by(UploadIssue.row)
    ):
        kind = re.sub(r"「[^」]*」|\d+", "", reason)[:20]
        if kind not in seen:
            seen.add(kind)
            found.append({"row": row, "column": column, "value": value[:40], "reason": reason})
    return found[:8]


def matchable(settings: Settings) -> dict[str, Any]:
    """Accepted postings found by a search with their own title at their own point (3 km)."""
    runtime = Runtime.build(settings)
    try:
        with runtime.sessions() as session:
            jobs = session.scalars(
                select(Job).where(Job.duplicate_of_id.is_(None)).order_by(func.random()).limit(MATCH_SAMPLE)
            ).all()
            found = 0
            for job in jobs:
                request = SearchRequest(
                    text=job.title[:500],
                    location=Location(lat=job.lat, lon=job.lon, crs=Crs.WGS84),
                    include_approximate=True,
                    limit=100,
                )
                page = search_jobs(session, runtime.matcher, request)
                found += any(item.job.id == job.id for item in page.items)
            indexed = len(runtime.matcher.job_index)
    finally:
        runtime.close()
    return {"sampled": len(jobs), "found": found, "indexed": indexed}


def render(results: dict[str, Any]) -> str:
    from bench.upload.report import render as render_report

    return render_report(results)


STAGES: dict[str, Any] = {"real": stage_real, "again": stage_again, "kill": stage_kill, "speed": stage_speed}

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
