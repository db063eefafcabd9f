"""What the match page and a push say of a posting's unsaid priors (`priors.pair_priors`): 「未写明是否夜班；保安员岗位常有
夜班」, or the 大典's own words for a kind's bodily work."""

from __future__ import annotations

from collections.abc import Sequence

from matching.facts.priors import CATALOG_PRIOR, FAMILIES, FULL_DAY_BY_TYPE, catalog, shipped

SHOWN = 0.5  # a prior this high is said: the kind demands it at least half as often as the kind that most often does
UNSAID_WORDS = {
    "physical": "未写明体力要求",
    "night": "未写明是否夜班",
    "full_day": "未写明工作时间",
    "weekends": "未写明周末是否休息",
}
_WHY = {
    "physical": "{name}岗位常有体力活（搬抬、登高、骑行等）",
    "night": "{name}岗位常有夜班",
    "full_day": "{name}岗位常为全天上班",
    "weekends": "{name}岗位常要周末上班",
}
_FULL_TIME_SAID = "全职岗位一般全天上班"


def prior_words(pair: Sequence[float], name: str, job_type: str, code: str | None = None) -> list[str]:
    """「未写明是否夜班；保安员岗位常有夜班」 for each family of the pair (`pair_priors`) whose prior is SHOWN or more;
    「未写明体力要求；按职业分类大典，保洁员的工作包括“…”」 where the physical prior is the 大典's (`catalog`)."""
    words = []
    for family, prior in zip(FAMILIES, pair, strict=True):
        if family == "physical" and prior and (said := _catalog_said(code, name)):
            words.append(f"{UNSAID_WORDS[family]}；{said}")
            continue
        if prior < SHOWN:
            continue
        why = _FULL_TIME_SAID if family == "full_day" and job_type in FULL_DAY_BY_TYPE else _WHY[family]
        words.append(f"{UNSAID_WORDS[family]}；{why.format(name=name or '同类')}")
    return words


def _catalog_said(code: str | None, name: str) -> str:
    """「按职业分类大典，保洁员的工作包括“…”」 where the code's physical prior comes from the 大典, not its postings."""
    words = catalog().get(code or "")
    if not words or shipped().priors(code)[0] >= CATALOG_PRIOR:
        return ""
    return f"按职业分类大典，{name or '同类'}的工作包括“{words}”"
