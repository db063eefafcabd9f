"""Build and validate bench/eval/dev14/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev14/build.py   (exits 1 if any check fails)

dev14 judges as dev8 to dev13 do, through `bench.eval.week_judging.week_set`: only the sources, the ids (`d14p-001`,
`d14-01`) and the seeds (offsets 14157, picks 14000) are dev14's.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.week_judging import week_main, week_set  # noqa: E402

DEV14 = week_set(POSTINGS, PERSONAS, HERE / "personas.json", "d14", offset_seed=14157, pick_seed=14000)


if __name__ == "__main__":
    sys.exit(week_main(DEV14))
