"""The ordinary hours of 70 more kinds of work, as three other blind labellers judged them (issue 22, session 22).

Round 2 of `bench/kinds/hours/` (K231-K300, the same brief and five limits as round 1, `python -m bench.kinds.hours`),
written as `kind_hours_table` is: each row gives, for the job nouns of a post's name, the limits two or three of the
labellers called broken (`DAWN` where their assumed day starts before 08:00). These rows are read after the work done
at home (`kind_hours_table.AT_HOME`) and before round 1's (`kind_hours.ROWS`), since their nouns are the narrower: a
皮具厂手工缝制工 is no 居家手工, a 幼儿园厨师 (done by half past four, weekends off) no 饭店厨师, a 卤菜店店员 keeps longer
days than a 收银员, a 燃气入户安检员 is no station's 安检员 on a rota. Nouns are kept from overreaching on real titles
(民宿管家 is no 宿管, 绣花制版 no 机绣, 游戏讲解员 no 景区's, 安检票务 no 检票, 有美工基础 no 美工, 门窗检验员 no
fitter, a hospital's 验配师 no optician's shop). The ids are the labelled kinds.
Not here, as in round 1: the posts whose name `NOT_DOING` silences (行政助理, 人事专员, 物业客服).
"""

from __future__ import annotations

from matching.facts.kind_hours_table import (
    DAWN,
    DAY_LATE,
    EARLY,
    EVENING,
    LONG_DAY,
    OUT,
    PICKUP,
    ROTA,
    SITE,
    WEEKEND,
)

__all__ = ["ROUND2_KINDS"]

_DESK_DAY = (PICKUP,)  # a day to half past five, weekdays: an office's, a clinic's, a store's keeper
_SHOP_DAY = (PICKUP, EVENING, WEEKEND)  # a shop or a hall open to the evening, eight-hour turns
_WORKSHOP = (PICKUP, WEEKEND, LONG_DAY)  # a day shop floor, from eight to six, six days a week
_ON_CALL = (EARLY, PICKUP, EVENING, WEEKEND)  # a hotel's, a ward's, a crane's turns round the day

ROUND2_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"抄表|助餐", ()),  # K245 K279: an eight-hour weekday, before 水电 and 驿站
    # sites, quarries, kilns and the shrimp-peeling shed, from half past six or earlier (K231-K233 K235 K289 K293);
    # the drinks truck loaded from seven (K296), before 送货
    (
        r"门窗安装|铝合金门窗|门窗(?:工|师傅)|石材|砖厂(?!厂?长)|铺贴|铺砖|钢结构(?:安装|施工|制作)?(?:工|师傅)|"
        r"钢结构安装|剥虾|水产加工|(?:啤酒|饮料|酒水)[^，。；,;（(]{0,4}?(?:送货|配送)",
        SITE,
    ),
    (r"种植(?:工|员)|药材种植", OUT),  # K257
    (r"烤鸭(?!店|馆)", (DAWN, *DAY_LATE)),  # K285: the ovens lit at six, the counter open to eight (not its waiters)
    (r"中央厨房|殡仪", (DAWN, WEEKEND)),  # K284 K273: from five or six, done by the afternoon
    (r"幼儿园[^，。；,;（(]{0,3}?(?:厨师|厨工|炊事|做饭)", (DAWN,)),  # K276: breakfast cooked by seven
    (r"配餐", (DAWN, PICKUP, EVENING, WEEKEND)),  # K271: a ward's three meals
    (r"标本运送|运送员|行李员|门童|天车|行车工", _ON_CALL),  # K272 K243 K292
    (r"酿酒", (EARLY, WEEKEND)),  # K287
    (r"(?<!民)宿管|宿舍管理", (EARLY, PICKUP, EVENING, LONG_DAY)),  # K277: the gate opened and locked
    (r"总装|机绣|绣花(?!制版)|拉丝|站务", ROTA),  # K247 K258 K291 K282
    (r"小车司机|商务司机|公司司机|单位司机", (PICKUP, EVENING, LONG_DAY)),  # K254: waits on the boss's day
    # K244 K297 K249 K256 K255 K299: before 安检 and 收费员, which keep rotas
    (
        r"入户安检|燃气安检|卫生(?:院|服务|站)[^，。；,;（(]{0,6}?收费|粮库|康复[^，。；,;/、（(]{0,2}?师|助教|特教|"
        r"美工(?!基础)",
        _DESK_DAY,
    ),
    (r"(?<!安)检票|(?<!游戏)讲解员|整备", (PICKUP, WEEKEND)),  # K241 K242 K295
    # an optician's (not a hospital's), a pool's, a gym's (K268 K274 K275)
    (r"(?:验光|视光|验配)(?![^，。；,;]*医院)|救生员|游泳教练|健身(?:房)?(?:教练|私教)", _SHOP_DAY),
    # shops and halls open to nine or later, before 店员 (K236 K238 K240 K246 K251 K253 K266 K288)
    (
        r"卤菜|卤味|熟食(?!加工|厂)|花店|花艺|宠物店|彩票|茶叶店|茶庄|搓澡|洗浴|(?<![Ii][Tt])网管(?!软件|系统|工程)|"
        r"补胎|换胎|轮胎店",
        DAY_LATE,
    ),
    # day workshops, before 普工, 组装 and 维修's rotas (K234 K250 K259-K263 K270 K286)
    (
        r"农机|羽绒(?:厂|加工)|充绒|皮具(?!店)|(?:玩具|纸箱|灯具|灯饰|陶瓷)厂(?!厂?长)|施釉|腌制|酱菜|"
        r"打印复印|复印店|打印店|快印|图文店",
        _WORKSHOP,
    ),
    (r"医药代表", (EVENING, LONG_DAY)),  # K298: doctors seen after their clinics
)
