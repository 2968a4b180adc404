"""Family tracing: match a family's request about a relative missing abroad to the records that
embassies (nationals rescued, detained, deported), the FIA and NGOs hold, and to other requests.

Tables (migrations 0007, 0010): tracing_requests, tracing_tokens, tracing_imports,
tracing_imported_persons, tracing_candidates, tracing_photos (the missing person's photo, encrypted)
tracing_match_runs (queued runs, executed outside the web request) and tracing_contacts (the
family's contact log after a match, migration 0024). The verbs are in ``service`` (re-exported
from requests, imports, matching, matchruns, review, photos, followup); ``api``,
``pages`` and ``public_pages`` are the routers. See docs/tracing.md.

Pure modules (no database models are imported here):
  linkage     the linkage engine (a sub-package with its own front door): records in, scored
              pairs out. ``link(left, right, LinkSettings(model=PersonModel()))`` for tracing's
              person records; ``ListModel`` for lists with any columns (``rihai link``). The match
              run (``matching``) and the list import (``imports``) use only its front door.
  images      an uploaded photo checked, decoded and re-encoded without metadata: ``clean_photo``
"""
