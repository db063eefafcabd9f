"""`python -m bench.embedding`: sentences/s of the embedding backends against the torch fp32 baseline, and agreement."""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from importlib.metadata import version
from pathlib import Path

import numpy as np

from bench.embedding import recipes, texts
from bench.embedding.concurrency import Concurrency, measure_concurrency
from bench.machine import cpu_name, memory_gib
from matching.embedding import (
    Embedder,
    SentenceTransformerEmbedder,
    Vectors,
    default_model_path,
)
from matching.onnx_embedding import onnx_embedder

HERE = Path(__file__).parent
CACHE = HERE.parent / ".cache" / "embedding"
TOP_K = 10


@dataclass
class Backend:
    name: str
    what: str
    build: Callable[[], Embedder]
    seconds: list[float]  # time of each chunk of postings
    vectors: Vectors | None = None
    queries: Vectors | None = None


@dataclass(frozen=True)
class Row:
    name: str
    what: str
    sentences_s: float
    speedup: float
    chunk_speedups: tuple[float, float]  # 10th and 90th percentile over the chunks
    cos_mean: float
    cos_min: float
    overlap: float


def backends(model_path: Path, threads: int, batch_size: int) -> list[Backend]:
    variants = recipes.variants(model_path, CACHE)
    app = [
        Backend(
            "torch",
            "sentence-transformers fp32, the baseline",
            lambda: SentenceTransformerEmbedder(model_path, batch_size=batch_size),
            [],
        ),
        Backend(
            "onnx",
            "ONNX Runtime fp32, transformer fusions",
            lambda: onnx_embedder(model_path, CACHE, precision="fp32", batch_size=batch_size, threads=threads),
            [],
        ),
        Backend(
            "onnx-int8",
            "int8: QAttention per text, other MatMuls with a scale per token; one text per run",
            lambda: onnx_embedder(model_path, CACHE, precision="int8", batch_size=batch_size, threads=threads),
            [],
        ),
    ]
    return app + [Backend(v.name, v.what, partial(v.build, threads, batch_size), []) for v in variants]


def measure(chosen: list[Backend], postings: Sequence[str], queries: Sequence[str], chunk: int) -> None:
    """Every backend embeds the same chunk of postings in turn (the order rotating), chunk after chunk, so
    load from other work on the machine falls on all of them alike; each backend's times are summed."""
    built = {b.name: b.build() for b in chosen}
    for b in chosen:
        built[b.name].embed(postings[:16])  # warm-up: first-run allocations, thread pools
    parts: dict[str, list[Vectors]] = {b.name: [] for b in chosen}
    for i, start in enumerate(range(0, len(postings), chunk)):
        for b in chosen[i % len(chosen) :] + chosen[: i % len(chosen)]:
            started = time.perf_counter()
            parts[b.name].append(built[b.name].embed(postings[start : start + chunk]))
            b.seconds.append(time.perf_counter() - started)
        done = min(start + chunk, len(postings))
        print(
            f"  {done}/{len(postings)}: " + ", ".join(f"{b.name} {done / sum(b.seconds):.1f}/s" for b in chosen),
            flush=True,
        )
    for b in chosen:
        b.vectors = np.concatenate(parts[b.name])
        b.queries = built[b.name].embed(queries)


def top_k(queries: Vectors, postings: Vectors) -> np.ndarray:
    return np.argsort(-(queries @ postings.T), axis=1, kind="stable")[:, :TOP_K]  # inner product == cosine


def rows(chosen: Sequence[Backend], postings: int) -> list[Row]:
    base = chosen[0]
    assert base.vectors is not None and base.queries is not None
    base_top = top_k(base.queries, base.vectors)
    out = []
    for b in chosen:
        assert b.vectors is not None and b.queries is not None
        cos = np.sum(b.vectors * base.vectors, axis=1)
        top = top_k(b.queries, b.vectors)
        overlap = np.mean([len(set(x) & set(y)) / TOP_K for x, y in zip(top, base_top)])
        low, high = np.percentile(np.array(base.seconds) / np.array(b.seconds), [10, 90])
        out.append(
            Row(
                b.name,
                b.what,
                postings / sum(b.seconds),
                sum(base.seconds) / sum(b.seconds),
                (float(low), float(high)),
                float(cos.mean()),
                float(cos.min()),
                float(overlap),
            )
        )
    return out


def machine() -> str:
    return f"{cpu_name(platform.processor())}, {os.cpu_count()} cores, {memory_gib():.0f} GiB, {platform.system()}"


def report(
    args: argparse.Namespace,
    source: str,
    table: list[Row],
    concurrency: list[Concurrency],
    postings: int,
    elapsed_s: float,
) -> str:
    versions = ", ".join(f"{p} {version(p)}" for p in ("torch", "sentence-transformers", "onnxruntime"))
    lines = [
        "# Embedding backends: speed and agreement with fp32",
        "",
        f"- Command: `.venv/bin/python -m bench.embedding {' '.join(args.argv)}`".rstrip(),
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; run took {elapsed_s / 60:.0f} min",
        f"- Machine: {machine()}; {args.threads} threads for torch and for ONNX Runtime alike",
        f"- Model: {default_model_path().name}; {versions}",
        f"- Texts: {postings} postings, {args.queries} queries; {source}",
        f"- Speed: all postings in chunks of {args.chunk}; every backend embeds each chunk in turn, so other work "
        "on the machine slows all alike; × = torch's total time / the backend's, with the 10th–90th percentile "
        "of the per-chunk ratios",
        f"- Agreement with torch fp32: cosine of each posting's two vectors; top-{TOP_K} overlap: each query "
        f"(a title) searches all postings by inner product, |top-{TOP_K} ∩ fp32 top-{TOP_K}| / {TOP_K}, averaged",
        "",
        "| backend | what | sentences/s | × fp32 | per chunk | cosine mean | cosine min | top-10 overlap |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| `{r.name}` | {r.what} | {r.sentences_s:.1f} | {r.speedup:.2f} | {r.chunk_speedups[0]:.2f}–"
        f"{r.chunk_speedups[1]:.2f} | {r.cos_mean:.5f} | {r.cos_min:.5f} | {r.overlap:.3f} |"
        for r in table
    ]
    if concurrency:
        lines += [
            "",
            f"Concurrent single-text calls ({args.queries} query titles from {args.clients} threads, "
            "one text per call, as concurrent searches embed; "
            f"{args.concurrency_threads} thread(s) per call as `JOBCIRCLE_COMPUTE_THREADS`):",
            "",
            "| backend | direct: texts/s | micro-batched: texts/s | model calls | ×  |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| `{c.name}` | {c.direct_s:.0f} | {c.batched_s:.0f} | {c.model_calls} | {c.batched_s / c.direct_s:.2f} |"
            for c in concurrency
        ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.embedding", description=__doc__)
    parser.add_argument("--postings", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--chunk", type=int, default=100, help="postings each backend embeds in one turn")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--clients", type=int, default=8, help="threads of the concurrency test; 0 skips it")
    parser.add_argument(
        "--concurrency-threads",
        type=int,
        default=1,
        help="torch/ONNX Runtime threads per call in the concurrency test (the app's compute_threads)",
    )
    parser.add_argument("--backends", default="", help="comma-separated names; default all (torch always runs)")
    parser.add_argument("--out", type=Path, default=HERE / "REPORT.md")
    args = parser.parse_args(argv)
    args.argv = list(argv) if argv is not None else sys.argv[1:]
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    import torch

    torch.set_num_threads(args.threads)
    started = time.monotonic()
    postings, queries, source = texts.load(args.postings, args.queries)
    model_path = default_model_path()
    every = backends(model_path, args.threads, args.batch_size)
    wanted = set(args.backends.split(",")) if args.backends else {b.name for b in every}
    chosen = [b for b in every if b.name == "torch" or b.name in wanted]
    print(f"{len(postings)} postings, {len(queries)} queries; {source}", flush=True)
    measure(chosen, postings, queries, args.chunk)
    app = [
        (b.name, b.build)
        for b in backends(model_path, args.concurrency_threads, args.batch_size)
        if b.name in ("torch", "onnx", "onnx-int8")
    ]
    concurrency = measure_concurrency(app, queries, args.clients, args.batch_size) if args.clients else []
    text = report(args, source, rows(chosen, len(postings)), concurrency, len(postings), time.monotonic() - started)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
