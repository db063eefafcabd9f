"""Issue 22, session 14 (h-fix11seek): a body's limits as the fifth reviewer found them missed, seeker side. Seated work
asked for or enough ("能坐着的都行", "得能坐会"), a span stood before the body fails ("站俩钟头就肿",
"站久了头发晕"), a hand that fails ("右手不大灵便", "手腕不能多用力", "要使劲的活干不了"), wet work that harmed the
hands, a request not to bend, giddiness up high, limits listed under a heading, a stroke, and a
bare knee beside the one act it stops with the rest said fine. Decoys: seated and standing alike, a relative, a
heading of what one can do, a 不晕高, and a knee with nothing else said. The wordings are this file's own."""

from __future__ import annotations

import pytest

from matching.facts import seeker_facts, seeker_limits

BEND, COLD, STAIRS, LOADS, STAND, WALK, FINE, HEIGHTS = (
    "bend",
    "cold_wet",
    "stairs",
    "lifting",
    "standing",
    "walking",
    "fine_sight",
    "heights",
)
_ALL = {BEND, COLD, STAIRS, LOADS, STAND, WALK, HEIGHTS, FINE}


def _refused(words: str) -> set[str]:
    return set(seeker_limits(seeker_facts("", words)).refused) & _ALL


_SEEKERS = {
    # S1: seated work enough or needed, metal in the leg, a span stood
    "右腿不方便，能坐着的活都可以": {STAND, WALK},
    "能坐着干就行，别的不挑": {STAND, WALK},
    "上班的时候得能坐一会儿": {STAND},
    "站俩小时就肿": {STAND},
    "站两个钟头腿就肿": {STAND},
    # S10: giddiness standing
    "血糖低，站久了就头晕": {STAND, HEIGHTS},
    "站时间长了眼前发黑": {STAND, HEIGHTS},
    # S7: a hand that fails
    "右手不大灵便": {LOADS, FINE},
    "三根手指不灵活": {LOADS, FINE},
    "胳膊不能太用力": {LOADS},
    "要使劲的活干不了": {LOADS},
    "细致活儿我也干不了": {FINE},
    # S3: close work the wrist cannot bear
    "鼠标手，用手多了手腕就疼": {FINE},
    # S8: wet work that harmed the hands
    "以前在后厨，手天天泡着洗菜都烂了": {COLD},
    "泡水的活不干了": {COLD},
    # S9: a request
    "千万别让我蹲着干活": {BEND},
    # S2: giddy up high
    "我有点晕高": {HEIGHTS},
    "三楼往下一看就发晕": {HEIGHTS},
    # S6: a heading of refusals
    "能干：看店、收银。干不了：上梯子、扛东西": {HEIGHTS, LOADS},
    "不能干的活：久站、弯腰": {STAND, BEND},
    # F1: a knee beside the one act it stops, the rest fine
    "膝盖不好，下不了蹲，其他都行": {BEND, LOADS},
    "老寒腿，爬楼梯不行，其他都可以": {STAIRS},
    # decoys
    "坐着站着都行": set(),
    "能坐着干也能站着干": set(),
    "能坐着的都行，站着的也可以": set(),
    "站着干活没问题，能坐着也行": set(),
    "手机泡水烂了，换了个新的": set(),
    "能坐能站，就是不能弯腰": {BEND, LOADS},
    "我老婆站久了头晕，我身体好": set(),
    "我能干的：搬东西、爬高、上夜班": set(),
    "我不晕高，高空作业可以": set(),
    "手很灵活，啥细活都能干": set(),
    "低头看手机": set(),
    "老寒腿": {LOADS, STAND},
    "老寒腿，爬楼不行": {LOADS, STAND, STAIRS},
}


@pytest.mark.parametrize(("words", "refused"), list(_SEEKERS.items()))
def test_reads_each_body_limit_as_said(words: str, refused: set[str]) -> None:
    assert _refused(words) == refused


def test_a_stroke_keeps_loads_out() -> None:
    assert LOADS in _refused("前年脑梗过，恢复得差不多了但是没劲")
    assert LOADS in _refused("中风以后一只手不好使")
