"""Facts in a few Chinese words, as a page shows them (why a match is shown: `explanations`)."""

from __future__ import annotations

from matching import abilities
from matching.facts.bits import PLAIN_BITS, SEEKER_CODES, VALUE_CODES
from matching.facts.certificate_kinds import TEACHER_WORDS
from matching.facts.day_parts import part_words
from matching.facts.education import LEVEL_WORDS
from matching.facts.fact import Fact, Family, Modality
from matching.facts.kind_hours import HOURS_WORDS, KIND_HOURS
from matching.facts.kinds import DEMAND_WORDS, EASED, IMPLIED, STATED
from matching.facts.language_level import FLUENT
from matching.facts.licences import LICENCE_WORDS
from matching.facts.round_clock import KIND
from matching.facts.skills import LACK_WORDS, LANGUAGE_WORDS, SKILL_WORDS

RESERVED_WORDS = "仅招持证残疾人"
FACT_WORDS = {
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
    "own_hours": "时间自己安排",
    "day_choice": "上班日子可选",
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
    "no_bending": "不能常弯腰下蹲",
    "no_cold_wet": "不能沾凉水、进冷库",
    "no_fine_sight": "眼睛看不清细小的活",
    "no_hands": "一只手使不上劲，两只手的活干不了",
    "most_load": "提重有限",
    "load_kg": "货物有重量",
    "no_dust": "呼吸道不好（不宜粉尘、油漆、异味）",
    "no_heat": "怕热（不宜高温、烈日下）",
    "no_noise": "受不了噪音",
    "no_sitting": "不能久坐",
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
        voltage += TEACHER_WORDS.get(fact.value or "", "") if fact.code == "teacher" else ""  # "幼儿园教师资格证"
        return _LICENCE_MODALITY[fact.modality].format(voltage + LICENCE_WORDS.get(fact.code, fact.code))
    value = fact.value or ""
    if fact.code in (IMPLIED, STATED, EASED) and value in DEMAND_WORDS:  # `kinds`: "常需弯腰（按岗位）"
        said = DEMAND_WORDS[value]
        return {
            IMPLIED: f"{said}（按岗位）",
            STATED: said,
            EASED: f"不必{said.removeprefix('常需').removeprefix('常要')}",
        }[fact.code]
    if fact.code == KIND_HOURS and value in HOURS_WORDS:  # `kind_hours`: "「洗碗」通常做到晚上（按岗位）"
        return f"「{fact.evidence}」{HOURS_WORDS[value]}（按岗位）"
    match fact.code:
        case "riding" if fact.modality is Modality.IMPLIED:  # "送外卖": a ride the work implies (`physical`)
            return "常需骑车配送（按岗位）"
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
        case "starts":
            return f"{value}上班"
        case "day_part":
            return f"上班时段 {part_words(value)}"
        case "max_hours":
            return f"每天最多{value}小时"
        case "max_days":
            return f"每周最多{value}天"
        case "day_refused" if value in ("1", "2", "3", "4", "5", "6", "7"):
            return f"周{'一二三四五六日'[int(value) - 1]}不行"
        case "free":
            return f"有空：{free_words(value)}"
        case "workdays" if value and set(value) <= set("1234567"):
            return "要上班：" + "、".join(f"周{'一二三四五六日'[int(d) - 1]}" for d in value)
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
        case "night" if value == KIND:
            return "这类岗位一般有夜班"
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
        case "own_year":
            return "今年本命年"
        case "born_range":
            low, _, high = value.partition("-")
            soft = "（优先）" if fact.modality is Modality.PREFERRED else ""
            return f"限{low[2:3]}0后–{high[2:3]}0后{soft}" if low[:3] != high[:3] else f"限{low[2:3]}0后{soft}"
        case "born":
            low, _, high = value.partition("-")
            return f"{low[2:4]}后" if high else f"{low}年生"  # "1995-1999": 95后
        case "most_load" if value:
            return f"最多能提{value}公斤"
        case "load_kg" if value:
            return f"货物约{value}公斤"
        case "strenuous" if value == "stairs":
            return "要爬楼梯"
        case "no_standing" if value == "any":  # `refusals.ANY_STANDING`
            return "不能站立"
        case "standing" if value == "short":
            return "偶尔站立（时间短）"
        case "part_time" if fact.modality is Modality.WISH:
            return "想找兼职/零工"
        case "live_in" if fact.modality is Modality.PREFERRED:
            return "可住家（可选）"
        case "meals" | "housing" if fact.modality is Modality.WISH:
            return f"希望{FACT_WORDS[fact.code]}"
    return FACT_WORDS.get(fact.code, fact.code)


def _skill_words(fact: Fact) -> str:
    language = LANGUAGE_WORDS.get((fact.value or "").removesuffix(FLUENT))
    if fact.modality is Modality.LACKS and (fact.value or "").endswith(FLUENT):
        return f"{language}只会一点"
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
    parts = (f"{a}-{b}" if a != b else f"{a}起" for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    return "、".join(parts)  # "…、14:00起": an afternoon whose start alone is said (`split_day`)


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
    frozenset(FACT_WORDS)
    | frozenset(LICENCE_WORDS)
    | frozenset(SKILL_WORDS)
    | SEEKER_CODES
    | VALUE_CODES
    | frozenset(PLAIN_BITS)
    | abilities.CODES
)
