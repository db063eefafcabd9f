"""Evaluation cases drawn from the real postings: sentences found by each rule's trigger words, and others.

The postings are research data: cases live only in memory and in bench/.cache (ignored by git);
what the project keeps is a SHA-256 of each normalised sentence and the label a person gave it.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
POSTINGS = HERE.parents[2] / "shared" / "data" / "postings_real.csv.gz"
SEED = 20261121
RANDOM_CASES = 100
MAX_CHARS = 120  # longer sentences are cut at commas, so a case is one requirement, not a paragraph

# Words that make a sentence worth reading for a rule; deliberately wider than any rule.
TRIGGERS: dict[str, str] = {
    "sex": r"男|女|性别",
    "ethnicity": r"民族|汉族|回族|藏族|维族|维吾尔|蒙古族|壮族|彝族|苗族|回民|清真",
    "religion": r"宗教|信仰|信教|佛教|基督|伊斯兰|穆斯林|天主|道教|教徒",
    "household_registration": r"户籍|户口|籍贯|本地|当地|外地|本市|老乡|[^书国学党古典]籍|[\u4e00-\u9fa5]人优先",
    "marital_childbearing": r"婚|已育|未育|生育|怀孕|孕|宝妈|单身|离异|二胎|三胎",
    "health_carrier": r"乙肝|携带|传染|HIV|艾滋|肝炎|健康证|体检|身体健康",
    "age": r"年龄|岁|[0-9]0后",
}
# Requirement words: a trigger sentence that also has one is drawn first (half of each cap), because
# requirements are rare among mentions (男女不限 outnumbers 限男 many times over).
ASKING = re.compile(r"限|优先|要求|只|仅|需|须|勿|不要|谢绝|除外|免谈|不招|条件")
CAPS = {
    "sex": 140,
    "ethnicity": 40,
    "religion": 40,
    "household_registration": 100,
    "marital_childbearing": 60,
    "health_carrier": 60,
    "age": 100,
}
# A second, narrower draw after the first: requirement-looking sentences, so that rules whose
# requirements are rare still get true positives to measure recall on. Neutral wording is left
# out here only; the first draw keeps it.
ENRICHED: dict[str, tuple[str, str, int]] = {
    "sex": (r"男|女", r"不限|均可|都可|皆可|不论|子女|女装|男装|妇女|女士|女神", 80),
    "household_registration": (
        r"本地|当地|户籍|户口|籍贯|[\u4e00-\u9fa5]籍|[省市县区]人|[\u4e00-\u9fa5]{2}人优先",
        r"本地(?:生活|化|部署|服务|存储|开发|构建|环境|运行|项目|推|商业)|不限|军人|候选人|申请人",
        60,
    ),
    "marital_childbearing": (
        r"已婚|未婚|已育|未育|单身|夫妻|宝妈|孕|婚育|生育",
        r"婚假|产假|生育保险|生育险|礼金|福利|公寓",
        30,
    ),
    "health_carrier": (r"乙肝|携带者|传染|艾滋|HIV|肝功", r"(?i)hive", 30),
}
HELD_OUT_CAPS = {
    "sex": 80,
    "ethnicity": 40,
    "religion": 40,
    "household_registration": 60,
    "marital_childbearing": 30,
    "health_carrier": 30,
    "age": 40,
}
HELD_OUT_RANDOM = 60
FINAL_CAPS = {
    "sex": 90,
    "ethnicity": 40,
    "religion": 40,
    "household_registration": 70,
    "marital_childbearing": 30,
    "health_carrier": 20,
    "age": 25,
}
FINAL_RANDOM = 25
_BREAK = re.compile(
    r"_x000d_|<[^>]+>|[\n\r。！？!?；;]+|\s{2,}|(?<![\d.])\d{1,2}[、．.](?!\d)|[①-⑩]|[一二三四五六七八九十][、，]"
)
_LEAD = re.compile(r"^[\s,，、.．:：)）\]】*\-—•·]+")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    stratum: str  # the rule whose trigger drew it, or "random"

    @property
    def sha256(self) -> str:
        return sha256(self.text)


def normalise(text: str) -> str:
    return _LEAD.sub("", re.sub(r"\s+", " ", text)).strip()


def sha256(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def sentences(title: str, description: str) -> Iterator[str]:
    yield normalise(title)
    for part in _BREAK.split(description):
        part = normalise(part)
        while len(part) > MAX_CHARS:
            cut = max(part.rfind("，", 0, MAX_CHARS), part.rfind(",", 0, MAX_CHARS))
            cut = cut if cut > 10 else MAX_CHARS
            yield normalise(part[:cut])
            part = normalise(part[cut + 1 :])
        yield part


def all_sentences(path: Path = POSTINGS) -> list[str]:
    """Every distinct sentence of every posting, in file order."""
    seen: dict[str, None] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for sentence in sentences(row["职位"], row["职位描述"]):
                if len(sentence) >= 4:
                    seen.setdefault(sentence)
    return list(seen)


def draw(
    texts: list[str],
    seed: int = SEED,
    caps: dict[str, int] = CAPS,
    random_cases: int = RANDOM_CASES,
    enriched_scale: float = 1.0,
    exclude: frozenset[str] = frozenset(),
) -> list[Case]:
    """Per rule up to its cap of trigger sentences (asking ones first), a random sample of the rest,
    then the requirement-looking draw; `exclude` keeps an earlier draw's sentences out."""
    rng = random.Random(seed)
    taken: set[str] = set(exclude)
    cases: list[Case] = []
    for rule, pattern in TRIGGERS.items():
        trigger = re.compile(pattern, re.I)
        hits = [t for t in texts if t not in taken and trigger.search(t)]
        asking = [t for t in hits if ASKING.search(t)]
        plain = [t for t in hits if not ASKING.search(t)]
        rng.shuffle(asking)
        rng.shuffle(plain)
        half = caps[rule] // 2
        chosen = asking[:half] + plain[: caps[rule] - min(half, len(asking))]
        chosen = (chosen + asking[half:])[: caps[rule]]
        cases += [Case(t, rule) for t in chosen]
        taken.update(chosen)
    rest = [t for t in texts if t not in taken]
    randoms = rng.sample(rest, random_cases)
    cases += [Case(t, "random") for t in randoms]
    taken.update(randoms)
    for rule, (pattern, unless, cap) in ENRICHED.items():
        want, skip = re.compile(pattern, re.I), re.compile(unless)
        hits = [t for t in texts if t not in taken and want.search(t) and ASKING.search(t) and not skip.search(t)]
        rng.shuffle(hits)
        chosen = hits[: round(cap * enriched_scale)]
        cases += [Case(t, f"{rule}+") for t in chosen]
        taken.update(chosen)
    return cases


def draw_all(texts: list[str]) -> dict[str, list[Case]]:
    """Three disjoint draws. The rules were written reading the first; the second was labelled before the
    screener first ran on it, and its errors were then read and fixed too; the third was labelled while
    the rules were still being written and run once, at the end: its numbers are the ones to quote."""
    development = draw(texts)
    taken = frozenset(c.text for c in development)
    second = draw(texts, SEED + 1, HELD_OUT_CAPS, HELD_OUT_RANDOM, 1.0, taken)
    taken |= {c.text for c in second}
    held_out = draw(texts, SEED + 2, FINAL_CAPS, FINAL_RANDOM, 0.0, taken)
    return {"held-out": held_out, "second development": second, "development": development}
