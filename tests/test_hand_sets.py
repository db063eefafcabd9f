"""The hand-written persona sets (`bench/eval/dev2` … `dev14`) rebuild from their sources to the very files committed.

Their builders share `bench.eval.handwritten`; a change there must not move a judgement of any set silently. Each set
is built in its own interpreter, since every set names its sources `personas_src` and `postings_src`.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SETS = {
    "dev2": "DEV2",
    "dev3": "DEV3",
    "dev4": "DEV4",
    "dev5": "DEV5",
    "dev6": "DEV6",
    "dev7": "DEV7",
    "dev8": "DEV8",
    "dev9": "DEV9",
    "dev10": "DEV10",
    "dev11": "DEV11",
    "dev12": "DEV12",
    "dev13": "DEV13",
    "dev14": "DEV14",
    "dev15": "DEV15",
    "dev16": "DEV16",
}
BUILD = """
import json, runpy, sys
from bench.eval.handwritten import build, errors
ns = runpy.run_path(sys.argv[1], run_name="rebuilt")
hand = ns[sys.argv[2]]
data = build(hand)
assert not errors(hand, data), errors(hand, data)
sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\\n")
"""


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_hand_set_rebuilds_to_its_committed_file(name: str) -> None:
    source = ROOT / "bench" / "eval" / name
    built = subprocess.run(
        [sys.executable, "-c", BUILD, str(source / "build.py"), SETS[name]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout
    committed = (source / "personas.json").read_text(encoding="utf-8")
    assert built == committed
    assert json.loads(committed)["personas"], "a set without personas proves nothing"


def test_dev5_leaves_silent_postings_unjudged_only_through_its_own_judge() -> None:
    """dev5's judge is its set's own field, not a patch of the shared module that a later build would inherit."""
    probe = """
import runpy, sys
from bench.eval import handwritten, judging
ns = runpy.run_path(sys.argv[1], run_name="rebuilt")
print(handwritten.judge is judging.judge, ns["DEV5"].judge is handwritten.judge_unsure)
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "bench" / "eval" / "dev5" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["True", "True"]


def test_dev5_fails_its_build_on_an_unsure_name_no_persona_limit_has() -> None:
    """A typo in a posting's `unsure` would never match a persona's limit: the build's errors name it."""
    probe = """
import dataclasses, runpy, sys
from bench.eval.handwritten import build, errors
ns = runpy.run_path(sys.argv[1], run_name="rebuilt")
hand = ns["DEV5"]
first = hand.postings[0]
typo = (*first[:7], {**first[7], "unsure": {"nigth", "night"}})
misspelt = dataclasses.replace(hand, postings=[typo, *hand.postings[1:]])
print(len(ns["unsure_errors"](hand)))
print("\\n".join(e for e in errors(misspelt, build(misspelt)) if "unsure" in e))
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "bench" / "eval" / "dev5" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    ).stdout.splitlines()
    assert out == ["0", "d5p-001: unsure names no persona's limit: nigth"]


def test_dev6_judges_a_night_shift_inside_a_night_only_window_by_the_window() -> None:
    """A seeker out after dark and home by dawn takes a night shift inside that window and refuses one past it; day
    windows still refuse every night shift (the shared module is untouched)."""
    probe = """
import runpy, sys
from bench.eval.handwritten import silent_persona, silent_posting
from bench.eval.judging import judge
ns = runpy.run_path(sys.argv[1], run_name="rebuilt")
cp = silent_persona(40, None, {"wh"}, set(), set()) | {"exp": None, "focus": set(), "window": (19.5, 30.5)}
seeker = (1, "夜班", "只能干夜里的", [], [], [], None, cp)
def post(hours):
    pa = silent_posting("wh") | {"night": True, "hours": hours, "inf": {}, "unsure": set()}
    return (1, "夜班理货", "", "full_time", (4000, 5000, "month"), 1.0, [], pa)
inside, past = post((22, 30)), post((20, 32))
print(ns["judge_dev6"](inside, seeker, "x")["acceptable"], ns["judge_dev6"](past, seeker, "x")["acceptable"])
day = (2, "白班", "只能白天", [], [], [], None, cp | {"window": (8, 17)})
print(judge(inside, seeker, "x")["acceptable"], ns["judge_dev6"](inside, day, "x")["acceptable"])
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "bench" / "eval" / "dev6" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["True", "False", "False", "False"]


def test_dev7_judges_a_week_of_more_days_than_the_seeker_can_work_as_breaking_their_hours() -> None:
    """A seeker who can work three days a week refuses a five-day posting (`hours`, wishes dropped), takes a three-day
    one, leaves one that does not say its days unjudged, and takes work whose hours are their own choice."""
    probe = """
import runpy, sys
from bench.eval.handwritten import silent_persona, silent_posting
ns = runpy.run_path(sys.argv[1], run_name="rebuilt")
cp = silent_persona(50, None, {"clean"}, set(), set()) | {"exp": None, "focus": set(), "max_days": 3}
cp["wish_lodging"] = True
seeker = (1, "钟点工", "一个礼拜最多出来三天", [], [], [], None, cp)
def post(days, hours=(8, 11)):
    pa = silent_posting("clean") | {"days": days, "hours": hours, "inf": {}, "unsure": set()}
    return (1, "保洁", "", "full_time", (3000, 3000, "month"), 1.0, [], pa)
five = ns["judge_dev7"](post(5), seeker, "x")
print(five["acceptable"], five["grade"], ",".join(five["violates"]), five["why"].replace(" ", "_"))
print(ns["judge_dev7"](post(3), seeker, "x")["acceptable"], ns["judge_dev7"](post(None), seeker, "x"))
print(ns["judge_dev7"](post(None, "flex"), seeker, "x")["acceptable"])
"""
    out = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "bench" / "eval" / "dev7" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    why = "clean:_what_was_asked;_5_days_a_week;_persona_at_most_3"  # the wish for lodging is dropped with the limit
    assert out == ["False", "0", "hours", why, "True", "None", "True"]


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("dev9", "d9"),
        ("dev10", "d10"),
        ("dev11", "d11"),
        ("dev12", "d12"),
        ("dev13", "d13"),
        ("dev14", "d14"),
        ("dev15", "d15"),
        ("dev16", "d16"),
    ],
)
def test_a_week_set_judges_every_pair_as_dev8s_own_build_would(name: str, prefix: str) -> None:
    """dev9's to dev14's builds are `week_set`, not copies of dev8's: over each set's own seekers and postings,
    dev8's judge and rules give the very verdicts the set's do, and the picking and checks are dev8's."""
    probe = """
import runpy, sys
eight = runpy.run_path(sys.argv[1], run_name="rebuilt")["DEV8"]
for name in ("personas_src", "postings_src"):  # every set names its sources so: the later set must not get dev8's
    del sys.modules[name]
nine = runpy.run_path(sys.argv[2], run_name="rebuilt")[sys.argv[3]]
pairs = [(p, s) for p in nine.postings for s in nine.personas]
same = all(eight.judge(p, s, "x", eight.rules) == nine.judge(p, s, "x", nine.rules) for p, s in pairs)
judged = sum(nine.judge(p, s, "x", nine.rules) is not None for p, s in pairs)
fields = ("min_postings", "min_personas", "stated_first", "rules", "all_counts", "source_errors")
own = nine.postings is not eight.postings and nine.personas is not eight.personas
print(same, judged > 1000, all(getattr(eight, f) == getattr(nine, f) for f in fields), own, nine.prefix)
"""
    sets = ROOT / "bench" / "eval"
    out = subprocess.run(
        [sys.executable, "-c", probe, str(sets / "dev8" / "build.py"), str(sets / name / "build.py"), SETS[name]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["True", "True", "True", "True", prefix]
