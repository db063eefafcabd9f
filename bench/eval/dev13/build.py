"""Build and validate bench/eval/dev13/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev13/build.py   (exits 1 if any check fails)

dev13 judges as dev8 to dev12 do, through `bench.eval.week_judging.week_set`: only the sources, the ids (`d13p-001`,
`d13-01`) and the seeds (offsets 13157, picks 13000) are dev13's.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.week_judging import week_main, week_set  # noqa: E402

DEV13 = week_set(POSTINGS, PERSONAS, HERE / "personas.json", "d13", offset_seed=13157, pick_seed=13000)


if __name__ == "__main__":
    sys.exit(week_main(DEV13))
