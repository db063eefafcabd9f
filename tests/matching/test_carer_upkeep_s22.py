"""A 管护工 keeps a tea garden, a greenhouse, a river or a forest; a 护工 keeps a patient. `kind_nouns.CARER` read the
carer in 茶园管护工 (dev16's helper saw it), giving an upkeep worker a bedside rota round the clock and a patient's
weight; now the 管护 worker is read as the kept grounds' keeper (公园管护员 of round 3: out of doors, by day) and the carers
stay carers."""

from __future__ import annotations

import pytest

from matching.facts.reader import posting_facts

_UPKEEP = ["茶园管护工", "河道管护工", "护林管护工", "公益性岗位·林地管护工", "村级河道管护工（日结）"]
_CARERS = ["医院护工", "养老院护工", "陪护工", "县医院住院部护工", "护工（男）"]


def _kind_hours(title: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, "") if f.code == "kind_hours"}


def _carer_evidence(title: str) -> set[str]:
    return {f.evidence for f in posting_facts(title, "") if f.code in ("implied", "kind_hours")} & {"护工", "陪护"}


@pytest.mark.parametrize("title", _UPKEEP)
def test_an_upkeep_worker_is_no_carer(title: str) -> None:
    assert not _carer_evidence(title)
    assert not {"evening", "long_day"} & _kind_hours(title)  # a keeper's day, not a ward's rota


@pytest.mark.parametrize("title", _CARERS)
def test_a_carer_keeps_the_bedside_rota(title: str) -> None:
    assert _carer_evidence(title)
    assert {"evening", "weekend", "long_day"} <= _kind_hours(title)
