"""Place suggestions from the shipped gazetteer, for a typed place (a kiosk's 明光路)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class PlaceSuggestion(BaseModel):
    code: str = Field(description="统计用区划代码", examples=["340102001000"])
    name: str = Field(description="as people say it, without 居委会 or 办事处", examples=["明光路街道"])
    search: str = Field(
        description="send it as `place` to POST /v1/matches/search: found as exactly this place, with the "
        "district in front where the name is shared (八公山区团结社区)",
        examples=["明光路街道"],
    )
    precision: str = Field(description="community, township, county or city", examples=["township"])
    city: str = Field(examples=["合肥市"])
    county: str = Field(description="区县; empty for a city", examples=["瑶海区"])
    town: str = Field(description="the 街道 or 乡镇 of a community; empty above it", examples=[""])


class PlaceSuggestPage(BaseModel):
    text: str
    items: list[PlaceSuggestion] = Field(
        description="names beginning with the text first, then names holding it; shorter names first"
    )

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "text": "明光",
                    "items": [
                        {
                            "code": "340102001000",
                            "name": "明光路街道",
                            "search": "明光路街道",
                            "precision": "township",
                            "city": "合肥市",
                            "county": "瑶海区",
                            "town": "",
                        }
                    ],
                }
            ]
        }
    )
