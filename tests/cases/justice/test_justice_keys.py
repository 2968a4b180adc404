"""Key rotation reaches the justice tables: FIR numbers, goals, visit notes, interview answers and
decision reasons are re-encrypted under the new key and still read back."""

from __future__ import annotations

from datetime import date

from factories import make_case, make_world
from factories.justice import make_interview, make_plan_item, make_track

from rihai.cases import service
from rihai.cases.justice import service as support_plan
from rihai.cases.justice.schemas import VisitIn
from rihai.cli.keys import reencrypt
from rihai.crypto import current_keyring, install_keyring
from rihai.screening.identification import service as interviews


def test_rotation_reencrypts_justice_columns(db) -> None:
    world = make_world(db)
    cw = world.actor("caseworker")
    case = make_case(db, cw)
    service.assign(db, world.actor("supervisor"), case.id, user_id=world.users["investigator"].id)
    track = make_track(db, world.actor("investigator"), case.id)
    item = make_plan_item(db, cw, case.id)
    support_plan.add_visit(db, cw, case.id, item.id, data=VisitIn(visited_on=date.today(), note="Visit (TEST)"))
    interview = make_interview(db, cw, case.id)
    interviews.decide(db, cw, interview.id, data=interviews.DecisionIn(version=interview.version, status="presumed",
                                                                      reason="Reason (TEST)"))
    db.flush()
    old = current_keyring()
    try:
        ring = old.with_new_key()
        install_keyring(ring)
        counts = reencrypt(db, ring)
        for column in ("prosecution_tracks.fir_number", "support_plan_items.goal", "support_plan_visits.note",
                       "identification_interviews.answers", "identification_interviews.decision_reason"):
            assert counts[column] >= 1, (column, counts)
        db.expire_all()
        assert db.get(type(track), case.id).fir_number.startswith("FIR-TEST")
        assert interviews.get_interview(db, cw, interview.id).decision_reason == "Reason (TEST)"
    finally:
        install_keyring(old)
