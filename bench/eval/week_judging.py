"""Judging rules the blind sets from dev6 on share beyond `bench.eval.judging` (one copy, where dev6's, dev7's and
dev8's builds each carried their own): a night shift inside a window that runs past midnight, and a week's days over
the most a persona can work (dev7's addition, kept by dev8)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.eval.handwritten import HandSet, judge_unsure, main, restated, silent_persona, silent_posting, unsure_errors
from bench.eval.judging import SOFT, Rules, fits_window

# dev8's rules, which dev9 takes through `week_set` (dev6, dev7 and dev8 keep their own copies in their builds)
CRAFTS = frozenset({"sew", "elec", "cook", "paint", "calligraphy", "crochet"})  # nobody holds these unsaid
RULES = Rules(crafts=CRAFTS, exp_names_line=True, unwritten_edu_unknown=True)  # schooling asked, never written
STATED_FIRST = frozenset({"physical", "no_night", "hours", "weekends", "no_shifts"})


def night_in_window(post: tuple[Any, ...], cp: dict[str, Any]) -> tuple[Any, ...]:
    """A night shift lying wholly inside a window that runs past midnight (a seeker who can only work nights) is
    judged by the window alone: `judge` reads any night shift as outside a window, which is right for day windows."""
    pa, window = post[7], cp["window"]
    if window is None or window[1] <= 24 or not pa["night"] or not fits_window(pa["hours"], window):
        return post
    return (*post[:7], {**pa, "night": False})


def judge_night(
    post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules
) -> dict[str, Any] | None:
    """`judge` (with `night_in_window`), except that an acceptable verdict on a limit the posting's text leaves open
    is no verdict."""
    return judge_unsure(night_in_window(post, persona[7]), persona, posting_id, rules)


def too_many_days(pa: dict[str, Any], cp: dict[str, Any]) -> str | None:
    """The why when the posting works more days a week than the persona can, "" when it cannot be told, else None."""
    if cp["max_days"] is None or pa["hours"] == "flex":
        return None
    if pa["days"] is None:
        return ""
    if pa["days"] > cp["max_days"]:
        return f"{pa['days']} days a week; persona at most {cp['max_days']}"
    return None


def judge_days(post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules) -> dict[str, Any] | None:
    """`judge_night`, and a week's days over the persona's most breaking it (`hours`)."""
    j = judge_night(post, persona, posting_id, rules)
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


def print_days(s: HandSet) -> None:
    """The days-a-week limit, which the shared summary does not count."""
    nums = [p[0] for p in s.personas if p[7]["max_days"] is not None]
    print(f"  max_days: {len(nums)} {' '.join(f'{n:02d}' for n in nums)}")


def week_set(
    postings: Sequence[tuple[Any, ...]],
    personas: Sequence[tuple[Any, ...]],
    out: Path,
    prefix: str,
    *,
    offset_seed: int,
    pick_seed: int,
) -> HandSet:
    """A set judged as dev8 judges (`judge_days` under `RULES`, the limits a person wrote picked first, `unsure`
    names checked), with its own sources, ids and seeds: dev9's build is this one call."""
    return HandSet(
        postings,
        personas,
        out,
        prefix,
        offset_seed=offset_seed,
        pick_seed=pick_seed,
        min_postings=80,
        min_personas=40,
        stated_first=STATED_FIRST,
        rules=RULES,
        judge=judge_days,
        source_errors=unsure_errors,
    )


def week_main(s: HandSet) -> int:
    """Build, check and write the set (`bench.eval.handwritten.main`), then count its days-a-week limits."""
    code = main(s)
    print_days(s)
    return code


def persona_attrs(want: set[str], ok: set[str], trap: set[str], age: int, **kw: Any) -> dict[str, Any]:
    """A persona's hidden attributes as dev7 and dev8 restate them; a limit not given is a limit not written (no work
    history: `exp` None)."""
    silent = silent_persona(age, None, want, ok, trap) | {"exp": None, "sex": None, "focus": set(), "max_days": None}
    return restated(silent, kw)


def posting_attrs(cat: str, **kw: Any) -> dict[str, Any]:
    """A posting's hidden attributes as dev7 and dev8 restate them; anything not given is what a silent text implies
    (nothing demanded, nothing inferred, nothing left open, days not said)."""
    return restated(silent_posting(cat) | {"sex": None, "inf": {}, "unsure": set(), "days": None}, kw)
