"""Cases: a survivor's record, aligned with the Human Trafficking Case Data Standard v2 (IOM).

Tables: cases, persons, perpetrators, trafficking_events, consents, case_notes, case_assignments,
case_search_tokens. Personal values are encrypted at rest (``rihai.crypto.Encrypted``); search runs
over keyed blind indexes (``search.py``). Visibility (``visibility.py``): assigned users, plus
supervisors for their own agency's cases.
Public surface: ``service`` — open_case, get_case, list_cases, search_cases, update_case,
change_status, assign, audit_trail, add_note, list_notes, record_consent, withdraw_consent,
consent_in_force, add_event, add_perpetrator, decide_trafficking_status, visible_case_ids,
ensure_visible.
Criminal-justice track (``justice.py``: get_track, save_track, move_stage, record_outcome,
add_hearing; tables prosecution_tracks, prosecution_hearings, prosecution_stage_changes) and support
plan (``support_plan.py``: list_plan, add_item, update_item, add_visit; tables support_plan_items,
support_plan_visits, case_closure_overrides) — see docs/justice.md.
"""
