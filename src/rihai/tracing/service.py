"""Tracing verbs — the public surface of the domain, re-exported from the modules that hold them:

``requests``  submit_request (public), create_request (desk), list_requests, get_request,
              claim_request, check_status (reference + secret -> status and date only)
``imports``   stage_import (upload, guessed mapping), preview (the mapping page: samples, date
              readings, birth-year-only rows, unknown countries), store_import (validate with the
              chosen readings and country answers, dedupe, store), get_import, list_imports,
              guess_mapping, read_table
``matching``  run_match (Splink: requests x list rows x consenting cases x other requests)
``review``    list_candidates, get_candidate (side by side, need-to-know; a side the reviewer
              cannot see is named by its agency only), sights, actions
``decisions`` decide (confirm/reject with sight of both records; accept/refuse a proposal as the
              desk holding the hidden record), propose (a reviewer who sees one side)
``followup``  after a confirmed match: whereabouts (what the list row says now), log_contact /
              list_contacts (the family's contact log), prefill_case (a case opened from the match)
``photos``    attach_photo / remove_photo (desk), request_photo / candidate_photo (permissioned, audited reads);
              attach_family_photo / remove_family_photo (the family, with reference and secret)
``matchruns`` enqueue_match (a desk asks), get_run, latest_run; ``drain`` execute (the
              ``matchruns`` job on the app's ``rihai.workers.Runner``; the shell: claim_match_run, execute_match_run, drain_match_runs, ...)
``encoded``   import_encoded (a partner's encoded list, matched at once against the desk's own
              persons encoded with the partner's schema, secret and fields), list_encoded,
              get_encoded, decide_encoded, partners (the key files in the data dir)
``recruiters`` recruiter_mentions: the agent a family named, for the networks (consent-gated)
``linkage``   link, LinkSettings: the engine itself, for ``rihai link``; encode_list, link_encoded

Nothing else of the package is imported from outside it (an import-linter ``protected`` contract).

Every verb takes the acting ``Actor``, checks its one permission, scopes rows in SQL through
``access.policy`` and records an audit event naming ids and field names only.
"""

from __future__ import annotations

from .import_values import READINGS  # noqa: F401
from .imports import (  # noqa: F401
    TARGETS,
    already_imported,
    get_import,
    guess_mapping,
    list_imports,
    preview,
    read_table,
    refingerprint_all,
    stage_import,
    staged_table,
    store_import,
)
from .encoded import (  # noqa: F401
    EncodedMatch,
    decide_encoded,
    get_encoded,
    import_encoded,
    list_encoded,
    partners,
)
from .matching import run_match  # noqa: F401
from .matchruns import enqueue as enqueue_match  # noqa: F401
from .matchruns import get_run, latest_run, progress_of  # noqa: F401
# A match run from the shell (``rihai tracing match``): claim it, execute it, or drain the queue.
from .matchruns import abandon as abandon_match_run  # noqa: F401
from .matchruns import claim as claim_match_run  # noqa: F401
from .matchruns import drain as drain_match_runs  # noqa: F401
from .matchruns import error_of as match_run_error  # noqa: F401
from .matchruns import execute as execute_match_run  # noqa: F401
# The linkage engine's entry point, for ``rihai link`` (lists linked outside the database), and
# its privacy-preserving side (``rihai link encode``, encoded lists linked without clear values).
from .linkage import LinkSettings, explain_columns, link  # noqa: F401
from .linkage import (  # noqa: F401
    PPRL_THRESHOLD,
    EncodedList,
    encode_list,
    encoded_fields,
    link_encoded,
    read_secret_file,
    write_secret_file,
)
from .schemas import ListKind  # noqa: F401
from .photos import (  # noqa: F401
    attach_photo,
    candidate_photo,
    candidate_photo_sides,
    has_photo,
    remove_photo,
    request_photo,
)
from .requests import (  # noqa: F401
    attach_family_photo,
    check_status,
    claim_request,
    close_request,
    create_request,
    get_request,
    list_requests,
    normalise_reference,
    references,
    reindex,
    reindex_all,
    remove_family_photo,
    submit_request,
)
from .decisions import decide, propose  # noqa: F401
# After a confirmed match: where the person is now, the family's contact log, a case opened.
from .followup import (  # noqa: F401
    ContactIn,
    ContactOutcome,
    ContactWay,
    Whereabouts,
    case_opened_from,
    list_contacts,
    log_contact,
    prefill_case,
    whereabouts,
)
# Published for the recruiter networks: the agent a consenting family names.
from .recruiters import RecruiterMention, recruiter_mentions  # noqa: F401
from .review import (  # noqa: F401
    CandidateView,
    Sight,
    actions,
    fields_for,
    get_candidate,
    held_by,
    list_candidates,
    sights,
)


def reindex_blind_indexes(session) -> int:  # type: ignore[no-untyped-def]
    """After a key rotation: requests' search digests and imported rows' fingerprints."""
    return reindex_all(session) + refingerprint_all(session)
