"""How the occupation coder's signals and context rules are weighed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CoderWeights:
    """How the signals blend before the softmax that turns scores into confidences."""

    # The title's cosine with the occupation's name and aliases, and the whole text's (title and description, as
    # the service embeds it for search); a text with no description is its title and keeps the 4 it had.
    dense: float = 2.0
    text: float = 2.0
    alias: float = 2.0  # share of the title that is a name, alias or colloquial synonym of it
    keyword: float = 2.0  # BM25 of title + description against name, aliases, definition, tasks
    body_alias: float = 0.15  # an alias met only in the description
    body_synonym: float = 0.5  # a colloquial word met only in the description ("打包" in a webpack posting)
    typical: float = 0.3  # how far below the group 普工 names its usual products come when none is named
    product: float = 0.5  # lead of what a 普工 posting makes over the group 普工 names (then 0.05 less per rank)
    # Conservative: at 0.4 the mean top-1 confidence is 0.27 where top-1 accuracy is 0.70 (bench/eval).
    temperature: float = 0.4
    latin_dense: float = 0.5  # the cosine's weight for a title with no Chinese (m3e-small reads no English jobs)
    member: float = 0.01  # how far below a named group (护士, 中医师) its first member comes
    industry: float = 0.02  # how far below the first code a business role's industry (保险, 物业) comes
    customer: float = 0.03  # how far below the first code 营销员 comes for 客户经理 and 顾问
    group_below: float = 3.0  # how far a group that is not first falls (behind the detailed codes)
    made: float = 0.02  # how far below a production title's own work what its posting says is made comes
