"""What a follow-up is made from."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rihai.db import DbId

from .codes import TaskSource


class TaskCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=2, max_length=500)
    due_on: date
    # None: the person writing it (who must be on the case team).
    assignee_id: int | None = None
    source_kind: TaskSource = TaskSource.MANUAL
    source_id: str | None = Field(default=None, max_length=40)

    @field_validator("text")
    @classmethod
    def _strip(cls, v: str) -> str:
        v = v.strip()
        if len(v) < 2:
            raise ValueError("write what needs doing")
        return v


class TaskUpdate(BaseModel):
    """An open follow-up changed: its words, its date, or who it is for (its source stays what it
    came from). ``version`` is the one read, so that a stale edit is refused, not silently
    written over a colleague's."""

    model_config = ConfigDict(extra="forbid")

    version: DbId
    text: str | None = Field(default=None, min_length=2, max_length=500)
    due_on: date | None = None
    assignee_id: DbId | None = None

    @field_validator("text")
    @classmethod
    def _strip(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = v.strip()
        if len(v) < 2:
            raise ValueError("write what needs doing")
        return v
