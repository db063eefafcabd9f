"""A body's trouble that its own sentence eases (issue 22, session 13; the fourth reviewer's class 6): ordinary
tiredness ("搬多了手会酸，一般人都这样", "站久了腿酸，谁都一样吧", "蹲久了腿麻，起来一会儿就好"), a trouble put in the
past after it ("手一碰凉水就痛，以前的事了"), one asked and answered no ("搬东西腰疼？不会的"), and slowness, which is
not a short reach ("走不快，但是能一直走"), and a mere discomfort before every kind of work offered ("夏天怕热，冬天怕冷，啥活
都能干": a trait, not a limit; session 19). Pain, swelling and 不行 keep their limit whatever is said of others."""

from __future__ import annotations

import re

from matching.facts.cues import SENTENCE_STOP, stop_after

# tiredness anyone feels: 酸, 麻, 累, 乏 (not 疼, 痛, 肿)
_TIRED = re.compile(r"[酸麻累乏]")
_PAIN = re.compile(r"[疼痛肿]|不行|受不了|吃不消|遭不住|扛不住|直不起")
_ORDINARY = re.compile(
    r"一般人都(?:这样|会|一样)|谁都(?:一样|这样|会)|(?:人人|大家)都(?:这样|一样|会)|很正常|都正常|正常的|"
    r"(?:一会儿?|一下|歇(?:一会儿?|会儿?|一下)?)就好"
)
_PAST = re.compile(r"以前的事|过去的事|老早的事|早(?:就|都)?好了|好多年前的事")
# a question answered no: "腰疼？不会的", "腿疼吗？没有啊"
_ANSWERED_NO = re.compile(r"吗?[？?]\s*(?:不会|没有|不是|没|哪有|才不)")
_STATED_STOP = re.compile(r"[。；;！!\n\r]")
_SLOW = re.compile(r"走(?:路)?(?:得)?不快|走得慢|走路慢")
# a discomfort said bare (怕热, 怕冷, 怕吵), then in its sentence every kind of work offered ("啥活都能干", "干啥都行"); not
# an offer that leaves some out ("别的活都能干", "其他什么活都能干", "除了高温的啥都能干"), nor one after a refusal
# ("怕热，高温车间不去，啥活都能干"); the discomfort said after the offer is its exception ("啥活都能干，就是怕热")
_DISCOMFORT = re.compile(r"怕(?:热|晒|冷|凉|冻|吵)")
_ANY_WORK = re.compile(
    r"(?<!别的)(?<!其他)(?<!其它)(?<!其余)(?<!剩下的)(?:啥|什么|任何|哪样|各种)(?:样的)?(?:活儿?|工作|事|苦|累活)?"
    r"(?:都|也)(?:能|可以|会|肯|愿意|敢)?(?:干|做|接|行|可以)|干(?:啥|什么)(?:活)?都(?:行|可以|成|能干)|不挑活"
)
_EXCEPTED = re.compile(r"除|以外|之外|不(?:去|行|能|干|做|了|接)|干不|做不|受不")


def body_eased(text: str, m: re.Match[str], code: str) -> bool:
    """Whether the body trouble `m` (giving `code`) is eased by the rest of its sentence."""
    said = m.group(0)
    if code in ("no_walking", "no_stairs") and _SLOW.search(said):
        return True  # slow is not short: "走不快，但是能一直走"
    high = stop_after(text, m.end(), SENTENCE_STOP)
    rest = text[m.end() : high + 1]
    if _PAST.search(rest) or _ANSWERED_NO.match(text, m.end(), min(len(text), m.end() + 10)):
        return True
    if _DISCOMFORT.fullmatch(said) and (offer := _ANY_WORK.search(rest)) is not None:
        return not _EXCEPTED.search(rest, 0, offer.end())  # "夏天怕热，冬天怕冷，啥活都能干"
    tail = text[m.end() : stop_after(text, m.end(), _STATED_STOP)]  # "…都这样吗？" still asks
    return bool(_TIRED.search(said) and not _PAIN.search(said) and _ORDINARY.search(tail))
