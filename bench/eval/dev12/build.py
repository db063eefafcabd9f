"""Build and validate bench/eval/dev12/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev12/build.py   (exits 1 if any check fails)

dev12 judges as dev8 does, through `bench.eval.week_judging.week_set` rather than a copy of dev8's build: as dev2/dev3
do (`bench.eval.judging`), with a posting's `inf` (what a careful reader infers from a silent text, named in the why)
and `unsure` (the limits a silent text leaves open: a persona holding one does not judge the posting acceptable; it is
left unjudged), `night_in_window` for a window that runs past midnight, and a persona's `max_days` broken by a
posting whose `days` exceed it (code `hours`; a posting that does not say its days is left unjudged for such a persona,
unless its hours are the worker's own choice). Only the sources, the ids (`d12p-001`, `d12-01`) and the seeds are dev12's.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.week_judging import week_main, week_set  # noqa: E402

DEV12 = week_set(POSTINGS, PERSONAS, HERE / "personas.json", "d12", offset_seed=12157, pick_seed=12000)


if __name__ == "__main__":
    sys.exit(week_main(DEV12))
