"""Postings written while wrk loads the server (`--writes-per-s`), and the kept shares read from `/metrics`.

The writer updates random postings through `PATCH /v1/jobs/{id}`, the path an employer's edit takes: the
server commits the row and its change-feed entry, and every worker's index applies it on its next poll, so kept
match pages in reach of the posting are dropped. The shares come from `jobcircle_match_pages_total` and
`jobcircle_search_texts_total`, scraped per worker (each scrape reaches one worker; see `Counted`).
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field

import numpy as np

SERIES = re.compile(r'^jobcircle_(match_pages|search_texts)_total\{outcome="(\w+)"\} (\S+)$', re.MULTILINE)
WARMED = re.compile(r"^jobcircle_match_pages_warmed_total (\S+)$", re.MULTILINE)  # built ahead of asking
SCRAPES = 24  # a fresh connection each: enough to reach both workers of two in practice


@dataclass
class Writer:
    """PATCHes `per_s` random postings a second (pay and hiring radius in turn) until stopped; counts what was sent and
    failed."""

    url: str
    token: str
    n_jobs: int
    per_s: float
    seed: int
    sent: int = 0
    failed: int = 0
    statuses: dict[int, int] = field(default_factory=dict)  # of the failed ones (0: no answer)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        if self.per_s > 0:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        rng = np.random.default_rng(self.seed)
        next_at = time.monotonic()
        while not self._stop.is_set():
            for _ in range(10):  # the fill's 见习 and 零工 rows break today's posting rules: any edit of one is a 422
                if self._write(rng) != 422:
                    break
            next_at += 1.0 / self.per_s
            self._stop.wait(max(next_at - time.monotonic(), 0.0))

    def _write(self, rng: np.random.Generator) -> int:
        job = int(rng.integers(1, self.n_jobs + 1))
        # Every other write a new monthly pay, which moves the posting's score for every seeker who states a wage;
        # the others its reach, set past any circle's radius (the feed and every worker's index see it, no score
        # moves). Either is judged page by page before a kept page in reach is dropped (`clearance.PageJudge`).
        if self.sent % 2:
            low = int(rng.integers(25, 90)) * 100
            change: dict[str, object] = {"salary": {"min": low, "max": low + 1500, "unit": "month"}}
        else:
            change = {"hiring_radius_km": round(float(rng.uniform(20.0, 50.0)), 1)}
        body = json.dumps(change).encode()
        request = urllib.request.Request(
            f"{self.url}/v1/jobs/{job}",
            body,
            {"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"},
            method="PATCH",
        )
        status = 0
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            pass
        self.sent += 1
        if not 200 <= status < 300:
            self.failed += 1
            self.statuses[status] = self.statuses.get(status, 0) + 1
        return status


def scrape(url: str) -> set[tuple[tuple[str, float], ...]]:
    """Each worker's counters as one tuple; a worker's is told from another's by its values (they differ once
    both have answered anything, as after the warm-up)."""
    seen = set()
    for _ in range(SCRAPES):
        try:
            with urllib.request.urlopen(f"{url}/metrics", timeout=10) as response:
                text = response.read().decode()
        except (urllib.error.URLError, TimeoutError, ConnectionError):
            continue
        counters = [(f"{kind}.{outcome}", float(v)) for kind, outcome, v in SERIES.findall(text)]
        counters += [("match_pages.warmed", float(v)) for v in WARMED.findall(text)]
        seen.add(tuple(sorted(counters)))
    return seen


def shares(
    before: set[tuple[tuple[str, float], ...]], after: set[tuple[tuple[str, float], ...]], workers: int
) -> dict[str, float | int | None]:
    """Pages kept out of pages kept or built, texts kept out of texts kept or read, over the run; None where a
    scrape did not reach every worker both times (the sums would then mix workers)."""
    if len(before) != workers or len(after) != workers:
        return {"workers_seen": min(len(before), len(after)), "pages_kept": None, "texts_kept": None}
    total: dict[str, float] = {}
    for sign, seen in ((-1, before), (1, after)):
        for counters in seen:
            for name, value in counters:
                total[name] = total.get(name, 0.0) + sign * value
    kept, built = total.get("match_pages.kept", 0.0), total.get("match_pages.built", 0.0)
    texts, read = total.get("search_texts.kept", 0.0), total.get("search_texts.read", 0.0)
    return {
        "workers_seen": workers,
        "pages": int(kept + built),
        "pages_kept": round(kept / (kept + built), 3) if kept + built else None,
        "pages_warmed": int(
            total.get("match_pages.warmed", 0.0)
        ),  # built ahead during the run (JOBCIRCLE_MATCH_PAGE_WARM)
        "texts": int(texts + read),
        "texts_kept": round(texts / (texts + read), 3) if texts + read else None,
    }
