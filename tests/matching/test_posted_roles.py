"""Issue 22, session 13 (h-kind3post): what a posting's kind asks of the body when its title is bare ("招聘", "急招",
"超市", "电子厂", a company's name) and the text names the job; standing lost to a workplace word (医院保洁 stands);
demands eased by the kind's duty waived or the person cared for able to manage; close garment and inspection work.
The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import job_bits, kind_nouns, posting_facts, seeker_facts, seeker_limits

BEND, COLD, STAIRS, LOADS, STAND, WALK, FINE = (
    kind_nouns.BEND,
    kind_nouns.COLD_WET,
    kind_nouns.STAIRS,
    kind_nouns.LIFTING,
    kind_nouns.STANDING,
    kind_nouns.WALKING,
    kind_nouns.FINE,
)
HANDS, HEAT = kind_nouns.HANDS, kind_nouns.HEAT  # session 20 (`kind_labelled`)

# a bare title and a text that posts the job: the demands its kind implies
_POSTED = {
    # session 20: with what three blind labellers' majority calls unacceptable for each kind (`kind_labelled`)
    ("招聘", "小饭馆招刷碗阿姨一个，中午晚上各三小时"): {COLD, STAND, LOADS, HEAT, HANDS},
    ("急招", "洗碗工两名，管两顿饭"): {COLD, STAND, LOADS, HEAT, HANDS},
    ("招人", "快递员，负责镇上片区"): {STAIRS, LOADS, WALK, HEAT, HANDS},  # walked door to door (s16)
    ("招聘", "康复医院招护工，照护术后病人"): {BEND, LOADS, STAND, HANDS},
    ("仓库", "冷库搬运工，年龄50以下"): {COLD, LOADS, STAND, BEND, WALK, HANDS},
    ("电子厂", "电子厂焊锡工，长白班"): {FINE},
    ("后厨", "招洗碗工，月休两天"): {COLD, STAND, kind_nouns.AIR, LOADS, HEAT, HANDS},  # in the kitchen's smoke (s16)
    ("皖南某某餐饮管理有限公司", "诚聘服务员，中餐厅，做六休一"): {STAND, WALK, HANDS},
    ("超市", "超市招收银员两名，早晚班"): {STAND, HANDS},
    ("招聘", "急需：分拣员5名，快递中转场"): {STAND, LOADS, BEND, HANDS},
    # session 20: was a mention; 招理货 posts the job, which the labellers' 理货 bends, walks and uses both hands in
    ("水果店", "送货上门，新鲜直供，招理货"): {BEND, WALK, HANDS},
}
# bare titles whose text only mentions a kind, lists roles, or posts a job that runs the work: nothing implied
_MENTIONED = [
    ("招聘", "我们是电子厂，做手机配件，长白班"),
    ("兼职", "附近有饭店，中午管饭，做录入"),
    ("招聘", "招洗碗工、保洁主管各一名"),  # a list: what not all its roles ask (session 14)
    ("招聘", "招保洁主管一名，管十来个人"),
    ("加盟", "招商加盟，外卖平台合作"),
    ("招聘文员", "公司楼下常有快递员来收件"),
]
# a seated word that names the workplace, not the post, leaves the post's standing; one that names the post keeps it out
_STANDS = [
    ("招聘保洁", "县医院住院部保洁，拖地擦床头柜"),
    ("小区保洁员", "旁边就是社区诊所"),
    ("超市促销员", "卖场里站着推销酸奶"),
    ("兼职", "奶茶店招店员，做奶茶"),
]
_SEATED = [
    ("诊所收银", "负责收费"),
    ("医院收费员", "门诊窗口"),
    ("商场保洁", "推洗地机，有凳子可以歇"),
    ("超市收银员", "有椅子，可以坐着收"),
]
# the kind's duty waived or the one cared for able to manage eases what the name implies; not when they cannot
_EASED = [
    ("住家保姆", "做三餐，接送孩子，不用打扫卫生", {BEND}),
    ("养老陪护", "陪老人散步聊天，老人生活能自理", {BEND, LOADS}),
    ("居家陪护", "照顾一位自理老人，做做饭", {BEND, LOADS}),
]
_NOT_EASED = [
    ("养老陪护", "老人不能自理，要帮着翻身", {BEND, LOADS}),
    ("医院护工", "半自理老人，夜里要起来", {BEND, LOADS}),
    ("住家保姆", "做饭打扫都要做", {BEND}),
]
# close work by the name: a garment machinist's seam, a thread cut, a part looked over under a lens
_FINE_WORK = [
    ("服装厂平车工", "计件"),
    ("制衣厂剪线头", "坐着干"),
    ("电子厂目检员", "看产品外观"),
    ("招聘车工", "服装厂，计件"),
]
_NOT_FINE = [("数控车工", "会编程"), ("平车司机", "开平板车送货")]


def _values(title: str, text: str, code: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code == code}


def _standing(title: str, text: str) -> bool:
    return any(f.code == "standing" for f in posting_facts(title, text))


@pytest.mark.parametrize(("title", "text"), list(_POSTED))
def test_a_bare_title_reads_the_kind_of_the_job_the_text_posts(title: str, text: str) -> None:
    assert _values(title, text, "implied") == _POSTED[(title, text)]


@pytest.mark.parametrize(("title", "text"), _MENTIONED)
def test_a_kind_the_text_only_mentions_or_lists_is_not_the_posts(title: str, text: str) -> None:
    assert _values(title, text, "implied") - {"sitting"} == set()  # a 文员's own seat (session 18) is the post's


@pytest.mark.parametrize(("title", "text"), _STANDS)
def test_a_workplace_word_does_not_seat_a_standing_post(title: str, text: str) -> None:
    assert _standing(title, text)


@pytest.mark.parametrize(("title", "text"), _SEATED)
def test_a_seat_said_of_the_post_keeps_its_standing_out(title: str, text: str) -> None:
    assert not _standing(title, text)


@pytest.mark.parametrize(("title", "text", "eased"), _EASED)
def test_a_duty_waived_or_a_self_caring_charge_eases_the_kind(title: str, text: str, eased: set[str]) -> None:
    assert not _values(title, text, "implied") & eased
    assert _values(title, text, "eased") >= eased


@pytest.mark.parametrize(("title", "text", "kept"), _NOT_EASED)
def test_a_charge_who_cannot_manage_keeps_the_kind(title: str, text: str, kept: set[str]) -> None:
    assert _values(title, text, "implied") >= kept


@pytest.mark.parametrize(("title", "text"), _FINE_WORK)
def test_close_garment_and_inspection_work_asks_for_fine_sight(title: str, text: str) -> None:
    assert FINE in _values(title, text, "implied")


@pytest.mark.parametrize(("title", "text"), _NOT_FINE)
def test_a_lathe_or_a_flatbed_is_no_close_work(title: str, text: str) -> None:
    assert FINE not in _values(title, text, "implied")


# a person's words and the bare-titled posts they keep out
_PAIRS = [
    ("手指碰凉水就疼", ("招聘", "小饭馆招刷碗阿姨一个，中午晚上各三小时"), False),
    ("手指碰凉水就疼", ("招聘", "我们是电子厂，做手机配件，长白班"), True),
    ("腰椎间盘突出，重的搬不了", ("招人", "快递员，负责镇上片区"), False),
    ("腰椎间盘突出，重的搬不了", ("兼职", "附近有饭店，中午管饭，做录入"), True),
    ("站久了受不了", ("招聘保洁", "县医院住院部保洁，拖地擦床头柜"), False),
    ("站久了受不了", ("商场保洁", "推洗地机，有凳子可以歇"), True),
]


@pytest.mark.parametrize(("words", "post", "shown"), _PAIRS)
def test_a_bare_titled_post_whose_kind_the_person_refuses_is_not_shown(
    words: str, post: tuple[str, str], shown: bool
) -> None:
    limits = seeker_limits(seeker_facts("", words))
    facts = posting_facts(*post)
    assert (limits.admits(job_bits(facts)) and limits.fits(facts)) == shown
