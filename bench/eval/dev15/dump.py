"""Print a readable review of dev15 judgements: python3 bench/eval/dev15/dump.py [d15-01 ...]."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bench.eval.handwritten import review, whole_why  # noqa: E402

if __name__ == "__main__":
    review(HERE / "personas.json", sys.argv[1:], whole_why)
