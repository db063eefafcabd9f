"""What text of a posting or profile is embedded, and re-embedding only when it changed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from app.models.embedded import Embedded
from matching.embedding import Embedder


def job_text(title: str, description: str, tags: Iterable[str]) -> str:
    return "\n".join(part for part in (title, description, " ".join(tags)) if part)


def seeker_text(desired_job: str, experience: str, skills: Iterable[str]) -> str:
    return "\n".join(part for part in (desired_job, experience, " ".join(skills)) if part)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def needs_embedding(row: Embedded, text: str, embedder: Embedder) -> bool:
    return row.text_hash != text_hash(text) or row.embedding_model != embedder.name


def embed_rows(rows: list[Embedded], texts: list[str], embedder: Embedder) -> None:
    """Embed in one batch and store vector, model and text hash on each row."""
    vectors = embedder.embed(texts)
    for row, text, vector in zip(rows, texts, vectors):
        row.embedding = vector.astype("float32").tobytes()
        row.embedding_model = embedder.name
        row.text_hash = text_hash(text)
