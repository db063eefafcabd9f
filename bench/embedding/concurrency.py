"""Concurrent one-text calls, as simultaneous searches make them: each caller alone, or micro-batched."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from matching.embedding import Embedder
from matching.microbatch import MicroBatcher


@dataclass(frozen=True)
class Concurrency:
    name: str
    direct_s: float  # texts/s with every thread calling the model itself
    batched_s: float  # texts/s through a MicroBatcher
    model_calls: int  # the batcher's model calls for all the texts


def measure_concurrency(
    builders: Sequence[tuple[str, Callable[[], Embedder]]], queries: Sequence[str], clients: int, max_texts: int
) -> list[Concurrency]:
    out = []
    for name, build in builders:
        model = build()
        model.embed(list(queries[:8]))
        direct = _texts_per_s(model, queries, clients)
        batcher = MicroBatcher(model, max_texts=max_texts)
        batched = _texts_per_s(batcher, queries, clients)
        out.append(Concurrency(name, direct, batched, batcher.model_calls))
        print(
            f"  concurrent {name:12s} direct {direct:7.1f}/s, micro-batched {batched:7.1f}/s "
            f"in {batcher.model_calls} model calls",
            flush=True,
        )
    return out


def _texts_per_s(embedder: Embedder, queries: Sequence[str], clients: int) -> float:
    with ThreadPoolExecutor(clients) as pool:
        started = time.perf_counter()
        list(pool.map(lambda text: embedder.embed([text]), queries))
        return len(queries) / (time.perf_counter() - started)
