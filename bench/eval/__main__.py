"""`python -m bench.eval`: occupation coding accuracy and baseline vs hybrid ranking, in one run."""

from __future__ import annotations

import argparse
import csv
import hashlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np

from app.services.engine.texts import job_text, seeker_text
from bench.eval import data
from bench.eval.metrics import ndcg, recall, reciprocal_rank
from matching.coder_weights import CoderWeights
from matching.coding import OccupationCoder, document_terms
from matching.embedding import Embedder, SentenceTransformerEmbedder, default_model_path
from matching.index import Candidates
from matching.occupations import Catalog, Coded, load_synonyms
from matching.ranking import (
    CandidateInputs,
    SalaryUnit,
    Weights,
    rank_top_k,
    salary_fit,
)

CACHE = Path(__file__).parents[1] / ".cache"
BASELINE = Weights(semantic=1.0, keyword=0.0, occupation=0.0, distance=0.0, salary=0.0, freshness=0.0)
DEPTH = 100


@dataclass
class Side:
    """One side of a ranking task: ids, embedded texts, keyword terms, occupation codes, salary."""

    ids: list[str]
    titles: list[str]
    vectors: np.ndarray
    queries: list[list[str]]  # terms this item asks for when it is the query
    documents: list[list[str]]  # terms of this item when it is ranked
    codes: list[list[Coded]]
    salary_min: list[float | None]
    salary_max: list[float | None]

    def subset(self, rows: list[int]) -> Side:
        """This side narrowed to `rows`, in their order (the test postings asking in their turn)."""
        picked = {f.name: [getattr(self, f.name)[i] for i in rows] for f in fields(self) if f.name != "vectors"}
        return Side(vectors=self.vectors[rows], **picked)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-code", type=int, default=40, help="pool postings per occupation")
    parser.add_argument("--pairs", type=int, default=150, help="cross-platform duplicate pairs")
    parser.add_argument("--report", type=Path, default=Path(__file__).with_name("REPORT.md"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    embedder = SentenceTransformerEmbedder(default_model_path())
    catalog, synonyms = Catalog.load(), load_synonyms()
    coder = OccupationCoder(catalog, synonyms, embedder, cache_dir=CACHE)
    postings = data.load_postings()
    pool = data.pool(postings, args.per_code)
    pairs = data.duplicate_pairs(postings, args.pairs)
    print(
        f"{len(postings)} postings, {sum(p.code is not None for p in postings)} labelled by title rules; "
        f"pool {len(pool)} over {len({p.code for p in pool})} occupations; {len(pairs)} duplicate pairs"
    )
    lines = [
        f"# Evaluation report\n\n`python -m bench.eval --per-code {args.per_code} --pairs {args.pairs}`, "
        f"model {embedder.name}, {len(pool)} pooled postings over {len({p.code for p in pool})} occupations.\n"
    ]
    lines += coding_section(pool, coder, embedder)
    jobs = job_side(pool, coder, embedder)
    test_queries = [i for i, p in enumerate(pool) if p.split == "test"]
    seekers = [data.seeker_from(pool[i]) for i in test_queries]
    people = seeker_side(seekers, coder, embedder)
    lines += ranking_section(
        "Seeker → jobs (seekers described from a test posting's requirements)",
        people,
        jobs,
        lambda q, c: _grade(seekers[q].source, pool[c], seekers[q].expected_min),
        coder,
        lambda q: test_queries[q],
    )
    lines += ranking_section(
        "Job → seekers (the same postings asking for the derived seekers)",
        jobs.subset(test_queries),
        people,
        lambda q, c: _grade(pool[test_queries[q]], seekers[c].source, seekers[c].expected_min),
        coder,
        lambda q: q,
    )
    lines += colloquial_section(pool, jobs, coder, embedder)
    lines += duplicates_section(pairs, pool, coder, embedder)
    lines.append(f"\nRun time {time.perf_counter() - started:.0f} s.\n")
    args.report.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def coding_section(pool: list[data.Posting], coder: OccupationCoder, embedder: Embedder) -> list[str]:
    dense_only = OccupationCoder(
        coder.catalog,
        coder.synonyms,
        embedder,
        cache_dir=CACHE,
        weights=replace(CoderWeights(), alias=0.0, keyword=0.0, body_alias=0.0),
    )
    lines = [
        "## Occupation coding\n",
        "Gold: the hand-written title rules in `bench/eval/title_labels.csv`; the coder sees title and description.\n",
        "| coder | split | n | top-1 | top-3 | top-5 | mean top-1 confidence |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, c in (("embedding only", dense_only), ("hybrid (names, aliases, synonyms, BM25, embedding)", coder)):
        for split in ("dev", "test"):
            items = [p for p in pool if p.split == split]
            coded = c.code_many([(p.title, p.description) for p in items], k=5)
            hits = [next((r for r, x in enumerate(cs) if x.code == p.code), 99) for p, cs in zip(items, coded)]
            acc = [sum(h < k for h in hits) / len(hits) for k in (1, 3, 5)]
            confidence = float(np.mean([cs[0].confidence for cs in coded]))
            lines.append(
                f"| {name} | {split} | {len(items)} | {acc[0]:.3f} | {acc[1]:.3f} | {acc[2]:.3f} | {confidence:.3f} |"
            )
    return [*lines, ""]


def job_side(
    pool: list[data.Posting], coder: OccupationCoder, embedder: Embedder, texts: list[str] | None = None
) -> Side:
    """`texts`: what is embedded for each posting (bench.eval.policy's text policies); the whole text by default.
    The coder weighs each posting's vector beside its title, as the service's describe() does."""
    vectors = embed_cached(
        embedder, texts if texts is not None else [job_text(p.title, p.description, []) for p in pool]
    )
    return Side(
        [p.id for p in pool],
        [p.title for p in pool],
        vectors,
        [coder.query_terms(p.title, p.description) for p in pool],
        [document_terms(p.title, p.description) for p in pool],
        coder.code_many([(p.title, p.description) for p in pool], text_vectors=vectors),
        [p.salary_min for p in pool],
        [p.salary_max for p in pool],
    )


def seeker_side(seekers: list[data.Seeker], coder: OccupationCoder, embedder: Embedder) -> Side:
    bodies = [s.experience + " " + " ".join(s.skills) for s in seekers]
    vectors = embed_cached(embedder, [seeker_text(s.desired_job, s.experience, s.skills) for s in seekers])
    return Side(
        [f"s{s.source.id}" for s in seekers],
        [f"求职：{s.desired_job}" for s in seekers],
        vectors,
        [coder.query_terms(s.desired_job, b) for s, b in zip(seekers, bodies)],
        [document_terms(s.desired_job, b) for s, b in zip(seekers, bodies)],
        coder.code_many([(s.desired_job, b) for s, b in zip(seekers, bodies)], text_vectors=vectors),
        [s.expected_min for s in seekers],
        [s.expected_min for s in seekers],
    )


def ranking_section(
    title: str,
    queries: Side,
    candidates: Side,
    grade: Callable[[int, int], int],
    coder: OccupationCoder,
    source: Callable[[int], int],
) -> list[str]:
    lines = [
        f"## {title}\n",
        f"{len(queries.ids)} queries over {len(candidates.ids)} candidates (the query's own "
        "source left out); relevance 2 = same occupation and the pay fits, 1 = same occupation.\n",
    ]
    return lines + compare(queries, candidates, grade, coder, exclude=source) + [""]


def compare(
    queries: Side,
    candidates: Side,
    grade: Callable[[int, int], int],
    coder: OccupationCoder,
    examples: int = 3,
    exclude: Callable[[int], int] | None = None,
) -> list[str]:
    similarity = queries.vectors @ candidates.vectors.T
    if exclude is not None:
        for q in range(len(queries.ids)):
            similarity[q, exclude(q)] = np.nan
    table = ["| ranking | nDCG@10 | Recall@10 | Recall@100 | MRR |", "|---|---|---|---|---|"]
    ranked: dict[str, list[list[int]]] = {}
    for name, weights in (("baseline: embedding only", BASELINE), ("hybrid", Weights())):
        ranked[name] = [rank(q, similarity[q], queries, candidates, weights, coder) for q in range(len(queries.ids))]
    scores: dict[str, list[tuple[float, ...]]] = {}
    for name, runs in ranked.items():
        rows = []
        for q, order in enumerate(runs):
            grades = {str(c): g for c in range(len(candidates.ids)) if (g := grade(q, c))}
            if grades:
                ids = [str(c) for c in order]
                rows.append(
                    (
                        ndcg(ids, grades, 10),
                        recall(ids, grades, 10),
                        recall(ids, grades, 100),
                        reciprocal_rank(ids, grades),
                    )
                )
        scores[name] = rows
        means = np.mean(np.array(rows), axis=0) if rows else np.zeros(4)
        table.append(f"| {name} ({len(rows)} with a relevant item) | " + " | ".join(f"{m:.3f}" for m in means) + " |")
    return table + fixed_examples(ranked, queries, candidates, grade, examples)


def candidate_inputs(q: int, c: int, queries: Side, candidates: Side, coder: OccupationCoder) -> CandidateInputs:
    """What ranking reads of one (query, candidate) pair besides similarity: pay fit, keywords, occupation."""
    return CandidateInputs(
        salary_fit(
            candidates.salary_max[c] or candidates.salary_min[c],
            SalaryUnit.MONTH,
            queries.salary_min[q],
            SalaryUnit.MONTH,
        ),
        0.0,
        coder.keyword_relevance(queries.queries[q], candidates.documents[c]),
        coder.agreement(queries.codes[q], candidates.codes[c]),
    )


def rank(
    q: int, similarity: np.ndarray, queries: Side, candidates: Side, weights: Weights, coder: OccupationCoder
) -> list[int]:
    """The production ranking (`rank_top_k`), every candidate at the same distance and age."""
    keep = np.flatnonzero(~np.isnan(similarity))
    cands = Candidates(keep.astype(np.int64), np.zeros(len(keep)), similarity[keep].astype(np.float32))
    order = np.lexsort((cands.ids, -cands.similarity))
    cands = Candidates(cands.ids[order], cands.distance_km[order], cands.similarity[order])

    def load(ids: Sequence[int]) -> Mapping[int, CandidateInputs]:
        return {c: candidate_inputs(q, c, queries, candidates, coder) for c in ids}

    return [r.id for r in rank_top_k(cands, load, weights, DEPTH).items]


def fixed_examples(
    ranked: dict[str, list[list[int]]], queries: Side, candidates: Side, grade: Callable[[int, int], int], limit: int
) -> list[str]:
    """Queries whose first result the baseline got wrong and the hybrid got right."""
    base, hybrid = ranked.values()
    lines = ["\nWhere hybrid fixes the embedding (first result: baseline → hybrid):\n"]
    shown = 0
    for q in range(len(queries.ids)):
        if base[q] and hybrid[q] and grade(q, base[q][0]) == 0 and grade(q, hybrid[q][0]) > 0 and shown < limit:
            lines.append(
                f"- {_label(queries, q)}: {_label(candidates, base[q][0])} → {_label(candidates, hybrid[q][0])}"
            )
            shown += 1
    return lines if shown else []


def colloquial_section(pool: list[data.Posting], jobs: Side, coder: OccupationCoder, embedder: Embedder) -> list[str]:
    with (Path(__file__).with_name("colloquial.csv")).open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [r["text"] for r in rows]
    side = Side(
        [f"q{i}" for i in range(len(rows))],
        texts,
        embed_cached(embedder, texts),
        [coder.query_terms(t) for t in texts],
        [document_terms(t, "") for t in texts],
        coder.code_many([(t, "") for t in texts]),
        [None] * len(rows),
        [None] * len(rows),
    )
    lines = [
        "## Colloquial seekers (hand-written, `bench/eval/colloquial.csv`)\n",
        f"{len(rows)} short profiles as people write them, against the whole pool; relevant = the stated occupation. "
        "They exercise the synonym table, so they measure its coverage rather than generalisation.\n",
    ]
    return lines + compare(side, jobs, lambda q, c: int(pool[c].code == rows[q]["code"]), coder) + [""]


def duplicates_section(
    pairs: list[tuple[data.Posting, data.Posting]], pool: list[data.Posting], coder: OccupationCoder, embedder: Embedder
) -> list[str]:
    targets = [b for _, b in pairs]
    everything = targets + [p for p in pool if p.id not in {t.id for t in targets}]
    side_a = job_side([a for a, _ in pairs], coder, embedder)
    side_b = job_side(everything, coder, embedder)
    lines = [
        "## Cross-platform duplicates\n",
        f"{len(pairs)} postings whose twin (same company and title on another "
        f"platform) hides among {len(everything)} postings.\n",
    ]
    return lines + compare(side_a, side_b, lambda q, c: int(c == q), coder, examples=0) + [""]


def embed_cached(embedder: Embedder, texts: list[str]) -> np.ndarray:
    path = CACHE / f"eval-{embedder.name}.npz"
    store: dict[str, np.ndarray] = dict(np.load(path)) if path.is_file() else {}
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    missing = [i for i, k in enumerate(keys) if k not in store]
    if missing:
        print(f"embedding {len(missing)} texts (cached afterwards in {path})")
        for i, vector in zip(missing, embedder.embed([texts[i] for i in missing])):
            store[keys[i]] = vector
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, **store)
    return np.stack([store[k] for k in keys]).astype(np.float32)


def _grade(query: data.Posting, candidate: data.Posting, expected_min: float | None) -> int:
    if candidate.code != query.code or candidate.id == query.id:
        return 0
    offered = candidate.salary_max or candidate.salary_min
    return 2 if expected_min and offered and offered >= expected_min else 1


def _label(side: Side, i: int) -> str:
    return f"「{side.titles[i]}」"


if __name__ == "__main__":
    main()
