"""Who carries a post's loads: hands kept for them ("有装卸工", "卸货有专人负责", "老板自己搬") unless the worker's own
are named too ("卸货要自己卸", "帮装卸工"); one reader, two readings: `loads` denies a lifting word by it (sessions 7
and 18), `load_weights` drops a weighed load by it (session 19)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LIFTING_HANDS", "WEIGHED_HANDS", "Carriers"]

_KEPT = r"(?:有|由|交给)(?:专门的?|专职的?)?"  # "有装卸工", "由专门的搬运工", "交给专职装卸队"
_CREWS = r"装卸工|搬运工|装卸队|搬运队"
_OWN_HANDS = r"自己(?:来)?(?:卸|装|搬|扛|抬)"  # "卸货要自己卸", "上架要自己搬"
_HELPING = r"(?:帮|协助|配合)(?:装卸工|搬运工)"  # the worker's hands beside the crew's
# those whose "自己搬" is their own hands, not the worker's: "老板自己搬，你只管收银"
_SOMEONE = r"老板|店主|司机|师傅|别人"


@dataclass(frozen=True, slots=True)
class Carriers:
    """Words that give a sentence's loads to other hands, and words that give them back to the worker."""

    others: re.Pattern[str]
    own: re.Pattern[str]

    def others_carry(self, sentence: str) -> bool:
        """Whether the sentence gives its loads to other hands and none to the worker."""
        return bool(self.others.search(sentence)) and not self.own.search(sentence)


# The lifting word's denial (`loads.loads_denied`, `loads.forklift_not_driven`): a crew kept, the place's forklift
# beside it ("有叉车和搬运工"), not one that helps the worker ("有搬运工帮忙"); or a person kept for the loads named
# just before, the clause ending there ("卸货有专人负责", "装卸由专人负责，…"; not "有专人带教", nor "安全有专人负责"
# beside 搬运). Anyone's "自己搬" is the worker's.
LIFTING_HANDS = Carriers(
    others=re.compile(
        rf"{_KEPT}(?:叉车和|叉车、)?(?:{_CREWS})(?!帮|协助|配合|一起)|"
        r"(?:卸货|装卸|搬运|装车|卸车|搬货|上下货)(?:工作|的活)?(?:有|由|交给)(?:专人|专门的人)(?:负责)?(?=[，。；,;！!\s]|$)"
    ),
    own=re.compile(rf"{_OWN_HANDS}|{_HELPING}"),
)
# A weighed load's (`load_weights.posted_loads`), wider: besides a crew, the worker told not to carry ("一箱二十斤的饮料
# 不用你搬"; not "不用搬重物", light loads still carried), someone else's own hands ("老板自己搬") and a bare "有专人";
# a crew helping is still theirs. "老板自己搬" is no worker's hands here.
WEIGHED_HANDS = Carriers(
    others=re.compile(
        r"(?:不用|无需|无须|不需要?|不必)(?:你|自己|员工)?(?:搬|扛|抬|卸|装卸)(?!重)|"
        rf"(?:{_SOMEONE}|专人|搬运工|装卸工)(?:自己|负责|来)?(?:搬|扛|抬|卸|装卸)|"
        rf"{_KEPT}(?:{_CREWS}|专人)"
    ),
    own=re.compile(rf"(?<!{_SOMEONE}){_OWN_HANDS}|{_HELPING}"),
)
