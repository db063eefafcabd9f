"""What a posting leaves unsaid: how often postings of its kind demand what a seeker's limits refuse (`PriorTable`).

A seeker's limits keep out postings whose text states the demand ("夜班", "搬运"); a posting silent on a family
passes as if it fits. For those, the share of real postings of the same occupation (the coder's first code) whose
text the reader finds physical, with night work, with a full day or with weekend work stands in for what the text
does not say: the posting is demoted by weight x that share (`Weights.unsaid_prior`), never left out, and only
where its own words say nothing of the family. The table holds counts by code (`matching/data/unsaid_priors.csv`,
made by `python -m bench.priors`); shares are smoothed toward the code's 大典 groups, then the overall share. Where
the postings say too little of a kind's bodily work, the 大典's own words for it stand in (`catalog`: a smaller prior,
quoted to the seeker; bench/README.md, issue 22 session 9). A table of shares among the postings that speak of a
family (`python -m bench.priors --among speakers`) is the bench's alone: it did not beat this one on the dev halves.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from matching.facts.bits import PLAIN_BITS, JobBits
from matching.facts.cues import is_negated, text_before
from matching.facts.fact import Fact
from matching.facts.hour_spans import worked_spans
from matching.facts.limits import Limits
from matching.facts.loads import SHORT

FAMILIES = ("physical", "night", "full_day", "weekends")
Shares = tuple[float, float, float, float]
# loads, strain, height, riding: not standing, which the reader reads by a post's own name (收银员, 服务员) and which
# made every restaurant post "physical" for one who only cannot carry loads (the 68 set's s36, a 洗碗 gig)
PHYSICAL = JobBits.LIFTING | JobBits.RIDING | JobBits.HEIGHT | JobBits.STRENUOUS
# the codes that say something of a physical demand, either way: those that set a PHYSICAL bit; not dust, heat or a
# short spell standing, which are Family.PHYSICAL too but say nothing of loads ("车间有粉尘" is still silent on them)
PHYSICAL_CODES = frozenset(code for code, bit in PLAIN_BITS.items() if bit & PHYSICAL)
# the codes that say something of a family, either way: "白班" and "8:00-12:00" speak of nights, "双休" of weekends
_SPEAKS = {
    "night": frozenset({"night", "shifts", "day_shift", "hours", "shift_choice"}),
    "full_day": frozenset({"hours", "day_hours", "part_time", "shift_choice"}),
    "weekends": frozenset({"weekends_off", "weekends_worked", "shifts"}),
}
# words by which a text says it fits, which the reader keeps no fact of ("轻体力", "可坐", "半天", "无需夜班"): not
# silent, unless the words are negated themselves ("工作不轻松", "不坐班", "不接受兼职", "非双休", "不是双休"); a short
# day counts only as working time ("每天工作4小时", not "午休1小时" or "1小时内通勤")
_AFFIRMS = {
    "physical": re.compile(
        r"轻体力|轻松|不累|可坐|坐着|坐班|久坐|无需搬|不用搬|不需搬|无体力|体力要求低|无重体力"
        r"|(?:没有|无需?|不用干?|不需要?|不干)(?:重活|体力)"
    ),
    "night": re.compile(
        r"白班|白天班|日班|(?:无|不|没有)(?:需要?|用|上)?(?:夜班|晚班|值夜)|晚上不上班|朝九晚[五六]|早九晚[五六]"
    ),
    "full_day": re.compile(
        r"半天|上午班|下午班|小时工|钟点|时间自由|时间灵活|弹性|兼职|短班"
        r"|(?:工作|上班|每天|每日|一天)(?:时间|时长)?(?:约|仅|只需?|为|是)?[一二两三四1-4]个?半?小时"
    ),
    "weekends": re.compile(r"双休|周末休|周末不上班|周末不用上班|做五休二|周六日休|周六(?:、|和)?周日休|周末两天休"),
}
FULL_DAY_MINUTES = 7 * 60  # worked minutes that make a full day ("8:30-17:30" less its break)
SCALE_POSTINGS = 50  # codes with this many postings set the scale of a family's shares (`PriorTable.scale`)
MIN_POSTINGS = 5  # a code seen fewer times is left out of the table: its group stands in
STRENGTH = 20.0  # pseudo-postings a code's share is pulled toward its group's with (few postings: mostly the group's)
TABLE = Path(__file__).resolve().parents[1] / "data" / "unsaid_priors.csv"
# what the 大典 says each level-4 occupation's work is (made by `python -m bench.priors --catalog`, `bench/priors.py`,
# from `matching/data/csco22.csv`): a source apart from both the postings and the persona sets
CATALOG_TABLE = TABLE.with_name("catalog_priors.csv")
# the physical prior of a code whose 大典 tasks name bodily work, where the postings' share is smaller (or under the
# floor): a fifth of the kind the postings show most often demands it (1), chosen on the four dev halves (0.2: nDCG
# +0.004 on three, none falls; 0.5 and 1.0 lost dev2 and dev4 nDCG; bench/README.md, issue 22 session 9)
CATALOG_PRIOR = 0.2
# job types whose text says nothing of hours: a full-time post works a full day, a part-time or 零工 one not (its
# shifts, where a 零工 has them, are judged apart)
FULL_DAY_BY_TYPE = {"full_time": 1.0, "part_time": 0.0, "gig": 0.0}


def demands(facts: Iterable[Fact], bits: int) -> tuple[bool, bool, bool, bool]:
    """What the text says the posting demands, by family (`FAMILIES`): what the table counts."""
    facts = list(facts)
    full = any(f.code == "hours" and sum(b - a for a, b in worked_spans(f)) >= FULL_DAY_MINUTES for f in facts) or any(
        f.code == "day_hours" and (f.value or "").isdigit() and int(f.value or 0) * 60 >= FULL_DAY_MINUTES
        for f in facts
    )
    return (
        bool(bits & PHYSICAL),
        bool(bits & JobBits.NIGHT),
        full,
        bool(bits & JobBits.WEEKENDS_WORKED),
    )


def silent(facts: Iterable[Fact], text: str = "") -> tuple[bool, ...]:
    """Whether the text says nothing of each family, either way: a fact read ("白班", "8:00-12:00", "双休") or words
    that say it fits though the reader keeps no fact of them ("轻体力", "可坐", "半天"). A short spell standing
    (`standing` valued short: 「每天上午8点到12点，四小时」 on a 道路保洁员 post) speaks of the physical family: the
    posting said how long one is on one's feet, which is what the 大典's bodily work and a standing limit are about
    (a standing limit counts as physical: `seeker_flags`), so neither its prior nor 「未写明体力要求」 applies."""
    facts = list(facts)
    codes = {f.code for f in facts}
    physical = codes & PHYSICAL_CODES or any(f.code == "standing" and f.value == SHORT for f in facts)
    said = (not physical, *(not codes & _SPEAKS[family] for family in FAMILIES[1:]))
    return tuple(quiet and not affirmed(family, text) for family, quiet in zip(FAMILIES, said, strict=True))


def affirmed(family: str, text: str) -> bool:
    """Whether the text says it fits the family in words not themselves negated ("不坐班", "非双休", "不是双休")."""
    return any(
        not is_negated(text, m.start()) and not text_before(text, m.start(), 2).endswith("不是")
        for m in _AFFIRMS[family].finditer(text)
    )


def seeker_flags(limits: Limits) -> Shares:
    """1.0 for each family the seeker's limits refuse: loads, riding, height or stairs; nights or a night
    rota; a full day (free only in windows, or a shorter day); weekend work. Standing long
    counts as physical: what the 大典 names of a kind's bodily work is mostly a day on one's feet."""
    short_day = limits.longest_day is not None and limits.longest_day < FULL_DAY_MINUTES
    standing = bool(limits.exclude & JobBits.STANDING) or limits.stands_none
    return (
        float(bool(limits.exclude & PHYSICAL) or limits.no_stairs or standing),
        float(bool(limits.exclude & JobBits.NIGHT) or limits.no_night_rota),
        float(bool(limits.held_windows) or limits.held_window is not None or short_day),
        float(bool(limits.exclude & JobBits.WEEKENDS_WORKED) or (limits.most_days or 7) <= 5),
    )


@dataclass(frozen=True, slots=True)
class PriorTable:
    """Counts of real postings by occupation code: how many, and how many of them demand each family."""

    counts: Mapping[str, tuple[int, tuple[int, int, int, int]]]
    # per family, the largest share among codes of SCALE_POSTINGS or more: most postings say nothing of these
    # families, so shares are small (保安员 nights 0.12); a prior is a share over this (the kind that most often
    # demands it: 1), so the families weigh alike and against a full day's 1.0 of a 全职 post
    scale: Shares = field(init=False, compare=False)

    @property
    def digest(self) -> str:
        """A short hash of the counts: what a score table's snapshot was made with."""
        text = json.dumps(sorted((k, n, list(h)) for k, (n, h) in self.counts.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def __post_init__(self) -> None:
        known = [self.shares(k) for k, (n, _) in self.counts.items() if k.count("-") == 3 and n >= SCALE_POSTINGS]
        tops = [max((s[i] for s in known), default=0.0) for i in range(len(FAMILIES))]
        object.__setattr__(self, "scale", _four(tops))

    def priors(self, code: str | None) -> Shares:
        """The code's shares over `scale`, at most 1."""
        shares = self.shares(code)
        return _four([min(1.0, s / top) if top else 0.0 for s, top in zip(shares, self.scale, strict=True)])

    @classmethod
    def load(cls, path: Path = TABLE) -> PriorTable:
        rows: dict[str, tuple[int, tuple[int, int, int, int]]] = {}
        with path.open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows["" if r["code"] == "*" else r["code"]] = (int(r["postings"]), _ints(r[f] for f in FAMILIES))
        return cls(rows)

    @classmethod
    def counted(
        cls,
        postings: Iterable[tuple[str, Sequence[bool]]],
        min_postings: int = MIN_POSTINGS,
    ) -> PriorTable:
        """Counts of (code, `demands`) items, each also counted in its groups and in the overall row (""); codes and
        groups with fewer than `min_postings` postings are left out (their groups stand in)."""
        counts: dict[str, list[int]] = {}
        for code, said in postings:
            for key in cls.groups(code):
                row = counts.setdefault(key, [0] * (1 + len(FAMILIES)))
                row[0] += 1
                for i, s in enumerate(said):
                    row[i + 1] += bool(s)
        kept = {k: r for k, r in sorted(counts.items()) if r[0] >= min_postings or k == ""}
        return cls({k: (r[0], _ints(r[1:5])) for k, r in kept.items()})

    def write(self, path: Path = TABLE) -> None:
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(["code", "postings", *FAMILIES])
            for code, (n, hits) in self.counts.items():
                out.writerow([code or "*", n, *hits])

    def shares(self, code: str | None) -> Shares:
        """The smoothed share of postings of this code demanding each family: the code's counts pulled toward its
        small group's (X-XX-XX), that toward its middle group's (X-XX), that toward every posting's."""
        shares = [0.0] * len(FAMILIES)
        for key in self.groups(code or ""):
            if key in self.counts:
                n, hits = self.counts[key]
                shares = smoothed(shares, hits, (n,) * len(FAMILIES), key)
        return _four(shares)

    @staticmethod
    def groups(code: str) -> list[str]:
        """The keys from the widest down to the code: "", "4-07", "4-07-05", "4-07-05-01"."""
        parts = code.split("-")
        return [""] + ["-".join(parts[:n]) for n in range(2, len(parts) + 1)] if code else [""]


def smoothed(shares: Sequence[float], hits: Sequence[int], among: Sequence[int], key: str) -> list[float]:
    """One step of `PriorTable.shares`: the group `key`'s hits among `among` postings, pulled toward the wider
    group's `shares` by STRENGTH pseudo-postings (the overall row, "", is the first estimate, pulled toward nothing)."""
    pull = 0.0 if key == "" else STRENGTH
    return [(h + pull * s) / (k + pull) if k + pull else 0.0 for h, k, s in zip(hits, among, shares, strict=True)]


def _ints(values: Iterable[int | str]) -> tuple[int, int, int, int]:
    a, b, c, d = (int(v) for v in values)
    return (a, b, c, d)


def _four(values: Sequence[float]) -> Shares:
    a, b, c, d = values
    return (a, b, c, d)


@cache
def shipped() -> PriorTable:
    """The table shipped in `matching/data` (read once)."""
    return PriorTable.load()


@cache
def catalog(path: Path = CATALOG_TABLE) -> dict[str, str]:
    """The shipped `catalog_table`: code -> the 大典's words for its bodily work (read once)."""
    with path.open(encoding="utf-8") as f:
        return {r["code"]: r["physical_words"] for r in csv.DictReader(f)}


@cache
def rules_digest() -> str:
    """A short hash of this module's own source and the 大典's words it reads (`CATALOG_TABLE`): the words that say
    a posting is silent or fits, the floor, what a job type implies, which kinds the 大典 says are bodily work. A score
    table's snapshot made under other rules is made again, as one made with another table is (`PriorTable.digest`);
    any edit here, comments included, costs one rebuild of the rows, never a stale one."""
    return hashlib.sha256(Path(__file__).read_bytes() + CATALOG_TABLE.read_bytes()).hexdigest()[:16]


def posting_priors(
    facts: Sequence[Fact], code: str | None, job_type: str, text: str = "", table: PriorTable | None = None
) -> Shares:
    """For each family the posting's text (`text`, and the facts read from it) is silent on, how likely its kind
    demands it (`PriorTable.priors`: 1 for the kind that most often does); 0 where the text speaks. A full day goes
    by job type where it says (全职: yes; 兼职, 零工: no), else by the code's. Physical is at least `CATALOG_PRIOR`
    where the 大典 names the code's work as bodily (`catalog`): the postings rarely say so either way."""
    quiet = silent(facts, text)
    scaled = (table or shipped()).priors(code)
    full_day = FULL_DAY_BY_TYPE.get(job_type, scaled[2])
    kind = [p if p >= FLOOR else 0.0 for p in (scaled[0], scaled[1], full_day, scaled[3])]
    if code and code in catalog():
        kind[0] = max(kind[0], CATALOG_PRIOR)
    return _four([round(p, 4) if q else 0.0 for p, q in zip(kind, quiet, strict=True)])


def pair_priors(flags: Sequence[float], priors: Sequence[float]) -> Shares:
    """The pair's prior of each family: the posting's where the seeker refuses the family, else 0."""
    return _four([flag * prior for flag, prior in zip(flags, priors, strict=True)])


# a prior below this says little (the kind demands it less than 15 in 100 times as often as the kind that most often
# does) and is not applied: chosen on the dev halves with the weight (0.15 and 0.1: no dev nDCG falls; 0.3 lost the
# 68 set's gain, none: small demotions only reshuffled close scores; bench/README.md, issue 22 session 8)
FLOOR = 0.15
