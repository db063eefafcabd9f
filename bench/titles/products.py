"""`python -m bench.titles.products`: what each manufacturing occupation of the 大典 makes, read mechanically from
its own names, written to `matching/data/catalog_products.csv` (rows of the synonym kind `product`).

LABELLING.md codes factory work by what is made, and the coder reads product words in a production posting's
title, description and employer name (`matching/title_context.py` `_by_product`, `_made_next`). The hand-written
product rows of `synonyms.csv` cover the products real 普工 postings name most; this table covers the rest of
manufacturing the way the catalog names it, so no word comes from a labelled title:

- **The stem of a level-4 name.** 橡胶制品生产工 makes 橡胶制品, 灯具制造工 灯具, 玻璃制品加工工 玻璃制品: the name
  less its worker (工, 师, 员) and the work done (生产, 制造, 制作, 加工, 成型, 装配, 调试…), split where it joins
  products (钟表及计时仪器: 钟表, 计时仪器). A stem ending in a kind of thing (制品, 产品, 器件, 材料…) also
  gives its head (橡胶制品: 橡胶).
- **The short form of a pair the catalog joins.** A name of the catalog that joins two two-character products
  (橡胶和塑料制品制造人员, 泵、阀门) gives the short form Chinese makes of such a pair, the first character of
  each (橡塑, 泵阀), meaning both products' occupations; only where both are stems of the first rule.

Only the manufacturing groups 6-01 to 6-27 are read (mining's, energy's, construction's and the operators' stems
name places and plant, not products). A term shorter than two characters, a term that names an occupation
itself (a name or alias: the coder reads those as the title's trade) and a term of `synonyms.csv` (the hand
rows win) are left out. Run it again when the catalog changes; a test checks the shipped table is its output.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

from matching.occupations import (
    CATALOG_PATH,
    CATALOG_PRODUCTS_PATH,
    SYNONYMS_PATH,
    Catalog,
    Occupation,
    alias_terms,
    load_synonyms,
)

MANUFACTURING = range(1, 28)  # 6-01 农副产品加工 … 6-27 再生资源综合利用
WORKER = ("人员", "工", "师", "员")
# The work a name puts after its product, longest first where one holds another.
WORK = (
    "再制造",
    "装配调试",
    "安装调试",
    "生产加工",
    "加工成型",
    "成型制作",
    "成型",
    "生产",
    "制造",
    "制作",
    "加工",
    "装配",
    "调试",
    "装调",
    "制修",
    "装接",
    "装校",
    "精制",
    "制取",
    "制备",
    "配制",
    "酿造",
    "精整",
    "整型",
    "充填",
)
JOINS = re.compile(r"[及和与、]")
# What a thing is made of comes before these (橡胶制品, 石油产品): the material alone names the product too.
MADE_OF = ("制品", "产品")
# Parts of a joined name that name no product: upkeep (飞机外场调试与维护工) and words that only refer back.
NOT_PRODUCTS = ("维护", "修理", "检修", "检测", "制品", "产品", "设备", "器材", "其装置")
# Two two-character words joined by 和 where the name starts or a list item does, the second ending the part.
_PAIR = re.compile(r"(?:^|、)([\u4e00-\u9fff]{2})和([\u4e00-\u9fff]{2})(?=制品|产品|制造|制作|生产|$)")
FIELDS = ("term", "means", "kind", "not_in", "why")


def stem(name: str) -> str:
    """The name less its worker and the work done: 橡胶制品生产工 -> 橡胶制品."""
    for worker in WORKER:
        if name.endswith(worker):
            name = name[: -len(worker)]
            break
    stripped = True
    while stripped:
        stripped = False
        for work in WORK:
            if name.endswith(work) and len(name) > len(work):
                name, stripped = name[: -len(work)], True
                break
    return name.strip("及和与、 ")


def products(name: str) -> list[str]:
    """The product words a stem holds: its parts where it joins products, and each part's head where it ends in a
    kind of thing (橡胶制品 -> 橡胶制品, 橡胶)."""
    out: list[str] = []
    for part in (p.strip() for p in JOINS.split(stem(name))):
        out.append(part)
        for kind in MADE_OF:
            if part.endswith(kind) and len(part) > len(kind):
                out.append(part[: -len(kind)])
                break
    return [p for p in out if len(p) >= 2 and p not in NOT_PRODUCTS]


def _manufacturing(occupation: Occupation) -> bool:
    parts = occupation.code.split("-")
    return parts[0] == "6" and int(parts[1]) in MANUFACTURING


def derive(catalog: Catalog, hand_terms: set[str]) -> list[dict[str, str]]:
    """The table's rows, longest term first, then in catalog order: term, the occupations it means, why."""
    named = {term for occupation in catalog.entries for term in alias_terms(occupation)}
    means: dict[str, list[str]] = defaultdict(list)
    source: dict[str, str] = {}
    for occupation in catalog.entries:
        if occupation.level != 4 or not _manufacturing(occupation):
            continue
        for term in products(occupation.name):
            if occupation.name not in means[term]:
                means[term].append(occupation.name)
                source.setdefault(term, f"stem of the level-4 name {occupation.name} ({occupation.code})")
    for occupation in catalog.entries:
        if not _manufacturing(occupation):
            continue
        for first, second in _pairs(occupation.name):
            short = first[0] + second[0]
            if first in means and second in means and short not in means:
                means[short] = [*means[first], *[m for m in means[second] if m not in means[first]]]
                source[short] = f"short form of {first} and {second}, joined in the name {occupation.name}"
    kept = [t for t in means if t.lower() not in named and t.lower() not in hand_terms]
    return [  # the longest first: the coder reads the first term a text holds (制冷空调设备 before 制冷)
        {"term": term, "means": "|".join(means[term]), "kind": "made", "not_in": "", "why": source[term]}
        for term in sorted(kept, key=len, reverse=True)
    ]


def _pairs(name: str) -> list[tuple[str, str]]:
    """Two-character products the name joins (橡胶和塑料制品: 橡胶, 塑料)."""
    return [(a, b) for a, b in _PAIR.findall(name) if a[0] != b[0]]


def main() -> None:
    catalog = Catalog.load(CATALOG_PATH)
    hand = {s.term.lower() for s in load_synonyms(SYNONYMS_PATH, products=None)}
    rows = derive(catalog, hand)
    write(rows, CATALOG_PRODUCTS_PATH)
    print(f"{len(rows)} product terms written to {CATALOG_PRODUCTS_PATH}")


def write(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
