"""The criminal-justice track: opening, stage order, FIR rule, verdicts, hearings, optimistic
locking, audit, and who sees it (prosecutors yes, on cases assigned to them; caseworkers,
other agencies, analysts and administrators no)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from factories import make_case
from factories.justice import make_track
from sqlalchemy import select

from rihai.access.models import AuditEvent
from rihai.cases import service
from rihai.cases.justice import service as justice
from rihai.cases.justice.codes import JUSTICE_CODE_LISTS, JUSTICE_LABELS, LAW_SECTIONS, jlabel
from rihai.cases.justice.schemas import HearingIn, OutcomeIn, StageMove, TrackUpdate
from rihai.errors import Conflict, Forbidden, Invalid, NotFound


@pytest.fixture
def case(db, world):  # type: ignore[no-untyped-def]
    c = make_case(db, world.actor("caseworker"))
    service.assign(db, world.actor("supervisor"), c.id, user_id=world.users["prosecutor"].id)
    service.assign(db, world.actor("supervisor"), c.id, user_id=world.users["investigator"].id)
    return c


def test_open_move_through_stages_and_audit(db, world, case) -> None:
    inv = world.actor("investigator")
    track = make_track(db, inv, case.id)
    assert track.stage == "complaint" and track.fir_number.startswith("FIR-TEST")
    assert track.laws == ["EO1979:22", "PTPA2018:3"]
    for stage in ("fir", "investigation", "challan", "trial", "judgment"):
        track = justice.move_stage(db, inv, case.id, data=StageMove(version=track.version, stage=stage))
    justice.add_hearing(db, inv, case.id, data=HearingIn(hearing_on=date.today() + timedelta(days=7),
                                                        purpose="Evidence"))
    track = justice.record_outcome(db, inv, case.id, data=OutcomeIn(
        version=track.version, outcome="conviction", on=date.today(), sentence="7 years RI (TEST)"))
    track = justice.move_stage(db, inv, case.id, data=StageMove(version=track.version, stage="appeal"))
    assert [c.to_stage for c in track.stage_changes] == ["complaint", "fir", "investigation", "challan", "trial",
                                                          "judgment", "appeal"]
    assert len(track.hearings) == 1
    events = db.scalars(select(AuditEvent).where(AuditEvent.subject_id == str(case.id),
                                                 AuditEvent.tag.like("cases:prosecution:%"))).all()
    tags = [e.tag for e in events]
    assert tags.count("cases:prosecution:stage") == 6 and "cases:prosecution:open" in tags
    assert "cases:prosecution:outcome" in tags
    for e in events:  # names, never values
        assert "FIR-TEST" not in str(e.fields) + str(e.related_ids)
        assert "TEST" not in str(e.related_ids)


@pytest.mark.parametrize(("start", "target"), [("complaint", "trial"), ("complaint", "investigation"),
                                               ("complaint", "complaint")])
def test_out_of_order_moves_name_the_rule(db, world, case, start, target) -> None:
    track = make_track(db, world.actor("investigator"), case.id)
    with pytest.raises(Conflict) as exc:
        justice.move_stage(db, world.actor("investigator"), case.id, data=StageMove(version=track.version,
                                                                                     stage=target))
    assert exc.value.rule == "stage-order" and "allowed next" in exc.value.detail


def test_no_moving_back_and_fir_number_rule(db, world, case) -> None:
    pros = world.actor("prosecutor")
    track = make_track(db, pros, case.id, bare=True)
    with pytest.raises(Invalid) as exc:
        justice.move_stage(db, pros, case.id, data=StageMove(version=track.version, stage="fir"))
    assert exc.value.rule == "fir-number-required"
    track = justice.move_stage(db, pros, case.id, data=StageMove(version=track.version, stage="inquiry"))
    with pytest.raises(Conflict) as back:
        justice.move_stage(db, pros, case.id, data=StageMove(version=track.version, stage="complaint"))
    assert back.value.rule == "stage-order"


def test_verdict_needs_judgment_and_sentence_needs_conviction(db, world, case) -> None:
    inv = world.actor("investigator")
    track = make_track(db, inv, case.id)
    with pytest.raises(Conflict) as exc:
        justice.record_outcome(db, inv, case.id, data=OutcomeIn(version=track.version, outcome="acquittal",
                                                               on=date.today()))
    assert exc.value.rule == "verdict-needs-judgment"
    with pytest.raises(Invalid) as sent:
        justice.record_outcome(db, inv, case.id, data=OutcomeIn(version=track.version, outcome="withdrawn",
                                                               on=date.today(), sentence="x"))
    assert sent.value.rule == "sentence-needs-conviction"
    track = justice.record_outcome(db, inv, case.id, data=OutcomeIn(version=track.version, outcome="compromise",
                                                                    on=date.today()))
    assert track.outcome == "compromise"


def test_stale_version_is_409_and_missing_track_is_named(db, world, case) -> None:
    inv = world.actor("investigator")
    with pytest.raises(Invalid) as missing:
        justice.add_hearing(db, inv, case.id, data=HearingIn(hearing_on=date.today()))
    assert missing.value.rule == "track-not-open"
    track = make_track(db, inv, case.id)
    old = track.version
    justice.save_track(db, inv, case.id, data=TrackUpdate(version=old, court="Sessions Court (TEST)"))
    with pytest.raises(Conflict) as exc:
        justice.save_track(db, world.actor("prosecutor"), case.id, data=TrackUpdate(version=old, court="Other"))
    assert exc.value.status == 409 and exc.value.rule == "optimistic-lock"
    with pytest.raises(Invalid):
        justice.save_track(db, inv, case.id, data=TrackUpdate(court="No version"))


def test_who_sees_the_track(db, world, case) -> None:
    make_track(db, world.actor("investigator"), case.id)
    assert justice.get_track(db, world.actor("prosecutor"), case.id) is not None
    assert justice.get_track(db, world.actor("supervisor"), case.id) is not None
    with pytest.raises(Forbidden):
        justice.save_track(db, world.actor("supervisor"), case.id, data=TrackUpdate(version=1))
    with pytest.raises(Forbidden):  # caseworkers keep the case, not the criminal-justice track
        justice.get_track(db, world.actor("caseworker"), case.id)
    for role in ("analyst", "administrator"):
        with pytest.raises(Forbidden):
            justice.get_track(db, world.actor(role), case.id)
    # A prosecutor not assigned to the case, and another agency, do not see it.
    other = make_case(db, world.actor("caseworker"))
    with pytest.raises(NotFound):
        justice.get_track(db, world.actor("prosecutor"), other.id)


def test_prosecutor_does_not_see_psychosocial_notes(db, world, case) -> None:
    from rihai.cases.schemas import NoteCreate

    cw = world.actor("caseworker")
    service.add_note(db, cw, case.id, data=NoteCreate(kind="psychosocial", body="Counselling note (TEST)"))
    service.add_note(db, cw, case.id, data=NoteCreate(kind="legal", body="Legal note (TEST)"))
    kinds = {n.kind for n in service.list_notes(db, world.actor("prosecutor"), case.id)}
    assert kinds == {"legal"}


def test_law_codes_are_validated_and_labels_known() -> None:
    with pytest.raises(ValueError):
        TrackUpdate(laws=["PPC:999"])
    assert set(TrackUpdate(laws=["PPC:371A"]).laws) == {"PPC:371A"}
    for enum in JUSTICE_CODE_LISTS:
        for code in enum:
            assert code in JUSTICE_LABELS, code
    assert all(jlabel(c) for c in LAW_SECTIONS)


def test_every_justice_label_has_an_urdu_translation() -> None:
    from rihai.web.i18n import translations

    tr = translations("ur")
    missing = sorted(label for label in set(JUSTICE_LABELS.values()) if tr.gettext(label) == label)
    assert not missing, missing


def test_stage_and_outcome_dates_cannot_be_ahead(db, world, case) -> None:
    inv = world.actor("investigator")
    track = make_track(db, inv, case.id)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(Invalid) as exc:
        justice.move_stage(db, inv, case.id, data=StageMove(version=track.version, stage="fir", on=tomorrow))
    assert exc.value.rule == "date-in-future" and exc.value.field == "on"
    with pytest.raises(Invalid) as out:
        justice.record_outcome(db, inv, case.id, data=OutcomeIn(version=track.version, outcome="withdrawn",
                                                               on=tomorrow))
    assert out.value.rule == "date-in-future"


def test_law_labels_agree_with_the_sourced_sections_of_the_evidence_pack():
    """A prosecutor picks charges from ``LAW_SECTIONS``; the evidence pack's list names each
    section's sources. Where the pack confirms a section, the justice label says the same thing;
    a section it cannot confirm is not described here either."""
    import json
    from importlib import resources

    data = json.loads(resources.files("rihai.networks.exports").joinpath("data/legal_sections.json")
                      .read_text(encoding="utf-8"))

    def plain(text: str) -> str:
        return text.lower().replace(", etc.", "").replace(" etc.", "").replace(",", "").strip()

    confirmed = {f"{s['act']}:{s['section']}": plain(s["title"]["en"]) for s in data["sections"]
                 if s["section"] and "(" not in s["section"]}
    assert {"EO1979:17", "EO1979:18", "EO1979:19", "EO1979:22"} <= confirmed.keys()
    for code, title in confirmed.items():
        assert plain(LAW_SECTIONS[code]).endswith(title), code
    unconfirmed = {s["act"] for s in data["sections"] if not s["section"]}
    for code, label in LAW_SECTIONS.items():
        if code.split(":")[0] in unconfirmed:
            assert label.endswith("title not confirmed: read the Gazette text"), code
