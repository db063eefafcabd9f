"""Issue 22, session 11 (h-kind): what a job's kind asks of the body when its text is silent. A 保洁 bends, a 洗碗工's
hands are in cold water, a 外卖骑手 climbs stairs, a 理货员 carries cases, a 宾馆前台 stands; a person whose body
refuses one is not shown the post, unless its own words ease it, which the page then says. Seeker wordings × posting
kinds, with decoys on both sides (no limit, someone else's back, a post that runs the work, one that says it is light).
The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import explain_facts, job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.kinds import refused_demands
from matching.facts.limits import Limits

BEND, COLD, STAIRS, LOADS, STAND, WALK = "bend", "cold", "stairs", "loads", "stand", "walk"

# a person's words and the demands they refuse (of these five)
_SEEKERS = {
    "腰上老毛病了，弯不下去": {BEND, LOADS},
    "腰椎间盘突出好多年": {LOADS},  # a bad back alone: loads, not the bending a kind implies
    "两个膝盖都不行了": {LOADS, STAND},  # no bending nor stairs said: the knees alone keep neither out
    "膝盖不行，蹲不下去，楼也爬不动": {BEND, LOADS, STAND, STAIRS},
    "手一碰冷水就疼": {COLD},
    "冷库的活干不了，太冻": {COLD},
    "天生怕冷": {COLD},
    "心脏不太好，上个三楼就喘": {LOADS, STAIRS},
    "站一会儿就腿疼": {STAND},
    "走不了远路": {WALK, STAIRS},  # walking said to fail climbs no stairs either (session 13)
    # decoys: no limit, someone else's body, cold said to be no bar
    "身体好，啥活都能干": set(),
    "我妈腰不好，想找个离家近的": set(),
    "我老公怕冷，我不怕": set(),
    "不怕冷，冷库也能去": set(),
}
# a posting (title, text) and the demands its kind implies that its text leaves standing
_POSTINGS = {
    # session 20: three blind labellers call a plain 保洁 unacceptable for one who cannot bend, walk or wet the hands
    ("物业公司招聘楼栋保洁员", "负责单元楼卫生，早七点到下午三点"): {STAND, BEND, COLD, WALK},
    ("小区保洁", "楼道台阶要蹲着擦，早六点上班"): {BEND, STAND, COLD, WALK, STAIRS, LOADS},  # s20: kind_labelled
    ("家政钟点工", "到客户家打扫卫生"): {BEND, COLD},  # a home's dishes and rags wrung by hand (session 14)
    ("饭馆后厨杂工", "手一整天泡在水里"): {COLD, STAND, BEND, LOADS},  # s20: 饭馆杂工 (kind_labelled)
    ("保洁领班", "带八个保洁员，排班检查"): set(),
    ("中餐馆洗碗阿姨", "包两餐，月休四天"): {COLD, STAND, LOADS},  # s20: the racks (kind_labelled)
    ("农贸市场杀鱼工", "计件"): {COLD, STAND},
    ("冷库搬运工", "日结"): {COLD, LOADS, STAND, BEND, WALK},  # s20: 搬运 (kind_labelled)
    ("快递驿站理货员", "坐着扫码，出库入库"): set(),  # 搬运工 stands by its name (`standing_post`)
    ("外卖专送骑手", "多劳多得"): {STAIRS},
    ("快递员（派件）", "片区派送"): {STAIRS, LOADS},
    ("快递网点客服", "接电话，查件"): set(),
    ("桶装水送水工", "送到住户家里"): {STAIRS, LOADS, BEND},  # s20: 桶装水 (kind_labelled)
    ("宾馆前台", "登记入住"): {STAND},
    ("中餐厅传菜员", "包吃，月休四天"): {STAND, WALK},
    ("小饭馆服务员", "只做中午十一点到一点半"): {WALK},  # short spells on one's feet, as the text says: no standing
    ("公司前台文员", "接待来访，收发快递"): set(),
    ("社区菜店送菜员", "骑三轮送到小区"): {LOADS},
    ("物流园卸车工", "按车算钱"): {LOADS, STAND, BEND, WALK},  # s20: 卸车 (kind_labelled)
    # light by its own words
    ("家政保洁", "擦桌子整理为主，不用弯腰，地面有扫地机器人"): {STAND, COLD},
    ("洗碗工", "有洗碗机，不沾凉水"): {STAND, LOADS},  # s20: the racks still lifted (kind_labelled)
    # 送货 is field work, which legs that fail on walking refuse; s20: and the stairs to the door (kind_labelled)
    ("送货员", "小件为主，货很轻，无需搬运"): {WALK, STAIRS},
    ("外卖骑手", "送到小区门口的外卖柜，有电梯"): set(),
}
_REFUSED_CODES = {
    "bend": BEND,
    "cold_wet": COLD,
    "stairs": STAIRS,
    "lifting": LOADS,
    "standing": STAND,
    "walking": WALK,
}


def _limits(text: str) -> Limits:
    return seeker_limits(seeker_facts("", text))


def _shown(limits: Limits, title: str, text: str) -> bool:
    facts = posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize("seeker", list(_SEEKERS))
def test_seeker_wordings_refuse_their_demands(seeker: str) -> None:
    refused = {_REFUSED_CODES[d] for d in refused_demands(_limits(seeker))}
    assert refused == _SEEKERS[seeker]


@pytest.mark.parametrize(("title", "text"), list(_POSTINGS))
@pytest.mark.parametrize("seeker", list(_SEEKERS))
def test_kind_keeps_out_whom_its_body_work_refuses(seeker: str, title: str, text: str) -> None:
    """Out exactly where a demand the kind implies (or the text states) meets one the person's body refuses; the
    grid's pairs say both ways that no limit, no demand, or an eased one keeps a post in."""
    clash = _SEEKERS[seeker] & _POSTINGS[(title, text)]
    assert _shown(_limits(seeker), title, text) is not bool(clash)


def test_a_cleaning_seeker_with_no_limit_sees_every_cleaning_post() -> None:
    limits = _limits("找保洁的活，干过三年保洁")
    assert all(_shown(limits, t, d) for t, d in _POSTINGS)


def test_health_that_cold_water_hurts_is_sensitive_and_read_only_under_consent() -> None:
    facts = seeker_facts("", "有类风湿，手指关节变形了")
    cold = [f for f in facts if f.code == "no_cold_wet"]
    assert cold and all(f.sensitive for f in cold)
    assert not seeker_limits([f for f in facts if not f.sensitive]).no_cold_wet
    assert not _limits("体检正常，无风湿病").no_cold_wet


def test_an_eased_kind_says_so_with_the_persons_words() -> None:
    limits = _limits("腰不好，蹲下就起不来")
    facts = posting_facts("家政保洁", "擦桌子整理为主，不用弯腰")
    words = explain_facts(limits, job_bits(facts), facts)
    assert "常需弯腰，岗位写了「不用弯腰」 · 你的资料里写了「蹲下就起不来」" in words
    assert not any("弯腰" in w for w in explain_facts(_limits("身体好"), job_bits(facts), facts))


@pytest.mark.parametrize(("title", "text"), list(_POSTINGS))
def test_a_kinds_demands_leave_bits_and_priors_as_they_were(title: str, text: str) -> None:
    """Guard (it passes before the change by construction): the kinds' facts set no bit and leave a posting's unsaid
    priors alone, so a person with no body limit is scored and shown as before; only `Limits.fits` reads them."""
    from matching.facts.priors import posting_priors

    facts = posting_facts(title, text)
    plain = [f for f in facts if f.code not in ("implied", "eased", "stated")]
    assert job_bits(facts) == job_bits(plain)
    assert posting_priors(facts, "4-07-05-01", "full_time", text) == posting_priors(
        plain, "4-07-05-01", "full_time", text
    )


def test_an_eased_kind_tells_the_employer_in_the_seekers_words() -> None:
    limits = _limits("手一碰冷水就疼")
    facts = posting_facts("洗碗工", "有洗碗机，不沾凉水")
    assert explain_facts(limits, job_bits(facts), facts, employer=True) == [
        "常要沾凉水，岗位写了「有洗碗机」 · 求职者资料里写了「手一碰冷水就疼」"
    ]


def test_health_is_not_quoted_to_the_employer() -> None:
    limits = _limits("手上湿疹")
    facts = posting_facts("洗碗工", "有洗碗机")
    assert explain_facts(limits, job_bits(facts), facts) == [
        "常要沾凉水，岗位写了「有洗碗机」 · 你的资料里写了「湿疹」"
    ]
    assert explain_facts(limits, job_bits(facts), facts, employer=True) == ["常要沾凉水，岗位写了「有洗碗机」"]
