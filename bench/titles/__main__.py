"""`python -m bench.titles`: the occupation coder on real posting titles that people coded from the 大典 (2022)
definitions, never from the coder's rules (`labels.csv`: row, a hash of the title, the code, other acceptable
codes, the labeller's confidence; how they were drawn and decided is in LABELLING.md). The titles themselves are
read from `../shared/data/postings_real.csv.gz` and never copied into the project.

A title counts as coded right at rank k when one of the coder's first k codes is the label or an accepted
alternative. Rows are split dev/test by row number: rules may be tuned on dev; test is only reported.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.services.engine.texts import POSTING_TEXT
from matching.coding import OccupationCoder
from matching.embedding import Embedder, SentenceTransformerEmbedder, Vectors, default_model_path
from matching.occupations import Catalog, load_synonyms

HERE = Path(__file__).parent
POSTINGS = HERE.parents[2] / "shared" / "data" / "postings_real.csv.gz"
CACHE = HERE.parent / ".cache"


@dataclass(frozen=True)
class Label:
    row: int
    sid: str
    codes: frozenset[str]
    code: str
    confidence: str

    @property
    def split(self) -> str:
        return "dev" if hashlib.sha256(str(self.row).encode()).digest()[0] % 2 else "test"


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8") as f:
        return [
            Label(
                int(r["row"]),
                r["sid"],
                frozenset([r["code"], *filter(None, r["alt_codes"].split("|"))]),
                r["code"],
                r["confidence"],
            )
            for r in csv.DictReader(f)
        ]


def read_postings(wanted: set[int], path: Path) -> dict[int, tuple[str, str, str]]:
    """Title, description and employer name (公司) of each wanted row."""
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if i in wanted:
                out[i] = (row["职位"], row["职位描述"], row.get("公司") or "")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=HERE / "labels.csv")
    parser.add_argument("--postings", type=Path, default=POSTINGS)
    parser.add_argument(
        "--no-employer",
        dest="employer",
        action="store_false",
        help="do not give the coder the employer's name (公司), as the service did before 2026-12-05",
    )
    parser.add_argument(
        "--no-text",
        dest="text",
        action="store_false",
        help="code without each posting's whole-text vector (title and description as the service embeds them)",
    )
    parser.add_argument("--errors", type=int, default=0, help="print this many dev-split misses (to the terminal)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    labels = read_labels(args.labels)
    texts = read_postings({label.row for label in labels}, args.postings)
    labels = [label for label in labels if hashlib.sha1(texts[label.row][0].encode()).hexdigest()[:16] == label.sid]
    catalog = Catalog.load()
    embedder = SentenceTransformerEmbedder(default_model_path())
    coder = OccupationCoder(catalog, load_synonyms(), embedder, cache_dir=CACHE)
    posted = [POSTING_TEXT.posting_text(*texts[label.row][:2], []) for label in labels]
    coded = coder.code_many(
        [texts[label.row][:2] for label in labels],
        k=5,
        employers=[texts[label.row][2] if args.employer else "" for label in labels],
        text_vectors=embed_cached(embedder, posted) if args.text else None,
    )
    ranks = [next((r for r, c in enumerate(cs) if c.code in label.codes), 99) for label, cs in zip(labels, coded)]
    print(f"{len(labels)} titles, coder {coder.version}\n")
    print("| subset | n | top-1 | top-3 | top-5 |")
    print("|---|---|---|---|---|")
    subsets = {
        "all": lambda label: True,
        "dev": lambda label: label.split == "dev",
        "test": lambda label: label.split == "test",
        "labeller confident (high)": lambda label: label.confidence == "high",
        "not software (2-02-10)": lambda label: not label.code.startswith("2-02-10"),
    }
    for name, keep in subsets.items():
        chosen = [r for label, r in zip(labels, ranks) if keep(label)]
        if chosen:
            acc = [sum(r < k for r in chosen) / len(chosen) for k in (1, 3, 5)]
            print(f"| {name} | {len(chosen)} | {acc[0]:.3f} | {acc[1]:.3f} | {acc[2]:.3f} |")
    confusions = Counter(
        (label.code, cs[0].code if cs else "-")
        for label, cs, r in zip(labels, coded, ranks)
        if r > 0 and label.split == "dev"
    )
    print("\nMost frequent dev confusions (label → coder's first):")
    for (gold, got), n in confusions.most_common(12):
        print(f"- {gold} {_name(catalog, gold)} → {got} {_name(catalog, got)} ×{n}")
    shown = 0
    for label, cs, r in zip(labels, coded, ranks):
        if r > 0 and label.split == "dev" and shown < args.errors:
            shown += 1
            print(
                f"{texts[label.row][0][:30]} | gold {label.code} {_name(catalog, label.code)} | got {[c.name for c in cs[:3]]}"
            )
    print(f"\nRun time {time.perf_counter() - started:.0f} s.")


def embed_cached(embedder: Embedder, texts: list[str]) -> Vectors:
    """The postings' vectors as the service stores them, kept in CACHE by a hash of each text (they take a minute)."""
    path = CACHE / f"titles-{embedder.name}-{POSTING_TEXT.name}.npz"
    store: dict[str, Vectors] = dict(np.load(path)) if path.is_file() else {}
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    missing = [i for i, key in enumerate(keys) if key not in store]
    if missing:
        store.update(zip((keys[i] for i in missing), embedder.embed([texts[i] for i in missing])))
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, **store)
    return np.stack([store[key] for key in keys]).astype(np.float32)


def _name(catalog: Catalog, code: str) -> str:
    found = catalog.get(code)
    return found.name if found else "?"


if __name__ == "__main__":
    main()
