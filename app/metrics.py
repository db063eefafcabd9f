"""The process's Prometheus metrics: requests, matching, uploads, pushes, and the index state a scrape reads.

At the bottom of the app (it imports nothing of it), so the middleware, the services and the scrape share these
objects. They live in prometheus_client's default registry, one per process: each replica, and each worker of
`serve --workers N`, counts its own (see README.md, "Watching it").
"""

from __future__ import annotations

import time

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    start_http_server,
)

disable_created_metrics()  # type: ignore[no-untyped-call]  # a `_created` series beside each counter: unused

EXPOSITION_TYPE = CONTENT_TYPE_LATEST
UNMATCHED_ROUTE = "unmatched"  # no route template: an unknown path, or refused before routing (429, 413)
# From a cached read (~1 ms) to a cold upload or a wide search (seconds).
LATENCY_BUCKETS_S = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

HTTP_REQUESTS = Counter(
    "jobcircle_http_requests",
    "HTTP requests answered, by method, route template and status",
    ["method", "route", "status"],
)
HTTP_REQUEST_SECONDS = Histogram(
    "jobcircle_http_request_duration_seconds",
    "Time from a request's arrival until its response was sent, by method and route template",
    ["method", "route"],
    buckets=LATENCY_BUCKETS_S,
)
HTTP_IN_FLIGHT = Gauge("jobcircle_http_requests_in_flight", "HTTP requests this process is answering now")


class InFlight:
    """Requests this process is answering now, and since when it has answered none: counted by the access log on
    the event loop's thread, read from any (`PageWarmer` builds only while requests leave it room)."""

    def __init__(self) -> None:
        self.count = 0
        self._last = time.monotonic()  # the last arrival or departure

    def enter(self) -> None:
        self.count += 1
        self._last = time.monotonic()
        HTTP_IN_FLIGHT.inc()

    def leave(self) -> None:
        self.count -= 1
        self._last = time.monotonic()
        HTTP_IN_FLIGHT.dec()

    def idle_s(self) -> float:
        """Seconds without a request in flight; 0 while one is."""
        return 0.0 if self.count > 0 else time.monotonic() - self._last


IN_FLIGHT = InFlight()  # one per process, as the metrics are
MATCH_SECONDS = Histogram(
    "jobcircle_match_duration_seconds",
    "Time to build one page of matches for a profile (jobs_for_seeker) or a posting (seekers_for_job)",
    ["direction"],
    buckets=LATENCY_BUCKETS_S,
)
MATCH_PAGES = Counter(
    "jobcircle_match_pages",
    "Stored seekers' match pages by how they were answered: kept (served again, checked against the database), "
    "built (none kept, or the kept one no longer agreed), uncached (never kept: a fair's page, 零工 shifts judged, "
    "keeping switched off)",
    ["outcome"],
)
SEARCH_SECONDS = Histogram(
    "jobcircle_search_duration_seconds",
    "Time to answer one anonymous search (embedding the text included)",
    buckets=LATENCY_BUCKETS_S,
)
MATCH_PAGES_WARMED = Counter(
    "jobcircle_match_pages_warmed",
    "Stored seekers' first match pages built ahead of their asking and kept (JOBCIRCLE_MATCH_PAGE_WARM): at start, "
    "after the seeker's own edit, and after a change in the page's reach, a fair or the day dropped the one kept",
)
MATCH_PAGES_JUDGED = Counter(
    "jobcircle_match_pages_judged",
    "Kept match pages in reach of a batch of posting changes, judged posting by posting before the page would be "
    "dropped: kept (no posting of the batch could alter it) or dropped",
    ["outcome"],
)
SEARCH_TEXTS = Counter(
    "jobcircle_search_texts",
    "Anonymous searches by how their text was read: kept (the same text's vector, codes, limits and terms served "
    "again), read (embedded and read now)",
    ["outcome"],
)
UPLOAD_ROWS = Counter(
    "jobcircle_upload_rows",
    "Uploaded sheet rows stored by this process, by outcome (created, updated, unchanged, rejected)",
    ["outcome"],
)
PUSHES = Counter(
    "jobcircle_pushes",
    "Push deliveries by channel and outcome (sent, failed: retried later, dead, revoked, in_doubt)",
    ["channel", "outcome"],
)
INDEX_ROWS = Gauge("jobcircle_index_rows", "Items in the in-memory match index, by index (jobs, seekers)", ["index"])
FEED_LAG_SECONDS = Gauge(
    "jobcircle_index_feed_lag_seconds",
    "Seconds since the index last caught up with the change feed: changes committed before then are matched",
)
FEED_SEQ = Gauge(
    "jobcircle_index_feed_seq",
    "The last change-feed sequence number this process applied; replicas behind the others show a lower one",
)


def exposition() -> bytes:
    """Every metric of this process in Prometheus' text format."""
    return generate_latest(REGISTRY)


def serve_metrics(port: int, addr: str) -> None:
    """The registry over HTTP from a daemon thread: for processes with no API of their own (`jobcircle worker`)."""
    start_http_server(port, addr)
