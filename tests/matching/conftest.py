"""Fixtures the occupation tests share: the 大典 catalog and a coder over it with a stand-in embedder."""

from __future__ import annotations

import pytest

from matching.coding import OccupationCoder
from matching.embedding import HashingEmbedder
from matching.occupations import Catalog, load_synonyms


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


@pytest.fixture(scope="module")
def coder(catalog: Catalog) -> OccupationCoder:
    """The shipped synonyms (hand-written and the catalog's products) over the catalog; embeddings hashed."""
    return OccupationCoder(catalog, load_synonyms(), HashingEmbedder(64))
