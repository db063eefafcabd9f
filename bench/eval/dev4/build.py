"""Build and validate bench/eval/dev4/personas.json from the hand-written sources.

Run: python3 bench/eval/dev4/build.py   (exits 1 if any check fails)
"""

import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from personas_src import PERSONAS  # noqa: E402
from postings_src import POSTINGS  # noqa: E402

OUT = HERE / "personas.json"
JUDGE_MAX_KM = 6.0
REF = (2026, 12)  # reference date for programme eligibility
JIANXI_SINCE = (2024, 12)  # graduated within two years of REF
MAX_ACCEPTABLE = 13
MAX_JUDGED = 25
MIN_JUDGED = 12

# a licence class and the classes it also lets you drive (准驾车型)
DRIVING_COVERS = {
    "A1": {"A1", "A3", "B1", "B2", "C1"},
    "A2": {"A2", "B1", "B2", "C1"},
    "B1": {"B1", "C1"},
    "B2": {"B2", "C1"},
    "C1": {"C1"},
}
HARD = {
    "experience",
    "age",
    "physical",
    "no_night",
    "no_shifts",
    "hours",
    "weekends",
    "skills",
    "licence",
    "education",
    "programme",
    "home_only",
    "job_type",
    "travel",
    "live_in",
}
SOFT = {"lodging_wish_unmet", "salary_below_expectation"}
MIN_POSTINGS = 70
CRAFTS = {"sew", "cnc"}  # skilled trades nobody holds without saying so
MIN_PERSONAS = 36
EDU_NAMES = {0: "none", 1: "primary", 2: "junior", 3: "senior", 4: "college", 5: "bachelor"}
EDU_NAMES[6] = "master"


def offsets() -> dict[str, dict[str, float]]:
    """Seeded random bearing at each posting's hand-set distance."""
    rng = random.Random(2604)
    out = {}
    for num, *_, dist_km, _tags, _attrs in POSTINGS:
        theta = rng.uniform(0, 2 * math.pi)
        north = round(dist_km * math.cos(theta), 2)
        east = round(dist_km * math.sin(theta), 2)
        out[pid(num)] = {"north": north, "east": east}
    return out


def pid(num: int) -> str:
    return f"d4p-{num:03d}"


def month_pay(salary: tuple[int, int, str]) -> float:
    _low, high, unit = salary
    return {"month": 1, "day": 26, "hour": 8 * 26}[unit] * high


def licence_ok(needed: str, held: set[str]) -> bool:
    if needed in DRIVING_COVERS:
        return any(needed in DRIVING_COVERS.get(h, set()) for h in held)
    return needed in held


def jianxi_eligible(cp: dict[str, Any]) -> bool:
    grad = cp["grad"]
    if grad is not None and tuple(grad) >= JIANXI_SINCE:
        return True
    return bool(16 <= cp["age"] <= 24)


def fits_window(hours: Any, window: tuple[float, float]) -> bool | None:
    if hours == "flex":
        return True
    if hours is None:
        return None
    return bool(window[0] <= hours[0] and hours[1] <= window[1])


def span(hours: tuple[float, float]) -> str:
    if hours[0] <= 0:
        return f"until {span((hours[1], hours[1]))[:5]}"
    return "-".join(f"{int(h % 24):02d}:{round(h % 1 * 60):02d}" for h in hours)


def day_hours(pa: dict[str, Any]) -> float | None:
    """Hours worked in one day: the shift length, the span, or the stated daily minimum."""
    if pa["day_h"] is not None:
        return float(pa["day_h"])
    if pa["hours"] == "flex":
        return float(pa["daily_min"])
    if pa["hours"] is None:
        return None
    return float(pa["hours"][1] - pa["hours"][0])


def schedule_codes(pa: dict[str, Any], cp: dict[str, Any]) -> tuple[list[tuple[str, str]], bool]:
    """Night, shift, hour-window, daily-length and weekend clashes; False if it cannot be judged."""
    out: list[tuple[str, str]] = []
    judgeable = True
    if cp["no_night"] and pa["night"]:
        out.append(("no_night", "night work; persona cannot work nights" + inferred(pa, {"night"})))
    if cp["no_shifts"] and pa["shifts"]:
        out.append(("no_shifts", "rotating shifts; persona refuses them" + inferred(pa, {"shifts"})))
    if cp["window"] is not None:
        fit = fits_window(pa["hours"], cp["window"])
        if pa["night"]:
            note = inferred(pa, {"night"})
            out.append(("hours", f"night work; persona only works {span(cp['window'])}{note}"))
        elif fit is False:
            out.append(("hours", f"hours {span(pa['hours'])} outside persona's {span(cp['window'])}"))
        elif fit is None:
            judgeable = False
    if cp["max_h"] is not None:
        length = day_hours(pa)
        if length is None:
            judgeable = False
        elif length > cp["max_h"]:
            out.append(("hours", f"{length:g}h a day; persona max {cp['max_h']}h"))
    if cp["no_weekend"]:
        if pa["wkd"] == "work":
            out.append(("weekends", "weekend work; persona cannot work weekends"))
        elif pa["wkd"] is None and pa["hours"] != "flex":
            judgeable = False
    return out, judgeable


def hard_codes(
    pa: dict[str, Any], post: tuple[Any, ...], cp: dict[str, Any], groups: list[str], job_types: list[str]
) -> tuple[list[tuple[str, str]], bool]:
    out, judgeable = schedule_codes(pa, cp)
    out += experience_codes(pa, cp)
    if pa["exp"] and cp["exp"] is None and pa["exp_cat"] not in CRAFTS:
        judgeable = False  # years asked, work history never written: a reader cannot tell
    if pa["age"] is not None and not pa["age"][0] <= cp["age"] <= pa["age"][1]:
        out.append(("age", f"age limit {pa['age'][0]}-{pa['age'][1]}; persona is {cp['age']}"))
    clash = pa["phys"] & cp["cant"]
    if clash:
        out.append(("physical", f"requires {'/'.join(sorted(clash))}; persona cannot" + inferred(pa, clash)))
    lacking = pa["skills"] & cp["lacks"]
    if lacking:
        out.append(("skills", f"requires {'/'.join(sorted(lacking))}; persona lacks it"))
    missing = [lic for lic in sorted(pa["lic"]) if not licence_ok(lic, cp["lic"])]
    if missing:
        out.append(("licence", f"requires {'/'.join(missing)}; persona lacks it"))
    if pa["edu"] and cp["edu"] is None:
        judgeable = False  # schooling asked, never written: a reader cannot tell
    elif pa["edu"] and cp["edu"] < pa["edu"]:
        out.append(("education", f"requires {EDU_NAMES[pa['edu']]}; persona has {EDU_NAMES[cp['edu']]}"))
    out += programme_codes(pa, cp, groups)
    if cp["home_only"] and not pa["home"]:
        out.append(("home_only", "on-site work; persona can only work from home"))
    if cp["no_travel"] and pa["travel"]:
        out.append(("travel", "long-distance travel; persona will not leave the city"))
    if cp["no_live_in"] and pa["live_in"]:
        out.append(("live_in", "live-in or round-the-clock post; persona must go home at night"))
    if job_types and post[3] not in job_types:
        out.append(("job_type", f"{post[3]} post; persona wants only {'/'.join(job_types)}"))
    if pa["sex"] and cp["sex"] and pa["sex"] != cp["sex"]:
        judgeable = False  # a posting for the other sex: no code for it, so it is not judged
    if cp["wc"] and not (pa["home"] or pa["access"]) and not out:
        judgeable = False
    return out, judgeable


def experience_codes(pa: dict[str, Any], cp: dict[str, Any]) -> list[tuple[str, str]]:
    """Years in the posting's line; a craft (sewing, CNC) the persona never mentions is lacking."""
    if not pa["exp"]:
        return []
    if cp["exp"] is None and pa["exp_cat"] not in CRAFTS:
        return []
    have = (cp["exp"] or {}).get(pa["exp_cat"], 0)
    if pa["exp"] <= have:
        return []
    return [("experience", f"requires {pa['exp']}+ years of {pa['exp_cat']}; persona has {have}")]


def inferred(pa: dict[str, Any], keys: set[str]) -> str:
    """The reason behind any of keys that the posting leaves unsaid, for the judgement's why."""
    notes = sorted({pa["inf"][k] for k in keys if k in pa["inf"]})
    return "".join(f" (inferred: {n})" for n in notes)


def programme_codes(pa: dict[str, Any], cp: dict[str, Any], groups: list[str]) -> list[tuple[str, str]]:
    prog = pa["prog"]
    if prog == "jianxi" and not jianxi_eligible(cp):
        return [("programme", "见习 only for graduates within 2 years or unemployed aged 16-24")]
    if prog == "gongyi" and "hard_to_employ" not in groups:
        return [("programme", "public-welfare post is only for registered hard-to-employ people")]
    if prog == "disabled" and "disabled" not in groups:
        return [("programme", "post is reserved for certified disabled people")]
    return []


def soft_codes(pa: dict[str, Any], post: tuple[Any, ...], cp: dict[str, Any], salary: Any) -> list[tuple[str, str]]:
    out = []
    if cp["wish_lodging"] and not pa["lodging"]:
        out.append(("lodging_wish_unmet", "no lodging; persona wishes for it"))
    if salary is not None:
        wanted = salary["min"] * {"month": 1, "day": 26, "hour": 8 * 26}[salary["unit"]]
        if month_pay(post[4]) < wanted:
            out.append(("salary_below_expectation", "pay below the persona's expectation"))
    return out


def judge(post: tuple[Any, ...], persona: tuple[Any, ...]) -> dict[str, Any] | None:
    pa, cp = post[7], persona[7]
    cat = pa["cat"]
    if cat not in cp["want"] | cp["ok"] | cp["trap"]:
        return None
    hard, judgeable = hard_codes(pa, post, cp, persona[4], persona[5])
    if not judgeable:
        return None
    if not hard and cat not in cp["want"] | cp["ok"]:
        return None  # traps are judged only where they break something
    soft = [] if hard else soft_codes(pa, post, cp, persona[6])
    if hard:
        grade = 0
    elif cat in cp["want"] and not soft:
        grade = 2
    else:
        grade = 1
    head = "what was asked" if cat in cp["want"] else "adjacent to what was asked"
    if hard:
        head = "looks relevant" if cat in cp["trap"] else head
    codes = hard + soft
    why = "; ".join([f"{cat}: {head}"] + [w for _, w in codes])
    return {
        "posting": pid(post[0]),
        "acceptable": not hard,
        "grade": grade,
        "violates": [code for code, _ in codes],
        "why": why,
    }


def pick(judged: list[dict[str, Any]], num: int, trap_ids: set[str], focus: set[str]) -> list[dict[str, Any]]:
    """Up to MAX_ACCEPTABLE acceptable ones, then unacceptable ones breaking the persona's own limits first."""
    rng = random.Random(4000 + num)
    acc = [j for j in judged if j["acceptable"]]
    bad = [j for j in judged if not j["acceptable"]]
    rng.shuffle(acc)
    rng.shuffle(bad)
    acc.sort(key=lambda j: -j["grade"])
    bad.sort(key=lambda j: (not focus & set(j["violates"]), j["posting"] in trap_ids))
    acc = acc[:MAX_ACCEPTABLE]
    bad = bad[: MAX_JUDGED - len(acc)]
    return sorted(acc + bad, key=lambda j: j["posting"])


def build() -> dict[str, Any]:
    offs = offsets()
    postings = [
        {
            "id": pid(num),
            "title": title,
            "description": desc,
            "job_type": jt,
            "salary": {"min": sal[0], "max": sal[1], "unit": sal[2]},
            "offset_km": offs[pid(num)],
            "tags": tags,
        }
        for num, title, desc, jt, sal, _d, tags, _a in POSTINGS
    ]
    near = [
        p for p in POSTINGS if math.hypot(*offs[pid(p[0])].values()) <= JUDGE_MAX_KM or p[7]["home"]
    ]  # remote work is judged at any distance
    personas = []
    for persona in PERSONAS:
        num, desired, exp_text, skills, groups, job_types, salary, cp = persona
        judged = [j for p in near if (j := judge(p, persona)) is not None]
        trap_ids = {pid(p[0]) for p in near if p[7]["cat"] in cp["trap"]}
        personas.append(
            {
                "id": f"d4-{num:02d}",
                "desired_job": desired,
                "experience": exp_text,
                "skills": skills,
                "priority_groups": groups,
                "job_types": job_types,
                "expected_salary": salary,
                "radius_km": 3,
                "judgements": pick(judged, num, trap_ids, cp["focus"]),
            }
        )
    return {"postings": postings, "personas": personas}


def errors(data: dict[str, Any]) -> list[str]:
    errs = []
    ids = [p["id"] for p in data["postings"]]
    if len(set(ids)) != len(ids) or len(ids) < MIN_POSTINGS:
        errs.append(f"posting ids not unique or fewer than {MIN_POSTINGS} ({len(ids)})")
    pids = [p["id"] for p in data["personas"]]
    if len(set(pids)) != len(pids) or len(pids) < MIN_PERSONAS:
        errs.append(f"persona ids not unique or fewer than {MIN_PERSONAS} ({len(pids)})")
    home = {pid(p[0]) for p in POSTINGS if p[7]["home"]}
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
    return errs


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


def summary(data: dict[str, Any]) -> None:
    """Counts for README.md."""
    dists = [math.hypot(*p["offset_km"].values()) for p in data["postings"]]
    js = [j for p in data["personas"] for j in p["judgements"]]
    bands = (sum(d < 3 for d in dists), sum(3 <= d <= 6 for d in dists), sum(d > 6 for d in dists))
    print("postings <3 / 3-6 / >6 km:", bands)
    print("job types:", Counter(p["job_type"] for p in data["postings"]).most_common())
    print("groups:", Counter(g for p in data["personas"] for g in p["priority_groups"]).most_common())
    print("judgements:", len(js), "grades:", sorted(Counter(j["grade"] for j in js).items()))
    print("violates:", Counter(v for j in js for v in j["violates"]).most_common())


def main() -> int:
    data = build()
    errs = errors(data)
    summary(data)
    for e in errs:
        print("ERROR", e)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(data['postings'])} postings, {len(data['personas'])} personas")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
