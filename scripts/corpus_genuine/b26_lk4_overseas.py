"""Locked test set, genuine half (lk4): lawful overseas jobs open to Pakistanis. OEC notices (Kuwait,
Korea EPS quota, OEC's own recruitment timeline), licensed Overseas Employment Promoters' procedures
and newspaper-style adverts, Japan (TITP, SSW language test, METI internships, assistant language
teachers), the Saudi Skills Verification Programme (Takamol / NAVTTC test fee), provincial schemes
(PSDF Punjab, TEVTA, Khushhal KP, Balochistan B-TEVTA), NHS trusts and a UK nurse recruiter, Saudi
hospital employment pages, Qatar Visa Centres, Qatar Airways, Expo 2020 Dubai, Kuwait health
agreement, Malaysia plantations, Romania, Germany's skilled-worker route, and embassies' own
local-hire vacancies. Each group rewrites the facts of one public source; they are hard negatives
(high pay, free visa and ticket where lawful, WhatsApp numbers, urgency, test fees by challan).
Phone numbers and addresses are in the reserved style."""

# Four items lost their closing "call 03xx-..." line before the set was scored: a Pakistani mobile under a
# foreign employer's post is kept for promoters and the state (tests/screening/offers/test_genuine_corpus.py).
GROUPS = [
    # ------------------------------------------------------------------ OEC / state recruiter
    {
        "group": "lk4-arynews-oec-kuwait-resume-2025",
        "source": {"url": "https://arynews.tv/pakistan-set-to-resumes-sending-skilled-workers-to-kuwait/",
                   "title": "Pakistan set to resume sending skilled workers to Kuwait",
                   "publisher": "ARY News (APP report)", "date": "2025-08-04"},
        "facts": ["the Overseas Employment Corporation (OEC) is to send skilled workers to Kuwait again after a long pause",
                  "openings include warehouse coordinator, warehouseman, carpenter, unskilled workers, assistant furniture installer and drivers for courier, logistics and delivery firms",
                  "candidates must meet the stated qualification and experience criteria",
                  "applicants apply online and submit the Rs 500 bank challan generated during the online application by 15 August 2025"],
        "categories": ["state_recruiter", "gulf_employer", "application_fee_official", "driver", "hard_negative_destination", "last_date"],
        "destination": "KW", "trade": "warehouse / carpenter / delivery driver", "channel": "government",
        "items": [
            {"language": "en", "text": """OEC - JOBS IN KUWAIT (after a long gap!)

The Overseas Employment Corporation, Ministry of Overseas Pakistanis & HRD, invites applications for a Kuwaiti employer:
- Warehouse Coordinator
- Warehouseman
- Carpenter
- Assistant Furniture Installer
- Unskilled Workers
- Drivers (courier / logistics / delivery)

Apply online on the OEC portal. Pay the Rs 500 bank challan generated with your online form and submit it by 15 August 2025.
Only candidates meeting the qualification and experience criteria will be considered."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhaiyo KUWAIT ka rasta phir khul gaya 🇰🇼
OEC (sarkari idara) Kuwait ke liye bharti kar raha hai: warehouse, carpenter, furniture fitting helper, labour aur courier/delivery driver.
Online apply karna hai, form ke sath Rs 500 ka bank challan banta hai wo bank me jama karwa ke 15 August tak submit karna hai.
Kisi agent ko paise na dena, sirf challan wali fees hai. Form bharne me masla ho to mujhe msg karo 0312-0000284"""},
            {"language": "ur", "channel": "facebook", "text": """کویت میں ملازمتیں — او ای سی کے ذریعے

طویل وقفے کے بعد اوورسیز ایمپلائمنٹ کارپوریشن کویت کے لیے ہنرمند کارکن بھیج رہی ہے۔
آسامیاں: ویئرہاؤس کوآرڈینیٹر، ویئرہاؤس مین، کارپینٹر، فرنیچر انسٹالر کا معاون، عام مزدور، کوریئر اور ڈیلیوری ڈرائیور۔
درخواست صرف آن لائن۔ آن لائن فارم کے ساتھ بننے والا 500 روپے کا بینک چالان جمع کروا کر 15 اگست تک جمع کرائیں۔
مقررہ تعلیم اور تجربہ رکھنے والے امیدوار ہی اہل ہوں گے۔"""},
        ],
    },
    {
        "group": "lk4-theazb-korea-eps-quota-2025",
        "source": {"url": "https://theazb.com/more-jobs-for-pakistanis-south-korea-increases-labor-quota-by-30-for-2025",
                   "title": "More Jobs for Pakistanis: South Korea Increases Labor Quota by 30% for 2025",
                   "publisher": "The AZB", "date": "2025-10-06"},
        "facts": ["South Korea raised Pakistan's Employment Permit System quota to 5,400 workers for 2025, up from 2,400 the year before",
                  "EPS workers fill shortages in manufacturing, agriculture and construction and receive E-9 visas",
                  "candidates must pass the EPS-TOPIK Korean language test and a trade skills examination",
                  "recruitment is managed by the Overseas Employment Corporation (OEC) Pakistan"],
        "categories": ["government_scheme", "state_recruiter", "korea_eps", "hard_negative_destination", "high_pay_real"],
        "destination": "KR", "trade": "EPS manufacturing / agriculture / construction worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇰🇷 BIG NEWS for Korea job seekers!! Pakistan's EPS quota for 2025 is now 5,400 workers (last year only 2,400).
Sectors: manufacturing, agriculture, construction. Visa: E-9.
Step 1: pass EPS-TOPIK (Korean language). Step 2: pass the trade skills test.
The whole process runs through OEC only - government to government. Start learning Korean NOW 💪"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Korea EPS update: is saal Pakistan ka quota 5400 ho gaya hai, pichle saal 2400 tha. Factory, kheti aur construction ke kaam, E-9 visa. Pehle EPS-TOPIK pass karo phir skill test. Sab kuch OEC ke through hota hai, koi private agent Korea ka visa nahi bechta. Korean class ke timings ke liye group admin 0333-0000519"""},
            {"language": "ur", "text": """جنوبی کوریا نے 2025 کے لیے پاکستان کا ورکر کوٹہ بڑھا کر 5400 کر دیا ہے، جو پچھلے سال 2400 تھا۔
ایمپلائمنٹ پرمٹ سسٹم کے تحت منتخب ورکرز کو ای نائن ویزا ملے گا اور وہ فیکٹریوں، زراعت اور تعمیرات میں کام کریں گے۔
اہلیت کے لیے کورین زبان کا امتحان (ای پی ایس ٹاپک) اور ہنر کا امتحان پاس کرنا لازمی ہے۔
بھرتی کا پورا عمل اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ہوتا ہے۔"""},
        ],
    },
    {
        "group": "lk4-oec-services-delivery-timeline",
        # date inferred: undated official page (crawled copy)
        "source": {"url": "https://www.oec.gov.pk/services.html", "title": "Services Delivery Timeline",
                   "publisher": "Overseas Employment Corporation (OEC), Government of Pakistan", "date": "2024"},
        "facts": ["OEC's general recruitment process takes at most 90 days",
                  "a foreign employer's demand letter and power of attorney are attested by the Pakistan Mission and approved by OEC's Managing Director, then advertised in the national press through PID within 3 days and on the OEC website",
                  "CVs are collected on an online job portal and compiled within 20 days after the closing date",
                  "the employer shortlists CVs and tests or interviews candidates by Skype or through a delegation visiting Pakistan within 15-30 days, then sends the final selection list to OEC"],
        "categories": ["state_recruiter", "selected_candidates", "hard_negative_trade"],
        "destination": None, "trade": "various overseas trades", "channel": "government",
        "items": [
            {"language": "en", "text": """How an OEC job works (so you know what to expect):
1. Foreign employer sends a demand letter + power of attorney, attested by our Embassy there.
2. OEC advertises it in national newspapers and on its website within 3 days.
3. You apply on the online portal. CVs are compiled within 20 days after the last date.
4. The employer shortlists and takes test/interview - on Skype or by sending a team to Pakistan (15-30 days).
5. Final selection list comes to OEC, then visa, protector and departure.
Whole process: maximum 90 days. Be patient, and apply only through the official portal."""},
            {"language": "ur", "channel": "facebook", "text": """او ای سی کے ذریعے بیرون ملک ملازمت کا طریقہ کار:
غیر ملکی آجر کی ڈیمانڈ اور مختار نامہ پاکستانی سفارت خانے سے تصدیق کے بعد منیجنگ ڈائریکٹر کی منظوری سے تین دن کے اندر قومی اخبارات اور ویب سائٹ پر شائع کیا جاتا ہے۔
امیدوار آن لائن پورٹل پر سی وی جمع کراتے ہیں، آخری تاریخ کے بعد بیس دن میں سی ویز مرتب ہوتی ہیں۔
آجر شارٹ لسٹ کر کے اسکائپ یا وفد کے ذریعے ٹیسٹ انٹرویو لیتا ہے اور حتمی منتخب امیدواروں کی فہرست او ای سی کو بھیجتا ہے۔
پورا عمل زیادہ سے زیادہ نوے دن۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Jin doston ne OEC pe apply kiya hai aur pooch rahe hain "call kab aayegi": OEC ka apna timeline 90 din tak ka hai. Last date ke 20 din baad CVs company ko jati hain, phir company khud shortlist karti hai aur skype ya Pakistan aa kar interview leti hai. Final list aane ke baad hi visa ka kaam hota hai. Sabar karo, kisi ko "jaldi selection" ke paise mat do."""},
        ],
    },
    {
        "group": "lk4-app-borderlink-alt-teachers-japan-2024",
        # date inferred: "Mar 30", Saturday welcome event; 30 March 2024 was a Saturday
        "source": {"url": "https://www.app.com.pk/diplomatic-corner/japan-hires-32-language-teachers-from-pakistan/",
                   "title": "Japan hires 32 language teachers from Pakistan",
                   "publisher": "Associated Press of Pakistan (APP)", "date": "2024-03-30"},
        "facts": ["Borderlink, a Japanese human resource company, hired 32 Assistant Language Teachers from Pakistan",
                  "the hiring was done in collaboration with the Embassy of Pakistan Tokyo and the Overseas Employment Corporation",
                  "the embassy held a welcome event for the teachers on a Saturday",
                  "the ambassador urged the teachers to perform well so that more doors open for Pakistanis"],
        "categories": ["teacher", "named_employer", "state_recruiter", "hard_negative_destination", "selected_candidates"],
        "destination": "JP", "trade": "assistant language teacher (English)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Proud moment 🇵🇰🇯🇵 32 Pakistani teachers have joined Borderlink in Japan as Assistant Language Teachers, selected through OEC with the support of our Embassy in Tokyo. The Embassy hosted a welcome event for them this Saturday. More ALT batches are expected - keep your English teaching experience and documents ready and watch OEC's official adverts only."""},
            {"language": "ur", "text": """جاپان میں 32 پاکستانی اساتذہ کی تقرری
جاپانی کمپنی بارڈر لنک نے اوورسیز ایمپلائمنٹ کارپوریشن اور ٹوکیو میں پاکستانی سفارت خانے کے تعاون سے پاکستان سے 32 اسسٹنٹ لینگویج ٹیچرز بھرتی کیے ہیں۔
سفارت خانے نے ان کے لیے استقبالیہ تقریب منعقد کی جس میں سفیر نے انہیں مثالی کارکردگی دکھانے کی تلقین کی تاکہ مزید پاکستانیوں کے لیے راستے کھلیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Assalam o alaikum teachers group! Japan me English ALT (assistant language teacher) ki job real hai, Borderlink company ne OEC ke zariye 32 Pakistani teachers rakhe hain aur Tokyo embassy ne unka welcome bhi kiya. Aglay batch ka ad aaye to sirf OEC ki site se apply karna. Details ke liye 0345-0000662 pe msg karen (sirf WhatsApp)"""},
        ],
    },
    {
        "group": "lk4-app-urdu-beoe-japan-ssw-moc-2020",
        # date inferred: APP Urdu item dated "4 February", after the 23 Dec 2019 MoC
        "source": {"url": "https://urdu.app.com.pk/urdu/%d9%be%d8%a7%da%a9%d8%b3%d8%aa%d8%a7%d9%86-%d8%a7%d9%88%d8%b1-%d8%ac%d8%a7%d9%be%d8%a7%d9%86-%da%a9%db%92-%d8%af%d8%b1%d9%85%db%8c%d8%a7%d9%86-%d9%85%d8%ae%d8%b5%d9%88%d8%b5-%db%81%d9%86%d8%b1%d9%85/",
                   "title": "پاکستان اور جاپان کے درمیان مخصوص ہنرمند کارکنوں کے حوالے سے تعاون کی یادداشت پر دستخط",
                   "publisher": "APP Urdu (Associated Press of Pakistan)", "date": "2020-02-04"},
        "facts": ["the Bureau of Emigration and Overseas Employment said Pakistan and Japan signed a Memorandum of Cooperation on Specified Skilled Workers in 14 sectors",
                  "applicants must pass a skills test in their sector and a basic Japanese language test",
                  "Pakistan is one of 11 countries from which Japan seeks about 340,000 skilled workers over five years, with no quota for any country",
                  "the Bureau asked job seekers not to pay anyone before verifying the opportunity on the Bureau's website"],
        "categories": ["government_scheme", "japan_ssw", "hard_negative_destination"],
        "destination": "JP", "trade": "specified skilled worker", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """جاپان میں ہنرمند پاکستانیوں کے لیے روزگار — بیورو آف امیگریشن کی وضاحت
پاکستان اور جاپان کے درمیان مخصوص ہنرمند کارکنوں سے متعلق تعاون کی یادداشت پر دستخط ہو گئے ہیں جس کے تحت چودہ شعبوں میں ملازمت مل سکے گی۔
امیدوار کو اپنے شعبے کا ہنر کا امتحان اور جاپانی زبان کا بنیادی امتحان پاس کرنا ہوگا۔
جاپان اگلے پانچ سال میں گیارہ ممالک سے تقریباً تین لاکھ چالیس ہزار کارکن لے گا، کسی ملک کا کوٹہ مقرر نہیں۔
بیورو کی ویب سائٹ سے تصدیق کیے بغیر کسی کو کوئی رقم ادا نہ کریں۔
جاپانی زبان کی کلاسز کی معلومات: 0300-0000812"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """JAPAN JOBS - 14 shobon me Pakistani hunarmand ja sakte hain (SSW visa). Shart: apne kaam ka skill test + Japanese basic language test pass karna. Japan 5 saal me 11 mulkon se 3 lakh 40 hazar worker lega, kisi mulk ka fixed quota nahi. Bureau of Emigration ne kaha hai pehle unki website se confirm karo phir kisi ko paisa do."""},
            {"language": "en", "text": """JOBS IN JAPAN - SPECIFIED SKILLED WORKERS
Pakistan and Japan have signed a Memorandum of Cooperation covering 14 sectors. To qualify you must pass the skills test for your sector and a basic Japanese language test. Japan plans to take around 340,000 workers from 11 countries over five years; there is no country quota.
Advice from the Bureau of Emigration & Overseas Employment: verify any offer on the Bureau's website before paying anyone."""},
        ],
    },
    # ------------------------------------------------------------------ licensed promoters (OEPs)
    {
        "group": "lk4-beoe-roles-functions-oeps",
        # date inferred: undated official page (crawled copy)
        "source": {"url": "https://beoe.gov.pk/roles-and-functions-of-oeps",
                   "title": "Roles and Functions of Overseas Employment Promoters (OEPs)",
                   "publisher": "Bureau of Emigration & Overseas Employment, Government of Pakistan", "date": "2024"},
        "facts": ["anyone who wants to recruit people to emigrate must hold an Overseas Employment Promoter licence from the Federal Government, paying security and fee",
                  "OEPs bring manpower demands from foreign employers and report them to the Protectorate of Emigrants for permission to recruit",
                  "after permission is granted, the demand is published in a leading newspaper; the employer, its representative or the OEP then completes recruitment",
                  "selected workers are registered with the Protector of Emigrants and briefed on their Foreign Service Agreement"],
        "categories": ["licensed_oep", "gulf_employer", "hard_negative_trade", "selected_candidates"],
        "destination": "SA", "trade": "construction trades", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """REQUIRED FOR A LEADING CONSTRUCTION COMPANY IN KSA
Shuttering Carpenters 40 - Steel Fixers 35 - Masons 25 - Electricians 15 - HTV Drivers 10
Salary as per demand + food, accommodation and transport by company. Duty 8 hrs + overtime.
Trade test and interview by the employer's representative in Rawalpindi.
Permission No. PE-RWP/2231 from Protector of Emigrants.
Crescent Horizon Overseas Employment Promoters, OEP Licence No. 3174/RWP
Office 12, Second Floor, Saddar, Rawalpindi | 0300-0000731 | cv@crescenthorizon.example.com
Bring original passport, CNIC, trade certificates. Selected workers will be registered with the Protector and briefed on their Foreign Service Agreement. Fees as per Government rules, official receipt issued."""},
            {"language": "ur", "text": """سعودی عرب کی معروف تعمیراتی کمپنی کے لیے فوری ضرورت
شٹرنگ کارپینٹر، اسٹیل فکسر، میسن، الیکٹریشن، ہیوی ڈرائیور
تنخواہ ڈیمانڈ کے مطابق، رہائش، کھانا اور ٹرانسپورٹ کمپنی کے ذمے۔
ٹریڈ ٹیسٹ اور انٹرویو کمپنی کا نمائندہ خود لے گا۔
پروٹیکٹر آف ایمیگرنٹس کی اجازت سے شائع شدہ اشتہار۔ لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر۔
منتخب امیدواروں کی پروٹیکٹر آفس میں رجسٹریشن اور معاہدے کی بریفنگ کرائی جائے گی۔ رابطہ: 0300-0000731"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi construction company ka ad aaj Jang me aaya hai, carpenter, steel fixer, mistri, electrician aur heavy driver chahiye. Agent licensed hai, licence number aur Protector ki permission number ad me likhi hai, BEOE ki list pe check kar lo. Test company ka banda khud lega Pindi me. Jis ko jana hai original passport aur CNIC le ke jaye."""},
        ],
    },
    {
        "group": "lk4-mir-group-oep-faq",
        # date inferred: undated promoter FAQ page
        "source": {"url": "http://m-i-rgroup.com/index.php/faq/", "title": "Frequently Asked Questions",
                   "publisher": "M.I.R Group (overseas employment promoter) website", "date": "2020"},
        "facts": ["foreign jobs are found either through licensed Overseas Employment Promoters, who advertise in leading newspapers, or through direct employment",
                  "under the Emigration Ordinance 1979 every Pakistani going abroad on a work visa must get 'protected': the Foreign Service Agreement is countersigned by the Protectorate of Emigrants",
                  "an OEP's genuineness can be checked at the Protector of Emigrants office and against the valid OEP licence list",
                  "precautions: valid licence, valid demand, read the terms, counter-verify them at the PE office, and insist on a receipt for any payment"],
        "categories": ["licensed_oep", "application_fee_official", "hard_negative_trade"],
        "destination": None, "trade": "various overseas trades", "channel": "facebook",
        "items": [
            {"language": "en", "text": """FAQ from a licensed OEP - read before you pay anyone 👇
✔ Foreign jobs come through licensed OEPs (adverts in leading newspapers) or direct employment.
✔ Every worker going on a work visa must be "protected": your Foreign Service Agreement is countersigned by the Protector of Emigrants.
✔ Check our licence at the PE office or on the valid OEP list.
✔ Ask for the demand, read the terms, verify them at the PE office.
✔ Pay only against a receipt. No receipt = don't pay.
Office hours 10-5, WhatsApp 0321-0000148"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai jo bhi agent Saudi/Dubai ka visa de raha hai us se 4 cheezen mango: OEP licence, demand letter, likhi hui terms aur har payment ki raseed. Phir Protector office ja ke terms verify karo. Protector ki mohar (FSA) ke baghair jana hi nahi. Main ne isi tarah apni agency check ki thi, sab theek nikla."""},
            {"language": "ur", "text": """بیرون ملک ملازمت کے خواہشمند افراد کے لیے ہدایات
بیرون ملک نوکری لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر کے اخباری اشتہار یا براہ راست ملازمت سے ملتی ہے۔
ورک ویزا پر جانے والے ہر شخص کے لیے پروٹیکٹر آف ایمیگرنٹس سے پروٹیکشن لازمی ہے۔
پروموٹر کا لائسنس اور ڈیمانڈ درست ہونی چاہیے، شرائط پڑھیں اور پروٹیکٹر آفس سے تصدیق کریں۔
کسی بھی ادائیگی کی رسید ضرور لیں۔"""},
        ],
    },
    {
        "group": "lk4-machhiana-oep-recruitment-procedure",
        # date inferred: undated promoter page
        "source": {"url": "https://machhiana.com/terms-conditions", "title": "Terms & Conditions",
                   "publisher": "Machhiana (overseas employment promoter) website", "date": "2022"},
        "facts": ["on receiving a power of attorney and demand letter from the foreign principal, the promoter obtains permission from the Protector of Emigrants and then advertises in leading daily newspapers",
                  "candidates are tested and interviewed by the promoter's technical staff and their testimonials verified",
                  "after preliminary selection, candidates are produced before the employer's representatives for final selection, followed by medical examinations",
                  "the promoter completes Protectorate formalities, books flights, and runs an orientation programme on living and working abroad"],
        "categories": ["licensed_oep", "gulf_employer", "hard_negative_trade", "selected_candidates"],
        "destination": "AE", "trade": "hotel and facility staff", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """URGENTLY REQUIRED FOR UAE - HOTEL & FACILITY MANAGEMENT GROUP
Room Attendants / Waiters / Commis Cooks / AC Technicians / Cleaners
Free visa, free air ticket, free accommodation & transport as per contract.
Preliminary trade test by our technical staff: 14-15 March, 9am, our office.
Final interview by the employer's representatives: 18 March, Pearl Hall, Lahore.
Medical after final selection. Orientation session before departure.
Demand permitted by the Protector of Emigrants, Lahore.
Five Rivers Overseas Employment Promoters (Licence No. 2968/LHR) - 0322-0000906"""},
            {"language": "ur", "text": """متحدہ عرب امارات کے ہوٹل گروپ کے لیے فوری ضرورت
روم اٹینڈنٹ، ویٹر، کک، اے سی ٹیکنیشن، صفائی کا عملہ
ویزا، ٹکٹ، رہائش اور ٹرانسپورٹ معاہدے کے مطابق کمپنی کی طرف سے مفت۔
ابتدائی ٹیسٹ ہمارا ٹیکنیکل عملہ لے گا، حتمی انتخاب کمپنی کے نمائندے کریں گے۔
حتمی انتخاب کے بعد میڈیکل اور روانگی سے پہلے اورینٹیشن۔
پروٹیکٹر آف ایمیگرنٹس لاہور کی اجازت سے۔ لائسنس یافتہ پروموٹر۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Dubai hotel jobs: waiter, room boy, cook, AC technician, safai wala. Pehle agency ka apna test hoga phir company ke log khud interview lenge Lahore me. Final hone ke baad medical, phir Protector aur orientation class. Visa ticket company ka. Ad me licence aur permission number dono hain, verify kar ke jana."""},
        ],
    },
    # ------------------------------------------------------------------ Japan
    {
        "group": "lk4-newswire-titp-oec-osaka-cooperative-2024",
        "source": {"url": "https://newswire.com.pk/2024/02/22/pak-japan-3",
                   "title": "Pakistan, Japan sign Technical Intern Training Programme",
                   "publisher": "Newswire", "date": "2024-02-22"},
        "facts": ["a Technical Intern Training Programme (TITP) agreement was signed in Tokyo between the Overseas Employment Corporation and Popular Human Resource Cooperative, Osaka",
                  "the programme aims to help Pakistani workers learn Japanese skills while at work",
                  "Popular Human Resource Cooperative belongs to the social welfare corporation Ikeda Satsuki-kai, which owns more than 20 nursing care facilities, mainly in Osaka",
                  "Pakistan's ambassador in Tokyo met the corporation's chairman and the cooperative's representative director"],
        "categories": ["government_scheme", "state_recruiter", "japan_titp", "nursing", "hard_negative_destination"],
        "destination": "JP", "trade": "nursing care technical intern", "channel": "facebook",
        "items": [
            {"language": "en", "text": """JAPAN - CAREGIVER TECHNICAL INTERNS 🇯🇵
OEC has signed a Technical Intern Training Programme agreement with Popular Human Resource Cooperative, Osaka - part of Ikeda Satsuki-kai, which runs 20+ nursing care homes around Osaka.
Interns learn Japanese care skills while working. Selection will be announced by OEC - follow the official page, don't pay "file charges" to anyone."""},
            {"language": "ur", "text": """جاپان میں نرسنگ کیئر کے شعبے میں تربیت کے ساتھ روزگار
اوورسیز ایمپلائمنٹ کارپوریشن اور اوساکا کی پاپولر ہیومن ریسورس کوآپریٹو کے درمیان ٹیکنیکل انٹرن ٹریننگ پروگرام کا معاہدہ ٹوکیو میں طے پا گیا۔
یہ ادارہ اکیدا ساتسوکی کائی گروپ کا حصہ ہے جو اوساکا میں بیس سے زائد نرسنگ کیئر مراکز چلاتا ہے۔
پروگرام کے تحت پاکستانی کارکن کام کے دوران جاپانی مہارتیں سیکھیں گے۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Japan caregiver intern wala program confirm hai, OEC aur Osaka ki ek cooperative (Ikeda Satsuki-kai group, 20 se zyada old age care homes) ke darmiyan sign hua hai. Kaam ke sath Japanese skills seekhni hain. Jab OEC ad de ga main group me daal dunga, Japanese N5 abhi se start kar do. Koi sawal ho to 0304-0000358"""},
        ],
    },
    {
        "group": "lk4-inp-wealthpk-nutech-titp-2022",
        "source": {"url": "https://inp.net.pk/article-detail/inp-wealthpk/pakistani-youth-to-get-technical-training-in-japan",
                   "title": "Pakistani Youth to Get Technical Training in Japan",
                   "publisher": "INP-WealthPK", "date": "2022-05-20"},
        "facts": ["the Ministry of Federal Education and Professional Training is working with Japan's Technical Intern Training Programme (TITP) to train educated Pakistani youth in Japanese institutes",
                  "the National University of Technology (NUTECH) was selected to pick candidates through tests and interviews",
                  "candidates who complete the training will also have employment opportunities in Japan",
                  "TITP is run by the Japan International Training Cooperation Organisation (JITCO) and covers countries including Pakistan"],
        "categories": ["government_scheme", "japan_titp", "hard_negative_destination", "selected_candidates"],
        "destination": "JP", "trade": "technical intern trainee", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Japan Technical Intern Training (TITP): NUTECH has been named by the Ministry of Federal Education & Professional Training to select Pakistani candidates through tests and interviews. Trainees learn in Japanese workplaces and may get employment in Japan after training. The programme is run by JITCO. Only NUTECH's own test and interview count - nobody can "reserve a seat" for you."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Japan TITP ke liye candidates NUTECH select karegi, test aur interview ke zariye. Ministry of Education ne NUTECH ko ye kaam diya hai. Training Japan me hogi aur baad me wahan job ka chance bhi hai. Koi agent kahe ke "seat pakki karwa dunga" to samajh lo jhoot hai, test dena parega. Test ki tayyari wale group ke liye 0331-0000648"""},
            {"language": "ur", "text": """جاپان میں پاکستانی نوجوانوں کے لیے تکنیکی تربیت
وفاقی وزارت تعلیم و پیشہ ورانہ تربیت نے جاپان کے ٹیکنیکل انٹرن ٹریننگ پروگرام کے لیے نیشنل یونیورسٹی آف ٹیکنالوجی (نیوٹیک) کو امیدواروں کے انتخاب کی ذمہ داری دی ہے۔
انتخاب ٹیسٹ اور انٹرویو کے ذریعے ہوگا۔ تربیت مکمل کرنے والوں کے لیے جاپان میں روزگار کے مواقع بھی ہوں گے۔"""},
        ],
    },
    {
        "group": "lk4-propakistani-meti-japan-internship-2023",
        "source": {"url": "https://propakistani.pk/2023/06/14/japan-announces-internship-program-for-pakistani-students/",
                   "title": "Japan Announces Internship Program for Pakistani Students",
                   "publisher": "ProPakistani", "date": "2023-06-14"},
        "facts": ["the Government of Japan, with Pakistan's PM Youth Program, launched a paid 'METI Japan Internship Program' for Pakistani students",
                  "the programme helps Japanese small and medium-sized companies hire global talent",
                  "there are commuting internships (A/A2), online internships from home (B/B2) and visiting internships (C) with accommodation near the host company"],
        "categories": ["government_scheme", "online_work", "hard_negative_destination", "high_pay_real"],
        "destination": "JP", "trade": "paid internship", "channel": "facebook",
        "items": [
            {"language": "en", "text": """PAID INTERNSHIPS WITH JAPANESE COMPANIES 🎌💴
Government of Japan (METI) + PM Youth Program.
Three options:
A/A2 - commuting internship at the company
B/B2 - ONLINE internship from home, no visa needed
C - visiting internship in Japan with accommodation near the company
For students and young graduates. Apply through the official METI programme page only."""},
            {"language": "ur-Latn", "text": """Students ke liye zabardast chance: Japan ki hukoomat (METI) aur PM Youth Program ki PAID internship. Ghar baith ke online bhi ho sakti hai (B course), ya Japan ja ke (C course) jahan company ke paas rehne ki jagah milti hai. Choti Japanese companies ko foreign talent chahiye. Group me link pin hai, koi fees nahi. Group admin: 0309-0000514"""},
            {"language": "ur", "text": """جاپان میں پاکستانی طلبہ کے لیے معاوضے والی انٹرن شپ
حکومت جاپان نے وزیراعظم یوتھ پروگرام کے تعاون سے میٹی جاپان انٹرن شپ پروگرام شروع کیا ہے۔
تین اقسام: کمپنی جا کر روزانہ کام، گھر سے آن لائن انٹرن شپ، اور جاپان جا کر انٹرن شپ جس میں کمپنی کے قریب رہائش دی جاتی ہے۔
مقصد جاپان کی چھوٹی اور درمیانی کمپنیوں کو غیر ملکی باصلاحیت افراد سے جوڑنا ہے۔"""},
        ],
    },
    {
        "group": "lk4-hamariweb-japan-foundation-jft-basic-2025",
        # title: taken from the lead / headline of the page, not a verified <title>
        # date: year only (test dates in Oct-Nov 2025 announced beforehand)
        "source": {"url": "https://hamariweb.com/news/3820233",
                   "title": "جاپان میں روزگار کے خواہشمند پاکستانیوں کے لیے خوشخبری",
                   "publisher": "Hamariweb News", "date": "2025"},
        "facts": ["the Japan Foundation introduced the Japan Foundation Test for Basic Japanese for work visa candidates, held in Islamabad",
                  "test dates are 11 October, 1 November and 8 November 2025 at S-Cons School of Accountancy, F-8 Markaz, Islamabad",
                  "at most 500 candidates can sit the test",
                  "passing it is required to join Japan's Specified Skilled Worker programme"],
        "categories": ["japan_ssw", "government_scheme", "application_fee_official", "hard_negative_destination", "last_date"],
        "destination": "JP", "trade": "specified skilled worker (language test)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """جاپان جانے کے خواہشمند متوجہ ہوں 🇯🇵
جاپان فاؤنڈیشن کا بنیادی جاپانی زبان کا ٹیسٹ اب اسلام آباد میں ہوگا۔
تاریخیں: 11 اکتوبر، یکم نومبر اور 8 نومبر 2025
مقام: ایس کانز اسکول آف اکاؤنٹنسی، ایف ایٹ مرکز اسلام آباد
صرف 500 امیدواروں کی گنجائش ہے، جلد رجسٹریشن کرائیں۔
یہ ٹیسٹ پاس کیے بغیر اسپیسیفائیڈ اسکلڈ ورکر ویزا نہیں ملتا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """JFT-Basic ab Islamabad me!! 11 Oct, 1 Nov aur 8 Nov. Jagah: S-Cons School of Accountancy F-8 Markaz. Sirf 500 seats hain. SSW visa ke liye ye test pass hona zaroori hai. Registration sirf Japan Foundation ki official site se, kisi academy ko "seat booking" ke extra paise na dena. Hamari N5 class ka schedule: 0311-0000725"""},
            {"language": "en", "text": """Planning to work in Japan under SSW? The Japan Foundation Test for Basic Japanese is now being held in Islamabad on 11 Oct, 1 Nov and 8 Nov 2025 at S-Cons School of Accountancy, F-8 Markaz. Capacity is limited to 500 candidates. Passing this test is compulsory for the Specified Skilled Worker programme."""},
        ],
    },
    # ------------------------------------------------------------------ UK
    {
        "group": "lk4-sath-nhs-overseas-recruitment-faqs",
        # date inferred: undated NHS trust careers page
        "source": {"url": "https://www.jobs.sath.nhs.uk/overseas-recruitment-faqs", "title": "Overseas Recruitment FAQs",
                   "publisher": "The Shrewsbury and Telford Hospital NHS Trust", "date": "2023"},
        "facts": ["the trust requests the Certificate of Sponsorship only after all checks are done: references covering 3 years, occupational health, overseas police check, TB certificate, ID, uniform form and the CBT/NMC decision letter",
                  "nurses are on Agenda for Change terms with a 37.5-hour working week, and can join the trust bank for extra shifts",
                  "new arrivals receive a pack with a duvet, two pillows, bedding, towels and a small food pack",
                  "the start date is expected at least two months after the checks are received"],
        "categories": ["nursing", "named_employer", "hard_negative_destination", "high_pay_real"],
        "destination": "GB", "trade": "staff nurse (NHS)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Overseas nurses - FAQs (Shrewsbury & Telford Hospital NHS Trust)
Q: When will I get my CoS? A: Only after ALL checks: 3 years of references, occupational health, overseas police check, TB certificate, ID, uniform form, and your CBT/NMC decision letter.
Q: Hours? A: Agenda for Change, 37.5 hours a week. You can join the Trust bank for extra shifts.
Q: What do I get on arrival? A: A welcome pack - duvet, 2 pillows, bedding, towels and a small food pack.
Q: Start date? A: You choose, usually at least 2 months after your checks are complete."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """UK nurses group: jin ka Shrewsbury & Telford NHS se offer aaya hai wo CoS ke liye pareshan na hon. Trust tab tak CoS nahi mangta jab tak 3 saal ke references, OH, police certificate, TB certificate aur CBT/NMC letter na aa jaye. Week 37.5 ghante, extra shifts bank se. Pohanchne pe bistar, takiye, towel aur thora khana bhi dete hain. Koi agent CoS ke paise mange to mat dena. Mujhe msg karo +44 7700 555 184"""},
            {"language": "ur", "text": """برطانیہ کے این ایچ ایس ہسپتال میں بیرون ملک نرسوں کے لیے معلومات
اسپانسرشپ سرٹیفکیٹ تمام جانچ مکمل ہونے کے بعد جاری ہوتا ہے: تین سال کے حوالہ جات، طبی معائنہ، پولیس سرٹیفکیٹ، ٹی بی سرٹیفکیٹ اور نرسنگ کونسل کا فیصلہ۔
ہفتہ وار ساڑھے سینتیس گھنٹے کام، اضافی شفٹیں بھی لی جا سکتی ہیں۔
آمد پر بستر، تکیے، تولیے اور کھانے کا مختصر سامان دیا جاتا ہے۔"""},
        ],
    },
    {
        "group": "lk4-cuh-nhs-overseas-recruitment",
        # date inferred: undated NHS trust careers page
        "source": {"url": "https://careers.cuh.nhs.uk/working-with-us/overseas-recruitment", "title": "Overseas recruitment",
                   "publisher": "Cambridge University Hospitals NHS Foundation Trust", "date": "2023"},
        "facts": ["Cambridge University Hospitals (CUH) has welcomed over 900 nurses from overseas in the past ten years",
                  "a dedicated team greets nurses on arrival and supports them through NMC registration",
                  "the trust offers financial support for the first month's rent and onsite accommodation for up to three months",
                  "new arrivals get a welcome pack with bedding, crockery and cutlery; CUH holds the NHS Pastoral Care Quality Award"],
        "categories": ["nursing", "named_employer", "free_visa_lawful", "hard_negative_destination"],
        "destination": "GB", "trade": "staff nurse (NHS)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Nurses, come to Cambridge! 🏥
Cambridge University Hospitals has welcomed 900+ overseas nurses in the last ten years.
✔ Dedicated international team - we meet you on arrival
✔ Support through your NMC registration
✔ First month's rent support + onsite accommodation for up to 3 months
✔ Welcome pack: bedding, crockery, cutlery
Proud holders of the NHS Pastoral Care Quality Award. Apply directly on the CUH careers site."""},
            {"language": "ur", "text": """کیمبرج یونیورسٹی ہسپتال، برطانیہ میں نرسوں کے لیے مواقع
گزشتہ دس سال میں نو سو سے زائد بیرون ملک نرسیں یہاں آ چکی ہیں۔
آمد پر خصوصی ٹیم استقبال کرتی ہے اور نرسنگ رجسٹریشن میں مدد دیتی ہے۔
پہلے مہینے کے کرائے میں مالی مدد اور تین ماہ تک ہسپتال میں رہائش۔
خوش آمدید پیکٹ میں بستر اور برتن شامل ہیں۔ درخواست براہ راست ہسپتال کی ویب سائٹ پر۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Meri cousin CUH Cambridge me nurse lagi hai, bilkul direct apply kiya tha hospital ki site pe. Pehle mahine ka kiraya hospital ne diya aur 3 mahine hospital ki accommodation me rahi, bistar bartan sab mila. NMC registration me bhi unki team ne help ki. Koi agent "NHS visa 15 lakh" bole to bhaag jao, asal me hospital khud bulata hai. Cousin se baat karni ho to +44 7700 555 302"""},
        ],
    },
    {
        "group": "lk4-talent-bridge-uk-overseas-nurses",
        # date inferred: undated recruiter Q&A page
        "source": {"url": "https://www.talent-bridge.co.uk/about-4",
                   "title": "Q & A - Recruitment process and key information for overseas nurses",
                   "publisher": "Talent Bridge UK (nurse recruiter)", "date": "2021"},
        "facts": ["the recruiter advertises recruitment events on Facebook and invites eligible nurses to a Skype interview once they have passed the English test",
                  "successful candidates receive an offer letter detailing the trust and package within 10 days",
                  "nurses need UKVI or Academic IELTS 7 in each section (6.5 writing) or OET B in each section (C+ writing), then NMC registration and the CBT",
                  "nurses arrive as Band 4, complete OSCE training and the OSCE exam, then become Band 5 registered nurses and can bring their families"],
        "categories": ["nursing", "whatsapp_contact", "hard_negative_destination", "high_pay_real"],
        "destination": "GB", "trade": "staff nurse (NHS trusts)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """📢 UK NHS NURSES - ONLINE INTERVIEWS THIS MONTH
Passed IELTS (7 each, 6.5 writing) or OET (B each, C+ writing)? Book your Skype interview with us!
✅ Offer letter with your trust and full package within 10 days
✅ NMC registration + CBT guidance
✅ Arrive as Band 4, we support your OSCE, then Band 5 RN
✅ After Band 5 you can bring your family
WhatsApp: +44 7700 555 421"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """UK nursing ka process seedha sa hai: pehle IELTS 7 ya OET B, phir Skype interview, 10 din me offer letter aata hai jis me trust ka naam aur package likha hota hai. Phir NMC aur CBT. UK pohanch ke Band 4 pe kaam, OSCE pass kar ke Band 5 nurse ban jate ho aur family bula sakte ho. English test pass kiye baghair koi bhi UK nursing visa nahi de sakta."""},
            {"language": "ur", "text": """برطانیہ میں نرسنگ کی ملازمت کا طریقہ
انگریزی کا امتحان (آئیلٹس میں ہر حصے میں سات یا او ای ٹی میں بی) پاس کرنے کے بعد آن لائن انٹرویو ہوتا ہے۔
کامیاب امیدوار کو دس دن میں پیشکش کا خط ملتا ہے جس میں ہسپتال اور تنخواہ کی تفصیل ہوتی ہے۔
برطانیہ پہنچ کر بینڈ فور پر کام، پھر عملی امتحان پاس کر کے بینڈ فائیو نرس اور اہل خانہ کو بلانے کی اجازت۔"""},
        ],
    },
    # ------------------------------------------------------------------ Europe
    {
        "group": "lk4-thepakistanconnect-beoe-germany-skilled-route",
        # title: taken from the lead / headline of the page, not a verified <title>
        # date inferred: undated article about a BEOE advisory
        "source": {"url": "https://thepakistanconnect.com/germany-migration-pakistan/",
                   "title": "BEOE points to legal route for skilled Pakistanis to work in Germany",
                   "publisher": "The Pakistan Connect", "date": "2025"},
        "facts": ["the Bureau of Emigration and Overseas Employment said skilled Pakistanis have a legal route to jobs and residence in Germany",
                  "applicants need a recognised technical, vocational or professional qualification and a valid job offer from a German employer, matching that qualification, before applying for a residence permit",
                  "the route is not open to unskilled or assistant positions; doctors, nurses and other regulated professions need recognition or a licence from German authorities",
                  "it is not a new visa scheme; the Bureau advised using official channels and avoiding intermediaries offering fake jobs and visas"],
        "categories": ["government_scheme", "hard_negative_destination", "high_pay_real"],
        "destination": "DE", "trade": "skilled worker (qualified professional)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """GERMANY WORK PERMIT - THE LEGAL WAY (BEOE advisory)
✔ A recognised technical / vocational / professional qualification (checked for German equivalence)
✔ A real job offer from a German employer, matching your qualification - BEFORE you apply for the residence permit
✖ Not for unskilled or helper jobs
✔ Doctors & nurses: get German recognition / licence first
This is not a new scheme. Use official channels; avoid middlemen selling "Germany work visas"."""},
            {"language": "ur-Latn", "text": """Germany jane ka asal tareeqa Bureau of Emigration ne bata diya: degree/diploma Germany me recognise hona chahiye, aur kisi German company ka job offer pehle chahiye jo aapki degree se milta ho. Helper/labour ke liye ye rasta nahi. Doctor nurse ko German licence/recognition leni parti hai. Jo banda 10-12 lakh me "Germany work visa" bech raha hai wo ye sab nahi karwata. Degree recognition ke documents ka poochna ho to WhatsApp karo 0346-0000275"""},
            {"language": "ur", "text": """جرمنی میں ہنرمند پاکستانیوں کے لیے قانونی راستہ
بیورو آف امیگریشن کے مطابق تسلیم شدہ فنی یا پیشہ ورانہ قابلیت اور کسی جرمن آجر کی باقاعدہ ملازمت کی پیشکش ضروری ہے، جو امیدوار کی قابلیت سے مطابقت رکھتی ہو۔
غیر ہنرمند اور معاون آسامیوں کے لیے یہ راستہ نہیں۔ ڈاکٹروں اور نرسوں کو جرمن حکام سے منظوری لینا ہوگی۔
یہ کوئی نئی اسکیم نہیں، صرف سرکاری ذرائع استعمال کریں اور جعلی ویزا بیچنے والوں سے بچیں۔"""},
        ],
    },
    {
        "group": "lk4-samaa-romania-pakistani-workers-2019",
        "source": {"url": "https://www.samaa.tv/news/2019/04/romania-wants-to-recruit-pakistani-drivers-doctors-engineers-construction-workers/",
                   "title": "Romania wants to recruit Pakistani drivers, doctors, engineers, construction workers",
                   "publisher": "Samaa TV", "date": "2019-04-17"},
        "facts": ["Romania's ambassador told the PM's Special Assistant on Overseas Pakistanis that Romania could recruit up to one million skilled and unskilled workers from around the globe",
                  "he said Romania needs thousands of drivers, doctors, engineers, construction workers and IT specialists",
                  "the two officials agreed to work out a mechanism for safe and secure migration of Pakistani workers to Romania"],
        "categories": ["government_scheme", "driver", "hard_negative_destination"],
        "destination": "RO", "trade": "driver / construction worker", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """ROMANIA ko Pakistani drivers chahiye 🚛🇷🇴 Romania ke safeer ne Zulfi Bukhari sahab ko bataya ke unhe hazaron drivers, doctors, engineers, construction workers aur IT wale chahiye, poori dunya se 10 lakh tak workers le sakte hain. Dono hukoomaton ne safe aur qanooni migration ka tareeqa banane pe ittefaq kiya hai. Jab official tareeqa aaye ga tab apply hoga, abhi kisi ko advance mat dena. Updates ke liye 0313-0000881"""},
            {"language": "en", "text": """Romania is looking for workers - and Pakistan is in talks. Romania's ambassador said his country may need up to a million workers worldwide, including thousands of drivers, doctors, engineers, construction workers and IT specialists. Islamabad and Bucharest agreed to set up a mechanism for safe and secure migration. Wait for the official channel before applying anywhere."""},
            {"language": "ur", "text": """رومانیہ کو پاکستانی ڈرائیوروں، ڈاکٹروں اور انجینئروں کی ضرورت
رومانیہ کے سفیر نے وزیراعظم کے معاون خصوصی برائے سمندر پار پاکستانی سے ملاقات میں کہا کہ ان کے ملک کو دنیا بھر سے دس لاکھ تک کارکن درکار ہو سکتے ہیں جن میں ہزاروں ڈرائیور، ڈاکٹر، انجینئر، تعمیراتی کارکن اور آئی ٹی ماہرین شامل ہیں۔
دونوں جانب سے محفوظ اور قانونی نقل مکانی کا طریقہ کار وضع کرنے پر اتفاق ہوا۔"""},
        ],
    },
    # ------------------------------------------------------------------ Saudi skills verification (Takamol / NAVTTC)
    {
        "group": "lk4-dailypakistan-saudi-svp-launch-2022",
        "source": {"url": "https://en.dailypakistan.com.pk/19-Sep-2022/in-a-first-saudi-arabia-unveils-skilled-worker-s-scheme-in-pakistan",
                   "title": "In a first, Saudi Arabia unveils scheme for skilled workers in Pakistan",
                   "publisher": "Daily Pakistan", "date": "2022-09-19"},
        "facts": ["Saudi Arabia launched its skill verification programme in Pakistan, the first country to benefit from it",
                  "the first phase covers five occupations: electrician, plumbing, welding, refrigeration/air conditioning and auto electrician",
                  "a dozen examination centres in eight cities hold written and practical tests",
                  "skilled workers must pass the test before applying for a Saudi work visa"],
        "categories": ["government_scheme", "gulf_employer", "application_fee_official", "hard_negative_trade"],
        "destination": "SA", "trade": "electrician / plumber / welder / AC technician", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Saudi jane wale electrician, plumber, welder, AC fridge wale aur auto electrician dhyan den!! Ab Saudi work visa se pehle skill test pass karna lazmi hai. Pakistan ke 8 shehron me 12 test center bane hain, written aur practical dono hote hain. Bina certificate ke visa nahi lagega. Hamare center pe registration aur practice ke liye 0301-0000593"""},
            {"language": "ur", "channel": "facebook", "text": """سعودی عرب جانے والے ہنرمندوں کے لیے اہم اطلاع
سعودی عرب نے پاکستان میں ہنر کی تصدیق کا پروگرام شروع کر دیا ہے۔
پہلے مرحلے میں پانچ پیشے: الیکٹریشن، پلمبر، ویلڈر، ریفریجریشن و ایئر کنڈیشننگ اور آٹو الیکٹریشن۔
آٹھ شہروں میں بارہ امتحانی مراکز میں تحریری اور عملی امتحان ہوگا۔
امتحان پاس کیے بغیر سعودی ورک ویزا کی درخواست نہیں دی جا سکے گی۔"""},
            {"language": "en", "channel": "newspaper", "text": """Saudi work visa? Pass the skill test first. Under the new Skill Verification Programme, electricians, plumbers, welders, refrigeration/AC technicians and auto electricians must clear a written and practical test at one of 12 centres in eight Pakistani cities before applying for a Saudi work visa. Pakistan is the first country where the programme has started."""},
        ],
    },
    {
        "group": "lk4-brecorder-takamol-svp-fee-2023",
        # date inferred: cabinet decision reported after the 2 October 2023 summary
        "source": {"url": "https://www.brecorder.com/news/40268273/workforce-skill-verification-govt-approves-hike-in-fee-of-saudi-takamol",
                   "title": "Workforce skill verification: govt approves hike in fee of Saudi Takamol",
                   "publisher": "Business Recorder", "date": "2023-10"},
        "facts": ["the federal cabinet approved raising Takamol's share of the skills verification fee from $25 to $33",
                  "since 1 July 2021 Saudi Arabia requires skills verification by Takamol for skilled workers entering the Kingdom; Pakistan signed the agreement on 5 December 2021",
                  "the fee was set at $50: $25 for Takamol and $25 for the NAVTTC assessment",
                  "NAVTTC was allowed to charge candidates Rs 4,000 for its share"],
        "categories": ["government_scheme", "application_fee_official", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "skilled trades (SVP test)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """SAUDI SKILL TEST (SVP) - WHAT IS THE REAL FEE?
The Takamol-NAVTTC Skills Verification test is compulsory for skilled workers going to KSA (since July 2021). The fee was fixed at USD 50 - half for Takamol, half for the NAVTTC assessment (NAVTTC collects Rs 4,000). The cabinet has now approved Takamol's share going from $25 to $33.
Pay only the official fee through the official portal. Any "setting" charges are not part of it."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """SVP test ki fees pe bohat sawal aa rahe hain. Asal fees 50 dollar thi, 25 Takamol ke aur 25 NAVTTC ke (NAVTTC wale 4000 rupay lete hain). Ab cabinet ne Takamol ka hissa 25 se 33 dollar kar diya hai. Is ke ilawa koi agent "pass karwane" ke paise mange to report karo. Center ki timings ke liye 0314-0000470"""},
            {"language": "ur", "text": """سعودی عرب کے لیے ہنر کی تصدیق کے امتحان کی فیس
وفاقی کابینہ نے تکامل کا حصہ پچیس ڈالر سے بڑھا کر تینتیس ڈالر کرنے کی منظوری دے دی ہے۔
جولائی 2021 سے سعودی عرب جانے والے ہنرمند کارکنوں کے لیے یہ امتحان لازمی ہے۔
پہلے فیس پچاس ڈالر مقرر تھی، جس میں سے نصف تکامل اور نصف نیوٹیک کا تھا، نیوٹیک امیدواروں سے چار ہزار روپے وصول کرتا ہے۔"""},
        ],
    },
    {
        "group": "lk4-urdupoint-navttc-takamol-pilot-2022",
        # title: taken from the lead / headline of the page, not a verified <title>
        "source": {"url": "https://www.urdupoint.com/en/education/navttc-takamol-to-conduct-trade-testing-of-1-1470611.html",
                   "title": "NAVTTC, Takamol to conduct trade testing of 1,000 candidates",
                   "publisher": "UrduPoint / APP", "date": "2022-02-15"},
        "facts": ["the Skills Verification Program of Takamol Saudi Arabia and NAVTTC was inaugurated at the Ministry of Federal Education and Professional Training",
                  "in the pilot phase, trade testing is held at 12 assessment centres for 1,000 candidates wishing to work in Saudi Arabia",
                  "successful candidates receive a joint Takamol-NAVTTC certificate through Recognition of Prior Learning assessment",
                  "the certification is a prerequisite for skill visas"],
        "categories": ["government_scheme", "application_fee_official", "gulf_employer", "selected_candidates"],
        "destination": "SA", "trade": "skilled trades (SVP test)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """NAVTTC x TAKAMOL - PILOT TRADE TESTING FOR SAUDI ARABIA
1,000 candidates, 12 assessment centres. Pass and you receive a joint Takamol-NAVTTC certificate (RPL assessment), now a prerequisite for Saudi skill visas. Register early, seats in the pilot phase are limited."""},
            {"language": "ur", "channel": "facebook", "text": """سعودی عرب میں ملازمت کے خواہشمند ہنرمندوں کے لیے پائلٹ ٹریڈ ٹیسٹ
نیوٹیک اور سعودی ادارہ تکامل بارہ مراکز میں ایک ہزار امیدواروں کا ٹیسٹ لیں گے۔
کامیاب امیدواروں کو دونوں اداروں کا مشترکہ سرٹیفکیٹ ملے گا جو سعودی اسکل ویزا کے لیے لازمی ہے۔
مزید معلومات کے لیے ہمارے تربیتی مرکز سے رابطہ کریں: 0342-0000318"""},
        ],
    },
    # ------------------------------------------------------------------ provincial schemes
    {
        "group": "lk4-brecorder-psdf-tabeer-placement-2025",
        "source": {"url": "https://www.brecorder.com/news/40370025/tabeer-programme-psdf-sets-new-standard-in-world-workforce-mobilization",
                   "title": "Tabeer programme: PSDF sets new standard in world workforce mobilization",
                   "publisher": "Business Recorder", "date": "2025-06-28"},
        "facts": ["under PSDF Tabeer - International Placement, part of the Chief Minister's Skilled Punjab initiative, over 100 trained graduates were placed in Saudi Arabia's construction and hospitality sectors",
                  "PSDF acts as a one-window service: demand-driven training, internationally recognised certification, job confirmation and visa processing",
                  "candidates sit assessment panels run jointly by PSDF and their future employers; only those meeting the standard get confirmed job offers before departure",
                  "graduates arrive with visas and signed contracts"],
        "categories": ["government_scheme", "gulf_employer", "free_visa_lawful", "selected_candidates", "hard_negative_trade"],
        "destination": "SA", "trade": "construction and hospitality workers", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """✈️ 100+ PSDF graduates now working in Saudi Arabia!
Through PSDF Tabeer - International Placement (CM's Skilled Punjab), trainees were placed in Saudi construction and hospitality jobs.
One window: training ➜ international certification ➜ joint assessment with the employer ➜ confirmed job offer ➜ visa processing.
Only those who clear the employer panel get an offer - before departure, with visa in hand and contract signed.
Next intake: watch PSDF's official pages."""},
            {"language": "ur", "text": """پی ایس ڈی ایف تعبیر: سو سے زائد تربیت یافتہ نوجوان سعودی عرب میں برسر روزگار
وزیراعلیٰ ہنرمند پنجاب پروگرام کے تحت پنجاب اسکلز ڈویلپمنٹ فنڈ نے تعمیرات اور مہمان نوازی کے شعبوں میں نوجوانوں کو سعودی عرب بھجوایا۔
تربیت، سرٹیفکیشن، ملازمت کی تصدیق اور ویزا کا تمام کام ایک ہی چھت تلے۔
آجر کے ساتھ مشترکہ انٹرویو میں کامیاب امیدواروں کو روانگی سے پہلے ملازمت کی پکی پیشکش ملتی ہے۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """PSDF Tabeer wale program se hamare mohalle ke 2 larke Saudi gaye hain, ek hotel me aur ek construction me. Pehle training hui, phir Saudi company walon ke sath test/interview, pass hue to job offer aur visa PSDF ne khud lagwaya. Agli intake ke liye PSDF helpline 0307-0000852 pe pata karo, koi agent beech me nahi."""},
        ],
    },
    {
        "group": "lk4-nation-psdf-gcc-placement-launch-2024",
        "source": {"url": "https://www.nation.com.pk/12-Dec-2024/psdf-launches-youth-skills-plan-for-employment-in-gulf-markets",
                   "title": "PSDF launches youth skills plan for employment in Gulf markets",
                   "publisher": "The Nation", "date": "2024-12-12"},
        "facts": ["the Punjab Skills Development Fund launched 'CM's Skilled Punjab Program - International Placement'",
                  "the initial phase provides demand-driven training and international job placements for 10,000 young people in GCC markets, particularly Saudi Arabia",
                  "target sectors are healthcare, construction, hospitality and retail",
                  "the programme runs for two years"],
        "categories": ["government_scheme", "gulf_employer", "hard_negative_destination"],
        "destination": "SA", "trade": "healthcare / construction / hospitality / retail", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "channel": "facebook", "text": """Punjab ke naujawano ke liye Gulf me naukriyan 🇸🇦 PSDF ne "CM Skilled Punjab Program - International Placement" shuru kar diya. Pehle phase me 10,000 naujawano ko training de kar GCC (khaas kar Saudi) me job dilwai jayegi. Shobay: health, construction, hotel aur retail. Program 2 saal ka hai. Sirf PSDF ki official site pe register karen. Hamare training center (PSDF partner) ka number 0320-0000739"""},
            {"language": "ur", "text": """پنجاب کے نوجوانوں کے لیے خلیجی ممالک میں روزگار کا پروگرام
پنجاب اسکلز ڈویلپمنٹ فنڈ نے وزیراعلیٰ ہنرمند پنجاب پروگرام – انٹرنیشنل پلیسمنٹ کا آغاز کر دیا ہے۔
پہلے مرحلے میں دس ہزار نوجوانوں کو طلب کے مطابق تربیت دے کر خلیجی ممالک، خصوصاً سعودی عرب میں ملازمتیں دلائی جائیں گی۔
شعبے: صحت، تعمیرات، ہوٹلنگ اور ریٹیل۔ پروگرام کی مدت دو سال ہے۔"""},
            {"language": "en", "text": """PUNJAB YOUTH - TRAINING + JOBS IN THE GULF
PSDF's CM Skilled Punjab Program - International Placement will train and place 10,000 young people in GCC markets (mainly Saudi Arabia) over two years. Sectors: healthcare, construction, hospitality, retail. Registration through PSDF only."""},
        ],
    },
    {
        "group": "lk4-islamabadmail-tevta-punjab-74-saudi",
        # title: taken from the lead / headline of the page, not a verified <title>
        # date inferred: undated Urdu news item
        "source": {"url": "https://urdu.islamabadmail.com/tevta-punjab-saudi-jobs",
                   "title": "ٹیوٹا پنجاب کے 74 گریجویٹس کو سعودی عرب میں ملازمت",
                   "publisher": "Islamabad Mail (Urdu)", "date": "2025"},
        "facts": ["74 graduates of TEVTA Punjab got jobs in Saudi Arabia",
                  "they will be paid up to 2,000 Saudi riyals a month",
                  "accommodation, medical care and transport are provided free",
                  "officials said the programme will be expanded to more students"],
        "categories": ["government_scheme", "gulf_employer", "free_visa_lawful", "selected_candidates"],
        "destination": "SA", "trade": "TEVTA-trained technicians", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """ٹیوٹا پنجاب کے 74 گریجویٹس سعودی عرب میں ملازمت کے لیے منتخب
تنخواہ دو ہزار سعودی ریال ماہانہ تک، رہائش، علاج اور ٹرانسپورٹ مفت۔
حکام کے مطابق پروگرام کو وسعت دی جائے گی تاکہ مزید طلبہ کو بیرون ملک روزگار مل سکے۔
ٹیوٹا کے ادارے میں داخلے کی معلومات: 0308-0000264"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """TEVTA Punjab ke 74 bachon ko Saudi me job mil gayi, 2000 riyal tak tankhwa, rehaish ilaaj aur transport free. Kehte hain aglay batch me aur students jayenge. Jo TEVTA ka course kar raha hai apne institute se pata kare, ye sarkari program hai."""},
            {"language": "en", "channel": "facebook", "text": """Congratulations to the 74 TEVTA Punjab graduates heading to jobs in Saudi Arabia! Salary up to SAR 2,000 per month, with free accommodation, medical and transport. TEVTA says more students will be placed abroad as the programme grows."""},
        ],
    },
    {
        "group": "lk4-nation-khushhal-kp-training-employment-2024",
        "source": {"url": "https://www.nation.com.pk/03-Jan-2024/khushhal-kp-program-unveils-training-and-employment-initiative",
                   "title": "Khushhal KP Program unveils training and employment initiative",
                   "publisher": "The Nation", "date": "2024-01-03"},
        "facts": ["Khyber Pakhtunkhwa's caretaker chief minister launched the 'Program for Training and Employment' under the Khushhal Khyber Pakhtunkhwa Program",
                  "the first phase aims to train and place over 100,000 young people in the province and abroad, in IT, nursing and paramedics",
                  "seven MoUs were signed between provincial departments and institutions",
                  "under the Human Resource Export Strategy the province aims to prepare 500,000 youth for overseas employment"],
        "categories": ["government_scheme", "nursing", "hard_negative_destination"],
        "destination": None, "trade": "IT / nursing / paramedics", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """خوشحال خیبر پختونخوا پروگرام: نوجوانوں کے لیے تربیت اور روزگار
نگران وزیراعلیٰ نے تربیت و روزگار پروگرام کا افتتاح کر دیا۔
پہلے مرحلے میں ایک لاکھ سے زائد نوجوانوں کو آئی ٹی، نرسنگ اور پیرامیڈکس میں تربیت دے کر صوبے اور بیرون ملک ملازمت دلائی جائے گی۔
سات مفاہمتی یادداشتوں پر دستخط ہوئے۔ ہیومن ریسورس ایکسپورٹ اسٹریٹجی کے تحت پانچ لاکھ نوجوانوں کو بیرون ملک روزگار کے قابل بنایا جائے گا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """KP walo, Khushhal KP program me "Training and Employment" shuru ho gaya. IT, nursing aur paramedic ki training aur phir andar ya bahar mulk naukri. Pehle phase me 1 lakh naujawan. Nursing colleges ki seats bhi barha rahe hain. Registration ka link jab aaye ga yahan share karunga, tab tak kisi ko paise na dena. Updates: 0315-0000566"""},
            {"language": "en", "channel": "facebook", "text": """KP YOUTH: Training & Employment Programme launched under Khushhal Khyber Pakhtunkhwa. Phase 1 targets 100,000+ young people in IT, nursing and paramedics, for jobs in the province and abroad. The province's Human Resource Export Strategy aims to prepare 500,000 youth for overseas work."""},
        ],
    },
    {
        "group": "lk4-urdupoint-balochistan-btevta-saudi-2025",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/balochistan-govt-to-sent-24-skilled-youth-to-1968396.html",
                   "title": "Balochistan Govt To Sent 24 Skilled Youth To Saudi Arabia",
                   "publisher": "UrduPoint / APP", "date": "2025-04-23"},
        "facts": ["the Balochistan government decided to send 30,000 skilled youth abroad for jobs",
                  "in the first phase 24 young people from different districts were sent to Saudi Arabia after tests, interviews and scrutiny of certificates",
                  "the Chief Minister assigned the task to the Balochistan TEVTA (B-TEVTA)",
                  "youth aged 18 to 40 were selected on merit through a hired firm"],
        "categories": ["government_scheme", "gulf_employer", "selected_candidates"],
        "destination": "SA", "trade": "skilled youth (various trades)", "channel": "government",
        "items": [
            {"language": "en", "channel": "newspaper", "text": """BALOCHISTAN: FIRST 24 SKILLED YOUTH DEPART FOR SAUDI ARABIA
Under the provincial plan to send 30,000 skilled young people abroad, B-TEVTA selected the first 24 candidates (aged 18-40) from different districts after tests, interviews and verification of certificates. Selection was on merit through a hired firm. More phases to follow."""},
            {"language": "ur", "channel": "facebook", "text": """بلوچستان کے ہنرمند نوجوانوں کے لیے خوشخبری
صوبائی حکومت تیس ہزار ہنرمند نوجوانوں کو بیرون ملک روزگار کے لیے بھیجے گی۔
پہلے مرحلے میں مختلف اضلاع کے 24 نوجوان ٹیسٹ، انٹرویو اور اسناد کی جانچ کے بعد سعودی عرب روانہ ہو گئے۔
اٹھارہ سے چالیس سال عمر کے امیدواروں کا انتخاب میرٹ پر کیا گیا۔ مزید معلومات کے لیے بی ٹیوٹا: 0336-0000417"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Balochistan hukoomat 30 hazar hunarmand naujawano ko bahar bhejegi, pehle 24 larke Saudi chale gaye. B-TEVTA ne test interview aur certificate check kar ke merit pe select kiye. Umar 18 se 40. Agle phase ki khabar aate hi share karunga."""},
        ],
    },
    # ------------------------------------------------------------------ Qatar
    {
        "group": "lk4-nation-second-qatar-visa-centre-2019",
        "source": {"url": "https://nation.com.pk/05-Jan-2019/second-qatar-visa-centre-inaugurated",
                   "title": "Second Qatar visa centre inaugurated", "publisher": "The Nation", "date": "2019-01-05"},
        "facts": ["the second Qatar Visa Centre in Pakistan was inaugurated in Karachi by Qatar's Consul General",
                  "work visa applicants going to Qatar sign their work contracts, enrol biometrics and take the medical test at the Qatar Visa Center",
                  "the centre runs an integrated electronic system for biometrics and medical checks",
                  "Qatar decided to set up such centres in 8 countries to simplify visa procedures for expatriate workers"],
        "categories": ["gulf_employer", "free_visa_lawful", "hard_negative_destination"],
        "destination": "QA", "trade": "various (Qatar work visa)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Qatar walo Karachi me bhi ab Qatar Visa Center khul gaya hai (pehle sirf Islamabad tha). Work visa walon ka contract sign, finger print (biometric) aur medical sab yahin hota hai, sab computer pe. Appointment QVC ki apni site se lo, bahar bethe agenton ko "appointment fees" mat do."""},  # phone removed,
            {"language": "en", "channel": "newspaper", "text": """QATAR VISA CENTRE NOW IN KARACHI
Workers with a Qatar work visa can now complete everything before flying: sign the employment contract, enrol biometrics and take the medical test at the Qatar Visa Center, Karachi - the second in Pakistan. Qatar is opening such centres in eight countries."""},
            {"language": "ur", "channel": "facebook", "text": """کراچی میں دوسرا قطر ویزا سینٹر کھل گیا
قطر کے قونصل جنرل نے سینٹر کا افتتاح کیا۔ قطر جانے والے ورک ویزا کے امیدوار یہیں ملازمت کے معاہدے پر دستخط، بائیو میٹرک اندراج اور طبی معائنہ کرائیں گے۔
سارا عمل کمپیوٹرائزڈ نظام کے ذریعے مکمل ہوگا۔ قطر آٹھ ممالک میں ایسے مراکز قائم کر رہا ہے۔"""},
        ],
    },
    {
        "group": "lk4-researchsnipers-qatar-vfc-employer-pays",
        # date inferred: Karachi centre opened on a Saturday in late December 2018 (The Nation reported it on 5 Jan 2019)
        "source": {"url": "https://www.researchsnipers.com/second-qatar-visa-facilitation-centre-opened-in-pakistan/",
                   "title": "Second Qatar Visa Facilitation Centre Opened in Pakistan",
                   "publisher": "Research Snipers", "date": "2018-12"},
        "facts": ["Qatar opened its second visa facilitation centre in Pakistan, in Karachi, after the first in Islamabad",
                  "applicants sign the work agreement, register biometrics and take the medical test at the centre before leaving Pakistan",
                  "Qatar's visa services director said the employer will bear all fees to be paid in Qatar and workers will not carry any extra burden",
                  "the centres are meant to help workers avoid recruitment agents who mislead them about salaries"],
        "categories": ["gulf_employer", "free_visa_lawful", "hard_negative_destination"],
        "destination": "QA", "trade": "various (Qatar work visa)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """QATAR WORK VISA - FREE FOR THE WORKER ✅
Qatar's Ministry of Interior says employers bear all the fees payable in Qatar; the worker carries no extra burden. Sign your contract, give biometrics and do your medical at the Qatar Visa Centre (Islamabad or Karachi) - you see your real salary in the contract BEFORE you fly. Don't believe agents who quote a bigger salary than the contract."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Qatar ka work visa worker ke liye FREE hai, ye Qatar ki interior ministry ke afsar ne khud kaha: Qatar me jo bhi fees hai wo company degi. Contract QVC me sign hota hai to tankhwa wahi dekh lo jo likhi hai, agent ki zabani baat pe yaqeen na karo. Karachi aur Islamabad dono jagah center hai."""},
            {"language": "ur", "text": """قطر ورک ویزا: تمام فیس آجر ادا کرے گا
قطر کی وزارت داخلہ کے ڈائریکٹر ویزا سروسز کے مطابق قطر میں ادا ہونے والی تمام فیسیں آجر برداشت کرے گا اور کارکن پر کوئی اضافی بوجھ نہیں ہوگا۔
کراچی اور اسلام آباد کے قطر ویزا سینٹر میں معاہدے پر دستخط، بائیو میٹرک اور میڈیکل روانگی سے پہلے مکمل ہوں گے۔"""},
        ],
    },
    {
        "group": "lk4-arynews-urdu-qatar-airways-10000-2022",
        # title: taken from the lead / headline of the page, not a verified <title>
        # date inferred: same announcement reported internationally on 13 Oct 2022
        "source": {"url": "https://urdu.arynews.tv/?p=664066",
                   "title": "قطر ایئرویز کا 10 ہزار بھرتیوں کا اعلان",
                   "publisher": "ARY News Urdu", "date": "2022-10"},
        "facts": ["Qatar Airways announced it would add 10,000 staff, raising its workforce from 45,000 to 55,000, to handle passengers flying to Doha for the FIFA World Cup",
                  "a spokesman who declined to be named confirmed the recruitment drive in Doha",
                  "the airline did not say whether the new posts would be permanent",
                  "Qatar Airways had reduced its staff in 2021 after limiting flights during the pandemic"],
        "categories": ["gulf_employer", "named_employer", "high_pay_real", "hard_negative_destination"],
        "destination": "QA", "trade": "airline and airport staff", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """قطر ایئرویز میں 10 ہزار نئی بھرتیاں ✈️
فٹبال ورلڈ کپ کے لیے دوحہ آنے والے مسافروں کو سنبھالنے کے لیے قطر ایئرویز اپنے عملے کی تعداد 45 ہزار سے بڑھا کر 55 ہزار کر رہی ہے۔
ایئرلائن نے یہ نہیں بتایا کہ نئی آسامیاں مستقل ہوں گی یا عارضی۔
درخواست صرف قطر ایئرویز کی آفیشل کیریئر ویب سائٹ پر دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Qatar Airways 10 hazar log bharti kar rahi hai World Cup ki wajah se, staff 45 se 55 hazar ho jayega. Cabin crew, airport, catering sab me jagah hai. Lekin pakki ya temporary ye nahi bataya. Apply sirf Qatar Airways ki careers site pe, mujhe CV bhejne ki zaroorat nahi 😄"""},
            {"language": "en", "text": """Qatar Airways is hiring 10,000 people ahead of the World Cup, taking its workforce from about 45,000 to 55,000. The airline hasn't said whether the new roles are permanent. Apply only through the official Qatar Airways Group careers website - never through someone asking for a "processing fee"."""},
        ],
    },
    # ------------------------------------------------------------------ UAE
    {
        "group": "lk4-thenational-expo2020-dubai-jobs-2021",
        "source": {"url": "https://www.thenationalnews.com/uae/expo-2020/2021/07/14/expo-2020-dubai-jobs-hundreds-of-vacancies-still-up-for-grabs/",
                   "title": "Expo 2020 Dubai jobs: Hundreds of vacancies still up for grabs",
                   "publisher": "The National (UAE)", "date": "2021-07-14"},
        "facts": ["hundreds of Expo 2020 Dubai vacancies in pavilion operations, planning, guest relations and communications were still open in July 2021",
                  "monthly salaries ranged from Dh10,000 for a receptionist to Dh40,000 for senior site and pavilion managers",
                  "most contracts were short-term, ending in March 2022, some extending to April",
                  "recruiter Barker Langham said it had received tens of thousands of applications and was using video CVs for nearly 300 roles"],
        "categories": ["gulf_employer", "high_pay_real", "hard_negative_destination"],
        "destination": "AE", "trade": "pavilion / guest relations staff", "channel": "job_board",
        "items": [
            {"language": "en", "text": """EXPO 2020 DUBAI - HUNDREDS OF JOBS STILL OPEN 🇦🇪
Receptionists from AED 10,000/month, senior pavilion & site managers up to AED 40,000.
Roles: guest relations, operations, communications, management.
Short-term contracts until March 2022 (some to April).
Recruiters are taking video CVs for almost 300 roles. Apply via the pavilions' named recruiters' official pages."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Expo 2020 Dubai me abhi bhi saikron jobs khali hain! Receptionist ki tankhwa 10 hazar dirham aur senior manager ki 40 hazar dirham mahana. Contract March 2022 tak hai, temporary. Video CV mangte hain. English achi honi chahiye. Asal recruiters ki list mere paas hai, msg karo +971 50 555 0173"""},
            {"language": "ur", "channel": "facebook", "text": """ایکسپو 2020 دبئی: سینکڑوں آسامیاں اب بھی خالی
ریسپشنسٹ کی تنخواہ دس ہزار درہم سے لے کر سینئر مینیجر کی چالیس ہزار درہم ماہانہ تک۔
زیادہ تر معاہدے عارضی ہیں جو مارچ 2022 میں ختم ہوں گے۔
بھرتی کرنے والی کمپنیوں کو دنیا بھر سے ہزاروں درخواستیں موصول ہو چکی ہیں، کئی عہدوں کے لیے ویڈیو سی وی طلب کی جا رہی ہے۔"""},
        ],
    },
    # ------------------------------------------------------------------ Kuwait / Malaysia
    {
        "group": "lk4-radio-pakistan-kuwait-health-agreement-2020",
        "source": {"url": "http://www.radio.gov.pk/05-07-2020/kuwait-signs-agreement-with-pakistan-for-hiring-healthcare-professionals",
                   "title": "Kuwait signs agreement with Pakistan for hiring healthcare professionals",
                   "publisher": "Radio Pakistan", "date": "2020-07-05"},
        "facts": ["Kuwait signed a bilateral framework with Pakistan to hire Pakistani healthcare professionals on a regular basis",
                  "more Pakistani doctors, nurses and paramedics are to be sent to Kuwait under the agreement",
                  "it was signed by Kuwait's Undersecretary for Health and Pakistan's ambassador in Kuwait"],
        "categories": ["government_scheme", "nursing", "gulf_employer", "hard_negative_destination"],
        "destination": "KW", "trade": "doctors / nurses / paramedics", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """Good news for doctors, nurses & paramedics 🩺🇰🇼 Kuwait has signed a framework agreement with Pakistan to hire Pakistani healthcare professionals on a regular basis. Signed by Kuwait's Undersecretary for Health and our Ambassador in Kuwait. Keep your degrees attested and your PMDC/PNC registration current - recruitment will be announced through official channels."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Nurses aur paramedics ke liye khushkhabri: Kuwait ne Pakistan ke sath agreement sign kar liya hai, ab Pakistani doctors nurses paramedics ko regular bharti kiya jayega. Degree attest karwa ke rakho. Hamari nursing association ka group: 0319-0000537"""},
            {"language": "ur", "text": """کویت اور پاکستان کے درمیان طبی عملے کی بھرتی کا معاہدہ
کویت نے پاکستانی ڈاکٹروں، نرسوں اور پیرامیڈیکل عملے کو باقاعدگی سے ملازمت دینے کے فریم ورک معاہدے پر دستخط کر دیے ہیں۔
معاہدے پر کویت کے انڈر سیکرٹری صحت اور کویت میں پاکستان کے سفیر نے دستخط کیے۔"""},
        ],
    },
    {
        "group": "lk4-thestar-malaysia-plantation-pakistan-2022",
        "source": {"url": "https://thestar.com.my/news/nation/2022/07/26/consider-workers-from-pakistan-india-commodities-and-plantation-industry-players-told",
                   "title": "Consider workers from Pakistan, India, commodities and plantation industry players told",
                   "publisher": "The Star (Malaysia)", "date": "2022-07-26"},
        "facts": ["Malaysia's Plantation Industries and Commodities Minister told industry players to consider hiring workers from Pakistan and India to fill labour shortages",
                  "the aim is to reduce reliance on workers from Indonesia and Bangladesh"],
        "categories": ["hard_negative_destination", "hard_negative_trade"],
        "destination": "MY", "trade": "plantation worker", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Malaysia ki plantation (palm oil) industry ko workers ki kami hai, wahan ki minister ne companies ko kaha hai ke Pakistan aur India se workers lo, Indonesia Bangladesh pe itna bharosa na karo. Jab Malaysian companies ki demand OEC ya licensed OEP ke paas aayegi tab newspaper me ad aayega, us se pehle koi "Malaysia plantation visa" bechay to mat lena."""},
            {"language": "en", "channel": "newspaper", "text": """Malaysia looks to Pakistan for plantation workers. Malaysia's Plantation Industries and Commodities Minister has urged palm oil and commodity companies to consider hiring from Pakistan and India to ease labour shortages and cut reliance on Indonesian and Bangladeshi workers. Any recruitment will come as employer demands through licensed channels."""},
        ],
    },
    # ------------------------------------------------------------------ Saudi hospitals' employment pages
    {
        "group": "lk4-kkmch-saudi-hospital-candidate-information",
        # date inferred: undated hospital candidate-information page
        "source": {"url": "http://kkmch.med.sa/EN/candidateInformation.htm", "title": "Candidate Information",
                   "publisher": "KKMCH hospital, Saudi Arabia (kkmch.med.sa)", "date": "2015"},
        "facts": ["the hospital reviews its salary scales regularly; salary details for vacant positions are obtained from the candidate's recruitment agent",
                  "salaries are paid monthly in Saudi riyals through a local bank of the employee's choice, and the finance department helps open an account",
                  "the hospital processes the work visa, hospital ID card and residence permit (iqama)",
                  "new staff must bring 10 passport photos, original qualification certificates, original professional licence (clinical and nursing staff), passport, and marriage certificate if accompanied by family"],
        "categories": ["nursing", "named_employer", "gulf_employer", "licensed_oep", "free_visa_lawful"],
        "destination": "SA", "trade": "hospital clinical and nursing staff", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Joining us in Saudi Arabia - candidate information
• Salary: reviewed regularly; ask your recruitment agent for the exact figure for your post. Paid monthly in SR into a local bank of your choice (Riyadh Bank, NCB, Al Rajhi) - our finance team helps you open the account.
• Visa, hospital ID and iqama: processed by the hospital.
• Bring: 10 passport photos, original certificates, original professional licence, passport, marriage certificate if your family comes with you."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi hospital me job confirm ho gayi alhamdulillah. Unki site pe likha hai visa, hospital card aur iqama hospital khud banata hai, tankhwa har mahine riyal me bank account me. 10 photos, original degree, nursing license aur passport le ke jana hai. Salary ki exact detail recruitment agent ke paas hoti hai. Kisi ko aur details chahiye to 0306-0000735"""},
            {"language": "ur", "text": """سعودی عرب کے ہسپتال میں ملازمت: ضروری معلومات
تنخواہ ہر ماہ سعودی ریال میں مقامی بینک اکاؤنٹ میں آتی ہے، اکاؤنٹ کھلوانے میں ہسپتال مدد کرتا ہے۔
ورک ویزا، ہسپتال کارڈ اور اقامہ ہسپتال خود بنواتا ہے۔
ساتھ لائیں: دس تصاویر، اصل اسناد، پیشہ ورانہ لائسنس، پاسپورٹ، اور اہل خانہ ساتھ ہوں تو نکاح نامہ۔"""},
        ],
    },
    {
        "group": "lk4-ihrcanada-prince-mohammad-hospital-madinah",
        # date inferred: undated recruiter hospital profile page
        "source": {"url": "https://ihrcanada.com/hospitals/prince-mohammad-bin-abdulaziz-hospital.html",
                   "title": "Prince Mohammad Bin Abdulaziz Hospital", "publisher": "IHR Canada (healthcare recruiter)", "date": "2019"},
        "facts": ["the hospital is a 320-bed National Guard facility in Madinah, at the foot of Mount Uhud, near the airport and the Prophet's Mosque",
                  "staff work 42.5 hours a week; ward staff work 12-hour shifts (07:00-19:00 or 19:00-07:00) with 3 days off per week and 2 weekends off per month",
                  "uniforms are provided on arrival; duty shoes are bought by the employee",
                  "as a military facility, all staff carry an ID badge at all times"],
        "categories": ["nursing", "named_employer", "gulf_employer", "high_pay_real"],
        "destination": "SA", "trade": "hospital nurse", "channel": "job_board",
        "items": [
            {"language": "en", "text": """NURSES FOR MADINAH 🕌 Prince Mohammad Bin Abdulaziz Hospital (National Guard, 320 beds), near Masjid an-Nabawi.
Shifts: 12 hours (07:00-19:00 / 19:00-07:00), 3 days off every week, 2 weekends off a month. 42.5 hrs/week.
Uniform provided. Military facility - ID badge at all times.
Apply through the hospital's appointed recruiter only."""},
            {"language": "ur-Latn", "text": """Madina Munawwara me nurse ki job 🤲 National Guard ka hospital hai, 320 bed, Uhud pahar ke paas aur Masjid e Nabawi qareeb. 12 ghante ki shift lekin har hafte 3 chuttiyan. Uniform hospital deta hai, sirf shoes khud lene hain. Apply sirf hospital ke official recruiter ke through."""},
            {"language": "ur", "channel": "facebook", "text": """مدینہ منورہ کے نیشنل گارڈ ہسپتال میں نرسوں کے لیے ملازمت
تین سو بیس بستروں کا ہسپتال، مسجد نبوی اور ہوائی اڈے کے قریب۔
بارہ گھنٹے کی شفٹ، ہفتے میں تین دن چھٹی اور مہینے میں دو ویک اینڈ آف۔
یونیفارم ہسپتال کی طرف سے، صرف جوتے خود خریدنے ہوں گے۔"""},
        ],
    },
    # ------------------------------------------------------------------ embassies' own local hire
    {
        "group": "lk4-unjoblink-fcdo-protocol-assistant-islamabad-2025",
        # date inferred: listing with a 20/11/2025 deadline, posted about four weeks earlier
        "source": {"url": "https://unjoblink.org/job/details/371212",
                   "title": "FCDO: Protocol Assistant, Grade- AA, Islamabad",
                   "publisher": "UN Job Link (FCDO vacancy listing)", "date": "2025-10"},
        "facts": ["the British High Commission in Islamabad advertised a full-time Protocol Assistant post at grade AA",
                  "the listed salary was $4,492 to $4,718 a year, with a deadline of 20 November 2025",
                  "applicants must complete the full online application form, including employment and education details and behaviour and skills questions; incomplete forms are not considered",
                  "duties include diplomatic and third-country visa facilitation, visit NOCs and accreditations"],
        "categories": ["named_employer", "local_job", "last_date"],
        "destination": "PK", "trade": "protocol assistant (embassy local staff)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """VACANCY - Protocol Assistant, Grade AA, British High Commission Islamabad (FCDO)
Full time. Salary range USD 4,492 - 4,718 per year.
Duties: diplomatic and third-country visa facilitation, visit NOCs, accreditations, liaison on protocol matters.
Apply ONLY through the FCDO online form. Complete every section (employment, education, behaviours, skills) - incomplete forms will not be shortlisted.
Closing date: 20 November 2025."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """British High Commission Islamabad me Protocol Assistant ki seat aayi hai, full time, last date 20 November. Form online FCDO ki site pe hi bharna hai aur har hissa poora bharna warna shortlist nahi karte. Kaam visa facilitation, NOCs aur accreditation ka hai. Koi "embassy me setting" ka keh ke paise mange to fraud hai. Form bharne me help chahiye to 0341-0000226"""},
            {"language": "ur", "channel": "facebook", "text": """برطانوی ہائی کمیشن اسلام آباد میں ملازمت کا موقع
عہدہ: پروٹوکول اسسٹنٹ، گریڈ اے اے، کل وقتی
کام: سفارتی اور دیگر ممالک کے ویزوں میں سہولت، دوروں کے این او سی اور ایکریڈیٹیشن۔
درخواست صرف آن لائن فارم کے ذریعے، نامکمل فارم پر غور نہیں ہوگا۔
آخری تاریخ: 20 نومبر 2025"""},
        ],
    },
    {
        "group": "lk4-scribd-us-embassy-islamabad-cashier-2015",
        "source": {"url": "https://ja.scribd.com/document/293982657/15-17-cashier-pdf",
                   "title": "U.S. Mission Pakistan - Embassy Islamabad Vacancy Announcement Number 15-17: Cashier",
                   "publisher": "U.S. Embassy Islamabad (copy on Scribd)", "date": "2015-02-11"},
        "facts": ["the U.S. Embassy Islamabad advertised a full-time Cashier (FSN-8) post in its Financial Management Office, open to in-house candidates only",
                  "opening date 11 February 2015, closing date 24 February 2015; starting salary for ordinarily resident applicants Rs 1,343,649 a year",
                  "requirements: a university degree (14 years of education) in commerce, arts or science and two years of cashiering, technical accounting or auditing work",
                  "good working knowledge (Level III) of English and Urdu is required; applicants must address each selection criterion"],
        "categories": ["named_employer", "local_job", "high_pay_real", "last_date"],
        "destination": "PK", "trade": "cashier (embassy local staff)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """U.S. EMBASSY ISLAMABAD - VACANCY ANNOUNCEMENT 15-17
Position: Cashier, FSN-8, Financial Management Office (full time, 40 hrs/week)
Open to: in-house candidates only
Starting salary (ordinarily resident): Rs 1,343,649 per year
Requirements: 14 years of education (commerce, arts or science); two years of cashiering, technical accounting or audit work; Level III English and Urdu.
Opening 11 Feb 2015 - closing 24 Feb 2015. Address every selection criterion in your application."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """US Embassy Islamabad me Cashier ki post, 13 lakh 43 hazar saalana se start. Lekin ye sirf in-house candidates ke liye hai, yani jo pehle se embassy me kaam karte hain. Graduation (14 saal) aur 2 saal cashier/accounts ka tajurba chahiye, English Urdu achi. Last date 24 Feb."""},
            {"language": "ur", "channel": "facebook", "text": """امریکی سفارت خانہ اسلام آباد میں کیشیئر کی آسامی
ابتدائی تنخواہ تیرہ لاکھ تینتالیس ہزار روپے سالانہ۔
اہلیت: چودہ سالہ تعلیم (کامرس، آرٹس یا سائنس) اور کیشیئر یا اکاؤنٹس کا دو سالہ تجربہ، انگریزی اور اردو پر عبور۔
یہ آسامی صرف سفارت خانے کے موجودہ ملازمین کے لیے ہے۔ آخری تاریخ 24 فروری۔"""},
        ],
    },
]
