"""A foreign language a person speaks a little ("会简单英语", "会点英语", "英语一般"): held, but short of a posting that asks
it fluent or certified ("英语流利", "需英语四级"); a plain ask ("会英语") or a preferred one keeps them, and fluency said
of a posting's customers or another post is no ask (`asked_of_others`)."""

from __future__ import annotations

import re

from matching.facts.cues import someone_else, text_before
from matching.facts.fact import Fact, Family, Modality, as_evidence

__all__ = ["FLUENT", "asked_of_others", "basic_languages", "short_of_fluent"]

FLUENT = ":fluent"  # after a language's value: the person lacks it fluent ("english:fluent"), not the language
_LANGS = {"英": "english", "日": "japanese", "韩": "korean"}
_LITTLE = r"(?:一)?点点?|(?:一)?些|简单的?|基础的?|基本的?|日常的?"
_BASIC = re.compile(
    rf"(?:会|懂|能说|能讲|会说|会讲)(?:{_LITTLE})(?P<lang>[英日韩])(?:语|文)(?!老师|专业|培训|四级|六级)"
    rf"|(?P<lang2>[英日韩])(?:语|文)(?:水平)?(?:只会|就会|会)?(?:一般(?:般)?|(?:{_LITTLE})(?:的)?|入门|凑合|马马虎虎)(?=[，,。；;！!、\s]|$)"
)
# the same language said fluent or certified elsewhere ("英语四级", "英语口语流利") by the person: no lack; another's
# ("我女儿英语流利") or another language's ("英语一般，日语流利") leaves it
_STATED = re.compile(
    r"(?P<lang>[英日韩])(?:语|文)(?:口语)?(?:流利|熟练|精通|很好|不错|[四六八]级)|(?P<cet>CET)|(?P<jlpt>N[1-3])(?![0-9])",
    re.I,
)
# an ask beyond a little: fluent, good, certified, a working language, reading and writing
_ASKED_FLUENT = re.compile(
    r"流利|熟练|精通|良好|能力强|水平(?:良好|高|较高)|[四六八]级|CET|N[1-3](?![0-9])|工作语言|听说读写|读写|口语好",
    re.I,
)


def basic_languages(text: str) -> list[Fact]:
    """A language the person says they speak a little, as a lack of it fluent (module doc)."""
    stated = _stated_fluent(text)
    for m in _BASIC.finditer(text):
        if someone_else(text_before(text, m.start(), 8)):
            continue  # "孩子会点英语"
        language = _LANGS[m.group("lang") or m.group("lang2")]
        if language in stated:
            continue
        return [Fact(Family.SKILL, "foreign_language", as_evidence(m.group(0)), 0.8, language + FLUENT, Modality.LACKS)]
    return []


def _stated_fluent(text: str) -> set[str]:
    """The languages the person says they speak fluent or hold a certificate in."""
    stated: set[str] = set()
    for m in _STATED.finditer(text):
        if someone_else(text_before(text, m.start(), 8)):
            continue  # "我女儿英语流利"
        stated.add(_LANGS[m.group("lang")] if m.group("lang") else "english" if m.group("cet") else "japanese")
    return stated


# a posting's fluent language said of others, not asked of its worker: its customers ("英语流利的外国游客多", "英语流利的客人
# 不少") or another post's ("英语流利的老师另有岗位")
_OTHERS_FLUENT = re.compile(
    r"的(?:外国|外籍|国外)?(?:游客|客人|顾客|外宾|老外|外国人|客户|游人|旅客|住客|学员)(?:们)?(?:多|很多|较多|不少|居多|为主|常来)"
)
_ANOTHER_POST = re.compile(r"另有(?:岗位|职位|安排)|另(?:外)?招|另行招聘|另设")


def asked_of_others(text: str, end: int, clause: str) -> bool:
    """Whether a language a posting names fluent (ending at `end`, in `clause`) is said of others (above), not asked."""
    return _OTHERS_FLUENT.match(text, end) is not None or _ANOTHER_POST.search(clause) is not None


def short_of_fluent(lacked: str, asked: str | None, asked_words: str) -> bool:
    """Whether a language spoken a little ("english:fluent") falls short of an ask: the same language (or any, "外语")
    asked fluent or certified."""
    language = lacked.removesuffix(FLUENT)
    return (asked is None or asked == language) and bool(_ASKED_FLUENT.search(asked_words))
