"""Word lists and places the generator draws from. Plain data, no database.

Names are common Pakistani given and family names (grouped by region where it matters); places and
routes follow what public reporting describes (Gulf recruitment from central Punjab, the Balochistan
-> Iran -> Turkey -> Greece land route, scam compounds reached through Bangkok and Mae Sot, brick
kilns in Punjab and Sindh). Every organisation name is invented and carries "(SYNTHETIC)".
"""

from __future__ import annotations

MARK = "(SYNTHETIC)"

GIVEN_F = ["Ayesha", "Fatima", "Zainab", "Maryam", "Khadija", "Nasreen", "Rukhsana", "Shazia",
           "Amina", "Parveen", "Kausar", "Noor", "Sana", "Saima", "Rabia", "Asma", "Nadia",
           "Samina", "Shabana", "Razia", "Sakina", "Bushra", "Hina", "Iqra", "Mehwish", "Farzana",
           "Naseem", "Sumaira", "Uzma", "Zarina", "Shamim", "Sadia", "Tahira", "Robina", "Kiran"]
GIVEN_M = ["Muhammad Ali", "Ahmad", "Bilal", "Imran", "Rizwan", "Usman", "Tariq", "Kamran", "Asif",
           "Arif", "Nasir", "Bashir", "Javed", "Shahid", "Rashid", "Farooq", "Irfan", "Zahid",
           "Waqas", "Adnan", "Faisal", "Hamza", "Sajid", "Naveed", "Yasir", "Abdul Rehman",
           "Ghulam Hussain", "Allah Ditta", "Yousaf", "Muhammad Iqbal", "Akbar", "Saeed"]
# Christian and Hindu families are over-represented in bonded labour at kilns (Punjab, Sindh).
GIVEN_F_MINORITY = ["Shanti", "Lachhmi", "Sonia", "Rubina", "Parveen", "Saima", "Kiran"]
GIVEN_M_MINORITY = ["Mohan", "Kirshan", "Pervaiz", "Yousaf", "Shahid", "Emmanuel", "Sunil"]

FAMILY_BY_PROVINCE = {
    "PK-PB": ["Chaudhry", "Malik", "Butt", "Awan", "Gujjar", "Jatt", "Rajput", "Bhatti", "Qureshi",
              "Sheikh", "Ansari", "Arain", "Mirza"],
    "PK-SD": ["Soomro", "Memon", "Bhatti", "Siddiqui", "Shah", "Abbasi", "Jatoi", "Qureshi"],
    "PK-KP": ["Khan", "Yousafzai", "Afridi", "Khattak", "Shinwari", "Gul", "Swati"],
    "PK-BA": ["Baloch", "Marri", "Bugti", "Mengal", "Rind", "Kakar", "Achakzai"],
    "PK-IS": ["Abbasi", "Malik", "Qureshi", "Syed", "Khan", "Awan"],
    "PK-GB": ["Shah", "Hussain", "Baig", "Khan"],
}
FAMILY_MINORITY = {"PK-PB": ["Masih", "Gill", "Bhatti"], "PK-SD": ["Kolhi", "Bheel", "Meghwar"]}
FEMALE_ONLY_FAMILY = ["Bibi", "Begum"]

URDU = {
    "Ayesha": "عائشہ", "Fatima": "فاطمہ", "Zainab": "زینب", "Maryam": "مریم", "Khadija": "خدیجہ",
    "Nasreen": "نسرین", "Rukhsana": "رخسانہ", "Shazia": "شازیہ", "Amina": "آمنہ",
    "Parveen": "پروین", "Kausar": "کوثر", "Noor": "نور", "Muhammad Ali": "محمد علی",
    "Ahmad": "احمد", "Bilal": "بلال", "Imran": "عمران", "Rizwan": "رضوان", "Usman": "عثمان",
    "Tariq": "طارق", "Asif": "آصف", "Arif": "عارف", "Nasir": "ناصر", "Bashir": "بشیر",
    "Javed": "جاوید", "Shahid": "شاہد", "Rashid": "راشد", "Farooq": "فاروق", "Irfan": "عرفان",
    "Zahid": "زاہد", "Yousaf": "یوسف", "Akbar": "اکبر", "Saeed": "سعید",
    "Khan": "خان", "Bibi": "بی بی", "Qureshi": "قریشی", "Baloch": "بلوچ", "Awan": "اعوان",
    "Siddiqui": "صدیقی", "Chaudhry": "چوہدری", "Malik": "ملک", "Sheikh": "شیخ", "Syed": "سید",
    "Mirza": "مرزا", "Rajput": "راجپوت", "Gujjar": "گجر", "Begum": "بیگم",
}

# Mobile network prefixes in use (+92 3XX); 338 and 350-354/356-359 are not allocated.
MOBILE_PREFIXES = [p for p in range(300, 350) if p != 338] + [355]

# CNIC first digit by home province (stdnum.pk.cnic): 1 KP, 3 Punjab, 4 Sindh, 5 Balochistan,
# 6 Islamabad, 7 Gilgit-Baltistan.
CNIC_PROVINCE_DIGIT = {"PK-KP": "1", "PK-PB": "3", "PK-SD": "4", "PK-BA": "5", "PK-IS": "6",
                       "PK-GB": "7"}

LANGUAGES_BY_PROVINCE = {"PK-PB": ["ur", "pa"], "PK-SD": ["sd", "ur"], "PK-KP": ["ps", "ur"],
                         "PK-BA": ["bal", "ur"], "PK-IS": ["ur"], "PK-GB": ["ur"]}

RECRUITER_AGENCIES = ["Al-Noor Overseas Employment Promoters", "Gulf Star Manpower Services",
                      "Shaheen Travel & Tours", "Crescent Recruiting Agency", "Pak-Asia Job Link",
                      "Silver Line Consultants", "Bright Future Study & Work Visa",
                      "Hira International Recruiters"]

# Agencies: key -> (name, HTCDS org type, country, province, district).
AGENCIES: dict[str, tuple[str, str, str, str | None, str | None]] = {
    "shelter_lhr": ("Umeed-e-Sahar Women's Shelter, Lahore", "NGO", "PK", "PK-PB", "Lahore"),
    "shelter_khi": ("Saya Shelter for Women and Children, Karachi", "NGO", "PK", "PK-SD", "Karachi South"),
    "shelter_pew": ("Hifazat Survivors' Refuge, Peshawar", "NGO", "PK", "PK-KP", "Peshawar"),
    "shelter_uet": ("Rahnuma Migrant Help Centre, Quetta", "NGO", "PK", "PK-BA", "Quetta"),
    "fia_lhr": ("FIA Anti-Human Trafficking Circle, Lahore", "LawEnforcement", "PK", "PK-PB", "Lahore"),
    "fia_isb": ("FIA Anti-Human Trafficking Circle, Islamabad", "LawEnforcement", "PK", "PK-IS", "Islamabad"),
    "fia_khi": ("FIA Anti-Human Trafficking Circle, Karachi", "LawEnforcement", "PK", "PK-SD", "Karachi South"),
    "fia_uet": ("FIA Anti-Human Trafficking Circle, Quetta", "LawEnforcement", "PK", "PK-BA", "Quetta"),
    "emb_bkk": ("Embassy of Pakistan, Bangkok", "CentralGovernmentOrganisation", "TH", None, None),
    "emb_ruh": ("Embassy of Pakistan, Riyadh", "CentralGovernmentOrganisation", "SA", None, None),
    "emb_thr": ("Embassy of Pakistan, Tehran", "CentralGovernmentOrganisation", "IR", None, None),
    "cg_dxb": ("Consulate General of Pakistan, Dubai", "CentralGovernmentOrganisation", "AE", None, None),
    "legal_lhr": ("Adl Legal Aid Clinic, Lahore", "LegalService", "PK", "PK-PB", "Lahore"),
}

# The role of the staff member who opens cases, by organisation type.
OPENER_ROLE = {"NGO": "caseworker", "LawEnforcement": "investigator",
               "CentralGovernmentOrganisation": "consular_officer", "LegalService": "caseworker"}
