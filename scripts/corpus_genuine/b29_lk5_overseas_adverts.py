"""Locked test set, genuine half (lk5, batch 29): lawful overseas recruitment as Pakistanis meet it in
newspapers, on promoters' pages and on social media -- OEC and provincial schemes, licensed Overseas
Employment Promoters' procedures (demand letters, Protector's permission, trade tests, newspaper adverts),
Korea EPS, Japan SSW/TITP, Romania/Poland/Croatia work permits, Malaysia and Singapore, UK health and
care sponsorship, Gulf hospitals, Gulf construction groups, Chinese contractors abroad. Hard negatives:
high pay, urgency, WhatsApp numbers, 'limited seats', walk-in interviews. Each group rewrites the facts
of one public source; phone numbers and addresses are in the reserved style."""

GROUPS = [
    # ------------------------------------------------------------------ Saudi Arabia
    {
        "group": "lk5-theazb-oec-saudi-surgeons-nurses-2025",
        "source": {"url": "https://theazb.com/saudi-arabia-offers-job-opportunities-for-pakistani-doctors-and-nurses/?utm_source=rss&utm_medium=rss&utm_campaign=saudi-arabia-offers-job-opportunities-for-pakistani-doctors-and-nurses",
                   "title": "Saudi Arabia offers job opportunities for Pakistani doctors and nurses",
                   "publisher": "The AZB", "date": "2025-10-09"},
        "facts": ["the Overseas Employment Corporation (OEC) announced that a leading Saudi medical institution wants five consultant surgeons and 40 nurses from Pakistan",
                  "consultant posts (retina, vascular, plastic, paediatric ophthalmology, squint, oculoplastic surgery) are open to men and women with board certification and five years' post-fellowship experience",
                  "the 40 nursing posts (ICU, NICU, emergency, general) are for women under 35 with a 16-year BSN and at least five years' experience",
                  "applications go through the OEC portal before 24 October 2025"],
        "categories": ["government_scheme", "state_recruiter", "nursing", "gulf_employer", "hard_negative_destination", "women_hiring", "last_date"],
        "destination": "SA", "trade": "consultant surgeon / staff nurse", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """🇸🇦 SAUDI ARABIA – 40 FEMALE NURSES + 5 CONSULTANT SURGEONS 🇸🇦
Hiring through OEC (Govt of Pakistan) for a leading Saudi medical institution.

NURSES (female only): ICU / NICU / ER / General
✔ BSN (16 years) ✔ 5 yrs experience ✔ Age below 35
CONSULTANTS (male/female): Retina, Vascular, Plastic, Paeds Ophthalmology, Squint, Oculoplastic
✔ Board certified ✔ 5 yrs post-fellowship

Apply ONLY on the OEC portal. Last date 24 October. Limited seats – don't wait till the last day!
OEC helpdesk: 0311-0000632"""},
            {"language": "ur", "text": """اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے سعودی عرب کے ایک بڑے طبی ادارے میں ملازمتیں

چالیس خواتین نرسز درکار ہیں: آئی سی یو، این آئی سی یو، ایمرجنسی اور جنرل نرسنگ۔ شرائط: سولہ سالہ بی ایس این، کم از کم پانچ سال کا تجربہ، عمر پینتیس سال سے کم۔
پانچ کنسلٹنٹ سرجنز (مرد و خواتین): ریٹینا، ویسکولر، پلاسٹک سرجری وغیرہ۔ بورڈ سرٹیفیکیشن اور فیلوشپ کے بعد پانچ سال کا تجربہ لازمی۔
درخواستیں صرف او ای سی پورٹل پر، آخری تاریخ 24 اکتوبر۔ کسی ایجنٹ کو رقم نہ دیں۔
معلومات کے لیے او ای سی ہیلپ لائن: 0311-0000632"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Sisters jo BSN hain aur 5 saal ka ICU/NICU ya ER ka experience hai, age 35 se kam, Saudi ke liye OEC ne 40 nurses ki seats nikali hain. Sirf ladies. Apply OEC ki website pe hi karna hai, 24 October last date hai. Apne group me share kar do, bohat achi job hai aur sarkari channel se hai 👍 OEC UAN 0311-0000632"""},
        ],
    },
    {
        "group": "lk5-app-alfanar-saudi-hiring-2023",
        "source": {"url": "https://www.app.com.pk/national/sapm-malik-visits-leading-saudi-company-to-explore-prospects-for-pakistani-workers/",
                   "title": "SAPM Malik visits leading Saudi company to explore prospects for Pakistani workers",
                   "publisher": "Associated Press of Pakistan (APP)", "date": "2023-11-18"},
        "facts": ["the PM's Special Assistant on Overseas Pakistanis met the leadership of Alfanar, a Saudi power and construction company",
                  "about 20 percent of Alfanar's workforce is Pakistani and the company wants to hire more Pakistani professionals for upcoming projects",
                  "Pakistan's ambassador and Community Welfare Attaches accompanied the visit; engineering, IT, healthcare and hospitality were named as sectors with Pakistani talent"],
        "categories": ["named_employer", "gulf_employer", "hard_negative_destination", "hard_negative_trade"],
        "destination": "SA", "trade": "power and construction staff", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """GOOD NEWS FOR ELECTRICAL & CIVIL STAFF 🔌🏗️
Saudi power & construction giant Alfanar says one in five of its workers is already Pakistani – and it wants MORE for its upcoming projects. The Overseas Pakistanis ministry met the company's CEO in Riyadh this week.
Engineers, technicians, IT and hospitality people: keep your CVs and trade certificates ready and watch for the official openings on the company careers page and OEC. Never pay anyone for a "reserved seat"."""},
            {"language": "ur-Latn", "text": """Saudi company Alfanar me pehle hi 20 percent staff Pakistani hai aur ab inho ne kaha hai ke naye projects ke liye aur Pakistani lenge. Minister sahab ne Riyadh me in ke CEO se meeting ki hai. Electrician, engineer, technician bhai apni CV tayar rakhein. Jab vacancies aayengi to company ki website ya OEC pe announce hongi, kisi agent ke chakkar me paise na dena."""},
            {"language": "ur", "text": """سعودی عرب کی معروف بجلی و تعمیراتی کمپنی الفنار میں پاکستانیوں کے لیے مزید ملازمتیں متوقع

وزیر اعظم کے معاون خصوصی برائے سمندر پار پاکستانیز نے ریاض میں کمپنی کی قیادت سے ملاقات کی۔ کمپنی کے عملے میں بیس فیصد پاکستانی ہیں اور انتظامیہ نے آئندہ منصوبوں کے لیے مزید پاکستانی انجینئرز اور ہنرمند بھرتی کرنے کی خواہش ظاہر کی۔ ملاقات میں پاکستانی سفیر اور کمیونٹی ویلفیئر اتاشی بھی موجود تھے۔"""},
        ],
    },
    {
        "group": "lk5-nation-chinese-firms-neom-engineers-2024",
        "source": {"url": "https://www.nation.com.pk/23-Dec-2024/chinese-firms-help-pak-engineers-develop-professional-skills",
                   "title": "Chinese firms help Pak engineers develop professional skills",
                   "publisher": "The Nation (Gwadar Pro report)", "date": "2024-12-23"},
        "facts": ["Pakistani engineers who worked with Chinese companies on projects in Pakistan are now employed in Saudi Arabia, several at NEOM",
                  "one geotechnical engineer works for China State Construction Engineering Corp on a NEOM tunnel after hydropower work with Chinese firms in KP",
                  "another joined China Railway Construction Corp (CRCC) as a tunnel engineer at NEOM in 2022",
                  "a third got a CRCC job in Islamabad after a Chinese language course and HSK-3"],
        "categories": ["named_employer", "chinese_company", "gulf_employer", "hard_negative_destination", "high_pay_real"],
        "destination": "SA", "trade": "tunnel / geotechnical engineer", "channel": "facebook",
        "items": [
            {"language": "en", "channel": "job_board", "text": """Tunnel Engineer – NEOM, KSA (Chinese EPC contractor)
Our client, a Chinese state-owned construction group working on a mountain tunnel package at NEOM, is adding Pakistani engineers with hydropower/tunnel experience from projects in KP and AJK.
Requirements: BSc Civil/Geotech, 3+ years on tunnels or hydropower with a Chinese contractor, HSK-3 a plus.
Package: competitive tax-free salary, accommodation, annual ticket.
Apply with CV to careers@tunnelrecruit.example.com or WhatsApp +966 55 555 0173 – shortlisted candidates get an online interview."""},
            {"language": "ur-Latn", "text": """Jo engineers Balakot ya Jabori hydropower pe Chinese company ke sath kaam kar chuke hain unke liye Saudi NEOM me bohat scope hai. Hamare 2 seniors CRCC aur China State Construction me tunnel engineer lag gaye hain. Chinese zuban HSK-3 tak seekh lo to aur asaani hoti hai. Company ki official career site pe apply karo, online interview hota hai."""},
            {"language": "ur", "text": """چینی کمپنیوں کا تجربہ، سعودی عرب میں نوکری کا راستہ

خیبر پختونخوا کے پن بجلی منصوبوں پر چینی کمپنیوں کے ساتھ کام کرنے والے کئی پاکستانی انجینئرز اب سعودی عرب کے نیوم منصوبے میں سرنگوں پر کام کر رہے ہیں۔ ایک انجینئر کو چینی زبان کا چار ماہ کا کورس کرنے کے بعد اسلام آباد میں چینی ریلوے کمپنی میں ملازمت ملی۔ ماہرین کا مشورہ ہے کہ نوجوان چینی زبان سیکھیں اور کمپنی کی سرکاری ویب سائٹ پر درخواست دیں۔"""},
        ],
    },
    {
        "group": "lk5-startuppakistan-nesma-poec-agreement-2023",
        "source": {"url": "https://startuppakistan.com.pk/good-news-for-pakistanis-seeking-employment-opportunities-in-saudi-arabia/",
                   "title": "Good News for Pakistanis Seeking Employment Opportunities in Saudi Arabia",
                   "publisher": "Startup Pakistan", "date": "2023-11"},  # date inferred from the agreement's reported signing
        "facts": ["the PM's Special Assistant on Overseas Pakistanis signed an agreement with NESMA & Partners, a Saudi construction company, for skilled Pakistani labour",
                  "the agreement is between the Pakistan Overseas Employment Corporation (OEC) and NESMA & Partners",
                  "the workers are for NESMA's mega infrastructure projects in Saudi Arabia; the signing took place at Pakistan's embassy in Riyadh"],
        "categories": ["government_scheme", "state_recruiter", "named_employer", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "construction trades", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Mason, shuttering carpenter, steel fixer, electrician bhaiyon ke liye khushkhabri 🇸🇦 OEC aur Saudi company NESMA & Partners ka agreement sign ho gaya hai Riyadh me. Bade projects ke liye skilled Pakistani workers jayenge. Registration sirf OEC ke zariye hogi, koi private banda "direct visa" ka bole to mat manna. OEC helpline 0311-0000632"""},
            {"language": "en", "text": """OEC x NESMA & Partners – Skilled workers for Saudi mega-projects

The Overseas Employment Corporation has signed an agreement with NESMA & Partners, one of Saudi Arabia's leading construction companies. Skilled Pakistani tradesmen will be recruited for its infrastructure projects. Watch OEC's official notices for trades, trade-test dates and cities. Government channel – no middlemen."""},
            {"language": "ur", "text": """سعودی تعمیراتی کمپنی نسما اینڈ پارٹنرز اور او ای سی کے درمیان معاہدہ

ریاض میں پاکستانی سفارت خانے میں ہونے والی تقریب میں معاہدے پر دستخط ہوئے جس کے تحت ہنرمند پاکستانی کارکن سعودی عرب کے بڑے ترقیاتی منصوبوں پر کام کریں گے۔ بھرتی کا عمل اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ہوگا۔ ٹریڈ ٹیسٹ کی تاریخوں کا اعلان او ای سی کرے گی۔"""},
        ],
    },
    {
        "group": "lk5-thepakistan-alrashid-group-2023",
        "source": {"url": "https://thepakistan.pk/saudi-arabia-urged-to-employ-more-pakistanis-to-strengthen-bilateral-ties/",
                   "title": "Saudi Arabia Urged to Employ More Pakistanis to Strengthen Bilateral Ties",
                   "publisher": "The Pakistan", "date": "2023-11"},  # date inferred (caretaker PM's COP-28 trip mentioned alongside)
        "facts": ["the PM's Special Assistant on Overseas Pakistanis met the chairman of Al-Rashid Group, a Saudi conglomerate working on mega projects",
                  "the group has hired a considerable number of Pakistani workers and companies for its ongoing projects",
                  "the chairman committed to continue hiring Pakistanis; Pakistan promised full cooperation in recruitment"],
        "categories": ["named_employer", "gulf_employer", "hard_negative_destination"],
        "destination": "SA", "trade": "construction / mega-project staff", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Saudi's Al-Rashid Group to keep hiring Pakistanis ✅
After a meeting with Pakistan's Special Assistant on Overseas Pakistanis, the group's chairman said Pakistani workers and firms have done great work on its mega projects and hiring will continue. Apply only against official demands advertised by OEC or a licensed promoter with the Protector's permission number."""},
            {"language": "ur-Latn", "text": """Al-Rashid Group Saudi ke chairman ne kaha hai ke Pakistani workers ki hiring jari rahegi, pehle bhi bohat se Pakistani in ke projects pe hain. Jab demand aaye to OEC ya licensed OEP ke ad me Protector ki permission number zaroor check karna."""},
            {"language": "ur", "text": """سعودی الراشد گروپ پاکستانی کارکنوں کی بھرتی جاری رکھے گا

معاون خصوصی برائے سمندر پار پاکستانیز سے ملاقات میں گروپ کے چیئرمین نے کہا کہ پاکستانی کمپنیوں اور کارکنوں نے ان کے بڑے منصوبوں میں قابل قدر کام کیا ہے اور آئندہ بھی پاکستانیوں کو ملازمتیں دی جائیں گی۔ حکومت نے بھرتی کے عمل میں مکمل تعاون کی یقین دہانی کرائی۔"""},
        ],
    },
    {
        "group": "lk5-taniaislamabad-saudi-labour-attache",
        "source": {"url": "https://taniaislamabad.com/?p=8693",
                   "title": "Saudi companies want to call skilled people from Pakistan (interview with Saudi labour attache)",
                   "publisher": "Tania Islamabad", "date": "2023"},  # date: year only, inferred; title from the lead
        "facts": ["Saudi Arabia's labour attache in Pakistan said Saudi companies want skilled workers from Pakistan because demand for workers is rising",
                  "he said Pakistanis are known in Saudi Arabia as hard-working, well-trained workers",
                  "Saudi Arabia plans several projects inside Pakistan to train workers in the relevant trades before they reach the Kingdom"],
        "categories": ["gulf_employer", "hard_negative_destination", "hard_negative_trade"],
        "destination": "SA", "trade": "skilled trades", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سعودی کمپنیوں کو پاکستانی ہنرمندوں کی ضرورت: لیبر اتاشی

پاکستان میں سعودی عرب کے لیبر اتاشی نے کہا ہے کہ مملکت میں بہت زیادہ کام ہو رہا ہے اور کارکنوں کی مانگ بڑھ رہی ہے، اسی لیے سعودی کمپنیاں پاکستان سے ہنرمند افراد بلانا چاہتی ہیں۔ ان کا کہنا تھا کہ پاکستانی محنتی اور تربیت یافتہ کارکن کے طور پر جانے جاتے ہیں۔ سعودی عرب کارکنوں کو روانگی سے پہلے متعلقہ شعبوں میں تربیت دینے کے لیے پاکستان میں کئی منصوبے شروع کرے گا۔"""},
            {"language": "ur-Latn", "text": """Saudi labour attache ka interview dekha? Keh rahe hain Saudi companies ko Pakistan se skilled log chahiye, demand barh rahi hai. Aur Pakistan me hi training ke projects shuru honge jaane se pehle. To bhai koi hunar seekh lo, electrician plumber welder, aur certificate le lo. Bina hunar ke aaj kal visa mushkil hai."""},
            {"language": "en", "text": """Saudi labour attache: Kingdom wants skilled Pakistani workers
Demand for workers in Saudi Arabia is rising and Saudi companies want skilled Pakistanis, the Kingdom's labour attache in Islamabad said, adding that training projects will be launched inside Pakistan so workers are certified in their trade before departure."""},
        ],
    },
    {
        "group": "lk5-tribune-punjab-health-staff-saudi-2023",
        "source": {"url": "https://tribune.com.pk/story/2440261/ajax.googleapis.com",
                   "title": "Saudi envoy, Punjab health minister discuss cooperation",
                   "publisher": "The Express Tribune", "date": "2023-10-10"},  # title from the lead
        "facts": ["the caretaker Punjab primary healthcare minister met the Saudi ambassador and said Saudi Arabia could use Pakistani doctors, nurses and paramedics",
                  "the Punjab government simplified ex-Pakistan leave for health staff taking overseas jobs; applications are processed within four days",
                  "Arabic language courses for medical staff employed by Arab countries could be considered"],
        "categories": ["government_scheme", "nursing", "gulf_employer", "hard_negative_destination"],
        "destination": "SA", "trade": "doctor / nurse / paramedic", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "whatsapp", "text": """Govt nurses & paramedics in Punjab 👩‍⚕️ If you have a Gulf offer, ex-Pakistan leave is now processed in just 4 days, the health minister says. Saudi Arabia is keen on Pakistani doctors, nurses and paramedics. Get your offer through OEC or a licensed promoter and apply for leave through your department."""},
            {"language": "ur", "text": """سرکاری ڈاکٹرز اور نرسز کے لیے بیرون ملک ملازمت آسان

پنجاب کے وزیر صحت نے سعودی سفیر سے ملاقات میں کہا کہ سعودی عرب پاکستانی ڈاکٹروں، نرسوں اور پیرا میڈیکل عملے کی خدمات سے فائدہ اٹھا سکتا ہے۔ انہوں نے بتایا کہ بیرون ملک ملازمت کے لیے ایکس پاکستان رخصت کا طریقہ کار آسان کر دیا گیا ہے اور درخواستیں چار دن میں نمٹائی جا رہی ہیں۔ عرب ممالک میں کام کرنے والے طبی عملے کے لیے عربی زبان کے کورس پر بھی غور کیا جا رہا ہے۔"""},
            {"language": "ur-Latn", "text": """Punjab ke sarkari staff nurses dhyan dein: agar Saudi ka offer mil gaya hai to ex-Pakistan leave ab 4 din me process ho rahi hai. Minister ne Saudi ambassador se meeting me kaha ke Saudi ko Pakistani nurses aur paramedics chahiye. Arabic course bhi shayad start ho."""},
        ],
    },
    # ------------------------------------------------------------------ Korea EPS
    {
        "group": "lk5-diplomaticinsight-eps-scanners-2023",
        "source": {"url": "https://thediplomaticinsight.com/south-korea-donates-special-passport-scanners-to-pakistan",
                   "title": "South Korea donates special passport scanners to Pakistan",
                   "publisher": "The Diplomatic Insight", "date": "2023-02-13"},
        "facts": ["the Korean ambassador visited the OEC head office and donated five passport scanners to speed up the EPS job-seeker roster",
                  "in 2022 about 2,000 Pakistani workers found jobs in Korea through the Employment Permit System (EPS) on E-9 visas",
                  "the EPS lets Korean small and medium firms legally hire semi-skilled foreign workers; the Pakistan EPS Center works with OEC"],
        "categories": ["government_scheme", "state_recruiter", "korea_eps", "hard_negative_destination"],
        "destination": "KR", "trade": "EPS manufacturing worker", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """🇰🇷 KOREA EPS – ONLY THROUGH OEC 🇰🇷
About 2,000 Pakistanis went to Korea on E-9 work visas last year under the Employment Permit System. The Korean Embassy has just given OEC new passport scanners so the job-seeker roster moves faster.
Factory jobs in Korean SMEs, legal contract, Korean minimum wage. The only route is EPS-TOPIK through OEC. Anyone selling "Korea visa" outside OEC is not EPS."""},
            {"language": "ur-Latn", "text": """Korea jane ka sahi tareeqa sirf EPS hai jo OEC karwata hai. Pichle saal 2000 ke qareeb Pakistani E9 visa pe gaye. Korean ambassador ne OEC ko scanners diye hain taake roster jaldi bane. TOPIK ki tayari karo, agent ko paisa mat do. OEC info 0302-0000418"""},
            {"language": "ur", "text": """کوریا کے سفیر کا او ای سی ہیڈ آفس کا دورہ، پاسپورٹ اسکینرز کا عطیہ

جنوبی کوریا نے ای پی ایس کے تحت ملازمت کے خواہشمند افراد کی فہرست تیزی سے بھجوانے کے لیے اوورسیز ایمپلائمنٹ کارپوریشن کو پانچ اسکینرز دیے ہیں۔ گزشتہ سال تقریباً دو ہزار پاکستانی کارکن ای نائن ویزے پر کوریا گئے۔ کوریا جانے کا واحد قانونی راستہ او ای سی کے ذریعے ای پی ایس ہے۔"""},
        ],
    },
    {
        "group": "lk5-augaf-eps-mou-renewal-2022",
        "source": {"url": "https://augaf.com/?p=27490",
                   "title": "Pakistan and Korea renew EPS Memorandum of Understanding",
                   "publisher": "Augaf", "date": "2022-12-06"},  # title from the lead
        "facts": ["the Ministry of Overseas Pakistanis and Korea's Ministry of Employment and Labour renewed the EPS MoU, first signed in 2006 and renewed every two years",
                  "OEC has dispatched more than 10,000 workers to Korea under EPS",
                  "Pakistan's quota rose from 1,100 to 2,400 in 2022, of whom 1,600 had already gone",
                  "both sides agreed to extend cooperation to construction, fisheries and agriculture"],
        "categories": ["government_scheme", "state_recruiter", "korea_eps", "hard_negative_destination"],
        "destination": "KR", "trade": "EPS worker", "channel": "newspaper",
        "items": [
            {"language": "ur", "channel": "facebook", "text": """کوریا میں ملازمت: پاکستان کا کوٹہ گیارہ سو سے بڑھ کر چوبیس سو

پاکستان اور جنوبی کوریا نے ایمپلائمنٹ پرمٹ سسٹم کے مفاہمتی یادداشت کی تجدید کر دی ہے۔ او ای سی اب تک دس ہزار سے زیادہ کارکن کوریا بھیج چکی ہے۔ اس سال سولہ سو کارکن روانہ ہو چکے ہیں اور آئندہ تعمیرات، ماہی گیری اور زراعت کے شعبے بھی شامل کرنے پر اتفاق ہوا ہے۔ ای پی ایس ٹاپک کی تیاری کریں، رجسٹریشن صرف او ای سی کے ذریعے۔"""},
            {"language": "en", "text": """Korea quota more than doubled 🎉 Pakistan's EPS quota went from 1,100 to 2,400 this year and 1,600 workers have already flown. The EPS MoU with Korea was renewed in Islamabad, and both sides want to add construction, fisheries and agriculture. Over 10,000 Pakistanis have gone through OEC since 2006. Start your Korean language prep now! OEC EPS desk: 0302-0000418"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai Korea ka quota 2400 ho gaya hai is saal, 1600 log ja bhi chuke. MoU renew hua hai aur aage construction, fishing aur agriculture bhi add karne ki baat hui hai. Sab kuch OEC ke through hota hai, TOPIK ka exam dena parta hai. Tayari shuru karo."""},
        ],
    },
    {
        "group": "lk5-diplomaticinsight-eps-upsurge-2022",
        "source": {"url": "https://thediplomaticinsight.com/upsurge-in-pakistani-workers-through-e9-in-korea/",
                   "title": "Upsurge in Pakistani workers through E9 in Korea",
                   "publisher": "The Diplomatic Insight", "date": "2022-12-15"},
        "facts": ["more than 1,600 Pakistani workers entered Korea through the EPS (E-9) in 2022 by the end of November",
                  "Korean SMEs that cannot find local labour get an employment permit to hire semi-skilled foreign workers legally",
                  "about 13,000 Pakistanis have entered Korea in the 15 years since the Pakistan EPS Center was set up under a 2006 MoU",
                  "up to 1,600 more applicants are expected for the EPS-TOPIK; the embassy proposed adding construction"],
        "categories": ["government_scheme", "state_recruiter", "korea_eps", "hard_negative_destination"],
        "destination": "KR", "trade": "EPS manufacturing worker", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "whatsapp", "text": """Korea update: 1,600+ Pakistanis entered on E-9 this year, target 2,000. Total about 13,000 since the EPS Center opened. More EPS-TOPIK seats are coming. Legal factory jobs through OEC only, register when OEC announces the test window. Helpline 0302-0000418"""},
            {"language": "ur-Latn", "text": """E9 visa pe Korea jaane walon ki tadaad is saal 1600 se upar chali gayi hai, target 2000 hai. 15 saal me takreeban 13 hazar Pakistani EPS pe gaye. Korean choti factories ko local banday nahi milte is liye permit le ke bahar se legal hire karti hain. TOPIK ki seats bhi barhengi."""},
            {"language": "ur", "text": """ای نائن ویزا: اس سال سولہ سو سے زائد پاکستانی کوریا پہنچ گئے

پاکستان ای پی ایس سینٹر اور او ای سی کے مطابق نومبر کے آخر تک سولہ سو سے زیادہ کارکن کوریا جا چکے ہیں اور ہدف دو ہزار ہے۔ کوریا کی چھوٹی اور درمیانی صنعتیں حکومت سے اجازت نامہ لے کر قانونی طور پر غیر ملکی کارکن رکھتی ہیں۔ ای پی ایس ٹاپک کے امیدواروں کی تعداد میں بھی اضافہ متوقع ہے۔"""},
        ],
    },
    # ------------------------------------------------------------------ Japan
    {
        "group": "lk5-brecorder-japan-titp-ssw-2020",
        "source": {"url": "https://brecorder.com/news/amp/581753",
                   "title": "Japan opens industrial sector for Pakistani skilled labour",
                   "publisher": "Business Recorder", "date": "2020"},  # date inferred: year only; title from the lead
        "facts": ["Japan signed two memoranda with Pakistan in 2019 for trainees (TITP) and Specified Skilled Workers, with pay equal to Japanese employees",
                  "14 fields are open, including care work, building cleaning, construction, shipbuilding, car repair, aviation, hotels, agriculture, fisheries and food service",
                  "NAVTTC and NUTECH recruit candidates with the Japanese side; technical intern trainees must be at least 18 and healthy and may stay five years",
                  "SSW needs a higher Japanese level; the JLPT is held on 5 July and 6 December at NUML and the Japanese consulate"],
        "categories": ["government_scheme", "state_recruiter", "japan_ssw", "japan_titp", "hard_negative_destination"],
        "destination": "JP", "trade": "technical intern / specified skilled worker", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """JAPAN 🇯🇵 Same salary as Japanese workers!
Technical Intern (TITP): age 18+, good health, up to 5 years in Japan.
Specified Skilled Worker (SSW): pass the Japanese test (JLPT) – held 5 July & 6 December at NUML Islamabad.
14 fields: caregiving, building cleaning, construction, shipbuilding, auto repair, aviation, hotels, agriculture, fisheries, food service & more.
Recruitment is by NAVTTC and NUTECH only. Register with them and start learning Japanese today.
NAVTTC helpline: 0304-0000219"""},
            {"language": "ur-Latn", "text": """Japan me Pakistani workers ko Japanese ke barabar tankhwa milegi, embassy ne khud bataya hai. Trainee ke liye 18 saal umar aur sehat theek honi chahiye, 5 saal reh sakte ho. Skilled worker ke liye Japanese language ka test pass karna hoga jo July aur December me NUML me hota hai. Registration NAVTTC aur NUTECH ke zariye. Kisi private agent ko fees mat dena."""},
            {"language": "ur", "text": """جاپان میں پاکستانی ہنرمندوں کے لیے جاپانی ملازمین کے برابر تنخواہ

جاپانی سفارت خانے کے مطابق دو مفاہمتی یادداشتوں کے تحت ٹیکنیکل انٹرن اور مخصوص ہنرمند کارکن کے طور پر چودہ شعبوں میں ملازمتیں دستیاب ہیں جن میں نگہداشت، تعمیرات، جہاز سازی، گاڑیوں کی مرمت، ہوٹل، زراعت اور ماہی گیری شامل ہیں۔ امیدواروں کا انتخاب این اے وی ٹی ٹی سی اور نیوٹیک کریں گے۔ جاپانی زبان کا امتحان پانچ جولائی اور چھ دسمبر کو نمل اسلام آباد میں ہوگا۔"""},
        ],
    },
    {
        "group": "lk5-pakobserver-japan-low-response-2020",
        "source": {"url": "https://pakobserver.net/dcm-concerned-over-lackluster-response-from-pakistani-skilled-workforce-japans-agri-industrial-it-automobile-sectors-have-huge-potential-for-pakistani-skilled-workers",
                   "title": "DCM concerned over lacklustre response from Pakistani skilled workforce",
                   "publisher": "Pakistan Observer", "date": "2020"},  # date inferred: year only
        "facts": ["Japan's Deputy Chief of Mission said Japan is looking for 345,000 skilled workers worldwide over five years in fields from fisheries and construction to nursing and food service",
                  "the three categories are technical intern training, specified skilled worker and higher-trained professionals",
                  "he was concerned that very few Pakistanis had responded so far",
                  "barriers are a minimum level of Japanese and registration with NAVTTC and NUTECH"],
        "categories": ["government_scheme", "state_recruiter", "japan_ssw", "hard_negative_destination"],
        "destination": "JP", "trade": "specified skilled worker", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "whatsapp", "text": """Japan wants 345,000 skilled workers in 5 years and the embassy says hardly any Pakistanis are applying 😮 Farming, fisheries, construction, nursing care, food service, IT… The two things you need: basic Japanese and registration with NAVTTC/NUTECH. Seats are there, applicants are not!"""},
            {"language": "ur", "text": """جاپان کو پانچ سال میں تین لاکھ پینتالیس ہزار ہنرمند درکار، پاکستانیوں کا ردعمل کمزور

جاپانی سفارت خانے کے نائب سربراہ نے کہا کہ زراعت، ماہی گیری، تعمیرات، نرسنگ اور فوڈ سروس میں پاکستانی کارکنوں کے لیے بہت مواقع ہیں لیکن اب تک بہت کم درخواستیں آئی ہیں۔ بنیادی رکاوٹ جاپانی زبان کی کم از کم مہارت اور این اے وی ٹی ٹی سی یا نیوٹیک میں رجسٹریشن ہے۔"""},
            {"language": "ur-Latn", "text": """Yaar Japan walay khud keh rahe hain Pakistan se log apply hi nahi kar rahe. 3 lakh 45 hazar workers chahiye 5 saal me. Japanese basic seekh lo aur NAVTTC ya NUTECH pe register ho jao, bas yehi 2 shartein hain."""},
        ],
    },
    {
        "group": "lk5-nation-japan-14-sectors-2020",
        "source": {"url": "https://nation.com.pk/05-Oct-2020/japan-to-open-its-marketplace-for-talented-pakistanis",
                   "title": "Japan to open its marketplace for talented Pakistanis",
                   "publisher": "The Nation (APP report)", "date": "2020-10-04"},
        "facts": ["Japan's Charge d'Affaires said Japan intends to import 345,000 skilled workers from 10 countries with no country quota",
                  "the Memorandum of Cooperation opens 14 sectors including nursing care, building cleaning, agriculture, fisheries, hotels, food and beverages, aircraft maintenance and airport ground handling",
                  "Pakistan nominated only two recruiting organisations, NAVTTC and NUTEC"],
        "categories": ["government_scheme", "state_recruiter", "japan_ssw", "hard_negative_destination"],
        "destination": "JP", "trade": "specified skilled worker", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "channel": "facebook", "text": """🇯🇵 JAPAN JOBS – NO QUOTA 🇯🇵
Airport ground handling, aircraft maintenance, hotel, nursing care, building cleaning, khaiti baari, fisheries, food factory... 14 sectors khule hain. Japan 10 mulkon se 3 lakh 45 hazar log le raha hai aur kisi mulk ka quota fix nahi, jitne qualify karein. Sirf NAVTTC aur NUTEC official recruiters hain. Details ke liye NAVTTC helpline 0304-0000219"""},
            {"language": "en", "text": """No country quota: Japan's embassy says Pakistanis can take as many of the 345,000 skilled-worker places as they qualify for. Fourteen sectors are open, from airport ground handling and aircraft maintenance to hotels, nursing care and agriculture. Government has nominated only NAVTTC and NUTEC to recruit. NAVTTC: 0304-0000219"""},
            {"language": "ur", "text": """جاپان کے چودہ شعبوں میں پاکستانیوں کے لیے ملازمتیں، کوئی کوٹہ مقرر نہیں

جاپانی ناظم الامور کے مطابق جاپان دس ممالک سے تین لاکھ پینتالیس ہزار ہنرمند کارکن لے گا۔ شعبوں میں نرسنگ کیئر، عمارتوں کی صفائی، زراعت، ماہی گیری، ہوٹل، خوراک و مشروبات، ہوائی جہازوں کی دیکھ بھال اور ایئرپورٹ گراؤنڈ ہینڈلنگ شامل ہیں۔ حکومت پاکستان نے بھرتی کے لیے صرف دو ادارے نامزد کیے ہیں۔"""},
        ],
    },
    # ------------------------------------------------------------------ Malaysia / Singapore
    {
        "group": "lk5-mpob-malaysia-first-batch-2005",
        "source": {"url": "https://prestasisawit.mpob.gov.my/en/palmnews/news/877",
                   "title": "First batch of 1,100 Pakistani workers arrive in Malaysia",
                   "publisher": "Malaysian Palm Oil Board (PalmNews, AP report)", "date": "2005-05-11"},
        "facts": ["more than 1,000 Pakistani workers arrived in Malaysia as the first batch of an estimated 100,000 to fill a labour shortage",
                  "the 1,100 Pakistanis started work in the manufacturing sector; the rest were to take up jobs in stages",
                  "Malaysia faced a shortage of some 400,000 workers after expelling undocumented workers; plantations were losing money for lack of harvesters",
                  "the government also approved 900 foreign professionals, including Pakistanis, in medicine, engineering and IT"],
        "categories": ["government_scheme", "hard_negative_destination", "factory_worker"],
        "destination": "MY", "trade": "manufacturing worker", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """MALAYSIA – FACTORY WORKERS NEEDED IN THOUSANDS
The first 1,100 Pakistani workers have landed in Malaysia and started in manufacturing; up to 100,000 more will follow in stages. Malaysia is short of about 400,000 workers in factories, construction and plantations. Professionals in medicine, engineering and IT are also being approved. Go only through a promoter with a valid Protector's permission and a written contract."""},
            {"language": "ur-Latn", "text": """Malaysia me 1100 Pakistani workers ki pehli khep pohanch gayi hai, factory me kaam shuru kar diya. Total 1 lakh tak jayenge marhala waar. Wahan 4 lakh workers ki kami hai, palm oil ke bagh walay bhi pareshan hain. Doctor engineer IT walon ko bhi approval mil raha hai."""},
            {"language": "ur", "text": """ملائیشیا پہنچنے والے گیارہ سو پاکستانی کارکنوں نے فیکٹریوں میں کام شروع کر دیا

یہ ایک لاکھ پاکستانی کارکنوں کی پہلی کھیپ ہے جو مرحلہ وار ملائیشیا جائیں گے۔ ملائیشیا کو غیر قانونی کارکنوں کی واپسی کے بعد چار لاکھ افراد کی کمی کا سامنا ہے۔ حکومت نے طب، انجینئرنگ اور آئی ٹی کے نو سو غیر ملکی ماہرین کی بھرتی کی بھی منظوری دی ہے جن میں پاکستانی شامل ہیں۔"""},
        ],
    },
    {
        "group": "lk5-phcsingapore-manpower-talks",
        "source": {"url": "https://phcsingapore.org/high-commissioner-rabia-shafiq-discusses-manpower-export-to-sg",
                   "title": "High Commissioner Rabia Shafiq Discusses Manpower Export to SG",
                   "publisher": "Pakistan High Commission Singapore", "date": "2024"},  # date inferred: year only
        "facts": ["Pakistan's High Commissioner met Singapore's Senior Minister of State for Manpower to discuss opportunities and rules for workers from Pakistan",
                  "Pakistan has over 11 million highly and semi-skilled workers employed abroad",
                  "she said Singapore could look to Pakistani workers for construction, hospitality, IT and BPO"],
        "categories": ["hard_negative_destination", "government_notice"],
        "destination": "SG", "trade": "construction / hospitality / IT", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """Singapore 🇸🇬 and Pakistan talk jobs!
Our High Commissioner met Singapore's Senior Minister of State for Manpower on opportunities and regulations for Pakistani workers. Construction, hospitality, IT and BPO were discussed. Singapore work passes are applied for by the employer through the Ministry of Manpower – check every offer on the MOM site."""},
            {"language": "ur-Latn", "text": """Singapore me Pakistani workers ke liye construction, hotel aur IT/BPO me chances pe baat hui hai, High Commissioner ne wahan ke manpower minister se mulaqat ki. Yaad rakho Singapore ka work permit employer khud MOM se apply karta hai, offer aaye to verify zaroor karna."""},
            {"language": "ur", "text": """سنگاپور میں پاکستانی ہنرمندوں کے لیے مواقع پر بات چیت

سنگاپور میں پاکستان کی ہائی کمشنر نے افرادی قوت کے وزیر مملکت سے ملاقات میں تعمیرات، مہمان نوازی، آئی ٹی اور بی پی او کے شعبوں میں پاکستانی کارکنوں کی خدمات پیش کیں۔ انہوں نے بتایا کہ ایک کروڑ دس لاکھ سے زائد پاکستانی بیرون ملک ملازمت کر رہے ہیں۔"""},
        ],
    },
    # ------------------------------------------------------------------ Qatar / Oman / Bahrain / Kuwait
    {
        "group": "lk5-dawn-qatar-company-pacts-2024",
        "source": {"url": "https://dawn.com/news/1807908/pacts-with-qatari-recruiters-signed",
                   "title": "Pacts with Qatari recruiters signed",
                   "publisher": "Dawn", "date": "2024-01-23"},  # date inferred from the same statement's coverage
        "facts": ["the PM's Special Assistant on Overseas Pakistanis signed agreements and letters of intent with Qatari companies including QD-SBG, HBK Contracting, Ali Bin Ali Holding, JMJ Holding, Tabeeb Care and Al Rawnaq",
                  "he visited The View Hospital (Elegancia Health Care), which is recruiting Pakistani health professionals under an MoU with OEC",
                  "Qatari CEOs said they would increase Pakistani manpower in line with Qatar's rules; demand is in services, maintenance, hospitality and construction"],
        "categories": ["government_scheme", "state_recruiter", "named_employer", "gulf_employer", "nursing", "hard_negative_destination"],
        "destination": "QA", "trade": "construction / hospitality / health staff", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """QATAR 🇶🇦 – Nurses, technicians, hotel & maintenance staff
The View Hospital (Elegancia Health Care) is recruiting Pakistani health professionals through OEC. Agreements also signed with major Qatari contractors and service companies for construction, maintenance and hospitality staff.
Apply on the OEC portal only – no fee to any middleman. OEC helpline 0311-0000633"""},
            {"language": "ur", "text": """قطر کی بڑی کمپنیوں کے ساتھ پاکستانی افرادی قوت کے معاہدے

معاون خصوصی برائے سمندر پار پاکستانیز کے دورہ قطر کے دوران تعمیرات، خدمات اور صحت کے شعبے کی کئی قطری کمپنیوں سے معاہدوں اور لیٹر آف انٹینٹ پر دستخط ہوئے۔ دی ویو ہسپتال میں او ای سی کے ساتھ مفاہمتی یادداشت کے تحت پاکستانی طبی عملے کی بھرتی جاری ہے۔ قطری کمپنیوں نے قوانین کے مطابق پاکستانی عملہ بڑھانے کا عندیہ دیا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Qatar ki View Hospital me Pakistani nurses aur medical staff OEC ke through ja rahe hain, MoU hua hai. Aur construction, maintenance, hotel walon ke liye bhi Qatari companies se agreement sign hue hain. OEC ki site check karte raho, wahin ad aayega. Helpline 0311-0000633"""},
        ],
    },
    {
        "group": "lk5-hamad-hmc-nursing-careers",
        "source": {"url": "https://hamad.qa/EN/Hospitals-and-services/Nursing/About-Nursing/Pages/default.aspx",
                   "title": "About Nursing - Hamad Medical Corporation",
                   "publisher": "Hamad Medical Corporation (Qatar)", "date": "2023"},  # date inferred: page undated
        "facts": ["Hamad Medical Corporation has over 12,000 nurses across hospitals, clinics, homecare and residential services",
                  "its nurses come from at least 45 countries",
                  "nurses increasingly take on specialised roles reflecting international best practice"],
        "categories": ["named_employer", "gulf_employer", "nursing", "company_site", "hard_negative_destination"],
        "destination": "QA", "trade": "staff nurse", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Nursing at Hamad Medical Corporation
Join more than 12,000 nurses and midwives from over 45 countries working across our hospitals, clinics, homecare and residential services in Qatar. We support specialised nursing roles and continuing professional development.
Vacancies are posted on our official careers portal only. For enquiries: nursingrecruitment@hmc.example.org | +974 4555 0123"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Hamad Medical Qatar me 12 hazar se zyada nurses hain 45 mulkon se. Jo sisters Qatar try karna chahti hain wo sirf HMC ki official careers site pe apply karein, wahan koi fee nahi. Kisi WhatsApp agent ko paisa na dein jo HMC ka naam le."""},
            {"language": "ur", "text": """حمد میڈیکل کارپوریشن قطر میں نرسنگ کے مواقع

قطر کے سب سے بڑے سرکاری طبی ادارے میں بارہ ہزار سے زائد نرسیں کام کرتی ہیں جن کا تعلق کم از کم پینتالیس ممالک سے ہے۔ ادارہ نرسوں کو خصوصی شعبوں میں تربیت اور ترقی کے مواقع دیتا ہے۔ آسامیاں صرف ادارے کی سرکاری ویب سائٹ پر شائع ہوتی ہیں۔"""},
        ],
    },
    {
        "group": "lk5-insiderfacts-oman-labour-mou-2024",
        "source": {"url": "https://insiderfacts.com/pakistan-oman-to-fast-track-mou-for-labour-manpower-exchange",
                   "title": "Pakistan, Oman to fast-track MoU for labour, manpower exchange",
                   "publisher": "Insider Facts", "date": "2024-09"},  # date inferred from other coverage of the visit
        "facts": ["Pakistan and Oman agreed to speed up an MoU on labour and manpower exchange during the Overseas Pakistanis minister's visit to Muscat",
                  "Oman is the third largest GCC employer of Pakistanis, with about 360,000 working there and over $1 billion remitted a year",
                  "most work in construction, oil and gas, manufacturing, logistics and trade; others in healthcare, teaching, hospitality, banking and IT",
                  "a compulsory pre-departure orientation programme for all workers going abroad is being started"],
        "categories": ["government_scheme", "gulf_employer", "hard_negative_destination", "hard_negative_trade"],
        "destination": "OM", "trade": "construction / oil and gas / logistics", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """عمان کے ساتھ افرادی قوت کا معاہدہ جلد، پاکستانی کارکنوں کے لیے بہتر مواقع

وفاقی وزیر برائے سمندر پار پاکستانیز کے دورہ مسقط میں دونوں ممالک نے مفاہمتی یادداشت جلد مکمل کرنے پر اتفاق کیا۔ عمان میں تقریباً تین لاکھ ساٹھ ہزار پاکستانی تعمیرات، تیل و گیس، مینوفیکچرنگ اور لاجسٹکس میں کام کر رہے ہیں۔ بیرون ملک جانے والے تمام کارکنوں کے لیے روانگی سے پہلے تربیتی پروگرام لازمی کیا جا رہا ہے۔"""},
            {"language": "en", "channel": "whatsapp", "text": """Oman update 🇴🇲 360,000 Pakistanis already work in Oman – construction, oil & gas, logistics, retail, hospitals, schools. Pakistan and Oman are fast-tracking a manpower MoU. New rule coming: pre-departure orientation will be compulsory for everyone going abroad, so plan for it before your flight."""},
            {"language": "ur-Latn", "text": """Oman jane walon ke liye: dono mulk labour MoU jaldi final kar rahe hain. Wahan 3 lakh 60 hazar Pakistani pehle hi hain. Ab jane se pehle orientation training compulsory hogi, to jab visa aaye to iska time bhi rakhna."""},
        ],
    },
    {
        "group": "lk5-greenlandoep-oec-bahrain-construction",
        "source": {"url": "https://greenlandoep.com/overseas-employment-corporation-oec-announces-manpower-export-to-bahrains-construction-sector/",
                   "title": "Overseas Employment Corporation (OEC) Announces Manpower Export to Bahrain's Construction Sector",
                   "publisher": "Greenland OEP (blog)", "date": "2025"},  # date inferred: year only
        "facts": ["the Overseas Employment Corporation is facilitating recruitment of Pakistani workers for Bahrain's construction sector",
                  "skilled trades sought include civil engineers, electricians, plumbers, masons, carpenters, welders and heavy machinery operators",
                  "unskilled roles include general labourers, cleaners, site assistants and loaders",
                  "the post stresses that OEC is the official channel with verified employers and no hidden deductions"],
        "categories": ["government_scheme", "state_recruiter", "hard_negative_trade", "gulf_employer"],
        "destination": "BH", "trade": "construction trades", "channel": "facebook",
        "items": [
            {"language": "en", "text": """BAHRAIN 🇧🇭 CONSTRUCTION JOBS VIA OEC
Skilled: civil engineer, electrician, plumber, mason, carpenter, welder, heavy machinery operator
Unskilled: general labour, cleaner, site helper, loader
Government channel ✅ verified employers ✅ no hidden deductions ✅
Apply through OEC only – watch the OEC site for trade-test dates. Info: 0311-0000634"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bahrain construction ke liye OEC ne manpower bhejne ka elaan kiya hai. Mistri, electrician, plumber, welder, carpenter, heavy machine operator aur helper/loader sab chahiye. Sarkari idara hai is liye jo salary likhi hogi wohi milegi. Trade test ki date OEC batayega."""},
            {"language": "ur", "text": """بحرین کے تعمیراتی شعبے کے لیے او ای سی کے ذریعے بھرتی

ہنرمند: سول انجینئر، الیکٹریشن، پلمبر، مستری، کارپینٹر، ویلڈر، بھاری مشینری آپریٹر۔
غیر ہنرمند: مزدور، صفائی کا عملہ، سائٹ ہیلپر، لوڈر۔
بھرتی سرکاری ادارے اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ہوگی، تصدیق شدہ آجر اور شفاف تنخواہ۔
رابطہ: 0311-0000634"""},
        ],
    },
    {
        "group": "lk5-kuwaitofferings-pakistani-medics-2020",
        "source": {"url": "https://kuwaitofferings.com/2020/10/28/pakistani-medical-staff-will-arrive-in-kuwait-next-november/",
                   "title": "Pakistani medical staff will arrive in Kuwait next November",
                   "publisher": "Kuwait Offerings (Al-Jarida report)", "date": "2020-10-28"},
        "facts": ["Kuwait's Ministry of Health completed recruitment of 250 Pakistani doctors, nurses and technicians specialised in intensive and abdominal care",
                  "this second batch was due in November 2020 and had been sent contracts with their salaries",
                  "the first batch of 208 Pakistani doctors and nurses had arrived the week before",
                  "the hiring falls under the health cooperation agreement signed in July 2020"],
        "categories": ["government_scheme", "nursing", "gulf_employer", "hard_negative_destination", "selected_candidates"],
        "destination": "KW", "trade": "doctor / ICU nurse / technician", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "whatsapp", "text": """KUWAIT MOH – 2nd batch of Pakistani ICU staff confirmed ✈️
250 doctors, nurses and technicians (intensive & abdominal care) have received their Ministry of Health contracts with salaries and fly in November. 208 colleagues from the first batch have already joined. Government-to-government agreement – no agent involved. Queries: Kuwait MOH recruitment desk +965 2555 0188"""},
            {"language": "ur-Latn", "text": """Kuwait health ministry ne 250 Pakistani doctors, nurses aur technicians ki bharti mukammal kar li hai, ICU aur abdominal care wale. Contract aur salary bhej di gayi hai, November me jayenge. Pehle 208 log ja chuke hain. Ye sab government agreement ke tehat hai."""},
            {"language": "ur", "text": """کویت کی وزارت صحت: پاکستانی طبی عملے کی دوسری کھیپ نومبر میں پہنچے گی

انتہائی نگہداشت اور پیٹ کے امراض کے ماہر ڈھائی سو پاکستانی ڈاکٹروں، نرسوں اور ٹیکنیشنز کی بھرتی مکمل ہو گئی ہے اور انہیں تنخواہوں کے ساتھ معاہدے بھجوا دیے گئے ہیں۔ پہلی کھیپ کے دو سو آٹھ افراد گزشتہ ہفتے کویت پہنچ چکے ہیں۔"""},
        ],
    },
    {
        "group": "lk5-colorsnews-kuwait-19th-batch-2023",
        "source": {"url": "https://colorsnewslive.com/NewsDetailsEn/17336",
                   "title": "Two hundred Pakistani doctors and nurses arrived in Kuwait",
                   "publisher": "Colors News Live", "date": "2023-04-07"},
        "facts": ["the nineteenth batch of Pakistani doctors, nurses and technicians, more than 200 people, arrived in Kuwait",
                  "they work in Kuwait's government health sector under the agreement between the two countries",
                  "Pakistan's ambassador said recruitment of medical and nursing staff for Kuwait's private sector would follow soon"],
        "categories": ["government_scheme", "nursing", "gulf_employer", "hard_negative_destination"],
        "destination": "KW", "trade": "doctor / nurse / technician", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Kuwait: 19th batch of Pakistani doctors and nurses arrives
More than 200 doctors, nurses and technicians have landed in Kuwait to work in the government health sector under the Pakistan–Kuwait agreement. The ambassador says private-sector hospital hiring will start soon. Apply only against announcements by OEC or the embassy. OEC helpline 0311-0000633"""},
            {"language": "ur", "channel": "facebook", "text": """کویت میں پاکستانی ڈاکٹروں اور نرسوں کی انیسویں کھیپ پہنچ گئی

دو سو سے زائد ڈاکٹر، نرسیں اور ٹیکنیشنز دونوں ممالک کے معاہدے کے تحت کویت کے سرکاری شعبہ صحت میں خدمات انجام دیں گے۔ پاکستانی سفیر کے مطابق جلد نجی شعبے کے لیے بھی طبی عملے کی بھرتی شروع ہوگی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Kuwait me 19vi batch bhi pohanch gaya, 200 se zyada doctors nurses 🇰🇼 Ab private hospitals ke liye bhi bharti shuru hone wali hai ambassador ke mutabiq. Apni PNC registration aur experience letter update rakho."""},
        ],
    },
    {
        "group": "lk5-kuwaittimes-moh-doctor-contracts-2022",
        "source": {"url": "https://kuwaittimes.com/moh-contracts-more-expat-medical-staff/",
                   "title": "MoH contracts more expat medical staff",
                   "publisher": "Kuwait Times", "date": "2022"},  # date inferred: year only (arrivals from Q1 2023)
        "facts": ["Kuwait's health ministry contracted over 200 Jordanian and Palestinian doctors for new medical centres and hospitals",
                  "it was finalising contracts with further batches of doctors from Pakistan, India and Bangladesh, arriving from the first quarter of 2023",
                  "appointees take professional examinations on arrival under Public Authority of Manpower rules"],
        "categories": ["named_employer", "gulf_employer", "hard_negative_destination", "doctor"],
        "destination": "KW", "trade": "doctor", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Doctors 🩺 Kuwait's Ministry of Health is finalising contracts with new batches of doctors from Pakistan for its new hospitals, arriving from early 2023. Note: every expat appointee sits a professional exam after arrival under Kuwait's manpower rules, so keep your specialty knowledge fresh."""},
            {"language": "ur-Latn", "text": """Kuwait MOH Pakistan se doctors ke naye batches ke contracts final kar rahi hai, naye hospitals ke liye. 2023 ke shuru se pohanchna shuru honge. Wahan pohanch ke professional exam bhi dena parta hai, ye yaad rakhna."""},
        ],
    },
    # ------------------------------------------------------------------ Europe / UK
    {
        "group": "lk5-app-romania-drivers-offer-2019",
        "source": {"url": "https://www.app.com.pk/national/romania-keen-to-import-0-5-mln-pakistani-workforce-by-2020-envoy/",
                   "title": "Romanian envoy offers jobs for Pakistani workforce in different trades",
                   "publisher": "Associated Press of Pakistan (APP)", "date": "2019-04-17"},
        "facts": ["the Ministry of Overseas Pakistanis agreed to send Pakistani workers to Romania in different trades after an offer by Romania's ambassador",
                  "the ambassador said Romania may need as many as one million workers from various countries because Romanians are migrating to other EU states",
                  "openings named were IT, construction, doctors and engineers, and coverage said Romania needs some 40,000 drivers",
                  "both sides discussed a mechanism for safe and secure export of skilled, semi-skilled and unskilled workers"],
        "categories": ["government_scheme", "hard_negative_destination", "driver", "europe_work_permit"],
        "destination": "RO", "trade": "driver / construction worker", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """ROMANIA 🇷🇴 – DRIVERS, CONSTRUCTION, IT, DOCTORS
Romania's ambassador says his country needs up to a million foreign workers and is ready to take a large number of Pakistani drivers. The Overseas Pakistanis ministry has agreed to a safe, legal channel. A Romanian job needs an employer's work permit (aviz de munca) first, then a D/AM visa – no permit, no job."""},
            {"language": "ur-Latn", "text": """Romania ko 40 hazar drivers chahiye aur ambassador ne kaha hai Pakistani drivers ko bade paimane pe lenge 🚛 Construction, IT, doctors, engineers bhi. Ministry ne safe tareeqe se bhejne ka mechanism banane pe baat ki hai. Pehle employer work permit nikalta hai phir visa lagta hai, ye yaad rakhna."""},
            {"language": "ur", "text": """رومانیہ کو دس لاکھ غیر ملکی کارکن درکار، پاکستانی ڈرائیوروں کے لیے بڑا موقع

رومانیہ کے سفیر نے معاون خصوصی برائے سمندر پار پاکستانیز سے ملاقات میں بتایا کہ ان کے ملک کو آئی ٹی، تعمیرات، ڈاکٹروں، انجینئروں اور بڑی تعداد میں ڈرائیوروں کی ضرورت ہے۔ وزارت نے ہنرمند اور غیر ہنرمند افرادی قوت کو محفوظ اور قانونی طریقے سے بھیجنے کا طریقہ کار بنانے پر اتفاق کیا۔"""},
        ],
    },
    {
        "group": "lk5-awaranews-poland-work-permit-guide",
        "source": {"url": "https://awaranews.venus7773.eu/poland-work-permit-application-process-requirements-for-pakistanis",
                   "title": "Poland Work Permit: Application Process & Requirements for Pakistanis",
                   "publisher": "Awara News", "date": "2025"},  # date inferred: year only
        "facts": ["Pakistanis need a Polish work permit and usually a national D-type visa to work lawfully in Poland",
                  "most applicants use Work Permit Type A, issued when a registered Polish employer hires a foreign worker; seasonal (Type S) permits run up to 9 months",
                  "the employer does a labour market test if required and applies to the Voivodeship Office, then sends the original permit and contract",
                  "the worker books a visa appointment through e-Konsulat or the visa application centre in Pakistan"],
        "categories": ["europe_work_permit", "hard_negative_destination", "process_explainer"],
        "destination": "PL", "trade": "factory / warehouse / seasonal worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """POLAND 🇵🇱 WORK PERMIT – HOW IT REALLY WORKS
1️⃣ A registered Polish employer offers you a job
2️⃣ The EMPLOYER applies to the Voivodeship Office (labour market test if needed)
3️⃣ You receive the original Type A permit + contract
4️⃣ You book your D-visa appointment on e-Konsulat / the visa centre
Seasonal jobs use a Type S permit (max 9 months). Questions? poland.desk@workeurope.example.com / +48 22 555 0190"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Poland ka work permit employer khud Voivodeship office se nikalta hai, hum nahi. Jab permit aur contract aa jaye phir e-Konsulat pe visa appointment lete hain. Type A normal job ke liye, Type S season wali job 9 mahine tak. Koi bole "permit hum Pakistan se bana denge" to samajh jao ghalat hai."""},
            {"language": "ur", "text": """پولینڈ ورک پرمٹ کا درست طریقہ

پولینڈ میں قانونی طور پر کام کرنے کے لیے ورک پرمٹ اور قومی ڈی ویزا درکار ہے۔ پرمٹ کے لیے درخواست پولش آجر صوبائی دفتر میں دیتا ہے، ضرورت ہو تو لیبر مارکیٹ ٹیسٹ بھی کرتا ہے۔ منظوری کے بعد آجر اصل پرمٹ اور معاہدہ بھیجتا ہے، پھر امیدوار ای قونصلیٹ یا ویزا سینٹر پر اپوائنٹمنٹ لیتا ہے۔ موسمی کام کا پرمٹ زیادہ سے زیادہ نو ماہ کا ہوتا ہے۔"""},
        ],
    },
    {
        "group": "lk5-wwics-croatia-work-permit",
        "source": {"url": "https://wwicsgroup.com/immigrate-to/europe/croatia-work-permit/",
                   "title": "Croatia Work Permit",
                   "publisher": "WWICS Group", "date": "2024"},  # date inferred: page undated
        "facts": ["Croatia is short of workers in construction and tourism and its companies are looking for foreign workers",
                  "workers from outside the EU need a work and residence permit, usually valid 12 months or 2 years and extendable",
                  "occupations listed: cooks, masons, metal fabricators, steel fixers, long-haul truck drivers, waitresses, welders",
                  "average salary listed is 550 to 750 euros a month; permanent residency is possible after five years"],
        "categories": ["europe_work_permit", "hard_negative_destination", "hard_negative_trade", "driver"],
        "destination": "HR", "trade": "mason / welder / cook / truck driver", "channel": "company_site",
        "items": [
            {"language": "en", "text": """CROATIA 🇭🇷 – WORKERS REQUIRED
Cooks • Masons • Metal fabricators • Steel fixers • Long-haul truck drivers • Waitresses • Welders
Salary: €550–750/month (average)
Permit: work & residence permit, 12 months or 2 years, extendable. Permanent residency possible after 5 years.
Your Croatian employer files the permit; the visa is stamped after approval. Email your CV: croatia@wwics-jobs.example.com or WhatsApp +385 91 555 0147"""},
            {"language": "ur-Latn", "text": """Croatia me mason, welder, steel fixer, cook aur truck driver ki demand hai. Salary 550 se 750 euro mahana. Permit 1 ya 2 saal ka hota hai aur aage barh jata hai, 5 saal baad PR bhi mil sakti hai. Ye bhi pata hona chahiye ke permit Croatian company khud apply karti hai."""},
            {"language": "ur", "text": """کروشیا میں ملازمتیں: مستری، ویلڈر، باورچی اور ٹرک ڈرائیور درکار

کروشیا میں تعمیرات اور سیاحت کے شعبوں میں کارکنوں کی کمی ہے۔ یورپی یونین سے باہر کے کارکنوں کو کام اور رہائش کا اجازت نامہ درکار ہوتا ہے جو عموماً ایک یا دو سال کا ہوتا ہے اور اس میں توسیع ہو سکتی ہے۔ اوسط تنخواہ پانچ سو پچاس سے سات سو پچاس یورو ماہانہ بتائی گئی ہے۔"""},
        ],
    },
    {
        "group": "lk5-worldify-uk-health-care-visa-2025",
        "source": {"url": "https://worldifyoverseas.blogspot.com/2025/06/navigating-uk-healthcare-visa-changes.html",
                   "title": "Navigating UK healthcare visa changes",
                   "publisher": "Worldify Overseas (blog)", "date": "2025-06"},
        "facts": ["the post says the Health and Care Worker visa closed to new overseas applicants for care worker and senior care worker roles in 2025",
                  "registered nurses, doctors and allied health professionals from Pakistan can still apply with a job offer and Certificate of Sponsorship from an approved UK employer",
                  "applicants must still meet English language and maintenance requirements and the role must match an eligible occupation code"],
        "categories": ["uk_sponsorship", "nursing", "hard_negative_destination", "named_employer"],
        "destination": "GB", "trade": "registered nurse", "channel": "job_board",
        "items": [
            {"language": "en", "text": """UK NURSING – INTERNATIONAL RECRUITMENT (Band 5 Registered Nurse)
Our NHS trust sponsors overseas registered nurses under the Health and Care Worker visa. You need: PNC registration, IELTS/OET at NMC level, CBT passed. We issue the Certificate of Sponsorship – there is no fee to you for sponsorship.
Please note: we cannot sponsor care assistant / senior carer roles from overseas after the 2025 rule change.
Apply via our careers site; queries to intlnurses@nhstrust.example.org or +44 161 555 0176"""},
            {"language": "ur-Latn", "text": """Care worker ka UK visa ab bahar se band ho gaya hai 2025 me, lekin registered nurses, doctors aur physio waghera abhi bhi ja sakte hain agar approved employer CoS de. IELTS/OET aur maintenance funds ki shart wohi hai. Koi "care visa" bech raha ho to hoshiyar."""},
            {"language": "ur", "text": """برطانیہ میں نرسوں کے لیے راستہ کھلا، کیئر ورکر کا راستہ بند

برطانیہ نے بیرون ملک سے نئے کیئر ورکر اور سینئر کیئر ورکر کے لیے ہیلتھ اینڈ کیئر ویزا بند کر دیا ہے۔ تاہم رجسٹرڈ نرسیں، ڈاکٹر اور الائیڈ ہیلتھ پروفیشنلز کسی منظور شدہ برطانوی آجر سے ملازمت کی پیشکش اور سرٹیفکیٹ آف اسپانسرشپ ملنے پر اب بھی درخواست دے سکتے ہیں۔ انگریزی زبان کی شرط برقرار ہے۔"""},
        ],
    },
    # ------------------------------------------------------------------ provincial scheme
    {
        "group": "lk5-urdupoint-punjab-gulf-skilled-labour-2015",
        "source": {"url": "http://daily.urdupoint.com/livenews/2015-05-04/news-417707.html",
                   "title": "Punjab government sets up steering committee to send 200,000 skilled workers to the Gulf",
                   "publisher": "UrduPoint", "date": "2015-05-04"},  # title translated from the Urdu headline
        "facts": ["the Punjab government set up a steering committee to send 200,000 skilled workers from Pakistan to the Gulf in coming years",
                  "the provincial labour and human resource minister chairs it and the TEVTA chairman is a member",
                  "jobs were expected from Qatar's FIFA World Cup and Dubai's Expo 2020",
                  "TEVTA was told to start courses immediately to prepare skilled labour"],
        "categories": ["government_scheme", "provincial_scheme", "hard_negative_trade", "gulf_employer"],
        "destination": "QA", "trade": "construction trades", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """پنجاب سے دو لاکھ ہنرمند خلیجی ممالک بھجوانے کا منصوبہ، اسٹیئرنگ کمیٹی قائم

قطر میں فیفا ورلڈ کپ اور دبئی ایکسپو 2020 کے باعث لاکھوں ملازمتیں پیدا ہوں گی۔ وزیر اعلیٰ کی ہدایت پر صوبائی وزیر محنت کی سربراہی میں کمیٹی بنا دی گئی ہے اور ٹیوٹا کو فوری طور پر ہنرمندی کے کورسز شروع کرنے کی ہدایت کی گئی ہے۔ نوجوان قریبی ٹیوٹا ادارے میں داخلہ لیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Punjab govt 2 lakh skilled log Gulf bhejegi 🇶🇦🇦🇪 Qatar World Cup aur Dubai Expo ke kaam ke liye. TEVTA ke courses shuru ho rahe hain, electrician plumber steel fixer waghera. Pehle course karo phir certificate ke sath apply. TEVTA helpline 0305-0000882"""},
            {"language": "en", "text": """Punjab plans to send 200,000 skilled workers to the Gulf
A steering committee under the provincial labour minister, with the TEVTA chairman as member, will prepare young people for jobs linked to the Qatar World Cup and Dubai Expo 2020. TEVTA has been told to start trade courses at once. Enrol at your nearest TEVTA institute. TEVTA helpline 0305-0000882"""},
        ],
    },
    # ------------------------------------------------------------------ licensed promoters
    {
        "group": "lk5-contentpk-oep-licence-explainer",
        "source": {"url": "https://content.pk/pakistan/overseas-recruitment-agency-license-in-pakistan/",
                   "title": "Overseas Recruitment Agency License in Pakistan",
                   "publisher": "Content.pk", "date": "2020"},  # date inferred: page undated
        "facts": ["under section 12 of the Emigration Ordinance 1979, anyone who recruits people for work abroad must hold a licence from the Federal Government",
                  "applications go through the Director General, Bureau of Emigration and Overseas Employment, with a character certificate and a non-refundable fee",
                  "the fee is deposited by bank challan at National Bank of Pakistan, F-8 Markaz, Islamabad; a name similar to an existing licensee must be changed"],
        "categories": ["licensed_oep", "process_explainer", "hard_negative_trade"],
        "destination": None, "trade": "overseas recruitment (general)", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "newspaper", "text": """REQUIRED FOR A REPUTED CONSTRUCTION COMPANY IN SAUDI ARABIA
Electricians, plumbers, masons, steel fixers, duct men, HTV drivers.
Free food & accommodation, overtime as per Saudi labour law.
Interviews & trade test: Sunday to Tuesday, 9 am – 3 pm, Rawalpindi office.
Service charges as per Govt rules, against official receipt only.
Al-Noor Overseas Employment Promoters, OEP Licence No. 0000/RWP (Bureau of Emigration)
Call/WhatsApp: 0301-0000418"""},
            {"language": "ur", "text": """بیرون ملک ملازمت کے لیے کسی ایجنٹ سے بات کرنے سے پہلے یہ دیکھیں

امیگریشن آرڈیننس 1979 کی دفعہ بارہ کے تحت بیرون ملک ملازمت کے لیے بھرتی کرنے والے ہر ادارے کے پاس وفاقی حکومت کا لائسنس ہونا لازمی ہے۔ لائسنس بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ کے ڈائریکٹر جنرل کے ذریعے جاری ہوتا ہے۔ اشتہار میں لائسنس نمبر دیکھیں اور بیورو سے تصدیق کریں۔ لائسنس یافتہ پروموٹر سرکاری شرح کے مطابق سروس چارجز رسید کے ساتھ لیتا ہے۔
النور اوورسیز ایمپلائمنٹ پروموٹرز، راولپنڈی: 0301-0000418"""},
            {"language": "ur-Latn", "text": """Bhai koi bhi overseas agent ho, us se pehle licence number maango. Emigration Ordinance 1979 ke section 12 ke tehat bina licence bahar ke liye bharti karna jurm hai. Licence Bureau of Emigration deta hai, un ki site pe number check ho jata hai. Licensed OEP jo fees le wo receipt pe likh ke deta hai."""},
        ],
    },
    {
        "group": "lk5-afrazbrothers-oep-selection-procedure",
        "source": {"url": "https://afrazbrothersoep.com/index.php/selection-recruitment-procedure/",
                   "title": "Procedure For Selection & Recruitment",
                   "publisher": "Afraz Brothers OEP", "date": "2022"},  # date inferred: page undated
        "facts": ["the employer sends a power of attorney, demand letter, letter to consulate, electronic payment receipt and visa slip, attested by the chamber of commerce, foreign ministry and Pakistan embassy",
                  "the promoter gets permission from the Government of Pakistan, then advertises the vacancies in national newspapers with qualifications and selection criteria",
                  "the employer's representative may interview and trade-test candidates at the promoter's office",
                  "selected candidates pass a medical at an approved centre and sign a service contract countersigned by the Protector of Emigrants"],
        "categories": ["licensed_oep", "hard_negative_trade", "gulf_employer", "interview_walk_in"],
        "destination": "SA", "trade": "skilled trades", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """URGENTLY REQUIRED – SAUDI ARABIA (Employer's representative visiting)
Auto electricians, AC technicians, welders, light & heavy drivers
Interview & trade test by the company's own representative at our office, 3–5 of this month.
Selected candidates: medical at GAMCA-approved centre, contract countersigned by the Protector of Emigrants.
Bring: original passport, CNIC, experience certificates, 4 photos.
Afraz Brothers OEP (licensed promoter) – 0300-0000731"""},
            {"language": "ur", "channel": "newspaper", "text": """سعودی عرب کے لیے فوری ضرورت

آٹو الیکٹریشن، اے سی ٹیکنیشن، ویلڈر، ہلکی و بھاری گاڑی کے ڈرائیور۔
کمپنی کا نمائندہ ہمارے دفتر میں خود انٹرویو اور ٹریڈ ٹیسٹ لے گا۔ منتخب امیدواروں کا منظور شدہ مرکز سے میڈیکل ہوگا اور معاہدہ پروٹیکٹر آف امیگرینٹس سے تصدیق شدہ ہوگا۔
اصل پاسپورٹ، شناختی کارڈ اور تجربے کے سرٹیفکیٹ ساتھ لائیں۔
لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر، رابطہ: 0300-0000731"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Assalam o alaikum, Saudi company ka banda khud aa raha hai interview lene, AC technician aur welder ka trade test hoga hamare office me. Select hone pe medical aur phir Protector office se contract. Passport original le ke aana. Seats kam hain jaldi confirm karein 0300-0000731"""},
        ],
    },
    {
        "group": "lk5-fqshaheen-oep-demand-letter-terms",
        "source": {"url": "https://fqshaheenoep.com/manpower-recruitment/",
                   "title": "Recruitment Procedure",
                   "publisher": "FQ Shaheen OEP", "date": "2022"},  # date inferred: page undated
        "facts": ["the Government of Pakistan appoints recruiting agents after checking their standing and credibility",
                  "a power of attorney attested by the Pakistan embassy or consulate must name the agent before any recruitment for an employer",
                  "each demand letter must state trades, contract period, accommodation, working hours and days, annual paid leave, medical facilities and termination terms",
                  "the return air ticket from Karachi to the site and back is to be paid by the employer"],
        "categories": ["licensed_oep", "free_visa_lawful", "hard_negative_trade", "gulf_employer"],
        "destination": "AE", "trade": "skilled trades", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """✈️ VISA & TICKET FREE – UAE (employer-paid) ✈️
Required for a facilities company in Dubai: cleaners, AC technicians, plumbers, electricians.
2-year contract • 8 hrs/day, 6 days • free accommodation & medical • 30 days paid annual leave • return air ticket Karachi–Dubai–Karachi paid by employer.
All terms as per the attested demand letter. Service charges per Bureau of Emigration schedule, with receipt.
Licensed OEP – call/WhatsApp 0321-0000512"""},
            {"language": "ur-Latn", "text": """Bhai log "visa ticket free" ka matlab ye hota hai ke employer ne demand letter me likh ke diya hai ke ticket aur visa wo dega. Demand letter me contract ki muddat, rehaish, duty ke ghante, chutti aur medical sab likha hota hai. Licensed OEP ke paas employer ki attested power of attorney honi chahiye. Dekh ke jana."""},
            {"language": "ur", "text": """متحدہ عرب امارات کے لیے ملازمتیں: ویزا اور ٹکٹ آجر کی طرف سے

دبئی کی ایک کمپنی کو صفائی کا عملہ، اے سی ٹیکنیشن، پلمبر اور الیکٹریشن درکار ہیں۔ دو سال کا معاہدہ، رہائش اور علاج مفت، سالانہ تنخواہ کے ساتھ چھٹی، کراچی سے آنے جانے کا ٹکٹ کمپنی دے گی۔ تمام شرائط تصدیق شدہ ڈیمانڈ لیٹر کے مطابق۔ سروس چارجز سرکاری شرح پر رسید کے ساتھ۔
رابطہ: 0321-0000512"""},
        ],
    },
    {
        "group": "lk5-binadam-jobs-and-hire-timeline",
        "source": {"url": "http://www.binadam.org/recruitment-and-selection-procedure/",
                   "title": "Recruitment and Selection Procedure",
                   "publisher": "Jobs and Hire (binadam.org)", "date": "2021"},  # date inferred: page undated
        "facts": ["the promoter needs a power of attorney and demand letter attested by the foreign ministry of the employing country and the Pakistan embassy there",
                  "written permission is taken from the Protector of Emigrants, and a Foreign Service Agreement between promoter and worker is approved by the Protector",
                  "stated timeline: permission 1-2 days, advertisement and provisional selection 4-10 days, visa endorsement 4-12 days, insurance 1-2 days, FSA approval 1-2 days, ticketing 1-2 days",
                  "demands are advertised on print, electronic, digital and social media"],
        "categories": ["licensed_oep", "process_explainer", "hard_negative_trade", "whatsapp_contact"],
        "destination": "SA", "trade": "skilled trades", "channel": "facebook",
        "items": [
            {"language": "en", "text": """New demand received ✅ Protector's permission taken ✅
SAUDI ARABIA – steel fixers, shuttering carpenters, masons (20 each)
How long does it take? Selection within 10 days, visa endorsement 4–12 days, then insurance, FSA approval at the Protector office and ticket – usually under a month if your documents are ready.
Send CV + trade certificate on WhatsApp 0333-0000274 (Jobs and Hire)"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi demand aa gayi hai aur Protector se permission bhi mil gayi hai. Steel fixer, shuttering carpenter, mason 20-20 chahiye. Selection 10 din me, visa 4 se 12 din, phir insurance aur Protector office me FSA sign hoga. Ticket bhi company ki taraf se. CV bhejo 0333-0000274"""},
            {"language": "ur", "text": """سعودی عرب کے لیے نئی ڈیمانڈ، پروٹیکٹر سے اجازت حاصل

اسٹیل فکسر، شٹرنگ کارپینٹر اور مستری درکار ہیں۔ انتخاب دس دن میں، ویزا کی توثیق چار سے بارہ دن میں، اس کے بعد انشورنس اور پروٹیکٹر آفس سے فارن سروس ایگریمنٹ کی منظوری ہوگی۔ اپنی سی وی اور ٹریڈ سرٹیفکیٹ بھیجیں۔ واٹس ایپ: 0333-0000274"""},
        ],
    },
    # ------------------------------------------------------------------ skill verification / airlines
    {
        "group": "lk5-techjuice-takamol-svp-navttc-2022",
        "source": {"url": "https://www.techjuice.pk/saudi-arabia-launches-skilled-worker-verification-program-in-pakistan/",
                   "title": "Saudi Arabia launches skilled worker verification program in Pakistan",
                   "publisher": "TechJuice", "date": "2022-11-04"},
        "facts": ["NAVTTC and Saudi Takamol's Skill Verification Program (SVP) assessed 88 skilled workers at Hazza Institute of Technology",
                  "the five trades tested were welding, building electrician, auto electrician, plumbing and HVAC, in a theory and a practical part",
                  "Pakistan is the first Asian country in the SVP; assessment centres in Pakistan test workers before they apply for a Saudi work visa",
                  "workers register on the NAVTTC website and receive a joint Takamol-NAVTTC certificate through Recognition of Prior Learning"],
        "categories": ["government_scheme", "application_fee_official", "hard_negative_trade", "gulf_employer", "trade_test"],
        "destination": "SA", "trade": "electrician / plumber / welder / HVAC", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """SAUDI WORK VISA? TRADE TEST FIRST ⚡🔧
Electricians, auto electricians, plumbers, welders and AC/HVAC technicians must now pass the Takamol–NAVTTC Skill Verification test in Pakistan BEFORE the Saudi work visa.
✔ Register on the NAVTTC website
✔ Theory + practical test at an approved assessment centre
✔ Joint Takamol/NAVTTC certificate
Pay the official test fee only through the NAVTTC system. NAVTTC help: 0304-0000219"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi jane wale electrician, plumber, welder, AC technician bhai: ab pehle Takamol ka skill test Pakistan me hi dena hai NAVTTC ke center pe. 2 hisse hain, theory aur practical. Pass hoge to certificate milega phir visa lagega. Registration NAVTTC ki website pe hoti hai, agent ko "test pass karwane" ke paise mat dena."""},
            {"language": "ur", "text": """سعودی ورک ویزا سے پہلے ہنر کی تصدیق لازمی

نیوٹیک اور سعودی ادارے تکامل کے اسکل ویریفیکیشن پروگرام کے تحت ویلڈنگ، بلڈنگ الیکٹریشن، آٹو الیکٹریشن، پلمبنگ اور ایچ وی اے سی کے کارکنوں کا تحریری اور عملی امتحان پاکستان میں ہی ہوگا۔ پہلے مرحلے میں اٹھاسی امیدواروں نے امتحان دیا۔ کامیاب امیدواروں کو مشترکہ سرٹیفکیٹ ملے گا۔ رجسٹریشن نیوٹیک کی ویب سائٹ پر کریں۔ ہیلپ لائن: 0304-0000219"""},
        ],
    },
    {
        "group": "lk5-alarabiya-emirates-5000-staff-2024",
        "source": {"url": "https://english.alarabiya.net/business/aviation-and-transport/2024/01/16/Dubai-airline-Emirates-to-hire-5-000-staff-all-you-need-to-know-to-apply",
                   "title": "Dubai airline Emirates to hire 5,000 staff: All you need to know to apply",
                   "publisher": "Al Arabiya English", "date": "2024-01-16"},
        "facts": ["Emirates announced it would recruit 5,000 staff in 2024, focusing on recent graduates and hospitality workers with a year's experience",
                  "open days were planned in 460 cities; in 2023 the airline hired 8,000 cabin crew through recruitment days in 353 cities",
                  "cabin crew pay is a basic salary of at least AED 4,650 a month plus hourly flying pay of AED 63.75 and a meal allowance"],
        "categories": ["named_employer", "gulf_employer", "airline", "high_pay_real", "interview_walk_in", "company_site"],
        "destination": "AE", "trade": "cabin crew", "channel": "company_site",
        "items": [
            {"language": "en", "channel": "facebook", "text": """✈️ EMIRATES IS HIRING 5,000 CABIN CREW ✈️
Fresh graduates & hospitality staff with 1 year experience welcome!
💰 Basic from AED 4,650/month + AED 63.75 per flying hour + meal allowance
🏠 Free shared accommodation in Dubai, transport to work
Open days in 460 cities this year. Check dates for your city ONLY on the official Emirates Group Careers website and apply there – applying is free."""},
            {"language": "ur-Latn", "text": """Emirates is saal 5000 cabin crew le rahi hai, fresh graduates bhi apply kar sakte hain aur jinka hotel/customer service ka 1 saal ka tajurba hai. Basic tankhwa 4650 dirham plus har flying ghante ke 63.75 dirham. Open day ki date sirf Emirates careers site pe dekhna, wahan apply free hai."""},
            {"language": "ur", "text": """ایمریٹس ایئرلائن کا پانچ ہزار افراد بھرتی کرنے کا اعلان

دبئی کی ایئرلائن نئے فارغ التحصیل نوجوانوں اور ہوٹل یا کسٹمر سروس میں ایک سال کا تجربہ رکھنے والوں کو کیبن کریو کے طور پر بھرتی کرے گی۔ بنیادی تنخواہ کم از کم چار ہزار چھ سو پچاس درہم ماہانہ کے علاوہ پرواز کے ہر گھنٹے کا الگ معاوضہ اور کھانے کا الاؤنس دیا جاتا ہے۔ دنیا کے چار سو ساٹھ شہروں میں اوپن ڈے منعقد ہوں گے۔"""},
        ],
    },
    {
        "group": "lk5-menafn-etihad-1000-cabin-crew-2024",
        "source": {"url": "https://menafn.com/1108283270/Etihad-To-Hire-1000-Cabin-Crew",
                   "title": "Etihad To Hire 1,000 Cabin Crew",
                   "publisher": "MENAFN (Khaleej Times)", "date": "2024-05-31"},  # date inferred from World Cabin Crew Day
        "facts": ["Etihad Airways announced it would recruit 1,000 cabin crew by the end of 2024 through a global campaign, after hiring over 1,000 earlier in the year",
                  "crew get a competitive salary, furnished accommodation in Abu Dhabi, medical insurance and allowances; crew come from 112 nationalities",
                  "candidates can attend an open day or apply online; shortlisted candidates get an in-person or virtual assessment and prior experience is optional"],
        "categories": ["named_employer", "gulf_employer", "airline", "interview_walk_in", "company_site", "online_interview"],
        "destination": "AE", "trade": "cabin crew", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Etihad Airways – Cabin Crew (Abu Dhabi based)
We're hiring 1,000 cabin crew before the end of the year. No previous flying experience needed – full training at our Zayed Campus.
Package: competitive salary, furnished accommodation, medical insurance, allowances.
Attend an Open Day or apply online; shortlisted candidates are invited to an in-person or VIRTUAL assessment, so you can interview from Pakistan.
Apply on the official Etihad careers portal only. Etihad never charges a fee."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Etihad ko 1000 cabin crew chahiye saal ke aakhir tak 😍 Experience zaroori nahi, training wo khud dete hain. Virtual assessment bhi hota hai, yani Pakistan se hi online interview de sakte ho. Sirf Etihad ki official careers site pe apply karna."""},
        ],
    },
]
