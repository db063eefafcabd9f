"""`python -m bench.eval.wordings [--data F] [--half dev|test] [--list]`: the seeker reader on the blind wordings, per
label. A set that names its `vocabulary` and `today` (s22.json, the time limits) is scored on those labels at that day;
`--half` keeps odd ids (dev) or even ids (test), for a set a reader is tuned on."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from bench.eval.wordings.score import LABELS, TODAY, UNMAPPED, Read, Score, labels_of, score
from matching.facts.person import seeker_limits
from matching.facts.reader import seeker_facts

DATA = Path(__file__).parent / "s11.json"


def read(text: str, today: date = TODAY) -> Read:
    """What the reader makes of one seeker's experience text, in the set's vocabulary."""
    return labels_of(seeker_limits(seeker_facts("", text, today=today)), today)


def in_half(item: Mapping[str, Any], half: str | None) -> bool:
    """Odd ids are the dev half, even ids the test half ("t017" is dev)."""
    return half is None or (int("".join(c for c in item["id"] if c.isdigit())) % 2 == 1) == (half == "dev")


def share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "—"


def table(result: Score, labels: Sequence[str] = LABELS) -> list[str]:
    rows = [
        "| label | expecting | read | right | precision | recall | decoys read / baiting |",
        "|---|---|---|---|---|---|---|",
    ]
    total_read = total_right = total_expecting = 0
    for name in labels:
        c = result.counts[name]
        if name in UNMAPPED:
            rows.append(f"| {name} | {c.expecting} | n/a | n/a | n/a | n/a | n/a / {c.decoys} |")
            continue
        total_read, total_right, total_expecting = (
            total_read + c.read,
            total_right + c.right,
            total_expecting + c.expecting,
        )
        rows.append(
            f"| {name} | {c.expecting} | {c.read} | {c.right} | {share(c.right, c.read)} | "
            f"{share(c.right, c.expecting)} | {c.decoys_read} / {c.decoys} |"
        )
    rows.append(
        f"| all mapped | {total_expecting} | {total_read} | {total_right} | {share(total_right, total_read)} | "
        f"{share(total_right, total_expecting)} | {sum(c.decoys_read for c in result.counts.values())} / "
        f"{sum(c.decoys for n, c in result.counts.items() if n not in UNMAPPED)} |"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--half", choices=("dev", "test"), help="odd ids (dev) or even ids (test) only")
    parser.add_argument("--list", action="store_true", help="print every mismatch")
    args = parser.parse_args()
    data = json.loads(args.data.read_text(encoding="utf-8"))
    items = [item for item in data["items"] if in_half(item, args.half)]
    labels = tuple(name for name in LABELS if name in data.get("vocabulary", LABELS))
    today = date.fromisoformat(data["today"]) if "vocabulary" in data and "today" in data else TODAY
    result = score(items, partial(read, today=today), labels)
    print("\n".join(table(result, labels)))
    print(f"\nitems read exactly (mapped labels): {result.exact}/{len(items)}")
    print(f"decoy items read clean: {result.decoy_items_clean}/{result.decoy_items}")
    for name, why in UNMAPPED.items():
        print(f"unmapped {name}: {why}")
    if args.list:
        print("\n" + "\n".join(result.misses))


if __name__ == "__main__":
    main()
