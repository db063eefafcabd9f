"""`python -m bench.http [--jobs 1000000] [--workers 1,2] [--connections 1,8,32]`: the match endpoints under wrk.

Fills (or reuses) a SQLite database of N postings and M seekers around Anhui's places with vectors
stamped as the server's model's, starts `jobcircle serve` as a subprocess, and loads
`GET /v1/jobseekers/{id}/matches` (random stored seekers) and `POST /v1/matches/search` (random
Chinese wishes at seekers' points) with wrk, once per number of workers. Writes
bench/.cache/http/results-jobsN.json and bench/http/REPORT.md (the latest run at each N), and prints.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.config import Settings
from bench.http import fill, load, profile, report, writes
from bench.http.diagnose import diagnose
from bench.http.diagnose_search import diagnose_search
from bench.http.server import Server, start
from bench.http.vocab import query_texts
from bench.machine import cores, cpu_times, memory_gib, steal_share

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "http"
REPORT = Path(__file__).resolve().parent / "REPORT.md"
SEARCH_BODIES = 2000
REACH_KM = 3.0  # the seekers' radius and the searches' default
ENDPOINTS = ("seeker", "search")


@dataclass(frozen=True, slots=True)
class Plan:
    port: int
    duration_s: int
    warmup_s: int
    connections: list[int]
    endpoints: list[str]
    directory: Path  # the database's; the wrk scripts are written there once a server has signed the bench in
    profile_s: int
    n_seekers: int
    bodies: list[dict[str, Any]]
    n_jobs: int = 0
    writes_per_s: float = 0.0  # postings updated through the API while each measured run lasts


def main() -> None:
    args = _parser().parse_args()
    # A killed benchmark stops its server too (the `finally` that stops it runs on SystemExit, not on a bare
    # SIGTERM): an orphaned server keeps the port, and the next run would measure it instead of its own.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    extra_env = dict(pair.split("=", 1) for pair in args.env)
    os.environ.update(extra_env)  # the vocabulary is embedded by the model the server will build
    directory = CACHE / f"jobs{args.jobs}-seekers{args.seekers}-seed{args.seed}"
    directory.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=directory)
    started = time.perf_counter()
    vocab = fill.vocabulary(settings)
    print(f"model {vocab.model}, coder {vocab.coder_version} ({time.perf_counter() - started:.1f} s)")
    filled = fill.ensure_database(directory, args.jobs, args.seekers, args.seed, vocab)
    print(
        f"database: reused (filled earlier in {filled['fill_s']} s)"
        if filled["reused"]
        else f"database: filled in {filled['fill_s']} s"
    )
    stamped = fill.stamp(directory, vocab)
    reach = fill.postings_within(directory, REACH_KM, np.random.default_rng(args.seed + 2))
    print(f"postings within {REACH_KM:g} km of a seeker: {reach}")
    if args.fill_only:
        return
    stages = _diagnose(settings, args.seekers, args.diagnose, args.seed) if args.diagnose else {}
    bodies = _bodies(directory, args.seed)
    search_stages = _diagnose_search(settings, bodies[: args.diagnose_search]) if args.diagnose_search else {}
    if args.diagnose_only:
        return
    plan = Plan(
        args.port,
        _seconds(args.duration),
        _seconds(args.warmup),
        _ints(args.connections),
        args.endpoints.split(","),
        directory,
        _seconds(args.profile),
        args.seekers,
        bodies,
        args.jobs,
        args.writes_per_s,
    )
    runs = [_serve_and_load(directory, workers, extra_env, plan) for workers in _ints(args.workers)]
    results = {
        "machine": _machine(),
        "command": _command(args),
        "env": extra_env,
        "jobs": args.jobs,
        "seekers": args.seekers,
        "fill": filled,
        "stamped_rows": stamped,
        "reach": reach,
        "reach_km": REACH_KM,
        "stages": stages,
        "search_stages": search_stages,
        "model": vocab.model,
        "request_threads": int(extra_env.get("JOBCIRCLE_REQUEST_THREADS", Settings().request_threads)),
        "duration_s": plan.duration_s,
        "runs": runs,
        "at": time.strftime("%Y-%m-%d %H:%M"),
    }
    (CACHE / f"results-jobs{args.jobs}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print("\n".join(report.section(results)))
    scales = sorted(CACHE.glob("results-jobs*.json"), key=lambda p: int(p.stem.removeprefix("results-jobs")))
    REPORT.write_text(report.render([json.loads(p.read_text()) for p in scales]))
    print(f"wrote {REPORT} ({len(scales)} scale(s): the latest run at each)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.http", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--seekers", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--duration", default="30s", help="each measured wrk run, e.g. 30s or 2m")
    parser.add_argument("--warmup", default="5s", help="an unmeasured run per endpoint before measuring")
    parser.add_argument("--connections", default="1,8,32", help="comma list: wrk connections, one run each")
    parser.add_argument("--workers", default="1,2", help="comma list: server processes, one server each")
    parser.add_argument("--endpoints", default=",".join(ENDPOINTS), help="seeker, search or both")
    parser.add_argument(
        "--env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra server setting, e.g. JOBCIRCLE_EMBED_BATCH_SIZE=16 (repeatable)",
    )
    parser.add_argument("--profile", default="0s", help="after measuring, py-spy one worker this long per endpoint")
    parser.add_argument(
        "--diagnose",
        type=int,
        default=30,
        metavar="N",
        help="first time N stored-seeker matches in this process, stage by stage (0: skip)",
    )
    parser.add_argument(
        "--diagnose-search",
        type=int,
        default=0,
        metavar="N",
        help="time N ad-hoc text searches (the load's own bodies) in this process, stage by stage (0: skip)",
    )
    parser.add_argument("--diagnose-only", action="store_true", help="stop after the in-process timings")
    parser.add_argument(
        "--writes-per-s",
        type=float,
        default=0.0,
        metavar="R",
        help="update R random postings a second (PATCH /v1/jobs/{id}: a new monthly pay and a hiring radius past "
        "any circle, in turn) during each measured run, so kept pages meet the change feed; the kept shares are read "
        "from /metrics either way",
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--fill-only", action="store_true", help="fill (or check) the cached database, then stop")
    return parser


def _diagnose(settings: Settings, n_seekers: int, n: int, seed: int) -> dict[str, Any]:
    seeker_ids = [int(i) for i in np.random.default_rng(seed + 3).integers(1, n_seekers + 1, n)]
    started = time.perf_counter()
    stages = diagnose(settings.model_copy(update={"push_scheduler": False}), seeker_ids)
    print(f"in-process stored-seeker matches ({n}, {time.perf_counter() - started:.0f} s with start-up): {stages}")
    return stages


def _diagnose_search(settings: Settings, bodies: list[dict[str, Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    stages = diagnose_search(settings.model_copy(update={"push_scheduler": False}), bodies)
    print(f"in-process searches ({len(bodies)}, {time.perf_counter() - started:.0f} s with start-up), ms:")
    for stage, spread in stages.items():
        print(f"  {stage:16} " + "  ".join(f"{k} {v:8.2f}" for k, v in spread.items()))
    return stages


def _serve_and_load(directory: Path, workers: int, extra_env: dict[str, str], plan: Plan) -> dict[str, Any]:
    log = CACHE / f"server-w{workers}.log"
    print(f"starting jobcircle serve --workers {workers} (log: {log})")
    server = start(directory, plan.port, workers, extra_env, log)
    try:
        start_s = server.wait_ready()
        print(f"  ready in {start_s:.1f} s, RSS per worker {server.rss_mib()} MiB")
        run: dict[str, Any] = {
            "workers": workers,
            "start_s": round(start_s, 1),
            "startup": server.startup_lines(),
            "results": [],
            "profiles": {},
        }
        token = server.sign_in()
        scripts = _scripts(plan, token)
        for endpoint in plan.endpoints:
            run["results"] += _measure(server, scripts[endpoint], endpoint, plan, token)
            if plan.profile_s:
                run["profiles"][endpoint] = _profile(server, scripts[endpoint], endpoint, plan)
        run["rss_mib"] = server.rss_mib()
        return run
    finally:
        server.stop()


def _measure(server: Server, script: Path, endpoint: str, plan: Plan, token: str) -> list[dict[str, Any]]:
    if plan.warmup_s:
        load.run_wrk(server.url, script, endpoint, 2 * server.workers, plan.warmup_s)  # every worker warms up
    results = []
    for connections in plan.connections:
        server.wait_idle()  # requests wrk gave up on are still being answered
        counted = writes.scrape(server.url)
        writer = writes.Writer(server.url, token, plan.n_jobs, plan.writes_per_s, seed=connections)
        cpu_before, machine_before = server.cpu_by_worker(), cpu_times()
        writer.start()
        result = load.run_wrk(server.url, script, endpoint, connections, plan.duration_s)
        writer.stop()
        used = [after - before for before, after in zip(cpu_before, server.cpu_by_worker())]
        steal = steal_share(machine_before, cpu_times())
        server.wait_idle()
        kept = writes.shares(counted, writes.scrape(server.url), server.workers)
        cpu_ms = sum(used) * 1000 / max(result.requests, 1)
        # wrk keeps its connections open and the kernel hands each to whichever worker accepts first: with few
        # connections one worker may hold them all while the other idles. Its share of the CPU shows that.
        busiest = max(used) / sum(used) if sum(used) > 0 else 1.0
        load_1m = os.getloadavg()[0]
        print(
            f"  {endpoint:7} c={connections:<3} {result.per_s:8.1f}/s  p50 {result.p50_ms} ms  "
            f"p99 {result.p99_ms} ms  non-2xx {result.non2xx}  socket errors {result.socket_errors}  "
            f"server CPU {cpu_ms:.0f} ms/request  load {load_1m:.1f}"
            + (f"  busiest worker {busiest:.0%}" if server.workers > 1 else "")
            + ("" if steal is None else f"  steal {steal:.0%}")
            + f"  writes {writer.sent} (failed: {writer.statuses or 0})  kept {kept}"
        )
        results.append(
            {
                **result.as_dict(),
                "cpu_ms": round(cpu_ms, 1),
                "busiest_share": round(busiest, 2),
                "load_1m": round(load_1m, 1),
                "steal": None if steal is None else round(steal, 3),
                "writes": writer.sent,
                "writes_failed": writer.failed,
                "writes_failed_by_status": writer.statuses,
                "kept": kept,
            }
        )
    return results


def _profile(server: Server, script: Path, endpoint: str, plan: Plan) -> list[list[Any]]:
    """One connection, so the samples are one request's own time (see profile.start_sampling)."""
    server.wait_idle()
    outs = [CACHE / f"profile-w{server.workers}-{endpoint}-{i}.txt" for i in range(server.workers)]
    samplers = [profile.start_sampling(pid, plan.profile_s, out) for pid, out in zip(server.worker_pids(), outs)]
    if None in samplers:
        print("  py-spy not found: no profile (pip install --target /tmp/pyspy py-spy)")
        return []
    load.run_wrk(server.url, script, endpoint, 1, plan.profile_s + 2)
    for sampler in samplers:
        if sampler is not None:
            sampler.wait()
    return [[stage, round(share, 3)] for stage, share in profile.summarize([o for o in outs if o.is_file()])]


def _bodies(directory: Path, seed: int) -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed + 1)
    points = fill.seeker_points(directory, SEARCH_BODIES, rng)
    return [
        {"text": text, "location": {"lat": round(lat, 6), "lon": round(lon, 6), "crs": "wgs84"}}
        for text, (lat, lon) in zip(query_texts(rng, SEARCH_BODIES), points)
    ]


def _scripts(plan: Plan, token: str) -> dict[str, Path]:
    return {
        "seeker": load.seeker_script(plan.directory / "seeker.lua", plan.n_seekers, token),
        "search": load.search_script(plan.directory / "search.lua", plan.bodies, token),
        "me": load.me_script(plan.directory / "me.lua", token),
    }


def _seconds(text: str) -> int:
    units = {"s": 1, "m": 60, "h": 3600}
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part]


def _machine() -> str:
    return (
        f"{platform.processor() or platform.machine()}, {cores()} cores, "
        f"{memory_gib():.0f} GiB, Python {platform.python_version()}"
    )


def _command(args: argparse.Namespace) -> str:
    parts = [
        f"--jobs {args.jobs}",
        f"--seekers {args.seekers}",
        f"--duration {args.duration}",
        f"--connections {args.connections}",
        f"--workers {args.workers}",
        f"--endpoints {args.endpoints}",
    ]
    parts += [f"--env {pair}" for pair in args.env]
    parts += [f"--writes-per-s {args.writes_per_s:g}"] if args.writes_per_s else []
    return ".venv/bin/python -m bench.http " + " ".join(parts)


if __name__ == "__main__":
    main()
