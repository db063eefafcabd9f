"""`python -m bench.eval.prior_sweep`: the unsaid-prior weight (and shape) swept over every persona set's dev half.

Each set (the 68 set, dev2 … dev5) is stored once through the service, as `bench.eval.personas` does; then, for
every setting, the dev seekers' served page (the good-match threshold calibrated on the dev seekers alone, thin
circle on) is asked for and judged: violations in the top 5, seekers with one, nDCG@10, and judged-acceptable
postings in the top 5 (the over-exclusion side). Only dev seekers are asked: nothing of a test half is computed or
printed (the test halves are read as `bench.eval.personas` totals, once, for the chosen setting). Rows are pooled
over the sets (violations and acceptable summed, nDCG the mean over all dev seekers) and chosen by the sum of
violations first, then nDCG.

A setting is `weight` or `weight:shape`:
- `0.3` (shape `sum`, served): score - weight x the pair's priors summed (`Weights.unsaid_prior`);
- `0.3:above=0.5`: only the pair's priors of `above` or more count (a higher floor, at query time);
- `0.3:tier=0.5`: score - weight where any of the pair's priors is 0.5 or more, whatever its size (a tier
  below the postings known to fit, when the weight outruns the score's spread; never left out);
- `0.1:boost=0.5x5`: the sum, each of the pair's priors of 0.5 or more counted 5 times (a kind that demands it
  at least half as often as the kind that most often does weighs more than one the 大典 or a small share suggests).

```
PYTHONPATH=. .venv/bin/python -m bench.eval.prior_sweep [--sets 68,dev2,dev3,dev4,dev5] [--settings 0,0.1,0.3:tier=0.5]
    [--violations]   # also list the dev halves' violations of each setting (dev seekers only)
```
Shapes other than `sum` are the bench's alone (a patched `score_table.row_totals`), to see whether one is worth
building in both ranking paths.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

import app.services.matching.matches as matches
import matching.score_table as score_table
from app.config import Settings
from app.runtime import Runtime, load_embedder
from app.schemas.match import MatchQuery
from app.services.engine.matcher import Matcher, ThinCircle
from app.services.identity.principal import SYSTEM
from bench.eval.personas import DEPTH, HERE, RADIUS_KM, TOP, build, calibrate_threshold, dcg, split_of

SETS = {
    "68": HERE / "personas.json",
    "dev2": HERE / "dev2" / "personas.json",
    "dev3": HERE / "dev3" / "personas.json",
    "dev4": HERE / "dev4" / "personas.json",
    "dev5": HERE / "dev5" / "personas.json",
}
DEFAULT_SETTINGS = "0,0.1,0.2,0.3,0.5,0.8,1.5"


@dataclass
class Row:
    violations: int = 0
    seekers_with_one: int = 0
    ndcg: float = 0.0  # summed over seekers
    seekers: int = 0
    acceptable: int = 0
    lines: list[str] | None = None

    def add(self, other: Row) -> None:
        self.violations += other.violations
        self.seekers_with_one += other.seekers_with_one
        self.ndcg += other.ndcg
        self.seekers += other.seekers
        self.acceptable += other.acceptable

    def cell(self) -> str:
        return f"{self.violations} / {self.seekers_with_one}, {self.ndcg / max(self.seekers, 1):.3f}, {self.acceptable}"


def parse(setting: str) -> tuple[float, str, float, float]:
    """`0.3`, `0.3:above=0.5`, `0.3:tier=0.5`, `0.1:boost=0.5x5` -> (weight, shape, threshold, times)."""
    weight, _, shape = setting.partition(":")
    if not shape:
        return float(weight), "sum", 0.0, 1.0
    name, _, at = shape.partition("=")
    if name not in ("above", "tier", "boost"):
        raise SystemExit(f"unknown shape {name!r} (above=T, tier=T or boost=TxM)")
    threshold, _, times = at.partition("x")
    return float(weight), name, float(threshold), float(times or 1.0)


@contextmanager
def shaped(shape: str, at: float, times: float) -> Iterator[None]:
    """The page's prior term under another shape: `score_table.row_totals` of the pair's priors, patched."""
    served: Callable[[npt.ArrayLike], npt.NDArray[np.float64]] = score_table.row_totals
    if shape == "above":
        score_table.row_totals = lambda t: served(np.where(np.asarray(t) >= at, t, 0.0))  # type: ignore[assignment]
    elif shape == "boost":
        score_table.row_totals = lambda t: served(np.where(np.asarray(t) >= at, np.asarray(t) * times, t))  # type: ignore[assignment]
    elif shape == "tier":
        score_table.row_totals = lambda t: (np.asarray(t) >= at).any(axis=1).astype(np.float64)  # type: ignore[assignment]
    try:
        yield
    finally:
        score_table.row_totals = served  # type: ignore[assignment]


def judge(
    runtime: Runtime,
    matcher: Matcher,
    data: dict[str, Any],
    posting_ids: dict[str, int],
    seeker_ids: dict[str, int],
    list_violations: bool,
) -> Row:
    """The dev seekers' served pages, judged (the persona bench's own measures, plus acceptable in the top 5)."""
    back = {v: k for k, v in posting_ids.items()}
    where = {p["id"]: math.hypot(p["offset_km"]["north"], p["offset_km"]["east"]) for p in data["postings"]}
    titles = {p["id"]: p["title"] for p in data["postings"]}
    row = Row(lines=[] if list_violations else None)
    for s in data["personas"]:
        assert split_of(s["id"]) == "dev"
        judged = {j["posting"]: j for j in s["judgements"]}
        with runtime.sessions() as session:
            page = matches.matches_for_seeker(session, matcher, SYSTEM, seeker_ids[s["id"]], MatchQuery(limit=DEPTH))
        shown = [back[i.job.id] for i in page.items]
        bad = [p for p in shown[:TOP] if p in judged and not judged[p]["acceptable"]]
        row.violations += len(bad)
        row.seekers_with_one += bool(bad)
        row.acceptable += sum(p in judged and judged[p]["acceptable"] for p in shown[:TOP])
        if row.lines is not None:
            row.lines += [f"{s['id']} × {p} {titles[p]}: {judged[p].get('violates')}" for p in bad]
        ideal = sorted((j["grade"] for p, j in judged.items() if where[p] <= RADIUS_KM), reverse=True)[:DEPTH]
        best = dcg([float(g) for g in ideal])
        row.ndcg += dcg([float(judged[p]["grade"]) if p in judged else 0.0 for p in shown]) / best if best else 0.0
        row.seekers += 1
    return row


def sweep(name: str, path: Path, settings: list[str], list_violations: bool) -> dict[str, Row]:
    data = json.loads(path.read_text(encoding="utf-8"))
    data = {**data, "personas": [s for s in data["personas"] if split_of(s["id"]) == "dev"]}  # dev seekers only
    out: dict[str, Row] = {}
    with tempfile.TemporaryDirectory() as tmp:
        config = Settings(database_url=f"sqlite:///{tmp}/personas.db", data_dir=Path(tmp), push_scheduler=False)
        from app.migrate import upgrade

        upgrade(config.database_url, settings=config)
        runtime = Runtime.build(config, load_embedder(config))
        try:
            posting_ids, seeker_ids, _ = build(runtime, data)
            service = runtime.matcher
            for setting in settings:
                weight, shape, at, times = parse(setting)
                weighted = replace(service, weights=replace(service.weights, unsaid_prior=weight))
                with shaped(shape, at, times):
                    threshold, _, _ = calibrate_threshold(
                        runtime, replace(weighted, thin=ThinCircle(good=0)), data, posting_ids, seeker_ids
                    )
                    served = replace(weighted, thin=replace(weighted.thin, good_score=threshold))
                    out[setting] = judge(runtime, served, data, posting_ids, seeker_ids, list_violations)
                print(f"  {name} {setting}: {out[setting].cell()}", flush=True)
        finally:
            runtime.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="which sets' dev halves (68, dev2 … dev5)")
    parser.add_argument(
        "--settings", default=DEFAULT_SETTINGS, help="weight or weight:above=T / tier=T / boost=TxM, comma-separated"
    )
    parser.add_argument("--violations", action="store_true", help="list each setting's dev violations")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    names = args.sets.split(",")
    settings = args.settings.split(",")
    results = {name: sweep(name, SETS[name], settings, args.violations) for name in names}
    print("\nDev halves only: violations in top 5 / seekers with one, nDCG@10, judged-acceptable in top 5\n")
    print(
        "| setting | pooled dev | " + " | ".join(f"{n} dev ({results[n][settings[0]].seekers})" for n in names) + " |"
    )
    print("|---|---|" + "---|" * len(names))
    for setting in settings:
        pooled = Row()
        for name in names:
            pooled.add(results[name][setting])
        cells = " | ".join(results[n][setting].cell() for n in names)
        print(f"| {setting} | {pooled.cell()} | {cells} |")
    if args.violations:
        for setting in settings:
            print(f"\n{setting}:")
            for name in names:
                for line in results[name][setting].lines or []:
                    print(f"- {name} {line}")
    print(f"\nRun time {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
