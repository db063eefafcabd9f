"""Build and validate bench/eval/dev16/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev16/build.py   (exits 1 if any check fails)

dev16 judges as dev8 to dev14 do, through `bench.eval.week_judging.week_set`: only the sources, the ids (`d16p-001`,
`d16-01`) and the seeds (offsets 16157, picks 16000) are dev16's.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.week_judging import week_main, week_set  # noqa: E402

DEV16 = week_set(POSTINGS, PERSONAS, HERE / "personas.json", "d16", offset_seed=16157, pick_seed=16000)


if __name__ == "__main__":
    sys.exit(week_main(DEV16))
