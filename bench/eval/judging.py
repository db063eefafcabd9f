"""How a hand-written persona set (`dev2`, `dev3`, `dev4`) judges a persona against a posting: from the attributes its
sources restate, the hard limits a posting breaks (grade 0), the wishes it leaves unmet (grade 1), or neither (2)."""

from dataclasses import dataclass
from typing import Any

REF = (2026, 12)  # reference date for programme eligibility
JIANXI_SINCE = (2024, 12)  # graduated within two years of REF

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
# codes that come from a limit the seeker wrote in their own words (dev3 keeps these first when picking)
STATED = frozenset(
    {"physical", "no_night", "no_shifts", "hours", "weekends", "home_only", "travel", "live_in", "skills"}
)
SOFT = {"lodging_wish_unmet", "salary_below_expectation", "weekends_wish_unmet"}
EDU_NAMES = {0: "none", 1: "primary", 2: "junior", 3: "senior", 4: "college", 5: "bachelor"}
EDU_NAMES[6] = "master"


@dataclass(frozen=True)
class Rules:
    """Where a set judges otherwise than dev2 and dev3 (the defaults)."""

    unwritten_edu_unknown: bool = False  # schooling asked, never written: not judged (else: no code)
    crafts: frozenset[str] = frozenset()  # lines nobody holds unsaid: unwritten years count as none
    exp_names_line: bool = False  # the experience why names the line the years must be in
    travel_why: str = "business trips; persona cannot travel"
    live_in_why: str = "live-in post; persona must sleep at home"


DEV23 = Rules()


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


def inferred(pa: dict[str, Any], keys: set[str]) -> str:
    """The reason behind any of keys that the posting leaves unsaid (its `inf`, dev4's), for the judgement's why."""
    notes = sorted({pa.get("inf", {})[k] for k in keys if k in pa.get("inf", {})})
    return "".join(f" (inferred: {n})" for n in notes)


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
    pa: dict[str, Any],
    post: tuple[Any, ...],
    cp: dict[str, Any],
    groups: list[str],
    job_types: list[str],
    rules: Rules = DEV23,
) -> tuple[list[tuple[str, str]], bool]:
    out, judgeable = schedule_codes(pa, cp)
    out += experience_codes(pa, cp, rules)
    if pa["exp"] and cp["exp"] is None and pa["exp_cat"] not in rules.crafts:
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
    if rules.unwritten_edu_unknown and pa["edu"] and cp["edu"] is None:
        judgeable = False  # schooling asked, never written: a reader cannot tell
    elif cp["edu"] is not None and cp["edu"] < pa["edu"]:  # None: schooling not stated
        out.append(("education", f"requires {EDU_NAMES[pa['edu']]}; persona has {EDU_NAMES[cp['edu']]}"))
    out += programme_codes(pa, cp, groups)
    if cp["home_only"] and not pa["home"]:
        out.append(("home_only", "on-site work; persona can only work from home"))
    if cp.get("no_travel") and pa.get("travel"):  # dev2 restates neither
        out.append(("travel", rules.travel_why))
    if cp.get("no_live_in") and pa.get("live_in"):
        out.append(("live_in", rules.live_in_why))
    if job_types and post[3] not in job_types:
        out.append(("job_type", f"{post[3]} post; persona wants only {'/'.join(job_types)}"))
    if pa.get("sex") and cp.get("sex") and pa["sex"] != cp["sex"]:  # only dev4 restates sex
        judgeable = False  # a posting for the other sex: no code for it, so it is not judged
    if cp["wc"] and not (pa["home"] or pa["access"]) and not out:
        judgeable = False
    return out, judgeable


def experience_codes(pa: dict[str, Any], cp: dict[str, Any], rules: Rules) -> list[tuple[str, str]]:
    """Years in the posting's line; where no work history is written (dev4), only a craft counts as lacking."""
    if not pa["exp"]:
        return []
    if cp["exp"] is None and pa["exp_cat"] not in rules.crafts:
        return []
    have = (cp["exp"] or {}).get(pa["exp_cat"], 0)
    if pa["exp"] <= have:
        return []
    line = f" of {pa['exp_cat']}" if rules.exp_names_line else ""
    return [("experience", f"requires {pa['exp']}+ years{line}; persona has {have}")]


def programme_codes(pa: dict[str, Any], cp: dict[str, Any], groups: list[str]) -> list[tuple[str, str]]:
    prog = pa["prog"]
    if prog == "jianxi" and not jianxi_eligible(cp):
        return [("programme", "见习 only for graduates within 2 years or unemployed aged 16-24")]
    if prog == "gongyi" and "hard_to_employ" not in groups:
        return [("programme", "public-welfare post is only for registered hard-to-employ people")]
    if prog == "disabled" and "disabled" not in groups:
        return [("programme", "post is reserved for certified disabled people")]
    if prog == "veteran" and "veteran" not in groups:
        return [("programme", "post is reserved for veterans")]
    return []


def soft_codes(pa: dict[str, Any], post: tuple[Any, ...], cp: dict[str, Any], salary: Any) -> list[tuple[str, str]]:
    out = []
    if cp["wish_lodging"] and not pa["lodging"]:
        out.append(("lodging_wish_unmet", "no lodging; persona wishes for it"))
    if cp.get("wish_wkd") and pa["wkd"] != "off":  # dev4 restates no such wish
        out.append(("weekends_wish_unmet", "weekends not guaranteed off; persona wishes for 双休"))
    if salary is not None:
        wanted = salary["min"] * {"month": 1, "day": 26, "hour": 8 * 26}[salary["unit"]]
        if month_pay(post[4]) < wanted:
            out.append(("salary_below_expectation", "pay below the persona's expectation"))
    return out


def judge(
    post: tuple[Any, ...], persona: tuple[Any, ...], posting_id: str, rules: Rules = DEV23
) -> dict[str, Any] | None:
    """The persona's judgement of the posting, or None where it is not judged (unrelated, or not judgeable)."""
    pa, cp = post[7], persona[7]
    cat = pa["cat"]
    if cat not in cp["want"] | cp["ok"] | cp["trap"]:
        return None
    hard, judgeable = hard_codes(pa, post, cp, persona[4], persona[5], rules)
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
        "posting": posting_id,
        "acceptable": not hard,
        "grade": grade,
        "violates": [code for code, _ in codes],
        "why": why,
    }
