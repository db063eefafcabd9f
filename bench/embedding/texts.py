"""The texts embedded: real postings when the research data is here, else text built from the shipped catalog."""

from __future__ import annotations

import csv
import gzip
import random
from pathlib import Path

from app.services.engine.texts import job_text
from matching.occupations import Catalog

POSTINGS = Path(__file__).parents[3] / "shared" / "data" / "postings_real.csv.gz"


def load(count: int, queries: int, seed: int = 1, path: Path = POSTINGS) -> tuple[list[str], list[str], str]:
    """`count` distinct posting texts as the app embeds them, `queries` titles of other postings, and the source."""
    if path.is_file():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            pairs = [(r["职位"].strip(), r["职位描述"].strip()) for r in csv.DictReader(f)]
        source = f"{path.name}: distinct real postings (title + description)"
    else:
        pairs = [(o.name, f"{o.definition}\n{o.tasks}") for o in Catalog.load().entries if o.level == 4]
        source = f"synthetic ({path.name} absent): occupation names, definitions and tasks from the catalog"
    random.Random(seed).shuffle(pairs)
    texts = list(dict.fromkeys(job_text(title, description, []) for title, description in pairs))
    postings = texts[: min(count, len(texts) - queries)]
    chosen = set(postings)
    titles = [t for t, d in pairs if t and job_text(t, d, []) not in chosen]
    return postings, list(dict.fromkeys(titles))[:queries], source
