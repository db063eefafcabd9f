"""What a fact is: its family, code, value, modality and the words it was read from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

VERSION = "facts-31"  # issue 22 s19: 31a h-left19, 31b h-body19, 31c h-req19, 31d lead (see below); s18: 30a-30d
# facts-28d (lead): 没证 after one certified trade (会开叉车但没证, 干过电工，没有证) lacks that certificate, not all; 什么证都没有 none
# facts-28e (lead): 平时上班，周末休息，想找个周末的活 free at the weekend only; 排班灵活，可兼职 no rota a day window refuses; 65以下也要 a cap
# facts-27c (lead): 就 before the weekend as only (我就周六周日两天能出来干: free 6, 7; not 周末就能来, a start)
# facts-27 (lead): a post whose worker sets the hours (时间自由, 自由安排时间, 众包: own_hours) names no weekdays; 周末家教,
# 周末促销员… work the weekend
# facts-27a (h-fix15seek): 平时要上班，周末可以 weekend-only; 上24休48的不上 no nights; 擦楼道…由别人干; …的是我妈 not own
# facts-27b (h-fix15post): a free window's edges no words set open (00:00; a refused middle runs through the night); a
# post's start alone (早上6点上班); 驿站, 环卫/扫马路, 分拣 in a text, 负责…楼道 (and its stairs) as kinds; a day longer
# than the day left free is out (27a's rule, 30 min slack, kept in the merge); 周末全天 a full day; 晚上九点到第二天早上五点 read
# facts-26i (lead, after rev6): a question names no workday (周末要上班吗？); a part day beside the week is worked
# (周一至周五，周六上午半天), not one now and then (每个月最后一个周六加班); workdays shown as 要上班：… (the days
# known worked, not always all)
# facts-26j (lead): days listed before their hours are all worked (周三周四9-6坐班: Wednesday and Thursday)
# facts-26hb (h-fix13b, rev6): schooling left then taken up again or another's; another post's hours/rota; 救生员助理;
# 会做表格 as office use; 上午…下午也可以 no window; a relative's age at a past event; 翻身 by a carer eases lifting
# facts-26ha (h-fix13a, rev6): 腰有点不好意思 no back; a seat asked yields to standing said fine; a body limit of
# someone (的是/的人/的老人…), asked, supposed, eased or past; a relative's or asked 只能出来N小时; 周X休的岗位不要, a
# weekly duty of someone or swappable; 不会拒绝, 拒绝…的工作也接受 no refusal
# facts-25: issue 22 s13: the session's readers merged (history lines 25a-25f and the lead's below)
# facts-26c: a posting's named workdays (周一至周六, 周末班, 周一休, 周末要上班; 双休 as Monday to Friday) against a
# weekday the person refused (`Limits.days_refused`), not only their count; a weekend day named sets weekend work
# facts-26a (h-fix10post): 9-12，2-6 split; 早上…四点半到七点 04:30; 夜里十点到早上六点 night; 周一休 6 days; 英语B1 no
# licence, 货车司机｜A2 asked; 超市员工 + 负责理货、收银 those kinds; 送奶/送报/送水 ridden
# facts-26b: a relative's age said later where the text is written for them (帮我老公找个活，他五十二); 弯腰捡东西都费劲,
# 我怕高, 半月板 (kneeling, squatting); voice slips mended (要忧不好, 不能般重无, 夜般, 站太旧了), 腰有点不好, 站太久了不行;
# 每周三要带孩子看病 / 周一休 one day refused, 每周一休息半天 not; an act's trouble asked (站久了腿疼吗？) no limit
# facts-26f: a person's age after a colon (年龄：58) or a numeral run read whole (今年五十九周岁: 59, not 50); a post's
# cap said 不要/不得/不能超过, its birth decades in Chinese numerals or unseparated (要求七零后八零后); schooling said as
# where it stopped (读到初二, 高一就辍学了: the level below; 只上了几年小学: primary); little work said loosely (没什么经验,
# 没做过，想学: 0 years) and the years since an apprenticeship (出师三年了: 3); skills lacked in plain words: 不会电脑，别的都行
# (no waiver), 我不会开车 (no_driving), office software (不会用excel vs excel熟练), swimming (不会游泳 vs 救生员) and a
# typing speed (打字很慢 vs 打字每分钟50字以上; not vs 会打字).
# facts-26g: a bare age cap as its own clause (会登记，65以内。); 卸车 loads; 擦楼道 stairs, 扫/擦/拖楼道 bends; a seeker's bare
# 不能弯 / 不能扛 (不能弯也不能扛); 上午干干就行 and 只干半天，上午 a morning window; 拒绝… and 别(给我)推… refusals, 站班
# standing
# facts-26e: seated work asked (能坐着干的都行, 得能坐会), a span stood before the body fails (站一个钟头就肿, 站久了头晕),
# a hand that fails, the wrist's 打字多了手麻, 手泡水泡得起皮, 别让我弯腰, 晕高, items under 干不了的：, a stroke; 老寒腿
# beside 爬楼不行 with the rest fine stairs only; 每天两三个小时 and 只能出来三四个小时 a most-hours day; 能干白班，倒班不行
# nights; …，到晚上九点都行 and 下午四点以后…干到十点 an end; 四天五天都行 at most five
# facts-25 (before s14): the session's readers merged (history lines 25a-25f and the lead's below)
# facts-26d: role nouns (砖厂, 钢筋工, 食堂, 生鲜区员工…), a role list's shared demands; 24h duties whole-day; 早10晚8, 到凌晨
# facts-25: issue 22 s13: the session's readers merged (history lines 25a-25f and the lead's below)
# facts-25a: a split day's morning in bare numbers (上午9-12下午1.40-7.30) or its afternoon only a start (下午2点开始);
# 礼拜一到礼拜六, 做六天歇一天, 月休四到五天 six days; 刷龙虾, 洗…餐盘, 水台, 招洗碗员 wet; a delivery post's 配送时间 its
# hours; 要求会叉车 asked; 吉他/架子鼓… years a craft's; 缝纫机维修 no fine sight, 眼神要好 fine sight stated
# facts-25b: an evening's end worked up to (晚上七点以后能来，干到十一点), a night in Chinese numerals with a night word
# first (夜里十点半到凌晨两点半, 深夜十一点到凌晨五点, 半夜一点到五点搬货可以), someone else's hours offered (…，这中间我都可以),
# 驾龄 short of a count, answered or driven beside a licence (驾龄不到一年, 我八年了, C1驾照，开了六七年车), eyes needing help
# with a needle or seeing with effort, a spouse's skill the person lacks (我老公会开叉车，我不会), a whole day 一整天 refused;
# `Limits.days_refused` holds which weekdays
# facts-25c: a body's act and trouble in any order (站时间长了遭不住, 走远了腿就痛, 膝盖一蹲就疼, 手一碰凉水就痛, 站不得,
# 下不了蹲, 冻不得), stairs said plainly (上楼费老劲, 四楼以上爬不动), seated work the only wish (standing, walking), one
# hand (loads), a crutch (standing), a kind refused by name or left for the body (洗碗那种干不了: its first demand),
# 手抖 (fine work), walking said to fail or a wheelchair refusing a kind's stairs and a wheelchair its walking, recovery
# (恢复得很好, 歇了半个月就好了) and an ability after the trouble (能站一天, 走路没事) no limit; 高血压 and 颈椎 alone no loads
# facts-25e: a seeker's age said loosely (五十大几, 五十有余, 五十三四, 六十往上, 五八年的老头子, 属鼠，七二年) as every
# age it allows, a relative's age the seeker's where the text is written for them (我爷爷七十一了…想找个看车棚的);
# a posting's caps without 岁 (限男45以下, 女五十以下男六十以下, 需年满十八); 厨子/掌勺 years a cook's, service a guard's
# under a guard's title (保安，一年以上经验)
# facts-25d: a bare title (招聘, 超市, 电子厂) reads the job its text posts; 医院保洁 stands; 不用打扫卫生/老人能自理 ease; 平车 fine
# facts-25f: home only in young people's words (只想在家搞钱, 出门上班真的不行; 在家…也行 a wish); a bike a delivery round
# hands out or has (送水工…公司配电动车, 有电动三轮) rides; 招残疾人朋友, 持残疾证 reserve a post (unless 优先/亦可); one
# weekend day rested (礼拜天休, 星期日歇) works the other; a class alone in a driver's post (校车司机，B1) asked; 叉车，证有
# held; a 饭点 gig's hours the rush (11:00-13:30, 17:00-20:00; 午/晚 one of them)
# facts-25 (lead): other people's words in one vocabulary (兄弟姐妹, 闺女, 同学, 老乡: h-health); an estate's
# repairer up a ladder (物业维修, 水电维修), a public toilet scrubbed bent over, a 豆腐坊's wet hands
# facts-25 (rev4's mends, h-fix9a/b/c): home only, body troubles and 驾龄 not read where said qualified, ordinary,
# past or sought; a role mentioned, negated or hired before no post's role, a place's title yields to the role it hires;
# 叉车工/天车工 no sewing, bean curd a maker's noun; sex-split caps the wider; a reserved post only where asked; a 饭点's
# meal picks its rush; a Sunday off beside 周一至周五 no weekend work
# facts-24h (issue 22 s12): facts-24 and the second review's mends (h-fix4post, h-fix4seek)
# facts-24h: a posting's age cap said as the ages past it turned away (年纪四十以上谢绝, 超过45岁不考虑), 有五年以内…经验
# no minimum, a six-day week by its weekdays or days on and off (周一到周六上班, 上6天休息1天, 周休一天), a shop's,
# training's or break's hours no job hours (营业时间…, …门店休息); a person's midnight at night 00:00/24:00 (深夜12点到
# 早上6点), 夜里两点到六点 in the night, 晚上十点到早上六点 in Chinese numerals, busy then free in the next clause, a job held
# with 当 or named after the range no window, weekdays refused in a list (礼拜一礼拜二不得闲, 礼拜六礼拜天不来), a rest day
# the person cannot take no refusal (周日休息不了)
# facts-24g: the time a person can give a day caps it (每天能出来三个钟头, 一天就三四个钟头的空); a start in
# the small hours (凌晨两点以后可以) opens the day then (was none or 13:00); a child's drop-off
# clock starts the day a pick-up ends (孩子七点半到校，下午五点放学: 07:30-16:30, was 05:00-16:30)
# facts-24 (lead): a driver is a job noun (搬家车司机, 冷库叉车司机; 送货司机 still carries), a seated sorter lifts
# nothing heavy, a letterbox spares the stairs, 指导 does not do the work, 零工 keeps its kind (拔草零工)
# facts-24f: a seeker's hours read again in their clause: a night start runs on to 08:00, 夜里/后半夜 ranges at night,
# 下班后 ranges in the evening, a busy range frees what follows, a place's, meal's, break's or someone else's hours no
# window; part of a weekday or a shop's day off no day refused; 除了礼拜天, 周2不行, 礼拜一到礼拜三都行; 驾龄 wished for,
# asked of a job or taken to pass is not held
# facts-24e: a posting's week as its days or one day off (一周六天, 周末休一天: six), a lone half day (早上7点到11点)
# and a bare worded range (八点半到十一点半) its hours, 凌晨 opening a worded range, a craft's years asked (练过一年以上
# 毛笔字) and held only where said; a job's hours named in the range's clause or the one before (在超市上班，早上八点到
# 晚上八点) no window of the person's.
# facts-24d: bending said to fail after a while (弯腰弯久了就直不起来); stairs refused with the load carried up
# (上楼扛东西不中了: stairs and loads); 小吃店/食堂 帮工 stand, 楼道保洁 bends; 洗碗/洗菜 duties in the text put hands
# in water (not a role list, a place, a machine, waived); 搬一下大件 lifts; eyes that cannot follow fine work
# (眼睛花得厉害, 看不清细的, 穿针都费劲: no_fine_sight) against fine work in a post's name (插件, 串珠, 缝纫, 焊锡,
# 小电子件组装: demand fine_sight).
# facts-24c: ages, years, schooling and a forklift as written: 年龄不超过五十, 年纪五十以内, 40岁以上不考虑 (a cap), 年满18周岁,
# 年龄25以上, 18- -40周岁, a bare 18-45 before 身体健康; 三年以内 no least; 中技; 会开叉车 asked and 不会开叉车 lacked; a
# person's 年纪五十二, 今年满五十, 四十多/五十左右 as a clause, 快退休 (45-60), 厂里待过三四年; 快五十 is 49 (快N: N-1);
# 要熟手 in the title's trade, and 锁边/拷边/熨烫/服装厂 garment work (缝纫)
# facts-24b: 驾龄 said before the word (有五年驾龄), after a colon, as 驾照有五年了 / 快十年了 / 持B2驾照6年 / 考下来五年, a year after "C1本" or a
# bare "本是", or ending 的 (驾照是2015年的); all 驾龄 held under `not_own` (asked, supposed: none).
# bare ranges (早上八点半到十一点半, 时间：九点到三点, 九点到三点可以) a person's hours (`own_hours`); ranges in digits no
# longer theirs where a spouse's, a shop's or school's, asked or supposed (我老公8点到5点上班, 9点到3点可以吗？).
# A start completed by the end after it (九点以后三点以前都行, 九点以后，三点以前都行), starts said at night (晚上十点以后能来,
# 夜里十一点以后可以), a night worked 干到早上六点; free time someone else's (我老公晚上十点以后才有空) or asked none.
# Weekdays listed (周一三五, 礼拜二、四、六能来, 一三五可以) are those days, and so how many a week; one weekday refused
# (周日不行, 礼拜三…那天不行) a "day_refused" fact, `Limits.days_refused`: a post working every day is out.
# facts-24a: more kinds of work imply what they ask of the body (分拣/拣货, 仓库打包, 流水线/装配, 绿化/园林, 月嫂/育婴,
# 客房, 屠宰/分割/冷链仓, 搬家, 瓦工/木工, 送奶, 巡逻/巡检; heights from 外墙清洗/蜘蛛人/架子工); more bending and cold-hand
# wordings (蹲久了腿就麻, 不能久蹲, 一沾凉水手就裂, 冷的地方待不住); bending and cold hands asked or supposed, or over
# ("现在不怕了"), are no limit
# facts-23a: days a week said 一个礼拜/每个星期 and 隔天 (as 4) read, under `not_own`; home-only under `not_own` too
# ("我妈只能在家", "以前只能在家"); one cared for is no one else ("要带孩子出不了门", "孩子小我出不了门")
# facts-23: issue 22 s11, merged and reviewed: facts-22d and -22e (review fixes), facts-22 (22a/b/c), then facts-21
# facts-22d: rev-seek mended: a spouse (爱人, 媳妇, 那口子, 我家那位, 我男人, 我对象) is someone else in every family; one
# guard (`refusals.not_own`) for the day's length and weekends too (past, done anyway, asked, supposed, a cleft naming
# another: "…的是我同事"); days offered (周六周日都有空, 周末也行) are no only days; an end asked (三点前能往回赶吗) none;
# 干不动 after hours the hours'; numbers in free text bounded and anchored (a run of digits reads in linear time);
# caps said as 以内/顶天/超过…不行/以上…干不了, 夜里值班, 往回走/撤, 礼拜天礼拜六, and the refusal class (伤不起, 要命, 遭不住)
# after bending and cold or wet hands.
# facts-22e: the posting reader after review (rev-post): a day length stated loosely (每天工作约9小时, 6天9小时, 在岗10小时,
# 8-10小时: its shorter end) outranks the rota's guess, staff's rotas (长白班员工), office posts and a shop's two shifts
# give none; kind nouns in posts that do not do the work (经纪人, 合伙人, 老师, 业务员, 负责人, 队长, 视频搬运) or that
# name only the trade before the task noun (海鲜酒楼服务员, 外卖厨师) imply nothing; 必胜客服务员 is no 客服; nights from
# the post's own name (a guard, a front desk; 秩序维护员, 安保), not a place in an experience clause, a colleague, staff
# managed or a benefit, and none for managers; a dotted price range (提成3.00-5.00) is no clock range.
# facts-22a: a post's kind implies bodily demands its text is silent on (`kinds`: 家政 bends, 洗碗/冷库 cold and wet,
# 外卖/送水 stairs, 送货/装卸/超市理货 loads, 前台/厨师 standing) unless its text eases them (不用弯腰, 有电梯, 小件);
# bending and wet hands a text states (蹲着擦, 手整天泡水里); a person's bending (蹲不下去, 老弯腰的活干不了) and cold or
# wet hands (碰不得凉水, 冷库更不行; 类风湿, 湿疹 under consent) as limits; 腰上老毛病, 弯不下去, 楼也爬不动.
# facts-22b: the length of a day implied (一天别超过十个钟头, 十二个小时的班吃不消, 长班干不了; 两班倒 12 h, 三班倒 8, 长白班 11,
# 做一休一 12 where no hours are said; 钟头), ends said as heading home (往回赶, 回到家) and a start read once, weekends
# refused by the days' names in the clause or the next (礼拜六礼拜天娃在家，也出不来) and asked as coming in (周末也要来),
# posting hours written loosely (8.30-18.00, 8:00一17:00, 早九点晚六点, 七点干到七点, 下午到…十点前卸完).
# facts-22c: refusals in own words as a class (那是要命, 伤不起, 身体不允许, 医生不让我再, 想都别想, 是怕了, 遭不住, 整不了,
# 碰不得, 打死也不上, 碰都不敢碰; "夜班扛不动" the night's, no load) for every
# family; one done anyway (夜班吃不消也得上) none; 累得要命 (how tired) and 不要命 no refusal; nights a posting's kind
# implies where its text is silent on them (`round_clock`: 小区保安, 酒店前台, 住家保姆, 24小时陪护); 驾龄 from a
# licence's year said after it (有驾照，去年拿的; C1是前年拿的) and 驾照才拿一年.
# facts-21: issue 22 s10, merged and reviewed: facts-21a, -21b and -21c below, then facts-20
# facts-21c: refusals reviewed (rev15): a bare verb with its own object refuses nothing ("周末不上课"), nor 不会开叉车;
# 不太怕/不害怕, A-not-A (出不出差都行), let pass (不去外地也可以), others (同事/很多人), 别以为 denied; spans of
# standing ("站不了8个小时": long spells, not none); trips refused as many ("出差太多吃不消": often); 走太远 (the commute),
# 走不了, 拿不了, 倒车, 上不了高中, 算了一下, 夜场 (a venue) no refusal; lists read to 8 items and refusals read once a text (linear).
# facts-21b: a seeker's hours after review: "九点前能到" is no end, "四点以后我去接孩子" an end, "没有人接" keeps the
# pickup, a night to the next morning (20:00-30:00), and the rest of rev16's findings (bench/README, h-fixhours).
# facts-21a: ranges of decades ("四五十岁") only the person's own, parents' and grandparents' ages not theirs,
# "超过了五十单" and clock times ("18:00后") no age, years of work ("开大车五六年的") no birth year, 属 as a sign only,
# 本命年 ahead ("再过两年") not this year's, "我是02年的"; the page and pushes judge ages on the local date.
# facts-20: issue 22 s10, merged: facts-20a, -20b, -20c, -20e and -20f, below
# facts-20e: a seeker's body read as part × trouble × what it stops (`body`: 腰不中, 膝盖废了, 心脏搭了桥, 痛风, 爬两层楼就喘),
# escalations (爬楼更别提), troubles said to be past (以前腰不好，现在好了) not read.
# facts-20f: years of work and 驾龄 asked and stated, both sides (前年才拿的本子, 两年以上，).
# facts-20c: a person's hours composed from clock, side and deed ("七点半以后就能上班", "下午四点前得走"), ranges of
# hours (五六个小时: six), home by dark.
# facts-20b: ages as people say them: 五十有六, 五六十岁 (a range), 七八年属马的, 八〇年,
# 78年人, 九零后/85后, 奔五十, 年近半百, 年过六十, 本命年 (own_year); a sign alone leaves every age of its years;
# "78年的老房子" no birth year; 十来年 of work.
# facts-20a: refusals read by construction (`refusals`: a family's words and a refusal in
# one clause, either order, fillers between), refusals denied ("不是不能上夜班") and others' or conditional ones not read,
# "站不了"/"站不住" with no span no standing at all (`Limits.stands_none`), 出差错 no trip.
# facts-19: issue 22 s9, the third review's fixes: refusals on a condition only with 的时候/的话
# (no bare 时), denials only along named conditions, 能登高 cancels heights only, 别 not inside 分别/要不要,
# busy ranges not free windows, 半价/培训 ranges not hours, under-18 bars not caps, 提供 no
# carrying, supervisors and engineers not standing, 若 weekends conditional.
# facts-18: issue 22 s9, merged: the fifth set's dev half (containers, steps, 歇, ages in numerals,
# loaders, 别; was facts-17r), the review fixes (denied health, 听不见, windows, 资质, cleaning titles; facts-17a) and
# the full-width dash in hours (８：００－１７：３０; facts-17w), － and ～ folded, evidence across space runs (facts-17b).
# facts-17: issue 22 s9: the seeker reader audit (school run clocks, listed certificates, deafness, dust)
# and full-width Latin and digits read as half-width (Ａ２驾照), evidence as typed (facts-16s and facts-16n merged).
# facts-16: issue 22 s9: riding refused for fear or a ban, heights by a ban, giddiness or a condition
# barred from them (GBZ 188, under consent), hours in Chinese numerals opened by a bare 早/晚, a hazmat certificate (no
# bit: `Limits.licences_lacked`), 不是/不一定/不保证 双休, cleaning titles standing.
# facts-15: issue 22 s8: a negation carried along a list of like items (、/，/和/或, both sides) and
# not past an item with its own verb, stairs alone a stairs limit (no bit), a short spell standing valued "short" (no bit),
# dust, paint and fumes as `dust` against a weak chest under consent (no bit).
# facts-14: issue 22 s7. Ages in more forms (及以下, ≤, "78年属马的", 虚岁, 六十出头 over sixty, a birth year
# the age reached this year), work named without years counted in its own trade only, forklift years within the
# warehouse's, requirement clauses naming their work ("有仓管经验"), home cooking no work, a level not finished the one
# below; computer skills in everyday words, a negation ending where 、 items carry their own, an exam ahead and
# someone else's licence not held (not 宝妈 herself), hourly pay digits; forklifts driven as lifting, stairs valued
# apart (no bit), loads others move, outwork brought home, couriers' e-bikes, people's backs, knees, legs, strength and
# health in more words; shifts in bare numbers (早班8-14, 8-20/20-8), a rota its text says has no night shift, night
# from 23:00 to 5:00, a split day's later half in small numbers, weekend work by a rota or weekend hours, a day-only
# person's window, overtime refused and asked, a shift the worker picks.
# facts-13: facts-12 and issue 22 s6: place and physical cues read by who does the act; schedule,
# lodging and licence fixes from the fresh2 labels (rotas as written, spare-time work, 日班, a canteen only where food is
# served, meals and housing wordings, C1C2 and "C1或C2及以上", 小车驾照 as any licence, trade certificates in a list); a
# requirement naming no trade is the title's, cooks' years within the kitchen's, each licence its own polarity,
# 高压/低压 电工证 as values, "40岁出头" a span, relative graduations, being out of work, a hard-to-employ registration;
# a person's refusals of living in, trips, field work and driving (`away`), home work a limit for one who cannot go out,
# living in named as an option preferred (no bit), 跑长途 trips, 驾驶电动车 riding, 接听…热线 phone work;
# a split day's breaks in its hours, rotas by day, standing posts by title, days a week, trips (physical, nights, hours).
# facts-12: facts-9 with place (fresh labels), weekends worked, day lengths, taken times of day, health limits, skills a
# person lacks, years of work and ages as people write them, years counted only in the posting's own trade,
# certificates named but not held now; then a review's fixes (issue 22 s5)
# facts-28b (h-body16): the air a kind of work is done in (`kind_air`: 炒锅, 帮厨, 后厨, 做午饭, 公厕保洁, 环卫, 装修, 刷墙,
# 开荒) against smoke, dust or smells the person says fail them (油烟呛得受不了, 灰大的地方一闻就咳, 油漆…要躲着); rounds
# on foot and work up high by kind or duty (`kind_rounds`: 快递员, 抄表, 布草, 站岗巡逻, 指挥停车; 擦玻璃, 开荒, 刷墙, 工地
# 小工, 洗空调, 外墙); 高的上不去, 腿脚慢, 台阶多了也不行; 胶水味 as air; 在家做…送货上门 no field work
# facts-28c (h-age16): a person's age against a mark (不到五十 45-49, 六十岁不到, 刚过五十, 五十刚出头, 将近六十, 今年五十几,
# 今年刚好五十, 刚退休/已退休/退休两年了 50-), 我是70后 a birth decade (was 70 years old), 年龄：80后; a post's cap widened to
# an age its own (35岁以下，有经验者可放宽到40: -40), 年龄上限45岁, 为宜/最佳 a wish, 岁数, 别超过, a colon before the number
# (年龄：45以内, 年龄在25到45之间); 工作经验：3年以上, 工作经验：无; 大专在读 not held (senior high); reading asked as
# 要认得字/会写会算, lacked as 字不认得几个
# facts-28a (h-sched16): days free named some weekdays only (我周一三五有空, 每周一、三、五可以来上班) against a post's
# needed days (a silent full-time post works the weekdays; 周末要上班/周六周日正常上班/周末不休息 the weekend beside them);
# a post's listed days with a part of day or 来/打扫 (周二周四上午打扫卫生); 每周三天 a count, not Wed and Sun; a day's hours
# in a part of it (每天上午两小时: 2 h, the morning, unless a clock is said); a flexible part-time rota (排班灵活，可兼职)
# implies no weekend; the rest days of a job held (单位周三周四休息) are the free ones
# facts-29c (lead): a text written for a spouse named as people of fifty do (帮我家那口子找活，他五十二; 帮我男人找个活) gives their age;
# where a person was hurt (以前在工地摔过) is no work told
# facts-29b (h-left17): a post's part of the day with no clock (周二周四上午打扫卫生, 每天下午上班, 晚上七点以后上班, 只上午)
# its usual span, out only where it meets none of the person's free windows; 在超市上过五年班 read, a supermarket's years
# (names no trade) its posts' (收银, 销售, 仓储) and no kitchen's; 年龄60以内 a cap, no age; 周六周日任选一天 a day picked
# (a person free or refusing one of them stays); 会点英语/英语一般 short of 英语流利/四级 only
# facts-29e (h-rev17): no part of the day in a visit or a first day (下午来店里找王姐, 明天上午到岗); no workday picked in
# a rest or training day (周末可任选一天休息, 培训一天即可上岗); English a little beside another language's fluency (英语一般，
# 日语流利) or another's; a supermarket's years its cleaners' and guards' too, a canteen's in it any work's; 六十挂零/六十多一点
# 60-64; a morning to noon (八点半到中午, 送完孩子到中午) 12:00; 我上班的超市周一休息 a held job's rest day; 周末发传单 weekend work
# facts-29a (h-d10-17): refusals listed bare (不碰冷水, 冷水不沾, 不进冷库, 不上高), kept without consent beside a
# condition (不碰冷水（关节炎）); 要眼神好 fine sight; an age as a bare clause in digits (39，繁昌的); 保育员证 (no bit);
# a street sweeper's 早上四点半上班 a start; 日料/西餐 years their own; 巡两趟, 巡楼, 小区保安 walked; 垃圾桶拖到路口 loads;
# a cap alone (45岁以下) addresses adults (18-45)
# facts-29d (h-d11-17): a birth year with its month (五九年腊月生的, 八六年三月份生) or 滴 (七二年滴); 7点到5点中间休息 the day;
# a stutter (口吃, 说话结巴) no phone work, 接业主/家长/病人电话 phone work; 一个礼拜透析三次，只能来三天;
# 可上班时间：周一至周五, 周末带孙子 no weekends; 莫 a ban (夜里的班莫找我, 重的莫搬); 回克 回去; 三十来斤一箱的水果要搬, 上百斤
# 推着走, 床垫要掀 lifting; 油烟、灰一呛就咳 no dust; 我帮我妈找的 written for her; a night said beside a day's hours unshown
# (29d, second): a cap alone (55岁以内) is said to adults (a 17-year-old is out, 16周岁以上 takes them); 睡陪护床, 吃住在
# 病房 live in; 表格看不了, 看不见字 lack reading (not 小字看不清)
# (29d, third): an age at a past event (十八岁去的, 十六岁进的厂) is no age today; with the event's year (八四年当的兵) a birth year
# facts-30d (lead): a ride read from delivery words naming no vehicle (送外卖, 取餐, 跑单, 快递员) is `implied`, as SCHEMA.md
# labels such words not riding; matching keeps it out for one who cannot ride as before
# (30d, second, dev12's dev half): a class asked bare after 要 (要B2) in a driver's post; loads with their own hands (卸货有
# 装卸工, 有叉车和搬运工) not this worker's; 用电脑录单/电脑开单 a computer asked; 字不认识 schooling primary; 一直在考公 no
# years of work; a grandchild's age or grade (大孙子上高一) a floor under the grandparent's age (`grand_ages`), 我外孙都十八了 not theirs
# (30d, third, after the merge): 站着刷胶 standing at a task; 码到托盘 lifting; a 分餐员 stands (kind)
# facts-30c (h-left18): 晚上八点以后到早上六点半 a night (20:00-30:30); a post's part of the day by its length, label,
# start or school (每天上午干三个钟头, 上班时间：上午, 下午四点以后上班 16:00-, 放学后辅导作业 16:00-19:00), the other part
# said off (只上午下午不上班); 任选三天 a pick of three (free on three of the days named; a week of three); 英语流利的游客多,
# 英语流利的老师另有岗位 no ask; 现在58 an age; 不能打电话 no phone work, 不想做电话销售 no phone sales, without consent
# facts-30a (h-body18a): heat, noise and a long seat (怕热, 太热的地方也不行, 不能热着; 耳朵受不了吵, 太吵的地方; 不能久坐, 坐久了
# 腰疼; 中过暑 and 耳鸣 under consent) against 炉前/锅炉/炒锅/烧烤/环卫/绿化/工地 kinds, 冲压/注塑/机床/KTV, 客服/文员/会计/司机, and texts
# (车间热, 高温作业, 风吹日晒; 噪音大, 机器响; 久坐, 坐班, 坐着做), eased by 车间有空调, 环境安静, 站坐结合
# facts-30b (h-body18b): the most a person can lift in kg (提东西不能超过五斤 2.5, 最多拿得动二十斤 10, 十来斤还行) against a post's
# load (单件货物约25公斤, 一袋米（50斤）, 每桶约18.9升, 都是轻的小件 2.5; lifting unweighed is out under 15 kg); a hand that does
# not work (左手不方便, 只能用一只手, 两只手一起使劲的活干不了, 拧不干; 腱鞘炎 under consent) against two-handed work (保洁, 客房,
# 电商打包, 竹编, 包子, 双手操作) and loads; 编织/钩针 fine work
# facts-31a (h-left19): 夏天怕热，冬天怕冷，啥活都能干 no limit (not 别的活都能干, 就是怕热); 网约车司机，时间自由 a seat still;
# 晚上七点以后到第二天早上/次日早上/早上 a night (19:00-32:00); 一捆三四十斤 20, 一箱十五六斤 8, 一箱五六斤 3 (not 28), 送米面 a load;
# 周六周日发传单 its days (67); 每周任选三天 three of the seven; 下午要接孩子/孙子不能加班 the person's; 我孙子腰不好 the grandchild's
# facts-31b (h-body19): 搬东西更不行/重的搬不动/腰椎 with no weight hold 5 kg (一箱二十斤 out, 十来斤一个 kept; not knees alone), and a
# hand that cannot grip the same against a load weighed; 二三十斤 15, 七八斤 4; 由搬运工装卸/老板自己搬 no load; 长时间站岗受不了 no_standing; 擦床头柜 bending
# facts-31c (h-req19): 打电话就紧张/phone call can't no phone work; 陆拾壹岁; 周六周日中午; 冲压, 电动车维修 years; 保安's card asked
# facts-31d (lead): a body's refusal said over in its sentence (以前腰扭过，搬不了重的，现在早好了) no limit, as the cue tables read it
MAX_TEXT = 20_000  # characters read of one text: facts sit in the first screens of a posting
EVIDENCE_MAX = 24
_SPACES = re.compile(r"(\s)\s{2,}")
_RUN = re.compile(r"(\S)\1{8,}")


def squeeze(text: str) -> str:
    """A text as the readers take it: runs of blank space cut to one ("   " -> " ", a newline kept), and any other character
    repeated more than eight times to eight ("==========", "1111…"). Nothing is said by the run's length, and long
    runs made some of the readers' patterns quadratic (20,000 spaces took 23 s a reader)."""
    spaced = _SPACES.sub(lambda m: "\n" if "\n" in m.group(0) else m.group(1), text)  # a line break stays one
    return _RUN.sub(lambda m: m.group(1) * 8, spaced)


class Family(StrEnum):
    LICENCE = "licence"
    SCHEDULE = "schedule"
    LODGING = "lodging"
    PLACE = "place"
    PHYSICAL = "physical"
    EDUCATION = "education"
    ABILITY = "ability"  # computer use, eyesight, phone calls, a major (`matching.abilities`)
    SKILL = "skill"  # a smartphone, Mandarin, reading and writing, drawings, cooking, a foreign language (`skills`)


class Modality(StrEnum):
    REQUIRED = "required"  # a posting asks for it
    PREFERRED = "preferred"  # a posting would like it
    HAS = "has"  # a seeker holds it
    LACKS = "lacks"  # a seeker says they do not hold it
    IMPLIED = "implied"  # a seeker's past work implies they hold it ("开了十年货车": a driving licence)
    LIMIT = "limit"  # a seeker cannot do otherwise
    WISH = "wish"  # a seeker would like it


@dataclass(frozen=True, slots=True)
class Fact:
    family: Family
    code: str
    evidence: str  # the words it was read from, as written
    confidence: float
    value: str | None = None
    modality: Modality | None = None
    sensitive: bool = False  # health or disability: held only under the person's separate consent (PIPL art. 28)

    def as_json(self) -> dict[str, object]:
        return {
            "family": self.family.value,
            "code": self.code,
            "value": self.value,
            "modality": None if self.modality is None else self.modality.value,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "sensitive": self.sensitive,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Fact:
        modality = data.get("modality")
        value = data.get("value")
        return cls(
            Family(str(data["family"])),
            str(data["code"]),
            str(data.get("evidence", "")),
            float(str(data.get("confidence", 0.0))),
            None if value is None else str(value),
            None if modality is None else Modality(str(modality)),
            bool(data.get("sensitive", False)),
        )


def as_evidence(words: str) -> str:
    return re.sub(r"\s+", " ", words).strip()[:EVIDENCE_MAX]


def distinct_facts(facts: Iterable[Fact]) -> list[Fact]:
    """One fact per (family, code, value, modality): the first words that said it; and the first plain words after a
    condition that said it first ("不碰冷水（关节炎）", "有高血压，…登高也不敢"), so the limit holds without the consent
    that keeps the condition (a plain fact first makes a later condition's redundant)."""
    seen: dict[tuple[str, str, str | None, str | None, bool], Fact] = {}
    for f in facts:
        if f.sensitive and (f.family, f.code, f.value, f.modality, False) in seen:
            continue
        seen.setdefault((f.family, f.code, f.value, f.modality, f.sensitive), f)
    return list(seen.values())
