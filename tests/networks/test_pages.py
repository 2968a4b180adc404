"""The networks' pages and JSON API: the hint a caseworker sees (English and Urdu, values only in
the body), the investigator's entity page and access request, the supervisor's inbox, and the
graph JSON holding only what the viewer may see."""

from __future__ import annotations

from datetime import date

import pytest
from factories import make_case, make_user

from rihai.access import auth
from rihai.access.permissions import Role, permissions_for
from rihai.cases import service as cases
from rihai.cases.schemas import ConsentCreate
from rihai.networks import service as networks


def _token(db, user, *roles):
    raw, _ = auth.create_token(db, auth.actor_for(user, via="api"), name="t (TEST)",
                               scopes=sorted(permissions_for(frozenset(roles))), expires_in_days=1)
    db.flush()
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def graph(db, world):
    for who in ("caseworker", "other_caseworker"):
        actor = world.actor(who)
        case = make_case(db, actor)
        cases.record_consent(db, actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                    consent_date=date.today()))
    networks.build(db, world.actor("investigator"))
    other_sup = make_user(db, world.other_agency, Role.SUPERVISOR)
    return {"caseworker": _token(db, world.users["caseworker"], Role.CASEWORKER),
            "investigator": _token(db, world.users["investigator"], Role.INVESTIGATOR),
            "analyst": _token(db, world.users["analyst"], Role.ANALYST),
            "other_supervisor": _token(db, other_sup, Role.SUPERVISOR)}


def test_caseworker_sees_the_hint_not_the_network(client, world, graph):
    r = client.post("/networks/hint", data={"phones": "0300-111 0000"}, headers=graph["caseworker"])
    assert r.status_code == 200
    assert "Known elsewhere: in 1 records held by" in r.text and world.other_agency.name in r.text
    assert "Test Agent" not in r.text
    ur = client.post("/networks/hint?lang=ur", data={"phones": "03001110000"}, headers=graph["caseworker"])
    assert "کہیں اور معلوم" in ur.text
    assert client.get("/networks", headers=graph["caseworker"]).status_code == 403
    api = client.post("/api/v1/networks/hint", json={"values": [{"kind": "phone", "value": "+92 300 1110000"}]},
                      headers=graph["caseworker"])
    assert api.json()["records"] == 1 and api.json()["agencies"] == [world.other_agency.name]
    assert client.post("/api/v1/networks/hint", json={"values": [{"kind": "phone", "value": "0300"}]},
                       headers=graph["analyst"]).status_code == 403


def test_investigator_pages_and_the_access_round_trip(client, db, world, graph):
    inv = graph["investigator"]
    r = client.get("/networks", headers=inv)
    assert r.status_code == 200 and "Test Agent (TEST)" in r.text
    entity = client.get("/api/v1/networks/ranking", headers=inv).json()[0]["entity_id"]
    page = client.get(f"/networks/entities/{entity}", headers=inv)
    assert page.status_code == 200 and "Request access" in page.text
    body = client.get(f"/api/v1/networks/entities/{entity}", headers=inv).json()
    assert len(body["mentions"]) == 1 and body["elsewhere"][0]["records"] == 1
    graph_json = client.get(f"/api/v1/networks/networks/{body['network_id']}/graph", headers=inv).json()
    assert {n["kind"] for n in graph_json["nodes"]} == {"person", "record"}
    shown = client.get(f"/networks/networks/{body['network_id']}", headers=inv)
    assert shown.status_code == 200 and "data-network-graph" in shown.text and "Test Agent (TEST)" in shown.text
    asked = client.post(f"/api/v1/networks/entities/{entity}/access-requests",
                        json={"owner_agency_id": world.other_agency.id, "reason": "Inquiry (TEST)"}, headers=inv)
    assert asked.status_code == 201
    sup = graph["other_supervisor"]
    assert "An investigator asks" in client.get("/networks/access-requests", headers=sup).text
    ok = client.post(f"/api/v1/networks/access-requests/{asked.json()['id']}/approve", json={"days": 7}, headers=sup)
    assert ok.status_code == 200 and ok.json()["status"] == "approved"
    body = client.get(f"/api/v1/networks/entities/{entity}", headers=inv).json()
    assert len(body["mentions"]) == 2 and body["elsewhere"] == []
    # The caseworker's supervisor (another agency) cannot decide, nor see the entity.
    assert client.get(f"/api/v1/networks/entities/{entity}", headers=graph["caseworker"]).status_code == 403


def test_unknown_entity_is_404(client, graph):
    assert client.get("/api/v1/networks/entities/E-000000000000", headers=graph["investigator"]).status_code == 404


def test_investigator_grades_and_reviews_a_link_on_the_entity_page(client, db, world, graph):
    """Both records in the investigator's own agency, so the link between them is theirs to judge."""
    from sqlalchemy import select

    from rihai.cases.schemas import PerpetratorIn
    from rihai.networks.models import NetworkLink, NetworkMention, NetworkReview

    inv_actor = world.actor("investigator")
    # A recruiter of their own, so that the one link between the two mentions is one they see.
    own = [PerpetratorIn(roles=["RecruiterOrIntermediary"], name="Test Broker Sialkot (TEST)", phones=["+923004440000"])]
    for _ in range(2):
        case = make_case(db, inv_actor, perpetrators=own)
        cases.record_consent(db, inv_actor, case.id, data=ConsentCreate(purpose="LawEnforcement", given=True,
                                                                        consent_date=date.today()))
    networks.build(db, inv_actor)
    inv = graph["investigator"]
    entity = db.scalar(select(NetworkMention.entity_id).where(NetworkMention.record_id == f"case:{case.id}"))
    page = client.get(f"/networks/entities/{entity}?lang=ur", headers=inv)
    assert page.status_code == 200 and "ذریعے کی ساکھ" in page.text and "مختلف افراد" in page.text
    assert "RecruiterOrIntermediary" not in page.text  # the role by its (translated) label, not its code
    link_id = int(page.text.split("/networks/links/")[1].split("/")[0])
    graded = client.post(f"/networks/links/{link_id}/grade", headers=inv, follow_redirects=False,
                         data={"reliability": "A", "information": "1", "entity_id": entity})
    assert graded.status_code == 303 and graded.headers["location"] == f"/networks/entities/{entity}?graded=1"
    assert (db.get(NetworkLink, link_id).reliability, db.get(NetworkLink, link_id).information) == ("A", 1)
    bad = client.post(f"/networks/links/{link_id}/grade", headers=inv, data={"reliability": "F", "information": "1",
                                                                          "entity_id": entity})
    assert bad.status_code == 422 and "reliability is a letter" in bad.text
    said = client.post(f"/networks/links/{link_id}/review", headers=inv, follow_redirects=False,
                       data={"decision": "same", "entity_id": "../../admin"})
    assert said.status_code == 303 and said.headers["location"] == "/networks"  # no redirect elsewhere
    assert db.scalar(select(NetworkReview.decision)) == "same"
    shown = client.get(f"/networks/entities/{entity}", headers=inv)
    assert "A reviewer said: the same person." in shown.text and "A1" in shown.text
    # A caseworker may neither grade nor review.
    assert client.post(f"/networks/links/{link_id}/review", headers=graph["caseworker"],
                       data={"decision": "different"}).status_code == 403


def test_the_staff_tracing_form_asks_for_the_hint_and_the_familys_form_never_does(client, graph):
    staff = client.get("/tracing/requests/new", headers=graph["caseworker"])
    assert staff.status_code == 200
    assert 'name="recruiter_phone"' in staff.text and 'hx-post="/networks/hint"' in staff.text
    assert 'hx-include="[name=recruiter_phone], [name=recruiter_licence]"' in staff.text  # not escaped away
    assert 'id="network-hint"' in staff.text
    r = client.post("/networks/hint", data={"recruiter_phone": "0300-111 0000"}, headers=graph["caseworker"])
    assert "Known elsewhere: in 1 records held by" in r.text
    # The public form, signed out or signed in, never asks: a trafficker could test their own number.
    for headers in ({}, graph["caseworker"]):
        public = client.get("/trace", headers=headers)
        assert public.status_code == 200 and 'name="recruiter_phone"' in public.text
        assert "/networks/hint" not in public.text and "network-hint" not in public.text
    assert client.post("/networks/hint", data={"recruiter_phone": "0300-111 0000"}).status_code in (401, 403)


def test_the_public_offer_page_names_a_published_watchlist_and_nothing_internal(client, db, world, graph):
    import re

    sup = world.actor("supervisor")
    networks.import_watchlist(db, sup, name="Most wanted (TEST)", published=True,
                              people=[{"name": "Test Smuggler (TEST)", "phones": ["0300-5550123"]}])
    networks.import_watchlist(db, sup, name="Internal (TEST)", published=False,
                              people=[{"name": "Test Hidden (TEST)", "phones": ["03007770000"]}])
    networks.build(db, sup)
    db.commit()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/screen").text).group(1)

    def screen(phone: str) -> str:
        offer = f"Job in Dubai (TEST), salary 3000 AED, call {phone} now, pay the visa fee first"
        r = client.post("/screen", data={"text": offer, "csrf_token": token})
        assert r.status_code == 200
        return re.sub(r'name="csrf_token" value="[^"]+"', "", r.text).replace(phone, "PHONE")

    listed = screen("+923005550123")
    assert "On a published watchlist" in listed and 'data-testid="published-watchlist"' in listed
    assert "Test Smuggler" not in listed  # the list's content stays out: only that the number is on one
    unknown = screen("+923009990000")
    assert "published-watchlist" not in unknown
    # Known in two agencies' cases, or on an internal list: the page is the unknown number's, to the byte.
    assert screen("+923001110000") == unknown
    assert screen("+923007770000") == unknown
