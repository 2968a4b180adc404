"""Labelled SYNTHETIC corpus of job offers for training and evaluating the model.

Every text is generated from a template ("skeleton") and tagged with its
template id so evaluation can hold out whole templates (GroupShuffleSplit):
near-duplicates of one template never sit on both sides of the split.

Everything here is fictional and visibly so: agencies are called "Example ...",
"Demo ...", licence numbers start with 99 (real ones quoted in public are
lower), e-mails use the reserved example.com/example.org domains and phone
numbers follow the 0300-0000xxx pattern. Lures are grounded in the public facts
listed in shared/data/recruitment/red_flags_sources.md (FIA, BE&OE, Interpol,
ReliefWeb, Love Justice warnings) and the hubs in scam_hubs.csv.
"""
from __future__ import annotations

import random
from typing import Callable

SEA_EN = ["Thailand", "Bangkok", "Cambodia", "Phnom Penh", "Myanmar", "Laos", "Vietnam", "Sihanoukville", "Myawaddy",
          "Mae Sot", "Poipet", "Golden Triangle SEZ", "KK Park", "Shwe Kokko"]
SEA_UR = ["تھائی لینڈ", "بنکاک", "کمبوڈیا", "میانمار", "لاؤس", "ویتنام"]
GULF_EN = ["Dubai", "Saudi Arabia", "Riyadh", "Jeddah", "Qatar", "Oman", "Kuwait", "Bahrain", "Abu Dhabi", "Sharjah"]
GULF_UR = ["دبئی", "سعودی عرب", "قطر", "عمان", "کویت", "بحرین"]
OTHER_EN = ["Malaysia", "Romania", "Poland", "Azerbaijan", "Russia", "Turkey", "Libya", "Serbia"]
SCAM_ROLE_EN = ["customer service", "call centre agent", "data entry", "typing", "chat support", "online marketing",
                "IT support", "crypto trading assistant", "telemarketing", "game tester", "customer support"]
SCAM_ROLE_UR = ["کسٹمر سروس", "کال سینٹر", "ڈیٹا انٹری", "ٹائپنگ", "آن لائن مارکیٹنگ", "کمپیوٹر آپریٹر"]
SCAM_ROLE_RO = ["customer service", "call center", "typing", "computer ka kaam", "data entry", "online marketing"]
TRADE_EN = ["electricians", "heavy drivers", "plumbers", "welders", "steel fixers", "masons", "staff nurses", "accountants",
            "chefs", "security guards", "AC technicians", "duct fabricators"]
TRADE_UR = ["الیکٹریشن", "ہیوی ڈرائیور", "پلمبر", "ویلڈر", "مستری", "سکیورٹی گارڈ", "نرس"]
CITY = ["Lahore", "Karachi", "Islamabad", "Rawalpindi", "Peshawar", "Multan", "Faisalabad"]
CITY_CODE = ["LHR", "RWP", "KHI", "ISB", "MLK", "PEW", "MUL"]
AGENCY = ["Example Overseas Employment Promoters", "Demo Manpower Services", "Sample Star Overseas Pvt Ltd",
          "Placeholder Recruiting Agency", "Testline Overseas Employment Promoters", "Specimen Manpower International"]
AGENCY_UR = ["ایگزیمپل اوورسیز", "ڈیمو مین پاور", "سیمپل سٹار اوورسیز"]
COMPANY = ["Example Contracting Co.", "Demo Facilities Management", "Sample Hospitality Group", "Placeholder Logistics LLC"]
URGENT = ["URGENT", "Urgent hiring", "Hurry up", "Limited seats", "Only 5 seats left", "Last date today", "Apply now"]
EMOJI = ["", "", "🔥", "✅", "💰", "✈️", "📞", "🇹🇭", "⚠️"]


def _phone(r: random.Random) -> str:
    """Fictional 0300-0000xxx numbers, dressed up the way real lures disguise them."""
    tail = f"{r.randint(0, 999):03d}"
    base = "03000000" + tail
    style = r.randrange(8)
    if style == 0:
        return f"0300-0000{tail}"
    if style == 1:
        return base
    if style == 2:
        return f"+92 300 0000{tail}"
    if style == 3:
        return f"03OO-OOOO{tail.replace('1', 'l')}"
    if style == 4:
        return " ".join(base)
    if style == 5:
        return f"wa.me/923000000{tail}"
    if style == 6:
        return base.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    return f"0300 0000 {tail}"


def _usd_high(r: random.Random) -> str:
    amt = r.choice([1000, 1200, 1500, 1800, 2000, 2500])
    return r.choice([f"{amt}$", f"${amt:,}", f"USD {amt}", f"{amt} dollars", f"{amt} USD per month"])


def _lic(r: random.Random) -> str:
    num = f"99{r.randint(10, 99)}/{r.choice(CITY_CODE)}"
    return r.choice([num, num, f"OEP/{num}"])


def _fee(r: random.Random) -> str:
    return r.choice(["50,000", "80,000", "1,20,000", "150000", "2 lakh", "3.5 lakh"])


def _date(r: random.Random) -> str:
    return f"{r.randint(1, 28)}-{r.randint(1, 12):02d}-2026"


# Each skeleton: (group id, language, label, renderer)
def _L01(r):
    return (f"{r.choice(URGENT)}! {r.choice(SCAM_ROLE_EN).title()} jobs in {r.choice(SEA_EN)} {r.choice(EMOJI)}\n"
            f"Salary {_usd_high(r)}. {r.choice(['Visa+ticket free', 'Free visa and ticket', 'Visa & ticket by company'])}. "
            f"{r.choice(['No experience', 'No experience required', 'Freshers welcome'])}, {r.choice(['no interview', 'direct visa', 'without interview'])}. "
            f"Contact {r.choice(['WhatsApp only', 'whats app only', 'only on WhatsApp', 'Telegram only'])} {_phone(r)}")


def _L02(r):
    return (f"Dear friends, my company in {r.choice(SEA_EN)} needs {r.randint(5, 40)} boys for {r.choice(SCAM_ROLE_EN)}. "
            f"Salary {_usd_high(r)} plus commission. Company pays visa and ticket. Only basic English typing needed. "
            f"DM on Telegram {r.choice(['@jobs_demo_desk', '@example_hr', 't.me/demo_hiring'])} {r.choice(URGENT).lower()}.")


def _L03(r):
    return (f"{r.choice(SEA_EN)} mein {r.choice(SCAM_ROLE_RO)} ki job, tankhwah {_usd_high(r)}, visa aur ticket company ki taraf se, "
            f"{r.choice(['experience ki zaroorat nahi', 'koi tajurba nahi', 'bina experience'])}, {r.choice(['interview nahi hoga', 'bina interview'])}. "
            f"Sirf whatsapp {_phone(r)}. {r.choice(['Jaldi karein', 'Seats limited', 'Foran rabta karein'])}!")


def _L04(r):
    return (f"{r.choice(SEA_UR)} میں {r.choice(SCAM_ROLE_UR)} کی نوکری، تنخواہ {r.choice(['۱۵۰۰', '۲۰۰۰', '1200', '۱۸۰۰'])} ڈالر ماہانہ، "
            f"{r.choice(['ویزا اور ٹکٹ مفت', 'مفت ویزا', 'ویزا اور ٹکٹ کمپنی'])}، {r.choice(['تجربے کی ضرورت نہیں', 'کوئی تجربہ نہیں'])}، "
            f"{r.choice(['انٹرویو نہیں', 'بغیر انٹرویو'])}۔ صرف واٹس ایپ {_phone(r)}۔ {r.choice(['جلدی کریں', 'محدود سیٹیں', 'فوری رابطہ'])}")


def _L05(r):
    return (f"Work visa for {r.choice(GULF_EN + OTHER_EN)} {r.choice(['100% guaranteed', 'guaranteed', 'pakka'])}. "
            f"{r.choice(TRADE_EN).title()} and helpers needed. Pay processing fee PKR {_fee(r)} in advance via "
            f"{r.choice(['Easypaisa', 'JazzCash', 'bank transfer to my account'])} {_phone(r)}. No interview. Visa in 15 days.")


def _L06(r):
    return (f"{r.choice(GULF_EN)} visit visa per job, {r.choice(TRADE_EN)} aur helper, salary AED {r.choice([1500, 2500, 3000, 4000])}, "
            f"visa 2 hafte mein. Advance raqam {_fee(r)} jama karwain, original passport jama karwana hoga. Rabta {_phone(r)}")


def _L07(r):
    return (f"{r.choice(['سعودیہ', 'دبئی', 'عمان'])} کے لیے آزاد ویزا دستیاب ہے۔ {r.choice(['ایڈوانس', 'پیشگی رقم'])} {_fee(r)} روپے، "
            f"اصل پاسپورٹ جمع کروائیں۔ کام فوراً شروع۔ رابطہ {_phone(r)}")


def _L08(r):
    return (f"{r.choice(['Young girls', 'Beautiful girls', 'Smart ladies', 'Females'])} required for "
            f"{r.choice(['receptionist', 'hostess', 'waitress', 'spa', 'guest relation'])} jobs in {r.choice(GULF_EN + SEA_EN + ['Malaysia'])}. "
            f"Age 18-25. Salary {_usd_high(r)}. Free visa, ticket, accommodation. Contact on WhatsApp {_phone(r)} {r.choice(EMOJI)}")


def _L09(r):
    return (f"Jobs in {r.choice(['Thailand', 'Laos', 'Myanmar'])} for English speakers. You will fly to Bangkok first then by road to "
            f"{r.choice(['Mae Sot', 'Myawaddy', 'Chiang Saen', 'the Golden Triangle'])}. Company pays everything. Salary in USDT "
            f"{r.choice([1000, 1500, 2000])} monthly. Send passport copy and bank details to {r.choice(['@demo_recruit', 'recruit.demo@gmail.com'])}.")


def _L10(r):
    return (f"Online typing ka kaam {r.choice(SEA_EN)} mein, salary USDT mein {r.choice([1000, 1500, 2000])} dollar, koi tajurba nahi, "
            f"telegram {r.choice(['@demo_typing', '@example_jobs_pk'])} pe rabta, {r.choice(['jaldi karein', 'seats khatam hone wali hain'])}")


def _L11(r):
    return (f"{r.choice(URGENT)} {r.choice(SCAM_ROLE_EN)} {r.choice(SEA_EN)}! تنخواہ {r.choice([1200, 1500, 2000])} ڈالر — "
            f"visa free, ticket free. WhatsApp only: {_phone(r)}")


def _L12(r):
    return (f"We are hiring English-speaking graduates for a fast-growing tech company in {r.choice(SEA_EN)}. "
            f"Package {_usd_high(r)} plus bonus, flights and housing provided. Start next week. "
            f"Send CV to {r.choice(['careers.demo@gmail.com', 'hr.example@yahoo.com'])} or WhatsApp {_phone(r)}.")


def _L13(r):
    return (f"{r.choice(GULF_UR)} میں ہوٹل کے لیے {r.choice(['خوبصورت لڑکیاں', 'جوان لڑکیاں'])} "
            f"{r.choice(['ریسپشنسٹ', 'ہوسٹس', 'ویٹرس'])} کی ضرورت ہے۔ تنخواہ {r.choice(['۲۰۰۰', '1500'])} ڈالر۔ ویزا اور ٹکٹ مفت۔ رابطہ صرف واٹس ایپ {_phone(r)}")


def _L14(r):
    return (f"{r.choice(['Romania', 'Poland', 'Serbia', 'Azerbaijan'])} work permit, 100% guarantee, processing fee {_fee(r)} advance, "
            f"visa 1 month mein, koi interview nahi, rabta {_phone(r)}")


def _L15(r):
    return (f"{r.choice(GULF_EN)} job for {r.choice(TRADE_EN)}. Contract will be given on arrival. Visit visa. Salary AED "
            f"{r.choice([3000, 4000, 5000])}. Pay registration fee {_fee(r)} first. {r.choice(URGENT)}.")


def _L16(r):
    return (f"{r.choice(SCAM_ROLE_EN).title()} vacancies {r.choice(SEA_EN)}, salary {r.choice([1500, 2000])} $ monthly, no experience. "
            f"Call zero three hundred zero zero zero zero {r.choice(['one two three', 'four five six', 'seven eight nine'])} on whats app")


def _G01(r):
    return (f"{r.choice(AGENCY)} (OEP Licence No. {_lic(r)}) requires for {r.choice(COMPANY)}, {r.choice(GULF_EN)}: "
            f"{r.choice(TRADE_EN)}, {r.choice(TRADE_EN)}. Salary SAR {r.choice([1500, 1800, 2200, 3000])} per month. Free food, "
            f"accommodation and air ticket as per contract. Interviews will be held at our {r.choice(CITY)} office on {_date(r)}. "
            f"Protector and fees as per government schedule. Approved demand. Email CV to jobs@example.com.")


def _G02(r):
    return (f"{r.choice(AGENCY)} is hiring call centre agents for a client's Bangkok office. Salary THB {r.choice([25000, 30000, 35000])} "
            f"per month, 2 years BPO experience required. Interview at our {r.choice(CITY)} office, OEP licence {_lic(r)}, "
            f"protector fees per government schedule. Written contract before departure.")


def _G03(r):
    return (f"Overseas Employment Corporation invites applications for {r.choice(TRADE_EN)} in {r.choice(['Korea', 'Japan', 'Saudi Arabia', 'Qatar'])}. "
            f"Apply online through the official portal oec.gov.pk. Trade test at OEC {r.choice(CITY)}. "
            f"No fee is charged except government fees, against an official receipt.")


def _G04(r):
    return (f"{r.choice(AGENCY_UR)}، لائسنس نمبر {_lic(r)}، کو {r.choice(GULF_UR)} کے لیے {r.choice(TRADE_UR)} درکار ہیں۔ "
            f"تنخواہ {r.choice(['۱۵۰۰', '۱۸۰۰', '2000'])} ریال ماہانہ۔ انٹرویو {r.choice(['لاہور', 'کراچی', 'راولپنڈی'])} دفتر میں ہوگا۔ "
            f"پروٹیکٹر سرکاری فیس شیڈول کے مطابق۔ تحریری معاہدہ")


def _G05(r):
    return (f"{r.choice(AGENCY)} ko {r.choice(GULF_EN)} ke liye {r.choice(TRADE_EN)} chahiye. Interview office mein hoga {_date(r)} ko. "
            f"Lic {_lic(r)}. Protector fees sarkari schedule ke mutabiq, official receipt di jayegi. Salary SAR {r.choice([1500, 2000])}.")


def _G06(r):
    return (f"Customer Support Associate, {r.choice(['Kuala Lumpur', 'Dubai', 'Bangkok'])}. {r.choice(COMPANY)} is hiring. "
            f"Requirements: {r.choice([2, 3])}+ years experience, fluent English. Competitive salary and relocation package. "
            f"Apply via our careers page at careers.example.com. Video interview with the hiring manager and an online assessment.")


def _G07(r):
    return (f"{r.choice(TRADE_EN).title()} required in {r.choice(CITY)}. Salary PKR {r.choice(['45,000', '60,000', '80,000'])} per month. "
            f"Experience {r.choice([1, 2, 3])} years. Interview at head office. Send CV to hr@example.com")


def _G08(r):
    return (f"{r.choice(['کراچی', 'لاہور', 'اسلام آباد'])} میں {r.choice(TRADE_UR)} کی ضرورت ہے۔ تنخواہ {r.choice(['۴۵۰۰۰', '60000'])} روپے ماہانہ۔ "
            f"تجربہ دو سال۔ انٹرویو دفتر میں ہوگا۔")


def _G09(r):
    return (f"Software engineer, {r.choice(['Islamabad', 'Lahore', 'Karachi'])}, hybrid. Salary PKR {r.choice(['250,000', '350,000'])}/month. "
            f"Technical test and two interview rounds. Apply at careers.example.org")


def _G10(r):
    return (f"Visa and ticket paid by employer. {r.choice(AGENCY)}, OEP {_lic(r)}. {r.choice(TRADE_EN).title()} for a construction "
            f"company in {r.choice(GULF_EN)}. Trade test on {_date(r)} at {r.choice(CITY)}. Contract attested by the Protector of "
            f"Emigrants. Official receipt issued for all fees.")


def _G11(r):
    return (f"Awareness: {r.choice(['FIA warns', 'Beware'])} of fake {r.choice(SCAM_ROLE_EN)} jobs in {r.choice(SEA_EN)}. "
            f"Check the OEP licence with the Bureau of Emigration before you apply and report fraud to FIA.")


def _G12(r):
    return (f"اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے {r.choice(['کوریا', 'جاپان', 'سعودی عرب'])} میں {r.choice(TRADE_UR)} کے لیے نوکریاں۔ "
            f"درخواست سرکاری ویب سائٹ پر۔ ٹریڈ ٹیسٹ اور انٹرویو کی تاریخ بعد میں۔")


def _G13(r):
    return (f"Female receptionist required for a hotel in {r.choice(GULF_EN)}, {r.choice([2, 3])} years hotel experience and a hospitality "
            f"diploma. Interview at our {r.choice(CITY)} office. {r.choice(AGENCY)}, OEP licence {_lic(r)}. Contract verified at the "
            f"Protector office.")


def _G14(r):
    return (f"Call centre agents (Urdu/English) for {r.choice(['Kuala Lumpur', 'Dubai'])}, salary {r.choice(['MYR 3,000', 'AED 4,500'])} "
            f"per month. Video interview with the employer, employment contract signed before departure, licensed OEP {_lic(r)}.")


def _L17(r):
    return (f"Govt approved OEP licence {_lic(r)}. {r.choice(GULF_EN)} visit visa jobs for {r.choice(TRADE_EN)}, salary AED "
            f"{r.choice([3500, 4000, 4500])}. Processing fee {_fee(r)} advance, original passport jama karwain. Rabta {_phone(r)}")


def _L18(r):
    return (f"بیرون ملک {r.choice(['آن لائن کام', 'کمپیوٹر کا کام', 'آفس کا کام'])}، تنخواہ ڈالر میں، رہائش اور ٹکٹ کمپنی کی۔ "
            f"تفصیل کے لیے ٹیلیگرام {r.choice(['@demo_kaam', '@example_naukri'])} پر میسج کریں")


def _G15(r):
    return (f"Senior {r.choice(['software engineer', 'data analyst', 'network engineer'])}, {r.choice(['Phnom Penh', 'Bangkok', 'Ho Chi Minh City'])}. "
            f"{r.choice([5, 6, 8])}+ years experience required. USD {r.choice(['2,500', '3,000'])}/month, relocation and flights paid. "
            f"Three interview rounds including a technical test; apply on careers.example.com.")


def _G16(r):
    return (f"{r.choice(GULF_EN)} ke liye {r.choice(TRADE_EN)} chahiye, visa aur ticket free, OEP license {_lic(r)}, trade test "
            f"{r.choice(CITY)} office mein, protector sarkari fees ke mutabiq. Rabta {_phone(r)}")


SKELETONS: list[tuple[str, str, int, Callable[[random.Random], str]]] = [
    ("L01", "en", 1, _L01), ("L02", "en", 1, _L02), ("L03", "roman", 1, _L03), ("L04", "ur", 1, _L04), ("L05", "en", 1, _L05),
    ("L06", "roman", 1, _L06), ("L07", "ur", 1, _L07), ("L08", "en", 1, _L08), ("L09", "en", 1, _L09), ("L10", "roman", 1, _L10),
    ("L11", "mixed", 1, _L11), ("L12", "en", 1, _L12), ("L13", "ur", 1, _L13), ("L14", "roman", 1, _L14), ("L15", "en", 1, _L15),
    ("L16", "en", 1, _L16), ("L17", "roman", 1, _L17), ("L18", "ur", 1, _L18),
    ("G01", "en", 0, _G01), ("G02", "en", 0, _G02), ("G03", "en", 0, _G03), ("G04", "ur", 0, _G04), ("G05", "roman", 0, _G05),
    ("G06", "en", 0, _G06), ("G07", "en", 0, _G07), ("G08", "ur", 0, _G08), ("G09", "en", 0, _G09), ("G10", "en", 0, _G10),
    ("G11", "en", 0, _G11), ("G12", "ur", 0, _G12), ("G13", "en", 0, _G13), ("G14", "en", 0, _G14),
    ("G15", "en", 0, _G15), ("G16", "roman", 0, _G16),
]


# Sentences that appear in lures and genuine posts alike, so neither class owns them.
SHARED = ["Free food and accommodation.", "Share with needy friends.", "Overtime available.", "Duty 8 hours.",
          "Medical insurance.", "رہائش اور کھانا فری۔", "Pakistan se apply karein.", "Send CV and passport copy.",
          "Salary on time.", "Family visa not available."]


def _dress(r: random.Random, text: str) -> str:
    """Surface noise seen in forwarded posts, so the model cannot key on exact casing."""
    if r.random() < 0.5:
        extra = r.choice(SHARED)
        text = (text + " " + extra) if r.random() < 0.7 else (extra + " " + text)
    k = r.random()
    if k < 0.1:
        text = text.upper()
    elif k < 0.2:
        text = text.lower()
    if r.random() < 0.15:
        text = text.replace(". ", ".\n")
    if r.random() < 0.1:
        text = "*" + text + "*"
    return text


def generate(per_template: int = 60, seed: int = 0) -> list[dict]:
    """Return records {id, text, label (1 = lure), group (template id), lang, synthetic: True}."""
    r = random.Random(seed)
    out = []
    for gid, lang, label, fn in SKELETONS:
        for i in range(per_template):
            out.append({"id": f"syn-{gid}-{i:04d}", "text": _dress(r, fn(r)), "label": label, "group": gid, "lang": lang,
                        "synthetic": True})
    r.shuffle(out)
    return out
