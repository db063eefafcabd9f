"""Text as phones type it (ＢＤ经理, ｃａｄ制图, Ａ２驾照), read with its Latin letters and digits NFKC-folded, and the
way back to what was typed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_LETTERS = re.compile(r"[A-Za-z]+")
_FOLDED: dict[str, str] = {}  # each character's fold, as met: texts repeat few of them


def folded(text: str) -> str:
    """The text with each character that NFKC makes Latin letters (ＢＤ -> BD, ﬁ -> fi, ㎏ -> kg) or a full-width
    digit (２ -> 2) folded; the rest as typed. Punctuation stays: the readers read ：（～ as they read :(~, and NFKC of
    it changed four real readings and their quotes (８：３０ -> 8:30, a no-break space -> a space); so do ① and ²,
    whose NFKC (1, 2) would join a list marker or a unit to the number beside it. Per character, so that `Folding`
    maps each folded character back; NFKC of the whole would also join a letter and a combining accent, which no
    job word here is written with."""
    if text.isascii():
        return text
    return "".join(_fold(c) for c in text)


@dataclass(frozen=True, slots=True)
class Folding:
    """A typed text, its fold, and for each folded character the typed character it came from."""

    typed: str
    text: str
    origins: tuple[int, ...]

    @classmethod
    def of(cls, typed: str) -> Folding:
        if typed.isascii():
            return cls(typed, typed, tuple(range(len(typed))))
        parts = [_fold(c) for c in typed]
        return cls(typed, "".join(parts), tuple(i for i, part in enumerate(parts) for _ in part))

    @property
    def changed(self) -> bool:
        return self.text != self.typed

    def typed_span(self, start: int, end: int) -> str:
        """What was typed for text[start:end]; a span that cuts a ligature (the f of ﬁ) quotes all of it."""
        if end <= start:
            return ""
        return self.typed[self.origins[start] : self.origins[end - 1] + 1]

    def quote(self, words: str) -> str:
        """`words` read in the folded text, as typed (A2驾照 -> Ａ２驾照), each piece of an evidence a reader joined
        with … (8:30-12:00…13:30-18:00) on its own; a piece not in the text is returned as it is."""
        if not self.changed:
            return words
        return "…".join(self._quote_piece(piece) for piece in words.split("…"))

    def _quote_piece(self, words: str) -> str:
        start = self.text.find(words)
        return words if start < 0 or not words else self.typed_span(start, start + len(words))


def _fold(char: str) -> str:
    found = _FOLDED.get(char)
    if found is None:
        nfkc = unicodedata.normalize("NFKC", char)
        found = _FOLDED[char] = nfkc if _LETTERS.fullmatch(nfkc) or "０" <= char <= "９" else char
    return found
