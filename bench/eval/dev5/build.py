"""Build and validate bench/eval/dev5/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev5/build.py   (exits 1 if any check fails)

dev5 judges as dev2/dev3 do (`bench.eval.judging`), with two additions read from its own sources:
- a posting's `inf` notes say what a careful reader inferred from a silent text (an 装卸工 lifts, a 小区保安 takes
  night turns), and the judgement's why names them;
- a posting's `unsure` names the limits its silent text leaves open (a 普工 posting with no hours says nothing about
  nights): a persona holding such a limit does not judge it acceptable; it is left unjudged instead.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.handwritten import HandSet, judge_unsure, main, unsure_errors  # noqa: E402
from bench.eval.judging import Rules  # noqa: E402

CRAFTS = frozenset({"sew", "weld", "elec", "cook", "acct", "paint", "nanny", "crochet"})  # nobody holds these unsaid
RULES = Rules(crafts=CRAFTS, exp_names_line=True)


DEV5 = HandSet(
    POSTINGS,
    PERSONAS,
    HERE / "personas.json",
    "d5",
    offset_seed=2655,
    pick_seed=5000,
    min_postings=70,
    min_personas=36,
    stated_first=frozenset({"physical", "no_night", "hours", "weekends", "no_shifts"}),
    rules=RULES,
    judge=judge_unsure,
    source_errors=unsure_errors,
)

if __name__ == "__main__":
    sys.exit(main(DEV5))
