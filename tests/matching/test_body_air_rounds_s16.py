"""Issue 22, session 16 (h-body16): the physical class. Smoke, dust or smells a person says fail them (油烟呛得受不了)
against the kinds of work done in them (炒锅, 帮厨, 公厕保洁, 装修); legs that cannot walk far against rounds on foot
(快递员, 站岗巡逻, 指挥停车); heights refused against windows, walls, sites and air conditioners; a car washed crouching.
Guards: a kitchen's goods sold, a cook's supervisor, a skewer threader seated, a parcel station's desk, a rider, a
guard who sits or drives his round, a relative's chest. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import explain_facts, job_bits, posting_facts, seeker_facts, seeker_limits

AIR, WALK, HEIGHTS, BEND, STAIRS = "air", "walking", "heights", "bend", "stairs"


def _implied(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == "implied"}


def _refused(words: str) -> set[str]:
    return set(seeker_limits(seeker_facts("", words)).refused)


def _shown(words: str, title: str, text: str, *, consent: bool = False) -> bool:
    said = [f for f in seeker_facts("", words) if consent or not f.sensitive]  # health only under consent
    limits, facts = seeker_limits(said), posting_facts(title, text)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


# a person's words and the demand they refuse
_SEEKERS = [
    ("炒了二十年菜，现在油烟一闻就咳", AIR),
    ("灶台边的油烟熏得受不了，想换个活", AIR),
    ("装修那种灰尘大的地方一闻就打喷嚏", AIR),
    ("受不了油烟味，想找个不进厨房的", AIR),
    ("怀孕五个月，油漆味那些都得躲着", AIR),
    ("老了，高的地方不敢上", HEIGHTS),
    ("六十八了，腿脚有点慢", WALK),
    ("楼梯台阶多了就上不去", STAIRS),
]


@pytest.mark.parametrize(("words", "demand"), _SEEKERS)
def test_a_persons_own_words_refuse_the_demand(words: str, demand: str) -> None:
    assert demand in _refused(words)


@pytest.mark.parametrize(
    "words",
    ["不怕油烟，以前就是炒菜的", "我老公闻不了油烟，我自己没事", "心里有点灰心", "腿脚利索，走路快"],
)
def test_no_limit_where_none_is_said_of_the_person(words: str) -> None:
    assert not _refused(words) & {AIR, WALK}


# a post silent on the body and the demand its kind or its listed duty implies
_POSTS = [
    ("饭店招炒菜师傅", "会川菜，包吃住", AIR),
    ("学校食堂厨房帮工", "早6点到下午2点", AIR),
    ("幼儿园做午饭阿姨", "就二十来个孩子", AIR),
    ("公共厕所保洁", "街道招人，两班", AIR),
    ("垃圾清运工", "跟车收垃圾", AIR),
    ("装修小工", "跟师傅干活，日结", AIR),
    ("招聘", "二手房刷墙、刮腻子，按天算", AIR),
    ("快递派件员", "负责两个小区", WALK),
    ("抄表员", "燃气公司，片区抄表", WALK),
    ("物业保安", "白班，站岗巡逻", WALK),
    ("停车管理员", "路边指挥停车，用手机开票", WALK),
    ("宾馆布草员", "收发床单被罩", WALK),
    ("钟点工", "每周两次，擦玻璃拖地", HEIGHTS),
    ("广告安装工", "户外灯箱招牌", HEIGHTS),
    ("工地杂工", "搬砖和灰，日结", HEIGHTS),
    ("家电师傅", "上门洗空调、油烟机", HEIGHTS),
    ("外墙粉刷", "按平方算", HEIGHTS),
    ("洗车工", "包住，月休四天", BEND),
    ("菜园除草", "按小时给钱", BEND),
]


@pytest.mark.parametrize(("title", "text", "demand"), _POSTS)
def test_a_kind_or_its_duty_implies_what_it_asks_of_the_body(title: str, text: str, demand: str) -> None:
    assert demand in _implied(title, text)


_NOT = [
    ("面点师", "做包子馒头", AIR),
    ("厨房用品销售", "门店卖锅具", AIR),
    ("后厨主管", "管理团队，排班", AIR),
    ("装修公司文员", "做表格接电话", AIR),
    ("烧烤店串串工", "白天坐着穿串", AIR),
    ("快递驿站店员", "坐着扫码出库", WALK),
    ("外卖骑手", "自带电动车，时间自由", WALK),
    ("监控室值班员", "坐着看监控，不用巡逻", WALK),
    ("保安", "晚班，开车巡逻", WALK),
    ("家政保洁", "擦玻璃不用登高，高处有专人", HEIGHTS),
    ("商场保洁", "拖地倒垃圾，不用上高擦玻璃", HEIGHTS),
    ("工地看大门", "吃住在工地", HEIGHTS),
    ("洗车店收银员", "坐着收钱", BEND),
]


@pytest.mark.parametrize(("title", "text", "demand"), _NOT)
def test_a_look_alike_a_post_that_runs_the_work_or_an_eased_text_implies_nothing(
    title: str, text: str, demand: str
) -> None:
    assert demand not in _implied(title, text)


_PAIRS = [
    ("这两年油烟呛得受不了", ("饭店帮厨", "配菜打荷，包吃"), False),
    ("这两年油烟呛得受不了", ("超市收银员", "早班七点到三点"), True),
    ("我老公闻不了油烟，我没事", ("饭店帮厨", "配菜打荷，包吃"), True),
    ("走不了远路", ("小区保安", "十二小时白夜轮班，夜班要巡逻"), False),
    ("走不了远路", ("小区门岗", "坐岗亭登记车辆"), True),
    ("恐高", ("钟点工", "擦玻璃做卫生，按小时算"), False),
    ("恐高", ("钟点工", "做饭带孩子，按小时算"), True),
    ("腿脚慢", ("酒店客房服务员", "一天十五间"), False),
    ("腿脚慢", ("在家糊纸盒", "在家做，计件，送货上门"), True),  # the goods come to the door
]


@pytest.mark.parametrize(("words", "post", "shown"), _PAIRS)
def test_a_post_whose_demand_the_person_refuses_is_not_shown(words: str, post: tuple[str, str], shown: bool) -> None:
    assert _shown(words, *post) == shown


def test_a_weak_chest_keeps_kitchens_out_only_under_consent() -> None:
    assert not _shown("有哮喘", "炒锅", "饭店招炒锅，五年以上", consent=True)
    assert _shown("有哮喘", "炒锅", "饭店招炒锅，五年以上")


def test_a_kitchen_that_keeps_the_worker_from_the_stove_is_shown_and_says_why_in_both_words() -> None:
    limits = seeker_limits(seeker_facts("", "油烟呛得受不了"))
    facts = posting_facts("后厨帮工", "只洗菜切菜，不在灶台边")
    assert limits.fits(facts)
    words = explain_facts(limits, job_bits(facts), facts)
    assert "常有油烟、粉尘或异味，岗位写了「不在灶台边」 · 你的资料里写了「油烟呛得受不了」" in words
