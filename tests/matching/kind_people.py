"""What the labelled kinds' tests share (`test_kind_labelled_s20.py`, `test_kind_labelled_s21.py`): the demands' names,
a person's own words refusing each (no demand but those named), and how a post is read and judged for them."""

from __future__ import annotations

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits

BEND, COLD_WET, LIFTING, STAIRS, STANDING, WALKING = "bend", "cold_wet", "lifting", "stairs", "standing", "walking"
HEIGHTS, FINE, AIR, HEAT, NOISE, SITTING, HANDS = "heights", "fine_sight", "air", "heat", "noise", "sitting", "hands"

# a person's own words, each refusing no demand but those named
ONE_HAND = "干活只能用一只手"
NO_LOADS = "搬不动重的，腰扭过"
NO_HEAT = "我怕热，夏天闷的地方不行"
NO_COLD_WATER = "最怕冷水，手一碰就疼"
NO_LONG_WALKS = "天天走路受不了"
NO_SQUATTING = "千万别让我蹲着干活"
NO_SMALL_PRINT = "老花眼厉害，细活干不了"
NO_STAIRS = "不能爬楼梯"
NO_STANDING = "站久了腿肿"
NO_HEIGHTS = "有恐高症"
NO_SMOKE = "闻不了油烟味，一闻就咳嗽"
NO_NOISE = "耳朵受不了吵，机器轰轰的不行"
NO_LONG_SEAT = "不能久坐，医生让多走动"
REFUSES = {
    ONE_HAND: {HANDS, LIFTING},  # s22: one hand carries no loads (labels: 92 of 93 kinds refused for loads)
    NO_LOADS: {LIFTING},
    NO_HEAT: {HEAT},
    NO_COLD_WATER: {COLD_WET},
    NO_LONG_WALKS: {STAIRS, WALKING},
    NO_SQUATTING: {BEND},
    NO_SMALL_PRINT: {FINE},
    NO_STAIRS: {STAIRS},
    NO_STANDING: {STANDING},
    NO_HEIGHTS: {HEIGHTS},
    NO_SMOKE: {AIR},
    NO_NOISE: {NOISE},
    NO_LONG_SEAT: {SITTING},
}


def implied(title: str, text: str, code: str = "implied") -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == code}


def shown(words: str, title: str, text: str) -> bool:
    said = [f for f in seeker_facts("", words) if not f.sensitive]
    limits, facts = seeker_limits(said), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)
