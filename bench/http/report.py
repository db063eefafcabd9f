"""REPORT.md from one run's results: machine, command, server settings, the table, start-up and profiles."""

from __future__ import annotations

from typing import Any

NAMES = {
    "seeker": "stored-seeker matches `GET /v1/jobseekers/{id}/matches`",
    "search": "ad-hoc text search `POST /v1/matches/search`",
    "me": "the floor, `GET /v1/auth/me` signed in (no matching: framework, middleware, token check, one read)",
}
MIN_SHARE = 0.005  # profile stages below half a percent are left out
TARGETS = {"seeker": (500.0, 50.0), "search": (100.0, None)}  # requests/s, p99 ms
SETTINGS = """\
- `jobcircle serve --host 127.0.0.1 --workers W` (uvicorn with uvloop and httptools; each worker is a
  process with its own database pool, model and in-memory index). Route work runs on AnyIO's thread
  pool, `JOBCIRCLE_REQUEST_THREADS` threads per worker (each section says how many); the match routes
  hand a request's work over in one hop. The GIL lets one thread run Python at a time. torch, ONNX Runtime and
  BLAS run one thread per request (`JOBCIRCLE_COMPUTE_THREADS=1`, the default).
- Ranking: every posting within reach is scored in memory (the index and its fact table); only the
  shown page is read from the database and checked there.
- Settings: defaults (SQLite in WAL mode, INFO logs: the app's own line per request, to a file; runs
  before `e8dc3c8` also wrote uvicorn's access line), `JOBCIRCLE_PUSH_SCHEDULER=false`, and the extra
  settings a section names.
- Requests: limit 20 (the default), the seeker's own radius (3 km) or the default 3 km for searches,
  no filters. Seekers are drawn uniformly from all stored seekers; search texts from 2,000 distinct
  generated wishes (「干过5年电焊工，找工作，离家近」…) asked at stored seekers' points.
- wrk 4.1 (Debian), 1 thread, closed loop: each connection sends its next request when the last is
  answered, so latency includes queueing at the server; on the same 2 cores as the server.
- Server CPU ms/request: user + system CPU of the serving processes over the run, per request (all
  threads: torch's included). Busiest worker's CPU share (2 workers or more): the largest worker's part of
  that CPU. wrk keeps its connections open and each stays with the worker that accepted it; near 100%
  means one worker held every connection and the other idled, so the run measured one worker.
- Steal: the share of the machine's CPU time the hypervisor gave to other guests during the run
  (/proc/stat); this machine is a virtual one, and a run with steal had less than two cores.
- Machine load: the 1-minute load average at the end of the run; above
  2 the cores were shared with something else and latency is inflated by it."""


def render(scales: list[dict[str, Any]]) -> str:
    """The whole report: the settings once, then one section per number of postings (its latest run)."""
    lines = [
        "# bench/http: the match endpoints under load",
        "",
        "Written by `.venv/bin/python -m bench.http`; one section per database size, each from its latest run.",
        "",
        "## Server settings",
        "",
        SETTINGS,
        "",
    ]
    for results in scales:
        lines += section(results)
    return "\n".join(lines) + "\n"


def section(results: dict[str, Any]) -> list[str]:
    fill, reach = results["fill"], results["reach"]
    extra = ", ".join(f"`{k}={v}`" for k, v in results["env"].items()) or "none"
    lines = [
        f"## {results['jobs']:,} postings",
        "",
        f"Run {results['at']} on {results['machine']}; {results['jobs']:,} postings and {results['seekers']:,} "
        f"seekers, model `{results['model']}`, {results['duration_s']} s per measured run; extra settings: {extra}.",
        "",
        "```",
        results["command"],
        "```",
        "",
        f"Request threads per worker: {_threads(results)}.",
        "",
        f"Database: {'reused' if fill['reused'] else 'filled'}; the fill took {fill['fill_s']} s "
        f"({fill['db_bytes'] / 2**30:.1f} GiB SQLite). Rows re-stamped for the server's model: {results['stamped_rows']:,}.",
        f"Postings within {results['reach_km']:g} km of a seeker (what one request ranks, before filters), over "
        f"{reach['seekers']} seekers: median {reach['median']:,}, p90 {reach['p90']:,}, max {reach['max']:,}.",
        "",
        *_stages(results.get("stages", {})),
    ]
    for run in results["runs"]:
        lines += _run(run)
    return lines


def _threads(results: dict[str, Any]) -> str:
    if "request_threads" not in results:  # runs from before the setting and the database slots
        return (
            "40, Starlette's default (a run from before `JOBCIRCLE_REQUEST_THREADS` and before requests waited for "
            "a database connection in the event loop)"
        )
    return (
        f"{results['request_threads']} (`JOBCIRCLE_REQUEST_THREADS`); a request waits for a database connection first"
    )


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share:.0%}"


def table(runs: list[dict[str, Any]]) -> list[str]:
    rows = [
        "| workers | endpoint | connections | requests/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors "
        "| server CPU ms/request | busiest worker's CPU share | machine load | steal |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        for r in run["results"]:
            share = f"{r['busiest_share']:.0%}" if "busiest_share" in r and run["workers"] > 1 else ""
            rows.append(
                f"| {run['workers']} | {r['endpoint']} | {r['connections']} | {r['per_s']:.1f} | {r['p50_ms']} | "
                f"{r['p90_ms']} | {r['p99_ms']} | {r['non2xx']} | {r['socket_errors']} | {r.get('cpu_ms', '')} "
                f"| {share} | {r.get('load_1m', '')} | {_percent(r.get('steal'))} |"
            )
    return rows


def verdicts(run: dict[str, Any]) -> list[str]:
    """Per endpoint: the best throughput whose p99 meets the target, against the target."""
    out = []
    for endpoint, (rate, p99) in TARGETS.items():
        measured = [r for r in run["results"] if r["endpoint"] == endpoint]
        if not measured:
            continue
        within = [r for r in measured if p99 is None or r["p99_ms"] <= p99]
        best = max(within, key=lambda r: r["per_s"], default=None)
        goal = f"≥ {rate:.0f}/s" + (f" with p99 ≤ {p99:.0f} ms" if p99 else "")
        if best is None:
            fastest = min(measured, key=lambda r: r["p99_ms"])
            out.append(
                f"- {NAMES[endpoint]}: target {goal}; no run met the p99 (best p99 {fastest['p99_ms']} ms "
                f"at {fastest['per_s']:.0f}/s, c={fastest['connections']}): **missed**"
            )
            continue
        met = best["per_s"] >= rate
        share = f"{best['per_s'] / rate:.2f}× the target"
        out.append(
            f"- {NAMES[endpoint]}: target {goal}; best {best['per_s']:.0f}/s at p99 {best['p99_ms']} ms "
            f"(c={best['connections']}), {share}: **{'met' if met else 'missed'}**"
        )
    floor = [r for r in run["results"] if r["endpoint"] == "me"]
    if floor:
        top = max(floor, key=lambda r: r["per_s"])
        out.append(
            f"- {NAMES['me']}: best {top['per_s']:.0f}/s at p99 {top['p99_ms']} ms (c={top['connections']}), "
            f"{top.get('cpu_ms', '?')} ms of server CPU a request: what any request costs here before matching"
        )
    return out


def _run(run: dict[str, Any]) -> list[str]:
    lines = [
        f"### {run['workers']} worker{'s' if run['workers'] > 1 else ''}",
        "",
        f"Ready in {run['start_s']} s (every worker's lifespan done and /healthz 200); resident memory per "
        f"worker after the runs: {', '.join(f'{m:,.0f} MiB' for m in run['rss_mib'])}.",
        "",
        "```",
    ]
    lines += run["startup"] + ["```", ""]
    if run["workers"] > 1:
        lines += [
            "(With several workers only uvicorn's own lines show: `jobcircle serve` configures logging in the",
            "supervisor process, not in the workers uvicorn spawns, so the app's log lines are dropped.)",
            "",
        ]

    lines += [*table([run]), "", *verdicts(run), ""]
    for endpoint, rows in run.get("profiles", {}).items():
        if rows:
            lines += [
                f"Where one worker's time goes, {endpoint} requests one at a time (py-spy, busy samples):",
                "",
                "| stage | share |",
                "|---|---|",
            ]
            lines += [f"| {stage} | {share:.1%} |" for stage, share in rows if share >= MIN_SHARE] + [""]
    return lines


def _stages(stages: dict[str, dict[str, float]]) -> list[str]:
    """The in-process timing of stored-seeker matches (bench.http.diagnose), without HTTP or load."""
    if not stages:
        return []
    names = {
        "candidates": "postings within reach (index search result)",
        "loaded": "postings read from the database (the page, checked there)",
        "search_ms": "index search (ms)",
        "score_ms": "score every candidate in memory (ms)",
        "page_ms": "read and check the page's postings (ms)",
        "total_ms": "whole service call (ms)",
    }
    lines = [
        "Stored-seeker matches timed in one process without HTTP or concurrent load (`--diagnose`):",
        "",
        "| per request | median | p90 | max |",
        "|---|---|---|---|",
    ]
    for key, v in stages.items():
        digits = 1 if key.endswith("_ms") else 0
        lines.append(
            f"| {names.get(key, key)} | " + " | ".join(f"{v[q]:,.{digits}f}" for q in ("median", "p90", "max")) + " |"
        )
    return [*lines, ""]
