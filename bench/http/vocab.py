"""The words of the synthetic province: kinds of postings, what seekers say, and what kiosk users type."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class JobKind:
    title: str
    description: str
    pay_min_yuan: int  # a month


JOB_KINDS = [
    JobKind("普工", "流水线操作，包吃住，长白班，适应两班倒", 4500),
    JobKind("操作工", "车间设备操作，会看图纸优先，有加班费", 5000),
    JobKind("电焊工", "熟练二保焊、气保焊，持焊工证", 7000),
    JobKind("装配工", "电子产品组装，手脚麻利，坐班", 4800),
    JobKind("包装工", "成品打包装箱，计件工资", 4200),
    JobKind("质检员", "来料检验和成品抽检，会用卡尺", 5000),
    JobKind("仓库管理员", "出入库登记、盘点，会用电脑", 5000),
    JobKind("叉车司机", "持叉车证，仓库装卸", 6000),
    JobKind("装卸工", "物流园装车卸货，按件计酬", 5500),
    JobKind("理货员", "超市理货补货，做六休一", 3800),
    JobKind("快递员", "片区派件揽件，电动车公司提供", 6500),
    JobKind("外卖骑手", "同城配送，时间自由，多劳多得", 7000),
    JobKind("货车司机", "持B2驾照，市内配送", 8000),
    JobKind("网约车司机", "持C1驾照三年以上，车辆公司提供", 7000),
    JobKind("保安", "小区门岗巡逻，退伍军人优先，做一休一", 3800),
    JobKind("保洁员", "写字楼日常保洁，年龄六十岁以下", 3000),
    JobKind("家政服务员", "做饭打扫，照顾家庭起居", 5000),
    JobKind("月嫂", "母婴护理，有育婴师证优先", 9000),
    JobKind("育婴员", "照看婴幼儿，懂早教", 5500),
    JobKind("养老护理员", "养老院照护老人，有护理员证优先", 4500),
    JobKind("医院护工", "住院病人陪护，包住", 5000),
    JobKind("厨师", "中餐炒锅，会川菜徽菜", 7000),
    JobKind("帮厨", "切配洗菜，协助厨师", 4000),
    JobKind("面点师", "包子馒头面食制作，早班", 5000),
    JobKind("餐厅服务员", "点餐传菜，收拾台面", 3800),
    JobKind("洗碗工", "后厨洗碗保洁，包两餐", 3500),
    JobKind("奶茶店店员", "饮品制作，收银，可兼职", 3500),
    JobKind("收银员", "超市收银，会用收银系统", 3800),
    JobKind("营业员", "门店导购，介绍商品", 4000),
    JobKind("销售代表", "跑业务开发客户，底薪加提成", 6000),
    JobKind("电话客服", "接听来电解答问题，坐班", 4200),
    JobKind("电商主播", "直播带货，形象好口才好", 6000),
    JobKind("行政文员", "办公室文件整理、录入，会办公软件", 4000),
    JobKind("会计", "做账报税，有初级会计证", 5500),
    JobKind("出纳", "现金收付，银行对账", 4500),
    JobKind("电工", "持低压电工证，厂区维修", 6500),
    JobKind("水电工", "住宅水电安装维修", 7000),
    JobKind("汽车维修工", "汽车保养维修，会看故障码", 6500),
    JobKind("家电维修工", "空调冰箱洗衣机上门维修", 6000),
    JobKind("瓦工", "砌墙贴砖，工地点工", 9000),
    JobKind("木工", "工地支模，按天结算", 9000),
    JobKind("油漆工", "室内墙面刷漆、喷漆", 8000),
    JobKind("钢筋工", "钢筋绑扎，工地包住", 8500),
    JobKind("缝纫工", "服装厂平车，计件", 6000),
    JobKind("绿化工", "小区绿化养护，修剪浇水", 3500),
    JobKind("环卫工", "道路清扫保洁", 3000),
    JobKind("挖掘机司机", "持证上岗，工地挖机操作", 10000),
    JobKind("数控车工", "数控车床操作编程", 7000),
    JobKind("幼儿园保育员", "协助老师照顾幼儿生活", 3500),
    JobKind("社区网格员", "社区走访登记，公益性岗位", 3000),
]

JOB_TYPES = ["full_time"] * 6 + ["gig"] * 2 + ["internship", "public_welfare"]
WISHES = ["", "，离家近", "，能上夜班", "，包吃住", "，月薪五千以上", "，做六休一", "，可以兼职", "，长白班"]
OPENINGS = [
    "想找{job}的工作",
    "找{job}",
    "求职{job}",
    "会{job}的活，找工作",
    "想做{job}",
    "{job}",
    "招{job}吗",
    "干过{years}年{job}，找工作",
    "{job}，有经验{years}年",
    "本人{age}岁，想找{job}",
]


def query_texts(rng: np.random.Generator, n: int) -> list[str]:
    """Short free-text wishes like a kiosk gets; mostly distinct, so no cache can answer them all."""
    texts: set[str] = set()
    while len(texts) < n:
        kind = JOB_KINDS[int(rng.integers(len(JOB_KINDS)))]
        opening = OPENINGS[int(rng.integers(len(OPENINGS)))]
        text = opening.format(job=kind.title, years=int(rng.integers(1, 16)), age=int(rng.integers(18, 60)))
        texts.add(text + WISHES[int(rng.integers(len(WISHES)))])
    return sorted(texts)


def seeker_experience(kind: JobKind, years: int) -> str:
    return f"干过{years}年{kind.title}，{kind.description.split('，')[0]}"
