"""More sources, and Urdu / Roman Urdu renderings added to earlier hard-negative groups
(the way such posts are re-shared in Pakistani Facebook and WhatsApp groups)."""

GROUPS = [
    {
        "group": "china-paracom-minority-language-support",
        "source": {"url": "https://ja.scribd.com/document/54733830/FAQ-Paracom", "title": "FAQ for Minority Language Personnel (Thai, Vietnamese, Indonesian Technical Support)",
                   "publisher": "Paracom (document on Scribd)", "date": None},
        "facts": ["technical support posts for Thai, Vietnamese and Indonesian speakers; contract generally 3 years",
                  "probation up to 3 months at 80% of base pay, then 100%",
                  "wages paid by the 10th of each month; commercial insurance for foreign staff",
                  "five-day week, 10:00-19:00 with 1-hour lunch, 40 hours; overtime paid",
                  "job offer letter sent first so the candidate can obtain a police certificate"],
        "categories": ["hard_negative_trade", "call_centre", "named_employer"],
        "destination": "CN", "trade": "technical support (language)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Technical Support – Thai / Vietnamese / Indonesian speakers. 3-year contract; 3-month probation at 80% of base pay, then 100%. Salary paid by the 10th of each month. Five-day week, 10:00–19:00 (1 hour lunch), overtime paid. Commercial health insurance for foreign staff. We send you a Job Offer Letter first so you can get your police certificate and work visa."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """China mein technical support ki job (Thai/Vietnamese/Indonesian zaban walon ke liye). 3 saal contract, 3 mahine probation mein 80% tankhwa. Har mahine 10 tareekh tak salary. Hafte mein 5 din 10 se 7. Pehle offer letter aata hai phir police certificate aur work visa."""},
        ],
    },
    {
        "group": "japan-ssw-agency-proface",
        "source": {"url": "https://www.proface-sys.com/en/business/bridgeskill/", "title": "Employment Agency Services for Specified Skilled Workers",
                   "publisher": "Proface (Japan)", "date": None},
        "facts": ["SSW: pass the skills evaluation test and JLPT N4 or higher (technical intern (ii) graduates exempt)",
                  "stay renewed annually, every 6 or 4 months, up to 5 years; family basically not permitted",
                  "livelihood support from the accepting organisation or registered support organisation",
                  "14 fields including nursing care, food service, construction, agriculture, automobile repair"],
        "categories": ["hard_negative_trade", "agency", "manufacturing"],
        "destination": "JP", "trade": "skilled worker (food service)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Japan – Specified Skilled Worker (Food Service). Requirements: pass the food-service skills test and Japanese JLPT N4 or higher. Contract renewable up to 5 years in total; family cannot accompany. Your employer and a registered support organisation help with housing, bank account and life orientation. Same pay as Japanese staff."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Japan restaurant jobs SSW visa pe: pehle skill test aur Japanese N4 pass karna zaroori. 5 saal tak. Family sath nahi. Rehaish aur bank account mein support organization madad karti hai. Tankhwa Japani staff jitni"""},
            {"language": "ur", "text": """جاپان میں ریسٹورنٹ کے شعبے میں ملازمت (اسپیسیفائیڈ اسکلڈ ورکر)۔ شرط: فوڈ سروس اسکل ٹیسٹ اور جاپانی زبان این 4 پاس۔ زیادہ سے زیادہ 5 سال، فیملی ساتھ نہیں۔ رہائش اور بینک اکاؤنٹ میں سپورٹ تنظیم مدد کرتی ہے۔"""},
        ],
    },
    {
        "group": "uae-mohre-offer-verification",
        "source": {"url": "https://pakobserver.net/how-pakistanis-can-stay-safe-from-uae-employment-visa-fraud-key-tips/",
                   "title": "How Pakistanis can stay safe from UAE employment visa fraud: key tips", "publisher": "Pakistan Observer", "date": None},
        "facts": ["a genuine UAE job offer is an offer letter issued through the Ministry of Human Resources and Emiratisation (MOHRE)",
                  "offer number can be checked on MOHRE's website; company can be checked in the National Economic Register",
                  "employer is responsible for recruitment expenses under UAE labour law",
                  "a visit or tourist visa does not give the right to work"],
        "categories": ["gulf_employer", "hard_negative_trade", "free_visa_lawful", "composite_from_rules"],
        "destination": "AE", "trade": "storekeeper", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Storekeeper – trading company, Sharjah. AED 2,200 + accommodation. Selected candidate receives a MOHRE offer letter (check the offer number on the MOHRE website) before the employment visa is issued. All recruitment and visa costs are paid by the company as per UAE labour law. We do not hire on visit visas."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Sharjah trading company ko storekeeper chahiye, 2200 dirham + rehaish. Select hone pe MOHRE ka offer letter milega jiska number aap website pe check kar sakte hain, phir employment visa. Visa ka sara kharcha company ka. Visit visa pe kaam nahi"""},
            {"language": "ur", "channel": "facebook", "text": """شارجہ کی ٹریڈنگ کمپنی کو اسٹور کیپر درکار، تنخواہ 2200 درہم اور رہائش۔ منتخب امیدوار کو وزارتِ انسانی وسائل (موہرے) کا آفر لیٹر ملے گا جس کا نمبر ویب سائٹ پر چیک کیا جا سکتا ہے۔ ویزا کا تمام خرچ کمپنی کا، وزٹ ویزا پر ملازمت نہیں۔"""},
        ],
    },
    {
        "group": "jazz-helpline-outsourced-ibex-mindbridge",
        "source": {"url": "https://www.techjuice.pk/mobilink-reportedly-forcing-200-employees-to-resign-as-their-call-center-gets-outsourced/",
                   "title": "Mobilink Outsources its Contact Centers to Ibex Global and Mindbridge", "publisher": "TechJuice", "date": None},
        "facts": ["Mobilink outsourced its contact centres to Ibex Global (TRG) and Mindbridge",
                  "existing employees offered work under the outsourcing partner; company promised no job losses"],
        "categories": ["local_job", "call_centre", "named_employer", "composite_from_rules"],
        "destination": "PK", "trade": "call centre agent", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Mindbridge Lahore mein telecom helpline ke liye CSR chahiye. Urdu/Punjabi fluent, inter ya graduation. Shifts rotate hoti hain, pick n drop. Walk in interview 10 se 3. 0300-0000386"""},
            {"language": "ur", "text": """لاہور: ٹیلی کام ہیلپ لائن کے لیے کسٹمر سروس نمائندے درکار (مائنڈ برج)۔ اردو اور پنجابی روانی سے، انٹر یا گریجویشن۔ شفٹیں بدلتی رہیں گی، پک اینڈ ڈراپ۔ واک اِن انٹرویو صبح 10 سے 3 بجے۔"""},
            {"language": "en", "text": """Customer Service Representatives – telecom helpline, Lahore (Mindbridge). Intermediate/graduate, fluent Urdu; Punjabi a plus. Rotating shifts, pick & drop. Walk-in interviews 10am–3pm, Mon–Sat."""},
        ],
    },
    {
        "group": "oec-registered-jobseekers-2025",
        "source": {"url": "https://www.nation.com.pk/17-Jan-2025/over-382-000-job-seekers-registered-with-oec", "title": "Over 382,000 job seekers registered with OEC",
                   "publisher": "The Nation (APP)", "date": "2025-01-17"},
        "facts": ["382,118 job seekers registered with OEC; 144,600 emigrants dispatched",
                  "25,106 Korean-language-trained, 118 Japanese-trained and 200 IELTS-trained nurses registered",
                  "OEC is a public sector company under the Ministry of Overseas Pakistanis; established 1976"],
        "categories": ["government_scheme", "state_recruiter"],
        "destination": None, "trade": "registration (any trade)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """بیرونِ ملک نوکری چاہیے؟ اوورسیز ایمپلائمنٹ کارپوریشن (حکومتِ پاکستان) کی ویب سائٹ پر اپنا پروفائل رجسٹر کریں۔ تین لاکھ اسی ہزار سے زیادہ لوگ رجسٹرڈ ہیں، غیر ملکی آجر یہیں سے امیدوار چنتے ہیں۔ کورین یا جاپانی زبان اور آئلٹس والے امیدوار ضرور رجسٹر ہوں۔"""},
            {"language": "ur-Latn", "text": """Bahar job ke liye pehle OEC ki website pe registration karo, free hai. 3.8 lakh log register hain. Korean/Japanese zaban ya IELTS hai to zaroor batao profile mein. Foreign companies wahin se CV uthati hain"""},
        ],
    },
    {
        "group": "phuket-degree-wage-work-permits-2012",
        "source": {"url": "http://phuketwan.com/jobs/phuket-skills-gap-grows-wider-pay-laws-bite-16449/", "title": "Phuket Skills Gap Grows Wider as Pay Laws Bite",
                   "publisher": "Phuketwan", "date": "2012-08-05"},
        "facts": ["about 70% of Phuket workers from other provinces or overseas",
                  "law requires degree holders to be paid 15,000 baht a month",
                  "7,164 work permits for foreigners issued or renewed in Phuket in June 2012",
                  "need for foreign guides (Russian) and diving staff"],
        "categories": ["hard_negative_destination", "hospitality", "composite_from_rules"],
        "destination": "TH", "trade": "dive instructor / guide", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Dive Instructor (PADI) – Phuket dive centre. Russian or English speaking. Work permit and Non-B visa arranged by the company. Salary from THB 30,000 + commission on courses. Send CV and certification details."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Phuket dive center ko PADI instructor chahiye, English ya Russian. Work permit company banati hai. 30,000 baht + commission. Certificate wale hi apply karein"""},
        ],
    },
]

EXTRA = {
    "bangkok-masterpiece-jp-callcentre-2016": [
        {"language": "ur", "channel": "facebook", "text": """بنکاک میں جاپانی زبان بولنے والوں کے لیے کال سینٹر کی نوکری — ماسٹر پیس گروپ۔ تنخواہ 30 ہزار بھات اور 4500 بھات رہائشی الاؤنس۔ انگریزی یا تھائی ضروری نہیں۔"""},
    ],
    "bangkok-jp-callcentre-31500": [
        {"language": "ur", "channel": "whatsapp", "text": """بنکاک کے جاپانی کال سینٹر میں کسٹمر سپورٹ، مقررہ تنخواہ 31500 بھات (کمیشن والی نہیں)۔ ویزا اور ورک پرمٹ کمپنی کا۔"""},
    ],
    "tp-malaysia-content-moderator": [
        {"language": "ur", "channel": "facebook", "text": """ملائیشیا (پیٹالنگ جایا) میں ٹیلی پرفارمنس کو کنٹینٹ موڈریٹر درکار، صبح 9 سے شام 6۔ مینڈرین اور انگریزی لازمی، ٹائپنگ 40 الفاظ فی منٹ۔ دفتر میں کام۔"""},
    ],
    "airasia-kl-customer-support-2018": [
        {"language": "ur", "channel": "facebook", "text": """ایئر ایشیا کوالالمپور میں کسٹمر سپورٹ (چیٹ اور ای میل)، جاپانی زبان بولنے والے۔ ایمپلائمنٹ پاس کمپنی کا۔ درخواست ایئر ایشیا کی کیریئر ویب سائٹ پر۔"""},
    ],
    "cambodia-msez-project-officer": [
        {"language": "ur", "channel": "facebook", "text": """کمبوڈیا (نوم پن) میں پروجیکٹ آفیسر کی اسامی — مین ہٹن اسپیشل اکنامک زون۔ تنخواہ 800 ڈالر، پیر سے ہفتہ صبح 8 سے شام 5۔ درخواست بونگ تھوم جاب ویب سائٹ پر۔"""},
    ],
    "cambodia-sofitel-siemreap-hiring": [
        {"language": "ur", "channel": "facebook", "text": """کمبوڈیا کے شہر سیام ریپ کے نئے فائیو اسٹار ہوٹل سوفیٹل میں 250 اسامیاں: ویٹر، باورچی، بیکری، ہاؤس کیپنگ۔ انٹرویو ہوٹل میں یا نوم پن کے رائل ہوٹل میں۔"""},
    ],
    "tp-bacolod-expansion-2023": [
        {"language": "ur", "channel": "facebook", "text": """فلپائن (باکولوڈ) میں ٹیلی پرفارمنس کو کسٹمر سروس نمائندے درکار، عمر 18 سال سے زیادہ، ہائی اسکول، اچھی انگریزی۔ آن لائن درخواست یا ریکروٹمنٹ سینٹر میگسیسے ایونیو۔"""},
    ],
    "ph-online-payments-support-offer": [
        {"language": "ur", "channel": "whatsapp", "text": """آفر لیٹر: آن لائن پیمنٹس سپورٹ ایگزیکٹو، 6 ماہ پروبیشن۔ کمپنی کا فلیٹ اور دفتر تک مفت ٹرانسپورٹ، دوسرے مہینے سے بجلی پانی کا بل تنخواہ سے کٹے گا۔ اپنا گھر لیں تو ہاؤسنگ الاؤنس۔ شفٹیں بدلتی رہیں گی۔"""},
    ],
    "cambodia-esl-hourly-phnom-penh": [
        {"language": "ur", "channel": "facebook", "text": """نوم پن (کمبوڈیا) کے لینگویج اسکول میں انگریزی ٹیچر، 12 ڈالر فی گھنٹہ، ہفتے میں 20 سے 25 گھنٹے۔ پہلے اسکول میں ڈیمو کلاس۔ رہائش اپنی۔"""},
    ],
    "launch-offshore-thai-callcentres": [
        {"language": "ur", "channel": "facebook", "text": """تھائی لینڈ کے کال سینٹرز (بنکاک، پھوکیٹ، پٹایا) میں انگریزی بولنے والوں کے لیے ملازمت، تنخواہ مقامی تھائی معیار کے مطابق۔ لانچ آف شور نامی ایجنسی تقرری کرواتی ہے۔"""},
    ],
    "pak-consulate-dubai-drivers-fair-2025": [
        {"language": "en", "channel": "facebook", "text": """Pakistani drivers in UAE!! 600+ driver jobs at the Consulate career fair, Dubai, 6-7 Aug. Walk in with UAE licence (6 months old min). Road test after interview. Medical insurance + RTA card."""},
    ],
    "punjab-min-wage-2024-shop-helper": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Multan Hussain Agahi mein mobile shop pe helper chahiye. 37000 tankhwa, 10 se 8. Pehle kaam kiya ho to behtar. 0315-0000243"""},
        {"language": "ur", "channel": "whatsapp", "text": """ضرورت ہے: بیکری کے لیے دو لڑکے، کاؤنٹر اور پیکنگ۔ تنخواہ 37 ہزار، کھانا بیکری کا۔ راولپنڈی صدر۔ رابطہ 0335-0000619"""},
    ],
    "karachi-delivery-riders-2022": [
        {"language": "en", "channel": "facebook", "text": """Riders needed, Karachi (Gulshan / Johar). 8-hour shifts, up to Rs 25,000/month. Own bike. WhatsApp 0333-0000374"""},
    ],
    "rawalpindi-guards-letter-2022": [
        {"language": "en", "channel": "facebook", "text": """Security guards required – housing society, Rawalpindi. Ex-army preferred; 12-hour shifts, salary as per govt minimum wage plus overtime. Call 0331-0000547"""},
    ],
}
