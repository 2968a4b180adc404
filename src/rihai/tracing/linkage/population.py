"""A synthetic Pakistani population for testing and benchmarking tracing. Clearly SYNTHETIC.

Nobody here is real. Given and family names come from a curated list of common Pakistani names
(weighted: "Muhammad" opens about a third of men's names, which is what makes tracing hard) with
a long tail from Faker's ``en_PK`` name list. Each person is then written the way different lists
write them: Mohd / Md. / Muhammad, Hussain / Husain, Abdul Rehman / Abdur Rahman, honorifics,
caste and tribe names added or dropped, given and family name swapped, Urdu script, typos,
missing CNIC, an age instead of a date of birth, day and month swapped, "s/o" father's names.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import pandas as pd

from rihai import names
from rihai.validators import pakistan_admin

MALE = ("Ali Imran Bilal Rizwan Usman Tariq Kamran Asif Arif Nasir Bashir Javed Shahid Rashid "
        "Farooq Irfan Zahid Waqas Adnan Faisal Hamza Sajid Naveed Yasir Akbar Saeed Iqbal Ashraf "
        "Akram Aslam Anwar Zubair Junaid Shoaib Sohail Khalid Nadeem Naeem Amjad Azhar Babar Fahad "
        "Haroon Ijaz Jamil Kashif Latif Mansoor Nawaz Pervaiz Qasim Rafiq Sadiq Shakeel Tahir "
        "Umar Waseem Yousaf Zafar Ahmad Hussain Hasan Ibrahim Ismail Ishaq Nazir Shabbir Majeed "
        "Hameed Waheed").split()
FEMALE = ("Ayesha Fatima Zainab Maryam Khadija Nasreen Rukhsana Shazia Amina Parveen Kausar Noor "
          "Sana Saima Rabia Asma Nadia Samina Shabana Razia Sakina Bushra Hina Iqra Mehwish Farzana "
          "Naseem Sumaira Uzma Zarina Shamim Sadia Tahira Robina Kiran Shaista Nargis Rehana "
          "Yasmin Ghazala Tasleem Nusrat Salma Sughra Zubaida Sidra Mahnoor Anum Aqsa").split()
# Compound given names that lists break differently ("Abdul Rehman", "Abdulrehman", "Abdur Rahman").
MALE_COMPOUND = ["Abdul Rehman", "Ghulam Hussain", "Allah Ditta", "Abdul Ghafoor", "Ghulam Abbas",
                 "Abdul Majeed", "Ghulam Rasool", "Abdul Qadir", "Noor Muhammad", "Khuda Bakhsh"]
FAMILY = ("Khan Malik Chaudhry Butt Awan Gujjar Jatt Rajput Bhatti Qureshi Sheikh Ansari Arain "
          "Mirza Soomro Memon Siddiqui Shah Abbasi Jatoi Yousafzai Afridi Khattak Shinwari Gul "
          "Swati Baloch Marri Bugti Mengal Rind Kakar Achakzai Baig Masih Gill Kolhi Bheel "
          "Meghwar Syed Hashmi Niazi Tareen Durrani Lodhi Warraich Cheema Sandhu Kazmi").split()

# How one word is spelled in different lists (all folded by rihai.names.canonical_tokens).
SPELLINGS = {
    "Muhammad": ["Muhammad", "Mohammad", "Mohd", "Md.", "Mohammed", "Muhammed", "Mohamad"],
    "Hussain": ["Hussain", "Husain", "Hussein"], "Hasan": ["Hasan", "Hassan"],
    "Rehman": ["Rehman", "Rahman"], "Abdul": ["Abdul", "Abdur", "Abd"],
    "Ahmad": ["Ahmad", "Ahmed"], "Yousaf": ["Yousaf", "Yusuf", "Yousuf"],
    "Chaudhry": ["Chaudhry", "Chaudhary", "Ch."], "Usman": ["Usman", "Osman"],
    "Umar": ["Umar", "Omar", "Umer"], "Farooq": ["Farooq", "Faruq"], "Syed": ["Syed", "Sayed"],
    "Sheikh": ["Sheikh", "Shaikh"], "Fatima": ["Fatima", "Fatimah"], "Ayesha": ["Ayesha", "Aisha"],
    "Zainab": ["Zainab", "Zaynab"], "Bashir": ["Bashir", "Basheer"], "Nazir": ["Nazir", "Nazeer"],
    "Javed": ["Javed", "Javaid"], "Pervaiz": ["Pervaiz", "Pervez"], "Rashid": ["Rashid", "Rasheed"],
    "Shahid": ["Shahid", "Shaheed"], "Nasir": ["Nasir", "Naseer"], "Iqbal": ["Iqbal", "Ikbal"],
    "Ghulam": ["Ghulam", "Gulam"], "Baloch": ["Baloch", "Baluch"], "Majeed": ["Majeed", "Majid"],
    "Hameed": ["Hameed", "Hamid"], "Qureshi": ["Qureshi", "Kureshi"], "Ibrahim": ["Ibrahim", "Ebrahim"],
}
HONORIFICS_M = ["Mr.", "Haji", "Hafiz", "Janab"]
HONORIFICS_F = ["Mst.", "Mrs.", "Bibi"]
# Latin letters -> Urdu letters, for names the Urdu dictionary in rihai.names does not know: lists
# typed in Urdu script then read back must still meet the Latin spelling through the skeleton.
_TO_URDU = {"b": "ب", "p": "پ", "t": "ت", "j": "ج", "ch": "چ", "kh": "خ", "d": "د", "r": "ر",
            "z": "ز", "s": "س", "sh": "ش", "gh": "غ", "f": "ف", "q": "ق", "k": "ک", "g": "گ",
            "l": "ل", "m": "م", "n": "ن", "w": "و", "v": "و", "h": "ہ", "y": "ی", "a": "ا",
            "i": "ی", "e": "ی", "o": "و", "u": "و", "c": "ک", "x": "کس"}


def _urdu_word(word: str) -> str:
    # Prefer the spelling rihai.names knows (a realistic share of common names); else letters.
    canon = names.canonical_tokens(word)
    rev = _urdu_dictionary()
    if len(canon) == 1 and canon[0] in rev:
        return rev[canon[0]]
    w, out, i = word.lower(), [], 0
    while i < len(w):
        two = w[i:i + 2]
        if two in _TO_URDU:
            out.append(_TO_URDU[two])
            i += 2
            continue
        ch = w[i]
        if i == 0 and ch in "aeiou":
            out.append("ا")  # a word-initial vowel is carried by alif in Urdu
        elif ch in "aeiou" and 0 < i < len(w) - 1 and ch != "a":
            out.append(_TO_URDU[ch])
        elif ch in _TO_URDU and not (ch in "aeiou" and 0 < i < len(w) - 1):
            out.append(_TO_URDU[ch])
        i += 1
    return "".join(out)


_REV: dict[str, str] = {}


def _urdu_dictionary() -> dict[str, str]:
    if not _REV:
        # Reads rihai.names' table (read-only) so the generator writes Urdu the way the folding
        # expects for common names; unknown names exercise the skeleton path instead.
        for urdu, latin in names._URDU_WORDS.items():  # noqa: SLF001
            if " " not in latin:
                _REV.setdefault(latin, urdu)
    return _REV


# Share of rows in which each field is present, by source. A family knows a lot but not the
# passport; an embassy list of deportees has passport numbers and little else; FIA has CNICs.
PROFILES = {
    "family": dict(father=0.95, dob=0.6, age=0.35, cnic=0.5, passport=0.15, phone=0.4, district=0.95),
    "embassy": dict(father=0.5, dob=0.6, age=0.1, cnic=0.2, passport=0.8, phone=0.1, district=0.3),
    "fia": dict(father=0.8, dob=0.7, age=0.1, cnic=0.7, passport=0.5, phone=0.3, district=0.7),
    "ngo": dict(father=0.7, dob=0.4, age=0.4, cnic=0.3, passport=0.1, phone=0.5, district=0.8),
}


@dataclass
class Person:
    pid: int
    sex: str
    given: str
    family: str
    father: str
    dob: dt.date
    district: str
    cnic: str
    phone: str
    passport: str


def _long_tail() -> list[str]:
    try:
        from faker.providers.person.en_PK import Provider

        return sorted(set(Provider.first_names))
    except ImportError:  # Faker is optional: the curated lists suffice
        return []


class PopulationGenerator:
    """Seeded generator of people, of noisy records about them, and of tracing requests."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.tail = _long_tail()
        admin = pakistan_admin()
        self.districts = [(prov, d) for prov, v in admin.items() for d in v["districts"]]
        # Big districts hold more people: a few weights make "Lahore" common, as it is.
        self.district_w = [8 if d in {"Lahore", "Karachi", "Faisalabad", "Rawalpindi", "Gujranwala",
                                      "Sialkot", "Peshawar", "Multan", "Quetta"} else 1
                           for _, d in self.districts]

    def _given(self, sex: str) -> str:
        r = self.rng
        if sex == "f":
            return r.choice(self.tail) if self.tail and r.random() < 0.2 else r.choice(FEMALE)
        roll = r.random()
        if roll < 0.1:
            return r.choice(MALE_COMPOUND)
        base = r.choice(self.tail) if self.tail and r.random() < 0.25 else r.choice(MALE)
        return f"Muhammad {base}" if roll < 0.45 else base

    def person(self, pid: int) -> Person:
        r = self.rng
        sex = "m" if r.random() < 0.7 else "f"  # most people traced abroad are men
        prov, district = r.choices(self.districts, weights=self.district_w)[0]
        family = r.choice(FAMILY)
        father = f"{self._given('m')} {family}"
        year = r.randint(1965, 2008)
        dob = dt.date(year, r.randint(1, 12), r.randint(1, 28))
        digit = {"PK-KP": "1", "PK-PB": "3", "PK-SD": "4", "PK-BA": "5", "PK-IS": "6"}.get(prov, "7")
        last = r.choice("13579" if sex == "m" else "2468")
        cnic = digit + "".join(r.choice("0123456789") for _ in range(11)) + last
        phone = f"03{r.randint(0, 49):02d}{r.randint(0, 9999999):07d}"
        passport = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + \
            f"{r.randint(0, 9999999):07d}"
        return Person(pid, sex, self._given(sex), family, father, dob, district, cnic, phone,
                      passport)

    def twin(self, other: Person, pid: int) -> Person:
        """A different person with the same name (and often the same district)."""
        p = self.person(pid)
        p.sex, p.given, p.family = other.sex, other.given, other.family
        if self.rng.random() < 0.5:
            p.district = other.district
        return p

    # ---- writing a person down, the way a list would
    def _spell(self, text: str) -> str:
        r = self.rng
        words = []
        for w in text.split():
            opts = SPELLINGS.get(w)
            words.append(r.choice(opts) if opts and r.random() < 0.5 else w)
        if r.random() < 0.12:
            words = [self._typo(w) if i == r.randrange(len(words)) else w
                     for i, w in enumerate(words)]
        return " ".join(words)

    def _typo(self, w: str) -> str:
        r = self.rng
        if len(w) < 4:
            return w
        i = r.randrange(1, len(w) - 1)
        kind = r.random()
        if kind < 0.35:
            return w[:i] + w[i + 1:]
        if kind < 0.7:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return w[:i] + r.choice("aeiouhnrst") + w[i + 1:]

    def _name(self, p: Person) -> str:
        r = self.rng
        given, family = self._spell(p.given), self._spell(p.family)
        roll = r.random()
        if roll < 0.12:
            full = f"{family} {given}"                       # family name first
        elif roll < 0.2 and len(p.given.split()) > 1:
            full = f"{given.split()[-1]} {family}"           # "Muhammad" dropped
        elif roll < 0.27:
            full = given                                      # family/caste name left out
        else:
            full = f"{given} {family}"
        if r.random() < 0.1:
            full = f"{r.choice(HONORIFICS_M if p.sex == 'm' else HONORIFICS_F)} {full}"
        if r.random() < 0.08:
            full = " ".join(_urdu_word(w) for w in full.split())
        return full

    def record(self, p: Person, rid: str, source: str, ref_year: int = 2025) -> dict:
        """One list's row about ``p``: several fields missing or garbled, as they are."""
        r = self.rng
        have = PROFILES[source]
        row: dict = {"unique_id": rid, "source": source, "full_name": self._name(p)}
        f = self._spell(p.father)
        row["father_name"] = ((f"s/o {f}" if r.random() < 0.2 else f)
                              if r.random() < have["father"] else None)
        roll = r.random()
        if roll < have["dob"]:
            d = p.dob
            if r.random() < 0.06 and d.day <= 12:
                d = dt.date(d.year, d.day, d.month)
            row["dob"] = d.strftime(r.choice(["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"]))
        elif roll < have["dob"] + have["age"]:
            row["age"] = ref_year - p.dob.year - (r.random() < 0.5)
            row["age_on"] = ref_year
        row["sex"] = p.sex if r.random() < 0.8 else None
        row["cnic"] = p.cnic if r.random() < have["cnic"] else None
        if row["cnic"] and r.random() < 0.05:
            row["cnic"] = row["cnic"][:6] + str((int(row["cnic"][6]) + 1) % 10) + row["cnic"][7:]
        row["passport"] = p.passport if r.random() < have["passport"] else None
        row["phone"] = p.phone if r.random() < have["phone"] else None
        row["district"] = p.district if r.random() < have["district"] else None
        return row

    def scenario(self, n_records: int, n_requests: int, *, found_share: float = 0.8,
                 twin_share: float = 0.1):
        """(requests, records, truth): truth holds (request id, record id) pairs that match.

        Each person gets one or more records (some lists hold duplicates); ``found_share`` of the
        requests concern someone who is in the records, the rest someone who is not. A share of
        people share their name with someone else, so a common name alone must not link.
        """
        r = self.rng
        people: list[Person] = []
        n_people = max(1, int(n_records * 0.85))
        for pid in range(n_people):
            if people and r.random() < twin_share:
                people.append(self.twin(r.choice(people), pid))
            else:
                people.append(self.person(pid))
        records, owner = [], []
        sources = ["embassy", "fia", "ngo"]
        for i in range(n_records):
            p = people[i] if i < n_people else r.choice(people)
            records.append(self.record(p, f"R{i}", r.choice(sources)))
            owner.append(p.pid)
        by_pid: dict[int, list[str]] = {}
        for rec, pid in zip(records, owner):
            by_pid.setdefault(pid, []).append(rec["unique_id"])
        requests, truth = [], []
        n_found = int(n_requests * found_share)
        for j in range(n_requests):
            if j < n_found:
                p = people[r.randrange(n_people)]
            else:
                p = self.person(n_people + j)  # nobody's list has them
            req = self.record(p, f"Q{j}", "family")
            requests.append(req)
            truth.extend((req["unique_id"], rid) for rid in by_pid.get(p.pid, []))
        return (pd.DataFrame(requests), pd.DataFrame(records),
                pd.DataFrame(truth, columns=["unique_id_l", "unique_id_r"]))
