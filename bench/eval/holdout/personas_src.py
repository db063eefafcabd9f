"""Hand-written holdout seekers: each block's own words and the hidden attributes restating them."""

# Block format (parsed by build.py):
#   == ID | desired_job | expected salary MIN/unit | priority groups | job_types | skills
#   c: key=value ... (hidden; restates what the person wrote, never reaches the JSON)
#   experience lines, joined without separators
# c keys: age, edu (none primary junior high college bachelor master), major, grad (YYYY-MM), student,
# lic (held: A1 A2 A3 B1 B2 C1 security maternity nanny care forklift welder electric electric_high accounting
# teacher), exp=CATEGORY:YEARS (drive:YEARS is 驾龄), crafts, want/ok/trap (categories), male;
# limits: home nonight dayonly win=S-E noshift nolift nostand noride nowalk noheights wheel deaf lowvision nopc noread
# nocash notravel nofield nolivein noweekend; wishes: lodge wkwish remotewish.

PERSONAS = """
== hs01 | 出纳 会计助理 | 3000/month | college_graduate | - | Excel,金蝶,点钞
c: age=22 edu=college major=acct grad=2025-07 want=accounting,jianxi ok=clerk trap=gongyi,cs
去年7月大专毕业，财务会计专业，毕业后在家复习考初级，考了两次都差一点没过。
一直没正式上班。想找出纳或者会计助理，见习也可以，主要想积累点经验。
== hs02 | 软件测试 | 2500/month | college_graduate | - | Python,Linux,SQL
c: age=22 edu=bachelor major=cs grad=2026-06 want=jianxi ok=annotation,clerk trap=gongyi,teacher remotewish
26届本科，计算机科学与技术。今年六月毕业到现在秋招没上岸。想做测试或者开发相关，
如果能有几天在家远程办公就更好了，通勤太远有点吃不消。
== hs03 | 机械制图 技术员 | 2500/month | college_graduate | - | AutoCAD,SolidWorks
c: age=23 edu=college major=mech grad=2024-06 want=jianxi,drafter ok=factory,warehouse trap=welder
我是前年6月机械设计制造专业大专毕业的，今年23。毕业后在老家帮家里看店，
一直没出去上过班，现在想回来找个画图或者技术员的活，见习岗位也愿意。
== hs04 | 普工 | 5500/month | migrant_worker | - | -
c: age=38 edu=junior male want=factory ok=sorter,warehouse trap=forklift,welder lodge
男，38，俺是河南驻马店嘞，在外头厂里干了十几年流水线。一个人过来的，没地方住，
最好厂里包吃包住，两班倒、夜班都能上，就想多挣点。
初中文化。
== hs05 | 普工 包装 | 4000/month | migrant_worker | - | -
c: age=45 edu=junior want=factory ok=handcraft,cleaner trap=sorter nonight
45岁，安庆人，在合肥租房子住。婆婆瘫在床上，晚上要我照看，夜班上不得，
白天啥活都行，厂里流水线、包装都干过。
念到初中。
== hs06 | 货车司机 | 8000/month | veteran | - | -
c: age=35 edu=high male lic=A2 exp=drive:10 want=truck ok=bus,chauffeur trap=security notravel
今年35，部队汽车兵出身，退伍后一直开重卡跑长途，A2本，驾龄十年。现在孩子上小学了，
不想再跑外地一走好几天，想找个本地的，每天能回家就行。
== hs07 | 保安 押运 | 3200/month | veteran | - | -
c: age=28 edu=high male lic=security want=security ok=warehouse,delivery trap=truck,gongyi
28岁，退役两年，武警出身，保安员证今年刚考的。想干押运或者保安，夜班无所谓，身体没问题。
高中毕业当的兵。
== hs08 | 班车 校车司机 | 6000/month | veteran | - | -
c: age=45 edu=high male lic=B1 exp=drive:15 want=bus ok=truck,chauffeur trap=security win=0-19
今年45了，在部队开了十几年大客车，退伍后换的地方B1驾照。老婆在外地，女儿上高中，
晚上七点以后得去接她下晚自习，所以下午晚点收车的不行。
== hs09 | 保洁 | 2500/month | poverty_alleviated | - | -
c: age=52 edu=primary want=cleaner ok=handcraft,factory trap=gongyi nolift noread nopc
我今年52了，老家六安山里的，搬到城里安置房住。只上过小学二年级，字认得不多，
电脑手机打字都不会。腰椎间盘突出，重东西般不动，扫扫地拖拖地没问题。
== hs10 | 门卫 保安 | 2100/month | hard_to_employ | - | -
c: age=55 edu=junior male want=security,gongyi ok=cleaner trap=sorter nonight
厂子倒闭下岗的，55了，在社区登记过就业困难。高血压吃着药，医生交代不能熬夜，
夜里的班干不了。保安证我没有。
初中文化。
== hs11 | 在线客服 | 3000/month | disabled | - | 打字,Excel,Word
c: age=31 edu=high want=cs,annotation ok=handcraft,sales,clerk trap=factory home
我31岁，我坐轮椅的，下半身没知觉，家里没电梯出门很难，所以只能在家里做。电脑用得挺熟，
打字快，打电话说话都没问题。
高中学历。
== hs12 | 文字客服 文员 | 3500/month | disabled | - | 打字,Office
c: age=26 edu=college grad=2022-06 want=cs,clerk ok=annotation,factory trap=delivery deaf
26岁，女，小时候发烧耳朵坏了，听力不行，打不了电话，跟人交流靠打字和看口型。
大专毕业好几年了，在网店做过两年文字客服，想找打字的工作，文员客服都行。
== hs13 | 普工 保洁 | 3500/month | disabled | - | -
c: age=40 edu=junior want=factory,cleaner ok=kitchen trap=annotation lowvision
40岁，视力二级残疾，高度近视加弱视，看东西模模糊糊的，小字和电脑屏幕都看不清，
走路认路没问题。力气活、打扫卫生、洗碗都能干。
初中毕业。
== hs14 | 坐着的工作 | 3000/month | disabled | - | 电脑基础
c: age=35 edu=high want=clerk,cs ok=handcraft,factory,warehouse trap=gig nostand nowalk
35岁，小儿麻痹，右腿不得劲，走路一瘸一拐的，站时间长了受不了，走多了也不行。
想找个能坐着干的，会点电脑。
高中毕业。
== hs15 | 收银 保洁 | 3000/month | - | - | -
c: age=33 edu=high want=cleaner,handcraft ok=cashier,waiter,gig trap=nanny win=9-15.5
今年33，两个娃上小学，早上送完九点才能到，下午三点半要去接，只能这中间上班。
干过超市收银和饭店服务员。
== hs16 | 服务员 帮厨 | 4000/month | migrant_worker | - | -
c: age=20 edu=junior want=waiter,kitchen ok=factory,cashier trap=jianxi lodge
初中毕业就出来了，今年20，在饭店端过两年盘子。刚来合肥没地方落脚，
想找包吃住的饭店。
== hs17 | 保洁 | 2300/month | hard_to_employ | - | -
c: age=58 edu=primary want=cleaner,gongyi ok=handcraft trap=kitchen nonight
58岁了，老头走得早，一个人。社区给我登记了就业困难。想找个扫地的活，
晚上不行，天黑了眼睛看不清路，走夜路怕。
小学文化。
== hs18 | 保洁 | 2600/month | - | - | -
c: age=55 edu=junior want=cleaner ok=handcraft,factory trap=gongyi noweekend thin
55岁，周六周日要帮儿子带孙子，周末出不来，其他时间都行。做过几年家政保洁。
初中文化。
== hs19 | 仓管 | 4500/month | migrant_worker | - | 电脑打字,Excel
c: age=40 edu=high male exp=warehouse:3 want=warehouse ok=clerk,factory trap=forklift,sorter nolift lodge thin
男，40岁，在物流公司干了三年仓管，去年搬货把腰闪了，现在重的东西搬不了。
一个人在这边打工，最好单位能给解决住的地方。电脑开单没问题。
高中毕业。
== hs20 | 帮厨 | 4000/month | - | - | -
c: age=44 edu=junior exp=kitchen:5 want=kitchen ok=waiter,factory trap=cashier win=0-22 lodge thin
44岁，后厨帮工干了五年，洗切配都熟，炒菜不会。晚上十点前必须下班，太晚了身体扛不住。
房子到期了，想找个管吃住的。
初中毕业。
== hs21 | 普工 | 4000/month | - | - | -
c: age=52 edu=primary male want=factory ok=handcraft,security trap=sorter nostand thin
52岁，以前在工地，静脉区张，站久了腿就肿。想找个厂里坐着干的活，门卫也行，夜班能上。
初中没念完就出来了。
== hs22 | 公益岗 保洁 | 2000/month | hard_to_employ | - | -
c: age=42 edu=junior want=gongyi,cleaner ok=handcraft,factory trap=delivery nowalk
今年42，零就业家庭，老公常年病着。我膝盖有滑膜炎，走不了太多路，站一会儿还行。
社区说我可以报公益性岗位。
初中学历。
== hs23 | 零工 日结 | 200/day | - | gig | -
c: age=29 edu=junior male want=gig,sorter,delivery ok=waiter trap=factory
男的，29，不想进厂被绑着，有活就干，干一天结一天最好，搬东西卖力气都行。
初中文化。
== hs24 | 外卖 跑腿 | 6000/month | - | - | -
c: age=27 edu=high male want=delivery ok=sorter,gig trap=chauffeur,truck
27岁，自己有电动车，想跑外卖或者送快递。驾照一直没去考，开车的活就算球了。
高中毕业。
== hs25 | 叉车司机 | 6000/month | migrant_worker | - | -
c: age=33 edu=high male lic=forklift exp=forklift:4 want=forklift ok=warehouse,factory trap=truck noshift lodge
33岁，有叉车证，开了四年叉车。之前倒班把身体搞垮了，现在只干白班，倒班的不去。
外地人，单位管住最好。
中专学历。
== hs26 | 电焊工 | 8000/month | - | - | -
c: age=40 edu=junior male lic=welder exp=welder:12 want=welder ok=factory trap=electrician noheights
四十了，焊工证有，二保焊氩弧焊都会，干了十二年。有恐高，上脚手架腿软，高处的活不接。
初中文化。
== hs27 | 电工 维修 | 6000/month | - | - | -
c: age=48 edu=high male lic=electric exp=electrician:20 want=electrician,repair ok=warehouse,factory trap=welder noheights
今年48，持低压电工证，干了二十年电工。前年膝盖做了手术，爬梯子登高不行了，地面上的活没问题。
高中。
== hs28 | 月嫂 育婴 | 9000/month | - | - | -
c: age=46 edu=junior lic=maternity,nanny exp=nanny:5 want=nanny ok=eldercare,cleaner trap=teacher
46岁，母婴护理证和育婴师证都有，带过二十多个宝宝，住家不住家都可以，夜里带娃也没问题。
初中毕业。
== hs29 | 白天带孩子 保姆 | 4000/month | - | - | -
c: age=32 edu=high want=nanny,cleaner ok=eldercare,kitchen trap=teacher nolivein win=0-18.5
32岁，自己孩子三岁，晚上六点半前得回家，不能住雇主家。带孩子做饭打扫都会，没考过证。
高中学历。
== hs30 | 养老护理员 | 4000/month | - | - | -
c: age=50 edu=junior lic=care exp=eldercare:6 want=eldercare ok=cleaner,kitchen trap=nanny nonight
有养老护理员证，在护理院干了六年。今年50了，前阵子查出心脏早搏，
医生不让再上夜班，白天的活可以。
初中。
== hs31 | 厨师 炒锅 | 8000/month | migrant_worker | - | 川菜,湘菜
c: age=38 edu=junior male crafts=炒锅 exp=kitchen:10 want=kitchen ok=waiter,factory trap=cashier lodge
38岁，炒了十年锅，川湘菜拿手。我四川嘞，刚到合肥莫得地方住，老板能安排个住处最好。
初中。
== hs32 | 班车司机 | 6000/month | - | - | -
c: age=51 edu=high male lic=A1 exp=drive:25 want=bus ok=truck,chauffeur trap=security noshift
A1驾照，公交开了二十年，受不了早晚班来回倒，想找个班次固定的，校车班车都行。今年51。
高中文化。
== hs33 | 司机 | 6000/month | - | - | -
c: age=30 edu=high male lic=C1 exp=drive:6 want=truck,chauffeur ok=delivery,sorter trap=bus,forklift
30岁，只有C1本，开了六年小车，想找个开车的活，送货、网约车都行。
高中毕业。
== hs34 | 汽修学徒 维修 | 3500/month | poverty_alleviated | - | -
c: age=24 edu=vocational want=repair ok=factory,sorter trap=jianxi lodge male
脱贫户家里出来的，中专学的汽修，今年24，毕业后一直在家种地没工作。想学门手艺，
修车修手机都行，要是能住厂里就太好了。
== hs35 | 手工 普工 | 2500/month | hard_to_employ,disabled | - | -
c: age=36 edu=high want=handcraft,gongyi,factory ok=cleaner trap=sorter nonight noshift
36岁，精神残疾四级，吃着药，现在很稳定。医生说作息必须规律，晚上按时睡，倒班夜班都不行。
社区给我办了就业困难登记。
高中毕业。
== hs36 | 幼儿教师 托管老师 | 4000/month | college_graduate | - | 钢琴,手工
c: age=22 edu=bachelor major=preschool grad=2026-06 lic=teacher want=teacher,jianxi ok=clerk,nanny trap=cs
今年6月本科毕业，学前教育专业，幼儿园教师资格证拿到了。想去托管班或者幼儿园。
== hs37 | 在家做手工 | 1500/month | - | - | -
c: age=30 edu=high want=handcraft ok=sales,cs trap=factory home nopc
30岁，孩子一岁多离不开人，只能再家接点活儿。家里没电脑，就一个手机。
高中毕业。
== hs38 | 在家缝纫 手工 | 1500/month | - | - | 缝纫
c: age=47 edu=primary crafts=缝纫 want=handcraft ok=annotation trap=cleaner home nopc
47岁，老伴瘫痪在床，离不开人，我出不了门。年轻时在服装厂踩过缝纫机，家里有台缝纫机。
电脑不会弄。
小学毕业。
== hs39 | 在线客服 | 3500/month | college_graduate | - | 打字,Excel
c: age=22 edu=college grad=2025-06 major=ecom want=cs,jianxi ok=annotation,clerk trap=sales
去年6月大专毕业，电子商务专业，毕业后一直没找到合适的。想做网店客服。
== hs40 | 会计 | 4000/month | college_graduate | - | 用友,Excel,报税
c: age=25 edu=bachelor major=acct grad=2024-06 lic=accounting exp=accounting:1 want=accounting,jianxi ok=clerk trap=cs
今年25，24年6月本科毕业，财务管理，初级会计证有了。毕业后在代账公司干了一年多，
今年辞了，想换个稳定点的会计岗。
== hs41 | 保安 门卫 | 3000/month | migrant_worker | - | -
c: age=56 edu=primary male want=security ok=cleaner,gig trap=welder
俺在工地上干了一辈子，56了，想干点轻省的，门卫保安都行，夜班也能上。没保安证。
就念过小学。
== hs42 | 厨师 食堂 | 5000/month | veteran | - | 大锅菜
c: age=32 edu=high male want=kitchen ok=security trap=truck wkwish
32岁，部队炊事班干了八年，大锅菜拿手，退伍回来了。想去单位食堂，能双休最好。
高中毕业。
== hs43 | 家政 保姆 | 4000/month | poverty_alleviated | - | -
c: age=38 edu=junior want=nanny,cleaner ok=kitchen trap=delivery noride
脱贫户，38岁。家务活样样会做，就是不会骑电动车，也不敢骑，只能走路坐公交。
初中毕业。
== hs44 | 数据标注 见习 | 3000/month | college_graduate,disabled | - | 打字,PS
c: age=23 edu=college grad=2025-06 want=jianxi,annotation ok=cs,clerk trap=sales deaf
先天听障，戴助听器也听不太清，电话接不了，平时用文字交流。去年6月大专毕业，专升本没考上，
到现在一年多了还没上过班，想找电脑上的活。
== hs45 | 公益性岗位 保安 | 2200/month | hard_to_employ | - | -
c: age=47 edu=junior male want=gongyi,security ok=cleaner,gig trap=sorter nonight nolift
47岁，男，肝不好，医生说不能累着也不能熬夜，重活不能干。失业两年多了，在社区登记了就业困难。
没保安证。
初中文化。
== hs46 | 普工 | 5000/month | migrant_worker | - | -
c: age=35 edu=junior want=factory ok=sorter,kitchen trap=annotation lowvision lodge
35岁，跟老公一起出来打工的，想进同一个厂，厂里有夫妻房最好。我眼睛不好，
细小的东西看不清，精细活干不了。
初中毕业。
== hs47 | 文员 行政 | 3500/month | college_graduate | - | Word,Excel,PPT
c: age=23 edu=bachelor major=chinese grad=2025-06 want=clerk,jianxi ok=cs,annotation trap=sales nofield
汉语言文学本科，25年毕业，考编没考上。想找个坐办公室的文职，不想跑外面，
入户走访、带看房那种不行。
== hs48 | 零工 钟点工 | 150/day | - | gig | -
c: age=57 edu=junior want=gig,cleaner ok=handcraft trap=security nolift
57岁了，退休金不够花，想找点零活干，一天几个小时就行，不想签长期的。
干不动重活，腰不行。
初中文化。
== hs49 | 电焊 电工学徒 | 4000/month | migrant_worker | - | -
c: age=22 edu=junior male want=welder,electrician ok=factory,repair trap=jianxi
22岁，初中毕业在厂里干过普工。想学电焊或者电工，但是啥证都没有。
== hs50 | 在家做数据标注 | 3000/month | - | - | 电脑,打字
c: age=29 edu=college male want=annotation ok=cs,sales trap=clerk home
男，29，老婆刚生二胎，丈母娘身体也不好，这半年我得在家照顾，只能干在家的活。电脑熟。
大专学历。
== hs51 | 洗碗 保洁 | 3000/month | poverty_alleviated | - | -
c: age=46 edu=primary want=kitchen,cleaner ok=factory trap=cashier nocash
今年46，我是易地搬迁出来的脱贫户，小学没念完。脑子算账慢，找钱老找错，收钱的活不敢干。
洗碗、洗菜、打扫都行，力气也有。
== hs52 | 收银 服务员 | 3000/month | - | - | -
c: age=51 edu=junior want=cashier,waiter ok=cleaner,kitchen trap=sales dayonly win=0-17.5
51岁，以前在超市干过收银。现在儿媳妇上夜班，孙子放学回来我得给他烧晚饭，
只能上白天的班，晚班不行。
初中文化。
== hs53 | 仓库 物流 | 4500/month | veteran | - | 电脑,C1驾照
c: age=26 edu=high male lic=C1 exp=drive:5,warehouse:2 want=warehouse ok=sorter,truck trap=forklift lodge
26岁，退伍一年，在部队是仓库保管员，出入库、盘点、台账都做过（部队的经验）。
有C1驾照。想找物流仓库的活，最好单位有宿舍，我家在外县。
高中毕业。
== hs54 | 文员 客服 坐着的活 | 3000/month | disabled | - | Word,Excel,打字
c: age=30 edu=high want=clerk,cs ok=factory,handcraft,annotation trap=cashier wheel thin
30岁，我脊髓损伤坐轮椅，但是能自己坐无障碍公交出门上班。单位得有无障碍通道和厕所，
有台阶的进不去。手没问题，电脑打字都行。
高中学历。
== hs55 | 寒假兼职 | 150/day | - | gig | -
c: age=20 edu=high student want=gig,waiter ok=sorter,cashier trap=jianxi
今年20，大三在读，放寒假回来一个多月，想找个日结或者按小时的兼职，挣点生活费，开学就走。
"""
