"""Text as phones type it (ＢＤ经理, ｃａｄ制图, Ａ２驾照), read with its Latin letters and digits NFKC-folded, and the
way back to what was typed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_LETTERS = re.compile(r"[A-Za-z]+")
# the full-width dash and wave read as the ASCII ones: the readers' hours ("8:30-12:00", "8:30~17:30") know only
# those, so 「８：３０－１２：００」 read no hours
_DASHES = {"－": "-", "～": "~"}
_FOLDED: dict[str, str] = {}  # each character's fold, as met: texts repeat few of them
# the numerals of forms and cheques (大写: "本人陆拾壹岁") read as the common ones, one character for one, but only as a
# number: a run of two or more with 拾 or 佰 in it, or any run before 岁 ("收拾", "陆续", "壹号院" stay as typed)
_FORMAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰", "一二三四五六七八九十百")
_FORMAL_NUMBER = re.compile(
    r"[壹贰叁肆伍陆柒捌玖零]+[拾佰][壹贰叁肆伍陆柒捌玖拾佰零]*|[拾佰][壹贰叁肆伍陆柒捌玖拾佰零]+|[壹贰叁肆伍陆柒捌玖拾佰零]+(?=周?岁)"
)


def folded(text: str) -> str:
    """The text with each character that NFKC makes Latin letters (ＢＤ -> BD, ﬁ -> fi, ㎏ -> kg) or a full-width
    digit (２ -> 2) folded, and the full-width dash and wave (－ -> -, ～ -> ~: `_DASHES`); the rest as typed. Other
    punctuation stays: the readers read ：（ as they read :(, folding ： moved no labelled reading (bench/README.md,
    issue 22 session 9 review), and NFKC of all of it changed four real readings and their quotes (a no-break space
    -> a space); so do ① and ², whose NFKC (1, 2) would join a list marker or a unit to the number beside it. Per
    character, so that `Folding` maps each folded character back; NFKC of the whole would also join a letter and a
    combining accent, which no job word here is written with."""
    if text.isascii():
        return text
    text = "".join(_fold(c) for c in text)
    return _FORMAL_NUMBER.sub(lambda m: m.group(0).translate(_FORMAL), text) if "拾" in text or "岁" in text else text


@dataclass(frozen=True, slots=True)
class Folding:
    """A typed text, its fold, and for each folded character the typed character it came from."""

    typed: str
    text: str
    origins: tuple[int, ...]  # empty where nothing was folded: each character is its own origin

    @classmethod
    def of(cls, typed: str) -> Folding:
        text = folded(typed)
        if text == typed:  # most texts: no map to build
            return cls(typed, typed, ())
        parts = [_fold(c) for c in typed]
        return cls(typed, text, tuple(i for i, part in enumerate(parts) for _ in part))

    @property
    def changed(self) -> bool:
        return self.text != self.typed

    def typed_span(self, start: int, end: int) -> str:
        """What was typed for text[start:end]; a span that cuts a ligature (the f of ﬁ) quotes all of it."""
        if end <= start:
            return ""
        if not self.changed:
            return self.typed[start:end]
        return self.typed[self.origins[start] : self.origins[end - 1] + 1]

    def quote(self, words: str) -> str:
        """`words` read in the folded text, as typed (A2驾照 -> Ａ２驾照), each piece of an evidence a reader joined
        with … (8:30-12:00…13:30-18:00) on its own; a piece not in the text is returned as it is."""
        if not self.changed:
            return words
        return "…".join(self._quote_piece(piece) for piece in words.split("…"))

    def _quote_piece(self, words: str) -> str:
        if not words:
            return words
        start = self.text.find(words)
        if start >= 0:
            return self.typed_span(start, start + len(words))
        # a reader's evidence may have its blank space squeezed ("A2 驾照" read in "A2\u3000驾照", "A2  驾照"): any
        # run of it matches any run in the text
        loose = re.search(r"\s+".join(re.escape(w) for w in re.split(r"\s+", words)), self.text)
        return words if loose is None else self.typed_span(loose.start(), loose.end())


def _fold(char: str) -> str:
    found = _FOLDED.get(char)
    if found is None:
        nfkc = unicodedata.normalize("NFKC", char)
        found = _FOLDED[char] = _DASHES.get(char) or (
            nfkc if _LETTERS.fullmatch(nfkc) or "０" <= char <= "９" else char
        )
    return found
