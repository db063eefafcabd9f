"""Facts in a few Chinese words, as a page shows them, and the explanations of a match."""

from __future__ import annotations

import re
from collections.abc import Sequence

from matching import abilities
from matching.facts.bits import PLAIN_BITS, SEEKER_CODES, VALUE_CODES, JobBits, licence_bit
from matching.facts.driving import PERMITS
from matching.facts.education import LEVEL_WORDS
from matching.facts.fact import Fact, Family, Modality
from matching.facts.licences import LICENCE_WORDS
from matching.facts.limits import Limits
from matching.facts.skills import LACK_WORDS, LANGUAGE_WORDS, SKILL_WORDS, same_skill

RESERVED_WORDS = "仅招持证残疾人"
_NUMBER_WRITTEN = re.compile(r"[0-9０-９一二两三四五六七八九十半]")
UNSAID = {False: "你的资料里没有提到", True: "求职者资料里没有提到"}
WROTE = {False: "你的资料里写了", True: "求职者资料里写了"}
MET_YEARS = {False: "符合你写的{}", True: "符合求职者写的{}"}


def explain_facts(limits: Limits, bits: int, job_facts: Sequence[Fact], *, employer: bool = False) -> list[str]:
    """The words naming each of the seeker's limits a posting honours and wish it meets:
    「可居家办公 · 符合你的要求」「需A2驾照 · 你持A2」「需3年以上经验 · 符合你写的工作年限」「包吃包住」; a licence
    it requires that the person never mentions, or years of work from one who says nothing of any (「需持保安员证 ·
    你的资料里没有提到」; to an employer, 「求职者资料里没有提到」); and, for everyone, a post reserved for disabled
    people (「仅招持证残疾人」)."""
    words: list[str] = [RESERVED_WORDS] if bits & JobBits.DISABLED_ONLY else []
    for f in job_facts:
        if f.family is Family.LICENCE and f.modality is Modality.REQUIRED and licence_bit(f) & limits.unsaid:
            note = f"需持{LICENCE_WORDS.get(f.code, f.code)} · {UNSAID[employer]}"
        elif f.code == "experience_min" and bits & limits.unsaid & JobBits.NEEDS_EXPERIENCE:
            note = f"{_years_asked(f)} · {UNSAID[employer]}"
        else:
            continue
        if note not in words:
            words.append(note)
    words += _years_met(limits, job_facts, employer)
    if limits.require & JobBits.REMOTE and bits & JobBits.REMOTE:
        words.append("可居家办公 · 符合你的要求")
    if limits.exclude & JobBits.NIGHT and not bits & (JobBits.NIGHT | JobBits.SHIFTS):
        words.append("长白班 · 不上夜班" if bits & JobBits.DAY_SHIFT else "未写夜班")
    elif limits.no_night_rota and bits & JobBits.SHIFTS and not bits & JobBits.NIGHT:
        words.append("白天轮班 · 不上夜班")  # every shift the posting states ends by 22:00
    elif limits.exclude & JobBits.SHIFTS and not bits & JobBits.SHIFTS:
        words.append("未写倒班")  # "不想倒班": a steady shift, day or night
    if limits.exclude & JobBits.WEEKENDS_WORKED and not bits & JobBits.WEEKENDS_WORKED:
        words.append("双休 · 符合你的要求" if bits & JobBits.WEEKENDS_OFF else "未写周末上班")
    if limits.windows or limits.longest_day is not None:
        words += _hours_words(limits, job_facts)
    for f in job_facts:
        if f.family is Family.LICENCE and f.modality is Modality.REQUIRED and f.code.startswith("driving_"):
            held = [fact for fact in _held(limits) if f.code.removeprefix("driving_") in PERMITS.get(fact, frozenset())]
            if held:
                words.append(f"需{f.code.removeprefix('driving_')}驾照 · 你持{held[0]}")
        elif f.family is Family.ABILITY and f.code == "major" and f.modality is Modality.REQUIRED:
            studied = [m for _, m in limits.because if m.code == "major" and m.value in (f.value or "").split("/")]
            if studied:
                words.append(f"{words_of(f)} · 按简历中「{studied[0].evidence}」判断")
    words += _skills_preferred(limits, job_facts, employer)
    words += _away_words(limits, bits, employer)
    met = limits.wishes & bits
    if met & JobBits.MEALS and met & JobBits.HOUSING:
        words.append("包吃包住")
    elif met & JobBits.HOUSING:
        words.append("包住")
    elif met & JobBits.MEALS:
        words.append("包吃")
    if met & JobBits.REMOTE and not limits.require & JobBits.REMOTE:
        words.append("可居家办公")
    if met & JobBits.PART_TIME:
        words.append("可兼职")
    return words


def _years_asked(f: Fact) -> str:
    """「需3年以上经验」 where the posting wrote the years; 「需有经验」 where they are read from 熟手/熟练/有经验 (a year at
    least, `years`), so the page never quotes a number the posting did not write."""
    return f"需{f.value}年以上经验" if _NUMBER_WRITTEN.search(f.evidence) else "需有经验"


def _years_met(limits: Limits, job_facts: Sequence[Fact], employer: bool) -> list[str]:
    """「需3年以上经验 · 符合你写的工作年限」: years a posting requires that the person's own words meet."""
    words: list[str] = []
    for f in job_facts:
        years = int(f.value) if f.value and f.value.isdigit() else None
        if years is None:
            continue
        if f.code == "experience_min" and limits.experience is not None and limits.years_for(f) >= years:
            note = f"{_years_asked(f)} · {MET_YEARS[employer].format('工作年限')}"
        elif f.code == "driving_years_min" and limits.driving_years is not None and limits.driving_years >= years:
            note = f"需驾龄{years}年以上 · {MET_YEARS[employer].format('驾龄')}"
        else:
            continue
        if note not in words:
            words.append(note)
    return words


def _hours_words(limits: Limits, job_facts: Sequence[Fact]) -> list[str]:
    """A posting shown to a person whose day is limited passed `Limits.fits`: its hours are within what they said,
    or it states none, which they should ask about."""
    stated = [f for f in job_facts if f.code == "hours" and f.value]
    if stated:
        return [f"工作时间 {hours_words(stated[0].value or '')} · 在你能上班的时间内"]
    return [] if any(f.code == "day_hours" for f in job_facts) else ["未写工作时间"]


def _skills_preferred(limits: Limits, job_facts: Sequence[Fact], employer: bool) -> list[str]:
    """A skill the posting only prefers and the person says they lack: shown, and said so both ways round
    (「会看图纸/CAD优先 · 你的资料里写了「看不懂图纸」」). A required one never reaches the page."""
    lacked = {(f.code, f.value): f for _, f in limits.because if f.family is Family.SKILL}
    notes = []
    for f in job_facts:
        if f.family is not Family.SKILL or f.modality is not Modality.PREFERRED:
            continue
        said = next((s for (code, value), s in lacked.items() if code == f.code and same_skill(value, f.value)), None)
        note = None if said is None else f"{words_of(f)} · {WROTE[employer]}「{said.evidence}」"
        if note is not None and note not in notes:
            notes.append(note)
    return notes


def _away_words(limits: Limits, bits: int, employer: bool) -> list[str]:
    """Trips or field work a posting names, not of the kind the person refuses (frequent, sales), for a person who
    refuses only that kind (「需出差 · 你的资料里写了「不能经常出差」」): shown, and said so both ways round."""
    posted = {"travel": JobBits.TRAVEL, "field": JobBits.FIELD}
    notes = [
        f"{_WORDS[code]} · {WROTE[employer]}「{f.evidence}」"
        for _, f in limits.because
        for code, kind in limits.away_kinds
        if f.code == f"no_{code}" and f.value == kind and bits & posted[code]
    ]
    return list(dict.fromkeys(notes))


def _held(limits: Limits) -> list[str]:
    return [
        f.code.removeprefix("driving_")
        for _, f in limits.because
        if f.family is Family.LICENCE and f.modality is Modality.HAS and f.code.startswith("driving_")
    ]


_WORDS = {
    "out_of_work": "目前未就业",
    "hard_to_employ": "就业困难人员",
    "remote": "可居家办公",
    "field": "外勤",
    "travel": "需出差",
    "client_site": "驻场",
    "night": "有夜班",
    "shifts": "倒班",
    "day_shift": "长白班",
    "part_time": "兼职/按小时",
    "weekends_off": "双休",
    "weekends_worked": "周末要上班",
    "meals": "包吃",
    "housing": "包住",
    "live_in": "住家",
    "lifting": "需搬运",
    "standing": "需久站",
    "riding": "骑车配送",
    "height": "高空作业",
    "strenuous": "体力活",
    "disabled_welcome": "欢迎残疾人",
    "wheelchair_ok": "适合轮椅使用者",
    "deaf_ok": "适合听障人士",
    "disabled_only": RESERVED_WORDS,
    "fresh_graduate": "招应届生",
    "no_night": "不上夜班",
    "no_evening": "晚上不能上班",
    "no_shifts": "不倒班",
    "no_lifting": "不能干重活",
    "no_standing": "不能久站",
    "no_riding": "不骑车",
    "no_height": "不能登高",
    "no_walking": "不能走远路",
    "no_stairs": "不能爬楼梯",
    "no_dust": "呼吸道不好（不宜粉尘、油漆、异味）",
    "dust": "有粉尘/油漆/异味",
    "no_weekends": "周末不能上班",
    "no_overtime": "不能加班",
    "overtime": "需加班",
    "shift_choice": "班次可选",
    "wheelchair": "使用轮椅",
    "deaf": "听障",
    "no_live_in": "不住家",
    "no_travel": "不出差",
    "no_field": "不跑外勤",
    "no_driving": "不开车",
}
_LICENCE_MODALITY = {
    Modality.REQUIRED: "需{}",
    Modality.PREFERRED: "{}优先",
    Modality.HAS: "持{}",
    Modality.LACKS: "无{}",
    Modality.IMPLIED: "应持{}（按工作经历）",
}


def words_of(fact: Fact) -> str:
    """The fact in a few Chinese words, as a page shows it ("需A2驾照", "包吃", "只能居家工作")."""
    if fact.family is Family.ABILITY:
        required = (
            None if fact.modality not in (Modality.REQUIRED, Modality.PREFERRED) else fact.modality is Modality.REQUIRED
        )
        return abilities.words(fact.code, fact.value, required)
    if fact.family is Family.SKILL:
        return _skill_words(fact)
    if fact.family is Family.LICENCE and fact.code == "none":
        return "未持证书"
    if fact.family is Family.LICENCE and fact.modality in _LICENCE_MODALITY:
        voltage = {"high": "高压", "low": "低压"}.get(fact.value or "", "") if fact.code == "electrician" else ""
        return _LICENCE_MODALITY[fact.modality].format(voltage + LICENCE_WORDS.get(fact.code, fact.code))
    value = fact.value or ""
    match fact.code:
        case "home_only":
            return "只能居家工作" if fact.modality is Modality.LIMIT else "想居家工作"
        case "no_travel" | "no_field" if value == "often":
            return "不能经常出差" if fact.code == "no_travel" else "不能经常跑外勤"
        case "no_field" if value == "sales":
            return "不跑业务"
        case "hours":
            return f"工作时间 {hours_words(value)}"
        case "day_hours":
            return f"每天{value}小时"
        case "max_hours":
            return f"每天最多{value}小时"
        case "max_days":
            return f"每周最多{value}天"
        case "free":
            return f"有空：{free_words(value)}"
        case "edu_min":
            return f"{LEVEL_WORDS.get(value, value)}及以上"
        case "edu":
            return LEVEL_WORDS.get(value, value)
        case "graduation":
            year, _, month = value.partition("-")
            return f"{year}年{int(month)}月毕业" if month else f"{year}年毕业"
        case "experience_min":
            return f"{value}年以上经验"
        case "experience" if not value:
            return "有工作经历（未写年限）"
        case "experience":
            return "没有（或不到1年）工作经验" if value == "0" else f"{value}年工作经验"
        case "driving_years_min":
            return f"驾龄{value}年以上"
        case "driving_years":
            return "刚拿驾照" if value == "0" else f"驾龄{value}年"
        case "age_range":
            low, _, high = value.partition("-")
            soft = "（可放宽）" if fact.modality is Modality.PREFERRED else ""
            return f"{low or '不限'}–{high or '不限'}岁{soft}"
        case "age":
            low, dash, high = value.partition("-")
            return f"{low}岁" if not dash else f"{low}–{high}岁" if high else f"{low}岁以上"
        case "zodiac":
            return f"属{value}"
        case "born_range":
            low, _, high = value.partition("-")
            soft = "（优先）" if fact.modality is Modality.PREFERRED else ""
            return f"限{low[2:3]}0后–{high[2:3]}0后{soft}" if low[:3] != high[:3] else f"限{low[2:3]}0后{soft}"
        case "born":
            low, _, high = value.partition("-")
            return f"{low[2:3]}0后" if high else f"{low}年生"
        case "strenuous" if value == "stairs":
            return "要爬楼梯"
        case "standing" if value == "short":
            return "偶尔站立（时间短）"
        case "part_time" if fact.modality is Modality.WISH:
            return "想找兼职/零工"
        case "live_in" if fact.modality is Modality.PREFERRED:
            return "可住家（可选）"
        case "meals" | "housing" if fact.modality is Modality.WISH:
            return f"希望{_WORDS[fact.code]}"
    return _WORDS.get(fact.code, fact.code)


def _skill_words(fact: Fact) -> str:
    language = LANGUAGE_WORDS.get(fact.value or "")
    if fact.modality is Modality.LACKS:
        return f"不会{language}" if language else LACK_WORDS.get(fact.code, fact.code)
    asked = f"会{language}" if language else SKILL_WORDS.get(fact.code, fact.code)
    return f"{asked}优先" if fact.modality is Modality.PREFERRED else f"需{asked}"


_FREE_DAY_WORDS = {"1234567": "每天", "12345": "工作日", "67": "周末"}


def hours_words(value: str) -> str:
    """A "hours" value as a person reads it: a split day's parts, "09:00-17:30/11:30-13:30" -> "09:00-11:30、13:30-17:30"."""
    outer, *breaks = value.split("/")
    if not breaks:
        return outer
    cuts = [outer.partition("-")[0], *(end for b in sorted(breaks) for end in b.split("-")), outer.partition("-")[2]]
    return "、".join(f"{cuts[i]}-{cuts[i + 1]}" for i in range(0, len(cuts), 2))


def free_words(value: str) -> str:
    """A "free" fact's value as a person reads it: "67 00:00-24:00" -> "周末 全天"."""
    days, _, span = value.partition(" ")
    named = _FREE_DAY_WORDS.get(days) or "、".join(f"周{'一二三四五六日'[int(d) - 1]}" for d in days if d in "1234567")
    start, _, end = span.partition("-")
    hour, _, minute = end.partition(":")
    if hour.isdigit() and int(hour) > 24:  # "19:00-26:00": into the small hours
        end = f"次日{int(hour) - 24:02d}:{minute}"
    return f"{named} {'全天' if span == '00:00-24:00' else f'{start}–{end}'}"


# Every code the reader can give: what a person may name when they say a fact was misread.
FACT_CODES = (
    frozenset(_WORDS)
    | frozenset(LICENCE_WORDS)
    | frozenset(SKILL_WORDS)
    | SEEKER_CODES
    | VALUE_CODES
    | frozenset(PLAIN_BITS)
    | abilities.CODES
)
