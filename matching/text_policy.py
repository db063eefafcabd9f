"""What of a posting is embedded: title and tags, then the sentences that carry a match, within a token budget."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

_PIECES = re.compile(r"[\n\r。；;！!？?]+|\s[（(]?\d{1,2}(?:[、)）]|[.．](?!\d))|[①-⑳]")  # ends, breaks, list items
_MARKER = re.compile(r"^[（(]?\d{1,2}(?:[、)）]|[.．](?!\d))")  # 1、 2) （3） 4. but not 3.5
_TOKENS = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")  # a CJK character or symbol is one token, as BERT's vocab cuts
_HEADER = re.compile(
    r"^[【\[]?(岗位|职位|工作)?(职责|要求|内容|描述|任职资格|任职要求|福利待遇|薪资待遇|福利)[】\]]?[:：]?$"
)
_BOILERPLATE = (
    "电话",
    "微信",
    "邮箱",
    "@",
    "http",
    "www.",
    "联系人",
    "公司简介",
    "公司介绍",
    "成立于",
    "欢迎加入",
    "投递",
)
_BENEFITS = (
    "五险",
    "社保",
    "公积金",
    "双休",
    "包吃",
    "包住",
    "食宿",
    "补贴",
    "福利",
    "年终",
    "提成",
    "带薪",
    "奖金",
    "年假",
)
_CARRIES = (
    "负责", "职责", "参与", "完成", "协助", "维护", "操作", "设计", "开发", "销售", "管理",
    "要求", "经验", "熟悉", "掌握", "熟练", "精通", "了解", "学历", "专业", "本科", "大专", "中专", "高中",
    "证", "能", "会", "具备", "优先", "年龄", "身体",
)  # fmt: skip


class Weight(IntEnum):
    """Which pieces go in first when the budget is short; lower goes first."""

    CARRIES = 0  # what the job does and asks for: what a seeker's profile says
    OTHER = 1
    BENEFITS = 2  # pay and perks are factors of their own; their words match every posting alike


@dataclass(frozen=True, slots=True)
class TextPolicy:
    """`max_tokens` None embeds the whole text as it was (title, description, tags), the embedder cutting at its limit.

    `name` goes with every stored vector: a changed policy re-embeds the rows instead of mixing the two."""

    max_tokens: int | None
    select: bool = True  # False: the whole text cut at max_tokens, a text shorter than that left as it was

    @property
    def name(self) -> str:
        return "full" if self.max_tokens is None else f"{'select' if self.select else 'head'}-{self.max_tokens}"

    @classmethod
    def named(cls, name: str) -> TextPolicy:
        """The policy `name` names: full, select-N or head-N."""
        if name == "full":
            return FULL_TEXT
        kind, _, tokens = name.partition("-")
        if kind not in ("select", "head") or not tokens.isdigit():
            raise ValueError(f"no text policy {name!r}: full, select-N or head-N")
        return cls(int(tokens), select=kind == "select")

    def posting_text(self, title: str, description: str, tags: Iterable[str]) -> str:
        head = "\n".join(part for part in (title, " ".join(tags)) if part)
        whole = "\n".join(part for part in (title, description, " ".join(tags)) if part)
        if self.max_tokens is None:
            return whole
        if not self.select:
            return cut(whole, self.max_tokens)
        budget = self.max_tokens - token_count(head)
        kept = select_pieces(pieces(description), budget)
        return "\n".join(part for part in (head, "。".join(kept)) if part)


def pieces(description: str) -> list[str]:
    """The description's sentences and list items, without section headers, contacts and company blurbs."""
    found = (_MARKER.sub("", p.strip()).strip(" \t:：,，、-*·•") for p in _PIECES.split(description))
    return [p for p in found if len(p) >= 2 and not _HEADER.match(p) and not any(w in p for w in _BOILERPLATE)]


def weight(piece: str) -> Weight:
    if any(w in piece for w in _BENEFITS):
        return Weight.BENEFITS
    return Weight.CARRIES if any(w in piece for w in _CARRIES) else Weight.OTHER


def select_pieces(found: list[str], budget: int) -> list[str]:
    """The pieces that fit in `budget` tokens, lightest weight first then earliest, back in their order.

    The piece that overflows is cut to the tokens left, so the budget is spent rather than wasted."""
    keep: dict[int, str] = {}
    for i in sorted(range(len(found)), key=lambda i: (weight(found[i]), i)):
        if budget <= 0:
            break
        cost = token_count(found[i]) + 1  # the joining 。
        keep[i] = found[i] if cost <= budget else cut(found[i], budget - 1)
        budget -= cost
    return [keep[i] for i in sorted(keep) if keep[i]]


def token_count(text: str) -> int:
    """About how many tokens the model's tokenizer makes: one per CJK character, one or more per latin word."""
    return sum(1 + len(t) // 6 if t.isascii() and t.isalnum() else 1 for t in _TOKENS.findall(text))


def cut(text: str, tokens: int) -> str:
    """The start of `text` holding at most `tokens` tokens."""
    end, used = 0, 0
    for match in _TOKENS.finditer(text):
        t = match.group(0)
        used += 1 + len(t) // 6 if t.isascii() and t.isalnum() else 1
        if used > tokens:
            break
        end = match.end()
    return text[:end]


FULL_TEXT = TextPolicy(None)
