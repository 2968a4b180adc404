"""Justice: the criminal-justice side of a case and the survivor's support plan, a sub-domain of
``cases`` with its own front door (``service.py``). See docs/justice.md.

Prosecutions: one track per case (FIR or complaint, investigating agency, laws, stage from
complaint to appeal, outcome, sentence, the victim-witness's protection needs), its hearings and
the history of its stage. Support plans: items of support typed by HTCDS ``spl_Type`` with a goal,
the agency responsible, a status and a due date, their follow-up visits, and the reason a
supervisor gave for closing a case with items still open.

Tables: prosecution_tracks, prosecution_hearings, prosecution_stage_changes, support_plan_items,
support_plan_visits, case_closure_overrides (``models.py``; identifiers, free text, goals and
notes ``Encrypted``; stages, laws, outcomes, types and statuses plain codes from ``codes.py``).

Public surface: ``service`` — get_track, save_track, allowed_next, move_stage, record_outcome,
add_hearing, upcoming_hearings; list_plan, add_item, update_item, add_visit, open_item_count,
record_closure_override, closure_overrides, completion_counts; and for the statistics extract
iter_prosecution_facts, iter_support_facts. Other ``cases`` modules call only ``service``; the
rest of the application reaches it through ``cases.service`` (which re-exports what stats reads)
or its routers (``api.py``, ``pages.py``).
"""
