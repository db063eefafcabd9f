"""How the coder reads a job's words: the title without its advert's dressing, and the terms BM25 weighs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from matching.keywords import terms
from matching.typed_text import folded

_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]|\s+")
# An advert's hiring verb, and the employer a board puts before it ("某某餐饮...招聘服务员"), name no trade; a
# verb that a role follows is the trade itself (招聘专员, 招聘经理).
_HIRING = re.compile(r"^.*?(?:\.\.\.|…)(?=招聘)|(?:招聘|诚聘|急聘|直聘|急招|诚招|直招)(?=[^专经主助顾官总负师])")
# A doctor's licence grade (执业医师, 执业助理医师) splits the specialty it follows (外科执业医生 is a 外科医生).
_LICENCE = re.compile(r"(?:执业|助理)(?:[、/]?(?:执业|助理))?(?=医[生师])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
BODY_CHARS = 400  # the opening of a description says the trade; the rest is benefits and boilerplate
DOCUMENT_CHARS = 800  # how much of a candidate's description keyword relevance reads
TITLE_REPEAT = 3  # a title word counts as much as three description words


def has_han(text: str) -> bool:
    """Whether the text has a Chinese character (m3e-small reads no English job words)."""
    return _HAN.search(text) is not None


def clean_title(title: str) -> str:
    """The title lowered, without brackets, spaces, hiring verbs and a doctor's licence grade."""
    return _LICENCE.sub("", _HIRING.sub("", _BRACKETS.sub("", title))).lower() or title.lower()


def unhired(title: str) -> str:
    """The title without the advert's hiring verb, wherever it stands (【诚聘】, [直招]): what is embedded and
    searched for, so 招聘师 is not a reading of every advert."""
    return _HIRING.sub("", title) or title


def document_terms(title: str, body: str) -> list[str]:
    """The side being ranked: its title words weigh triple, its body is read to DOCUMENT_CHARS; full-width folded."""
    return terms(folded(title)) * TITLE_REPEAT + terms(folded(body[:DOCUMENT_CHARS]))


def weighted_query_terms(title: str, body: str, expansions: Sequence[str]) -> list[str]:
    """The side asking: title words and the catalog words they imply weigh triple, then the body's opening."""
    return (
        terms(title) * TITLE_REPEAT
        + [t for e in expansions for t in terms(e)] * TITLE_REPEAT
        + terms(body[:BODY_CHARS])
    )


def by_first_char(words: Iterable[str]) -> dict[str, list[int]]:
    """Each word's position in `words`, filed under its first character ("" for an empty word: it occurs anywhere)."""
    out: dict[str, list[int]] = {}
    for row, word in enumerate(words):
        out.setdefault(word[:1], []).append(row)
    return out
