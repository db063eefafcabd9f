"""The machine's memory read bandwidth, and the markdown table of one run."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

BANDWIDTH_BYTES = 1 << 30  # far larger than any cache


def bandwidth_gbs(repeats: int = 5) -> float:
    """The best read rate of three plain streaming reads over 1 GiB: numpy sum, BLAS sgemv, torch sum."""
    data = np.ones(BANDWIDTH_BYTES // 4, np.float32)
    matrix, vector = data.reshape(-1, 512), np.ones(512, np.float32)
    readers: list[Callable[[], object]] = [lambda: data.sum(), lambda: matrix @ vector]
    try:
        import torch

        tensor = torch.from_numpy(data)
        readers.append(lambda: tensor.sum())
    except ImportError:
        pass
    best = 0.0
    for read in readers:
        read()
        for _ in range(repeats):
            started = time.perf_counter()
            read()
            best = max(best, data.nbytes / (time.perf_counter() - started) / 1e9)
    return best


def write_report(results: dict[str, Any], path: Path) -> str:
    lines = [
        "# Index benchmark",
        "",
        f"`{results['command']}` on {results['date']}: {results['machine']}. "
        f"Radius {results['radius_km']} km, {results['queries']} queries per size (half in city districts, half in "
        f"counties), top-10. Measured read bandwidth: **{results['bandwidth_gbs']:.1f} GB/s**. "
        f"Whole run: {results['wall_s'] / 60:.1f} min. Load: the 1-minute load average after the method's queries; "
        "steal: the share of the machine's CPU time the hypervisor gave to other guests while they ran (this is a "
        "virtual machine; with steal, latencies are inflated).",
        "",
    ]
    for run in results["runs"]:
        lines += [
            f"## {run['n']:,} postings",
            "",
            f"Postings inside the radius per query: median {run['in_radius_p50']:.0f} (city {run['in_radius_urban_p50']:.0f}, "
            f"county {run['in_radius_county_p50']:.0f}), p99 {run['in_radius_p99']:.0f}.",
            "",
            "| method | recall@10 | min | top-10 exact | p50 ms | p99 ms | city p50 | city p99 | county p50 | county p99 "
            "| batch QPS | build s | bytes/posting | upsert ms p50 / mean / max | remove ms | load | steal |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        flat = next((m for m in run["methods"] if m["method"].startswith("FAISS IndexFlat")), None)
        peer = next((m for m in run["methods"] if m["method"].startswith("scipy cKDTree")), None)
        for m in run["methods"]:
            lines.append(
                f"| {m['method']} | {m['recall_at_10']:.4f} | {m['recall_min']:.2f} | {m['exact_queries']:.3f} | "
                f"{m['p50_ms']:.3f} | {m['p99_ms']:.2f} | {m['urban_p50_ms']:.3f} | {m.get('urban_p99_ms', 0):.2f} | "
                f"{m['county_p50_ms']:.3f} | {m.get('county_p99_ms', 0):.2f} | "
                f"{m['batch_qps']:.0f} | {m['build_s']:.1f} | {m['bytes_per_posting']:.0f} | {_writes(m)} | "
                f"{m['load_avg']:.1f} | "
                f"{'' if m.get('steal') is None else format(m['steal'], '.0%')} |"
            )
        lines.append("")
        for m in run["methods"]:
            if "same_top10_as_fp32" in m:
                lines.append(
                    f"- {m['method']}: top-10 identical to ours (float32) on {100 * m['same_top10_as_fp32']:.1f}% "
                    f"of queries in order, {100 * m['same_top10_set_as_fp32']:.1f}% as sets."
                )
            if "scanned_mb_p50" not in m:
                continue
            if peer:
                lines.append(
                    f"- {m['method']}: p50 / the k-d tree peer's p50 = {m['p50_ms'] / peer['p50_ms']:.2f} (city "
                    f"{m['urban_p50_ms'] / peer['urban_p50_ms']:.2f}, county {m['county_p50_ms'] / peer['county_p50_ms']:.2f}); "
                    "at most 1.00 is as fast or faster."
                )
            speedup = f", {flat['p50_ms'] / m['p50_ms']:.0f}x the flat baseline's p50" if flat else ""
            lines.append(
                f"- {m['method']}: reads {m['scanned_mb_p50']:.2f} MB per query at the median (max "
                f"{m['scanned_mb_max']:.1f} MB) at {m['scan_gbs_p50']:.1f} GB/s, "
                f"{100 * m['scan_gbs_p50'] / results['bandwidth_gbs']:.0f}% of the measured bandwidth "
                f"(heaviest tenth of queries: {m['scan_gbs_heaviest_decile']:.1f} GB/s, "
                f"{100 * m['scan_gbs_heaviest_decile'] / results['bandwidth_gbs']:.0f}%){speedup}."
            )
        lines.append("")
    text = "\n".join(lines)
    path.write_text(text + "\n")
    return text


def _writes(m: dict[str, Any]) -> str:
    """The two write columns: upsert p50 / mean / max (the max is the merge), remove p50; empty for static methods."""
    if "upsert_ms_p50" not in m:
        return " | "
    upsert = f"{m['upsert_ms_p50']:.2f} / {m['upsert_ms_mean']:.2f} / {m['upsert_ms_max']:.0f}"
    return f"{upsert} | {m['remove_ms_p50']:.2f}"
