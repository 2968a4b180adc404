"""Licensed Overseas Employment Promoters' adverts and procedures, Japan SSW, airline recruitment."""

OEP = ["licensed_oep"]

GROUPS = [
    {
        "group": "oep-agha-jan-rwp",
        "source": {"url": "http://aghajanandcompany.com/recruitment-process.html", "title": "Our Recruitment Process",
                   "publisher": "Agha Jan & Company, Overseas Employment Promoters (Licence MPD/1250/RWP/92)", "date": None},
        "facts": ["licensed OEP, licence No. MPD/1250/RWP/92, Rawalpindi/Islamabad",
                  "works from employer's demand letter and power of attorney (wakala) attested by chamber of commerce, foreign ministry and Pakistan embassy",
                  "permission from Protector of Emigrants, then press advertisements in national newspapers",
                  "shortlisted candidates called for interviews and trade tests; medical at GCC-approved centre; contact Islamabad office with original passport and CNIC"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "construction", "hard_negative_trade"],
        "destination": "SA", "trade": "construction trades", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """REQUIRED FOR A CONSTRUCTION COMPANY IN KINGDOM OF SAUDI ARABIA
Electricians, Plumbers, Steel Fixers, Shuttering Carpenters, Masons, Helpers.
Trade test and interview at our Islamabad office. Selected candidates: medical at GCC-approved centre only.
Bring original passport, CNIC and experience certificates.
AGHA JAN & COMPANY, Overseas Employment Promoters, Licence No. MPD/1250/RWP/92
Permission from Protector of Emigrants obtained. No fee other than Govt. prescribed charges."""},
            {"language": "ur", "text": """سعودی عرب کی تعمیراتی کمپنی کے لیے ضرورت ہے
الیکٹریشن، پلمبر، اسٹیل فکسر، شٹرنگ کارپینٹر، میسن، ہیلپر
انٹرویو اور ٹریڈ ٹیسٹ ہمارے اسلام آباد دفتر میں۔ منتخب امیدواروں کا میڈیکل صرف جی سی سی منظور شدہ سینٹر سے۔
اصل پاسپورٹ، شناختی کارڈ اور تجربے کے سرٹیفکیٹ ساتھ لائیں۔
آغا جان اینڈ کمپنی، اوورسیز ایمپلائمنٹ پروموٹرز، لائسنس نمبر MPD/1250/RWP/92
پروٹیکٹر آف امیگرنٹس سے اجازت حاصل شدہ۔ سرکاری فیس کے علاوہ کوئی فیس نہیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Saudia construction company ke liye electrician plumber steel fixer carpenter mason helper chahiye. Trade test Islamabad office mein. Licence MPD/1250/RWP/92 (Agha Jan & Co). Sirf sarkari fees, koi aur paisa nahi. Asal passport aur CNIC le kar aayen"""},
        ],
    },
    {
        "group": "oep-rs-international-ksa",
        "source": {"url": "http://www.rsi.com.pk/visa%20pro.html", "title": "Visa Procedure", "publisher": "R.S. International (OEP)",
                   "date": None},
        "facts": ["for Saudi demand: visa slip (Ammar Tehsil), wakala attested by Saudi foreign ministry, sponsor's ID, office licence, commercial registration",
                  "R.S. International obtains Protector office permission then advertises in newspapers",
                  "employer's representative may interview; after selection: trade test, medical, protector approval, visa stamping at Saudi consulate, insurance, air tickets"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "drivers / technicians", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """URGENTLY REQUIRED – KSA (Riyadh)
Heavy Duty Drivers (Saudi/GCC licence preferred), A/C Technicians, Auto Electricians.
Interview by employer's representative. After selection: trade test, medical, visa stamping at the Saudi consulate, insurance and air ticket processed by us.
R.S. International, Overseas Employment Promoter. Demand approved by Protector of Emigrants. Contact our office with your CV."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """URGENT Riyadh ke liye heavy driver, AC technician, auto electrician. Company ka banda khud interview lega. Select hone ke baad medical, visa stamping, insurance, ticket sab hum process karenge. R.S. International. Office aa kar CV jama karwayen"""},
            {"language": "ur", "text": """فوری ضرورت — ریاض (سعودی عرب)
ہیوی ڈرائیور، اے سی ٹیکنیشن، آٹو الیکٹریشن۔ آجر کا نمائندہ خود انٹرویو کرے گا۔ انتخاب کے بعد ٹریڈ ٹیسٹ، میڈیکل، ویزا اسٹیمپنگ، انشورنس اور ٹکٹ کا انتظام ادارہ کرے گا۔ آر ایس انٹرنیشنل، اوورسیز ایمپلائمنٹ پروموٹر۔"""},
        ],
    },
    {
        "group": "oep-yaj-gulf-terms",
        "source": {"url": "http://yajgulf.com/clients/", "title": "Clients", "publisher": "YAJ Gulf (OEP)", "date": None},
        "facts": ["candidates sourced by newspaper advertisement, personal contacts and data bank; pre-screening and trade tests before employer's selection team arrives",
                  "OEP undertakes to repatriate any worker found unfit, sick or unwilling during the 90-day probation if it selected them",
                  "deployment within 20 days of selection, documents and visa availability at the Royal Saudi Embassy"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "skilled workers", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Saudi Arabia – selection team arriving next week. Required: Welders (6G), Pipe Fitters, Scaffolders, Riggers. Pre-screening and trade tests at our test centre before the employer's interviews. Deployment within about 20 days of selection once visas are stamped. 90-day probation as per contract. YAJ Gulf, Overseas Employment Promoters."""},
            {"language": "ur", "text": """سعودی عرب کی کمپنی کی سلیکشن ٹیم آ رہی ہے۔ ویلڈر (6G)، پائپ فٹر، اسکیفولڈر، رگر درکار۔ آجر کے انٹرویو سے پہلے ہمارے سینٹر میں ٹریڈ ٹیسٹ۔ ویزا لگنے کے بعد تقریباً 20 دن میں روانگی۔ معاہدے کے مطابق 90 دن پروبیشن۔ یاج گلف، اوورسیز ایمپلائمنٹ پروموٹرز۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Welder 6G, pipe fitter, scaffolder, rigger — Saudi company ki selection team aa rahi hai. Pehle hamare center mein test, phir company interview. Visa lagne ke 20 din ke andar flight. Contract mein 90 din probation."""},
        ],
    },
    {
        "group": "oep-amafhh-demand-advert",
        "source": {"url": "http://amafhhoverseas.com/job_recruitment.html", "title": "Job Recruitment", "publisher": "AMAFHH Overseas (OEP)",
                   "date": None},
        "facts": ["recruitment starts on demand letter specifying job description, number of personnel, terms and conditions",
                  "power of attorney and consulate letter attested by foreign ministry or embassies; visa slip or e-number; commercial registration for KSA",
                  "checks own data bank first, then advertises principal's demands with Protector permission in leading newspapers"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "hospitality", "hard_negative_trade"],
        "destination": "QA", "trade": "hotel staff", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """JOBS IN QATAR – 5-star hotel, Doha
Waiters, Commis Cooks, Room Attendants, Laundry Attendants. Terms as per employer's demand letter (salary, duty hours, food, accommodation and air ticket stated in contract).
Permission of Protector of Emigrants obtained. Send CV to AMAFHH Overseas or visit our office. Only shortlisted candidates will be called."""},
            {"language": "ur", "text": """قطر کے فائیو اسٹار ہوٹل کے لیے ملازمتیں: ویٹر، کک، روم اٹینڈنٹ، لانڈری اٹینڈنٹ۔ تنخواہ، ڈیوٹی کے اوقات، کھانا، رہائش اور ٹکٹ آجر کے ڈیمانڈ لیٹر کے مطابق۔ پروٹیکٹر آف امیگرنٹس کی اجازت سے۔ سی وی دفتر میں جمع کرائیں۔"""},
        ],
    },
    {
        "group": "oep-al-mersal-procedure",
        "source": {"url": "http://almersalgroup.com/eng/manpower-process/", "title": "Manpower Process", "publisher": "Al Mersal Group (OEP)",
                   "date": None},
        "facts": ["employer sends demand letter on letterhead attested by chamber of commerce, foreign ministry and Pakistani embassy, plus authorisation letter",
                  "permission from Protector of Emigrants registers the group as employer's agent",
                  "searches CV data bank, informs candidates of trade test date; employer representative may test in Pakistan"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "hard_negative_trade"],
        "destination": "AE", "trade": "mechanics / drivers", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """UAE ki transport company ke liye heavy vehicle mechanic aur bus driver chahiye. Company ka representative khud Pakistan aa kar test lega. Test ki date SMS pe batayi jayegi. Al Mersal Group — Protector office se permission ho chuki hai. CV WhatsApp karein 0300-0000792"""},
            {"language": "en", "text": """UAE – heavy vehicle mechanics and bus drivers for a transport company. The employer's representative will conduct trade tests in Pakistan; shortlisted candidates will be informed of the test date. Al Mersal Group, recruitment under permission of the Protector of Emigrants."""},
            {"language": "ur", "text": """متحدہ عرب امارات کی ٹرانسپورٹ کمپنی کے لیے ہیوی وہیکل مکینک اور بس ڈرائیور درکار۔ کمپنی کا نمائندہ پاکستان آ کر ٹیسٹ لے گا۔ شارٹ لسٹ امیدواروں کو ٹیسٹ کی تاریخ بتائی جائے گی۔"""},
        ],
    },
    {
        "group": "oep-namal-prerequisites",
        "source": {"url": "https://namalinternational.pk/prerequisite", "title": "Prerequisite", "publisher": "Namal International (OEP)",
                   "date": None},
        "facts": ["private chauffeur, house worker, house cook: attested computerised driving licence with NOC, not less than 35",
                  "public / HTV / agricultural driver: licence issued six years ago, at least 24",
                  "labour, guard, cook, mason, tile fixer, welder, mechanic etc.: at least 21",
                  "house maid: NOC from husband or father, at least 25; female nurse: attested diploma, NOC, at least 22"],
        "categories": OEP + ["gulf_employer", "domestic", "driver", "hard_negative_trade"],
        "destination": "SA", "trade": "house driver / housemaid", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سعودی عرب کے لیے ہاؤس ڈرائیور اور گھریلو ملازمہ درکار
ہاؤس ڈرائیور: عمر کم از کم 35 سال، کمپیوٹرائزڈ ڈرائیونگ لائسنس دفترِ خارجہ سے تصدیق شدہ
گھریلو ملازمہ: عمر کم از کم 25 سال، شوہر یا والد کا این او سی لازمی
نمل انٹرنیشنل، اوورسیز ایمپلائمنٹ پروموٹرز"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi house driver chahiye, umar 35 se upar, computerized license attested. HTV driver ke liye license 6 saal purana aur umar 24+. Housemaid ke liye 25+ aur shohar/walid ka NOC. Namal International"""},
            {"language": "en", "text": """KSA – House Drivers (35+ years, attested computerised licence), HTV Drivers (24+, licence at least six years old), House Maids (25+, NOC from husband/father). Namal International, Overseas Employment Promoters. Submit documents at our office."""},
        ],
    },
    {
        "group": "oep-aaqib-romania-procedure",
        "source": {"url": "https://aaqiboverseas.com/europevisa.html", "title": "Romania Work Permit Stamping Procedure in Pakistan",
                   "publisher": "Aaqib Overseas (OEP)", "date": None},
        "facts": ["recruitment starts on employer's authorisation letter and manpower demand letter, attested by notary, foreign office and Pakistan's embassy",
                  "permission from the Protectorate of Emigrants, Rawalpindi, within about 7 days if documents genuine",
                  "medical at the embassy-authorised centre, 3-4 days",
                  "work permit hard copy, online appointment at Romanian embassy, validation 7-30 days 'without our influence'"],
        "categories": OEP + ["composite_from_rules", "europe", "factory", "hard_negative_trade"],
        "destination": "RO", "trade": "factory / construction worker", "channel": "company_site",
        "items": [
            {"language": "en", "text": """ROMANIA – Work permit jobs (factory & construction)
Step 1: employer's demand letter and authorisation attested, permission from Protectorate of Emigrants Rawalpindi (about 7 days).
Step 2: medical at the embassy-authorised centre (3–4 days).
Step 3: with the Romanian work permit in hand, online appointment at the Romanian Embassy; visa decision takes 7–30 days and is made by the embassy alone – no agent can speed it up.
Aaqib Overseas."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Romania work permit wali jobs. Pehle company ka demand letter aur Protector office Rawalpindi ki permission, phir medical, phir embassy appointment online. Visa 7 se 30 din, embassy ka faisla hota hai, koi agent jaldi nahi karwa sakta. Aaqib Overseas"""},
            {"language": "ur", "text": """رومانیہ کے ورک پرمٹ پر نوکریاں (فیکٹری اور تعمیرات)۔ پہلے آجر کا ڈیمانڈ لیٹر اور پروٹیکٹر آف امیگرنٹس راولپنڈی کی اجازت، پھر میڈیکل، پھر سفارتخانے میں آن لائن اپائنٹمنٹ۔ ویزا کا فیصلہ صرف سفارتخانہ کرتا ہے۔"""},
        ],
    },
    {
        "group": "mrc-oep-process-fees",
        "source": {"url": "https://www.mrc.org.pk/en/faq/recruitment-system-in-pakistan/the-recruitment-process-through-overseas-employment-promoter",
                   "title": "The recruitment process through overseas employment promoter", "publisher": "Migrant Resource Centre Pakistan",
                   "date": None},
        "facts": ["OEP advertises number of vacancies, job category, wages and terms; issues certificate of qualification; prepares Foreign Service Agreement registered with Protector",
                  "worker pays passport (Rs 3,000-9,000), visa fee, adhesive stamp Rs 200, insurance Rs 2,500, registration Rs 500 (Rs 2,500 direct employment), welfare fund Rs 2,000",
                  "contract signed by employer and attested by Pakistan's embassy or consulate; pre-departure orientation"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "application_fee_official", "hard_negative_trade"],
        "destination": "SA", "trade": "general workers", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سعودی عرب کے لیے لیبر اور کلینر درکار (50 اسامیاں)۔ تنخواہ اور شرائط فارن سروس ایگریمنٹ میں درج ہوں گی جو پروٹیکٹر آف امیگرنٹس کے پاس رجسٹر ہوگا۔
امیدوار صرف سرکاری مقررہ فیسیں ادا کریں گے: رجسٹریشن 500، ویلفیئر فنڈ 2000، انشورنس 2500، اسٹامپ 200 روپے۔ ہر ادائیگی کی رسید لیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Saudia ke liye 50 labour/cleaner. Salary aur sharait FSA (agreement) mein likhi hongi jo Protector office mein register hoga. Sirf sarkari fees: registration 500, welfare fund 2000, insurance 2500, stamp 200. Har payment ki raseed lein. Is ke ilawa koi fees nahi"""},
            {"language": "en", "text": """Cleaners and general labour (50) for KSA. Terms in the Foreign Service Agreement registered with the Protector of Emigrants. Candidates pay only the government-fixed charges: registration Rs 500, welfare fund Rs 2,000, insurance Rs 2,500, adhesive stamp Rs 200 – receipts given for every payment."""},
        ],
    },
    {
        "group": "beoe-valid-oep-licences-2024",
        "source": {"url": "https://nation.com.pk/10-Aug-2024/beoe-advises-emigrants-to-reach-out-only-valid-oeps",
                   "title": "BEOE advises emigrants to reach out only valid OEPs", "publisher": "The Nation (APP)", "date": "2024-08-10"},
        "facts": ["only 2,577 OEP licences valid; more than 5,048 invalid (670 cancelled, 805 expired, rest surrendered)",
                  "job seekers should check the BEOE website for valid licences",
                  "BEOE supervises OEPs through 7 Protectorate of Emigrants offices and gives pre-departure briefings"],
        "categories": OEP + ["composite_from_rules", "gulf_employer", "hard_negative_trade"],
        "destination": "OM", "trade": "hotel / restaurant staff", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Oman mein restaurant ke liye cook, waiter, cashier chahiye. Hamara OEP licence valid hai, Bureau of Emigration ki website pe check kar lein. Interview Lahore office. Sirf sarkari fees. 0300-0000526"""},
            {"language": "en", "text": """Oman – cooks, waiters and cashiers for a restaurant chain. Our OEP licence is valid and listed on the Bureau of Emigration website – please check before you apply. Interviews at our Lahore office. Pre-departure briefing at the Protectorate of Emigrants."""},
        ],
    },
    {
        "group": "oec-al-bawani-loi-2023",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/oec-al-bawani-sign-loi-1770497.html", "title": "OEC, Al Bawani sign LOI",
                   "publisher": "UrduPoint / APP", "date": "2023-11-22"},
        "facts": ["letter of intent between OEC and Al Bawani Holdings, a top-five Saudi general contractor, signed in Riyadh",
                  "Al Bawani has delivered around 250 projects in Saudi Arabia",
                  "promises job opportunities for Pakistani professionals and workers through OEC"],
        "categories": ["government_scheme", "state_recruiter", "gulf_employer", "construction", "hard_negative_trade"],
        "destination": "SA", "trade": "construction", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سعودی کمپنی البوانی اور او ای سی کے درمیان معاہدہ — تعمیراتی شعبے میں پاکستانی انجینئرز اور ورکرز کے لیے نوکریاں۔ اسامیاں او ای سی کی ویب سائٹ پر آئیں گی، وہیں سے درخواست دیں۔"""},
            {"language": "ur-Latn", "text": """Al Bawani (Saudi ki top 5 construction company) OEC ke zariye Pakistani engineers aur workers rakhegi. Ads OEC ki website pe aayenge."""},
        ],
    },
    {
        "group": "qatar-airways-recruitment-2022",
        "source": {"url": "https://www.ndtv.com/world-news/watch-qatar-airways-mumbai-recruitment-drive-see-huge-crowd-applicants-sent-away-3392388",
                   "title": "Qatar Airways Mumbai recruitment drive sees huge crowd", "publisher": "NDTV", "date": "2022"},
        "facts": ["Qatar Airways global recruitment drive before FIFA World Cup 2022; workforce from 45,000 to 55,000",
                  "open recruiting event at Hilton Mumbai 29-30 September 2022; many applicants turned away",
                  "roles across Qatar Airways, Qatar Duty Free, Qatar Aviation Services",
                  "cabin crew: at least 21, high school, fluent English, 212 cm reach; CV and photo; furnished shared flat in Doha (Fiji Times, Yeni Safak)"],
        "categories": ["gulf_employer", "airline", "hospitality", "hard_negative_trade"],
        "destination": "QA", "trade": "cabin crew / airport services", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Qatar Airways Group is recruiting: Cabin Crew, Qatar Duty Free sales staff and Qatar Aviation Services customer agents. Open day at a city hotel – bring an up-to-date CV and a recent photograph. Cabin crew: minimum 21 years, high school, fluent English, arm reach 212 cm. Furnished shared accommodation in Doha, transport and medical provided. Register on the Qatar Airways careers site."""},
            {"language": "ur", "channel": "facebook", "text": """قطر ایئرویز میں 10 ہزار بھرتیاں — کیبن کریو، ڈیوٹی فری اور ایئرپورٹ سروسز۔ عمر کم از کم 21 سال، انٹرمیڈیٹ، روانی سے انگریزی۔ رہائش دوحہ میں کمپنی کی طرف سے۔ صرف قطر ایئرویز کی آفیشل کیریئر ویب سائٹ پر اپلائی کریں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Qatar Airways cabin crew open day! CV aur recent photo le kar jayen. Age 21+, English fluent, 212cm reach. Doha mein furnished flat company ka. Pehle careers website pe register karein."""},
        ],
    },
    {
        "group": "japan-ssw-care-worker",
        "source": {"url": "https://japancwg.com/", "title": "Japan Care Worker Guide: Specified Skilled Worker",
                   "publisher": "Japan Care Worker Guide management office", "date": None},
        "facts": ["Specified Skilled Worker (care): anyone 18 or older; academic credentials not necessary",
                  "salary equal to or higher than a Japanese care worker's; can change jobs within the same industry",
                  "standard period 1 year, renewable, up to 5 years; family cannot accompany",
                  "three examinations required (skills, Japanese, care Japanese)"],
        "categories": ["government_scheme", "caregiver", "hard_negative_trade"],
        "destination": "JP", "trade": "care worker", "channel": "government",
        "items": [
            {"language": "en", "text": """Work in Japan as a Care Worker (Specified Skilled Worker). Age 18+, no degree needed. Pass three tests: care skills, Japanese language (JFT-Basic/JLPT N4) and care Japanese. Salary equal to Japanese care workers. Up to 5 years; family cannot accompany on this status. Apply to registered employers only."""},
            {"language": "ur", "text": """جاپان میں کیئر ورکر (اسپیسیفائیڈ اسکلڈ ورکر)۔ عمر 18 سال سے زیادہ، ڈگری ضروری نہیں۔ تین امتحان پاس کرنا لازمی: کیئر اسکلز، جاپانی زبان اور کیئر جاپانی۔ تنخواہ جاپانی ملازمین کے برابر، زیادہ سے زیادہ 5 سال، فیملی ساتھ نہیں جا سکتی۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Japan caregiver visa (SSW): umar 18+, degree zaroori nahi. Japanese language ka test aur care ka test pass karna hoga. Tankhwa Japani logon jitni. 5 saal tak. Family sath nahi. Pehle language seekho phir apply karo"""},
        ],
    },
    {
        "group": "japan-pakistan-ssw-moc-2019",
        "source": {"url": "https://ppinewsagency.com/the-government-of-japan-and-the-government-of-pakistan-signed-memorandum-of-cooperation-for-specified-skilled-workers/",
                   "title": "Japan and Pakistan sign Memorandum of Cooperation for Specified Skilled Workers", "publisher": "PPI", "date": "2019-12-23"},
        "facts": ["Japan-Pakistan Memorandum of Cooperation on Specified Skilled Workers signed 23 December 2019",
                  "skilled Pakistanis can work in Japan after passing the required examinations in 14 fields",
                  "Japan expected to hire 340,000 skilled workers worldwide over five years, no country quota"],
        "categories": ["government_scheme", "hard_negative_trade"],
        "destination": "JP", "trade": "skilled worker (14 fields)", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "text": """Japan aur Pakistan ka muahida: ab Pakistani hunarmand Japan ke 14 shobon mein kaam kar sakenge — nursing care, construction, farming, restaurant, auto repair wagera. Lekin pehle Japanese zaban aur skill ka imtehan pass karna zaroori. Koi quota nahi, jo pass karega wo apply kar sakega."""},
            {"language": "en", "text": """Japan–Pakistan Memorandum of Cooperation on Specified Skilled Workers. Pakistani workers who pass the skill test and Japanese language test in one of 14 fields (care, construction, agriculture, food service, etc.) can be employed in Japan. No country quota."""},
        ],
    },
]
