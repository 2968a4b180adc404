"""Synthetic person lists in layouts the engine was not built around. Clearly SYNTHETIC.

``rihai link`` must work on files nobody prepared: redundant name columns (a full name beside
its parts), registers with many rows per person, other locales' names, dates and postcodes. These
generators make such files with known truth so the engine can be measured on many schemas, not
one. Names come from Faker's locale lists (pinned), everything else from curated lists; every
record is made up and every file carries a ``SYNTHETIC`` marker in its ids.

Layouts (``LAYOUTS``):

  register    a historical-register style file to deduplicate: full_name (with middle names),
              first_and_surname, first_name, surname, dob, birth_place, postcode, occupation,
              sex; many rows per person with skewed cluster sizes (a few people fill dozens)
  uk_link     two UK lists to link: given name, surname, date of birth in two formats, postcode
              spelled differently, town, phone, e-mail, sex
  south_asia  two Indian/Pakistani-style lists to link: one "Name" with the father's name
              beside it, age or date of birth, mobile, city and state
  spanish     one Spanish list to deduplicate: nombre, two apellidos (sometimes one, sometimes in
              one column), nombre_completo (the concatenation), fecha_nacimiento, municipio,
              codigo_postal, DNI with typos, sexo

Development and evaluation were split before any change was measured: the engine was developed
on ``DEVELOPMENT`` (three layouts, seeds 1-3) and ``EVALUATION`` is scored only to report: other
seeds of those layouts and the whole ``spanish`` layout, which was not run during development.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pandas as pd
from faker.providers.address import en_IN as address_in
from faker.providers.address import es_ES as address_es
from faker.providers.person import en_GB, en_IN, es_ES

DEVELOPMENT = {"register": (1, 2, 3), "uk_link": (1, 2, 3), "south_asia": (1, 2, 3)}
EVALUATION = {"register": (901, 902), "uk_link": (901, 902), "south_asia": (901, 902),
              "spanish": (901, 902, 903)}

NICKNAMES = {"William": ["Bill", "Will", "Wm"], "Robert": ["Bob", "Rob"], "James": ["Jim", "Jas"],
             "John": ["Jack", "Jno"], "Thomas": ["Tom", "Thos"], "Elizabeth": ["Eliza", "Betty",
             "Lizzie"], "Margaret": ["Maggie", "Peggy"], "Mary": ["Polly", "May"],
             "Henry": ["Harry", "Hy"], "Richard": ["Dick", "Richd"], "Edward": ["Ted", "Ned"],
             "Charles": ["Charlie", "Chas"], "Catherine": ["Kate", "Kitty"], "Sarah": ["Sally"],
             "Joseph": ["Joe", "Jos"], "Frederick": ["Fred"], "Alfred": ["Alf"],
             "Samuel": ["Sam"], "Ann": ["Annie", "Nancy"], "George": ["Geo"],
             "Francisco": ["Paco"], "José": ["Pepe"], "Ignacio": ["Nacho"],
             "Dolores": ["Lola"], "Concepción": ["Concha"], "Manuel": ["Manolo"]}
UK_TOWNS = ("Ashford Barnsley Bolton Bradford Bristol Burnley Bury Carlisle Chester Colchester "
            "Coventry Crewe Darlington Derby Doncaster Dover Durham Exeter Gateshead Gloucester "
            "Grimsby Halifax Harrogate Hereford Huddersfield Hull Ipswich Kendal Lancaster Leeds "
            "Leicester Lincoln Liverpool Luton Macclesfield Maidstone Norwich Nottingham Oldham "
            "Oxford Plymouth Preston Reading Rochdale Salford Sheffield Shrewsbury Stockport "
            "Sunderland Swindon Taunton Wakefield Walsall Warrington Wigan Worcester York").split()
OCCUPATIONS = [("agricultural labourer", ["ag lab", "farm labourer", "labourer"]),
               ("coal miner", ["miner", "collier"]), ("domestic servant", ["servant", "general servant"]),
               ("cotton weaver", ["weaver"]), ("blacksmith", ["smith"]), ("carpenter", ["joiner"]),
               ("dressmaker", ["seamstress"]), ("schoolmaster", ["teacher"]), ("clerk", []),
               ("shoemaker", ["cordwainer"]), ("farmer", []), ("publican", ["innkeeper"]),
               ("railway porter", ["porter"]), ("mason", ["stone mason"]), ("tailor", []),
               ("baker", []), ("butcher", []), ("grocer", []), ("laundress", ["washerwoman"]),
               ("scholar", []), ("none", [])]
ES_MUNICIPIOS = ("Madrid Barcelona Valencia Sevilla Zaragoza Málaga Murcia Palma Bilbao Alicante "
                 "Córdoba Valladolid Vigo Gijón Granada Elche Oviedo Badalona Cartagena Jerez "
                 "Sabadell Móstoles Santander Burgos Almería Albacete Getafe Salamanca Huelva "
                 "Logroño Badajoz León Cádiz Tarragona Lleida Jaén Ourense Girona Lugo Cáceres").split()


def _names(values) -> list[str]:
    return list(dict.fromkeys(values))


class _Writer:
    """One seeded source of people and of the slips clerks make writing them down."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def typo(self, word: str) -> str:
        if len(word) < 3:
            return word
        i = self.rng.randrange(1, len(word))
        op = self.rng.choice("dsrt")
        letter = self.rng.choice("abcdefghijklmnoprstuwy")
        if op == "d":
            return word[:i] + word[i + 1:]
        if op == "s":
            return word[:i] + letter + word[i + 1:]
        if op == "r":
            return word[:i] + letter + word[i:]
        return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:] if i < len(word) else word

    def maybe_typo(self, word: str, p: float) -> str:
        return self.typo(word) if word and self.chance(p) else word

    def dob(self, start: int, end: int) -> dt.date:
        return dt.date(start, 1, 1) + dt.timedelta(days=self.rng.randrange((end - start) * 365))

    def dob_as_written(self, d: dt.date, fmt: str, p_swap=0.04, p_year=0.05, p_typo=0.03) -> str:
        if d.day <= 12 and self.chance(p_swap):
            d = dt.date(d.year, d.day, d.month)
        elif self.chance(p_year):
            d = d.replace(year=d.year + self.rng.choice((-1, 1)), day=min(d.day, 28))
        elif self.chance(p_typo):
            d = d.replace(day=min(28, max(1, d.day + self.rng.choice((-10, -1, 1, 10)))))
        return d.strftime(fmt)

    def cluster_size(self, alpha: float, cap: int) -> int:
        # Pareto tail: most people appear once or twice, a few fill dozens of rows, as in registers.
        return min(cap, int(self.rng.paretovariate(alpha)))


def _uk_postcode(w: _Writer) -> str:
    area = w.rng.choice(["B", "BD", "BL", "BS", "CH", "CO", "CV", "DE", "DN", "L", "LS", "M",
                         "NE", "NG", "OL", "PR", "S", "SK", "WA", "WN", "YO"])
    return f"{area}{w.rng.randint(1, 29)} {w.rng.randint(1, 9)}{w.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{w.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _postcode_as_written(w: _Writer, pc: str) -> str:
    r = w.rng.random()
    if r < 0.15:
        return pc.replace(" ", "")
    if r < 0.25:
        return pc.lower()
    if r < 0.32:
        return pc.split()[0]  # the district only
    return pc


def _finish(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    frame.insert(0, "unique_id", [f"SYNTHETIC-{i:06d}" for i in range(len(frame))])
    return frame[["unique_id", *columns]]


def register(n_persons: int, seed: int) -> tuple[pd.DataFrame, None, pd.DataFrame]:
    """A historical register (dedupe): redundant name columns, many rows per person."""
    w = _Writer(seed)
    men, women = _names(en_GB.Provider.first_names_male), _names(en_GB.Provider.first_names_female)
    men += [n for n in NICKNAMES if n not in men and n not in ("Elizabeth", "Margaret", "Mary",
            "Catherine", "Sarah", "Ann", "Francisco", "José", "Ignacio", "Dolores", "Concepción", "Manuel")]
    surnames = _names(en_GB.Provider.last_names)
    rows = []
    for person in range(n_persons):
        sex = w.rng.choice("MF")
        pool = men if sex == "M" else women
        # Common names are common: a quarter of people take one of the 20 most frequent names.
        first = w.rng.choice(pool[:20]) if w.chance(0.25) else w.rng.choice(pool)
        middle = w.rng.choice(pool) if w.chance(0.35) else ""
        surname = w.rng.choice(surnames[:30]) if w.chance(0.25) else w.rng.choice(surnames)
        dob = w.dob(1800, 1900)
        place, postcode = w.rng.choice(UK_TOWNS), _uk_postcode(w)
        occ, variants = w.rng.choice(OCCUPATIONS)
        for _ in range(w.cluster_size(1.2, 60)):
            f = first
            if first in NICKNAMES and w.chance(0.15):
                f = w.rng.choice(NICKNAMES[first])
            f, s = w.maybe_typo(f, 0.08), w.maybe_typo(surname, 0.08)
            m = middle if w.chance(0.7) else ""
            if w.chance(0.03):
                f, s = s, f
            full = " ".join(x for x in (f, m, s) if x)
            rows.append({
                "cluster": f"P{person}",
                "full_name": full.lower() if w.chance(0.5) else full,
                "first_and_surname": f"{f} {s}".lower() if w.chance(0.5) else f"{f} {s}",
                "first_name": None if w.chance(0.03) else f.lower(),
                "surname": None if w.chance(0.03) else s.lower(),
                "dob": None if w.chance(0.08) else w.dob_as_written(dob, "%Y-%m-%d"),
                "birth_place": None if w.chance(0.25) else
                (w.rng.choice(UK_TOWNS) if w.chance(0.1) else w.maybe_typo(place, 0.05)).lower(),
                "postcode_fake": None if w.chance(0.3) else
                (_uk_postcode(w) if w.chance(0.1) else _postcode_as_written(w, postcode)),
                "gender": None if w.chance(0.05) else ("male" if sex == "M" else "female"),
                "occupation": None if w.chance(0.4) else
                (w.rng.choice(variants) if variants and w.chance(0.3) else occ),
            })
    frame = _finish(rows, ["cluster", "full_name", "first_and_surname", "first_name", "surname",
                           "dob", "birth_place", "postcode_fake", "gender", "occupation"])
    return frame.drop(columns=["cluster"]), None, _dedupe_truth(frame)


def _dedupe_truth(frame: pd.DataFrame) -> pd.DataFrame:
    pairs = frame.merge(frame, on="cluster", suffixes=("_l", "_r"))
    pairs = pairs[pairs.unique_id_l < pairs.unique_id_r]
    return pairs[["unique_id_l", "unique_id_r"]].reset_index(drop=True)


def _two_lists(people: list[dict], write: Callable[[dict, str], dict], w: _Writer,
               overlap: float, columns: tuple[list[str], list[str]]):
    """Each person is on the left list, the right list, or (``overlap``) both."""
    left, right, truth = [], [], []
    for p in people:
        r = w.rng.random()
        on_left, on_right = r < (1 + overlap) / 2, r >= (1 - overlap) / 2
        if on_left:
            left.append(write(p, "left"))
        if on_right:
            right.append(write(p, "right"))
        if on_left and on_right:
            truth.append((len(left) - 1, len(right) - 1))
    a, b = _finish(left, columns[0]), _finish(right, columns[1])
    b["unique_id"] = b["unique_id"].str.replace("SYNTHETIC-", "SYNTHETIC-R")
    t = pd.DataFrame({"unique_id_l": [a.unique_id[i] for i, _ in truth],
                      "unique_id_r": [b.unique_id[j] for _, j in truth]})
    return a, b, t


def uk_link(n_persons: int, seed: int):
    """Two UK lists (link): dates and postcodes written differently on each side."""
    w = _Writer(seed)
    men, women = _names(en_GB.Provider.first_names_male), _names(en_GB.Provider.first_names_female)
    surnames = _names(en_GB.Provider.last_names)
    people = []
    for _ in range(n_persons):
        sex = w.rng.choice("MF")
        first = w.rng.choice((men if sex == "M" else women)[: 40 if w.chance(0.4) else None])
        surname = w.rng.choice(surnames[: 40 if w.chance(0.3) else None])
        people.append({"first": first, "surname": surname, "sex": sex, "dob": w.dob(1940, 2005),
                       "postcode": _uk_postcode(w), "town": w.rng.choice(UK_TOWNS),
                       "phone": f"07{w.rng.randint(100, 999)} {w.rng.randint(100000, 999999)}",
                       "email": f"{first}.{surname}{w.rng.randint(1, 99)}@example.org".lower()})

    def write(p: dict, side: str) -> dict:
        first = w.rng.choice(NICKNAMES[p["first"]]) if p["first"] in NICKNAMES and w.chance(0.1) \
            else p["first"]
        row = {"given_name": w.maybe_typo(first, 0.1), "surname": w.maybe_typo(p["surname"], 0.1),
               "date_of_birth": None if w.chance(0.05) else
               w.dob_as_written(p["dob"], "%d/%m/%Y" if side == "left" else "%Y-%m-%d"),
               "postcode": None if w.chance(0.1) else _postcode_as_written(w, p["postcode"]),
               "town": None if w.chance(0.1) else w.maybe_typo(p["town"], 0.05),
               "sex": p["sex"] if side == "left" else {"M": "Male", "F": "Female"}[p["sex"]]}
        if w.chance(0.05):
            row["given_name"], row["surname"] = row["surname"], row["given_name"]
        if side == "left":
            row["phone"] = None if w.chance(0.4) else p["phone"]
        else:
            row["email"] = None if w.chance(0.3) else p["email"]
        return row

    cols = ["given_name", "surname", "date_of_birth", "postcode", "town", "sex"]
    return _two_lists(people, write, w, 0.5, (cols + ["phone"], cols + ["email"]))


def south_asia(n_persons: int, seed: int):
    """Two Indian/Pakistani-style lists (link): one name column, the father's name, age or dob."""
    w = _Writer(seed)
    men, women = _names(en_IN.Provider.first_names_male), _names(en_IN.Provider.first_names_female)
    surnames = _names(en_IN.Provider.last_names)
    cities, states = list(address_in.Provider.cities), list(address_in.Provider.states)
    people = []
    for _ in range(n_persons):
        sex = w.rng.choice("MF")
        surname = w.rng.choice(surnames[: 25 if w.chance(0.5) else None])
        people.append({"first": w.rng.choice(men if sex == "M" else women), "surname": surname,
                       "father": f"{w.rng.choice(men)} {surname}", "sex": sex,
                       "dob": w.dob(1960, 2008), "phone": f"9{w.rng.randint(100000000, 999999999)}",
                       "city": w.rng.choice(cities[:30]), "state": w.rng.choice(states)})

    def write(p: dict, side: str) -> dict:
        name = f"{w.maybe_typo(p['first'], 0.1)} {w.maybe_typo(p['surname'], 0.05)}"
        if w.chance(0.1):
            name = w.maybe_typo(p["first"], 0.1)  # the family name left out
        elif w.chance(0.08):
            name = f"{p['surname']} {p['first']}"
        row = {"Name": name.upper() if side == "right" else name,
               "Father/Husband Name": None if w.chance(0.2) else w.maybe_typo(p["father"], 0.1),
               "Gender": p["sex"] if side == "left" else {"M": "Male", "F": "Female"}[p["sex"]],
               "Mobile": None if w.chance(0.35) else
               (("+91 " if w.chance(0.5) else "0") + p["phone"]),
               "City": None if w.chance(0.1) else w.maybe_typo(p["city"], 0.05),
               "State": p["state"]}
        if side == "left":
            row["DOB"] = None if w.chance(0.1) else w.dob_as_written(p["dob"], "%d-%m-%Y")
        else:
            row["Age"] = None if w.chance(0.1) else 2026 - p["dob"].year - w.rng.choice((0, 0, 1))
        return row

    cols = ["Name", "Father/Husband Name", "Gender", "Mobile", "City", "State"]
    return _two_lists(people, write, w, 0.5, (cols + ["DOB"], cols + ["Age"]))


def spanish(n_persons: int, seed: int):
    """A Spanish list (dedupe): two surnames, a redundant full name, DNI, few rows per person."""
    w = _Writer(seed)
    men, women = _names(es_ES.Provider.first_names_male), _names(es_ES.Provider.first_names_female)
    surnames = _names(es_ES.Provider.last_names)
    rows = []
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    for person in range(n_persons):
        sex = w.rng.choice("MF")
        nombre = w.rng.choice((men if sex == "M" else women)[: 30 if w.chance(0.4) else None])
        ap1, ap2 = (w.rng.choice(surnames[: 30 if w.chance(0.4) else None]) for _ in range(2))
        dob, muni = w.dob(1950, 2006), w.rng.choice(ES_MUNICIPIOS)
        num = w.rng.randint(10000000, 99999999)
        dni = f"{num}{letters[num % 23]}"
        cp = f"{w.rng.randint(1, 52):02d}{w.rng.randint(0, 999):03d}"
        for _ in range(w.cluster_size(2.0, 12)):
            n = w.rng.choice(NICKNAMES[nombre]) if nombre in NICKNAMES and w.chance(0.15) else nombre
            n, a1, a2 = w.maybe_typo(n, 0.08), w.maybe_typo(ap1, 0.08), w.maybe_typo(ap2, 0.08)
            a2 = None if w.chance(0.15) else a2
            rows.append({
                "cluster": f"P{person}", "nombre": n, "primer_apellido": a1, "segundo_apellido": a2,
                "nombre_completo": " ".join(x for x in (n, a1, a2) if x),
                "fecha_nacimiento": None if w.chance(0.05) else w.dob_as_written(dob, "%d/%m/%Y"),
                "municipio": None if w.chance(0.1) else w.maybe_typo(muni, 0.05),
                "codigo_postal": None if w.chance(0.2) else cp,
                "dni": None if w.chance(0.3) else (w.typo(dni) if w.chance(0.05) else dni),
                "sexo": "H" if sex == "M" else "M"})
    frame = _finish(rows, ["cluster", "nombre", "primer_apellido", "segundo_apellido",
                           "nombre_completo", "fecha_nacimiento", "municipio", "codigo_postal",
                           "dni", "sexo"])
    return frame.drop(columns=["cluster"]), None, _dedupe_truth(frame)


LAYOUTS = {"register": register, "uk_link": uk_link, "south_asia": south_asia, "spanish": spanish}


def generate(layout: str, n_persons: int, seed: int):
    """(left, right or None, truth pairs unique_id_l/unique_id_r) for one layout and seed."""
    return LAYOUTS[layout](n_persons, seed)
