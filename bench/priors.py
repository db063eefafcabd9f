"""`python -m bench.priors`: the table of what postings of each kind demand (`matching/data/unsaid_priors.csv`).

Every real posting (`../shared/data/postings_real.csv.gz`, read-only) is read by the fact reader (`posting_facts`
of its title and description, `job_bits`) and coded by the occupation coder (its title embedded by the service's
model, `--models`, its description and employer read, as `bench.titles --no-text` does: a whole-text vector per
posting would take most of an hour on two cores); each code and its 大典 groups count how many postings there are and
how many the reader finds physical (loads, strain, height, riding), with night work, with a full day (7 hours or more
worked) or with weekend work (`facts.priors.demands`); with `--among speakers`, also how many speak of each family
either way (`speaks`: night or day work, hours, loads or light work, weekends off or worked), the share among whom is
then the prior (`SpokenTable`: measured on the dev halves it did not beat the shipped all-postings table, bench/README.md
issue 22 session 8, second round; it lives here, the service reads only the shipped kind). Only codes and counts are
written, no posting text. Each
posting's code is kept in `bench/.cache` (by row and title hash), so a rerun with the same coder only reads.
`--out -` prints the table instead of writing it.

`--catalog` writes the other table instead (`matching/data/catalog_priors.csv`, in a second): each level-4 code of
the 大典 (`matching/data/csco22.csv`) whose definition or tasks name bodily work (`CATALOG_WORDS` below:
carrying, loading, sweeping, patrolling, delivering, climbing), with the 大典's words for it, quoted to the seeker
where a silent posting of the kind is demoted on them (`catalog_table` below).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import logging
import re
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.config import Settings
from app.runtime import load_model
from matching.coding import OccupationCoder
from matching.facts import Fact, job_bits, posting_facts
from matching.facts.priors import (
    CATALOG_TABLE,
    FAMILIES,
    MIN_POSTINGS,
    PHYSICAL,
    PHYSICAL_CODES,
    TABLE,
    PriorTable,
    Shares,
    affirmed,
    demands,
    silent,
    smoothed,
)
from matching.occupations import Catalog, load_synonyms

HERE = Path(__file__).parent
POSTINGS = HERE.parents[1] / "shared" / "data" / "postings_real.csv.gz"
CACHE = HERE / ".cache"
CATALOG = HERE.parent / "matching" / "data" / "csco22.csv"
MIN_SPOKEN = 5  # a code or group whose postings speak of a family fewer times takes its group's share of that family
Four = tuple[int, int, int, int]


def speaks(facts: Iterable[Fact], bits: int, text: str = "") -> tuple[bool, bool, bool, bool]:
    """Whether the text speaks of each family, either way: what a `SpokenTable` counts the share among. As
    `facts.priors.silent`, but physical is spoken of only by loads, strain, height or riding (demanded or not:
    「无需搬运」) or the words of light work (轻体力, 可坐): a post's standing says nothing of its loads."""
    facts = list(facts)
    quiet = silent(facts, text)
    physical = bool(bits & PHYSICAL) or any(f.code in PHYSICAL_CODES for f in facts)
    return (physical or affirmed("physical", text), not quiet[1], not quiet[2], not quiet[3])


@dataclass(frozen=True, slots=True)
class SpokenTable(PriorTable):
    """A `PriorTable` that also counts, per code, how many of its postings speak of each family (`speaks`), either
    way: a share is among those (保安员 nights: of the guard posts that say nights or days, how many say nights), not
    among all postings, and a prior is that share itself, a likelihood (no `scale`)."""

    spoken: Mapping[str, Four] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scale", (1.0, 1.0, 1.0, 1.0))

    @property
    def digest(self) -> str:
        rows = [(k, n, list(h), list(self.spoken.get(k, ()))) for k, (n, h) in self.counts.items()]
        return hashlib.sha256(json.dumps(sorted(rows)).encode()).hexdigest()[:16]

    def shares(self, code: str | None) -> Shares:
        """As `PriorTable.shares`, among the postings that speak of each family; a code or group with fewer than
        MIN_SPOKEN speaking of it takes its group's share."""
        shares = [0.0] * len(FAMILIES)
        for key in self.groups(code or ""):
            if key in self.counts:
                among = self.spoken[key]
                step = smoothed(shares, self.counts[key][1], among, key)
                shares = [s if key and k < MIN_SPOKEN else t for s, t, k in zip(shares, step, among, strict=True)]
        a, b, c, d = shares
        return (a, b, c, d)

    @classmethod
    def counted_spoken(
        cls, postings: Iterable[tuple[str, Sequence[bool], Sequence[bool]]], min_postings: int = MIN_POSTINGS
    ) -> SpokenTable:
        """Counts of (code, `demands`, `speaks`) items, in their groups and the overall row, as `counted`."""
        items = list(postings)
        base = PriorTable.counted(((c, d) for c, d, _ in items), min_postings)
        spoken = PriorTable.counted(((c, s) for c, _, s in items), min_postings)
        return cls(base.counts, {k: h for k, (_, h) in spoken.counts.items()})

    @classmethod
    def load_spoken(cls, path: Path) -> SpokenTable:
        base = PriorTable.load(path)
        with path.open(encoding="utf-8") as f:
            rows = {("" if r["code"] == "*" else r["code"]): r for r in csv.DictReader(f)}
        return cls(base.counts, {k: _four(int(r[f"{f}_said"]) for f in FAMILIES) for k, r in rows.items()})

    def write(self, path: Path = TABLE) -> None:
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(["code", "postings", *FAMILIES, *(f"{family}_said" for family in FAMILIES)])
            for code, (n, hits) in self.counts.items():
                out.writerow([code or "*", n, *hits, *self.spoken[code]])


def _four(values: Iterable[int]) -> Four:
    a, b, c, d = values
    return (a, b, c, d)


# verbs of bodily work in the 大典's definitions and tasks: carrying and loading, sweeping, patrolling, delivering on
# foot, climbing (a small word list, not the posting reader: the reader keeps no fact of 「清扫道路」 or 「巡视」, which
# are a day on one's feet; 清洗 and 擦拭 are left out, being as often a machine's or data's: 「数据清洗」)
CATALOG_WORDS = re.compile(
    r"搬运|装卸|搬抬|扛|堆码|堆垛|码放|清扫|打扫|巡逻|巡视|投递|派送|揽收|攀登|登高|高处作业|高空作业"
)
# words by which a clause says its bodily work is another's, organised or overseen (「组织保安巡逻」, 「办理货物装卸」,
# 「指导、监督快递员…派送」, before the verb; 「…装卸搬运…等物流作业的组织、计划」, after it), or a task run from
# afar (「操作远程运输集控设施，控制井下电机车装卸」): a desk's work, not the body's (`bodily`, `catalog_evidence`)
_GOVERNORS = r"组织|指导|监督|协调|办理|安排|计划|调度|管理"
_GOVERNS = re.compile(_GOVERNORS)
_GOVERNED_AFTER = re.compile(rf"的(?:{_GOVERNORS})")
# a governing word framing the work, not governing it: a plan or a rule followed, a guide worked under (「按作业计划装卸
# 货物」, 「按照管理规定清扫车间」, 「在管理人员指导下搬运物料」): the worker's own body still does it
_FRAMED = re.compile(
    rf"在[^，、；;]{{0,8}}?(?:{_GOVERNORS})[^，、；;]{{0,2}}?下"
    rf"|(?:按照?|依照|依据|根据|遵照)[^，、；;]{{0,6}}?(?:{_GOVERNORS})(?:规定|制度|要求|标准|规范|方案|指令)?"
)
_REMOTE = re.compile(r"远程|集控")


def catalog_evidence(definition: str, tasks: str) -> str:
    """The 大典's own words for an occupation's bodily work (`bodily`): the first task naming it (its longest clause
    naming it where the task runs over 40 characters), else the definition's; "" where none does."""
    for item in [*re.split(r"\s*\d+[.、．]", tasks), definition]:
        item = item.strip(" 。；;")
        clauses = [c for c in re.split(r"[，；,;。]", item) if bodily(c)]
        if not clauses or _REMOTE.search(item):  # 「操作远程运输集控设施，控制井下电机车装卸」: the whole task
            continue
        return item if len(item) <= 40 else max(clauses, key=len)
    return ""


def bodily(clause: str) -> bool:
    """Whether a clause of the 大典 names bodily work (`CATALOG_WORDS`) done by the worker's own body: not work that
    is organised, guided or overseen (「组织保安巡逻」, 「指导、监督快递员…派送」, 「物流作业的组织、计划」:
    `_GOVERNS`; a plan, rule or guide it follows governs nothing: `_FRAMED`), not 「装卸能力」 (a task run from afar,
    「远程」, is left out whole by `catalog_evidence`)."""
    return any(
        not _GOVERNS.search(_FRAMED.sub(lambda f: "_" * len(f.group(0)), clause[: m.start()]))
        and not _GOVERNED_AFTER.search(clause, m.end())
        and not clause.startswith("能力", m.end())
        for m in CATALOG_WORDS.finditer(clause)
    )


def catalog_table(rows: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """Level-4 codes of the 大典 (rows of `matching/data/csco22.csv`) whose work names bodily work (`bodily`), with
    the words; none of major groups 1 and 2 (their heads and professionals: 「研究清扫保洁的工艺」 is not sweeping).
    Supervisors and clerks of other groups are left out only by their clauses (`bodily`), not by their group."""
    out = {}
    for r in rows:
        if (
            r["level"] == "4"
            and r["code"][0] not in "12"
            and (words := catalog_evidence(r["definition"] or "", r["tasks"] or ""))
        ):
            out[r["code"]] = words
    return out


def write_catalog(table: Mapping[str, str], path: Path = CATALOG_TABLE) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["code", "physical_words"])
        out.writerows(sorted(table.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=Path, default=POSTINGS)
    parser.add_argument("--out", default=str(TABLE), help="where the table goes ('-': standard output)")
    parser.add_argument("--limit", type=int, default=0, help="read only the first N postings (a quick look)")
    parser.add_argument(
        "--among",
        choices=("all", "speakers"),
        default="all",
        help="shares among all postings, or among those speaking of a family",
    )
    parser.add_argument("--models", type=Path, default=None, help="the service's model exports (default: ./var/models)")
    parser.add_argument("--catalog", action="store_true", help="write the 大典's table (catalog_priors.csv) instead")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.catalog:
        with CATALOG.open(encoding="utf-8") as f:
            words = catalog_table(csv.DictReader(f))
        write_catalog(words, Path("/dev/stdout") if args.out == "-" else CATALOG_TABLE)
        print(f"{len(words)} level-4 codes whose 大典 work names bodily work", file=sys.stderr)
        return
    started = time.perf_counter()
    rows = []
    with gzip.open(args.postings, "rt", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if args.limit and i >= args.limit:
                break
            rows.append((row["职位"] or "", row["职位描述"] or "", row.get("公司") or ""))
    said, spoke = [], []
    for title, body, _ in rows:
        facts = posting_facts(title, body, [])
        bits = job_bits(facts)
        said.append(demands(facts, bits))
        spoke.append(speaks(facts, bits, f"{title}\n{body}"))
    read_s = time.perf_counter() - started
    settings = Settings(embedding_cache_dir=args.models) if args.models else Settings()
    coder = OccupationCoder(Catalog.load(), load_synonyms(), load_model(settings), cache_dir=CACHE)
    codes = _codes(coder, rows)
    table = (
        SpokenTable.counted_spoken(zip(codes, said, spoke))
        if args.among == "speakers"
        else PriorTable.counted(zip(codes, said))
    )
    if args.out == "-":
        table.write(Path("/dev/stdout"))
    else:
        table.write(Path(args.out))
    n, hits = table.counts[""]
    among = table.spoken[""] if isinstance(table, SpokenTable) else (n,) * len(FAMILIES)
    print(
        f"{n} postings read in {read_s:.0f} s, coded by {coder.version}; {len(table.counts) - 1} codes and groups kept; "
        + ", ".join(f"{family} {h}/{k} {h / max(k, 1):.3f}" for family, h, k in zip(FAMILIES, hits, among)),
        file=sys.stderr,
    )
    print(f"Run time {time.perf_counter() - started:.0f} s.", file=sys.stderr)


def _codes(coder: OccupationCoder, rows: list[tuple[str, str, str]]) -> list[str]:
    """Each posting's first code, from the cache where the same coder coded the same row's title before."""
    path = CACHE / f"priors-codes-{coder.version}.json"
    known: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    keys = [f"{i}:{hashlib.sha1(t.encode()).hexdigest()[:12]}" for i, (t, _, _) in enumerate(rows)]
    missing = [i for i, key in enumerate(keys) if key not in known]
    titles = sorted({rows[i][0] for i in missing})
    vectors = dict(zip(titles, coder.embedder.embed(titles))) if titles else {}
    for at in range(0, len(missing), 2000):
        part = missing[at : at + 2000]
        coded = coder.code_many(
            [rows[i][:2] for i in part],
            k=1,
            title_vectors=np.stack([vectors[rows[i][0]] for i in part]),
            employers=[rows[i][2] for i in part],
        )
        known.update((keys[i], c[0].code if c else "") for i, c in zip(part, coded, strict=True))
    if missing:
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(known), encoding="utf-8")
    return [known[key] for key in keys]


if __name__ == "__main__":
    main()
