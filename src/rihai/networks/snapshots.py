"""One network as a reader may see it, for the exports (``exports.NetworkSnapshot``): the records
of the reader's own agency and of agencies whose supervisor approved their access request (until
it expires) in full; every other record of the network as ``[redacted — held by AGENCY]`` under
an opaque id, and the people only such records name as ``[redacted]``. Which records are seen is
decided in SQL (``visibility``); names and identifiers are read, and so decrypted, only for those.

Besides the graph: the timeline, the coded facts of the cases seen (mapped to the codes of
``exports/data/legal_sections.json``; a fact the records cannot show is left out), the source
grading of each link, and the audit extract (who saw and changed these records and this network:
ids, roles and actions, never values). The export verbs are in ``downloads``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rihai.access import audit
from rihai.access.actors import Actor
from rihai.access.policy import visible_clause
from rihai.access.service import Agency
from rihai.cases import service as cases
from rihai.crypto import current_keyring
from rihai.errors import NotFound

from .builds import GRADING
from .exports import (REDACTED_ENTITY, AuditEntry, Entity, Grading, Link, NetworkSnapshot, Record, TimelineEvent,
                      redaction_marker)
from .exports import legal_facts as known_facts
from .models import NetworkAccessRecord, NetworkAccessRequest, NetworkIdentifier, NetworkLink, NetworkMention, NetworkRecord

SOURCE = {"case": "case", "tip": "tip", "tracing": "tracing_request", "watchlist": "watchlist"}
WHAT = {"case": "Case recorded", "tip": "Offer reported", "tracing": "Tracing request filed",
        "watchlist": "Listed on a watchlist"}
# HTCDS perpetrator roles with an exact equivalent among the pack's roles; others keep their code.
ROLES = {"RecruiterOrIntermediary": "recruiter", "Transporter": "transporter", "Exploiter": "exploiter"}
# How a person stands to an identifier named with them.
RELATION = {"phone": "uses", "handle": "uses", "email": "uses", "account": "holds", "licence": "holds",
            "company": "works_for", "place": "located_at"}
AUDITED = {"case": "case", "tracing_request": "tracing", "tip": "tip", "screening_tip": "tip"}

# Case codes -> legal facts. Only what a code says outright: ``ChildLabour`` is not by itself
# compelled labour, a recruitment advert is not shown to lack permission, and no code records a
# fee or an unlicensed recruiter, so those facts never come from here.
FORCED = {"ForcedLabour", "Servitude", "ForcedBegging", "ForcedCriminality", "ForcedMilitaryByNonStateActors"}
COERCION = {"PhysicalThreats", "ThreatsLawEnforcement", "ThreatensChildrenFamily", "PhysicalAbuse", "SexualAbuse",
            "DebtBondage", "WithholdsDocuments"}


def legal_facts(codes: Iterable[cases.OffenceCodes]) -> frozenset[str]:
    """The legal-section facts the coded cases show. An unknown fact code is an error."""
    found: set[str] = set()
    for c in codes:
        if FORCED & set(c.exploitation):
            found.add("forced_labour")
        if "SexualExploitation" in c.exploitation:
            found.add("sexual_exploitation")
        if "FalsePromises" in c.control:
            found.add("deceptive_recruitment")
        if COERCION & set(c.control):
            found.add("coercion")
        if c.minor:
            found.add("child_victim")
        if c.sex == "Female":
            found.add("woman_victim")
        if "Smuggler" in c.perpetrator_roles:  # the survivor named someone who smuggled them across
            found.add("border_crossing")
    unknown = found - set(known_facts())
    if unknown:
        raise ValueError(f"unknown legal facts: {sorted(unknown)}")
    return frozenset(found)


def _opaque(kind: str, key: str) -> str:
    """A stable id for something the reader may not see, that does not name the record."""
    return f"withheld-{kind}-{current_keyring().blind('networks-export', key).hex()[:16]}"


def _day(r: NetworkRecord) -> date:
    return r.recorded_on or r.first_seen_at.date()


class _Builder:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.links: dict[tuple[str, str, str], dict] = {}  # (source, target, relation) -> parts

    def link(self, source: str, target: str, relation: str, probability: float, grading: Grading,
             record: str, evidence: Iterable[str] = ()) -> None:
        part = self.links.setdefault((source, target, relation), {"p": 0.0, "g": grading, "e": set(), "r": set()})
        part["p"] = max(part["p"], probability)
        part["e"].update(evidence)
        part["r"].add(record)

    def made(self) -> tuple[Link, ...]:
        return tuple(Link(f"K{n}", s, t, rel, round(p["p"], 4), p["g"], tuple(sorted(p["e"])), tuple(sorted(p["r"])))
                     for n, ((s, t, rel), p) in enumerate(sorted(self.links.items()), start=1))


def network_snapshot(session: Session, actor: Actor, network_id: str, *, generated_for: str,
                     at: datetime) -> NetworkSnapshot:
    """The network as ``actor`` may see it, at ``at``. Callers: the export verbs (``downloads``),
    which check the export permission and audit the export. Invariant: another agency's record
    appears only as its redaction marker unless that agency approved access and it has not expired."""
    records = session.execute(select(NetworkRecord, Agency.name).outerjoin(Agency, Agency.id == NetworkRecord.owner_agency_id)
                              .where(NetworkRecord.network_id == network_id).order_by(NetworkRecord.id)).all()
    if not records:
        raise NotFound("no such network")
    seen_ids = set(session.scalars(select(NetworkRecord.id).where(NetworkRecord.network_id == network_id,
                                                                  visible_clause(NetworkRecord, actor))))
    ids = {r.id: (r.id if r.id in seen_ids else _opaque("record", r.id)) for r, _ in records}
    out_records, timeline = [], []
    b = _Builder()
    seen = session.execute(select(NetworkMention, NetworkRecord.source).join(NetworkRecord)
                           .where(NetworkRecord.network_id == network_id, visible_clause(NetworkRecord, actor))
                           .order_by(NetworkMention.record_id, NetworkMention.ref)).all()
    named: dict[str, list[str]] = {}
    people: dict[tuple[str, str], str] = {}  # (record, ref) -> entity id
    for m, source in seen:
        people[(m.record_id, m.ref)] = m.entity_id
        roles = tuple(dict.fromkeys(ROLES.get(r, r) for r in m.roles or ()))
        old = b.entities.get(m.entity_id)
        label = (old.label if old else None) or m.name or "Name not known"
        aliases = set(old.aliases if old else ()) | ({m.name} if m.name and m.name != label else set())
        b.entities[m.entity_id] = Entity(m.entity_id, "person", label, tuple(dict.fromkeys((old.roles if old else ()) + roles)),
                                         tuple(sorted(aliases)))
        named.setdefault(m.record_id, []).append(f"{m.name or 'Name not known'} ({', '.join(roles) or '—'})")
    # The engine's links between mentions the reader sees: their evidence and grading carry over.
    evidence: dict[tuple[str, str], list[NetworkLink]] = {}
    for lk in session.scalars(select(NetworkLink).where(NetworkLink.a_record.in_(seen_ids), NetworkLink.b_record.in_(seen_ids))):
        for key in ((lk.a_record, lk.a_ref), (lk.b_record, lk.b_ref)):
            evidence.setdefault(key, []).append(lk)
    source_of = {m.record_id: source for m, source in seen}
    probability_of = {(m.record_id, m.ref): m.probability for m, _ in seen}
    for (record_id, ref), entity_id in sorted(people.items()):
        source = source_of[record_id]
        best = max(evidence.get((record_id, ref), []), key=lambda lk: lk.probability, default=None)
        grading = Grading(best.reliability, best.information) if best else Grading(*GRADING.get(source, ("C", 3)))
        why = [f"same person as in {other[0]} ({', '.join(lk.evidence or ())})" for lk in evidence.get((record_id, ref), [])
               for other in [(lk.b_record, lk.b_ref) if (lk.a_record, lk.a_ref) == (record_id, ref) else (lk.a_record, lk.a_ref)]]
        b.link(entity_id, record_id, "mentioned_in", probability_of[(record_id, ref)], grading, record_id, why)
    for record_id in sorted(seen_ids):  # people named together in one record
        together = sorted({e for (r, _), e in people.items() if r == record_id})
        source = source_of.get(record_id, "case")
        for i, x in enumerate(together):
            for y in together[i + 1:]:
                b.link(x, y, "associate", 1.0, Grading(*GRADING.get(source, ("C", 3))), record_id, ["named in one record"])
    _identifiers(session, b, seen_ids, people, {r.id: r.source for r, _ in records})
    _withheld(session, actor, b, network_id, ids)
    for r, agency in records:
        agency_label = agency or "no agency"
        if r.id in seen_ids:
            summary = f"{WHAT[r.source]} on {_day(r).isoformat()} by {agency_label}"
            if named.get(r.id):
                summary += "; names " + "; ".join(named[r.id])
            out_records.append(Record(r.id, SOURCE[r.source], agency_label, _day(r), summary))
            timeline.append(TimelineEvent(_day(r), r.id, WHAT[r.source]))
        else:
            out_records.append(Record(ids[r.id], SOURCE[r.source], agency_label, _day(r), redaction_marker(agency_label),
                                      redacted=True))
            timeline.append(TimelineEvent(_day(r), ids[r.id], "Record opened"))
    case_ids = [uuid.UUID(r.source_id) for r, _ in records if r.id in seen_ids and r.source == "case"]
    codes = cases.offence_codes(session, actor, case_ids)
    return NetworkSnapshot(
        network_id=network_id, generated_at=at,
        generated_by=f"user {actor.user_id} ({'+'.join(sorted(actor.roles)) or actor.via})",
        generated_for=generated_for, entities=tuple(sorted(b.entities.values(), key=lambda e: (e.kind, e.id))),
        records=tuple(sorted(out_records, key=lambda r: (r.date, r.id))), links=b.made(),
        timeline=tuple(sorted(timeline, key=lambda t: (t.date, t.record_id))), facts=legal_facts(codes),
        audit=_audit(session, actor, network_id, records, seen_ids, b, at),
        synthetic=any(c.is_synthetic for c in codes))


def _identifiers(session: Session, b: _Builder, seen_ids: set[str], people: dict[tuple[str, str], str],
                 sources: dict[str, str]) -> None:
    if not seen_ids:
        return
    for ident in session.scalars(select(NetworkIdentifier).where(NetworkIdentifier.record_id.in_(seen_ids))
                                 .order_by(NetworkIdentifier.record_id, NetworkIdentifier.id)):
        # A helpline or a bus company's number links nobody: the engine marked it, the pack skips it.
        if ident.kind not in RELATION or ident.generic:
            continue
        eid = f"{ident.kind}:{ident.digest[:16]}"
        old = b.entities.get(eid)
        # Cases hand phones out only as keyed digests: then the pack can say "the same number", not which.
        label = ident.display or (old.label if old else f"{ident.kind} (held as a keyed digest) {ident.digest[:8]}")
        if old is None or (ident.display and old.label != ident.display and "keyed digest" in old.label):
            b.entities[eid] = Entity(eid, ident.kind, label)
        grading = Grading(*GRADING.get(sources.get(ident.record_id, ""), ("C", 3)))
        holder = people.get((ident.record_id, ident.ref)) if ident.ref is not None else None
        if holder:
            b.link(holder, eid, RELATION[ident.kind], 1.0, grading, ident.record_id, [f"{ident.kind} named with them"])
        else:
            b.link(eid, ident.record_id, "mentioned_in", 1.0, grading, ident.record_id)


def _withheld(session: Session, actor: Actor, b: _Builder, network_id: str, ids: dict[str, str]) -> None:
    """Mentions in records the reader may not see: a link to the redacted record, from the person
    where the reader sees them elsewhere, else from a redacted person. No name is read."""
    hidden = session.execute(select(NetworkMention.record_id, NetworkMention.entity_id, NetworkMention.probability,
                                    NetworkRecord.source)
                             .join(NetworkRecord).where(NetworkRecord.network_id == network_id,
                                                        ~visible_clause(NetworkRecord, actor))
                             .order_by(NetworkMention.record_id, NetworkMention.ref)).all()
    for record_id, entity_id, probability, source in hidden:
        if entity_id not in b.entities:
            entity_id_out = _opaque("person", entity_id)
            b.entities[entity_id_out] = Entity(entity_id_out, "person", REDACTED_ENTITY, redacted=True)
        else:
            entity_id_out = entity_id
        b.link(entity_id_out, ids[record_id], "mentioned_in", probability, Grading(*GRADING.get(source, ("C", 3))),
               ids[record_id])


def _audit(session: Session, actor: Actor, network_id: str, records: list, seen_ids: set[str], b: _Builder,
           at: datetime) -> tuple[AuditEntry, ...]:
    seen = [r for r, _ in records if r.id in seen_ids]
    requests = session.scalars(select(NetworkAccessRequest.id).join(NetworkAccessRecord).where(
        NetworkAccessRecord.record_id.in_([r.id for r, _ in records]),
        (NetworkAccessRequest.requester_agency_id == actor.agency_id)
        | (NetworkAccessRequest.owner_agency_id == actor.agency_id)).distinct())
    subjects: dict[str, list[str]] = {
        "networks_network": [network_id],
        "networks_entity": [e.id for e in b.entities.values() if e.kind == "person" and not e.redacted],
        "networks_access_request": [str(i) for i in requests]}
    for subject_type, source in AUDITED.items():
        subjects[subject_type] = [r.source_id for r in seen if r.source == source]
    out = []
    for line in audit.extract(session, subjects, until=at):
        prefix = {"networks_access_request": "access-request:", **{k: f"{v}:" for k, v in AUDITED.items()}}
        out.append(AuditEntry(line.at, str(line.actor_id) if line.actor_id is not None else line.via,
                              "+".join(line.roles) or line.via, line.tag,
                              (prefix.get(line.subject_type or "", "") + (line.subject_id or ""),)))
    return tuple(out)
