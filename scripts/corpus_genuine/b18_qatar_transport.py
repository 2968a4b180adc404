"""Qatar's public transport company and Qatar Visa Centres in Pakistan."""

GROUPS = [
    {
        "group": "mowasalat-drivers-world-cup-2022",
        "source": {"url": "https://www.qatarday.com/mowasalat-plans-to-recruit-over-14-000-staff-for-world-cup/17537/0",
                   "title": "Mowasalat plans to recruit over 14,000 staff for World Cup", "publisher": "Qatar Day", "date": "2022-09-24"},
        "facts": ["Mowasalat (Karwa), Qatar's public transport company, planned to hire about 9,000 drivers and 2,000 customer service agents plus 3,000 operational staff for the World Cup",
                  "buses on more than 300 routes to stadiums, facilities and lodging"],
        "categories": ["gulf_employer", "driver", "named_employer", "hard_negative_trade", "customer_service"],
        "destination": "QA", "trade": "bus driver / customer service agent", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Qatar Mowasalat (Karwa) ko World Cup ke liye 9000 bus drivers aur 2000 customer service agents chahiye! 300 se zyada routes. Heavy license walay tayyar rahein, bharti licensed agencies ke zariye"""},
            {"language": "en", "text": """Mowasalat (Karwa) Qatar is recruiting for the World Cup: about 9,000 bus drivers, 2,000 customer service agents and 3,000 operations staff. Buses on 300+ routes to stadiums and fan zones. Recruitment through Mowasalat's licensed recruitment partners."""},
            {"language": "ur", "text": """قطر کی سرکاری ٹرانسپورٹ کمپنی مواصلات (کروا) کو ورلڈ کپ کے لیے 9 ہزار بس ڈرائیور اور 2 ہزار کسٹمر سروس ایجنٹ درکار۔ بھرتی لائسنس یافتہ ایجنسیوں کے ذریعے۔"""},
        ],
    },
    {
        "group": "mowasalat-drivers-licensed-agency-2026",
        "source": {"url": "https://allafrica.com/stories/202602030298.html", "title": "Tanzania: 1,150 jobs for Tanzanian drivers in Qatar",
                   "publisher": "AllAfrica (Daily News, Tanzania)", "date": "2026-02-03"},
        "facts": ["Mowasalat driver posts advertised by a government labour office with a licensed private employment agency",
                  "age 25 to 50; secondary education; two years' driving experience; English, Arabic an advantage; valid heavy licence",
                  "employer provides medical cover, accommodation, meals and transport to work",
                  "employer covers all visa and air travel costs including the return ticket; salary per company policy and Qatari labour law"],
        "categories": ["gulf_employer", "driver", "named_employer", "licensed_oep", "free_visa_lawful", "hard_negative_trade", "composite_from_rules"],
        "destination": "QA", "trade": "bus driver", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """BUS DRIVERS FOR MOWASALAT (QATAR) – through a licensed Overseas Employment Promoter. Age 25–50, matric, 2 years' driving experience, valid HTV licence, basic English (Arabic a plus). Employer provides accommodation, meals, transport to work and medical cover, and pays the visa and air tickets both ways. Salary as per company policy and Qatar labour law."""},
            {"language": "ur", "text": """قطر کی کمپنی مواصلات کے لیے بس ڈرائیور درکار — لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر کے ذریعے۔ عمر 25 سے 50 سال، میٹرک، دو سال ڈرائیونگ کا تجربہ، ہیوی لائسنس، تھوڑی انگریزی۔ رہائش، کھانا، ڈیوٹی پر آمد و رفت اور میڈیکل آجر کی طرف سے، ویزا اور آنے جانے کا ٹکٹ بھی کمپنی کا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Qatar Mowasalat bus driver, umar 25-50, HTV license aur 2 saal tajurba. Rehaish khana transport medical company ka, visa aur ticket bhi company ka. Licensed OEP ke zariye. Office 042-555-0186"""},
        ],
    },
    {
        "group": "qatar-visa-centres-karachi-islamabad-2019",
        "source": {"url": "https://nation.com.pk/31-Jan-2019/qatar-to-issue-100-000-work-visas-to-pakistanis-says-consul-general",
                   "title": "Qatar to issue 100,000 work visas to Pakistanis, says Consul General", "publisher": "The Nation", "date": "2019-01-31"},
        "facts": ["Qatar's Consul General in Karachi: 100,000 work visas for Pakistanis in all sectors",
                  "Qatar opened visa centres in Karachi and Islamabad a month earlier for workers and professionals",
                  "about 150,000 Pakistanis already working in Qatar",
                  "fees in the hiring process paid by employers (The News, 2018)"],
        "categories": ["gulf_employer", "government_scheme", "free_visa_lawful"],
        "destination": "QA", "trade": "all sectors", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """قطر ویزا سینٹر کراچی اور اسلام آباد میں کھل گئے — پاکستانیوں کے لیے ایک لاکھ ورک ویزے، تمام شعبے۔ میڈیکل، فنگر پرنٹس اور معاہدے پر دستخط یہیں، بھرتی کے اخراجات آجر کے ذمے۔"""},
            {"language": "en", "channel": "whatsapp", "text": """Qatar Visa Centres now open in Karachi and Islamabad: medical, biometrics and contract signing before you travel. 100,000 work visas for Pakistanis across sectors; hiring costs are paid by employers."""},
        ],
    },
]
