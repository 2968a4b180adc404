"""Draws synthetic cases: plain dicts shaped like ``cases.schemas.CaseCreate`` (already normalised:
compact CNICs, E.164 phones), so the service path can validate them and the bulk path can write
them without paying for validation 100,000 times.

Deterministic: the same seed (and the same ``today``) gives the same people, routes and ids.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import Any

from .scenarios import PK_PLACES, SCENARIOS, Scenario
from .vocab import (
    CNIC_PROVINCE_DIGIT,
    FAMILY_BY_PROVINCE,
    FAMILY_MINORITY,
    FEMALE_ONLY_FAMILY,
    GIVEN_F,
    GIVEN_F_MINORITY,
    GIVEN_M,
    GIVEN_M_MINORITY,
    LANGUAGES_BY_PROVINCE,
    MARK,
    MOBILE_PREFIXES,
    RECRUITER_AGENCIES,
    URDU,
)

FEMALE_SHARE = 0.70
_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_DECIDERS = {"fia": "Police", "shelter": "NGO", "legal": "NGO", "emb": "NonPoliceGovernmentalOrganization",
             "cg": "NonPoliceGovernmentalOrganization"}
_FOREIGN_MOBILE = {"AE": ("+9715", ("0", "2", "4", "5", "6", "8")), "SA": ("+9665", ("0", "3", "4", "5")),
                   "TH": ("+668", ("1", "6", "9"))}


def marked(name: str) -> str:
    return f"{name} {MARK}"


@dataclass
class SyntheticCase:
    """One drawn case: ``data`` validates as ``CaseCreate``; ``owner`` is an agency key."""

    id: uuid.UUID
    reference: str
    owner: str
    scenario: str
    data: dict[str, Any]


class Generator:
    def __init__(self, seed: int | None = None, *, today: date | None = None,
                 female_share: float = FEMALE_SHARE, reference_block: int | None = None) -> None:
        """``reference_block`` (0-65535) fixes the top 16 of the reference's 40 bits, so
        generators drawing batches in parallel never make the same case reference."""
        self.rng = random.Random(seed)
        self.reference_block = reference_block
        self.today = today or date.today()
        self.female_share = female_share
        self._cnics: set[str] = set()
        self._refs: set[str] = set()
        self._cum_f = list(accumulate(s.weight_f for s in SCENARIOS))
        self._cum_m = list(accumulate(s.weight_m for s in SCENARIOS))

    # -- identifiers -----------------------------------------------------------------------
    def cnic(self, province: str, female: bool) -> str:
        """13 digits: province digit, 4 more area digits, 7 serial, gender digit (even = female)."""
        r = self.rng
        while True:
            value = (CNIC_PROVINCE_DIGIT.get(province, "3") + f"{r.randrange(10**4):04d}"
                     + f"{r.randrange(10**7):07d}" + r.choice("2468" if female else "13579"))
            if value not in self._cnics:
                self._cnics.add(value)
                return value

    def mobile(self, country: str = "PK") -> str:
        r = self.rng
        if country in _FOREIGN_MOBILE:
            prefix, seconds = _FOREIGN_MOBILE[country]
            return prefix + r.choice(seconds) + f"{r.randrange(10**7):07d}"
        return f"+92{r.choice(MOBILE_PREFIXES)}{r.randrange(10**7):07d}"

    def reference(self) -> str:
        while True:
            if self.reference_block is None:
                bits = self.rng.getrandbits(40)
            else:
                bits = (self.reference_block % 65536) << 24 | self.rng.getrandbits(24)
            ref = "RH-" + "".join(_REF_ALPHABET[(bits >> (5 * i)) & 31] for i in range(8))
            if ref not in self._refs:
                self._refs.add(ref)
                return ref

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    # -- people ----------------------------------------------------------------------------
    def _names(self, province: str, female: bool, minority: bool) -> tuple[str, str]:
        r = self.rng
        if minority:
            given = r.choice(GIVEN_F_MINORITY if female else GIVEN_M_MINORITY)
            family = r.choice(FAMILY_MINORITY.get(province, ["Masih"]))
        else:
            given = r.choice(GIVEN_F if female else GIVEN_M)
            pool = FAMILY_BY_PROVINCE.get(province, FAMILY_BY_PROVINCE["PK-PB"])
            family = r.choice(FEMALE_ONLY_FAMILY) if female and r.random() < 0.25 else r.choice(pool)
        return given, family

    def _date_between(self, start: date, end: date) -> date:
        days = max(0, (end - start).days)
        return start + timedelta(days=self.rng.randint(0, days))

    def draw(self) -> SyntheticCase:
        r = self.rng
        female = r.random() < self.female_share
        sc: Scenario = r.choices(SCENARIOS, cum_weights=self._cum_f if female else self._cum_m)[0]
        province, district = r.choice(sc.origins)
        minority = r.random() < sc.minority_share and province in FAMILY_MINORITY
        given, family = self._names(province, female, minority)
        lo, hi = sc.ages_f if female else sc.ages_m
        age = r.randint(lo, hi)
        identified = self.today - timedelta(days=r.randint(0, 3 * 365))
        trafficked_at = max(lo, age - r.randint(0, 2))
        recruited_on = identified - timedelta(days=r.randint(60, 400 + 365 * (age - trafficked_at)))

        person: dict[str, Any] = {
            "given_name": marked(given), "family_name": marked(family),
            "sex": "Female" if female else "Male",
            "gender": "Feminine" if female else "Masculine",
            "home_province": province, "home_district": district,
            "citizenship": ["PK"], "languages": list(LANGUAGES_BY_PROVINCE.get(province, ["ur"])),
        }
        if given in URDU and family in URDU and r.random() < 0.5:
            person["name_urdu"] = f"{URDU[given]} {URDU[family]} {MARK}"
        if r.random() < 0.15:
            nickname = r.choice(["Bibi", "Rani", "Jan"] if female else ["Baba", "Jan", "Bhai"])
            person["aliases"] = [marked(f"{given.split()[-1]} {nickname}")]
        father = r.choice(GIVEN_M_MINORITY if minority else GIVEN_M)
        married = female and age >= 20 and r.random() < 0.5
        person["guardian_relation"] = "husband" if married else "father"
        guardian_family = "Khan" if family in FEMALE_ONLY_FAMILY else family
        person["guardian_name"] = marked(f"{r.choice(GIVEN_M) if married else father} {guardian_family}")
        if r.random() < 0.6:
            born = self.today - timedelta(days=age * 365 + r.randint(0, 364))
            person["birth_date"] = born
        else:
            person["age_estimate"] = age
        if age >= 18 and r.random() < 0.9:
            person["cnic"] = self.cnic(province, female)
        if age >= 16 and r.random() < 0.8:
            person["phones"] = [self.mobile()] + ([self.mobile()] if r.random() < 0.2 else [])
        mohalla = r.choice(["Rehmanpura", "Islampura", "Bilal Town", "Gulshan Colony",
                            f"Chak {r.randint(1, 300)}"])
        person["address"] = (f"House {r.randint(1, 400)}, Street {r.randint(1, 40)}, "
                             f"Mohalla {mohalla}, {district} {MARK}")

        legs: list[dict[str, Any]] = [{
            "event_type": "Recruitment", "country": "PK", "place": district, "province": province,
            "district": district, "event_date": recruited_on,
            "description": f"Offered {r.choice(sc.lure or ['work'])} {MARK}",
        }]
        when = recruited_on
        for options in sc.legs:
            ev_type, country, place = r.choice(options)
            when = when + timedelta(days=r.randint(1, 30))
            leg: dict[str, Any] = {"event_type": ev_type, "country": country, "place": place,
                                   "event_date": min(when, identified)}
            if country == "PK":
                prov, dist = PK_PLACES.get(place, (province, district))
                leg["province"], leg["district"] = prov, dist
            legs.append(leg)
        abroad = sorted({leg["country"] for leg in legs if leg["country"] != "PK"})
        if abroad and age >= 16:
            letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
            person["passport"] = f"{r.choice(letters)}{r.choice(letters)}{r.randrange(10**7):07d}"

        perps: list[dict[str, Any]] = []
        for roles in sc.perpetrators:
            if perps and r.random() < 0.35:
                continue  # not every case knows every link in the chain
            region = r.choice(list(FAMILY_BY_PROVINCE))
            perp: dict[str, Any] = {
                "roles": list(roles),
                "name": marked(f"{r.choice(GIVEN_M)} {r.choice(FAMILY_BY_PROVINCE[region])}")}
            if "Exploiter" in roles and abroad:
                perp["phones"] = [self.mobile(abroad[-1])] if abroad[-1] in _FOREIGN_MOBILE else []
            else:
                perp["phones"] = [self.mobile()]
            if "RecruiterOrIntermediary" in roles or "BrokerTravelAgent" in roles:
                if sc.overseas and abroad:
                    perp["agency_name"] = marked(r.choice(RECRUITER_AGENCIES))
                    perp["oep_licence"] = f"{r.randint(9000, 9999)}/TST"
            perps.append(perp)

        owner = r.choice(sc.owners)
        status = r.choices(["ActualVictimOfTrafficking", "PossibleVictimOfTrafficking",
                            "NotAVictimOfTrafficking"], weights=[55, 40, 5])[0]
        data: dict[str, Any] = {
            "person": person,
            "identified_on": identified,
            "events": legs,
            "perpetrators": perps,
            "trafficking_status": status,
            "exploitation_types": sorted(r.sample(sc.exploitation, k=r.randint(1, len(sc.exploitation)))),
            "means_of_control": sorted(r.sample(sc.means, k=r.randint(2, min(4, len(sc.means))))),
            "recruitment_methods": [r.choice(sc.recruitment)],
            "recruitment_apps": (sorted(r.sample(sc.apps, k=r.randint(1, len(sc.apps))))
                                 if sc.apps and r.random() < 0.7 else []),
            "relationship_to_trafficker": r.choice(sc.relationship),
            "age_when_trafficked": trafficked_at,
            "forced_labour_industry": sc.industry,
            "consent_case_management": r.random() < 0.95,
        }
        if status != "PossibleVictimOfTrafficking":
            data["status_decided_by_org"] = _DECIDERS[owner.split("_")[0]]
        return SyntheticCase(id=self.uuid(), reference=self.reference(), owner=owner,
                             scenario=sc.key, data=data)

    def cases(self, n: int) -> list[SyntheticCase]:
        return [self.draw() for _ in range(n)]
