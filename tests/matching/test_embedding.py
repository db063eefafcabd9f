"""Embedders: the fake is deterministic; the real m3e-small loads from the installed package."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from matching.embedding import Embedder, HashingEmbedder, ModelNotFound, SentenceTransformerEmbedder


def test_hashing_embedder_is_deterministic_and_unit_length():
    texts = ["电焊工", "餐厅服务员", ""]
    first, second = HashingEmbedder(64).embed(texts), HashingEmbedder(64).embed(texts)
    assert first.dtype == np.float32 and first.shape == (3, 64)
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-5)


def test_hashing_embedder_scores_shared_words_higher():
    welder, job, other = HashingEmbedder(64).embed(["会电焊 气保焊", "电焊工 气保焊", "餐厅服务员 传菜"])
    assert welder @ job > welder @ other


def test_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFound, match="config.json"):
        SentenceTransformerEmbedder(tmp_path)


def test_model_is_found_without_importing_the_embedding_package():
    code = ("import sys; from matching.embedding import default_model_path; p = default_model_path(); "
            "assert (p / 'config.json').is_file(), p; assert 'embedding' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.model
def test_m3e_small_embeds_normalized_512_d_and_knows_trades(real_embedder: Embedder):
    vectors = real_embedder.embed(["会电焊，干过五年气保焊", "电焊工 二保焊 钢结构", "餐厅服务员 点餐传菜"])
    assert vectors.shape == (3, 512) and real_embedder.name == "m3e-small"
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.1
    assert real_embedder.embed([]).shape == (0, 512)
