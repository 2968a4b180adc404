"""Codes of follow-ups and the English labels people read (msgids of the Urdu catalogue)."""

from __future__ import annotations

from enum import StrEnum


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class TaskSource(StrEnum):
    MANUAL = "manual"
    PLAN_ITEM = "plan_item"
    HEARING = "hearing"
    REFERRAL = "referral"


TASK_LABELS: dict[str, str] = {
    TaskStatus.OPEN: "Open",
    TaskStatus.DONE: "Done",
    TaskSource.MANUAL: "Written by hand",
    TaskSource.PLAN_ITEM: "From a support-plan item",
    TaskSource.HEARING: "Before a hearing",
    TaskSource.REFERRAL: "From a referral",
}


def task_label(code: str | None) -> str:
    return TASK_LABELS.get(code or "", code or "")
