"""Loads by their weight, both sides (issue 22, session 18): the most a person says they can lift ("提东西不能超过五斤",
"最多拿得动二十斤", "十来斤还行", "医生说不能提超过5公斤") as a `most_load` fact, and the load a posting says it moves
("单件货物约25公斤", "需搬运50斤左右的货", "能扛一袋米（50斤）", "每桶约18.9升") or says is light ("每个包裹不超过五斤",
"都是轻的小件") as a `load_kg` fact, each valued in kilograms; `LoadsWeighed` checks one against the other."""

from __future__ import annotations

import re
from collections.abc import Iterable

from matching.facts.carriers import WEIGHED_HANDS
from matching.facts.cues import (
    CHINESE_DIGITS,
    CLAUSE_STOP,
    clause_around,
    sentence_of,
    someone_else,
    stop_after,
    stop_before,
)
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.kind_nouns import HANDS, LIFTING
from matching.facts.numerals import cn_number
from matching.facts.refusal_owner import not_own

MOST_LOAD, LOAD_KG = "most_load", "load_kg"
# A post that lifts and says no weight is out only for a person whose most is under this: such a post carries cases of
# drinks, a 19 L water bucket, a 25 kg sack of rice (the judges of dev7 and dev11 kept out every lifting post for one
# who said 十斤 or 二十斤); one who can lift 三十斤 (15 kg) or more is shown a 理货 post that weighs nothing
UNWEIGHED_MOST_KG = 15.0
LIGHT_KG = 2.5  # a load the post calls light with no number ("都是轻的小件"): what one hand carries, 五斤
# the most of one who refuses loads with no weight, in words of loads or the back ("搬东西更不行", "重的搬不动", "腰椎间盘"),
# or whose hand does not work: a load a post states over it is out. The judges of dev5 and dev11 kept "偶尔搬一下也不超过
# 十斤" and "零件十来斤一个" for "腰不好" and "不让我干重活"; those of dev6, dev11 and dev13 kept out "工件一个二十来斤",
# "一箱二十斤" and "三十来斤一箱的水果要从车上搬" for such refusals and for hands that cannot grip (session 19)
REFUSED_MOST_KG = 5.0
_JIN_KG = 0.5
_NUMBER = r"(?:\d{1,3}(?:\.\d{1,2})?|[一二两三四五六七八九十几百]{1,4})"
# a weight: "五斤", "5公斤", "十来斤", "20-30斤", "50斤左右", "18.9升" (of water: a litre weighs a kilogram)
_WEIGHT = re.compile(
    rf"(?P<low>{_NUMBER})(?:\s*[-~到至]\s*(?P<high>{_NUMBER}))?\s*(?P<approx>来|多)?\s*(?P<unit>公斤|千克|kg|KG|Kg|斤|升|L)(?!面|装)"
)
_LIFT = re.compile(r"提|拿|搬|拎|扛|抬|举|负重|重|东西|货|挑|背")
# the person's most said as a cap before the weight ("不能提超过五斤", "负重不超过5公斤", "别超过十斤")
_CAP_BEFORE = re.compile(
    r"(?:不能|不可以|不得|不要|别|莫|不准|不让|不许|不|没法)[^，。；,;！!]{0,6}?(?:超过|超|高于|过)\s*$"
)
# or after it: "超过十斤就不照", "二十斤以上的东西莫碰", "比十斤重的就抖"
_OVER_BEFORE = re.compile(r"(?:超过|超出|高于|比)[^，。；,;！!]{0,6}?$")
_OVER_AFTER = re.compile(
    r"^[）)]?\s*(?:以上|往上|多|重)?(?:的)?(?:东西|重物|货)?(?:就|都|也|可)?(?:不行|不照|不中|不能|莫碰|别碰|碰不得|不敢|搬不动|拿不动|提不动|"
    r"抬不动|扛不动|拎不动|吃不消|受不了|干不了|就抖|抖|疼|痛)"
)
# "最多拿得动二十斤", "最多能提三十斤", "顶多搬十斤", "只能拎五斤"
_MOST_BEFORE = re.compile(
    r"(?:最多|顶多|至多|只能|就能|也就能?)(?:能|只能)?(?:提|拿|搬|拎|扛|抬|背)(?:得动|得了|动|起)?\s*$"
)
# "十来斤还行", "五斤以内可以", "十斤以下的没问题"
_WITHIN_AFTER = re.compile(
    r"^(?:以内|以下|之内|左右)?(?:的)?(?:东西)?(?:还|倒|都|也)?(?:行|可以|能拿|能提|能搬|没问题|没事|还成|照(?!样))"
)
# a posting's load, not a benefit, the worker's own weight, a room or an allowance ("发米发油", "体重", "提供一袋")
_NOT_LOAD = re.compile(r"体重|身高|提供|补贴|奖|减肥|瘦|胖|公里|平米|元")
_BENEFIT = re.compile(
    r"发(?:米|油|面)|福利|过节|过年|赠|送(?:米|油)(?!面)|年货"
)  # in the sentence: "逢年过节发米发油，一袋米50斤"; not "送米面到户", a delivery
# a posting's load said as a cap ("不超过5斤", "5斤以内"), and light loads said in words ("都是轻的小件")
_POST_LIGHT = re.compile(
    r"(?:都是|全是|主要是|基本是|都)?轻(?:的|便的)?小件|小件(?:为主|商品|货)|(?:货|东西|包裹|物品|货物)(?:都|也|很|比较)?(?:很|比较)?轻(?!松)|"
    r"不用搬重(?:物|东西|的)|不搬重物|无重物"
)


def weight_kg(m: re.Match[str]) -> float | None:
    """The kilograms a `_WEIGHT` match names, its higher end ("20-30斤": 15.0), None where no number is read."""
    raw = m.group("high") or m.group("low")
    number = _number(raw)
    if number is None:
        return None
    return number * (_JIN_KG if m.group("unit") == "斤" else 1.0)


# a loose pair of numbers, the higher read: "三四十" 40, "二三十" 30, "十五六" 16, "二十五六" 26, "五六" 6 (not 56)
_LOOSE_PAIR = re.compile(
    r"(?P<tens>[一二三四五六七八九]?十)?(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])(?P<ten>十)?"
)


def _loose_pair(words: str) -> float | None:
    m = _LOOSE_PAIR.fullmatch(words)
    if m is None or CHINESE_DIGITS[m.group("b")] != CHINESE_DIGITS[m.group("a")] + 1 or (m["tens"] and m["ten"]):
        return None
    high = CHINESE_DIGITS[m.group("b")]
    if m.group("ten"):
        return float(high * 10)  # "三四十"
    tens = m.group("tens")
    return float((cn_number(tens) or 0) + high) if tens else float(high)  # "十五六", "五六"


def _number(raw: str) -> float | None:
    if raw[0].isdigit():
        return float(raw)
    if (loose := _loose_pair(raw)) is not None:
        return loose
    words = raw.replace("几十", "三十").replace("几", "三")  # "几斤": a few, three; "几十斤": thirty
    if words.endswith("百") or words.startswith("百"):
        head = words.removesuffix("百") or "一"
        n = cn_number(head)
        return None if n is None else float(n * 100)
    n = cn_number(words)
    return None if n is None else float(n)


def most_load(text: str) -> list[Fact]:
    """The most the person says they can lift, in kilograms (`most_load`, a limit), the smallest they state: a cap
    ("提东西不能超过五斤", "超过十斤就不照", "二十斤以上的东西莫碰") or a most ("最多拿得动二十斤", "十来斤还行"), said of
    lifting in its clause; not someone else's, asked, supposed or past (`refusal_owner.not_own`), nor a load carried once
    ("一担一百二十斤")."""
    found = []
    for m in _WEIGHT.finditer(text):
        kg = weight_kg(m)
        low, high = stop_before(text, m.start(), CLAUSE_STOP), stop_after(text, m.end(), CLAUSE_STOP)
        if kg is None or not _LIFT.search(sentence_of(text, m)) or not _capped(text, m, low, high):
            continue
        start = _said_from(text, m, low)
        if not_own(text, start, m.end()) or someone_else(text[max(0, start - 8) : start]):
            continue
        words = as_evidence(text[start : min(high, m.end() + 6)])
        found.append(Fact(Family.PHYSICAL, MOST_LOAD, words, 0.8, _kg_words(kg), Modality.LIMIT))
    return sorted(found, key=lambda f: float(f.value or 0))[:1]


def _capped(text: str, m: re.Match[str], low: int, high: int) -> bool:
    before, after = text[low : m.start()], text[m.end() : high]
    if _CAP_BEFORE.search(before) or _MOST_BEFORE.search(before):
        return True
    if _OVER_BEFORE.search(before) and _OVER_AFTER.match(after):
        return True
    return bool(_OVER_AFTER.match(after) and re.match(r"^[）)]?\s*(?:以上|往上)", after)) or bool(
        _WITHIN_AFTER.match(after) and not m.group("high")
    )


def _said_from(text: str, m: re.Match[str], low: int) -> int:
    """Where the words of the cap start: the lifting verb or object before the weight in its clause, else the weight."""
    lift = [x.start() for x in _LIFT.finditer(text, low, m.start())]
    return lift[0] if lift else m.start()


def _kg_words(kg: float) -> str:
    return f"{kg:g}"


def posted_loads(text: str) -> list[Fact]:
    """The loads the posting says it moves, in kilograms (`load_kg`): the weight of a load in a clause about lifting or
    goods ("单件货物约25公斤", "一袋米（50斤）", "每个包裹不超过五斤"), or light loads in words ("都是轻的小件": 五斤); not a
    benefit, the worker's own weight or a distance."""
    found = []
    for m in _WEIGHT.finditer(text):
        clause = clause_around(text, m.start(), m.end())
        kg = weight_kg(m)
        sentence = sentence_of(text, m)
        if (
            kg is None
            or _NOT_LOAD.search(clause)
            or _BENEFIT.search(sentence)
            or WEIGHED_HANDS.others_carry(sentence)  # "由搬运工装卸", "老板自己搬": not the worker's load
            or not (_LIFT.search(clause) or _UNIT_LOAD.search(clause))
        ):
            continue
        found.append(Fact(Family.PHYSICAL, LOAD_KG, as_evidence(clause), 0.8, _kg_words(kg)))
    if not found and (light := _POST_LIGHT.search(text)) is not None:
        found.append(Fact(Family.PHYSICAL, LOAD_KG, as_evidence(light.group(0)), 0.7, _kg_words(LIGHT_KG)))
    return found


_UNIT_LOAD = re.compile(r"[每一单整]\s*(?:件|箱|袋|桶|包|筐|捆|个)|包裹|货物|箱子|桶装水")


class LoadsWeighed:
    """What `Limits` knows of the weight a person can lift, checked against a posting's loads (`Limits.fits`)."""

    __slots__ = ()  # Limits keeps its slots: the fields below are its own
    most_load_kg: float | None
    refused: frozenset[str]

    def load_refused(self, job_facts: Iterable[Fact]) -> bool:
        """Whether the posting's loads are more than the person's most: a weight it states over it ("单件约25公斤" for
        "不能超过五斤"), or, where it states none, lifting it asks of one whose most is under `UNWEIGHED_MOST_KG`; or
        loads its kind carries in both arms ("超市理货") for one whose hand does not work (`body_hands`), not a bin
        dragged ("垃圾桶要拖到路口")."""
        facts = list(job_facts)
        if HANDS in self.refused and any(
            lifts(f) and f.code != "lifting" and not _DRAGGED.search(f.evidence) for f in facts
        ):
            return True
        loads = [float(f.value) for f in facts if f.code == LOAD_KG and f.value]
        if HANDS in self.refused and loads and max(loads) > REFUSED_MOST_KG:
            return True  # "三十来斤一箱的水果要从车上搬" is carried in both arms
        if self.most_load_kg is None:
            return False
        if loads:
            return max(loads) > self.most_load_kg
        return self.most_load_kg < UNWEIGHED_MOST_KG and any(lifts(f) for f in facts)


_DRAGGED = re.compile(r"拖|推|拉")


def lifts(f: Fact) -> bool:
    """A posting's lifting asked, in its words or by its kind (`kinds`), not preferred nor eased."""
    if f.code == "lifting":
        return f.modality is not Modality.PREFERRED
    return f.code in ("implied", "stated") and f.value == LIFTING


def load_words(because: Iterable[tuple[int, Fact]], job_facts: Iterable[Fact], wrote: str) -> list[str]:
    """The heaviest load a posting states against the most the person wrote, both quoted with their kilograms:
    「「每个包裹不超过5斤」约2.5公斤 · 你的资料里写了「提东西不能超过十斤」（约5公斤），没超过」 for a post shown, 「…，超过了」
    for one `LoadsWeighed.load_refused` keeps out; nothing where either is unsaid."""
    said = next((f for _, f in because if f.code == MOST_LOAD and f.value), None)
    loads = [f for f in job_facts if f.code == LOAD_KG and f.value]
    if said is None or not loads:
        return []
    heaviest = max(loads, key=lambda f: float(f.value or 0))
    over = float(heaviest.value or 0) > float(said.value or 0)
    verdict = "超过了" if over else "没超过"
    return [
        f"「{heaviest.evidence}」约{heaviest.value}公斤 · {wrote}「{said.evidence}」（约{said.value}公斤），{verdict}"
    ]
