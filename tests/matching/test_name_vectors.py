"""A title's cosine is taken with the nearest of each occupation's names, not with one blended label text."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from matching import occupation_labels
from matching.coding import OccupationCoder
from matching.embedding import HashingEmbedder, normalize_rows
from matching.occupation_labels import label_text, name_texts, name_vectors
from matching.occupations import Catalog, Occupation, alias_terms


def _occupation(name: str, *aliases: str) -> Occupation:
    return Occupation("9-99-99-01", name, 4, "", "", aliases)


def test_the_label_text_comes_first_then_every_word_that_names_the_occupation():
    occupation = _occupation("管道安装工", "水管工", "装管师傅/管道工")
    texts = name_texts(occupation)
    assert texts[0] == label_text(occupation)
    assert set(texts[1:]) == alias_terms(occupation)  # 装管师傅 and 管道工 each stand alone
    assert "管道工" in texts and "装管师傅" in texts


def test_a_name_alone_is_not_listed_twice():
    assert name_texts(_occupation("磨工")) == ["磨工"]


def test_every_codable_occupation_has_names_and_they_lie_together(catalog: Catalog):
    embedder = HashingEmbedder(16)
    names = name_vectors("test-names-layout", catalog.codable, embedder, None)
    counts = [len(name_texts(o)) for o in catalog.codable]
    assert all(n >= 1 for n in counts)
    assert names.starts.tolist() == np.cumsum([0, *counts[:-1]]).tolist()
    assert names.vectors.shape == (sum(counts), 16)


def test_the_cosine_is_the_nearest_names(catalog: Catalog):
    embedder = HashingEmbedder(32)
    occupations = catalog.codable[:40]
    names = name_vectors("test-names-nearest", occupations, embedder, None)
    queries = embedder.embed(["夜班保安", "会开叉车的仓库管理", "🙂" * 3, "Java开发"])
    got = names.nearest(queries)
    for row, occupation in enumerate(occupations):
        own = normalize_rows(embedder.embed(name_texts(occupation)))
        want = (normalize_rows(queries) @ own.T).max(axis=1)
        assert np.allclose(got[:, row], want, atol=1e-5)


def test_a_title_that_is_a_late_alias_meets_it_whole(catalog: Catalog, coder: OccupationCoder):
    """An alias past the eighth is not in the label text; the title that writes it is still at cosine 1 with it."""
    crowded = next(o for o in catalog.codable if len([a for a in o.aliases if a != o.name]) > 9)
    late = sorted(alias_terms(crowded) - {a.lower() for a in crowded.aliases[:9]} - {crowded.name.lower()})[0]
    row = catalog.codable.index(crowded)
    cosine = coder._names.nearest(coder.embedder.embed([late]))[0, row]
    assert cosine > 0.999
    assert cosine > float((normalize_rows(coder.embedder.embed([late])) @ coder._vectors[row])[0])


def test_name_vectors_are_kept_in_the_cache_and_made_again_for_another_model(tmp_path: Path):
    occupations = Catalog.load().codable[:5]
    first = name_vectors("test-names-cache", occupations, HashingEmbedder(8), tmp_path)
    assert (tmp_path / "occupation-names-test-names-cache.npy").is_file()
    occupation_labels._NAME_VECTORS.pop("test-names-cache")
    again = name_vectors("test-names-cache", occupations, HashingEmbedder(8), tmp_path)
    assert np.array_equal(first.vectors, again.vectors)
    occupation_labels._NAME_VECTORS.pop("test-names-cache")
    wider = name_vectors("test-names-cache", occupations, HashingEmbedder(12), tmp_path)  # a stale file's shape
    assert wider.vectors.shape[1] == 12
    occupation_labels._NAME_VECTORS.pop("test-names-cache")


def test_odd_titles_still_code(coder: OccupationCoder):
    for title in ["🚚🚚司机💰", "保洁" * 5000, "Sales销售 مندوب", ""]:
        coded = coder.code(title, "每天8小时", k=5)
        assert len(coded) == 5


def test_the_first_code_stays_the_label_cosines_and_the_nearest_name_orders_the_rest(coder: OccupationCoder):
    """The served occupation moves only by the rules measured against it; the nearest name fills places 2-5."""
    for title, body in [
        ("夜班保安", ""),
        ("会开叉车的仓库管理", "负责出入库"),
        ("老师", ""),
        ("家庭保洁阿姨", "上门打扫"),
    ]:
        vector = coder.embedder.embed([title])
        dense = (normalize_rows(vector) @ coder._vectors.T)[0]
        named = coder._names.nearest(vector)[0]
        said = coder.expand(f"{title}\n{body}")
        by_label = coder._coded_scores(title, body, "", said, dense, None, None)
        by_name = coder._coded_scores(title, body, "", said, dense, None, named)
        coded = [c.code for c in coder.code(title, body, k=5)]
        assert coded[0] == coder._occupations[int(np.argmax(by_label))].code
        rest = [coder._occupations[i].code for i in np.argsort(-by_name, kind="stable")]
        assert coded[1:] == [c for c in rest if c != coded[0]][:4]


def test_a_text_is_read_once_for_both_readings(coder: OccupationCoder, monkeypatch):
    """The alias, keyword and whole-text evidence is the same for the label and the name reading: it is read once."""
    reads: list[str] = []
    read = coder._alias_scores
    monkeypatch.setattr(coder, "_alias_scores", lambda title, *rest: reads.append(title) or read(title, *rest))
    coder.code_many([("会开叉车的仓库管理", "负责出入库"), ("夜班保安", "")], k=5)
    assert sorted(reads) == ["会开叉车的仓库管理", "夜班保安"]
