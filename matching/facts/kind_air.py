"""The air a kind of work is done in (issue 22, session 16): the stove's oil smoke in a kitchen (炒锅, 帮厨, 后厨,
厨房帮工, 做午饭), the smell of a public toilet or the bins, the dust of a swept road and of a flat being done up (装修,
刷墙, 打磨, 开荒), read as `kind_nouns.AIR`, which a person who cannot breathe smoke, dust or smells refuses
(`Limits.no_dust`: "油烟呛得受不了", "灰大的地方一闻就咳")."""

from __future__ import annotations

from matching.facts.kind_nouns import AIR

__all__ = ["AIR_DUTIES", "AIR_KINDS"]

AIR_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # at the stove: the cook, the wok, the kitchen's hands, a meal cooked (not 面点 steamed, nor a kitchen's goods sold)
    (
        r"厨师|大厨|炒锅|炒菜|掌勺|帮厨|后厨|厨工|打荷|厨房(?!用品|电器|设备|家电|卫浴|橱柜|小家电)|"
        r"烧烤(?:师傅|师|工)|烤串|油炸|炸串|炸鸡|(?:做|烧)(?:早|午|晚)?饭",
        (AIR,),
    ),
    # a public toilet's smell and the bins'; a road's dust swept up
    (r"(?:公厕|公共厕所|厕所|公共卫生间)(?:保洁|清洁|打扫)|垃圾(?:分类|清运|站|中转|收运|分拣)", (AIR,)),
    (r"环卫|扫马路|(?:道路|马路|街道)(?:清扫|保洁)|清扫工", (AIR,)),
    # a flat done up: plaster sanded, walls painted, the builders' dust cleaned away
    (
        r"(?:装修|装潢)(?!工长)(?:工|师傅|杂工|小工)?|刷墙|油漆工|油工|粉刷|打磨|开荒|腻子",
        (AIR,),
    ),  # not a 装修工长 running the crew
)
# the stove's or the plasterer's work a text lists ("负责炒菜", "炸油条", "刮腻子"), not waived ("不用炒菜"); not a
# grill's name alone ("烧烤店串串工，坐着穿串": the skewers threaded away from the smoke)
AIR_DUTIES: tuple[tuple[str, tuple[str, ...]], ...] = ((r"炒菜|掌勺|上灶|颠勺|炸油条|油炸|烤串|刷墙|刮腻子", (AIR,)),)
