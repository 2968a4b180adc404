"""Interviews in progress (issue 19): progress per section, a draft saved as you go or with "Save
draft", resumed by the same interviewer only, encrypted at rest, suggesting nothing until the
interview is finished — and listed when it waits too long."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from conftest import signed_in
from factories import make_case
from sqlalchemy import select, text

from rihai.errors import Invalid
from rihai.screening.identification import service as interviews
from rihai.screening.identification.ilo_indicators import load_indicators
from rihai.screening.identification.models import IdentificationInterview, InterviewDraft

HX = {"HX-Request": "true"}


def _codes(set_code: str = "adult_labour") -> list[str]:
    s = load_indicators().sets[set_code]
    return [i.code for items in s.dimensions.values() for i in items]


def test_progress_counts_yes_and_no_per_section() -> None:
    ind = load_indicators()
    codes = _codes()
    answers = {codes[0]: True, codes[1]: False, codes[2]: None, "FL-01": True}
    p = interviews.progress(ind, "adult_labour", answers)
    assert (p.answered, p.total) == (2, len(codes)) and p.total == 67
    assert sum(s.total for s in p.sections[:-1]) == 67 and p.sections[-1].total == len(ind.forced_labour)
    assert p.sections[-1].answered == 1 and p.sections[0].answered == 2


def test_draft_saved_resumed_and_finished(make_browser, committed_world, case, db) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    codes = _codes()
    form = b.get(f"/cases/{case.id}/interviews/new").text
    assert 'data-testid="progress-total">0 of 67 answered' in form
    # Each change posts the answers so far (HTMX) and gets the progress panel back.
    first = {f"a.{c}": "yes" for c in codes[:20]} | {f"a.{c}": "no" for c in codes[20:23]}
    r = b.form(f"/cases/{case.id}/interviews/draft", {"set_code": "adult_labour", **first}, headers=HX)
    assert r.status_code == 200 and "<html" not in r.text and "23 of 67 answered" in r.text
    assert 'data-testid="draft-saved"' in r.text
    # Nothing is suggested from a draft.
    assert db.scalar(select(IdentificationInterview).where(IdentificationInterview.case_id == case.id)) is None
    raw = db.execute(text("SELECT answers FROM identification_drafts")).scalars().all()
    assert raw and all(codes[0].encode() not in bytes(x) for x in raw)  # encrypted at rest
    # Later: the same form brings the answers back.
    again = b.get(f"/cases/{case.id}/interviews/new").text
    assert 'data-testid="draft-resumed"' in again and "23 of 67 answered" in again
    assert re.search(rf'name="a\.{codes[0]}" value="yes" checked', again)
    assert re.search(rf'name="a\.{codes[21]}" value="no" checked', again)
    panel = b.get(f"/cases/{case.id}/interviews", headers=HX).text
    assert 'data-testid="continue-draft"' in panel
    # "Save draft" without script: back to the form.
    plain = b.form(f"/cases/{case.id}/interviews/draft", {"set_code": "adult_labour", **first,
                                                          f"a.{codes[30]}": "yes"}, follow_redirects=False)
    assert plain.status_code == 303 and plain.headers["location"].startswith(f"/cases/{case.id}/interviews/new")
    assert "24 of 67 answered" in b.get(plain.headers["location"]).text
    # Finishing stores the interview and the draft has served.
    done = b.form(f"/cases/{case.id}/interviews", {"set_code": "adult_labour", **first}, follow_redirects=False)
    assert done.status_code == 303
    assert db.scalar(select(InterviewDraft).where(InterviewDraft.case_id == case.id)) is None


def test_a_draft_is_its_interviewers_alone(make_browser, committed_world, case, db) -> None:
    codes = _codes()
    mine = signed_in(make_browser, committed_world, "caseworker")
    mine.form(f"/cases/{case.id}/interviews/draft", {"set_code": "adult_labour", f"a.{codes[0]}": "yes"}, headers=HX)
    colleague = signed_in(make_browser, committed_world, "supervisor")
    form = colleague.get(f"/cases/{case.id}/interviews/new").text
    assert 'data-testid="draft-resumed"' not in form and "0 of 67 answered" in form
    assert 'data-testid="drafts"' not in colleague.get("/interviews/drafts").text
    outsider = signed_in(make_browser, committed_world, "other_caseworker")
    r = outsider.form(f"/cases/{case.id}/interviews/draft", {"set_code": "adult_labour", f"a.{codes[0]}": "yes"},
                      headers=HX)
    assert r.status_code == 404


def test_foreign_codes_are_refused_in_a_draft_too(db, world) -> None:
    c = make_case(db, world.actor("caseworker"))
    with pytest.raises(Invalid):
        interviews.save_draft(db, world.actor("caseworker"), c.id, set_code="adult_labour",
                              answers={"CL-XX-99": True})


def test_stale_drafts_are_listed_for_their_interviewer(make_browser, committed_world, case, db) -> None:
    b = signed_in(make_browser, committed_world, "caseworker")
    b.form(f"/cases/{case.id}/interviews/draft", {"set_code": "adult_labour", f"a.{_codes()[0]}": "yes"}, headers=HX)
    page = b.get("/interviews/drafts").text
    assert case.reference in page and "1 of 67 answered" in page and 'data-testid="stale"' not in page
    draft = db.scalar(select(InterviewDraft).where(InterviewDraft.case_id == case.id))
    draft.updated_at = draft.updated_at - timedelta(days=10)
    db.commit()
    assert 'data-testid="stale"' in b.get("/interviews/drafts").text
