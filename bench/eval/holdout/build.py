"""Builds the blind holdout persona set: parses the hand-written sources, judges candidates, validates.

Run: python3 bench/eval/holdout/build.py [--dump ID ...]. Writes personas.json next to this file and exits 1
when any check fails. The hidden attributes only drive the judgements; they never reach the JSON.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

SEED = 20261205
REFERENCE_MONTH = (2026, 12)
JIANXI_GRADUATED_SINCE = (2024, 12)  # 离校2年内: graduated in or after December 2024
JUDGE_RADIUS_KM = 6.0
BANDS_KM = {"n": (0.3, 2.9), "m": (3.1, 5.9), "f": (6.5, 15.0)}
EDU_LEVELS = ["none", "primary", "junior", "high", "college", "bachelor", "master"]
EDU_ALIASES = {"vocational": "high"}
# 准驾车型: a licence class and every class it also allows
DRIVE_COVERS = {
    "A1": {"A1", "A3", "B1", "B2", "C1"},
    "A2": {"A2", "B1", "B2", "C1"},
    "A3": {"A3", "C1"},
    "B1": {"B1", "C1"},
    "B2": {"B2", "C1"},
    "C1": {"C1"},
}
DRIVE_CLASSES = set(DRIVE_COVERS)
OBTAINABLE_ON_HIRE = {"health"}  # every posting lets a 健康证 be made after hiring
HARD_CODES = {
    "home_only", "no_night", "hours", "no_shifts", "physical", "skills", "travel", "field", "live_in",
    "weekends", "licence", "experience", "education", "age", "programme", "job_type",
}  # fmt: skip
SOFT_CODES = {"lodging_wish_unmet", "weekends_wish_unmet", "remote_wish_unmet", "salary_below_expectation"}
PRIORITY_GROUPS = {"college_graduate", "migrant_worker", "veteran", "poverty_alleviated", "hard_to_employ", "disabled"}
JOB_TYPES = {"full_time", "gig", "internship", "public_welfare"}
# codes that come from a limit the person wrote, as opposed to a posting's own requirement
STATED_LIMIT_CODES = {
    "home_only",
    "no_night",
    "hours",
    "no_shifts",
    "physical",
    "travel",
    "field",
    "live_in",
    "weekends",
}

Attrs = dict[str, object]


@dataclass
class Posting:
    id: str
    band: str
    cats: set[str]
    job_type: str
    salary: dict[str, object]
    tags: list[str]
    title: str
    description: str
    attrs: Attrs
    north_km: float = 0.0
    east_km: float = 0.0

    @property
    def distance_km(self) -> float:
        return math.hypot(self.north_km, self.east_km)


@dataclass
class Persona:
    id: str
    desired_job: str
    salary: dict[str, object] | None
    groups: list[str]
    job_types: list[str]
    skills: list[str]
    c: Attrs
    experience: str
    judgements: list[dict[str, object]] = field(default_factory=list)


def _value(raw: str) -> object:
    if "," in raw:
        return [v for v in raw.split(",") if v]
    if raw.replace(".", "").isdigit():
        return float(raw) if "." in raw else int(raw)
    if "-" in raw and all(p.replace(".", "").isdigit() for p in raw.split("-")):
        lo, hi = raw.split("-")
        return (float(lo), float(hi))
    return raw


def parse_attrs(line: str) -> Attrs:
    out: Attrs = {}
    for token in line.split():
        key, _, raw = token.partition("=")
        out[key] = True if raw == "" else _value(raw)
    return out


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    for line in text.strip().splitlines():
        if line.startswith("== "):
            blocks.append([line[3:]])
        elif line.strip():
            blocks[-1].append(line.strip())
    return blocks


def _salary(raw: str, with_max: bool) -> dict[str, object] | None:
    if raw.strip() == "-":
        return None
    amount, unit = raw.strip().split("/")
    if not with_max:
        return {"min": _value(amount), "unit": unit}
    lo, hi = amount.split("-")
    return {"min": _value(lo), "max": _value(hi), "unit": unit}


def _as_set(value: object) -> set[str]:
    if value is None or value is False:
        return set()
    if isinstance(value, list):
        return {str(v) for v in value}
    return {str(value)}


def parse_postings() -> list[Posting]:
    out = []
    for block in _blocks(POSTINGS):
        pid, band, cat, job_type, salary, tags = (p.strip() for p in block[0].split("|"))
        attrs_line = block[2]
        if not attrs_line.startswith("attrs:"):
            raise ValueError(f"{pid}: third line must be attrs")
        attrs = parse_attrs(attrs_line[len("attrs:") :])
        cats = {cat} | _as_set(attrs.get("cat2"))
        sal = _salary(salary, with_max=True)
        assert sal is not None
        out.append(Posting(pid, band, cats, job_type, sal, [t for t in tags.split(",") if t], block[1],
                           "".join(block[3:]), attrs))  # fmt: skip
    return out


def parse_personas() -> list[Persona]:
    out = []
    for block in _blocks(PERSONAS):
        sid, desired, salary, groups, job_types, skills = (p.strip() for p in block[0].split("|"))
        if not block[1].startswith("c:"):
            raise ValueError(f"{sid}: second line must be c:")
        c = parse_attrs(block[1][2:])
        out.append(Persona(sid, desired, _salary(salary, with_max=False), _split(groups), _split(job_types),
                           _split(skills), c, "".join(block[2:])))  # fmt: skip
    return out


def _split(raw: str) -> list[str]:
    return [] if raw in ("", "-") else [v for v in raw.split(",") if v]


def place(postings: list[Posting]) -> None:
    """Seeded offsets: a distance drawn inside the posting's band and a random bearing."""
    rng = random.Random(SEED)
    for p in postings:
        lo, hi = BANDS_KM[p.band]
        distance, bearing = rng.uniform(lo, hi), rng.uniform(0, 2 * math.pi)
        p.north_km, p.east_km = round(distance * math.cos(bearing), 2), round(distance * math.sin(bearing), 2)


# ---- judging -------------------------------------------------------------------------------------------------


def _hours(a: Attrs) -> tuple[float, float] | None:
    hrs = a.get("hrs")
    return hrs if isinstance(hrs, tuple) else None


def _is_night(a: Attrs) -> bool:
    hrs = _hours(a)
    return bool(a.get("night")) or (hrs is not None and (hrs[1] > 23.5 or hrs[0] < 4))


def _schedule_codes(a: Attrs, c: Attrs) -> list[tuple[str, str]]:
    out = []
    if c.get("nonight") and _is_night(a):
        out.append(("no_night", "night or overnight work; persona cannot work nights"))
    if c.get("noshift") and a.get("shift"):
        out.append(("no_shifts", "rotating shifts; persona refuses shift work"))
    window = c.get("win")
    if isinstance(window, tuple):
        hrs = _hours(a)
        if a.get("shift") or (_is_night(a) and hrs is None):
            out.append(("hours", f"shift or night hours; persona is only free {window[0]:g}-{window[1]:g}"))
        elif hrs is not None and (hrs[0] < window[0] or hrs[1] > window[1]):
            out.append(("hours", f"hours {hrs[0]:g}-{hrs[1]:g} fall outside persona's {window[0]:g}-{window[1]:g}"))
    if c.get("dayonly") and (_is_night(a) or a.get("shift") or (_hours(a) or (0, 0))[1] > 19):
        out.append(("hours", "evening, night or shift work; persona only works days"))
    if c.get("noweekend") and a.get("wk") == 0:
        out.append(("weekends", "weekend work; persona cannot work weekends"))
    return out


BODY_LIMITS = {
    "nolift": ("lift", "heavy lifting; persona cannot lift"),
    "nostand": ("stand", "long standing; persona cannot stand long"),
    "nowalk": ("walk", "much walking; persona cannot walk far"),
    "noride": ("ride", "rides an e-bike or tricycle; persona cannot ride"),
    "noheights": ("heights", "work at height; persona cannot climb"),
    "deaf": ("phone", "voice calls or listening; persona cannot hear"),
}


def _wheel_clash(a: Attrs) -> bool:
    return any(a.get(k) for k in ("stand", "walk", "lift", "heights", "ride"))


def _body_codes(a: Attrs, c: Attrs) -> list[tuple[str, str]]:
    out = [("physical", why) for limit, (need, why) in BODY_LIMITS.items() if c.get(limit) and a.get(need)]
    if c.get("wheel") and _wheel_clash(a):
        out.append(("physical", "standing, walking, lifting or climbing; persona uses a wheelchair"))
    if c.get("lowvision") and (a.get("eyes") or a.get("pc") or a.get("read")):
        out.append(("physical", "needs good eyesight, screens or reading; persona has low vision"))
    if c.get("nopc") and a.get("pc"):
        out.append(("skills", "computer work; persona has no computer or cannot use one"))
    if c.get("noread") and (a.get("read") or a.get("pc") or a.get("app")):
        out.append(("skills", "reading or typing; persona barely reads"))
    if c.get("nocash") and a.get("cash"):
        out.append(("skills", "handles cash; persona cannot"))
    return out


PLACE_LIMITS = {
    "home": ("home_only", "on-site work; persona can only work from home"),
    "notravel": ("travel", "long-distance travel; persona wants to be home every day"),
    "nofield": ("field", "field work; persona wants office work"),
    "nolivein": ("live_in", "live-in post; persona cannot live in"),
}


def _place_codes(a: Attrs, c: Attrs) -> list[tuple[str, str]]:
    out = []
    if c.get("home") and not a.get("remote"):
        out.append(PLACE_LIMITS["home"])
    for limit, need in (("notravel", "travel"), ("nofield", "field"), ("nolivein", "livein")):
        if c.get(limit) and a.get(need):
            out.append(PLACE_LIMITS[limit])
    return out


def _held(c: Attrs) -> set[str]:
    held = _as_set(c.get("lic"))
    for cls in held & DRIVE_CLASSES:
        held |= DRIVE_COVERS[cls]
    return held


def _exp_years(c: Attrs, key: str) -> int:
    for item in _as_set(c.get("exp")):
        name, _, years = item.partition(":")
        if name == key:
            return int(years)
    return 0


def _requirement_codes(p: Posting, c: Attrs) -> list[tuple[str, str]]:
    a, out = p.attrs, []
    held = _held(c)
    drive = a.get("drive")
    if isinstance(drive, str) and drive not in held:
        out.append(("licence", f"requires driving licence {drive}; persona lacks it"))
    for cert in sorted(_as_set(a.get("certs")) - OBTAINABLE_ON_HIRE):
        if not set(cert.split("|")) & held:  # a|b: either certificate will do
            out.append(("licence", f"requires certificate {cert.replace('|', ' or ')}; persona lacks it"))
    need_years = a.get("exp")
    if isinstance(need_years, int):
        key = "drive" if drive else sorted(p.cats)[0]
        has = max(_exp_years(c, key), *(_exp_years(c, cat) for cat in p.cats))
        if has < need_years:
            out.append(("experience", f"requires {need_years}+ years; persona has {has}"))
    craft = a.get("craft")
    if isinstance(craft, str) and craft not in _as_set(c.get("crafts")):
        out.append(("skills", f"requires the craft {craft}; persona does not have it"))
    out += _education_codes(a, c)
    ages = a.get("age")
    age = c.get("age")
    if isinstance(ages, tuple) and isinstance(age, int) and not ages[0] <= age <= ages[1]:
        out.append(("age", f"age limit {ages[0]:g}-{ages[1]:g}; persona is {age}"))
    return out


def _education_codes(a: Attrs, c: Attrs) -> list[tuple[str, str]]:
    out = []
    need, has = str(a.get("edu", "none")), str(c.get("edu", "none"))
    has = EDU_ALIASES.get(has, has)
    if EDU_LEVELS.index(has) < EDU_LEVELS.index(need):
        out.append(("education", f"requires {need}; persona has {has}"))
    majors = _as_set(a.get("major"))
    if majors and str(c.get("major")) not in majors:
        out.append(
            ("education", f"requires major {'|'.join(sorted(majors))}; persona studied {c.get('major', 'none')}")
        )
    return out


def jianxi_eligible(c: Attrs) -> bool:
    grad = c.get("grad")  # YYYY-MM parses as a pair of numbers
    if isinstance(grad, tuple):
        year, month = (int(v) for v in grad)
        if (year, month) >= JIANXI_GRADUATED_SINCE:
            return True
    age = c.get("age")
    return isinstance(age, int) and 16 <= age <= 24 and not c.get("student")


def _programme_codes(p: Posting, persona: Persona) -> list[tuple[str, str]]:
    prog, groups = p.attrs.get("prog"), set(persona.groups)
    if prog == "gongyi" and "hard_to_employ" not in groups:
        return [("programme", "public-welfare post is only for registered hard-to-employ people")]
    if prog == "jianxi" and not jianxi_eligible(persona.c):
        return [("programme", "见习 is for graduates within two years or unemployed people aged 16-24")]
    if prog == "disabled" and "disabled" not in groups:
        return [("programme", "post is reserved for certified disabled people")]
    if prog == "veteran" and "veteran" not in groups:
        return [("programme", "post is reserved for veterans")]
    out = []
    if persona.job_types and p.job_type not in persona.job_types:
        out.append(("job_type", f"{p.job_type} post; persona only wants {'/'.join(persona.job_types)}"))
    return out


def monthly_yuan(salary: dict[str, object], key: str) -> float | None:
    amount, unit = salary.get(key), salary.get("unit")
    if not isinstance(amount, int | float):
        return None
    return {"month": 1.0, "day": 26.0, "hour": 8.0 * 26}.get(str(unit), math.nan) * amount


def _soft_codes(p: Posting, persona: Persona) -> list[tuple[str, str]]:
    a, c, out = p.attrs, persona.c, []
    if c.get("lodge") and not a.get("lodge"):
        out.append(("lodging_wish_unmet", "no lodging; persona would like it"))
    if c.get("wkwish") and a.get("wk") != 1:
        out.append(("weekends_wish_unmet", "weekends not off; persona would like them"))
    if c.get("remotewish") and not (a.get("remote") or a.get("partremote")):
        out.append(("remote_wish_unmet", "no home working; persona would like some"))
    want = monthly_yuan(persona.salary, "min") if persona.salary else None
    offer = monthly_yuan(p.salary, "max")
    if want is not None and offer is not None and offer < want:
        out.append(("salary_below_expectation", "pay below the persona's expectation"))
    return out


def judge(p: Posting, persona: Persona) -> dict[str, object]:
    c = persona.c
    hard = _place_codes(p.attrs, c) + _schedule_codes(p.attrs, c) + _body_codes(p.attrs, c)
    hard += _requirement_codes(p, c) + _programme_codes(p, persona)
    if hard:
        return _judgement(p, 0, hard)
    soft = _soft_codes(p, persona)
    wanted = bool(p.cats & _as_set(c.get("want")))
    reason = ("what was asked" if wanted else "adjacent to what was asked", "")
    if p.attrs.get("prog") == "jianxi":
        reason = (reason[0], "eligible for 见习")
    grade = 2 if wanted and not soft else 1
    return _judgement(p, grade, soft, reason)


def _judgement(p: Posting, grade: int, codes: list[tuple[str, str]], reason: tuple[str, str] = ("", "")) -> dict:
    violates = list(dict.fromkeys(code for code, _ in codes))
    whys = [r for r in reason if r] + [why for _, why in codes]
    return {"posting": p.id, "acceptable": grade > 0, "grade": grade, "violates": violates, "why": "; ".join(whys)}


# ---- candidates ----------------------------------------------------------------------------------------------


def _unclear(p: Posting, persona: Persona) -> bool:
    """Left unjudged where the text is silent or ambiguous on what the person's limit needs: a pre-dawn start for a
    no-night person, access for a wheelchair user, hours for a time window, rest days for no weekends."""
    a = p.attrs
    if persona.c.get("wheel") and not (a.get("remote") or a.get("access") or _wheel_clash(a)):
        return True  # silent on step-free access: neither clearly reachable nor clearly not
    if (
        (persona.c.get("win") or persona.c.get("dayonly"))
        and a.get("hrs") is None
        and not (a.get("shift") or a.get("night"))
    ):
        return True  # no hours given
    if persona.c.get("noweekend") and a.get("wk") is None:
        return True  # silent on rest days
    hrs = _hours(a)
    return bool(persona.c.get("nonight")) and hrs is not None and 4 <= hrs[0] < 6 and not _is_night(p.attrs)


def candidates(persona: Persona, postings: list[Posting]) -> list[dict[str, object]]:
    """All near postings in the wanted/adjacent categories, plus failing traps; capped with a seeded shuffle."""
    c = persona.c
    asked = _as_set(c.get("want")) | _as_set(c.get("ok"))
    traps = _as_set(c.get("trap"))
    near = [p for p in postings if p.distance_km <= JUDGE_RADIUS_KM or p.attrs.get("remote")]
    rng = random.Random(f"{SEED}-{persona.id}")
    judged = [(p, judge(p, persona)) for p in near if p.cats & (asked | traps)]
    rng.shuffle(judged)
    judged = [(p, j) for p, j in judged if not _unclear(p, persona)]
    good = sorted((j for p, j in judged if j["grade"] == 2), key=lambda j: str(j["posting"]))
    fine = [j for p, j in judged if j["grade"] == 1 and p.cats & asked]  # an acceptable trap says nothing
    bad_asked = [j for p, j in judged if j["grade"] == 0 and p.cats & asked]
    bad_trap = [j for p, j in judged if j["grade"] == 0 and not p.cats & asked]
    bad_asked.sort(key=lambda j: not set(j["violates"]) & STATED_LIMIT_CODES)  # stated limits first
    bad_trap.sort(key=lambda j: not set(j["violates"]) & STATED_LIMIT_CODES)
    chosen = good[:10] + fine[:6] + bad_asked[:9] + bad_trap[:3]
    spare = good[10:] + fine[6:] + bad_asked[9:] + bad_trap[3:]
    chosen += spare[: max(0, 12 - len(chosen))]
    if len(chosen) > 25:  # drop surplus acceptable ones first, never the traps
        keep_bad = [j for j in chosen if j["grade"] == 0]
        chosen = [j for j in chosen if j["grade"] > 0][: 25 - len(keep_bad)] + keep_bad
    return sorted(chosen, key=lambda j: str(j["posting"]))


# ---- output, checks and summary ------------------------------------------------------------------------------


def posting_json(p: Posting) -> dict[str, object]:
    return {
        "id": p.id,
        "title": p.title,
        "description": p.description,
        "job_type": p.job_type,
        "salary": p.salary,
        "offset_km": {"north": p.north_km, "east": p.east_km},
        "tags": p.tags,
    }


def persona_json(s: Persona) -> dict[str, object]:
    return {
        "id": s.id,
        "desired_job": s.desired_job,
        "experience": s.experience,
        "skills": s.skills,
        "priority_groups": s.groups,
        "job_types": s.job_types,
        "expected_salary": s.salary,
        "radius_km": 3,
        "judgements": s.judgements,
    }


def check(postings: list[Posting], personas: list[Persona]) -> list[str]:
    errors = []
    by_id = {p.id: p for p in postings}
    if len(by_id) != len(postings) or len({s.id for s in personas}) != len(personas):
        errors.append("duplicate ids")
    if len(postings) < 100 or len(personas) < 45:
        errors.append(f"too small: {len(postings)} postings, {len(personas)} personas")
    for p in postings:
        lo, hi = BANDS_KM[p.band]
        if not lo - 0.05 <= p.distance_km <= hi + 0.05:
            errors.append(f"{p.id}: {p.distance_km:.2f} km outside band {p.band}")
        if p.job_type not in JOB_TYPES:
            errors.append(f"{p.id}: job_type {p.job_type}")
        if len(p.description) < 20:
            errors.append(f"{p.id}: description too short")
    for s in personas:
        errors += _check_persona(s, by_id)
    groups = {g for s in personas for g in s.groups}
    if missing := PRIORITY_GROUPS - groups:
        errors.append(f"priority groups never used: {missing}")
    if missing := JOB_TYPES - {p.job_type for p in postings}:
        errors.append(f"job types never used: {missing}")
    return errors


def _check_persona(s: Persona, by_id: dict[str, Posting]) -> list[str]:
    errors, js = [], s.judgements
    if not 12 <= len(js) <= 25:
        errors.append(f"{s.id}: {len(js)} judgements")
    if sum(j["acceptable"] for j in js) < 3 or sum(not j["acceptable"] for j in js) < 3:
        errors.append(f"{s.id}: needs at least 3 acceptable and 3 unacceptable")
    if not any(j["grade"] == 2 for j in js):
        errors.append(f"{s.id}: no grade-2 posting")
    if set(s.groups) - PRIORITY_GROUPS or set(s.job_types) - JOB_TYPES:
        errors.append(f"{s.id}: unknown group or job type")
    for j in js:
        codes = set(j["violates"])
        if j["posting"] not in by_id:
            errors.append(f"{s.id}: unknown posting {j['posting']}")
        if not j["acceptable"] and (j["grade"] != 0 or not codes & HARD_CODES):
            errors.append(f"{s.id}/{j['posting']}: unacceptable without grade 0 and a hard code")
        if (j["acceptable"] and codes & HARD_CODES) or (j["grade"] == 2 and codes) or codes - HARD_CODES - SOFT_CODES:
            errors.append(f"{s.id}/{j['posting']}: codes {codes} do not fit grade {j['grade']}")
    thin = s.c.get("thin")
    near_good = [
        j
        for j in js
        if j["grade"] == 2
        and by_id[str(j["posting"])].distance_km < 3
        and not by_id[str(j["posting"])].attrs.get("remote")
    ]
    if thin and near_good:
        errors.append(f"{s.id}: marked thin but has on-site grade-2 postings inside 3 km")
    return errors


def summary(postings: list[Posting], personas: list[Persona]) -> str:
    lines = []
    bands = Counter("<3" if p.distance_km < 3 else "3-6" if p.distance_km <= 6 else ">6" for p in postings)
    lines.append(f"postings {len(postings)}: {dict(bands)}; job types {dict(Counter(p.job_type for p in postings))}")
    lines.append(f"categories {dict(Counter(min(p.cats) for p in postings))}")
    lines.append(f"remote {sum(bool(p.attrs.get('remote')) for p in postings)}")
    lines.append(f"personas {len(personas)}; groups {dict(Counter(g for s in personas for g in s.groups))}")
    js = [(s, j) for s in personas for j in s.judgements]
    near = sum(by_distance(postings)[str(j["posting"])] < 3 for _, j in js)
    lines.append(f"judgements {len(js)} (<3 km {near}); grades {dict(Counter(j['grade'] for _, j in js))}")
    hard = Counter(c for _, j in js if not j["acceptable"] for c in j["violates"])
    soft = Counter(c for _, j in js if j["acceptable"] for c in j["violates"])
    lines.append(f"hard {dict(hard.most_common())}")
    lines.append(f"soft {dict(soft.most_common())}")
    limits = Counter(k for s in personas for k in s.c if k not in {"age", "edu", "major", "grad", "want", "ok", "trap"})
    lines.append(f"persona attributes {dict(sorted(limits.items()))}")
    thin = [s.id for s in personas if _only_far_good(s, postings)]
    lines.append(f"only grade-2 at 3-6 km: {thin}")
    return "\n".join(lines)


def by_distance(postings: list[Posting]) -> dict[str, float]:
    return {p.id: p.distance_km for p in postings}


def _only_far_good(s: Persona, postings: list[Posting]) -> bool:
    dist = by_distance(postings)
    remote = {p.id: bool(p.attrs.get("remote")) for p in postings}
    good = [dist[str(j["posting"])] for j in s.judgements if j["grade"] == 2 and not remote[str(j["posting"])]]
    return bool(good) and min(good) >= 3


def dump(ids: list[str], postings: list[Posting], personas: list[Persona]) -> None:
    by_id = {p.id: p for p in postings}
    for s in personas:
        if s.id not in ids:
            continue
        print(f"\n## {s.id} {s.desired_job} {s.groups} {s.job_types}\n{s.experience}\n{s.c}")
        for j in s.judgements:
            p = by_id[str(j["posting"])]
            print(f"  {j['grade']} {p.id} {p.distance_km:4.1f}km {p.title} :: {j['why']}")


def main(argv: list[str]) -> int:
    postings, personas = parse_postings(), parse_personas()
    place(postings)
    for s in personas:
        s.judgements = candidates(s, postings)
    errors = check(postings, personas)
    data = {"postings": [posting_json(p) for p in postings], "personas": [persona_json(s) for s in personas]}
    (HERE / "personas.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if argv[:1] == ["--dump"]:
        dump(argv[1:] or [s.id for s in personas], postings, personas)
    print(summary(postings, personas))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
