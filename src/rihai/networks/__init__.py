"""Recruiter networks across agencies (issue 17): the people, agents, phone numbers and licences
behind many cases, as entities of their own; cross-referencing them between agencies' cases, tips,
families' tracing requests and imported watchlists without showing one agency another's records
("known in N records held by X and Y since DATE"); access asked of and given by the holding
agency's supervisor, time-limited; and the provenance and grading of every link (which record,
which agency, when, entered by whom), so that a network drawn here can be checked and challenged.

It reads cases, tracing and screening through their published, consent-gated reads
(``perpetrator_mentions``, ``recruiter_mentions``, ``offer_phones``) and sits beside
``rihai.stats`` in the layers contract (pyproject.toml); neither reads the other.

Tables (``models``): networks_records, networks_mentions, networks_identifiers (keyed digests),
networks_links, networks_reviews, networks_access_requests, networks_access_records,
networks_watches, networks_watchlists, networks_watchlist_entries, networks_builds.

Front door: ``service`` (build, known_elsewhere, entity_page, network_graph, ranking,
changes_since, request_access / approve / refuse, watch, review, grade, import_watchlist,
network_snapshot and export_network: the evidence pack and graph exports, redacted). The
pure resolution engine is ``resolution``; ``engine`` is the one module that calls it. ``worker``
is the web process's build job (seconds after a source changes, and hourly), wired by the app."""
