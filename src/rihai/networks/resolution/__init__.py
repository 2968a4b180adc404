"""The network resolution engine (issue 17): source records in, resolved people and networks out.
Pure: no database, no ORM, no web (an import-linter contract keeps it so); the ``networks`` domain
stores what it returns, and ``rihai networks resolve`` runs it on any JSONL file.

    records = [parse_record(obj)[0] for obj in objs]
    res = resolve(records, key=None, reviews=Reviews(...), generic=[("phone", "1122")])
    res.persons    # one per person mention: record_id, ref, entity_id, network_id, probability
    res.entities   # entity_id -> members, names, roles, identifier keys
    res.links      # mention pairs merged into one entity, with probability and evidence
    res.record_links, res.networks, res.generic

Identifiers are normalised (``normalise_identifier``: phones to E.164 however obfuscated, handles
per platform, e-mails, IBAN/wallets/crypto, CNIC, OEP licences, companies, places), then keyed by
the caller's ``key`` (the database passes a blind-index digest, so it never holds a phone in
clear). People are resolved by name labels (``rihai.names``: Latin and Urdu script, aliases)
joined with a shared context — never by a name alone; generic values (public numbers, the
caller's list, values with no one name behind them) never link. Networks are the connected
components of records through shared people and identifiers. Ids are stable across runs.

Modules: records (input types, parser), phones and identifiers (normalisers), labels (names),
generic, prepare (records -> arrays), persons (person links, reviews), graph (components),
spark (the same components on Spark: ``resolve(..., engine="spark", spark_session=...)``), run
(resolve: the run), results (output types, ids), weights (the global counts weak evidence is
weighed with), possible (pairs a reviewer should look at: a name corroborated, never merged) and placement (``place``: a few records into an existing resolution, without a
global resolve, as a full resolve would place them). Others import only the names below.
"""

from .identifiers import normalise_identifier
from .records import KINDS, Identifier, PersonInput, SourceRecord, parse_record
from .run import resolve
from .spark import spark_components
from .results import Entity, Link, Network, PersonResult, RecordLink, Resolution, Reviews
from .generic import PUBLIC_NUMBERS
from .possible import PossibleMatch
from .placement import Placement, Store, linkable_keys, place
from .weights import Weights, label_rows, placeable

__all__ = [
    "KINDS", "Identifier", "PersonInput", "SourceRecord", "parse_record", "normalise_identifier",
    "Reviews", "Resolution", "resolve", "spark_components",
    "PersonResult", "Entity", "Link", "RecordLink", "Network", "PUBLIC_NUMBERS",
    "PossibleMatch", "place", "Placement", "Store", "linkable_keys", "Weights", "label_rows", "placeable",
]
