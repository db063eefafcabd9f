"""Issue 22, session 21: the kinds of round 3 (K161-K230) three more blind labellers decided
(`matching.facts.kind_labelled3`). A post's name now implies what their majority called unacceptable for a seeker with
the limit (a ward's nurse lifts and walks, a factory's electrician works in the noise, a 补货员 bends and carries, a
电话销售 sits, a 防水工 climbs and breathes the tar), so a person who says the limit no longer sees it. Guards: a post
that runs the work (护士长, 电话销售主管), a text that eases the demand, a near miss (a dental clinic's nurse walks no
wards, a switch room's electrician hears no machines, a 销售 on the road, a bank's or a lobby's guard on no patrol, a
bus's conductor) and a person without the limit. The wordings are this file's own: posts an employer in Anhui might
write."""

from __future__ import annotations

import pytest

from tests.matching.kind_people import (
    AIR,
    BEND,
    COLD_WET,
    FINE,
    HANDS,
    HEAT,
    HEIGHTS,
    LIFTING,
    NO_COLD_WATER,
    NO_HEAT,
    NO_HEIGHTS,
    NO_LOADS,
    NO_LONG_SEAT,
    NO_LONG_WALKS,
    NO_NOISE,
    NO_SMALL_PRINT,
    NO_SMOKE,
    NO_SQUATTING,
    NO_STAIRS,
    NO_STANDING,
    NOISE,
    ONE_HAND,
    SITTING,
    STAIRS,
    STANDING,
    WALKING,
    implied,
    shown,
)

# (title, text, the demand the labelled kind now implies, a person who refuses it); every one fails on 5acb8da
_NOW_IMPLIED = [
    ("病房护士", "市二院外科病房，三班倒，有执业证", LIFTING, NO_LOADS),  # K161
    ("护士", "县医院住院部招护士，有执业证优先", WALKING, NO_LONG_WALKS),
    ("护士", "县医院住院部招护士，有执业证优先", FINE, NO_SMALL_PRINT),
    ("口腔诊所护士", "配合医生四手操作，做六休一", HANDS, ONE_HAND),  # K162
    ("工厂维修电工", "汽配厂设备维修，持电工证", NOISE, NO_NOISE),  # K163
    ("维修电工", "厂区设备检修，持证上岗", BEND, NO_SQUATTING),
    ("配电房值班电工", "配电房值班，抄表巡视，持高压证", HANDS, ONE_HAND),  # K164
    ("育婴师", "照顾8个月宝宝，住家", LIFTING, NO_LOADS),  # K165
    ("美容师", "美容院招美容师，做面部护理", HANDS, ONE_HAND),  # K166
    ("机械厂装配工", "减速机装配，两班倒", LIFTING, NO_LOADS),  # K167
    ("电子厂插件工", "流水线插件，计件", HANDS, ONE_HAND),  # K168
    ("线束加工工", "汽车线束，计件", FINE, NO_SMALL_PRINT),  # K169
    ("光伏组件厂普工", "长白班，包吃住", STANDING, NO_STANDING),  # K170
    ("新能源电池厂普工", "两班倒，包吃住", HANDS, ONE_HAND),  # K171
    ("化工厂操作工", "化工园区，倒班", STAIRS, NO_STAIRS),  # K172
    ("食品厂配料工", "按配方称料投料", AIR, NO_SMOKE),  # K174
    ("豆制品厂工人", "做豆腐干，早班", HEAT, NO_HEAT),  # K175
    ("罐头厂季节工", "黄桃罐头，旺季三个月", COLD_WET, NO_COLD_WATER),  # K176
    ("锅炉工", "燃煤锅炉，持司炉证", NOISE, NO_NOISE),  # K178
    ("机器人焊接操作员", "焊接机器人上下料，两班倒", STANDING, NO_STANDING),  # K180
    ("玻璃瓶灯检工", "输液瓶灯检，三班倒", SITTING, NO_LONG_SEAT),  # K181
    ("服装厂质检员", "成衣检验，查线头", HANDS, ONE_HAND),  # K182
    ("茶厂拣茶工", "拣黄片茶梗，计件", FINE, NO_SMALL_PRINT),  # K183
    ("中药饮片挑拣工", "挑拣杂质，计件", SITTING, NO_LONG_SEAT),  # K184
    ("炒锅厨师", "川菜馆，会做小炒", NOISE, NO_NOISE),  # K185
    ("烧烤师傅", "夜市烧烤店，晚上6点到凌晨2点", HANDS, ONE_HAND),  # K187
    ("烘焙学徒", "面包房招学徒，包吃住", HEAT, NO_HEAT),  # K189
    ("酒店宴会服务员", "婚宴多，周末忙", LIFTING, NO_LOADS),  # K191
    ("KTV夜班服务员", "晚8点到凌晨3点", NOISE, NO_NOISE),  # K192
    ("小学食堂分餐员", "中午分餐，寒暑假休息", COLD_WET, NO_COLD_WATER),  # K193
    ("超市生鲜理货员", "蔬果区上货整理", COLD_WET, NO_COLD_WATER),  # K194
    ("冷链仓库冻品分拣员", "按单分拣，计件", WALKING, NO_LONG_WALKS),  # K195
    ("超市夜班补货员", "晚10点到早6点", BEND, NO_SQUATTING),  # K196
    ("超市夜班补货员", "晚10点到早6点", LIFTING, NO_LOADS),
    ("房产经纪人", "带客户看房，底薪加提成", WALKING, NO_LONG_WALKS),  # K200
    ("电话销售", "打电话邀约客户，底薪加提成", SITTING, NO_LONG_SEAT),  # K201
    ("出纳", "商贸公司招出纳，会用财务软件", FINE, NO_SMALL_PRINT),  # K203
    ("政务大厅导办员", "引导群众取号办事", STANDING, NO_STANDING),  # K204
    ("汽车站售票员", "客运站窗口售票，倒班", SITTING, NO_LONG_SEAT),  # K205
    ("押运员", "银行押运，持枪证优先", LIFTING, NO_LOADS),  # K208
    ("巡河员", "乡镇河道巡查，记录上报", HEAT, NO_HEAT),  # K209
    ("公园管护员", "公园绿地管护，做六休一", BEND, NO_SQUATTING),  # K210
    ("路口文明交通劝导员", "早晚高峰上岗", NOISE, NO_NOISE),  # K211
    ("送奶工", "每天早上送奶到户", HANDS, ONE_HAND),  # K213
    ("生鲜配送员", "电动车配送，同城", HANDS, ONE_HAND),  # K214
    ("家具送货安装工", "送货上门安装，有车", STAIRS, NO_STAIRS),  # K218
    ("防水工", "屋面防水，按方算", HEIGHTS, NO_HEIGHTS),  # K219
    ("防水工", "屋面防水，按方算", AIR, NO_SMOKE),
    ("外墙吊篮工", "高层外墙，日结", HEAT, NO_HEAT),  # K220
    ("广告牌安装工", "门头招牌安装，日结", LIFTING, NO_LOADS),  # K221
    ("美缝工", "新房美缝，按米算", BEND, NO_SQUATTING),  # K222
    ("家电清洗师傅", "上门清洗空调油烟机", COLD_WET, NO_COLD_WATER),  # K223
    ("光伏电站运维工", "电站巡检，清洗组件", WALKING, NO_LONG_WALKS),  # K224
    ("养鸡场捡蛋工", "蛋鸡场，包吃住", AIR, NO_SMOKE),  # K225
    ("大棚摘菜工", "蔬菜基地，日结", BEND, NO_SQUATTING),  # K226
    ("苗圃起苗工", "苗木基地，日结", LIFTING, NO_LOADS),  # K227
    ("居家数据标注员", "在家电脑标注图片，按量结算", FINE, NO_SMALL_PRINT),  # K228
    ("居家缝纫加工", "在家用缝纫机做活，计件", HANDS, ONE_HAND),  # K229
]


@pytest.mark.parametrize(("title", "text", "demand", "words"), _NOW_IMPLIED)
def test_a_labelled_kind_implies_the_demand_and_keeps_out_who_refuses_it(
    title: str, text: str, demand: str, words: str
) -> None:
    assert demand in implied(title, text)
    assert not shown(words, title, text)


# (title, text, a person who must still see the post, the demand not implied)
_STILL_SHOWN = [
    ("护士长", "病区护士长，负责排班和质控", NO_LOADS, LIFTING),  # runs the ward
    ("护士长", "病区护士长，负责排班和质控", ONE_HAND, HANDS),
    ("电话销售主管", "带电销团队，管业绩", NO_LONG_SEAT, SITTING),
    ("口腔诊所护士", "配合医生四手操作，做六休一", NO_LOADS, LIFTING),  # a clinic's chair, no ward
    ("门诊护士", "社区门诊，分诊打针", NO_LONG_WALKS, WALKING),
    ("整形护士", "整形医院招护士，术前准备", NO_LOADS, LIFTING),  # a dev title of bench.kinds: "护理、整形护士"
    ("口腔科护士", "医院口腔科，配合医生", NO_LONG_WALKS, WALKING),
    ("配电房值班电工", "配电房值班，抄表巡视，持高压证", NO_NOISE, NOISE),  # no machine hall
    ("销售代表", "跑客户，有车补", NO_LONG_SEAT, SITTING),  # a 销售 on the road
    ("银行网点保安", "大堂值守，引导客户", NO_LONG_WALKS, WALKING),  # on no patrol
    ("写字楼大堂保安", "大堂站岗，登记访客", NO_LONG_WALKS, WALKING),
    ("公交车售票员", "跟车售票，早班", NO_LONG_SEAT, SITTING),  # a bus's conductor
    ("超市夜班补货员", "补货上架，不用搬货，有专人搬", NO_LOADS, LIFTING),  # the text eases it
    ("烘焙学徒", "面包房招学徒，车间有空调", NO_HEAT, HEAT),
    ("电话销售", "电话回访老客户，可站可坐", NO_LONG_SEAT, SITTING),
    ("防水工", "卫生间防水，地面作业", NO_HEIGHTS, HEIGHTS),
]


@pytest.mark.parametrize(("title", "text", "words", "demand"), _STILL_SHOWN)
def test_a_post_that_runs_eases_or_only_looks_like_the_kind_is_still_shown(
    title: str, text: str, words: str, demand: str
) -> None:
    assert demand not in implied(title, text)
    assert shown(words, title, text)


def test_the_eased_demand_is_kept_as_eased_and_the_rest_still_implied() -> None:
    assert implied("超市夜班补货员", "补货上架，不用搬货，有专人搬", "eased") == {LIFTING}
    assert implied("超市夜班补货员", "补货上架，不用搬货，有专人搬") == {BEND, STANDING, WALKING, HANDS}


@pytest.mark.parametrize(
    ("title", "text"),
    [("病房护士", "市二院外科病房，三班倒"), ("电话销售", "打电话邀约客户"), ("防水工", "屋面防水，按方算")],
)
def test_a_person_without_the_limit_still_sees_the_post(title: str, text: str) -> None:
    assert shown("身体好，啥活都能干，能吃苦", title, text)
