"""Facts read from a posting's or a person's own words, as the API shows them (`matching.facts`)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from matching.facts import FACT_CODES


def _known(code: str) -> str:
    if code not in FACT_CODES:
        raise ValueError(f"不是可识别的事实代码：{code}（见 facts 中的 code）")
    return code


FactCode = Annotated[str, AfterValidator(_known)]
REJECTED_DESCRIPTION = (
    "codes of facts read wrongly from the text (see `facts`): never read again until removed from this list"
)


FACT_EXAMPLE: dict[str, Any] = {
    "family": "lodging",
    "code": "housing",
    "value": None,
    "modality": None,
    "words": "包住",
    "evidence": "包住",
    "confidence": 0.95,
}


class FactOut(BaseModel):
    family: str = Field(
        examples=["lodging"], description="licence, schedule, lodging, place, physical, education, ability, skill"
    )
    code: str = Field(examples=["housing"])
    value: str | None = Field(None, examples=["2025-06"], description="hours, a date, a level, years or ages")
    modality: str | None = Field(
        None,
        examples=["wish"],
        description="required/preferred (postings), has/lacks/limit/wish, implied (by past work) (people)",
    )
    words: str = Field(examples=["包住"], description="the fact in Chinese, as pages show it")
    evidence: str = Field(examples=["包吃包住"], description="the words it was read from")
    confidence: float = Field(ge=0, le=1)

    model_config = ConfigDict(json_schema_extra={"examples": [FACT_EXAMPLE]})
