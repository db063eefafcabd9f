"""Where the work is done: at home, out in the field, on trips, at a client's site."""

from __future__ import annotations

import re

from matching.facts.cues import CLAUSE_STOP, Cue, clause_around, cues_for, others_work, sentence_of, stop_before
from matching.facts.fact import Family
from matching.facts.loads import outwork_brought

# a client named after 驻地 ("驻地镇江某公司上班"); 外派 itself is read by its clause (`_OWN_POSTING`)
_CLIENT = (
    r"(?:到|至|于)?(?:客户|甲方|合作方|(?![^，。；,;]{0,8}?(?:子公司|分公司|我司|本公司))"
    r"[\u4e00-\u9fff]{2,8}?(?:公司|银行|集团|重工|单位|企业|厂)|大厂|名企|头部(?:企业|公司))"
)
PLACE_CUES = cues_for(
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
    r"(?:domestic|international|frequent|occasional|some)\s+travel|(?<!\d)\d{1,3}\s*%\s*(?:of\s+)?travel",
    client_site=r"驻场|驻点|驻厂|派驻|驻(?:项目|客户)|项目驻地|现场(?:实施|交付|部署)|"
    r"客户(?:项目)?现场(?!的?(?:调查|售后|服务|排查|解决|处理|分析|故障|维护|维修|需求|反馈|问题|开发人员|人员|工程师))|"
    r"(?:现场(?:或|及|和|、|/)远程|远程(?:或|及|和|、|/)现场)(?=[^，。；,;]{0,8}?(?:实施|开发|部署))|"
    r"[（(]外派[^）)]{2,12}[）)]|外派(?![^，。；,;]{0,2}?(?:培训|学习|进修|考察)|参加|参与)|驻地(?="
    + _CLIENT
    + r")|(?:客户|甲方)[^，。；,;]{0,8}?(?:常驻|驻扎)|常驻(?:客户|甲方)",
)


# pay for trips (or 外勤) and someone else's diary: "出差外宿时，额外补贴", "协助总经理安排行程，包括出差"
_TRIP_PAY = re.compile(r"补贴|补助|津贴|报销|餐补")
_TRIP_ASKED = re.compile(
    r"需|要|能|可|经常|偶尔|适应|接受|频繁|长期|短期|常年|较多|出差率|(?<!\d)\d{1,3}\s*%|每[年月季]|工作安排"
)
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


def not_this_place(text: str, m: re.Match[str], cue: Cue) -> bool:
    """A place named for the interview, or for the people this job manages; field work or trips named only for
    the pay they bring ("外勤补贴", "出差外宿时，额外补贴") or for someone else's diary ("协助总经理安排行程，包括出差")."""
    if _INTERVIEW.search(text, max(0, m.start() - 6), m.start()) or others_work(text, m):
        return True
    if cue.code == "field":
        return _not_field(text, m)
    own_posting = "外派" in m.group(0) and bool(_OWN_POSTING.search(sentence_of(text, m)))
    if "外派" in m.group(0) and cue.code == "client_site":
        return own_posting
    if cue.code == "client_site" and "现场" in m.group(0):
        return _site_visited(text, m)
    if cue.code != "travel":
        return False
    if "外派" in m.group(0) and not own_posting:
        return True
    sentence = sentence_of(text, m)
    return bool((_TRIP_PAY.search(sentence) and not _TRIP_ASKED.search(sentence)) or _TRIP_DIARY.search(sentence))


def _not_field(text: str, m: re.Match[str]) -> bool:
    """外勤 named for its pay ("外勤补贴"), a visit that is the purpose of a trip ("出差拜访版权方": travel only,
    SCHEMA) and on-call duty "现场或远程值班" (kept where one sits, not out at customers)."""
    if m.group(0).startswith("外勤") and _TRIP_PAY.search(clause_around(text, m.start(), m.end())):
        return True
    if ("上门" in m.group(0) or text.startswith("上门", m.end())) and outwork_brought(text, m):
        return True
    return bool(_ON_TRIP.search(text, max(0, m.start() - 4), m.start()) or _ON_CALL.match(text, m.end()))


def _site_visited(text: str, m: re.Match[str]) -> bool:
    """On-site words that station nobody (SCHEMA, client_site): helping with someone's implementation ("支持现场实施"),
    a short visit ("短期到客户现场": travel), or support, guidance and talks at the customer's site with none of the
    project's own work done there ("在客户现场安装过程及售后的指导", "与客户现场交流")."""
    if _HELPS_SITE.search(text, stop_before(text, m.start(), CLAUSE_STOP), m.start()):
        return True
    clause = clause_around(text, m.start(), m.end())
    return m.group(0).startswith("客户现场") and bool(_SITE_SUPPORT.search(clause) and not _SITE_WORK.search(clause))
