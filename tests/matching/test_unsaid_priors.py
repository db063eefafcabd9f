"""What a posting leaves unsaid (`facts.priors`): the table of what kinds of posting demand, counted and smoothed, the
silence it applies to, a seeker's refused families, and the demotion the score table gives."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from bench.priors import bodily, catalog_evidence, catalog_table
from matching.facts import JobBits, Limits, posting_facts, priors, seeker_facts, seeker_limits
from matching.facts.prior_words import UNSAID_WORDS, prior_words
from matching.facts.priors import (
    CATALOG_PRIOR,
    FLOOR,
    PHYSICAL,
    STRENGTH,
    PriorTable,
    catalog,
    pair_priors,
    posting_priors,
    seeker_flags,
    shipped,
    silent,
)
from matching.keywords import Bm25
from matching.ranking import Weights
from matching.score_rows import ScoreRow
from matching.score_table import Asked, ScoreTable

GUARD, CLEANER = "4-07-05-01", "4-09-08-01"
CATALOG_SOURCE = Path(priors.__file__).resolve().parents[1] / "data" / "csco22.csv"
NO = (False, False, False, False)


def _table() -> PriorTable:
    """100 guards, 80 with nights; 300 cleaners, 30 with nights; 2 of another code in the guards' small group."""
    rows = [(GUARD, (False, i < 80, True, i < 50)) for i in range(100)]
    rows += [(CLEANER, (i < 120, i < 30, True, i < 60)) for i in range(300)]
    rows += [("4-07-05-02", NO)] * 2
    return PriorTable.counted(rows, min_postings=5)


def test_the_table_counts_each_code_in_its_groups_and_leaves_rare_codes_to_them() -> None:
    table = _table()
    assert table.counts[""] == (402, (120, 110, 400, 110))
    assert table.counts["4-07-05"] == (102, (0, 80, 100, 50))
    assert table.counts[GUARD] == (100, (0, 80, 100, 50))
    assert "4-07-05-02" not in table.counts  # 2 postings: its small group's share stands in
    assert table.shares("4-07-05-02") == table.shares("4-07-05")


def test_shares_are_pulled_toward_the_group_by_their_strength() -> None:
    table = _table()
    overall = 110 / 402
    middle = (80 + STRENGTH * overall) / (102 + STRENGTH)  # 4-07: the guards' 102 postings
    small = (80 + STRENGTH * middle) / (102 + STRENGTH)
    assert table.shares(GUARD)[1] == pytest.approx((80 + STRENGTH * small) / (100 + STRENGTH))
    assert table.shares(GUARD)[1] > table.shares(CLEANER)[1] > 0  # guards work nights more often than cleaners
    assert table.shares("9-99-99-99")[1] == pytest.approx(overall)  # a code nobody posted: the overall share
    assert table.shares(None) == table.shares("")


def test_the_table_round_trips_through_its_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = _table()
    table.write(tmp_path / "t.csv")
    assert PriorTable.load(tmp_path / "t.csv") == table
    assert "保安" not in (tmp_path / "t.csv").read_text(encoding="utf-8")  # codes and counts only


def test_the_shipped_table_says_guards_work_nights_more_often_than_cleaners() -> None:
    table = shipped()
    assert table.counts[""][0] > 30_000
    assert table.priors(GUARD)[1] > 0.5 > 2 * table.priors(CLEANER)[1]


def test_a_posting_that_speaks_of_a_family_has_no_prior_in_it() -> None:
    said = posting_facts("保安", "白班，双休，需搬运货物", [])
    assert silent(said) == (False, False, True, False)
    quiet = posting_facts("保安", "负责门岗登记", [])
    assert silent(quiet) == (True, True, True, True)
    # words that say it fits, of which the reader keeps no fact
    assert silent(quiet, "轻体力活，可坐着，半天班") == (False, True, False, True)
    table = _table()
    priors = posting_priors(quiet, GUARD, "full_time", "", table)
    assert priors[1] == 1.0 and priors[2] == 1.0  # the kind that most often works nights; 全职: a full day
    assert table.priors(CLEANER)[1] == pytest.approx(table.shares(CLEANER)[1] / table.shares(GUARD)[1])  # over the top
    assert 0 < table.priors(CLEANER)[1] < FLOOR
    assert posting_priors(quiet, CLEANER, "full_time", "", table)[1] == 0.0  # below the floor: says too little
    assert posting_priors(quiet, GUARD, "part_time", "", _table())[2] == 0.0  # 兼职: not
    assert posting_priors(said, GUARD, "full_time", "", _table())[1] == 0.0


def test_a_seekers_limits_flag_the_families_they_refuse() -> None:
    def flags(words: str) -> tuple[float, ...]:
        return seeker_flags(seeker_limits(seeker_facts("保洁", words, [])))

    assert flags("不上夜班") == (0.0, 1.0, 0.0, 0.0)
    assert flags("腰不好，不能搬重的") == (1.0, 0.0, 0.0, 0.0)
    assert flags("一天最多干4个小时") == (0.0, 0.0, 1.0, 0.0)
    assert flags("周末要带孩子") == (0.0, 0.0, 0.0, 1.0)
    assert flags("身体好，什么都能干") == (0.0, 0.0, 0.0, 0.0)


def test_the_explanation_says_what_is_unsaid_and_why() -> None:
    pair = pair_priors((0.0, 1.0, 1.0, 0.0), (0.9, 0.6, 1.0, 0.2))
    assert pair == (0.0, 0.6, 1.0, 0.0)
    assert prior_words(pair, "保安员", "full_time") == [
        "未写明是否夜班；保安员岗位常有夜班",
        "未写明工作时间；全职岗位一般全天上班",
    ]
    assert prior_words(pair_priors((0.0, 1.0, 0.0, 0.0), (0.0, 0.1, 0.0, 0.0)), "保洁员", "full_time") == []


def _row(item: int, priors: tuple[float, float, float, float]) -> ScoreRow:
    return ScoreRow(item, 5000.0, 0, None, [], ["保安"], 0, priors)


def test_the_score_table_demotes_a_silent_posting_by_weight_times_prior_never_excludes() -> None:
    table = ScoreTable()
    table.upsert([_row(1, (0.0, 0.6, 1.0, 0.0)), _row(2, (0.0, 0.0, 0.0, 0.0))])
    weights = Weights(unsaid_prior=0.1)

    def scored(limits: Limits) -> dict[int, float]:
        got = table.score(
            np.array([1, 2]),
            np.array([0.7, 0.7], np.float32),
            np.array([1.0, 1.0]),
            Asked(["保安"], [], None, 0, (), limits),
            weights,
            Bm25.fit([["保安"]]),
            lambda a, b: None,
        )
        return dict(zip(got.ids.tolist(), got.scores.tolist(), strict=True))

    plain = scored(Limits())
    assert plain[1] == plain[2]
    no_night = scored(Limits(exclude=int(JobBits.NIGHT)))
    assert set(no_night) == {1, 2}  # demoted, not left out
    assert no_night[2] - no_night[1] == pytest.approx(0.1 * 0.6)
    short_day = scored(Limits(exclude=int(JobBits.NIGHT), longest_day=240))
    assert short_day[2] - short_day[1] == pytest.approx(0.1 * (0.6 + 1.0))


def test_the_digest_names_the_counts_so_snapshots_made_with_another_table_are_rebuilt() -> None:
    table = _table()
    assert table.digest == PriorTable(dict(table.counts)).digest
    fewer = PriorTable({k: v for k, v in table.counts.items() if k != GUARD})
    assert fewer.digest != table.digest


@pytest.mark.parametrize(
    ("words", "family"),
    [
        ("门岗，无需夜班", 1),
        ("不上晚班", 1),
        ("晚上不上班", 1),
        ("不需夜班", 1),
        ("周六周日休息", 3),
        ("周末两天休息", 3),
        ("没有重活", 0),
        ("不用干重活", 0),
        ("无需体力", 0),
        ("上班时间3小时", 2),
    ],
)
def test_common_ways_of_saying_a_posting_fits_are_not_silent(words: str, family: int) -> None:
    said = silent(posting_facts("保安", words, []), words)
    assert not said[family]  # only the words say it: without them, this family would be silent
    assert silent(posting_facts("保安", "负责门岗登记", []), "负责门岗登记")[family]


@pytest.mark.parametrize(
    ("words", "family"),
    [
        ("午休1小时", 2),
        ("1小时内通勤", 2),
        ("不接受兼职", 2),
        ("不坐班", 0),
        ("工作不轻松", 0),
        # "非双休" is no longer silent: it reads weekend work (facts-16, `test_reader_rows_s9`)
    ],
)
def test_words_that_are_negated_or_not_of_working_time_do_not_say_a_posting_fits(words: str, family: int) -> None:
    assert silent(posting_facts("保安", words, []), words)[family]
    # a 全职 post that only says these has a full day, and its kind's other priors, as one that says nothing
    assert posting_priors(posting_facts("保安", words, []), GUARD, "full_time", words) == posting_priors(
        [], GUARD, "full_time", ""
    )


def test_only_facts_of_loads_riding_height_or_strain_say_a_posting_is_physical() -> None:
    dusty = posting_facts("普工", "车间有粉尘", [])
    assert {f.code for f in dusty} == {"dust", "kind_hours"}  # a 普工's hours, by its kind (session 21)
    assert silent(dusty, "车间有粉尘")[0]  # dust says nothing of loads
    loads = posting_facts("普工", "需搬运货物", [])
    assert not silent(loads, "需搬运货物")[0]


def test_the_physical_reason_names_what_the_family_holds_not_standing() -> None:
    (words,) = prior_words(pair_priors((1.0, 0.0, 0.0, 0.0), (0.9, 0.0, 0.0, 0.0)), "搬运工", "full_time")
    assert words == "未写明体力要求；搬运工岗位常有体力活（搬抬、登高、骑行等）"
    assert not JobBits.STANDING & PHYSICAL  # standing is no part of the family: the reason must not name it


def _catalog_rows() -> list[dict[str, str]]:
    with CATALOG_SOURCE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_catalog_table_quotes_the_tasks_that_name_bodily_work() -> None:
    rows = {r["code"]: r for r in _catalog_rows()}
    table = catalog_table(rows.values())
    assert (
        table[CLEANER] == "使用清扫、冲洗等机具或人工方式，清扫、清洗道路、广场等公共场所和公共区域"
    )  # the longest clause
    assert table["4-02-05-01"] == "使用装卸搬运工具、机具，装卸、搬运货物"  # 装卸搬运工: the first task naming it
    assert "堆码" in table["4-02-06-02"]  # 理货员 (its definition: its first task is 「指导货物搬运」)
    assert "2-02-18-07" not in table  # 环境卫生工程技术人员 studies 清扫保洁 (group 2: not the work itself)
    assert "4-01-02-01" not in table  # 营销员: nothing bodily
    assert catalog_evidence("从事数据清洗的人员。", "1.擦拭设备 2.清洗数据") == ""  # 清洗, 擦拭: not on the list
    assert catalog_evidence("", "1.核对单据 2.搬运货物") == "搬运货物"
    assert catalog() == table  # the shipped file is this builder's output (`python -m bench.priors --catalog`)


def test_the_catalog_leaves_out_work_organised_overseen_or_run_from_afar() -> None:
    table = catalog_table(_catalog_rows())
    assert catalog() == table  # the shipped file is the derivation's output
    for code in ("4-02-02-05", "4-02-07-11", "4-02-03-02", "4-02-06-03", "3-02-02-01", "6-16-01-07"):
        assert code not in table  # 道路运输调度员, 快递站点管理师, 船舶业务员, 物流服务师, 保卫管理员, 井下机车运输工
    assert CLEANER in table and "4-02-05-01" in table  # 保洁员, 装卸搬运工
    assert catalog_evidence("", "1.组织保安巡逻防范工作") == ""  # 组织 governs the patrol
    assert catalog_evidence("", "1.指导、监督快递员收寄、分拣、派送") == ""
    assert catalog_evidence("从事装卸搬运等作业的组织、计划工作的人员。", "") == ""  # governed after: 的组织
    assert catalog_evidence("", "1.根据道路、装卸能力情况的变化，提出建议") == ""  # 装卸能力: no loading
    assert catalog_evidence("", "1.操作远程运输集控设施，控制井下电机车装卸") == ""  # run from afar
    assert catalog_evidence("", "1.编制计划 2.装卸货物") == "装卸货物"  # a governing word in another task: kept


def test_a_short_spell_standing_speaks_of_the_physical_family() -> None:
    words = "每天上午8点到12点，四小时"
    facts = posting_facts("道路保洁员", words, [])
    assert [f.value for f in facts if f.code == "standing"] == ["short"]
    assert posting_priors(facts, CLEANER, "part_time", words, _table())[0] == 0.0  # the posting said: no prior
    flags = seeker_flags(seeker_limits(seeker_facts("保洁", "腿脚不好，不能长时间站着", [])))
    pair = pair_priors(flags, posting_priors(facts, CLEANER, "part_time", words, _table()))
    assert not any(w.startswith(UNSAID_WORDS["physical"]) for w in prior_words(pair, "保洁员", "part_time", CLEANER))


def test_a_silent_post_of_a_kind_the_catalog_names_bodily_gets_the_catalog_prior() -> None:
    words = "小区物业招聘，待遇从优"
    quiet = posting_facts("保洁", words, [])
    assert posting_priors(quiet, CLEANER, "full_time", words, _table())[0] == max(
        CATALOG_PRIOR, _table().priors(CLEANER)[0]
    )
    empty = PriorTable.counted([(CLEANER, NO)] * 10 + [("4-01-02-01", NO)] * 10)  # postings that never say it
    assert posting_priors(quiet, CLEANER, "full_time", words, empty)[0] == CATALOG_PRIOR
    assert posting_priors(quiet, "4-01-02-01", "full_time", words, empty)[0] == 0.0  # 营销员: the 大典 says nothing
    light = "轻体力，待遇从优"
    assert posting_priors(posting_facts("保洁", light, []), CLEANER, "full_time", light, empty)[0] == 0.0  # it says


def test_a_seeker_who_cannot_stand_long_refuses_the_physical_family() -> None:
    assert seeker_flags(seeker_limits(seeker_facts("保洁", "腿脚不好，不能长时间站着", [])))[0] == 1.0
    assert seeker_flags(seeker_limits(seeker_facts("保洁", "身体好", [])))[0] == 0.0


def test_the_explanation_quotes_the_catalog_where_its_prior_is_the_catalogs() -> None:
    pair = pair_priors((1.0, 0.0, 0.0, 0.0), (CATALOG_PRIOR, 0.0, 0.0, 0.0))
    assert shipped().priors(CLEANER)[0] < CATALOG_PRIOR  # the postings alone say too little
    assert prior_words(pair, "保洁员", "full_time", CLEANER) == [
        "未写明体力要求；按职业分类大典，保洁员的工作包括“使用清扫、冲洗等机具或人工方式，清扫、清洗道路、广场等公共场所和公共区域”"
    ]
    assert prior_words(pair, "保洁员", "full_time") == []  # no code: nothing to quote, and under SHOWN
    assert (
        prior_words(pair_priors((0.0, 0.0, 0.0, 0.0), (CATALOG_PRIOR, 0, 0, 0)), "保洁员", "full_time", CLEANER) == []
    )


def test_the_rules_digest_follows_the_catalog_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = priors.rules_digest()
    other = tmp_path / "catalog_priors.csv"
    other.write_text("code,physical_words\n4-09-08-01,清扫\n", encoding="utf-8")
    monkeypatch.setattr(priors, "CATALOG_TABLE", other)
    priors.rules_digest.cache_clear()
    try:
        assert priors.rules_digest() != before  # a snapshot made with the old words is made again
    finally:
        monkeypatch.undo()
        priors.rules_digest.cache_clear()
    assert priors.rules_digest() == before


@pytest.mark.parametrize("clause", ["按作业计划装卸货物", "在管理人员指导下搬运物料", "按照管理规定清扫车间"])
def test_a_plan_rule_or_guide_followed_leaves_the_work_bodily(clause: str) -> None:
    assert bodily(clause)


@pytest.mark.parametrize(
    "clause", ["组织保安巡逻", "按计划组织装卸", "在现场组织装卸货物", "指导、监督快递员收寄、分拣、派送"]
)
def test_work_organised_or_overseen_is_still_not_bodily(clause: str) -> None:
    assert not bodily(clause)
