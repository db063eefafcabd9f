"""What a job asks of the worker's body: loads, standing, riding, heights, strenuous work, and who is welcome."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from matching.facts.cues import (
    CLAUSE_STOP,
    PAST_WORK,
    PREFERRED_WORDS,
    Cue,
    clause_around,
    cues_for,
    matched_facts,
    others_work,
    sentence_of,
    stop_before,
)
from matching.facts.fact import Fact, Family, Modality, as_evidence
from matching.facts.hour_spans import worked_spans
from matching.facts.kind_nouns import DONE_BY_ANOTHER, NOT_DOING
from matching.facts.loads import (
    BIKE_GIVEN,
    FORKLIFT,
    LONG_HOURS,
    SHORT,
    bike_not_given,
    forklift_not_driven,
    loads_denied,
    stairs_valued,
)
from matching.facts.posted_role import posted_roles

_SUPERVISES = re.compile(r"组织|监督|统筹|协调|保障")  # "组织装卸", "保障卸货": someone else lifts
_PHYSICAL_CUES = cues_for(
    Family.PHYSICAL,
    lifting=r"搬运(?!公司(?![的货物产品])|服务|机器人|设备|秩序|车辆)|搬抬|搬(?:货|布|箱|纸|东西|桶|料)|装卸(?!载|费|现场|区|平台|口|场地|设备|工具)|卸货|重物补贴|码放|堆码|码垛(?!机)|负重|搬重物|能搬\d+|搬动|上下货|"
    r"拿行李|提行李|(?:设备|物品|家具|货物)搬迁|搬家(?:师傅|工|搬运|跟车)|"
    r"搬(?:包裹|垃圾|米|面|水|饮料|家具|原料|袋|重)|(?:要|需要?|得)搬(?!家|迁|离|走)(?:要码|运|动|上|下)?|"
    r"(?:有|重|达|到)\s*[一二三四五六七八九两几]{1,2}十(?:来)?(?:斤|公斤)|"
    # a container carried and its weight: "搬菜筐，一筐四五十斤", "一箱三十来斤" (issue 22 s9, dev5); not a benefit
    # given ("提供一袋五十斤大米") or a room ready ("拎包入住")
    r"搬[菜果货鱼肉酒砖]?(?:筐|篓|框)|(?:搬|扛|抬|提(?!供|成|前|交|高|升|醒|示)|拎(?!包入住)|背|卸)[^。；;！!\n]{0,8}?[一每](?:筐|篓|箱|袋|桶|包|捆)(?:就|都|有|重|约)?\s*(?:[一二三四五六七八九两几]{1,2}十|[2-9]\d)(?:来|多)?(?:斤|公斤)|"
    # the weight said first, then the carrying: "三十来斤一箱的水果要从车上搬进店里", "五十斤一袋，要扛上车"; a load of a
    # hundred 斤 moved ("布草车一车上百斤要推着走"), a mattress lifted ("床垫要掀起来包角"); not a gift ("五十斤一袋的米过年发")
    r"(?:[一二三四五六七八九两几]{1,2}十|[2-9]\d)(?:来|多)?(?:斤|公斤)(?:左右)?[一每](?:筐|篓|箱|袋|桶|包|捆|件)[^。；;！!\n]{0,14}?(?:搬|扛|抬|拎|卸|码|提(?!供|成|前|交|高|升|醒|示))|"
    r"(?:上|好几|几|一)百(?:来|多)?斤[^。；;！!，,\n]{0,4}?(?:推|搬|扛|抬|拉|拖)|(?:掀|抬|搬|翻)(?:起来?)?床垫|床垫(?:要|得|需要?)?(?:掀|抬|搬|翻)|"
    r"(?:货物|东西|箱子|物品|货)(?:较|比较|很|偏|都|有点|特别)重(?!要|量|视|点|新|复)|扛(?:货|包|箱|米|水|袋|面|东西|重物|大件|桶|水泥|麻袋|沙)|抬(?:货|重物|箱|东西|家具|担架|病人)|"
    r"(?:搬|提|扛|抬|拎)(?:起|动)?\s*\d+\s*(?:斤|公斤|kg|KG|千克)|(?<!\d)\d{1,4}\s*(?:斤|公斤|kg|KG|千克)(?:以上|左右|以内)?的?(?:货物|重物|物品|箱|包裹|货)|"
    + r"(?:整箱|每箱|一箱|单件|最重|约重|重约|重达)[^，。；,;）)]{0,4}?\d{2,3}(?:\s*[-~到至]\s*\d{2,3})?\s*(?:斤|公斤|kg|KG|千克)|"
    r"卸(?:一|整)?车(?!间|位|区|平台|费|场|口|设备|工具|时间)|码(?:到|在|上)(?:托盘|栈板|卡板|货架|车上)|大件(?:要|需要?|得)?(?:送|搬|扛|抬)|(?:送|搬|扛|抬)(?:一下|一些|些|下)?大件|大件收派|送桶装水|桶装水(?:配送|送|搬)|送水(?:工|员|师傅)|"
    + FORKLIFT,
    standing=r"久站|站立(?!式办公|会议|会)|长时间站立|站着[^，。；,]{0,4}?(?:工作|上班|干|作业|操作)|站岗|站班|站坐轮岗|走动式|"
    r"站着(?:收银|看|引导|接待|服务|卖|推销|促销|吆喝|来回|为主|的时候多|的时间多)|(?<![坐可能])站着(?=[。；;！!\n]|$)|"
    r"站着来回走|端(?:菜|盘子)|站着(?=[刷装缝贴检码拣削磨焊喷钉剪烫])|站得(?:久|多)|站(?:在)?流水线|站着(?:洗|擦|切|炒|包|打包|分拣|理货|做)|"
    r"(?:要|得|需要?)站一(?:整)?天|(?:一天|每天)(?:要|得)?走\s*(?:[一二两三四五1-5])\s*万(?:多)?步|一天(?:要|得)?站\s*\d+|长时间(?:走动|行走|步行)|流水线(?=[^，。；,;]{0,6}?(?:作业|工作|上班|操作|普工|工人|员工))|(?:一直|全天|整天)(?:站|走动)",
    riding=r"骑手|骑(?:电动车|电瓶车|摩托车|自行车|三轮|车)|骑行(?=时|中|过程|途中|送)|"
    r"电(?:动|瓶)车|三轮车|送外卖|送餐(?!到岗|到工位|到车间|到宿舍|到岗位)|(?<![和与跟同给])外卖(?:骑手|送餐|配送|员)|跑单|取餐|"
    r"外卖(?=[^。；;！!？?\n]{0,30}?(?:(?<!无人|履约|即时)配送(?!体系|系统|网络|平台|服务|业务)|送达|派送|送到|导航))|"
    + BIKE_GIVEN,
    height=r"高空作业(?!车|平台)|登高|(?<!不)爬高(?!速)|高处作业|(?:无|不)恐高|恐高症|(?:上|爬|踩|登)(?:人字)?梯子?(?:擦|作业|干活|清洁)?(?!度|队|级)|梯子上",
    strenuous=r"跪(?:着|在地上|地)(?:擦|拖|干|作业|工作)|爬楼(?:梯)?(?:送|搬|扛|背|提)(?:货|东西|水|件)?|爬楼(?!梯?机)|走楼梯|楼道(?:保洁|清扫|卫生|打扫|拖地)|(?:擦|扫|拖|打扫|清扫)楼道|(?:帮|给|协助)(?:老人|病人|患者)?翻身|(?:要|需要?)有体力|体力消耗大|"
    r"(?:帮|给|协助)[^，。；,;]{0,6}?翻身|(?:卧床|失能|瘫痪)[^，。；,;]{0,6}?(?:护理|照护|陪护|老人|病人|患者)|"
    r"术后(?:或|和|及|、)?(?:住院)?(?:陪护|护理员|照护)|(?:住院|术后)(?:或|和|及|、)(?:住院|术后)护理|"
    r"(?:送|背|扛|搬)[^，。；,;]{0,4}?上楼|推(?:着)?(?:推车|手推车|板车|平板车|小车)|推车(?:送|运|搬|拉)|(?<!轻)体力活|力气(?:大|活)|有力气|(?<!精神)体力(?:要)?好|体力充沛|较强的体力|体力强|身体强壮|身强力壮|重体力|能干重活|(?<!轻)体力劳动|承受.{0,8}?(?:劳动|工作)强度|"
    r"不怕脏[、，,]?不怕累|不怕累[、，,]?不怕脏",
    disabled_welcome=r"残疾人[^，。；;\n]{0,10}?(?:优先|可|亦可|也可|均可|友好)|欢迎残疾人|(?:招聘|招收|接收|适合)[^，。；;\n]{0,8}?残疾人?|"
    r"[（(]残疾人?[)）]|残疾人岗位|助残岗",
    wheelchair_ok=r"轮椅(?:可|友好|可达)|适合轮椅|无障碍(?:工位|通道|设施)",
    deaf_ok=r"听障(?:人士)?(?:可|优先|友好)|聋哑人?(?:可|优先)|适合听障",
)


# riders as those a platform serves ("数百万商家、骑手", "优化骑手体验"), not the one riding
_SERVED = re.compile(
    r"(?:百万|千万|万名|亿|庞大的|数十万)[^，。；,;]{0,2}$|(?:商家|用户|消费者|顾客|客户|商户|司机)[、和与]$|(?:交接|对接|交给)$"
)
_SERVED_AFTER = re.compile(
    r"(?:体验|所在|群体|团队|需求|满意|留存|权益|画像|痛点|作业流程|[^，。；,;]{0,4}产品|[、和与](?:消费者|商家|用户|司机))"
)
# an e-bike that is a product made, tested or sold ("新能源电动车电子电器…测试", "智能电动车标准化开发平台")
_VEHICLE_MADE = re.compile(r"(?:新能源|智能)$")
_VEHICLE_PART = re.compile(r"[^，。；,;]{0,4}?(?:开发|平台|电子|电器|零部件|整车|行业|品牌|测试|研发|设计)")
# a waiter's 送餐 ("送餐、收餐", "为客户订餐…送餐服务"), not delivery by bike
_TABLE_SERVICE = re.compile(r"收餐|订餐|点餐|餐前|餐后|传菜|上菜|客房|病房|包厢")
# loads known about, overseen, handled only if, or tools for them kept up ("对产品的包装和搬运有一定的了解",
# "对…卸货…等作业进行监控", "如果要装卸", "维护公司的搬运工具"); "熟悉搬运工作流程" is still the worker's own lifting
_KNOWS = re.compile(r"对[^，。；,;]{0,20}?有(?:一定|基本|初步)?的?(?:了解|认识)")
_KEEPS_UP = re.compile(r"(?:维护|保养|维修)[^，。；,;]{0,6}$")
_OVERSEES = re.compile(r"对[^，。；,;]{0,40}?进行(?:监控|监督|管理|检查|审核)")
_IF = re.compile(r"(?:如果|若|如需|如要|假如)[^，。；,;]{0,3}$")
_VEHICLE_USE = re.compile(r"会|骑|开|提供|配|自备|自带|送|派|跑|取|载|车补|驾驶")
# "承受一定的工作强度" is a trait (SCHEMA) unless the sentence names manual work
_MANUAL = re.compile(r"建筑|工地|搬运|装卸|体力|车间|重物|施工")
_CERTIFICATE = re.compile(r"(?:作业)?(?:证|操作证|资格证)")
_BENEFIT = re.compile(r"免费|报销|包考|帮(?:助)?考|协助考|考取|公司(?:承担|出资|负责)")
_CONTENT = re.compile(r"转载|原创|博客|文章|视频|短剧|影视|资讯|代码|素材")  # "搬运工" of what others wrote


def _certificate_not_asked(text: str, m: re.Match[str], sentence: str) -> bool:
    """A height certificate only preferred ("有登高证者优先") or one the employer helps obtain ("免费考取…登高作业证")
    says nothing of height work (the notes label only a required one)."""
    before = sentence[: sentence.find(m.group(0))]
    return bool(PREFERRED_WORDS.search(clause_around(text, m.start(), m.end())) or _BENEFIT.search(before))


def _handled_only_if(text: str, m: re.Match[str]) -> bool:
    clause = clause_around(text, m.start(), m.end())
    start = stop_before(text, m.start(), CLAUSE_STOP)
    if _IF.search(text, start, m.start()) or _KEEPS_UP.search(text, start, m.start()):
        return True
    return bool(_KNOWS.search(clause) or _OVERSEES.search(clause))


def _not_this_body(text: str, m: re.Match[str], cue: Cue) -> bool:
    """Loads, rides and vehicles that are not this worker's: people managed, riders a platform serves, an
    e-bike with nothing done with it ("电动车逆行"), a forklift not driven, loads the post says others move, and
    搬运 of what others wrote (`loads`)."""
    if others_work(text, m):
        return True
    word, sentence = m.group(0), sentence_of(text, m)
    if word == "骑手":
        return bool(_SERVED.search(text[max(0, m.start() - 6) : m.start()]) or _SERVED_AFTER.match(text, m.end()))
    if cue.code == "riding" and re.fullmatch(r"电(?:动|瓶)车|三轮车", word):
        made = _VEHICLE_MADE.search(text, max(0, m.start() - 3), m.start()) or _VEHICLE_PART.match(text, m.end())
        return bool(made) or not _VEHICLE_USE.search(sentence.replace(word, ""))
    if cue.code == "riding" and word.startswith("送餐"):
        return bool(_TABLE_SERVICE.search(sentence))
    if cue.code == "lifting" and (
        _handled_only_if(text, m) or (re.match(FORKLIFT, word) and forklift_not_driven(text, m))
    ):
        return True
    if cue.code == "lifting" and not re.match(FORKLIFT, word) and loads_denied(text, m):  # a forklift driven lifts
        return True
    if cue.code == "strenuous" and word.startswith("推") and loads_denied(text, m):  # "药品很轻…推小车"
        return True
    if cue.code == "riding" and re.fullmatch(BIKE_GIVEN, word):
        return bike_not_given(text, m)
    if cue.code == "height" and _CERTIFICATE.match(text, m.end()):
        return _certificate_not_asked(text, m, sentence)
    if cue.code == "standing" and word == "流水线":
        return "坐" in sentence  # "流水线作业，坐着干": a seated line
    if cue.code == "strenuous" and DONE_BY_ANOTHER.match(text, m.end()):
        return True  # "擦楼道扶手的活由别人干，你只管前台登记"
    if cue.code == "strenuous" and word.endswith("工作强度"):
        return not _MANUAL.search(sentence)
    return cue.code == "lifting" and word.startswith("搬运") and bool(_CONTENT.search(sentence))


def posting_physical(text: str) -> list[Fact]:
    """Physical demands this worker meets, stairs valued apart (`loads.stairs_valued`); a delivery's ride inferred
    from its work alone is `implied` (`delivery_implied`)."""
    found = matched_facts(text, _PHYSICAL_CUES, past=PAST_WORK, duty=_SUPERVISES, unless=_not_this_body)
    return stairs_valued([delivery_implied(f, text) for f in found], text)


# a ride or a vehicle the text names or hands out beside the delivery ("骑手", "可配车", "提供车住", "自备电动车"), not a
# van's: where the riding fact's own words are one, this finds them too
_VEHICLE_NAMED = re.compile(r"骑|(?:电动|电瓶|摩托|三轮|自行)车|配车|(?:提供|配|有)[^，。；,;]{0,3}?车(?!位|费|补)")


def delivery_implied(f: Fact, text: str) -> Fact:
    """A `riding` fact read from delivery words ("送外卖", "取餐", "跑单", "外卖配送") in a text that names no vehicle:
    the ride is what the work implies, not what the text says, so it is `Modality.IMPLIED` (matching keeps it out for
    a person who cannot ride just the same: `job_bits` takes any modality but `PREFERRED`)."""
    if f.code != "riding" or f.modality is not None or _VEHICLE_NAMED.search(text):
        return f
    return dataclasses.replace(f, modality=Modality.IMPLIED)


# Work on one's feet all day by the post's own name: till, shop floor, dining room, cleaning ("超市收银员", "药店营业员",
# "传菜员", "小区保洁员": sweeping stairwells, garages and homes), unless it says the post is seated ("坐岗", "可坐") or is a call-centre one ("客服")
_STANDING_TITLE = re.compile(
    r"收银|营业员|店员|导购|售货员|理货|(?<!客户)(?<!足浴)(?<!沐足)服务员|迎宾|传菜|安检|保洁|清洁(?:工|员|阿姨|师)|环卫"
    r"|装卸工|搬运工|拣货|分拣员|(?:菜|水果|肉|鱼|早餐|小吃)摊"  # loads and picks by hand, a stall (issue 22 s9, dev5)
)
# a cleaning post that manages, supervises or drives ("物业主管（保洁管理）", "医院保洁经理", "保洁领班", "环卫车司机"), not
# one that sweeps, wherever ("车间保洁员", "动车保洁", "地下车库保洁")
_CLEANING = re.compile(r"保洁|清洁|环卫")
# the worker picks when and how long ("时间自己定，想接几单接几单", "时间自由"): no day on one's feet is asked
_OWN_TIME = re.compile(r"时间(?:自己定|自由|自定|随意)|自由安排时间|想接几单|自由接单")
# a seat the worker rests on between ("有凳子可以歇", "配椅子"), not the customers' ("店内有座位")
_STOOL = re.compile(r"(?:有|配|提供)(?:凳子|椅子)|(?:有|配|提供)座位[，,]?(?:可以|能|可)(?:坐|歇|休息)")
FULL_DAY = 7 * 60  # worked minutes that make a full day (as the unsaid priors count one: `priors`)
_NOT_SWEEPING = re.compile(
    r"管理|经理|主任|主管|领班|督导|组长|司机|驾驶|开车|(?:扫地|洗地|洒水|清扫|垃圾|环卫|保洁|清洁)车|销售|设备|用品|产品"
)
# a post that runs the work or its machines, whatever it stands over ("搬运工主管", "装卸工班长", "拣货机器人运维工程师")
_RUNS_IT = re.compile(r"主管|领班|班长|组长|经理|工程师|运维|系统")
# seated after all: a clerk's or a clinic's till, a window, a massage stool, a post said to sit or be done from home
_SEATED = re.compile(
    r"坐(?:着|岗|班|下|姿)|站坐|可坐|(?<!顾)客服|文员|财务|会计|窗口|居家|在家|线上|网络|收费员|"
    r"(?:诊所|门诊|医院|药房)(?=[^，。；,;]{0,2}?(?:收银|收费|挂号|导诊|前台))"
)  # not "对顾客服务…" (review 9: it dropped a 营业员 title's standing); a clinic's till, not the clinic (医院保洁 stands)


def standing_post(title: str, text: str, hours: Iterable[Fact] = ()) -> list[Fact]:
    """A post whose title names standing work, as a `standing` fact (the description may say nothing of it); the
    words before "招聘" in a title are the employer's name ("…迎宾…招聘厨师"). Valued "short" (no bit, as
    `loads.spells_valued`) where the posting's stated day is a part one in short stretches ("上午8点到12点", "8点到
    11点半、2点半到5点") or the worker picks the time ("时间自己定"): on one's feet, but not for long."""
    post = title.rpartition("招聘")[2]
    name = next((n for n in [post, *posted_roles(title, text)] if _STANDING_TITLE.search(n)), post)
    m = _STANDING_TITLE.search(name)
    if m is None or _SEATED.search(title) or _SEATED.search(text) or _RUNS_IT.search(name) or _STOOL.search(text):
        return []
    if _CLEANING.match(m.group(0)) and _NOT_SWEEPING.search(title):
        return []
    short = part_day(hours, text)
    return [Fact(Family.PHYSICAL, "standing", as_evidence(m.group(0)), 0.75, SHORT if short else None)]


# a courier's round ridden door to door on an e-bike ("快递员", "快递派送员", "社区超市配送员"), not one driven in a van,
# walked, sorted at the hub or run from a desk; a milk, paper or water round is one too, by e-bike or tricycle, with
# no bike said ("送奶工", "送报纸", "送桶装水"; not 送奶茶, 送报告, 送水果)
_COURIER = re.compile(
    r"快递员|快递(?:小哥|派送|配送|收派)|派件员|(?<![快物])配送(?:员|小哥)?(?!中心|站|司机|驾驶|主管|经理|文员|调度)|"
    r"送(?:牛?奶|报纸?|桶?装?水)(?:工|员)?(?!茶|粉|告|表|名|销|价|果|泥|费|管|渠)|桶装水(?:配送|派送|送货)"
)
_NOT_RIDDEN = re.compile(r"开(?:车|面包车|货车|小货车)|面包车|货车|驾驶|驾照|[ABC][12]|步行|走路送")


def riding_post(title: str, text: str) -> list[Fact]:
    """A courier's post by its name, or by the role a bare title leaves to the text, as an `implied` `riding` fact
    (the description may say nothing of the e-bike), unless the text drives or walks the round."""
    post = title.rpartition("招聘")[2]
    name = next((n for n in [post, *posted_roles(title, text)] if _COURIER.search(n)), None)
    m = _COURIER.search(name) if name else None
    if m is None or NOT_DOING.search(name or "") or _NOT_RIDDEN.search(f"{name} {text}") or "司机" in (name or ""):
        return []
    return [Fact(Family.PHYSICAL, "riding", as_evidence(m.group(0)), 0.6, None, Modality.IMPLIED)]


def part_day(hours: Iterable[Fact], text: str) -> bool:
    """Whether the posting's stated day is a part one in short stretches, each at most LONG_HOURS and the day under
    FULL_DAY ("上午8点到12点", "8点到11点半、2点半到5点"), or the worker picks the time ("时间自己定"); a long stretch
    ("早6点到12点"), a full day with or without a break ("8-12点、下午2-6点", "每天8小时") or none stated is not."""
    hours = list(hours)
    spells = [[end - start for start, end in worked_spans(f)] for f in hours if f.code == "hours" and f.value]
    days = [sum(s) for s in spells] + [
        int(f.value) * 60 for f in hours if f.code == "day_hours" and f.value and f.value.isdigit()
    ]
    if not days:
        return bool(_OWN_TIME.search(text))
    return all(s <= LONG_HOURS * 60 for stretch in spells for s in stretch) and max(days) < FULL_DAY
