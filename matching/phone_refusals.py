"""Phone work a person refuses in plain words ("不能打电话", "不想做电话销售", "打电话就紧张", "phone call 真的 can't"):
no health word read, so no consent needed (a stutter named beside it stays `no_speech`, sensitive: `abilities`); and a
voice that fails on long talk ("医生说不能长时间讲话", "讲多了嗓子就哑"), against phone work and a post that says its work
is talk all day ("一直要讲话", "站着吆喝")."""

from __future__ import annotations

import re

# value "sales" where only selling by phone is refused (`abilities.seeker_said`)
NO_PHONE = re.compile(
    r"(?:不能|不想|不愿意?|不敢|没法|没办法)(?:接|打|接打|打接)(?:打|接)?电话(?!号|费|卡)|电话(?:也|都)?(?:打不了|接不了|不能打|不敢打|不想打)|"
    r"(?:不(?:想|能|愿意?|会)?(?:做|干|搞)|干不了|做不了)(?:电话销售|电销|电话营销|电话客服|话务员?|外呼|接线员)|"
    r"(?:电话销售|电销|电话营销|电话客服|话务|外呼)(?:的)?(?:活|工作)?(?:也|都)?(?:不做|不干|干不了|做不了|不想做|不想干|不考虑)|"
    # fear of the phone ("一打电话就紧张", "怕接电话", "打电话会发慌"): the person keeps off phone work (issue 22 s19)
    r"(?<![不没])(?:一|怕|害怕)?(?:打|接)电话(?:就|会|都|特别|很)+(?:紧张|发怵|发慌|害怕|哆嗦|说不出话)|(?<![不没害])(?:很|特别|最)?害?怕(?:接|打)电话|"
    # the same in mixed English ("phone call 真的 can't", "can't do phone calls") and a job of calls passed over in one
    # clause ("打电话、面对面 sales 这种 talking 的 job 真的 pass")
    r"phone[\s-]*calls?\s*(?:真的|实在|也|都|完全)?\s*(?:can'?t|cannot|不行|不敢|不能|pass(?![a-z]))|"
    r"(?:can'?t|cannot|no)\s+(?:do|make|take|handle)?\s*phone[\s-]*calls?|"
    r"(?:打|接)电话[^，,。；;！!？?\n]{0,24}?(?:的)?\s*(?:job|工作|活)\s*(?:真的|实在|一律|都|也)?\s*(?:pass(?![a-z])|不行|不做|不干|干不了|做不了)",
    re.IGNORECASE,
)
# phone calls as a way to be reached, not the work ("上班时不能接电话，有事发微信")
CONTACT_NOTE = re.compile(r"微信|短信|信息|留言|联系|回电|回复|上班(?:时|的时候|期间)|在上班")
# a fear of the phone outgrown ("以前打电话就紧张，现在早习惯了", "现在不怕了")
PHONE_MENDED = re.compile(r"(?:现在|已经|早就?|后来)(?:都|也|早)?(?:习惯了|不紧张了?|不怕了?|好了|克服了)")
PHONE_SALES = re.compile(r"电话(?:销售|营销|邀约)|电销|外呼|推销")  # a post that sells by phone, for `no_phone` "sales"
_CALLS = re.compile(r"[打接]电话|phone", re.IGNORECASE)


def refused_value(words: str) -> str | None:
    """ "sales" where the words refuse selling by phone only ("不想做电话销售"), not calls as such ("打电话、上门推销这种
    job 真的 pass")."""
    return "sales" if PHONE_SALES.search(words) and not _CALLS.search(words) else None


# a voice that fails on long talk, said plainly (s22 dev16): "医生说不能长时间讲话", "一天讲多了嗓子就哑", "大夫让少说话";
# not a rule of a place ("图书馆里不能大声说话"), nor talk that tires no one ("说话多了也不累")
NO_TALKING = re.compile(
    r"(?:不能|不宜|不可以|没法|不敢|不让)(?:再)?(?:长时间|长期|一直|老是?|总是?|整天|连续)(?:地)?(?:讲话|说话|讲课|讲|说)|"
    r"(?:不能|不宜|不可以|没法|不敢|不让)多(?:讲话|说话)|"
    r"(?:讲|说)(?:话)?(?:多了|久了|时间长了|一多|一久)(?:嗓子|喉咙|声音|嗓音)(?:就|会)?(?:哑|疼|痛|发炎|受不了|出不来)|"
    r"(?:医生|大夫)(?:说|让|叫|交代)(?:我)?(?:少|别|不要)(?:说话|讲话|多说|多讲)|"
    r"(?:嗓子|喉咙|声带)(?:不好|坏了|哑了|有问题)[^。；;]{0,6}?(?:不能|没法|不敢)(?:多)?(?:说|讲)"
)
# a post whose work is talk all day ("一直要讲话", "不停地讲解", "站着吆喝"); not training given ("专人授课")
TALKING = re.compile(
    r"(?:一直|不停|整天|全天|一天到晚)(?:地)?(?:要|需要?|得)?(?:讲话|说话|讲解|讲|说|吆喝)(?!明|清)|"
    r"(?:站着|大声|现场)吆喝|负责(?:讲课|授课)"
)
