"""Micro-batching: concurrent small embed() calls, e.g. one search text per request, share one model call."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from matching.embedding import Embedder, Vectors


@dataclass(slots=True)
class _Call:
    texts: Sequence[str]
    done: threading.Event = field(default_factory=threading.Event)
    vectors: Vectors | None = None
    error: BaseException | None = None


class MicroBatcher:
    """An Embedder that gathers small calls arriving together into one call of `embedder`.

    One thread runs the model: it takes the first waiting call, waits at most `max_wait_s` for more
    (calls queued while the model was busy join at once) up to `max_texts`, embeds them together and
    hands each caller its rows. Calls of `max_texts` or more are already batches and go straight through.
    """

    def __init__(self, embedder: Embedder, *, max_texts: int = 32, max_wait_s: float = 0.002) -> None:
        self._embedder = embedder
        self._max_texts = max_texts
        self._max_wait_s = max_wait_s
        self._calls: queue.SimpleQueue[_Call] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="embed-batcher", daemon=True)
        self._thread.start()
        self.model_calls = 0  # how many batches went to the model through this batcher

    @property
    def name(self) -> str:
        return self._embedder.name

    @property
    def dim(self) -> int:
        return self._embedder.dim

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) >= self._max_texts:
            return self._embedder.embed(texts)
        call = _Call(list(texts))
        self._calls.put(call)
        call.done.wait()
        if call.error is not None:
            raise call.error
        assert call.vectors is not None
        return call.vectors

    def _serve(self) -> None:
        while True:
            self._run(self._gather(self._calls.get()))

    def _gather(self, first: _Call) -> list[_Call]:
        calls, count = [first], len(first.texts)
        deadline = time.monotonic() + self._max_wait_s
        while count < self._max_texts:
            try:
                call = self._calls.get(timeout=max(deadline - time.monotonic(), 0.0))
            except queue.Empty:
                break
            calls.append(call)
            count += len(call.texts)
        return calls

    def _run(self, calls: list[_Call]) -> None:
        try:
            self.model_calls += 1
            vectors = self._embedder.embed([text for call in calls for text in call.texts])
        except BaseException as error:  # every waiting caller sees the failure; this thread lives on
            for call in calls:
                call.error = error
                call.done.set()
            return
        start = 0
        for call in calls:
            call.vectors = vectors[start : start + len(call.texts)]
            start += len(call.texts)
            call.done.set()
