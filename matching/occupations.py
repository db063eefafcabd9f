"""The 2022 occupation classification (职业分类大典): the catalog, codes as numbers, agreement."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
CATALOG_PATH = DATA_DIR / "csco22.csv"
SYNONYMS_PATH = DATA_DIR / "synonyms.csv"
# What the catalog's manufacturing occupations make, read from their names (`bench/titles/products.py` writes it).
CATALOG_PRODUCTS_PATH = DATA_DIR / "catalog_products.csv"
ALIAS_MOVES_PATH = DATA_DIR / "alias_moves.csv"

CODE_PATTERN = re.compile(r"^\d(-\d{2}){0,3}$")  # a code or a prefix of one: 6, 6-18, 6-18-02-04
_SEGMENT_SCALE = (1_000_000, 10_000, 100, 1)  # "6-18-02-04" -> 6_18_02_04
_MARKS = re.compile(r"(L/S|S/L|L|S)$")  # the 大典 flags green (L) and digital (S) occupations
# How much two codes agree when they first differ below this many shared segments.
_SHARED_AGREEMENT = {0: 0.0, 1: 0.15, 2: 0.3, 3: 0.6, 4: 1.0}
GROUP_AGREEMENT = 0.5  # "普工" (a group) against any occupation inside that group


@dataclass(frozen=True, slots=True)
class Occupation:
    """One entry: level 4 is a detailed occupation, levels 1-3 the groups above it."""

    code: str
    name: str
    level: int
    definition: str
    tasks: str
    aliases: tuple[str, ...]

    @property
    def segments(self) -> tuple[str, ...]:
        """The significant part of the code: ("6",) for the group 6-00-00-00."""
        return tuple(self.code.split("-")[: self.level])

    @property
    def number(self) -> int:
        return code_number(self.code)

    @property
    def is_group(self) -> bool:
        return self.level < 4


def code_number(code: str) -> int:
    """The code as an integer that sorts like the code: prefixes become contiguous ranges."""
    return sum(int(part) * scale for part, scale in zip(code.split("-"), _SEGMENT_SCALE))


def prefix_range(prefix: str) -> tuple[int, int]:
    """[low, high) of code numbers under a prefix such as "6-18"."""
    if not CODE_PATTERN.match(prefix):
        raise ValueError(f"{prefix!r} is not an occupation code or prefix like 6-18-02-04")
    depth = prefix.count("-") + 1
    low = code_number(prefix)
    return low, low + _SEGMENT_SCALE[depth - 1]


def agreement(a: Occupation, b: Occupation) -> float:
    """1 for the same occupation, less the higher up the tree they part; a group covers its members."""
    shared = 0
    for x, y in zip(a.segments, b.segments):
        if x != y:
            break
        shared += 1
    if a.is_group or b.is_group:
        covered = shared == min(len(a.segments), len(b.segments))
        return 1.0 if a.code == b.code else GROUP_AGREEMENT if covered else _SHARED_AGREEMENT[shared] / 2
    return _SHARED_AGREEMENT[shared]


AGREEMENTS_KEPT = 1 << 16  # remembered code pairs: about 6 MiB when full (tracemalloc)


class Catalog:
    """Every entry of the classification, and the ones a text can be coded to.

    Codable: all detailed occupations, plus the groups recruiters name directly (the group
    6-00-00-00 carries 普工/操作工; no detailed occupation does).
    """

    def __init__(self, entries: Sequence[Occupation], source_digest: str = "") -> None:
        self.entries = tuple(entries)
        self.by_code = {o.code: o for o in self.entries}
        self.codable = tuple(o for o in self.entries if not o.is_group or set(o.aliases) - {o.name})
        self.source_digest = source_digest or hashlib.sha256(repr(self.entries).encode()).hexdigest()
        self._agreements: dict[tuple[str, str], float | None] = {}  # pairs met while ranking

    @classmethod
    def load(cls, path: Path = CATALOG_PATH, moves: Path | None = ALIAS_MOVES_PATH) -> Catalog:
        """`moves`: aliases the job-board lists of the file put under the wrong occupation, moved by definition
        (with no `from`, given to the occupation whose definition names the work; with no `to`, dropped)."""
        raw = path.read_bytes()
        moved = moves.read_bytes() if moves else b""
        rows = csv.DictReader(raw.decode("utf-8-sig").splitlines())
        entries = _moved([_occupation(row) for row in rows], list(csv.DictReader(moved.decode().splitlines())))
        return cls(entries, hashlib.sha256(raw + moved).hexdigest())

    def get(self, code: str) -> Occupation | None:
        return self.by_code.get(code)

    def agreement_of(self, a: str, b: str) -> float | None:
        """`agreement` of two codes (None where either is unknown), remembered: ranking asks the same pairs
        thousands of times a request."""
        try:
            return self._agreements[a, b]
        except KeyError:
            if len(self._agreements) >= AGREEMENTS_KEPT:  # a server runs for months: start over, never grow
                self._agreements.clear()
            x, y = self.by_code.get(a), self.by_code.get(b)
            found = self._agreements[a, b] = None if x is None or y is None else agreement(x, y)
            return found

    def filter_prefix(self, code_or_prefix: str) -> str:
        """The prefix a filter selects: a group's own code (6-00-00-00) selects the whole group (6)."""
        entry = self.by_code.get(code_or_prefix)
        if entry is None and code_or_prefix.count("-") == 3:
            raise ValueError(f"{code_or_prefix} is not a code of the 2022 occupation classification")
        prefix = "-".join(entry.segments) if entry else code_or_prefix
        prefix_range(prefix)  # validates the shape
        return prefix

    def group_names(self, occupation: Occupation) -> list[str]:
        """Names from the top group down to the occupation itself."""
        names = []
        for depth in range(1, occupation.level + 1):
            parts = occupation.code.split("-")[:depth] + ["00"] * (4 - depth)
            group = self.by_code.get("-".join(parts))
            if group is not None:
                names.append(group.name)
        return names


@dataclass(frozen=True, slots=True)
class Synonym:
    """A word people write, and the catalog names or aliases it means."""

    term: str
    means: tuple[str, ...]
    kind: str  # "colloquial", "duty" (read in titles only), "military", "product", "made", "industry", "cargo"…
    not_in: tuple[str, ...] = ()  # longer words that hold the term but mean something else: 维护工作 is no 护工


def load_synonyms(path: Path = SYNONYMS_PATH, products: Path | None = CATALOG_PRODUCTS_PATH) -> list[Synonym]:
    """The written synonyms, then the product words derived from the catalog's names (`products`; None: none),
    after them so that a hand-written product is read first."""
    return _read_synonyms(path) + (_read_synonyms(products) if products else [])


def _read_synonyms(path: Path) -> list[Synonym]:
    with path.open(encoding="utf-8") as f:
        return [
            Synonym(r["term"].strip(), _split(r["means"]), r["kind"].strip(), _split(r.get("not_in") or ""))
            for r in csv.DictReader(f)
        ]


def mentions(text: str, term: str, not_in: Sequence[str]) -> bool:
    """`term` occurs in `text` outside every longer word that holds it with another meaning (维护工作, 水电费)."""
    start = text.find(term)
    while start >= 0:
        if not any(_within(text, start, term, word) for word in not_in):
            return True
        start = text.find(term, start + 1)
    return False


def _within(text: str, start: int, term: str, word: str) -> bool:
    offset = word.find(term)
    return 0 <= offset <= start and text.startswith(word, start - offset)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


# Parts of "a/b" aliases that name no trade on their own: "运营经理/主管" is 运营主管, not every 主管.
GENERIC_PARTS = frozenset(
    ["工程师", "技术员", "负责人", "技师", "主管", "经理", "助理", "专员", "总监", "专家", "部长"]
)


def alias_terms(occupation: Occupation) -> set[str]:
    """Lower-cased words that name the occupation: name, aliases and the parts of "a/b" aliases that are words."""
    words = {occupation.name, *occupation.aliases}
    words |= {part for w in list(words) if "/" in w for part in _alias_parts(w)}
    return {w.strip().lower() for w in words if len(w.strip()) >= 2}


def _alias_parts(alias: str) -> list[str]:
    """The parts of "a/b" that stand alone. A two-character part is a word only among short parallel parts
    (店员/营业员, 普工/操作工); before a long part it is a modifier ("汽车/摩托车工程师": 汽车 is no trade)."""
    parts = [p.strip() for p in alias.split("/")]
    parallel = all(len(p) <= 3 for p in parts)
    return [p for p in parts if p not in GENERIC_PARTS and (len(p) >= 3 or parallel)]


def _moved(entries: list[Occupation], moves: list[dict[str, str]]) -> list[Occupation]:
    aliases = {o.code: list(o.aliases) for o in entries}
    for move in moves:  # no `from`: a word recruiters use, given where the definition names the work
        if move["from"] and move["alias"] in aliases[move["from"]]:
            aliases[move["from"]].remove(move["alias"])
        elif move["from"]:
            continue
        if move["to"]:  # no `to`: dropped, as a "a/b" alias whose b belongs elsewhere
            aliases[move["to"]].append(move["alias"])
    return [replace(o, aliases=tuple(aliases[o.code])) for o in entries]


def _occupation(row: dict[str, str]) -> Occupation:
    aliases = tuple(dict.fromkeys(_MARKS.sub("", a.strip()) for a in row["alias"].split(",") if a.strip()))
    return Occupation(
        code=row["code"],
        name=_MARKS.sub("", row["name"].strip()),
        level=int(row["level"]),
        definition=row["definition"].strip(),
        tasks=row["tasks"].strip(),
        aliases=aliases,
    )


@dataclass(frozen=True, slots=True)
class Coded:
    """One suggested occupation for a text, with the coder's confidence in (0, 1]."""

    code: str
    name: str
    confidence: float


def expected_agreement(a: Sequence[Coded], b: Sequence[Coded], catalog: Catalog) -> float:
    """How much two coded texts agree, weighting each pair of codes by both confidences."""
    total_a = sum(c.confidence for c in a)
    total_b = sum(c.confidence for c in b)
    if not total_a or not total_b:
        return 0.0
    score = 0.0
    for x in a:
        for y in b:
            agreed = catalog.agreement_of(x.code, y.code)
            if agreed is not None:
                score += x.confidence * y.confidence * agreed
    return score / (total_a * total_b)
