"""Build and validate bench/eval/dev3/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev3/build.py   (exits 1 if any check fails)
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.handwritten import HandSet, main  # noqa: E402
from bench.eval.judging import STATED  # noqa: E402

DEV3 = HandSet(
    POSTINGS,
    PERSONAS,
    HERE / "personas.json",
    "d3",
    offset_seed=3026,
    pick_seed=3000,
    min_postings=90,
    min_personas=45,
    stated_first=STATED,
)

if __name__ == "__main__":
    sys.exit(main(DEV3))
