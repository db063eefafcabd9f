"""Build and validate bench/eval/dev7/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev7/build.py   (exits 1 if any check fails)

dev7 judges as dev6 does (this file is dev6's build with dev7's names, ids and seeds): as dev2/dev3 do
(`bench.eval.judging`), with a posting's `inf` (what a careful reader infers from a silent text, named in the why) and
`unsure` (the limits a silent text leaves open: a persona holding one does not judge the posting acceptable; it is
left unjudged), and `night_in_window` for a window that runs past midnight. One addition of its own:
- **days a week**: a persona's `max_days` (一个礼拜最多三天) is broken by a posting whose `days` (a week's working
  days, 月休四天 read as six) exceed it, with the code `hours`; a posting that does not say how many days it works is
  left unjudged for such a persona, unless its hours are the worker's own choice.
"""

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.handwritten import HandSet, main, unsure_errors  # noqa: E402
from bench.eval.judging import Rules  # noqa: E402
from bench.eval.week_judging import judge_days, print_days  # noqa: E402

CRAFTS = frozenset({"sew", "elec", "cook", "paint", "calligraphy", "crochet"})  # nobody holds these unsaid
RULES = Rules(crafts=CRAFTS, exp_names_line=True, unwritten_edu_unknown=True)  # schooling asked, never written


def judge_dev7(
    post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules = RULES
) -> dict[str, Any] | None:
    """`bench.eval.week_judging.judge_days` under this set's rules."""
    return judge_days(post, persona, posting_id, rules)


DEV7 = HandSet(
    POSTINGS,
    PERSONAS,
    HERE / "personas.json",
    "d7",
    offset_seed=7717,
    pick_seed=7000,
    min_postings=80,
    min_personas=40,
    stated_first=frozenset({"physical", "no_night", "hours", "weekends", "no_shifts"}),
    rules=RULES,
    judge=judge_dev7,
    source_errors=unsure_errors,
)


if __name__ == "__main__":
    code = main(DEV7)
    print_days(DEV7)
    sys.exit(code)
