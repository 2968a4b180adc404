"""Family tracing: match a family's request about a relative missing abroad to the records that
embassies (nationals rescued, detained, deported), the FIA and NGOs hold, and to other requests.

Tables (migrations 0007, 0010): tracing_requests, tracing_tokens, tracing_imports,
tracing_imported_persons, tracing_candidates, tracing_photos (the missing person's photo, encrypted)
and tracing_match_runs (queued runs, executed outside the web request). The verbs are in
``service`` (re-exported from requests, imports, matching, matchruns, review, photos); ``api``,
``pages`` and ``public_pages`` are the routers. See docs/tracing.md.

Pure modules (no database models are imported here):
  features    person records -> comparable columns (names folded by ``rihai.names``, dates with
              day/month swap and age-only birth years, CNIC/phone/passport normalised)
  linkage     the Splink model (Fellegi-Sunter, EM without labels, term-frequency adjustment),
              engines (in-memory DuckDB, Spark), blocking rules and blocking recall, waterfalls:
              ``match_tracing``, ``waterfall``, ``blocking_recall``, ``make_db_api``
  columns     what a column of an ad-hoc list holds: ``detect_kinds``
  generic     the ad-hoc linker and the body of ``rihai link``: ``link``, ``link_detailed``,
              ``run_link_cli``
  population  a synthetic Pakistani population for tests and benchmarks: ``PopulationGenerator``
  images      an uploaded photo checked, decoded and re-encoded without metadata: ``clean_photo``
"""
