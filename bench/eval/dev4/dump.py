"""Print a readable review of dev4 judgements: python3 bench/eval/dev4/dump.py [d4-01 ...]."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(ids: list[str]) -> None:
    data = json.loads((HERE / "personas.json").read_text(encoding="utf-8"))
    posts = {p["id"]: p for p in data["postings"]}
    for persona in data["personas"]:
        if ids and persona["id"] not in ids:
            continue
        print(f"== {persona['id']} {persona['desired_job']} | {persona['experience']}")
        for j in persona["judgements"]:
            post = posts[j["posting"]]
            print(f"  {j['grade']} {post['id']} {post['title']}: {j['why']}")


if __name__ == "__main__":
    main(sys.argv[1:])
