"""Factories for the criminal-justice track, support plans and identification interviews. Every
helper goes through the real service verbs (encryption, audit, rules)."""

from __future__ import annotations

import uuid
from datetime import date

import factory
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.cases.justice import service as justice
from rihai.cases.justice.models import ProsecutionTrack, SupportPlanItem
from rihai.cases.justice.schemas import PlanItemCreate, TrackUpdate
from rihai.screening.identification import service as interviews
from rihai.screening.identification.models import IdentificationInterview


class TrackFactory(factory.Factory):
    class Meta:
        model = TrackUpdate

    fir_number = factory.Sequence(lambda n: f"FIR-TEST-{n:04d}/2026")
    police_station = "Test Station (TEST)"
    investigating_agency = "FIA"
    fia_circle = "AHTC Test Circle (TEST)"
    laws = factory.LazyFunction(lambda: ["PTPA2018:3", "EO1979:22"])
    protection_needs = factory.LazyFunction(lambda: ["identity_protection"])

    class Params:
        bare = factory.Trait(fir_number=None, police_station=None, investigating_agency=None,
                             fia_circle=None, laws=factory.LazyFunction(list),
                             protection_needs=factory.LazyFunction(list))


class PlanItemFactory(factory.Factory):
    class Meta:
        model = PlanItemCreate

    support_type = "Livelihood"
    goal = factory.Sequence(lambda n: f"Synthetic goal {n} (TEST)")
    due_on = factory.LazyFunction(lambda: date(2027, 1, 31))


def make_track(db: Session, actor: Actor, case_id: uuid.UUID, **kw: object) -> ProsecutionTrack:
    return justice.save_track(db, actor, case_id, data=TrackFactory(**kw))


def make_plan_item(db: Session, actor: Actor, case_id: uuid.UUID, **kw: object) -> SupportPlanItem:
    return justice.add_item(db, actor, case_id, data=PlanItemFactory(**kw))




def presumed_answers(set_code: str = "adult_labour") -> dict[str, bool | None]:
    """Yes to the first two indicators (a strong one first) of deceptive recruitment, exploitative
    conditions and coercion at destination; no to everything else: every element is indicated."""
    from rihai.screening.identification import load_indicators

    s = load_indicators().sets[set_code]
    out: dict[str, bool | None] = {i.code: False for items in s.dimensions.values() for i in items}
    for dim in ("deceptive_recruitment", "exploitative_conditions", "coercion_at_destination"):
        for i in s.dimensions[dim][:2]:
            out[i.code] = True
    return out


def make_interview(db: Session, actor: Actor, case_id: uuid.UUID, *, set_code: str = "adult_labour",
                   answers: dict[str, bool | None] | None = None) -> IdentificationInterview:
    data = interviews.InterviewCreate(set_code=set_code, answers=presumed_answers() if answers is None else answers)
    interview, _ = interviews.start_interview(db, actor, case_id, data=data)
    return interview
