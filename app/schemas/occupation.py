"""Occupation codes (职业分类大典 2022) as the API shows and accepts them."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

OccupationFilter = Annotated[
    str,
    Field(
        pattern=r"^\d(-\d{2}){0,3}$",
        max_length=10,
        description="an occupation code or a prefix of one: 6-18-02-04 (焊工), 6-18 (a whole group)",
        examples=["6-18-02-04"],
    ),
]


OCCUPATION_EXAMPLE: dict[str, Any] = {"code": "6-18-02-04", "name": "焊工", "confidence": 0.92}


class OccupationOut(BaseModel):
    code: str = Field(examples=["6-18-02-04"])
    name: str = Field(examples=["焊工"])
    confidence: float = Field(ge=0, le=1, description="the coder's probability for this code")

    model_config = ConfigDict(json_schema_extra={"examples": [OCCUPATION_EXAMPLE]})


SUGGESTION_EXAMPLE: dict[str, Any] = {
    **OCCUPATION_EXAMPLE,
    "level": 4,
    "path": ["生产制造及有关人员", "机械制造基础加工人员", "材料成形与改性人员", "焊工"],
}


class OccupationSuggestion(OccupationOut):
    level: int = Field(description="4: a detailed occupation; 1-3: a group recruiters name directly (普工)")
    path: list[str] = Field(description="the groups above it, top first, ending with its own name")

    model_config = ConfigDict(json_schema_extra={"examples": [SUGGESTION_EXAMPLE]})


class SuggestPage(BaseModel):
    text: str
    expanded: list[str] = Field(description="catalog words read into colloquial or military words in the text")
    items: list[OccupationSuggestion]

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"text": "会电焊，干过钢结构", "expanded": [], "items": [SUGGESTION_EXAMPLE]}]}
    )


class OccupationFacet(BaseModel):
    code: str
    name: str
    count: int = Field(description="in-radius candidates whose best occupation is this one")
