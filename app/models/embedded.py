"""Columns shared by everything that is embedded and indexed: location, vector, version."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import JSON, Float, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import UtcDateTime, utcnow


class Embedded:
    """Mixin: a WGS-84 point, the stored embedding and a version bumped on indexed changes."""

    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    embedding: Mapped[bytes] = mapped_column(LargeBinary)
    embedding_model: Mapped[str] = mapped_column(String(100))
    text_hash: Mapped[str] = mapped_column(String(64))
    # Top occupation codes [{code, name, confidence}], the best one apart for filters, and which
    # coder produced them (a new catalog or synonym table recodes on the next start).
    occupations: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    occupation_code: Mapped[str | None] = mapped_column(String(10), index=True)
    coding_version: Mapped[str | None] = mapped_column(String(16))
    # What the text says (matching.facts): [{family, code, value, modality, evidence, confidence, sensitive}], and
    # which reader produced it; cheap, so recomputed on every text change and whenever the reader changes.
    facts: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    facts_version: Mapped[str | None] = mapped_column(String(16))
    # Codes its author or a clerk said were misread ("remote" on a posting that only mentions a remote tool):
    # never read from the text again.
    rejected_facts: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default="[]")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    def vector(self) -> np.ndarray:
        return np.frombuffer(self.embedding, dtype=np.float32)
