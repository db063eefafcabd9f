"""`python -m bench.index [--sizes 100000 1000000]`: our geo index against FAISS, in one run.

For each size: postings placed and embedded like real ones (bench/synth.py), queries from seekers in
dense city districts and sparse counties alike, and per method recall@10 against a brute-force
oracle, single-query p50/p99, batch QPS, build time and bytes per posting. For ours also the bytes
each query reads against the memory bandwidth measured in the same run. Results go to
bench/index/REPORT.md and bench/.cache/index/results.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import torch

from bench import synth
from bench.index.methods import METHODS, Method, Workload, measure_together, oracle_top, ours_at
from bench.index.report import bandwidth_gbs, write_report
from bench.machine import cores, cpu_name, memory_gib

HERE = Path(__file__).resolve().parent
K = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=1000, help="per size, half urban, half county")
    parser.add_argument("--radius-km", type=float, default=3.0)
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=list(METHODS))
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument(
        "--postings", type=Path, default=synth.REAL_POSTINGS, help="postings_real.csv.gz: the sample's texts"
    )
    parser.add_argument(
        "--against",
        help="a git revision whose matching/index.py also runs, float16, interleaved with today's (old against new)",
    )
    args = parser.parse_args()
    synth.REAL_POSTINGS = args.postings  # the default resolves from /work/main only
    started = time.perf_counter()
    torch.set_num_threads(1)  # as the server sets it (JOBCIRCLE_COMPUTE_THREADS): float16 products run in torch
    sample = _sample()
    bandwidth = bandwidth_gbs()
    print(f"memory read bandwidth: {bandwidth:.1f} GB/s", flush=True)
    runs = [_run_size(n, args, sample) for n in args.sizes]
    results = {
        "machine": _machine(),
        "date": date.today().isoformat(),
        "bandwidth_gbs": bandwidth,
        "radius_km": args.radius_km,
        "queries": args.queries,
        "runs": runs,
        "command": "python -m bench.index " + " ".join(sys.argv[1:]),
        "against": args.against,
        "wall_s": round(time.perf_counter() - started, 1),
    }
    (synth.CACHE / "index").mkdir(parents=True, exist_ok=True)
    (synth.CACHE / "index" / "results.json").write_text(json.dumps(results, indent=2))
    print(write_report(results, HERE / "REPORT.md"))


def _sample() -> tuple[np.ndarray, np.ndarray]:
    """Real embeddings: posting texts for the postings, their titles alone for the seekers' queries."""
    from matching.embedding import SentenceTransformerEmbedder, default_model_path

    embedder = SentenceTransformerEmbedder(default_model_path())
    postings = synth.texts(800)
    seekers = [text.split(" ", 1)[0] for text in synth.texts(400, seed=11)]
    return synth.sample_vectors(embedder, postings), synth.sample_vectors(embedder, seekers)


def _run_size(n: int, args: argparse.Namespace, sample: tuple[np.ndarray, np.ndarray]) -> dict[str, Any]:
    rng = np.random.default_rng(args.seed + n)
    points = synth.place(rng, n)
    vectors = synth.clustered(rng, sample[0], n)
    half = args.queries // 2
    urban, county = synth.place(rng, half, urban=True), synth.place(rng, args.queries - half, urban=False)
    work = Workload(
        ids=np.arange(1, n + 1, dtype=np.int64) * 7,
        lats=points.lats,
        lons=points.lons,
        vectors=vectors,
        query_lats=np.concatenate([urban.lats, county.lats]),
        query_lons=np.concatenate([urban.lons, county.lons]),
        query_vectors=synth.clustered(rng, sample[1], args.queries),
        urban=np.arange(args.queries) < half,
        radius_km=args.radius_km,
        k=K,
    )
    print(f"\n== {n:,} postings, {args.queries} queries ==", flush=True)
    truth = [oracle_top(work, q) for q in range(args.queries)]
    in_radius = np.array([t.in_radius for t in truth])
    methods: list[Method] = [METHODS[name]() for name in args.methods]
    if args.against:
        methods.append(ours_at(args.against, "float16"))
    rows = measure_together(methods, work, [t.ids for t in truth])
    names = [*args.methods, *(["ours-fp16-at"] if args.against else [])]
    answers = dict(zip(names, (m.found for m in methods)))
    for name, row in zip(names, rows):
        if name != "ours" and name.startswith("ours") and "ours" in answers:  # each variant against float32 NumPy
            pairs = list(zip(answers["ours"], answers[name]))
            row["same_top10_as_fp32"] = float(np.mean([a == b for a, b in pairs]))
            row["same_top10_set_as_fp32"] = float(np.mean([set(a) == set(b) for a, b in pairs]))
        print(json.dumps(row), flush=True)
    del methods
    return {
        "n": n,
        "in_radius_p50": float(np.median(in_radius)),
        "in_radius_p99": float(np.percentile(in_radius, 99)),
        "in_radius_urban_p50": float(np.median(in_radius[work.urban])),
        "in_radius_county_p50": float(np.median(in_radius[~work.urban])),
        "methods": rows,
    }


def _machine() -> str:
    import faiss

    return (
        f"{cpu_name(platform.machine())}, {cores()} cores, {memory_gib():.0f} GiB; Python {platform.python_version()}, "
        f"NumPy {np.__version__}, FAISS {faiss.__version__}"
    )


if __name__ == "__main__":
    main()
