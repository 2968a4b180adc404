"""Perpetrator mentions, the cases domain's published read for the network work: only cases whose
survivor's latest decision on sharing with law enforcement is a yes, phones only as digests,
audited by case id."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from factories import make_case, make_world

from rihai.access.models import AuditEvent
from rihai.cases import service
from rihai.cases.schemas import ConsentCreate
from rihai.crypto import current_keyring
from rihai.errors import Forbidden


@pytest.fixture
def world(db):
    return make_world(db)


def _consent(db, actor, case_id, given=True):
    return service.record_consent(db, actor, case_id, data=ConsentCreate(
        purpose="LawEnforcement", given=given, consent_date=date.today()))


def test_only_perpetrators_of_cases_agreeing_to_law_enforcement_are_published(db, world):
    cw, inv = world.actor("caseworker"), world.actor("investigator")
    yes = make_case(db, cw)
    _consent(db, cw, yes.id)
    no = make_case(db, cw)
    _consent(db, cw, no.id, given=False)
    silent = make_case(db, cw)
    withdrawn = make_case(db, cw)
    service.withdraw_consent(db, cw, withdrawn.id, _consent(db, cw, withdrawn.id).id)
    changed = make_case(db, cw)
    _consent(db, cw, changed.id)
    _consent(db, cw, changed.id, given=False)
    mentions = service.perpetrator_mentions(db, inv)
    assert {m.case_id for m in mentions} == {yes.id}
    m = mentions[0]
    assert m.name == "Test Agent (TEST)" and m.roles == ("RecruiterOrIntermediary",)
    assert m.oep_licence == "0000/TST" and m.owner_agency_id == world.agency.id
    # The phone leaves as its blind-index digest, never as the number.
    assert m.phone_digests == (current_keyring().blind("phone", "+923001110000").hex(),)
    assert "923001110000" not in repr(m)
    assert m.perpetrator_id and m.recorded_at is not None and m.entered_by_id == world.users["caseworker"].id
    event = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "cases:perpetrator:mentions-read")).one()
    assert str(yes.id) in str(event.related_ids) and "Test Agent" not in str(event.__dict__)


def test_perpetrator_mentions_need_the_network_build_permission(db, world):
    with pytest.raises(Forbidden):
        service.perpetrator_mentions(db, world.actor("caseworker"))
