"""The blind acceptability labels of `bench/kinds/acceptability` are well formed, and their scorer counts right."""

from pathlib import Path

from bench.kinds.acceptable import HERE, LIMITS, VERDICTS, Kind, fleiss_kappa, held, read_kinds, read_rounds, report
from matching.facts.fact import Fact, Family, Modality


def test_every_round_has_three_labellers_agreeing_on_the_kinds_and_only_u_a_d() -> None:
    rounds = sorted(HERE.glob("round*"))
    assert len(rounds) >= 4
    kinds = read_rounds(rounds)  # raises where the files of a round disagree on a kind or hold another verdict
    assert len(kinds) == 300
    assert len({k.id for k in kinds}) == len(kinds)
    for kind in kinds:
        assert set(kind.verdicts) == set(LIMITS)
        assert all(len(v) == 3 and set(v) <= set(VERDICTS) for v in kind.verdicts.values())


def _kind(**cells: str) -> Kind:
    return Kind("K0", "保洁员", {limit: tuple(cells.get(limit, "AAA")) for limit in LIMITS})


def test_the_majority_needs_two_of_three_and_a_split_or_two_d_is_d() -> None:
    kind = _kind(bend="UUD", cold_wet="UAD", stairs="DDU", lifting="AAU")
    assert [kind.majority(limit) for limit in ("bend", "cold_wet", "stairs", "lifting", "heights")] == [
        "U",
        "D",
        "D",
        "A",
        "A",
    ]


def test_kappa_is_one_when_all_agree_and_below_zero_when_they_always_split() -> None:
    agreed = [_kind(bend="UUU"), _kind(bend="AAA"), _kind(bend="DDD")]
    assert abs(fleiss_kappa(agreed, ("bend",)) - 1.0) < 1e-9
    split = [_kind(bend="UAD"), _kind(bend="ADU"), _kind(bend="DUA")]
    assert fleiss_kappa(split, ("bend",)) < 0


def test_held_reads_a_demand_implied_or_stated_but_not_eased() -> None:
    facts = [
        Fact(Family.PHYSICAL, "implied", "保洁", 0.6, "bend", Modality.IMPLIED),
        Fact(Family.PHYSICAL, "eased", "有洗碗机", 0.6, "cold_wet", Modality.IMPLIED),
        Fact(Family.PHYSICAL, "dust", "粉尘", 0.8),
        Fact(Family.PHYSICAL, "height", "登高", 0.8),
    ]
    assert held(facts) == {"bend", "air", "heights"}


def test_the_report_counts_missed_and_hidden_cells(tmp_path: Path) -> None:
    header = "id,title," + ",".join(LIMITS) + ",note\n"
    for n, (bend, sitting) in enumerate((("U", "A"), ("U", "A"), ("A", "A")), start=1):
        cells = ",".join(bend if lim == "bend" else sitting if lim == "sitting" else "A" for lim in LIMITS)
        (tmp_path / f"lab{n}.csv").write_text(header + f"K1,保洁员,{cells},\n", encoding="utf-8")
    kinds = read_kinds(sorted(tmp_path.glob("lab*.csv")))
    lines = report(kinds, [frozenset({"sitting"})], listed=True)
    assert "| bend | 1 / 0 / 0 | 0 | 1 | 0 |" in "\n".join(lines)
    assert "- missed bend: K1 保洁员 (UUA)" in lines
    assert "- hidden sitting: K1 保洁员 (AAA)" in lines
