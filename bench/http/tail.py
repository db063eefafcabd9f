"""`python -m bench.http.tail --jobs 1000000`: where stored-seeker matches wait under posting edits.

One server (2 workers, pages built ahead), 30 s of wrk without edits, then 30 s with `--writes-per-s` edits. For each
phase: wrk's latencies (what a client sees), the server's own time per request from its access log (`duration_ms`,
from the app's first middleware to the answer), the edits' own times, and with py-spy (`pip install --target
/tmp/pyspy py-spy`) which threads of each worker held the GIL and doing what (`--gil`: only the holder is sampled).
A gap between wrk's tail and the server's is time spent before the app sees a request or after it answered: waiting
for the worker's event loop. Uses the database of `python -m bench.http` (run it once with the same --jobs first)."""

from __future__ import annotations

import argparse
import json
import subprocess
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import numpy as np

from bench.http import load, writes
from bench.http import server as servers
from bench.http.__main__ import CACHE, Plan, _bodies, _scripts
from bench.http.profile import py_spy

# What a GIL sample was doing, by the first marker found in its stack (the judging before the matches: a page's
# judge runs inside a write's request)
KINDS = (
    ("judging kept pages", "clearance.py"),
    ("the change feed (writes)", "index_feed.py"),
    ("matches (request threads)", "matches.py"),
    ("page warmer", "warm.py"),
)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.http.tail", description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--seekers", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--writes-per-s", type=float, default=2.0)
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the server, repeatable")
    args = parser.parse_args()
    directory = CACHE / f"jobs{args.jobs}-seekers{args.seekers}-seed{args.seed}"
    if not directory.exists():
        parser.error(f"{directory} is missing: run python -m bench.http --jobs {args.jobs} --seekers {args.seekers}")
    env = {"JOBCIRCLE_MATCH_PAGE_WARM": str(args.seekers), "JOBCIRCLE_MATCH_PAGE_CACHE_MB": "256"}
    env.update(dict(kv.split("=", 1) for kv in args.env))
    log = CACHE / "tail-server.log"
    server = servers.start(directory, args.port, 2, env, log)
    try:
        print(f"ready in {server.wait_ready():.0f} s; pages built ahead in {server.wait_idle():.0f} s", flush=True)
        token = server.sign_in()
        bodies = _bodies(directory, args.seed)
        plan = Plan(
            args.port,
            args.seconds,
            0,
            [args.connections],
            ["seeker"],
            directory,
            0,
            args.seekers,
            bodies,
            args.jobs,
            0.0,
        )
        script = _scripts(plan, token)["seeker"]
        load.run_wrk(server.url, script, "seeker", 4, 5)  # warm-up
        writer = writes.Writer(server.url, token, args.jobs, args.writes_per_s, seed=7)
        writer.start()  # the first edits copy the index's and the score table's columns once (their reserve)
        time.sleep(5)
        writer.stop()
        server.wait_idle()
        for edits in (0.0, args.writes_per_s):
            _phase(server, script, args.connections, args.seconds, edits, token, args.jobs, log)
            server.wait_idle()
    finally:
        server.stop()


def _phase(
    server: servers.Server, script: Path, connections: int, seconds: int, edits: float, token: str, jobs: int, log: Path
) -> None:
    outs = [CACHE / f"tail-{'edits' if edits else 'quiet'}-{i}.txt" for i in range(server.workers)]
    spies = _spies(server, seconds, outs)
    started = time.time()
    writer = writes.Writer(server.url, token, jobs, edits, seed=8) if edits else None
    if writer is not None:
        writer.start()
    result = load.run_wrk(server.url, script, "seeker", connections, seconds)
    if writer is not None:
        writer.stop()
    ended = time.time()
    for spy in spies:
        spy.wait()
    gets, patches = _access_log(log, started, ended)
    print(f"\n{f'with {edits:.1f} edits a second' if edits else 'without edits'}, {connections} connections:")
    print(f"  wrk: {result.per_s:.1f}/s, p50 {result.p50_ms} ms, p90 {result.p90_ms}, p99 {result.p99_ms}")
    if len(gets):
        q = np.percentile(gets, [50, 90, 99])
        print(f"  the server's own time: p50 {q[0]:.1f} ms, p90 {q[1]:.1f}, p99 {q[2]:.1f} ({len(gets)} requests)")
    if patches:
        refused = sum(1 for _, status in patches if status != 200)
        times = np.array([ms for ms, _ in patches])
        print(f"  edits: {len(patches)} ({refused} refused), p50 {np.median(times):.1f} ms, max {times.max():.1f}")
    for at, out in enumerate(outs if spies else []):
        print(f"  worker {at}: " + _gil_summary(out))


def _spies(server: servers.Server, seconds: int, outs: list[Path]) -> list[subprocess.Popen[bytes]]:
    binary = py_spy()
    if binary is None:
        return []
    return [
        subprocess.Popen(
            [
                binary,
                "record",
                "-r",
                "200",
                "-d",
                str(seconds),
                "--threads",
                "--gil",
                "-f",
                "raw",
                "-o",
                str(out),
                "-p",
                str(pid),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for out, pid in zip(outs, server.worker_pids())
    ]


def _access_log(log: Path, started: float, ended: float) -> tuple[list[float], list[tuple[float, int]]]:
    """The matches' and the edits' own times (ms; edits with their status) logged between `started` and `ended`."""
    gets: list[float] = []
    patches: list[tuple[float, int]] = []
    for line in log.read_text(errors="replace").splitlines():
        if '"method"' not in line:
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not started <= datetime.fromisoformat(entry["time"]).timestamp() <= ended:
            continue
        if entry["method"] == "GET" and entry.get("route") == "/v1/jobseekers/{seeker_id}/matches":
            gets.append(float(entry["duration_ms"]))
        elif entry["method"] == "PATCH":
            patches.append((float(entry["duration_ms"]), int(entry["status"])))
    return gets, patches


def _gil_summary(raw: Path) -> str:
    """Seconds of the GIL by thread and by what the holder was doing (py-spy raw: `frames;... count` a line)."""
    if not raw.exists():
        return "no py-spy samples"
    threads: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        n = int(count)
        thread = stack.split(";", 1)[0].split(": ", 1)[-1].split(" (")[0]
        threads["event loop" if thread.startswith("MainThread") else thread] += n
        kinds[next((kind for kind, marker in KINDS if marker in stack), "other")] += n
    total = sum(threads.values()) / 200
    by_thread = ", ".join(f"{name} {n / 200:.1f}" for name, n in threads.most_common(4))
    by_kind = ", ".join(f"{name} {n / 200:.1f}" for name, n in kinds.most_common())
    return f"GIL held {total:.1f} s; by thread: {by_thread}; by work: {by_kind}"


if __name__ == "__main__":
    main()
