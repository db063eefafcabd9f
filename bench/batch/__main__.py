"""`python -m bench.batch [--seekers 1000000] [--postings 1000000]`: the nightly kernel at province scale.

Top-20 postings within each seeker's radius for every seeker, with matching.batch.top_k_within_radius,
seekers fed in chunks as the nightly plan does. Reports the wall time, the (seeker, posting) products
computed, the matrix-multiply FLOP/s achieved against this machine's float32 matmul peak measured in
the same run (before and after; the higher counts), and checks a sample of seekers against a brute force
over every posting. First, in the same run, the kernel on one thread (the baseline) and on every core over
the same first seekers. `--against REF` also runs the kernel of git revision REF, chunk by chunk
interleaved with this one, so both see the same load. The keyword and occupation factors, and the unsaid-licence
and wishes terms, are in the score (`bench.batch.factors`: synthetic terms, codes and bits) unless `--no-factors`;
a REF from before them scores without.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import os
import subprocess
import sys
import time
import types
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
from rich.progress import Progress

from bench import synth
from bench.batch import factors
from bench.index.__main__ import _machine, _sample
from matching.batch import PostingBands, Postings, Seekers, TopK, pair_score, top_k_within_radius
from matching.facts import Limits
from matching.geo import haversine_km_many
from matching.ranking import Weights
from matching.relevance import pair_relevance

HERE = Path(__file__).resolve().parent
CHUNK = 100_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=1_000_000)
    parser.add_argument("--postings", type=int, default=1_000_000)
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--radius-km", type=float, default=3.0)
    parser.add_argument("--check", type=int, default=200, help="seekers checked against a brute force")
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument(
        "--baseline-seekers",
        type=int,
        default=50_000,
        help="seekers timed on one thread and on every core before the full run (0: skip)",
    )
    parser.add_argument("--against", help="a git revision whose matching/batch.py runs interleaved, chunk by chunk")
    parser.add_argument("--no-factors", action="store_true", help="leave the keyword and occupation factors out")
    args = parser.parse_args()
    load_before = os.getloadavg()
    rng = np.random.default_rng(args.seed)
    posting_sample, seeker_sample = _sample()
    postings, seekers = _postings(rng, args.postings, posting_sample), _seekers(rng, args, seeker_sample)
    agreement = None
    if not args.no_factors:
        postings = replace(
            postings, terms=factors.documents(rng, len(postings)), codes=factors.codes(rng, len(postings), 0.1)
        )
        seekers = replace(
            seekers, terms=factors.queries(rng, len(seekers)), codes=factors.codes(rng, len(seekers), 0.2)
        )
        agreement = factors.agreement()
        fact_bits, unsaid, wishes = factors.bits(rng, len(postings), len(seekers))
        postings = replace(postings, fact_bits=fact_bits)
        seekers = replace(seekers, unsaid_bits=unsaid, wish_bits=wishes)
    peak_before = matmul_peak_gflops()
    peak = peak_before
    print(f"float32 matmul peak: {peak:.0f} GFLOP/s", flush=True)
    weights = Weights()
    baseline = (
        _baseline(postings, _rows(seekers, 0, args.baseline_seekers), args.k, weights, agreement)
        if args.baseline_seekers
        else {}
    )
    old = kernel_at(args.against) if args.against else None
    # a REF that takes the agreement matrix gets it (before 2026-12-05 it was left out: no occupation factor there)
    takes = old is not None and "agreement" in inspect.signature(old.top_k_within_radius).parameters
    old_extra = {"agreement": agreement} if takes else {}
    wall_s, old_s = 0.0, 0.0
    started = time.perf_counter()
    bands = PostingBands(postings)  # once for every chunk, as one plan's call makes it once; timed with the kernel
    wall_s += time.perf_counter() - started
    parts: list[TopK] = []
    old_parts: list[TopK] = []
    with Progress() as progress:
        task = progress.add_task("seekers", total=len(seekers))
        for at in range(0, len(seekers), CHUNK):
            chunk = _rows(seekers, at, at + CHUNK)
            if old is not None:
                started = time.perf_counter()
                old_parts.append(old.top_k_within_radius(postings, chunk, args.k, weights, **old_extra))
                old_s += time.perf_counter() - started
            started = time.perf_counter()
            parts.append(top_k_within_radius(postings, chunk, args.k, weights, agreement=agreement, bands=bands))
            wall_s += time.perf_counter() - started
            progress.advance(task, min(CHUNK, len(seekers) - at))
    peak_after = matmul_peak_gflops()
    peak = max(peak_before, peak_after)
    print(f"float32 matmul peak after: {peak_after:.0f} GFLOP/s", flush=True)
    pairs = sum(p.pairs_scored for p in parts)
    flops = 2.0 * pairs * postings.vectors.shape[1]
    ids = np.concatenate([p.posting_ids for p in parts])
    mismatches = _check(rng, postings, seekers, ids, args.k, args.check, weights, agreement)
    results = {
        "command": f"python -m bench.batch --seekers {args.seekers} --postings {args.postings}"
        + (f" --against {args.against}" if args.against else "")
        + (" --no-factors" if args.no_factors else ""),
        "factors": not args.no_factors,
        "date": date.today().isoformat(),
        "machine": _machine(),
        "seekers": args.seekers,
        "postings": args.postings,
        "k": args.k,
        "radius_km": args.radius_km,
        "wall_s": round(wall_s, 1),
        "pairs_scored": pairs,
        "pairs_per_seeker": pairs / len(seekers),
        "matmul_gflops": flops / wall_s / 1e9,
        "peak_gflops": peak,
        "peak_before_after_gflops": [round(peak_before), round(peak_after)],
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "seekers_with_k": float(np.mean((ids >= 0).sum(axis=1) == args.k)),
        "checked": args.check,
        "mismatches": mismatches,
        "baseline": baseline,
        "against": _against(args.against, old_s, old_parts, parts, postings.vectors.shape[1], peak) if old else {},
    }
    (synth.CACHE / "batch").mkdir(parents=True, exist_ok=True)
    (synth.CACHE / "batch" / "results.json").write_text(json.dumps(results, indent=2))
    text = _report(results)
    (HERE / "REPORT.md").write_text(text + "\n")
    print(text)


def matmul_peak_gflops(size: int = 4096, depth: int = 512, repeats: int = 5) -> float:
    """The best of a few large float32 products shaped like the kernel's (rows x 512 times 512 x columns)."""
    rng = np.random.default_rng(0)
    a, b = rng.random((size, depth), np.float32), rng.random((depth, size), np.float32)
    a @ b
    best = math.inf
    for _ in range(repeats):
        started = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - started)
    return 2.0 * size * size * depth / best / 1e9


# the kernel's own modules, imported as at REF, each after those it imports (split out of these three on 2026-12-05)
KERNEL_MODULES = (
    "factor_rows",
    "relevance",
    "group_columns",
    "chord_geometry",
    "bit_terms",
    "pair_filters",
    "shortlist",
    "batch_tables",
    "posting_bands",
    "seeker_groups",
    "exact_pass",
    "batch",
)


def kernel_at(revision: str) -> types.ModuleType:
    """matching/batch.py as it was at a git revision, imported under another name beside today's, with the kernel's
    other modules (KERNEL_MODULES: `matching.relevance`, `matching.shortlist`, ...) as they were at REF too where REF
    has them: the baseline is the whole kernel at REF, not REF's batch.py over today's passes."""
    loaded: dict[str, types.ModuleType] = {}
    for name in KERNEL_MODULES:
        shown = subprocess.run(
            ["git", "show", f"{revision}:matching/{name}.py"], capture_output=True, text=True, cwd=HERE, check=False
        )
        if shown.returncode:  # not at REF (shortlist.py came on 2026-12-04): REF's batch.py imports today's
            continue
        module = types.ModuleType(f"{name}_at_{revision}")
        sys.modules[module.__name__] = module  # dataclasses look their module up
        saved = {f"matching.{n}": sys.modules[f"matching.{n}"] for n in loaded}
        sys.modules.update({f"matching.{n}": m for n, m in loaded.items()})  # REF's batch.py imports REF's passes
        try:
            exec(compile(shown.stdout, f"{revision}:matching/{name}.py", "exec"), module.__dict__)  # our own history
        finally:
            sys.modules.update(saved)
        loaded[name] = module
    return loaded["batch"]


def _against(revision: str, old_s: float, old: list[TopK], new: list[TopK], dim: int, peak: float) -> dict[str, object]:
    """The older kernel's wall time and share, and how far its results are from this one's."""
    pairs = sum(p.pairs_scored for p in old)
    old_ids, new_ids = (np.concatenate([p.posting_ids for p in parts]) for parts in (old, new))
    old_scores, new_scores = (np.concatenate([p.scores for p in parts]) for parts in (old, new))
    both = np.isfinite(old_scores) & np.isfinite(new_scores)
    old_scores, new_scores = np.where(both, old_scores, 0), np.where(both, new_scores, 0)
    return {
        "revision": revision,
        "wall_s": round(old_s, 1),
        "pairs_scored": pairs,
        "matmul_gflops": 2.0 * pairs * dim / old_s / 1e9,
        "share": 2.0 * pairs * dim / old_s / 1e9 / peak,
        "seekers_differing": int((old_ids != new_ids).any(axis=1).sum()),
        "max_score_difference": float(np.abs(old_scores - new_scores).max(initial=0.0)),
    }


def _baseline(
    postings: Postings, seekers: Seekers, k: int, weights: Weights, agreement: np.ndarray | None
) -> dict[str, object]:
    """The same seekers on one thread and on every core: wall seconds each, and whether the results agree."""
    timed = {}
    for workers in (1, None):
        started = time.perf_counter()
        top = top_k_within_radius(postings, seekers, k, weights, agreement=agreement, workers=workers)
        timed[workers] = (time.perf_counter() - started, top)
    (one_s, one), (all_s, every) = timed[1], timed[None]
    same = bool(np.array_equal(one.posting_ids, every.posting_ids) and np.array_equal(one.scores, every.scores))
    print(
        f"baseline over {len(seekers):,} seekers: one thread {one_s:.1f} s, every core {all_s:.1f} s "
        f"({one_s / all_s:.2f}x), identical results: {same}",
        flush=True,
    )
    return {
        "seekers": len(seekers),
        "one_thread_s": round(one_s, 1),
        "all_cores_s": round(all_s, 1),
        "speedup": round(one_s / all_s, 2),
        "identical": same,
    }


def _postings(rng: np.random.Generator, n: int, sample: np.ndarray) -> Postings:
    where = synth.place(rng, n)
    pay = rng.integers(3, 12, n) * 1000.0
    return Postings(
        ids=np.arange(1, n + 1, dtype=np.int64),
        lats=where.lats,
        lons=where.lons,
        vectors=synth.clustered(rng, sample, n),
        reach_km=np.full(n, np.inf),
        kind_masks=(1 << rng.integers(0, 4, n)).astype(np.int64),
        published_at=rng.uniform(0, 7 * 86400, n),
        monthly_pay=np.where(rng.random(n) < 0.2, np.nan, pay),
        bonus=rng.uniform(0, 0.05, n),
    )


def _seekers(rng: np.random.Generator, args: argparse.Namespace, sample: np.ndarray) -> Seekers:
    m = args.seekers
    where = synth.place(rng, m)
    return Seekers(
        ids=np.arange(1, m + 1, dtype=np.int64),
        lats=where.lats,
        lons=where.lons,
        vectors=synth.clustered(rng, sample, m),
        radius_km=np.full(m, args.radius_km),
        kind_masks=np.where(rng.random(m) < 0.7, 15, 1).astype(np.int64),
        since=np.full(m, -np.inf),
        expected_monthly=np.where(rng.random(m) < 0.3, np.nan, rng.integers(3, 9, m) * 1000.0),
    )


def _rows(seekers: Seekers, start: int, stop: int) -> Seekers:
    columns = (getattr(seekers, f) for f in Seekers.__slots__)
    return Seekers(*(None if c is None else c[start:stop] for c in columns))


def _check(
    rng: np.random.Generator,
    postings: Postings,
    seekers: Seekers,
    ids: np.ndarray,
    k: int,
    n: int,
    weights: Weights,
    agreement: np.ndarray | None,
) -> int:
    """Seekers whose top-k differs from a brute force over every posting (float64 scores, ties by id), the keyword
    and occupation factors (`matching.relevance`) included when fed, and the wishes and unsaid-licence terms
    (`facts.Limits`, pair by pair)."""
    wrong = 0
    for s in rng.choice(len(seekers), size=min(n, len(seekers)), replace=False).tolist():
        d = haversine_km_many(float(seekers.lats[s]), float(seekers.lons[s]), postings.lats, postings.lons)
        ok = np.flatnonzero(
            (d <= seekers.radius_km[s] + 1e-9)
            & ((postings.kind_masks & seekers.kind_masks[s]) != 0)
            & (postings.published_at > seekers.since[s])
        )
        sim = (postings.vectors[ok] @ seekers.vectors[s]).astype(np.float32)
        score = pair_score(
            sim,
            d[ok],
            postings.monthly_pay[ok],
            np.full(len(ok), seekers.expected_monthly[s]),
            postings.bonus[ok],
            weights,
        )
        extra = _relevance(postings, seekers, s, ok, agreement, weights)
        if extra is not None:
            score = score + extra
        if postings.fact_bits is not None:
            said = Limits(unsaid=_bit(seekers.unsaid_bits, s), wishes=_bit(seekers.wish_bits, s))
            bits = postings.fact_bits[ok].tolist()
            score = score + np.array(
                [weights.wishes * said.wishes_met(b) - weights.unsaid_licence * said.unsaid_in(b) for b in bits]
            )
        want = postings.ids[ok][np.lexsort((postings.ids[ok], -score))][:k].tolist()
        wrong += [int(i) for i in ids[s] if i >= 0] != want
    return wrong


def _bit(column: np.ndarray | None, row: int) -> int:
    return 0 if column is None else int(column[row])


def _relevance(
    postings: Postings, seekers: Seekers, s: int, ok: np.ndarray, agreement: np.ndarray | None, weights: Weights
) -> np.ndarray | None:
    """Seeker s's keyword and occupation part against the postings `ok`, one row of `pair_relevance`."""
    extra = pair_relevance(
        None if seekers.terms is None else seekers.terms[np.array([s])],
        None if postings.terms is None else postings.terms[ok],
        None if seekers.codes is None else seekers.codes[np.array([s])],
        None if postings.codes is None else postings.codes[ok],
        agreement,
        weights,
    )
    return None if extra is None else extra[0]


def _report(r: dict[str, object]) -> str:
    return "\n".join(
        [
            "# Nightly batch kernel benchmark",
            "",
            f"`{r['command']}` on {r['date']}: {r['machine']}. Keyword and occupation factors, unsaid licences and wishes in the score: "
            f"{'yes' if r.get('factors') else 'no'}.",
            "",
            "| seekers | postings | top-k | radius km | wall s | pairs scored | pairs per seeker | matmul GFLOP/s | "
            "measured peak GFLOP/s | share of peak | seekers with k | brute-force mismatches |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
            f"| {r['seekers']:,} | {r['postings']:,} | {r['k']} | {r['radius_km']} | {r['wall_s']} | {r['pairs_scored']:,} | "
            f"{r['pairs_per_seeker']:.0f} | {r['matmul_gflops']:.1f} | {r['peak_gflops']:.0f} | "
            f"{100 * r['matmul_gflops'] / r['peak_gflops']:.0f}% | {r['seekers_with_k']:.3f} | "  # type: ignore[operator]
            f"{r['mismatches']} of {r['checked']} |",
            *_baseline_lines(r.get("baseline")),
            *_against_lines(r),
            "",
            f"Load average (1, 5, 15 min) before: {r['load_before']}, after: {r['load_after']}; matmul peak "
            f"before/after: {r['peak_before_after_gflops']} GFLOP/s (the higher counts).",
        ]
    )


def _against_lines(r: dict[str, object]) -> list[str]:
    a = r.get("against")
    if not isinstance(a, dict) or not a:
        return []
    return [
        "",
        f"Against `{a['revision']}`'s kernel in the same run, chunk by chunk interleaved: {a['wall_s']} s "
        f"({a['matmul_gflops']:.1f} GFLOP/s, {100 * a['share']:.0f}% of peak, {a['pairs_scored']:,} pairs) vs "
        f"{r['wall_s']} s now, **{a['wall_s'] / r['wall_s']:.2f}x**; seekers whose top-k differs: "  # type: ignore[operator]
        f"{a['seekers_differing']:,} (largest score difference at a rank {a['max_score_difference']:.1e}).",
    ]


def _baseline_lines(b: object) -> list[str]:
    if not isinstance(b, dict) or not b:
        return []
    return [
        "",
        f"Baseline in the same run, the first {b['seekers']:,} seekers: one thread {b['one_thread_s']} s, every "
        f"core {b['all_cores_s']} s, **{b['speedup']}x**; identical results: {b['identical']}. Seeker groups run in "
        "parallel threads (NumPy's element-wise passes release the GIL), BLAS held to one thread each.",
    ]


if __name__ == "__main__":
    main()
