"""`python -m bench.eval.value_limits`: the age and experience limits alone against every judgement of a persona set.

The page-level benchmark (`bench.eval.personas`) counts violations among the top 5 a served page shows, where any
other limit or the ranking may hide a miss. This one asks `Limits.fits` only, with nothing but the facts of one
family on both sides (a seeker's age, birth year and sign; or years of work, graduation and 驾龄; a posting's
age ranges and birth decades, or years of experience and 驾龄), for every judged pair: how many pairs the judge
says break the family are kept out (caught) or not (missed), and how many the judge calls acceptable are kept
out (wrongly). Dev-split misses are printed with what was read; the test split is only counted.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

from bench.eval.personas import HERE, split_of
from matching.facts import Fact, posting_facts, seeker_facts, seeker_limits

FAMILIES = {
    "age": ({"age", "born", "zodiac", "own_year"}, {"age_range", "born_range"}),
    "experience": ({"experience", "graduation", "driving_years"}, {"experience_min", "driving_years_min"}),
}


def read(facts: list[Fact], codes: set[str]) -> list[tuple[str, str | None, str]]:
    return [(f.code, f.value, f.evidence) for f in facts if f.code in codes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE / "personas.json", help="a persona file")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 12, 5), help="the day matched")
    args = parser.parse_args()
    data = json.loads(args.data.read_text(encoding="utf-8"))
    postings = {p["id"]: p for p in data["postings"]}
    tally: Counter[tuple[str, str, str]] = Counter()
    for persona in data["personas"]:
        split = split_of(persona["id"])
        said = seeker_facts(persona["desired_job"], " ".join([persona["experience"], *persona["skills"]]))
        for judged in persona["judgements"]:
            posting = postings[judged["posting"]]
            asked = posting_facts(posting["title"], posting["description"], posting.get("tags", []))
            for family, (seeker_codes, posting_codes) in FAMILIES.items():
                limits = seeker_limits([f for f in said if f.code in seeker_codes])
                kept_out = not limits.fits([f for f in asked if f.code in posting_codes], args.today)
                if family in judged["violates"]:
                    outcome = "caught" if kept_out else "missed"
                elif kept_out and judged["acceptable"]:
                    outcome = "wrongly kept out"
                else:
                    continue
                tally[(split, family, outcome)] += 1
                if split == "dev" and outcome != "caught":
                    print(
                        f"{outcome}: {family} {persona['id']} x {posting['id']} {posting['title']} | {judged['why']} | "
                        f"seeker {read(said, seeker_codes)} | posting {read(asked, posting_codes)}"
                    )
    print("\n| split | family | violations caught | missed | acceptable kept out |\n|---|---|---|---|---|")
    for split in ("dev", "test"):
        for family in FAMILIES:
            counts = [tally[(split, family, o)] for o in ("caught", "missed", "wrongly kept out")]
            print(f"| {split} | {family} | " + " | ".join(map(str, counts)) + " |")


if __name__ == "__main__":
    main()
