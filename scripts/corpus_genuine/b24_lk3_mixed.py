"""Locked test set, genuine half (lk3): job posts a Pakistani job seeker sees, about half overseas
(OEC / state schemes for Korea, Japan, Saudi and Kuwait health posts, Gulf airlines, licensed
promoters' procedures, Oman, Malaysia, Italy, an NHS trust) and half inside Pakistan (UN agencies
and NGOs, NTS tests, Chinese firms and interpreters, call centres and BPOs, garment and hosiery
factories, pharmacies, Quran teachers, freelancing). Each group rewrites the facts of one public
source; phone numbers and addresses are in the reserved style."""

GROUPS = [
    # ------------------------------------------------------------------ overseas
    {
        "group": "lk3-oec-eps-point-system-second-round-2018",
        "source": {"url": "http://oec.gov.pk/index.php?option=com_content&view=article&id=335:announcement-of-1st-round-eps-topik-passers-of-point-system&catid=90:important-notices&Itemid=1528",
                   "title": "Announcement of 1st round EPS-TOPIK passers of Point System",
                   "publisher": "Overseas Employment Corporation (OEC), Government of Pakistan", "date": "2018"},
        "facts": ["first-round EPS-TOPIK (point system) passers check their result on the OEC site by KLT number",
                  "the second round adds a skills test and a competency test to the EPS-TOPIK score; whoever skips the skills test is dropped from the roster",
                  "skills-test registration 11-13 June 2018, 08:00-14:00, in person at OEC Head Office Islamabad; registration is free",
                  "bring passport and the KLT admission ticket; candidates without experience certificates need submit no documents"],
        "categories": ["government_scheme", "state_recruiter", "korea_eps", "hard_negative_destination", "selected_candidates"],
        "destination": "KR", "trade": "EPS manufacturing / agriculture worker", "channel": "government",
        "items": [
            {"language": "en", "text": """OEC NOTICE - EPS Korea (Point System), 2nd Round

First-round EPS-TOPIK passers: enter your KLT number on the OEC website to see your result.
The 2nd round is a skills test plus a competency test. These scores are added to your EPS-TOPIK score and the total decides the roster.
Skills test registration: 11 to 13 June, 08:00 to 14:00, OEC Head Office Islamabad. In person only.
Registration fee: NIL.
Bring: passport and KLT admission ticket. If you have no job experience, certificate or diploma, you do not need to submit any document for the competency test.
Anyone who does not register and sit the skills test will be removed from the roster."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Korea EPS walon ke liye zaroori: jo 1st round me pass hain unki 2nd round registration 11 se 13 June, subah 8 se 2 baje tak OEC head office Islamabad me hogi. Khud jana hai, fee koi nahi bilkul free hai. Passport aur KLT admit card sath le jana. Skill test nahi diya to roster se naam kat jayega. Experience certificate nahi hai to koi masla nahi. Confirm karna ho to OEC help desk 0302-0000417"""},
            {"language": "ur", "channel": "facebook", "text": """کوریا ای پی ایس (پوائنٹ سسٹم) — دوسرا مرحلہ

پہلے مرحلے کے کامیاب امیدوار او ای سی کی ویب سائٹ پر اپنا کے ایل ٹی نمبر درج کر کے نتیجہ دیکھیں۔
دوسرے مرحلے میں اسکل ٹیسٹ اور کمپیٹنسی ٹیسٹ ہوگا، جن کے نمبر ٹاپک کے نمبروں میں جمع ہوں گے۔
رجسٹریشن: 11 تا 13 جون، صبح 8 سے دوپہر 2 بجے، او ای سی ہیڈ آفس اسلام آباد۔ خود تشریف لائیں۔
رجسٹریشن فیس: کوئی نہیں۔
پاسپورٹ اور داخلہ ٹکٹ ساتھ لائیں۔ جو اسکل ٹیسٹ میں شامل نہیں ہوگا اس کا نام فہرست سے نکال دیا جائے گا۔"""},
        ],
    },
    {
        "group": "lk3-japan-ssw-navttc-nutec-2020",
        "source": {"url": "https://newswire.com.pk/?p=17411", "title": "Japan to import skilled manpower from Pakistan",
                   "publisher": "Newswire (APP report)", "date": "2020"},
        "facts": ["Japan began importing skilled workers from Pakistan in 14 sectors under the December 23, 2019 Memorandum of Cooperation",
                  "applications were invited by April 27; candidates sit a Japanese language test in July 2020 at NUML Islamabad before final selection",
                  "the Government of Pakistan nominated NAVTTC and NUTEC to recruit; the Japanese embassy said it had hired no other promoter or facilitator",
                  "recruitment is to continue every year for five years; there is no country quota"],
        "categories": ["government_scheme", "state_recruiter", "japan_ssw", "hard_negative_destination", "last_date"],
        "destination": "JP", "trade": "specified skilled worker", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """JOBS IN JAPAN - SPECIFIED SKILLED WORKERS (14 SECTORS)
Under the Pakistan-Japan Memorandum of Cooperation of 23 December 2019, skilled Pakistanis may apply for work in Japan.
- Last date for applications: 27 April
- Japanese language test: July 2020, NUML Islamabad
- Recruitment is handled only by NAVTTC and NUTEC, nominated by the Government of Pakistan
- The Embassy of Japan has not appointed any other promoter or facilitator
The process will repeat every year for the next five years."""},
            {"language": "ur", "text": """جاپان میں ہنرمند پاکستانیوں کے لیے روزگار 🇯🇵
چودہ شعبوں میں بھرتی، پاکستان اور جاپان کے درمیان 23 دسمبر 2019 کے معاہدے کے تحت۔
درخواستیں 27 اپریل تک جمع کروائیں۔ جولائی میں نمل اسلام آباد میں جاپانی زبان کا ٹیسٹ ہوگا۔
بھرتی صرف نیوٹیک اور نیشنل ووکیشنل اینڈ ٹیکنیکل ٹریننگ کمیشن کے ذریعے ہوگی۔ جاپانی سفارتخانے نے کسی اور ایجنٹ یا پرموٹر کو مقرر نہیں کیا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Japan jobs ki asal khabar: 14 sectors me skilled workers, apply 27 April tak. July me NUML Islamabad me Japani zaban ka test. Sirf NAVTTC aur NUTEC recruit kar rahe hain, embassy ne koi aur agent nahi rakha. Jo banda Japan visa ke paise maange usse door raho"""},
            {"language": "en", "channel": "facebook", "text": """Japan SSW update: language test in July at NUML Islamabad. Apply through NAVTTC / NUTEC only, deadline 27 April. No country quota, process every year for 5 years."""},
        ],
    },
    {
        "group": "lk3-saudi-health-defence-doctors-oec-2012",
        "source": {"url": "https://tribune.com.pk/story/368906/brain-drain-saudi-officials-arrive-to-hire-more-pakistan-doctors",
                   "title": "Brain drain: Saudi officials arrive to hire more Pakistan doctors", "publisher": "The Express Tribune", "date": "2012"},
        "facts": ["Saudi officials came to Pakistan to interview doctors for the Saudi health and defence ministries, recruited through the Overseas Employment Corporation",
                  "posts: home healthcare consultants, health education specialists, paediatric ICU consultants, anaesthetists, internal medicine consultants and a chief of internal medicine",
                  "separate interview rounds in Islamabad, Karachi and Lahore; consultants should be FCPS with three years' experience, specialists MCPS",
                  "an FCPS with two years' experience would get at least SR 16,000 a month; long experience in fields such as anaesthesia up to SR 36,000"],
        "categories": ["state_recruiter", "gulf_employer", "healthcare", "high_pay_real", "walk_in_interview"],
        "destination": "SA", "trade": "doctor (consultant / specialist)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """OVERSEAS EMPLOYMENT CORPORATION
Doctors required for Ministry of Health and Ministry of Defence, Kingdom of Saudi Arabia
Home Healthcare Consultant | Health Education Specialist | Paediatric ICU Consultant | Anaesthetist | Internal Medicine Consultant | Chief of Internal Medicine
Consultants: FCPS + 3 years experience. Specialists: MCPS.
Interviews by the Saudi delegation in Islamabad, Karachi and Lahore; dates will be conveyed to shortlisted candidates.
Salary fixed by the Saudi panel: from SR 16,000 per month (FCPS, 2 yrs) up to SR 36,000 for senior anaesthesia consultants.
Enquiries: 0321-0000582"""},
            {"language": "ur", "text": """سعودی وزارت صحت اور وزارت دفاع کے لیے پاکستانی ڈاکٹروں کی بھرتی — بذریعہ اوورسیز ایمپلائمنٹ کارپوریشن
کنسلٹنٹ کے لیے ایف سی پی ایس اور تین سال تجربہ، اسپیشلسٹ کے لیے ایم سی پی ایس ضروری۔
انٹرویو اسلام آباد، کراچی اور لاہور میں الگ الگ ہوں گے۔
تنخواہ کم از کم سولہ ہزار ریال ماہانہ، تجربہ کار بے ہوشی کے ماہرین کے لیے چھتیس ہزار ریال تک۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Yaar Saudi MOH aur defence ke liye doctors ke interview OEC ke through ho rahe hain, Lahore Karachi Islamabad teeno me. FCPS + 3 saal ho to consultant, MCPS walay specialist. Salary 16000 riyal se shuru, anaesthesia walon ko 36000 tak. OEC ka number 0321-0000582 pe confirm kar lo dates"""},
        ],
    },
    {
        "group": "lk3-saudi-moh-lahore-interviews-2010",
        "source": {"url": "https://tribune.com.pk/story/55917/1500-doctors-interviewing-everyday-for-2000-posts-in-saudi-arabia/",
                   "title": "1,500 doctors interviewing everyday for 2,000 posts in Saudi Arabia", "publisher": "The Express Tribune", "date": "2010-09-29"},
        "facts": ["a 25-member Saudi health ministry panel interviewed about 1,500 Pakistani doctors a day in Lahore for 2,000 one-year contract posts",
                  "specialities included orthopaedic surgeons, dental surgeons, neurologists, paediatricians and emergency physicians",
                  "interviews ran from September 27 to October 5; about 200 doctors had been selected so far",
                  "selected doctors would earn between SR 5,500 and SR 35,000 a month plus the usual perks"],
        "categories": ["state_recruiter", "gulf_employer", "healthcare", "high_pay_real", "walk_in_interview"],
        "destination": "SA", "trade": "doctor", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Saudi Ministry of Health - interviews in Lahore, 27 Sept to 5 Oct
2,000 posts, one-year contracts: orthopaedic surgeons, dental surgeons, neurologists, paediatricians, emergency physicians.
A 25-member ministry panel is interviewing at the registration desk daily. Monthly salary SR 5,500 - 35,000 depending on grade, plus allowances."""},
            {"language": "ur", "text": """سعودی وزارت صحت کے انٹرویو لاہور میں جاری — 27 ستمبر سے 5 اکتوبر تک
دو ہزار آسامیاں، ایک سال کا کنٹریکٹ: آرتھوپیڈک، ڈینٹل سرجن، نیورولوجسٹ، بچوں کے ماہر، ایمرجنسی فزیشن۔
تنخواہ ساڑھے پانچ ہزار سے پینتیس ہزار ریال ماہانہ، دیگر مراعات الگ۔ اب تک دو سو ڈاکٹر منتخب ہو چکے ہیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Doctors bhaiyon, Saudi health ministry ki 25 bandon ki team Lahore me interview le rahi hai, 5 October last din hai. Ortho, dental, neuro, peads, ER sab chahiye. 1 saal ka contract, 5500 se 35000 riyal tak. Registration desk pe rush bohat hai subah jaldi jayen"""},
        ],
    },
    {
        "group": "lk3-emirates-3000-cabin-crew-2021",
        "source": {"url": "https://hapakenya.com/2021/09/20/emirates-is-recruiting-3000-cabin-crew-500-airport-services-employees/",
                   "title": "Emirates is recruiting 3,000 cabin crew & 500 airport services employees", "publisher": "HapaKenya", "date": "2021-09-20"},
        "facts": ["Emirates began a worldwide campaign to recruit 3,000 cabin crew and 500 airport services employees for its Dubai hub over six months",
                  "the jobs are Dubai-based, frontline customer-facing roles",
                  "candidates read the requirements and apply on the Emirates Group careers website",
                  "the airline was restoring its network after the pandemic and recalling stood-down staff"],
        "categories": ["gulf_employer", "named_employer", "cabin_crew", "hard_negative_trade", "online_application"],
        "destination": "AE", "trade": "cabin crew / airport services agent", "channel": "company_site",
        "items": [
            {"language": "en", "channel": "facebook", "text": """✈️ Emirates is hiring 3,000 cabin crew and 500 airport services agents for its Dubai hub over the next six months. Frontline, customer-facing roles based in Dubai. Check the requirements and apply ONLY on the Emirates Group careers website - no agent, no fee."""},
            {"language": "ur", "text": """ایمریٹس ایئرلائن کو دبئی کے لیے تین ہزار کیبن کریو اور پانچ سو ایئرپورٹ سروسز اسٹاف درکار ہے ✈️
اگلے چھ ماہ میں بھرتی ہوگی۔ شرائط پڑھیں اور صرف ایمریٹس گروپ کی آفیشل کیریئر ویب سائٹ پر خود آن لائن درخواست دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Emirates ne 3000 cabin crew aur 500 airport services ki global hiring khol di hai, job Dubai me hai. Apply sirf unki apni careers website pe hota hai, koi agent nahi. Jis ne bhi 'Emirates visa' ke paise maange fraud samjho"""},
        ],
    },
    {
        "group": "lk3-qatar-airways-10000-world-cup-2022",
        "source": {"url": "https://moneyenquirer.com/2022/10/13/qatar-airways-to-add-10000-members-to-workforce-ahead-of-world-cup/",
                   "title": "Qatar Airways to add 10,000 members to workforce ahead of World Cup", "publisher": "Money Enquirer", "date": "2022-10-13"},
        "facts": ["Qatar Airways confirmed it would add 10,000 staff, lifting its workforce from about 45,000 to more than 55,000, ahead of the 2022 World Cup",
                  "recruitment events had been held in the Philippines, India and other countries at the end of September",
                  "the airline did not say how many of the new posts were temporary for the tournament"],
        "categories": ["gulf_employer", "named_employer", "hard_negative_destination", "mass_hiring"],
        "destination": "QA", "trade": "airline staff", "channel": "company_site",
        "items": [
            {"language": "en", "channel": "facebook", "text": """Qatar Airways is adding 10,000 people to its workforce before the World Cup (from about 45,000 to 55,000+). Recruitment events have already run in India and the Philippines. Note: some roles may be temporary for the tournament - read each vacancy on the official Qatar Airways careers page. Queries: recruitment@qr-careers.example.com"""},
            {"language": "ur", "text": """قطر ایئرویز فٹبال ورلڈ کپ سے پہلے دس ہزار نئے ملازمین بھرتی کر رہی ہے، عملہ پینتالیس ہزار سے بڑھ کر پچپن ہزار سے زیادہ ہو جائے گا۔ کچھ آسامیاں صرف ٹورنامنٹ کے لیے عارضی ہو سکتی ہیں، اس لیے ہر اشتہار کی شرائط کمپنی کی اپنی ویب سائٹ پر غور سے پڑھیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """QR 10 hazar log rakh rahi hai world cup se pehle. India aur Philippines me recruitment events ho chuke. Kuch jobs sirf tournament tak hongi, contract dekh ke apply karna"""},
        ],
    },
    {
        "group": "lk3-italy-decreto-flussi-2004-pakistan-quota",
        "source": {"url": "https://lavorofacile.it/news/decreto-flussi-2004?search=moldavia", "title": "Decreto flussi 2004",
                   "publisher": "LavoroFacile.it", "date": "2004"},
        "facts": ["Italy's Interior Ministry issued the 2004 entry-flows decree for non-EU workers",
                  "it set 50,000 entries for seasonal work and 29,000 for permanent jobs",
                  "countries with cooperation agreements got reserved quotas; Pakistan's was 1,000",
                  "2,500 further entries were kept for new cooperation treaties"],
        "categories": ["government_scheme", "europe", "hard_negative_destination", "legal_migration_route"],
        "destination": "IT", "trade": "seasonal / non-seasonal worker", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Italy work quota 2004: the Italian Interior Ministry's flows decree allows 50,000 seasonal and 29,000 permanent non-EU workers this year. Pakistan has a reserved quota of 1,000 under its cooperation agreement with Italy. Entry is only against a place in the quota - there is no other legal way to go to Italy for work."""},
            {"language": "ur", "text": """اٹلی: 2004 کے لیے غیر یورپی کارکنوں کا کوٹہ جاری۔ پچاس ہزار موسمی اور انتیس ہزار مستقل ملازمتیں۔ تعاون کے معاہدے کے تحت پاکستان کے لیے ایک ہزار کا کوٹہ مخصوص کیا گیا ہے۔ کشتی یا ڈنکی کے بجائے صرف اسی قانونی کوٹے کے ذریعے جائیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Italy ka 2004 wala decreto flussi aa gaya: Pakistan ke liye 1000 ka quota. Total 50000 seasonal aur 29000 permanent. Bhai log legal quota ka intezar karo, dunki me jaan na gawao"""},
        ],
    },
    {
        "group": "lk3-nlag-nhs-international-nurses",
        "source": {"url": "https://joinnlag.co.uk/overseas-nurse-recruitment-2/", "title": "Overseas Nurse Recruitment",
                   "publisher": "Northern Lincolnshire and Goole NHS Foundation Trust", "date": None},
        "facts": ["the NHS trust recruits international nurses and is an A-rated immigration sponsor",
                  "a dedicated onboarding team guides nurses through applying to work in the UK",
                  "the trust helps with accommodation, a UK bank account and introductions, and pays a relocation allowance of up to £4,000 pro rata",
                  "new nurses join the trust's nursing preceptorship programme"],
        "categories": ["named_employer", "healthcare", "nurse", "europe", "hard_negative_destination", "free_relocation"],
        "destination": "GB", "trade": "registered nurse", "channel": "company_site",
        "items": [
            {"language": "en", "text": """International Nurses - Northern Lincolnshire and Goole NHS Foundation Trust
Cardiology, orthopaedics, diabetes, oncology and more.
- A-rated UK immigration sponsor
- Dedicated onboarding team to guide your visa and registration steps
- Help with accommodation and opening a UK bank account
- Relocation allowance up to £4,000 (pro rata)
- Bespoke preceptorship for new starters
Apply directly to the Trust: intl.nursing@nlag-careers.example.org"""},
            {"language": "ur", "text": """برطانیہ کے سرکاری ہسپتال (این ایچ ایس ٹرسٹ) کو بین الاقوامی نرسیں درکار ہیں۔ ٹرسٹ خود ویزا اسپانسر ہے، رہائش اور بینک اکاؤنٹ میں مدد کرتا ہے اور چار ہزار پاؤنڈ تک منتقلی الاؤنس دیتا ہے۔ درخواست براہ راست ٹرسٹ کو دیں، کسی ایجنٹ کو رقم نہ دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Nurses ke liye UK NHS trust ki direct hiring: sponsorship trust khud deta hai, ghar dhoondne aur bank account me help, aur 4000 pound tak relocation allowance. Apply trust ki apni site se, email intl.nursing@nlag-careers.example.org"""},
        ],
    },
    {
        "group": "lk3-oman-mou-oec-orientation-2024",
        "source": {"url": "http://forcesestate.com/active/newsitem.asp?nitem=54810",
                   "title": "Pakistan, Oman agree to expedite MoU on labour exchange", "publisher": "Forces Estate", "date": "2024"},
        "facts": ["Pakistan and Oman agreed to speed up an MoU on labour exchange to give Pakistani workers better job opportunities in Oman",
                  "Oman is the third-largest GCC employer of Pakistanis, with about 360,000 working mainly in construction, oil and gas, manufacturing, logistics and retail",
                  "Pakistan planned a mandatory pre-departure orientation for workers going abroad",
                  "Oman was encouraged to use Pakistan's Overseas Employment Corporation (OEC) for skilled manpower"],
        "categories": ["state_recruiter", "government_scheme", "gulf_employer", "hard_negative_destination", "driver"],
        "destination": "OM", "trade": "construction / oil and gas / logistics", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """Oman jobs: Pakistan and Oman are finalising a labour MoU. 360,000 Pakistanis already work there in construction, oil & gas, manufacturing, logistics and retail. Omani employers are being asked to recruit skilled workers through OEC, and a pre-departure orientation will be compulsory for everyone going abroad. Register with OEC, not with sub-agents. OEC Lahore desk: 0312-0000764"""},
            {"language": "ur", "text": """عمان میں ملازمت کے خواہشمند توجہ دیں: پاکستان اور عمان افرادی قوت کے معاہدے کو جلد حتمی شکل دے رہے ہیں۔ عمان میں تقریباً تین لاکھ ساٹھ ہزار پاکستانی تعمیرات، تیل و گیس، مینوفیکچرنگ اور لاجسٹکس میں کام کر رہے ہیں۔ عمانی آجروں کو ہنرمند کارکن او ای سی کے ذریعے لینے کا کہا گیا ہے، اور بیرون ملک جانے سے پہلے اورینٹیشن لازمی ہوگی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Oman ke liye drivers, steel fixer, oil gas walay: sarkar ne Oman se kaha hai skilled log OEC ke zariye lo. Jane se pehle orientation lazmi hogi. OEC me apna naam register karwao, number 0312-0000764"""},
        ],
    },
    {
        "group": "lk3-bait-ul-mamoor-oep-saudi-demand",
        "source": {"url": "https://bmo.com.pk/?p=246", "title": "Recruitment Procedure",
                   "publisher": "Bait ul Mamoor Overseas (licensed Overseas Employment Promoter)", "date": None},
        "facts": ["the employer signs an agency agreement and a power of attorney naming the promoter its lawful representative in Pakistan",
                  "the employer's demand letter states job categories, number of workers, monthly salary, duty hours, contract length and benefits such as food, medical, transport, airfare and accommodation",
                  "for Saudi Arabia the employer must also send original visa documents (wakala) and a copy of company registration",
                  "the promoter handles the recruitment formalities with the Pakistan government on the employer's behalf"],
        "categories": ["licensed_oep", "gulf_employer", "construction", "driver", "demand_letter"],
        "destination": "SA", "trade": "construction labour / drivers", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """BAIT UL MAMOOR OVERSEAS - Licensed Overseas Employment Promoter
REQUIRED FOR A CONSTRUCTION COMPANY IN KSA (demand letter and wakala received, permission from Protector of Emigrants)
Mason | Steel Fixer | Carpenter | Heavy Driver (Saudi/GCC licence) | General Labour
Salary, duty hours, contract period, food, medical, transport, accommodation and air ticket as stated in the employer's demand letter.
Only the government-fixed service charges, on receipt. Interview at our office, bring CV and passport.
Contact: 0331-0000219"""},
            {"language": "ur", "text": """سعودی عرب کی تعمیراتی کمپنی کے لیے اسٹاف درکار — بیت المعمور اوورسیز (لائسنس یافتہ)
مستری، اسٹیل فکسر، کارپینٹر، ہیوی ڈرائیور، لیبر۔
تنخواہ، ڈیوٹی کے اوقات، معاہدے کی مدت، کھانا، علاج، رہائش اور ٹکٹ کمپنی کے ڈیمانڈ لیٹر کے مطابق۔
صرف سرکاری مقررہ فیس، باقاعدہ رسید کے ساتھ۔ رابطہ: 0331-0000219"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi construction demand aa gayi hai 👷 mason, steel fixer, carpenter, heavy driver. Salary aur duty time demand letter me likha hai, khana rehaish ticket company ka. Hum licensed OEP hain, fees sirf government wali with receipt. CV bhejo 0331-0000219"""},
            {"language": "en", "channel": "facebook", "text": """KSA demand - heavy drivers & steel fixers. Licensed OEP, demand letter on display at office. Call 0331-0000219"""},
        ],
    },
    {
        "group": "lk3-al-amir-oep-saudi-visa-documents",
        "source": {"url": "http://alamircorporation.com/visa_procedure.htm", "title": "Visa Procedure",
                   "publisher": "Al-Amir Corporation (Overseas Employment Promoter, Karachi)", "date": None},
        "facts": ["the employer gets permission from its Ministry of Labour; the approved visa reaches its embassy in Pakistan, and the employer sends visa details and an authority letter to the promoter",
                  "the power of attorney and authority letter must be attested by the foreign office and chamber of commerce of the employer's country",
                  "for a Saudi employment visa the embassy needs visa forms in duplicate, two photographs, the power of attorney copy, a medical fitness certificate and a religion certificate",
                  "certificates are attested by a gazetted officer or oath commissioner and countersigned by the Ministry of Foreign Affairs; the character certificate is also countersigned by the Regional Manager, Employment Exchange, Karachi"],
        "categories": ["licensed_oep", "gulf_employer", "selected_candidates", "documents"],
        "destination": "SA", "trade": "selected workers (various)", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """AL-AMIR CORPORATION - NOTICE FOR SELECTED CANDIDATES (KSA)
Your employer's visa has reached the Saudi Consulate, Karachi. For stamping, submit within 7 days:
1. Two passport-size photographs
2. Medical fitness certificate from a GCC-approved centre
3. Character, education, service and religion certificates attested by a Gazetted Officer / Oath Commissioner and countersigned by the Ministry of Foreign Affairs
4. Character certificate also countersigned by the Regional Manager, Employment Exchange, Karachi
Visa forms will be filled at our office. Queries: 0322-0000651"""},
            {"language": "ur", "text": """منتخب امیدواروں کے لیے اطلاع: آپ کا سعودی ویزا قونصلیٹ کراچی پہنچ چکا ہے۔ دو تصویریں، میڈیکل فٹنس سرٹیفکیٹ اور کریکٹر، تعلیمی اور مذہب کے سرٹیفکیٹ گزیٹڈ افسر سے تصدیق کروا کر وزارت خارجہ سے کاؤنٹر سائن کروائیں۔ کریکٹر سرٹیفکیٹ ایمپلائمنٹ ایکسچینج کراچی سے بھی دستخط کروانا ہے۔ دفتر رابطہ: 0322-0000651"""},
            {"language": "ur-Latn", "text": """Selected bhaiyon, visa Saudi consulate Karachi pohanch gaya hai. 2 photo, medical fitness, aur character + religion certificate gazetted officer se attest karwa ke Foreign Office se stamp karwao. Character certificate Employment Exchange Karachi se bhi sign hona zaroori hai. Form office me bharenge"""},
        ],
    },
    {
        "group": "lk3-kuwait-moh-nurses-no-intermediaries",
        "source": {"url": "https://www.arabtimesonline.com/news/moh-nursing-staff-recruitment-sans-intermediaries/",
                   "title": "MOH: Nursing Staff Recruitment Sans Intermediaries", "publisher": "Arab Times (Kuwait)", "date": None},
        "facts": ["Kuwait's Ministry of Health said it has not used intermediary companies to recruit nurses since 2018",
                  "nurses are hired through memorandums of understanding with government bodies in the sending countries, which publish the openings",
                  "the process is personal interviews and tests, then temporary appointment, performance evaluation and permanent appointment",
                  "recent foreign nursing announcements were limited to a few countries such as Pakistan and Jordan; many agency adverts in circulation are outdated, some from 2014"],
        "categories": ["state_recruiter", "government_scheme", "gulf_employer", "healthcare", "nurse"],
        "destination": "KW", "trade": "staff nurse", "channel": "government",
        "items": [
            {"language": "en", "text": """STAFF NURSES FOR MINISTRY OF HEALTH, KUWAIT - Government-to-Government
Under the MoU between Kuwait's Ministry of Health and the Government of Pakistan, applications are received only through the designated government recruiting body.
Selection: personal interview and test by the MoH committee -> temporary appointment -> evaluation -> permanent appointment.
Kuwait MoH has not used any private intermediary since 2018. Ignore agency adverts for Kuwait MoH nursing, many are years old.
Helpdesk: 0300-0000838"""},
            {"language": "ur", "text": """کویت وزارت صحت میں نرسوں کی بھرتی صرف حکومتی معاہدے کے تحت ہو رہی ہے۔ کویت نے 2018 کے بعد کسی نجی ایجنسی کے ذریعے نرسیں نہیں رکھیں۔ انٹرویو اور ٹیسٹ کے بعد عارضی تقرری، پھر کارکردگی جانچ کر مستقل تقرری ہوگی۔ پرانے ایجنسی اشتہارات پر یقین نہ کریں۔ معلومات: 0300-0000838"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Kuwait MOH nursing jobs sirf govt to govt MoU se hain, 2018 ke baad koi agency nahi. Pehle interview + test, phir temporary appointment, phir permanent. Jo purane 2014 wale ads ghoom rahe hain unpe paisay na dena"""},
        ],
    },
    {
        "group": "lk3-hajj-medical-mission-2025",
        "source": {"url": "https://ppscjobs.online/?p=1224", "title": "Doctor Jobs in Ministry of Religious Affairs - Hajj Medical Mission 2025",
                   "publisher": "ppscjobs.online", "date": "2025"},
        "facts": ["the Ministry of Religious Affairs invited medical officers, public health specialists, pharmacists and paramedics for the Hajj Medical Mission 2025 in Saudi Arabia, on contract for the Hajj tenure",
                  "applicants must be regular employees of federal, provincial, GB or AJK health departments in BPS-18 or below, aged 25 to 60 on 30 April 2025, with at least three years' service",
                  "those who have already served twice are not eligible; a departmental NOC is required",
                  "applicants sit a written test conducted by NTS; selection is on merit with provincial distribution"],
        "categories": ["government_job", "state_recruiter", "healthcare", "application_fee_official", "hajj"],
        "destination": "SA", "trade": "medical officer / pharmacist / paramedic", "channel": "government",
        "items": [
            {"language": "en", "text": """HAJJ MEDICAL MISSION 2025 - Ministry of Religious Affairs & Interfaith Harmony
Medical Officers, Public Health Specialists, Pharmacists, Paramedics for service in KSA during Hajj (contract for Hajj tenure).
Eligibility: regular employee of a Federal/Provincial/GB/AJK health department, BPS-18 or below; age 25-60 as on 30 April 2025; minimum 3 years service; not served twice before; departmental NOC required.
Written test through NTS; NTS test fee as given in the NTS advertisement, paid at the designated bank only. Merit with provincial share."""},
            {"language": "ur", "text": """حج میڈیکل مشن 2025 — وزارت مذہبی امور
میڈیکل آفیسر، پبلک ہیلتھ اسپیشلسٹ، فارماسسٹ اور پیرامیڈکس سعودی عرب میں حج کے دوران خدمات کے لیے۔
صرف سرکاری محکمہ صحت کے مستقل ملازمین، گریڈ 18 یا کم، عمر 25 سے 60 سال، کم از کم تین سال سروس، محکمانہ این او سی لازمی۔ دو بار جا چکے افراد اہل نہیں۔
تحریری ٹیسٹ این ٹی ایس لے گا، ٹیسٹ فیس صرف مقررہ بینک میں جمع کروائیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Govt health walon ke liye Hajj medical mission 2025 ke forms aa gaye. MO, pharmacist, paramedic sab. Grade 18 tak, 3 saal service, NOC zaroori. NTS test hoga, fee NTS ke challan se bank me. Jo do dafa ja chuke wo apply na karen"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Hajj medical mission me jana hai? Test NTS ka hai, kisi sifarish wale ko paisay mat dena. Age limit 25-60 (30 April 2025 tak)"""},
        ],
    },
    {
        "group": "lk3-malaysia-100000-pakistani-workers-2009",
        "source": {"url": "https://defence.pk./threads/100-000-pakistani-workers-in-malaysia-by-next-year.32664/post-463873",
                   "title": "100,000 Pakistani workers in Malaysia by next year", "publisher": "Pakistan Defence forum (repost of a Business Recorder report)", "date": "2009"},
        "facts": ["Pakistan's High Commissioner said the number of Pakistani workers in Malaysia would rise from about 30,000 to 100,000 by December of the following year",
                  "a 2005 memorandum of understanding declared Pakistan a source country for Malaysian recruitment",
                  "the High Commission was liaising with Malaysia's Construction Industry Development Board over expected construction demand, including Iskandar in Johor"],
        "categories": ["government_scheme", "state_recruiter", "construction", "hard_negative_destination", "malaysia"],
        "destination": "MY", "trade": "construction worker", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Malaysia to take up to 100,000 Pakistani workers by end of next year, up from about 30,000 now, says Pakistan's High Commissioner. Pakistan has been an approved source country under the 2005 MoU. Demand is expected mostly in construction (Iskandar, Johor), coordinated with Malaysia's Construction Industry Development Board. Go only with a visa processed through the High Commission and a licensed promoter."""},
            {"language": "ur", "text": """ملائیشیا میں پاکستانی کارکنوں کی تعداد تیس ہزار سے بڑھا کر ایک لاکھ کرنے کا منصوبہ، زیادہ تر تعمیراتی شعبے میں۔ 2005 کے معاہدے کے تحت پاکستان منظور شدہ ملک ہے۔ صرف ہائی کمیشن سے تصدیق شدہ ویزا اور لائسنس یافتہ پرموٹر کے ذریعے جائیں، ٹورسٹ ویزے پر کام کے لیے نہ جائیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Malaysia construction ke liye 1 lakh Pakistani workers lene ka plan. Johor Iskandar me kaam. Visit visa pe jaa ke kaam dhoondna galti hai, sirf proper work visa aur protector ke sath jao"""},
        ],
    },
    # ------------------------------------------------------------------ inside Pakistan
    {
        "group": "lk3-unicef-gb-mics-consultant-2024",
        "source": {"url": "https://untalent.org/jobs/national-consultancy-gilgit-baltistan-multiple-indicators-cluster-surveys-consultant-09-months",
                   "title": "National Consultancy - Gilgit-Baltistan Multiple Indicators Cluster Surveys Consultant (09 Months)",
                   "publisher": "UN Talent (UNICEF vacancy)", "date": "2024"},
        "facts": ["UNICEF Pakistan advertised a national consultancy for a Gilgit-Baltistan Multiple Indicator Cluster Survey (MICS) consultant for nine months",
                  "it is a consultancy contract, applied for through UNICEF's online application form",
                  "the application deadline was 18 June 2024"],
        "categories": ["un_agency", "ngo_job", "local_job", "named_employer", "last_date"],
        "destination": "PK", "trade": "survey consultant", "channel": "job_board",
        "items": [
            {"language": "en", "text": """UNICEF Pakistan - National Consultancy
Gilgit-Baltistan Multiple Indicator Cluster Survey (MICS) Consultant - 9 months
Contract type: Consultancy
Deadline: 18 June 2024
Apply only through the UNICEF online application form. Incomplete applications will not be considered."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """GB walon ke liye UNICEF ki consultancy: MICS survey consultant, 9 mahine ka contract. Last date 18 June. Apply sirf UNICEF ke online form se hoga, kisi ko CV bhej ke paisay dene ki zaroorat nahi"""},
            {"language": "ur", "channel": "facebook", "text": """یونیسف پاکستان: گلگت بلتستان ملٹی انڈیکیٹر کلسٹر سروے کے لیے قومی کنسلٹنٹ درکار، نو ماہ کا کنٹریکٹ۔ آخری تاریخ 18 جون 2024۔ درخواست صرف یونیسف کے آن لائن فارم کے ذریعے۔"""},
        ],
    },
    {
        "group": "lk3-unesco-moenjodaro-project-officer-2026",
        "source": {"url": "https://www.unjobnet.org/jobs/detail/84575999", "title": "Project Officer (Culture), UNESCO Islamabad - Service Contract",
                   "publisher": "UNjobnet (UNESCO vacancy)", "date": "2026"},
        "facts": ["UNESCO's Islamabad office advertised a Service Contract, level 4, in its Culture Sector, on site, for 11 months, open to external candidates",
                  "the Project Officer runs the Japan Funds-in-Trust project on conservation of the archaeological ruins of Moenjodaro and disaster risk reduction",
                  "the post reports to the National Professional Officer (Culture) under the Head of Office",
                  "application deadline 26 March 2026"],
        "categories": ["un_agency", "local_job", "named_employer", "last_date"],
        "destination": "PK", "trade": "project officer (heritage)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """UNESCO Islamabad is hiring a Project Officer (Culture) - Service Contract, Level 4, 11 months, on site. Manages the Japan Funds-in-Trust project for conservation of Moenjodaro and disaster risk reduction. Open to external candidates. Deadline 26/03/2026. Apply on the UNESCO careers portal."""},
            {"language": "ur", "text": """یونیسکو اسلام آباد کو کلچر سیکٹر کے لیے پروجیکٹ آفیسر درکار ہے — موہنجو داڑو کے آثار کی حفاظت کا منصوبہ، گیارہ ماہ کا سروس کنٹریکٹ۔ آخری تاریخ 26 مارچ 2026۔ درخواست یونیسکو کی کیریئر ویب سائٹ پر دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Archaeology / heritage walon ke liye achi job: UNESCO Islamabad, Moenjodaro conservation project officer, 11 months contract. 26 March last date"""},
        ],
    },
    {
        "group": "lk3-who-pakistan-protocol-assistant",
        "source": {"url": "https://jobs.un.org.pk/job-detail.php?jid=1519224", "title": "Protocol position, WHO Country Office Pakistan",
                   "publisher": "UN Pakistan jobs portal (WHO Pakistan)", "date": None},
        "facts": ["WHO Country Office Pakistan advertised a protocol post under the Operations Officer",
                  "duties include duty-exemption certificates for international staff, customs exemptions for programme supplies and short-term visas for visitors",
                  "the post holder prepares note verbales and follows up with the Ministry of Foreign Affairs on accreditation, concurrence letters and staff registration"],
        "categories": ["un_agency", "local_job", "named_employer", "office_job"],
        "destination": "PK", "trade": "protocol assistant", "channel": "job_board",
        "items": [
            {"language": "en", "text": """WHO Pakistan - Protocol Assistant (Islamabad)
Reporting to the Operations Officer, WCO Pakistan. Duty exemption certificates, customs clearance of programme supplies, visas for visitors and consultants, note verbales and follow-up with MOFA.
Apply through the UN jobs portal. WHO does not charge a fee at any stage of recruitment."""},
            {"language": "ur", "text": """عالمی ادارہ صحت (ڈبلیو ایچ او) پاکستان کو اسلام آباد دفتر کے لیے پروٹوکول اسسٹنٹ درکار ہے۔ کام: وزارت خارجہ سے رابطہ، کسٹم کلیئرنس، مہمانوں کے ویزے اور نوٹ وربیل کی تیاری۔ درخواست صرف اقوام متحدہ کی جاب ویب سائٹ پر۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """WHO Islamabad office me protocol ki job nikli hai. MOFA liaison, customs aur visas ka kaam. Apply UN jobs portal pe, koi fees nahi hoti"""},
        ],
    },
    {
        "group": "lk3-wfp-karachi-school-meals-2025",
        "source": {"url": "https://app.qureos.com/jobs/programme-policy-officer-government-partnership-nob-1765927164258",
                   "title": "Programme Policy Officer (Government Partnership), NOB, Karachi", "publisher": "Qureos (WFP vacancy)", "date": "2025-12-11"},
        "facts": ["WFP advertised a Programme Policy Officer (Government Partnership), NOB, fixed term 12 months, duty station Karachi, for Pakistani nationals only",
                  "published 11 December 2025, deadline 25 December 2025; the advert also builds a roster for similar posts",
                  "educational documents must be verified by the Higher Education Commission",
                  "the programme will give daily school meals to 100,000 children in 614 government schools in Malir and Keamari from 2026, cooked in central kitchens"],
        "categories": ["un_agency", "local_job", "named_employer", "last_date"],
        "destination": "PK", "trade": "programme policy officer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """World Food Programme - Programme Policy Officer (Government Partnership), NOB
Duty station: Karachi | Fixed term, 12 months | Pakistani nationals only
School meals for 100,000 children in 614 government schools of Malir and Keamari, starting 2026.
Deadline: 25 December 2025. HEC-attested degrees required at appointment. This advert will also be used to build a roster."""},
            {"language": "ur", "text": """ورلڈ فوڈ پروگرام کراچی: پروگرام پالیسی آفیسر کی آسامی، بارہ ماہ کا کنٹریکٹ، صرف پاکستانی شہری۔ ملیر اور کیماڑی کے 614 سرکاری اسکولوں کے ایک لاکھ بچوں کے لیے روزانہ کھانے کا منصوبہ۔ آخری تاریخ 25 دسمبر 2025۔ ڈگریاں ایچ ای سی سے تصدیق شدہ ہونی چاہئیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """WFP Karachi me NOB level ki job, school meals program Malir Keamari. 25 Dec last date. HEC verified degree zaroori warna appointment nahi hogi"""},
        ],
    },
    {
        "group": "lk3-save-the-children-education-cluster-2023",
        "source": {"url": "https://resume.brightspyre.com/jobs/ywnb_IGsUj5BZQwqrUaaDZOtKLks", "title": "Education Cluster Coordinator - Save The Children",
                   "publisher": "BrightSpyre (Save the Children vacancy)", "date": "2023-05-22"},
        "facts": ["Save the Children advertised one contractual Education Cluster Coordinator post in Islamabad, development sector, needing 8 years' experience",
                  "posted 22 May 2023, last date 28 May 2023",
                  "the post is child-safeguarding level 3 (frequent contact with children), so police checks apply",
                  "UNICEF and Save the Children co-lead the education cluster in humanitarian response"],
        "categories": ["ngo_job", "local_job", "named_employer", "last_date"],
        "destination": "PK", "trade": "education cluster coordinator", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Save the Children - Education Cluster Coordinator
Islamabad | Contractual | 1 position | 8 years experience
Posted 22 May 2023 - closing 28 May 2023
Child safeguarding Level 3 post: selected candidate will go through police checks.
Save the Children never asks candidates for money."""},
            {"language": "ur", "text": """سیو دی چلڈرن اسلام آباد میں ایجوکیشن کلسٹر کوآرڈینیٹر کی ایک آسامی، کم از کم آٹھ سال تجربہ۔ آخری تاریخ 28 مئی 2023۔ منتخب امیدوار کی پولیس ویریفکیشن ہوگی۔ ادارہ بھرتی کے کسی مرحلے پر رقم نہیں لیتا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Save the Children Isb: education cluster coordinator, 8 saal experience, 28 May last date. Apply karo jaldi"""},
        ],
    },
    {
        "group": "lk3-haier-buner-flood-families-jobs-2025",
        "source": {"url": "https://startuppakistan.com.pk/haier-ceo-javed-afridi-announces-100-vacancies-for-buner-kpk-flood-victim-families",
                   "title": "Haier CEO announces 100 vacancies for Buner KPK flood victim families", "publisher": "Startup Pakistan", "date": "2025"},
        "facts": ["Haier Pakistan announced 100 jobs for families affected by the floods in Buner, Khyber Pakhtunkhwa",
                  "the vacancies are reserved only for families who lost homes or income in the disaster",
                  "the company framed it as long-term support rather than temporary relief"],
        "categories": ["named_employer", "chinese_company", "local_job", "factory", "whatsapp_contact"],
        "destination": "PK", "trade": "factory / company staff", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Haier Pakistan: 100 jobs reserved for Buner flood-affected families. Only for families who lost their home or income in the floods. Send the family head's name, village and the job seeker's CV to the Haier HR desk. No fee, no agent. HR: 0345-0000183"""},
            {"language": "ur", "text": """ہائیر پاکستان کی جانب سے بونیر کے سیلاب متاثرہ خاندانوں کے لیے سو ملازمتیں 🙏 یہ آسامیاں صرف ان خاندانوں کے لیے ہیں جن کا گھر یا روزگار سیلاب میں ختم ہوا۔ کوئی فیس نہیں۔ رابطہ: 0345-0000183"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Buner ke selab mutasireen ke liye Haier ne 100 naukriyan rakhi hain. Sirf unke liye jinka ghar ya rozgar selab me gaya. Ghar ka naam, gaon aur CV bhejo 0345-0000183 pe"""},
        ],
    },
    {
        "group": "lk3-tevta-chinese-interpreters-cpec-2018",
        "source": {"url": "http://www.balochhouse.com/2018/02/chinese-language-interpreters-cpec.html",
                   "title": "Chinese language interpreters: CPEC projects to create 40,000 jobs: Tevta chief", "publisher": "Baloch House (news repost)", "date": "2018"},
        "facts": ["the TEVTA chairman said CPEC would create around 40,000 jobs for Chinese-language interpreters",
                  "TEVTA's Chinese course grew from 250 students per course toward 16,000 and is taught in 24 of Punjab's 36 districts, in three shifts in Lahore",
                  "after the three-month course, men and women can get interpreter jobs paying Rs 30,000 to 35,000 a month",
                  "hundreds of TEVTA pass-outs already work as interpreters with Chinese companies"],
        "categories": ["chinese_company", "cpec", "interpreter", "local_job", "training"],
        "destination": "PK", "trade": "Chinese-language interpreter", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇨🇳 Learn Chinese, work with CPEC companies
TEVTA's 3-month Chinese language course - now in 24 districts of Punjab, three shifts in Lahore.
Pass-outs are working as interpreters with Chinese companies at Rs 30,000 - 35,000 per month. Male & female both.
Admissions at your nearest TEVTA institute. Info: 0306-0000471"""},
            {"language": "ur", "text": """سی پیک منصوبوں میں چینی زبان کے مترجمین کی مانگ، ٹیوٹا کے مطابق تقریباً چالیس ہزار نوکریاں 🇨🇳
تین ماہ کا چینی زبان کورس پنجاب کے 24 اضلاع میں، لاہور میں تین شفٹیں۔
کورس کے بعد چینی کمپنیوں میں 30 سے 35 ہزار روپے ماہانہ پر ملازمت۔ مرد و خواتین دونوں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Chinese seekh lo yaar, TEVTA ka 3 mahine ka course hai. Hamare area ke 2 larke Chinese company me interpreter lag gaye 30-35k pe. Lahore me teen shift chalti hain. Details 0306-0000471"""},
        ],
    },
    {
        "group": "lk3-confucius-institute-mandarin-jobs-2013",
        "source": {"url": "http://www.forexpk.com/index.php?/highlights/business-news/china-offers-numerous-jobs-for-pak-youth.html",
                   "title": "China offers numerous jobs for Pak youth!", "publisher": "ForexPK (China Daily report)", "date": "2013"},
        "facts": ["the Confucius Institute in Islamabad received many requests from Chinese businesses in Pakistan to hire local Mandarin-speaking students",
                  "Chinese companies want staff who speak English, Urdu and Mandarin",
                  "Mandarin-fluent graduates mostly work in banking or for leading Chinese enterprises; the institute taught 6,000 students in 2012"],
        "categories": ["chinese_company", "interpreter", "local_job", "named_employer"],
        "destination": "PK", "trade": "Mandarin-speaking staff", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Chinese company in Islamabad requires trilingual staff (English, Urdu, Mandarin) for liaison and admin work. Confucius Institute / NUML Chinese certificate holders preferred. Send CV to hr@pk-cn-liaison.example.com. Interviews in the company office, Blue Area."""},
            {"language": "ur", "text": """اسلام آباد میں چینی کمپنی کو انگریزی، اردو اور چینی زبان جاننے والے نوجوان درکار ہیں۔ کنفیوشس انسٹیٹیوٹ سے چینی زبان سیکھنے والوں کو ترجیح۔ سی وی ای میل کریں: hr@pk-cn-liaison.example.com"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Jis ko Mandarin aati hai uske liye Chinese companies aur banks me jobs hain. Confucius Institute walon ne bataya companies khud students maang rahi hain. English + Urdu + Chinese teeno chahiye"""},
        ],
    },
    {
        "group": "lk3-huawei-technical-support-centre-2019",
        "source": {"url": "https://netmag.pk/huawei-technologies-is-committed-to-transform-ict-sector-of-pakistan/",
                   "title": "Huawei Technologies is committed to transform ICT sector of Pakistan", "publisher": "NetMag Pakistan", "date": "2019"},
        "facts": ["Huawei employs about 1,600 people in Pakistan, 91% of them Pakistani nationals",
                  "in 2019 Huawei planned a new head office in Islamabad and an expanded Technical Support Center creating 600 new jobs",
                  "it had 15 Huawei ICT Academies, planned 7 more, and aimed to train 3,000 ICT talents in 2019; it also ran an internship programme"],
        "categories": ["chinese_company", "named_employer", "it_job", "local_job"],
        "destination": "PK", "trade": "network / support engineer", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Huawei Pakistan - Technical Support Center, Islamabad
600 new positions for fresh and experienced telecom/IT engineers as the centre expands.
91% of our 1,600 staff in Pakistan are Pakistani. Huawei ICT Academy certification is a plus.
Apply through the Huawei careers site; we never charge candidates."""},
            {"language": "ur", "text": """ہواوے پاکستان اسلام آباد میں اپنا ٹیکنیکل سپورٹ سینٹر بڑھا رہا ہے، چھ سو نئی ملازمتیں۔ ٹیلی کام اور آئی ٹی انجینئرز درخواست دیں۔ ہواوے آئی سی ٹی اکیڈمی سرٹیفکیٹ والوں کو ترجیح۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Engineers ke liye khabar: Huawei Islamabad me 600 naye log rakhegi support center me. ICT academy ka certificate ho to behtar. Internship bhi hoti hai unki"""},
        ],
    },
    {
        "group": "lk3-dp-world-karachi-grow-programme-2025",
        "source": {"url": "https://theazb.com/dp-world-karachi-welcomes-second-cohort-of-grow-program/?utm_source=rss&utm_medium=rss&utm_campaign=dp-world-karachi-welcomes-second-cohort-of-grow-program",
                   "title": "DP World Karachi welcomes second cohort of Grow Program", "publisher": "The AZB", "date": "2025-03-20"},
        "facts": ["DP World Karachi took in the second cohort of its Grow Program for young Pakistani graduates: 11 graduates (8 men, 3 women) on an 18-month programme",
                  "from the first cohort, 19 graduates were offered permanent roles",
                  "trainees rotate across engineering, HR, procurement, IT, operations, health and safety, and marketing, then train on the job in one department",
                  "trainees get regular mentorship sessions with senior leaders"],
        "categories": ["gulf_employer", "named_employer", "graduate_programme", "local_job"],
        "destination": "PK", "trade": "graduate trainee (port logistics)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """DP World Karachi - GROW Graduate Programme
18 months of paid training for fresh graduates: rotations in engineering, HR, procurement, IT, operations, HSE and marketing, then on-the-job training in your home department, with mentoring from senior leaders.
19 graduates from our first intake now hold permanent roles. Apply via the DP World careers portal."""},
            {"language": "ur", "text": """ڈی پی ورلڈ کراچی کا گرو گریجویٹ پروگرام 🚢 اٹھارہ ماہ کی تربیت، انجینئرنگ، ایچ آر، آئی ٹی، آپریشنز اور سیفٹی کے شعبوں میں روٹیشن، سینئر افسران کی رہنمائی۔ پہلے بیچ کے انیس گریجویٹس کو مستقل ملازمت ملی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Fresh grads ke liye DP World Karachi ka Grow program. 18 mahine training, har department me rotation. Pichle batch ke 19 log permanent ho gaye. Is dafa 11 select hue the, 3 larkiyan bhi"""},
        ],
    },
    {
        "group": "lk3-ajk-tajweed-trust-qari-pay-2021",
        "source": {"url": "https://www.dailyparliamenttimes.com/2021/03/09/seminaries-offer-great-service-to-nation-by-imparting-quranic-education-ajk-president/",
                   "title": "Seminaries offer great service to nation by imparting Quranic education: AJK president", "publisher": "Daily Parliament Times", "date": "2021-03-09"},
        "facts": ["the AJK Tajveed ul Quran Trust raised the monthly pay of its male and female Qari teachers from Rs 12,000 to Rs 16,500",
                  "the trust's share rose by Rs 3,000 and the local committee's by Rs 1,500",
                  "the trust also decided to appoint inspector Qaris, subject to resources"],
        "categories": ["madrasa", "teacher", "local_job", "whatsapp_contact"],
        "destination": "PK", "trade": "Quran teacher (Qari / Qaria)", "channel": "whatsapp",
        "items": [
            {"language": "ur", "text": """ضرورت قاری / قاریہ — تجوید القرآن ٹرسٹ کے تحت محلہ مسجد مکتب، مظفرآباد
ناظرہ اور حفظ پڑھانے کے لیے سند یافتہ قاری یا قاریہ درکار۔
ماہانہ مشاہرہ 16,500 روپے (ٹرسٹ اور مقامی کمیٹی کی جانب سے)۔
رابطہ: 0341-0000729"""},
            {"language": "ur-Latn", "text": """Qari sahab ki zaroorat, Mirpur. Tajweed ul Quran Trust ka maktab, bachon ko nazra aur hifz. Tankhwah ab 16500 ho gayi hai (trust + committee). Sanad lazmi. Rabta 0341-0000729"""},
            {"language": "en", "channel": "facebook", "text": """Quran teachers (male/female) needed for Tajveed ul Quran Trust maktabs in AJK. Revised monthly honorarium Rs 16,500. Certified Qari/Qaria only. Contact the local committee: 0341-0000729"""},
        ],
    },
    {
        "group": "lk3-dawn-freelancing-earn-at-home-2015",
        "source": {"url": "https://dawn.com/news/1106037", "title": "Earn @ Home", "publisher": "Dawn", "date": "2015-04-19"},
        "facts": ["Elance had about 165,556 registered Pakistani freelancers, most of them in IT and design",
                  "freelancers are mostly from urban areas such as Lahore and Islamabad",
                  "Pakistani freelancers charge less than foreign ones for similar quality, which attracts international clients; some are later hired full time",
                  "the government was supporting freelancing as an initiative for young people"],
        "categories": ["online_work", "freelance", "local_job", "work_from_home"],
        "destination": "PK", "trade": "freelance designer / developer", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Hiring: freelance graphic designer (logos, social media posts) for a UK client. Work from home, paid per project through Elance escrow - payment released when milestones are approved. Portfolio required. No registration fee, we never ask you to pay. Send portfolio: design.jobs@lhr-studio.example.net"""},
            {"language": "ur", "text": """گھر بیٹھے فری لانسنگ: ایلانس پر ڈیڑھ لاکھ سے زیادہ پاکستانی فری لانسر کام کر رہے ہیں، زیادہ تر آئی ٹی اور ڈیزائن میں۔ ہمیں ویب ڈویلپر درکار ہے، ادائیگی پلیٹ فارم کے ذریعے۔ کوئی رجسٹریشن فیس نہیں۔ رابطہ: 0313-0000346"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """WordPress developer chahiye part time, ghar se kaam. Client bahar ka hai, payment Elance pe milestone se. Pehle apna profile aur purana kaam dikhao. Fees wees koi nahi. 0313-0000346"""},
        ],
    },
    {
        "group": "lk3-telecom-helpline-call-centre-2014",
        "source": {"url": "http://propakistani.pk/2014/02/18/know-this-before-calling-for-a-call-centre-job/",
                   "title": "Know This Before Calling for a Call Centre Job!", "publisher": "ProPakistani", "date": "2014-02-18"},
        "facts": ["call centres employ many young people with little or no work experience; strong communication skills are the main requirement",
                  "new hires go through training first, then a routine of answering calls one after another",
                  "many callers on telecom helplines complain about balance deductions and network problems"],
        "categories": ["call_centre", "local_job", "fresh_graduates", "walk_in_interview"],
        "destination": "PK", "trade": "call centre agent", "channel": "facebook",
        "items": [
            {"language": "en", "text": """CSRs required for a mobile network helpline, Rawalpindi/Islamabad
Fresh graduates and intermediates welcome - good Urdu and English communication is all you need.
Paid training before going live on calls. Rotating shifts, pick & drop for night shift.
Walk-in interviews Mon-Thu, 11 am-3 pm. Bring CV + CNIC copy. Info: 0315-0000592"""},
            {"language": "ur", "text": """موبائل کمپنی کی ہیلپ لائن کے لیے کسٹمر سروس نمائندے درکار، راولپنڈی۔ تجربہ ضروری نہیں، اچھی گفتگو شرط ہے۔ پہلے تنخواہ کے ساتھ ٹریننگ ہوگی۔ انٹرویو پیر سے جمعرات۔ رابطہ: 0315-0000592"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Call center job Pindi, network helpline. Experience nahi chahiye bas baat karna aata ho. Training paid hai. Kaam thora boring hai, log balance katne ki shikayat karte rehte hain lekin tankhwah time pe. CV le ke aa jao, 0315-0000592"""},
        ],
    },
    {
        "group": "lk3-ibex-trg-karachi-centre-2017",
        "source": {"url": "https://www.app.com.pk/us-envoy-inaugurates-rs-314-mln-information-technology-center/",
                   "title": "US Envoy inaugurates Rs. 314 mln Information Technology Center", "publisher": "Associated Press of Pakistan (APP)", "date": "2017-05-11"},
        "facts": ["a Rs 314 million IT service centre opened in Karachi by The Resource Group (TRG) and its subsidiary IBEX Global will support 3,000 employees",
                  "it provides back-office and call centre services to clients in Pakistan, the United States and elsewhere, and hires recent university graduates",
                  "IBEX's workforce averages just over 30 years of age and 25 percent are women; entry-level staff often move to mid-level roles"],
        "categories": ["call_centre", "bpo", "named_employer", "local_job", "fresh_graduates"],
        "destination": "PK", "trade": "customer service / back office", "channel": "job_board",
        "items": [
            {"language": "en", "text": """IBEX Karachi is hiring - new IT service centre with 3,000 seats
Customer service and back-office roles for US and local clients. Fresh university graduates welcome; women encouraged to apply (25% of our team).
Grow from entry level to team lead and beyond within TRG.
Walk in with your CV or call 0336-0000258"""},
            {"language": "ur", "text": """کراچی میں نئے آئی ٹی سروس سینٹر میں تین ہزار ملازمتیں۔ امریکی اور مقامی کمپنیوں کے لیے کال سینٹر اور بیک آفس کا کام۔ یونیورسٹی کے نئے گریجویٹس اور خواتین درخواست دیں۔ رابطہ: 0336-0000258"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Karachi walon, IBEX ka naya center khula hai 3000 logon ki jagah. Fresh grads le rahe hain, larkiyan bhi kaafi hain wahan. CV le ke jao ya call karo 0336-0000258"""},
            {"language": "en", "channel": "facebook", "text": """Fresh grad? IBEX Karachi has 3,000 new seats in customer service & back office. Apply now."""},
        ],
    },
    {
        "group": "lk3-nts-recruitment-test-fee-guide-2026",
        "source": {"url": "https://www.myjobsfeed.com/blog/nts-jobs-2026-complete-guide", "title": "NTS Jobs 2026 - Complete Guide: How to Apply, Test Pattern, and Fee",
                   "publisher": "MyJobsFeed", "date": "2026"},
        "facts": ["many government departments, universities and provincial bodies hand their recruitment tests to the National Testing Service (NTS)",
                  "NTS conducts and marks the MCQ screening test and publishes results; the department makes the final appointment",
                  "the test fee differs for every job and is set in each advertisement; registration is online on the NTS candidate portal",
                  "NTS has run standardised tests since 2002; its head office is in H-8/1 Islamabad"],
        "categories": ["government_job", "application_fee_official", "local_job", "test_based"],
        "destination": "PK", "trade": "government posts (various)", "channel": "government",
        "items": [
            {"language": "en", "text": """RECRUITMENT THROUGH NTS
Junior Clerk (BPS-11), Data Entry Operator (BPS-12), Naib Qasid (BPS-1)
Apply online on the NTS candidate portal. Test fee: as stated in this advertisement, deposited through the NTS bank voucher only. No cash, no fee to any individual.
NTS will conduct the MCQ test and publish results; final appointment by the department on merit.
NTS helpline: 0301-0000713"""},
            {"language": "ur", "text": """این ٹی ایس کے ذریعے بھرتیاں
جونیئر کلرک، ڈیٹا انٹری آپریٹر اور نائب قاصد کی آسامیاں۔
درخواست صرف این ٹی ایس پورٹل پر آن لائن۔ ٹیسٹ فیس اشتہار میں درج رقم کے مطابق صرف بینک واؤچر سے جمع ہوگی۔ این ٹی ایس ٹیسٹ لے کر نتیجہ جاری کرے گا، تقرری محکمہ میرٹ پر کرے گا۔ ہیلپ لائن: 0301-0000713"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """NTS ki nayi jobs aayi hain clerk, DEO, naib qasid. Fee har job ki alag hai, sirf bank voucher se jama karwana. Koi banda kahe main test pass karwa dunga to jhoot hai. Result NTS site pe aayega"""},
        ],
    },
    {
        "group": "lk3-part-time-pharmacist-lahore-2024",
        "source": {"url": "https://jobzbwp.com/urgent-part-time-pharmacist-jobs-in-lahore/", "title": "Urgent Part-Time Pharmacist Jobs in Lahore",
                   "publisher": "JobzBWP", "date": "2024"},
        "facts": ["urgent part-time pharmacist vacancies were open in Lahore in May 2024 because of population growth and a shortage of pharmacists",
                  "pharmacists dispense medicines prescribed by licensed professionals, review prescriptions, check dosage and drug interactions and counsel patients on side effects",
                  "many experienced pharmacists had retired or left for jobs abroad"],
        "categories": ["pharmacy", "healthcare", "local_job", "part_time", "whatsapp_contact"],
        "destination": "PK", "trade": "pharmacist", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """URGENT: Part-time Pharmacist required for a pharmacy in Johar Town, Lahore. Evening shift. Pharm-D with PCP registration. Duties: checking prescriptions, dosage and interactions, counselling patients. WhatsApp CV: 0334-0000905"""},
            {"language": "ur", "text": """فوری ضرورت: جوہر ٹاؤن لاہور کی فارمیسی کے لیے پارٹ ٹائم فارماسسٹ، شام کی شفٹ۔ فارم ڈی اور پنجاب فارمیسی کونسل رجسٹریشن لازمی۔ سی وی واٹس ایپ کریں: 0334-0000905"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Pharmacist chahiye part time, Lahore Johar Town medical store. Sham 6 se 11. Pharm D + PCP registration. CV whatsapp karein 0334-0000905"""},
        ],
    },
    {
        "group": "lk3-interloop-women-knitting-operators-2021",
        "source": {"url": "https://www.iafnet.com/2021/02/25/family-friendly-workplace-enabling-sustainable-growth/",
                   "title": "Family-friendly Workplace Enabling Sustainable Growth", "publisher": "International Apparel Federation (IAF)", "date": "2021-02-25"},
        "facts": ["Interloop employs over 1,500 women, including in non-traditional roles such as knitting machine operators, lab technicians and engineers",
                  "all its manufacturing sites have purpose-built day-care centres with qualified teachers",
                  "it offers enhanced maternity protection and parental leave, flexible working and a return-ship programme for women who left after marriage or motherhood"],
        "categories": ["textile", "factory", "named_employer", "women_workers", "local_job"],
        "destination": "PK", "trade": "knitting machine operator", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Interloop is hiring women as Knitting Machine Operators 🧦
Training provided - no prior experience needed.
✔ Day-care centre at every plant
✔ Maternity & parental leave
✔ Return-ship: left work after marriage or children? Come back to us.
Apply at the plant HR office with CNIC copy. HR: 0307-0000312"""},
            {"language": "ur", "text": """انٹرلوپ میں خواتین کے لیے نٹنگ مشین آپریٹر کی آسامیاں 🧵 ٹریننگ کمپنی دے گی۔ ہر پلانٹ پر بچوں کا ڈے کیئر سینٹر، زچگی کی چھٹیاں۔ شادی یا بچوں کی وجہ سے نوکری چھوڑنے والی خواتین بھی دوبارہ درخواست دے سکتی ہیں۔ رابطہ: 0307-0000312"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Interloop me larkiyon ke liye knitting machine operator ki jobs, training dete hain. Bachon ke liye day care factory ke andar hi hai. Shadi ke baad chhor di thi to bhi dobara apply kar sakti ho. 0307-0000312"""},
        ],
    },
    {
        "group": "lk3-karachi-stitching-operators-factory",
        "source": {"url": "https://www.unoa.co.uk/blogs/news/meet-the-makers", "title": "Meet the makers...", "publisher": "Unoa", "date": None},
        "facts": ["the Karachi factory employs women as stitching operators on children's and adult clothing, working to set targets that are relaxed for unusually large orders",
                  "workers arrive at 7:30 am for check-in, security check and breakfast, start at 8:15, lunch 1-2 pm with tea, and finish at 4 pm",
                  "paid overtime is optional in busy periods; workers describe a respectful, calm environment"],
        "categories": ["textile", "garment", "factory", "women_workers", "local_job"],
        "destination": "PK", "trade": "stitching operator", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت برائے سلائی آپریٹر (خواتین) — گارمنٹ فیکٹری، کراچی
بچوں اور بڑوں کے کپڑوں کی سلائی۔ ڈیوٹی صبح سوا آٹھ سے شام چار بجے، ناشتہ اور چائے فیکٹری کی طرف سے۔ رش کے دنوں میں اوور ٹائم اپنی مرضی سے، اس کی الگ ادائیگی۔
رابطہ: 0346-0000187"""},
            {"language": "en", "text": """Stitching Operators (female) required - garment unit, Karachi. Timing 8:15 am to 4 pm, breakfast and tea provided, 1-2 lunch break. Optional paid overtime in busy season. Experienced operators preferred. Call 0346-0000187"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Karachi garment factory me silai operator larkiyan chahiye. 8:15 se 4 baje tak, nashta chai milta hai. Overtime ho to alag paisay. Mahol acha hai. 0346-0000187"""},
        ],
    },
    {
        "group": "lk3-ptc-bpo-3000-jobs",
        "source": {"url": "https://www.dailyaaj.com.pk/news/39901", "title": "پاکستان ٹوبیکو کمپنی کا ملک میں بی پی او قائم کرنیکا اعلان، 3000سے زائد نئی ملازمتوں کے مواقع",
                   "publisher": "Daily Aaj", "date": None},
        "facts": ["Pakistan Tobacco Company announced it would set up a business process outsourcing (BPO) centre in Pakistan",
                  "the project is to create more than 3,000 jobs in five years and earn about 100 million dollars a year in exports",
                  "the commerce adviser said it was the first multinational to move its business process outsourcing to Pakistan, competing with India and Bangladesh, and it would also act as a talent incubator"],
        "categories": ["bpo", "named_employer", "local_job", "fresh_graduates"],
        "destination": "PK", "trade": "BPO analyst / back office", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """پاکستان ٹوبیکو کمپنی نے ملک میں بی پی او قائم کرنے کا اعلان کر دیا۔ پانچ سال میں تین ہزار سے زیادہ ملازمتیں اور سالانہ دس کروڑ ڈالر کی سروسز برآمدات متوقع۔ فنانس، ایچ آر اور آئی ٹی کے نوجوان گریجویٹس کے لیے مواقع۔"""},
            {"language": "en", "text": """Pakistan Tobacco Company is bringing its global business process outsourcing to Pakistan: 3,000+ jobs over five years in finance, HR and IT back-office work, plus a talent incubator for graduates. Openings will be posted on the company's careers page."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """PTC ka BPO Pakistan me aa raha hai, 5 saal me 3000 se zyada jobs. Finance aur HR graduates tayyar raho, apply company ki site pe hoga"""},
        ],
    },
]
