"""Files reach another agency only through an active, consented referral, and only the kinds its
service is granted: medical files go to medical and psychosocial care, never to a shelter or to
legal aid."""

from __future__ import annotations

import pytest
from factories import attachments as files
from factories import make_case
from factories.referrals import give_consent, make_provider

from rihai.access.auth import actor_for
from rihai.cases.attachments import service as attachments
from rihai.errors import NotFound
from rihai.referrals import service as referrals
from rihai.referrals.schemas import ReferralCreate, TransitionIn
from rihai.referrals.states import Action


@pytest.fixture
def case_with_files(db, world):  # type: ignore[no-untyped-def]
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    med = attachments.add_attachment(db, cw, case.id, kind="medical", data=files.clean_pdf(), title="Clinic (TEST)")
    legal = attachments.add_attachment(db, cw, case.id, kind="legal", data=files.clean_pdf(), title="FIR (TEST)")
    give_consent(db, cw, case.id, recipient=world.other_agency)
    return case, med, legal


def accepted(db, world, case, service: str):  # type: ignore[no-untyped-def]
    provider = make_provider(db, world.other_agency, service)
    r = referrals.refer(db, world.actor("caseworker"), case.id,
                        data=ReferralCreate(provider_id=provider.id, service=service))
    them = actor_for(world.users["other_caseworker"], via="api")
    referrals.transition(db, them, r.id, Action.ACCEPT, data=TransitionIn(version=r.version))
    return r, them


@pytest.mark.parametrize(("service", "sees"), [("Medical", {"medical"}), ("LegalAid", {"legal"}),
                                               ("Shelter", set())])
def test_each_service_opens_only_the_kinds_it_is_granted(db, world, case_with_files, service, sees) -> None:
    case, med, legal = case_with_files
    r, them = accepted(db, world, case, service)
    view = referrals.shared_case(db, them, r.id)
    assert {f.kind for f in view.files} == sees
    for row in (med, legal):
        if row.kind in sees:
            assert referrals.shared_file(db, them, r.id, row.id).data.startswith(b"%PDF")
        else:
            with pytest.raises(NotFound):
                referrals.shared_file(db, them, r.id, row.id)
    # Never through the case's own routes: the case is not theirs.
    with pytest.raises(NotFound):
        attachments.read_attachment(db, them, med.id)


def test_a_referral_not_yet_accepted_shares_no_file(db, world, case_with_files) -> None:
    case, med, _ = case_with_files
    provider = make_provider(db, world.other_agency, "Medical")
    r = referrals.refer(db, world.actor("caseworker"), case.id,
                        data=ReferralCreate(provider_id=provider.id, service="Medical"))
    them = actor_for(world.users["other_caseworker"], via="api")
    assert referrals.shared_case(db, them, r.id).files == []
    with pytest.raises(NotFound):
        referrals.shared_file(db, them, r.id, med.id)
