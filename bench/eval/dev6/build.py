"""Build and validate bench/eval/dev6/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev6/build.py   (exits 1 if any check fails)

dev6 judges as dev5 does (this file is dev5's build with dev6's names, ids and seeds, plus `night_in_window` for a
seeker who can only work at night): as dev2/dev3 do (`bench.eval.judging`), with two additions read from its own
sources:
- a posting's `inf` notes say what a careful reader inferred from a silent text (an 装卸工 lifts, a 小区保安 takes
  night turns), and the judgement's why names them;
- a posting's `unsure` names the limits its silent text leaves open (a 普工 posting with no hours says nothing about
  nights): a persona holding such a limit does not judge it acceptable; it is left unjudged instead.
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
from bench.eval.week_judging import judge_night  # noqa: E402

CRAFTS = frozenset({"sew", "elec", "cook", "paint", "crochet"})  # nobody holds these unsaid
RULES = Rules(crafts=CRAFTS, exp_names_line=True, unwritten_edu_unknown=True)  # schooling asked, never written


def judge_dev6(
    post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules = RULES
) -> dict[str, Any] | None:
    """`judge` (with `night_in_window`), except that an acceptable verdict on a limit the posting's text leaves open
    is no verdict."""
    return judge_night(post, persona, posting_id, rules)


DEV6 = HandSet(
    POSTINGS,
    PERSONAS,
    HERE / "personas.json",
    "d6",
    offset_seed=6626,
    pick_seed=6000,
    min_postings=90,
    min_personas=40,
    stated_first=frozenset({"physical", "no_night", "hours", "weekends", "no_shifts"}),
    rules=RULES,
    judge=judge_dev6,
    source_errors=unsure_errors,
)

if __name__ == "__main__":
    sys.exit(main(DEV6))
