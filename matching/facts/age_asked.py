"""An age given as the answer to a question that names it, as in a form or an interview written down ("问：多大年纪？
答：六十二", "多大年纪？——五十九"): the number answers the question, whose words say it is the person's age."""

from __future__ import annotations

import re

from matching.facts.cues import OTHER_PEOPLE
from matching.facts.fact import Fact, Family, as_evidence
from matching.facts.numerals import CN_NUMERAL, cn_number

# the question: its words up to the answer's mark, naming an age ("多大", "年纪", "岁数", "年龄", "几岁")
_ASKED = re.compile(
    r"(?:问|Q)\s*[:：]?(?P<q>[^？?。；;\n答]{0,12}?(?:多大|年纪|岁数|年龄|几岁)[^？?。；;\n答]{0,6})[？?]?"
    r"|(?:^|(?<=[。；;！!\n]))(?P<q2>[^？?。；;\n]{0,10}?(?:多大|年纪|岁数|年龄|几岁)[^？?。；;\n]{0,4})[？?]"
)
# the answer: its mark, then the number alone in its clause ("答：六十二。", "——五十九", "A: 62岁")
_ANSWER = re.compile(r"\s*(?:答|A)\s*[:：]\s*|\s*[—\-－]+\s*|\s+(?=\d)|(?<=[？?])\s*")
_NUMBER = re.compile(rf"(?P<age>[1-9]\d|{CN_NUMERAL})\s*(?:岁|周岁)?(?:了|啦)?(?=[，,。；;！!\s]|$)")
_OTHERS = re.compile(rf"{OTHER_PEOPLE}|他|她|人家")


def age_answered(text: str) -> list[Fact]:
    """The age a question about it is answered with; none where the question asks of someone else ("孩子多大？")."""
    for asked in _ASKED.finditer(text):
        question = asked.group("q") or asked.group("q2") or ""
        if _OTHERS.search(question):
            continue
        mark = _ANSWER.match(text, asked.end())
        if mark is None or (asked.group("q2") and not mark.group(0).strip()):
            continue  # "孩子多大？十二": a question and a number with no mark of an answer
        number = _NUMBER.match(text, mark.end())
        if number is None:
            continue
        age = cn_number(number.group("age"))
        if age is not None and 16 <= age <= 99:
            return [Fact(Family.EDUCATION, "age", as_evidence(text[asked.start() : number.end()]), 0.8, str(age))]
    return []
