"""Issue 22, session 7: the physical family on fresh labels and served pages. A forklift driven is lifting, one only
licensed, repaired or preferred is not asked; loads a post says others move, outwork brought to the home, an e-bike
handed to couriers; stairs climbed with no load keep out knees, legs and hearts but not a bad back (session 20: a 小区保洁
keeps it out by its bins, as three blind labellers call it: `kind_labelled`); and the ways people say their body's
limits (with the near misses that must read nothing)."""

from __future__ import annotations

import pytest

from matching.facts import JobBits, job_bits, posting_facts, seeker_facts, seeker_limits, words_of


def read(description: str, title: str = "") -> set[str]:
    return {f.code for f in posting_facts(title, description)}


def shown(seeker: str, title: str, description: str, *, consent: bool = False) -> bool:
    """Whether the posting reaches the person (health words held only under consent, as the service does)."""
    said = [f for f in seeker_facts("", seeker) if consent or not f.sensitive]
    limits, facts = seeker_limits(said), posting_facts(title, description)
    return limits.admits(job_bits(facts)) and limits.fits(facts)


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("叉车司机", "", "lifting"),
        ("叉车工(急招)", "", "lifting"),
        ("普工、叉车", "", "lifting"),
        ("仓管员", "管仓库账目，会开叉车、会用电脑", "lifting"),
        ("", "只开叉车，无须搬货", "lifting"),  # SCHEMA: a forklift driven moves loads
        ("", "做好叉车日常保养，注意安全驾驶", "lifting"),
        ("", "叉车操作要规范安全", "lifting"),
        ("", "大件收派员", "lifting"),
        ("", "早7点到晚7点，大件要送上门", "lifting"),
        ("配送员", "招配送员，公司免费配车和电池", "riding"),
        ("", "免费配车配电，平台派单配送", "riding"),
        ("", "要求不怕脏不怕累", "strenuous"),
        ("家政钟点工", "上门做家庭保洁，跪着擦地", "strenuous"),
        ("", "高层楼道保洁，从顶楼往下一层层走楼梯拖地", "strenuous"),
        ("楼道保洁（公益性岗位）", "老旧小区楼道保洁，每天上午", "strenuous"),
        ("商场巡逻保安", "商场内巡逻，每天走两三万步", "field"),
    ],
)
def test_posting_wordings(title: str, description: str, code: str) -> None:
    assert code in read(description, title)


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("库管（持叉车证）", "", "lifting"),
        ("", "须持叉车证", "lifting"),
        ("", "有叉车维修经验者", "lifting"),
        ("", "负责维修店里卖的叉车", "lifting"),
        ("", "调试无人叉车", "lifting"),
        ("", "负责和叉车、堆高车班组联系", "lifting"),
        ("短剧搬运（兼职）", "", "lifting"),
        ("物流园仓管员", "负责单据和盘点，货有装卸工搬，仓管不用动手", "lifting"),
        ("", "招配送员，提供车辆，可配车", "riding"),
        ("司机", "公司可配车，C1驾照", "riding"),
        ("", "性格坚强，不怕累不怕苦", "strenuous"),
        ("", "写字楼保洁，不用爬楼", "strenuous"),
        ("串珠手工活（居家计件）", "饰品厂外发串珠手工活，可以在家做，免费送料上门、上门收货，计件工资", "field"),
        ("电子线束手工（居家）", "在家做，每周有专人上门送料收货，计件", "field"),
    ],
)
def test_posting_near_misses(title: str, description: str, code: str) -> None:
    assert code not in read(description, title)


def test_a_neutral_text_reads_no_body_demand() -> None:
    assert not {"lifting", "strenuous", "riding", "standing", "height"} & read("负责文件整理、录入，双休", "文员")


def test_home_cleaning_at_clients_is_still_field_work() -> None:
    assert "field" in read("居家保洁，上门服务，时间自由")


def test_a_forklift_only_preferred_is_named_not_asked() -> None:
    preferred = posting_facts("仓库管理员", "有一年以上仓库管理经验，会开叉车者优先")
    assert "lifting" in {f.code for f in preferred} and not job_bits(preferred) & JobBits.LIFTING
    assert job_bits(posting_facts("仓管员", "会开叉车、使用电脑")) & JobBits.LIFTING


STAIRS = ("小区保洁员", "楼道要一层层拖，没有电梯的老楼要爬楼梯。早7点到下午5点")
CARRIED = ("生鲜配送员", "骑电动三轮送货上门，要搬上楼")


@pytest.mark.parametrize("back", ["腰椎间盘突出，重东西搬不了", "腰不好", "腰肌劳损，弯不了腰", "重的不敢搬了"])
def test_a_bad_back_keeps_out_loads_and_a_stairwell_cleaner(back: str) -> None:
    # session 20: was kept; three blind labellers call 小区保洁 unacceptable for a bad back (the bins: kind_labelled)
    assert not shown(back, *STAIRS)
    assert not shown(back, *CARRIED)
    assert not shown(back, "搬运工", "负责货物装卸搬运")
    assert shown(back, "文员", "负责文件整理、录入，双休")  # a clerk stays for a bad back


@pytest.mark.parametrize(
    "legs", ["膝盖不行了，上下楼梯疼得很", "爬楼费劲", "年纪大了体力跟不上", "不能太劳累", "脚受过伤"]
)
def test_knees_legs_and_strength_keep_out_stairs(legs: str) -> None:
    assert not shown(legs, *STAIRS)
    assert shown(legs, "文员", "负责文件整理、录入，双休")


@pytest.mark.parametrize("health", ["心脏放了支架", "怀了二胎", "我是孕妇", "刚开过刀", "坐轮椅"])
def test_health_under_consent_keeps_out_stairs_and_without_it_reads_nothing(health: str) -> None:
    assert not shown(health, *STAIRS, consent=True)
    assert shown(health, *STAIRS)  # health is held only under the separate consent (PIPL art. 28)


def test_stairs_are_named_for_what_they_are() -> None:
    (stairs,) = [f for f in posting_facts(*STAIRS) if f.code == "strenuous"]
    assert stairs.value == "stairs" and words_of(stairs) == "要爬楼梯"
    assert not job_bits([stairs]) & JobBits.STRENUOUS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("我有腰突", "no_lifting"),
        ("椎间盘突出好几年了", "no_lifting"),
        ("腰不太好", "no_lifting"),
        ("腰有老毛病", "no_lifting"),
        ("前年扭过腰", "no_lifting"),
        ("不能负重", "no_lifting"),
        ("医生不让干重活", "no_lifting"),
        ("年纪大了体力跟不上", "no_lifting"),
        ("拎不了重的", "no_lifting"),
        ("爬楼费劲", "no_lifting"),
        ("膝关节不好", "no_standing"),
        ("膝盖有积液", "no_lifting"),
        ("老寒腿", "no_standing"),
        ("站一会儿就累", "no_standing"),
        ("足底筋膜炎", "no_standing"),
        ("要坐着的活", "no_standing"),
        ("腿上有旧伤", "no_walking"),
        ("腿不好", "no_walking"),
    ],
)
def test_seeker_wordings(text: str, code: str) -> None:
    assert code in {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize("text", ["得过心梗", "有冠心病", "怀着孩子", "孕中期", "刚动过手术"])
def test_health_wordings_are_sensitive_limits(text: str) -> None:
    found = [f for f in seeker_facts("", text) if f.code == "no_lifting"]
    assert found and all(f.sensitive for f in found)


@pytest.mark.parametrize(
    "text", ["老伴腰不好", "孩子腿不好", "不怕累", "以前是搬运工", "我身体好能干重活", "腰包里放着钥匙", "最好能坐着"]
)
def test_near_misses_read_no_body_limit(text: str) -> None:
    assert not {"no_lifting", "no_standing", "no_walking", "no_height"} & {f.code for f in seeker_facts("", text)}


def test_stairs_with_goods_are_loads() -> None:
    assert job_bits(posting_facts("", "需要爬楼送货")) & JobBits.STRENUOUS
    assert not shown("腰不好", "", "需要爬楼送货")


@pytest.mark.parametrize(
    "description",
    ["在家用电脑听录音打字，要求听力正常", "政务服务中心见习，要跟办事群众当面沟通", "语音转写和标注"],
)
def test_work_by_ear_is_out_for_a_deaf_person_under_consent(description: str) -> None:
    assert not shown("听力二级残疾，接不了电话", "", description, consent=True)
    assert shown("听力二级残疾，接不了电话", "", "数据录入，双休", consent=True)
    assert shown("以前做过文员", "", description)  # hearing people are not kept out


@pytest.mark.parametrize("description", ["英语口语和听力佳者优先", "有意者请到公司当面沟通面试", "文字客服，打字沟通"])
def test_hearing_only_preferred_or_for_the_interview_keeps_no_deaf_person_out(description: str) -> None:
    assert shown("听力二级残疾，接不了电话", "", description, consent=True)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("需要爬高擦玻璃", "height"),
        ("用地牛拉货到库位", "lifting"),
        ("送桶装水到各家各户", "lifting"),
        ("招送水工", "lifting"),
        ("流水线，一天站8小时", "standing"),
    ],
)
def test_more_posting_duties(description: str, code: str) -> None:
    assert code in read(description)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("轻体力活，坐着干", "strenuous"),
        ("不需要爬高", "height"),
        ("服务员负责上餐、送水、收桌", "lifting"),
        ("负责和叉车、堆高车、地牛班组对接", "lifting"),
    ],
)
def test_more_posting_near_misses(description: str, code: str) -> None:
    assert code not in read(description)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("把货理好上架，整箱货最重25公斤左右", "lifting"),
        ("每天早上卸一车水果（整箱20-30斤）", "lifting"),
        ("需提重款箱（每箱约30公斤）", "lifting"),
        ("站在流水线旁把包裹分开，单件不重，主要是站得久", "standing"),
        ("洗车店洗车工，站着洗车", "standing"),
    ],
)
def test_loads_by_weight_and_standing_by_how_it_is_done(description: str, code: str) -> None:
    assert code in read(description)


@pytest.mark.parametrize(
    ("description", "code"),
    [
        ("全程可坐着，不涉及体力活", "strenuous"),
        ("药品很轻，不需要搬重物，但要推小车", "strenuous"),
        ("单件5公斤左右", "lifting"),
        ("单件不重，分拣包裹", "lifting"),
    ],
)
def test_light_goods_and_work_said_to_be_light(description: str, code: str) -> None:
    assert code not in read(description)


def test_this_post_involves_no_trips() -> None:
    assert "travel" not in read("本岗不涉及出差")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("怀孕五个月了，也不能老站着", "no_standing"),
        ("前年从梯子上摔下来，现在登高不行了，爬梯子腿发软", "no_height"),
        ("爬高就更别提了", "no_height"),
        ("腰肌劳损，骑电动车颠得腰疼，长时间骑不了", "no_riding"),
        ("路走多了也疼", "no_walking"),
    ],
)
def test_more_seeker_wordings(text: str, code: str) -> None:
    assert code in {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize("text", ["以前登高作业干过五年", "会骑电动车", "每天走路上班"])
def test_more_seeker_near_misses(text: str) -> None:
    assert not {"no_height", "no_riding", "no_walking"} & {f.code for f in seeker_facts("", text)}


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("药店营业员/收银", "对顾客服务热情", "standing"),
        ("地铁安检员", "包吃住", "standing"),
        ("养老护理员", "负责术后或住院护理", "strenuous"),
        ("护理员", "协助卧床老人翻身", "strenuous"),
    ],
)
def test_review_9_postings(title: str, description: str, code: str) -> None:
    assert code in read(description, title)


@pytest.mark.parametrize(
    ("title", "description", "code"),
    [
        ("收费员", "会用收费软件", "standing"),
        ("医美咨询师", "讲解术后需要的护理", "strenuous"),
        ("养老护理员", "生活照料，陪老人聊天散步", "strenuous"),
        ("客服专员", "在线客服，回复顾客咨询", "standing"),
    ],
)
def test_review_9_near_misses(title: str, description: str, code: str) -> None:
    assert code not in read(description, title)


def test_a_limp_is_a_walking_limit() -> None:
    assert {"no_walking", "no_standing"} <= {f.code for f in seeker_facts("", "走路有点跛，不能长时间站岗巡逻")}
