"""Factories for tracing: requests (Pydantic input, through the real service), list files and the
records they hold. Everything is visibly synthetic: names end in "(TEST)" or are fake."""

from __future__ import annotations

import csv
import io
import random

import factory
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.tracing import service
from rihai.tracing.models import TracingImport, TracingRequest
from rihai.tracing.schemas import ListKind, TracingRequestCreate

from . import fake_cnic, fake_mobile


class TracingRequestFactory(factory.Factory):
    class Meta:
        model = TracingRequestCreate

    class Params:
        rng = factory.LazyFunction(lambda: random.Random())
        minimal = factory.Trait(father_name=None, cnic=None, phones=[], birth_date=None, age=30,
                                home_province=None, home_district=None)

    given_name = "Muhammad Hussain"
    family_name = "Qureshi (TEST)"
    father_name = "Ghulam Rasool (TEST)"
    sex = "Male"
    birth_date = factory.LazyFunction(lambda: __import__("datetime").date(1990, 3, 12))
    cnic = factory.LazyAttribute(lambda o: fake_cnic(o.rng, False))
    phones = factory.LazyAttribute(lambda o: [fake_mobile(o.rng)])
    home_province = "PK-PB"
    home_district = "Okara"
    destination_country = "SA"
    transit_countries = factory.LazyFunction(lambda: ["AE"])
    last_contact_means = "whatsapp"
    recruiter_name = "Test Agent (TEST)"
    contact_name = "Test Mother (TEST)"
    contact_relation = "parent"
    contact_phone = factory.LazyAttribute(lambda o: fake_mobile(o.rng))
    consent_contact = True
    consent_share = False


def file_request(db: Session, actor: Actor | None = None, *, photo: bytes | None = None,
                 **kw: object) -> tuple[TracingRequest, str]:
    """A family's request from the public form (anonymous) unless a desk ``actor`` is given."""
    data = TracingRequestFactory(**kw)
    if actor is None:
        return service.submit_request(db, Actor.anonymous(), data=data, photo=photo)
    return service.create_request(db, actor, data=data, photo=photo)


EMBASSY_HEADERS = ["S.No", "Name of National", "Father/Husband Name", "D.O.B", "Passport No",
                   "CNIC #", "Home District"]


def list_csv(rows: list[list[str]], headers: list[str] = EMBASSY_HEADERS) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(headers)
    w.writerows(rows)
    return buf.getvalue().encode()


def embassy_rows(n: int = 5, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    given = ["Bilal", "Kamran", "Imran", "Tariq", "Usman", "Rizwan", "Ahmad", "Sajid"]
    family = ["Awan", "Malik", "Baloch", "Siddiqui", "Chaudhry", "Khattak"]
    out = []
    for i in range(n):
        out.append([str(i + 1), f"{rng.choice(given)} {rng.choice(family)} (TEST)", f"{rng.choice(given)} (TEST)",
                    f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1970, 2000)}",
                    f"ZX{rng.randint(1000000, 9999999)}", fake_cnic(rng, False), "Lahore"])
    return out


def import_list(db: Session, actor: Actor, data: bytes, *, source: str = "Embassy of Pakistan, Riyadh (TEST)",
                kind: ListKind = ListKind.DEPORTED, filename: str = "list.csv",
                mapping: dict[str, str] | None = None) -> TracingImport:
    imp = service.stage_import(db, actor, data=data, filename=filename, source_agency=source, kind=kind,
                               country="SA")
    return service.store_import(db, actor, imp.id, mapping=mapping)
