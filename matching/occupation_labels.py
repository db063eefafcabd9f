"""What the coder derives from the catalog alone: each occupation's words, keyword index and label vectors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from matching.embedding import Embedder, Vectors, normalize_rows
from matching.keywords import KeywordIndex, terms
from matching.occupations import Catalog, Occupation, alias_terms


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The same for every coder of one catalog file."""

    term_rows: dict[str, list[int]]  # each name or alias part, with the rows of the occupations it names
    max_term: int
    keywords: KeywordIndex


# Built once per process and catalog file (the app, the demo loader and every test app share them).
_LEXICONS: dict[str, Lexicon] = {}
_LABEL_VECTORS: dict[str, Vectors] = {}
_NAME_VECTORS: dict[str, NameVectors] = {}


@dataclass(frozen=True, slots=True)
class NameVectors:
    """Each occupation's names embedded one by one (`name_texts`), the rows of one occupation together: `starts[i]`
    is where occupation i's rows begin, for `np.maximum.reduceat`."""

    vectors: Vectors
    starts: npt.NDArray[np.intp]

    def nearest(self, queries: Vectors) -> npt.NDArray[np.float32]:
        """Each query's cosine with each occupation's nearest name."""
        sims = normalize_rows(queries) @ self.vectors.T
        out: npt.NDArray[np.float32] = np.maximum.reduceat(sims, self.starts, axis=1)
        return out


def lexicon(catalog: Catalog) -> Lexicon:
    key = catalog.source_digest
    if key not in _LEXICONS:
        term_rows = _term_rows(catalog.codable)
        _LEXICONS[key] = Lexicon(
            term_rows, max(len(t) for t in term_rows), KeywordIndex([_label_terms(o) for o in catalog.codable])
        )
    return _LEXICONS[key]


def label_vectors(
    version: str, occupations: Sequence[Occupation], embedder: Embedder, cache_dir: Path | None
) -> npt.NDArray[np.float32]:
    """Embedded once per process and coder version; `cache_dir` keeps them across restarts."""
    if version not in _LABEL_VECTORS:
        _LABEL_VECTORS[version] = _load_or_embed(version, occupations, embedder, cache_dir)
    return _LABEL_VECTORS[version]


def _load_or_embed(
    version: str, occupations: Sequence[Occupation], embedder: Embedder, cache_dir: Path | None
) -> npt.NDArray[np.float32]:
    path = cache_dir / f"occupations-{version}.npy" if cache_dir else None
    if path is not None and path.is_file():
        cached: npt.NDArray[np.float32] = np.load(path).astype(np.float32)
        if cached.shape == (len(occupations), embedder.dim):
            return cached
    vectors = normalize_rows(embedder.embed([label_text(o) for o in occupations])).astype(np.float32)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    return vectors


def name_vectors(
    version: str, occupations: Sequence[Occupation], embedder: Embedder, cache_dir: Path | None
) -> NameVectors:
    """`name_texts` of every occupation embedded, once per process and coder version (`cache_dir` keeps them)."""
    if version not in _NAME_VECTORS:
        texts = [name_texts(o) for o in occupations]
        starts = np.cumsum([0, *(len(t) for t in texts[:-1])]).astype(np.intp)
        flat = [t for names in texts for t in names]
        path = cache_dir / f"occupation-names-{version}.npy" if cache_dir else None
        vectors: npt.NDArray[np.float32] | None = None
        if path is not None and path.is_file():
            vectors = np.load(path).astype(np.float32)
            if vectors.shape != (len(flat), embedder.dim):
                vectors = None
        if vectors is None:
            vectors = normalize_rows(embedder.embed(flat)).astype(np.float32)
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
                np.save(path, vectors)
        _NAME_VECTORS[version] = NameVectors(vectors, starts)
    return _NAME_VECTORS[version]


def name_texts(occupation: Occupation) -> list[str]:
    """What a title is compared with, one by one: the label text, then every word that names the occupation (its
    name, each alias and the parts of "a/b" aliases that are words). A title close to one alias (保洁阿姨, 养殖员) is
    close to its occupation even where the label text, its name beside eight others, reads as something else."""
    return [label_text(occupation), *sorted(alias_terms(occupation) - {label_text(occupation).lower()})]


def first_members(occupations: Sequence[Occupation]) -> list[int]:
    """For each row, the row of its first detailed member where it is a group of level 2 or 3, else -1."""
    first: dict[str, int] = {}
    for row, occupation in enumerate(occupations):
        if not occupation.is_group:
            for depth in (2, 3):
                first.setdefault("-".join(occupation.segments[:depth]), row)
    return [first.get("-".join(o.segments), -1) if o.is_group and o.level in (2, 3) else -1 for o in occupations]


def label_text(occupation: Occupation) -> str:
    """What an occupation is embedded as: its name, then the names recruiters use for it."""
    others = [a for a in occupation.aliases if a != occupation.name][:8]
    return f"{occupation.name}：{'、'.join(others)}" if others else occupation.name


def _label_terms(occupation: Occupation) -> list[str]:
    return (
        terms(occupation.name) * 3
        + terms(" ".join(occupation.aliases)) * 2
        + terms(occupation.definition)
        + terms(occupation.tasks[:300])
    )


def _term_rows(occupations: Sequence[Occupation]) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = defaultdict(list)
    for row, occupation in enumerate(occupations):
        for term in alias_terms(occupation):
            rows[term].append(row)
    return dict(rows)
