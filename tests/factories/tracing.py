"""Factories for tracing: requests (Pydantic input, through the real service), list files and the
records they hold. Everything is visibly synthetic: names end in "(TEST)" or are fake."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import factory
import pandas as pd
from sqlalchemy.orm import Session

from rihai.access.actors import Actor
from rihai.tracing import service
from rihai.tracing.linkage import encode_list, read_secret_file, write_secret_file
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


# The passport of the desk's request that a partner's encoded list holds on its row 2.
PASSPORT = "ZX7654321"


def partner_key(data_dir: Path, name: str = "embassy-bangkok") -> bytes:
    folder = data_dir / "pprl-keys"
    folder.mkdir(exist_ok=True)
    write_secret_file(folder / f"{name}.key")
    return read_secret_file(folder / f"{name}.key")


def partner_file(secret: bytes, *, extra: int = 5) -> bytes:
    """An embassy's list with a sparse layout (name, passport, date of birth): row 2 is the
    person of the desk's request, the others visibly fake strangers."""
    rows = [{"Name": "Test Nasreen Bibi", "Passport No": PASSPORT, "D.O.B": "12/03/1990"}]
    rows += [{"Name": f"Test Stranger{i} Qazi", "Passport No": f"QY{1000000 + i}", "D.O.B": f"0{1 + i}/0{1 + i}/1975"}
             for i in range(extra)]
    return encode_list(pd.DataFrame(rows), secret).to_json().encode()
