"""Gulf employers, Pakistani missions' job fairs and Gulf government schemes."""

GROUPS = [
    {
        "group": "pak-consulate-dubai-drivers-fair-2025",
        "source": {"url": "https://urdukhabar.com.pk/%d8%af%d8%a8%d8%a6%db%8c-%da%a9%db%8c%d8%b1%db%8c%d8%a6%d8%b1-%d9%81%db%8c%d8%a6%d8%b1-2025",
                   "title": "دبئی کیریئر فیئر 2025", "publisher": "UrduKhabar (Consulate General of Pakistan, Dubai press release)",
                   "date": "2025-08-07"},
        "facts": ["Consulate General of Pakistan Dubai with New Horizon held Career Fair 2025 on 6-7 August",
                  "more than 600 professional driver jobs with UAE companies; walk-in interviews",
                  "476 candidates interviewed, 311 shortlisted for road test",
                  "requirements: UAE driving licence at least six months old, basic spoken English, knowledge of UAE roads",
                  "package includes medical insurance and RTA card"],
        "categories": ["gulf_employer", "driver", "government_scheme", "hard_negative_trade"],
        "destination": "AE", "trade": "driver", "channel": "government",
        "items": [
            {"language": "en", "text": """CAREER FAIR 2025 — Consulate General of Pakistan, Dubai (with New Horizon)
600+ jobs for professional drivers with UAE companies. Walk-in interviews 6 & 7 August at the Consulate.
Requirements: UAE driving licence (at least 6 months old), basic English, good knowledge of UAE roads.
Selected candidates go to a road test. Package includes medical insurance and RTA card."""},
            {"language": "ur", "channel": "facebook", "text": """دبئی میں مقیم پاکستانی ڈرائیور حضرات توجہ فرمائیں 🚗
قونصلیٹ جنرل آف پاکستان دبئی میں 6 اور 7 اگست کو کیریئر فیئر، 600 سے زائد ڈرائیور کی نوکریاں
شرط: یو اے ای کا کم از کم چھ ماہ پرانا لائسنس، تھوڑی بہت انگریزی، سڑکوں کی اچھی واقفیت
انٹرویو کے بعد روڈ ٹیسٹ، منتخب ڈرائیوروں کو میڈیکل انشورنس اور آر ٹی اے کارڈ ملے گا"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhaiyon Dubai consulate mein driver ki 600 se zyada jobs ka job fair hai 6 aur 7 August. UAE license 6 mahine purana hona chahiye, thori English aur roads ka pata ho. Walk in hai, road test hoga. Medical insurance aur RTA card milega. Apna license aur emirates id le kar jao"""},
        ],
    },
    {
        "group": "pak-embassy-riyadh-walkin-2021",
        "source": {"url": "https://www.neonews.pk/01-Sep-2021/105998?version=amp",
                   "title": "سعود ی عرب میں بے روزگار پاکستانیوں کیلئے بڑی خوشخبری", "publisher": "Neo News",
                   "date": "2021-09-01"},
        "facts": ["Embassy of Pakistan in Riyadh invited unemployed Pakistanis whose iqama expired more than a year ago",
                  "walk-in interviews at the embassy on 2 September until 3 pm with company representatives",
                  "trades: licensed light and heavy drivers, labourers, block workers, masons, carpenters, tile fixers, steel fixers, painters, electricians, plumbers, plant operators"],
        "categories": ["gulf_employer", "construction", "driver", "government_scheme"],
        "destination": "SA", "trade": "construction trades / driver", "channel": "government",
        "items": [
            {"language": "ur", "channel": "facebook", "text": """سفارتخانہ پاکستان ریاض — واک اِن انٹرویو
وہ پاکستانی جن کا اقامہ ایک سال سے زیادہ عرصے سے ختم ہے اور نوکری کی تلاش میں ہیں، 2 ستمبر کو دوپہر 3 بجے تک اپنے کوائف کے ساتھ سفارتخانے تشریف لائیں۔
مختلف کمپنیوں کے نمائندے انٹرویو کریں گے: لائسنس یافتہ لائٹ اور ہیوی ڈرائیور، مزدور، بلاک ورکر، میسن، کارپینٹر، ٹائل مین، اسٹیل فکسر، پینٹر، الیکٹریشن، پلمبر، پلانٹ آپریٹر۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Riyadh embassy mein kal 2 September ko interview hain, jin ka iqama 1 saal se zyada expire hai wo jayen. Driver light heavy, labour, mason, carpenter, tile, steel fixer, painter, electrician, plumber sab ke liye companies aayi hain. 3 baje tak pohanchna hai kaghzat sath"""},
            {"language": "en", "channel": "government", "text": """Embassy of Pakistan, Riyadh: walk-in interviews on 2 September (until 15:00) for Pakistani nationals whose iqama expired over one year ago. Company representatives will interview licensed light/heavy drivers, labourers, block workers, masons, carpenters, tile fixers, steel fixers, painters, electricians, plumbers and plant operators. Bring your documents."""},
        ],
    },
    {
        "group": "dubai-rta-taxi-drivers-2021",
        "source": {"url": "https://www.urdupoint.com/international/news-detail/uae/dubai/live-news-2829171.html",
                   "title": "دُبئی روڈز اینڈ ٹرانسپورٹ اتھارٹی نے سینکڑوں ٹیکسی ڈرائیورز کی بھرتی کا اشتہار دے دیا",
                   "publisher": "UrduPoint", "date": "2021-06-12"},
        "facts": ["Dubai Roads and Transport Authority advertised hundreds of taxi driver vacancies",
                  "aimed at residents who lost jobs during the pandemic",
                  "walk-in interviews reported elsewhere with a salary of about AED 2,000 plus benefits (arabnama.net)"],
        "categories": ["gulf_employer", "driver", "hard_negative_trade", "salary_aed"],
        "destination": "AE", "trade": "taxi driver", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """دبئی آر ٹی اے کو سینکڑوں ٹیکسی ڈرائیور درکار 🚕
امارات میں موجود بے روزگار بھائیوں کے لیے موقع۔ واک اِن انٹرویو، تنخواہ تقریباً 2000 درہم اور دیگر مراعات۔
مزید معلومات آر ٹی اے کی سرکاری ویب سائٹ پر۔"""},
            {"language": "ur-Latn", "text": """URGENT Dubai taxi driver chahiye RTA mein. Salary 2000 dirham + benefits. Walk in interview. Jo bhai UAE mein hain aur job nahi mil rahi wo try karein"""},
            {"language": "en", "channel": "whatsapp", "text": """Dubai RTA hiring taxi drivers, hundreds of vacancies. Walk-in interviews, salary around AED 2000 plus benefits. Check the RTA website for the venue."""},
        ],
    },
    {
        "group": "oec-nesma-partners-2023",
        "source": {"url": "https://propakistani.pk/2023/11/17/leading-saudi-arabian-construction-company-to-hire-skilled-pakistani-workers/",
                   "title": "Leading Saudi Arabian Construction Company to Hire Skilled Pakistani Workers",
                   "publisher": "ProPakistani", "date": "2023-11-17"},
        "facts": ["agreement between Pakistan Overseas Employment Corporation and NESMA & Partners (Saudi construction) signed at the Embassy in Riyadh",
                  "NESMA executes mega-projects in Saudi Arabia; skilled Pakistani workers to be hired",
                  "recruitment and deployment handled by the state OEC",
                  "Daily Aaj: agreements with NESMA, Al Rashid, Mahara HR, Albawani, Alfanar for 15-20 thousand jobs, all via OEC"],
        "categories": ["gulf_employer", "construction", "government_scheme", "state_recruiter", "hard_negative_trade"],
        "destination": "SA", "trade": "construction", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """NESMA & Partners (KSA) – skilled construction workers from Pakistan. Under the agreement signed with Overseas Employment Corporation at the Embassy of Pakistan, Riyadh, all recruitment for NESMA's projects will be done by OEC. Watch the OEC website for trade-wise adverts and apply there only."""},
            {"language": "ur", "channel": "facebook", "text": """سعودی عرب کی پانچ بڑی کمپنیوں (نیسما، الراشد، مہارہ، البوانی، الفنار) میں 15 سے 20 ہزار پاکستانیوں کو نوکریاں ملیں گی۔ تعمیرات، صحت، انجینئرنگ، آئی ٹی۔ تمام بھرتیاں صرف اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ہوں گی۔ کسی ایجنٹ کو پیسے نہ دیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Saudi construction company NESMA ke liye Pakistani workers — OEC ke zariye bharti. Steel fixer, mason, electrician, plumber wale OEC ki website check karte rahein, ad wahin aayega."""},
        ],
    },
    {
        "group": "qatar-visa-centres-100k-2018",
        "source": {"url": "https://www.pakistanhotline.com/2018/11/qatar-offers-100000-jobs-for-pakistanis.html",
                   "title": "Qatar offers 100,000 Jobs for Pakistanis", "publisher": "Pakistan Hotline", "date": "2018"},
        "facts": ["Qatar offered 100,000 jobs for Pakistanis; delegation met the PM's special assistant on overseas Pakistanis",
                  "Qatar Visa Facilitation Centres to be set up in Lahore and Peshawar to complete requirements before the contract",
                  "visas are free and fees incurred during the process are paid by the employer",
                  "workers protected under Qatar's Wage Protection System"],
        "categories": ["gulf_employer", "government_scheme", "free_visa_lawful", "construction"],
        "destination": "QA", "trade": "construction / general", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Qatar ne Pakistanio ke liye 1 lakh jobs ka elaan kiya hai!! Visa FREE hai aur process ka sara kharcha company degi. Lahore aur Peshawar mein Qatar Visa Center khul rahe hain jahan medical aur fingerprint hon ge. Salary bank mein aayegi (WPS)."""},
            {"language": "en", "text": """Qatar to hire 100,000 Pakistani workers. Visas are free – all fees in the process are paid by the employer. Qatar Visa Centres in Lahore and Peshawar will complete medical and biometrics before the contract is signed. Salaries under Qatar's Wage Protection System."""},
            {"language": "ur", "text": """قطر میں ایک لاکھ پاکستانیوں کے لیے ملازمتیں۔ ویزا مفت، تمام اخراجات آجر کمپنی ادا کرے گی۔ لاہور اور پشاور میں قطر ویزا سینٹر، تنخواہ ویج پروٹیکشن سسٹم کے تحت بینک میں۔"""},
        ],
    },
    {
        "group": "uae-employment-job-offer-mou-2019",
        "source": {"url": "https://khaleejtimes.com/uae/new-uae-job-process-to-protect-pakistani-workers",
                   "title": "Move to protect overseas Pakistani workers in UAE", "publisher": "Khaleej Times", "date": "2019-06-19"},
        "facts": ["Pakistanis coming to the UAE for work sign an Employment Job Offer with the employer before departure",
                  "the job offer states rights and obligations and is the basis of the contract registered in the UAE",
                  "Pakistani workers in the UAE entitled to a minimum wage of Dh800 plus accommodation and food, and medical insurance"],
        "categories": ["gulf_employer", "hard_negative_trade", "labour", "salary_aed", "composite_from_rules"],
        "destination": "AE", "trade": "general labour", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Vacancy: General Helpers (20) – facilities company, Abu Dhabi
Basic salary AED 800 + free accommodation and food + medical insurance (as per UAE rules for Pakistani workers).
You will sign the Employment Job Offer before you fly; it becomes your UAE labour contract. Employment visa by company."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Abu Dhabi ke liye helper chahiye 20 banday. Basic 800 dirham, rehna khana free, medical insurance. Jaane se pehle job offer sign hoga jo wahan contract banega. Visa company ka"""},
            {"language": "ur", "channel": "facebook", "text": """ابوظہبی: جنرل ہیلپر کی 20 اسامیاں۔ بنیادی تنخواہ 800 درہم، رہائش اور کھانا مفت، میڈیکل انشورنس۔ روانگی سے پہلے ایمپلائمنٹ جاب آفر پر دستخط ہوں گے جو امارات میں آپ کا کنٹریکٹ بنے گا۔"""},
        ],
    },
    {
        "group": "emirates-cabin-crew-islamabad-2023",
        "source": {"url": "https://english.aaj.tv/news/30326963/fonts.googleapis.com",
                   "title": "Fact check: Is Emirates conducting recruitment drive in Pakistan?", "publisher": "Aaj News",
                   "date": "2023"},
        "facts": ["Emirates group careers site listed an invite-only cabin crew interview in Islamabad on 30 August 2023",
                  "criteria: fluent English, 160 cm tall and 212 cm reach, UAE employment visa eligibility, one year hospitality or customer service experience, high school",
                  "candidates apply online first",
                  "package reported elsewhere: tax-free pay, free shared accommodation in Dubai, transport to work, medical and dental cover (Delano)"],
        "categories": ["gulf_employer", "hospitality", "hard_negative_trade", "airline"],
        "destination": "AE", "trade": "cabin crew", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Emirates Cabin Crew – Invite-only event, Islamabad, 30 August 2023.
Apply online on the Emirates Group Careers website with an up-to-date CV and recent photo. Only shortlisted applicants are invited.
Requirements: fluent spoken and written English; minimum 160 cm and arm reach of 212 cm; at least one year of hospitality or customer service experience; high school (Grade 12); meet UAE employment visa requirements.
Tax-free salary, free shared accommodation in Dubai, transport to and from work, medical and dental cover."""},
            {"language": "ur", "channel": "facebook", "text": """ایمریٹس ایئرلائن کیبن کریو — اسلام آباد میں 30 اگست کو صرف دعوت نامے والا انٹرویو۔ پہلے ایمریٹس کی آفیشل کیریئر ویب سائٹ پر آن لائن اپلائی کریں۔ شرائط: روانی سے انگریزی، قد 160 سینٹی میٹر، 212 سینٹی میٹر تک ہاتھ پہنچے، ایک سال کسٹمر سروس یا ہاسپیٹیلٹی کا تجربہ، انٹرمیڈیٹ۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Emirates cabin crew ka Islamabad mein 30 August ko invite only interview hai. Sirf official careers website se apply karein. Height 160cm, reach 212cm, English fluent, 1 saal customer service experience."""},
        ],
    },
    {
        "group": "dubai-security-guard-gulfnews",
        "source": {"url": "https://gulfnews.com/going-out/society/life-is-not-easy-for-security-guards-1.2189435",
                   "title": "Life is not easy for security guards", "publisher": "Gulf News", "date": None},
        "facts": ["Pakistani security guard (28) in Dubai earns more than Dh2,000 a month, about four times his pay in Pakistan",
                  "12-hour shifts at residential towers and gated communities; logging cars and visitors",
                  "guards fined by the employer if caught sleeping on duty"],
        "categories": ["gulf_employer", "security", "hard_negative_trade", "salary_aed"],
        "destination": "AE", "trade": "security guard", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Dubai security guard required. Residential tower duty, 12 ghante shift. Salary 2000 dirham se upar. Rehaish company ki. Thori English zaroori. Rabta WhatsApp +971 55 555 0143"""},
            {"language": "en", "channel": "job_board", "text": """Security Guards – residential towers & gated communities, Dubai. 12-hour shifts, gate log of vehicles and visitors. Salary from AED 2,000 + company accommodation + transport. Send CV on WhatsApp +971 55 555 0198."""},
            {"language": "ur", "text": """دبئی کے رہائشی ٹاورز کے لیے سیکیورٹی گارڈ درکار۔ 12 گھنٹے ڈیوٹی، تنخواہ 2000 درہم سے زائد، رہائش کمپنی کی۔ رابطہ واٹس ایپ +971 55 555 0117"""},
        ],
    },
    {
        "group": "ksa-drivers-2024-beoe",
        "source": {"url": "https://bnnbreaking.com/world/saudi-arabia/saudi-arabia-to-hire-thousands-of-pakistani-drivers-in-2024-a-deep-dive/",
                   "title": "Saudi Arabia to Hire Thousands of Pakistani Drivers in 2024", "publisher": "BNN Breaking", "date": "2024"},
        "facts": ["about 2,000 openings for personal drivers and 2,900 for truck drivers in Saudi Arabia in 2024",
                  "salaries 1,000 to 2,200 SAR with free accommodation, food, tickets, medical cover, transport",
                  "apply through the Bureau of Emigration & Overseas Employment website; some deadlines 4 January 2024",
                  "education matric to intermediate; some posts need English"],
        "categories": ["gulf_employer", "driver", "hard_negative_trade", "government_scheme"],
        "destination": "SA", "trade": "driver", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Saudia mein 2900 truck driver aur 2000 house driver ki jobs 🚚
Tankhwa 1000 se 2200 riyal, rehaish khana ticket medical free.
Taleem matric ya inter. Bureau of Emigration ki website pe apply karein, kuch jobs ki last date 4 January hai."""},
            {"language": "ur", "text": """سعودی عرب میں ٹرک ڈرائیور (2900) اور ہاؤس ڈرائیور (2000) کی اسامیاں۔ تنخواہ 1000 سے 2200 ریال، رہائش، کھانا، ٹکٹ اور میڈیکل مفت۔ تعلیم میٹرک/انٹر۔ درخواست بیورو آف امیگریشن کی ویب سائٹ پر۔"""},
            {"language": "en", "text": """KSA driver jobs 2024: ~2,900 truck drivers and ~2,000 personal drivers needed. SAR 1,000–2,200 + free accommodation, food, air tickets, medical. Matric/Intermediate. Apply on the Bureau of Emigration & Overseas Employment website. Some closing 4 Jan."""},
        ],
    },
    {
        "group": "hmc-qatar-recruitment-2016",
        "source": {"url": "https://dohanews.co/now-hiring-hmc-seeks-fill-2700-job-posts-qatar",
                   "title": "Now hiring: HMC seeks to fill 2,700 job posts in Qatar", "publisher": "Doha News", "date": "2016"},
        "facts": ["Hamad Medical Corporation largest recruitment drive: 2,690 clinical and non-clinical vacancies by year end",
                  "for new hospitals at Hamad bin Khalifa Medical City",
                  "expats and Qataris apply online for clinical roles; administrative jobs only for nationals"],
        "categories": ["gulf_employer", "nursing", "hard_negative_trade"],
        "destination": "QA", "trade": "nurse / clinical", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Hamad Medical Corporation, Doha – now recruiting for 2,690 posts for the new hospitals at Hamad bin Khalifa Medical City: physicians, nurses, pharmacists, allied health. Clinical roles are open to expatriates – apply online through the HMC careers portal. Administrative posts are reserved for Qatari nationals."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Qatar ke sarkari hospital HMC mein 2690 seats — doctors nurses pharmacists. Expats sirf clinical jobs ke liye apply kar sakte hain, online HMC careers pe. Admin jobs sirf Qatari logon ke liye."""},
        ],
    },
    {
        "group": "kuwait-moh-physicians-pakistan",
        "source": {"url": "http://www.halapakistan.com/news/kuwait-newss/kuwait-delegations-travels-to-pakistan-to-recruit-physicians.html",
                   "title": "Kuwait delegations travels to Pakistan to recruit physicians", "publisher": "Hala Pakistan", "date": None},
        "facts": ["Kuwait Health Ministry undersecretary visiting Pakistan to interview and hire physicians for primary health care centres",
                  "over 230 applications submitted to the Kuwaiti Embassy in Pakistan; about 100 met qualifications",
                  "Kuwait hired over 50 Pakistani physicians the previous year"],
        "categories": ["gulf_employer", "government_scheme", "doctor"],
        "destination": "KW", "trade": "physician", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Ministry of Health, State of Kuwait – Physicians for Primary Health Care Centres. A Ministry delegation will interview shortlisted Pakistani doctors in Islamabad. Applications were received through the Embassy of the State of Kuwait; shortlisted candidates will be contacted by the Embassy."""},
            {"language": "ur", "text": """کویت کی وزارتِ صحت کو پرائمری ہیلتھ کیئر سینٹرز کے لیے پاکستانی ڈاکٹرز درکار۔ وزارت کا وفد پاکستان میں انٹرویو کرے گا۔ درخواستیں کویتی سفارتخانے کے ذریعے، شارٹ لسٹ امیدواروں سے سفارتخانہ خود رابطہ کرے گا۔"""},
        ],
    },
    {
        "group": "talabat-riders-uae-2022",
        "source": {"url": "https://www.thenationalnews.com/uae/2022/07/24/talabat-to-raise-pay-for-delivery-riders-in-uae/",
                   "title": "Talabat to raise pay for delivery riders in UAE", "publisher": "The National", "date": "2022-07-24"},
        "facts": ["Talabat pays Dh7.50 per order plus an extra Dh1 per five kilometres",
                  "riders now paid twice a month and keep 100 per cent of tips",
                  "Talabat uses third-party rider agencies; riders pay their own fuel",
                  "average gross monthly earnings around Dh3,500 (Expat Media, May 2022)"],
        "categories": ["gulf_employer", "driver", "delivery", "hard_negative_trade", "salary_aed"],
        "destination": "AE", "trade": "delivery rider", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Dubai bike rider chahiye talabat ke liye (agency visa). 7.5 dirham per order + har 5 km pe 1 dirham extra. Mahine mein 2 dafa payment, tips 100% apni. Average 3500 dirham ban jata hai. Petrol apna. UAE bike license zaroori. Msg karein +971 52 555 0164"""},
            {"language": "en", "text": """Hiring bike riders – Talabat orders, Dubai (through our rider agency). AED 7.50 per order + AED 1 per extra 5 km. Paid twice a month, keep all your tips. Riders average about AED 3,500/month. You need a UAE motorbike licence. Fuel on rider. WhatsApp +971 50 555 0121"""},
            {"language": "ur", "text": """دبئی میں بائیک رائیڈر کی ضرورت (طلبات)۔ فی آرڈر ساڑھے سات درہم، ہر 5 کلومیٹر پر ایک درہم اضافی۔ مہینے میں دو بار ادائیگی، ٹپ پوری آپ کی۔ یو اے ای بائیک لائسنس ضروری۔"""},
        ],
    },
    {
        "group": "dubai-delivery-contractor-2021",
        "source": {"url": "https://www.khaleejtimes.com/uae/uae-what-is-life-like-for-the-drivers-who-race-against-time-to-deliver-hot-meals",
                   "title": "UAE: What is life like for the drivers who race against time to deliver hot meals?",
                   "publisher": "Khaleej Times", "date": "2021-03-12"},
        "facts": ["bike delivery riders choose fixed salary or commission",
                  "contractor: with own bike, licence and visa you can join; company gives a SIM with 16GB data and 700 minutes",
                  "Dh7.50 per trip, 12-hour shift, one day off",
                  "a rider earns about Dh3,500 a month doing around 14 trips a day and pays own petrol and Salik"],
        "categories": ["gulf_employer", "delivery", "driver", "salary_aed"],
        "destination": "AE", "trade": "delivery rider", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Food delivery riders needed Dubai. Apni bike, license aur visa ho to kal se kaam shuru. Company SIM degi 16GB net aur 700 minute. 7.50 dirham per trip, 12 ghante shift, hafte mein 1 chutti. Call/WhatsApp 056-555-0139"""},
            {"language": "en", "text": """Food delivery riders — Dubai. Have your own bike, licence and visa? Start tomorrow. Company SIM with 16GB data + 700 mins. AED 7.50/trip, 12-hr shift, 1 day off. Fixed-salary option also available. Call 056-555-0172"""},
        ],
    },
    {
        "group": "uae-tadbeer-domestic-workers-2020",
        "source": {"url": "https://www.expatmedia.net/new-salary-requirement-hire-housemaids-uae/2020/01/",
                   "title": "New salary requirement to hire housemaids in UAE", "publisher": "Expat Media (citing Gulf News)", "date": "2020"},
        "facts": ["domestic workers in the UAE hired through MOHRE-regulated Tadbeer centres",
                  "employer pays recruitment fee and all government fees, plus monthly salary",
                  "workers get salary on time, weekly day off, 30-day paid vacation, 12 hours rest a day, medical insurance, return ticket home every two years"],
        "categories": ["gulf_employer", "domestic", "hard_negative_trade", "free_visa_lawful", "composite_from_rules"],
        "destination": "AE", "trade": "housemaid / domestic worker", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Tadbeer Centre – Housemaids and nannies for families in Dubai. All visa, medical and recruitment costs are paid by the employer family. You get: monthly salary on time, one day off every week, 30 days paid vacation a year, 12 hours rest daily, medical insurance and a ticket home every two years. Contract explained before you travel."""},
            {"language": "ur", "channel": "facebook", "text": """دبئی میں گھریلو ملازمہ کی نوکری (تدبیر سینٹر کے ذریعے، وزارتِ انسانی وسائل امارات کے تحت)
ویزا، میڈیکل اور بھرتی کا سارا خرچ گھر والا آجر دے گا۔ ہفتے میں ایک چھٹی، سال میں 30 دن تنخواہ کے ساتھ چھٹی، روزانہ 12 گھنٹے آرام، میڈیکل انشورنس، ہر دو سال بعد گھر کا ٹکٹ۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Dubai mein ghar ki kaam wali/nanny ki job Tadbeer center se. Visa medical sab kharcha employer ka. Hafte mein 1 chutti, saal mein 30 din chutti tankhwa ke sath, medical insurance, 2 saal baad ticket. Ye sarkari register center hai"""},
        ],
    },
    {
        "group": "dubai-restaurant-waiter-package",
        "source": {"url": "http://theworkingbees.com/what-you-need-to-know-about-working-in-hospitality-in-dubai/",
                   "title": "What you Need to Know About Working in Hospitality in Dubai", "publisher": "The Working Bees", "date": None},
        "facts": ["waiter at a high-end restaurant in Downtown Dubai: employer must provide working visa",
                  "ticket to Dubai and return after two-year contract; shared accommodation; transport to and from work; staff meals each service",
                  "basic salary from AED 1,500; credit-card tips paid with salary, total often AED 2,500-3,000"],
        "categories": ["gulf_employer", "hospitality", "hard_negative_trade", "free_visa_lawful", "salary_aed", "composite_from_rules"],
        "destination": "AE", "trade": "waiter", "channel": "facebook",
        "items": [
            {"language": "en", "text": """WAITERS/WAITRESSES for a fine-dining restaurant, Downtown Dubai 🍽️
2-year contract. Basic AED 1,500 + tips (paid with salary, usually AED 2,500–3,000 total). Employment visa by company, air ticket both ways, shared accommodation, transport and duty meals. Grooming allowance. English needed. Send CV + photo via WhatsApp +971 58 555 0106."""},
            {"language": "ur-Latn", "text": """Dubai restaurant ke liye waiter chahiye. Basic 1500 dirham aur tips alag, total 2500-3000 ban jata hai. Visa ticket rehaish transport khana sab company ka. 2 saal contract. English aani chahiye. CV bhejein WhatsApp +971 58 555 0129"""},
            {"language": "ur", "text": """دبئی ڈاؤن ٹاؤن کے ریسٹورنٹ کے لیے ویٹر درکار۔ بنیادی تنخواہ 1500 درہم اور ٹپس الگ۔ ویزا، ٹکٹ، رہائش، ٹرانسپورٹ اور کھانا کمپنی کی طرف سے۔ دو سالہ معاہدہ، انگریزی ضروری۔"""},
        ],
    },
]
