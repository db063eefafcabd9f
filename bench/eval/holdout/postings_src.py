"""Hand-written holdout postings: each block's text and the hidden attributes restating it."""

# Block format (parsed by build.py):
#   == ID | band | category | job_type | salary | tags
#   title
#   attrs: key=value ... (hidden; restates what the text says, never reaches the JSON)
#   description lines, joined without separators
# band: n (< 3 km), m (3–6 km), f (> 6 km); the exact offset is drawn by build.py with a seeded RNG.
# salary: MIN-MAX/unit with unit month, day, hour or piece.
# attrs: hrs=START-END (hours, END > 24 runs past midnight) or hrs=flex; night, shift (rotating), wk (1 weekends
# off, 0 not, absent: the text does not say), lodge, remote, lift, stand, ride, walk, heights, phone (voice calls), pc, eyes (fine sight), cash,
# read (forms and lists), travel, field, livein, access (step-free), drive=CLASS, certs=a,b, edu=LEVEL,
# major=a,b, age=MIN-MAX, exp=YEARS, prog=gongyi|jianxi|disabled|veteran.

POSTINGS = """
== hp001 | n | factory | full_time | 4800-6000/month | 长白班,包吃
【急招】汽配厂装配工 长白班
attrs: hrs=7.5-18 wk=0 stand=1 age=18-48 edu=none
新桥路汽配厂扩产，招装配工10名。工作内容：流水线上装刹车片、打包，站着干，
不用搬重东西（单件两三斤）。长白班7:30-18:00，中午吃饭一小时，做六休一。
包中午晚上两顿饭，不包住。48岁以下，不识字也能学，有人带。试用期一周。
== hp002 | n | factory | full_time | 5500-7500/month | 包吃住,两班倒
食品厂包装工（两班倒 包吃住）
attrs: hrs=8-20 shift=1 night=1 wk=0 lodge=1 stand=1 age=18-45 certs=health
肉制品包装车间招包装工，两班倒，白班8点到晚8点，夜班晚8点到早8点，半月一倒。
车间温度低，需要站立作业。要办健康证（可入职后办，费用厂里报）。
宿舍4人间，有空调热水，包三餐。18-45岁，男女不限。月休4天。
== hp003 | n | factory | full_time | 4200-5000/month | 长白班,双休,坐班
服装厂质检（坐着干） 双休
attrs: hrs=8-17 wk=1 eyes=1 age=20-50 edu=junior
我们是做童装外贸单的小厂，招质检2名：查线头、看有没有脏点漏针，全程坐着。
要求眼神好、细心，初中以上。早八晚五，中午休1.5小时，周末双休，国家法定节假日照休。
不包住，附近城中村房子多，800左右一个单间。
年龄20-50岁。
== hp004 | m | factory | full_time | 6000-8500/month | 包住,计件
五金厂冲压工 计件 多劳多得
attrs: hrs=7-19 wk=0 lift=1 age=20-45 lodge=1
冲床操作，计件工资，熟手一个月能拿八千多。要能吃苦，需要自己上下料，
料件比较重（二三十斤一框）。白班7点到晚7点，不倒班，月休2-4天。提供宿舍，吃饭自理，
厂门口有快餐。20-45岁，手指健全，有冲压经验优先，无经验可教。
== hp005 | n | factory | full_time | 4000-4800/month | 包午餐,早班
面包厂生产线操作工（早班）
attrs: hrs=5-13.5 wk=0 stand=1 age=18-50 certs=health
早班5:00-13:30（凌晨要起得来），主要是摆盘、进炉、装袋，站着干。
月休4天，轮休不固定。需要健康证。18-50岁。包一顿午饭。
== hp006 | m | factory | full_time | 5000-6500/month | 包吃住,电子厂
电子厂普工 包吃住 可长期
attrs: shift=1 night=1 wk=0 lodge=1 age=18-40 eyes=1 edu=junior
★电子厂大量招工★ 岗位：插件、焊锡、测试、包装
★工资：底薪2100+加班费，综合5000-6500
★时间：两班倒，月休4天，白夜班一个月一换
★要求：18-40周岁，初中以上，视力好，无纹身
★福利：免费住宿（6人间），一日三餐免费，满一年有返费
面试带身份证，直接到厂门口找人事王姐。
== hp007 | n | factory | full_time | 4500-5200/month | 长白班,双休
药厂包装工 长白班 周末双休
attrs: hrs=8.5-17 wk=1 stand=1 age=20-45 edu=high certs=health
制药公司外包装车间：贴标签、装盒、装箱。需要站立，不抬重物。
早8:30晚5:00，双休，五险一金。高中/中专以上，20-45岁，需健康证。不提供住宿。
== hp008 | n | factory | full_time | 4200-5000/month | 残疾人专岗,坐班
残疾人专岗：手机膜包装工
attrs: hrs=8.5-17 wk=1 prog=disabled access=1
本岗位仅招收持有残疾证的人员（肢体、听力、言语残疾均可）。工作是把手机膜
装袋封口，坐着干，车间在一楼，有无障碍通道和卫生间。早8:30晚5点，双休，
缴纳五险。可以用手势/文字沟通，班组长会打字。
== hp009 | f | factory | full_time | 6000-7000/month | 包吃住
新能源电池厂普工 包吃住
attrs: shift=1 night=1 lodge=1 age=18-42
电池厂普工，两班倒，厂在肥东，有班车从市区接送（每天一班）。包吃住，18-42岁。
== hp010 | n | cleaner | full_time | 2600-2900/month | 保洁,白班
小区保洁员 白天班 50-60岁可
attrs: hrs=7-17 wk=0 stand=1 walk=1 age=40-60
我们是物业公司，XX花园小区招保洁2名，负责楼道、电梯和垃圾桶周边的清扫。
上午7点到11点，下午2点到5点，中间可以回家。月休4天。年龄40-60岁，身体健康，
能干活就行，不要求文化。每月2600-2900，节日有福利。
== hp011 | n | cleaner | full_time | 2800-3200/month | 保洁,夜班
商场夜间保洁（22点-早6点）
attrs: hrs=22-30 night=1 wk=0 stand=1 lift=1 walk=1 age=25-55
商场闭店后做全面清洁：拖地、抛光、推垃圾车、搬运垃圾袋到后面垃圾站。
晚上十点到早上六点，月休4天，夜班补贴300。25-55岁，能干体力活。
== hp012 | m | cleaner | full_time | 2700-3000/month | 保洁,双休
写字楼保洁 早8晚5 周末双休
attrs: hrs=8-17 wk=1 stand=1 walk=1 age=16-60
甲级写字楼保洁，负责两层楼办公区和卫生间，活不重，主要是擦拭和拖地。
8:00-17:00，周末双休（偶尔周末有活动加班另算）。60岁以下，身体健康。
== hp013 | m | cleaner | gig | 25-30/hour | 钟点工,时间自由
家政钟点工（自己接单 时间自由）
attrs: hrs=flex wk=1 stand=1 age=16-58 app=1
家政平台招钟点工，上门做日常保洁、擦窗（不爬高，高处有专门师傅）。
自己在APP上接单，想做几个小时做几个小时，按小时结算，每周提现。58岁以下，
需要会用智能手机接单，会骑电动车更好（不是必须）。
== hp014 | n | cleaner | full_time | 2500-2800/month | 保洁,医院
医院保洁 做六休一
attrs: hrs=6.5-15 wk=0 stand=1 lift=1 walk=1 age=30-58
市二院住院部招保洁，负责病房、走廊清洁和医疗垃圾转运（需推车搬运，有一定体力要求）。
早6:30到下午3点，做六休一。58岁以下。包一顿中饭。
== hp015 | m | cleaner | full_time | 2600-3000/month | 保洁,白班
学校保洁员（寒暑假也发工资）
attrs: hrs=7-16.5 wk=1 stand=1 walk=1 age=35-60
某小学招保洁1名，负责教学楼一至三层走廊、厕所，7点到下午4点半，周末双休，
寒暑假轮流值班。35-60岁，女性优先。
== hp016 | n | cleaner | full_time | 3000-3500/month | 保洁,住家
住家保姆（做饭+打扫 照顾一位老人）
attrs: hrs=flex livein=1 night=1 wk=0 lift=1 age=35-55 cat2=nanny
家里一位82岁老人，能自己走路但需要人扶，晚上偶尔起夜需要照看。主要做三餐和打扫卫生。
住家，有单独房间，月休4天。35-55岁，会做江淮菜，身体好（偶尔要扶老人洗澡）。
== hp017 | n | security | full_time | 3200-3600/month | 保安,24小时轮班
小区保安 做一休一 24小时班
attrs: hrs=8-32 night=1 shift=1 wk=0 age=16-55 lodge=1
物业招小区保安，做一休一（一个班24小时，晚上可以在岗亭轮流休息）。持保安员证，
没有证的可以先来，公司统一组织考。
55岁以下，退伍军人优先。包住不包吃。
== hp018 | n | security | full_time | 3000-3300/month | 保安,白班
银行网点保安（纯白班 周末双休）
attrs: hrs=8.5-17.5 wk=1 stand=1 age=16-50 certs=security
银行营业厅保安，维护秩序、引导客户取号。8:30-17:30，周末双休，不上夜班。
要求必须有保安员证，50岁以下，形象端正，能站得住。
== hp019 | m | security | full_time | 3500-4200/month | 保安,押运
押运员（退伍军人专岗）
attrs: hrs=8-18 wk=0 age=22-40 prog=veteran certs=security edu=high lift=1 field=1
某押运公司面向退役军人招押运员，需要持保安员证，高中以上学历，22-40岁，身体素质好，
能背运款箱。每天跟车外勤，早8晚6，月休4天。五险一金，包工作餐。
== hp020 | n | security | full_time | 2800-3200/month | 门卫,夜班
工厂门卫 夜班 （可以坐着值班）
attrs: hrs=19-31 night=1 wk=0 age=40-62
厂区门卫，晚7点到早7点，主要是看大门、登记进出车辆，可以坐着，中间巡逻一次。
40-62岁，不需要保安证。月休4天。
== hp021 | m | security | full_time | 3000-3400/month | 保安,白班
商场保安 白班 站岗
attrs: hrs=9-18 wk=0 stand=1 walk=1 age=16-50 certs=security
商场保安，白班9点到6点（不上夜班），站岗+巡场，要走很多路。
月休4天，需保安证，50岁以下。
== hp022 | f | security | full_time | 3800-4200/month | 保安,包吃住
工业园保安 包吃住
attrs: shift=1 night=1 lodge=1 certs=security
新站区工业园保安，两班倒，包吃住，要保安证。
== hp023 | n | nanny | full_time | 9000-13000/month | 月嫂,住家
金牌月嫂 26天一单
attrs: hrs=flex night=1 livein=1 wk=0 age=30-55 certs=maternity exp=2
住家月嫂，一单26天，负责产妇月子餐、新生儿护理、夜里喂奶换尿布。需有母婴护理证
和健康证，做过两年以上，有好评的优先安排。30-55岁。
== hp024 | n | nanny | full_time | 5500-7000/month | 育婴师,白班
育婴师（白班 不住家）
attrs: hrs=8-18 wk=0 age=25-50 certs=nanny exp=1
宝宝8个月，爸妈都上班，需要白天带孩子：喂饭、哄睡、早教游戏，会做辅食。
8点到晚6点，不住家，月休4天。有育婴师证，带过孩子一年以上。
年龄25-50岁。
== hp025 | m | nanny | full_time | 4500-5500/month | 保姆,白班
白班保姆 接送孩子+做晚饭
attrs: hrs=11-19.5 wk=0 age=30-55 ride=1
双职工家庭，需要保姆中午11点来，做家务、下午4点骑电动车接孩子放学，做好晚饭后7点半走。
单休。会骑电动车，30-55岁，干净利索。
== hp026 | n | eldercare | full_time | 4500-5500/month | 养老护理,包吃住
养老院护理员 包吃住 三班倒
attrs: shift=1 night=1 wk=0 lodge=1 lift=1 age=25-55
养老院招护理员，照顾失能半失能老人：翻身、擦洗、喂饭、协助如厕，需要有力气
（要把老人从床上抱到轮椅上）。三班倒，包吃住。有养老护理员证优先，没有可以培训考。
25-55岁，能吃苦有爱心。
== hp027 | n | eldercare | full_time | 3800-4500/month | 社区养老,白班
社区养老服务站助老员（白班 双休）
attrs: hrs=8.5-17 wk=1 walk=1 age=25-55 phone=1
社区嵌入式养老站，给辖区老人送餐、上门探访、陪聊，带老人做手工小游戏，
不做失能护理。8:30-17:00，双休。需要经常打电话回访老人家属。
25-55岁，有耐心，会说合肥话更好。
== hp028 | m | eldercare | full_time | 5000-6000/month | 护理员,持证
医院护工/护理员（需证）
attrs: shift=1 night=1 wk=0 lift=1 certs=care exp=1
三甲医院病区护理员，12小时白夜轮换，做一休一。必须有养老护理员或医疗护理员证，
一年以上经验，能给病人翻身搬运。
== hp029 | m | eldercare | full_time | 4000-4600/month | 养老院,厨房
养老院陪护（日间照料中心）
attrs: hrs=8-17 wk=0 age=30-58
日间照料中心白天陪老人活动、打饭、量血压做登记，老人晚上回家，所以没有夜班。
月休4天，30-58岁，会写字能记录。
上班时间8:00-17:00。
== hp030 | n | kitchen | full_time | 3800-4500/month | 帮厨,包吃
快餐店帮厨 切配洗碗
attrs: hrs=9-20 wk=0 stand=1 age=16-55 certs=health
快餐店后厨招帮厨：洗菜切配、洗碗、打扫后厨。早9点到晚8点，中间休息2小时，
月休4天，包两餐。要健康证。
55岁以下，男女不限。
== hp031 | n | kitchen | full_time | 6500-8500/month | 厨师,炒锅
川湘菜馆炒锅师傅
attrs: hrs=9.5-21.5 wk=0 stand=1 age=25-50 exp=3 craft=炒锅 lodge=1
炒锅1名，会做川湘菜，3年以上经验，出菜快。9:30-21:30，月休4天。包吃，可以提供住宿（男生宿舍）。
年龄25-50岁。
== hp032 | m | kitchen | full_time | 4500-5200/month | 食堂,双休
单位食堂帮厨 周末双休
attrs: hrs=6.5-14 wk=1 stand=1 lift=1 certs=health
政府机关食堂帮厨：早上6:30到下午2点，主要是早餐和午餐备餐、洗菜、搬菜筐进冷库（菜筐较重），
周末双休，五险，要健康证。
== hp033 | n | kitchen | full_time | 4000-5000/month | 面点,早班
早餐店面点师（包子馒头）
attrs: hrs=4-11 wk=0 stand=1 exp=1 craft=面点
早餐店招面点师傅，会做包子馒头花卷，凌晨4点到上午11点，下午不用上班。
月休3天，包早饭。有一年以上经验。
== hp034 | m | kitchen | full_time | 5000-6000/month | 厨师,包吃住
酒店厨房打荷/帮厨 包吃住
attrs: hrs=9-21 wk=0 stand=1 lodge=1 age=18-45 certs=health
四星酒店中餐厨房招打荷、帮厨，包吃住（2人间）。9:00-14:00、16:30-21:00两头班，
月休6天。18-45岁，健康证入职办。
== hp035 | n | waiter | full_time | 3800-4500/month | 服务员,包吃
火锅店服务员 包吃包住
attrs: hrs=10.5-23.5 wk=0 stand=1 walk=1 lodge=1 age=18-35
火锅店招服务员若干，10:30到晚11:30（中间休息），月休4天，包吃包住。
18-35岁，能站能跑，性格开朗。
== hp036 | m | waiter | full_time | 3600-4200/month | 服务员,白班
茶餐厅服务员（白班）
attrs: hrs=9-17 wk=0 stand=1 age=16-45
茶餐厅招服务员，早9晚5，不上晚班。点单用手持机，收拾桌子。月休4天，包一餐。
45岁以下。
== hp037 | n | waiter | gig | 18-22/hour | 兼职,周末
周末宴会服务员（兼职日结）
attrs: hrs=10.5-14 wk=0 stand=1 age=18-45
周六周日中午婚宴传菜、摆台，10:30-14:00，时薪20左右，当天结。18-45岁。
== hp038 | n | delivery | gig | 6000-10000/month | 外卖,骑手,众包
外卖骑手（专送/众包都招）
attrs: hrs=flex wk=0 ride=1 phone=1 age=18-50 app=1
☆☆☆外卖骑手 火热招聘中☆☆☆ 专送/众包都要！！！
【收入】多劳多得 上不封顶 老骑手月入过万不是梦 新人前两周有保底
【车辆】自备电动车或站点租车（租车每月300，可从工资里扣）
【要求】18-50岁，会用智能手机导航接单，要跟顾客打电话沟通，
会骑电动车，认路快的优先，无不良记录
【时间】众包时间自由想跑就跑；专送要排班，午高峰晚高峰必须在线
【福利】站点有休息室 可充电 夏天有高温补贴 冬天发防寒服
有意者直接来站点面试，带身份证和健康证（没有的可以入职后办）
——长期有效 非诚勿扰 ——
== hp039 | n | sorter | full_time | 5000-6500/month | 快递,夜班
快递分拣员 夜班
attrs: hrs=20-32 night=1 wk=0 lift=1 stand=1 age=18-45
中转场夜班分拣，晚8点到早8点，搬包裹上下传送带，体力活，
月休4天，有夜班补贴，包一顿夜宵。
18-45岁，男性优先。
== hp040 | m | delivery | full_time | 6000-8000/month | 快递员,派件
快递派件员（片区固定）
attrs: hrs=7.5-19 wk=0 ride=1 phone=1 lift=1 age=20-45
快递网点招派件员，片区固定，骑电动三轮派件，每天给收件人打电话。
早7:30到晚上派完为止，单休，件多的时候要搬大件。20-45岁。
== hp041 | n | sorter | gig | 150-180/day | 日结,白班
电商仓库打包工 日结 白天
attrs: hrs=8.5-18 stand=1 age=18-50
电商仓库旺季招打包工，白天8:30-6点，按天结算，干一天结一天，
活不重，就是扫码贴单打包，需要站着。18-50岁，有一部智能手机即可。
== hp042 | m | sorter | full_time | 4500-5500/month | 分拣,白班
同城配送仓分拣员 白班
attrs: hrs=6-15 wk=0 stand=1 lift=1 age=16-48
生鲜前置仓拣货，白班6:00-15:00，按单拣货、装箱，有些箱子较重（米面油）。月休4天。
48岁以下。
== hp043 | n | truck | full_time | 9000-12000/month | 货车,A2,跑长途
重卡司机（A2 跑长途）
attrs: hrs=flex wk=0 night=1 drive=A2 exp=3 travel=1 age=25-50
物流公司招牵引车司机，合肥-广州、合肥-成都线路，双驾，A2驾照，驾龄3年以上，
有危险品从业资格的优先。一趟往返5-7天，需要开夜车。
年龄25-50岁。
== hp044 | m | truck | full_time | 7000-9000/month | 货车,B2,城配
城配货车司机 4.2米 B2
attrs: hrs=6-17 wk=0 drive=B2 exp=2 lift=1 age=25-50
冷链城配，4.2米厢货，市内送超市门店，早6点出车下午4、5点收车，当天回家不跑外地。
B2以上驾照，驾龄2年以上，需要配合装卸。月休4天。
年龄25-50岁。
== hp045 | n | truck | full_time | 6000-7500/month | C1,面包车,送货
面包车送货司机（C1即可）
attrs: hrs=8-18 drive=C1 exp=1 lift=1 age=22-50
建材店招司机，开公司的面包车给客户送瓷砖、卫浴，要帮忙卸货（瓷砖很重）。
C1驾照一年以上，8点到6点，不出市。
年龄22-50岁。
== hp046 | m | truck | full_time | 8000-10000/month | 货车,A2,本地
渣土车/半挂司机 本地
attrs: hrs=19-31 night=1 drive=A2 exp=3 age=25-50
本地工地渣土运输，晚上7点到早上7点（城管规定只能夜间运输），A2驾照3年以上。
年龄25-50岁。
== hp047 | n | bus | full_time | 6500-7500/month | 班车,B1,白班
企业通勤班车司机（B1 白天）
attrs: hrs=6.5-18.5 wk=1 drive=B1 exp=3 age=28-55
给园区企业开员工通勤大巴，早上6:30接人，晚6:30送完，中间可以回停车场休息，
周末双休。A1、A2、B1都可以（公司车是35座），驾龄3年以上，无重大事故。
年龄28-55岁。
== hp048 | m | bus | full_time | 7000-8500/month | 公交,A3
公交车驾驶员
attrs: hrs=5.5-21 shift=1 drive=A3 exp=2 age=25-50
公交集团招驾驶员，A1或A3驾照，早晚班轮换（早班5:30出车，晚班到21:00收车），不上通宵。
五险一金。
年龄25-50岁。
== hp049 | n | bus | full_time | 6000-7000/month | 校车,B1
校车司机（B1 双休 寒暑假放假）
attrs: hrs=6.5-17.5 wk=1 drive=B1 exp=5 age=30-58
民办小学校车，早上送、下午接，中间没事。B1以上驾照，驾龄5年以上无事故，
周末双休，寒暑假放假（发基本工资）。
早上6:30出车，下午5:30前收车。
58岁以下。
== hp050 | n | chauffeur | gig | 5000-9000/month | 网约车,C1
网约车司机 （公司提供车）
attrs: hrs=flex wk=1 drive=C1 exp=3
平台合作车队招网约车司机，公司提供电车，C1驾照满三年，需要本市网约车资格证（可以帮着考）。
时间自己排，流水越多挣越多。
== hp051 | m | chauffeur | gig | 100-300/day | 代驾,夜间
酒后代驾（晚上接单）
attrs: hrs=19-27 night=1 drive=C1 exp=3 ride=1
晚上接代驾单，骑折叠电动车过去，C1驾龄3年以上，一般晚上7点到凌晨3点单多。
== hp052 | n | warehouse | full_time | 4500-5500/month | 仓管,白班,双休
仓库管理员 会电脑 双休
attrs: hrs=8.5-17.5 wk=1 pc=1 edu=high age=22-45 exp=1
电器配件仓库，负责出入库单据录入（用ERP）、盘点，不用自己搬货，有搬运工。
8:30-17:30，双休。高中以上，会用电脑表格，做过仓管一年以上。
年龄22-45岁。
== hp053 | m | warehouse | full_time | 5000-6000/month | 仓管,包住
物流园仓管员 包住
attrs: hrs=8-18 wk=0 pc=1 lodge=1 age=22-45 edu=high
物流园仓管，负责收发货核对、在系统里打单，包住（宿舍在园区里），吃饭有食堂自费。
8-18点，月休4天，高中以上，会电脑。
年龄22-45岁。
== hp054 | n | warehouse | full_time | 4200-5000/month | 理货员,超市
超市理货员 早班
attrs: hrs=7-15.5 wk=0 stand=1 lift=1 age=18-50
大型超市理货：上货、补货、整理货架，经常要搬整箱饮料、米面上货架。早班7:00-15:30，月休4天。
18-50岁。
== hp055 | n | forklift | full_time | 6000-7500/month | 叉车,长白班
叉车工 长白班 （需叉车证）
attrs: hrs=8-18 wk=0 certs=forklift exp=1
机械厂招叉车司机，需要持特种设备作业证（叉车N1），有一年以上经验。
长白班8:00-18:00，月休4天，不搬货，就开叉车装卸。
== hp056 | m | forklift | full_time | 6500-8000/month | 叉车,包吃住
物流仓叉车司机 包吃住
attrs: shift=1 night=1 lodge=1 certs=forklift
电商物流仓叉车，两班倒（一周一倒），叉车证必须有，包吃住，四人间。
== hp057 | n | welder | full_time | 8000-11000/month | 电焊,焊工证
电焊工（二保焊 有证）
attrs: hrs=7.5-18 wk=0 certs=welder exp=2
钢结构厂电焊工，二保焊，持焊工证，两年以上经验，车间内作业，不用登高。
长白班，月休2天，管中饭。
上班时间7:30-18:00。
== hp058 | m | electrician | full_time | 6000-8000/month | 电工,物业
物业维修电工（需电工证）
attrs: hrs=8.5-17.5 wk=0 certs=electric exp=2 heights=1 phone=1
住宅小区物业维修电工，负责公共区域照明、水泵、配电房巡检和业主报修，
需要低压电工证，两年经验，会爬梯子登高换灯。8:30-17:30，排班轮休，晚上有紧急报修电话要接。
== hp059 | n | electrician | gig | 200-350/day | 水电,零工
家装水电工 日结
attrs: certs=electric exp=3 lift=1
家装公司找水电师傅，开槽布管布线，按天结，一天200-350，有活就叫。
需要电工证，三年以上家装水电经验，自带工具。
== hp060 | f | electrician | full_time | 9000-12000/month | 高压电工
光伏电站运维（高压电工证 常驻外地）
attrs: certs=electric_high travel=1
光伏电站运维，常驻省内各地电站，需高压电工证。
== hp061 | n | cashier | full_time | 3500-4200/month | 收银,两班
超市收银员 早晚班
attrs: hrs=7-22 shift=1 wk=0 stand=1 cash=1 age=18-45
本店为连锁社区超市（本区共6家门店），现因门店扩张急招收银员若干名：
1、岗位职责：负责前台收银、找零、会员积分办理，协助理货和门店卫生；
2、班次：早班7:00-14:30，晚班14:30-22:00，一周一倒，要站着收银；
3、要求：18-45岁，男女不限，会用扫码枪和收银机，手脚麻利，
做过收银的优先，无经验可带；
4、待遇：底薪2800+全勤+销售提成，综合3500-4200，月休4天，
工作满三个月买社保，逢年过节有福利；
5、面试：每天上午9点-11点到门店找店长，请勿电话咨询。
== hp062 | n | cashier | full_time | 3600-4000/month | 收银,坐班,双休
药店收银 坐着 周末双休
attrs: hrs=8.5-17.5 wk=1 cash=1 pc=1 edu=high
社区药店收银兼录入药品，坐着干，8:30-17:30，双休。高中以上，会电脑。
== hp063 | m | cashier | full_time | 3400-3900/month | 收银,停车场
停车场收费员（坐岗亭）
attrs: hrs=7-19 wk=0 cash=1 read=1 age=30-60
小区停车场岗亭收费员，12小时白班，做一休一（只上白班，不上夜班），坐着，
主要是看收费系统抬杆、收现金。30-60岁。
== hp064 | n | accounting | full_time | 5000-6500/month | 会计,初级职称
主办会计（需初级）
attrs: hrs=8.5-17.5 wk=1 pc=1 certs=accounting edu=college major=acct exp=3
代账公司招主办会计，独立做30户账，报税。要求初级会计职称，大专以上财会专业，
三年以上经验。双休，五险。
上班时间8:30-17:30。
== hp065 | m | accounting | full_time | 3500-4200/month | 出纳,应届可
出纳（应届毕业生可）
attrs: hrs=8.5-17.5 wk=1 edu=college major=acct phone=1
商贸公司招出纳，负责银行收付款、报销单审核、跟银行对账打电话。
大专以上财会类专业，应届毕业生也可以，有无证书都行。双休。
上班时间8:30-17:30。
== hp066 | n | accounting | full_time | 3500-4500/month | 会计助理
会计助理
attrs: hrs=9-18 wk=1 pc=1 edu=college
小公司会计助理，整理票据、录凭证、跑银行（需要外出）。大专以上，专业不限，会Excel。
双休。
上班时间9:00-18:00。
== hp067 | f | accounting | gig | 800-1500/month | 兼职会计,远程
兼职会计（远程做账）
attrs: hrs=flex remote=1 pc=1 certs=accounting exp=2 wk=1
几家小微企业找兼职会计，线上收票据，远程做账报税，在家做即可，需初级会计证和两年经验。
== hp068 | n | cs | full_time | 4000-5000/month | 客服,电话
电话客服（呼入 早晚班）
attrs: hrs=8-22 shift=1 wk=0 phone=1 pc=1 edu=high age=18-35
通信运营商呼入客服，接听用户来电解答问题，早晚班轮换（最晚到22:00），月休6天。
高中以上，普通话标准，打字每分钟40字以上。
18-35岁。
== hp069 | m | cs | full_time | 3500-4500/month | 客服,在线,居家
在线文字客服（居家办公）
attrs: hrs=9-18 remote=1 wk=0 pc=1 edu=high
电商店铺售前售后在线客服，全程打字聊天，不用打电话，在家用自己电脑办公，
早9晚6，轮休（一周休一天半）。高中以上，打字快，家里要有宽带。
== hp070 | f | cs | full_time | 3800-4500/month | 居家客服,电话
居家语音客服（需接电话）
attrs: hrs=9-21 shift=1 remote=1 phone=1 pc=1 wk=0 edu=high
保险公司居家语音客服：在家戴耳机接电话回访客户，排班制（9-15或15-21）。
需要安静环境、电脑和宽带，高中以上。
== hp071 | n | cs | full_time | 3800-4500/month | 客服,文字,白班
售后客服（门店 文字+电话）
attrs: hrs=9-18 pc=1 phone=1
家电售后客服，处理网上工单，一半时间要给客户打电话预约上门，公司坐班。
上班时间9:00-18:00。
== hp072 | m | cs | full_time | 3500-4000/month | 文字客服,坐班,听障可
网店文字客服 （听障人士可）
attrs: hrs=9-17.5 wk=1 pc=1 edu=junior access=1
我们店里已经有两位听障同事，全部用千牛打字接待，不接电话。
初中以上，打字快，9:00-17:30，双休，办公室一楼。
== hp073 | n | annotation | full_time | 3500-4500/month | 数据标注,坐班
AI数据标注员（坐班）
attrs: hrs=9-18 wk=1 pc=1 eyes=1 edu=high age=16-35
给图片、视频画框打标签，坐班，电脑操作，每天盯屏幕时间长，需要视力好。
高中以上，会基本电脑操作，有培训。双休。
上班时间9:00-18:00。
35岁以下。
== hp074 | f | annotation | gig | 1000-3000/month | 居家,计件,标注
居家语音转写/标注（计件）
attrs: hrs=flex remote=1 pc=1 phone=1 wk=1
在家听录音转成文字，计件结算，需要电脑和耳机，能听清方言录音。时间自由。
== hp075 | m | annotation | gig | 2500-4000/month | 居家,数据标注
居家文本标注（在家 自己电脑）
attrs: hrs=flex remote=1 pc=1 edu=high wk=1
中文文本分类、纠错标注，全程在家电脑上操作，时间自由，按任务量结算，
需要高中以上，会打字，有培训考核。
== hp076 | n | handcraft | gig | 1500-3000/month | 手工,居家,计件
在家串珠手工 计件（送料上门）
attrs: hrs=flex remote=1 eyes=1 wk=1
饰品串珠，在家做，每周送料上门收货，按件算钱，手巧眼神好的一个月两三千。
不限年龄，不用电脑，会用微信收钱就行。
== hp077 | m | handcraft | gig | 1000-2500/month | 手工,居家
在家缝纫加工（需自备缝纫机）
attrs: hrs=flex remote=1 wk=1 craft=缝纫
服装小件在家缝纫：缝布包、口罩套，需自备缝纫机，会踩缝纫机一年以上。
货到家门口，做完我们来取。
== hp078 | n | handcraft | full_time | 3000-3800/month | 手工,坐班
手工编织工（车间坐着干）
attrs: hrs=8-17 wk=1 age=16-60
藤编、草编工艺品车间，坐着干，有老师傅教，8-17点，双休，60岁以下。
不包吃住。
== hp079 | n | clerk | full_time | 3500-4200/month | 文员,双休
行政文员 双休
attrs: hrs=8.5-17.5 wk=1 pc=1 edu=college age=20-35 phone=1
公司前台兼行政文员：接电话、收发快递、做表格、订会议室。大专以上，会Office。双休。
上班时间8:30-17:30。
20-35岁。
== hp080 | m | clerk | full_time | 3200-3800/month | 录入员,坐班
资料录入员（坐班）
attrs: hrs=8.5-17 wk=1 pc=1 eyes=1 edu=high
档案公司把纸质档案录入电脑，坐着干，需要看清手写字，打字快。高中以上，双休。
上班时间8:30-17:00。
== hp081 | n | clerk | full_time | 3000-3600/month | 社区,网格员
社区网格员
attrs: hrs=8.5-17.5 wk=0 walk=1 field=1 phone=1 edu=college age=16-40
社区网格员，入户走访、信息采集、电话通知居民，周末轮值。大专以上，40岁以下。
上班时间8:30-17:30。
== hp082 | n | sales | full_time | 4000-10000/month | 销售,提成
房产销售（底薪+提成）
attrs: field=1 age=16-40 edu=high ride=1
房产中介招置业顾问，带看房，底薪+提成，高中以上，40岁以下，会骑电动车。
== hp083 | m | sales | gig | 3000-6000/month | 电销,居家
居家电话销售（保险）
attrs: hrs=9-17 remote=1 phone=1
在家打电话推广保险，底薪低提成高，需要普通话，自备手机。
上班时间9:00-17:00，周末不打。
== hp084 | n | sales | full_time | 4000-6000/month | 导购,商场
商场服装导购
attrs: hrs=10-22 shift=1 stand=1 age=18-38
商场女装导购，早晚班（10-16 / 16-22），全天站着，18-38岁，形象好。
== hp085 | n | teacher | full_time | 4000-6000/month | 教培,教师资格证
小学托管老师（需教师资格证）
attrs: hrs=11.5-19.5 wk=1 certs=teacher edu=college age=22-40
小学生午托+晚托，辅导作业，需要教师资格证，大专以上。周末双休。
22-40岁。
== hp086 | m | teacher | full_time | 3500-4500/month | 幼儿园,保育员
幼儿园保育员
attrs: hrs=7.5-17 certs=nanny|teacher stand=1 edu=high
幼儿园保育员，配合老师照顾孩子生活，打扫教室，需要保育员证或育婴师证
（有幼儿园教师资格证的也可以），高中以上。
上班时间7:30-17:00。
== hp087 | n | jianxi | internship | 2200-2500/month | 就业见习,文员
就业见习：办公室文员（见习期6个月）
attrs: hrs=8.5-17.5 wk=1 edu=college prog=jianxi
区人社局认定的见习基地，招见习生2名，做办公室文书、档案整理。
对象：离校2年内未就业高校毕业生，或16-24岁失业青年。大专以上，专业不限。
见习补贴+单位补助，双休，见习期满表现好可留用。
上班时间8:30-17:30。
== hp088 | m | jianxi | internship | 2300-2800/month | 就业见习,财务
就业见习：财务助理
attrs: hrs=9-17.5 edu=college major=acct prog=jianxi
制造企业财务部见习岗，协助做凭证、整理发票。财会类专业，大专以上，
离校两年内未就业的毕业生或16-24岁失业青年。
上班时间9:00-17:30。
== hp089 | n | jianxi | internship | 2500-3000/month | 就业见习,技术
就业见习：机械设计助理
attrs: hrs=8-17 pc=1 edu=college major=mech prog=jianxi
机械类专业，会CAD，离校2年内高校毕业生或16-24岁失业青年。见习期满考核合格转正。
上班时间8:00-17:00。
大专以上。
== hp090 | m | jianxi | internship | 2500-3200/month | 见习,软件,可居家
就业见习：软件测试（每周两天居家）
attrs: hrs=9-18 pc=1 edu=bachelor major=cs prog=jianxi partremote=1
软件公司见习岗，计算机相关专业本科，每周可以两天在家办公，其余三天到公司。
对象：离校2年内未就业毕业生或16-24岁失业青年。
上班时间9:00-18:00。
== hp091 | n | jianxi | internship | 2200-2600/month | 见习,社工
就业见习：社区社工助理
attrs: hrs=8.5-17.5 walk=1 phone=1 edu=college prog=jianxi
社工机构见习岗，协助开展社区活动、电话回访、入户探访老人，专业不限，大专以上。
对象：离校2年内未就业毕业生或16-24岁失业青年。
上班时间8:30-17:30。
== hp092 | f | jianxi | internship | 2500-3000/month | 见习,新媒体,居家
就业见习：新媒体编辑（远程）
attrs: hrs=9-17 pc=1 remote=1 edu=college prog=jianxi
文化公司见习岗，写公众号、剪短视频，可全程远程。大专以上，专业不限，
离校两年内毕业生或16-24岁失业青年。
每天9:00-17:00在线。
== hp093 | n | gongyi | public_welfare | 2100-2300/month | 公益性岗位,保洁
公益性岗位：社区保洁（就业困难人员）
attrs: hrs=7.5-11.5 stand=1 walk=1 prog=gongyi age=30-60
街道开发的公益性岗位，仅限登记的就业困难人员（含零就业家庭、低保、4050人员等），
负责社区公共区域保洁，每天上午4小时。
上午7:30-11:30上班。
60岁以下。
== hp094 | m | gongyi | public_welfare | 2100-2300/month | 公益性岗位,看护
公益性岗位：公园巡查看护
attrs: hrs=8-16 walk=1 prog=gongyi age=30-60
公园巡查、劝阻不文明行为，需要走动。仅限就业困难人员。
每天8:00-16:00，中午轮流吃饭。
30-60岁。
== hp095 | n | gongyi | public_welfare | 2100-2300/month | 公益性岗位,协管
公益性岗位：社区服务中心协管员（坐班）
attrs: hrs=8.5-17 wk=1 prog=gongyi pc=1
社区服务中心窗口协管，帮居民取号、填表、在电脑里登记，坐着，双休。限就业困难人员。
上班时间8:30-17:00。
== hp096 | n | gig | gig | 150-250/day | 搬家,日结
搬家搬运工（日结）
attrs: lift=1 age=18-50
搬家公司找小工，扛家具冰箱上楼，体力活，一天150-250，当天结。
18-50岁，男性。
== hp097 | n | gig | gig | 100-150/day | 发传单,日结
发传单/地推 日结
attrs: walk=1 stand=1 age=16-55
新店开业发传单、扫码拉新，整天走路站着，日结120左右。
16-55岁。
== hp098 | m | gig | gig | 20-25/hour | 超市促销,周末
周末超市试吃促销
attrs: hrs=9-18 wk=0 stand=1 age=18-50
周六日超市试吃推广，站着讲解产品，时薪20-25。
上班时间9:00-18:00。
18-50岁。
== hp099 | n | repair | full_time | 6000-9000/month | 家电维修,上门
家电维修师傅（上门）
attrs: exp=2 field=1 heights=1 certs=electric
空调冰箱洗衣机上门维修，需要会装空调（要上外机位，登高作业），电工证，两年经验。
== hp100 | m | repair | full_time | 5000-7000/month | 手机维修,坐店
手机维修学徒/师傅（坐店）
attrs: hrs=9.5-21 eyes=1 age=18-40
手机店维修，换屏换电池，坐着干，要求眼神好手稳，有经验优先，学徒也收。
营业时间9:30-21:00。
18-40岁。
== hp101 | n | cs | full_time | 3200-3800/month | 居家客服,残疾人优先
居家在线客服（残疾人优先）
attrs: hrs=9-17 remote=1 wk=1 pc=1 edu=junior
为残疾人朋友开发的居家岗位，在家用电脑文字接待淘宝店顾客，不接电话。
初中以上，会打字即可，双休，公司派人上门安装软件并培训。
== hp102 | m | factory | full_time | 4000-5000/month | 长白班,不站
包装车间普工 坐着干 长白班
attrs: hrs=8-17 wk=1 age=16-55
小家电厂后道包装，坐流水线旁边装说明书、封箱，不重，长白班8-17点，双休，55岁以下。
== hp103 | m | cleaner | full_time | 2800-3200/month | 保洁,4050
小区保洁 （4050可 包午饭）
attrs: hrs=7-16 wk=0 stand=1 walk=1 age=40-62
新交付小区招保洁3名，扫楼道擦电梯，早7点到下午4点，月休4天，62岁以下都可以，包午饭。
== hp104 | f | cs | gig | 2000-3000/month | 居家,文字客服
居家文字客服兼职（晚班）
attrs: hrs=18-23 remote=1 pc=1
店铺晚间文字客服，18-23点在家接待，打字为主。
== hp105 | m | warehouse | full_time | 4500-5500/month | 仓管,包吃住,不搬货
仓库记账员 包吃住 不用搬货
attrs: hrs=8-17.5 wk=0 lodge=1 pc=1 edu=junior age=20-50
饮料批发仓库记账员，开单记账、对货，不用搬货，提供员工宿舍和三餐。
初中以上会电脑打字即可，月休4天。
上班时间8:00-17:30。
20-50岁。
== hp106 | m | kitchen | full_time | 4000-4800/month | 帮厨,包吃住,白班
工厂食堂帮厨 包吃住 白班
attrs: hrs=6-14 wk=0 lodge=1 stand=1 age=20-55 certs=health
工厂食堂帮厨，早6点到下午2点，包吃住，健康证入职办，月休4天。
20-55岁。
== hp107 | m | drafter | full_time | 4000-5500/month | 机械制图,CAD
机械制图员（应届可 会CAD）
attrs: hrs=8.5-17.5 wk=1 pc=1 edu=college major=mech age=20-35
非标自动化设备公司招制图员，按工程师草图出二维图、整理BOM，会AutoCAD，
SolidWorks会一点更好。机械类专业大专以上，应届可，有人带。双休，五险。
上班时间8:30-17:30。
20-35岁。
== hp108 | n | drafter | full_time | 6000-8000/month | 机械设计,经验
机械设计工程师（3年经验）
attrs: pc=1 edu=bachelor major=mech exp=3 age=25-40 travel=1
独立完成非标设备结构设计，机械类本科，三年以上经验，需要去客户现场出差调试。
25-40岁。
== hp109 | n | gongyi | public_welfare | 2100-2300/month | 公益性岗位,门岗
公益性岗位：老旧小区门岗值守（白班）
attrs: hrs=8-17 wk=0 prog=gongyi age=40-60
街道公益性岗位，老旧小区门岗登记，白天班，有岗亭可以坐着，两人轮流休息。
仅限在社区登记的就业困难人员，4050人员优先。不需要保安证。
上班时间8:00-17:00。
60岁以下。
== hp110 | m | gongyi | public_welfare | 2100-2300/month | 公益性岗位,协管
公益性岗位：路口文明交通劝导员
attrs: hrs=7-18.5 stand=1 prog=gongyi age=30-60
早高峰路口举旗劝导行人，站着，每天2个半小时加下午补一班（16:30-18:30），
工资按公益岗标准。限就业困难人员。
早高峰是7:00-9:30。
60岁以下。
== hp111 | n | gongyi | public_welfare | 2100-2300/month | 公益性岗位,图书室
公益性岗位：社区图书室管理员
attrs: hrs=9-17 wk=0 prog=gongyi read=1 pc=1 age=25-58
社区图书室借还登记、整理书架（书不重），用电脑登记借阅，坐着为主，周二至周六上班。
限登记的就业困难人员。
开放时间9:00-17:00。
25-58岁。
== hp112 | m | forklift | full_time | 6500-7500/month | 叉车,长白班,包住
叉车司机 长白班 提供宿舍
attrs: hrs=8-17.5 wk=0 lodge=1 certs=forklift exp=2
家具厂成品仓叉车，纯白班不倒班，提供宿舍（两人间），吃饭有食堂（自费，很便宜），
需要持有效叉车证，两年以上经验。月休4天。
上班时间8:00-17:30。
== hp113 | n | electrician | full_time | 6500-8000/month | 设备维修电工,长白班
工厂设备维修电工（地面作业）
attrs: hrs=8-17 certs=electric exp=3 age=25-55
注塑厂设备维修电工，负责注塑机、空压机电路检修，车间地面作业，
不用登高（高处的活外包）。需电工证，三年经验，长白班。
上班时间8:00-17:00。
25-55岁。
== hp114 | m | repair | full_time | 3000-4500/month | 汽修学徒,包住
汽修学徒（包住 管中饭）
attrs: hrs=8.5-18.5 wk=0 lodge=1 age=18-30
汽修店招学徒，跟师傅学保养、换胎、钣喷，包住（店里宿舍），管中饭，
汽修专业毕业的优先，月休4天。
上班时间8:30-18:30。
== hp115 | n | handcraft | gig | 800-2000/month | 居家,计件,手工
在家组装圆珠笔 计件 送料上门
attrs: hrs=flex remote=1 wk=1
文具厂外发加工，在家组装圆珠笔笔芯笔帽，简单好学，一周送一次料、收一次货，
按件算，多做多得。用手机微信记数结算，不用电脑。
== hp116 | m | handcraft | gig | 1000-3000/month | 居家,钩针
居家钩针玩偶（需会钩针）
attrs: hrs=flex remote=1 wk=1 craft=钩针
毛线钩织玩偶、杯垫，必须会钩针，能看懂图解，在家做，寄样后试做合格给单。
== hp117 | n | gig | gig | 18-22/hour | 钟点工,4050
超市早市理货钟点工（4050可）
attrs: hrs=6.5-10 wk=0 stand=1 age=40-62
生鲜超市早市整理菜台、摆菜，不搬大件（有专人卸货），每天早上三个半小时，
按小时结算，周结，月休4天，62岁以下。
时间是早上6:30-10:00。
== hp118 | m | gig | gig | 15-18/hour | 看店,按小时,坐着
社区团购自提点看店（按小时）
attrs: hrs=14-20 age=16-65
团购自提点下午看店，居民来取货时帮忙找货扫码，坐着为主，可以带手机，
按小时结算，每周结。65岁以下。
看店时间14:00-20:00。
== hp119 | n | welder | full_time | 3500-5000/month | 电焊学徒,包住
电焊学徒 包教包会 包住
attrs: lodge=1 age=18-35
钢构厂招电焊学徒，没有证可以来，厂里带着学并组织考焊工证，学徒期3个月，
包住，管中饭，18-35岁，能吃苦。
== hp120 | m | cleaner | full_time | 2600-3000/month | 保洁,双休
社区服务中心保洁（双休 不重）
attrs: hrs=8-16.5 wk=1 stand=1 walk=1 age=35-60
社区服务中心大楼保洁，擦桌子拖地扫厕所，周末双休，8:00-16:30，活不重。
35-60岁。
== hp121 | n | cashier | full_time | 3200-3800/month | 收银,白班,4050
菜市场超市收银（纯白班 55岁以下）
attrs: hrs=7.5-15.5 wk=0 cash=1 age=30-55
社区生鲜超市收银员，固定白班7:30-15:30，不倒班不上晚班，月休4天。
收银机扫码，会用就行，有超市收银经验的优先，55岁以下阿姨都可以。
== hp122 | m | waiter | gig | 16-20/hour | 午市,钟点工
中餐馆午市服务员（钟点工 10点-14点）
attrs: hrs=10-14 stand=1 walk=1 age=16-55
家常菜馆招午市服务员，只做中午10点到下午2点，点菜端菜收桌子，按小时算，
一周结一次，55岁以下，手脚麻利。
"""
