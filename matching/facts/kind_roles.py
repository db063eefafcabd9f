"""More kinds of work beside `kind_nouns.KINDS` and `kind_trades.TRADE_KINDS` (issue 22, session 14): the role nouns
the fifth review's postings used that no lexicon held (砖厂, 钢筋工, 菜市场帮工, 食堂, 打饭阿姨, 生鲜区员工, 熨烫工, 裱花,
拉面, 车位工, 电动车维修, a hotel's PA), demands left out of kinds already held (帮厨's wet hands and loads, a stock
farm's feed sacks, a 家政's washing), a hand taken on by a trade named before it ("园林绿化招临时工"), and the care of
a frail old person a text names as its duty ("照顾一位80岁老人，老人半自理": turned, lifted and washed)."""

from __future__ import annotations

import re

from matching.facts.kind_nouns import (
    BEND,
    COLD_WET,
    FARM_HAND,
    FINE,
    IRONER,
    LIFTING,
    MEAL_SERVER,
    STANDING,
    STEEL_FIXER,
    WALKING,
)

__all__ = ["CARE_DUTIES", "HIRED_HAND", "ROLE_KINDS", "listed_roles"]

_GAP = r"[^，。；,;（(]{0,4}?"
ROLE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # bricks pressed, carried and stacked (not 瓷砖 sold or 贴砖 laid, `KINDS`; not the slang 搬砖 for any work)
    (r"砖厂|砖窑|砖瓦厂|制砖|码砖", (LIFTING, STANDING, BEND)),
    # a site's steel tied bent over the mesh; scaffold poles carried up (架子工's heights are `KINDS`')
    (STEEL_FIXER, (LIFTING, BEND, STANDING)),
    (r"架子工", (LIFTING, STANDING)),
    # a market stall's helper unloads the crates at dawn, washes and sprays the greens, and sells on their feet (dev8's
    # judges: a 菜场摊位帮工 "requires cold")
    (
        rf"(?:菜市场|菜场|农贸市场|菜摊|菜档|水果摊|摊位){_GAP}(?:帮工|帮忙|杂工|小工|工人|伙计)",
        (LIFTING, STANDING, COLD_WET),
    ),
    # a canteen named alone or by its cooks: the pots and sacks of a hundred meals; its servers stand at the counter
    (r"^[^，。；,;（(]{0,6}?食堂$|食堂[^，。；,;（(]{0,2}?(?:做饭|厨师|大厨|炒菜)", (LIFTING, STANDING)),
    (MEAL_SERVER, (STANDING,)),
    # a fresh-food counter's staff: crates of fruit and vegetables up on the shelves, weighed standing
    (
        r"生鲜(?:区|部|档|柜|组)?[^，。；,;（(]{0,3}?(?:员工|店员|营业员|帮工|工作人员|售货员)",
        (LIFTING, STANDING),
    ),
    # at the ironing board, the piping bag, the noodle board; a sewing machinist's seam (not a 停车位 or 车位销售)
    (IRONER, (STANDING,)),
    (r"裱花", (STANDING, FINE)),
    (r"拉面", (STANDING,)),
    (r"(?<![停泊])车位(?:工|员|师傅|熟手)", (FINE,)),
    # a bike's or a motorbike's wheel and motor mended crouched by it
    (r"(?:电动车|电瓶车|摩托车|自行车|单车)(?:维修|修理)|修(?:电动|电瓶|摩托|自行)车|补胎", (BEND,)),
    # a hotel's public-area cleaner (PA) mops standing, as a 保洁 of offices does
    (r"(?<![A-Za-z])PA(?![A-Za-z])", (STANDING,)),
    # a kitchen helper washes and cuts the vegetables and carries the sacks and the stock pots
    (r"帮厨", (COLD_WET, LIFTING)),
    # a stock farm's feed sacks and its pens (not a laboratory's mice)
    (FARM_HAND, (LIFTING,)),
    # a home's dishes, laundry and rags wrung by hand
    (r"家政|保姆|钟点工", (COLD_WET,)),
    # session 15. A parcel station's staff shelve and hand out the day's parcels on their feet (rev5's 快递驿站); a road
    # sweeper walks the street in wind and frost from before dawn (dev9's judges: 道路清扫 "requires cold")
    (r"驿站", (LIFTING, STANDING)),
    (r"环卫|扫马路|(?:道路|马路|街道)(?:清扫|保洁)|清扫工", (COLD_WET, WALKING)),
)
# a hand the trade named before it takes on ("园林绿化招临时工", "砖厂招工"): the trade stays the head of the name
HIRED_HAND = re.compile(
    r"^(?:队|场|基地|公司|园|厂|店|中心)?招聘?(?:普|杂|零|小|临时|日结|帮|男|女)?(?:工人?|员工|帮手)$"
)
# the care of a frail old person or a patient a text names as the post's duty ("照顾一位80岁老人", "护理卧床老人"):
# turned, lifted and washed; eased where the person can look after themselves (`kind_trades.DUTY_EASED`)
CARE_DUTIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"(?:照顾|护理|伺候|照料|陪护)[^，。；,;、]{0,8}?(?:老人|老太太|老爷子|病人|患者|瘫痪|卧床)",
        (LIFTING,),
    ),
)
# roles hired in a list ("招钢筋工、架子工", "诚聘搬运工/装卸工"): which of them the post is the text does not say, but
# what all of them ask it asks (`kinds._common`)
_LISTED_HIRE = re.compile(
    r"(?<![不没别])(?:招聘|诚聘|急招|招)[：:]?\s*"
    r"(?P<roles>[^，。；,;！!？?\s（(、/和及]{2,8}(?:[、/和及][^，。；,;！!？?\s（(、/和及]{2,8})+)"
)


def listed_roles(text: str) -> list[str]:
    """The roles of the first list a text hires, as written ("钢筋工", "架子工"); none where it hires no list."""
    m = _LISTED_HIRE.search(text)
    return re.split(r"[、/和及]", m.group("roles")) if m else []
