"""JSON shapes of the statistics API. Counts are strings: "<5" and "x" are published values."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CountRow(BaseModel):
    category: str
    count: str


class CountsRead(BaseModel):
    key: str
    title: str
    rows: list[CountRow]
    total: str
    synthetic: bool = Field(default=False, description="Counts of synthetic records (demo instance)")


class TablesCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # allow_inf_nan: NaN and infinity are refused here too (the service refuses them again).
    epsilon: float = Field(gt=0, le=10, allow_inf_nan=False, description="Privacy budget spent by this release")
    year_from: int | None = Field(default=None, ge=1990, le=2100)
    year_to: int | None = Field(default=None, ge=1990, le=2100)


class NoisyRow(BaseModel):
    category: str
    count: int
    margin95: int


class TablesRead(BaseModel):
    release_id: int
    epsilon: float
    epsilon_left: float = Field(description="Lifetime privacy budget left after this release")
    synthetic: bool = Field(default=False, description="Counts of synthetic records (demo instance)")
    tables: dict[str, list[NoisyRow]]
