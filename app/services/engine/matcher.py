"""The matching objects a request needs, built once in the app's lifespan and injected."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.config import Settings
from app.services.engine.duplicates import DuplicateRule
from app.services.engine.index_feed import IndexFeed
from app.services.engine.pages import PageCache
from app.services.engine.text_reads import TextReads
from app.vocabulary import ScreeningMode
from matching.coding import OccupationCoder
from matching.embedding import Embedder
from matching.gazetteer import Gazetteer
from matching.index import GeoIndex
from matching.ranking import Weights, group_boost
from matching.score_table import ScoreTable


@dataclass(frozen=True, slots=True)
class ThinCircle:
    """When fewer than `good` matches score `good_score` or more inside the circle, the best of the ring up to
    `ring` times the radius is offered apart, each labelled with its distance."""

    good: int = 3
    ring: float = 2.0
    good_score: float = 0.43


@dataclass(frozen=True, slots=True)
class Matcher:
    embedder: Embedder
    coder: OccupationCoder
    feed: IndexFeed
    gazetteer: Gazetteer  # places addresses and resolves a point's division code, once, when a row is placed
    weights: Weights
    default_radius_km: float
    max_radius_km: float
    duplicates: DuplicateRule = DuplicateRule()
    group_boosts: Mapping[str, float] = field(default_factory=dict)  # priority group -> added score
    screening_mode: ScreeningMode = "reject"  # a posting with a discriminatory requirement: reject it or hold it
    thin: ThinCircle = field(default_factory=lambda: ThinCircle())
    pages: PageCache = field(default_factory=lambda: PageCache(0.0))  # stored seekers' pages; off by default
    texts: TextReads = field(default_factory=lambda: TextReads(0))  # searches' texts as read; off by default

    def boost_of(self, groups: Iterable[str]) -> float:
        return group_boost(self.group_boosts, groups)

    @property
    def max_boost(self) -> float:
        return max(self.group_boosts.values(), default=0.0)

    @property
    def job_index(self) -> GeoIndex:
        return self.feed.jobs.index

    @property
    def job_scores(self) -> ScoreTable:
        return self.feed.jobs.scores

    @property
    def seeker_index(self) -> GeoIndex:
        return self.feed.seekers.index

    @classmethod
    def from_settings(
        cls, settings: Settings, coder: OccupationCoder, feed: IndexFeed, gazetteer: Gazetteer
    ) -> Matcher:
        weights = weights_from_settings(settings, coder)
        duplicates = DuplicateRule(settings.duplicate_similarity, settings.duplicate_distance_m)
        pages = PageCache(settings.match_page_cache_s, settings.match_page_cache_mb * 2**20)
        feed.on_seekers_gone = pages.forget  # an erased person's kept pages leave memory with them
        return cls(
            embedder=coder.embedder,
            coder=coder,
            feed=feed,
            gazetteer=gazetteer,
            weights=weights,
            default_radius_km=settings.default_radius_km,
            max_radius_km=settings.max_radius_km,
            duplicates=duplicates,
            group_boosts=dict(settings.group_boosts),
            screening_mode=settings.screening_mode,
            thin=ThinCircle(settings.thin_circle_good, settings.thin_circle_ring, settings.good_match_score),
            pages=pages,
            texts=TextReads(settings.search_text_cache),
        )


def weights_from_settings(settings: Settings, coder: OccupationCoder | None = None) -> Weights:
    """The blend; the semantic floor is the setting's, else the model's own background (`background_similarity`),
    else (no coder at hand) none."""
    floor = settings.semantic_floor
    if floor is None:
        floor = coder.background_similarity() if coder is not None else 0.0
    return Weights(
        semantic=settings.weight_semantic,
        keyword=settings.weight_keyword,
        occupation=settings.weight_occupation,
        distance=settings.weight_distance,
        salary=settings.weight_salary,
        freshness=settings.weight_freshness,
        fair=settings.weight_fair,
        wishes=settings.weight_wishes,
        unsaid_licence=settings.weight_unsaid_licence,
        unsaid_prior=settings.weight_unsaid_prior,
        distance_half_km=settings.distance_half_km,
        freshness_half_days=settings.freshness_half_days,
        semantic_floor=floor,
    )
