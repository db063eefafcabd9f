"""`python -m bench.upload.lengths`: the model alone, per posting text length, against the ingest before item 4.

The speed side of `bench.eval.policy`'s curve: each way embeds the same real rows' texts (the speed stage's
sheet, seed 7) in a fresh call. before = the whole text, one text at a time on one core (the path before
issue 27 item 4); each other way = the text cut at N of the model's tokens (`model-N`), or a named policy
(`head-320`), run side by side on every core as an upload does. Rounds turn the order so that a drifting load
favours none; the figure is each way's rate over the before of the same round, and their geometric mean.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

from bench.eval.data import POSTINGS
from bench.eval.policy import model_cut
from bench.upload.sheet import real_rows
from matching.embedding import default_model_path
from matching.onnx_embedding import OnnxEmbedder, onnx_embedder
from matching.text_policy import FULL_TEXT, TextPolicy


def texts_of(way: str, rows: list[list[str]], embedder: OnnxEmbedder) -> list[str]:
    full = [FULL_TEXT.posting_text(r[0], r[1], []) for r in rows]
    if way == "before":
        return full
    if way.startswith("model-"):
        return [model_cut(t, int(way.removeprefix("model-")), lambda s: embedder.tokenize([s])[0]) for t in full]
    policy = TextPolicy.named(way)
    return [policy.posting_text(r[0], r[1], []) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ways", default="head-320,model-128,model-192,model-256", help="policies against before")
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postings", type=Path, default=POSTINGS)
    parser.add_argument("--models", type=Path, default=Path("var/models"), help="the ONNX export cache")
    args = parser.parse_args()
    rows = real_rows(args.rows, seed=7, path=args.postings)
    one = onnx_embedder(default_model_path(), args.models, parallel=1)
    every = onnx_embedder(default_model_path(), args.models, parallel=os.cpu_count() or 1)
    ways = ["before", *args.ways.split(",")]
    texts = {way: texts_of(way, rows, every) for way in ways}
    tokens = {way: np.mean([len(e.ids) for e in every.tokenize(texts[way])]) for way in ways}
    ratios: dict[str, list[float]] = {way: [] for way in ways[1:]}
    print(f"{len(rows)} rows, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    for round_ in range(args.rounds):
        turn = round_ % len(ways)
        rates = {way: rate(one if way == "before" else every, texts[way]) for way in ways[turn:] + ways[:turn]}
        for way in ways[1:]:
            ratios[way].append(rates[way] / rates["before"])
        shown = ", ".join(f"{way} {rates[way]:.1f}" for way in ways)
        print(f"round {round_ + 1} (load {os.getloadavg()[0]:.1f}): texts/s {shown}", flush=True)
    print("| way | mean tokens | × before, each round | geometric mean |\n|---|---|---|---|")
    print(f"| before (whole text, 1 core) | {tokens['before']:.0f} | 1 | 1 |")
    for way, r in ratios.items():
        each = " / ".join(f"{x:.2f}" for x in r)
        print(f"| {way} | {tokens[way]:.0f} | {each} | {np.exp(np.mean(np.log(r))):.2f}× |")


def rate(embedder: OnnxEmbedder, texts: list[str]) -> float:
    started = time.perf_counter()
    embedder.embed(texts)
    return len(texts) / (time.perf_counter() - started)


if __name__ == "__main__":
    main()
