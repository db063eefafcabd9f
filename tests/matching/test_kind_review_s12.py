"""Issue 22, session 12: a reviewer's own postings against the kinds of work (rev, P1, P2, P5), mended by the lead.

A driver of a kind's truck or forklift does not do the kind's carrying ("搬家车司机", "冷库叉车司机"); a sorter who sits
does not lift; a paper delivered to a letterbox climbs no stairs (a milk box, by each flat's door, does); a master who only instructs does not lay tiles; a
day-labour 拔草 post is still weeding. The reviewer's lines are marked; the rest are this file's own wordings."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts


def _implied(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == "implied"}


@pytest.mark.parametrize(
    ("title", "text", "not_implied"),
    [
        ("搬家车司机", "只负责开车，装卸有专人", {"lifting", "stairs"}),  # the reviewer's
        ("搬家公司货车司机", "持C1驾照，开车为主", {"lifting", "stairs"}),
        ("冷库叉车司机", "冷库内开叉车", {"lifting"}),  # the reviewer's
        ("冷库叉车工", "有叉车证", {"lifting"}),
        ("分拣员", "药品分拣，坐着操作，轻松", {"lifting"}),  # the reviewer's
        ("分拣员（坐岗）", "坐岗分拣文件袋", {"lifting"}),  # the reviewer's
        ("快递分拣员", "坐着分拣小件", {"lifting", "standing"}),
        ("送报员", "早上骑电动车送报，投进信箱", {"stairs"}),  # the reviewer's
        ("瓦工师傅（指导）", "只负责现场指导徒弟，不用干活", {"bend", "lifting"}),  # the reviewer's
        ("装修技术指导", "看图纸指导施工", {"lifting"}),
    ],
)
def test_a_post_that_drives_sits_or_instructs_is_spared_the_kinds_demand(
    title: str, text: str, not_implied: set[str]
) -> None:
    assert not _implied(title, text) & not_implied


@pytest.mark.parametrize(
    ("title", "text", "implied"),
    [
        ("拔草零工", "果园拔草，按天结", {"bend"}),  # the reviewer's
        ("绿化零工", "日结", {"bend"}),
        ("送货司机", "负责送货上门，搬货", {"lifting"}),  # a driver who delivers still carries
        ("送水工", "送桶装水上楼", {"stairs", "lifting"}),
        ("送奶工", "放进各家奶箱就行", {"stairs"}),  # a milk box hangs by the flat's door, up the stairs
        ("搬家师傅", "跟车干活，日结", {"lifting", "stairs"}),
        ("快递分拣员", "站着分拣，计件", {"lifting", "standing"}),
    ],
)
def test_the_kinds_own_workers_keep_its_demand(title: str, text: str, implied: set[str]) -> None:
    assert _implied(title, text) >= implied
