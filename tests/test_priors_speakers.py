"""`python -m bench.priors --among speakers`: a table of shares among the postings that speak of a family (`SpokenTable`,
`speaks`), kept in the bench: measured on the dev halves it did not beat the shipped all-postings table, which is all
the service reads (`facts.priors.PriorTable`)."""

from __future__ import annotations

import pytest

from bench.priors import MIN_SPOKEN, SpokenTable, speaks
from matching.facts import job_bits, posting_facts
from matching.facts.priors import STRENGTH, PriorTable

GUARD, CLEANER = "4-07-05-01", "4-09-08-01"
NO = (False, False, False, False)


def _spoken_table() -> SpokenTable:
    """The guards again, of whom 90 speak of nights (80 say nights, 10 say days); 300 cleaners, of whom 80 speak of
    nights (30 nights); 4 of another code in the guards' small group, 3 of whom say days (under MIN_SPOKEN)."""
    rows = [(GUARD, (False, i < 80, True, i < 50), (False, i < 90, True, i < 50)) for i in range(100)]
    rows += [(CLEANER, (i < 120, i < 30, True, i < 60), (i < 120, i < 80, True, i < 60)) for i in range(300)]
    rows += [("4-07-05-02", NO, (False, i < 3, False, False)) for i in range(4)]
    return SpokenTable.counted_spoken(rows, min_postings=4)


def test_a_share_among_those_who_speak_of_the_family_pulled_toward_the_group() -> None:
    table = _spoken_table()
    assert table.spoken[""] == (120, 173, 400, 110)
    assert table.spoken[GUARD] == (0, 90, 100, 50)
    overall = 110 / 173
    middle = (80 + STRENGTH * overall) / (93 + STRENGTH)  # 4-07: 93 guard-group postings speak of nights
    small = (80 + STRENGTH * middle) / (93 + STRENGTH)
    assert table.shares(GUARD)[1] == pytest.approx((80 + STRENGTH * small) / (90 + STRENGTH))
    assert table.shares(CLEANER)[1] < 0.5 < table.shares(GUARD)[1]
    # 3 of 4 speak of nights, under MIN_SPOKEN: the small group's share, not the code's 0 of 3
    assert MIN_SPOKEN > 3 and table.shares("4-07-05-02")[1] == table.shares("4-07-05")[1]
    # a share among speakers is a likelihood: the prior is the share itself, not over the family's top
    assert table.scale == (1.0, 1.0, 1.0, 1.0) and table.priors(CLEANER) == pytest.approx(table.shares(CLEANER))
    # no guard speaks of loads: their group's, then the overall share among those who do (120 of 120)
    assert table.shares(GUARD)[0] == pytest.approx(1.0)


def test_a_spoken_table_round_trips_through_its_file_and_its_digest_tells_it_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = _spoken_table()
    table.write(tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()[0].endswith(",weekends_said")
    assert SpokenTable.load_spoken(tmp_path / "t.csv") == table
    assert table.digest != PriorTable(dict(table.counts)).digest  # the same counts among all postings


def test_what_speaks_of_a_family_either_way() -> None:
    def spoken(title: str, body: str) -> tuple[bool, ...]:
        facts = posting_facts(title, body, [])
        return speaks(facts, job_bits(facts), f"{title}\n{body}")

    assert spoken("仓库理货员", "需搬运货物，上夜班") == (True, True, False, False)
    assert spoken("仓库理货员", "无需搬运，长白班，双休") == (
        True,
        True,
        True,
        True,
    )  # said, either way; 长白班 a full day
    assert spoken("保洁", "轻体力，早九晚五") == (True, True, True, False)  # hours: a day, and no night
    assert spoken("收银员", "负责收银，需久站") == (False, False, False, False)  # standing says nothing of loads
    assert spoken("保安", "负责门岗登记") == (False, False, False, False)
