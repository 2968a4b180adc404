"""Cases: a survivor's record, aligned with the Human Trafficking Case Data Standard v2 (IOM).

Tables: cases, persons, perpetrators, trafficking_events, consents, case_notes, case_assignments,
case_search_tokens, case_facets (the work queue's filter codes: ``facets.py``), case_origins (a new-case form's prefill from a referral or a tracing match, then
the source's reference on the case: ``origins.py``). Personal values are encrypted at rest (``rihai.crypto.Encrypted``); search runs
over keyed blind indexes (``search.py``). Visibility (``visibility.py``): assigned users, plus
supervisors for their own agency's cases.
Public surface: ``service`` — open_case, get_case, list_cases, search_cases, update_case,
change_status, assign, audit_trail, add_note, list_notes, record_consent, withdraw_consent,
consent_in_force, add_event, add_perpetrator, decide_trafficking_status, visible_case_ids,
ensure_visible, assigned_case_ids (a subquery other domains scope by), case_references;
stash_prefill / read_prefill / link_origin / origin_of / origins_of (a case opened from another
domain's record, the values passed server-side). Published reads, each with
its consent rule beside the tables: ``iter_case_facts`` and the other coded facts for statistics
(``coded_facts.py``), ``persons_for_tracing`` (``persons.py``), ``perpetrator_mentions``
(``perpetrators.py``). Codes, labels and validated field types are re-exported for the domains
that speak them (a list's ``Page`` is ``rihai.web.pagination``'s). Nothing else of this package is imported from outside it (an
import-linter ``protected`` contract).
The criminal-justice track and the support plan are the sub-domain ``cases.justice`` (its own
tables, and its front door ``cases.justice.service``) — see docs/justice.md.
"""
