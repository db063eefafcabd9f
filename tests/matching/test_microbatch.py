"""Micro-batching: concurrent callers get their own vectors, computed in fewer model calls."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from matching.embedding import HashingEmbedder, Vectors
from matching.microbatch import MicroBatcher


class SlowModel:
    """A deterministic model that takes a while per call and records each call's texts."""

    def __init__(self, delay_s: float = 0.05, fail_on: str | None = None) -> None:
        self._inner = HashingEmbedder(32)
        self._delay_s = delay_s
        self._fail_on = fail_on
        self.calls: list[list[str]] = []

    @property
    def name(self) -> str:
        return "slow"

    @property
    def dim(self) -> int:
        return self._inner.dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        time.sleep(self._delay_s)
        if self._fail_on in texts:
            raise ValueError(f"cannot embed {self._fail_on}")
        return self._inner.embed(texts)


def call_together(batcher: MicroBatcher, texts: Sequence[str]) -> list[Vectors]:
    start = threading.Barrier(len(texts))

    def one(text: str) -> Vectors:
        start.wait()
        return batcher.embed([text])

    with ThreadPoolExecutor(len(texts)) as pool:
        return list(pool.map(one, texts))


def test_concurrent_single_texts_get_their_own_vectors_in_fewer_model_calls():
    model = SlowModel()
    batcher = MicroBatcher(model, max_texts=32, max_wait_s=0.01)
    texts = [f"电焊工 {i} 号" for i in range(16)]
    vectors = call_together(batcher, texts)
    for text, vector in zip(texts, vectors):
        np.testing.assert_array_equal(vector, HashingEmbedder(32).embed([text]))
    assert sorted(t for call in model.calls for t in call) == sorted(texts)
    assert len(model.calls) <= 4 and batcher.model_calls == len(model.calls)


def test_a_batch_never_exceeds_max_texts_by_more_than_one_call():
    model = SlowModel()
    call_together(MicroBatcher(model, max_texts=4, max_wait_s=0.01), [f"保洁 {i}" for i in range(12)])
    assert all(len(call) <= 4 for call in model.calls) and len(model.calls) >= 3


def test_calls_of_max_texts_or_more_go_straight_to_the_model():
    model = SlowModel(delay_s=0)
    batcher = MicroBatcher(model, max_texts=4)
    vectors = batcher.embed(["a", "b", "c", "d"])
    assert vectors.shape == (4, 32) and batcher.model_calls == 0 and model.calls == [["a", "b", "c", "d"]]
    assert batcher.embed([]).shape == (0, 32) and batcher.name == "slow" and batcher.dim == 32


def test_a_failed_model_call_raises_in_every_caller_of_its_batch_and_the_batcher_serves_on():
    model = SlowModel(fail_on="坏")
    batcher = MicroBatcher(model, max_texts=32, max_wait_s=0.05)
    start = threading.Barrier(2)

    def outcome(text: str) -> str:
        start.wait()
        try:
            batcher.embed([text])
        except ValueError:
            return "failed"
        return "embedded"

    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(outcome, ["坏", "厨师"])) == ["failed", "failed"]
    assert len(model.calls) == 1
    assert batcher.embed(["厨师"]).shape == (1, 32)
