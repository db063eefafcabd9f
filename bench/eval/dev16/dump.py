"""Print a readable review of dev16 judgements: python3 bench/eval/dev16/dump.py [d16-01 ...]."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bench.eval.handwritten import review, whole_why  # noqa: E402

if __name__ == "__main__":
    review(HERE / "personas.json", sys.argv[1:], whole_why)
