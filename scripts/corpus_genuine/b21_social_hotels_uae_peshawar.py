"""Short re-posts (issue 15): Pakistani hotel groups' careers pages, a Peshawar restaurant opening,
UAE jobs through a licensed promoter and the MOHRE offer-letter route, with emoji, e-mail contacts
at reserved domains and one-liners."""

GROUPS = [
    {
        "group": "pakistan-hotel-groups-careers-2025",
        "source": {"url": "https://www.dera.pk/2025/12/best-hotel-groups-jobs-in-pakistan-2025.html",
                   "title": "پاکستان کے 5 بڑے ہوٹل گروپس میں جاب کیسے حاصل کریں؟ مکمل گائیڈ 2025", "publisher": "Dera.pk", "date": "2025"},
        "facts": ["large Pakistani hotel groups hire chefs, waiters, front desk and housekeeping staff in Lahore, Karachi and Islamabad",
                  "applications through the groups' own careers pages or CVs at head offices; staff get training and medical cover"],
        "categories": ["hospitality", "local_job", "named_employer"],
        "destination": "PK", "trade": "hotel staff", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🏨 فائیو اسٹار ہوٹل لاہور کو ویٹر، کک اور ہاؤس کیپنگ اسٹاف درکار ✨ ٹریننگ اور میڈیکل ہوٹل کی طرف سے۔ صرف ہوٹل کی ویب سائٹ کے کیریئر پیج پر اپلائی کریں۔"""},
            {"language": "ur-Latn", "text": """🏨 Hotel jobs Islamabad: front desk, waiter, housekeeping ✨ training + medical. Apply sirf hotel ke careers page pe"""},
            {"language": "en", "text": """🏨✨ Now hiring at our Karachi hotel: commis chefs, F&B servers, room attendants. Training & medical provided. Apply via our careers page or email hr.karachi@hotelgroup-pk.example.com"""},
            {"language": "ur", "channel": "whatsapp", "text": """ہوٹل میں ہاؤس کیپنگ کی جاب، اسلام آباد، سی وی ہیڈ آفس میں جمع کروائیں 🙂"""},
        ],
    },
    {
        "group": "peshawar-food-city-restaurant-opening-2022",
        "source": {"url": "https://dailypakistan.com.pk/06-Mar-2022/1411114", "title": "کاروباری شخصیات پشاور میں سرمایہ کاری کریں، زبیر علی",
                   "publisher": "Daily Pakistan", "date": "2022-03-06"},
        "facts": ["the Mayor of Peshawar opened a new restaurant and hotel on Kohat Road, Peshawar",
                  "he said Peshawar has jobs and asked businesses to invest so that local people benefit"],
        "categories": ["hospitality", "local_job", "shop_helper"],
        "destination": "PK", "trade": "waiter / cook", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🍽️ کوہاٹ روڈ پشاور پر نیا ریسٹورنٹ کھل گیا! ویٹر، تندوری اور برتن دھونے والے درکار۔ تنخواہ 25 سے 35 ہزار، کھانا ہوٹل کا 😊 رابطہ 0333-0000592"""},
            {"language": "ur-Latn", "text": """🍽️ Peshawar Kohat road naya restaurant, waiter aur tandoori chahiye. 25-35k + khana. 0333-0000592"""},
            {"language": "en", "text": """🍽️ New restaurant on Kohat Road, Peshawar is hiring waiters, a tandoor cook & dishwashers. PKR 25–35k + meals. Call 0333-0000592"""},
            {"language": "ur", "channel": "whatsapp", "text": """ہوٹل پر ویٹر چاہیے، پشاور، آج انٹرویو"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Tandoori chahiye Peshawar hotel pe, rehaish sath 🙏"""},
        ],
    },
    {
        "group": "islamic-manpower-dubai-sponsor-oep",
        "source": {"url": "https://islamicmanpower.com/get-to-know-dubai-before-getting-employed", "title": "Get To Know Dubai Before Getting Employed",
                   "publisher": "Islamic Manpower Promoters (overseas employment promoter)", "date": None},
        "facts": ["a UAE company must sponsor the worker; the employer obtains the visa and residence permit and the worker can only work for that sponsor",
                  "passport valid for more than six months and a medical examination; English matters for better-paid jobs"],
        "categories": ["licensed_oep", "gulf_employer", "hard_negative_destination"],
        "destination": "AE", "trade": "general", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """🇦🇪 Dubai jobs: company khud sponsor karti hai, visa aur iqama company ka. Passport 6 mahine valid ho. Licensed OEP office 0300-0000846 📞"""},
            {"language": "ur", "text": """🇦🇪 دبئی کی نوکری: ویزا اور اقامہ کمپنی اسپانسر کرتی ہے، پاسپورٹ کم از کم چھ ماہ کارآمد ہو۔ لائسنس یافتہ پروموٹر 0300-0000846"""},
            {"language": "en", "text": """Dubai jobs 🇦🇪 your employer sponsors the visa & residence – you work only for that sponsor. Passport valid 6+ months, medical required. CVs: uae.desk@oep-manpower.example.com"""},
            {"language": "en", "channel": "whatsapp", "text": """UAE: sponsor = your employer. Drivers & cleaners needed now 🙏"""},
        ],
    },
    {
        "group": "uae-jobs-from-pakistan-guide-2026",
        "source": {"url": "https://www.myjobsfeed.com/blog/uae-jobs-from-pakistan-guide",
                   "title": "UAE Jobs from Pakistan — Work Visa Process, Visit Visa Reality, and What Employers Must Pay For", "publisher": "MyJobsFeed", "date": "2026"},
        "facts": ["mainland UAE jobs run through MOHRE: a standard offer letter with position, salary and benefits, signed before the visa process",
                  "then work permit, employment entry permit, in-country medical, biometrics and Emirates ID; the registered contract must match the offer"],
        "categories": ["gulf_employer", "hard_negative_destination", "salary_aed"],
        "destination": "AE", "trade": "general", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇦🇪 Got a UAE job offer? ✅ MOHRE offer letter first (job, salary, benefits) ✅ work permit ✅ entry permit ✅ medical + Emirates ID in UAE. Your contract must match the offer!"""},
            {"language": "ur-Latn", "text": """🇦🇪 UAE job: pehle MOHRE offer letter, phir work permit aur entry permit. Medical aur Emirates ID wahan jaa kar ✅"""},
            {"language": "ur", "text": """🇦🇪 یو اے ای کی نوکری کا طریقہ: پہلے موہرے کا آفر لیٹر، پھر ورک پرمٹ اور انٹری پرمٹ، میڈیکل اور امارات آئی ڈی وہاں جا کر ✅"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Offer letter aur contract same hona chahiye, yaad rakhein 👍"""},
        ],
    },
]
