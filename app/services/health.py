"""Whether each part the service needs answers, and the state of the index a scrape reads."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.metrics import FEED_LAG_SECONDS, FEED_SEQ, INDEX_ROWS, exposition
from app.services.engine.index_feed import IndexFeed
from app.services.engine.matcher import Matcher

logger = logging.getLogger(__name__)


def check(sessions: sessionmaker[Session], matcher: Matcher) -> dict[str, Any]:
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
        database = "ok"
    except SQLAlchemyError as error:
        logger.warning("health check: database unreachable: %s", error)
        database = "unavailable"
    return {
        "status": "ok" if database == "ok" else "degraded",
        "database": database,
        "model": {"name": matcher.embedder.name, "dim": matcher.embedder.dim},
        "index": {"jobs": len(matcher.job_index), "seekers": len(matcher.seeker_index)},
    }


def scrape(feed: IndexFeed) -> bytes:
    """The metrics in Prometheus' text format, the index's gauges read now (set at the scrape, never stale)."""
    for entity_feed in feed.feeds:
        INDEX_ROWS.labels(f"{entity_feed.entity}s").set(len(entity_feed.index))
    FEED_LAG_SECONDS.set(feed.lag_s)
    FEED_SEQ.set(feed.last_seq)
    return exposition()
