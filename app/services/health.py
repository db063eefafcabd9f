"""Whether each part the service needs answers."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

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
