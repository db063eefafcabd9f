"""`python -m bench.eval.policy`: which posting text to embed, against full-text fp32, on bench/eval's sets.

For each policy (`matching.text_policy`: title and tags, then what the job does and asks for, benefits
last, within N tokens; or `head-N`, the full text cut at N tokens) and precision, the ranking tasks of
`bench.eval` are run and compared with the reference, the full text embedded by fp32: nDCG@10 (its ratio
to the reference's), and top-10 agreement (the share of the reference's top 10 that the policy's top 10
holds, averaged over queries), for the embedding-only ranking and the hybrid one that serves.

`--model N,...` adds the full text cut at N of the model's own tokens (`model-N`, [CLS] and [SEP] counted), the
curve of agreement against length; `--split dev` takes the seeker queries from the dev half, to tune on, and
`--split test` (the default, as before) from the half that confirms.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.eval import data
from bench.eval.__main__ import BASELINE, CACHE, DEPTH, Side, _grade, candidate_inputs, job_side, seeker_side
from bench.eval.metrics import ndcg
from matching.coding import OccupationCoder
from matching.embedding import default_model_path
from matching.index import Candidates
from matching.occupations import Catalog, load_synonyms
from matching.onnx_embedding import Precision, onnx_embedder
from matching.ranking import CandidateInputs, Weights, rank_top_k
from matching.text_policy import FULL_TEXT, TextPolicy, cut

MODELS = Path("var/models")


@dataclass(frozen=True)
class Config:
    precision: Precision
    policy: str  # "full", "select-N", "head-N" or "model-N"

    def text(self, p: data.Posting, tokenize: Callable[[str], Any]) -> str:
        full = FULL_TEXT.posting_text(p.title, p.description, [])
        if self.policy.startswith("model-"):
            return model_cut(full, int(self.policy.removeprefix("model-")), tokenize)
        if self.policy.startswith("head-"):
            return cut(full, int(self.policy.removeprefix("head-")))
        if self.policy.startswith("select-"):
            return TextPolicy(int(self.policy.removeprefix("select-"))).posting_text(p.title, p.description, [])
        return full


@dataclass
class Task:
    name: str
    queries: Side
    candidates: Side
    grade: Callable[[int, int], int]
    exclude: Callable[[int], int] | None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tokens", default="64,128,256,512", help="policy lengths to sweep")
    parser.add_argument("--head", default="64,128", help="plain cuts of the full text to compare with")
    parser.add_argument("--model", default="", help="cuts at N of the model's own tokens, e.g. 128,160,192")
    parser.add_argument(
        "--split", choices=("dev", "test"), default="test", help="the half the seeker queries come from"
    )
    parser.add_argument("--postings", type=Path, default=data.POSTINGS, help="the real postings (from a worktree)")
    parser.add_argument("--per-code", type=int, default=40)
    parser.add_argument("--models", type=Path, default=MODELS, help="the ONNX export cache (JOBCIRCLE's model dir)")
    parser.add_argument("--report", type=Path, default=Path(__file__).with_name("POLICY.md"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    embedders = {p: onnx_embedder(default_model_path(), args.models, precision=p) for p in ("fp32", "int8")}
    catalog, synonyms = Catalog.load(), load_synonyms()
    coders = {p: OccupationCoder(catalog, synonyms, e, cache_dir=CACHE) for p, e in embedders.items()}
    pool = data.pool(data.load_postings(args.postings), args.per_code)
    tests = [i for i, p in enumerate(pool) if p.split == args.split]
    seekers = [data.seeker_from(pool[i]) for i in tests]
    configs = [Config("fp32", "full"), Config("int8", "full")]
    configs += [Config("int8", f"select-{n}") for n in _ints(args.tokens)]
    configs += [Config("int8", f"head-{n}") for n in _ints(args.head)]
    configs += [Config("int8", f"model-{n}") for n in _ints(args.model)]
    people = {p: seeker_side(seekers, coders[p], embedders[p]) for p in embedders}
    reference: dict[str, dict[str, list[list[int]]]] = {}
    inputs: dict[tuple[str, str], dict[tuple[int, int], CandidateInputs]] = {}  # text-independent: computed once
    lines = [
        "# Posting text policies against full-text fp32\n",
        f"`python -m bench.eval.policy --tokens {args.tokens} --head {args.head} --model {args.model} "
        f"--split {args.split}`; {len(pool)} pooled postings, {len(tests)} seeker queries ({args.split} half). "
        "nDCG@10 relative to the reference; agreement = the reference's top 10 found in this top 10, averaged.\n",
        "| precision | policy | mean tokens | task | ranking | nDCG@10 | vs ref | top-10 agreement |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for config in configs:
        texts = [config.text(p, lambda t: embedders["int8"].tokenize([t])[0]) for p in pool]
        tokens = np.mean([len(e.ids) for e in embedders["int8"].tokenize(texts)])
        jobs = job_side(pool, coders[config.precision], embedders[config.precision], texts)
        for task in tasks(pool, tests, seekers, jobs, people[config.precision]):
            for ranking, weights in (("embedding", BASELINE), ("hybrid", Weights())):
                orders = run(
                    task, weights, coders[config.precision], inputs.setdefault((config.precision, task.name), {})
                )
                ref = reference.setdefault(task.name, {}).setdefault(ranking, orders)
                score = mean_ndcg(task, orders)
                base = mean_ndcg(task, ref)
                agree = np.mean([len(set(a[:10]) & set(b[:10])) / max(min(len(b), 10), 1) for a, b in zip(orders, ref)])
                lines.append(
                    f"| {config.precision} | {config.policy} | {tokens:.0f} | {task.name} | {ranking} | {score:.4f} "
                    f"| {score / base - 1:+.2%} | {agree:.3f} |"
                )
                print(lines[-1], flush=True)
    lines.append(f"\nRun time {time.perf_counter() - started:.0f} s.\n")
    args.report.write_text("\n".join(lines), encoding="utf-8")


def model_cut(text: str, tokens: int, tokenize: Callable[[str], Any]) -> str:
    """The start of `text` that the model reads as at most `tokens` tokens, [CLS] and [SEP] among them."""
    encoding = tokenize(text)
    if len(encoding.ids) <= tokens:
        return text
    return text[: encoding.offsets[tokens - 2][1]]  # the last kept token's end; offsets[0] is [CLS]


def tasks(
    pool: list[data.Posting], tests: list[int], seekers: list[data.Seeker], jobs: Side, people: Side
) -> list[Task]:
    return [
        Task(
            "seeker → jobs",
            people,
            jobs,
            lambda q, c: _grade(seekers[q].source, pool[c], seekers[q].expected_min),
            lambda q: tests[q],
        ),
        Task(
            "job → seekers",
            jobs.subset(tests),
            people,
            lambda q, c: _grade(pool[tests[q]], seekers[c].source, seekers[c].expected_min),
            lambda q: q,
        ),
    ]


def run(
    task: Task, weights: Weights, coder: OccupationCoder, memo: dict[tuple[int, int], CandidateInputs]
) -> list[list[int]]:
    similarity = task.queries.vectors @ task.candidates.vectors.T
    if task.exclude is not None:
        for q in range(len(task.queries.ids)):
            similarity[q, task.exclude(q)] = np.nan
    return [rank(q, similarity[q], task, weights, coder, memo) for q in range(len(task.queries.ids))]


def rank(
    q: int,
    similarity: np.ndarray,
    task: Task,
    weights: Weights,
    coder: OccupationCoder,
    memo: dict[tuple[int, int], CandidateInputs],
) -> list[int]:
    """bench.eval's ranking (`rank_top_k`, all at one distance and age), the other factors kept between configs."""
    queries, candidates = task.queries, task.candidates
    keep = np.flatnonzero(~np.isnan(similarity))
    order = np.lexsort((keep, -similarity[keep]))
    cands = Candidates(keep[order].astype(np.int64), np.zeros(len(keep)), similarity[keep][order].astype(np.float32))

    def load(ids: Sequence[int]) -> Mapping[int, CandidateInputs]:
        return {
            c: memo[(q, c)]
            if (q, c) in memo
            else memo.setdefault((q, c), candidate_inputs(q, c, queries, candidates, coder))
            for c in ids
        }

    return [r.id for r in rank_top_k(cands, load, weights, DEPTH).items]


def mean_ndcg(task: Task, orders: list[list[int]]) -> float:
    scores = []
    for q, order in enumerate(orders):
        grades = {str(c): g for c in range(len(task.candidates.ids)) if (g := task.grade(q, c))}
        if grades:
            scores.append(ndcg([str(c) for c in order], grades, 10))
    return float(np.mean(scores))


def _ints(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x.strip()]


if __name__ == "__main__":
    main()
