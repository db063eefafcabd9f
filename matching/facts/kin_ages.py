"""Whom a seeker's text is written for, and a relative's age said later in it (issue 22, session 14; the fourth
review's missed ages): "帮我老公找个活，他五十二", "给我妈问问，她今年六十一了", "我妈五十开外，我替她问问有没有保洁".
When the text is written for the relative who seeks the work, their age is the seeker's, as their body is; a relative
only mentioned by a person who seeks for themselves ("我老公五十二，在工地") is not (`ages`)."""

from __future__ import annotations

import re

from matching.facts.numerals import CN_NUMERAL

# the relatives an age may be said of ("七十岁的爷爷要照顾"), and the people a text may be written for ("我爷爷七十一了")
KIN = r"(?:老)?(?:爷爷|奶奶|姥姥|姥爷|外公|外婆|父亲|母亲|爸爸?|妈妈?|爹|娘|公公|婆婆|岳父|岳母|丈母娘|老丈人|老伴|儿子|女儿)"
# A text written for a relative who is the one seeking work ("我爷爷七十一了，腿脚不灵便，想找个看车棚的", "帮我爸问问，
# 他…", "我妈…，我替她问问"): their age is the seeker's, as their body is. Not where the person speaks of themselves
# too ("我妈七十了，我想找个…") or cares for them ("要照顾他"; "带孩子的活" is the work wished, not care).
# a spouse as people of fifty say it too ("帮我家那口子找活", "帮我男人找个活"): 那位, 男人, 对象 and 先生 only right after
# 我, 俺, 家 or 的 (not "男人活", "服务对象")
KIN_SEEKING = rf"(?:{KIN}|老公|丈夫|爱人|媳妇|老婆|老头子?|老太婆|那口子|孩子?他[爸爹]|当家的|(?<=[我俺家的])(?:那位|男人|对象|先生))"
_FOR_KIN = re.compile(
    rf"(?:帮|给|替|为)(?:我|俺)?家?{KIN_SEEKING}(?:问|找|看|寻|打听)"
    r"|(?:帮|给|替|为)(?:他|她)(?:问|找|寻|打听)"  # "我替她问问": the relative named elsewhere (`_KIN_NAMED`)
)
_KIN_NAMED = re.compile(rf"(?:我|俺)家?的?{KIN_SEEKING}")
_KIN_OPENS = re.compile(rf"^\s*(?:我|俺)?家?的?{KIN_SEEKING}", re.MULTILINE)  # a line of its own
_KIN_WISH = re.compile(r"想找|要找|找(?:个|份|点)|想(?:干|做)")
_KIN_CARED = re.compile(r"照顾|陪|接送|看护|伺候|护理|带(?:孩子|娃|小孩)(?!的(?:活|工作|事))")
# the person of themselves, not as a relative's "我" ("我老公") nor asking for them ("我替她问问", "我帮他找",
# "我帮我妈找的")
_SELF = re.compile(rf"(?:我|俺)(?!家?的?{KIN_SEEKING}|(?:替|帮|给|为)(?:他|她|(?:我|俺)?家?的?{KIN_SEEKING}))")
# the relative as the subject of an age said later: "他五十二", "她今年六十一了", "我妈五十开外" (not "他一天要五十二块")
_KIN_SUBJECT = re.compile(
    rf"(?:(?:我|俺)家?的?{KIN_SEEKING}|(?<![其吉])他|她)(?=(?:今年|已经|已|都|也|是|有|快|才)*(?:[1-9]\d|{CN_NUMERAL}))"
)


def for_kin(text: str) -> bool:
    """Whether the text is written for a relative who seeks the work (`_FOR_KIN` with the relative named, or the text
    opens on them and wishes for work) with no word of the person's own."""
    if _KIN_CARED.search(text) or _SELF.search(text):
        return False
    asked = _FOR_KIN.search(text)
    if asked is not None and asked.group(0)[1] not in "他她":
        return True
    return bool((asked is not None and _KIN_NAMED.search(text)) or (_KIN_OPENS.search(text) and _KIN_WISH.search(text)))


# an age at a past event, not today's: "他五十二岁那年下岗的，现在六十" (rev6)
_AGE_THEN = re.compile(rf"(?:[1-9]\d|{CN_NUMERAL})\s*(?:岁|周岁)?\s*(?:那年|那一年|那会儿?|的时候|时候)")


def as_own_words(text: str) -> str:
    """The text with the relative it is written for as "我" where they are the subject of a number ("他五十二" reads
    "我五十二"), each character kept in its place, so the person's own readers (`ages`) read their age."""
    return _KIN_SUBJECT.sub(lambda m: m.group(0) if _AGE_THEN.match(text, m.end()) else "我" * len(m.group(0)), text)
