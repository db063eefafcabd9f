"""Gazetteer names for a place being typed: the kiosk's place field and its "did you mean"."""

from __future__ import annotations

from app.schemas.place import PlaceSuggestion, PlaceSuggestPage
from matching.gazetteer import Gazetteer
from matching.place_names import spoken_name


def suggest_places(gazetteer: Gazetteer, text: str, limit: int) -> PlaceSuggestPage:
    items = [
        PlaceSuggestion(
            code=place.code,
            name=spoken_name(place.name),
            search=search,
            precision=place.precision.value,
            city=place.city,
            county=place.county,
            town=spoken_name(place.town) if place.town != place.name else "",
        )
        for place, search in gazetteer.suggest(text, limit)
    ]
    return PlaceSuggestPage(text=text, items=items)
