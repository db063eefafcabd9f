"""The skills family (issue 22): a smartphone, Mandarin, reading and writing, drawings, cooking and a foreign
language a posting requires, against a person who says they lack it; 优先 and waivers never limit, saying nothing
never limits, and computer use (the ability family) reads the same wordings both ways round."""

from __future__ import annotations

import time

import pytest

from matching.facts import (
    SKILL_BITS,
    Fact,
    Family,
    JobBits,
    Modality,
    explain_facts,
    job_bits,
    posting_facts,
    seeker_facts,
    seeker_limits,
    words_of,
)

Read = set[tuple[str, str | None, str | None]]


def asked(description: str, title: str = "") -> Read:
    return {
        (f.code, f.value, None if f.modality is None else f.modality.value)
        for f in posting_facts(title, description)
        if f.family in (Family.SKILL, Family.ABILITY) and f.code != "major"
    }


def lacked(text: str) -> Read:
    return {
        (f.code, f.value, None if f.modality is None else f.modality.value)
        for f in seeker_facts("", text)
        if f.family in (Family.SKILL, Family.ABILITY) and f.code != "major"
    }


REQ, PREF = "required", "preferred"


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("骑手：会用智能手机，APP接单", {("smartphone", None, REQ)}),
        ("需自备智能手机，平台派单", {("smartphone", None, REQ)}),
        ("要求会使用微信和钉钉打卡", {("smartphone", None, REQ)}),
        ("手机APP抢单，多劳多得", {("smartphone", None, REQ)}),
        ("话务员，普通话标准，声音甜美", {("mandarin", None, REQ), ("needs_phone", None, REQ)}),
        ("教师要求普通话二甲及以上", {("mandarin", None, REQ)}),
        ("能说流利的普通话", set()),  # 流利的 between: not a pattern this reader knows, and reads nothing
        ("会讲普通话，能沟通", {("mandarin", None, REQ)}),
        ("门卫，会写字就行，登记车辆", {("literacy", None, REQ)}),
        ("仓库理货员，识字，能写会算", {("literacy", None, REQ)}),
        ("能看懂简单的单据", {("literacy", None, REQ)}),
        ("木工，会看图纸，有工具", {("drawings", None, REQ)}),
        ("熟练使用AutoCAD绘图", {("drawings", None, REQ)}),
        ("具备识图能力", {("drawings", None, REQ)}),
        ("CAD操作熟练", {("drawings", None, REQ)}),
        ("住家保姆，会做饭，照顾老人", {("cooking", None, REQ)}),
        ("会烧本帮菜", {("cooking", None, REQ)}),
        ("厨艺好，做饭干净", {("cooking", None, REQ)}),
        ("外贸业务员，英语流利，能做工作语言", {("foreign_language", "english", REQ)}),
        ("英语四级以上", {("foreign_language", "english", REQ)}),
        ("CET-6，可出差", {("foreign_language", "english", REQ)}),
        ("日语N2以上，对日客服", {("foreign_language", "japanese", REQ)}),
        ("精通韩语", {("foreign_language", "korean", REQ)}),
        ("外语口语流利", {("foreign_language", None, REQ)}),
        ("手机操作熟练", {("smartphone", None, REQ)}),
        ("每天用手机APP打卡、拍照上传，不会用智能手机的勿扰", {("smartphone", None, REQ)}),
        ("骑电动车上门，手机接单打卡", {("smartphone", None, REQ)}),
        ("用平板点单，普通话要说清楚", {("mandarin", None, REQ)}),
        ("CAD/UG都要会", {("drawings", None, REQ)}),
        ("AutoCAD天正要熟", {("drawings", None, REQ)}),
        ("能正常普通话交流", {("mandarin", None, REQ)}),
        ("认识常用字就行", {("literacy", None, REQ)}),
        ("看得懂施工图纸", {("drawings", None, REQ)}),
        ("熟练掌握英语", {("foreign_language", "english", REQ)}),
        # computer use and typing: the ability family, wordings the brief names; office software a skill too (s14)
        ("熟练使用Office/Excel/WPS", {("needs_computer", None, REQ), ("office", None, REQ)}),
        ("会用Excel做表", {("needs_computer", None, REQ), ("office", None, REQ)}),
        ("办公软件操作熟练", {("needs_computer", None, REQ), ("office", None, REQ)}),
        ("打字快，会五笔", {("needs_computer", None, REQ), ("typing", None, REQ)}),
        ("会电脑", {("needs_computer", None, REQ)}),
    ],
)
def test_a_skill_a_posting_requires(description: str, expected: Read) -> None:
    assert asked(description) == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("会看图纸者优先", {("drawings", None, PREF)}),
        ("普通话标准优先", {("mandarin", None, PREF)}),
        ("英语流利者优先考虑", {("foreign_language", "english", PREF)}),
        ("会CAD加分", {("drawings", None, PREF)}),
        ("会用智能手机更佳", {("smartphone", None, PREF)}),
        ("会电脑、会做饭者优先", {("needs_computer", None, PREF), ("cooking", None, PREF)}),
    ],
)
def test_a_skill_only_preferred_is_never_required(description: str, expected: Read) -> None:
    assert asked(description) == expected


@pytest.mark.parametrize(
    "description",
    [
        "会做饭，不会的可以教",
        "不会看图纸也没关系，师傅带",
        "无需会说普通话",
        "不要求会英语",
        "不需要识字",
        "会不会用智能手机都行",
        "零基础可学CAD，包教会",
        "有意者加微信详聊",  # how to apply, not a skill
        "微信联系：王经理",
        "手机号：138xxxx，电话联系",
        "不会用智能手机也没关系",
        "英语专业毕业",  # a major (the ability family), not a skill asked
        "招英语老师",  # the job's subject: not read
        "负责维修电脑，会修就行",  # duties with computers that require no computer use
        "电脑城导购，销售电脑配件",
        "公司配电脑，配工作手机",
        "客房保洁，包吃包住，不用看懂电脑",
        "负责做饭的阿姨已有",  # cooking done by someone else
        "图纸由设计院出",
        "幼儿识字课程顾问，负责识字卡片销售",
        "认识字母即可操作",  # letters, not reading
        "包吃住，饭菜可口",
        "",
        "🙂🙂🙂😂",
    ],
)
def test_look_alikes_and_waivers_read_no_requirement(description: str) -> None:
    assert not {r for r in asked(description) if r[2] == REQ}


def test_emoji_and_mixed_scripts_around_a_skill_still_read() -> None:
    assert asked("🙂🙂🙂 must 会看图纸😂 ok") == {("drawings", None, REQ)}
    assert lacked("😂😂我不识字🙏 sorry") == {("literacy", None, "lacks")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手机只会接电话", {("smartphone", None, "lacks")}),
        ("不会用智能手机，用的老人机", {("smartphone", None, "lacks")}),
        ("微信也不会用", {("smartphone", None, "lacks")}),
        ("普通话不好，只会说方言", {("mandarin", None, "lacks")}),
        ("只会讲老家话", {("mandarin", None, "lacks")}),
        ("不会说普通话", {("mandarin", None, "lacks")}),
        ("普通话说得不好", {("mandarin", None, "lacks")}),
        ("只会讲我们那边的土话", {("mandarin", None, "lacks")}),
        ("汉话说不好", {("mandarin", None, "lacks")}),
        ("不会CAD", {("drawings", None, "lacks")}),  # no word of the skill itself: the lack stands
        ("孩子会说普通话，我不会说普通话", {("mandarin", None, "lacks")}),  # someone else's skill cancels nothing
        ("CAD没学过", {("drawings", None, "lacks")}),
        ("大字不识几个", {("literacy", None, "lacks")}),
        ("字认不全", {("literacy", None, "lacks")}),
        ("普通话不太会说", {("mandarin", None, "lacks")}),
        ("手机只能接打电话", {("smartphone", None, "lacks")}),
        ("用的是老年机", {("smartphone", None, "lacks")}),
        ("图纸看不太懂", {("drawings", None, "lacks")}),
        ("不识字", {("literacy", None, "lacks")}),
        ("认字不多", {("literacy", None, "lacks")}),
        ("字认得不多，没上过学", {("literacy", None, "lacks")}),
        ("看不懂图纸", {("drawings", None, "lacks")}),
        ("CAD不会", {("drawings", None, "lacks")}),
        ("我不会做饭", {("cooking", None, "lacks")}),
        ("英语一窍不通", {("foreign_language", "english", "lacks")}),
        ("不会外语", {("foreign_language", None, "lacks")}),
        ("不会电脑，不会打字", {("no_computer", None, "limit")}),
        ("只会用手机不会电脑", {("no_computer", None, "limit")}),  # the inverse wording
        ("手压伤过，打不了字", {("no_computer", None, "limit")}),
        ("电脑不会用，只会用手机微信", {("no_computer", None, "limit")}),
    ],
)
def test_a_skill_a_person_says_they_lack(text: str, expected: Read) -> None:
    assert lacked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "会用智能手机，普通话标准，会看图纸，会做饭",
        "普通话还行",
        "普通话一般",  # issue 22: plain, not lacking (不会说普通话 and 只会方言 still lack it)
        "汉话说得一般",
        "不会CAD，会看图纸",  # issue 22: one tool lacked, the skill itself stated
        "CAD不会，但是识图",
        "我妈不识字，我来替她问",  # someone else
        "孩子不会说普通话",
        "不会做饭，但可以学",  # will learn: not a lack
        "看不懂图纸，正在学",
        "只会玩手机和电脑",  # both: no lack
        "照顾过不会说普通话的老人",  # someone described
        "教过不识字的老人用手机",
        "以前不会做饭，现在会了",  # once, not now
        "保洁 做饭",  # a skill listed is held
        "",
        "😀" * 500,
    ],
)
def test_words_that_lack_no_skill(text: str) -> None:
    assert not lacked(text)


def test_facts_carry_their_words() -> None:
    facts = [f for f in seeker_facts("保洁", "今年56，不识字，手机只会接电话") if f.family is Family.SKILL]
    assert {(f.code, f.evidence) for f in facts} == {("literacy", "不识字"), ("smartphone", "手机只会接电话")}
    assert all(not f.sensitive and f.modality is Modality.LACKS for f in facts)  # literacy is not health
    posting = [f for f in posting_facts("网格员", "要会用智能手机，普通话标准") if f.family is Family.SKILL]
    assert {(f.code, f.evidence) for f in posting} == {("smartphone", "会用智能手机"), ("mandarin", "普通话标准")}


@pytest.mark.parametrize("code", sorted(SKILL_BITS))
def test_a_lacked_skill_excludes_only_postings_requiring_it(code: str) -> None:
    lacks = Fact(Family.SKILL, code, "…", 0.85, None, Modality.LACKS)
    limits = seeker_limits([lacks])
    needs = job_bits([Fact(Family.SKILL, code, "…", 0.85, None, Modality.REQUIRED)])
    prefers = job_bits([Fact(Family.SKILL, code, "…", 0.85, None, Modality.PREFERRED)])
    assert needs == int(SKILL_BITS[code]) and prefers == 0
    assert not limits.admits(needs)
    assert limits.admits(prefers) and limits.admits(0)
    # one who can hardly read cannot type or work a computer either ("打字快" for "字认得不多", review 8)
    assert limits.admits(int(JobBits.NEEDS_COMPUTER)) is (code != "literacy")
    others = sum(int(bit) for other, bit in SKILL_BITS.items() if other != code)
    assert limits.admits(others)


def test_saying_nothing_limits_nothing() -> None:
    limits = seeker_limits(seeker_facts("保洁", "53岁，做了五年家政"))
    every = job_bits(posting_facts("", "会用智能手机，普通话标准，识字，会看图纸，会做饭，英语流利"))
    assert limits.admits(every) and limits.fits(posting_facts("", "英语流利"))


def test_a_foreign_language_lacked_is_checked_against_the_postings_facts() -> None:
    english = seeker_limits(seeker_facts("", "英语不会"))
    any_language = seeker_limits(seeker_facts("", "不会外语"))
    needs_english = posting_facts("", "外贸跟单，英语流利")
    needs_japanese = posting_facts("", "日语N1")
    needs_some = posting_facts("", "外语口语流利")
    prefers_english = posting_facts("", "英语好者优先")
    assert not english.fits(needs_english) and english.fits(needs_japanese) and not english.fits(needs_some)
    assert not any_language.fits(needs_english) and not any_language.fits(needs_japanese)
    assert english.fits(prefers_english) and english.fits([])


def test_cooking_lacked_has_no_bit_and_is_checked_against_the_postings_facts() -> None:
    limits = seeker_limits(seeker_facts("保洁", "我不会做饭"))
    assert not limits.fits(posting_facts("住家保姆", "会做饭，照顾老人"))
    assert limits.fits(posting_facts("保姆", "会做饭者优先")) and limits.fits(posting_facts("保洁", "打扫卫生"))
    assert "不会做饭" in [words_of(f) for _, f in limits.because]


def test_every_posting_bit_is_its_own_and_fits_an_int64_column() -> None:
    from matching import abilities
    from matching.facts import DRIVING_BIT

    bits = [int(b) for b in JobBits] + list(DRIVING_BIT.values()) + list(abilities.MAJOR_BIT.values())
    assert len(bits) == len(set(bits)) and all(0 < b < 1 << 63 for b in bits)
    assert sum(bits).bit_count() == len(bits)  # no two share a bit


def test_words_name_the_skill_both_ways_round() -> None:
    def words(fact: Fact) -> str:
        return words_of(fact)

    assert words(Fact(Family.SKILL, "smartphone", "", 0.85, None, Modality.REQUIRED)) == "需会用智能手机"
    assert words(Fact(Family.SKILL, "drawings", "", 0.85, None, Modality.PREFERRED)) == "会看图纸/CAD优先"
    assert words(Fact(Family.SKILL, "literacy", "", 0.85, None, Modality.LACKS)) == "读写有困难"
    assert words(Fact(Family.SKILL, "foreign_language", "", 0.85, "english", Modality.REQUIRED)) == "需会英语"
    assert words(Fact(Family.SKILL, "foreign_language", "", 0.85, "japanese", Modality.LACKS)) == "不会日语"


def test_a_preferred_skill_the_person_lacks_is_said_so_on_both_pages() -> None:
    limits = seeker_limits(seeker_facts("", "木工干了十年，就是看不懂图纸"))
    job = posting_facts("木工", "会看图纸者优先")
    bits = job_bits(job)
    assert limits.admits(bits)
    assert "会看图纸/CAD优先 · 你的资料里写了「看不懂图纸」" in explain_facts(limits, bits, job)
    assert "会看图纸/CAD优先 · 求职者资料里写了「看不懂图纸」" in explain_facts(limits, bits, job, employer=True)
    assert not any("图纸" in w for w in explain_facts(seeker_limits([]), bits, job))


@pytest.mark.parametrize(
    "text",
    [
        "不识字" * 7000,
        "会看图纸，" * 4000,
        "普通话标准🙂英语流利😂" * 2000,
        "手机只会接电话\x00\u200b" * 3000,
        "a" * 20_000 + "不会做饭",
    ],
)
def test_bad_input_reads_quickly_and_never_raises(text: str) -> None:
    started = time.perf_counter()
    seeker_facts(text, text, [text])
    posting_facts(text, text, [text])
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("text", "schooling"),
    [
        ("只念到小学，字认得不多", "primary"),
        ("小学没毕业", "primary"),
        ("没上过学，不识字", "primary"),
        ("56岁，种了一辈子地，不识字", "primary"),
        ("认字不多，初中毕业", "junior_high"),  # few characters, but schooling stated
        ("初中毕业", "junior_high"),
        ("孩子念完小学了，我是高中毕业", "senior_high"),  # someone else's schooling
        ("想找小学老师的工作", None),
    ],
)
def test_a_person_who_stopped_at_primary_school_is_below_any_stated_minimum(text: str, schooling: str | None) -> None:
    facts = seeker_facts("", text)
    assert next((f.value for f in facts if f.code == "edu"), None) == schooling
    if schooling == "primary":
        assert not seeker_limits(facts).fits(posting_facts("", "初中以上学历"))
        assert words_of(next(f for f in facts if f.code == "edu")) == "小学及以下"


def test_screens_that_hurt_the_eyes_are_health_and_held_only_under_consent() -> None:
    facts = [f for f in seeker_facts("", "看电脑时间长了眼睛就疼") if f.code == "no_computer"]
    assert facts and all(f.sensitive for f in facts)


def test_stating_the_skill_keeps_postings_that_require_it() -> None:
    """Issue 22: "不会CAD，会看图纸" hid every 会看图纸/识图 posting; "普通话一般" hid every 普通话 one."""

    def shown(words: str, description: str) -> bool:
        limits, posting = seeker_limits(seeker_facts("", words)), posting_facts("", description)
        return limits.fits(posting) and not limits.exclude & job_bits(posting)

    assert shown("不会CAD，会看图纸", "要求会看图纸") and shown("普通话一般", "普通话标准")
    assert not shown("看不懂图纸", "要求会看图纸") and not shown("不会说普通话", "普通话标准")
