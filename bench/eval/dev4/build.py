"""Build and validate bench/eval/dev4/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev4/build.py   (exits 1 if any check fails)

dev4 judges otherwise than dev2/dev3 (`RULES`): schooling asked but never written is not judged, nor are
years asked where no work history is written, except in a craft; the experience why names the line. Its
postings' `inf` notes and `sex`, and each persona's own `focus` codes kept first, are read by the shared code.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.handwritten import HandSet, main  # noqa: E402
from bench.eval.judging import Rules  # noqa: E402

CRAFTS = frozenset({"sew", "cnc"})  # skilled trades nobody holds without saying so
RULES = Rules(
    unwritten_edu_unknown=True,
    crafts=CRAFTS,
    exp_names_line=True,
    travel_why="long-distance travel; persona will not leave the city",
    live_in_why="live-in or round-the-clock post; persona must go home at night",
)

DEV4 = HandSet(
    POSTINGS,
    PERSONAS,
    HERE / "personas.json",
    "d4",
    offset_seed=2604,
    pick_seed=4000,
    min_postings=70,
    min_personas=36,
    rules=RULES,
    all_counts=False,
)

if __name__ == "__main__":
    sys.exit(main(DEV4))
