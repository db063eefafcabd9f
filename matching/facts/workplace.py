"""Where and how the work is done: meals and housing, place of work, physical demand."""

from __future__ import annotations

import re
from dataclasses import replace

from matching.facts.cues import (
    _CLAUSE,
    _PREFERRED,
    _SENTENCE_STOP,
    _clause,
    _Cue,
    _cues,
    _matched,
    _negated,
    _stop_after,
    _stop_before,
)
from matching.facts.fact import Fact, Family, Modality, _evidence
from matching.facts.loads import (
    BIKE_GIVEN,
    FORKLIFT,
    bike_not_given,
    forklift_not_driven,
    loads_denied,
    outwork_brought,
    stairs_valued,
)

_LODGING_CUES = _cues(
    Family.LODGING,
    meals=r"包吃|包[你您]?(?:一日|每天|每日)?(?:工作|[三两]|午|晚|午晚|中晚|早)?餐|包[早午晚中][、，,和及与]?[早午晚中]?餐|管吃|管饭|"
    r"管(?:一日|每天)?(?:[一二两三]|工作|午|晚|早)餐|(?:提供|免费)(?:免费)?(?:工作|加班|营养|一日三|三|两|午|中|早|午晚|中晚)?餐(?![补费贴]|饮服务)|"
    r"(?:一日)?[两三]餐[^，。；,;、]{0,4}?(?:免费|全包|公司(?:提供|包))|提供吃(?![饭喝]?补)|丰盛(?:的)?(?:午餐|晚餐|早餐|三餐|工作餐|饭菜)|"
    r"有(?:阿姨|厨师|大厨|师傅)(?:专门)?做饭|(?:员工|职工)用餐(?![补费贴]|优惠|折扣)|吃饭(?:和|、|及|与)?住宿都(?:有|包|提供|管)|"
    r"免费用餐|工作餐(?![补费贴])|(?:食堂|饭堂)(?![补费贴])|供餐(?![补费贴饮])|提供伙食|食宿|吃住|免费夜宵",
    housing=r"包住|包吃住|食宿|吃住|供住|提供(?:免费)?(?:员工)?(?:宿舍|住宿|住房)|免费(?:住宿|宿舍)|员工(?:宿舍|公寓)|有宿舍|安排住宿|"
    r"住宿免费|管住|宿舍(?![补费贴]|管理|资产|调动|安排|分配|协调|巡查)|公寓式|[2-8２-８四六八]人间|"
    r"提供(?!的)[^，。；,;]{1,6}?(?:住宿|宿舍|公寓|住房)(?![^，。；,;]{0,3}?(?:贷款|公积金))|有(?:免费|员工)?住宿(?!补|费|津贴)|安排(?:短期|过渡|临时|免费|员工)+住宿|有住宿安排|住宿环境|"
    r"吃饭(?:和|、|及|与)?住宿都(?:有|包|提供|管)",
    live_in=r"住家(?!附近|周边|门口)|(?:住|居住)(?:在|于)?(?:客户|雇主|东家|主人)家(?!附近|周边|门口)",
)
# a client named after 驻地 ("驻地镇江某公司上班"); 外派 itself is read by its clause (`_OWN_POSTING`)
_CLIENT = (
    r"(?:到|至|于)?(?:客户|甲方|合作方|(?![^，。；,;]{0,8}?(?:子公司|分公司|我司|本公司))"
    r"[\u4e00-\u9fff]{2,8}?(?:公司|银行|集团|重工|单位|企业|厂)|大厂|名企|头部(?:企业|公司))"
)
_PLACE_CUES = _cues(
    Family.PLACE,
    remote=r"(?:居家|在家(?:里)?)(?:办公|工作|兼职|客服|上班|就业|完成|语音|打字|日结|即可|可做|就能做|操作|录制|录课|直播)|远程办公|"
    r"(?:在家|居家)(?!附近|周边|门口|楼下)[^，。；,;]{0,10}?(?:做|干|上班|办公)都(?:可以|行|可)|"
    r"远程(?:工作|兼职)|可远程|远程[（(]|混合办公|(?:可|可以|能|能够)(?:选择)?(?:在家|居家)(?!附近|周边|门口|楼下)|"
    r"(?:地点|地址|方式)[:：][^。；;\n]{0,30}?(?:远程|居家|在家)(?=$|办公|工作|[、，,/\s)）])|不限(?:时间[、，,和]?)?地点|"
    r"居家坐班|坐班[+＋/、或和]居家|居家[+＋/、或和]坐班|线上办公(?!软件|系统|平台|工具)|足不出户|(?:无需|不用|不需要?)坐班|"
    r"(?<![A-Za-z])(?:remote(?:ly)?\s+(?:work|working|position|role|job|first|friendly|options?)|"
    r"work(?:ing)?\s+remotely|fully\s+remote|100%\s*remote|from\s+home|home[-\s]based|home\s+and\s+office|"
    r"office\s+and\s+home|hybrid\s+(?:work|working|model|mode|arrangements?|options?|and\s+remote)|WFH)(?![A-Za-z])|"
    r"(?<![A-Za-z\-])(?<!not\s)(?<!no\s)remote(?=\s*(?:[.。!！;；,，)）/]|$))",
    field=r"外勤(?!从业|经历|经验)|外出(?!旅游|旅行|团建|游玩|培训|学习|活动)"
    r"(?=[^，。；,;]{0,6}?(?:拜访|办事|开拓|洽谈|走访|量房|测量|展业|开发|义诊|推广|送|跑|勘察|巡))|"
    r"走访|巡线|巡店|跑(?:市场|业务|客户)|外跑|扫街|陌拜(?!电话)|陌生拜访|(?:都|常|经常|长期|多数时间|大部分时间)在外(?:面|跑|奔波)|"
    r"在外面跑|野外(?:作业|工作|勘察|勘查|调查|采样)|(?<![海境对国内])外业(?!务)|(?<!落)地推(?!进|动)|"
    r"(?<!配)送货(?!单|费|车辆|路线|计划|服务(?!上门))(?![^，。；,;]{0,5}?成本)|配送(?:员|司机)|"
    r"上门(?:服务|维修|安装|拜访|推销|收|送|保洁|护理|取|抄|接送|检测|维护|技术|跟单|整理|照护|做|宠物|家政|量房|测量|"
    r"辅导|家教|勘察|调试|清洗|回收|介绍|推广|销售|讲解|签约|评估|指导|培训|授课|洽谈|沟通)|(?:送|配送|送货|送餐)上门|"
    r"(?:配送|送货|送)到(?:家|户|府|顾客|客户|用户|门)|(?<!不)定期上门|不定期上门|"
    r"现场(?:售后|服务(?!环境)|维护|维修|支持|勘察|勘测)|"
    r"(?:客户|用户)现场(?:的)?(?:调查|排查|解决|处理|分析|故障|维护|维修|售后|服务)|"
    r"(?:(?:远程|电话)(?:或|及|和|、|/)现场|现场(?:或|及|和|、|/)远程)(?![^，。；,;]{0,8}?(?:实施|开发|部署))|"
    r"实地(?:带看|看房|勘察|勘查|走访|观察|测量|考察)|带客户(?:实地)?看房|"
    r"(?<!电话|线上|网上|微信|视频|回访)拜访(?!报告|记录|量|率|电话)|"
    r"(?<![A-Za-z])field[-\s](?:based|work|visits?|sales|service|engineers?|trips?)(?![A-Za-z])|"
    r"(?:各|多个)(?:施工)?(?:现场|工地)|户外(?:作业|工作)|"
    r"走路(?:多|巡逻|巡查)|走着(?:巡查|巡逻)|来回走|到处走|走(?:[一二两三四五六七八九十\d]{1,3}|几)万步",  # on foot all day: no seat, no standing still
    travel=r"(?:需|要|能|可|经常|偶尔|适应|接受|短期|长期|频繁|常年)出差(?!距|错)|跑(?:[\u4e00-\u9fff\-—/]{2,12})?长途|跑中长途|开长途|长途司机|长途(?:押运|跟车)|"
    r"(?:经常|需要?|要)?在外(?:地)?过夜|(?:经常|常年)跑外地|常驻外地|(?<![找输支付])出差(?!补贴|补助|报销|费|津贴|标准|申请|事务|行程|距|错)|"
    r"(?<![（(])外派(?!上户|到户|到?(?:客户)?家(?:庭|中)|[^，。；,;]{0,2}?(?:培训|学习|进修|考察)|参加|参与)|短期(?:到|去|前往|赴)(?:客户|甲方)|(?:不定期|定期|偶尔|经常)(?:去|到|前往|赴)(?!本|我)[^，。；,;]{1,6}?(?:总部|公司|办事处)|驻外|(?:前往|奔赴|赶赴|去往)(?:客户所在地|外地|各地|全国各地|异地)|(?:国外|海外|境外)常驻|常驻(?:国外|海外|境外)|"
    r"(?<!企业|商务)差旅(?!费|报销|补贴|补助|标准|管理|成本|服务|平台|业务|行业|产品|系统|政策|制度|数据|分析|福利)|公干|"
    r"(?:参加|参与|出席)[^，。；,;]{0,4}?(?:国内外|海外|国外|国际|全国各地|各地)[^，。；,;]{0,4}?展会|"
    r"(?:willing(?:ness)?|able|ability|ready|open)\s+to\s+travel|travel(?:ling)?\s+(?:requirements?|required|is\s+required|"
    r"up\s+to|possible|to\s+(?:the\s+)?(?:customers?|clients?|sites?))|business\s+travel|oversea(?:s)?\s+travel|"
    r"(?:involves?|requires?|requiring|including)\s+(?:some\s+|occasional\s+|frequent\s+)?travel|"
    r"(?:domestic|international|frequent|occasional|some)\s+travel|\d+\s*%\s*(?:of\s+)?travel",
    client_site=r"驻场|驻点|驻厂|派驻|驻(?:项目|客户)|项目驻地|现场(?:实施|交付|部署)|"
    r"客户(?:项目)?现场(?!的?(?:调查|售后|服务|排查|解决|处理|分析|故障|维护|维修|需求|反馈|问题|开发人员|人员|工程师))|"
    r"(?:现场(?:或|及|和|、|/)远程|远程(?:或|及|和|、|/)现场)(?=[^，。；,;]{0,8}?(?:实施|开发|部署))|"
    r"[（(]外派[^）)]{2,12}[）)]|外派(?![^，。；,;]{0,2}?(?:培训|学习|进修|考察)|参加|参与)|驻地(?="
    + _CLIENT
    + r")|(?:客户|甲方)[^，。；,;]{0,8}?(?:常驻|驻扎)|常驻(?:客户|甲方)",
)
# a canteen alone is no meal given (SCHEMA): it counts where the words say food is served there
_CANTEEN_FOOD = re.compile(
    r"提供|免费|伙食|福利(?:食堂|饭堂)|饭菜|菜品|菜式|[一二两三四五六七八九十\d]菜一汤|荤|可口|丰盛|自助|就餐"
)
_CANTEEN_NOT = re.compile(r"自费|\d+\s*元\s*/\s*餐|经验|管理")  # "食堂10元/餐", "大型食堂工作经验", "食堂及宿舍管理"
_LIST_ITEM = re.compile(r"[，,。；;！!？?\n\r、＋+]")  # a benefit list's items
_FOOD_NEXT = re.compile(
    r"[，,]\s*[^，,。；;、]{0,4}?(?:饭菜|菜品|可口|丰盛|提供|免费)"
)  # "配有食堂，干净卫生可口的饭菜"


def _not_lodging(text: str, m: re.Match[str], cue: _Cue) -> bool:
    """A canteen named with no food served in its clause ("员工食堂" in a list of benefits, "食堂及宿舍管理")."""
    if cue.code != "meals" or m.group(0) not in ("食堂", "饭堂"):
        return False
    end = _stop_after(text, m.end(), _LIST_ITEM)
    item = text[_stop_before(text, m.start(), _LIST_ITEM) : end]
    food = _CANTEEN_FOOD.search(item) or _FOOD_NEXT.match(text, end)
    return not food or bool(_CANTEEN_NOT.search(item))


_PREPARES = re.compile(
    r"负责|制作|准备|烹饪|做好|为(?:学员|学生|客户|顾客|游客|住户|业主|用户|患者|老人|宾客)"
)  # "负责中午工作餐": a duty, not a meal given
_NOT_PROVIDED = re.compile(
    r"\s*(?:福利)?(?:自理|补贴|补助|津贴|费用?|可谈|自付|自费|报销|(?:无息)?贷款|公积金)"
)  # "吃住自理", "住宿补贴"
_SUPERVISES = re.compile(r"组织|监督|统筹|协调|保障")  # "组织装卸", "保障卸货": someone else lifts
# "有驻场经验优先": work someone did, not this job's place; "接受小白无经验者" asks for none
_PAST_WORK = re.compile(r"(?<![无零])经验|经历|背景")
_PHYSICAL_CUES = _cues(
    Family.PHYSICAL,
    lifting=r"搬运(?!公司(?![的货物产品])|服务|机器人|设备|秩序|车辆)|搬抬|搬(?:货|布|箱|纸|东西|桶|料)|装卸(?!载|费|现场|区|平台|口|场地|设备|工具)|卸货|重物补贴|码放|堆码|码垛(?!机)|负重|搬重物|能搬\d+|搬动|上下货|"
    r"拿行李|提行李|(?:设备|物品|家具|货物)搬迁|搬家(?:师傅|工|搬运|跟车)|"
    r"搬(?:包裹|垃圾|米|面|水|饮料|家具|原料|袋|重)|(?:要|需要?|得)搬(?!家|迁|离|走)(?:要码|运|动|上|下)?|"
    r"(?:有|重|达|到)\s*[一二三四五六七八九两几]{1,2}十(?:来)?(?:斤|公斤)|"
    r"(?:货物|东西|箱子|物品|货)(?:较|比较|很|偏|都|有点|特别)重(?!要|量|视|点|新|复)|扛(?:货|包|箱|米|水|袋|面|东西|重物|大件|桶|水泥|麻袋|沙)|抬(?:货|重物|箱|东西|家具|担架|病人)|"
    r"(?:搬|提|扛|抬|拎)(?:起|动)?\s*\d+\s*(?:斤|公斤|kg|KG|千克)|\d+\s*(?:斤|公斤|kg|KG|千克)(?:以上|左右|以内)?的?(?:货物|重物|物品|箱|包裹|货)|"
    + r"(?:整箱|每箱|一箱|单件|最重|约重|重约|重达)[^，。；,;）)]{0,4}?\d{2,3}(?:\s*[-~到至]\s*\d{2,3})?\s*(?:斤|公斤|kg|KG|千克)|"
    r"卸(?:一|整)车|大件(?:要|需要?|得)?(?:送|搬|扛|抬)|(?:送|搬|扛|抬)大件|大件收派|送桶装水|桶装水(?:配送|送|搬)|送水(?:工|员|师傅)|"
    + FORKLIFT,
    standing=r"久站|站立(?!式办公|会议|会)|长时间站立|站着[^，。；,]{0,4}?(?:工作|上班|干|作业|操作)|站岗|站班|站坐轮岗|走动式|"
    r"站着(?:收银|看|引导|接待|服务|卖|来回|为主|的时候多|的时间多)|(?<![坐可能])站着(?=[。；;！!\n]|$)|"
    r"站着来回走|端(?:菜|盘子)|站得(?:久|多)|站(?:在)?流水线|站着(?:洗|擦|切|炒|包|打包|分拣|理货|做)|"
    r"(?:要|得|需要?)站一(?:整)?天|一天(?:要|得)?站\s*\d+|长时间(?:走动|行走|步行)|流水线(?=[^，。；,;]{0,6}?(?:作业|工作|上班|操作|普工|工人|员工))|(?:一直|全天|整天)(?:站|走动)",
    riding=r"骑手|骑(?:电动车|电瓶车|摩托车|自行车|三轮|车)|骑行(?=时|中|过程|途中|送)|"
    r"电(?:动|瓶)车|三轮车|送外卖|送餐(?!到岗|到工位|到车间|到宿舍|到岗位)|外卖(?:骑手|送餐|配送|员)|跑单|取餐|"
    r"外卖(?=[^。；;！!？?\n]{0,30}?(?:(?<!无人|履约|即时)配送(?!体系|系统|网络|平台|服务|业务)|送达|派送|送到|导航))|"
    + BIKE_GIVEN,
    height=r"高空作业(?!车|平台)|登高|(?<!不)爬高(?!速)|高处作业|(?:无|不)恐高|恐高症|(?:上|爬|踩|登)(?:人字)?梯子?(?:擦|作业|干活|清洁)?(?!度|队|级)|梯子上",
    strenuous=r"跪(?:着|在地上|地)(?:擦|拖|干|作业|工作)|爬楼(?:梯)?(?:送|搬|扛|背|提)(?:货|东西|水|件)?|爬楼(?!梯?机)|走楼梯|楼道(?:保洁|清扫|卫生|打扫|拖地)|扫楼道|拖楼道|(?:帮|给|协助)(?:老人|病人|患者)?翻身|(?:要|需要?)有体力|体力消耗大|"
    r"(?:帮|给|协助)[^，。；,;]{0,6}?翻身|(?:卧床|失能|瘫痪)[^，。；,;]{0,6}?(?:护理|照护|陪护|老人|病人|患者)|"
    r"术后(?:或|和|及|、)?(?:住院)?(?:陪护|护理员|照护)|(?:住院|术后)(?:或|和|及|、)(?:住院|术后)护理|"
    r"(?:送|背|扛|搬)[^，。；,;]{0,4}?上楼|推(?:着)?(?:推车|手推车|板车|平板车|小车)|推车(?:送|运|搬|拉)|(?<!轻)体力活|力气(?:大|活)|有力气|(?<!精神)体力(?:要)?好|体力充沛|较强的体力|体力强|身体强壮|身强力壮|重体力|能干重活|(?<!轻)体力劳动|承受.{0,8}?(?:劳动|工作)强度|"
    r"不怕脏[、，,]?不怕累|不怕累[、，,]?不怕脏",
    disabled_welcome=r"残疾人[^，。；;\n]{0,10}?(?:优先|可|亦可|也可|均可|友好)|欢迎残疾人|(?:招聘|招收|接收|适合)[^，。；;\n]{0,8}?残疾人?|"
    r"[（(]残疾人?[)）]|残疾人岗位|助残岗",
    wheelchair_ok=r"轮椅(?:可|友好|可达)|适合轮椅|无障碍(?:工位|通道|设施)",
    deaf_ok=r"听障(?:人士)?(?:可|优先|友好)|聋哑人?(?:可|优先)|适合听障",
)


# "协助送货人员", "管理好随车搬运人员", "项目外派员工管理": the words name the people someone else's job manages
_OTHERS_WORK = re.compile(r"(?:人员|员工|工人|司机|师傅|团队)")
_MANAGES = re.compile(r"管理|协助|配合|对接|带领|指导|培训|组织|监督|协调|匹配|安排|调度|提供|办理")
_ASSISTS = re.compile(r"(?:配合|协助|协同|帮助|带领|指导|管理好?)$")  # "配合配送员把包裹…"
_ROLE = re.compile(r"(?:员|人员|司机|师傅|经理|工程师|骑手)$")  # "配合配送员", not "配合出差" (going along)
_STAFF_BEFORE = re.compile(r"(?:人员|阿姨|师傅|员工|工人)$")  # "为客户匹配家政人员上门服务"
_HIRES = re.compile(r"负责[^，。；,;]{0,12}招聘")  # an HR job names the posts it fills: "负责配送员岗位招聘"
# pay for trips (or 外勤) and someone else's diary: "出差外宿时，额外补贴", "协助总经理安排行程，包括出差"
_TRIP_PAY = re.compile(r"补贴|补助|津贴|报销|餐补")
_TRIP_ASKED = re.compile(r"需|要|能|可|经常|偶尔|适应|接受|频繁|长期|短期|常年|较多|出差率|\d+\s*%|每[年月季]|工作安排")
_TRIP_DIARY = re.compile(
    r"(?:负责|协助|帮助|为)[^，。；,;]{0,10}?(?:行程|差旅)|(?:领导|高管|总经理|老板|总裁|董事长|管理层)[^，。；,;]{0,8}?(?:出差|行程)|"
    r"(?:预订|订)[^，。；,;]{0,6}?(?:机票|车票|酒店)"
)
# 外派 to the employer's own branches, shops or projects, abroad, or said with trips is a posting away (travel); to
# anyone else (a client, a city, "接受外派" in the outsourcing sense), client_site
_OWN_POSTING = re.compile(
    r"我司|本公司|子公司|分公司|分店|门店|连锁|调店|项目上|海外|国外|境外|国内外|全球|各地|全国|出国|回国|探亲|轮岗|派遣|出差|短期|区域"
)
_HELPS_SITE = re.compile(r"(?:支持|配合|协助|监督|指导|短期(?:到|去|前往|赴))$")
_SITE_SUPPORT = re.compile(r"售后|指导|支持|问题|故障|交流|讲解|突发|投诉")
_SITE_WORK = re.compile(r"开发|研发|实施|部署|交付|测试|调研|驻|办公|期间|上班")
_ON_TRIP = re.compile(r"出差(?:去|到|前往)?$")
_ON_CALL = re.compile(r"[^，。；,;]{0,2}值班")
_INTERVIEW = re.compile(r"面试|笔试|复试|机试")  # "面试方式：远程/现场" is how one is interviewed, not where one works
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
    return bool(_PREFERRED.search(_clause(text, m.start(), m.end())) or _BENEFIT.search(before))


def _sentence(text: str, m: re.Match[str]) -> str:
    return text[_stop_before(text, m.start(), _SENTENCE_STOP) : _stop_after(text, m.end(), _SENTENCE_STOP)]


def _others_work(text: str, m: re.Match[str]) -> bool:
    clause = _clause(text, m.start(), m.end())
    before = text[max(0, m.start() - 4) : m.start()]
    if (_ASSISTS.search(before) and _ROLE.search(m.group(0))) or _HIRES.search(clause):
        return True
    staff_before = _STAFF_BEFORE.search(before) and _MANAGES.search(clause)
    return bool(staff_before or (_OTHERS_WORK.match(text, m.end()) and _MANAGES.search(clause)))


def _not_this_place(text: str, m: re.Match[str], cue: _Cue) -> bool:
    """A place named for the interview, or for the people this job manages; field work or trips named only for
    the pay they bring ("外勤补贴", "出差外宿时，额外补贴") or for someone else's diary ("协助总经理安排行程，包括出差")."""
    if _INTERVIEW.search(text, max(0, m.start() - 6), m.start()) or _others_work(text, m):
        return True
    if cue.code == "field":
        return _not_field(text, m)
    own_posting = "外派" in m.group(0) and bool(_OWN_POSTING.search(_sentence(text, m)))
    if "外派" in m.group(0) and cue.code == "client_site":
        return own_posting
    if cue.code == "client_site" and "现场" in m.group(0):
        return _site_visited(text, m)
    if cue.code != "travel":
        return False
    if "外派" in m.group(0) and not own_posting:
        return True
    sentence = _sentence(text, m)
    return bool((_TRIP_PAY.search(sentence) and not _TRIP_ASKED.search(sentence)) or _TRIP_DIARY.search(sentence))


def _not_field(text: str, m: re.Match[str]) -> bool:
    """外勤 named for its pay ("外勤补贴"), a visit that is the purpose of a trip ("出差拜访版权方": travel only,
    SCHEMA) and on-call duty "现场或远程值班" (kept where one sits, not out at customers)."""
    if m.group(0).startswith("外勤") and _TRIP_PAY.search(_clause(text, m.start(), m.end())):
        return True
    if "上门" in m.group(0) and outwork_brought(text, m):
        return True
    return bool(_ON_TRIP.search(text, max(0, m.start() - 4), m.start()) or _ON_CALL.match(text, m.end()))


def _site_visited(text: str, m: re.Match[str]) -> bool:
    """On-site words that station nobody (SCHEMA, client_site): helping with someone's implementation ("支持现场实施"),
    a short visit ("短期到客户现场": travel), or support, guidance and talks at the customer's site with none of the
    project's own work done there ("在客户现场安装过程及售后的指导", "与客户现场交流")."""
    if _HELPS_SITE.search(text, _stop_before(text, m.start(), _CLAUSE), m.start()):
        return True
    clause = _clause(text, m.start(), m.end())
    return m.group(0).startswith("客户现场") and bool(_SITE_SUPPORT.search(clause) and not _SITE_WORK.search(clause))


def _handled_only_if(text: str, m: re.Match[str]) -> bool:
    clause = _clause(text, m.start(), m.end())
    start = _stop_before(text, m.start(), _CLAUSE)
    if _IF.search(text, start, m.start()) or _KEEPS_UP.search(text, start, m.start()):
        return True
    return bool(_KNOWS.search(clause) or _OVERSEES.search(clause))


# Living in that a posting does not ask: denied ("不是住家保姆"), one option ("24小时住家或白班兼职", "住家/不住家均可"),
# or one of the posts an agency lists ("住家保姆、月嫂、育婴师、钟点工"). A seeker who refuses to live in is left out
# only where living in is the job.
_LIVE_IN_DENIED = re.compile(r"(?:不是|并非|非|无需|不用|不需要?|不要求)$")
_LIVE_IN_OPTION = re.compile(
    r"^(?:保姆|阿姨|育儿嫂|月嫂)?\s*(?:或|/|、|和|及|与|均可|都可|皆可)|(?:或|/|、|和|及|与)\s*(?:24小时)?$|不住家"
)


def _not_lodged(text: str, m: re.Match[str], cue: _Cue) -> bool:
    """Living in a posting denies ("不是住家保姆"); meals and housing are read as written."""
    return cue.code == "live_in" and bool(_LIVE_IN_DENIED.search(_clause_before(text, m)))


def _not_given(text: str, m: re.Match[str], cue: _Cue) -> bool:
    return _not_lodging(text, m, cue) or _not_lodged(text, m, cue)


def _clause_before(text: str, m: re.Match[str]) -> str:
    return text[_stop_before(text, m.start(), _CLAUSE) : m.start()]


def posting_lodging(text: str) -> list[Fact]:
    """Meals, housing and living in. Living in named only as an option or one of an agency's posts is PREFERRED:
    named (SCHEMA), not asked, so it sets no bit (`bits.job_bits`) and keeps no one out."""
    found = list(
        _matched(text, _LODGING_CUES, past=_PAST_WORK, duty=_PREPARES, unless_after=_NOT_PROVIDED, unless=_not_given)
    )
    live_in = next(c for c in _LODGING_CUES if c.code == "live_in")
    asked = (m for m in live_in.pattern.finditer(text) if not _negated(text, m.start()))
    if any(not _not_lodged(text, m, live_in) and not _live_in_optional(text, m) for m in asked):
        return found
    return [replace(f, modality=Modality.PREFERRED) if f.code == "live_in" else f for f in found]


def _live_in_optional(text: str, m: re.Match[str]) -> bool:
    clause = _clause(text, m.start(), m.end())
    after = text[m.end() : _stop_after(text, m.end(), _CLAUSE)]
    if "不住家" in clause:
        return True  # "住家/不住家均可"
    return bool(_LIVE_IN_OPTION.search(after) or _LIVE_IN_OPTION.search(_clause_before(text, m)))


def _not_this_body(text: str, m: re.Match[str], cue: _Cue) -> bool:
    """Loads, rides and vehicles that are not this worker's: people managed, riders a platform serves, an
    e-bike with nothing done with it ("电动车逆行"), a forklift not driven, loads the post says others move, and
    搬运 of what others wrote (`loads`)."""
    if _others_work(text, m):
        return True
    word, sentence = m.group(0), _sentence(text, m)
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
    if cue.code == "strenuous" and word.endswith("工作强度"):
        return not _MANUAL.search(sentence)
    return cue.code == "lifting" and word.startswith("搬运") and bool(_CONTENT.search(sentence))


def posting_physical(text: str) -> list[Fact]:
    """Physical demands this worker meets, stairs valued apart (`loads.stairs_valued`)."""
    found = _matched(text, _PHYSICAL_CUES, past=_PAST_WORK, duty=_SUPERVISES, unless=_not_this_body)
    return stairs_valued(list(found), text)


# Work on one's feet all day by the post's own name: till, shop floor, dining room ("超市收银员", "药店营业员",
# "传菜员"), unless it says the post is seated ("坐岗", "可坐") or is a call-centre one ("客服")
_STANDING_TITLE = re.compile(r"收银|营业员|店员|导购|售货员|理货|(?<!客户)(?<!足浴)(?<!沐足)服务员|迎宾|传菜|安检")
# seated after all: a clerk's or a clinic's till, a window, a massage stool, a post said to sit or be done from home
_SEATED = re.compile(
    r"坐(?:着|岗|班|下|姿)|可坐|(?<!顾)客服|文员|诊所|门诊|医院|财务|会计|窗口|居家|在家|线上|网络|收费员"
)  # not "对顾客服务…" (review 9: it dropped a 营业员 title's standing)


def standing_post(title: str, text: str) -> list[Fact]:
    """A post whose title names standing work, as a `standing` fact (the description may say nothing of it); the
    words before "招聘" in a title are the employer's name ("…迎宾…招聘厨师")."""
    m = _STANDING_TITLE.search(title.rpartition("招聘")[2])
    if m is None or _SEATED.search(title) or _SEATED.search(text):
        return []
    return [Fact(Family.PHYSICAL, "standing", _evidence(m.group(0)), 0.75)]
