"""The lexicon of `kinds`: the job nouns of a post's name and the bodily demands each kind of work makes, the posts
that run the work rather than do it, and the words of a text that take a demand away (issue 22, sessions 11–12)."""

from __future__ import annotations

import re

BEND, COLD_WET, STAIRS, LIFTING, STANDING, WALKING, HEIGHTS, FINE, AIR = (
    "bend",
    "cold_wet",
    "stairs",
    "lifting",
    "standing",
    "walking",
    "heights",
    "fine_sight",
    "air",
)
HEAT, NOISE, SITTING = "heat", "noise", "sitting"  # session 18 (`kind_climate`, `kind_seated`)
DEMANDS = (BEND, COLD_WET, STAIRS, LIFTING, STANDING, WALKING, HEIGHTS, FINE, AIR, HEAT, NOISE, SITTING)
HANDS = "hands"  # both hands at work, or quick nimble ones (`body_hands`; not among the kinds bench's labelled DEMANDS)
# how the page says each demand ("保洁常需弯腰")
DEMAND_WORDS = {
    BEND: "常需弯腰",
    COLD_WET: "常要沾凉水",
    STAIRS: "常要爬楼送上门",
    LIFTING: "常要搬货",
    STANDING: "常要久站",
    WALKING: "常要来回走动",
    HEIGHTS: "常要登高",
    FINE: "常要看清细小的活",
    AIR: "常有油烟、粉尘或异味",
    HEAT: "常要在高温或烈日下干活",
    NOISE: "常要在噪音大的地方干活",
    SITTING: "常要久坐",
    HANDS: "常要两只手一起干",
}

# a carer at the bedside, not an upkeep or safety worker (养护工, 维护工, 防护工, 监护工): one noun for both tables, which
# read its bending and lifting here and its standing in `kind_trades`
CARER = r"(?<![养维防监管])护工|陪护"
# a hotel room attendant: the bed made (bending, on one's feet room to room) here, the bathroom scrubbed in `kind_trades`
ROOM_ATTENDANT = r"客房(?:服务员|保洁|清洁|阿姨|员)|做房"
# nouns more than one table reads (the older ones and `kind_labelled`): a tiler, a steel fixer, an ironer, a stock farm's
# hand (not a laboratory's mice)
TILER = r"瓦工|泥瓦|泥工|贴砖|瓷砖工|铺砖|(?:瓷|地|墙)砖(?:铺贴|铺设)"  # session 22: 瓷砖铺贴工 (K289)
STEEL_FIXER = r"钢筋工|(?:扎|绑|绑扎)钢筋"
IRONER = r"熨烫|整烫|烫衣"
FARM_HAND = r"(?<!小鼠)(?<!实验)(?<!实验动物)(?:饲养|养殖)|养(?:猪|鸡|鸭|鹅|牛|羊)场"
# the labelled tables' few words between a place and its worker ("电子厂夜班普工"); a plant and the hand on its line
# (`kind_labelled3`, `kind_labelled4`)
GAP = r"[^，。；,;（(]{0,4}?"
PLANT = r"(?:厂|公司|车间|工厂|企业)"
PLANT_HAND = r"(?:普工|操作工|操作员|员工|工人|作业员|杂工|季节工|临时工|小时工|学徒)"
# session 21 (`kind_labelled3` beside the older tables): a nurse (not a beauty parlour's, nor the 护士长 who runs the
# ward), an electrician (not 电子电工), a tofu maker (not its cashier, seller or driver), a
# sign or light-box fitter, an air conditioner's or an appliance's washer, a canteen's server, a grill's cook
NURSE = r"(?<![皮肤容发])护士(?!长)"
ELECTRICIAN = r"(?<!电子)电工"
TOFU = (
    r"豆腐(?:作?坊|店)?(?:帮工|工|师傅|学徒|帮手)|(?:做|磨|点|压|泡)豆腐|^豆腐作?坊$|"
    r"豆制品(?:加工|制作|厂|车间)?+(?!收银|销售|门店|配送|送货|店|司机|驾驶)|(?:发|生)豆芽"
)
SIGN_FITTER = r"广告(?:牌|招牌)?(?:制作)?安装|广告(?:牌|招牌)|灯箱|招牌安装"  # 广告牌安装工 whole, so its head
APPLIANCE_WASHER = r"空调清洗|(?:洗|清洗)空调|家电清洗"
MEAL_SERVER = r"(?:打饭|打菜|盛饭|分餐)(?:阿姨|大姐|员|工)?|食堂阿姨"
GRILL_COOK = r"烧烤(?:师傅|师|工|学徒|帮工|助手)|烤串(?:师傅|工)?"

# job nouns and what their work asks of the body; a noun is read in the post's name only ("小区保洁", "饭店洗碗工")
KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # home cleaning, on one's knees by the skirting and the stove; not offices, malls or wards, which mop standing (the
    # judges of the sixth set kept those for one who cannot squat), whose text says so where they bend (`STATED_WORDS`)
    (r"家政|保姆|钟点工|开荒|擦玻璃", (BEND,)),
    (rf"{CARER}|(?:养老)?护理员", (BEND, LIFTING)),
    (
        r"洗碗|洗菜|切配|水产|海鲜|杀鱼|鱼档|冻品|洗车|水台(?!面|盆|柜|板)",
        (COLD_WET, STANDING),
    ),  # a kitchen's wet station
    (r"冷库|冻库|冷藏库", (COLD_WET, LIFTING)),
    (r"外卖|骑手|送药|送餐员|跑腿|闪送|(?<![快物])配送(?:人员|小哥)?(?!\w)", (STAIRS,)),  # 生鲜配送: up to the door
    (r"送水|快递员|快递(?:小哥|派送|配送|收派)|派件|(?:快递|物流)?配送员", (STAIRS, LIFTING)),
    (r"搬运|装卸|卸车|卸货|上货", (LIFTING, STANDING)),  # on one's feet between the truck and the stack
    (r"送货|送菜|备货|(?:超市|商超|仓库|生鲜|批发|粮油)[^，。；,;（(]{0,4}?理货", (LIFTING,)),
    (r"(?<!客房)(?<!家政)服务员|传菜", (STANDING, WALKING)),  # on the move between tables through service
    (r"收银|导购|营业员|售货员|迎宾|厨师|厨工|帮厨|面点|打荷|后厨", (STANDING,)),
    (r"(?:酒店|宾馆|旅馆|客栈|民宿|足浴|会所|网吧|KTV|ktv|洗浴)[^，。；,;（(]{0,4}?前台", (STANDING,)),
    # session 12. A parcel hub's sorter: on one's feet all shift, parcels lifted on and off the belt; a warehouse's
    # picker walks the shelves with a cart or a scanner, light goods unless the text says (the dev judges kept 电商仓库
    # 拣货员 for backs that cannot lift, not 中转场分拣)
    (r"分拣", (STANDING, LIFTING)),
    (r"拣货|拣选", (STANDING, WALKING)),
    # a warehouse's packing bench and the factory line, stood at (a seated one says so: 坐岗, 坐班); not a bare 普工,
    # 操作工 or 包装工, which on real postings is as often a seat at an electronics bench, a machine room or planning
    (r"(?:仓库|仓储|电商|物流|快递)[^，。；,;（(]{0,4}?打包|流水线|装配(?:工|员)", (STANDING,)),
    # gardens and fields, weeding, planting and picking bent over (not 种植 of teeth, nor 绿化设计: `NOT_DOING`)
    (r"绿化|园林(?:工|绿化|养护)|花木|拔草|除草|种植(?:工|员)|采摘|(?:草坪|苗木|花卉|绿地)养护", (BEND,)),
    # a newborn bathed, changed and laid down; a hotel room's bed made and its bathroom scrubbed, room after room
    (r"月嫂|育儿嫂|育婴", (BEND,)),
    (ROOM_ATTENDANT, (BEND, STANDING, WALKING)),
    # the slaughterhouse and the cutting room, wet and chilled; 冷链 only for its stores, not its drivers
    (
        r"屠宰|剔骨|宰杀|杀猪|(?:肉|猪|牛|羊|禽)[类肉]?分割|分割工|冷链(?=[^，。；,;（(]{0,4}?(?:仓|库|分拣|搬运|装卸|理货))",
        (COLD_WET, STANDING),
    ),
    (r"搬家", (LIFTING, STAIRS)),  # furniture carried down the stairs of the old block and up the new
    # the finishing trades: tiles laid kneeling, boards and sacks of cement carried (not 装修 planned or priced)
    (TILER, (BEND, LIFTING)),
    (r"装修(?:工|师傅|杂工|小工)(?!长)|木工", (LIFTING,)),
    (r"送奶|送报|桶装水", (STAIRS,)),  # to the door of each flat, early
    # session 12 (dev7). A snack bar's or a canteen's helper is at the counter or the stove all shift; a stairwell
    # swept and its handrails wiped step by step is bent over (not a 保洁 of offices or wards, mopped standing)
    (
        r"(?:小吃|快餐|早餐|早点|饭|餐|面|粉|包子|饺子|馄饨)(?:店|馆|铺|档)[^，。；,;（(]{0,4}?(?:帮忙|帮工|杂工)|食堂(?:帮工|杂工)",
        (STANDING,),
    ),
    (r"楼道(?:保洁|清洁|卫生|打扫|清扫)", (BEND, STAIRS)),
    # fine hand work the eyes must follow: parts put into a board's holes, beads threaded, a seam sewn, a joint
    # soldered (in the name only: 插件 in a text is as often a software plugin; not 绣花制版, drawn on a screen)
    (
        r"插件|穿珠|串珠|钉珠|刺绣|绣花(?!制版)|缝纫(?![^，。；,;（(]{0,3}?(?:维修|修理|机修|保养|调试))|焊锡|"
        r"(?:小|电子)(?:电子)?[元零]?件(?:组装|装配)",
        (FINE,),
    ),  # not a 缝纫机维修 mechanic, who mends the machine
    (r"巡逻|巡检", (WALKING,)),  # rounds on foot
    # outside walls and scaffolds (高空作业 and 登高 in a name are read as stated, `physical`)
    (r"外墙(?:清洗|清洁|保温|粉刷)|蜘蛛人|架子工|幕墙安装", (HEIGHTS,)),
)
# duties a post's text lists that put the hands in water as a 洗碗工's name does ("负责洗碗、收桌子", "洗菜切菜"): read
# from the whole text, with the name's guards (a post that runs the work, the duty negated, the text's easing words);
# not a role named in a list of roles ("服务员、保洁、洗碗工等") nor a place or a machine ("洗碗区的清洁", "洗碗机")
DUTIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?:洗碗|刷碗|洗盘子|洗餐具|洗菜|择菜|杀鱼|(?:刷|洗)(?:小)?龙虾|洗(?:虾|鱼|海鲜)|"
        r"洗[^，。；,;、]{0,6}?(?:餐盘|碗筷|碗碟|杯碟|盘碗))(?!工(?!作)|员|阿姨|岗|间|区|池|机|盆|槽|台)",
        (COLD_WET,),
    ),
    # one 洗碗 post hired by name, not in a list of roles ("招洗碗员一名", a text of the role alone)
    (
        r"(?:^\s*|(?:招聘?|急招|诚聘|聘)\s*(?:\d+|[一两二三四五])?\s*(?:名|个|位)?)洗碗(?:工|员|阿姨)(?!\s*[、,，/和及与等])",
        (COLD_WET,),
    ),
    # a stairwell swept or wiped step by step in the text's duties ("扫地擦楼道", "负责拖楼道"), bent over as a
    # 楼道保洁's name is (issue 22 s14, dev9), and down the stairs floor by floor (s15, rev5)
    (r"(?:擦|扫|拖|打扫|清扫)楼道(?!灯|口|门)", (BEND, STAIRS)),
    # session 15 (dev8): the stairwells a post is charged with ("负责两栋楼道"), swept floor by floor down the stairs
    (r"负责[^，。；,;、]{0,4}?楼道(?!灯|口|门)", (BEND, STAIRS)),
    # a bare title's text that hires at a parcel station ("快递驿站招人") or sorts parcels and goods ("分拣打包"), as the
    # names 驿站 (`kind_roles`) and 分拣 do; not a courier's drop at one ("放到驿站"), nor a sorting centre or machine
    (r"驿站(?=招|诚聘|急聘|急招|(?:店员|员工|工作人员))", (LIFTING, STANDING)),
    (r"(?:负责|做|干)分拣|分拣(?=打包|包裹|快递|货物|装车)", (STANDING, LIFTING)),
    # full bins hauled out to the road or the truck ("垃圾桶要拖到路口", "负责把垃圾桶推出去"): loads; not a truck
    # driven to the tip ("开车拉垃圾")
    (
        r"(?:拖|推|搬)(?:垃圾桶|垃圾箱|垃圾)|拉垃圾(?:桶|箱)|垃圾(?:桶|箱)[^，。；,;]{0,4}?(?:拖|拉|推|搬)(?:到|去|出|走)",
        (LIFTING,),
    ),
)
# a duty waived for the person ("不用自己洗碗"), past a word the list negation does not skip
DUTY_WAIVED = re.compile(r"(?:不用|无需|不需要?|不必)(?:自己|再|去)?$")
# a duty its clause gives to someone else ("擦楼道扶手的活由别人干，你只管前台登记", rev6 #16): not this worker's
DONE_BY_ANOTHER = re.compile(
    r"[^，。；,;]{0,8}?(?:由|归|是|有)?(?:别人|别的人|其他人|其他同事|另外的人|专人)(?:来)?(?:干|做|负责|打扫|擦|扫|拖|管)"
    r"|[^，。；,;]{0,8}?(?:不用|不需要|无需)你(?:来)?(?:干|做|管|打扫)"
)
# a post that runs, sells, plans, teaches or answers for the work, or invests in it, not one that does it ("保洁主管",
# "快递公司客服", "外卖站长", "家政经纪人", "洗车合伙人"); 搬运 of videos is reposting them; not the 客服 inside 必胜客服务员.
# A head nurse or head chef runs the ward or the kitchen (not "护士长期招聘", "厨师长白班"); a machine's programmer sits at
# a desk ("CNC编程", "模具编程师傅"), unless the name also runs the machine ("CNC数控操机/编程员", "数控车床编程操作师傅")
NOT_DOING = re.compile(
    r"主管|经理|领班|班长|组长|队长|督导|主任|店长|站长|负责人|工程师|开发|运维|系统|客服(?!务)|文员|调度|运营|销售|业务员|招商|"
    r"经纪人?|合伙人|加盟|投资|创业|培训|讲师|老师|专员|会计|财务|出纳|统计|设计|策划|编辑|助理|人事|行政|用品|设备|机器人|"
    r"平台|坐店|维持秩序|视频|短剧|自媒体|新媒体|剪辑|直播|监理|预算|造价|指导|(?:护士|厨师)长(?!期|白|夜班)|"
    r"^(?!.*(?:操机|操作)).*编程"
)
# the head of a post's name is its last job noun, what the person is: a kind noun followed by another job noun ("海鲜
# 酒楼服务员", "外卖档口厨师", "家政讲课老师") only names the trade or place, and implies nothing of itself. A job noun is
# a word ending in a person's suffix; the words that only say how or for whom the kind's own work is done (服务员 of
# 家政, 打包员 of 冻品, 配送员 of 外卖) keep the kind the head. A driver is a job noun too: a 搬家车司机 or a 冷库叉车司机
# drives for the kind, and a 送货司机 (送 is its own work) still carries. A shift (KTV夜班服务员) and 加工 (缝纫加工, 线束加工工:
# the sewing is the work, not a 加-工 after it) keep the kind the head too (session 21).
LATER_ROLE = re.compile(r"(?P<stem>[^/、，,；;|（(\s]*?)(?:员|师|工|手|人员|工人|长|管|嫂|代表|顾问|司机|驾驶员)")
SAME_WORK = re.compile(
    r"^(?:夜班|白班|早班|晚班|中班)?(?:普|杂|零|小时|钟点|临时|兼职|全职|日结|学徒|服务|帮|接待|加)?$|保洁|清洁|家务|收纳|护理|育婴|养殖|"
    r"加工|分拣|打包|包装|搬运|装卸|理货|处理|管理|保管|清洗|宰杀|杀|切|配送|送|派|骑|跑|养护|修剪"
)
TRADE_ONLY = {"外卖": re.compile(r"配送|送|派|骑|跑")}  # 外卖's own work is carrying it: not its packers or cooks
# the text's own words that the demand is not made: the demand's words negated ("不用弯腰", "无需搬运"), or what
# takes it away ("有电梯", "坐着", "轻体力", "戴手套")
EASING = {
    BEND: re.compile(r"(?:不用|无需|不需要?|不必)(?:经常)?(?:弯腰|蹲|跪)|坐着"),
    COLD_WET: re.compile(r"(?:不|无需|不用|不需要?)(?:沾|碰|接触|下)(?:凉|冷)?水|(?:有|提供|配)(?:热水|洗碗机)|常温"),
    STAIRS: re.compile(
        r"(?<![没无])有电梯(?!也|都)|电梯(?:房|楼|上下)|(?:不用|无需|不需要?)(?:爬楼|走楼梯|上楼)|(?:送|放)到(?:小区门口|楼下|驿站|快递柜|自提点)|信箱|报箱"
    ),
    LIFTING: re.compile(
        r"轻体力|(?:不用|无需|不需要?|不必)(?:搬|扛|抬|提重)|(?:没有|无|不)(?:重活|重物|体力活)|"
        r"(?:货物?|东西|物品|药品|包裹|菜|活|件|箱子)(?:很|较|比较|都|也)?(?:轻|不重(?!要|复|视))|小件|坐着|坐岗|坐班|"
        r"(?:有人|有专人|别人)(?:搬|扛|抬)"
    ),
    STANDING: re.compile(r"坐着|可坐|坐班|坐岗|(?:有|配)(?:凳子|椅子|座位)|站坐"),
    WALKING: re.compile(r"(?:不用|无需|不需要?)(?:来回)?(?:走动|跑)|坐着|坐(?:岗|班|车巡逻)|(?:开车|车辆)巡逻|巡逻车"),
    HEIGHTS: re.compile(
        r"(?:不用|无需|不需要?|不必)(?:登高|高空|爬高|上高|上梯子|踩梯子)|地面作业|不(?:爬高|登高)|(?:高处|外墙|高层)(?:的)?(?:玻璃)?(?:有|由)专人"
    ),
    FINE: re.compile(r"(?:不用|无需|不需要?|不要求|不必)(?:看细|视力|眼力)|(?:配|有|提供)放大镜"),
    HANDS: re.compile(r"(?:单手|一只手)(?:就能|也能|可以|能)(?:干|做|操作)|(?:不用|无需|不需要?)(?:两只手|双手)"),
    # the stove's smoke or the dust kept away from the worker ("不用炒菜", "不在灶台边", "无油烟")
    AIR: re.compile(
        r"(?:不用|无需|不需要?|不必|不)(?:炒菜|掌勺|上灶|接触油烟)|不在灶(?:台)?(?:边|前|旁)|(?:无|没有)(?:油烟|粉尘|异味)"
    ),
    # session 18 (`kind_climate`, `kind_seated`): the hall cooled ("车间有空调", not "空调宿舍"), quiet, or the seat left
    HEAT: re.compile(
        r"(?:车间|厂房|店里|厨房|室内|工作环境)(?:有|配有?|装有|开)?(?:中央)?空调|"
        r"(?<![上装修洗拆])(?<!宿舍)(?<!宿舍里)(?:有|配有?|装有)(?:中央)?空调(?!宿舍|房间|住宿|的宿舍)|"
        r"(?:车间|厂房|室内)恒温|(?:无|没有)高温|不热|趁(?:早)?凉快|阴凉|不在灶(?:台)?(?:边|前|旁)|"
        r"(?:不用|无需|不需要?|不必|不)(?:炒菜|掌勺|上灶)|(?:做|切|拌)凉菜|凉菜(?:师傅|厨师|间|岗)"
    ),
    NOISE: re.compile(
        r"(?:环境|车间|厂房|办公室)(?:很|比较|挺)?安静|(?:无|没有)噪(?:音|声)|噪(?:音|声)(?:很|较|比较)?小|不吵"
    ),
    SITTING: re.compile(
        r"站坐(?:结合|交替|轮换|都行|随意)|可站可坐|(?:不用|无需|不需要?|不必)(?:一直|久|长时间|整天)?坐|"
        r"(?:经常|常|要|需要?|可以|能)(?:起来)?(?:走动|走走|活动)|外勤|跑外|也有站着|站着坐着都|坐着站着都|"
        r"时间自由|自由安排时间|来几个钟头都行|随时(?:可以)?(?:起来|休息|走动)"
    ),
}
# bending and wet hands a text states ("踢脚线得蹲下来擦", "擦灶台抹地", "手整天泡水里"), which no other reader keeps
STATED_WORDS = {
    BEND: re.compile(
        r"蹲(?:下来|下|着)?[^，。；,;]{0,2}?(?:擦|洗|拖|抹|捡|拔)|弯(?:着)?腰(?:擦|洗|捡|拔|干活|作业)|抹地|擦地脚线|擦踢脚线|"
        # a ward's low furniture and the floor under its beds (session 19, dev13: "倒垃圾、拖地、擦床头柜")
        r"擦(?:拭)?床头柜|(?:擦|拖|扫)(?:病)?床(?:底|下面|底下)"
    ),
    # fine sight the text asks at the head of a clause ("眼神要好", "要求眼力好", "要眼神好，看小零件"), not one waived
    # ("眼神不好也没关系", "不需要眼神好") nor someone's said of them ("老板眼神好")
    FINE: re.compile(
        r"(?:^|(?<=[，,。；;、：:\s])|(?<=要求)|(?<=需要)|(?<=需)|(?<=[^不]要)|(?<=^要)|(?<=得))(?<!不需要)(?<!不要求)"
        r"(?:眼神|眼力)(?:要|得|需要?|必须)?(?:好|佳)(?!看)"
    ),
    COLD_WET: re.compile(
        r"(?:手|双手)?(?:整天|一直|成天|老|长时间)?泡(?:在)?(?:冷|凉)?水里|手(?:整天|一直|成天|老|长时间)(?:沾|在)水|冷库(?:里|内)?(?:作业|工作|干活)|零下\d+度|低温(?:作业|环境)"
    ),
}
