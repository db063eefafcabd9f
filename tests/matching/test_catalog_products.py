"""What the catalog's own manufacturing names say is made (`matching/data/catalog_products.csv`, written by
`bench/titles/products.py`), and how the coder reads it (fake embedder, no database)."""

from __future__ import annotations

import csv

from bench.titles.products import derive, products
from matching.coding import OccupationCoder
from matching.occupations import CATALOG_PRODUCTS_PATH, Catalog, load_synonyms, mentions
from matching.title_context import MADE

RUBBER, PLASTICS = "6-14-01-01", "6-14-02-00"  # 橡胶制品生产工, 塑料制品成型制作工
GROUP, CARS, CAR_LINE = "6-00-00-00", "6-22-02-01", "6-22-01-01"  # 普工's group, 汽车装调工, 汽车生产线操作工


def test_the_shipped_table_is_what_the_script_derives_from_the_catalog(catalog: Catalog):
    """Nothing in the table is written by hand: run `python -m bench.titles.products` when the catalog changes."""
    hand = {s.term.lower() for s in load_synonyms(products=None)}
    with CATALOG_PRODUCTS_PATH.open(encoding="utf-8") as f:
        shipped = list(csv.DictReader(f))
    assert shipped == derive(catalog, hand)
    assert len(shipped) > 500
    assert not {row["term"].lower() for row in shipped} & hand  # a hand-written product row wins


def test_a_name_gives_what_it_makes_less_the_worker_and_the_work():
    assert products("橡胶制品生产工") == ["橡胶制品", "橡胶"]  # the material alone names the product too
    assert products("钟表及计时仪器制造工") == ["钟表", "计时仪器"]  # products it joins, each
    assert products("灯具制造工") == ["灯具"]
    # near misses: upkeep joined to the product, a word that only refers back, a stem of one character (车工)
    assert products("飞机外场调试与维护工") == ["飞机外场调试"]
    assert products("羽绒加工及制品充填工") == ["羽绒加工"]
    assert products("车工") == []


def test_a_pair_the_catalog_joins_gives_its_short_form(catalog: Catalog):
    rows = {row["term"]: row for row in derive(catalog, set())}
    assert rows["橡塑"]["means"] == "橡胶制品生产工|塑料制品成型制作工"  # 橡胶和塑料制品制造人员
    assert "淀淀" not in rows  # the near miss: 淀粉及淀粉糖 joins one word to itself
    assert all(row["kind"] == MADE for row in rows.values())


def test_the_catalogs_products_load_after_the_written_synonyms():
    written = load_synonyms(products=None)
    both = load_synonyms()
    assert both[: len(written)] == written
    assert {s.kind for s in both[len(written) :]} == {MADE}
    assert MADE not in {s.kind for s in written}


def test_a_production_title_reads_what_the_catalog_says_its_employer_makes(coder: OccupationCoder):
    """切管工 at a rubber-and-plastics plant (某某橡塑): its own work stays first, both products come next."""
    alone = [c.code for c in coder.code("切管工", k=5)]
    coded = [c.code for c in coder.code("切管工", employer="某某橡塑科技有限公司", k=5)]
    assert coded[0] == alone[0]  # the served occupation does not change
    assert coded[1:3] == [RUBBER, PLASTICS]
    assert RUBBER not in alone and PLASTICS not in alone
    assert coder.code("数控车床工", employer="某某塑料科技有限公司")[1].code == PLASTICS


def test_a_generic_factory_title_keeps_its_group_first_and_the_catalogs_product_next(coder: OccupationCoder):
    assert [c.code for c in coder.code("普工", employer="某某橡胶有限公司")[:2]] == [GROUP, RUBBER]
    # near misses: a description's amenities are not what is made, and a written product keeps its place
    assert "6-24-05-03" not in [c.code for c in coder.code("普工", "宿舍配洗衣机、空调", k=5)]  # 洗衣机制造工
    assert [c.code for c in coder.code("普工", employer="某某汽车零部件有限公司")[:3]] == [CARS, CAR_LINE, GROUP]


def test_the_catalogs_product_stems_are_no_explanation_words(coder: OccupationCoder):
    assert "橡塑" not in coder.words and "手工木" not in coder.words  # a stem of 手工木工 is no whole word
    assert "注塑" in coder.words  # the near miss: a written product word stays one


def test_the_catalogs_products_are_looked_up_by_first_character_as_a_full_scan_finds_them(coder: OccupationCoder):
    """Only the terms a text's characters start are tried (a tenth of the time per text); same terms, same order."""
    for text in ("广州某某橡塑科技有限公司", "某某塑料五金模具厂", "普工", "制冷空调设备装配", ""):
        scanned = [
            [r for rows in means for r in rows]
            for term, not_in, means in coder._context._made
            if mentions(text, term, not_in)
        ]
        assert coder._context._made_rows(text) == scanned
    assert coder._context._made_rows("某某塑料五金模具厂")  # the near miss: a text that names products finds them
