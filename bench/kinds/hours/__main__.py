"""`python -m bench.kinds.hours [--list] [--rounds FOLDER …]`: which kinds of work the matcher holds to break a seeker's
time limit when a full-time post of the kind says nothing of its hours, against three labellers who judged it blind
(round 1: `lab1.csv` … `lab3.csv` here; round 2: `round2/`; `README.md`). By default every round, 300 kinds.

Each labeller answered, for kinds named by a title alone and five limits a seeker says in their own words (8点以后才能
上班, 4点半以前必须走, 晚上6点以后不能干, 周末不能上班, 一天最多8小时), whether offering a full-time post of that kind that is
silent on its hours breaks the limit in the ordinary case: `U`, `A` or `D`. The majority decides a cell as in
`bench.kinds.acceptable`, whose pieces this reuses. The matcher "holds" a limit where `posting_facts(title, "")`
carries a `kind_hours` fact of it (an `early` one for a day that opens after eight; a `dawn` one, which an eight
o'clock start misses too, counts as `early`): what keeps the post out for a seeker with that limit (`Limits.fits`).
Printed: the labellers' agreement, then per limit the majority's U cells held and missed, and A cells held anyway (a
good job hidden); `--list` names the disagreeing cells.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from bench.kinds.acceptable import read_kinds, report
from matching.facts.fact import Fact
from matching.facts.kind_hours import KIND_HOURS
from matching.facts.kind_hours_table import DAWN, EARLY, EVENING, LONG_DAY, PICKUP, WEEKEND
from matching.facts.reader import posting_facts

HERE = Path(__file__).parent
LIMITS = (EARLY, PICKUP, EVENING, WEEKEND, LONG_DAY)  # the labels' five columns, named as the matcher names them
_AS_LIMIT = {DAWN: EARLY}  # a dawn start breaks "8点以后才能上班" as any early one does


def held(facts: Iterable[Fact]) -> frozenset[str]:
    """The limits a posting's kind hours break."""
    return frozenset(_AS_LIMIT.get(f.value, f.value) for f in facts if f.code == KIND_HOURS and f.value)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.kinds.hours", description=__doc__)
    parser.add_argument("--list", action="store_true", help="name every cell where the matcher and the majority differ")
    parser.add_argument("--rounds", type=Path, nargs="+", default=[HERE, *sorted(HERE.glob("round*"))])
    args = parser.parse_args(argv)
    kinds = [kind for folder in args.rounds for kind in read_kinds(sorted(folder.glob("lab*.csv")), LIMITS)]
    read = [held(posting_facts(k.title, "")) for k in kinds]
    print("\n".join(report(kinds, read, listed=args.list, limits=LIMITS)))


if __name__ == "__main__":
    main()
