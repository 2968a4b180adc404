"""The role × route matrix, the other half: who holds a route's permission gets through, with real
ids; another agency's ids answer 404 whatever the resource; a browser's cookie behaves like a token
once it sends the CSRF token, and is refused without it.

``tests/test_routes.py`` checks refusals (every role, every route, nobody's ids). Here one scene
holds a real resource of every kind in agency A, reachable by every role of A that should reach it:
a case (assigned to the investigator, prosecutor and consular officer), its consent, plan item,
prosecution track, interview, a referral it sent to agency C and one agency C sent to A, a tracing
request, import, candidate and match run, a tip, users, tokens, a pending role grant. Each unsafe
request runs inside a savepoint that is rolled back, so every role meets the same scene.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from factories import attachments as files
from factories import PASSWORD, CaseFactory, PersonFactory, make_agency, make_case, make_user, make_world
from factories.justice import make_interview, make_plan_item, make_track, presumed_answers
from factories.referrals import give_consent, make_provider
from factories.tracing import TracingRequestFactory, embassy_rows, file_request, import_list, list_csv
from fastapi.testclient import TestClient
from test_routes import route_table

from rihai.access import auth, grants
from rihai.access.models import RoleGrantRequest
from rihai.access.permissions import PUBLIC_PERMISSIONS, Permission, Role, permissions_for
from rihai.cases import service as case_service
from rihai.cases.attachments import service as attachment_service
from rihai.cases.models import Consent
from rihai.cases.tasks.schemas import TaskCreate
from rihai.referrals import service as referral_service
from rihai.referrals.schemas import ReferralCreate, TransitionIn
from rihai.referrals.states import Action
from rihai.screening.tips.models import ScreeningTip
from rihai.stats.models import StatsReleaseJob
from rihai.tracing.models import EncodedList, ImportedPerson, MatchCandidate, MatchRun

P = Permission
ROLES = [str(r) for r in Role]
SECRET_NAME = "Visiblename"  # agency A's survivor: never shown to agency B


# -- the scene ------------------------------------------------------------------------------------

@pytest.fixture
def scene(db, app):  # type: ignore[no-untyped-def]
    world = make_world(db)
    a, b = world.agency, world.other_agency
    # Tips are read by law-enforcement agencies: agency A is one, so its investigator reads them.
    a.org_type = "LawEnforcement"
    users = world.users
    users["other_supervisor"] = make_user(db, b, Role.SUPERVISOR)
    users["other_investigator"] = make_user(db, b, Role.INVESTIGATOR)  # holds the prosecution track's writes
    users["admin2"] = make_user(db, a, Role.ADMINISTRATOR)
    cw, sup, inv = world.actor("caseworker"), world.actor("supervisor"), world.actor("investigator")
    case = make_case(db, cw, person=PersonFactory(given_name=SECRET_NAME))
    for role in ("investigator", "prosecutor", "consular_officer"):
        case_service.assign(db, sup, case.id, user_id=users[role].id)
    track = make_track(db, inv, case.id)
    # A photo: a kind every role that reads the case may open.
    attachment = attachment_service.add_attachment(db, cw, case.id, kind="photo", data=files.png())
    item = make_plan_item(db, cw, case.id)
    task = case_service.add_task(db, cw, case.id, data=TaskCreate(text="Synthetic follow-up (TEST)",
                                                                  due_on=date.today()))
    interview = make_interview(db, cw, case.id)
    # Referrals: A sends one to agency C, and receives one from C.
    c = make_agency(db)
    users["c_caseworker"] = make_user(db, c, Role.CASEWORKER)
    c_provider, a_provider = make_provider(db, c, "Shelter"), make_provider(db, a, "Shelter")
    give_consent(db, cw, case.id, recipient=c)
    give_consent(db, cw, case.id, purpose="CaseManagement")
    consent_id = db.scalar(sa.select(Consent.id).where(Consent.case_id == case.id).limit(1))
    out = referral_service.refer(db, cw, case.id, data=ReferralCreate(provider_id=c_provider.id, service="Shelter"))
    c_cw = auth.actor_for(users["c_caseworker"], via="api")
    c_case = make_case(db, c_cw)
    give_consent(db, c_cw, c_case.id, recipient=a)
    inbound = referral_service.refer(db, c_cw, c_case.id, data=ReferralCreate(provider_id=a_provider.id, service="Shelter"))
    # A accepted it, so its receiving side reads the shared fields and can start the service.
    referral_service.transition(db, cw, inbound.id, Action.ACCEPT, data=TransitionIn(version=inbound.version))
    # Tracing: a desk request, a stored list, a candidate pairing them, a finished match run.
    request, _ = file_request(db, cw)
    imp = import_list(db, cw, list_csv(embassy_rows(3)))
    person_id = db.scalar(sa.select(ImportedPerson.id).where(ImportedPerson.import_id == imp.id).limit(1))
    cand = MatchCandidate(pair_key=f"matrix-{uuid.uuid4().hex}", request_id=request.id, other_kind="record",
                          other_id=person_id, request_agency_id=a.id, other_agency_id=a.id,
                          probability=0.9, match_weight=5.0, waterfall=[])
    run = MatchRun(status="done", requested_by_id=users["caseworker"].id, agency_id=a.id, via="web")
    encoded = EncodedList(agency_id=a.id, partner="embassy-bangkok", source_agency="Embassy (TEST)",
                          fingerprint="0" * 64, fields=["name"], schema={}, sha256="0" * 64)
    # A finished release of the analyst's own (its file is not in the scene: no statistics store).
    release_job = StatsReleaseJob(status="done", requested_by_id=users["analyst"].id, via="web",
                                  mode="k-anonymous", k=11, charged_micro=0)
    db.add_all([cand, run, encoded, release_job])
    db.flush()
    # A pending grant asked for by admin2, so the matrix's administrator may decide it.
    grants.request_roles(db, auth.actor_for(users["admin2"], via="api"), users["analyst"], [Role.PROSECUTOR])
    grant_id = db.scalar(sa.select(RoleGrantRequest.id))
    tokens: dict[str, str] = {}
    token_ids: dict[str, int] = {}
    for name, user in users.items():
        perms = permissions_for(frozenset(Role(r) for r in user.roles))
        raw, tok = auth.create_token(db, auth.actor_for(user, via="api"), name="matrix (TEST)",
                                     scopes=sorted(perms), expires_in_days=1)
        tokens[name], token_ids[name] = raw, tok.id
    db.commit()
    # A tip, reported as the public reports one.
    client = TestClient(app, base_url="http://testserver")
    r = client.post("/api/v1/screen/report", json={"text": "Job in Dubai (TEST), pay 5000 fee to agent +923001234567"})
    assert r.status_code == 201, r.text
    tip = db.scalar(sa.select(ScreeningTip).where(ScreeningTip.reference == r.json()["reference"]))
    ids = {
        "case_id": str(case.id), "consent_id": str(consent_id), "item_id": str(item.id), "task_id": str(task.id),
        "interview_id": str(interview.id), "attachment_id": str(attachment.id), "referral_id": str(out.id),
        "inbound_referral_id": str(inbound.id),
        "provider_id": str(a_provider.id), "agency_id": str(a.id), "user_id": str(users["analyst"].id),
        "request_id": str(request.id), "import_id": str(imp.id), "candidate_id": str(cand.id),
        "run_id": str(run.id), "tip_id": str(tip.id), "list_id": str(encoded.id), "grant_id": str(grant_id), "key": "year",
        "job_id": str(release_job.id),
        "fmt": "svg", "side": "request",
        # No network is built in this scene (the build needs consented perpetrators across
        # agencies): these ids name none, and tests/networks/ drives the pages with real ones.
        "entity_id": "E-000000000000", "network_id": "N-000000000000", "link_id": "0", "watch_id": "0",
    }
    return {"world": world, "users": users, "tokens": tokens, "token_ids": token_ids, "ids": ids,
            "case": case, "tip": tip, "interview": interview, "client": client, "track": track, "task": task,
            "out": out, "inbound": inbound, "request": request}


@contextmanager
def rolled_back(connection: sa.Connection) -> Iterator[None]:
    """Run a request and undo whatever it wrote, so each request meets the same scene."""
    sp = connection.begin_nested()
    try:
        yield
    finally:
        if sp.is_active:
            sp.rollback()


def ghosts(ids: dict[str, str]) -> dict[str, str]:
    """Ids of the same shapes that point at nothing."""
    def ghost(v: str) -> str:
        try:
            uuid.UUID(v)
        except ValueError:
            return "999999" if v.isdigit() else v
        return str(uuid.uuid4())
    return {k: ghost(v) for k, v in ids.items()}


def fill(path: str, ids: dict[str, str], perm: Permission, *, token_owner: str | None = None,
         token_ids: dict[str, int] | None = None) -> str:
    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "referral_id" and perm == P.REFERRALS_REFERRAL_RESPOND:
            return ids["inbound_referral_id"]  # the receiving side acts on what A received
        if name == "token_id" and token_owner and token_ids:
            return str(token_ids[token_owner])  # one's own token
        return ids[name]
    return re.sub(r"\{([a-z_]+)(?::[a-z]+)?\}", one, path)


# -- valid input for the main unsafe routes ---------------------------------------------------------

def bodies(scene: dict[str, Any], who: str) -> dict[tuple[str, str], dict[str, Any]]:
    """JSON bodies a holder of the route's permission can send with success (keyed by route)."""
    case, users, ids = scene["case"], scene["users"], scene["ids"]
    today = date.today().isoformat()
    return {
        ("POST", "/api/v1/cases"): CaseFactory().model_dump(mode="json", exclude_none=True),
        ("POST", "/api/v1/cases/search"): {"q": SECRET_NAME},
        ("PATCH", "/api/v1/cases/{case_id}"): {"version": case.version, "exploitation_types": ["ForcedLabour"]},
        ("POST", "/api/v1/cases/{case_id}/notes"): {"kind": "general", "body": "Synthetic note (TEST)"},
        ("POST", "/api/v1/cases/{case_id}/consents"): {"purpose": "Statistics", "given": True,
                                                       "consent_date": today},
        ("POST", "/api/v1/cases/{case_id}/assignments"): {"user_id": users["caseworker"].id},
        ("POST", "/api/v1/cases/{case_id}/plan"): {"support_type": "Livelihood", "goal": "Synthetic goal (TEST)"},
        ("POST", "/api/v1/cases/{case_id}/interviews"): {"set_code": "adult_labour", "answers": presumed_answers()},
        ("PUT", "/api/v1/cases/{case_id}/interviews/draft"): {"set_code": "adult_labour", "answers": {}},
        # For the caseworker (on the team): a supervisor who is not on it may still write one.
        ("POST", "/api/v1/cases/{case_id}/tasks"): {"text": "Synthetic follow-up (TEST)", "due_on": today,
                                                    "assignee_id": users["caseworker"].id},
        ("PATCH", "/api/v1/cases/{case_id}/tasks/{task_id}"): {"version": scene["task"].version,
                                                              "text": "Synthetic follow-up, changed (TEST)"},
        ("POST", "/api/v1/cases/{case_id}/tasks/{task_id}/done"): {},
        ("POST", "/api/v1/cases/{case_id}/tasks/{task_id}/reopen"): {},
        ("POST", "/api/v1/tracing/requests/{request_id}/contacts"): {"contacted_on": today, "means": "phone",
                                                                     "outcome": "no_answer"},
        ("POST", "/api/v1/interviews/{interview_id}/decision"): {
            "version": scene["interview"].version, "status": "presumed",
            "reason": "Synthetic reason (TEST)"},
        ("PUT", "/api/v1/cases/{case_id}/prosecution"): {"version": scene["track"].version,
                                                         "fir_number": "FIR-MATRIX/2026"},
        ("POST", "/api/v1/cases/{case_id}/referrals"): {"provider_id": int(ids["provider_id"]),
                                                        "service": "Shelter", "send": False},
        ("POST", "/api/v1/referrals/{referral_id}/start"): {"version": scene["inbound"].version},
        ("POST", "/api/v1/referrals/{referral_id}/cancel"): {"version": scene["out"].version,
                                                              "reason": "NoLongerNeeded"},
        ("POST", "/api/v1/cases/{case_id}/events"): {"event_type": "Transit", "country": "AE"},
        ("POST", "/api/v1/tracing/requests"): TracingRequestFactory().model_dump(mode="json", exclude_none=True),
        ("POST", "/api/v1/tracing/requests/{request_id}/close"): {"version": scene["request"].version,
                                                                   "reason": "found"},
        ("POST", "/api/v1/tips/{tip_id}/status"): {"status": "reviewed", "version": scene["tip"].version},
        ("POST", "/api/v1/tokens"): {"name": "matrix (TEST)", "scopes": ["access:profile:read"]},
        ("DELETE", "/api/v1/tokens/{token_id}"): {},
        ("POST", "/api/v1/users"): {"agency_id": scene["world"].agency.id, "username": f"m-{who}",
                                    "display_name": "Matrix (TEST)", "password": "a-long-password-42",
                                    "roles": ["analyst"]},
        ("PATCH", "/api/v1/users/{user_id}"): {"version": users["analyst"].version, "display_name": "Renamed (TEST)"},
        ("POST", "/api/v1/agencies"): {"name": f"Matrix agency {who} (TEST)", "org_type": "NGO"},
        ("POST", "/api/v1/role-grants/{grant_id}/refuse"): {},
    }


# Routes a permitted role may answer with something other than success, and why. Everything else a
# permitted role calls must not answer 401/403 and must succeed (2xx, or a redirect for pages).
_NO_NETWORK = ({404, 422}, "no network is built in the scene; tests/networks/ drives these with real ids")
EXPECTED_NOT_2XX: dict[tuple[str, str], tuple[set[int], str]] = {
    ("GET", "/api/v1/networks/entities/{entity_id}"): _NO_NETWORK,
    ("GET", "/api/v1/networks/networks/{network_id}/graph"): _NO_NETWORK,
    ("GET", "/networks/entities/{entity_id}"): _NO_NETWORK,
    ("GET", "/networks/networks/{network_id}"): _NO_NETWORK,
    ("GET", "/networks/networks/{network_id}/evidence.json"): _NO_NETWORK,
    ("GET", "/networks/networks/{network_id}/evidence.pdf"): _NO_NETWORK,
    ("GET", "/networks/networks/{network_id}/export.{fmt}"): _NO_NETWORK,
    ("GET", "/api/v1/stats/counts/{key}"): ({404, 409, 422}, "the statistics store is built by 'rihai stats "
                                             "extract'; the scene has none"),
    ("GET", "/stats/charts/{key}.{fmt}"): ({404, 409, 422}, "as above: no statistics store in the scene"),
    ("GET", "/stats/releases/{job_id}/file"): ({404}, "the scene's release has no file (no statistics store)"),
    ("GET", "/tracing/candidates/{candidate_id}/photos/{side}"): ({404}, "neither side of the scene's "
                                                                   "candidate has a photo"),
    ("GET", "/api/v1/tracing/requests/{request_id}/photo"): ({404}, "the scene's request has no photo"),
    ("GET", "/tracing/requests/{request_id}/photo"): ({404}, "the scene's request has no photo"),
    ("GET", "/api/v1/audit/verify"): ({200, 409}, "the chain may be mid-append in the test's transaction"),
    ("GET", "/api/v1/cases/{case_id}/interviews/draft"): ({404}, "nobody has a draft interview in the scene; "
                                                           "tests/screening/identification/test_drafts_api.py "
                                                           "reads real ones"),
    ("GET", "/referrals/{referral_id}/files/{attachment_id}"): ({403, 404}, "the scene's file is a photo of A's "
                                                                 "own case, shared by no referral; "
                                                                 "tests/cases/attachments/test_shared_by_referral.py "
                                                                 "drives the route with shared ones"),
}

# Role-specific refusals by a need-to-know rule finer than the route's permission.
NEED_TO_KNOW: dict[tuple[str, str, str], str] = {
    ("prosecutor", "GET", "/api/v1/cases/{case_id}/plan"): "prosecutors never see the support plan (README)",
    ("prosecutor", "GET", "/cases/{case_id}/plan"): "prosecutors never see the support plan (README)",
    **{(role, "GET", "/api/v1/referrals/{referral_id}/case"):
       "at the receiving agency only the referral's assignee, or a supervisor, reads the shared fields "
       "(referrals/inbox.py); the caseworker accepted the scene's referral"
       for role in ("investigator", "consular_officer")},
}

# Pages that redirect by design (a 303 with no error) are success too.
OK = set(range(200, 300)) | {303}


def call(client: TestClient, method: str, url: str, headers: dict[str, str], body: Any = None):  # type: ignore[no-untyped-def]
    return client.request(method, url, headers=headers, json=body, follow_redirects=False)


@pytest.mark.parametrize("role", ROLES)
def test_each_permitted_role_gets_through_with_valid_input(app, scene, connection, role) -> None:
    client = TestClient(app, base_url="http://testserver")
    headers = {"Authorization": f"Bearer {scene['tokens'][role]}"}
    held = permissions_for(frozenset({Role(role)}))
    body_for = bodies(scene, role)
    checked = 0
    failures: list[str] = []
    for method, path, perm in route_table(app):
        if perm not in held or perm in PUBLIC_PERMISSIONS:
            continue
        if path in ("/logout",) or path.startswith("/mfa"):
            continue  # signing out ends the token's session logic; MFA pages are for browsers
        if method != "GET" and (method, path) not in body_for:
            continue
        url = fill(path, scene["ids"], perm, token_owner=role, token_ids=scene["token_ids"])
        with rolled_back(connection):
            r = call(client, method, url, headers, body_for.get((method, path)) if method != "GET" else None)
        allowed, _why = EXPECTED_NOT_2XX.get((method, path), (set(), ""))
        if (role, method, path) in NEED_TO_KNOW:
            allowed = allowed | {403}
        if r.status_code not in OK | allowed:
            failures.append(f"{method} {url} ({perm}): {r.status_code} {r.text[:200]}")
        checked += 1
    assert not failures, f"{role} was not let through:\n" + "\n".join(failures)
    # Every role but the analyst and the administrator reaches dozens of routes.
    assert checked >= (5 if role in ("analyst", "administrator") else 20), checked


# -- another agency's ids ---------------------------------------------------------------------------

RESOURCE_PARAMS = ("case_id", "consent_id", "item_id", "interview_id", "attachment_id", "referral_id", "request_id",
                   "import_id", "candidate_id", "run_id", "token_id", "tip_id", "provider_id", "user_id",
                   "agency_id", "grant_id", "list_id")
# Resources that are deliberately not owned by one agency; the route's permission decides.
NOT_AGENCY_OWNED = {
    "tip_id": "reported offers go to every law-enforcement agency (screening/tips/service.py)",
    "provider_id": "the service directory is shared by every agency",
    "agency_id": "the agency directory is not personal data",
    "user_id": "administrators are national; nobody else holds access:user:*",
    "grant_id": "administrators are national; nobody else holds access:grant:approve",
    "run_id": "one national queue of match runs; a run holds system-wide counts, never a record "
              "(tracing/matchruns.py get_run)",
}


@pytest.mark.parametrize("outsider", ["other_caseworker", "other_supervisor", "other_investigator"])
def test_another_agencys_ids_answer_404_for_every_resource(app, scene, connection, outsider) -> None:
    client = TestClient(app, base_url="http://testserver")
    headers = {"Authorization": f"Bearer {scene['tokens'][outsider]}"}
    user = scene["users"][outsider]
    held = permissions_for(frozenset(Role(r) for r in user.roles))
    body_for = bodies(scene, outsider)
    seen: set[str] = set()
    for method, path, perm in route_table(app):
        params = [p for p in RESOURCE_PARAMS if "{" + p + "}" in path]
        if not params or any(p in NOT_AGENCY_OWNED for p in params):
            continue
        # Agency A's ids, including A's caseworker's own token (not the outsider's).
        url = fill(path, scene["ids"], perm, token_owner="caseworker", token_ids=scene["token_ids"])
        body = body_for.get((method, path), {}) if method != "GET" else None
        with rolled_back(connection):
            r = call(client, method, url, headers, body)
        where = f"{outsider} {method} {url} ({perm}): {r.status_code} {r.text[:300]}"
        assert SECRET_NAME not in r.text, where
        if perm in held:
            if r.status_code == 422 and method != "GET" and (method, path) not in body_for:
                # No valid body to hand: the input is refused before any lookup, exactly as for an
                # id that does not exist, so the answer tells nothing about agency A's resource.
                with rolled_back(connection):
                    ghost = call(client, method, fill(path, ghosts(scene["ids"]), perm), headers, body)
                assert ghost.status_code == 422, where
                continue
            assert r.status_code == 404, where
            seen.update(params)
        else:
            assert r.status_code == 403, where
    # Every agency-owned kind was tried by someone holding the permission to reach it.
    assert seen >= {"case_id", "consent_id", "item_id", "interview_id", "attachment_id", "referral_id", "request_id",
                    "import_id", "candidate_id", "token_id", "list_id"}, seen


# -- cookie + CSRF behaves like a token -------------------------------------------------------------

CSRF_SAMPLE = [
    ("caseworker", "POST", "/api/v1/cases/{case_id}/notes"),
    ("caseworker", "PATCH", "/api/v1/cases/{case_id}"),
    ("caseworker", "POST", "/api/v1/cases/search"),
    ("caseworker", "POST", "/api/v1/tracing/requests"),
    ("caseworker", "POST", "/api/v1/referrals/{referral_id}/start"),
    ("caseworker", "PATCH", "/api/v1/cases/{case_id}/tasks/{task_id}"),
    ("caseworker", "PUT", "/api/v1/cases/{case_id}/interviews/draft"),
    ("caseworker", "POST", "/api/v1/tokens"),
    ("caseworker", "DELETE", "/api/v1/tokens/{token_id}"),
    ("supervisor", "POST", "/api/v1/cases/{case_id}/assignments"),
    ("investigator", "POST", "/api/v1/tips/{tip_id}/status"),
    ("other_caseworker", "POST", "/api/v1/cases/{case_id}/notes"),
    ("other_caseworker", "PATCH", "/api/v1/cases/{case_id}"),
]


@pytest.fixture
def browsers(make_browser, scene):  # type: ignore[no-untyped-def]
    from conftest import enrol_totp

    out = {}
    for name in {who for who, _, _ in CSRF_SAMPLE}:
        b = make_browser()
        b.login(scene["users"][name].username, PASSWORD)
        if name == "investigator":
            enrol_totp(b)
        out[name] = b
    return out


def test_cookie_with_csrf_answers_as_a_token_and_without_it_is_refused(app, scene, connection, browsers) -> None:
    client = TestClient(app, base_url="http://testserver")
    perms = {(m, p): perm for m, p, perm in route_table(app)}
    for who, method, path in CSRF_SAMPLE:
        perm = perms[(method, path)]
        owner = who if who in scene["token_ids"] else None
        url = fill(path, scene["ids"], perm, token_owner=owner, token_ids=scene["token_ids"])
        body = bodies(scene, who)[(method, path)]
        with rolled_back(connection):
            by_token = call(client, method, url, {"Authorization": f"Bearer {scene['tokens'][who]}"}, body)
        b = browsers[who]
        with rolled_back(connection):
            forged = b.client.request(method, url, json=body, follow_redirects=False)
        with rolled_back(connection):
            wrong = b.client.request(method, url, json=body, headers={"X-CSRF-Token": "x" * 43},
                                     follow_redirects=False)
        with rolled_back(connection):
            by_cookie = b.client.request(method, url, json=body, headers={"X-CSRF-Token": b.csrf},
                                         follow_redirects=False)
        where = f"{who} {method} {url}: token {by_token.status_code}, cookie {by_cookie.status_code}"
        assert forged.status_code == 403 and "csrf" in forged.text, where
        assert wrong.status_code == 403 and "csrf" in wrong.text, where
        assert by_cookie.status_code == by_token.status_code, where
    # And an HTML form (the pages' path): without its token refused, with it accepted.
    cw = browsers["caseworker"]
    url = f"/cases/{scene['ids']['case_id']}/notes"
    with rolled_back(connection):
        assert cw.client.post(url, data={"kind": "general", "body": "Forged (TEST)"},
                              follow_redirects=False).status_code == 403
    with rolled_back(connection):
        ok = cw.form(url, {"kind": "general", "body": "Synthetic note (TEST)"}, follow_redirects=False)
        assert ok.status_code in OK, ok.text[:300]
