"""Whose a refusal is, and whether it holds now: the person's own, not someone else's ("老公夜班吃不消"), on a
condition ("如果夜班不行的话"), supposed by others, denied, done anyway, of the past or asked; and 不 between the same
words (上不上), a choice. Read by `refusals` and by every reader of a limit in the person's words."""

from __future__ import annotations

import re

from matching.facts.cues import (
    CLAUSE_STOP,
    SENTENCE_STOP,
    refusal_denied,
    someone_else,
    someone_named_first,
    stop_after,
    stop_before,
)

_QUESTION = re.compile(r"吗|[？?]")
_IF = re.compile(r"如果|要是|假如|万一")
_IF_AFTER = re.compile(r"了?(?:的?时候|的话)")
_ONCE = re.compile(
    r"以前|之前|原来|过去|从前|年轻(?:的)?时|那时|[去前]年(?!开始|起|以来|到|至)|上(?:一|个)?(?:单位|份工作?|家厂|家店)"
)  # not "去年开始"
_NOW = re.compile(r"现在|如今|目前|这两年|岁数|年纪")
# a refusal done anyway: "夜班要命也得干", "倒班吃不消也得上" (no limit: the person takes it on)
_ANYWAY = re.compile(r"了?(?:也|还)(?:得|是得|照样|要[干上做扛熬去])|了?照样")  # not "夜班不行，还要离家近"
# others than the person and their circle: "很多人受不了夜班，我可以"
_OTHERS = re.compile(r"(?:很多人|好多人|不少人|许多人|别人|大家|有的人|有些人)[^，。；,]{0,4}$")
# the refusal's subject named after it (a cleft): "夜班吃不消的是我老公", "吃不消的人很多，我不是"
_CLEFT = re.compile(r"的(?:是|就是|只有|只是)")
_CLEFT_OTHERS = re.compile(r"的(?:人|同事|朋友)(?:很多|挺多|多得是|不少|有的是|多了去)")
# work the refusal describes, done ("夜班吃不消的活我以前干过")
_DONE_AFTER = re.compile(r"的(?:工作|活儿?|班)?(?:我|俺)?(?:以前|之前|过去|早年|也|都){0,2}(?:干|做|上)过")
# what others may think of the person: "怕你们觉得我夜班吃不消", "老板别以为"
_SUPPOSED = re.compile(r"(?:你们|您|老板|人家|别人|他们|单位|厂里|公司)(?:可能|会|也许)?(?:觉得|以为|认为|嫌)")
_WHO_REACH = 16  # who is named last before a refusal lies in its last few characters: a bounded read, not the clause


def not_own(text: str, start: int, end: int) -> bool:
    """A refusal at [start, end) that is someone else's ("老公夜班吃不消", "夜班吃不消的是我老公"), on a condition
    ("如果夜班不行的话") or supposed by others ("怕你们觉得我夜班吃不消"), denied ("不是不能上夜班"), done anyway
    ("夜班吃不消也得上", "夜班吃不消的活我干过"), of the past ("以前出差吃不消") or asked ("夜班能不能不上？")."""
    low = stop_before(text, start, CLAUSE_STOP)
    before, last = text[low:start], text[max(low, start - _WHO_REACH) : start]
    if (
        someone_else(last, circle=True)
        or _OTHERS.search(last)
        or refusal_denied(text, start)
        or _IF.search(before)
        or _IF_AFTER.match(text, end)
        or _ANYWAY.match(text, end)
        or _SUPPOSED.search(before)
        or _CLEFT_OTHERS.match(text, end)
        or _DONE_AFTER.match(text, end)
    ):
        return True
    cleft = _CLEFT.match(text, end)
    if cleft is not None and someone_named_first(text[cleft.end() : cleft.end() + 8]):
        return True
    high = stop_after(text, end, CLAUSE_STOP)
    if _ONCE.search(before) and not _NOW.search(text, low, high):
        return True  # "以前出差吃不消", not "以前还行，现在夜班吃不消"
    return _QUESTION.search(text, low, high + 1) is not None  # the clause's own stop too: "夜班吃不消？"


def past_in_sentence(text: str, at: int) -> bool:
    """Whether the words at `at` tell of a past the sentence opened on ("以前做保洁，一个礼拜干五天，一天六个钟头",
    "原来在饭店…，一天干十一个钟头"), with no now said since ("以前干过，现在一天最多六个钟头")."""
    low = stop_before(text, at, SENTENCE_STOP)
    pasts = list(_ONCE.finditer(text, low, at))
    past = pasts[-1] if pasts else None
    return past is not None and not _NOW.search(text, past.end(), stop_after(text, at, CLAUSE_STOP))


def either_or(text: str, at: int) -> bool:
    """Whether the 不 at `at` stands between the same words (上不上, 出差不出差): a choice or a question, no refusal."""
    return text.startswith("不", at) and any(at >= n and text[at - n : at] == text[at + 1 : at + 1 + n] for n in (1, 2))
