"""What the engine reads: source records of people and identifiers, as frozen dataclasses, and the
one parser that turns a JSON object (a line of ``rihai networks resolve --in``) into them.

Values stay as people wrote them; ``identifiers`` normalises them later. The parser's errors name
the field and the rule, never the value (it may be personal)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("phone", "handle", "email", "account", "licence", "company", "cnic", "place")

# JSON list field -> identifier kind. The record-level lists describe the offer, agency or route
# (an office phone, a licence); the person-level ones describe that person.
RECORD_LISTS = {"phones": "phone", "handles": "handle", "emails": "email", "accounts": "account",
                "licences": "licence", "companies": "company", "places": "place"}
PERSON_LISTS = {"phones": "phone", "handles": "handle", "emails": "email", "accounts": "account"}
RECORD_FIELDS = frozenset({"record_id", "source", "agency", "date", "people", *RECORD_LISTS})
PERSON_FIELDS = frozenset({"ref", "name", "aliases", "role", "father_name", "cnic", *PERSON_LISTS})


@dataclass(frozen=True, slots=True)
class Identifier:
    """A phone, handle, e-mail, account, licence, company, CNIC or place as written (``keyed``:
    already normalised and keyed by the caller, e.g. a blind-index digest; used as it is)."""

    kind: str
    value: str
    keyed: bool = False


@dataclass(frozen=True, slots=True)
class PersonInput:
    """One person mention in a record: ``ref`` is unique within the record."""

    ref: str
    name: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    father_name: str | None = None
    identifiers: tuple[Identifier, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """A case, tip, tracing request or watchlist row: its people and its record-level identifiers."""

    record_id: str
    source: str | None = None
    agency: str | None = None
    date: str | None = None
    people: tuple[PersonInput, ...] = ()
    identifiers: tuple[Identifier, ...] = field(default=())


def _text(value: Any) -> str | None:
    # Phones and CNICs are often typed as numbers in exported sheets.
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def _texts(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [t for v in value if (t := _text(v))]
    t = _text(value)
    return [t] if t else []


def _identifiers(obj: dict, lists: dict[str, str]) -> tuple[Identifier, ...]:
    return tuple(Identifier(kind, v) for name, kind in lists.items() for v in _texts(obj.get(name)))


def parse_record(obj: dict) -> tuple[SourceRecord, list[str]]:
    """A record and the names of the fields it carried that the engine does not read (top-level
    names as they are, person-level ones as ``people.<name>``).

    Raises ``ValueError`` (a plain message without values) when ``record_id`` or ``people`` is
    missing or of the wrong type, or a person is not an object."""
    if not isinstance(obj, dict):
        raise ValueError("a record must be a JSON object")
    record_id = obj.get("record_id")
    if isinstance(record_id, bool) or not isinstance(record_id, (str, int)) or not str(record_id).strip():
        raise ValueError("record_id is missing or is not a string")
    people = obj.get("people")
    if not isinstance(people, list):
        raise ValueError("people is missing or is not a list")
    unknown = [k for k in obj if k not in RECORD_FIELDS]
    persons: list[PersonInput] = []
    seen: set[str] = set()
    for i, p in enumerate(people):
        if not isinstance(p, dict):
            raise ValueError(f"people[{i}] is not an object")
        unknown.extend(f"people.{k}" for k in p if k not in PERSON_FIELDS and f"people.{k}" not in unknown)
        ref = _text(p.get("ref")) or f"#{i}"
        if ref in seen:
            raise ValueError(f"people[{i}].ref repeats another person's ref in the record")
        seen.add(ref)
        ids = _identifiers(p, PERSON_LISTS)
        cnic = _text(p.get("cnic"))
        if cnic:
            ids += (Identifier("cnic", cnic),)
        persons.append(PersonInput(ref=ref, name=_text(p.get("name")), aliases=tuple(_texts(p.get("aliases"))),
                                   role=_text(p.get("role")), father_name=_text(p.get("father_name")),
                                   identifiers=ids))
    record = SourceRecord(record_id=str(record_id).strip(), source=_text(obj.get("source")),
                          agency=_text(obj.get("agency")), date=_text(obj.get("date")), people=tuple(persons),
                          identifiers=_identifiers(obj, RECORD_LISTS))
    return record, unknown
