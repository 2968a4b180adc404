"""FollowTheMoney entities (the ``followthemoney`` package), as JSON lines that Aleph and the
``ftm`` command-line tools read (``ftm validate``, ``ftm export-gexf`` …).

How a snapshot maps to the model:

- person -> ``Person`` (name, alias; roles in ``description``); company -> ``Company``; licence
  (an Overseas Employment Promoter licence) -> ``Company`` with ``licenseNumber``; place ->
  ``Address``; handle -> ``UserAccount``; account -> ``CryptoWallet`` for crypto addresses, else
  ``BankAccount`` (``iban`` when it reads as one, else ``accountNumber``).
- phones and e-mails are not things in FtM but properties: each becomes ``phone`` / ``email`` of
  every person or company it is linked to, and ``phoneMentioned`` / ``emailMentioned`` of every
  record that mentions it (that is how Aleph cross-references them).
- record -> ``Document`` (title, date, publisher = agency, summary; a redacted record keeps only
  its marker); a mention (entity -> record) -> ``Documentation``.
- entity -> entity links: ``Associate`` (person-person ``associate``), ``Representation``
  (``agent_of``: the agent represents the client), else ``UnknownLink`` with ``role``. Every link
  carries its provenance: ``proof`` (the records' documents), ``summary`` (probability and source
  grading), ``description`` (the evidence) and ``recordId`` (the link's id in Rihai).

Ids are namespaced and stable: SHA-1 of (namespace, item kind, Rihai id), so the same snapshot
always gives the same ids, and two installations (namespaces) never collide. A redacted entity
keeps its id and its marker as name, never an identifier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from rihai.networks.exports.snapshot import Entity, Link, NetworkSnapshot

FOLDED = {"phone": "phone", "email": "email"}  # entity kind -> property on the holder
MENTIONED = {"phone": "phoneMentioned", "email": "emailMentioned"}
IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")
CRYPTO = re.compile(r"^(0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33}|bc1[0-9a-z]{20,90}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$")
SCHEMA = {"person": "Person", "company": "Company", "licence": "Company", "place": "Address",
          "handle": "UserAccount"}


def _make(schema: str, namespace: str, kind: str, rihai_id: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.make_id(namespace, kind, rihai_id)
    return proxy


def _account_schema(label: str) -> tuple[str, str]:
    compact = re.sub(r"[\s-]", "", label)
    if CRYPTO.match(compact):
        return "CryptoWallet", "publicKey"
    if IBAN.match(compact.upper()):
        return "BankAccount", "iban"
    return "BankAccount", "accountNumber"


def _thing(e: Entity, namespace: str) -> EntityProxy:
    if e.kind == "account":
        schema, prop = _account_schema(e.label)
    else:
        schema, prop = SCHEMA[e.kind], ""
    proxy = _make(schema, namespace, "entity", e.id)
    if e.redacted:
        proxy.add("name" if schema != "Address" else "full", e.label)
        return proxy
    if e.kind == "person":
        proxy.add("name", e.label)
        proxy.add("alias", list(e.aliases))
        if e.roles:
            proxy.add("description", "roles: " + ", ".join(e.roles))
    elif e.kind == "company":
        proxy.add("name", e.label)
        proxy.add("alias", list(e.aliases))
    elif e.kind == "licence":
        proxy.add("name", f"Overseas Employment Promoter licence {e.label}")
        proxy.add("licenseNumber", e.label)
    elif e.kind == "place":
        proxy.add("full", e.label)
    elif e.kind == "handle":
        proxy.add("username", e.label)
        proxy.add("name", e.label)
    else:  # account
        proxy.add("name", e.label)
        proxy.add(prop, re.sub(r"[\s-]", "", e.label) if prop != "accountNumber" else e.label)
    return proxy


def _provenance(proxy: EntityProxy, link: Link, documents: dict[str, EntityProxy]) -> None:
    proxy.add("recordId", link.id)
    proxy.add("summary", f"probability {link.probability:.2f}; source grading {link.grading}")
    proxy.add("description", " | ".join(link.evidence))
    proxy.add("proof", [documents[r].id for r in link.records if r in documents])
    proxy.add("publisher", "Rihai")


def entities(snapshot: NetworkSnapshot, namespace: str = "rihai") -> Iterator[EntityProxy]:
    """The snapshot as FtM entity proxies, things first, then documents, then links."""
    by_id = {e.id: e for e in snapshot.entities}
    things = {e.id: _thing(e, namespace) for e in snapshot.entities if e.kind not in FOLDED}
    documents: dict[str, EntityProxy] = {}
    for r in snapshot.records:
        doc = _make("Document", namespace, "record", r.id)
        doc.add("title", f"{r.source} {r.id}")
        doc.add("date", r.date.isoformat())
        doc.add("publisher", r.agency)
        doc.add("summary", r.summary)  # the redaction marker, for a redacted record
        documents[r.id] = doc
    intervals: list[EntityProxy] = []
    for link in snapshot.links:
        source, target = by_id.get(link.source), by_id.get(link.target)
        if source is None:  # a record on the source side: read the link the other way round
            link, source, target = (Link(link.id, link.target, link.source, link.relation, link.probability,
                                         link.grading, link.evidence, link.records), target, None)
            if source is None:
                continue
        if target is None and link.target in documents:  # a mention
            doc = documents[link.target]
            if source.kind in FOLDED:
                if not source.redacted:
                    doc.add(MENTIONED[source.kind], source.label, quiet=True)
                continue
            proxy = _make("Documentation", namespace, "link", link.id)
            proxy.add("document", doc.id)
            proxy.add("entity", things[source.id].id)
            proxy.add("role", link.relation)
            _provenance(proxy, link, documents)
            intervals.append(proxy)
            continue
        if target is None:  # record to record: nothing FtM can say
            continue
        folded = [x for x in (source, target) if x.kind in FOLDED]
        if folded:  # a phone or e-mail becomes a property of the thing at the other end
            if len(folded) == 1:
                holder = target if source in folded else source
                if not folded[0].redacted and holder.id in things:
                    things[holder.id].add(FOLDED[folded[0].kind], folded[0].label, quiet=True)
            continue
        a, b = things[source.id], things[target.id]
        if link.relation == "associate" and a.schema.name == b.schema.name == "Person":
            proxy = _make("Associate", namespace, "link", link.id)
            proxy.add("person", a.id)
            proxy.add("associate", b.id)
            proxy.add("relationship", link.relation)
        elif link.relation == "agent_of":
            proxy = _make("Representation", namespace, "link", link.id)
            proxy.add("agent", a.id)
            proxy.add("client", b.id)
            proxy.add("role", link.relation)
        else:
            proxy = _make("UnknownLink", namespace, "link", link.id)
            proxy.add("subject", a.id)
            proxy.add("object", b.id)
            proxy.add("role", link.relation)
        _provenance(proxy, link, documents)
        intervals.append(proxy)
    yield from things.values()
    yield from documents.values()
    yield from intervals


def ftm_lines(snapshot: NetworkSnapshot, namespace: str = "rihai") -> bytes:
    """FtM JSON lines, one entity a line, UTF-8."""
    out = [json.dumps(p.to_dict(), ensure_ascii=False, sort_keys=True) for p in entities(snapshot, namespace)]
    return ("\n".join(out) + "\n").encode("utf-8") if out else b""


def as_dicts(snapshot: NetworkSnapshot, namespace: str = "rihai") -> list[dict[str, Any]]:
    return [p.to_dict() for p in entities(snapshot, namespace)]
