"""Embedders: the fake is deterministic; the real m3e-small loads from the installed package."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from matching.embedding import (
    Embedder,
    HashingEmbedder,
    ModelNotFound,
    SentenceTransformerEmbedder,
    default_model_path,
    unique_texts,
)
from matching.onnx_embedding import onnx_embedder

TEXTS = [
    "会电焊，干过五年气保焊",
    "电焊工\n持证焊工，二保焊、氩弧焊，钢结构厂房，包吃住",
    "餐厅服务员 点餐传菜",
    "",
    "Java开发工程师\n熟悉Spring Boot、MySQL、Redis，三年以上后端开发经验。" * 20,
]  # the last one is truncated


def test_hashing_embedder_is_deterministic_and_unit_length():
    texts = ["电焊工", "餐厅服务员", ""]
    first, second = HashingEmbedder(64).embed(texts), HashingEmbedder(64).embed(texts)
    assert first.dtype == np.float32 and first.shape == (3, 64)
    np.testing.assert_array_equal(first, second)
    np.testing.assert_allclose(np.linalg.norm(first, axis=1), 1.0, rtol=1e-5)


def test_hashing_embedder_scores_shared_words_higher():
    welder, job, other = HashingEmbedder(64).embed(["会电焊 气保焊", "电焊工 气保焊", "餐厅服务员 传菜"])
    assert welder @ job > welder @ other


def test_unique_texts_lists_each_text_once_and_where_each_went():
    unique, where = unique_texts(["电焊工", "保洁", "电焊工", "", "保洁"])
    assert unique == ["电焊工", "保洁", ""] and where.tolist() == [0, 1, 0, 2, 1]
    assert unique_texts([])[0] == [] and unique_texts([])[1].shape == (0,)


def test_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFound, match=r"config\.json"):
        SentenceTransformerEmbedder(tmp_path)


def test_model_is_found_without_importing_the_embedding_package():
    code = (
        "import sys; from matching.embedding import default_model_path; p = default_model_path(); "
        "assert (p / 'config.json').is_file(), p; assert 'embedding' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.model
def test_m3e_small_embeds_normalized_512_d_and_knows_trades(real_embedder: Embedder):
    vectors = real_embedder.embed(["会电焊，干过五年气保焊", "电焊工 二保焊 钢结构", "餐厅服务员 点餐传菜"])
    assert vectors.shape == (3, 512) and real_embedder.name.startswith("m3e-small")
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.1
    assert real_embedder.embed([]).shape == (0, 512)


@pytest.fixture(scope="module")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory):
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    return SentenceTransformerEmbedder(default_model_path()).embed(TEXTS)


@pytest.mark.model
def test_onnx_fp32_exports_from_the_local_model_and_gives_torch_vectors(onnx_cache, torch_vectors):
    embedder = onnx_embedder(default_model_path(), onnx_cache, precision="fp32")
    vectors = embedder.embed(TEXTS)
    assert embedder.name == "m3e-small" and vectors.shape == (len(TEXTS), 512)  # same vectors, same name
    assert np.min(np.sum(vectors * torch_vectors, axis=1)) > 0.99999
    (export,) = onnx_cache.iterdir()  # one complete export, no scratch left behind
    assert export.name.startswith("m3e-small-onnx-") and (export / "export.json").is_file()


@pytest.mark.model
def test_onnx_int8_agrees_with_torch_and_is_named_apart(onnx_cache, torch_vectors):
    embedder = onnx_embedder(default_model_path(), onnx_cache, precision="int8")
    vectors = embedder.embed(TEXTS)
    assert embedder.name == "m3e-small-int8w7"  # stored rows are re-embedded when the backend changes
    cosines = np.sum(vectors * torch_vectors, axis=1)
    assert cosines.min() > 0.995  # the empty text (two tokens) agrees least; real postings above 0.999
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    welder, job, waiter = vectors[:3]
    assert welder @ job > welder @ waiter + 0.1
    with ThreadPoolExecutor(4) as pool:  # the app calls it from request threads at once
        alone = list(pool.map(lambda text: embedder.embed([text])[0], TEXTS * 3))
    # scales per token, not per batch: a text's batch-mates move its vector by float rounding only
    np.testing.assert_allclose(np.array(alone), np.concatenate([vectors] * 3), atol=1e-6)


@pytest.mark.model
def test_onnx_runs_side_by_side_give_the_vectors_of_one_at_a_time(onnx_cache):
    alone = onnx_embedder(default_model_path(), onnx_cache, precision="int8")
    together = onnx_embedder(default_model_path(), onnx_cache, precision="int8", parallel=2)
    texts = TEXTS + TEXTS[:2]  # repeats are embedded once and scattered back
    np.testing.assert_allclose(together.embed(texts), alone.embed(texts), atol=1e-6)
    np.testing.assert_array_equal(together.embed(texts)[len(TEXTS)], together.embed(texts)[0])
    fp32 = onnx_embedder(default_model_path(), onnx_cache, precision="fp32", batch_size=2, parallel=2)
    assert np.min(np.sum(fp32.embed(texts) * alone.embed(texts), axis=1)) > 0.99
