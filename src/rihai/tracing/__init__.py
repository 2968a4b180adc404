"""Family tracing: match a family's request about a relative missing abroad to the records that
embassies (nationals rescued, detained, deported), the FIA and NGOs hold, and to other requests.

This package so far holds the pure, database-free linkage core; the tables, service, API and pages
come later and call these functions with decrypted values that exist only in memory.

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
"""
