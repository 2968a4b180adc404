"""Entity extraction on the normalised working copy.

Every extractor returns spans in working-copy coordinates; ``extract`` maps
them back to the original text through the Normalised offset map.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from . import assessment as S
from .normalise import Normalised, _map_char
from .phones import phones, span_of as _span
from .red_flags import PhraseMatcher, gazetteer, gazetteer_key


class _Dual:
    """A regex compiled twice: case-sensitive for the lower-cased copy (about
    twice as fast) and IGNORECASE for the rare text whose lower() changes length."""

    def __init__(self, pattern: str):
        self.ic = re.compile(pattern, re.I)
        self.lc = re.compile(pattern)

    def finditer(self, n: Normalised):
        return self.lc.finditer(n.lower) if n.lower is not None else self.ic.finditer(n.text)


# Caps keep pathological posts (thousands of numbers or amounts) cheap and the
# output small; a real offer has a handful of each.
MAX_PER_TYPE = 50

_FREE_MAIL = frozenset(
    "gmail.com yahoo.com hotmail.com outlook.com live.com icloud.com aol.com proton.me protonmail.com "
    "yandex.com mail.com gmx.com ymail.com msn.com".split()
)

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}(?![\w@])")
_URL_RE = _Dual(
    r"(?:https?://|www\.)[^\s<>\"']{2,300}|(?<![\w@./-])(?:wa\.me|t\.me|chat\.whatsapp\.com)/[^\s<>\"']{1,100}"
    r"|(?<![\w@./-])[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63})*\.(?:com|pk|net|org|info|biz|io|co|ae|sa)(?:\.pk|\.ae|\.sa|\.uk)?(?:/[^\s<>\"']*)?(?![\w@])",
    
)
_HANDLE_RE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\w@])")
_URL_HINTS = ("www", "http", "wa.me", "t.me", ".com", ".pk", ".net", ".org", ".info", ".biz", ".io", ".co", ".ae", ".sa")
_TELEGRAM_NEAR = re.compile(r"telegram|tg\b|ٹیلی", re.I)

_CUR = (r"usdt|usd|us\s?\$|\$|dollars?|aed|dirhams?|dhs|sar|riyals?|pkr|rs\.?|rupees?|qar|omr|kwd|bhd|myr|ringgit"
        r"|thb|baht|euros?|eur|€|£|gbp|ڈالر|روپے|روپیہ|درہم|ریال|بھات")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MULT = r"\s?(?:k\b|lakh|lac|lakhs|thousand|hazar|لاکھ|ہزار)"
_MONEY_RE = _Dual(
    rf"(?<!\w)(?P<c1>{_CUR})\s?(?P<n1>{_NUM})(?P<m1>{_MULT})?"
    rf"|(?<![\w.,])(?P<n2>{_NUM})(?P<m2>{_MULT})?\s?(?P<c2>{_CUR})(?!\w)"
    rf"|(?<![\w.,])(?P<n3>{_NUM})\s?(?P<m3>lakh|lac|lakhs|لاکھ)(?!\w)",
    
)
_CUR_SCAN = re.compile(_CUR.replace(r"us\s?\$", r"us ?\$"))
_NUM_AFTER = re.compile(rf"\s?(?P<n>{_NUM})(?P<m>{_MULT})?")
_NUM_BEFORE = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})(?P<m>{_MULT})?\s?$")
_LAKH_RE = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})\s?(?P<m>lakh|lac|lakhs|لاکھ)(?!\w)")
_PERIOD_RE = re.compile(
    r"\s{0,3}(?:(?:per|/|a|an|in a|each|every|fi|فی)\s{0,3}(?P<u>month|mon|mo|day|week|year|annum|hour|hr|mahina|maah|ماہ|دن)\b"
    r"|(?P<adj>monthly|daily|weekly|yearly|annually|hourly|mahana|mahwar|rozana|ماہانہ|ماہوار|روزانہ|سالانہ))",
    re.I,
)
_PERIOD_MAP = {"month": "month", "mon": "month", "mo": "month", "mahina": "month", "maah": "month", "ماہ": "month",
               "monthly": "month", "mahana": "month", "mahwar": "month", "ماہانہ": "month", "ماہوار": "month",
               "day": "day", "daily": "day", "rozana": "day", "روزانہ": "day", "دن": "day", "week": "week", "weekly": "week",
               "year": "year", "annum": "year", "yearly": "year", "annually": "year", "سالانہ": "year",
               "hour": "hour", "hr": "hour", "hourly": "hour"}
_SALARY_CTX = re.compile(r"salary|pay|wage|income|earn|package|tankh?wa|tankhwah|تنخواہ|آمدن|کمائی|مشاہرہ", re.I)
# Rough 2025 rates: only used to compare a salary with the market, not for accounting.
_USD_RATE = {"USD": 1.0, "USDT": 1.0, "AED": 0.27, "SAR": 0.27, "QAR": 0.27, "OMR": 2.6, "KWD": 3.25, "BHD": 2.65,
             "PKR": 0.0036, "MYR": 0.22, "THB": 0.029, "EUR": 1.08, "GBP": 1.27}
_CUR_CODE = [("usdt", "USDT"), ("us", "USD"), ("$", "USD"), ("dollar", "USD"), ("ڈالر", "USD"), ("usd", "USD"),
             ("aed", "AED"), ("dirham", "AED"), ("dhs", "AED"), ("درہم", "AED"), ("sar", "SAR"), ("riyal", "SAR"),
             ("ریال", "SAR"), ("pkr", "PKR"), ("rs", "PKR"), ("rupee", "PKR"), ("روپ", "PKR"), ("qar", "QAR"),
             ("omr", "OMR"), ("kwd", "KWD"), ("bhd", "BHD"), ("myr", "MYR"), ("ringgit", "MYR"), ("thb", "THB"),
             ("baht", "THB"), ("بھات", "THB"), ("eur", "EUR"), ("€", "EUR"), ("£", "GBP"), ("gbp", "GBP")]
_PER_MONTH = {"hour": 208.0, "day": 26.0, "week": 4.33, "month": 1.0, "year": 1 / 12}

_JOB_TITLES = [
    *(f"customer {a}{b}" for a in ("service", "support", "care") for b in ("", " agent", " representative", " executive", " officer", " staff")),
    *(f"call {c}{b}" for c in ("centre", "center") for b in ("", " agent", " staff", " operator", " job")),
    "callcentre", "callcenter", "telemarketer", "telesales", "tele sales", "telecaller", "tele caller", "data entry operator", "data entry",
    "typist", "computer operator", "chat agent", "chat support", "software engineer", "software developer", "web developer",
    "it technician", "civil engineer", "electrical engineer", "mechanical engineer", "engineer", "receptionist", "hostess", "host",
    "waitress", "waiter", "driver", "heavy driver", "heavy duty driver", "electrician", "plumber", "welder", "mason", "carpenter",
    "steel fixer", "labourer", "laborer", "helper", "cleaner", "security guard", "cook", "chef", "nurse", "staff nurse", "caregiver",
    "housemaid", "maid", "salesman", "salesmen", "sales executive", "sales staff", "sales agent", "accountant", "online marketing",
    "online sales", "crypto trader", "crypto agent", "model", "dancer", "ac technician", "duct fabricator",
    "کسٹمر سروس", "کال سینٹر", "کال سنٹر", "ڈرائیور", "ریسپشنسٹ", "ہوسٹس", "الیکٹریشن", "پلمبر", "ویلڈر", "مستری", "مزدور", "ہیلپر",
    "سکیورٹی گارڈ", "باورچی", "نرس", "ڈیٹا انٹری", "کمپیوٹر آپریٹر", "ٹائپسٹ", "انجینئر",
]
_JOB = PhraseMatcher(["".join(c if c.isascii() else _map_char(c) for c in t) for t in _JOB_TITLES], suffix="(?:e?s)?")
_ORG_RE = re.compile(
    r"(?<![\w])((?:[A-Z][\w&'.-]*\s){1,5}(?:Overseas Employment Promoters?|Overseas Employment Corporation|Overseas(?: Services)?|Manpower(?: Services)?"
    r"|Recruit\w*|Travels?|Tours|Consultants?|Enterprises|Associates|International|Corporation|Company|Group|Services|Solutions|Technologies|Trading"
    r"|(?:\(?Pvt\.?\)?\s?)?Ltd\.?|Limited))(?!\w)"
)
_ORG_STOP = frozenset({"The", "A", "An", "Our", "Contact", "Apply", "Job", "Jobs", "Urgent", "Salary", "Join", "For", "In", "At", "Via"})
_LIC_RE = re.compile(
    r"(?<![\w/])(?:(?P<pre>[A-Za-z]{2,4})\s?/\s?)?(?P<num>\d{3,5})\s?/\s?(?P<city>[A-Za-z]{2,4})(?![\w/])"
    r"|(?:licen[cs]e|lic\.?|oep)\s?(?:no\.?|number|#)?\s?[:\-]?\s?(?P<num2>\d{3,5})(?![\w/])",
    re.I,
)
_LIC_HINT = re.compile(r"\d{3}\s?/")
_LIC_CTX = re.compile(r"licen[cs]e|lic\b|lic\.|oep|promoter|لائسنس", re.I)
_LIC_STOP = frozenset({"DAY", "MON", "WEEK", "HR", "HRS", "YEAR", "YR", "YRS", "PCS", "KG", "KGS", "USD", "AED", "PKR", "SAR", "QAR",
                       "MONTH", "PM", "AM", "RS", "DHS", "SQFT", "MO"})


def emails(n: Normalised) -> list[S.Email]:
    out: list[S.Email] = []
    if "@" not in n.text:
        return out
    for m in _EMAIL_RE.finditer(n.text):
        addr = m.group(0).lower()
        dom = addr.rsplit("@", 1)[1]
        out.append(S.Email(address=addr, domain=dom, free_mail=dom in _FREE_MAIL, span=_span(n, m.start(), m.end())))
    return out


def urls_and_handles(n: Normalised) -> tuple[list[S.Url], list[S.Handle]]:
    urls: list[S.Url] = []
    handles: list[S.Handle] = []
    t = n.text
    probe = n.lower if n.lower is not None else t.lower()
    if "." not in t or not any(h in probe for h in _URL_HINTS):
        if "@" in t:
            handles.extend(_handles(n))
        return urls, handles
    for m in _URL_RE.finditer(n):
        raw = t[m.start():m.end()].rstrip(".,;:!?)]}'\"")
        if "@" in t[max(0, m.start() - 1): m.start()]:
            continue
        b = m.start() + len(raw)
        full = raw if "://" in raw else "http://" + raw
        try:
            dom = (urlsplit(full).hostname or "").lower()
        except ValueError:
            continue
        urls.append(S.Url(url=raw, domain=dom, span=_span(n, m.start(), b)))
        path = urlsplit(full).path.strip("/").split("/")[0] if dom in ("wa.me", "t.me") else ""
        if dom == "wa.me" and path:
            handles.append(S.Handle(platform="whatsapp", handle=path, span=_span(n, m.start(), b)))
        elif dom == "t.me" and path:
            handles.append(S.Handle(platform="telegram", handle="@" + path, span=_span(n, m.start(), b)))
    if "@" in t:
        handles.extend(_handles(n))
    return urls, handles


def _handles(n: Normalised) -> list[S.Handle]:
    t = n.text
    out = []
    for m in _HANDLE_RE.finditer(t):
        plat = "telegram" if _TELEGRAM_NEAR.search(t[max(0, m.start() - 40): m.start()]) else "unknown"
        out.append(S.Handle(platform=plat, handle="@" + m.group(1), span=_span(n, m.start(), m.end())))
    return out


def _currency(raw: str) -> str:
    low = raw.lower()
    for key, code in _CUR_CODE:
        if low.startswith(key):
            return code
    return "PKR"


def _amount(num: str, mult: str | None) -> float:
    v = float(num.replace(",", ""))
    m = (mult or "").strip().lower()
    if m in ("k", "thousand", "hazar", "ہزار"):
        v *= 1_000
    elif m in ("lakh", "lac", "lakhs", "لاکھ"):
        v *= 100_000
    return v


def _money_item(n: Normalised, a: int, b: int, num: str, mult: str | None, cur: str) -> S.Money | None:
    t = n.text
    try:
        amount = _amount(num, mult)
    except ValueError:
        return None
    if amount <= 0 or amount > 1e9:
        return None
    pm = _PERIOD_RE.match(t, b)
    period = None
    if pm:
        period = _PERIOD_MAP.get((pm.group("u") or pm.group("adj") or "").lower())
        b = pm.end()
    salary = bool(_SALARY_CTX.search(t[max(0, a - 40): a])) or period is not None
    usd = amount * _USD_RATE[cur] * _PER_MONTH[period or "month"] if cur in _USD_RATE else None
    return S.Money(amount=amount, currency=cur, period=period, usd_per_month=round(usd, 2) if usd else None,
                   salary_context=salary, span=_span(n, a, b))


def money(n: Normalised) -> list[S.Money]:
    """Currency tokens are found with a fast literal scan, then the number is
    read on either side; a single regex with the number first was the
    slowest part of screening because it is tried at every digit."""
    low = n.lower
    out: list[S.Money] = []
    if low is None:  # rare: fall back to the one-regex form
        for m in _MONEY_RE.finditer(n):
            g = m.groupdict()
            item = _money_item(n, m.start(), m.end(), g["n1"] or g["n2"] or g["n3"], g["m1"] or g["m2"] or g["m3"],
                               _currency(g["c1"] or g["c2"] or "pkr"))
            if item:
                out.append(item)
        return out
    claimed: list[tuple[int, int]] = []
    size = len(low)
    for c in _CUR_SCAN.finditer(low):
        s, e = c.span()
        if c.group(0)[0].isalpha() and ((s > 0 and low[s - 1].isalpha()) or (e < size and low[e].isalpha())):
            continue  # "rs" inside "workers"
        m = _NUM_AFTER.match(low, e)
        if m:
            a, b, num, mult = s, m.end(), m.group("n"), m.group("m")
        else:
            m = _NUM_BEFORE.search(low, max(0, s - 30), s)
            if not m:
                continue
            a, b, num, mult = m.start(), e, m.group("n"), m.group("m")
        if claimed and a < claimed[-1][1]:
            continue  # currency tokens arrive left to right: only the last claim can overlap
        item = _money_item(n, a, b, num, mult, _currency(c.group(0)))
        if item:
            claimed.append((a, b))
            out.append(item)
            if len(out) >= MAX_PER_TYPE:
                break
    if "lakh" in low or "lac" in low or "لاکھ" in low:
        for m in _LAKH_RE.finditer(low):
            if len(out) >= 2 * MAX_PER_TYPE:
                break
            if any(m.start() < cb and ca < m.end() for ca, cb in claimed[-MAX_PER_TYPE:]):
                continue
            item = _money_item(n, m.start(), m.end(), m.group("n"), m.group("m"), "PKR")
            if item:
                out.append(item)
    out.sort(key=lambda x: x.span.start)
    return out[:MAX_PER_TYPE]


def destinations(n: Normalised) -> list[S.Destination]:
    g = gazetteer()
    out = []
    for m in g.matcher.finditer(n.text, n.lower, n.words):
        place = g.lookup.get(gazetteer_key(m.group(0)))
        if place is None:
            continue
        out.append(S.Destination(name=place["name"], country=place["country"], kind=place["kind"], region=place["region"],
                                 source=place.get("source"), span=_span(n, m.start(), m.end())))
    return out


def job_titles(n: Normalised) -> list[S.JobTitle]:
    return [S.JobTitle(title=" ".join(m.group(0).lower().split()), span=_span(n, m.start(), m.end())) for m in _JOB.finditer(n.text, n.lower, n.words)]


def organisations(n: Normalised) -> list[S.Organisation]:
    out = []
    for m in _ORG_RE.finditer(n.text):
        words = m.group(1).split()
        while words and words[0] in _ORG_STOP:
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = m.start(1) + m.group(1).find(words[0])
        out.append(S.Organisation(name=name, span=_span(n, start, m.end(1))))
    return out


def normalise_licence(raw: str) -> str:
    """'mpd / 2671/lhr' -> 'MPD/2671/LHR'; '696/rwp' -> '0696/RWP'."""
    parts = [p for p in re.split(r"[\s/\\\-]+", raw.upper()) if p]
    parts = [p.zfill(4) if p.isdigit() else p for p in parts]
    return "/".join(parts)


def licences(n: Normalised) -> list[S.LicenceMention]:
    t = n.text
    out: list[S.LicenceMention] = []
    if not _LIC_HINT.search(t) and not _LIC_CTX.search(t):
        return out
    for m in _LIC_RE.finditer(t):
        ctx = bool(_LIC_CTX.search(t[max(0, m.start() - 40): m.start() + 8]))
        if m.group("num2"):
            raw = m.group("num2")
            a, b = m.start("num2"), m.end("num2")
        else:
            city = m.group("city")
            if not ctx and (not city.isupper() or city.upper() in _LIC_STOP):
                continue
            if city.upper() in _LIC_STOP:
                continue
            raw, a, b = m.group(0), m.start(), m.end()
        out.append(S.LicenceMention(raw=n.original[slice(*n.to_original(a, b))], normalised=normalise_licence(raw), span=_span(n, a, b)))
    return out


def extract(n: Normalised) -> S.Entities:
    urls, handles = urls_and_handles(n)
    cap = MAX_PER_TYPE
    return S.Entities(phones=phones(n), emails=emails(n)[:cap], urls=urls[:cap], handles=handles[:cap], money=money(n),
                      destinations=destinations(n)[:cap], job_titles=job_titles(n)[:cap],
                      organisations=organisations(n)[:cap], licences=licences(n)[:cap])
