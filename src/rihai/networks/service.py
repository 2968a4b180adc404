"""The networks front door: every verb other code (the routers, the CLI) may call, re-exported
from the modules that hold them.

``builds``          build (sources -> engine -> tables; incremental writes; audited)
``placement``       place (a few saved records linked into their networks without a global resolve)
``hints``           known_elsewhere ("known in N records held by X and Y since DATE"), on_published_watchlist
``entities``        entity_page, network_graph, ranking, changes_since
``access_requests`` request_access, approve, refuse, inbox, my_requests
``watches``         watch, unwatch, my_watches (notified after each build)
``reviews``         review / review_link (same / different, fed to the engine), decisions, grade
                    (reliability A-E, information 1-5)
``possible_matches`` possible_queue, review_possible: pairs the engine did not merge (a name
                    corroborated by a place, a person named with them, a father's name) for a reviewer
``watchlists``      parse, import_watchlist
``snapshots``       network_snapshot (one network as the reader may see it, redacted elsewhere)
``downloads``       export_network (evidence pack PDF / manifest, FtM, GEXF, GraphML, i2 CSV; audited)
``resolution``      parse_record, resolve: the pure engine, for files without a database
                    (``rihai networks resolve``)

Every verb takes the acting ``Actor``, checks its one permission, scopes rows in SQL through
``visibility`` and records an audit event naming ids and field names only.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import visibility  # noqa: F401 - registers the records' SQL scope
from .access_requests import approve, inbox, my_requests, refuse, request_access  # noqa: F401
from .builds import GRADING, build  # noqa: F401
from .downloads import EVIDENCE_FORMATS, FORMATS, GRAPH_FORMATS, Download, export_network, pack_time  # noqa: F401
from .entities import Changes, EntityPage, Ranked, changes_since, entity_page, network_graph, ranking  # noqa: F401
from .hints import HINT_KINDS, Hint, known_elsewhere, on_published_watchlist  # noqa: F401
from .placement import place  # noqa: F401
from .possible_matches import PossibleSeen, QueuedPair, review_possible  # noqa: F401
from .possible_matches import queue as possible_queue  # noqa: F401
from .models import NetworkAccessRequest, NetworkBuild, NetworkLink, NetworkWatch, Watchlist  # noqa: F401
from .resolution import parse_record, resolve  # noqa: F401
from .reviews import decisions, grade, review, review_link  # noqa: F401
from .snapshots import legal_facts, network_snapshot  # noqa: F401
from .sources import SOURCES  # noqa: F401
from .watches import my_watches, unwatch, watch  # noqa: F401
from .watchlists import import_watchlist  # noqa: F401
from .watchlists import parse as parse_watchlist  # noqa: F401


def last_build(session: Session) -> NetworkBuild | None:
    """The last finished build (its time is shown with the ranking; no personal data)."""
    return session.scalar(select(NetworkBuild).where(NetworkBuild.status == "done")
                          .order_by(NetworkBuild.id.desc()).limit(1))
