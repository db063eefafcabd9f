"""What a kind of work asks of the body as three more blind labellers judged it (issue 22, session 21): round 3 of
`bench/kinds/acceptability/` (K161-K230, 70 kinds, the same brief as rounds 1 and 2, `python -m bench.kinds.acceptable`).

Every cell that two or three of them called unacceptable and that the older tables (`kind_nouns` … `kind_labelled`)
did not imply is implied here, by the kind's nouns in a post's name, as `kind_labelled` does: `implied`, never where the
text eases it, never where the name is of one who runs the work (`kind_nouns.NOT_DOING`). Nouns kept from overreaching:
a ward's nurse bends, lifts and walks, a dental clinic's does not (both need sharp eyes and both hands), and no 护士长;
a factory's maintenance electrician bends and stands in the noise, a switch room's on duty does not; 电话销售 sits, a
销售 on the road does not; the bank's and the lobby's guards (K206, K207) stand, as every 保安 already does, and walk
no patrols.

`OWN_WORK` is the one departure: five labelled kinds whose name carries a word of `NOT_DOING` (销售, 经纪人, 出纳, 运维,
机器人) though the person does the work the labels judge (a 电话销售 at the phone all day, a 房产经纪人 showing flats
up the stairs, a 出纳 counting notes, a 光伏电站运维工 walking the panels in the sun, a 机器人焊接操作员 loading the
cell). `kinds` reads them only where the name is otherwise one that `NOT_DOING` would silence, and not where it also
names one who runs them (`RUNS`: 电话销售主管, 出纳组长). The id after each line is the labelled kind it comes from.
"""

from __future__ import annotations

import re

from matching.facts.kind_nouns import (
    AIR,
    APPLIANCE_WASHER,
    BEND,
    COLD_WET,
    ELECTRICIAN,
    FINE,
    GAP,
    GRILL_COOK,
    HANDS,
    HEAT,
    HEIGHTS,
    LIFTING,
    MEAL_SERVER,
    NOISE,
    NURSE,
    PLANT,
    PLANT_HAND,
    SIGN_FITTER,
    SITTING,
    STAIRS,
    STANDING,
    TOFU,
    WALKING,
)

__all__ = ["OWN_WORK", "RUNS", "THIRD_LABELLED_KINDS"]

# a nurse at a clinic's chair or desk (dental, outpatients, a check-up centre, cosmetic surgery), not on a ward's rounds
_CLINIC = r"(?<!口腔)(?<!口腔科)(?<!诊所)(?<!门诊)(?<!牙科)(?<!齿科)(?<!体检)(?<!医美)(?<!整形)(?<!社区)"

THIRD_LABELLED_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # care: a nurse's small print and both hands anywhere (K161, K162); a ward's turning, lifting and rounds (K161)
    (NURSE, (FINE, HANDS)),
    (rf"{_CLINIC}{NURSE}", (BEND, LIFTING, WALKING)),
    (r"育婴", (LIFTING,)),  # K165: the baby carried (round 1 had no 育婴 to label)
    (r"(?<!汽车)美容(?:师|技师|学徒|员)", (HANDS,)),  # K166
    # electricians (K163, K164): the wiring's colours and both hands; a plant's repairs bent, standing, in the noise
    (ELECTRICIAN, (FINE, HANDS)),
    (rf"维修电工|{PLANT}{GAP}电工", (BEND, STANDING)),
    (rf"{PLANT}{GAP}电工", (NOISE,)),
    # plants and their lines (K167-K184)
    (rf"机械(?:加工)?{PLANT}{GAP}(?:装配|组装|{PLANT_HAND})", (LIFTING, NOISE)),  # K167: heavy parts, the machines
    (r"插件", (HANDS,)),  # K168
    (r"线束", (FINE, HANDS)),  # K169
    (rf"(?:光伏(?:组件)?|(?:锂|动力)?电池){PLANT}{GAP}{PLANT_HAND}", (STANDING, HANDS)),  # K170, K171
    (
        rf"化工(?:{PLANT}|园区)?{GAP}(?:{PLANT_HAND}|巡检)",
        (STAIRS, WALKING, HEIGHTS, HANDS),
    ),  # K172: the towers' ladders
    (r"配料", (BEND, LIFTING, STANDING, AIR, HANDS)),  # K174: sacks tipped, the flour's dust
    (TOFU, (LIFTING, HEAT, HANDS)),  # K175: soaked beans carried, the boiling vats
    (rf"罐头{PLANT}{GAP}{PLANT_HAND}", (COLD_WET, STANDING, HANDS)),  # K176
    (r"锅炉(?:工|房|操作)|司炉", (NOISE, HANDS)),  # K178
    (r"灯检", (FINE, SITTING, HANDS)),  # K181: bottles turned against the light
    (rf"(?:服装|制衣|成衣){PLANT}?{GAP}(?:质检|品检|检验|查货)", (HANDS,)),  # K182
    (rf"拣茶|挑茶|(?:饮片|药材|中药){GAP}挑拣", (FINE, SITTING)),  # K183, K184: leaves picked over at a table
    # kitchens, counters and halls (K185-K196)
    (r"炒锅(?:厨师|师傅|工)?", (NOISE,)),  # K185: the roaring burner
    (GRILL_COOK, (STANDING, HANDS)),  # K187
    (r"烘焙(?:学徒|师傅|师|工)|面包师|西点师", (LIFTING, STANDING, HEAT, HANDS)),  # K189: flour sacks, the ovens
    (rf"(?:宴会|婚宴|喜宴|寿宴|宴席)(?:厅)?{GAP}服务员", (LIFTING,)),  # K191: trays for a hall of tables, a wedding's
    (MEAL_SERVER, (COLD_WET, LIFTING, HANDS)),  # K193: the pans, the trays washed
    (rf"生鲜{GAP}理货", (COLD_WET,)),  # K194
    (rf"(?:冻品|冷链|冷库){GAP}分拣", (WALKING,)),  # K195
    (r"补货", (BEND, LIFTING, STANDING, WALKING, HANDS)),  # K196: cases to the shelves, low and high
    # desks and halls, guards and wardens (K204-K211)
    (r"导办|大厅引导", (STANDING,)),  # K204
    (rf"(?:车站|客运站|客运中心|汽车站|火车站|售票(?:厅|处)){GAP}售票|售票(?:窗口|亭)", (SITTING,)),  # K205 (no bus's)
    (r"押运", (LIFTING, HANDS)),  # K208: the cash boxes
    (r"巡河|河道巡(?:查|护)", (WALKING, HEAT)),  # K209
    (r"管护", (BEND, STANDING, WALKING, HEAT, HANDS)),  # K210
    (r"劝导", (STANDING, HEAT, NOISE)),  # K211: the crossing's traffic
    # deliveries (K213, K214)
    (r"送奶", (LIFTING, WALKING, HANDS)),  # K213
    (r"配送(?:员|人员|小哥)", (HANDS,)),  # K214
    # installs and trades (K218-K223)
    (rf"家具{GAP}(?:送货安装|送装|送货|配送|安装)|送货安装|送装", (BEND, STAIRS, LIFTING, STANDING, HANDS)),  # K218
    (r"防水(?:工|施工|师傅|补漏)|补漏", (BEND, STAIRS, LIFTING, HEIGHTS, AIR, HEAT, HANDS)),  # K219
    (r"吊篮", (STANDING, HEIGHTS, HEAT, HANDS)),  # K220
    (SIGN_FITTER, (LIFTING, STANDING, HEIGHTS, HEAT, HANDS)),  # K221
    (r"美缝", (BEND, FINE, HANDS)),  # K222
    (APPLIANCE_WASHER, (BEND, COLD_WET, STANDING, HEIGHTS, HANDS)),  # K223
    # farms and fields (K225-K227); work at home (K228, K229: 缝纫加工 is `kind_labelled`'s 缝纫 as the head)
    (r"捡蛋|拣蛋", (BEND, STANDING, WALKING, AIR, HANDS)),  # K225
    (r"摘菜", (BEND, STANDING, HANDS)),  # K226
    (r"起苗|苗圃", (BEND, LIFTING, STANDING, HEAT, HANDS)),  # K227
    (r"数据标注|标注员", (FINE,)),  # K228
)

# the labelled kinds whose name holds a word of `NOT_DOING` but whose work is done by the person (see above)
OWN_WORK: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"电话销售|电销|电话营销", (SITTING,)),  # K201 (not a 销售 on the road)
    (r"房产经纪|房产中介|房屋中介|地产经纪", (STAIRS, WALKING)),  # K200
    (r"出纳", (FINE,)),  # K203
    (r"光伏(?:电站)?运维", (STANDING, WALKING, HEAT, HANDS)),  # K224
    (r"(?:机器人|自动)焊接|焊接机器人", (STANDING, HANDS)),  # K180
)
# a name that runs even these (电话销售主管, 出纳组长, 房产经纪人培训讲师)
RUNS = re.compile(r"主管|经理|领班|班长|组长|队长|督导|主任|店长|站长|负责人|总监|培训|讲师|老师")
