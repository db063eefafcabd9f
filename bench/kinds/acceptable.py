"""`python -m bench.kinds.acceptable [--list]`: which kinds of work the reader holds to break a seeker's bodily limit,
against three labellers who judged it blind (`acceptability/roundN/lab1.csv` … `lab3.csv`, `acceptability/README.md`).

Each labeller answered, for kinds of work named by a title alone (95 in round 1, 65 more in round 2, 70 more in round
3: by default every `roundN` folder, 230 kinds) and 13 limits a seeker says in their own words, whether offering the job
breaks the limit in the ordinary case: `U` (unacceptable), `A` (acceptable) or `D` (depends).
The majority of the three decides a cell: `U` or `A` where two or three agree, else `D`. The reader "holds" a demand
where `posting_facts(title, "")` carries a physical fact of that demand (stated or implied by the kind, not eased):
what keeps the posting out of a page for a person with that limit. Printed: the labellers' agreement, then per limit
the majority's U cells the reader holds (kept out, agreed) and misses, and its A cells the reader holds anyway (a good
job hidden); `--list` names the disagreeing cells.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from matching.facts.fact import Fact, Family
from matching.facts.kind_nouns import DEMANDS, HANDS
from matching.facts.reader import posting_facts

HERE = Path(__file__).with_name("acceptability")
LIMITS = (*DEMANDS, HANDS)  # the labels' 13 columns: the kinds' demands as the reader names them, and one hand
VERDICTS = ("U", "A", "D")
# the reader's names for each limit's demand, where they differ (a stated 粉尘 is the `dust` code, an air demand)
_READER_NAMES = {"heights": ("height", "heights"), "air": ("air", "dust")}
_NOT_MADE = "eased"


@dataclass(frozen=True, slots=True)
class Kind:
    id: str
    title: str
    verdicts: Mapping[str, tuple[str, ...]]  # limit -> one verdict per labeller

    def majority(self, limit: str) -> str:
        verdict, count = Counter(self.verdicts[limit]).most_common(1)[0]
        return verdict if count * 2 > len(self.verdicts[limit]) and verdict != "D" else "D"


def read_rounds(rounds: Sequence[Path]) -> list[Kind]:
    """Every round's kinds, each round's labellers' files paired by row."""
    return [kind for folder in rounds for kind in read_kinds(sorted(folder.glob("lab*.csv")))]


def read_kinds(paths: Sequence[Path], limits: Sequence[str] = LIMITS) -> list[Kind]:
    tables = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            tables.append(list(csv.DictReader(handle)))
    rows = zip(*tables, strict=True)
    kinds = []
    for same in rows:
        if len({(r["id"], r["title"]) for r in same}) != 1:
            raise SystemExit(f"the label files disagree on a kind: {[r['id'] for r in same]}")
        for r in same:
            bad = [limit for limit in limits if r[limit] not in VERDICTS]
            if bad:
                raise SystemExit(f"{r['id']}: not U/A/D in {bad}")
        kinds.append(Kind(same[0]["id"], same[0]["title"], {lim: tuple(r[lim] for r in same) for lim in limits}))
    return kinds


def held(facts: Iterable[Fact]) -> frozenset[str]:
    """The limits a posting's physical facts break: each fact's code or value named as a limit's demand."""
    names = {name: limit for limit in LIMITS for name in _READER_NAMES.get(limit, (limit,))}
    found = set()
    for fact in facts:
        if fact.family is not Family.PHYSICAL or fact.code == _NOT_MADE:
            continue
        found.update(names[n] for n in (fact.code, fact.value) if n in names)
    return frozenset(found)


def fleiss_kappa(kinds: Sequence[Kind], limits: Sequence[str]) -> float:
    """Fleiss' kappa of the labellers over every (kind, limit) cell."""
    cells = [Counter(k.verdicts[lim]) for k in kinds for lim in limits]
    raters = sum(cells[0].values())
    agree = sum((sum(c * c for c in cell.values()) - raters) / (raters * (raters - 1)) for cell in cells) / len(cells)
    totals = Counter[str]()
    for cell in cells:
        totals.update(cell)
    chance = sum((n / (len(cells) * raters)) ** 2 for n in totals.values())
    return 1.0 if chance >= 1 else (agree - chance) / (1 - chance)  # one verdict everywhere: agreed, by any measure


def report(
    kinds: Sequence[Kind], read: Sequence[frozenset[str]], *, listed: bool, limits: Sequence[str] = LIMITS
) -> list[str]:
    lines = [
        f"{len(kinds)} kinds × {len(limits)} limits, {len(kinds[0].verdicts[limits[0]])} labellers; "
        f"Fleiss' kappa {fleiss_kappa(kinds, limits):.2f}",
        "",
        "| limit | majority U / A / D | U held | U missed | A held (hidden) | κ |",
        "|---|---|---|---|---|---|",
    ]
    missed: list[str] = []
    hidden: list[str] = []
    sums = Counter[str]()
    for limit in limits:
        major = [k.majority(limit) for k in kinds]
        u_held = sum(m == "U" and limit in r for m, r in zip(major, read, strict=True))
        u_missed = [k for k, m, r in zip(kinds, major, read, strict=True) if m == "U" and limit not in r]
        a_held = [k for k, m, r in zip(kinds, major, read, strict=True) if m == "A" and limit in r]
        counts = Counter(major)
        sums.update({"U": counts["U"], "A": counts["A"], "D": counts["D"], "held": u_held})
        sums.update({"missed": len(u_missed), "hidden": len(a_held)})
        lines.append(
            f"| {limit} | {counts['U']} / {counts['A']} / {counts['D']} | {u_held} | {len(u_missed)} | "
            f"{len(a_held)} | {fleiss_kappa(kinds, (limit,)):.2f} |"
        )
        missed += [f"- missed {limit}: {k.id} {k.title} ({''.join(k.verdicts[limit])})" for k in u_missed]
        hidden += [f"- hidden {limit}: {k.id} {k.title} ({''.join(k.verdicts[limit])})" for k in a_held]
    lines.append(
        f"| all | {sums['U']} / {sums['A']} / {sums['D']} | {sums['held']} | {sums['missed']} | {sums['hidden']} | |"
    )
    if listed:
        lines += ["", *missed, *hidden]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.kinds.acceptable", description=__doc__)
    parser.add_argument("--list", action="store_true", help="name every cell where the reader and the majority differ")
    parser.add_argument("--rounds", type=Path, nargs="+", default=sorted(HERE.glob("round*")))
    args = parser.parse_args(argv)
    kinds = read_rounds(args.rounds)
    read = [held(posting_facts(k.title, "")) for k in kinds]
    print("\n".join(report(kinds, read, listed=args.list)))


if __name__ == "__main__":
    main()
