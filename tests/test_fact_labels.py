"""The hand labels of `bench/facts`: only schema codes, no text, and the `fresh2` split shares nothing earlier."""

import json
from pathlib import Path

LABELS = Path(__file__).parents[1] / "bench" / "facts" / "labels"
FRESH2 = ("place-fresh2.jsonl", "physical-fresh2.jsonl")
CODES = {
    "place": {"remote", "field", "travel", "client_site"},
    "physical": {
        "lifting", "standing", "riding", "height", "strenuous", "disabled_welcome", "wheelchair_ok", "deaf_ok",
    },
}  # fmt: skip
KEYS = {"family", "row", "sid", "field", "sample", "split", "facts"}


def lines(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (LABELS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fresh2_lines_hold_schema_codes_and_no_text() -> None:
    for name in FRESH2:
        for label in lines(name):
            assert set(label) == KEYS and label["split"] == "fresh2"
            family = str(label["family"])
            assert {f["code"] for f in label["facts"]} <= CODES[family]  # type: ignore[attr-defined]


def test_fresh2_shares_no_row_or_sentence_with_earlier_labels() -> None:
    earlier = [label for path in LABELS.glob("*.jsonl") if path.name not in FRESH2 for label in lines(path.name)]
    rows, sids = {label["row"] for label in earlier}, {label["sid"] for label in earlier}
    fresh = [label for name in FRESH2 for label in lines(name)]
    assert len(fresh) >= 600
    assert not {label["row"] for label in fresh} & rows
    assert not {label["sid"] for label in fresh} & sids
    assert len({(label["family"], label["sid"]) for label in fresh}) == len(fresh)
