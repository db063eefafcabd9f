"""Build and validate bench/eval/dev8/personas.json from the hand-written sources (`bench.eval.handwritten`).

Run: python3 bench/eval/dev8/build.py   (exits 1 if any check fails)

dev8 judges as dev7 does (this file is dev7's build with dev8's names, ids and seeds): as dev2/dev3 do
(`bench.eval.judging`), with a posting's `inf` (what a careful reader infers from a silent text, named in the why) and
`unsure` (the limits a silent text leaves open: a persona holding one does not judge the posting acceptable; it is
left unjudged), and `night_in_window` for a window that runs past midnight. dev7's addition, kept:
- **days a week**: a persona's `max_days` (一个礼拜最多三天) is broken by a posting whose `days` (a week's working
  days, 月休四天 read as six) exceed it, with the code `hours`; a posting that does not say how many days it works is
  left unjudged for such a persona, unless its hours are the worker's own choice.
"""

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[2])]

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

from bench.eval.handwritten import HandSet, judge_unsure, main, unsure_errors  # noqa: E402
from bench.eval.judging import SOFT, Rules, fits_window  # noqa: E402

CRAFTS = frozenset({"sew", "elec", "cook", "paint", "calligraphy", "crochet"})  # nobody holds these unsaid
RULES = Rules(crafts=CRAFTS, exp_names_line=True, unwritten_edu_unknown=True)  # schooling asked, never written


def night_in_window(post: tuple[Any, ...], cp: dict[str, Any]) -> tuple[Any, ...]:
    """A night shift lying wholly inside a window that runs past midnight is judged by the window alone."""
    pa, window = post[7], cp["window"]
    if window is None or window[1] <= 24 or not pa["night"] or not fits_window(pa["hours"], window):
        return post
    return (*post[:7], {**pa, "night": False})


def too_many_days(pa: dict[str, Any], cp: dict[str, Any]) -> str | None:
    """The why when the posting works more days a week than the persona can, "" when it cannot be told, else None."""
    if cp["max_days"] is None or pa["hours"] == "flex":
        return None
    if pa["days"] is None:
        return ""
    if pa["days"] > cp["max_days"]:
        return f"{pa['days']} days a week; persona at most {cp['max_days']}"
    return None


def judge_dev8(
    post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules = RULES
) -> dict[str, Any] | None:
    """`judge` (with `night_in_window`), an acceptable verdict on a limit the posting's text leaves open being no
    verdict, and a week's days over the persona's most breaking it (`hours`)."""
    j = judge_unsure(night_in_window(post, persona[7]), persona, posting_id, rules)
    days = too_many_days(post[7], persona[7])
    if j is None or days is None:
        return j
    if days == "":
        return None if j["acceptable"] else j
    hard = [code for code in j["violates"] if code not in SOFT]  # a wish unmet says nothing once a limit breaks
    head, *reasons = j["why"].split("; ")
    return {
        **j,
        "acceptable": False,
        "grade": 0,
        "violates": hard + ([] if "hours" in hard else ["hours"]),
        "why": "; ".join([head, *reasons[: len(hard)], days]),
    }


DEV8 = HandSet(
    POSTINGS,
    PERSONAS,
    HERE / "personas.json",
    "d8",
    offset_seed=8819,
    pick_seed=8000,
    min_postings=80,
    min_personas=40,
    stated_first=frozenset({"physical", "no_night", "hours", "weekends", "no_shifts"}),
    rules=RULES,
    judge=judge_dev8,
    source_errors=unsure_errors,
)


def print_days(s: HandSet) -> None:
    """The days-a-week limit, which the shared summary does not count."""
    nums = [p[0] for p in s.personas if p[7]["max_days"] is not None]
    print(f"  max_days: {len(nums)} {' '.join(f'{n:02d}' for n in nums)}")


if __name__ == "__main__":
    code = main(DEV8)
    print_days(DEV8)
    sys.exit(code)
