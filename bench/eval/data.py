"""Labelled evaluation sets built from the real postings: gold codes, pools, seekers, duplicate pairs."""

from __future__ import annotations

import csv
import gzip
import hashlib
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
POSTINGS = HERE.parents[2] / "shared" / "data" / "postings_real.csv.gz"
_SENIORITY = re.compile(r"高级|资深|初级|中级|储备|实习生?|急招|诚聘|招聘|[（(【\[].*?[）)】\]]|\s+", re.I)
_SPLIT = re.compile(r"[\n。；;！!]|\d+[、.．)]")
_ASKS = ("经验", "熟悉", "掌握", "熟练", "会", "能", "具备", "做过", "有")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9+#.]{1,15}")


@dataclass(frozen=True, slots=True)
class Posting:
    id: str
    platform: str
    title: str
    company: str
    description: str
    salary_min: float | None
    salary_max: float | None
    code: str | None  # gold occupation from the title rules; None when no rule applies

    @property
    def split(self) -> str:
        """A stable half of the data for tuning (dev) and one for reporting (test)."""
        return "dev" if hashlib.sha256(self.id.encode()).digest()[0] % 2 else "test"


@dataclass(frozen=True, slots=True)
class Seeker:
    """A jobseeker described from one posting's requirements, as a profile would say it."""

    source: Posting
    desired_job: str
    experience: str
    skills: tuple[str, ...]
    expected_min: float | None


def title_rules(path: Path = HERE / "title_labels.csv") -> list[tuple[re.Pattern[str], str]]:
    with path.open(encoding="utf-8") as f:
        return [(re.compile(r["pattern"], re.I), r["code"]) for r in csv.DictReader(f)]


def load_postings(path: Path = POSTINGS) -> list[Posting]:
    rules = title_rules()
    seen: set[tuple[str, str, str]] = set()
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["公司"], row["职位"], row["职位描述"][:200])
            if key in seen:
                continue
            seen.add(key)
            title = row["职位"].strip()
            code = next((c for pattern, c in rules if pattern.search(title)), None)
            out.append(
                Posting(
                    row["职位自编号"],
                    row["发布平台"],
                    title,
                    row["公司"].strip(),
                    row["职位描述"].strip(),
                    _money(row["最低薪资"]),
                    _money(row["最高薪资"]),
                    code,
                )
            )
    return out


def pool(postings: list[Posting], per_code: int, seed: int = 7) -> list[Posting]:
    """Labelled postings with a description, at most `per_code` of each occupation (IT would drown the rest)."""
    by_code: dict[str, list[Posting]] = defaultdict(list)
    for p in postings:
        if p.code and len(p.description) >= 20:
            by_code[p.code].append(p)
    rng = random.Random(seed)
    chosen = []
    for code in sorted(by_code):
        group = by_code[code]
        rng.shuffle(group)
        chosen.extend(group[:per_code])
    return chosen


def duplicate_pairs(postings: list[Posting], limit: int, seed: int = 7) -> list[tuple[Posting, Posting]]:
    """The same company and title on two platforms: known cross-channel duplicates."""
    groups: dict[tuple[str, str], list[Posting]] = defaultdict(list)
    for p in postings:
        if len(p.description) >= 20:
            groups[(_norm(p.company), _norm(p.title))].append(p)
    pairs = []
    for group in groups.values():
        platforms = {p.platform: p for p in group}
        if len(platforms) >= 2:
            a, b = list(platforms.values())[:2]
            pairs.append((a, b))
    random.Random(seed).shuffle(pairs)
    return pairs[:limit]


def seeker_from(posting: Posting) -> Seeker:
    asks = [
        s.strip() for s in _SPLIT.split(posting.description) if 6 <= len(s.strip()) <= 80 and any(w in s for w in _ASKS)
    ]
    experience = "；".join(asks[:3]) or posting.description[:60]
    skills = tuple(dict.fromkeys(m.group(0) for m in _LATIN.finditer(experience)))[:5]
    desired = _SENIORITY.sub("", posting.title) or posting.title
    return Seeker(posting, desired, experience, skills, posting.salary_min)


def _norm(text: str) -> str:
    return re.sub(r"[\s（）()【】\[\]·\-_/]", "", text).lower()


def _money(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value > 0 else None
