"""Blind-index tokens for a case and search over them.

Every identifying value a case holds contributes (kind, token) pairs; the database keeps only
``HMAC(index-key, kind + token)``. A query is normalised the same way, so "35202-1234567-1",
"3520212345671" and Urdu digits find the same case, and Mohd / Muhammad / محمد find the same name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from rapidfuzz import fuzz
from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.orm import Session

from rihai import names
from rihai.crypto import current_keyring
from rihai.validators import normalise_cnic, normalise_passport, normalise_phone

from .models import Case, CaseSearchToken, Person


def person_tokens(person: Person) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    if person.cnic:
        keys.add(("cnic", person.cnic))
    if person.passport:
        keys.add(("passport", person.passport))
    for phone in person.phones or []:
        keys.add(("phone", phone))
    name_keys = names.all_search_keys([person.given_name, person.family_name, person.name_urdu,
                                       *(person.aliases or [])])
    keys |= name_keys | names.pair_keys(name_keys)
    full = " ".join(filter(None, [person.given_name, person.family_name]))
    keys |= names.birth_keys([full, person.name_urdu], person.birth_date)
    keys |= names.father_keys([full, person.name_urdu], person.guardian_name)
    # The father's/husband's name is a strong secondary identifier, searched separately.
    for kind, tok in names.search_keys(person.guardian_name):
        keys.add(("g" + kind, tok))
    return keys


# The work queue finds a case by the recruiter's name or phone and by a place of its route. Their
# tokens carry kinds of their own ("r"/"pl" before the kind), so a recruiter's number never finds
# a survivor who has the same one, nor a survivor's name a recruiter of that name.
RECRUITER_PREFIX, PLACE_PREFIX = "r", "pl"


def _with_pairs(keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
    # Recruiters' names and place names repeat a few words too ("Muhammad", "Khan", "Lahore"):
    # pairs of skeletons make a two-word search one index range (see ``names.pair_keys``).
    return keys | names.pair_keys(keys)


def recruiter_keys(name: str | None, phones: list[str] | None) -> set[tuple[str, str]]:
    """(kind, token) pairs of a recruiter's name (words, skeletons and pairs of skeletons) and
    phone numbers."""
    keys = {(RECRUITER_PREFIX + kind, tok) for kind, tok in _with_pairs(names.search_keys(name))}
    keys |= {(RECRUITER_PREFIX + "phone", phone) for phone in phones or []}
    return keys


def place_keys(*places: str | None) -> set[tuple[str, str]]:
    """(kind, token) pairs of the words of a place ("a kiln outside Kasur" gives kiln, outside,
    kasur and their skeletons); a district's name is a place too."""
    keys: set[tuple[str, str]] = set()
    for place in places:
        keys |= {(PLACE_PREFIX + kind, tok) for kind, tok in _with_pairs(names.search_keys(place))}
    return keys


def case_tokens(case: Case) -> set[tuple[str, str]]:
    """Every (kind, token) pair of a case: its person's, its recruiters' and its route's places."""
    keys = person_tokens(case.person)
    for p in case.perpetrators:
        keys |= recruiter_keys(p.name, p.phones)
    for ev in case.events:
        keys |= place_keys(ev.place, ev.district)
    return keys


def add_tokens(session: Session, case: Case, keys: set[tuple[str, str]]) -> None:
    """Add the digests of a part just added to a case (a recruiter, a route leg), skipping those
    the case already has."""
    ring = current_keyring()
    digests = {ring.blind(kind, tok): kind for kind, tok in sorted(keys)}
    if not digests:
        return
    have = set(session.scalars(select(CaseSearchToken.digest).where(
        CaseSearchToken.case_id == case.id, CaseSearchToken.digest.in_(list(digests)))))
    rows = [{"case_id": case.id, "owner_agency_id": case.owner_agency_id, "kind": kind, "digest": d}
            for d, kind in digests.items() if d not in have]
    if rows:
        # On the connection, as a Core executemany: the ORM's bulk path around it cost as much
        # again in Python, for rows that have no ORM behaviour.
        session.connection().execute(insert(CaseSearchToken.__table__), rows)


def reindex(session: Session, case: Case, *, new: bool = False) -> list[tuple[str, bytes]]:
    """Replace a case's digests, and return them as (kind, digest). Called whenever an identifying
    field changes and on key rotation; ``new``: the case has none yet (just opened), so there is
    nothing to delete.

    One multi-row INSERT, not ORM objects: nothing reads a token's id back, and adding ~18 objects
    made 18 INSERT ... RETURNING statements on SQLite, most of the SQL time of opening a case."""
    ring = current_keyring()
    if not new:
        session.execute(delete(CaseSearchToken).where(CaseSearchToken.case_id == case.id))
    rows = [{"case_id": case.id, "owner_agency_id": case.owner_agency_id, "kind": kind,
             "digest": ring.blind(kind, tok)} for kind, tok in sorted(case_tokens(case))]
    if rows:
        # On the connection, as a Core executemany: the ORM's bulk path around it cost as much
        # again in Python, for rows that have no ORM behaviour.
        session.connection().execute(insert(CaseSearchToken.__table__), rows)
    return [(row["kind"], row["digest"]) for row in rows]


@dataclass(frozen=True)
class ParsedQuery:
    kind: str  # cnic / phone / passport / name
    digests: list[bytes]
    text: str
    # For names: the digests of each word of the query (its canonical form and its skeleton), so a
    # case is ranked by how many of the words it matches, not by how many digests.
    words: tuple[tuple[bytes, ...], ...] = ()
    # For names of two or more words: the digests of every pair of the words' skeletons. A case
    # carrying all of them matches every word.
    pairs: tuple[bytes, ...] = ()


def parse_query(q: str) -> ParsedQuery:
    """Decide what the searcher typed. Identifiers are tried before names because a CNIC or a
    phone number is never a plausible name."""
    ring = current_keyring()
    q = q.strip()
    digits = sum(ch.isdigit() or "\u06f0" <= ch <= "\u06f9" or "\u0660" <= ch <= "\u0669" for ch in q)
    if digits >= 7:
        for kind, fn in (("cnic", normalise_cnic), ("phone", normalise_phone)):
            try:
                return ParsedQuery(kind, [ring.blind(kind, fn(q))], q)
            except ValueError:
                pass
        try:
            return ParsedQuery("passport", [ring.blind("passport", normalise_passport(q))], q)
        except ValueError:
            pass
    words: list[tuple[bytes, ...]] = []
    query_keys: set[tuple[str, str]] = set()
    for token in dict.fromkeys(names.canonical_tokens(q)):
        keys = names.search_keys(token)
        if keys:
            words.append(tuple(ring.blind(kind, tok) for kind, tok in sorted(keys)))
            query_keys |= keys
    digests = sorted({d for word in words for d in word})
    pairs = tuple(sorted(ring.blind(kind, tok) for kind, tok in names.pair_keys(query_keys)))
    return ParsedQuery("name", digests, q, tuple(words), pairs)


def candidate_ids(session: Session, parsed: ParsedQuery, scopes: list[Any], *,
                  limit: int = 50) -> list[uuid.UUID]:
    """Cases whose digests match, best-matching first, within ``scopes``: the pieces of the actor's
    scope as conditions on the digests themselves (``visibility.token_scope_parts``), each one index
    range, so the cost follows the agency's size and not the country's. The caller loads the cases
    through the case scope again (a digest's owner is a copy).

    For a name, a case scores the number of query *words* it matches (by canonical form or by
    skeleton); when some cases match every word only those are kept, so "Muhammad Yousaf Khan"
    does not return every Muhammad."""
    if not parsed.digests or not scopes:
        return []
    if parsed.pairs and len(parsed.pairs) <= 28:  # at most 8 distinct skeletons in the query
        whole = _matching_every_word(session, parsed, scopes, limit=limit)
        if whole:
            return whole
        # No case carries every word (a misspelt or missing word): rank by words matched.
    if parsed.words:
        parsed = _without_common_words(session, parsed)
        word = case(*[(CaseSearchToken.digest.in_(ds), i) for i, ds in enumerate(parsed.words)])
        hits = func.count(func.distinct(word))
    else:
        hits = func.count(func.distinct(CaseSearchToken.digest))
    best: dict[uuid.UUID, int] = {}
    for scope in scopes:
        stmt = (select(CaseSearchToken.case_id, hits.label("hits"))
                .where(CaseSearchToken.digest.in_(parsed.digests), scope)
                .group_by(CaseSearchToken.case_id)
                .order_by(hits.desc(), CaseSearchToken.case_id)
                .limit(limit))
        for case_id, n in session.execute(stmt):
            best[case_id] = max(best.get(case_id, 0), n)
    rows = sorted(best.items(), key=lambda row: (-row[1], row[0]))[:limit]
    if rows and parsed.words and rows[0][1] == len(parsed.words):
        rows = [r for r in rows if r[1] == len(parsed.words)]
    return [row[0] for row in rows]


def _matching_every_word(session: Session, parsed: ParsedQuery, scopes: list[Any], *,
                         limit: int) -> list[uuid.UUID]:
    """Cases in scope that carry every pair of the query's skeletons, i.e. match every word."""
    found: set[uuid.UUID] = set()
    for scope in scopes:
        found.update(session.scalars(
            select(CaseSearchToken.case_id)
            .where(CaseSearchToken.digest.in_(parsed.pairs), scope)
            .group_by(CaseSearchToken.case_id)
            .having(func.count(func.distinct(CaseSearchToken.digest)) == len(parsed.pairs))
            .order_by(CaseSearchToken.case_id)
            .limit(limit)))
    return sorted(found)[:limit]


# A word carried by more than this many cases ("khan", "bibi", "muhammad") cannot narrow a search;
# it still counts in the fuzzy score of the candidates the rarer words find.
COMMON_WORD_CASES = 2_000


def _without_common_words(session: Session, parsed: ParsedQuery) -> ParsedQuery:
    # Each digest counted no further than the threshold: counting every "muhammad" in the country
    # grew with the country.
    counts = {}
    for digest in parsed.digests:
        capped = (select(CaseSearchToken.case_id).where(CaseSearchToken.digest == digest)
                  .limit(COMMON_WORD_CASES + 1).subquery())
        counts[digest] = session.scalar(select(func.count()).select_from(capped)) or 0
    sized = [(w, n) for w in parsed.words if (n := sum(counts.get(d, 0) for d in w))]
    if not sized:
        return parsed
    # A word that no case carries (misspelt) narrows nothing either.
    keep = [w for w, n in sized if n <= COMMON_WORD_CASES]
    if not keep:  # every word is common: search by the least common one
        keep = [min(sized, key=lambda ws: ws[1])[0]]
    if len(keep) == len(parsed.words):
        return parsed
    return ParsedQuery(parsed.kind, sorted({d for w in keep for d in w}), parsed.text, tuple(keep))


class Names(Protocol):
    """What scoring reads of a person: a ``Person`` or a listed one (``summaries.ListedPerson``)."""

    @property
    def given_name(self) -> str | None: ...
    @property
    def family_name(self) -> str | None: ...
    @property
    def name_urdu(self) -> str | None: ...
    @property
    def aliases(self) -> list[str] | None: ...


def name_score(query: str, person: Names, *, target: str | None = None) -> float:
    """0-100: how well the decrypted names match the query, spelling variants folded.
    ``target`` is the query's match key when the caller scores many candidates against one query."""
    target = target if target is not None else names.display_match_key(query)
    best = 0.0
    for candidate in [" ".join(filter(None, [person.given_name, person.family_name])),
                      person.name_urdu, *(person.aliases or [])]:
        if candidate:
            best = max(best, fuzz.token_set_ratio(target, names.display_match_key(candidate)))
    return best
