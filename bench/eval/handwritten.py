"""Building a hand-written persona set (`dev2`, `dev3`, `dev4`, `dev5`) into its personas.json: each persona judged
against each posting near enough by the attributes its source restates, the judgements picked, checked and counted.

Each set's `build.py` names its sources, ids and seeds (`HandSet`) and calls `main`; `review` is its `dump.py`.
"""

import json
import math
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.eval.judging import DEV23, HARD, SOFT, Rules, judge

JUDGE_MAX_KM = 6.0
MAX_ACCEPTABLE = 13
Judge = Callable[[tuple[Any, ...], tuple[Any, ...], str, Rules], dict[str, Any] | None]

MAX_JUDGED = 25
MIN_JUDGED = 12


@dataclass(frozen=True)
class HandSet:
    """One hand-written set: its sources, where it is written, its ids and seeds, and the least it must hold."""

    postings: Sequence[tuple[Any, ...]]  # (num, title, description, job_type, salary, km, tags, attrs)
    personas: Sequence[tuple[Any, ...]]  # (num, desired_job, experience, skills, groups, job_types, salary, c)
    out: Path
    prefix: str  # ids: "d2" gives postings d2p-001 and personas d2-01
    offset_seed: int  # the postings' bearings
    pick_seed: int  # plus a persona's number: which of its judgements are kept
    min_postings: int
    min_personas: int
    stated_first: frozenset[str] = frozenset()  # violations kept before others when picking (with c's `focus`)
    rules: Rules = DEV23  # where its judging differs (dev4)
    all_counts: bool = True  # also print acceptable per persona, limits and thin circles (dev4 does not)
    judge: Judge = judge  # how a persona judges a posting (dev5 leaves some silent postings unjudged)
    source_errors: Callable[["HandSet"], list[str]] | None = None  # the set's own checks of its sources (dev5's)

    def pid(self, num: int) -> str:
        return f"{self.prefix}p-{num:03d}"


def silent_posting(cat: str) -> dict[str, Any]:
    """A posting's attributes where its text says nothing: no years, age, body, hours, weekends, skills, licences,
    schooling, programme, home work, lodging, access, travel or live-in post (each set a fresh one)."""
    return {
        "cat": cat,
        "exp": 0,
        "exp_cat": cat,
        "age": None,
        "phys": set(),
        "night": False,
        "shifts": False,
        "hours": None,
        "day_h": None,
        "daily_min": 0,
        "wkd": None,
        "skills": set(),
        "lic": set(),
        "edu": 0,
        "prog": None,
        "home": False,
        "access": False,
        "lodging": False,
        "travel": False,
        "live_in": False,
    }


def silent_persona(age: int, edu: int | None, want: set[str], ok: set[str], trap: set[str]) -> dict[str, Any]:
    """A persona's restatement where they write nothing beyond age, schooling and the hand-set categories: no
    years, limits, lacks, licences, graduation or wishes (each set a fresh one)."""
    return {
        "age": age,
        "edu": edu,
        "want": want,
        "ok": ok,
        "trap": trap,
        "grad": None,
        "exp": {},
        "cant": set(),
        "lacks": set(),
        "lic": set(),
        "no_night": False,
        "no_shifts": False,
        "window": None,
        "max_h": None,
        "no_weekend": False,
        "home_only": False,
        "wc": False,
        "no_travel": False,
        "no_live_in": False,
        "wish_lodging": False,
        "wish_wkd": False,
    }


# dev5 and dev6 leave a verdict open where a silent posting's `unsure` names one of the persona's limits
def limits(cp: dict[str, Any]) -> set[str]:
    """The persona's limits, named as a posting's `unsure` names them."""
    out = set(cp["cant"])
    if cp["no_night"]:
        out.add("night")
    if cp["no_shifts"]:
        out.add("shifts")
    if cp["window"] is not None or cp["max_h"] is not None:
        out.add("hours")
    if cp["no_weekend"]:
        out.add("weekend")
    return out


def limit_names(personas: Sequence[tuple[Any, ...]]) -> set[str]:
    """Every name `limits` can return for these personas: each time limit, and each body limit one of them holds."""
    timed = {**silent_persona(30, None, set(), set(), set()), "no_night": True, "no_shifts": True, "max_h": 8}
    return limits({**timed, "no_weekend": True}) | {name for p in personas for name in p[7]["cant"]}


def unsure_errors(s: HandSet) -> list[str]:
    """A posting's `unsure` name that `limits` never returns (a typo) would never leave a verdict open."""
    known = limit_names(s.personas)
    return [
        f"{s.pid(p[0])}: unsure names no persona's limit: {', '.join(sorted(p[7]['unsure'] - known))}"
        for p in s.postings
        if p[7]["unsure"] - known
    ]


def judge_unsure(
    post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules
) -> dict[str, Any] | None:
    """`judge`, except that an acceptable verdict on a limit the posting's text leaves open (its `unsure`) is no
    verdict: dev5's and dev6's judges."""
    j = judge(post, persona, posting_id, rules)
    if j is not None and j["acceptable"] and post[7]["unsure"] & limits(persona[7]):
        return None
    return j


def restated(silent: dict[str, Any], said: Mapping[str, Any], *, as_sets: bool = False) -> dict[str, Any]:
    """`silent` with what the source says put over it; a name it does not hold is a slip of the pen and stops the
    build. `as_sets`: a value whose silent one is a set is taken as a set (a source that writes lists)."""
    unknown = set(said) - set(silent)
    if unknown:
        raise KeyError(f"not restated by this set: {sorted(unknown)}")
    out = dict(silent)
    for key, value in said.items():
        out[key] = set(value) if as_sets and isinstance(silent[key], set) else value
    return out


def offsets(s: HandSet) -> dict[str, dict[str, float]]:
    """Seeded random bearing at each posting's hand-set distance."""
    rng = random.Random(s.offset_seed)
    out = {}
    for num, *_, dist_km, _tags, _attrs in s.postings:
        theta = rng.uniform(0, 2 * math.pi)
        north = round(dist_km * math.cos(theta), 2)
        east = round(dist_km * math.sin(theta), 2)
        out[s.pid(num)] = {"north": north, "east": east}
    return out


def pick(
    s: HandSet, judged: list[dict[str, Any]], num: int, trap_ids: set[str], first: set[str] | frozenset[str]
) -> list[dict[str, Any]]:
    """Up to MAX_ACCEPTABLE acceptable ones, then unacceptable ones breaking `first` first, traps last."""
    rng = random.Random(s.pick_seed + num)
    acc = [j for j in judged if j["acceptable"]]
    bad = [j for j in judged if not j["acceptable"]]
    rng.shuffle(acc)
    rng.shuffle(bad)
    acc.sort(key=lambda j: -j["grade"])
    # limits the person wrote (body, night, hours, weekends...) before age/schooling/programme, then traps last
    bad.sort(key=lambda j: (not set(j["violates"]) & first, j["posting"] in trap_ids))
    acc = acc[:MAX_ACCEPTABLE]
    bad = bad[: MAX_JUDGED - len(acc)]
    return sorted(acc + bad, key=lambda j: j["posting"])


def build(s: HandSet) -> dict[str, Any]:
    offs = offsets(s)
    postings = [
        {
            "id": s.pid(num),
            "title": title,
            "description": desc,
            "job_type": jt,
            "salary": {"min": sal[0], "max": sal[1], "unit": sal[2]},
            "offset_km": offs[s.pid(num)],
            "tags": tags,
        }
        for num, title, desc, jt, sal, _d, tags, _a in s.postings
    ]
    near = [
        p for p in s.postings if math.hypot(*offs[s.pid(p[0])].values()) <= JUDGE_MAX_KM or p[7]["home"]
    ]  # remote work is judged at any distance
    personas = []
    for persona in s.personas:
        num, desired, exp_text, skills, groups, job_types, salary, cp = persona
        judged = [j for p in near if (j := s.judge(p, persona, s.pid(p[0]), s.rules)) is not None]
        trap_ids = {s.pid(p[0]) for p in near if p[7]["cat"] in cp["trap"]}
        personas.append(
            {
                "id": f"{s.prefix}-{num:02d}",
                "desired_job": desired,
                "experience": exp_text,
                "skills": skills,
                "priority_groups": groups,
                "job_types": job_types,
                "expected_salary": salary,
                "radius_km": 3,
                "judgements": pick(s, judged, num, trap_ids, s.stated_first | cp.get("focus", set())),
            }
        )
    return {"postings": postings, "personas": personas}


def errors(s: HandSet, data: dict[str, Any]) -> list[str]:
    errs = []
    ids = [p["id"] for p in data["postings"]]
    if len(set(ids)) != len(ids) or len(ids) < s.min_postings:
        errs.append(f"posting ids not unique or fewer than {s.min_postings} ({len(ids)})")
    pids = [p["id"] for p in data["personas"]]
    if len(set(pids)) != len(pids) or len(pids) < s.min_personas:
        errs.append(f"persona ids not unique or fewer than {s.min_personas} ({len(pids)})")
    home = {s.pid(p[0]) for p in s.postings if p[7]["home"]}
    far = {p["id"] for p in data["postings"] if math.hypot(*p["offset_km"].values()) > JUDGE_MAX_KM}
    known = set(ids) - (far - home)  # judged postings lie within 6 km unless home-based
    for p in data["personas"]:
        js = p["judgements"]
        n_acc = sum(j["acceptable"] for j in js)
        if not MIN_JUDGED <= len(js) <= MAX_JUDGED:
            errs.append(f"{p['id']}: {len(js)} judgements")
        if n_acc < 2 or len(js) - n_acc < 3:
            errs.append(f"{p['id']}: {n_acc} acceptable of {len(js)}")
        for j in js:
            errs += judgement_errors(p["id"], j, known)
    return errs + (s.source_errors(s) if s.source_errors is not None else [])


def judgement_errors(who: str, j: dict[str, Any], known: set[str]) -> list[str]:
    errs = []
    hard = [v for v in j["violates"] if v in HARD]
    if j["posting"] not in known:
        errs.append(f"{who}: unknown posting {j['posting']}")
    if set(j["violates"]) - HARD - SOFT:
        errs.append(f"{who}/{j['posting']}: unknown code")
    if j["acceptable"] == bool(hard) or (j["grade"] == 0) != bool(hard):
        errs.append(f"{who}/{j['posting']}: grade/acceptable/codes disagree")
    if j["grade"] == 2 and j["violates"]:
        errs.append(f"{who}/{j['posting']}: grade 2 with codes")
    return errs


def summary(s: HandSet, data: dict[str, Any]) -> None:
    """Counts for README.md."""
    dists = [math.hypot(*p["offset_km"].values()) for p in data["postings"]]
    js = [j for p in data["personas"] for j in p["judgements"]]
    bands = (sum(d < 3 for d in dists), sum(3 <= d <= 6 for d in dists), sum(d > 6 for d in dists))
    print("postings <3 / 3-6 / >6 km:", bands)
    print("job types:", Counter(p["job_type"] for p in data["postings"]).most_common())
    print("groups:", Counter(g for p in data["personas"] for g in p["priority_groups"]).most_common())
    print("judgements:", len(js), "grades:", sorted(Counter(j["grade"] for j in js).items()))
    print("violates:", Counter(v for j in js for v in j["violates"]).most_common())
    if not s.all_counts:
        return
    print("acceptable:", sum(j["acceptable"] for j in js), "per persona:", min_max(data))
    limits: dict[str, list[int]] = {}
    for num, *_, cp in s.personas:
        for key in ("no_night", "no_shifts", "no_weekend", "home_only", "wc", "no_travel", "no_live_in"):
            if cp.get(key):
                limits.setdefault(key, []).append(num)
        for key in ("window", "max_h"):
            if cp[key] is not None:
                limits.setdefault(key, []).append(num)
        for what in sorted(cp["cant"]):
            limits.setdefault(f"cant {what}", []).append(num)
        for what in sorted(cp["lacks"]):
            limits.setdefault(f"lacks {what}", []).append(num)
    for key, nums in sorted(limits.items()):
        print(f"  {key}: {len(nums)} {' '.join(f'{n:02d}' for n in nums)}")
    thin = []
    for p in data["personas"]:
        dist = {q["id"]: math.hypot(*q["offset_km"].values()) for q in data["postings"]}
        acc = [dist[j["posting"]] for j in p["judgements"] if j["acceptable"]]
        inner = sum(d < 3 for d in acc)
        if inner <= 2:
            thin.append(f"{p['id']} {inner}/{len(acc) - inner}")
    print("thin circles (acceptable <3 km / >=3 km):", ", ".join(thin))


def min_max(data: dict[str, Any]) -> tuple[int, int]:
    sizes = [len(p["judgements"]) for p in data["personas"]]
    return min(sizes), max(sizes)


def main(s: HandSet) -> int:
    """Build the set, print its counts and any check that fails, write it: 1 if a check failed."""
    data = build(s)
    errs = errors(s, data)
    summary(s, data)
    for e in errs:
        print("ERROR", e)
    s.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {s.out}: {len(data['postings'])} postings, {len(data['personas'])} personas")
    return 1 if errs else 0


def columns(j: dict[str, Any], p: dict[str, Any]) -> str:
    """A judgement in review's columns: grade, posting, title, codes, the start of why."""
    return f"  {j['grade']} {j['posting']} {p['title'][:16]:<16} {','.join(j['violates']):<30} {j['why'][:110]}"


def whole_why(j: dict[str, Any], p: dict[str, Any]) -> str:
    """A judgement with the whole title and the whole why (dev4's and dev5's review line)."""
    return f"  {j['grade']} {p['id']} {p['title']}: {j['why']}"


def review(path: Path, ids: Sequence[str], line: Callable[[dict[str, Any], dict[str, Any]], str] = columns) -> None:
    """A readable review of a set's judgements (all personas, or those named), a judgement a `line`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    posts = {p["id"]: p for p in data["postings"]}
    for per in data["personas"]:
        if ids and per["id"] not in ids:
            continue
        print(f"== {per['id']} {per['desired_job']} | {per['experience']}")
        for j in per["judgements"]:
            p = posts[j["posting"]]
            print(line(j, p))
