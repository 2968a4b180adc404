"""Possible matches in the database: a full build stores the pairs whose name is corroborated (a
district of the route, a person named with them), never merging them; the entity page and the
queue show them only to whoever sees both records; a reviewer's word settles a pair for good and
takes it off the queue at once; a withdrawn consent takes its pairs away. SQLite and PostgreSQL.
Synthetic names (TEST)."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from factories import make_case

from rihai.access.models import AuditEvent
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate, EventIn, PerpetratorIn
from rihai.errors import Forbidden, NotFound
from rihai.networks import service as networks
from rihai.networks.models import NetworkMention, NetworkPossibleMatch

CONS = "bdfgjklmnprstz"  # filler names told apart by their consonants (labels drop vowels)
DISTRICTS = ["Lahore", "Multan", "Quetta", "Peshawar", "Sukkur", "Bahawalpur"]
PROVINCE = {"Lahore": "PB", "Multan": "PB", "Bahawalpur": "PB", "Gujrat": "PB", "Quetta": "BA", "Peshawar": "KP",
            "Sukkur": "SD"}


def named_case(db, actor, *names, district=None):
    case = make_case(db, actor, perpetrators=[PerpetratorIn(roles=["RecruiterOrIntermediary"], name=n) for n in names],
                     events=[EventIn(event_type="Recruitment", country="PK", province=PROVINCE[district], district=district)]
                     if district else [])
    cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                consent_date=date.today()))
    return case


def fill(db, actor, n=24):
    """Unrelated cases: the build learns from them how common names and districts are."""
    for i in range(n):
        named_case(db, actor, f"Ta{CONS[i % 14]}a{CONS[i // 14]}ar Fi{CONS[i // 14]}o{CONS[i % 14]}ul (TEST)",
                   district=DISTRICTS[i % len(DISTRICTS)])


def mention(db, case):
    return db.scalar(sa.select(NetworkMention).where(NetworkMention.record_id == f"case:{case.id}")
                     .order_by(NetworkMention.ref).limit(1))


@pytest.fixture
def pair(db, world):
    cw = world.actor("caseworker")
    fill(db, cw)
    first = named_case(db, cw, "Qasim Zulfiqar Testwala", district="Gujrat")
    second = named_case(db, cw, "Kasim Zulfikar Testwala", district="Gujrat")
    networks.build(db, world.actor("investigator"))
    return first, second


def test_a_build_stores_the_pair_without_merging_and_the_page_offers_it(db, world, pair):
    first, second = pair
    a, b = mention(db, first), mention(db, second)
    assert a.entity_id != b.entity_id
    rows = db.scalars(sa.select(NetworkPossibleMatch)).all()
    assert [(r.a_record, r.b_record) for r in rows] == [tuple(sorted((a.record_id, b.record_id)))]
    assert rows[0].evidence[:2] == ["name", "place"] and 0.5 <= rows[0].probability <= 0.95
    inv = world.actor("investigator")
    page = networks.entity_page(db, inv, a.entity_id)
    assert [(p.entity_id, p.name) for p in page.possible] == [(b.entity_id, "Kasim Zulfikar Testwala")]
    event = db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "networks:entity:read")
                       .order_by(AuditEvent.seq.desc())).first()
    assert b.record_id in event.related_ids  # the other side's record was read too
    queued = networks.possible_queue(db, inv)
    assert [(q.a_entity, q.b_entity) for q in queued] in ([(a.entity_id, b.entity_id)], [(b.entity_id, a.entity_id)])
    # A second build with nothing changed holds the same pair.
    networks.build(db, inv)
    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkPossibleMatch)) == 1


def test_same_merges_on_the_next_build_and_leaves_the_queue_at_once(db, world, pair):
    first, second = pair
    inv = world.actor("investigator")
    (pm,) = networks.possible_queue(db, inv)
    networks.review_possible(db, inv, pm.id, "same")
    assert networks.possible_queue(db, inv) == []
    networks.build(db, inv)
    assert mention(db, first).entity_id == mention(db, second).entity_id
    assert networks.possible_queue(db, inv) == []
    assert db.scalars(sa.select(AuditEvent).where(AuditEvent.tag == "networks:link:review")).all()


def test_different_is_remembered_across_builds(db, world, pair):
    first, second = pair
    inv = world.actor("investigator")
    (pm,) = networks.possible_queue(db, inv)
    networks.review_possible(db, inv, pm.id, "different")
    networks.build(db, inv)
    assert networks.possible_queue(db, inv) == []
    assert mention(db, first).entity_id != mention(db, second).entity_id
    with pytest.raises(NotFound):
        networks.review_possible(db, inv, pm.id, "same")


def test_only_reviewers_who_see_both_records(db, world):
    cw, other = world.actor("caseworker"), world.actor("other_caseworker")
    fill(db, cw)
    mine = named_case(db, cw, "Qasim Zulfiqar Testwala", district="Gujrat")
    theirs = named_case(db, other, "Qasim Zulfiqar Testwala", district="Gujrat")
    networks.build(db, world.actor("investigator"))
    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkPossibleMatch)) == 1
    inv = world.actor("investigator")  # sees their own agency's records, not the other's
    assert networks.possible_queue(db, inv) == []
    assert networks.entity_page(db, inv, mention(db, mine).entity_id).possible == []
    pm_id = db.scalar(sa.select(NetworkPossibleMatch.id))
    with pytest.raises(NotFound):
        networks.review_possible(db, inv, pm_id, "same")
    with pytest.raises(Forbidden):
        networks.possible_queue(db, world.actor("caseworker"))
    assert mention(db, theirs) is not None


def test_a_withdrawn_consent_takes_its_pairs_away(db, world, pair):
    first, _ = pair
    cw = world.actor("caseworker")
    cases.record_consent(db, cw, first.id, data=ConsentCreate(purpose="LawEnforcement", given=False,
                                                              consent_date=date.today()))
    networks.build(db, world.actor("investigator"))
    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkPossibleMatch)) == 0


def _token(db, user, *roles):
    from rihai.access import auth
    from rihai.access.permissions import permissions_for

    raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="t (TEST)",
                               scopes=sorted(permissions_for(frozenset(roles))), expires_in_days=1)
    db.flush()
    return {"Authorization": f"Bearer {raw}"}


def test_the_entity_page_and_the_api_in_english_and_urdu(client, db, world, pair):
    from rihai.access.permissions import Role

    first, second = pair
    a, b = mention(db, first), mention(db, second)
    inv = _token(db, world.users["investigator"], Role.INVESTIGATOR)
    page = client.get(f"/networks/entities/{a.entity_id}", headers=inv)
    assert page.status_code == 200 and "Possibly the same person" in page.text and "the same place" in page.text
    assert f"/networks/entities/{b.entity_id}" in page.text and "Kasim Zulfikar Testwala" in page.text
    ur = client.get(f"/networks/entities/{a.entity_id}?lang=ur", headers=inv)
    assert "ممکنہ طور پر وہی شخص" in ur.text and "ایک ہی جگہ" in ur.text
    queue = client.get("/api/v1/networks/possible", headers=inv)
    assert queue.status_code == 200 and len(queue.json()) == 1
    row = queue.json()[0]
    assert set(row) == {"id", "a", "b", "a_entity", "b_entity", "probability", "evidence"}
    assert "Testwala" not in queue.text  # ids and kinds of agreement, never a name
    caseworker = _token(db, world.users["caseworker"], Role.CASEWORKER)
    assert client.get("/api/v1/networks/possible", headers=caseworker).status_code == 403
    said = client.post(f"/networks/possible/{row['id']}/review", headers=inv, follow_redirects=False,
                       data={"decision": "different", "entity_id": a.entity_id})
    assert said.status_code == 303 and said.headers["location"] == f"/networks/entities/{a.entity_id}?reviewed=1"
    after = client.get(f"/networks/entities/{a.entity_id}?reviewed=1", headers=inv)
    assert "Possibly the same person" not in after.text and "Your decision is kept" in after.text
    assert client.get("/api/v1/networks/possible", headers=inv).json() == []
    gone = client.post(f"/api/v1/networks/possible/{row['id']}/review", headers=inv, json={"decision": "same"})
    assert gone.status_code == 404


def test_a_watchlist_district_column_is_a_place(db, world):
    data = "name,district,phones\nQasim Zulfiqar Testwala (TEST),Gujrat,\nOther Testperson (TEST),Lahore; Multan,\n"
    people = networks.parse_watchlist(data.encode(), "list.csv")
    assert people == [{"name": "Qasim Zulfiqar Testwala (TEST)", "district": ["Gujrat"]},
                      {"name": "Other Testperson (TEST)", "district": ["Lahore", "Multan"]}]
    networks.import_watchlist(db, world.actor("supervisor"), name="Wanted (TEST)", published=False, people=people)
    networks.build(db, world.actor("supervisor"))
    from rihai.networks.models import NetworkIdentifier

    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkIdentifier)) == 0  # evidence, not rows
    from rihai.networks.models import NetworkRecord

    assert db.scalar(sa.select(sa.func.count()).select_from(NetworkRecord)) == 2


def test_a_watcher_is_told_of_a_new_possible_match_once_and_without_content(db, world, pair):
    from rihai import notify

    first, _ = pair
    inv = world.actor("investigator")
    world.users["investigator"].email = "investigator@example.org"
    networks.watch(db, inv, mention(db, first).entity_id)  # the pair already offered is known
    before = len(notify.pending(db))
    networks.build(db, inv)
    assert len(notify.pending(db)) == before
    third = named_case(db, world.actor("caseworker"), "Qasim Zulfiqar Testwala", district="Gujrat")
    networks.build(db, inv)
    messages = notify.pending(db)[before:]
    assert len(messages) == 1 and "may name the person you watch" in messages[0].subject
    assert "/networks/entities/" in messages[0].body and "Testwala" not in messages[0].body
    assert str(third.id) not in messages[0].body
    networks.build(db, inv)
    assert len(notify.pending(db)) == before + 1  # told once
