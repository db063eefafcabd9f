"""A person's refusals read by construction (issue 22 s10): each family's words crossed with the refusals people put
after or before them, with a subject or filler between; the same words accepted (no limit); refusals negated (no
limit). Wording is this module's own, not any persona set's: the grid is what a reader that lists phrases misses."""

from __future__ import annotations

import itertools

import pytest

from matching.facts import Modality, job_bits, posting_facts, seeker_facts, seeker_limits, words_of
from matching.facts.refusals import ANY_STANDING

# family code -> (words a refusal follows, words a refusal comes before)
FAMILIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "no_night": (
        ("夜班", "晚班", "夜里上班", "晚上上班", "通宵", "熬夜", "值夜班", "大夜班", "夜里开车", "上夜班"),
        ("上夜班", "上晚班", "熬夜", "熬通宵", "值夜班", "夜里上班", "晚上上班", "干夜班"),
    ),
    "no_shifts": (
        ("倒班", "两班倒", "三班倒", "来回倒班", "轮班", "白夜班轮换"),
        ("倒班", "上两班倒", "干三班倒", "轮班", "上倒班"),
    ),
    "no_travel": (
        ("出差", "跑长途", "外地", "去外地", "出远门", "外派"),
        ("出差", "跑长途", "去外地", "出远门", "跑外地"),
    ),
    "no_standing": (
        ("久站", "站着干活", "一直站着", "站一整天", "长时间站着"),
        ("久站", "站着干活", "一直站着", "站一整天", "长时间站立"),
    ),
    "no_walking": (
        ("走远路", "走路", "走很多路", "长时间走路"),
        ("走远路", "走太多路", "长时间走路", "多走路"),
    ),
    "no_lifting": (
        ("重活", "体力活", "力气活", "搬重物", "扛东西", "搬东西", "搬运"),
        ("干重活", "搬重物", "干体力活", "扛东西", "提重物", "干力气活"),
    ),
    "no_height": (
        ("登高", "爬高", "爬梯子", "高空作业", "上梯子"),
        ("登高", "爬高", "爬梯子", "上梯子", "高空作业"),
    ),
    "no_riding": (
        ("骑车", "骑电动车", "电动车", "骑摩托", "骑三轮车"),
        ("骑车", "骑电动车", "骑电瓶车", "骑摩托车"),
    ),
    "no_weekends": (
        ("周末", "周六日", "周末上班", "周六周日上班", "双休日"),
        ("周末上班", "周末加班", "周六日上班", "周末干活"),
    ),
}
AFTER = (
    "不行",
    "是不行了",
    "不行了",
    "吃不消",
    "受不了",
    "扛不住",
    "干不了",
    "干不动",
    "做不了",
    "没法干",
    "不方便",
    "顶不住",
    "熬不住",
    "不想干",
    "不干",
    "不做",
    "我是真不行",
    "我身体吃不消",
    "现在实在不行了",
    "的活一律不干",
    "我这身子骨扛不住",
    "免谈",
    "就别找我了",
)
BEFORE = (
    "不能",
    "不想",
    "干不了",
    "做不了",
    "没法",
    "不方便",
    "怕",
    "不愿意",
    "受不了",
    "不敢",
    "真的不能再",
    "别让我",
    "不接受",
)
ACCEPT_AFTER = ("可以", "倒是可以", "没问题", "也行", "都行", "能接受", "无所谓", "不在话下", "不要紧")
ACCEPT_BEFORE = ("不怕", "能", "可以", "愿意", "能接受", "不介意")
NEGATED = ("不是不能{}", "也不是{}不行", "并不是不想{}", "没说{}不行", "倒不是{}吃不消")


def _refusals() -> list[tuple[str, str]]:
    said = []
    for code, (after, before) in FAMILIES.items():
        said += [(f"{words}{pred}", code) for words, pred in itertools.product(after, AFTER)]
        said += [(f"{pred}{words}", code) for pred, words in itertools.product(BEFORE, before)]
    return said


def _accepted() -> list[tuple[str, str]]:
    said = []
    for code, (after, before) in FAMILIES.items():
        said += [(f"{words}{ok}", code) for words, ok in itertools.product(after, ACCEPT_AFTER)]
        said += [(f"{ok}{words}", code) for ok, words in itertools.product(ACCEPT_BEFORE, before)]
        said += [(form.format(words), code) for form, words in itertools.product(NEGATED, before)]
    return said


def _limit_codes(words: str) -> set[str]:
    return {f.code for f in seeker_facts("", words) if f.modality is Modality.LIMIT and f.code in FAMILIES}


def grid_scores() -> tuple[float, float, int, int]:
    """Recall on the refusals and precision over every limit of a grid family the reader gives on the whole grid
    (a limit of another family than the one the words name counts against it); and the two sizes."""
    refusals, accepted = _refusals(), _accepted()
    hits = wrong = 0
    for words, code in refusals:
        codes = _limit_codes(words)
        hits += code in codes
        wrong += len(codes - {code})
    for words, _ in accepted:
        wrong += len(_limit_codes(words))
    return hits / len(refusals), hits / max(1, hits + wrong), len(refusals), len(accepted)


@pytest.mark.parametrize("family", FAMILIES)
def test_a_refusal_by_construction_is_a_limit_of_its_family_alone(family: str) -> None:
    read = {words: _limit_codes(words) for words, code in _refusals() if code == family}
    assert {words: codes for words, codes in read.items() if codes != {family}} == {}


@pytest.mark.parametrize("family", FAMILIES)
def test_accepted_or_negated_words_are_no_limit(family: str) -> None:
    read = {words: _limit_codes(words) for words, code in _accepted() if code == family}
    assert {words: codes for words, codes in read.items() if codes} == {}


@pytest.mark.parametrize(
    ("words", "codes"),
    [
        ("两班倒来回倒我身体吃不消，固定夜班倒是可以", {"no_shifts"}),  # a steady night shift is fine
        ("孩子小，出差是不行了，本地跑跑可以", {"no_travel"}),
        ("夜里开车眼睛也不行了", {"no_night"}),
        ("白班夜班都行，就是重活干不动了", {"no_lifting"}),
        ("周末我是真走不开，周一到周五随便排", {"no_weekends"}),
        ("老公夜班吃不消，我无所谓", set()),  # someone else's
        ("夜班能不能不上？", set()),  # a question
        ("如果夜班不行的话白班也可以", set()),  # a condition
        ("以前出差吃不消，现在孩子大了", set()),  # what once was
        ("工作认真，从不出差错", set()),  # 出差错: a mistake, no trip
        ("周末不想休息，想多挣点", set()),  # the weekend worked, wanted
        # a bare verb with an object of its own refuses that object, not the family's words
        ("我在读书，周六日不上学，能来打工", set()),
        ("周末不去辅导班了，时间空出来了", set()),
        ("周末不上班，要带孩子", {"no_weekends"}),
        ("夜班我是不想上了", {"no_night"}),
        ("懂装卸不会开铲车", set()),
        ("会骑摩托车不会开货车", set()),
        # fear denied
        ("我不大怕值夜班", set()),
        ("从来不害怕出差", set()),
        ("别的不怕，就怕轮班", {"no_shifts"}),
        # either, asked, or let pass
        ("上不上夜班都随你们安排", set()),
        ("倒班不倒班都无所谓", set()),
        ("跑外地倒是可以，不跑外地也可以", set()),
        # others than the person
        ("朋友都说夜班吃不消，我觉得还好", set()),
        ("好多人受不了倒班，我习惯了", set()),
        ("别以为我年纪大了就干不了夜班", set()),
        ("别看我年轻重活真干不了", {"no_lifting"}),  # granted, then refused
        # going, not walking; fetching, not lifting; changing buses, not shifts; a school, not a height
        ("上下班路上不想走太远，近点好", set()),
        ("孩子放学要接，下午走不了", set()),
        ("工资少，一个月拿不了多少", set()),
        ("住得偏，不想来回倒地铁", set()),
        ("小时候家里穷，上不了高中", set()),
        ("周末加班算了算能多挣几百", set()),
        ("酒吧夜场不去，想进厂", set()),
    ],
)
def test_refusals_in_sentences(words: str, codes: set[str]) -> None:
    assert _limit_codes(words) == codes


@pytest.mark.parametrize("words", ["腿脚不利索，站不了", "站不住，只能坐着", "我这腿站不了了"])
def test_cannot_stand_at_all_is_any_standing(words: str) -> None:
    standing = [f for f in seeker_facts("", words) if f.code == "no_standing"]
    assert [f.value for f in standing] == [ANY_STANDING]
    assert seeker_limits(seeker_facts("", words)).stands_none


@pytest.mark.parametrize("words", ["膝盖不好，站不了6个小时", "站不了三个钟头", "站不了一下午", "站不了那么长"])
def test_cannot_stand_a_span_is_long_standing_only(words: str) -> None:
    facts = seeker_facts("", words)
    assert {f.value for f in facts if f.code == "no_standing"} == {None}
    assert not seeker_limits(facts).stands_none


@pytest.mark.parametrize(
    ("words", "value"),
    [("短期出差可以，常年出差吃不消", "often"), ("出差太频繁了受不了", "often"), ("出差吃不消", None)],
)
def test_how_often_trips_are_refused(words: str, value: str | None) -> None:
    said = [f for f in seeker_facts("", words) if f.code == "no_travel" and f.modality is Modality.LIMIT]
    assert [f.value for f in said] == [value]


@pytest.mark.parametrize(
    "words", ["站不了太久", "一整天站不了", "站不了一天", "久站不了", "站不了多长时间", "站不住就坐会儿"]
)
def test_cannot_stand_long_is_long_standing_only(words: str) -> None:
    facts = seeker_facts("", words)
    assert {f.value for f in facts if f.code == "no_standing"} == {None}
    assert not seeker_limits(facts).stands_none


def test_a_short_standing_post_is_out_for_one_who_cannot_stand() -> None:
    job = posting_facts("服务员", "午市兼职，11点到13点")
    limits = seeker_limits(seeker_facts("服务员", "腿脚不利索，站不了"))
    assert any(f.code == "standing" for f in job)
    assert limits.admits(job_bits(job)) and not limits.fits(job)
    said = [f for _, f in limits.because if f.code == "no_standing"]
    assert [(f.evidence, words_of(f)) for f in said] == [("站不了", "不能站立")]


@pytest.mark.parametrize(
    ("words", "evidence"),
    [
        ("两班倒来回倒我身体吃不消", "两班倒来回倒我身体吃不消"),
        ("孩子小，出差是不行了", "出差是不行了"),
        ("我爬梯子是真不敢", "爬梯子是真不敢"),
    ],
)
def test_evidence_is_the_words_it_came_from(words: str, evidence: str) -> None:
    assert evidence in {f.evidence for f in seeker_facts("", words)}


def test_a_refusal_in_own_words_is_not_sensitive() -> None:
    assert not any(f.sensitive for f in seeker_facts("", "重活干不动了，登高也不敢"))


def test_a_health_condition_beside_a_refusal_stays_sensitive() -> None:
    facts = seeker_facts("", "有高血压，重活干不动了，登高也不敢")
    assert {f.evidence for f in facts if f.sensitive} == {"高血压"}  # kept only under consent
    assert [f.sensitive for f in facts if f.code == "no_lifting"] == [False]


@pytest.mark.parametrize(
    "words",
    ["夜班吃不消，" * 400 + "重活干不了" * 200, "😀夜班😀吃不消🚲电动车🚲骑不了", "ｙｅｓ夜班ｎｏ吃不消\u200b\u0000"],
)
def test_bad_input_reads_without_failing(words: str) -> None:
    assert {"no_night"} <= _limit_codes(words)  # read, not only survived


def test_a_long_list_still_reads_its_refusal() -> None:
    words = "、".join(["夜班", "倒班", "出差"] * 400) + "都不行"  # read in linear time: lists are read to a few items
    assert {"no_night", "no_shifts", "no_travel"} <= _limit_codes(words)


def test_grid_figures() -> None:
    recall, precision, _, _ = grid_scores()
    assert recall == 1.0 and precision == 1.0
