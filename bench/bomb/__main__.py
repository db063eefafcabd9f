"""Five zip-bomb uploads at once against a real `jobcircle serve`, while /healthz and a search keep being asked.

    .venv/bin/python -m bench.bomb [--rows 500000] [--uploads 5] [--baseline-s 20] [--port 8765] [--embedder model]

A bomb is a small .xlsx of identical rows (`tests/uploads_kit.bomb_xlsx`: 500,000 rows in about 210 KB, about
60 MB unpacked). First the probes run alone for `--baseline-s` (the baseline of this run), then the uploads are
sent at once while the probes go on until every upload has been answered and 2 s more. Reported: probe latency
p50/p99/max in both phases and their ratio, each upload's status and time, the server's resident memory before,
at its peak during the bombs, and after. Writes bench/bomb/REPORT.md and prints it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bench.http.server import Server, start
from bench.machine import cpu_times, steal_share
from tests.uploads_kit import bomb_xlsx

HERE = Path(__file__).resolve().parent
SEARCH = {"text": "电焊工", "location": {"lat": 31.8565, "lon": 117.3072, "crs": "gcj02"}}
PROBE_EVERY_S = 0.05


@dataclass
class Probes:
    """Latencies (ms) of each probe, by phase; a probe that failed or took over 10 s counts as 10,000 ms."""

    samples: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    errors: int = 0

    def add(self, phase: str, name: str, ms: float) -> None:
        self.samples.setdefault(phase, {}).setdefault(name, []).append(ms)


def request(url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    call = urllib.request.Request(url, body, headers or {}, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(call, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def probe_loop(server: Server, probes: Probes, phase: list[str], stop: threading.Event) -> None:
    search = json.dumps(SEARCH).encode()
    while not stop.is_set():
        for name, url, body in (
            ("healthz", f"{server.url}/healthz", None),
            ("search", f"{server.url}/v1/matches/search", search),
        ):
            started = time.perf_counter()
            try:
                status, _ = request(url, body, {"Content-Type": "application/json"} if body else None)
                ms = (time.perf_counter() - started) * 1000
                if status != 200:
                    probes.errors += 1
            except (urllib.error.URLError, TimeoutError, ConnectionError):
                probes.errors += 1
                ms = 10_000.0
            probes.add(phase[0], name, ms)
        stop.wait(PROBE_EVERY_S)


def watch_memory(server: Server, peak: list[float], stop: threading.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], sum(server.rss_mib()))
        stop.wait(0.1)


def multipart(content: bytes) -> tuple[bytes, str]:
    boundary = "benchbomb7d1f"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bomb.xlsx"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def send_bombs(server: Server, token: str, bomb: bytes, count: int) -> list[tuple[int, float, str]]:
    body, content_type = multipart(bomb)
    results: list[tuple[int, float, str]] = [(0, 0.0, "")] * count

    def one(i: int) -> None:
        started = time.perf_counter()
        status, answer = request(
            f"{server.url}/v1/uploads", body, {"Content-Type": content_type, "Authorization": f"Bearer {token}"}
        )
        reason = json.loads(answer).get("message", "") if answer.startswith(b"{") else ""
        results[i] = (status, time.perf_counter() - started, reason[:80])

    threads = [threading.Thread(target=one, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(
    args: argparse.Namespace,
    bomb: bytes,
    probes: Probes,
    uploads: list[tuple[int, float, str]],
    memory: dict[str, float],
    steal: float | None,
) -> str:
    lines = [
        "# Zip-bomb uploads against a serving API",
        "",
        f"`python -m bench.bomb --rows {args.rows} --uploads {args.uploads} --baseline-s {args.baseline_s}`, "
        f"{time.strftime('%Y-%m-%d %H:%M')}, one `jobcircle serve` worker on SQLite, embedder {args.embedder}, "
        "hypervisor steal "
        f"{'n/a' if steal is None else f'{steal:.0%}'}.",
        "",
        f"Bomb: {len(bomb) / 1024:.0f} KB, {args.rows:,} identical rows; sent {args.uploads} times at once.",
        "",
        "| probe | phase | requests | p50 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|",
    ]
    for name in ("healthz", "search"):
        for phase in ("baseline", "bombs"):
            values = probes.samples.get(phase, {}).get(name, [])
            if values:
                lines.append(
                    f"| {name} | {phase} | {len(values)} | {statistics.median(values):.1f} | "
                    f"{percentile(values, 0.99):.1f} | {max(values):.1f} |"
                )
    lines.append("")
    for name in ("healthz", "search"):
        base = probes.samples.get("baseline", {}).get(name, [])
        during = probes.samples.get("bombs", {}).get(name, [])
        if base and during:
            lines.append(
                f"- {name}: p99 during the bombs is {percentile(during, 0.99) / percentile(base, 0.99):.2f}x "
                f"the baseline's, p50 {statistics.median(during) / statistics.median(base):.2f}x."
            )
    lines += [
        f"- Probe errors (non-200 or no answer in 10 s): {probes.errors}.",
        "- Uploads: "
        + "; ".join(f"{status} in {seconds:.2f} s" for status, seconds, _ in uploads)
        + (f' ("{uploads[0][2]}")' if uploads and uploads[0][2] else ""),
        f"- Server memory (RSS): {memory['before']:.0f} MiB before, {memory['peak']:.0f} MiB at the peak during "
        f"the bombs, {memory['after']:.0f} MiB after.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--uploads", type=int, default=5)
    parser.add_argument("--baseline-s", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--embedder", choices=("model", "hashing"), default="model", help="the server's embedder")
    args = parser.parse_args()
    bomb = bomb_xlsx(args.rows)
    with tempfile.TemporaryDirectory(prefix="bench-bomb-") as tmp:
        data = Path(tmp)
        server = start(data / "data", args.port, 1, {"JOBCIRCLE_EMBEDDER": args.embedder}, data / "server.log")
        try:
            server.wait_ready()
            token = server.sign_in()
            probes, phase, stop, peak = Probes(), ["baseline"], threading.Event(), [0.0]
            memory = {"before": sum(server.rss_mib())}
            threads = [
                threading.Thread(target=probe_loop, args=(server, probes, phase, stop)),
                threading.Thread(target=watch_memory, args=(server, peak, stop)),
            ]
            for thread in threads:
                thread.start()
            time.sleep(args.baseline_s)
            before = cpu_times()
            phase[0] = "bombs"
            uploads = send_bombs(server, token, bomb, args.uploads)
            time.sleep(2.0)
            stop.set()
            for thread in threads:
                thread.join()
            steal = steal_share(before, cpu_times())
            memory |= {"peak": peak[0], "after": sum(server.rss_mib())}
        finally:
            server.stop()
    text = report(args, bomb, probes, uploads, memory, steal)
    (HERE / "REPORT.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
