"""A case does not close over an open referral without the closer saying so (issue 19): the
receiving agency would go on serving someone whose case is closed, and nobody told them."""

from __future__ import annotations

import pytest
from factories import PersonFactory, make_case, make_world
from factories.referrals import give_consent, make_provider

from rihai.cases import service as case_service
from rihai.cases.schemas import StatusChange
from rihai.errors import Conflict
from rihai.referrals import service
from rihai.referrals.schemas import ReferralCreate


def test_closing_over_an_open_referral_needs_a_confirmation(db) -> None:  # type: ignore[no-untyped-def]
    world = make_world(db)
    sender, supervisor = world.actor("caseworker"), world.actor("supervisor")
    shelter = make_provider(db, world.other_agency, "Shelter", capacity=2, eligible=["women"])
    case = make_case(db, sender, person=PersonFactory(given_name="Closingname", sex="Female"))
    give_consent(db, sender, case.id, recipient=world.other_agency)
    service.refer(db, sender, case.id, data=ReferralCreate(provider_id=shelter.id, service="Shelter"))
    assert service.open_referral_count(db, case.id) == 1

    def close(**kw):  # type: ignore[no-untyped-def]
        db.refresh(case)
        return case_service.change_status(db, supervisor, case.id, data=StatusChange(
            status="Closed", reason="Returned home (TEST)", version=case.version, **kw))

    with pytest.raises(Conflict) as refused:
        close()
    assert refused.value.rule == "open-work-elsewhere" and refused.value.field == "confirm_open_work"
    assert "still open" in refused.value.detail
    assert close(confirm_open_work=True).status == "Closed"
