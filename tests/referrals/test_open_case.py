"""Closing the loop from a referral (issue 19): the receiving agency opens its own case for the
person, the form filled in with what it may see — and no personal value ever in a URL."""

from __future__ import annotations

import re
import uuid

import pytest
from factories import PASSWORD, PersonFactory, make_case, make_world
from factories.referrals import give_consent, make_provider
from sqlalchemy import select, text

from rihai.cases.models import CaseOrigin


@pytest.fixture
def accepted(db, make_browser):  # type: ignore[no-untyped-def]
    """A referral from the first agency's caseworker to the other agency's shelter, sent with
    consent; browsers for both sides."""
    world = make_world(db)
    provider = make_provider(db, world.other_agency, "Shelter", "LegalAid", name="Safe House (TEST)")
    case = make_case(db, world.actor("caseworker"),
                     person=PersonFactory(given_name="Zarmina", family_name="Loopcase (TEST)", sex="Female"))
    give_consent(db, world.actor("caseworker"), case.id)
    db.flush()
    sender, receiver = make_browser(), make_browser()
    sender.login(world.users["caseworker"].username, PASSWORD)
    receiver.login(world.users["other_caseworker"].username, PASSWORD)
    r = sender.form(f"/cases/{case.id}/referrals/new", {"provider_id": str(provider.id), "service": "Shelter",
                                                      "urgency": "urgent", "send": "yes"}, follow_redirects=False)
    url = r.headers["location"]
    return world, case, sender, receiver, url


def _accept(receiver, url):  # type: ignore[no-untyped-def]
    version = re.search(r'name="version" value="(\d+)"', receiver.get(url).text).group(1)
    assert receiver.form(url + "/receiver-action", {"action": "accept", "version": version},
                         follow_redirects=False).status_code == 303


def test_accepted_referral_opens_a_prefilled_case(db, accepted) -> None:  # type: ignore[no-untyped-def]
    world, case, sender, receiver, url = accepted
    assert 'data-testid="open-case"' not in receiver.get(url).text  # not before accepting
    refused = receiver.form(url + "/open-case", {})
    assert refused.status_code == 403 and "Zarmina" not in refused.text
    _accept(receiver, url)
    assert 'data-testid="open-case"' in receiver.get(url).text
    r = receiver.form(url + "/open-case", {}, follow_redirects=False)
    assert r.status_code == 303
    form_url = r.headers["location"]
    assert re.fullmatch(r"/cases/new\?origin=[0-9a-f-]{36}", form_url)  # an id, never a value
    form = receiver.get(form_url).text
    assert 'data-testid="prefilled"' in form
    assert 'value="Zarmina"' in form and 'value="Loopcase (TEST)"' in form
    # A shelter is not shown the route, so the destination is not filled in either.
    assert not re.search(r'<option value="MM"\s+selected', form)
    # Shelter does not see identifiers: the CNIC and phones stay off the form.
    assert case.person.cnic not in form and case.person.phones[0] not in form
    # Consent is still asked: nothing is ticked for the person.
    assert re.search(r'name="consent_case_management" value=""\s+checked', form)
    origin = re.search(r'name="origin" value="([0-9a-f-]{36})"', form).group(1)
    # The prefill is encrypted at rest.
    raw = db.execute(text("SELECT \"values\" FROM case_origins WHERE id = :i"),
                     {"i": uuid.UUID(origin).hex if db.get_bind().dialect.name == "sqlite" else origin}).scalar()
    assert raw is not None and b"Zarmina" not in bytes(raw)
    # Someone else cannot use it, even of the same agency.
    assert sender.get(form_url).status_code == 404
    opened = receiver.form("/cases/new", {"origin": origin, "person.given_name": "Zarmina",
                                          "person.family_name": "Loopcase (TEST)", "person.sex": "Female",
                                          "consent_case_management": "yes"}, follow_redirects=False)
    assert opened.status_code == 303, opened.text[:1500]
    new_case = opened.headers["location"]
    page = receiver.get(new_case).text
    assert 'data-testid="case-origin"' in page and url.rsplit("/", 1)[1] not in page
    row = db.scalar(select(CaseOrigin).where(CaseOrigin.id == uuid.UUID(origin)))
    assert row.values is None and str(row.case_id) == new_case.rsplit("/", 1)[1]
    # Used up: the form cannot be filled from it again, and the referral links the case instead.
    assert receiver.get(form_url).status_code == 404
    ref_page = receiver.get(url).text
    assert 'data-testid="case-opened"' in ref_page and 'data-testid="open-case"' not in ref_page
    # The sender's case is untouched and still not readable by the receiver.
    assert receiver.get(f"/cases/{case.id}").status_code == 404


def test_open_case_is_audited_by_field_names(db, accepted) -> None:  # type: ignore[no-untyped-def]
    world, case, sender, receiver, url = accepted
    _accept(receiver, url)
    receiver.form(url + "/open-case", {}, follow_redirects=False)
    fields = db.execute(text("SELECT fields FROM audit_events WHERE tag = 'cases:case:prefill'")).scalars().all()
    assert fields, "the prefill is audited"
    assert "Zarmina" not in str(fields) and "given_name" in str(fields)


def test_an_analyst_cannot_open_a_case_from_a_referral(db, accepted, make_browser) -> None:  # type: ignore[no-untyped-def]
    world, case, sender, receiver, url = accepted
    b = make_browser()
    b.login(world.users["analyst"].username, PASSWORD)
    assert b.form(url + "/open-case", {}).status_code == 403


def test_destination_is_the_last_country_of_exploitation() -> None:
    from rihai.referrals.service import destination_country

    legs = [{"event_type": "Recruitment", "country": "PK"}, {"event_type": "Exploitation", "country": "AE"},
            {"event_type": "Transit", "country": "OM"}, {"event_type": "Exploitation", "country": "SA"}]
    assert destination_country(legs) == "SA"
    assert destination_country(legs[:1] + [{"event_type": "Transit", "country": "TH"}]) == "TH"
    assert destination_country([]) is None


def test_an_expired_prefill_is_not_found(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from rihai.cases import service as cases
    from rihai.errors import NotFound

    world = make_world(db)
    actor = world.actor("caseworker")
    origin = cases.stash_prefill(db, actor, source_kind="referral", source_id=uuid.uuid4(), source_ref="RF-TEST0001",
                                 values={"given_name": "Expiring (TEST)", "cnic": "35202-1234567-1"})
    row = cases.read_prefill(db, actor, origin)
    assert "cnic" not in (row.values or {})  # only the fields a prefill may carry
    row.expires_at = row.expires_at - timedelta(hours=3)
    db.flush()
    with pytest.raises(NotFound):
        cases.read_prefill(db, actor, origin)
