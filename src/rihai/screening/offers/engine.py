"""Rule engine: indicator hits + entities -> flags -> blended, banded risk.

Scoring (documented in docs/screening.md):
  rule_logit = bias + sum(weights of distinct red flags and interactions)
               + max(sum(reassuring weights), max_reassurance)
  risk = sigmoid(rule_weight * rule_logit + model_weight * clip(model_logit) + offset)
Each code counts once however often it matches, so repeating a keyword cannot
inflate the score, and every single weight is well below |bias| so no single
keyword decides the band.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Iterable

from . import assessment as S
from . import phrases
from .entities import extract
from .licences import Register, check_licence
from .normalise import MAX_ANALYSED_CHARS, Normalised, normalise
from .red_flags import RuleSet, ruleset

if TYPE_CHECKING:
    from .classifier import ScreeningModel


class ScreeningInputError(ValueError):
    """The input cannot be screened at all (not text, or nothing in it)."""


ADVICE = {
    "verify_licence": ("Before paying or handing over documents, check the recruiter's Overseas Employment Promoter licence on the Bureau of Emigration & Overseas Employment (BE&OE) website or at a Protector of Emigrants office. Only licensed OEPs or the Overseas Employment Corporation may recruit for jobs abroad.",
                       "کوئی رقم یا کاغذات دینے سے پہلے بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ کی ویب سائٹ یا پروٹیکٹر آف امیگرنٹس کے دفتر سے ایجنٹ کا اوورسیز ایمپلائمنٹ پروموٹر لائسنس چیک کریں۔ بیرون ملک نوکری کے لیے صرف لائسنس یافتہ ایجنٹ یا اوورسیز ایمپلائمنٹ کارپوریشن بھرتی کر سکتے ہیں۔"),
    "report_fia": ("If you suspect trafficking or a fake job, report it to the FIA (Anti-Human Trafficking Circle) through its official complaint channels, and keep the ad, numbers and chats as evidence.",
                   "اگر اسمگلنگ یا جعلی نوکری کا شبہ ہو تو ایف آئی اے (اینٹی ہیومن ٹریفکنگ سرکل) کو اس کے سرکاری شکایتی ذرائع سے اطلاع دیں، اور اشتہار، نمبر اور چیٹ بطور ثبوت محفوظ رکھیں۔"),
    "work_visa_protector": ("Travel only on a work visa with your contract checked and registered at the Protector of Emigrants. Never work abroad on a visit, tourist or Umrah visa.",
                            "صرف ورک ویزا پر جائیں اور اپنا معاہدہ پروٹیکٹر آف امیگرنٹس کے دفتر میں چیک اور رجسٹر کروائیں۔ وزٹ، سیاحتی یا عمرہ ویزا پر کبھی بیرون ملک کام نہ کریں۔"),
    "no_cash_without_receipt": ("Do not pay 'processing' or advance fees to individuals or mobile wallets. Pay only amounts allowed by the government schedule, to a licensed OEP, against an official receipt.",
                                "کسی فرد یا موبائل والٹ کو 'پروسیسنگ' یا ایڈوانس فیس نہ دیں۔ صرف سرکاری شیڈول کے مطابق رقم، لائسنس یافتہ ایجنٹ کو، باقاعدہ رسید کے ساتھ ادا کریں۔"),
    "keep_passport": ("Keep your original passport. Give copies only, and tell your family where you are going and who the employer is.",
                      "اپنا اصل پاسپورٹ اپنے پاس رکھیں۔ صرف کاپی دیں، اور گھر والوں کو بتائیں کہ آپ کہاں اور کس آجر کے پاس جا رہے ہیں۔"),
    "sea_warning": ("The FIA has warned that 'IT' and call-centre jobs in Thailand, Myanmar, Laos and Cambodia have been used to traffic Pakistanis into online-fraud compounds. Confirm the employer independently before travelling.",
                    "ایف آئی اے خبردار کر چکی ہے کہ تھائی لینڈ، میانمار، لاؤس اور کمبوڈیا میں 'آئی ٹی' اور کال سینٹر کی نوکریوں کے ذریعے پاکستانیوں کو آن لائن فراڈ کیمپوں میں پہنچایا گیا۔ سفر سے پہلے آجر کی آزادانہ تصدیق کریں۔"),
    "low_confidence": ("This text could not be analysed reliably (see notes). Treat the result as incomplete and check the offer with the BE&OE.",
                       "اس متن کا درست تجزیہ نہیں ہو سکا (نوٹس دیکھیں)۔ نتیجے کو نامکمل سمجھیں اور پیشکش کی تصدیق بیورو آف امیگریشن سے کریں۔"),
}
_ADVICE_TRIGGERS = {
    "work_visa_protector": {"visit_visa_for_work", "azad_visa", "no_contract", "transit_third_country"},
    "no_cash_without_receipt": {"upfront_fee", "payment_to_wallet", "asks_bank_or_id"},
    "keep_passport": {"passport_handover", "transit_third_country", "young_women_hostess"},
    "sea_warning": {"sea_destination", "scam_hub", "scam_role_in_sea"},
}
# The country names (as the gazetteer spells them) a phone's region stands for, for "a contact number
# from a third country": a UAE number for a job in Cambodia is one, a UAE number for a job in Dubai is not.
_PHONE_COUNTRY = {"AE": ("united arab emirates", "uae"), "SA": ("saudi",), "QA": ("qatar",), "OM": ("oman",),
                  "BH": ("bahrain",), "KW": ("kuwait",), "MY": ("malaysia",), "TH": ("thailand",), "KH": ("cambodia",),
                  "MM": ("myanmar",), "LA": ("laos",), "VN": ("vietnam", "viet nam"), "GB": ("united kingdom", "uk"),
                  "IT": ("italy",), "ES": ("spain",), "TR": ("turkey", "türkiye"), "IR": ("iran",), "CN": ("china",)}
# Pay quoted in the currency of a South-East-Asian workplace (baht, ringgit) rather than in dollars:
# the genuine local posts there do, the scam-compound lures quote US dollars.
_LOCAL_PAY = frozenset({"THB", "MYR"})
_SCAM_ROLE_TITLES = ("customer", "call", "tele", "data entry", "typist", "computer operator", "chat", "online", "crypto")


@dataclass
class RuleResult:
    """Everything the rules found, in working-copy coordinates (cheap to build)."""

    norm: Normalised
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    entities: S.Entities | None = None
    licence_checks: list[S.LicenceCheck] = field(default_factory=list)
    logit: float = 0.0
    notes: list[str] = field(default_factory=list)


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


_JUNK_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _junk_ratio(text: str) -> float:
    return len(_JUNK_RE.findall(text)) / len(text) if text else 0.0


def validate(text: object) -> str:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise ScreeningInputError("expected decoded text (str), got bytes: decode it first, e.g. as UTF-8")
    if not isinstance(text, str):
        raise ScreeningInputError(f"expected str, got {type(text).__name__}")
    if not text.strip():
        raise ScreeningInputError("empty text: nothing to screen")
    return text


def _derive(rr: RuleResult, rs: RuleSet, register: Register | None, as_of: date | None) -> None:
    ent = rr.entities
    assert ent is not None
    hits = rr.hits
    sea = [d for d in ent.destinations if d.region == "sea"]
    if sea:
        hits.setdefault("sea_destination", []).extend((d.span.start, d.span.end) for d in sea)
    hubs = [d for d in ent.destinations if d.kind in ("hub", "transit")]
    if hubs:
        hits.setdefault("scam_hub", []).extend((d.span.start, d.span.end) for d in hubs)
    threshold = rs.scoring.get("pay_above_market_usd_month", 1000)
    entry_level = any(c in hits for c in ("no_experience", "no_interview", "scam_role", "young_women_hostess", "targets_graduates_english")) \
        or any(any(k in j.title for k in _SCAM_ROLE_TITLES) for j in ent.job_titles)
    high_pay = [m for m in ent.money if m.salary_context and (m.usd_per_month or 0) >= threshold]
    if high_pay and entry_level:
        hits["pay_above_market"] = [(m.span.start, m.span.end) for m in high_pay]
    if ent.phones and all(p.mobile for p in ent.phones) and not ent.emails \
            and not any(u.domain not in ("wa.me", "t.me", "chat.whatsapp.com") for u in ent.urls):
        hits["personal_number_only"] = [(p.span.start, p.span.end) for p in ent.phones]
    company_mail = [e for e in ent.emails if not e.free_mail]
    if company_mail:
        hits["company_email"] = [(e.span.start, e.span.end) for e in company_mail]
    job_countries = " ".join(d.country.lower() for d in ent.destinations)
    foreign = [p for p in ent.phones if p.region and p.region != "PK"
               and not any(name in job_countries for name in _PHONE_COUNTRY.get(p.region, ()))]
    if foreign:
        hits["foreign_contact_number"] = [(p.span.start, p.span.end) for p in foreign]
    local_pay = [m for m in ent.money if m.salary_context and m.currency in _LOCAL_PAY]
    if local_pay:
        hits["local_currency_pay"] = [(m.span.start, m.span.end) for m in local_pay]
    free = [e for e in ent.emails if e.free_mail]
    if free and not company_mail and ent.organisations:
        hits["free_mail_company"] = [(e.span.start, e.span.end) for e in free]
    if ent.licences:
        hits["oep_licence_cited"] = [(lic.span.start, lic.span.end) for lic in ent.licences]
    if register is not None:
        _licence_flags(rr, register, as_of)


def _licence_flags(rr: RuleResult, register: Register, as_of: date | None) -> None:
    ent = rr.entities
    assert ent is not None
    orgs = ent.organisations
    name = orgs[0].name if orgs else None
    checks = []
    for lic in ent.licences:
        chk = check_licence(register, licence=lic.normalised, name=name, as_of=as_of)
        checks.append((chk, (lic.span.start, lic.span.end)))
    if not ent.licences:
        for org in orgs:
            chk = check_licence(register, name=org.name, as_of=as_of)
            if chk.status != "not_found":
                checks.append((chk, (org.span.start, org.span.end)))
    for chk, span in checks:
        rr.licence_checks.append(chk)
        if chk.status == "not_found":
            rr.hits.setdefault("licence_not_found", []).append(span)
        elif chk.status == "suspended_or_expired":
            rr.hits.setdefault("licence_suspended_or_expired", []).append(span)
        elif chk.name_matches_licence is False:
            rr.hits.setdefault("licence_name_mismatch", []).append(span)
        else:
            rr.hits.setdefault("licence_verified", []).append(span)
    if any(c.status != "licensed" for c, _ in checks):
        rr.hits.pop("oep_licence_cited", None)  # a quoted but invalid licence must not reassure


def _to_original(rr: RuleResult, spans: Iterable[tuple[int, int]], already_original: bool) -> list[S.Span]:
    out: dict[tuple[int, int], S.Span] = {}
    n = rr.norm
    for a, b in spans:
        oa, ob = (a, b) if already_original else n.to_original(a, b)
        if (oa, ob) not in out:
            out[(oa, ob)] = S.Span(start=oa, end=ob, text=n.original[oa:ob])
    return sorted(out.values(), key=lambda s: (s.start, s.end))


# Derived codes come from entity spans, which are already in original coordinates.
_ORIGINAL_COORD_CODES = frozenset({"sea_destination", "scam_hub", "pay_above_market", "personal_number_only", "company_email",
                                   "foreign_contact_number", "free_mail_company", "local_currency_pay",
                                   "oep_licence_cited", "licence_not_found", "licence_suspended_or_expired",
                                   "licence_name_mismatch", "licence_verified"})


def analyse(text: str, register: Register | None = None, as_of: date | None = None) -> RuleResult:
    """Run normalisation, indicator regexes, entities and derived flags (no model)."""
    rs = ruleset()
    norm = normalise(text)
    rr = RuleResult(norm=norm)
    if norm.truncated:
        rr.notes.append(f"text longer than {MAX_ANALYSED_CHARS} characters: only the first {MAX_ANALYSED_CHARS} were analysed")
    if norm.html:
        rr.notes.append("HTML markup was stripped for analysis; spans refer to the original markup")
    junk = _junk_ratio(text[:MAX_ANALYSED_CHARS])  # before normalisation turns control bytes into spaces
    letters = len(_LETTER_RE.findall(norm.text))
    if junk > 0.2 or (len(norm.text) >= 20 and letters / len(norm.text) < 0.2):
        rr.notes.append("text looks like binary or non-linguistic content; result is low-confidence")
    elif letters == 0 and not any(c.isdigit() for c in norm.text):
        rr.notes.append("no letters or digits left to analyse (only symbols, emoji or invisible marks); result is low-confidence")
    low = norm.lower
    # One scan finds every literal any indicator needs; an indicator none of whose literals is here
    # cannot match, and its regex is not run. Where lower-casing changed the length (rare), the
    # case-insensitive patterns run on the text itself.
    present = rs.scan.present(low if low is not None else norm.text.lower())
    target = low if low is not None else norm.text
    for code, ind in rs.indicators.items():
        rx = ind.regex_lc if low is not None else ind.regex
        if rx is not None and (ind.triggers is None or not ind.triggers.isdisjoint(present)):
            spans = [(m.start(), m.end()) for m in rx.finditer(target) if m.end() > m.start()]
            if spans:
                rr.hits[code] = spans
    rr.entities = extract(norm)
    _derive(rr, rs, register, as_of)
    for keep, losers in rs.conflicts.items():
        if keep in rr.hits and any(c in rr.hits for c in losers):
            del rr.hits[keep]  # "no interview" must not count as an interview process
    rr.logit = rule_logit(set(rr.hits), rs)
    return rr


def active_interactions(codes: set[str], rs: RuleSet) -> list:
    return [i for i in rs.interactions if all(not codes.isdisjoint(group) for group in i.requires)]


def rule_logit(codes: set[str], rs: RuleSet | None = None) -> float:
    rs = rs or ruleset()
    weights = [ind.weight for c in codes if (ind := rs.indicators.get(c)) is not None]
    # fsum: a set of codes iterates in a per-process order, and a float sum in another order may differ
    # in the last digit; the same post must get the same logit in every process.
    pos = math.fsum([w for w in weights if w >= 0] + [i.weight for i in active_interactions(codes, rs)])
    neg = math.fsum(w for w in weights if w < 0)
    return rs.scoring["bias"] + pos + max(neg, rs.scoring.get("max_reassurance", -99.0))


def blend(rule_lg: float, model_p: float | None, rs: RuleSet | None = None) -> float:
    """Risk from the rule logit (Platt-calibrated when the weights were learned), with the text
    model's clipped logit mixed in only while its blend weight is above zero."""
    rs = rs or ruleset()
    sc = rs.scoring["blend"]
    cal = rs.scoring.get("calibration")
    if model_p is None or not model_in_use(rs):
        return sigmoid(cal[0] * rule_lg + cal[1]) if cal else sigmoid(rule_lg)
    p = min(max(model_p, 1e-6), 1 - 1e-6)
    clip = sc["model_logit_clip"]
    m = max(-clip, min(clip, math.log(p / (1 - p))))
    rule_part = cal[0] * rule_lg + cal[1] if cal else sc["rule_weight"] * rule_lg
    return sigmoid(rule_part + sc["model_weight"] * m + sc.get("offset", 0.0))


def model_in_use(rs: RuleSet | None = None) -> bool:
    """False when the text model's blend weight is 0: then nobody needs to score it."""
    return float((rs or ruleset()).scoring["blend"].get("model_weight", 0.0)) > 0.0


def shown_codes(hits: Iterable[str], rs: RuleSet) -> set[str]:
    """The codes a person is shown: every sign with a weight, and a context-only sign (a WhatsApp
    contact, a destination) only where it takes part in an active interaction."""
    hits = set(hits)
    in_inter = {c for i in active_interactions(hits, rs) if i.weight > 0 for group in i.requires for c in group}
    return {c for c in hits if rs.indicators[c].weight != 0.0 or c in in_inter}


def phrase_risk(rr: RuleResult, ship: phrases.Shipped, red_flags: int) -> tuple[float, str, list[S.Flag]]:
    """Risk, band and the two phrase signs when the explainable phrase model is shipped. The wording's
    term is bounded (``phrases.Stacked``), and with fewer than two sourced red flags (``red_flags``) the
    post stays below "high"."""
    txt, flags = phrases.explain(rr.norm, rr.entities, ship.model, ship.stack.c, cap=ship.stack.cap, parts=ship.parts)
    risk = sigmoid(ship.stack.a * rr.logit + float(ship.stack.text_term(float(txt))) + ship.stack.b)
    risk = float(phrases.bounded_risk(float(risk), int(red_flags), ship.bands["high"], ship.bands["medium"]))
    band = "high" if risk >= ship.bands["high"] else "medium" if risk >= ship.bands["medium"] else "low"
    return risk, band, flags


def band_for(risk: float, rs: RuleSet | None = None) -> str:
    b = (rs or ruleset()).scoring["bands"]
    return "high" if risk >= b["high"] else "medium" if risk >= b["medium"] else "low"


def _flags(rr: RuleResult, rs: RuleSet) -> tuple[list[S.Flag], list[S.Flag]]:
    red, good = [], []
    shown = shown_codes(rr.hits, rs)
    for code, spans in rr.hits.items():
        if code not in shown:
            continue
        ind = rs.indicators[code]
        f = S.Flag(code=code, kind=ind.kind, weight=ind.weight, explanation_en=ind.explanation_en,
                   explanation_ur=ind.explanation_ur, spans=_to_original(rr, spans, code in _ORIGINAL_COORD_CODES),
                   sources=[S.Source(**s) for s in ind.sources])
        (good if ind.weight < 0 else red).append(f)
    for inter in active_interactions(set(rr.hits), rs):
        if inter.weight <= 0:
            continue
        spans: list[S.Span] = []
        for group in inter.requires:
            for c in group:
                if c in rr.hits:
                    spans.extend(_to_original(rr, rr.hits[c], c in _ORIGINAL_COORD_CODES))
        red.append(S.Flag(code=inter.code, kind="red_flag", weight=inter.weight, explanation_en=inter.explanation_en,
                          explanation_ur=inter.explanation_ur, spans=sorted(set(spans), key=lambda s: (s.start, s.end)),
                          sources=[S.Source(**s) for s in inter.sources]))
    red.sort(key=lambda f: -f.weight)
    good.sort(key=lambda f: f.weight)
    return red, good


def _advice(codes: set[str], low_conf: bool) -> list[S.Advice]:
    keys = ["verify_licence", "report_fia"]
    keys += [k for k, trig in _ADVICE_TRIGGERS.items() if codes & trig]
    if low_conf:
        keys.append("low_confidence")
    return [S.Advice(code=k, en=ADVICE[k][0], ur=ADVICE[k][1]) for k in keys]


def assess(text: str, register: Register | Iterable | None = None, *, as_of: date | None = None,
           model: ScreeningModel | None = None) -> S.Assessment:
    """Screen one job offer with the rules, blended with ``model`` when one is given (the front door,
    ``service.screen``, passes ``training.get_model()``; the engine never loads a model itself, so the
    classifier's training, which needs this engine, never sits below it). Raises ScreeningInputError
    for non-text or empty input."""
    text = validate(text)
    rs = ruleset()
    if register is not None and not isinstance(register, Register):
        register = Register(register)
    rr = analyse(text, register, as_of)
    model_p = model_version = None
    if model is not None and model_in_use(rs):
        model_p = float(model.predict_proba([rr.norm.text], [set(rr.hits)])[0])
        model_version = model.version
    risk = blend(rr.logit, model_p, rs)
    red, good = _flags(rr, rs)
    band = band_for(risk, rs)
    ship = phrases.shipped()
    if ship is not None:
        # The phrase model shipped: the risk is the stacked one, its points shown as two more signs.
        risk, band, pflags = phrase_risk(rr, ship, red_flags=sum(1 for f in red if f.weight > 0))
        red += [f for f in pflags if f.kind == "red_flag"]
        good += [f for f in pflags if f.kind == "reassuring"]
        model_version = ship.version
    low_conf = any("low-confidence" in n for n in rr.notes)
    codes = {f.code for f in red}
    return S.Assessment(
        risk=round(risk, 4), band=band, rule_logit=round(rr.logit, 3),
        model_probability=None if model_p is None else round(model_p, 4),
        red_flags=red, reassuring=good, entities=rr.entities, licence_checks=rr.licence_checks,
        advice=_advice(codes, low_conf), confidence="low" if low_conf else "normal", notes=rr.notes,
        truncated=rr.norm.truncated, analysed_chars=len(rr.norm.text), indicators_version=rs.version,
        model_version=model_version,
    )
