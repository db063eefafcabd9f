"""The job a posting names when its title does not (issue 22, session 13): small employers title a post "招聘",
"急招", "兼职", "超市", "电子厂" or their company's name and write the job in the text ("饭店招洗碗阿姨一名", "快递员，
片区派送"). The kind nouns and standing nouns of `kinds` and `physical.standing_post` are then read from the role the
text posts: the job noun after 招/招聘/诚聘/急招/需要, or a first clause that is a job noun and nothing else. Not a
kind the text only mentions ("送货上门", "我们是电子厂", "附近有饭店"): those are no role nouns after a hiring verb, nor
a clause of their own; nor a list of roles ("招服务员、洗碗工各一名"), which does not say which of them the post is."""

from __future__ import annotations

import re

from matching.facts.title_duties import duties_named

__all__ = ["hired_in_place", "posted_roles"]

# a word that makes a phrase name a person at work ("洗碗工", "收银员", "洗碗阿姨", "保安"), not a place or a trade's
# field ("后厨", "超市", "电子厂", "手工活", "工资")
_PERSON = (
    r"(?:人员|员(?!工宿舍)|工(?![作资厂地程期时具艺位种业龄服装价钱])|师(?!范)|手(?![工机续艺])|嫂|阿姨|大姐|大叔|小哥|"
    r"保安|保洁|保姆|护工|陪护|司机|学徒|伙计|帮手)"
)
_COUNT = r"(?:[一二两三四五六七八九十几\d]+\s*(?:名|个|位|人)|若干名?|数名|多名)"
_STOP = r"[^，。；,;！!？?：:\s（(、/]"
# a title that names a job holds a person's word; one that does not is bare ("招聘", "超市", "电子厂", "XX有限公司")
_NAMES_A_JOB = re.compile(_PERSON)
# someone the post works beside ("与快递员对接", "配合快递员装车", "需要和外卖员沟通"), and a role hired before or
# not at all ("以前招过快递员", "我们不招快递员"): no post of the text's (rev4 class 2)
_BESIDE = r"与|和|跟|给|同|配合|帮助|协助|对接|过"
_NOT_POSTED = re.compile(rf"^(?:{_BESIDE})|招过|招了|以前|之前|曾经?|[不没别]招|对接|沟通|交接|旗下")
# "饭店招洗碗阿姨一名", "医院招护工", "诚聘收银员两名", "急需服务员": the role after the hiring verb, to its clause's
# end ("招保洁主管一名": a post that runs the work); not 招牌, 招呼, 招商 or 招生
_HIRES = re.compile(
    rf"(?<![不没别])(?:招聘|诚聘|急招|急聘|招收(?!银)|急需|需要|招(?![牌呼商待标生聘过了]))[：:]?[ \t]*(?:{_COUNT})?(?:熟练|有经验的?)?"
    rf"(?!{_BESIDE})(?P<role>{_STOP}{{0,10}}?{_PERSON}{_STOP}{{0,6}})"
)
# a text that opens with the role alone ("快递员，片区派送", "电子厂焊锡工，18-35岁", "洗碗工一名，包吃住")
_OPENS_WITH = re.compile(rf"^(?P<role>{_STOP}{{1,12}}?{_PERSON}){_COUNT}?(?=[，。；,;！!\s]|$)", re.MULTILINE)
# roles listed together ("服务员、洗碗工", "保洁和保安"): which of them the post is the text does not say
_LISTED = re.compile(rf"[、和及或与/]\s*(?:{_COUNT})?{_STOP}{{0,8}}?{_PERSON}")


def posted_roles(title: str, text: str) -> list[str]:
    """The job nouns a bare title leaves to the text (`reader`'s, a line each: the title, the body): the role after
    its hiring verbs and the one a line opens with, each as written ("洗碗阿姨", "快递员"); none where the title
    names a job of its own or the roles are listed together. A text with no title at all (a sentence read alone) is
    no posting whose title is bare: its role is left unread, as the service always has a title."""
    if not title.strip() or _NAMES_A_JOB.search(title.rpartition("招聘")[2]):
        return duties_named(title, text)  # "超市员工" over "负责理货、收银": the duties name the job
    roles = [*_HIRES.finditer(text), *_OPENS_WITH.finditer(text)]  # the text's lines: the title's, its body's
    posted = [
        m.group("role")
        for m in roles
        if not _LISTED.match(text, m.end()) and not _listed_before(text, m) and not _NOT_POSTED.search(m.group("role"))
    ]
    return posted + [duty for role in posted for duty in duties_named(role, text)]  # "超市员工，理货收银"


def _listed_before(text: str, m: re.Match[str]) -> bool:
    return m.start("role") > 0 and text[m.start("role") - 1] in "、和及或与/"


# a title that names a place ("XX木工坊", "XX绿化工程公司", "豆腐坊") and a text that hires one role there ("招收银",
# "诚聘会计一名"): the post is that role, and the trade in the place's name is not its work (rev4 class 5b); not a
# helper the place's own trade takes on ("招帮工一名", "招学徒"), who does that work
_PLACE = re.compile(r"(?:公司|坊|中心|工作室|店|厂|馆)$")
_ONE_HIRE = re.compile(
    rf"(?<![不没别])(?:招聘|诚聘|急招|急聘|招(?![牌呼商待标生聘过了]))[：:]?[ \t]*(?:{_COUNT})?"
    rf"(?P<role>{_STOP}{{2,8}}?)(?={_COUNT}|[，。；,;！!？?\s（(、/]|$)"
)
_HELPER = re.compile(
    r"^(?:帮工|学徒工?|工人|师傅|普工|杂工|小工|操作工|员工|人手?|帮手|伙计|技工|熟手|男工|女工|临时工|小时工)$"
)


def hired_in_place(title: str, text: str) -> str | None:
    """The one role a text hires under a title that names a place, as written ("收银", "会计"); none where the title
    is no place, the text hires no role or several, or the role is a helper at the place's own trade."""
    post = title.rpartition("招聘")[2].strip()
    hires = [m.group("role") for m in _ONE_HIRE.finditer(text)] if _PLACE.search(post) else []
    if len(hires) != 1 or _HELPER.match(hires[0]) or _LISTED.match(text, text.find(hires[0]) + len(hires[0])):
        return None
    return hires[0]
