"""dev13 postings, hand-written for this set, all in 蚌埠 and its districts and counties (蚌山, 龙子湖, 禹会, 淮上, 怀远,
五河, 固镇). Each row: (num, title, description, job_type, (min, max, unit), km, tags, attrs), made by `p`.
`attrs` (from `a`) restates what the text says, or what a careful reader who knows the trade infers from it (`inf`
names the reason); `unsure` lists the limits a reader cannot judge from a silent text; `days` is the days worked in a
week where the text says it (月休四天 and 单休 are six, 双休 five, 做一休一 four), else None.

Categories as dev12's: wh 仓库/装卸/驿站, fac 工厂, clean 保洁/布草/环卫/洗车, sec 保安/门卫/停车场, food 餐饮/食堂,
cook 厨师, retail 门店/超市/菜场, deliv 送水/搬家/骑手/派件, office 坐班/客服/文员, sales 电销/导购/直播, hand 手工,
care 陪护/保姆/月嫂, build 装修/工地, elec 维修, green 绿化/苗木, farm 种植/养殖/采摘, drive 司机/叉车, edu 托管/保育.
Body words as dev12's (lift stand walk stairs heights bend ride hearing eyesight fumes cold wet heat two_hands sit
noise dust speech). Licences: A1 A2 A3 B1 B2 C1 (driving), forklift, elec 电工证, security 保安证, chef 厨师证, nanny
母婴/育婴/保育, heights 高处作业证, acct 初级会计证, carer 养老护理员证. Skills: computer, cash 收银, read 认字写字,
acct_major 财会类专业, med_major 医药类专业, edu_major 学前教育. Crafts nobody holds unsaid: sew, paint, crochet.
"""

from typing import Any

from bench.eval.week_judging import posting_attrs as a

TIMES = {"night", "shifts", "hours"}  # what a text without hours leaves open
LIFT = "the trade moves loads by hand"
STAND = "the work is done on one's feet all shift"
BEND = "the work is at floor level, stooping or squatting"
WET = "hands are in water much of the shift"
STAIRS = "goods go floor by floor in buildings without lifts"
PHONE = "customers are phoned to arrange each drop"
SMOKE = "cooking at a stove fills a kitchen with 油烟"
HOT = "the work is outdoors through the summer"
WALK = "the work is walked from place to place all day"
RIDE = "the work is ridden on an e-bike"
SIT = "the work is done seated at a bench or screen all shift"
TWELVE = "a two-shift rota of twelve hours has a night shift"
COLD = "a cold store is kept below freezing"
HANDS = "loads are carried with both hands"
TURN = "bedridden people are turned and lifted"
MOP = "mops are wrung with both hands"
FINE = "fine handwork needs close sight"
CHILD = "a toddler is carried most of the day"
GLASS = "sheets of glass are carried by two people with both hands"
NOISE = "looms and presses are loud all shift"
APP = "orders come through a phone app in writing"


def p(
    num: int,
    title: str,
    desc: str,
    job: str,
    pay: tuple[int, int, str],
    km: float,
    tags: list[str],
    cat: str,
    **kw: Any,
) -> tuple[Any, ...]:
    """One posting row: what it says, and its restated attributes."""
    return (num, title, desc, job, pay, km, tags, a(cat, **kw))


FT, GIG, WEL, INTERN = "full_time", "gig", "public_welfare", "internship"
M, D, H = "month", "day", "hour"

POSTINGS: list[tuple[Any, ...]] = [
    # ---- fac: 玻璃, 固镇 食品, 汽配, 纺织, 生化 ----
    p(1, "钢化玻璃普工", "禹会区玻璃深加工厂招普工。我们厂做钢化和中空玻璃，给合肥、南京的幕墙项目供货，订单一年排满。"
      "食堂一天三顿，宿舍四人间带空调，节假日发米发油。工作内容：上下片、搬运玻璃（大板两个人抬）、打胶，12小时两班倒，"
      "一周一换。20-45岁，男女不限。", FT, (5500, 7000, M), 1.6, ["包吃住", "两班倒"], "fac",
      phys={"lift", "stand", "two_hands"}, night=True, shifts=True, day_h=12, age=(20, 45), lodging=True,
      inf={"two_hands": GLASS}),
    p(2, "食品厂包装工（长白班）", "固镇经开区休闲食品厂，薯片、锅巴装袋封口。长白班早8点到下午5点，坐着干，不用搬重物，成品有叉车拉走。"
      "单休。18-50岁。要办健康证（厂里带着去办）。", FT, (3600, 4200, M), 2.4, ["长白班", "坐班"], "fac",
      phys={"sit"}, hours=(8, 17), wkd="work", days=6, age=(18, 50)),
    p(3, "花生米挑拣工", "固镇花生加工厂，坏豆挑出来，坐着挑，计件，早7点到下午4点，中午管一顿。", GIG, (90, 150, D), 3.4,
      ["计件", "日结"], "fac", phys={"sit", "eyesight"}, hours=(7, 16), inf={"eyesight": FINE}),
    p(4, "冲压工", "汽车零部件厂冲压车间招冲压工，一年以上冲压经验，两班倒，白班夜班每周轮换，车间噪音大发耳塞，站着操作。25-45岁。",
      FT, (5000, 6500, M), 2.9, ["两班倒"], "fac", phys={"stand", "noise"}, night=True, shifts=True, exp=1,
      age=(25, 45), inf={"night": TWELVE}),
    p(5, "纺织挡车工", "淮上纺织厂招挡车工，三班倒，一个人看几台机器，来回走，车间响。包住。18-40岁。有经验优先，新手带三个月。",
      FT, (4500, 6000, M), 4.2, ["三班倒", "包住"], "fac", phys={"stand", "walk", "noise"}, night=True, shifts=True,
      age=(18, 40), lodging=True, inf={"noise": NOISE}),
    p(6, "生化车间操作工", "丰原生化招操作工（柠檬酸车间）。四班三运转，高中（含中专、技校）以上学历，20-40岁，巡检仪表、记录数据，"
      "车间有酸味，要戴防护。", FT, (5500, 7500, M), 5.2, ["四班三运转", "五险一金"], "fac",
      phys={"fumes", "walk"}, night=True, shifts=True, edu=3, age=(20, 40), skills={"read"}),
    p(7, "电子厂检验员", "龙子湖区经开区电子厂招检验员，长白班8:00-17:30，双休，坐着在显微镜下看焊点，要求视力好、初中以上。",
      FT, (3800, 4500, M), 2.2, ["双休", "长白班"], "fac", phys={"sit", "eyesight"}, hours=(8, 17.5), wkd="off",
      days=5, edu=2),
    p(8, "玻璃瓶灯检工", "玻璃瓶厂灯检：流水线上对着灯看瓶子有没有气泡裂纹。白班8点到8点，夜班自愿，不想上夜班可以一直上白班。"
      "站着看，月休四天，18-50岁。", FT, (4200, 5200, M), 3.7, ["白班", "夜班自愿"], "fac",
      phys={"stand", "eyesight"}, hours=(8, 20), wkd="work", days=6, age=(18, 50)),
    p(9, "纸箱厂机台辅助", "禹会纸箱厂招机台辅助，把印好的纸板码起来，一捆二三十斤，白班8点到6点，单休。", FT, (4000, 4800, M), 1.2,
      ["白班"], "fac", phys={"lift", "stand"}, hours=(8, 18), wkd="work", days=6),
    p(10, "平车工（计件）", "五河服装厂招熟练平车工，做工装裤，两年以上平车经验，计件，早8晚6，中午休息一个半小时，包吃住。",
      FT, (5000, 8000, M), 4.5, ["计件", "包吃住"], "fac", phys={"sit"}, hours=(8, 18), exp=2, exp_cat="sew",
      lodging=True),
    p(11, "石榴汁厂季节工", "怀远石榴饮料厂九月到十一月招季节工，石榴上线清洗、挑拣，站着干，手一直泡水里。两班倒，早6点到晚6点、"
      "晚6点到早6点。包吃。", GIG, (150, 180, D), 5.4, ["季节工", "包吃"], "fac", phys={"stand", "wet"}, night=True,
      shifts=True, day_h=12, hours=None),
    p(12, "汽配厂装配工（长白）", "汽配厂装配线，长白班8:00-17:00，双休，站着装配，零件很轻，有空调。18-45岁。", FT, (4200, 5000, M),
      1.9, ["双休"], "fac", phys={"stand"}, hours=(8, 17), wkd="off", days=5, age=(18, 45)),
    p(13, "硅材料厂巡检", "蚌山区新材料厂巡检工，三班倒，每班巡几栋厂房，上下楼梯，记录读数。中专以上。", FT, (5200, 6000, M), 5.8,
      ["三班倒"], "fac", phys={"walk", "stairs"}, night=True, shifts=True, edu=3, skills={"read"}),
    # ---- wh ----
    p(14, "淮河码头装卸工", "淮上区码头装卸，黄沙水泥都有，日结，活多活少看船。", GIG, (200, 350, D), 3.1, ["日结"], "wh",
      phys={"lift", "heat", "two_hands", "bend"}, age=(18, 55), unsure=TIMES,
      inf={"lift": LIFT, "heat": HOT, "two_hands": HANDS, "bend": LIFT}),
    p(15, "快递分拣（夜班）", "高铁站旁物流园快递分拣，夜班晚8点到早6点，站流水线，大件也要搬。18-50岁。", FT, (4800, 5800, M), 3.3,
      ["夜班"], "wh", phys={"stand", "lift"}, night=True, hours=(20, 30), age=(18, 50)),
    p(16, "电商仓打包员", "蚌山区电商仓打包，发的是怀远石榴和五河醉蟹礼盒，不用搬重物，箱子有人码，白班9点到6点，单休。", FT,
      (3500, 4200, M), 0.8, ["白班"], "wh", phys={"stand"}, hours=(9, 18), wkd="work", days=6),
    p(17, "医药仓仓管", "医药公司仓库管理员：电脑做出入库，盘点，8:30-17:30 双休，叉车证优先（没有也可以），大专以上。", FT,
      (4500, 5500, M), 2.6, ["双休", "五险一金"], "wh", skills={"computer"}, hours=(8.5, 17.5), wkd="off", days=5,
      edu=4),
    p(18, "小区驿站", "小区驿站招人 早八晚八 月休四天 3200", FT, (3200, 3200, M), 0.6, [], "wh",
      phys={"lift", "stand"}, hours=(8, 20), wkd="work", days=6, inf={"lift": LIFT}),
    p(19, "小龙虾打包发货（夏季）", "五河县小龙虾发货旺季（5-8月）打包，晚6点到凌晨2点，冷库里分拣装箱，手泡冰水。日结。", GIG,
      (200, 260, D), 5.6, ["日结", "季节"], "wh", phys={"cold", "wet", "two_hands"}, night=True, hours=(18, 26)),
    p(20, "冷库分拣", "固镇食品冷库分拣，零下十八度，穿棉大衣，一箱二十斤，早7点到下午4点，月休四天。", FT, (5000, 5500, M), 4.8,
      [], "wh", phys={"cold", "lift"}, hours=(7, 16), wkd="work", days=6),
    p(21, "夜间理货员", "超市配送中心夜间理货，晚10点到早6点，拣货上架，要爬梯子。", FT, (4300, 5000, M), 2.7, ["夜班"], "wh",
      phys={"lift", "heights", "stand"}, night=True, hours=(22, 30)),
    # ---- clean ----
    p(22, "小区保洁员", "龙子湖区小区保洁，负责两栋楼楼道和电梯，拖地擦扶手，早7点到下午5点中午休两小时，月休四天，60岁以内。",
      FT, (2200, 2500, M), 1.1, [], "clean", phys={"bend", "two_hands", "stairs"}, hours=(7, 17), day_h=8,
      wkd="work", days=6, age=(18, 60), inf={"two_hands": MOP, "bend": BEND}),
    p(23, "高铁站保洁", "蚌埠南站保洁，三班倒，候车厅来回走，站一班。55岁以内。", FT, (2800, 3200, M), 4.0, ["三班倒"], "clean",
      phys={"stand", "walk"}, night=True, shifts=True, age=(18, 55)),
    p(24, "写字楼保洁", "写字楼保洁 早7-11点 周一到周五 1600 不用爬高 65岁以内", FT, (1600, 1600, M), 0.9, ["半天"], "clean",
      phys={"bend", "two_hands"}, hours=(7, 11), wkd="off", days=5, age=(18, 65), inf={"two_hands": MOP, "bend": BEND}),
    p(25, "医院保洁", "医院住院部保洁，白班7:00-17:00，单休，倒垃圾、拖地、擦床头柜，要戴手套接触医疗垃圾。55岁以内。", FT,
      (2600, 3000, M), 2.0, [], "clean", phys={"bend", "wet", "walk"}, hours=(7, 17), wkd="work", days=6,
      age=(18, 55)),
    p(26, "环卫清扫工", "淮上区环卫清扫，早4点半到11点半、下午2点半到5点半，扫马路，60岁以内。", FT, (2400, 2600, M), 3.5,
      [], "clean", phys={"walk", "heat"}, hours=(4.5, 17.5), day_h=10, age=(18, 60), unsure={"night"}, inf={"heat": HOT}),
    p(27, "宾馆布草", "宾馆客房布草，收脏布草送洗衣房，布草车上百斤推着走，8点到5点，月休四天。", FT, (3000, 3400, M), 1.5, [],
      "clean", phys={"lift", "stand", "walk"}, hours=(8, 17), wkd="work", days=6),
    p(28, "洗车工", "洗车店招洗车工。", FT, (3500, 4500, M), 2.3, [], "clean", phys={"wet", "bend", "heat"},
      unsure=TIMES, inf={"wet": WET, "bend": BEND, "heat": HOT}),
    p(29, "开荒保洁（日结）", "新房开荒保洁 日结 擦玻璃要站梯子 自带干粮", GIG, (200, 250, D), 3.9, ["日结"], "clean",
      phys={"heights", "bend", "two_hands", "dust"}, unsure=TIMES,
      inf={"bend": BEND, "two_hands": MOP, "dust": "a new flat is cleaned of plaster and putty dust"}),
    # ---- sec ----
    p(30, "小区保安", "蚌山区小区保安，12小时两班倒，持保安员证，60岁以内，站岗巡逻。", FT, (3000, 3500, M), 1.4, ["两班倒"],
      "sec", phys={"stand", "walk"}, night=True, shifts=True, day_h=12, lic={"security"}, age=(18, 60)),
    p(31, "学校门卫", "中学门卫，白班早7点到晚7点，无需夜班（夜里有专人），做一休一，65岁以内，看门登记，会写字。", FT,
      (2200, 2500, M), 0.7, ["无需夜班"], "sec", hours=(7, 19), day_h=12, days=4, age=(18, 65), skills={"read"}),
    p(32, "工地看门", "工地看门，包住，晚上巡两圈。", FT, (2500, 3000, M), 2.8, ["包住"], "sec", night=True, lodging=True,
      phys={"walk"}),
    p(33, "停车场收费员", "商场停车场收费员，三班倒，岗亭坐着，电脑收费系统。", FT, (2600, 3000, M), 1.8, ["三班倒"], "sec",
      phys={"sit"}, night=True, shifts=True, skills={"computer", "cash"}),
    p(34, "高铁站安检员", "蚌埠南站安检员，18-35岁，高中以上，倒班，站着看机器、手检，持保安员证。", FT, (3500, 4200, M), 4.1,
      ["倒班"], "sec", phys={"stand"}, night=True, shifts=True, age=(18, 35), edu=3, lic={"security"}),
    p(35, "押运员（退役军人专岗）", "银行押运员，退役军人专岗，22-45岁，白班8:00-18:00，单休。", FT, (4500, 5500, M), 3.0,
      ["退役军人"], "sec", prog="veteran", age=(22, 45), hours=(8, 18), wkd="work", days=6),
    p(36, "商场夜班巡逻", "商场夜班巡逻员，晚9点到早7点，整夜走着巡楼层，上下楼梯。55岁以内。", FT, (3200, 3600, M), 2.1,
      ["夜班"], "sec", phys={"walk", "stairs"}, night=True, hours=(21, 31), age=(18, 55)),
    # ---- food ----
    p(37, "烧饼店学徒", "老蚌埠烧饼店，早4点开炉，和面、揉面、贴炉子，炉子边上热。包吃。", FT, (3000, 4000, M), 0.5, ["包吃"],
      "food", phys={"heat", "two_hands", "stand"}, hours=(4, 12), unsure={"night"}),
    p(38, "龙虾馆服务员", "淮上区龙虾馆服务员，下午4点到晚12点，端盆上菜，站一晚上。包吃。18-40岁。", FT, (3500, 4500, M), 3.2,
      ["包吃"], "food", phys={"stand", "walk"}, night=True, hours=(16, 24), age=(18, 40)),
    p(39, "大学食堂帮厨", "龙子湖大学城食堂帮厨，早6点到下午2点，洗菜切菜，打饭，寒暑假放假。", FT, (2800, 3300, M), 2.5,
      ["寒暑假"], "food", phys={"stand", "wet"}, hours=(6, 14), inf={"wet": WET}),
    p(40, "快餐店服务员", "快餐店服务员，10-14点、17-21点两头班，月休四天，收拾桌子、打包。", FT, (3000, 3500, M), 1.0, [],
      "food", phys={"stand", "walk"}, hours=(10, 21), day_h=8, wkd="work", days=6),
    p(41, "奶茶店周末兼职", "奶茶店周末兼职，周六周日各8小时，时薪18元，站吧台。18-30岁。", GIG, (18, 18, H), 0.9, ["兼职"],
      "food", phys={"stand"}, hours=(10, 18), wkd="work", days=2, age=(18, 30)),
    p(42, "饭店洗碗工", "饭店洗碗，中午晚上两顿，包吃。", FT, (2800, 3200, M), 1.3, ["包吃"], "food",
      phys={"wet", "stand"}, hours=(10, 21), inf={"wet": WET, "stand": STAND}),
    p(43, "火锅店传菜员", "火锅店传菜，上午11点到晚上10点，中间休两小时，单休。", FT, (3200, 3800, M), 4.4, [], "food",
      phys={"stand", "walk"}, hours=(11, 22), day_h=9, wkd="work", days=6),
    p(44, "面馆打荷（可坐）", "小面馆，包馄饨、包饺子，坐着包，早9点到下午3点，周日休。", FT, (2500, 3000, M), 0.4, [], "food",
      phys={"sit", "two_hands"}, hours=(9, 15), wkd="work", days=6),
    # ---- cook ----
    p(45, "中餐厨师", "蚌山区酒店招中餐热菜厨师，持厨师证，三年以上经验，9:30-14:00、16:30-21:00，月休四天。", FT,
      (6000, 8000, M), 2.2, [], "cook", phys={"stand", "fumes", "heat"}, hours=(9.5, 21), day_h=9, wkd="work",
      days=6, lic={"chef"}, exp=3, inf={"fumes": SMOKE}),
    p(46, "农家乐厨师", "五河沱湖边农家乐，做螃蟹宴、湖鲜，包吃住，三年以上厨师经验，旺季忙。", FT, (6000, 9000, M), 5.1,
      ["包吃住"], "cook", phys={"stand", "fumes", "heat"}, exp=3, lodging=True, unsure=TIMES, inf={"fumes": SMOKE}),
    p(47, "幼儿园厨师", "幼儿园厨师，7:00-16:00，双休，寒暑假有假，做一百多个孩子的饭，持健康证和厨师证。", FT, (3500, 4000, M),
      1.7, ["双休"], "cook", phys={"stand", "fumes", "lift"}, hours=(7, 16), wkd="off", days=5, lic={"chef"},
      inf={"fumes": SMOKE, "lift": "pots of food for a hundred children are lifted"}),
    p(48, "早餐面点师", "早餐店面点，凌晨3点半到10点，包子馒头油条，一年以上经验。", FT, (4500, 5500, M), 3.6, [], "cook",
      phys={"stand", "heat"}, hours=(3.5, 10), exp=1, unsure={"night"}),
    # ---- retail ----
    p(49, "超市收银员", "超市收银，可以坐着收银，早班7:00-15:00、晚班15:00-22:30两班轮换，会收银机，45岁以内。", FT,
      (2800, 3300, M), 1.0, ["倒班"], "retail", phys={"sit"}, shifts=True, hours=(7, 22.5), day_h=8,
      skills={"cash"}, age=(18, 45)),
    p(50, "超市理货员", "超市理货，上货补货，饮料米面要搬，8点到5点，单休。", FT, (2800, 3200, M), 1.6, [], "retail",
      phys={"lift", "stand", "bend"}, hours=(8, 17), wkd="work", days=6),
    p(51, "石榴专卖店店员", "怀远石榴专卖店，店面不大，主要是称重、打包、收钱，客人不多的时候可以坐着。老板人好，中午管饭。"
      "每天早上进货的时候要把一筐一筐的石榴从三轮上卸下来，一筐四十来斤。8点半到6点半，月休四天。", FT, (3000, 3500, M), 4.6,
      [], "retail", phys={"lift"}, hours=(8.5, 18.5), wkd="work", days=6, skills={"cash"}),
    p(52, "药店营业员", "连锁药店营业员，医药相关专业，中专以上，两班倒（早8晚3、晚3晚10），持证优先。", FT, (3200, 4000, M),
      2.0, [], "retail", phys={"stand"}, shifts=True, hours=(8, 22), day_h=7, edu=3, skills={"med_major"}),
    p(53, "便利店夜班店员", "便利店夜班，晚10点到早8点，收银理货。", FT, (3500, 3800, M), 0.8, ["夜班"], "retail",
      phys={"stand"}, night=True, hours=(22, 32), skills={"cash"}),
    p(54, "菜市场摊位帮工", "禹会菜市场蔬菜摊帮工，早5点到中午12点，卸菜码菜收钱。", FT, (3000, 3300, M), 1.4, [], "retail",
      phys={"lift", "stand", "bend"}, hours=(5, 12), skills={"cash"}),
    p(55, "手机店店员", "手机店店员，会用电脑，站柜台介绍手机，9点到9点，做六休一，20-35岁。", FT, (3500, 6000, M), 2.4, [],
      "retail", phys={"stand", "speech"}, hours=(9, 21), day_h=12, days=6, wkd="work", skills={"computer"},
      age=(20, 35)),
    # ---- deliv ----
    p(56, "外卖骑手", "美团外卖骑手，全职兼职都可，电动车自备，时间自由。", GIG, (5000, 9000, M), 1.3, ["时间自由"], "deliv",
      phys={"ride", "heat", "stairs"}, hours="flex", skills={"read"}, inf={"heat": HOT, "stairs": STAIRS, "ride": RIDE}),
    p(57, "送水工", "送桶装水，按桶算，淮上区。", GIG, (4000, 6000, M), 3.0, [], "deliv",
      phys={"lift", "stairs", "ride", "heat", "two_hands"}, unsure=TIMES,
      inf={"lift": LIFT, "stairs": STAIRS, "ride": RIDE, "heat": HOT, "two_hands": HANDS}),
    p(58, "快递派件员", "快递网点派件，电动车送，每天一百多件，要打电话约客户。早7点到晚7点。", FT, (5000, 6500, M), 2.5, [],
      "deliv", phys={"ride", "lift", "heat", "speech", "hearing"}, hours=(7, 19), inf={"speech": PHONE, "heat": HOT}),
    p(59, "搬家工", "搬家公司，一天一结。", GIG, (250, 350, D), 2.9, ["日结"], "deliv",
      phys={"lift", "stairs", "two_hands", "bend"}, unsure=TIMES,
      inf={"lift": LIFT, "stairs": STAIRS, "two_hands": HANDS, "bend": LIFT}),
    p(60, "同城跑腿", "同城跑腿 接单自由 电动车", GIG, (3000, 6000, M), 1.1, [], "deliv", phys={"ride", "heat"},
      hours="flex", skills={"read"}, inf={"heat": HOT}),
    # ---- office ----
    p(61, "行政文员", "公司行政文员，大专以上，会Word/Excel，8:30-17:30双休。", FT, (3500, 4500, M), 1.5, ["双休"], "office",
      phys={"sit"}, skills={"computer"}, edu=4, hours=(8.5, 17.5), wkd="off", days=5),
    p(62, "电话客服", "通信公司外包电话客服，9点到6点，单休，戴耳麦接电话，普通话标准，18-35岁，中专以上。", FT,
      (3500, 4500, M), 2.7, [], "office", phys={"sit", "hearing", "speech"}, skills={"computer"}, edu=3,
      hours=(9, 18), wkd="work", days=6, age=(18, 35)),
    p(63, "居家在线客服（文字）", "电商平台在线客服，纯打字回复，在家做，自己的电脑，每天至少4小时，时段自选，打字每分钟50字以上。",
      GIG, (2500, 4000, M), 8.5, ["居家", "兼职"], "office", home=True, hours="flex", daily_min=4,
      skills={"computer"}, phys={"sit"}),
    p(64, "会计", "商贸公司会计，持初级会计证，两年以上做账经验，会用财务软件，8:30-17:30，双休。", FT, (4500, 6000, M), 1.9,
      ["双休"], "office", lic={"acct"}, exp=2, skills={"computer"}, hours=(8.5, 17.5), wkd="off", days=5),
    p(65, "出纳", "出纳，财会类专业大专以上，跑银行，9:00-17:30，单休。", FT, (3500, 4200, M), 2.4, [], "office",
      skills={"acct_major", "computer"}, edu=4, hours=(9, 17.5), wkd="work", days=6),
    p(66, "酒店前台", "酒店前台，三班倒，站着接待，18-30岁，形象好。", FT, (3200, 3800, M), 1.2, ["三班倒"], "office",
      phys={"stand", "speech", "hearing"}, night=True, shifts=True, age=(18, 30), skills={"computer"}),
    p(67, "居家数据标注", "数据标注员（居家），给图片画框，按件算，时间自己定，要会用电脑。", GIG, (2000, 4500, M), 12.0,
      ["居家", "计件"], "office", home=True, hours="flex", skills={"computer"}, phys={"sit", "eyesight"},
      inf={"eyesight": "boxes are drawn round small things in pictures by eye"}),
    p(68, "居家录入员", "资料录入，居家，自备电脑，每天不少于3小时，周结。", GIG, (1500, 3000, M), 2.3, ["居家"], "office",
      home=True, hours="flex", daily_min=3, skills={"computer", "read"}, phys={"sit", "eyesight"},
      inf={"eyesight": "scanned papers are read and typed all day"}),
    p(69, "社区网格员", "社区网格员，大专以上，走访入户、上报事件，要爬楼，会用手机APP，8:30-17:30，周末轮值。", FT,
      (3000, 3500, M), 1.7, [], "office", phys={"walk", "stairs"}, edu=4, skills={"computer"}, hours=(8.5, 17.5),
      wkd="work"),
    # ---- sales ----
    p(70, "电话销售", "电销，打电话推课程，有底薪有提成，9-18点，单休，会说就行。", FT, (3000, 8000, M), 1.4, [], "sales",
      phys={"speech", "hearing", "sit"}, hours=(9, 18), wkd="work", days=6),
    p(71, "汽车销售顾问", "4S店销售顾问，C1驾照，大专以上，站展厅，单休。", FT, (4000, 10000, M), 4.7, [], "sales",
      phys={"stand", "speech"}, lic={"C1"}, edu=4, wkd="work", days=6, hours=(8.5, 17.5)),
    p(72, "石榴直播助播", "怀远石榴直播间助播，晚7点到11点，普通话，上镜，18-35岁，夜班无，下播就走。", FT, (3000, 5000, M), 5.3,
      [], "sales", phys={"speech"}, hours=(19, 23), age=(18, 35)),
    p(73, "房产经纪人", "房产中介经纪人，带看房，天天在外面跑，电动车，单休。", FT, (3000, 12000, M), 2.2, [], "sales",
      phys={"walk", "ride", "heat", "speech"}, wkd="work", days=6, unsure=TIMES, inf={"heat": HOT}),
    # ---- hand ----
    p(74, "居家串珠手工", "居家串珠手链，计件，材料送上门，时间自由，眼神要好。", GIG, (800, 2000, M), 1.8, ["居家", "计件"], "hand",
      home=True, hours="flex", phys={"eyesight", "two_hands"}, inf={"eyesight": FINE}),
    p(75, "居家缝纫（外发）", "服装外发，在家用自己的缝纫机踩，会平车的来，一周收一次货。", GIG, (1500, 3500, M), 3.6, ["居家"],
      "hand", home=True, hours="flex", exp=1, exp_cat="sew", phys={"sit"}),
    p(76, "玻璃工艺品手绘", "玻璃工艺品厂手绘花纹，会画画的来，坐着画，8点到5点，双休。", FT, (3500, 5000, M), 4.3, ["双休"], "hand",
      phys={"sit", "eyesight"}, exp=1, exp_cat="paint", hours=(8, 17), wkd="off", days=5),
    p(77, "居家钩针", "钩针编织 玩偶挂件 居家 计件 会钩针", GIG, (1000, 2500, M), 2.0, ["居家"], "hand", home=True, hours="flex",
      exp=1, exp_cat="crochet", phys={"two_hands", "eyesight"}),
    p(78, "中国结编织（居家）", "中国结编织，教会再领料，在家编，按个算，不限年龄。", GIG, (600, 1500, M), 1.0, ["居家"], "hand",
      home=True, hours="flex", phys={"two_hands"}),
    p(79, "线束加工（可居家）", "电子线束穿插，可以领回家做，每周送料收货一次，坐着做。", GIG, (1200, 2500, M), 2.6, ["居家"], "hand",
      home=True, hours="flex", phys={"two_hands", "eyesight"}, inf={"eyesight": FINE}),
    # ---- care ----
    p(80, "养老院护理员", "养老院护理员，院子大、伙食好。给卧床老人翻身、擦洗、喂饭，12小时两班倒。50岁以内，护理员证优先。", FT,
      (3500, 4500, M), 2.1, ["两班倒"], "care", phys={"lift", "bend"}, night=True, shifts=True, day_h=12,
      age=(18, 50), inf={"lift": TURN}),
    p(81, "月嫂", "月嫂，住家26天，持母婴护理证，有经验，50岁以内。", FT, (8000, 12000, M), 1.5, ["住家"], "care",
      live_in=True, lic={"nanny"}, age=(18, 50), night=True, inf={"night": "a newborn is fed through the night"}),
    p(82, "育儿嫂（不住家）", "育儿嫂，不住家，早8点到晚6点，带一岁半宝宝，单休，持育婴师证。", FT, (5000, 6000, M), 0.9, [], "care",
      phys={"lift", "stand"}, hours=(8, 18), wkd="work", days=6, lic={"nanny"}, inf={"lift": CHILD}),
    p(83, "医院陪护", "医院陪护，24小时陪床，晚上睡陪护床，要扶病人上厕所。", GIG, (200, 260, D), 2.3, [], "care",
      phys={"lift"}, night=True, inf={"lift": TURN}),
    p(84, "钟点工（做饭打扫）", "家政钟点工，上午8点到11点，给老人做饭打扫，周一到周五。", GIG, (25, 30, H), 1.2, [], "care",
      phys={"bend", "wet"}, hours=(8, 11), wkd="off", days=5, inf={"bend": BEND}),
    p(85, "养老护理员（持证）", "日间照料中心护理员，白天8点到5点，持养老护理员证，不用抱人（有移位机），单休。", FT,
      (3200, 3800, M), 3.4, [], "care", hours=(8, 17), wkd="work", days=6, lic={"carer"}, phys={"walk"}),
    # ---- build ----
    p(86, "装修小工", "装修小工 搬料 清垃圾 日结 包午饭", GIG, (180, 230, D), 2.0, ["日结"], "build",
      phys={"lift", "stairs", "dust"}, unsure=TIMES, inf={"stairs": STAIRS, "dust": "demolition raises dust"}),
    p(87, "水电工", "水电工，持电工证，三年以上家装水电经验，会开槽布线，要爬梯子。", FT, (6000, 9000, M), 3.8, [], "build",
      lic={"elec"}, exp=3, phys={"heights", "dust"}, unsure=TIMES),
    p(88, "防水工", "屋面防水，铺卷材，夏天热，跪着干。", GIG, (250, 350, D), 4.9, [], "build",
      phys={"bend", "heat"}, unsure=TIMES),
    p(89, "钢筋工", "工地钢筋工，55岁以内，有经验，早6点到晚6点，包住。", FT, (7000, 9000, M), 5.5, ["包住"], "build",
      phys={"lift", "heat", "bend"}, hours=(6, 18), age=(18, 55), lodging=True, exp=1, inf={"heat": HOT}),
    p(90, "装修看料员", "装修公司看料，坐在仓库门口登记进出的材料，不用搬重物，白天8点到5点，会写字。", FT, (2800, 3200, M), 1.9,
      [], "build", hours=(8, 17), skills={"read"}),
    # ---- elec ----
    p(91, "家电维修", "家电维修上门，两年以上经验，电动车，单休。", FT, (5000, 8000, M), 1.6, [], "elec",
      phys={"ride", "bend"}, exp=2, wkd="work", days=6, unsure=TIMES),
    p(92, "电动车维修", "电动车修理铺，蹲着修车，一年以上经验，早8晚7。", FT, (4000, 6000, M), 0.7, [], "elec",
      phys={"bend"}, exp=1, hours=(8, 19)),
    p(93, "电梯维保", "电梯维保工，持电工证和高处作业证，倒班，要进井道。", FT, (5500, 7000, M), 3.5, [], "elec",
      lic={"elec", "heights"}, phys={"heights"}, shifts=True, night=True),
    # ---- green / farm ----
    p(94, "绿化养护工", "绿化养护，修剪浇水拔草，户外，60岁以内，7点到5点。", FT, (2500, 2800, M), 2.6, [], "green",
      phys={"heat", "bend"}, hours=(7, 17), age=(18, 60)),
    p(95, "苗木基地工人", "怀远苗木基地，起苗装车，日结。", GIG, (150, 200, D), 5.7, ["日结"], "green",
      phys={"heat", "lift", "bend"}, unsure=TIMES, inf={"lift": LIFT, "heat": HOT, "bend": BEND}),
    p(96, "石榴采摘工", "怀远石榴园九月采摘，爬梯子摘高处的，背筐，早6点到下午2点，日结。", GIG, (160, 200, D), 5.9, ["日结"],
      "farm", phys={"heights", "heat", "lift"}, hours=(6, 14)),
    p(97, "螃蟹塘口看塘", "五河螃蟹塘口看塘，住塘边小屋，夜里巡塘防偷，包吃住。", FT, (3500, 4000, M), 5.8, ["包吃住"], "farm",
      night=True, lodging=True, phys={"walk", "wet"}),
    p(98, "蔬菜大棚工", "固镇蔬菜大棚，打杈摘菜，棚里热，日结。", GIG, (120, 150, D), 4.0, [], "farm", phys={"heat", "bend"},
      unsure=TIMES),
    # ---- drive ----
    p(99, "A2半挂司机", "A2半挂，跑新疆西藏，一趟二十天。", FT, (12000, 16000, M), 3.2, [], "drive", lic={"A2"}, travel=True,
      exp=3, night=True),
    p(100, "蓝牌城配司机", "蓝牌厢货城配，C1就行，市区送货，自己卸货，早7点到下午5点。", FT, (6000, 7500, M), 2.0, [], "drive",
      lic={"C1"}, phys={"lift"}, hours=(7, 17)),
    p(101, "园区班车司机", "园区通勤班车，持B1以上驾照，五年驾龄，早6:30-8:30、晚5-7点两段，中间可以回家，60岁以内。", FT,
      (4500, 5000, M), 4.5, [], "drive", lic={"B1"}, exp=5, hours=(6.5, 19), day_h=4, age=(18, 60)),
    p(102, "公交司机", "公交司机，A1驾照，25-50岁，早晚班轮换。", FT, (5500, 6500, M), 3.0, [], "drive", lic={"A1"},
      age=(25, 50), shifts=True, hours=(5.5, 22), day_h=8),
    p(103, "网约车司机", "网约车，C1驾照三年以上驾龄，公司有车，时间自由。", GIG, (5000, 9000, M), 1.1, [], "drive",
      lic={"C1"}, exp=3, hours="flex"),
    p(104, "代驾", "代驾，C1驾龄三年以上，晚上接单。", GIG, (3000, 8000, M), 0.8, [], "drive", lic={"C1"}, exp=3,
      night=True, phys={"walk", "ride"}),
    p(105, "叉车司机", "仓库叉车司机，持叉车证，一年经验，两班倒。", FT, (5500, 6500, M), 2.7, [], "drive",
      lic={"forklift"}, exp=1, night=True, shifts=True, inf={"night": TWELVE}),
    p(106, "校车司机", "小学校车司机，B1以上，驾龄五年以上，早6:30-8:00、下午3:30-5:30，双休寒暑假放假，60岁以内。", FT,
      (4000, 4500, M), 2.9, ["双休"], "drive", lic={"B1"}, exp=5, hours=(6.5, 17.5), day_h=3.5, wkd="off", days=5,
      age=(18, 60)),
    # ---- edu ----
    p(107, "小学托管老师", "小学托管，下午3点半到晚上7点，辅导作业，大专以上，周一到周五。", FT, (2000, 2800, M), 1.3, [], "edu",
      phys={"speech"}, hours=(15.5, 19), wkd="off", days=5, edu=4),
    p(108, "幼儿园保育员", "幼儿园保育员，7:30-17:00，双休，持保育员证，要抱孩子、打扫教室。", FT, (2800, 3200, M), 2.0, [], "edu",
      phys={"lift", "bend"}, hours=(7.5, 17), wkd="off", days=5, lic={"nanny"}),
    p(109, "初中数学家教", "初中数学家教，本科以上，周末上门，一次两小时，按小时。", GIG, (80, 120, H), 2.4, [], "edu", edu=5, wkd="work",
      hours=(9, 17), day_h=2, days=2),
    p(110, "书法兴趣班老师", "少儿书法班，周六日上午，会毛笔字。", GIG, (100, 150, H), 3.1, [], "edu", exp=1,
      exp_cat="calligraphy", wkd="work", hours=(8.5, 11.5), days=2),
    # ---- programmes ----
    p(111, "公益性岗位·社区协管员", "公益性岗位，社区协管，8:30-17:00，周一到周五，40-60岁，登记困难人员。", WEL, (2000, 2000, M),
      1.2, ["公益性岗位"], "office", prog="gongyi", hours=(8.5, 17), wkd="off", days=5, age=(40, 60),
      skills={"read"}),
    p(112, "公益性岗位·乡镇保洁", "怀远乡镇公益性岗位保洁，扫街捡垃圾，早6点到11点，下午3点到6点，50-60岁。", WEL,
      (1800, 1800, M), 5.0, ["公益性岗位"], "clean", prog="gongyi", phys={"walk", "heat", "bend"},
      hours=(6, 18), day_h=8, age=(50, 60)),
    p(113, "公益性岗位·农家书屋管理", "公益性岗位，村农家书屋管理员，坐着登记借书，会电脑，9点到4点。", WEL, (1800, 1800, M), 2.2,
      ["公益性岗位"], "office", prog="gongyi", phys={"sit"}, skills={"computer", "read"}, hours=(9, 16)),
    p(114, "见习·会计助理", "就业见习岗，会计助理，财会类专业，大专以上，见习期6个月，补贴1800。", INTERN, (1800, 1800, M), 1.8,
      ["见习"], "office", prog="jianxi", skills={"acct_major", "computer"}, edu=4, hours=(8.5, 17.5), wkd="off",
      days=5),
    p(115, "见习·电商运营", "见习岗，怀远石榴电商运营，大专以上，会电脑，双休，每周两天可居家。", INTERN, (2000, 2500, M), 4.4,
      ["见习"], "office", prog="jianxi", skills={"computer"}, edu=4, hours=(9, 17.5), wkd="off", days=5),
    p(116, "见习·医院导诊", "医院见习导诊，医药类专业中专以上，站着引导病人，8点到5点。", INTERN, (1800, 2000, M), 2.5, ["见习"],
      "office", prog="jianxi", skills={"med_major"}, edu=3, phys={"stand", "speech", "hearing"}, hours=(8, 17)),
    p(117, "见习·行政助理", "见习岗，行政助理，高中以上，会Word，8:30-17:00，双休。", INTERN, (1800, 1800, M), 3.3, ["见习"],
      "office", prog="jianxi", skills={"computer"}, edu=3, hours=(8.5, 17), wkd="off", days=5, phys={"sit"}),
    p(118, "残疾人就业基地·电商客服", "市残联残疾人就业基地，电商文字客服，有无障碍通道和卫生间，持残疾证，9点到5点，双休。", FT,
      (2500, 3000, M), 3.8, ["残疾人专岗", "无障碍"], "office", prog="disabled", access=True, skills={"computer"},
      hours=(9, 17), wkd="off", days=5, phys={"sit"}),
    p(119, "退役军人专岗·物业巡查", "物业公司退役军人专岗，白班巡查，8点到6点，单休，45岁以内。", FT, (3500, 4000, M), 2.3,
      ["退役军人"], "sec", prog="veteran", hours=(8, 18), wkd="work", days=6, age=(18, 45), phys={"walk"}),
    # ---- gig and odd ----
    p(120, "周末宴席帮工", "周末酒席帮工，端菜洗碗，周六周日中午，日结。", GIG, (120, 150, D), 1.6, ["日结", "周末"], "food",
      phys={"stand", "wet"}, hours=(9, 15), wkd="work", days=2),
    p(121, "发传单", "发传单 日结 站路口 9-12点", GIG, (80, 100, D), 0.6, ["日结"], "sales", phys={"stand", "heat"},
      hours=(9, 12)),
    p(122, "日结分拣工", "快递分拣日结，早上6点到中午12点，坐着分小件。", GIG, (100, 120, D), 2.4, ["日结"], "wh", phys={"sit"},
      hours=(6, 12)),
    p(123, "夜间盘点（零工）", "超市夜间盘点零工，晚10点到凌晨3点，按次结。", GIG, (150, 180, D), 1.9, [], "wh", night=True,
      hours=(22, 27), phys={"stand"}),
    p(124, "居家电话回访", "居家电话回访，给老客户打电话，每天上午3小时，在家就行。", GIG, (1500, 2500, M), 10.0, ["居家"], "sales",
      home=True, phys={"speech", "hearing"}, hours=(9, 12), wkd="off", days=5),
    p(125, "酒店客房服务员（包吃住）", "蚌山区酒店客房服务员，铺床打扫，包吃住，8点到4点，月休四天，50岁以内。", FT,
      (3200, 3600, M), 1.3, ["包吃住"], "clean", phys={"bend", "lift"}, hours=(8, 16), wkd="work", days=6,
      age=(18, 50), lodging=True),
    p(126, "玻璃厂质检（包吃住）", "凯盛玻璃深加工厂质检员，长白班8点到5点，包吃住，看玻璃有没有划痕，初中以上，站着。", FT,
      (4000, 4800, M), 4.9, ["包吃住", "长白班"], "fac", phys={"stand", "eyesight"}, hours=(8, 17), edu=2,
      lodging=True),
    p(127, "固镇食品厂普工（包住）", "固镇食品厂普工，包住，早8晚8，月休2天，操作封口机，男女不限。", FT, (4000, 5000, M), 16.0,
      ["包住"], "fac", phys={"stand"}, hours=(8, 20), lodging=True),
    p(128, "养鸡场饲养员", "五河养鸡场饲养员，包吃住，喂料捡蛋。", FT, (4000, 4500, M), 22.0, ["包吃住"], "farm", lodging=True,
      phys={"dust"}),
    p(129, "药房配药员（坐班）", "医院门诊药房配药，医药类专业中专以上，坐着，8点到5点，双休。", FT, (3500, 4200, M), 3.9, [], "office",
      skills={"med_major"}, edu=3, phys={"sit", "eyesight"}, hours=(8, 17), wkd="off", days=5),
    p(130, "物流园仓管（长白）", "淮上物流园仓管员，长白班8点到5点，手持PDA扫码，不搬货，会电脑，单休。", FT, (4000, 4500, M), 3.7,
      [], "wh", hours=(8, 17), wkd="work", days=6, skills={"computer"}),
    p(131, "保安（白班）", "小区白班保安，早7点到晚7点，做六休一，不要求证，60岁以内，坐岗亭登记。", FT, (2600, 2800, M), 3.6, [],
      "sec", hours=(7, 19), days=6, wkd="work", age=(18, 60), phys={"sit"}),
    p(132, "超市生鲜理货（早班）", "超市生鲜区早班，6点到2点，摆鱼摆肉，冷柜边，手碰冰水。", FT, (3000, 3400, M), 4.5, [], "retail",
      phys={"cold", "wet", "stand"}, hours=(6, 14)),
    p(133, "社区食堂打菜员", "社区老年食堂打菜，11点到1点、5点到6点半，只管站窗口打菜，不洗不切，周一到周六。", GIG,
      (20, 20, H), 1.0, [], "food", phys={"stand"}, hours=(11, 18.5), day_h=3.5, wkd="work", days=6),
    p(134, "居家剪线头", "服装厂外发剪线头，领回家剪，按件，老年人也行，不用电脑。", GIG, (600, 1500, M), 1.4, ["居家"], "hand",
      home=True, hours="flex", phys={"eyesight"}, inf={"eyesight": FINE}),
    p(135, "农贸市场保洁（周二四六）", "淮上农贸市场保洁，一周就干周二、周四、周六三天，早6点到下午4点，扫地冲地面，60岁以内。", GIG,
      (100, 120, D), 2.2, ["零工"], "clean", phys={"wet", "walk"}, hours=(6, 16), days=3, wkd="work", age=(18, 60)),
    p(136, "家政保洁（自选天数）", "家政公司保洁员，上门打扫，一周干几天自己定，按单算。", GIG, (30, 35, H), 1.7, ["时间自由"],
      "clean", phys={"bend", "two_hands"}, hours="flex", inf={"bend": BEND, "two_hands": MOP}),
    p(137, "早市保洁", "菜场早市结束后保洁，早7点到10点半，每天，65岁以内。", GIG, (1200, 1200, M), 0.9, [], "clean",
      phys={"wet", "bend"}, hours=(7, 10.5), age=(18, 65), inf={"bend": BEND}),
    p(138, "商场导购（双休）", "蚌山区商场童装导购，早9点到下午5点，双休（周末有专门的兼职），站着。", FT, (3000, 3600, M), 2.8,
      ["双休"], "retail", phys={"stand"}, hours=(9, 17), wkd="off", days=5),
    p(139, "小区门岗（周二四六）", "小区门岗替班，每周二、四、六三个白班，早7点到晚7点，60岁以内。", GIG, (120, 130, D), 3.1, [],
      "sec", hours=(7, 19), day_h=12, days=3, wkd="work", age=(18, 60), phys={"sit"}),
    # ---- the demand in the middle of a long text, or in a bullet list with abbreviations ----
    p(140, "食品厂配料工", "固镇经开区老牌食品厂，做了二十年的锅巴和麻花，本地人都吃过。厂里长白班早8点到下午5点，双休，五险一金，"
      "食堂免费，还有班车从县城接送。配料工主要是看着搅拌机，按单子把料配好，每天把五十斤一袋的面粉倒进搅拌机，一班二三十袋。"
      "年底有年终奖，过节发礼品，欢迎宝妈和返乡人员。", FT, (4200, 5000, M), 2.3, ["双休", "长白班"], "fac",
      phys={"lift", "two_hands", "stand"}, hours=(8, 17), wkd="off", days=5),
    p(141, "物业客服", "禹会区物业公司招客服。公司管着八个小区，口碑好。客服在物业中心坐班，接业主电话、登记报修、收物业费，"
      "遇到漏水、噪音的投诉要去现场看，老小区没电梯，一天上下六层楼好几趟。8:30-17:30，做六休一，中专以上，会电脑。", FT,
      (3200, 3800, M), 1.5, [], "office", phys={"stairs", "walk", "speech", "hearing"}, hours=(8.5, 17.5), days=6,
      wkd="work", edu=3, skills={"computer", "cash"}),
    p(142, "写字楼门岗", "【岗位】写字楼门岗\n• 白班 7:00-19:00，做二休二\n• 站岗，门岗不设座\n• 60岁内，不要求保安证\n• 包午饭",
      FT, (2800, 3000, M), 2.6, ["白班"], "sec", phys={"stand"}, hours=(7, 19), day_h=12, days=4, age=(18, 60)),
    p(143, "超市冻品区营业员", "超市冻品区营业员：给顾客称水饺汤圆、介绍产品、理货。冷柜里的冻品每天补两三次，一箱二十斤，手伸冰柜里摆货，"
      "要戴手套。早班7:30-15:30，晚班14:30-22:00，两班轮换，单休，45岁以内。做得好有提成。", FT, (3000, 3600, M), 0.9,
      ["倒班"], "retail", phys={"cold", "lift", "stand"}, shifts=True, hours=(7.5, 22), day_h=8, days=6, wkd="work",
      age=(18, 45), skills={"cash"}),
    p(144, "普工（长白包住）", "【招】普工 N名\n• 长白 8-5 双休\n• 包住(4人间) 不包吃\n• 18-45周岁\n• 需久站，需搬抬≥20kg\n"
      "• 五险 试用1个月", FT, (4000, 4600, M), 3.4, ["包住", "双休"], "fac", phys={"stand", "lift"}, hours=(8, 17),
      wkd="off", days=5, age=(18, 45), lodging=True),
    p(145, "城配司机（A2/B2）", "【招】司机2名\n• B2及以上，驾龄5年+\n• 蚌埠市内配送，不跑长途\n• 早6-下午4 月休4\n"
      "• 需协助装卸", FT, (6500, 7500, M), 2.8, [], "drive", lic={"B2"}, exp=5, phys={"lift"}, hours=(6, 16), days=6,
      wkd="work"),
    p(146, "居家养老上门服务员", "社区居家养老服务中心招上门服务员，给辖区里独居老人送餐、打扫、陪聊，工作很有意义，很多老人天天盼着。"
      "每天骑电动车跑七八户，夏天也得去。白天8点到5点，双休，55岁以内，有护理员证优先。", FT, (2800, 3300, M), 1.9, [], "care",
      phys={"ride", "heat", "stairs", "bend"}, hours=(8, 17), wkd="off", days=5, age=(18, 55),
      inf={"stairs": STAIRS, "bend": BEND}),
    p(147, "食堂打饭员", "龙子湖区一所中学的食堂，环境干净，寒暑假带薪休息。打饭员负责早中晚三餐窗口打饭，饭前把四十斤一盆的菜从灶台端到窗口，"
      "饭后收拾餐台。早6点到下午1点、下午4点半到6点半，周一到周五。", FT, (2800, 3200, M), 2.4, ["双休", "寒暑假"], "food",
      phys={"lift", "stand", "two_hands"}, hours=(6, 18.5), day_h=9, wkd="off", days=5),
]
