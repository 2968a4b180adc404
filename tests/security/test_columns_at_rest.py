"""No free text in plaintext columns (issue 13, item 8).

Every column that can hold text (String, Text, JSON, plain binary) is either ``Encrypted`` or
listed below with why it may stay plain: a **code** checked against a fixed list, an **id** (a
random reference, a token's digest, a hash), or **staff** data about agencies, users and the
service directory (not about a survivor), or a **public** register. A new plaintext column that
is none of these fails ``test_every_text_column_is_coded_encrypted_or_reasoned`` until it is
encrypted or argued for here.

Then the attacks: free text sent as the forced-labour industry is refused (API and pages, 422
naming the field, never echoing the value); place, purpose, court, police station and FIA circle
typed into a case never appear in the bytes of the SQLite files or of the statistics store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from factories import PASSWORD, make_case, make_world
from factories.justice import make_track
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, Uuid
from sqlalchemy.orm import sessionmaker
from sqlalchemy.types import TypeDecorator

from rihai.access.actors import Actor
from rihai.cases.codes import ForcedLabourIndustry
from rihai.cases.justice import service as justice
from rihai.cases.justice.schemas import HearingIn
from rihai.cases.schemas import EventIn
from rihai.crypto import Encrypted
from rihai.db import Base, make_engine
from rihai.migrations import upgrade
from rihai.models import import_all_models

CODE, ID, STAFF, PUBLIC = "code", "id", "staff", "public"

# table.column -> (kind, why it may be plain). Codes name their list; the schema or service that
# writes the column validates against it.
PLAIN: dict[str, tuple[str, str]] = {
    # access: agencies and staff accounts, not survivors
    "agencies.name": (STAFF, "an organisation's name (HTCDS org_Name)"),
    "agencies.org_type": (CODE, "access.schemas.OrgType (HTCDS organisation types)"),
    "agencies.country": (CODE, "ISO 3166-1 alpha-2"),
    "agencies.province": (CODE, "ISO 3166-2:PK"),
    "agencies.district": (CODE, "a district of validators.pakistan_admin()"),
    "users.username": (STAFF, "a staff member's sign-in name"),
    "users.display_name": (STAFF, "a staff member's name, shown to colleagues"),
    "users.email": (STAFF, "a staff member's work address, for notifications"),
    "users.password_hash": (ID, "argon2id hash"),
    "users.preferred_locale": (CODE, "en / ur"),
    "user_roles.role": (CODE, "access.permissions.Role"),
    "role_grant_requests.role": (CODE, "access.permissions.Role"),
    "role_grant_requests.decision": (CODE, "approved / refused"),
    "api_tokens.name": (STAFF, "the owner's label for their own token"),
    "api_tokens.prefix": (ID, "the random token's first characters, to tell tokens apart"),
    "api_tokens.token_hash": (ID, "SHA-256 of the token"),
    "api_tokens.scopes": (CODE, "a list of access.permissions.Permission"),
    "web_sessions.token_hash": (ID, "SHA-256 of the session token"),
    "web_sessions.csrf_token": (ID, "random; useless without the session cookie, whose hash only is stored"),
    "audit_events.via": (CODE, "web / api / cli / system"),
    "audit_events.tag": (CODE, "access.audit.AuditTag"),
    "audit_events.subject_type": (CODE, "a table's noun (case, referral, ...)"),
    "audit_events.subject_id": (ID, "a row id"),
    "audit_events.fields": (CODE, "field NAMES, never values (the audit rule)"),
    "audit_events.related_ids": (ID, "row ids and codes"),
    "audit_events.prev_hash": (ID, "hash chain"),
    "audit_events.hash": (ID, "hash chain"),
    "notification_outbox.status": (CODE, "pending / sending / sent / failed"),
    "notification_outbox.subject": (CODE, "fixed phrases of the code that queues mail, never personal data; "
                                          "the body is encrypted"),
    "notification_outbox.claim_token": (ID, "random"),
    "notification_outbox.last_error_kind": (CODE, "an exception's class name and SMTP code, never its text"),
    # cases
    "cases.reference": (ID, "random, not derived from personal data"),
    "cases.status": (CODE, "cases.codes.CaseStatus"),
    "cases.trafficking_status": (CODE, "cases.codes.TraffickingStatus"),
    "cases.status_decided_by_org": (CODE, "cases.codes.DecisionOrg"),
    "cases.relationship_to_trafficker": (CODE, "cases.codes.Relationship"),
    "cases.forced_labour_industry": (CODE, "cases.codes.ForcedLabourIndustry (HTCDS, ISIC sections)"),
    "cases.exploitation_types": (CODE, "cases.codes.Exploitation"),
    "cases.means_of_control": (CODE, "cases.codes.MeansOfControl"),
    "cases.recruitment_methods": (CODE, "cases.codes.RecruitmentMethod"),
    "cases.recruitment_apps": (CODE, "cases.codes.RecruitmentApp"),
    "persons.guardian_relation": (CODE, "father / husband / mother / other"),
    "persons.sex": (CODE, "cases.codes.Sex"),
    "persons.gender": (CODE, "cases.codes.Gender"),
    "persons.home_province": (CODE, "ISO 3166-2:PK"),
    "persons.home_district": (CODE, "a district of validators.pakistan_admin()"),
    "persons.citizenship": (CODE, "ISO 3166-1 alpha-2"),
    "persons.languages": (CODE, "ISO 639 codes"),
    "perpetrators.roles": (CODE, "cases.codes.PerpetratorRole"),
    "perpetrators.oep_licence": (PUBLIC, "a BE&OE business licence, shape-checked (schemas.OepLicence): "
                                         "digits and short letter codes, no room for a name"),
    "trafficking_events.event_type": (CODE, "cases.codes.EventType"),
    "trafficking_events.country": (CODE, "ISO 3166-1 alpha-2"),
    "trafficking_events.province": (CODE, "ISO 3166-2:PK"),
    "trafficking_events.district": (CODE, "a district of validators.pakistan_admin()"),
    "consents.purpose": (CODE, "cases.codes.ConsentPurpose"),
    "consents.given_by": (CODE, "cases.codes.ConsentGivenBy"),
    "case_notes.kind": (CODE, "cases.codes.NoteKind"),
    "case_attachments.kind": (CODE, "cases.attachments.codes.AttachmentKind"),
    "case_attachments.media_type": (CODE, "image/jpeg or application/pdf, set by the content check"),
    "case_transfers.state": (CODE, "cases.transfers.codes.TransferState"),
    "case_transfers.keep_user_ids": (ID, "staff user ids kept on the case team"),
    "case_search_tokens.kind": (CODE, "cnic / passport / phone / name kinds"),
    "case_search_tokens.digest": (ID, "keyed HMAC (blind index)"),
    "prosecution_tracks.investigating_agency": (CODE, "cases.justice.codes.Agency"),
    "prosecution_tracks.laws": (CODE, "cases.justice.codes.LAW_SECTIONS"),
    "prosecution_tracks.stage": (CODE, "cases.justice.codes.Stage"),
    "prosecution_tracks.outcome": (CODE, "cases.justice.codes.Outcome"),
    "prosecution_tracks.protection_needs": (CODE, "cases.justice.codes.ProtectionNeed"),
    "prosecution_stage_changes.from_stage": (CODE, "cases.justice.codes.Stage"),
    "prosecution_stage_changes.to_stage": (CODE, "cases.justice.codes.Stage"),
    "support_plan_items.support_type": (CODE, "cases.justice.codes.SupportType (HTCDS spl_Type)"),
    "support_plan_items.status": (CODE, "cases.justice.codes.ItemStatus"),
    "case_facets.facet": (CODE, "cases.facets.Facet"),
    "case_facets.code": (CODE, "a province code, 'province/district' of validators.pakistan_admin() or a "
                               "codes.Exploitation: copies of plain coded columns of persons and cases"),
    "case_tasks.status": (CODE, "cases.tasks.codes.TaskStatus"),
    "case_tasks.source_kind": (CODE, "cases.tasks.codes.TaskSource"),
    "case_tasks.source_id": (ID, "the id of the plan item, hearing or referral a follow-up came from"),
    # screening
    "identification_interviews.set_code": (CODE, "an indicator set of the versioned data file"),
    "identification_drafts.set_code": (CODE, "an indicator set of the versioned data file"),
    "case_origins.source_kind": (CODE, "referral / match (cases.origins.SOURCE_KINDS)"),
    "case_origins.source_ref": (ID, "a referral's or tracing request's random reference"),
    "tracing_contacts.means": (CODE, "tracing.followup.ContactWay"),
    "tracing_contacts.outcome": (CODE, "tracing.followup.ContactOutcome"),
    "identification_interviews.indicators_version": (CODE, "the data file's version"),
    "identification_interviews.rule_version": (CODE, "the rule's version"),
    "identification_interviews.suggested_status": (CODE, "presumed / possible / not indicated"),
    "identification_interviews.decided_status": (CODE, "presumed / possible / not indicated"),
    "screening_tips.reference": (ID, "random"),
    "screening_tips.band": (CODE, "risk band"),
    "screening_tips.flag_codes": (CODE, "screening indicator codes"),
    "screening_tips.indicators_version": (CODE, "the indicator file's version"),
    "screening_tips.status": (CODE, "screening.tips.service.TipStatus"),
    "oep_licences.licence_no": (PUBLIC, "the BE&OE's public register of licensed promoters"),
    "oep_licences.name": (PUBLIC, "the BE&OE's public register of licensed promoters"),
    "oep_licences.city": (PUBLIC, "the BE&OE's public register of licensed promoters"),
    "oep_licences.status": (PUBLIC, "the BE&OE's public register of licensed promoters"),
    "oep_register_imports.source_name": (STAFF, "the register file an administrator imported"),
    # referrals
    "referrals.reference": (ID, "random"),
    "referrals.service": (CODE, "referrals.codes.ServiceType"),
    "referrals.urgency": (CODE, "referrals.codes.Urgency"),
    "referrals.state": (CODE, "referrals.codes.ReferralState"),
    "referrals.consent_purpose": (CODE, "cases.codes.ConsentPurpose"),
    "referrals.child_decision": (CODE, "referrals.codes.ChildDecision"),
    "referrals.end_reason": (CODE, "referrals.codes.EndReason"),
    "referral_events.action": (CODE, "referrals.states.Action"),
    "referral_events.from_state": (CODE, "referrals.codes.ReferralState"),
    "referral_events.to_state": (CODE, "referrals.codes.ReferralState"),
    "referral_events.reason": (CODE, "referrals.codes.DeclineReason / EndReason"),
    "service_providers.name": (STAFF, "a service provider in the public directory"),
    "service_providers.services": (CODE, "referrals.codes.ServiceType"),
    "service_providers.districts": (CODE, "districts of validators.pakistan_admin()"),
    "service_providers.countries": (CODE, "ISO 3166-1 alpha-2"),
    "service_providers.eligible": (CODE, "referrals.codes.EligibleGroup"),
    "service_providers.languages": (CODE, "ISO 639 codes"),
    "service_providers.contact_email": (STAFF, "the provider's office address"),
    # tracing
    "tracing_requests.reference": (ID, "random"),
    "tracing_requests.secret_hash": (ID, "argon2id hash of the family's secret"),
    "tracing_requests.channel": (CODE, "public / desk"),
    "tracing_requests.status": (CODE, "tracing.schemas.RequestStatus"),
    "tracing_requests.sex": (CODE, "tracing.schemas.Sex"),
    "tracing_requests.home_province": (CODE, "ISO 3166-2:PK"),
    "tracing_requests.home_district": (CODE, "a district of validators.pakistan_admin()"),
    "tracing_requests.destination_country": (CODE, "ISO 3166-1 alpha-2"),
    "tracing_requests.transit_countries": (CODE, "ISO 3166-1 alpha-2"),
    "tracing_requests.last_contact_means": (CODE, "tracing.schemas.ContactMeans"),
    "tracing_requests.recruiter_licence": (PUBLIC, "a BE&OE licence number, shape-checked (OepLicence)"),
    "tracing_requests.contact_relation": (CODE, "parent / spouse / sibling / child / relative / other"),
    "tracing_tokens.kind": (CODE, "blind-index kinds"),
    "tracing_tokens.digest": (ID, "keyed HMAC (blind index)"),
    "tracing_imports.source_agency": (STAFF, "the agency that holds the list (an embassy, a shelter)"),
    "tracing_imports.kind": (CODE, "tracing.schemas.ListKind"),
    "tracing_imports.country": (CODE, "ISO 3166-1 alpha-2"),
    "tracing_imports.sha256": (ID, "digest of the uploaded file, to refuse re-imports"),
    "tracing_imports.status": (CODE, "staged / stored"),
    "tracing_imports.mapping": (CODE, "the file's header -> a tracing.imports.TARGETS name"),
    "tracing_imports.rejections": (CODE, "[{row, field, rule}], never the rejected value"),
    "tracing_imported_persons.sex": (CODE, "Male / Female (tracing.linkage clean_sex)"),
    "tracing_imported_persons.district": (CODE, "a known district only (tracing.import_values._district)"),
    "tracing_imported_persons.country": (CODE, "ISO 3166-1 alpha-2 (validators.read_country or the importer's choice)"),
    "tracing_imports.report": (CODE, "counts, column headings, date readings and country codes; never a value"),
    "tracing_imported_persons.fingerprint": (ID, "keyed digest of the row, to skip duplicates"),
    "tracing_candidates.pair_key": (ID, "<request id>|<kind>|<other id>"),
    "tracing_candidates.other_kind": (CODE, "record / case / request"),
    "tracing_candidates.waterfall": (CODE, "field names and weights, no values"),
    "tracing_candidates.status": (CODE, "tracing.schemas.CandidateStatus"),
    "case_duplicate_candidates.reasons": (CODE, "reason codes (same-cnic, different-sex), never a value"),
    "case_links.match_reasons": (CODE, "the candidate's reason codes, copied at the request"),
    "case_links.reason": (CODE, "cases.links.LinkReason"),
    "case_links.state": (CODE, "cases.links.LinkState"),
    "tracing_candidates.awaiting_side": (CODE, "which desk must decide"),
    "tracing_match_runs.status": (CODE, "queued / running / done / failed"),
    "tracing_match_runs.via": (CODE, "web / cli"),
    "tracing_match_runs.stage": (CODE, "a fixed phrase of the run"),
    "tracing_match_runs.error": (CODE, "an error class name, never a value"),
    "tracing_match_runs.worker": (STAFF, "host:pid of the process running it"),
    "stats_release_jobs.status": (CODE, "queued / running / done / failed"),
    "stats_release_jobs.via": (CODE, "web / cli"),
    "stats_release_jobs.mode": (CODE, "k-anonymous / dp-synthetic"),
    "stats_release_jobs.stage": (CODE, "releasejobs.STAGES, a fixed phrase"),
    "stats_release_jobs.error": (CODE, "a rihai.errors sentence about parameters or budget, or an error "
                                       "class name; never a value from the data"),
    "stats_release_jobs.error_rule": (CODE, "the rihai.errors rule (privacy-budget, too-few, ...)"),
    "stats_release_jobs.filename": (CODE, "rihai-[SYNTHETIC-]release-<id>-k<k>.csv: ids and parameters"),
    "stats_release_jobs.worker": (STAFF, "host:pid of the process running it"),
    "tracing_photos.media_type": (CODE, "image/jpeg or image/png"),
    "tracing_encoded_lists.partner": (STAFF, "the partner's key file name (an embassy, a shelter), chosen by an administrator"),
    "tracing_encoded_lists.source_agency": (STAFF, "the agency that holds the list, as the desk shows it"),
    "tracing_encoded_lists.fingerprint": (ID, "digest of the secret and schema, to refuse mismatched encodings"),
    "tracing_encoded_lists.fields": (CODE, "names of the encoded fields, never values"),
    "tracing_encoded_lists.schema": (CODE, "the clkhash schema: field names and hashing parameters"),
    "tracing_encoded_lists.sha256": (ID, "digest of the uploaded file, to refuse re-imports"),
    "tracing_encoded_candidates.our_kind": (CODE, "record / case / request"),
    "tracing_encoded_candidates.status": (CODE, "tracing.schemas.CandidateStatus"),
    # networks: ids, keyed digests and codes; names and values as written are Encrypted
    "networks_builds.status": (CODE, "running / done"),
    "networks_builds.via": (CODE, "web / cli / system"),
    "networks_weights.kind": (CODE, "full / placed: which document a kept-weights row holds"),
    "networks_records.id": (ID, "<source>:<row id> (case uuid, tracing request id, tip id, watchlist entry id)"),
    "networks_records.source": (CODE, "case / tracing / tip / watchlist"),
    "networks_records.source_id": (ID, "the source row's id"),
    "networks_records.network_id": (ID, "N- + digest of a record id (resolution.results.network_id)"),
    "networks_records.fingerprint": (ID, "keyed digest of what the record contributed"),
    "networks_mentions.record_id": (ID, "a networks_records id"),
    "networks_mentions.ref": (ID, "a mention's position in its record (p<perpetrator id>, recruiter, listed)"),
    "networks_mentions.entity_id": (ID, "E- + digest of a mention key"),
    "networks_mentions.network_id": (ID, "N- + digest of a record id"),
    "networks_mentions.roles": (CODE, "cases.codes.PerpetratorRole (HTCDS per_RoleInProcess)"),
    "networks_identifiers.record_id": (ID, "a networks_records id"),
    "networks_identifiers.ref": (ID, "a mention's position in its record"),
    "networks_identifiers.kind": (CODE, "networks.resolution identifier kinds (phone, cnic, iban, ...)"),
    "networks_identifiers.digest": (ID, "keyed HMAC of the normalised value (blind index)"),
    "networks_links.a_record": (ID, "a networks_records id"),
    "networks_links.a_ref": (ID, "a mention's position in its record"),
    "networks_links.b_record": (ID, "a networks_records id"),
    "networks_links.b_ref": (ID, "a mention's position in its record"),
    "networks_links.evidence": (CODE, "identifier kinds and rule names that linked the pair, never values"),
    "networks_links.reliability": (CODE, "A-E source grading"),
    "networks_possible_matches.a_record": (ID, "a networks_records id"),
    "networks_possible_matches.a_ref": (ID, "a mention's position in its record"),
    "networks_possible_matches.b_record": (ID, "a networks_records id"),
    "networks_possible_matches.b_ref": (ID, "a mention's position in its record"),
    "networks_possible_matches.evidence": (CODE, "kinds of agreement (name, place, named-with, father, role), "
                                                 "never values"),
    "networks_reviews.a_record": (ID, "a networks_records id"),
    "networks_reviews.a_ref": (ID, "a mention's position in its record"),
    "networks_reviews.b_record": (ID, "a networks_records id"),
    "networks_reviews.b_ref": (ID, "a mention's position in its record"),
    "networks_reviews.decision": (CODE, "same / different"),
    "networks_access_requests.entity_id": (ID, "E- + digest of a mention key"),
    "networks_access_requests.status": (CODE, "pending / approved / refused (expiry is expires_at)"),
    "networks_access_records.record_id": (ID, "a networks_records id"),
    "networks_watches.anchor_record": (ID, "a networks_records id"),
    "networks_watches.anchor_ref": (ID, "a mention's position in its record"),
    "networks_watches.known_records": (ID, "networks_records ids"),
    "networks_watches.known_possible": (ID, "networks_records ids"),
    "networks_watchlists.name": (STAFF, "the label an administrator gave the imported list (its entries are Encrypted)"),
    # statistics (aggregates only)
    "stats_releases.kind": (CODE, "k-anonymous / differentially private"),
    "stats_releases.details": (CODE, "levels, quasi-identifier names, format"),
    "stats_budget_spends.label": (CODE, "a query's name in the privacy ledger"),
    "stats_privacy_budgets.name": (CODE, "a privacy budget's name"),
}

# Types that cannot carry text.
_NO_TEXT = (Integer, Boolean, Date, DateTime, Uuid, Float, Numeric)


def _text_capable_columns() -> dict[str, sa.Column]:
    import_all_models()
    out = {}
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            kind = col.type
            if isinstance(kind, Encrypted):
                continue
            if isinstance(kind, TypeDecorator):
                kind = kind.impl_instance
            if not isinstance(kind, _NO_TEXT):
                out[f"{table.name}.{col.name}"] = col
    return out


def test_every_text_column_is_coded_encrypted_or_reasoned() -> None:
    found = _text_capable_columns()
    unreasoned = sorted(set(found) - set(PLAIN))
    assert not unreasoned, ("plaintext columns that can hold text, neither Encrypted nor argued for in "
                            f"PLAIN (encrypt them, or say why they may stay plain): {unreasoned}")
    stale = sorted(set(PLAIN) - set(found))
    assert not stale, f"PLAIN names columns that are gone or now encrypted: {stale}"
    for name, (kind, why) in PLAIN.items():
        assert kind in (CODE, ID, STAFF, PUBLIC) and len(why) > 5, name


@pytest.mark.parametrize("name", ["trafficking_events.place", "prosecution_hearings.purpose",
                                  "prosecution_tracks.court", "prosecution_tracks.police_station",
                                  "prosecution_tracks.fia_circle", "cases.forced_labour_industry_other"])
def test_the_free_text_columns_of_issue_13_are_encrypted(name: str) -> None:
    import_all_models()
    table, column = name.split(".")
    col = Base.metadata.tables[table].c[column]
    assert isinstance(col.type, Encrypted) and col.type.context == name


# -- the forced-labour industry is a code --------------------------------------------------------

MARKER = "(TEST) Zeta Mills Karachi"


def _api_case(**extra: object) -> dict:
    return {"person": {"given_name": "Industry Person (TEST)", "home_province": "PK-PB",
                       "home_district": "Lahore"}, **extra}


def test_api_refuses_free_text_industry_naming_the_field_not_the_value(browser, committed_world) -> None:
    browser.login(committed_world.users["caseworker"].username, PASSWORD)
    for value in ("Construction", "f_construction", "A_Agriculture", MARKER):
        r = browser.post("/api/v1/cases", json=_api_case(forced_labour_industry=value))
        assert r.status_code == 422, value
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["errors"][0]["field"] == "forced_labour_industry"
    assert MARKER not in r.text and "Zeta" not in r.text  # the message lists the codes, not the input
    created = browser.post("/api/v1/cases", json=_api_case(forced_labour_industry="F_Construction"))
    assert created.status_code == 201, created.text
    case_id = created.json()["id"]
    edit = browser.patch(f"/api/v1/cases/{case_id}", json={"version": created.json()["version"],
                                                           "forced_labour_industry": MARKER})
    assert edit.status_code == 422 and MARKER not in edit.text
    assert edit.json()["errors"][0]["field"] == "forced_labour_industry"
    read = browser.get(f"/api/v1/cases/{case_id}").json()
    assert read["forced_labour_industry"] == "F_Construction"
    assert read["forced_labour_industry_other"] is None


def case_form(**over: object) -> dict:
    return {"person.given_name": "Industry", "person.family_name": "Form (TEST)",
            "person.sex": "Female", "person.age_estimate": "30", "person.home_province": "PK-PB",
            "person.home_district": "Lahore", "trafficking_status": "PossibleVictimOfTrafficking",
            "exploitation_types": ["ForcedLabour"], "leg_type": ["Recruitment"], "leg_country": ["PK"],
            "leg_place": ["Kasur"], "leg_date": [""], "consent_case_management": "yes", **over}


def test_pages_refuse_free_text_industry_and_show_the_code(make_browser, committed_world) -> None:
    b = make_browser()
    b.login(committed_world.users["caseworker"].username, PASSWORD)
    bad = b.form("/cases/new", case_form(forced_labour_industry=MARKER))
    assert bad.status_code == 422
    assert 'aria-describedby="err-forced_labour_industry"' in bad.text
    assert MARKER not in bad.text
    ok = b.form("/cases/new", case_form(forced_labour_industry="C_Manufacturing"), follow_redirects=False)
    assert ok.status_code == 303, ok.text[:1000]
    page = b.get(ok.headers["location"]).text
    assert "Manufacturing (including brick kilns)" in page
    assert 'value="C_Manufacturing" selected' in b.get(ok.headers["location"] + "/edit").text


def test_every_industry_code_has_a_label() -> None:
    from rihai.cases.labels import LABELS

    assert all(code in LABELS for code in ForcedLabourIndustry)


# -- what lands on disk ---------------------------------------------------------------------------

PLACE, PURPOSE, COURT, STATION, CIRCLE = (f"{MARKER} {what}" for what in
                                          ("place", "purpose", "court", "station", "circle"))


def test_typed_places_courts_and_purposes_never_reach_the_files(tmp_path: Path, keyring) -> None:
    """Through the services, committed, then the statistics store refreshed: no marker in any
    byte of any file in the data directory (the database, its -wal and -shm, the DuckDB store)."""
    from rihai.stats import extract

    url = f"sqlite:///{tmp_path / 'rihai.db'}"
    upgrade(url)
    engine = make_engine(url)
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    try:
        with factory() as db:
            world = make_world(db)
            inv = world.actor("investigator")
            case = make_case(db, inv, forced_labour_industry="C_Manufacturing", events=[
                EventIn(event_type="Recruitment", country="PK", place=PLACE, province="PK-PB",
                        district="Lahore"),
                EventIn(event_type="Exploitation", country="AE", place=PLACE)])
            make_track(db, inv, case.id, police_station=STATION, court=COURT, fia_circle=CIRCLE)
            justice.add_hearing(db, inv, case.id, data=HearingIn(hearing_on="2027-01-05", purpose=PURPOSE))
            reference = case.reference
            db.commit()
        with factory() as db:  # read back through the services: decrypted on read
            track = justice.get_track(db, inv, case.id)
            assert (track.court, track.police_station, track.fia_circle) == (COURT, STATION, CIRCLE)
            assert track.hearings[0].purpose == PURPOSE
            db.rollback()
        with factory() as db:
            extract.refresh(db, Actor.system("test"), tmp_path / extract.STORE_NAME, full=True)
            db.commit()
    finally:
        # Closed before the files are read: reading a file this process has open in SQLite would
        # drop SQLite's locks on it (POSIX). The last close folds the -wal into the database.
        engine.dispose()
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert "rihai.db" in files and extract.STORE_NAME in files
    everything = b"".join(files.values())
    # The scan finds plain values: the case reference is plain, and the store holds the code.
    assert reference.encode() in everything
    assert b"C_Manufacturing" in files[extract.STORE_NAME]
    for marker in (MARKER, PLACE, PURPOSE, COURT, STATION, CIRCLE):
        for encoding in ("utf-8", "utf-16-le"):
            assert marker.encode(encoding) not in everything, (marker, encoding)


# -- licence numbers stay plain, so they must be licence-shaped ---------------------------------

def test_a_name_or_place_cannot_ride_in_a_licence_number(browser, make_browser, committed_world) -> None:
    """The perpetrator's OEP licence (cases) and a family's recruiter licence (tracing) are plain
    columns, used to link records: only the BE&OE's shape is accepted, and the refusal names the
    field, not the value."""
    import json

    from factories.tracing import TracingRequestFactory

    browser.login(committed_world.users["caseworker"].username, PASSWORD)
    for licence, status in [("Zeta Mills Karachi", 422), ("0696 Zeta Mills", 422), ("0696/RWP", 201),
                            ("MPD-2671-LHR", 201)]:
        perp = {"roles": ["RecruiterOrIntermediary"], "oep_licence": licence}
        r = browser.post("/api/v1/cases", json=_api_case(perpetrators=[perp]))
        assert r.status_code == status, (licence, r.text[:300])
        if status == 422:
            assert r.json()["errors"][0]["field"] == "perpetrators.0.oep_licence"
            assert "Zeta" not in r.text
    body = json.loads(TracingRequestFactory().model_dump_json(exclude_none=True))
    family = make_browser()  # no account, no cookie
    refused = family.client.post("/api/v1/tracing/public-requests", json={**body, "recruiter_licence": MARKER})
    assert refused.status_code == 422 and "Zeta" not in refused.text
    assert refused.json()["errors"][0]["field"] == "recruiter_licence"
    filed = family.client.post("/api/v1/tracing/public-requests", json={**body, "recruiter_licence": "0696/RWP"})
    assert filed.status_code == 201, filed.text[:300]
