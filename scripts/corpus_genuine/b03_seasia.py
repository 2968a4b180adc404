"""Thailand, Cambodia, Malaysia and Philippines customer-service, BPO and hotel jobs: the same
destinations and trades as the scam-compound lures, but real employers with local pay and papers."""

HN = ["hard_negative_destination", "hard_negative_trade"]

GROUPS = [
    {
        "group": "bangkok-masterpiece-jp-callcentre-2016",
        "source": {"url": "https://j-cast.com/kaisha/2016/12/06285219.html",
                   "title": "バンコクのコールセンター事情 (Masterpiece Group interview)", "publisher": "J-CAST Kaisha Watch",
                   "date": "2016-12-06"},
        "facts": ["Masterpiece Group runs a Japanese-language call centre in Bangkok with over 120 Japanese staff",
                  "agents answer mail-order and enquiry calls from customers in Japan; no language other than Japanese required",
                  "salary 30,000 baht a month plus a housing allowance worth 4,500 baht",
                  "more applicants than for its Tokyo centre paying more; low staff turnover"],
        "categories": HN + ["call_centre", "named_employer"],
        "destination": "TH", "trade": "call centre agent (Japanese)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Call Centre Operator (Japanese speaker) – Bangkok
Masterpiece Group is hiring for its Bangkok contact centre serving customers in Japan (mail-order and general enquiries). Native Japanese required; English/Thai not needed.
Salary THB 30,000/month + housing allowance THB 4,500. Apply via the company recruitment page."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Bangkok mein call center job (sirf Japanese bolne walon ke liye). 30,000 baht tankhwa + 4500 baht ghar ka allowance. Company Masterpiece Group, 120 se zyada staff hai."""},
        ],
    },
    {
        "group": "bangkok-bpo-jp-2008-30k",
        "source": {"url": "https://tabi-hourou.com/a-chance-to-go-to-bangkok-call-center-and-bpo-company/",
                   "title": "バンコクのコールセンター・BPO会社に行くチャンス", "publisher": "tabi-hourou.com (personal blog)", "date": None},
        "facts": ["author was hired in 2008 by a BPO company's Bangkok call centre after interviewing at the company's head office",
                  "starting salary then 25,000 THB a month; now at least about 30,000 THB",
                  "bonus small in bad years"],
        "categories": HN + ["call_centre"],
        "destination": "TH", "trade": "call centre agent", "channel": "job_board",
        "items": [
            {"language": "en", "text": """BPO contact centre in Bangkok hiring customer service agents. Monthly salary from THB 30,000 + annual bonus (performance based). Interview at our head office; successful candidates relocate to Bangkok on a work permit sponsored by the company. Inbound calls and email, shift work."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bangkok BPO company ko customer service agents chahiye. Salary 30,000 baht se start, bonus performance pe. Interview head office mein, select hone pe company work permit banayegi. Shift duty. CV bhejo"""},
            {"language": "ur", "channel": "facebook", "text": """بنکاک (تھائی لینڈ) میں بی پی او کمپنی کو کسٹمر سروس ایجنٹ درکار۔ تنخواہ 30 ہزار بھات سے شروع، کارکردگی پر بونس۔ انٹرویو کمپنی کے ہیڈ آفس میں، ورک پرمٹ کمپنی بنوائے گی۔ شفٹ ڈیوٹی۔"""},
        ],
    },
    {
        "group": "bangkok-jp-callcentre-31500",
        "source": {"url": "http://wakuwork.jp/archives/8838",
                   "title": "タイ・バンコクの日系コールセンターに就職!その理由とは?", "publisher": "wakuwork.jp", "date": None},
        "facts": ["man (34) found a job at a Japanese-affiliated call centre in Bangkok through overseas job websites",
                  "monthly salary 31,500 baht",
                  "job search took more than two months; earlier referral job was commission-only, which he left"],
        "categories": HN + ["composite_from_rules", "call_centre"],
        "destination": "TH", "trade": "call centre agent", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Customer Support (Japanese) – Japanese-affiliated call centre, Bangkok. Fixed monthly salary THB 31,500 (not commission). Full-time, shifts. Visa and work permit provided. Apply through the job board; online interview, then start in Bangkok."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Thailand Bangkok call centre vacancy – fixed salary 31,500 baht mahana, commission wali job nahi. Visa + work permit company ki. Online interview hoga."""},
        ],
    },
    {
        "group": "agoda-bangkok-relocation",
        "source": {"url": "https://sites.google.com/view/agoda-relocation-guide/relocation-overview/moving-to-thailand",
                   "title": "Agoda relocation guide: Moving to Thailand", "publisher": "Agoda (relocation guide site)", "date": None},
        "facts": ["after signing the offer, Agoda's Thailand visa team gathers documents and guides the hire step by step",
                  "hire travels with eVisa and a Board of Investment (BOI) letter; must enter on a Non-B visa (Non-O for dependents)",
                  "within 3-4 weeks of arrival the visa team books an immigration appointment for work permit, visa extension and re-entry permit",
                  "work permit issued in digital form; dependants can relocate"],
        "categories": HN + ["call_centre", "named_employer", "customer_service"],
        "destination": "TH", "trade": "customer experience specialist", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Agoda – Customer Experience Specialist, Bangkok
Handle bookings, changes and refunds for customers by phone, chat and email. Fluent English plus a second language.
Relocation to Bangkok: after you sign the offer our Thailand visa team prepares your documents; you travel on a Non-B eVisa with a BOI letter, and we book your work-permit appointment within 3–4 weeks of arrival. Dependants welcome.
Apply on careersatagoda.com."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Agoda Bangkok mein customer experience ki job, English fluent honi chahiye. Offer sign karne ke baad unki visa team sab kaghzat karwati hai, Non-B visa aur work permit company ka. Family bhi ja sakti hai. Sirf unki careers website se apply karein."""},
            {"language": "ur", "channel": "facebook", "text": """اگوڈا (بنکاک) میں کسٹمر ایکسپیرینس اسپیشلسٹ کی نوکری، روانی سے انگریزی ضروری۔ آفر پر دستخط کے بعد کمپنی کی ویزا ٹیم نان بی ویزا اور ورک پرمٹ کا سارا کام کرتی ہے۔ درخواست صرف کمپنی کی کیریئر ویب سائٹ پر۔"""},
        ],
    },
    {
        "group": "tp-malaysia-content-moderator",
        "source": {"url": "https://www.jobleads.com/my/job/content-moderator-mandarin-speaker-9am-to-6pm--selangor--ee3fc359a9c8a12b1723d49d2a45857af",
                   "title": "Content Moderator – Mandarin Speaker (9am to 6pm), Teleperformance", "publisher": "JobLeads Malaysia", "date": None},
        "facts": ["Teleperformance, TP Malaysia Kelana Center Point, Petaling Jaya, Selangor; full-time onsite",
                  "9:00am-6:00pm with rotational day off",
                  "review and remove user content per client policy; meet KPIs; escalate",
                  "B2 English, Mandarin, typing 40 wpm; bachelor's or diploma; wellness programme for sensitive content"],
        "categories": HN + ["content_moderation", "named_employer", "call_centre"],
        "destination": "MY", "trade": "content moderator", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Content Moderator – Mandarin Speaker (9am–6pm)
Teleperformance Malaysia, Kelana Center Point, Petaling Jaya. Full-time, onsite, rotational day off.
Review and remove user content according to client policy, meet KPIs, escalate issues.
Requirements: Mandarin (speak, read, write), English B2, typing 40 wpm, diploma or degree. Trust & Safety wellness programme provided."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Malaysia (Petaling Jaya) mein Teleperformance ko content moderator chahiye, 9 se 6 duty. Mandarin aur English dono aani chahiye, typing 40. Office mein kaam hai, ghar se nahi."""},
        ],
    },
    {
        "group": "tp-penang-non-voice",
        "source": {"url": "https://www.jobleads.com/my/job/non-voice-customer-support-mandarin-penang--penang--e2e1f99b0b6101cce27050a780ed25cf6",
                   "title": "Non Voice Customer Support - Mandarin (Penang), Teleperformance", "publisher": "JobLeads Malaysia", "date": None},
        "facts": ["Teleperformance, Penang, on-site, full time; non-voice customer support / content review",
                  "bachelor's degree or equivalent; B2 English; Mandarin; background in customer service or moderation",
                  "rotational shifts; continuous training; wellness programme"],
        "categories": HN + ["customer_service", "named_employer", "call_centre"],
        "destination": "MY", "trade": "customer support (non-voice)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Non-Voice Customer Support – Mandarin | Teleperformance, Penang (Bayan Lepas). Chat/email support and content review, rotational shifts, on-site. Degree or diploma, English B2 + Mandarin, customer service background. Training and wellness programme. Apply through TP careers."""},
            {"language": "ur", "channel": "facebook", "text": """ملائیشیا (پینانگ) میں ٹیلی پرفارمنس کو چیٹ اور ای میل کسٹمر سپورٹ کے لیے عملہ درکار۔ انگریزی اور مینڈرین زبان ضروری، شفٹوں میں کام۔ درخواست کمپنی کی کیریئر ویب سائٹ پر۔"""},
        ],
    },
    {
        "group": "airasia-kl-customer-support-2018",
        "source": {"url": "https://borderless-world.com/recruit_airasia",
                   "title": "エアアジアがクアラルンプール勤務で日本人を求人募集", "publisher": "borderless-world.com", "date": "2018-01-29"},
        "facts": ["AirAsia hiring Japanese speakers for customer support based in Kuala Lumpur",
                  "work mainly chat, email and social media support rather than phone",
                  "interviews can be held in Japan"],
        "categories": HN + ["customer_service", "named_employer", "airline"],
        "destination": "MY", "trade": "customer support (airline)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """AirAsia is hiring Japanese-speaking Guest Support agents in Kuala Lumpur. Chat, email and social media support for our guests. Interviews available in Japan; employment pass arranged by AirAsia. Apply on the AirAsia careers page."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """AirAsia Kuala Lumpur mein customer support (chat/email) ki job, Japanese zaban wale. Interview Japan mein bhi ho jata hai, employment pass company ka."""},
        ],
    },
    {
        "group": "malaysia-callcentre-package",
        "source": {"url": "https://note.com./lilyasforeigner/n/nbd05db2eb56c",
                   "title": "マレーシア就職はコールセンターが簡単って本当?実際に就活してみて思ったこと", "publisher": "note.com (personal blog)",
                   "date": "2024"},
        "facts": ["many call-centre vacancies in Malaysia for Japanese speakers; some Japanese only, some need business English",
                  "pay mostly 250,000-300,000 yen equivalent a month",
                  "shift work: early 8am-5pm, late 10am-7pm, many end around 9pm, some night shifts; weekend work by rota"],
        "categories": HN + ["call_centre"],
        "destination": "MY", "trade": "call centre agent", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Japanese Customer Service Representative – Kuala Lumpur
Salary equivalent to JPY 250,000–300,000 per month (paid in MYR). Shifts 8am–5pm or 10am–7pm, some evening shifts; weekends by rota. Business-level English is a plus but not required for all teams. Employment pass applied for by the employer."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Kuala Lumpur call center job, shift 8 se 5 ya 10 se 7, kabhi weekend bhi. Salary achi hai (Japanese team). Employment pass company ki. Kisi ko interest ho to official job site pe apply karein."""},
        ],
    },
    {
        "group": "cambodia-msez-project-officer",
        "source": {"url": "https://bongthom.com/job_detail/project_officer_40063.html",
                   "title": "Project Officer", "publisher": "BongThom.com (Cambodia job board)", "date": "2026"},
        "facts": ["Project Officer for Manhattan Special Economic Zone (MSEZ) and its tenant clients",
                  "USD 800 a month during three-month probation, then by performance; undetermined duration contract",
                  "Monday to Saturday 8am-5pm; Phnom Penh about 90 per cent, Svay Rieng province about 10 per cent",
                  "processing licences and permits with Cambodian government offices; start 1 August 2026"],
        "categories": HN + ["office", "named_employer"],
        "destination": "KH", "trade": "project officer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Project Officer — Manhattan Special Economic Zone (MSEZ)
Full-time, Mon–Sat 8:00–17:00. Phnom Penh (~90%) with travel to Svay Rieng (~10%).
Salary: USD 800/month during 3-month probation, reviewed after. Undetermined Duration Contract. Start 1 Aug.
Prepare and follow up licence and permit applications for MSEZ tenants with government offices. Apply through BongThom."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Cambodia Phnom Penh mein project officer ki job — Manhattan SEZ. $800 mahana probation mein. Somwar se Hafta 8 se 5. Kaam sarkari daftar mein permits ka follow up. BongThom job site pe ad laga hai."""},
        ],
    },
    {
        "group": "cambodia-sofitel-siemreap-hiring",
        "source": {"url": "https://english.cambodiadaily.com/news/job-seekers-target-siem-reaps-new-hotel-16312/",
                   "title": "Job Seekers Target Siem Reap's New Hotel", "publisher": "The Cambodia Daily", "date": None},
        "facts": ["Sofitel Royal Angkor, a new five-star hotel in Siem Reap, recruiting 250 staff",
                  "interviews in Siem Reap and at the Royal Phnom Penh Hotel",
                  "a baker accepted $150 a month; positions in food and beverage, kitchen, housekeeping",
                  "managed by Accor for Thai Nakorn Patana Co"],
        "categories": HN + ["hospitality", "named_employer"],
        "destination": "KH", "trade": "hotel staff", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """SOFITEL ROYAL ANGKOR, SIEM REAP – opening soon. 250 positions: food & beverage, kitchen, bakery, housekeeping, front office. Walk-in interviews at the hotel site in Siem Reap and at the Royal Phnom Penh Hotel this week. Competitive salaries. Managed by Accor."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Cambodia Siem Reap ke naye 5 star hotel Sofitel mein 250 jobs — waiter, kitchen, bakery, housekeeping. Interview hotel mein ya Phnom Penh ke Royal hotel mein. Accor company chalati hai."""},
        ],
    },
    {
        "group": "cambodia-cscc-staff-conditions",
        "source": {"url": "https://www.cscc.com.kh/career/staff-conditions/",
                   "title": "Staff Conditions", "publisher": "CSCC (Cambodia) company careers page", "date": None},
        "facts": ["48 or 44 hours per week depending on position",
                  "13th-month salary paid in two halves with June and December pay",
                  "18 days annual leave after one year; Cambodian public holidays",
                  "uniforms yearly, annual medical examination, accident insurance; income tax and social security deducted"],
        "categories": HN + ["construction", "named_employer"],
        "destination": "KH", "trade": "site staff", "channel": "company_site",
        "items": [
            {"language": "en", "text": """CSCC Cambodia – site and office staff vacancies. 44 or 48 hours/week depending on position. Net salary monthly after tax and NSSF; 13th-month salary (half in June, half in December); 18 days annual leave after one year plus public holidays; uniforms, annual medical and accident insurance. See the careers page to apply."""},
            {"language": "ur", "channel": "facebook", "text": """کمبوڈیا کی تعمیراتی کمپنی میں سائٹ اور دفتر کے عملے کی اسامیاں۔ ہفتے میں 44 یا 48 گھنٹے، تیرہویں تنخواہ، سال میں 18 چھٹیاں، یونیفارم، سالانہ میڈیکل اور حادثے کی انشورنس۔ درخواست کمپنی کی ویب سائٹ کے ذریعے۔"""},
        ],
    },
    {
        "group": "ph-online-payments-support-offer",
        "source": {"url": "https://th4.ilovetranslation.com/R7589d0FCMb=d",
                   "title": "Job offer: Thai Online Payments & Support Executive (text shared for translation)",
                   "publisher": "ilovetranslation.com", "date": None},
        "facts": ["offer for a Thai-language Online Payments & Support Executive; start date 5 October",
                  "six-month probation with two evaluations; then permanent",
                  "company apartment (studio/2-bedroom) with free transport to office; utilities deducted from salary from second month; housing allowance if renting own place",
                  "net about 42,450 PHP a month with allowance if using company accommodation; rotating morning, mid and night shifts, 5 days, night differential"],
        "categories": HN + ["customer_service", "accommodation_provided"],
        "destination": "PH", "trade": "payments support executive", "channel": "other",
        "items": [
            {"language": "en", "text": """Offer summary – Online Payments & Support Executive (Thai language)
Start date 5 October. 6-month probation with evaluations at 3 and 6 months.
Company apartment available (studio/2-bedroom) with free shuttle to the office; from month two your water and electricity are deducted from salary. If you rent your own place you get a housing allowance instead.
Net pay around PHP 42,450/month incl. allowance (with company apartment). Rotating shifts, 5 days a week, night differential paid. First salary may come at the end of your second month."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai offer letter aa gaya: online payments support ki job, 6 mahine probation. Company ka flat milega aur office tak free transport, bijli pani ka bill salary se katega doosre mahine se. Apna ghar lo to housing allowance. Net 42k peso ke qareeb. Shift badalti rahegi, night allowance alag."""},
        ],
    },
    {
        "group": "launch-offshore-thai-callcentres",
        "source": {"url": "https://aseannow.com/topic/51354-young-britons-flock-to-thailands-call-centres/?comment=553450&do=findComment",
                   "title": "Young Britons flock east to answer Thailand's call-centre crisis", "publisher": "ASEAN NOW (reposting UK press)",
                   "date": None},
        "facts": ["Thai call centres recruiting young British workers for telesales in Bangkok, Phuket and Pattaya",
                  "pay on Thai wages, about 350 pounds a month",
                  "agency Launch Offshore (founder Tim Bond) places workers with Thai firms; close to 100 placed"],
        "categories": HN + ["call_centre", "named_employer", "agency"],
        "destination": "TH", "trade": "telesales agent", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Work in Thailand! Launch Offshore places English-speaking graduates in call centres in Bangkok, Phuket and Pattaya. Telesales and customer service on local Thai salaries (around £350 a month) – enough to live on and travel. Experience in a UK call centre is a plus. Contact our London office."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Thailand ke call centers (Bangkok, Phuket, Pattaya) English bolne walon ko rakhte hain, tankhwa local Thai wali hai (350 pound ke qareeb). Agency Launch Offshore placement karti hai."""},
        ],
    },
    {
        "group": "malaysia-employment-pass-cat3",
        "source": {"url": "https://bayabumi.com.my/requirement-to-apply-for-expatriate-employment-pass",
                   "title": "Requirement to Apply for Expatriate Employment Pass", "publisher": "Bayabumi (Malaysian corporate services firm)",
                   "date": None},
        "facts": ["Malaysian Employment Pass categories by basic salary",
                  "Category III: RM3,000-4,999 basic, contract not exceeding 12 months, no dependants",
                  "Category II: RM5,000-9,999, up to 2 years, dependants allowed",
                  "expatriate posts need degree + 3 years, diploma + 5 years, or technical certificate + 7 years of experience"],
        "categories": HN + ["call_centre", "composite_from_rules"],
        "destination": "MY", "trade": "customer service (expatriate)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Customer Service Executive (English/Urdu) – Kuala Lumpur shared-services centre
Basic RM 3,500/month. 12-month contract under Employment Pass Category III (company applies; you cannot apply yourself). Degree with 3 years' customer service experience, or diploma with 5 years. No dependants on this pass."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """KL Malaysia customer service job English/Urdu, basic 3500 ringgit, 12 mahine contract, Employment Pass company apply karegi. Degree + 3 saal experience ya diploma + 5 saal. Family sath nahi ja sakti is pass pe"""},
            {"language": "ur", "channel": "facebook", "text": """کوالالمپور (ملائیشیا) میں کسٹمر سروس ایگزیکٹو، انگریزی اور اردو۔ بنیادی تنخواہ 3500 رنگٹ، 12 ماہ کا معاہدہ، ایمپلائمنٹ پاس کمپنی اپلائی کرے گی۔ ڈگری کے ساتھ 3 سال تجربہ یا ڈپلومہ کے ساتھ 5 سال۔"""},
        ],
    },
    {
        "group": "cambodia-everjobs-hospitality-2017",
        "source": {"url": "https://www.b2b-cambodia.com/news/hospitality-continues-to-drive-cambodian-employment/",
                   "title": "Hospitality Continues To Drive Cambodian Employment", "publisher": "B2B Cambodia", "date": "2017"},
        "facts": ["everjobs Cambodia: more than 5,400 hotel and lodging vacancies posted since January 2015",
                  "receptionist and waiter most demanded; over 2,000 and 1,000 applications",
                  "jobs concentrated in Siem Reap, Phnom Penh and Sihanoukville"],
        "categories": HN + ["hospitality"],
        "destination": "KH", "trade": "receptionist / waiter", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Receptionist – boutique hotel, Siem Reap. Khmer and good English, 1 year front office experience. Monthly salary + service charge, staff meals, uniform. Apply on everjobs Cambodia with CV and photo."""},
            {"language": "en", "channel": "facebook", "text": """Hiring waiters & waitresses for our riverside restaurant in Phnom Penh 🍜 Basic English ok. Salary + tips + 2 meals/day. Come with CV to the restaurant 9am–11am or apply on everjobs."""},
        ],
    },
]
