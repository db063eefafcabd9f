"""create_app(): the FastAPI application; its lifespan builds the runtime once and closes it."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI

from app.api import (
    audit,
    auth,
    communities,
    dashboard,
    employers,
    employments,
    events,
    fairs,
    health,
    inbox,
    jobs,
    jobseekers,
    matches,
    occupations,
    placements,
    reviews,
    stats,
    subsidies,
    uploads,
)
from app.api.access_log import AccessLog
from app.api.cors import ListedOriginsCors
from app.api.errors import install_error_handlers
from app.api.idempotency import IdempotencyMiddleware
from app.api.limits import RequestLimits
from app.api.security_headers import SecurityHeaders
from app.config import Settings
from app.db import connection_capacity
from app.runtime import Runtime
from app.services.identity.ratelimit import make_limiter
from matching.embedding import Embedder

logger = logging.getLogger("jobcircle.http")

DESCRIPTION = """
Matching for the community **三公里就业圈**: employers publish once (一点发布、全市共享),
jobseekers fill one profile (一点填写、精准送岗) and get the right jobs within reach, explained.

Coordinates may be sent as `wgs84`, `gcj02` (WeChat, 高德, 腾讯) or `bd09` (百度); they are stored
and returned as WGS-84. Every list is a page `{items, total, limit, offset}`. Errors are
`{code, message, errors: [{field, reason}]}`.

Every `POST` accepts an `Idempotency-Key` header (1–200 printable characters, e.g. a UUID): sent
again with the same body, the first response is returned (with `Idempotent-Replayed: true`) and
nothing happens twice; the same key with another body is a 422. Keys are kept for 24 hours.
"""


def create_app(settings: Settings | None = None, *, embedder: Embedder | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        runtime = Runtime.build(settings, embedder)
        runtime.start_background()
        app.state.runtime = runtime
        # A request's session holds its connection between thread-pool hops; with more sessions open than the pool
        # has connections, threads blocked on the pool starve the sessions that would give theirs back (a server hung
        # at 64 concurrent requests). Requests beyond the pool wait here, in the event loop, holding nothing.
        app.state.db_slots = anyio.Semaphore(connection_capacity(settings.database_url))
        # Uploaded sheets are scanned one at a time, on a thread outside the request pool (app/api/uploads.py).
        app.state.sheet_scans = anyio.CapacityLimiter(1)
        # What start-up built (catalog, vocabularies, ORM mappers: ~320 K objects at 1 M postings) lives as long as
        # the app; frozen, a full collection no longer walks it: a 200 ms pause in every 1,500-1,800 requests. Thawed
        # at shutdown, for processes that start apps again (tests).
        gc.freeze()
        logger.info(
            "jobcircle ready: %d jobs, %d seekers indexed",
            len(runtime.matcher.job_index),
            len(runtime.matcher.seeker_index),
        )
        try:
            yield
        finally:
            gc.unfreeze()
            runtime.close()

    app = FastAPI(title="jobcircle", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    install_error_handlers(app)
    for module in (
        auth,
        employers,
        fairs,
        jobs,
        jobseekers,
        inbox,
        matches,
        events,
        employments,
        placements,
        subsidies,
        communities,
        stats,
        uploads,
        reviews,
        occupations,
        audit,
        health,
        dashboard,
    ):
        app.include_router(module.router)
    app.mount("/dashboard/assets", dashboard.assets(), name="dashboard-assets")
    app.state.limiter = make_limiter(settings)  # Redis or per process; the auth dependency uses it too
    # Added innermost first: CORS wraps everything, so preflights and refusals (429, 413) carry its headers.
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(RequestLimits, settings=settings)
    app.add_middleware(AccessLog)
    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(ListedOriginsCors, settings=settings)
    return app
