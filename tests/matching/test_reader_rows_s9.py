"""Issue 22, session 9: the reader's rows left after session 8 and dev4's dev-half misses. Riding refused for fear or
by a doctor, heights refused by a ban or giddiness (and the conditions barred from work at height), a range of hours
opened by a bare 早/晚 in Chinese numerals, a hazmat driver's or escort's certificate (no bit: `Limits.fits`), a
negated or hedged 双休, and cleaning posts read as standing by their title. Every wording here is made up; none is a
real posting's."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, posting_facts, seeker_facts, seeker_limits


def posting_codes(description: str, title: str = "") -> set[str]:
    return {f.code for f in posting_facts(title, description)}


def seeker_codes(words: str, *, consent: bool = True) -> set[str]:
    return {f.code for f in seeker_facts("", words) if consent or not f.sensitive}


def shown(seeker: str, title: str, description: str, *, skills: tuple[str, ...] = ()) -> bool:
    limits, facts = seeker_limits(seeker_facts("", seeker, skills)), posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


# 1. riding refused for fear, a fall or a doctor's word


@pytest.mark.parametrize(
    "words",
    [
        "前年骑电瓶车摔了一跤，现在不敢骑车了",
        "医生不让骑摩托车",
        "我不敢再骑了，步行能到的就行",
        "一骑车就害怕",
        "上电动车就腿软",
    ],
)
def test_riding_refused_for_fear_or_a_ban_is_no_riding(words: str) -> None:
    assert "no_riding" in seeker_codes(words)


@pytest.mark.parametrize(
    "words",
    [
        "骑车不敢骑太快",  # speed, not riding
        "不能骑车太远，近的可以",  # a distance: short rides are fine
        "一上车就晕车",  # a car, not a bike
        "电动车会骑，天天骑",
    ],
)
def test_riding_words_that_refuse_no_riding_are_not_read(words: str) -> None:
    assert "no_riding" not in seeker_codes(words)


def test_a_rider_post_is_kept_from_one_afraid_to_ride() -> None:
    post = ("外卖骑手", "站点招骑手，自备电动车，时间自由")
    assert not shown("去年摔过，现在不敢骑车了，想找步行能到的", *post)
    assert shown("想找步行能到的活", *post)


# 2. heights refused by a ban or giddiness; conditions barred from work at height


@pytest.mark.parametrize(
    "words",
    ["大夫不许我登高", "站在梯子上就头晕", "爬高就腿软", "医生说不宜高空作业"],
)
def test_heights_refused_by_a_ban_or_giddiness(words: str) -> None:
    assert "no_height" in seeker_codes(words)


@pytest.mark.parametrize("words", ["不恐高，梯子上干活没问题", "站在梯子上擦玻璃也行", "登高作业证有"])
def test_heights_accepted_are_not_refused(words: str) -> None:
    assert "no_height" not in seeker_codes(words)


def test_high_blood_pressure_is_a_height_limit_held_only_under_consent() -> None:
    assert "no_height" in seeker_codes("血压高，有高血压好几年了")
    assert "no_height" not in seeker_codes("有高血压", consent=False)
    assert "no_height" not in seeker_codes("我妈有高血压")  # someone the person looks after


# 3. hours in Chinese numerals opened by a bare 早 or 晚


@pytest.mark.parametrize(
    ("description", "value"),
    [
        ("食堂招帮厨，早六点到下午两点，周末双休", "06:00-14:00"),
        ("早七点到晚七点，管一顿饭", "07:00-19:00"),
        ("夜宵档晚六点到晚十点", "18:00-22:00"),
    ],
)
def test_a_range_opened_by_a_bare_morning_or_evening(description: str, value: str) -> None:
    assert [f.value for f in posting_facts("", description) if f.code == "hours"] == [value]


@pytest.mark.parametrize("description", ["最早六点到下午两点之间都能来面试", "最晚六点到下午两点之间到店报到"])
def test_earliest_and_latest_do_not_open_a_range(description: str) -> None:
    assert "hours" not in posting_codes(description)


def test_a_morning_only_seeker_is_kept_from_a_kitchen_until_two() -> None:
    post = ("单位食堂帮厨", "早六点到下午两点，周末双休，洗菜切菜")
    assert not shown("只能上午出来干，八点到十二点", *post)


# 4. a hazmat driver's or escort's certificate (no bit: the value path)


@pytest.mark.parametrize(
    "description",
    ["需持A2驾照和危险货物运输从业资格证", "须持危化品押运证上岗", "要有危险品运输资格证", "持押运员证"],
)
def test_a_hazmat_certificate_is_required(description: str) -> None:
    assert any(f.code == "hazmat" and f.modality.value == "required" for f in posting_facts("", description))


@pytest.mark.parametrize(
    "description", ["负责危险化学品的管理台账", "办理危险化学品经营许可证", "开具押运证明", "有危货驾驶员证优先"]
)
def test_no_hazmat_certificate_required(description: str) -> None:
    assert not any(f.code == "hazmat" and f.modality.value == "required" for f in posting_facts("", description))


HAZMAT = ("危化品运输司机", "持A2驾照和危险货物运输从业资格证，3年以上驾龄，市内配送")


def test_a_listing_driver_without_the_certificate_is_kept_out() -> None:
    assert not shown("持A2驾照12年，开过牵引车", *HAZMAT, skills=("A2驾照",))
    assert not shown("有A2驾照，没有危险品运输资格证", *HAZMAT)


def test_a_driver_with_the_certificate_or_its_work_is_shown() -> None:
    assert shown("有A2驾照和危险品押运证，开车15年", *HAZMAT)
    assert shown("A2驾照，干过五年危化品运输", *HAZMAT)


def test_one_who_lists_no_licence_is_not_kept_out_by_the_certificate() -> None:
    limits = seeker_limits(seeker_facts("", "开了十年货车"))
    assert limits.fits(posting_facts(*HAZMAT))


# 5. a negated or hedged 双休


@pytest.mark.parametrize("description", ["不是双休，月休四天", "非双休，轮休", "不一定双休，看排班", "不保证周末休息"])
def test_a_denied_or_hedged_weekend_is_no_weekend_off(description: str) -> None:
    assert "weekends_off" not in posting_codes(description)


@pytest.mark.parametrize("description", ["不是双休", "工作时间：非双休", "不是周末双休的岗位"])
def test_a_denied_weekend_is_weekend_work(description: str) -> None:
    assert "weekends_worked" in posting_codes(description)


@pytest.mark.parametrize("description", ["周末双休，五险一金", "是不是双休？是，做五休二"])
def test_a_weekend_off_still_reads(description: str) -> None:
    assert "weekends_off" in posting_codes(description)


# 6. cleaning posts stand by their title


@pytest.mark.parametrize("title", ["小区保洁员", "商场通宵保洁", "清洁工", "环卫工人", "家政保洁（上门）"])
def test_a_cleaning_title_is_standing(title: str) -> None:
    assert "standing" in posting_codes("负责公共区域卫生", title)


@pytest.mark.parametrize("title", ["物业主管（保洁管理）", "医院保洁经理", "环卫车司机", "保洁用品销售"])
def test_a_cleaning_title_that_manages_drives_or_sells_is_not(title: str) -> None:
    assert "standing" not in posting_codes("负责公共区域卫生", title)


def test_a_seated_cleaning_post_is_not_standing() -> None:
    assert "standing" not in posting_codes("主要坐着分拣小件，偶尔擦桌子", "保洁员")


def test_a_cleaning_post_is_kept_from_one_who_cannot_stand_long_nor_lift() -> None:
    post = ("小区保洁员", "负责楼道、地下车库和道路的清扫，早6点半到11点半")
    assert not shown("站久了膝盖也疼，得能坐一会儿的活", *post)
    # session 20: was shown; three blind labellers call 小区保洁 unacceptable for a bad back (the bins: kind_labelled)
    assert not shown("腰不好，拿不了重东西", *post)


# 7. standing with no duration: long, unless the same sentence pairs it with sitting


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("地铁安检员", "检查乘客行李，站坐轮岗"),
        ("保安", "岗位分站岗、坐岗和巡逻几种"),
        ("普工", "坐班、站班都有，随机安排"),
    ],
)
def test_standing_paired_with_sitting_is_a_short_spell(title: str, description: str) -> None:
    values = [f.value for f in posting_facts(title, description) if f.code == "standing"]
    assert values and all(v == "short" for v in values)
    assert shown("不能久站，站久了腿疼", title, description)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("保安", "负责小区站岗巡逻"),  # no duration, no sitting: the duty is on one's feet
        ("普工", "多数站班，少量坐班"),  # sitting a small share
        ("操作工", "男工以站班为主，女工坐着"),  # mostly standing
        ("保安", "站岗，乘坐电梯巡查各楼层"),  # riding a lift is no seat
        ("普工", "站岗坐岗轮换，每班12小时"),  # hours stated: not short
    ],
)
def test_standing_without_sitting_or_with_long_words_stays_long(title: str, description: str) -> None:
    assert any(f.code == "standing" and f.value is None for f in posting_facts(title, description))


# 8. a standing title's part day (under seven hours, no stretch over four), or hours the worker picks: short


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("商场钟点保洁", "每天上午8点到12点，周一到周五"),  # half a day
        ("社区保洁", "上午8点到11点半、下午2点半到5点"),  # a split day of six hours
        ("上门家政保洁（接单制）", "上门做家庭保洁，时间自己定，想接几单接几单"),
        ("快餐店收银（午市）", "中午11点到下午2点"),
    ],
)
def test_a_standing_title_with_short_shifts_is_a_short_spell(title: str, description: str) -> None:
    assert [f.value for f in posting_facts(title, description) if f.code == "standing"] == ["short"]
    assert shown("腰不好，站不了太久", title, description)
    assert not shown("坐轮椅", title, description)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("小区保洁员", "上班时间早6点半到11点半，下午2点到5点半"),  # eight and a half hours, a break between
        ("家政保洁师", "上午8点到12点，下午2点到6点"),  # two half days make a full one
        ("菜场收银员（早班）", "早6点到12点，只上早班"),  # six hours at a stretch
        ("保洁员", "早上8:00-12:00，每天8小时"),  # the day stated whole
        ("家政保洁", "工作时间8:00-18:00"),
        ("超市收银员", "白班8:00-17:00"),
        ("保洁员", "负责楼道清扫"),  # no hours: a day
    ],
)
def test_a_standing_title_with_a_long_shift_stays_long(title: str, description: str) -> None:
    assert [f.value for f in posting_facts(title, description) if f.code == "standing"] == [None]


@pytest.mark.parametrize("description", ["公司安排考证（叉车证）", "入职后公司安排考取电工证"])
def test_a_certificate_the_employer_arranges_is_no_requirement(description: str) -> None:
    assert not any(f.modality is not None and f.modality.value == "required" for f in posting_facts("", description))
