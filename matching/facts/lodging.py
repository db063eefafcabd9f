"""Meals, housing and living in that a posting gives: what its words offer, not what a duty prepares."""

from __future__ import annotations

import re
from dataclasses import replace

from matching.facts.cues import (
    CLAUSE_STOP,
    PAST_WORK,
    Cue,
    clause_around,
    cues_for,
    is_negated,
    matched_facts,
    stop_after,
    stop_before,
)
from matching.facts.fact import Fact, Family, Modality

_LODGING_CUES = cues_for(
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
    # staff who sleep at the school ("中学宿管，住校"), not its pupils ("学生住校", "住校生") nor a bed offered ("可住校")
    live_in=r"住家(?!附近|周边|门口)|(?<!学生)(?<!孩子)(?<!小孩)(?<!可)(?<!可以)住校(?!生|学生)|(?:住|居住)(?:在|于)?(?:客户|雇主|东家|主人)家(?!附近|周边|门口)|"
    # a carer who sleeps by the patient round the clock ("24小时陪护，睡陪护床", "吃住在病房")
    r"睡(?:在)?(?:陪护床|病房里?|病床边)|(?:吃住|住)在(?:医院|病房)",
)
# a canteen alone is no meal given (SCHEMA): it counts where the words say food is served there
_CANTEEN_FOOD = re.compile(
    r"提供|免费|伙食|福利(?:食堂|饭堂)|饭菜|菜品|菜式|[一二两三四五六七八九十\d]菜一汤|荤|可口|丰盛|自助|就餐"
)
_CANTEEN_NOT = re.compile(
    r"自费|(?<!\d)\d{1,4}\s*元\s*/\s*餐|经验|管理"
)  # "食堂10元/餐", "大型食堂工作经验", "食堂及宿舍管理"
_LIST_ITEM = re.compile(r"[，,。；;！!？?\n\r、＋+]")  # a benefit list's items
_FOOD_NEXT = re.compile(
    r"[，,]\s*[^，,。；;、]{0,4}?(?:饭菜|菜品|可口|丰盛|提供|免费)"
)  # "配有食堂，干净卫生可口的饭菜"


def _not_lodging(text: str, m: re.Match[str], cue: Cue) -> bool:
    """A canteen named with no food served in its clause ("员工食堂" in a list of benefits, "食堂及宿舍管理")."""
    if cue.code != "meals" or m.group(0) not in ("食堂", "饭堂"):
        return False
    end = stop_after(text, m.end(), _LIST_ITEM)
    item = text[stop_before(text, m.start(), _LIST_ITEM) : end]
    food = _CANTEEN_FOOD.search(item) or _FOOD_NEXT.match(text, end)
    return not food or bool(_CANTEEN_NOT.search(item))


_PREPARES = re.compile(
    r"负责|制作|准备|烹饪|做好|为(?:学员|学生|客户|顾客|游客|住户|业主|用户|患者|老人|宾客)"
)  # "负责中午工作餐": a duty, not a meal given
_NOT_PROVIDED = re.compile(
    r"\s*(?:福利)?(?:自理|补贴|补助|津贴|费用?|可谈|自付|自费|报销|(?:无息)?贷款|公积金)"
)  # "吃住自理", "住宿补贴"


# Living in that a posting does not ask: denied ("不是住家保姆"), one option ("24小时住家或白班兼职", "住家/不住家均可"),
# or one of the posts an agency lists ("住家保姆、月嫂、育婴师、钟点工"). A seeker who refuses to live in is left out
# only where living in is the job.
_LIVE_IN_DENIED = re.compile(r"(?:不是|并非|非|无需|不用|不需要?|不要求)$")
_LIVE_IN_OPTION = re.compile(
    r"^(?:保姆|阿姨|育儿嫂|月嫂)?\s*(?:或|/|、|和|及|与|均可|都可|皆可)|(?:或|/|、|和|及|与)\s*(?:24小时)?$|不住家"
)


def _not_lodged(text: str, m: re.Match[str], cue: Cue) -> bool:
    """Living in a posting denies ("不是住家保姆"); meals and housing are read as written."""
    return cue.code == "live_in" and bool(_LIVE_IN_DENIED.search(_clause_before(text, m)))


def _not_given(text: str, m: re.Match[str], cue: Cue) -> bool:
    return _not_lodging(text, m, cue) or _not_lodged(text, m, cue)


def _clause_before(text: str, m: re.Match[str]) -> str:
    return text[stop_before(text, m.start(), CLAUSE_STOP) : m.start()]


def posting_lodging(text: str) -> list[Fact]:
    """Meals, housing and living in. Living in named only as an option or one of an agency's posts is PREFERRED:
    named (SCHEMA), not asked, so it sets no bit (`bits.job_bits`) and keeps no one out."""
    found = list(
        matched_facts(
            text, _LODGING_CUES, past=PAST_WORK, duty=_PREPARES, unless_after=_NOT_PROVIDED, unless=_not_given
        )
    )
    live_in = next(c for c in _LODGING_CUES if c.code == "live_in")
    asked = (m for m in live_in.pattern.finditer(text) if not is_negated(text, m.start()))
    if any(not _not_lodged(text, m, live_in) and not _live_in_optional(text, m) for m in asked):
        return found
    return [replace(f, modality=Modality.PREFERRED) if f.code == "live_in" else f for f in found]


def _live_in_optional(text: str, m: re.Match[str]) -> bool:
    clause = clause_around(text, m.start(), m.end())
    after = text[m.end() : stop_after(text, m.end(), CLAUSE_STOP)]
    if "不住家" in clause:
        return True  # "住家/不住家均可"
    return bool(_LIVE_IN_OPTION.search(after) or _LIVE_IN_OPTION.search(_clause_before(text, m)))
