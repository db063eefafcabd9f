"""Issue 22, session 14 (h-fix11kind): role nouns the fifth review's postings used that no lexicon held, demands
left out of kinds already held, a hand taken on by the trade named before it, and an old person's care named as the
post's duty. Look-alikes, posts that run the work and eased texts imply none. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, kind_nouns, posting_facts, seeker_facts, seeker_limits

BEND, COLD, LOADS, STAND, FINE = (
    kind_nouns.BEND,
    kind_nouns.COLD_WET,
    kind_nouns.LIFTING,
    kind_nouns.STANDING,
    kind_nouns.FINE,
)

# a post silent on the body and a demand its kind implies (others may come with it)
_ROLES = [
    ("红砖厂", "长期招人，管住", LOADS),
    ("砖窑", "招工人五名，按天结", BEND),
    ("招聘", "砖厂招工，管吃住", LOADS),
    ("钢筋工", "跟班组干，按方算", LOADS),
    ("钢筋工", "跟班组干，按方算", BEND),
    ("架子工", "有证优先", LOADS),
    ("农贸市场", "农贸市场水果摊招帮工，早上五点出摊", LOADS),
    ("农贸市场", "菜场招小工，会骑三轮", STAND),
    ("农贸市场", "菜场招小工，会骑三轮", COLD),
    ("学校食堂", "做两百人的午饭", LOADS),
    ("食堂", "包吃包住，月休四天", STAND),
    ("工厂食堂打菜员", "中午一个班", STAND),
    ("超市", "生鲜部招店员，蔬菜水果上架", LOADS),
    ("干洗店", "招整烫工一名", STAND),
    ("西点房", "招裱花师傅", FINE),
    ("兰州牛肉面", "招拉面师傅，包住", STAND),
    ("制衣厂", "招车位熟手，计件", FINE),
    ("摩托车维修", "招学徒", BEND),
    ("宾馆", "招PA两名，公共区域卫生", STAND),
    ("医院食堂帮厨", "切菜配菜", COLD),
    ("医院食堂帮厨", "切菜配菜", LOADS),
    ("养鸡场工人", "喂料捡蛋，管住", LOADS),
    ("肉牛饲养员", "包吃住", LOADS),
    ("住家保姆", "做饭带孩子", COLD),
    ("钟点工", "每周三次，上门打扫", COLD),
    ("招聘", "花木基地招临时工，除草浇水", BEND),
    ("园林", "园林绿化队招小工", BEND),
    ("家政", "照顾一位瘫痪老人，包住", LOADS),
    ("招聘", "护理卧床的老太太，白天班", LOADS),
    # roles hired in a list: what all of them ask
    ("建筑公司", "工地急招钢筋工、架子工，日结", LOADS),
    ("招聘", "招钢筋工8名/架子工2名", STAND),
    # session 20: was a look-alike kept clear of loads; the cook's own, as three blind labellers call 厨师 (kind_labelled)
    ("养老院", "招厨师，会做家常菜", LOADS),
]
# look-alikes, posts that run or sell the work, and texts that ease it: the demand not implied
_NOT = [
    ("瓷砖店导购", "会聊天", BEND),
    ("砖厂会计", "做账报税", LOADS),
    ("砖厂", "砖厂招会计一名，做账", LOADS),
    ("钢筋翻样员", "看图纸出料单", BEND),
    ("菜市场管理员", "收摊位费", LOADS),
    ("食堂承包经理", "管理团队", LOADS),
    ("生鲜配送司机", "C1驾照", STAND),
    ("停车位管理员", "收费", FINE),
    ("电动车销售", "门店卖车", BEND),
    ("PA设计师", "会画图", STAND),
    ("实验小鼠饲养员", "生物公司", LOADS),
    ("家政经理", "管理阿姨", COLD),
    ("家政", "照顾一位老人，老人能自理", LOADS),
    ("保姆", "做饭打扫，不用照顾老人", LOADS),
    ("养老院", "招厨师，会做家常菜", BEND),  # a cook at a care home, not its carer
    ("努力搬砖的骑手", "美团众包", LOADS),
    # a list whose roles do not all ask it
    ("建筑公司", "工地招钢筋工、资料员", LOADS),
    ("建筑公司", "招钢筋工、架子工、安全员", STAND),
]


def _implied(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == "implied"}


@pytest.mark.parametrize(("title", "text", "demand"), _ROLES)
def test_a_role_implies_what_its_work_asks_of_the_body(title: str, text: str, demand: str) -> None:
    assert demand in _implied(title, text)


@pytest.mark.parametrize(("title", "text", "demand"), _NOT)
def test_a_look_alike_a_post_that_runs_the_work_or_an_eased_text_implies_nothing(
    title: str, text: str, demand: str
) -> None:
    assert demand not in _implied(title, text)


# a person's words and the posts they keep out
_PAIRS = [
    ("腰椎间盘突出，重东西搬不了", ("砖厂", "砖厂招工，管吃住"), False),
    ("腰椎间盘突出，重东西搬不了", ("砖厂会计", "做账报税"), True),
    ("手碰不得凉水", ("钟点工", "每周三次，上门打扫"), False),
    ("腰不好，搬不了重的", ("家政", "照顾一位瘫痪老人，包住"), False),
    ("腰不好，搬不了重的", ("家政", "照顾一位老人，老人能自理"), True),
]


@pytest.mark.parametrize(("words", "post", "shown"), _PAIRS)
def test_a_role_whose_demand_the_person_refuses_is_not_shown(words: str, post: tuple[str, str], shown: bool) -> None:
    limits = seeker_limits(seeker_facts("", words))
    facts = posting_facts(*post)
    assert (limits.admits(job_bits(facts)) and limits.fits(facts)) == shown


def test_a_list_of_roles_implies_only_what_all_of_them_ask() -> None:
    # not the dishwasher's wet hands, nor the waiter's walk; session 20: both use both hands (kind_labelled)
    assert _implied("招聘", "招服务员、洗碗工各一名") == {STAND, "hands"}
