"""Data-entry and computer-operator jobs (a lure trade), Saudi domestic work under Musaned, and a
Gulf call centre that hires nationals only."""

GROUPS = [
    {
        "group": "nadra-sindh-data-entry-2025",
        "source": {"url": "https://arynews.tv/nadra-announces-massive-jobs-across-sindh", "title": "NADRA announces massive jobs across Sindh",
                   "publisher": "ARY News", "date": "2025-10-20"},
        "facts": ["NADRA recruiting 200 Junior Executives (Data Entry Operators) in five Karachi districts and nine interior Sindh districts",
                  "minimum qualification Intermediate; upper age limit 25",
                  "walk-in interviews from 3 November 2025; no online application; bring original certificates, CNIC, domicile and CV (around.pk)",
                  "new regional offices planned in Mirpurkhas, Kotri, Matiari, Thatta, Sujawal and others"],
        "categories": ["local_job", "government_job", "data_entry", "named_employer"],
        "destination": "PK", "trade": "data entry operator", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """NADRA – 200 Junior Executives (Data Entry Operators), Karachi and interior Sindh. Intermediate (FA/FSc or equivalent), maximum age 25; computer and data entry skills preferred. Walk-in interviews from 3 November at NADRA regional offices. No online application – bring original educational certificates, CNIC, domicile and a recent CV."""},
            {"language": "ur", "text": """نادرا میں 200 جونیئر ایگزیکٹیو (ڈیٹا انٹری آپریٹر) کی بھرتی — کراچی کے پانچ اور اندرونِ سندھ کے نو اضلاع۔ تعلیم انٹرمیڈیٹ، زیادہ سے زیادہ عمر 25 سال۔ واک اِن انٹرویو 3 نومبر سے، اصل تعلیمی اسناد، شناختی کارڈ، ڈومیسائل اور سی وی ساتھ لائیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """NADRA data entry operator ki 200 seats Sindh mein!! Inter pass, umar 25 tak. 3 November se walk in interview, online apply nahi hai. Original documents, CNIC, domicile le ke jana. Koi fees nahi"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Karachi walo NADRA mein data entry ki naukri, walk in interview 3 Nov se. Inter + computer aata ho. Age limit 25."""},
        ],
    },
    {
        "group": "pitb-junior-computer-operator",
        "source": {"url": "https://careerjobshub.com/junior-computer-operator-jobs-2026-in-punjab-pitb-project-apply-online-guide-for-candidates",
                   "title": "Junior Computer Operator Jobs 2026 in Punjab – PITB Project", "publisher": "careerjobshub.com (explaining the official advert)",
                   "date": "2026"},
        "facts": ["contract Junior Computer Operator posts under a Punjab Information Technology Board project with the Punjab Prisons Department",
                  "age up to 25; Intermediate/ICS or equivalent with a computer diploma; English typing speed test",
                  "posts in multiple Punjab districts; apply only on the official government portal"],
        "categories": ["local_job", "government_job", "data_entry"],
        "destination": "PK", "trade": "computer operator", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """پنجاب انفارمیشن ٹیکنالوجی بورڈ کے منصوبے (محکمہ جیل خانہ جات) کے لیے جونیئر کمپیوٹر آپریٹر، کنٹریکٹ پر۔ عمر 25 سال تک، انٹرمیڈیٹ یا آئی سی ایس کے ساتھ کمپیوٹر ڈپلومہ، انگریزی ٹائپنگ ٹیسٹ ہوگا۔ درخواست صرف سرکاری جاب پورٹل پر۔"""},
            {"language": "en", "channel": "job_board", "text": """Junior Computer Operator (contract) – PITB project with Punjab Prisons, several districts. Age up to 25, Intermediate/ICS plus computer diploma, English typing test. Apply on the official PITB jobs portal only."""},
        ],
    },
    {
        "group": "ksa-musaned-domestic-rules-2024",
        "source": {"url": "https://gulfnews.com/world/gulf/saudi/you-must-be-24-to-hire-domestic-worker-in-saudi-arabia-1.101269833",
                   "title": "You must be 24 to hire domestic worker in Saudi Arabia", "publisher": "Gulf News", "date": "2024-02-25"},
        "facts": ["domestic workers in Saudi Arabia are contracted through the Ministry of Human Resources' Musaned platform and licensed recruitment offices",
                  "worker's minimum age 21; fixed-term contract, else renewable yearly",
                  "daily working hours 10, weekly paid 24-hour rest",
                  "employer prohibited from withholding the worker's passport, documents or belongings; dues are first-degree debts"],
        "categories": ["gulf_employer", "domestic", "hard_negative_trade", "licensed_oep", "composite_from_rules"],
        "destination": "SA", "trade": "housemaid", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سعودی عرب کے لیے گھریلو ملازمہ درکار — معاہدہ مساند پلیٹ فارم (وزارتِ انسانی وسائل) پر رجسٹر ہوگا۔ عمر کم از کم 21 سال۔ روزانہ زیادہ سے زیادہ 10 گھنٹے، ہفتے میں ایک پوری چھٹی تنخواہ کے ساتھ۔ پاسپورٹ اور کاغذات آپ کے پاس رہیں گے، آجر نہیں رکھ سکتا۔ پروٹیکٹر آف امیگرنٹس سے اجازت شدہ لائسنس یافتہ ادارہ۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudia housemaid job, contract Musaned pe register hoga. Umar 21+. Roz 10 ghante se zyada kaam nahi, hafte mein 1 chutti tankhwa ke sath. Passport apne paas rahega, malik nahi rakh sakta. Licensed OEP ke zariye"""},
            {"language": "en", "text": """Housemaids for families in KSA. Contract registered on the Musaned platform of the Saudi Ministry of Human Resources. Minimum age 21; maximum 10 working hours a day; one paid 24-hour rest day every week; the employer may not keep your passport or documents. Recruitment by a licensed promoter with Protector of Emigrants permission."""},
        ],
    },
    {
        "group": "du-fujairah-emirati-callcentre",
        "source": {"url": "https://www.thenationalnews.com/business/technology/du-call-centre-in-fujairah-celebrates-its-third-anniversary-1.237101",
                   "title": "Du call centre in Fujairah celebrates its third anniversary", "publisher": "The National", "date": "2014"},
        "facts": ["du's Fujairah call centre staffed entirely by about 100 Emirati nationals; 91% women",
                  "recruited through the Fujairah annual job fair; six months' training",
                  "45-hour week with rotating shifts 8am-5pm, 12pm-9pm, 1pm-10pm; salary Dh12,700 a month",
                  "about 3,000 calls a day"],
        "categories": ["gulf_employer", "call_centre", "named_employer", "hard_negative_trade"],
        "destination": "AE", "trade": "call centre agent (nationals only)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """du – Customer Care Agents, Fujairah contact centre (UAE nationals only). Six months' paid training, then 45-hour weeks on rotating shifts (8–5, 12–9, 1–10). Monthly salary AED 12,700. Apply at the Fujairah job fair or on du careers."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """du (UAE) Fujairah call center mein customer care agents — sirf UAE nationals ke liye. 6 mahine training, phir 45 ghante hafta, shift badalti hai. Salary 12,700 dirham. Fujairah job fair ya du careers pe apply."""},
        ],
    },
]
