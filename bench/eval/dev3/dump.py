"""Readable review of dev3 judgements: python3 bench/eval/dev3/dump.py [d3-01 ...]"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(ids: list[str]) -> None:
    data = json.loads((HERE / "personas.json").read_text(encoding="utf-8"))
    posts = {p["id"]: p for p in data["postings"]}
    for per in data["personas"]:
        if ids and per["id"] not in ids:
            continue
        print(f"== {per['id']} {per['desired_job']} | {per['experience']}")
        for j in per["judgements"]:
            p = posts[j["posting"]]
            print(f"  {j['grade']} {j['posting']} {p['title'][:16]:<16} {','.join(j['violates']):<30} {j['why'][:110]}")


if __name__ == "__main__":
    main(sys.argv[1:])
