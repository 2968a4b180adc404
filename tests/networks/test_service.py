"""The networks domain on the database: build from the sources' consent-gated reads, the "known
elsewhere" hint, scoping of entity pages, time-limited access requests, watches, reviews and
watchlists; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from factories import make_agency, make_case, make_user

from rihai import notify
from rihai.access.auth import actor_for
from rihai.access.models import AuditEvent
from rihai.access.permissions import Role
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, PerpetratorIn
from rihai.errors import Conflict, Forbidden, Invalid, NotFound
from rihai.networks import service as networks
from rihai.networks.models import NetworkAccessRequest, NetworkMention, NetworkRecord

PHONE = "+923001110000"  # the factories' "Test Agent (TEST)"


def consent(db, actor, case_id, given=True):
    cases.record_consent(db, actor, case_id, data=ConsentCreate(purpose="LawEnforcement", given=given,
                                                                consent_date=date.today()))


def shared_case(db, actor, **kw):
    case = make_case(db, actor, **kw)
    consent(db, actor, case.id)
    return case


@pytest.fixture
def two_agencies(db, world):
    """A case in each agency naming the same recruiter, both agreeing to share with law enforcement."""
    mine = shared_case(db, world.actor("caseworker"))
    theirs = shared_case(db, world.actor("other_caseworker"))
    return mine, theirs


def tags(db, tag):
    return db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == tag)).all()


def test_build_links_one_recruiter_across_agencies_and_keeps_provenance(db, world, two_agencies):
    mine, theirs = two_agencies
    run = networks.build(db, world.actor("investigator"))
    assert (run.records, run.added, run.status) == (2, 2, "done")
    rows = {r.id: r for r in db.scalars(sa.select(NetworkRecord))}
    assert set(rows) == {f"case:{mine.id}", f"case:{theirs.id}"}
    assert rows[f"case:{theirs.id}"].owner_agency_id == world.other_agency.id
    assert rows[f"case:{mine.id}"].entered_by_id == world.users["caseworker"].id
    entities = set(db.scalars(sa.select(NetworkMention.entity_id)))
    assert len(entities) == 1
    assert len({r.network_id for r in rows.values()}) == 1
    assert tags(db, "networks:graph:build")
    # Nothing changed: a second build writes nothing.
    again = networks.build(db, world.actor("investigator"))
    assert (again.added, again.changed, again.removed) == (0, 0, 0)


def test_no_law_enforcement_consent_no_mention(db, world):
    cw = world.actor("caseworker")
    silent = make_case(db, cw)
    refused = make_case(db, cw)
    consent(db, cw, refused.id, given=False)
    networks.build(db, world.actor("investigator"))
    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkRecord)) == 0
    # A consent given later, then withdrawn by a later "no": the record comes and goes.
    consent(db, cw, silent.id)
    assert networks.build(db, world.actor("investigator")).added == 1
    consent(db, cw, silent.id, given=False)
    assert networks.build(db, world.actor("investigator")).removed == 1
    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkMention)) == 0


def test_hint_counts_other_agencies_only_and_never_content(db, world, two_agencies):
    networks.build(db, world.actor("investigator"))
    # The same number as the other agency's case, written differently.
    hint = networks.known_elsewhere(db, world.actor("caseworker"), [("phone", "0300-111 0000")])
    assert hint.records == 1 and hint.agencies == (world.other_agency.name,) and hint.since == date.today()
    # The other agency's caseworker is told about the first agency, not about its own record.
    theirs = networks.known_elsewhere(db, world.actor("other_caseworker"), [("phone", PHONE)])
    assert theirs.agencies == (world.agency.name,) and theirs.records == 1
    assert not networks.known_elsewhere(db, world.actor("caseworker"), [("phone", "0300 9999999")]).known
    event = tags(db, "networks:hint:read")[-1]
    assert event.fields == ["phone"] and "1110000" not in str(event.related_ids)
    with pytest.raises(Forbidden):
        networks.known_elsewhere(db, world.actor("analyst"), [("phone", PHONE)])


def test_entity_page_shows_other_agencies_only_as_counts_until_access_is_approved(db, world, two_agencies):
    mine, theirs = two_agencies
    inv = world.actor("investigator")
    networks.build(db, inv)
    entity = db.scalar(sa.select(NetworkMention.entity_id))
    page = networks.entity_page(db, inv, entity)
    assert [m.record_id for m in page.mentions] == [f"case:{mine.id}"]
    assert [(e.agency_id, e.records) for e in page.elsewhere] == [(world.other_agency.id, 1)]
    assert page.name == "Test Agent (TEST)"
    graph = networks.network_graph(db, inv, page.network_id)
    assert {n["kind"] for n in graph["nodes"]} == {"person", "record"}
    assert f"r:case:{theirs.id}" not in {n["id"] for n in graph["nodes"]}
    assert [n["label"] for n in graph["nodes"] if n["id"].startswith("h:")] == [f"1 × {world.other_agency.name}"]

    other_sup = make_user(db, world.other_agency, Role.SUPERVISOR)
    other_sup.email = "supervisor@example.org"
    sup = actor_for(other_sup, via="api")
    req = networks.request_access(db, inv, entity_id=entity, owner_agency_id=world.other_agency.id,
                                  reason="Inquiry 12/2026 (TEST)")
    # The holding agency's supervisors are told, without content.
    [message] = notify.pending(db)
    assert message.recipients == ("supervisor@example.org",) and "Test" not in message.body
    # Only the holding agency's supervisor decides; others do not even see the request.
    with pytest.raises(NotFound):
        networks.approve(db, world.actor("supervisor"), req.id)
    with pytest.raises(Forbidden):
        networks.approve(db, world.actor("other_caseworker"), req.id)
    assert [r.id for r in networks.inbox(db, sup)] == [req.id]
    networks.approve(db, sup, req.id, days=7)
    page = networks.entity_page(db, inv, entity)
    assert {m.record_id for m in page.mentions} == {f"case:{mine.id}", f"case:{theirs.id}"}
    assert page.elsewhere == []
    # Expired: back to counts.
    db.get(NetworkAccessRequest, req.id).expires_at -= timedelta(days=8)
    db.flush()
    assert [m.record_id for m in networks.entity_page(db, inv, entity).mentions] == [f"case:{mine.id}"]
    assert tags(db, "networks:access:approve") and tags(db, "networks:entity:read")


def test_refused_request_shows_nothing_and_cannot_be_decided_twice(db, world, two_agencies):
    inv = world.actor("investigator")
    networks.build(db, inv)
    entity = db.scalar(sa.select(NetworkMention.entity_id))
    req = networks.request_access(db, inv, entity_id=entity, owner_agency_id=world.other_agency.id)
    sup = actor_for(make_user(db, world.other_agency, Role.SUPERVISOR), via="api")
    networks.refuse(db, sup, req.id)
    assert len(networks.entity_page(db, inv, entity).mentions) == 1
    with pytest.raises(Conflict):
        networks.approve(db, sup, req.id)
    # Asking for one's own agency's records is refused: there is nothing to ask for.
    with pytest.raises(Invalid):
        networks.request_access(db, inv, entity_id=entity, owner_agency_id=world.agency.id)


@pytest.mark.parametrize("role", ["caseworker", "consular_officer", "supervisor", "analyst", "administrator"])
def test_roles_without_the_entity_permission_are_refused(db, world, two_agencies, role):
    networks.build(db, world.actor("investigator"))
    entity = db.scalar(sa.select(NetworkMention.entity_id))
    with pytest.raises(Forbidden):
        networks.entity_page(db, world.actor(role), entity)
    with pytest.raises(Forbidden):
        networks.ranking(db, world.actor(role))


@pytest.mark.parametrize("role", ["caseworker", "prosecutor", "analyst", "administrator", "consular_officer"])
def test_only_supervisors_and_investigators_build(db, world, role):
    with pytest.raises(Forbidden):
        networks.build(db, world.actor(role))


def test_ranking_counts_victims_and_agencies_and_names_only_what_is_seen(db, world, two_agencies):
    inv = world.actor("investigator")
    networks.build(db, inv)
    top = networks.ranking(db, inv)[0]
    assert (top.victims, top.agencies, top.name) == (2, 2, "Test Agent (TEST)")
    other_inv = make_user(db, world.other_agency, Role.INVESTIGATOR)
    assert networks.ranking(db, actor_for(other_inv, via="api"))[0].name == "Test Agent (TEST)"
    third = actor_for(make_user(db, make_agency(db), Role.INVESTIGATOR), via="api")
    assert networks.ranking(db, third)[0].name is None  # counts, but no name from another's record


def test_watch_is_notified_when_a_new_record_links_to_the_entity(db, world, two_agencies):
    inv = world.actor("investigator")
    networks.build(db, inv)
    entity = db.scalar(sa.select(NetworkMention.entity_id))
    world.users["investigator"].email = "investigator@example.org"
    networks.watch(db, inv, entity)
    before = len(notify.pending(db))
    networks.build(db, inv)
    assert len(notify.pending(db)) == before
    shared_case(db, world.actor("caseworker"), perpetrators=[
        PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Subagent (TEST)", phones=[PHONE])])
    networks.build(db, inv)
    messages = notify.pending(db)[before:]
    assert len(messages) == 1 and "/networks/entities/" in messages[0].body
    assert "Test" not in messages[0].body and "1110000" not in messages[0].body


def test_review_different_splits_and_is_remembered(db, world):
    cw = world.actor("caseworker")
    twins = [PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Twin (TEST)", phones=["+923005550000"])]
    first, second = shared_case(db, cw, perpetrators=twins), shared_case(db, cw, perpetrators=twins)
    inv = world.actor("investigator")
    networks.build(db, inv)
    a = db.scalar(sa.select(NetworkMention).where(NetworkMention.record_id == f"case:{first.id}"))
    b = db.scalar(sa.select(NetworkMention).where(NetworkMention.record_id == f"case:{second.id}"))
    assert a.entity_id == b.entity_id
    networks.review(db, inv, (a.record_id, a.ref), (b.record_id, b.ref), "different")
    networks.build(db, inv)
    db.refresh(a), db.refresh(b)
    assert a.entity_id != b.entity_id
    assert tags(db, "networks:link:review")
    with pytest.raises(Forbidden):
        networks.review(db, world.actor("caseworker"), (a.record_id, a.ref), (b.record_id, b.ref), "same")


def test_watchlist_import_published_and_internal(db, world, two_agencies):
    sup = world.actor("supervisor")
    data = "name,phones,licence\nTest Smuggler (TEST),0300-1110000,\nTest Promoter (TEST),03009990000,0001/TST\n"
    people = networks.parse_watchlist(data.encode(), "list.csv")
    assert people[0] == {"name": "Test Smuggler (TEST)", "phones": ["0300-1110000"]}
    networks.import_watchlist(db, sup, name="Most wanted (TEST)", published=True, people=people)
    networks.import_watchlist(db, sup, name="Internal (TEST)", published=False,
                              people=[{"name": "Test Hidden (TEST)", "phones": ["03007770000"]}])
    networks.build(db, sup)
    assert networks.on_published_watchlist(db, "phone", "0300 111 0000")
    assert not networks.on_published_watchlist(db, "phone", "03007770000")  # internal: never public
    assert tags(db, "networks:watchlist:import")
    with pytest.raises(Forbidden):
        networks.import_watchlist(db, world.actor("caseworker"), name="x", published=False, people=people)
