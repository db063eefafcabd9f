"""Issue 22, session 12 (h-fix7body): the body as dev7's dev half wrote it. Bending said to fail after a while
("弯腰久了直不起来"), stairs refused together with what is carried up them ("上楼背东西不中了"); a snack bar's or a
canteen's 帮工/帮忙 stands at the counter, a 楼道保洁 bends over each step, duties listed in a post's text (洗碗, 洗菜)
put the hands in water as the name's noun would, and a parcel counter that moves 大件 now and then lifts. Decoys: a
back said bad with nothing more (loads only, as the judges of the second set had it), duties negated or eased, another's
body. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts, seeker_facts, seeker_limits

BEND, COLD, STAIRS, LOADS, STAND = "bend", "cold_wet", "stairs", "lifting", "standing"
_ALL = {BEND, COLD, STAIRS, LOADS, STAND, "walking", "heights", "fine_sight"}
HEAT, HANDS, AIR = "heat", "hands", "air"  # session 20 (`kind_labelled`)


def _refused(words: str) -> set[str]:
    return set(seeker_limits(seeker_facts("", words)).refused) & _ALL


_SEEKERS = {
    "弯腰时间长了腰就直不起来": {BEND, LOADS},
    "弯一会儿腰就直不起腰": {BEND, LOADS},
    "弯腰多了就疼": {BEND, LOADS},
    "上楼背东西不中了": {STAIRS, LOADS},
    "爬楼提水不行了": {STAIRS, LOADS},
    "楼梯上上下下搬货吃不消": {LOADS},  # loads refused; stairs only as where they are carried
    # decoys: a back said bad with nothing more is loads alone; another's body; able
    "腰不太好": {LOADS},
    "我爸弯腰久了直不起来，得照顾他": set(),
    "上楼送货不怕，力气大": set(),
}


@pytest.mark.parametrize("words", list(_SEEKERS))
def test_a_persons_words_refuse_these_demands(words: str) -> None:
    assert _refused(words) == _SEEKERS[words]


def _demands(title: str, text: str) -> set[str]:
    return {f.value or "" for f in posting_facts(title, text) if f.code in ("implied", "stated")}


def _lifts(title: str, text: str) -> bool:
    return any(f.code == "lifting" for f in posting_facts(title, text)) or LOADS in _demands(title, text)


_POSTS = {
    # session 20: and the sink, the stove and both hands three blind labellers give these kinds (`kind_labelled`)
    ("面馆帮工", "中午忙的时候"): {STAND, COLD, HEAT, HANDS},
    ("早餐店帮忙", "周末两天"): {STAND, COLD, HEAT, HANDS, AIR},
    ("单位食堂帮工", "跟着师傅干"): {STAND, COLD, LOADS, AIR, HEAT, HANDS},
    ("小区楼道清洁", "六层楼，每周两次"): {BEND, STAIRS, LOADS},  # floor by floor down the stairs (s15); s20: the bins
    ("临时工", "负责洗碗、收桌子"): {COLD},
    ("学校食堂帮工", "每天洗菜、配菜"): {COLD, STAND, LOADS, AIR, HEAT, HANDS},
    # decoys: duties not the worker's, eased, or a name that runs the work
    ("临时工", "有洗碗机，收桌子"): set(),
    ("临时工", "不用洗碗，只管收桌子"): set(),
    ("面馆帮工", "坐着包饺子"): {COLD, HEAT, HANDS},  # s20: 坐着 eases the standing, not the labelled sink and stove
    ("食堂经理", "管理洗碗、洗菜人员"): set(),
}


@pytest.mark.parametrize(("title", "text"), list(_POSTS))
def test_a_posts_name_and_duties_say_what_it_asks(title: str, text: str) -> None:
    assert _demands(title, text) == _POSTS[(title, text)]


@pytest.mark.parametrize(
    ("text", "lifts"),
    [("收发快递，偶尔搬一下大件", True), ("扫码出库，有时要搬些大件", True), ("扫码出库，大件有人搬", False)],
)
def test_a_parcel_counter_lifts_what_its_text_says(text: str, lifts: bool) -> None:
    assert _lifts("快递驿站店员", text) is lifts


@pytest.mark.parametrize(
    "text",
    [
        "招聘岗位：服务员、传菜员、洗碗工等",  # a role in a list of roles, not this post's duty
        "负责洗碗区的卫生",  # the place, not the dishes
        "包吃住，不用自己洗碗",  # waived for the person
    ],
)
def test_a_duty_word_that_is_no_duty_implies_nothing(text: str) -> None:
    assert _demands("迎宾", text) == {STAND}


FINE = "fine_sight"
_EYES = {
    "老花眼厉害，细活干不了": {FINE},
    "眼花得不行，看不清小零件": {FINE},
    "穿个针都穿不进去": {FINE},
    # decoys: another's eyes, eyes said good, a thread not about the eyes
    "我爸老花眼厉害，陪他看病": set(),
    "眼神好，穿针不费劲": set(),
    "细活粗活都能干": set(),
}


@pytest.mark.parametrize("words", list(_EYES))
def test_eyes_that_cannot_follow_fine_work(words: str) -> None:
    assert _refused(words) & {FINE} == _EYES[words]


@pytest.mark.parametrize(
    ("title", "text", "fine"),
    [
        ("服装厂缝纫工", "计件，包吃住", True),
        ("手工串珠", "在家也能做", True),
        ("电子元件组装", "坐着干", True),
        ("焊锡工", "电路板", True),
        ("绣花制版师", "会绣花软件", False),  # drawn on a screen
        ("前端开发工程师", "会写浏览器插件", False),  # a software plugin, and a post that does not do the work
        ("仓库理货员", "负责插件类产品的出入库", False),  # named in the text only
        ("缝纫机销售", "跑门店", False),
    ],
)
def test_fine_work_in_a_posts_name_needs_the_eyes(title: str, text: str, fine: bool) -> None:
    assert (FINE in _demands(title, text)) is fine


def test_a_post_needing_fine_work_is_out_for_eyes_that_cannot() -> None:
    limits = seeker_limits(seeker_facts("", "眼睛花得厉害，看不清细的"))
    assert not limits.fits(posting_facts("小零件组装", "坐着干活"))
    assert limits.fits(posting_facts("小区门卫", "坐班"))
