"""A garment works' own words for its trades: the machine a worker sews on (平车, 针车, 冚车), the sample sewer (车版),
the finishing after sewing (尾部, 剪线, 大烫), the last check (尾查, 查货) and the cloth cutter's electric knife (电剪).
Read as ordinary words they pointed elsewhere (车工 a lathe, 尾矿工 tailings, 动车组制修师, 理货员)."""

from __future__ import annotations

import pytest

from matching.coding import OccupationCoder

SEWING = "6-05-01-03"  # 缝纫工
FINISHING = "6-05-01-04"  # 缝纫品整型工
PATTERN = "6-05-01-01"  # 服装制版师, whose alias 样衣工 makes the sample garment
CUTTING = "6-05-01-02"  # 裁剪工
INSPECTION = "6-31-03-05"  # 质检员


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        ("招熟手平车工", "", SEWING),
        ("平车 包住", "做女装连衣裙，计件", SEWING),
        ("针车师傅", "做运动鞋鞋面", SEWING),
        ("冚车", "", SEWING),
        ("打边、平车数名", "", SEWING),
        ("尾部杂工（女）", "", FINISHING),
        ("尾部组长", "", FINISHING),
        ("剪线阿姨", "", FINISHING),
        ("大烫师傅", "", FINISHING),
        ("尾查员", "", INSPECTION),
        ("童装查货", "", INSPECTION),
        ("电剪工", "", CUTTING),
    ],
)
def test_a_garment_works_trade_word_names_its_occupation(coder: OccupationCoder, title: str, body: str, code: str):
    """The word reads as the occupation, which comes first or, where a catalog word inside the title (车工 of 平车工,
    杂工 of 尾部杂工) argues for another, second."""
    assert coder.catalog.by_code[code].name in coder.expand(title)
    assert code in [c.code for c in coder.code(title, body, k=2)]


@pytest.mark.parametrize("title", ["女装车板师傅", "纸样师（梭织）"])
def test_a_sample_sewer_and_a_pattern_maker_are_the_pattern_makers_or_sewers(coder: OccupationCoder, title: str):
    assert {PATTERN, SEWING} & {c.code for c in coder.code(title, k=3)}


def test_longer_words_that_hold_the_garment_words_mean_something_else(coder: OccupationCoder):
    """检查货物 is no garment check, an estate's 车板块 and a steel mill's 汽车板 no sample sewing."""
    assert INSPECTION not in {c.code for c in coder.code("急招", "负责检查货物数量，核查货物单据", k=5)}
    assert not {PATTERN, SEWING} & {c.code for c in coder.code("急招", "负责汽车板和车板块的对接", k=5)}
