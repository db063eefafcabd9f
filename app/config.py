"""Typed settings, read once from JOBCIRCLE_* environment variables and validated at start."""

from __future__ import annotations

from pathlib import Path
from typing import Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JOBCIRCLE_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("./var"), description="index snapshots and the embedded database")
    database_url: str = Field("", description="SQLAlchemy URL; empty means a SQLite file in data_dir")
    model_path: Path | None = Field(None, description="local sentence-transformers model; default m3e-small")
    embed_batch_size: int = Field(32, ge=1, le=1024)
    synonyms_path: Path | None = Field(None, description="a local synonyms.csv; default: the shipped table")

    default_radius_km: float = Field(3.0, gt=0)
    max_radius_km: float = Field(50.0, gt=0)

    weight_semantic: float = Field(0.45, ge=0, description="embedding cosine")
    weight_keyword: float = Field(0.15, ge=0, description="BM25 over character n-grams, synonyms expanded")
    weight_occupation: float = Field(0.1, ge=0, description="agreement of the two sides' occupation codes")
    weight_distance: float = Field(0.15, ge=0)
    weight_salary: float = Field(0.075, ge=0)
    weight_freshness: float = Field(0.075, ge=0)
    distance_half_km: float = Field(2.0, gt=0)
    freshness_half_days: float = Field(14.0, gt=0)

    sync_interval_s: float = Field(1.0, gt=0, description="how often the change feed is polled")
    snapshot_interval_s: float = Field(60.0, gt=0, description="how often a changed index is saved")
    log_level: str = "INFO"

    @model_validator(mode="after")
    def _default_database(self) -> Self:
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'jobcircle.db').resolve()}"
        if self.default_radius_km > self.max_radius_km:
            raise ValueError("default_radius_km must not exceed max_radius_km")
        return self

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"
