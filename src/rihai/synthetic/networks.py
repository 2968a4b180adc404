"""Planted recruiter networks, for testing and measuring ``rihai.networks.resolution``.

Each network has one to three recruiters and up to three sub-agents, each a synthetic person (name
and father's name from ``vocab``, a CNIC valid in form, one or two mobiles, sometimes a nickname
such as "Thai wala", a Telegram/Facebook/TikTok handle, a wallet), and an OEP licence
(``NNNN/TAA``, ``NNNN/TAB``, ...: invented office codes), a company and an office phone shared by the network. Its records — victims' cases,
tips from the public, families' tracing requests, watchlist rows — are spread across agencies,
each naming one or two of the network's people the way people write: phones obfuscated ("03OO
l234567", Urdu digits, wa.me links), names in Latin or Urdu script, "Mohd" for Muhammad or no
Muhammad at all, only the nickname, no name at all.

Traps: namesakes (recruiters of different networks with one name: a name alone must not merge
them), generic numbers (public helplines and a bus company's and a hospital's number in records
of many networks: they must not join them), victims with one name in one network.

Every name ends with "(SYNTHETIC)"; phones are random numbers in real mobile ranges (Pakistan
publishes no fiction range), so they are marked only by the records around them.
``planted_networks(n, seed)`` returns the records (dicts as ``parse_record`` reads them) and the
truth: the entity of every person mention and the network of every record. Deterministic.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from stdnum import iban

from .vocab import CNIC_PROVINCE_DIGIT, FAMILY_BY_PROVINCE, GIVEN_F, GIVEN_M, MARK, MOBILE_PREFIXES, URDU

SOURCES = (("case", 0.45), ("tip", 0.25), ("tracing", 0.2), ("watchlist", 0.1))
AGENCIES = tuple(f"{a} {MARK}" for a in ("FIA AHTC Gujranwala", "FIA AHTC Islamabad", "NGO Shelter Lahore",
                                         "NGO Helpline Karachi", "Police Rawalpindi", "BE&OE Protector Office"))
NICK_PLACES = ("Thai", "Dubai", "Malaysia", "Greece", "Italy", "Saudi", "Qatar", "Libya", "Iran", "Turkey")
PLACES = ("Gujranwala", "Sialkot", "Gujrat", "Mandi Bahauddin", "Rawalpindi", "Lahore", "Faisalabad", "Karachi")
DESTINATIONS = ("Bangkok", "Mae Sot", "Dubai", "Riyadh", "Tripoli", "Athens", "Tehran", "Istanbul")
# Numbers many unrelated records carry: public ones (rihai.networks.resolution.generic lists
# them) and a bus company's and a hospital's (synthetic, found by structure only).
PUBLIC_GENERIC = ("1122", "15", "111-247-786")
STRUCTURAL_GENERIC = ("+92 51 5550100", "042 35550199")
_URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass
class Perp:
    id: str
    given: str
    family: str
    father: str
    cnic: str
    phones: list[str]
    nickname: str | None
    handle: str | None
    wallet: str | None


@dataclass
class PlantedNetworks:
    records: list[dict] = field(default_factory=list)
    mention_entity: list[str] = field(default_factory=list)  # true entity, in order of records' people
    record_network: list[str] = field(default_factory=list)  # true network, in order of records
    generic_phones: tuple[str, ...] = PUBLIC_GENERIC + STRUCTURAL_GENERIC


class _Planter:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.out = PlantedNetworks()
        self.n_people = 0
        self.names: list[tuple[str, str, str | None]] = []  # recruiters' names and nicknames, for namesakes

    def mobile(self) -> str:
        return f"3{self.r.choice(MOBILE_PREFIXES) % 100:02d}{self.r.randrange(10**7):07d}"

    def cnic(self) -> str:
        r = self.r
        return (r.choice(list(CNIC_PROVINCE_DIGIT.values())) + f"{r.randrange(10**4):04d}"
                + f"{r.randrange(10**7):07d}" + r.choice("13579"))

    def perp(self, net: str, i: int) -> Perp:
        r = self.r
        taken = None
        if self.names and r.random() < 0.15:
            given, family, taken = r.choice(self.names)  # a namesake of another network's recruiter
            taken = taken or ""
        else:
            given, family = r.choice(GIVEN_M), r.choice(FAMILY_BY_PROVINCE["PK-PB"])
        nickname = (f"{r.choice(NICK_PLACES)} wala" if r.random() < 0.6 else f"Ustad {given.split()[-1]}") \
            if r.random() < 0.4 else None
        if taken is not None:
            nickname = None  # a namesake with the same nickname too would be the same man
        else:
            self.names.append((given, family, nickname))
        # Handles are unique per person, as platforms make them (a counter, not a draw).
        tag = f"{net.lower().replace('-', '')}{i}"
        handle = r.choice([f"t.me/{family.lower()}{tag}", f"tiktok.com/@{given.split()[-1].lower()}_{tag}",
                           f"facebook.com/{given.split()[-1].lower()}.{family.lower()}.{tag}"]) \
            if r.random() < 0.3 else None
        wallet = None
        if r.random() < 0.3:
            kind = r.randrange(3)
            if kind == 0:
                wallet = iban.calc_check_digits("PK00TEST" + f"{r.randrange(10**16):016d}")
                wallet = "PK" + wallet + "TEST" + f"{r.randrange(10**16):016d}"
                wallet = "PK" + iban.calc_check_digits(wallet) + wallet[4:]
            elif kind == 1:
                wallet = "0x" + "".join(r.choice("0123456789abcdef") for _ in range(40))
            else:
                wallet = "T" + "".join(r.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(33))
        phones = [self.mobile() for _ in range(1 + (r.random() < 0.3))]
        # Fathers are written with the family name, as on a CNIC ("Rashid Butt").
        father = f"{r.choice(GIVEN_M)} {family}"
        return Perp(f"{net}-P{i}", given, family, father, self.cnic(), phones, nickname, handle, wallet)

    # --- how people write things ---------------------------------------------------------------------
    def phone(self, digits: str) -> str:
        """A mobile '3001234567' written one of the ways people write it."""
        r, a, b = self.r, digits[:3], digits[3:]
        forms = [f"0{a}-{b}", f"0{a} {b}", f"+92 {a} {b}", f"+92 ({a}) {b[:3]} {b[3:]}", f"0092 {a} {b}",
                 f"0{a}{b}", f"92{a}{b}", f"wa.me/92{a}{b}", f"0{a}.{b[:3]}.{b[3:]}", f"0{a} {b[:3]} {b[3:]}"]
        text = r.choice(forms)
        roll = r.random()
        if roll < 0.1:
            text = text.replace("0", "O", 2).replace("1", "l", 1)  # letters for digits
        elif roll < 0.15:
            text = text.translate(_URDU_DIGITS)
        return text

    def name(self, p: Perp) -> str | None:
        r = self.r
        roll = r.random()
        given = p.given
        if roll < 0.05:
            return None
        if roll < 0.12 and p.nickname:
            return f"{p.nickname} {MARK}"
        if roll < 0.3 and all(w in URDU for w in [*given.split(), p.family]):
            return " ".join(URDU[w] for w in [*given.split(), p.family]) + f" {MARK}"
        if given.startswith("Muhammad "):
            given = r.choice([given, given.replace("Muhammad", "Mohd."), given.replace("Muhammad", "Muhammed"),
                              given.removeprefix("Muhammad ")])
        return f"{given} {p.family} {MARK}"

    def mention(self, p: Perp, ref: str, role: str, record_id: str) -> dict:
        r = self.r
        person: dict = {"ref": ref, "role": role}
        name = self.name(p)
        if name:
            person["name"] = name
        if p.nickname and r.random() < 0.3:
            person["aliases"] = [f"{p.nickname} {MARK}"]
        if r.random() < 0.75:
            person["phones"] = [self.phone(r.choice(p.phones))]
        if r.random() < 0.15:
            c = p.cnic
            person["cnic"] = r.choice([c, f"{c[:5]}-{c[5:12]}-{c[12]}"])
        if r.random() < 0.2:
            person["father_name"] = f"{p.father} {MARK}"
        if p.handle and r.random() < 0.3:
            person["handles"] = [r.choice([p.handle, "https://" + p.handle, "https://www." + p.handle])]
        if p.wallet and r.random() < 0.3:
            person["accounts"] = [p.wallet if not p.wallet.startswith("0x") else r.choice([p.wallet, p.wallet.upper().replace("0X", "0x")])]
        self.truth(p.id)
        return person

    def truth(self, entity: str) -> None:
        self.out.mention_entity.append(entity)
        self.n_people += 1

    # --- one network and its records -------------------------------------------------------------------
    def network(self, n: int, size: int) -> None:
        r = self.r
        net = f"SYN-N{n}"
        recruiters = [self.perp(net, i) for i in range(r.choice((1, 1, 2, 3)))]
        subagents = [self.perp(net, 10 + i) for i in range(r.choice((0, 1, 1, 2, 3)))]
        # One licence per network: four digits and an invented office code (TAA, TAB, ...).
        block = n // 9000
        licence_no = f"{n % 9000 + 1000}/T{chr(65 + block // 26 % 26)}{chr(65 + block % 26)}"
        licence = r.random() < 0.5
        company = f"{r.choice(('Al', 'New', 'Star', 'Golden', 'Royal'))} {r.choice(('Falcon', 'Crescent', 'Bridge', 'Horizon'))} {n}" \
            if r.random() < 0.5 else None
        office = self.mobile() if r.random() < 0.3 else None
        victims: list[tuple[str, str]] = []
        for k in range(size):
            record_id = f"SYN-{n}-{k}"
            source = r.choices([s for s, _ in SOURCES], [w for _, w in SOURCES])[0]
            rec: dict = {"record_id": record_id, "source": source, "agency": r.choice(AGENCIES),
                         "date": f"20{r.randrange(19, 26)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}", "people": []}
            people = rec["people"]
            perps = [r.choice(recruiters)] + ([r.choice(subagents)] if subagents and r.random() < 0.4 else [])
            for j, p in enumerate(perps):
                people.append(self.mention(p, f"p{j}", "wanted" if source == "watchlist" else
                                           ("sub-agent" if p in subagents else "recruiter"), record_id))
            if source != "watchlist":
                if victims and r.random() < 0.1:
                    vid, vname = r.choice(victims)  # the same victim in a second record (case + tracing)
                else:
                    female = r.random() < 0.6
                    vname = f"{r.choice(GIVEN_F if female else GIVEN_M)} {r.choice(FAMILY_BY_PROVINCE['PK-PB'])} {MARK}"
                    vid = f"{net}-V{k}"
                    victims.append((vid, vname))
                people.append({"ref": "v", "name": vname, "role": "victim", "cnic": self._victim_cnic(vid)})
                self.truth(vid)
                if licence and r.random() < 0.4:
                    rec["licences"] = [r.choice([f"OEP {licence_no}", licence_no.replace("/", "-").lower(),
                                                 f"Licence No. {licence_no}"])]
                if company and r.random() < 0.3:
                    rec["companies"] = [r.choice([f"{company} Overseas Employment Promoters (Pvt) Ltd {MARK}",
                                                  f"{company.upper()} OEP {MARK}", f"M/s {company} Pvt. Ltd. {MARK}"])]
                if office and r.random() < 0.2:
                    rec["phones"] = [self.phone(office)]
                rec["places"] = [r.choice(PLACES), r.choice(DESTINATIONS)]
            if r.random() < 0.04:
                rec.setdefault("phones", []).append(r.choice(self.out.generic_phones))
            self.out.records.append(rec)
            self.out.record_network.append(net)

    def _victim_cnic(self, vid: str) -> str:
        # A victim's CNIC is fixed per victim (seeded by the id), so a repeat carries the same one.
        rr = random.Random(vid)
        return rr.choice("34") + f"{rr.randrange(10**11):011d}" + rr.choice("2468")


def planted_networks(n_records: int, *, seed: int = 0) -> PlantedNetworks:
    """About ``n_records`` records in networks of 2-60 records (most small, a few large)."""
    planter = _Planter(seed)
    n = 0
    while len(planter.out.records) < n_records:
        size = min(int(planter.r.paretovariate(1.3) * 3) + 1, 60, n_records - len(planter.out.records))
        planter.network(n, size)
        n += 1
    return planter.out
