"""dev13 seekers, hand-written for this set. Each row: (num, desired_job, experience, skills, priority_groups,
job_types, expected_salary, c). `c` restates only what the person wrote (age, schooling, licences, years in a line,
limits, wishes), plus the hand-set wanted (`want`), adjacent (`ok`) and trap categories (see postings_src).
Schooling: 0 none, 1 primary, 2 junior, 3 senior (高中, 职高, 技校, 中专), 4 college, 5 bachelor. `max_days`: the most
days a week the person can work. Ages are as of December 2026: a birth year is 2026 less it; 属相 with what fixes the
cycle (属马 on the 本命年 is 1966, 60); 虚岁 less one; an entry year into the army at eighteen; a graduate who gives no
age is taken as 22. Speech-to-text slips are read as meant (久做 久坐, 再家 在家, 已前 以前); a number said in 大写
(肆拾叁) or mixed (5十) is the number; a self-correction ("不对，是…") keeps the corrected word; a limit with a date still
ahead of December 2026 (术后半年内, 明年三月前, 月子) binds now; a dislike is a wish unless the person says they cannot;
someone else's limit, a past one now healed, and a wish are not the writer's limits.
"""

from typing import Any

from bench.eval.week_judging import persona_attrs as c


def pay(low: int, unit: str = "month") -> dict[str, Any]:
    """A wished-for wage: at least `low` a `unit`."""
    return {"min": low, "unit": unit}


WH, FAC, CLEAN, SEC, FOOD, RETAIL, DELIV = "wh", "fac", "clean", "sec", "food", "retail", "deliv"
OFFICE, HAND, CARE, BUILD, DRIVE, ELEC, EDU = "office", "hand", "care", "build", "drive", "elec", "edu"
GREEN, FARM, COOK, SALES = "green", "farm", "cook", "sales"
GIG = "gig"
HARD, POOR, GRAD, MIGRANT, VET, DIS = (
    "hard_to_employ",
    "poverty_alleviated",
    "college_graduate",
    "migrant_worker",
    "veteran",
    "disabled",
)
SEATED = {"stand", "walk", "stairs", "heights", "bend", "ride", "lift"}  # what a prosthetic leg or a wheelchair rules out
DEAF = {"hearing", "speech"}

PERSONAS: list[tuple[Any, ...]] = [
    # ---- speech-to-text, homophones left in ----
    (1, "保洁 超市",
     "我叫王桂芳今年五十二岁了家再龙子湖区已前在超市干过理货干了三年腰间盘突出医生说不能久做要经常起来走走"
     "重的也不能搬了想找个保洁或者超市的活离家近点", [], [], [], None,
     c({CLEAN}, {RETAIL, FOOD}, {WH}, 52, exp={RETAIL: 3}, cant={"sit", "lift"})),
    (2, "开车",
     "我是退伍军人九九年入伍当了五年兵开车有A2驾照驾龄十五年现在想找个开车的长途不跑了晚上要回家孩子再上初中", [], [VET], [],
     None, c({DRIVE}, {SEC}, {DELIV}, 45, exp={DRIVE: 15}, lic={"A2"}, no_travel=True, no_night=True)),
    (3, "会计 文员",
     "我今年二十三岁二零二五年六月大专毕业学的是会计到现再还没找到工作想找会计或者文员有初级会计证已后想考中级电脑用的挺熟",
     [], [GRAD], [], None, c({OFFICE}, {RETAIL}, set(), 23, edu=4, grad=(2025, 6), lic={"acct"}, exp={OFFICE: 0})),
    (4, "在家手工",
     "我老公中风了我要再家照顾他走不开只能再家做点手工已前在服装厂做平车做了八年我今年四十六电脑不会", [], [POOR], [], None,
     c({HAND}, {OFFICE}, set(), 46, exp={"sew": 8, FAC: 8}, home_only=True, lacks={"computer"})),
    (5, "文字客服",
     "我是听力残疾二级电话接不了说话别人也听不太清但是打字很快已前在电商公司做过文字客服两年九八年的中专毕业学的电子商务", [], [DIS], [],
     None, c({OFFICE}, {HAND, FAC}, {SALES}, 28, edu=3, exp={OFFICE: 2}, cant=DEAF)),
    # ---- keyword-only ----
    (6, "保洁", "女 45 不夜班 膝盖不好不爬楼 离家近 保洁 初中", [], [], [], None,
     c({CLEAN}, {FOOD, RETAIL}, {SEC}, 45, edu=2, no_night=True, cant={"stairs"})),
    (7, "零工 日结", "男 58 有力气 日结 不识字 手机只会接电话", [], [], [GIG], None,
     c({DELIV, BUILD, WH}, {GREEN, FARM}, set(), 58, lacks={"read", "computer"})),
    (8, "程序 数据", "26届 本科 计算机 居家优先 不出差 不做销售", [], [GRAD], [], None,
     c({OFFICE}, {EDU}, {SALES}, 22, edu=5, grad=(2026, 6), no_travel=True)),
    (9, "司机", "男 39 C1 十年 不跑长途 接送孩子 只能8-16点", [], [], [], None,
     c({DRIVE}, {DELIV, WH}, set(), 39, lic={"C1"}, exp={DRIVE: 10}, no_travel=True, window=(8, 16))),
    (10, "会计", "女 32 初级会计证 做账6年 想双休 不倒班", [], [], [], None,
     c({OFFICE}, {RETAIL}, set(), 32, lic={"acct"}, exp={OFFICE: 6}, no_shifts=True, wish_wkd=True)),
    # ---- correcting themselves ----
    (11, "玻璃厂",
     "我今年四十八，不对，过了年才四十九，现在还是四十八。在玻璃厂干了十年，不对，十一年，钢化炉上下片。去年手腕伤了，"
     "重的搬不动了，玻璃都是两个人抬的，干不了。夜班能上。", [], [], [], None,
     c({FAC}, {WH, SEC}, set(), 48, exp={FAC: 11}, cant={"lift", "two_hands"})),
    (12, "保洁 食堂",
     "一天能干八个小时，不对，最多六个，下午要给住院的我妈送饭。我属马的，今年本命年，整六十。", [], [], [], None,
     c({CLEAN}, {FOOD, RETAIL}, set(), 60, max_h=6)),
    (13, "普工",
     "能上夜班。不对，孩子晚上没人看，还是上白班吧，早上七点以后，最晚到下午六点。八九年的。以前在电子厂干过五年。", [], [], [],
     None, c({FAC}, {WH, RETAIL}, set(), 37, exp={FAC: 5}, window=(7, 18))),
    (14, "司机 送货",
     "我有B2，不对，我是C1，B2科目三没过，没考下来。开了六年车，九二年的。", [], [], [], None,
     c({DRIVE}, {DELIV}, set(), 34, lic={"C1"}, exp={DRIVE: 6})),
    # ---- limits with a date ----
    (15, "文员 店员",
     "今年九月做的腰椎手术，医生说术后半年内不能弯腰、不能提重物，明年三月以后就好了。之前在商场卖了五年衣服，高中毕业。"
     "今年四十一。", [], [], [], None,
     c({OFFICE, RETAIL}, {HAND}, {WH}, 41, edu=3, exp={RETAIL: 5}, cant={"bend", "lift"})),
    (16, "坐着的工作",
     "怀孕五个月了，预产期明年四月。想找个坐着的，不闻油烟，不碰化学的东西，不搬重的，干到生之前。九七年的，大专，学的市场营销。", [], [], [],
     None, c({OFFICE}, {HAND, FAC}, {FOOD}, 29, edu=4, cant={"stand", "fumes", "lift"})),
    (17, "在家 线上",
     "十一月底刚生完二宝，还在月子里，出了月子也得喂奶，明年开春前只能在家接点活。新闻专业本科，做过三年新媒体编辑，会电脑。"
     "今年三十三。", [], [], [], None,
     c({OFFICE}, {HAND}, set(), 33, edu=5, exp={OFFICE: 3}, home_only=True)),
    (18, "门卫 看店",
     "右手腕骨折打着石膏，拆石膏还要一个多月，这期间只能干不用右手的，搬东西更不行。二十七岁，职高。", [], [], [], None,
     c({SEC}, {RETAIL, OFFICE}, {WH}, 27, edu=3, cant={"two_hands", "lift"})),
    (19, "普工 长白",
     "去年腿摔断过，钢板今年五月已经取了，医生说完全恢复，跑跑跳跳都没问题。就一条：只上长白班，不倒班，不上夜班。"
     "今年四十四，进厂干过七八年。", [], [], [], None,
     c({FAC}, {WH}, set(), 44, exp={FAC: 7}, no_night=True, no_shifts=True)),
    # ---- a bedridden parent or spouse ----
    (20, "保洁 帮厨",
     "我妈瘫在床上三年了，腰和腿都不行。白天护工上午九点来下午三点走，我只有这个时间能出门。今年五十，做过保洁。", [], [HARD], [],
     None, c({CLEAN, FOOD}, {RETAIL, HAND}, set(), 50, exp={CLEAN: 3}, window=(9, 15))),
    (21, "保洁",
     "老父亲卧床，中午十一点半我得回家喂饭翻身，下午也走不开，只能干上午，早七点到十一点。今年五十六。", [], [], [], None,
     c({CLEAN}, {FOOD, CARE}, set(), 56, window=(7, 11))),
    (22, "门卫 保洁",
     "爱人尿毒症，一周透析三次，周一三五我得陪着去，只能周二四六干，一天干满都行。今年五十三，当过十年保安。", [], [], [], None,
     c({SEC, CLEAN}, {WH}, set(), 53, exp={SEC: 10}, max_days=3)),
    # ---- a child's timetable ----
    (23, "店员 文员",
     "孩子小学一年级，早上7:40送进校门，下午3:30放学我得接。周三中午放学奶奶去接。所以上班只能8点到3点半。高中学历，"
     "今年三十五。", [], [], [], None,
     c({RETAIL, OFFICE}, {FOOD}, set(), 35, edu=3, window=(8, 15.5))),
    (24, "普工 店员",
     "女儿周六周日上兴趣班，要我送，所以周末不能上班。晚上陪她写作业，夜班也不行。三十八岁，初中毕业。", [], [], [], None,
     c({FAC, RETAIL}, {WH}, set(), 38, edu=2, no_weekend=True, no_night=True)),
    (25, "厨师",
     "儿子高三，晚上十点下晚自习我去接，所以最晚干到九点半。有厨师证，炒菜炒了十年，四十七岁。", [], [], [], None,
     c({COOK}, {FOOD}, set(), 47, lic={"chef"}, exp={COOK: 10}, window=(3, 21.5))),
    # ---- a retired teacher's letter ----
    (26, "课后辅导 文字工作",
     "尊敬的招聘单位：本人张某，女，一九六三年生，师范专科毕业，中学语文教师，从教三十五年，于二〇一八年退休。身体尚健，"
     "惟患腰椎疾病，不宜久立，亦不能负重。现愿在家附近从事课后辅导或文字类工作，每日以半日为宜。此致敬礼。", [], [], [], None,
     c({EDU}, {OFFICE}, set(), 63, edu=4, exp={EDU: 35}, cant={"stand", "lift"}, max_h=5)),
    # ---- past jobs listed with years ----
    (27, "叉车 仓库",
     "2008-2012 苏州电子厂 操作工；2012-2015 上海 快递分拣；2015-2020 合肥 仓库开叉车（有叉车证）；2020-至今 在家种地。八五年。",
     [], [MIGRANT], [], None,
     c({DRIVE, WH}, {FAC}, set(), 41, exp={FAC: 4, WH: 8, DRIVE: 5}, lic={"forklift"})),
    (28, "食堂 厨师",
     "一九九五年到二〇〇五年 蚌埠卷烟厂；二〇〇五年到二〇一五年 自己开小饭馆炒菜；二〇一五年到现在 学校食堂做大锅菜。"
     "有厨师证。属鸡的，今年五十七。晚上不想干了，九点以后不行。", [], [], [], None,
     c({COOK}, {FOOD}, set(), 57, exp={FAC: 10, COOK: 21}, lic={"chef"}, window=(3, 21))),
    (29, "电工 物业维修",
     "2010年—2013年 保安；2013年—2022年 物业维修（有电工证）；2022年至今 待业，登记了就业困难。今年五十。", [], [HARD], [],
     None, c({ELEC, BUILD}, {SEC}, set(), 50, exp={SEC: 3, ELEC: 9, BUILD: 9}, lic={"elec"})),
    (30, "电商 运营",
     "2022.9-2025.6 职业技术学院 电子商务专业；2024.12-2025.3 淘宝客服实习；2025.7-2026.3 石榴电商 助播。", [], [GRAD], [],
     None, c({OFFICE, SALES}, {RETAIL}, set(), 22, edu=4, grad=(2025, 6), exp={SALES: 1, OFFICE: 0})),
    # ---- traditional characters ----
    (31, "清潔",
     "本人五十歲，早年在澳門酒店做房務十二年，去年回蚌埠。膝蓋不好，不能爬樓梯，也不能蹲。想找酒店或寫字樓的清潔工作。", [], [], [],
     None, c({CLEAN}, {FOOD}, set(), 50, exp={CLEAN: 12}, cant={"stairs", "bend"})),
    (32, "文員 教培",
     "畢業於蚌埠學院，2025年7月，英語專業，本科。想找文員或教培，不想做銷售，不能上夜班。", [], [GRAD], [], None,
     c({OFFICE, EDU}, {RETAIL}, {SALES}, 22, edu=5, grad=(2025, 7), no_night=True)),
    (33, "工廠 手工",
     "聽力不好，左耳失聰，右耳戴助聽器，打電話聽不清，機器太響的車間也不行。四十一歲，在工廠做過包裝六年。", [], [DIS], [], None,
     c({FAC, HAND}, {WH}, {OFFICE}, 41, exp={FAC: 6}, cant={"hearing", "noise"})),
    # ---- summer students ----
    (34, "暑假兼职",
     "我是安财大二的学生，暑假七八月想找个兼职，开学就不行了，周末也可以。十九岁。", [], [], [GIG], None,
     c({FOOD, RETAIL}, {SALES, WH}, {OFFICE}, 19, edu=3)),
    (35, "暑假工",
     "高考完了，九月去上大学，这个暑假想打两个月工，按天结钱最好，我十八岁，男的，有力气。", [], [], [GIG], None,
     c({WH, DELIV, FOOD}, {SALES}, set(), 18, edu=3)),
    # ---- likes and dislikes ----
    (36, "安静的活",
     "喜欢：安静，一个人做事，摆弄小东西。不喜欢：打电话，跟陌生人说话。实在干不了的：站一整天，脚底筋膜炎。二十四岁，大专，"
     "动漫设计专业，2024年6月毕业。", [], [GRAD], [], None,
     c({HAND}, {OFFICE, FAC}, set(), 24, edu=4, grad=(2024, 6), cant={"stand"})),
    (37, "绿化 种植",
     "喜欢干的：种花种草，在外面待着。不喜欢：在屋里闷着，坐办公室。眼睛花了，细活看不清。今年五十七。", [], [], [], None,
     c({GREEN, FARM}, {CLEAN}, {HAND}, 57, cant={"eyesight"})),
    # ---- numbers in 大写 or mixed ----
    (38, "送货 司机",
     "本人今年肆拾叁岁，高中文化，开过伍年出租车（C1），现在想找个送货或开车的活，晚上拾点以后不干。", [], [], [], None,
     c({DRIVE}, {DELIV, WH}, set(), 43, edu=3, lic={"C1"}, exp={DRIVE: 5}, window=(4, 22))),
    (39, "保安",
     "干了拾贰年保安，持保安证，今年伍拾捌，夜班可以，就是站不了太久，膝盖有积液。", [], [], [], None,
     c({SEC}, {CLEAN}, set(), 58, exp={SEC: 12}, lic={"security"}, cant={"stand"})),
    (40, "手工 服装",
     "今年5十岁，做了二十几年服装，平车手工活啥都会，每天最多干6个钟。", [], [], [], None,
     c({HAND, FAC}, {CLEAN}, set(), 50, exp={"sew": 20, FAC: 20, HAND: 20}, max_h=6)),
    # ---- veterans ----
    (41, "保安 物业",
     "退役士兵，2024年9月退伍，义务兵两年，高中，今年二十二，想找保安或者物业，身体没问题，没有驾照没有保安证。", [], [VET], [],
     None, c({SEC}, {WH, FAC}, {DRIVE}, 22, edu=3)),
    (42, "仓库 工地",
     "退伍的时候腰受过伤，早好了，现在扛两袋水泥上五楼没问题。三十九岁，退伍后在工地干了八年。", [], [VET], [], None,
     c({WH, BUILD}, {DELIV}, {SEC, DRIVE, ELEC}, 39, exp={BUILD: 8})),
    (43, "文员 门卫",
     "伤残军人，右腿截肢装的假肢，走路慢，站不久，楼梯能不爬就不爬。能开车，C1，改装车。四十六岁，高中。", [], [VET, DIS], [],
     None, c({OFFICE, SEC}, {HAND}, {DRIVE}, 46, edu=3, lic={"C1"}, cant=SEATED - {"bend"})),
    # ---- poverty alleviated ----
    (44, "种地 绿化",
     "我家是脱贫户，在怀远村里，自己种了十来亩地，农闲想在镇上找活，没读过书，字认得不多。今年五十五。", [], [POOR], [], None,
     c({FARM, GREEN}, {CLEAN}, {WH, DELIV, SEC}, 55, edu=0, exp={FARM: 10}, lacks={"read", "computer"})),
    (45, "进厂",
     "家里是脱贫户，我今年十九，中专2026年6月刚毕业，学的电子，想进厂，能上夜班，最好包吃包住，家在五河乡下。", [], [POOR], [],
     None, c({FAC}, {WH}, set(), 19, edu=3, grad=(2026, 6), wish_lodging=True)),
    # ---- hard to employ ----
    (46, "公益性岗位",
     "失业两年多了，登记过就业困难人员，今年五十一，社区说可以申请公益性岗位。不会电脑。", [], [HARD], [], None,
     c({OFFICE, CLEAN}, {SEC}, set(), 51, lacks={"computer"})),
    (47, "看门 手工",
     "左手小时候小儿麻痹，使不上劲，两只手的活干不了，重东西更别提。办了就业困难登记，今年四十四，初中。", [], [HARD, DIS], [],
     None, c({SEC, HAND}, {OFFICE}, set(), 44, edu=2, cant={"two_hands", "lift"})),
    # ---- disabled ----
    (48, "居家 电脑",
     "坐轮椅，只能在家做，会电脑，打字快，计算机大专。三十岁。", [], [DIS], [], None,
     c({OFFICE}, {HAND}, set(), 30, edu=4, home_only=True, wc=True, cant=SEATED)),
    (49, "手工 按摩",
     "视力残疾，看东西要凑很近，电脑屏幕要放很大才看得见，不能骑车。三十六。", [], [DIS], [], None,
     c({HAND}, {OFFICE, CLEAN}, set(), 36, cant={"eyesight", "ride"})),
    (50, "简单的活",
     "我替儿子写的。他二十五，智力残疾三级，认得几个字，不会算账，电脑不会，能干简单重复的活，干活踏实。", [], [DIS], [], None,
     c({FAC, CLEAN}, {HAND, WH}, {RETAIL}, 25, lacks={"cash", "read", "computer"})),
    (51, "手工 文字",
     "抑郁症在吃药，医生说不能熬夜，作息要规律，晚上十点前睡。三十三岁，历史系本科。", [], [DIS], [], None,
     c({HAND, OFFICE}, {FAC}, set(), 33, edu=5, window=(5, 21))),
    # ---- plain ----
    (52, "进厂 包吃住",
     "在外面打工十几年，回来了，家在五河乡下，离城远，最好包住。电子厂干了十二年。四十二岁。", [], [MIGRANT], [], None,
     c({FAC}, {WH}, {DRIVE, SEC}, 42, exp={FAC: 12}, wish_lodging=True)),
    (53, "零工 日结",
     "只想打零工，日结的，干一天算一天，腰不好不能弯，蹲也不行。四十八岁。", [], [], [GIG], None,
     c({WH, FOOD, SALES}, {DELIV, FARM}, set(), 48, cant={"bend"})),
    (54, "见习 导诊",
     "2025年毕业，一直没找到工作，学的护理，大专。", [], [GRAD], [], None,
     c({OFFICE}, {CARE, RETAIL}, set(), 22, edu=4, grad=(2025, 6), lacks={"acct_major"})),
    (55, "行政",
     "2022年本科毕业，今年26，做过两年行政，学的汉语言。", [], [GRAD], [], None,
     c({OFFICE}, {EDU, SALES}, set(), 26, edu=5, grad=(2022, 6), exp={OFFICE: 2}, lacks={"acct_major", "med_major"})),
    (56, "在家手工",
     "家里两个孩子要带，一个还没上幼儿园，只能在家干，手工活就行，电脑不会。三十七。", [], [], [], None,
     c({HAND}, {OFFICE}, set(), 37, home_only=True, lacks={"computer"})),
    (57, "夜班",
     "只上夜班，白天要带孙子，晚上六点以后到早上八点都行。腰不好，重的搬不了。今年五十四。", [], [], [], None,
     c({WH, SEC}, {FAC, RETAIL}, set(), 54, window=(18, 32), cant={"lift"})),
    (58, "公交 班车",
     "A1驾照，开了十八年公交，刚退下来，五十五，想开个班车校车。", [], [], [], None,
     c({DRIVE}, {SEC}, set(), 55, lic={"A1"}, exp={DRIVE: 18})),
    (59, "电工",
     "低压电工证，干了六年水电，就是恐高，梯子上不去，三十六。", [], [], [], None,
     c({ELEC, BUILD}, {FAC}, set(), 36, lic={"elec"}, exp={ELEC: 6, BUILD: 6}, cant={"heights"})),
    (60, "月嫂 育儿嫂",
     "有母婴护理证，做月嫂五年，今年四十四。家里有老人，不能住家。", [], [], [], None,
     c({CARE}, {EDU, CLEAN}, set(), 44, lic={"nanny"}, exp={CARE: 5}, no_live_in=True)),
    (61, "养老护理",
     "养老护理员证，在养老院干了四年，今年四十九，腰劳损，不能抱人翻身了。", [], [], [], None,
     c({CARE}, {CLEAN}, set(), 49, lic={"carer"}, exp={CARE: 4}, cant={"lift"})),
    (62, "保洁 帮厨",
     "我家老头子腿不好在家歇着，我身体好得很，啥活都能干，五十八。", [], [], [], None,
     c({CLEAN, FOOD}, {RETAIL}, set(), 58)),
    (63, "文员 店员",
     "最好能双休，不双休也行，主要想离家近，三十岁，中专。", [], [], [], None,
     c({OFFICE, RETAIL}, {FOOD}, set(), 30, edu=3, wish_wkd=True)),
    (64, "普工",
     "以前上夜班上得失眠，现在早调过来了，夜班白班都行，三十六岁，进厂五年。", [], [MIGRANT], [], None,
     c({FAC}, {WH, FOOD}, {DRIVE, SEC}, 36, exp={FAC: 5})),
    (65, "仓库 普工",
     "不能倒班，倒来倒去身体受不了，一直上夜班反而可以。手上有湿疹，不能老碰水。四十岁。", [], [], [], None,
     c({WH, FAC}, {SEC, FOOD}, set(), 40, no_shifts=True, cant={"wet"})),
    (66, "见习 文员",
     "二十岁，高中毕业两年了，一直没工作，想找个能学东西的。", [], [], [], None,
     c({OFFICE}, {RETAIL}, set(), 20, edu=3)),
    # ---- more bodies, in the same voices ----
    (67, "门卫 保安",
     "我有尘肺病一期再合肥工地打了十五年风钻现在不能再进灰大的地方了爬楼也喘得不行今年五十四想找个看门的", [], [MIGRANT], [],
     None, c({SEC}, {CLEAN, FAC}, {BUILD}, 54, exp={BUILD: 15}, cant={"dust", "stairs", "fumes"})),
    (68, "文员 门卫", "男 33 腰肌劳损 不搬重 不久站 会电脑 中专", [], [], [], None,
     c({OFFICE, SEC}, {RETAIL}, {WH}, 33, edu=3, cant={"lift", "stand"})),
    (69, "店员 普工",
     "右腿膝盖半月板，不对，是左腿，去年做的手术，现在蹲不下去，楼梯慢慢能上。家里是脱贫户，四十六岁。", [], [POOR], [], None,
     c({RETAIL, FAC}, {CLEAN}, set(), 46, cant={"bend"})),
    (70, "文员 收银",
     "上个月刚做完甲状腺手术，医生说三个月内不能干重活，也不能熬夜，过完年应该就好了。三十九岁，大专。", [], [], [], None,
     c({OFFICE, RETAIL}, {HAND}, {WH}, 39, edu=4, cant={"lift"}, no_night=True)),
    (71, "看店 門衛",
     "本人患有類風濕，手指關節變形，不能碰冷水，兩隻手使不上勁，精細的手工做不了。五十二歲。", [], [], [], None,
     c({RETAIL, SEC}, {OFFICE}, {HAND}, 52, cant={"wet", "cold", "two_hands", "lift"})),
    (72, "门卫 绿化",
     "本人陆拾壹岁，身体硬朗，就是耳朵背，别人说话要大声喊。", [], [], [], None,
     c({SEC, GREEN}, {CLEAN}, set(), 61, cant={"hearing"})),
    (73, "进厂 仓库",
     "最受不了热，夏天在工地中过两次暑，室外的活不行。喜欢在有空调的地方。三十五岁，进厂干过四年。", [], [MIGRANT], [], None,
     c({FAC, WH}, {RETAIL}, {DELIV}, 35, exp={FAC: 4}, cant={"heat"})),
    (74, "司机 市内",
     "退役后开了十年货车，A2。后来腰椎滑脱，长途坐不住，装卸也不能干了，只开市内短途，每天能回家。四十八岁。", [], [VET], [],
     None, c({DRIVE}, {SEC}, set(), 48, lic={"A2"}, exp={DRIVE: 10}, cant={"lift"}, no_travel=True)),
    (75, "看店 门卫",
     "我的手腕有腱鞘炎医生说不能再干手上使劲的活了拧毛巾都疼搬东西更不行已前在饭店做了六年服务员今年四十二", [], [], [], None,
     c({RETAIL, SEC}, {FOOD, CLEAN}, set(), 42, exp={FOOD: 6}, cant={"two_hands", "lift", "wet"})),
    (76, "坐着的活", "女 50 静脉曲张 不能久站 坐着的活 不夜班 小学", [], [], [], None,
     c({FAC, HAND}, {OFFICE}, set(), 50, edu=1, cant={"stand"}, no_night=True)),
    (77, "门卫 保洁",
     "上周刚做了白内障手术，医生交代一个月内不能弯腰低头，不能提重东西，灰大的地方也别去。今年六十二，以前在厂里看大门。", [], [], [],
     None, c({SEC, CLEAN}, {GREEN}, set(), 62, exp={SEC: 5}, cant={"bend", "lift", "dust"})),
    (78, "司机 门卫",
     "当过兵，退伍后开车八年，C1。痛风，脚一犯就走不了路，平时也不能走太多路、不能爬楼。四十五。", [], [VET], [], None,
     c({DRIVE, SEC}, {WH}, set(), 45, lic={"C1"}, exp={DRIVE: 8}, cant={"walk", "stairs"})),
]

# One who states schooling from 中专 up and names no 财会 or 医药 major lacks it, as one who lists the licences they hold
# lacks the rest (d13-03 studied 会计, d13-54 护理).
MAJORS = {"acct_major", "med_major"}
NAMED = {3: {"acct_major"}, 54: {"med_major"}}
for _num, *_, _c in PERSONAS:
    if _c["edu"] is not None and _c["edu"] >= 3:
        _c["lacks"] = _c["lacks"] | (MAJORS - NAMED.get(_num, set()))
