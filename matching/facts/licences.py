"""Licences and certificates a posting asks for or a person holds, lacks or no longer holds, and trade certificates
(driving classes as written are read in `driving`; those a person's past work implies, in `implied_licences`)."""

from __future__ import annotations

import re

from matching.facts.certificate_kinds import teacher_level
from matching.facts.cues import (
    CLAUSE_STOP,
    PREFERRED_WORDS,
    SENTENCE_STOP,
    clause_around,
    cues_for,
    is_negated,
    someone_else,
    stop_after,
    stop_before,
    text_before,
)
from matching.facts.driving import DRIVING_CLASSES, driving_named
from matching.facts.fact import Fact, Family, Modality, as_evidence

LICENCE_WORDS = {
    "forklift": "叉车证",
    "welder": "焊工证",
    "electrician": "电工证",
    "height_work": "高处作业证",
    "crane": "起重机械操作证",
    "health": "健康证",
    "maternity": "母婴护理证",
    "elder_care": "养老护理员证",
    "accounting": "会计证书",
    "security": "保安员证",
    "chef": "厨师证",
    "nurse": "护士执业证",
    "teacher": "教师资格证",
    "hazmat": "危险货物运输从业资格证",
    "nanny": "保育员证",
    "driving": "驾驶证",
}
# licences with no bit (JobBits 0-62 are all used): a posting requiring one keeps out, by `Limits.fits`, a person who
# says they lack it or lists licences without it (as a listing person lacks the bitted ones), not one who lists none
UNBITTED_LICENCES = frozenset({"hazmat", "nanny"})
LICENCE_WORDS.update({f"driving_{c}": f"{c}驾照" for c in DRIVING_CLASSES})
_DUTY = re.compile(r"(?:负责|协助|帮助|代|为)[^，。；,;\n]{0,6}?(?:办理|申办|办)$")
_LICENCE_CUES = cues_for(
    Family.LICENCE,
    forklift=r"叉车(?:操作|上岗|司机|驾驶|作业)?(?:证|执照)|N1证",
    welder=r"(?:电|气|氩弧)?焊工?(?:特种作业)?(?:操作|上岗|资格|作业)?证|焊接(?:特种)?(?:作业)?(?:操作)?证",
    electrician=r"(?:低压|高压|特种作业)?电工(?:特种作业)?(?:上岗)?(?:操作|上岗|进网|作业)?(?:许可|资格)?(?:证|本(?!科))|"
    r"(?:低压|高压)(?:电工)?(?:作业|操作|上岗|进网){1,2}(?:许可)?证",
    height_work=r"(?:高处|高空|登高)(?:作业)?(?:操作)?证",
    crane=r"(?:起重|塔吊|塔式起重机|行车|桥式起重机|吊车|汽车吊)(?:机械)?(?:操作|司机|指挥|司索)?(?:证|资格证|上岗证)",
    health=r"健康证",
    maternity=r"(?:母婴护理|妇婴护理|育婴|月嫂|催乳)(?:师|员)?(?:资格|职业|技能)?证",
    elder_care=r"养老护理员?(?:职业|资格|技能)?(?:等级)?证|护理员(?:资格|职业)?(?:证|资质|职称)",
    accounting=r"会计(?:从业)?(?:资格)?证|初级会计(?:职称|师|证)?|中级会计(?:职称|师)?|注册会计师|(?<![A-Z])CPA(?![A-Z])|会计职称",
    security=r"保安(?:员)?(?:上岗|从业)?(?:资格)?证",
    chef=r"厨师(?:等级|资格|上岗)?证|(?:中式|西式)?烹调师(?:等级)?证|烹饪(?:资格)?证",
    nurse=r"护士(?:执业|资格)(?:证书?)?|护士(?:证书?|执照)|执业护士|护理执业(?:资格|证)",
    teacher=r"教师资格(?:证书?)?|幼(?:师|教)(?:资格)?证",  # 幼师证: the kindergarten's (`certificate_kinds`)
    # a kindergarten's 保育员 (职业技能等级证书), none of a 育婴师's nor a teacher's: "持保育员证", "保育员资格证"
    nanny=r"保育(?:员|师)?(?:职业|资格|技能|上岗)?(?:等级)?(?:证书?|资格)(?!明)",
    # the road-transport qualification of a dangerous-goods driver or escort (危险货物道路运输从业资格): "危险货物运输
    # 从业资格证", "危化品押运证", "危货驾驶员证", "危险品运输资格证", "押运员证"
    # a 资质 a firm holds is no worker's ("公司有危险品运输资质"); the qualification named with its kind after it:
    # "道路运输从业资格证（危险品）"
    hazmat=r"(?<![司业厂队]有)(?<![司业厂队]具备)(?<![司业厂队]拥有)(?<![司业厂队]具有)(?<!正规)"
    r"危(?:险)?(?:货物?|化学?品|险品|品|运)(?:道路)?(?:运输)?(?:驾驶员?|押运员?|装卸管理人员)?(?:从业)?(?:资格|上岗)?资质|"
    r"危(?:险)?(?:货物?|化学?品|险品|品|运)(?:道路)?(?:运输)?(?:驾驶员?|押运员?|装卸管理人员)?(?:从业)?(?:资格|上岗)?证书?|"
    r"道路运输(?:从业)?资格证书?\s*[（(]\s*危(?:险|化|货)[^）)]{0,4}[）)]|"
    r"(?<!保安)押运员?(?:从业)?(?:资格|上岗)?证(?!明)",
)
_CERT_LIST = re.compile(  # "持电工、焊工证", "具备低压、高压、登高作业证": trades listed before one certificate noun
    r"(?P<word>低压电工|高压电工|电工|低压|高压|焊工|电焊|登高|叉车|护士|教资|保安|厨师|育婴师?|月嫂|母婴护理|养老护理员?|保育员?)"
    r"(?=(?P<rest>(?:\s*[、，,/或和及与]\s*[^\s、，,。；;]{0,4}?){0,5}?\s*(?:等|这些)?\s*(?:相关|国家承认的)?\s*的?\s*"
    r"(?:资格|上岗|操作|作业|执业|特种作业)?(?:证书|证件|证|资质)))"
)
_LISTED = {
    "低压电工": "electrician",
    "高压电工": "electrician",
    "电工": "electrician",
    "低压": "electrician",
    "高压": "electrician",
    "焊工": "welder",
    "电焊": "welder",
    "登高": "height_work",
    "叉车": "forklift",
    "护士": "nurse",
    "教资": "teacher",
    "保安": "security",
    "厨师": "chef",
    "育婴": "maternity",
    "育婴师": "maternity",
    "月嫂": "maternity",
    "母婴护理": "maternity",
    "养老护理": "elder_care",
    "养老护理员": "elder_care",
    "保育": "nanny",
    "保育员": "nanny",
}
_CERTIFIED = re.compile(r"(?:须|需|要|必须)?持证(?:上岗)?|有证(?:上岗)?|证件齐全")
_TRADE_LICENCE = (  # the certificate a bare "持证上岗" means, by the trade the title names
    (re.compile(r"焊"), "welder"),
    (re.compile(r"电工"), "electrician"),
    (re.compile(r"叉车"), "forklift"),
    (re.compile(r"保安"), "security"),
    (re.compile(r"厨师|厨"), "chef"),
    (re.compile(r"月嫂|育婴|母婴"), "maternity"),
    (re.compile(r"护士"), "nurse"),
    (re.compile(r"养老护理|护理员"), "elder_care"),
    (re.compile(r"保育"), "nanny"),
    (re.compile(r"会计"), "accounting"),
    (re.compile(r"塔吊|起重|行车"), "crane"),
    (re.compile(r"司机|驾驶员"), "driving"),
)
# a certificate paid for, or its exam arranged ("公司安排考证（押运证）"): a perk, not a requirement
_BENEFIT = re.compile(r"免费|报销|包考|帮(?:助)?考|协助考|安排考(?:证|试|取)?|公司(?:承担|出资|负责)")
_BENEFIT_LIST = re.compile(r"考取\s*[\d一二两三四五]\s*[证个]")  # "考取3证，高压电工证，…": a perk
_WAIVED = re.compile(r"[^。；;\n]*?(?:也可|亦可|也行|均可)")  # "无电工证但有装配经验也可": preferred
NO_LICENCES = re.compile(r"没(?:有)?(?:什么|啥|任何)?证(?:书)?|(?:啥|什么)证(?:书)?都没|无证|一个证(?:都|也)没")
_BARE_NONE = frozenset({"没证", "没有证", "没证书", "没有证书", "无证"})  # may belong to the trade just named
_TRADE_BEFORE = 14  # characters before a bare "没证" searched for that trade
# A certificate a person names but does not hold now: being sat or applied for ("正在考电工证", "去上课考会计证",
# "叉车证快拿到了"), failed ("电工证没考下来"), lapsed or taken away ("电工证过期了", "驾照被吊销了"). "考过电工证", "电工证没过期" hold.
# Lapsed, not about to lapse: "快到期了", "明年到期", "2027年到期", "到期换证了", "到期已复审" still hold.
_LAPSED = r"(?<!没)(?<!没有)(?<![未不快将要年月])(?:过期|到期|失效)(?!换|已?复审|续|更新|了?又)"
_NOT_YET_BEFORE = re.compile(
    r"(?:正在|还在|在|准备|打算|想|计划|报名|报了名)(?:考|学|办|报考|考取)[^，。；;,\n]{0,2}$|快(?:拿到|考到|考下)$|没(?:有)?(?:考|拿)(?:过|到|下来?)$|"
    r"(?:吊销|作废|注销)了?(?:我的)?$|"
    # "周末要去上课考会计证", "还得考": the exam ahead; not "18岁就考驾照了", "去年刚考驾照", "2019年考电工证" (held)
    r"(?:要|(?<!过)去(?!年)|得|准备|打算|想|计划|报名|明年|下个?月|年底|过段时间|以后|将来|马上)[^，。；;,\n]{0,4}考$"
)
_NOT_YET_REACH = 12  # the longest _NOT_YET_BEFORE reads (9: "过段时间" and four more) and a look-behind
_NOT_HELD_AFTER = re.compile(
    rf"{_LAPSED}|(?:被)?(?:吊销|注销|作废|收回|没收)|没(?:去)?(?:年审|复审|续)|"
    r"没(?:考|拿)(?:下来|到|过)|没(?:有)?考过|(?<![考])没过(?!期)|还没(?:考|拿|下来|办)|"
    r"(?:正在|还在|在)(?:考|办|学)|考试中|快(?:拿到|下来|考完|考到)|"
    # the certificate's own words only ("C1驾照有，电工证没考"): each licence takes the polarity right after it
    r"^\s*(?:当时|那时候?|那会儿?|之前|以前|一直|从来|也|都|还|暂时|目前|至今|现在){0,2}(?:没|未)(?:有)?(?:去)?(?:考|拿|办|考取|学)?"
    r"(?:了|呢|啊)?\s*$"
)
# a list of certificates refused together ("B照A照都没有", "叉车证和电工证都没考"): each one named before the last
# (each certificate atomic and the list possessive: a run of "驾照驾照…" split every way was exponential, 17 s at 40 chars)
_LISTED_LACKED = re.compile(
    r"(?>\s*[、和跟与及或/]?\s*[A-Za-z0-9\u4e00-\u9fff]{1,8}?(?:证书?|驾照|照|本))++\s*(?:也|都|全|均)(?:还)?(?:没|未|无)"
)

_LISTED_REACH = 48  # a list's length after the first certificate: four more named, each with its joint

_LAPSED_NEXT = re.compile(
    r"(?:但是?|不过|可是|可)?(?:已经|早就?|去年|前年|今年)?[^，,]{0,4}?"
    rf"(?:{_LAPSED}|被?吊销|被?注销|作废)"
)
_OTHER_LICENCE = re.compile(r"证|驾照|驾驶|执照")
# a 高压 certificate one of several a posting takes ("高压电工证或低压电工证", "如电工操作证、高压证等", "高压电工证、
# 电梯安全证或其他"): no 低压 holder is kept out by it; "高压电工证和低压电工证都要有" asks both
_EITHER_VOLTAGE = re.compile(
    r"高压[^，。；;]{0,6}?(?:或者?|/|、)[^，。；;]{0,3}?低压|低压[^，。；;]{0,6}?(?:或者?|/|、)[^，。；;]{0,3}?高压|高低压|"
    r"如|等|或其他|之一|任一|其中"
)
_NOT_ACCEPTED = re.compile(r"\s*(?:证|证书)?\s*(?:不行|不可以|不算|无效|不认|不要)")


def _not_held(text: str, start: int, end: int) -> bool:
    """A seeker's certificate that is being sat for, failed, lapsed or revoked: named, not held."""
    if _NOT_YET_BEFORE.search(text, stop_before(text, start, CLAUSE_STOP, _NOT_YET_REACH), start):
        return True
    stop = stop_after(text, end, CLAUSE_STOP)
    after = text[end : min(stop, end + 12)].split("证", 1)[0]  # up to the next certificate named
    if _NOT_HELD_AFTER.search(after):
        return True
    # "有电工证，不过早就过期了": a lapse in the next clause of the sentence, when that clause names no other licence
    if stop < len(text) and text[stop] in "，,":
        following = text[stop + 1 : stop_after(text, stop + 1, CLAUSE_STOP)]
        return bool(_LAPSED_NEXT.match(following)) and not _OTHER_LICENCE.search(following)
    return False


def licence_facts(text: str, *, posting: bool) -> list[Fact]:
    found = [_licence(text, m, code, posting, either) for m, code, either in driving_named(text, posting)]
    for cue in _LICENCE_CUES:
        for m in cue.pattern.finditer(text):
            if posting and (_DUTY.search(text_before(text, m.start(), 12)) or _perk(text, m.start())):
                continue  # 负责办理健康证: a duty; 免费办理健康证: a perk; neither a requirement
            found.append(_licence(text, m, cue.code, posting))
    for m in _CERT_LIST.finditer(text):
        if not (posting and _perk(text, m.start())):
            found.append(_licence(text, m, _LISTED[m.group("word")], posting, until=m.end("rest")))
    return [f for f in found if f.modality is not None]


def _perk(text: str, at: int) -> bool:
    """A certificate the employer pays for or helps obtain ("报销健康证", "免费考取三证，高压电工证…")."""
    left = stop_before(text, at, SENTENCE_STOP)
    clause_start = max((m.end() for m in CLAUSE_STOP.finditer(text, left, at)), default=left)
    return bool(_BENEFIT.search(text, clause_start, at) or _BENEFIT_LIST.search(text, left, at))


def certified_trade(title: str, text: str, found: list[Fact]) -> list[Fact]:
    """ "须持证上岗" without naming the certificate: the one the title's trade needs (电焊工 → 焊工证)."""
    if any(f.family is Family.LICENCE for f in found):
        return []
    m = _CERTIFIED.search(text)
    if m is None or is_negated(text, m.start()) or re.search(r"不限|无需|不需要?$", text_before(text, m.start(), 4)):
        return []
    trade = next((code for pattern, code in _TRADE_LICENCE if pattern.search(title)), None)
    return [] if trade is None else [_licence(text, m, trade, True)]


# a certificate a person names by no trade and says they have not got ("证还没考", "相关证书也没有"): the one the
# trade they ask for needs, as a bare "持证上岗" is read by a posting's title
_BARE_LACKED = re.compile(
    r"(?:^|(?<=[，。；,;\s]))(?:相关|上岗|资格)?证(?:书)?(?:还|也|都|暂时|目前|一直|当时)?(?:没|未)(?:有|考|拿|办|考下来|拿到)"
)


def certificates_lacked(text: str) -> list[Fact]:
    """ "没证" as a person says it: 「会开叉车但没证」「电焊会干，就是没证」 lack that trade's certificate, where the words
    just before, in the same sentence, name one certified trade; 「啥证都没有」「没有任何证书」, or a bare 没证 with no
    trade or several before it, lack every certificate ("none")."""
    found = []
    for m in NO_LICENCES.finditer(text):
        start = max(max(text.rfind(c, 0, m.start()) for c in "。；;!！?？\n") + 1, m.start() - _TRADE_BEFORE)
        before = text[start : m.start()]
        trades = {(code, t.start()) for pattern, code in _TRADE_LICENCE if (t := pattern.search(before))}
        if m.group(0) in _BARE_NONE and len({code for code, _ in trades}) == 1:
            ((code, at),) = trades
            evidence = as_evidence(text[start + at : m.end()])
            found.append(Fact(Family.LICENCE, code, evidence, 0.8, None, Modality.LACKS))
        else:
            found.append(Fact(Family.LICENCE, "none", as_evidence(m.group(0)), 0.8, None, Modality.HAS))
    return found


def trade_certificate_lacked(desired_job: str, text: str, found: list[Fact]) -> list[Fact]:
    """ "想做月嫂，证还没考": the 母婴护理证 lacked, where the asked-for job names one certified trade and no fact
    already speaks of its certificate."""
    m = _BARE_LACKED.search(text)
    trades = {code for job in re.split(r"[\s、,，/或和]+", desired_job) if (code := _trade_of(job))}
    if m is None or len(trades) != 1:
        return []
    (code,) = trades
    if any(f.family is Family.LICENCE and f.code.split("_")[0] == code for f in found):
        return []
    return [Fact(Family.LICENCE, code, as_evidence(m.group(0)), 0.8, None, Modality.LACKS)]


def _trade_of(job: str) -> str | None:
    """The certificate one job's name needs, by its first trade ("叉车司机": the 叉车证, not a driving licence)."""
    return next((code for pattern, code in _TRADE_LICENCE if pattern.search(job)), None)


def _licence(
    text: str, m: re.Match[str], code: str, posting: bool, either: str | None = None, until: int | None = None
) -> Fact:
    negated = is_negated(text, m.start()) or bool(
        re.search(r"(?:不限|不需要|无要求|不要求)$", text_before(text, m.start(), 6))
    )
    if posting and _NOT_ACCEPTED.match(text, until or m.end()):
        return Fact(Family.LICENCE, code, as_evidence(m.group(0)), 0.9, either, None)  # "（低压证不行）": refused
    if posting:
        clause = clause_around(text, m.start(), until or m.end())  # a listed trade: up to the certificate word
        waived = (
            negated
            and text_before(text, m.start(), 1) == "无"
            and text_before(text, m.start(), 2) != "有无"
            and _WAIVED.match(text, m.end())
        )
        modality: Modality | None = (
            Modality.PREFERRED
            if waived or (not negated and PREFERRED_WORDS.search(clause))
            else None
            if negated
            else Modality.REQUIRED
        )
    # someone else's licence ("老公有驾照，可以接送", "儿子有叉车证"): one listed as the person's would leave out every other
    elif someone_else(text_before(text, m.start(), 8), circle=True):
        return Fact(Family.LICENCE, code, as_evidence(m.group(0)), 0.9, either, None)  # "老公有驾照": not the person's
    else:
        end = until or m.end()
        listed = _LISTED_LACKED.match(text, end, min(stop_after(text, end, CLAUSE_STOP), end + _LISTED_REACH))
        if listed is not None:  # "B照A照都没有": the evidence names the whole list (`seeker_bits` reads its classes)
            return Fact(Family.LICENCE, code, as_evidence(text[m.start() : listed.end()]), 0.9, either, Modality.LACKS)
        modality = Modality.LACKS if negated or _not_held(text, m.start(), end) else Modality.HAS
    if code == "electrician":  # 高压 and 低压 are separate 特种作业 certificates: the value says which, when named
        either = "high" if "高压" in m.group(0) else "low" if "低压" in m.group(0) else None
        clause = clause_around(text, m.start(), until or m.end())
        either = "high/low" if either and _EITHER_VOLTAGE.search(clause) else either  # "高压或低压电工证"
    if code == "teacher":  # 「小学教师资格证」 is no kindergarten's (`certificate_kinds`)
        either = teacher_level(text_before(text, m.start(), 8), m.group(0), text[until or m.end() :][:8])
    return Fact(Family.LICENCE, code, as_evidence(m.group(0)), 0.9, either, modality)
