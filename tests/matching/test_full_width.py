"""Full-width text, as phones type it: the coder, the fact readers and the shared keyword read ＢＤ经理 as BD经理,
and what they quote is still what was typed."""

from __future__ import annotations

import pytest

from matching.coding import OccupationCoder, document_terms
from matching.embedding import HashingEmbedder
from matching.facts import posting_facts, seeker_facts
from matching.occupations import Catalog, load_synonyms
from matching.ranking import shared_keyword
from matching.typed_text import Folding, folded


@pytest.fixture(scope="module")
def coder() -> OccupationCoder:
    return OccupationCoder(Catalog.load(), load_synonyms(), HashingEmbedder(64))


@pytest.mark.parametrize(
    ("typed", "half"), [("ＢＤ经理", "BD经理"), ("ｃａｄ制图", "cad制图"), ("ＰＬＣ工程师", "PLC工程师")]
)
def test_the_coder_reads_full_width_latin_as_half_width(coder: OccupationCoder, typed: str, half: str) -> None:
    assert coder.expand(typed) == coder.expand(half)
    assert coder.query_terms(typed, "会用ＡｕｔｏＣＡＤ") == coder.query_terms(half, "会用AutoCAD")
    assert coder.code(typed) == coder.code(half)
    assert document_terms(typed, "") == document_terms(half, "")


def test_a_full_width_bd_manager_expands_to_a_seller(coder: OccupationCoder) -> None:
    assert "营销员" in coder.expand("ＢＤ经理")
    assert coder.expand("ＢＤ") == coder.expand("BD")  # the near miss: the fold does not invent words


@pytest.mark.parametrize(
    ("typed", "code", "evidence"),
    [
        ("持Ａ２驾照", "driving_A2", "Ａ２驾照"),
        ("有Ｃ１驾照", "driving_C1", "Ｃ１驾照"),
        ("有C1驾照", "driving_C1", "C1驾照"),
    ],
)
def test_full_width_licences_read_and_quote_what_was_typed(typed: str, code: str, evidence: str) -> None:
    for facts in (posting_facts("司机", typed), seeker_facts("司机", typed)):
        assert [(f.code, f.evidence) for f in facts if f.code.startswith("driving")] == [(code, evidence)]


def test_folding_maps_ligatures_back_whole() -> None:
    typed = Folding.of("ﬁ工程师，ＢＤ")
    assert typed.text == "fi工程师，BD"
    assert typed.quote("fi工程师") == "ﬁ工程师" and typed.quote("BD") == "ＢＤ"
    assert typed.typed_span(1, 2) == "ﬁ"  # half a ligature quotes all of it
    assert folded("叉车工") == "叉车工" and Folding.of("叉车工").quote("叉车") == "叉车"


def test_folding_keeps_punctuation_list_markers_and_units_as_typed() -> None:
    assert folded("８：３０～１７：３０（包吃住）") == "8：30~17：30（包吃住）"  # the wave and dash read as ASCII
    assert folded("８：３０－１２：００") == "8：30-12：00"  # ： stays: the readers read it as :
    assert folded("①\xa0负责２０㎏以下") == "①\xa0负责20kg以下"  # ① is no 1, a no-break space no space


@pytest.mark.parametrize(
    ("typed", "evidence", "value"),
    [
        ("８：３０－１２：００", "８：３０－１２：００", "08:30-12:00"),
        ("早上8：30－12：00，下午13：30-18：00", "早上8：30－12：00…下午13：30-18：", "08:30-18:00/12:00-13:30"),
    ],
)
def test_hours_typed_with_a_full_width_dash_are_read_and_quoted_as_typed(typed: str, evidence: str, value: str) -> None:
    assert [(f.code, f.evidence, f.value) for f in posting_facts("保洁", typed, []) if f.code == "hours"] == [
        ("hours", evidence, value)
    ]


@pytest.mark.parametrize("space", ["\u3000", "  "])
def test_evidence_across_squeezed_space_is_quoted_as_typed(space: str) -> None:
    typed = f"有Ａ２{space}驾照"
    assert [f.evidence for f in posting_facts("司机", typed, []) if f.code == "driving_A2"] == [f"Ａ２{space}驾照"]
    assert Folding.of(typed).quote("A2 驾照") == f"Ａ２{space}驾照"


def test_the_shared_keyword_reads_full_width_and_quotes_the_title() -> None:
    assert shared_keyword("ＢＤ经理", "BD经理助理") == "BD经理"
    assert shared_keyword("BD经理", "ＢＤ经理助理") == "ＢＤ经理"
    assert shared_keyword("ＢＤ经理", "销售助理") == "销售助理"  # nothing shared: the title
