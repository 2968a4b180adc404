"""Locked test set, genuine half (lk5): real jobs inside Pakistan from provincial governments
(KP, Sindh, Balochistan, AJK, Gilgit-Baltistan), district health and education offices, the LHW
programme, BISP, testing agencies (ETEA, Sukkur IBA, ETC, NTS), CPEC projects' local hiring,
factories, hospitals, banks and private employers. Hard negatives: lawful test fees, 'urgent',
walk-in interviews, WhatsApp numbers (reserved style), women-only posts, high but real pay.
Each group rewrites the facts of one public source; phone numbers and addresses are synthetic."""

GROUPS = [
    {
        "group": "lk5-kp-nowshera-deo-female-teachers-opportunitypk-2025",
        "source": {"url": "https://opportunity.pk/?p=5420",
                   "title": "Teachers – District Education Office (Female) Nowshera",
                   "publisher": "Opportunity.pk", "date": "2025"},  # date inferred from 'academic year 2025-2026'
        "facts": ["the District Education Office (Female) Nowshera, under the KP Elementary and Secondary Education Department, advertised teaching posts in government schools",
                  "only candidates domiciled in District Nowshera may apply",
                  "posts are on one-year contract, renewable on performance and need",
                  "category A includes 26 Trained Teacher (TT) posts in BPS-15 requiring a bachelor's degree"],
        "categories": ["government_job", "teacher", "local_job", "women_hiring", "named_employer"],
        "destination": "PK", "trade": "school teacher (female schools)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """GOVT OF KHYBER PAKHTUNKHWA - DISTRICT EDUCATION OFFICE (FEMALE) NOWSHERA
Teaching posts for the academic year 2025-26 in government girls' schools.
Trained Teacher (TT), BPS-15 - 26 posts. Qualification: Bachelor's degree from a recognised university.
Domicile of District Nowshera is compulsory.
Appointment on contract for one year, renewable on performance.
Applications as per the official advertisement only. Incomplete forms will not be entertained."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Nowshera ki behno ke liye acchi khabar 🌸 DEO female Nowshera ne TT (BPS-15) ki 26 seats nikali hain. Bachelor chahiye aur Nowshera ka domicile lazmi. 1 saal ka contract hai, performance pe barhta hai. Form ka tareeqa official ad me hai, kisi ko paise dene ki zaroorat nahi. Ad ki pic chahiye to msg karo 0313-0000482"""},
            {"language": "ur", "channel": "facebook", "text": """ضلع نوشہرہ کی خواتین اساتذہ کے لیے ملازمتیں
ڈسٹرکٹ ایجوکیشن آفس (زنانہ) نوشہرہ، محکمہ ابتدائی و ثانوی تعلیم خیبر پختونخوا
ٹرینڈ ٹیچر (بی پی ایس 15): 26 آسامیاں
تعلیم: بیچلر ڈگری
صرف ضلع نوشہرہ کا ڈومیسائل رکھنے والی امیدوار درخواست دیں۔
تقرری ایک سال کے کنٹریکٹ پر ہوگی جس میں کارکردگی کی بنیاد پر توسیع ممکن ہے۔"""},
        ],
    },
    {
        "group": "lk5-kp-mardan-lady-health-workers-opportunitypk",
        "source": {"url": "https://opportunity.pk/lady-health-workers-lhws",
                   "title": "Exciting Opportunities: Lady Health Workers (LHWs) Required in Mardan",
                   "publisher": "Opportunity.pk", "date": "2024"},  # date inferred: page undated
        "facts": ["the District Health Officer Mardan invited women to join the Lady Health Workers programme for family planning and primary healthcare",
                  "post: Lady Health Worker, BPS-05, in union councils of District Mardan with uncovered population",
                  "candidate must be a permanent resident of the union council, matric pass, aged 18-45 if married (20-45 unmarried), and serve from her own home",
                  "duties: basic care for women and children, family-planning counselling, health education and record keeping"],
        "categories": ["government_job", "government_scheme", "women_hiring", "healthcare", "local_job"],
        "destination": "PK", "trade": "lady health worker", "channel": "job_board",
        "items": [
            {"language": "ur", "text": """لیڈی ہیلتھ ورکرز کی ضرورت — ضلع مردان
ڈسٹرکٹ ہیلتھ آفیسر مردان کی جانب سے فیملی پلاننگ اور بنیادی صحت پروگرام کے لیے لیڈی ہیلتھ ورکر (بی پی ایس 05) کی آسامیاں۔
صرف خواتین۔ کم از کم میٹرک۔
عمر: شادی شدہ 18 سے 45 سال، غیر شادی شدہ 20 سے 45 سال۔
امیدوار متعلقہ یونین کونسل کی مستقل رہائشی ہو اور اپنے گھر سے کام کرنے پر رضامند ہو۔
ڈومیسائل ضلع مردان لازمی۔"""},
            {"language": "en", "channel": "facebook", "text": """WOMEN ONLY - Lady Health Worker (BPS-05), District Mardan
Family Planning & Primary Health Care programme, DHO office Mardan.
✔ Matric minimum
✔ Age 18-45 (married) / 20-45 (unmarried)
✔ Must live permanently in the union council where the post is, and work from your own home
Duties: care for mothers and children, family planning advice, health awareness, keeping records.
Mardan domicile only. Queries: LHW programme office 0315-0000273 (office hours)."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Mardan walo, LHW ki bharti aayi hai. Sirf khawateen, matric pass, apni UC ki rehne wali. BPS-5 sarkari post hai, ghar se hi kaam karna hota hai. Shadi shuda 18-45 saal. Jis ki UC me seat khali ho woh DHO office se pata kare. Koi agent paise maange to mat dena, form seedha daftar me jama hota hai. Apni UC ki LHS se poocho: 0312-0000584"""},
        ],
    },
    {
        "group": "lk5-sindh-siba-46500-teachers-test-urdupoint-2021",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/iba-sukkur-starts-recruitment-test-for-46500-1349997.html",
                   "title": "IBA Sukkur starts recruitment test for 46500 teachers",
                   "publisher": "UrduPoint / APP", "date": "2021-09-13"},
        "facts": ["Sukkur IBA began recruitment tests for 46,500 teachers (PSTs and JESTs) on 13 September 2021, running until 26 September",
                  "the Sindh School Education and Literacy Department had received about 500,000 applications",
                  "tests were held in six divisions: Karachi, Hyderabad, Sukkur, Shaheed Benazirabad, Mirpur Khas and Larkana",
                  "the vice chancellor said centres were monitored with CCTV to keep the test transparent"],
        "categories": ["government_job", "teacher", "testing_agency", "local_job"],
        "destination": "PK", "trade": "primary / junior elementary school teacher", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """SINDH TEACHERS RECRUITMENT - PST & JEST
Sukkur IBA testing from 13 to 26 September in six divisions: Karachi, Hyderabad, Sukkur, Shaheed Benazirabad, Mirpur Khas and Larkana.
46,500 posts. Around 5 lakh applications received by School Education & Literacy Department.
Centres under CCTV. Bring your admit card and original CNIC. No candidate will be allowed without them."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """PST JEST test update!! IBA Sukkur ka test 13 Sep se shuru, 26 tak chalega. Apna center aur date admit card pe check karo. Karachi Hyderabad Sukkur Nawabshah Mirpurkhas Larkana sab jagah centers hain. CCTV laga hai to koi sifarish wifarish nahi chalegi, sirf tayari karo bhaiyo 📚 Admit card ka masla ho to group admin 0300-0000465"""},
            {"language": "ur", "channel": "facebook", "text": """سندھ میں ساڑھے چھیالیس ہزار اساتذہ کی بھرتی کے لیے ٹیسٹ شروع
آئی بی اے سکھر کے زیرِ اہتمام پرائمری اسکول ٹیچر اور جونیئر ایلیمنٹری اسکول ٹیچر کے ٹیسٹ 13 ستمبر سے 26 ستمبر تک چھ ڈویژنوں میں ہوں گے۔
محکمہ تعلیم کو تقریباً پانچ لاکھ درخواستیں موصول ہوئیں۔ امتحانی مراکز کی سی سی ٹی وی سے نگرانی ہوگی۔"""},
        ],
    },
    {
        "group": "lk5-sindh-3000-lhw-recruitment-sindhmatters",
        "source": {"url": "https://sindhmatters.com/3256",
                   "title": "سندھ بھر میں 3 ہزار لیڈی ہیلتھ ورکرز بھرتی کرنے کا عمل شروع",
                   "publisher": "Sindh Matters", "date": "2023"},  # date inferred: page undated
        "facts": ["the Sindh government began recruiting about 3,000 more Lady Health Workers across the province",
                  "Karachi gets 725 posts in total, including 216 in District Central and 178 each in Korangi and Orangi/Baldia areas; Hyderabad division 330",
                  "about 2,000 posts go to other divisions and districts of Sindh",
                  "more than 5,000 LHWs were already working in the province"],
        "categories": ["government_job", "government_scheme", "women_hiring", "healthcare", "local_job"],
        "destination": "PK", "trade": "lady health worker", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """محکمہ صحت سندھ: لیڈی ہیلتھ ورکرز کی 3 ہزار آسامیاں
کراچی کے لیے 725 آسامیاں: ڈسٹرکٹ سینٹرل 216، کورنگی 178، اورنگی و بلدیہ 178، ملیر و گڈاپ 104، لیاری و ساؤتھ 62، ایسٹ 40۔
حیدرآباد ڈویژن 330، دیگر اضلاع تقریباً 2 ہزار۔
صرف خواتین امیدوار اپنے علاقے کی یونین کونسل کے مطابق درخواست دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Baji Korangi me LHW ki 178 seats aayi hain, Orangi Baldia me bhi 178. Sindh health dept ki bharti hai, sirf ladies ke liye. Apne area ka form bharo, koi fees nahi bas documents. Hyderabad walon ki 330 hain. Zyada info chahiye to 0345-0000216 pe msg karo (LHS office)"""},
            {"language": "en", "channel": "facebook", "text": """Sindh Health Department is hiring around 3,000 Lady Health Workers 👩‍⚕️
Karachi: 725 posts (Central 216, Korangi 178, Orangi/Baldia 178, Malir/Gadap 104, Lyari/South 62, East 40)
Hyderabad division: 330. Rest of Sindh: about 2,000.
Women only, apply for the union council where you live."""},
        ],
    },
    {
        "group": "lk5-balochistan-3000-doctors-paramedics-walkin-urdupoint-2020",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/balochistan-govt-to-recruit-3000-doctors-par-1091608.html",
                   "title": "Balochistan govt to recruit 3000 doctors, paramedics",
                   "publisher": "UrduPoint / APP", "date": "2020-11-20"},
        "facts": ["the Balochistan government approved recruiting about 3,000 doctors and paramedics on an emergency basis",
                  "medical officers, dental surgeons, lady medical officers and staff nurses are hired on contract through walk-in interviews on merit; nurses also for Tri-Care hospitals",
                  "about 2,000 paramedics in grades 1 to 15 are to be appointed quickly",
                  "candidates appear before District Health Officers with documents; the Secretary Health issues 3-5 year contract letters"],
        "categories": ["government_job", "healthcare", "nursing", "walk_in_interview", "urgent_hiring"],
        "destination": "PK", "trade": "doctor / nurse / paramedic", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """URGENT - HEALTH DEPARTMENT BALOCHISTAN
Walk-in interviews for Medical Officers, Dental Surgeons, Lady Medical Officers and Staff Nurses (contract 3-5 years).
Paramedic posts BPS-1 to 15 also available.
Report to your District Health Officer with original certificates and CNIC.
Selection on merit. Appointment letters issued by the Secretary Health only."""},
            {"language": "ur", "channel": "facebook", "text": """بلوچستان میں ڈاکٹروں اور پیرامیڈیکس کی ہنگامی بنیادوں پر بھرتی
میڈیکل آفیسر، ڈینٹل سرجن، لیڈی میڈیکل آفیسر اور اسٹاف نرس کے لیے واک اِن انٹرویو۔
گریڈ 1 سے 15 تک پیرامیڈیکل عملے کی تقریباً 2 ہزار آسامیاں۔
امیدوار اپنی اسناد کے ساتھ ضلعی ہیلتھ آفیسر کے دفتر میں انٹرویو کے لیے حاضر ہوں۔ تقرری تین سے پانچ سال کے کنٹریکٹ پر ہوگی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Quetta/Balochistan ke nurses aur MOs dhyan den: DHO office me walk in interview ho rahe hain, contract 3 se 5 saal. Documents original le ke jao. Tri-Care hospitals ke liye bhi nurses chahiye. Interview ka din poochna ho to 0333-0000715 (DHO office clerk)"""},
        ],
    },
    {
        "group": "lk5-gb-390-est-teachers-studentsguide-2024",
        "source": {"url": "https://studentsguide.net/jobs-in-gilgit-baltistan",
                   "title": "New Jobs in Gilgit Baltistan: 390 Positions in Education Department – 2024",
                   "publisher": "Students Guide", "date": "2024"},
        "facts": ["the Education Department of Gilgit-Baltistan announced 390 new Elementary School Teacher (EST) posts in BPS-14",
                  "posts are spread across tehsils, union councils and hard-to-reach areas of the region",
                  "the aim is to bring teachers to remote areas and hire from local communities"],
        "categories": ["government_job", "teacher", "local_job"],
        "destination": "PK", "trade": "elementary school teacher", "channel": "job_board",
        "items": [
            {"language": "en", "text": """GILGIT-BALTISTAN EDUCATION DEPARTMENT: 390 EST posts (BPS-14) 🏔️
Posts in every tehsil and union council including hard-to-reach areas. Local candidates preferred for their own UC.
Apply only through the testing service named in the official advertisement."""},
            {"language": "ur-Latn", "text": """GB walo EST ki 390 posts aa gayi! BPS 14 hai. Har tehsil aur UC ki alag seats, door daraz ilaqon ki bhi. Test testing service lega, merit pe. Apni UC wali seat dekh ke apply karna. Ghizer aur Astore walon ke liye bhi seats hain"""},
            {"language": "ur", "channel": "facebook", "text": """گلگت بلتستان محکمہ تعلیم میں ایلیمنٹری اسکول ٹیچر (بی پی ایس 14) کی 390 نئی آسامیاں
آسامیاں تمام تحصیلوں، یونین کونسلوں اور دور دراز علاقوں میں ہیں۔
بھرتی ٹیسٹنگ سروس کے ذریعے میرٹ پر ہوگی۔"""},
        ],
    },
    {
        "group": "lk5-gb-etc-tests-diamer-double-salary-urdupoint-2022",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/gb-cabinet-gives-noc-to-etc-to-conduct-tests-1597265.html",
                   "title": "GB cabinet gives NOC to ETC to conduct tests",
                   "publisher": "UrduPoint / APP", "date": "2022-11-19"},
        "facts": ["the Gilgit-Baltistan cabinet authorised the HEC's Education Testing Council (ETC) to conduct tests for gazetted posts other than those of the FPSC",
                  "ETC may test candidates for revenue, police, education and other departments",
                  "an education package for Diamer offers double salaries to teachers who serve in far-flung Darel and Tangir",
                  "the package also gives stipends to bring out-of-school children into school"],
        "categories": ["government_job", "teacher", "high_pay_real", "testing_agency"],
        "destination": "PK", "trade": "teacher (remote posting)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Double salary for teachers in Darel & Tangir ✅ This is real. The GB cabinet approved an education package for Diamer: teachers posted in Darel and Tangir get double salary, couples already teaching there too. Recruitment tests for GB posts will be held by the Education Testing Council (HEC), not by any private agent."""},
            {"language": "ur", "text": """دیامر کے لیے تعلیمی پیکج: داریل اور تانگیر میں پڑھانے والے اساتذہ کو دگنی تنخواہ دی جائے گی۔
گلگت بلتستان کابینہ نے ایجوکیشن ٹیسٹنگ کونسل کو سرکاری آسامیوں کے ٹیسٹ لینے کی اجازت دے دی ہے، جن میں ریونیو، پولیس اور تعلیم کی آسامیاں شامل ہیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Yar Darel Tangir me teacher lagne walon ko double tankhwa milegi, GB cabinet ne package approve kiya hai. Test ETC lega jo HEC ka hai. Pehle sun ke laga fake hai magar sarkari khabar hai. Detail ke liye DEO office Chilas ka number 0355-0000318"""},
        ],
    },
    {
        "group": "lk5-kp-lhw-phased-hiring-thenews-2025",
        "source": {"url": "https://www.thenews.com.pk/print/1279563-lady-health-workers-hiring-initiated-in-kp",
                   "title": "Lady Health Workers hiring initiated in KP",
                   "publisher": "The News International", "date": "2025-02-05"},
        "facts": ["the Khyber Pakhtunkhwa government began phased hiring of Lady Health Workers to strengthen primary healthcare",
                  "LHWs cover maternal and child health, immunisation and health awareness, especially in rural and underserved areas",
                  "the health adviser said recruitment is transparent and merit-based, with training for new workers"],
        "categories": ["government_job", "government_scheme", "women_hiring", "healthcare", "local_job"],
        "destination": "PK", "trade": "lady health worker", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "channel": "facebook", "text": """KP me Lady Health Workers ki bharti phase wise shuru ho gayi hai. Gaon dehaat ke liye zyada seats. Kaam: maa bachay ki sehat, teekay, awareness. Merit pe hogi aur bharti ke baad training bhi milegi. Apne district ke DHO office ka ishtehar dekhein"""},
            {"language": "en", "channel": "whatsapp", "text": """KP govt LHW hiring started (phase 1). Women from rural UCs, training given after selection. For the Swabi list and form ask LHW coordinator 0346-0000128. Nothing to pay."""},
            {"language": "ur", "text": """خیبر پختونخوا حکومت نے لیڈی ہیلتھ ورکرز کی مرحلہ وار بھرتی شروع کر دی
دیہی اور پسماندہ علاقوں میں زچہ و بچہ کی صحت، حفاظتی ٹیکوں اور آگاہی مہم کے لیے نئی لیڈی ہیلتھ ورکرز بھرتی کی جائیں گی۔ مشیرِ صحت کے مطابق بھرتی شفاف اور میرٹ پر ہوگی اور منتخب خواتین کو تربیت دی جائے گی۔"""},
        ],
    },    {
        "group": "lk5-kp-north-waziristan-teachers-contract-opportunitypk",
        "source": {"url": "https://opportunity.pk/teachers-recruitment-in-district-north-waziristan/",
                   "title": "Advertisement for the Recruitment of Teachers, Elementary and Secondary Education Department, District North Waziristan",
                   "publisher": "Opportunity.pk", "date": "2024"},  # date inferred: page undated
        "facts": ["the KP Elementary and Secondary Education Department invited candidates domiciled in North Waziristan for contract teaching posts in boys' schools",
                  "posts are project-based for an initial five years and not transferable during that term",
                  "posts include Trained Teacher, Arabic Teacher, Physical Education Teacher, Drawing Master and Certified Teacher, all BPS-15, age 19-35",
                  "a bachelor's degree is required, with 8-9 months of in-service training at RPDC/DPD after appointment; quotas for minorities, disabled and transgender candidates"],
        "categories": ["government_job", "teacher", "local_job", "named_employer"],
        "destination": "PK", "trade": "school teacher", "channel": "job_board",
        "items": [
            {"language": "en", "text": """E&SE Department, District North Waziristan - Teachers (Male schools), contract
TT, AT, PET, DM, CT - all BPS-15. Age 19-35. Bachelor's degree (Arabic for AT).
Project posts for 5 years, non-transferable. In-service training (8-9 months) at RPDC/DPD after appointment.
Only North Waziristan domicile. Quota: minorities 5%, disabled 2%, transgender 0.5%."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """NW walo teachers ki bharti aa gayi, BPS 15 sab posts. TT AT PET DM CT. Umar 19 se 35. Sirf North Waziristan domicile. 5 saal project contract hai transfer nahi hoga. Selection ke baad training RPDC me. Ishtehar ki copy 0342-0000519 se le lo, free hai"""},
            {"language": "ur", "text": """ضلع شمالی وزیرستان: مردانہ اسکولوں کے لیے اساتذہ کی کنٹریکٹ پر بھرتی
ٹی ٹی، عربی ٹیچر، پی ای ٹی، ڈرائنگ ماسٹر، سی ٹی — تمام بی پی ایس 15، عمر 19 سے 35 سال۔
پانچ سالہ پراجیکٹ ملازمت، اس دوران تبادلہ نہیں ہوگا۔
صرف شمالی وزیرستان کے ڈومیسائل والے امیدوار اہل ہیں۔"""},
        ],
    },
    {
        "group": "lk5-kp-etea-3000-team-leaders-urdupoint-2020",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/3000-team-leaders-to-be-appointed-for-govt-s-963560.html",
                   "title": "3000 team leaders to be appointed for govt schools",
                   "publisher": "UrduPoint / APP", "date": "2020-07-03"},
        "facts": ["the KP Elementary and Secondary Education minister said 3,000 team leaders would be appointed to improve quality in government schools",
                  "team leaders and new school appointments are to be made through the provincial testing service, ETEA",
                  "appointments in the merged districts were to be completed soon; parameters were to be set for candidates with disabilities",
                  "future appointments in colleges, universities and schools would go through ETEA"],
        "categories": ["government_job", "teacher", "testing_agency", "application_fee_official"],
        "destination": "PK", "trade": "school team leader / teacher", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "text": """KP schools me 3000 team leaders lagenge!! Bharti ETEA test se hogi, kisi sifarish se nahi. Merged districts ki appointments bhi jaldi. ETEA ki test fee bank challan se jama hoti hai, receipt sambhal ke rakhna"""},
            {"language": "en", "channel": "facebook", "text": """KP E&SE: 3,000 Team Leaders for government schools to be appointed soon. All hiring through ETEA (Educational Testing & Evaluation Agency). Separate criteria for persons with disabilities. Watch the ETEA website for the advertisement and test fee challan."""},
            {"language": "ur", "text": """خیبر پختونخوا کے سرکاری اسکولوں میں تین ہزار ٹیم لیڈرز تعینات کیے جائیں گے۔ وزیر تعلیم کے مطابق تمام تقرریاں صوبائی ٹیسٹنگ ایجنسی ای ٹی ای اے کے ذریعے ہوں گی اور ضم شدہ اضلاع میں بھرتی کا عمل جلد مکمل کیا جائے گا۔"""},
        ],
    },
    {
        "group": "lk5-thar-block1-shanghai-electric-1100-jobs-urdupoint-2020",
        "source": {"url": "https://www.urdupoint.com/en/business/1100-new-jobs-announced-under-cpec-asim-bajw-1012806.html",
                   "title": "1100 new jobs announced under CPEC: Asim Bajwa",
                   "publisher": "UrduPoint / APP", "date": "2020-08-27"},
        "facts": ["the CPEC Authority chairman said about 1,100 jobs in various categories had been announced for the Thar Block-1 mining project",
                  "Shanghai Electric announced the jobs at Thar Block-1",
                  "locals were to get preference, subject to criteria and qualifications"],
        "categories": ["local_job", "named_employer", "chinese_employer", "cpec"],
        "destination": "PK", "trade": "coal mine / power project staff", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """CPEC JOBS - THAR BLOCK-1 (Shanghai Electric)
1,100+ vacancies in different categories at the Thar Block-1 mining project.
Preference to local candidates of Tharparkar, subject to qualification and criteria.
Apply only as per the company's official job chart."""},
            {"language": "ur", "channel": "facebook", "text": """سی پیک: تھر بلاک ون منصوبے پر 1100 سے زائد ملازمتیں
شنگھائی الیکٹرک نے مختلف عہدوں کے لیے آسامیوں کا اعلان کیا ہے۔ مقامی افراد کو تعلیم اور ہنر کی بنیاد پر ترجیح دی جائے گی۔ ملازمتوں کا چارٹ دیکھ کر درخواست دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Thar walo Chinese company Shanghai Electric me 1100 naukriyan aayi hain Block-1 pe. Locals ko pehle chance. Driver, helper, operator, engineer sab categories. Chart chahiye to 0335-0000841 pe msg karo, bhej dunga. Koi paisa nahi lagta"""},
        ],
    },
    {
        "group": "lk5-sialkot-football-stitchers-dunyanews-2022",
        "source": {"url": "https://dunyanews.tv/en/Sports/676611---%E2%80%99No-fruit-of-hard-work%E2%80%99:-Pakistan%E2%80%99s-workers-get-merely-Rs160-per-footb",
                   "title": "'No fruit of hard work': Pakistan's workers get merely Rs160 per football",
                   "publisher": "Dunya News (citing Bloomberg)", "date": "2022-11-25"},
        "facts": ["a Sialkot factory makes the Adidas Al Rihla ball for the 2022 World Cup; about 60,000 people in Sialkot work in football manufacturing",
                  "more than 80% of balls are hand-stitched; stitchers earn about Rs160 per ball and each ball takes about three hours",
                  "at three balls a day a stitcher earns about Rs9,600 a month",
                  "most stitchers are women who work in village stitching centres near home; men prepare materials and do quality checks"],
        "categories": ["local_job", "factory_worker", "women_hiring", "piece_rate"],
        "destination": "PK", "trade": "football hand-stitcher", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Stitching center me football silai ke liye khawateen chahiyen. Per ball 160 rupay, jitni balls utni kamai. Gaon ke center me kaam, ghar ke nazdeek. Training de denge. Raabta 0341-0000160"""},
            {"language": "ur", "channel": "facebook", "text": """سیالکوٹ: فٹ بال کی ہاتھ سے سلائی کے لیے کاریگر خواتین درکار
فی گیند 160 روپے اجرت۔ ایک گیند تقریباً تین گھنٹے میں تیار ہوتی ہے۔
کام گاؤں کے اسٹچنگ سینٹر میں ہوگا۔ مرد حضرات کے لیے میٹریل تیاری اور کوالٹی چیکنگ کی جگہیں بھی خالی ہیں۔"""},
            {"language": "en", "text": """Hand stitchers needed - match footballs for export, Sialkot. Piece rate Rs160 per ball (about 3 hours per ball). Women welcome, work at the village stitching centre. Men needed for panel preparation and QC. WhatsApp 0341-0000161."""},
        ],
    },
    {
        "group": "lk5-bisp-2000-vacancies-ban-lifted-brecorder",
        "source": {"url": "https://brecorder.com/news/amp/4187059",
                   "title": "PM relaxes ban on recruitment in BISP",
                   "publisher": "Business Recorder", "date": "2014"},  # date inferred (Nawaz Sharif PM, Enver Baig chairman); title from the lead
        "facts": ["Prime Minister Nawaz Sharif approved relaxing a ban on recruitment in the Benazir Income Support Programme so it could fill about 2,000 vacancies",
                  "some posts are donor-funded and some local; the chairman said all recruitment would be on merit",
                  "BISP's sanctioned strength was 4,000 but it ran with about 2,000 staff, half of them on deputation",
                  "terms of reference for posts were to take three to four weeks; key vacant posts would be filled first"],
        "categories": ["government_job", "government_scheme", "named_employer"],
        "destination": "PK", "trade": "BISP office staff", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """BISP to fill about 2,000 vacancies after the PM lifted the recruitment ban. Both donor-funded and regular posts. All appointments on merit; watch newspapers and the BISP website for the ToRs. BISP does not take money for jobs."""},
            {"language": "ur", "text": """بینظیر انکم سپورٹ پروگرام میں تقریباً دو ہزار خالی آسامیوں پر بھرتی کی منظوری
وزیراعظم نے بھرتیوں پر پابندی میں نرمی کر دی۔ چیئرمین کے مطابق تمام بھرتیاں میرٹ پر ہوں گی اور پہلے مرحلے میں اہم آسامیاں پُر کی جائیں گی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """BISP me 2000 seats khulne wali hain, PM ne ban khatam kar diya. Pehle key posts bharengi phir baqi. Ishtehar akhbar me aayega, tab apply karna. Tehsil office wale bhai ka number 0300-0000388, update deta rahega"""},
        ],
    },
    {
        "group": "lk5-faisalabad-textile-labour-shortage-thenews-2020",
        "source": {"url": "https://www.thenews.com.pk/print/747653-massive-growth",
                   "title": "Massive growth", "publisher": "The News International (letter to the editor)", "date": "2020-11-23"},
        "facts": ["economic activity rose in Faisalabad, Pakistan's textile hub, on high demand for export items",
                  "the textile industry needed an additional 200,000 labourers to meet its targets",
                  "the writer linked the revival to export orders diverted to Pakistan during Covid-19"],
        "categories": ["local_job", "factory_worker", "urgent_hiring", "hard_negative_trade"],
        "destination": "PK", "trade": "power loom / textile worker", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """URGENT!! Faisalabad power loom unit ko 20 karigar chahiye. Export ka order aaya hua hai. Weekly payment, overtime alag. Rehaish ka intezam factory ke paas. Aaj hi aayen. 0321-0000745"""},
            {"language": "ur", "channel": "facebook", "text": """فیصل آباد ٹیکسٹائل ملز میں مزدوروں کی کمی — فوری بھرتی
ایکسپورٹ آرڈرز کی وجہ سے لومز دوبارہ چل پڑی ہیں۔ لوم آپریٹر، ہیلپر اور فولڈنگ کے لیے افراد درکار ہیں۔ تجربہ کار کو ترجیح۔ فیکٹری گیٹ پر انٹرویو۔"""},
            {"language": "en", "text": """Faisalabad textile units need workers: export orders are up and the industry is short of labour. Weavers, helpers and packers wanted, interview at the mill gate."""},
        ],
    },
    {
        "group": "lk5-ufone-summer-internship-computingpk-2017",
        "source": {"url": "https://computing.com.pk/amp/ufone-sip2017",
                   "title": "یوفون کا سمر انٹرن شپ پروگرام 2017ء اختتام پذیر",
                   "publisher": "Computing.com.pk", "date": "2017"},
        "facts": ["Ufone held the closing ceremony of its summer internship programme in Islamabad, Lahore and Karachi",
                  "over 1,300 students from major universities applied; 41 were selected on merit after a test and interview",
                  "the programme began in July 2017 with practical projects and sessions with senior leadership",
                  "interns also did 24 hours of community work, such as giving umbrellas and water to traffic police"],
        "categories": ["internship", "named_employer", "telecom"],
        "destination": "PK", "trade": "summer intern (telecom)", "channel": "company_site",
        "items": [
            {"language": "ur", "text": """یوفون سمر انٹرن شپ پروگرام
اسلام آباد، لاہور اور کراچی میں یونیورسٹی طلبا کے لیے۔ انتخاب ٹیسٹ اور انٹرویو کے بعد میرٹ پر ہوگا۔
جولائی سے عملی منصوبے، سینئر قیادت سے ملاقاتیں اور 24 گھنٹے کی سماجی خدمت پروگرام کا حصہ ہیں۔"""},
            {"language": "en", "channel": "facebook", "text": """Ufone Summer Internship - only 41 seats out of 1,300+ applicants last year! Test + interview, merit only. Islamabad, Lahore, Karachi. Real projects + 24 hours of community service. Apply through the official careers page."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ufone ki summer internship ka test clear ho gaya mera 😍 July se Lahore office. 1300 me se 41 select hue. Koi fee nahi thi, bas test aur interview. Kisi ko guidance chahiye to mujhe msg karo 0333-0000041"""},
        ],
    },
    {
        "group": "lk5-ptcl-one-year-paid-internship-nation-2014",
        "source": {"url": "https://staging.nation.com.pk/19-Feb-2014/ptcl-one-year-paid-internship-programme",
                   "title": "PTCL one-year paid internship programme", "publisher": "The Nation", "date": "2014-02-19"},
        "facts": ["PTCL opened its One-Year Paid Internship Programme 2014 for fresh graduates",
                  "internships cover engineering, finance, marketing, customer care, IT and HR",
                  "50 top performers of the first batch were offered full-time jobs at PTCL and 100 were hired by other organisations; 283 more got jobs during the programme"],
        "categories": ["internship", "named_employer", "telecom", "fresh_graduates"],
        "destination": "PK", "trade": "paid intern (telecom)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """PTCL ONE-YEAR PAID INTERNSHIP PROGRAMME 2014
For fresh graduates: Engineering | Finance | Marketing | Customer Care | IT | HR
Monthly stipend for 12 months. Top performers may be offered permanent jobs.
Apply online on the PTCL careers portal. PTCL charges no fee at any stage."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """PTCL ki 1 saal ki PAID internship aa gayi fresh graduates ke liye. Engineering, finance, marketing, IT, HR sab me. Pichle batch ke 50 logon ko PTCL ne permanent job de di thi. Online apply karo"""},
            {"language": "ur", "channel": "whatsapp", "text": """پی ٹی سی ایل کا ایک سالہ معاوضہ والا انٹرن شپ پروگرام شروع۔ فریش گریجویٹس انجینئرنگ، فنانس، مارکیٹنگ، کسٹمر کیئر، آئی ٹی اور ایچ آر میں درخواست دے سکتے ہیں۔ مزید معلومات کے لیے 0315-0000214"""},
        ],
    },
    {
        "group": "lk5-ptcl-justuju-pwd-internship-urdupoint-2020",
        "source": {"url": "https://www.urdupoint.com/en/technology/ptcl-successfully-concludes-justuju-internshi-1033253.html",
                   "title": "PTCL successfully concludes Justuju internship program",
                   "publisher": "UrduPoint", "date": "2020-09-18"},
        "facts": ["PTCL ran Justuju, a six-week internship only for persons with disabilities, for 20 interns in Islamabad, Lahore and Karachi",
                  "interns had hearing/speech, visual or mobility impairments and were supported by mentors and sign-language interpreters",
                  "the programme was mostly online, with office visits in the final weeks"],
        "categories": ["internship", "named_employer", "telecom", "disability_inclusive"],
        "destination": "PK", "trade": "intern (persons with disabilities)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """PTCL JUSTUJU - Internship for Persons with Disabilities
6 weeks | Islamabad, Lahore, Karachi | 20 seats
Mentor for every intern, sign-language interpretation, mostly online with office visits at the end.
Open to young graduates with hearing, speech, visual or mobility impairments."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai tumhare chhote bhai ke liye acha mauqa, PTCL ki Justuju internship sirf disabled graduates ke liye hai. 6 hafte, zyada tar online, sign language interpreter bhi hota hai. Sirf 20 seats hain jaldi apply karwao. Form bharne me madad chahiye to 0321-0000020"""},
        ],
    },
    {
        "group": "lk5-cpec-authority-internship-thenews-2020",
        "source": {"url": "https://www.thenews.com.pk/latest/700985-how-to-apply-for-cpec-internship-program",
                   "title": "How to apply for CPEC internship program", "publisher": "The News International", "date": "2020"},
        "facts": ["the CPEC Authority launched a three-month internship programme for young people",
                  "100 interns up to age 30 were to be selected for the first batch starting October 2020",
                  "women and religious, ethnic or racial minorities were encouraged to apply",
                  "the authority's office is in the Science and Technology Building, Constitution Avenue, Islamabad"],
        "categories": ["internship", "government_scheme", "cpec", "women_hiring"],
        "destination": "PK", "trade": "intern (government)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """CPEC AUTHORITY INTERNSHIP PROGRAMME
3 months, first batch from October 2020, 100 interns. Maximum age 30.
Women and minorities are encouraged to apply.
CPEC Authority, Science & Technology Building, Constitution Avenue, Islamabad."""},
            {"language": "ur", "channel": "facebook", "text": """سی پیک اتھارٹی کا تین ماہ کا انٹرن شپ پروگرام
پہلے بیچ میں 30 سال تک عمر کے 100 نوجوان منتخب ہوں گے۔ خواتین اور اقلیتی برادریوں کے امیدواروں کی حوصلہ افزائی کی جاتی ہے۔ درخواست صرف سرکاری طریقہ کار کے مطابق دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """CPEC Authority ki internship, 3 mahine, Islamabad. 100 bache select honge, 30 saal tak umar. Larkiyan bhi apply karein. Link mere status pe hai, sawal ho to 0308-0000700"""},
        ],
    },
    {
        "group": "lk5-punjab-cm-it-internship-50000-jang",
        "source": {"url": "https://jang.com.pk/news/1526743",
                   "title": "چیف منسٹر آئی ٹی انٹرن شپ پروگرام کا آغاز", "publisher": "Daily Jang", "date": "2025"},  # date inferred; title from the lead
        "facts": ["the Punjab government launched the Chief Minister IT Internship Programme",
                  "interns get a Rs50,000 monthly stipend during a five-month internship",
                  "IT graduates are placed with IT companies and can apply online after completing a four-year degree"],
        "categories": ["internship", "government_scheme", "high_pay_real", "online_apply"],
        "destination": "PK", "trade": "IT intern", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """چیف منسٹر آئی ٹی انٹرن شپ پروگرام — 5 ماہ، 50 ہزار روپے ماہانہ وظیفہ
چار سالہ آئی ٹی ڈگری مکمل کرنے والے گریجویٹس آن لائن درخواست دیں۔ منتخب امیدواروں کو آئی ٹی کمپنیوں کے ساتھ منسلک کیا جائے گا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Yaar 50 hazar mahana internship ka, sach me hai? Haan Punjab govt ka CM IT internship program hai, 5 mahine, IT companies me lagate hain. 4 saal ki degree chahiye. Online apply, koi fee nahi"""},
            {"language": "en", "channel": "facebook", "text": """CM Punjab IT Internship: Rs 50,000 per month for 5 months 💻 For BS IT/CS graduates (4-year degree). Interns placed with IT companies. Apply online on the official portal only."""},
        ],
    },
    {
        "group": "lk5-punjab-cm-internship-25000-dailypoint",
        "source": {"url": "https://dailypointpk.com/punjab-mein-internship-program-ka-aghaz",
                   "title": "وزیر اعلیٰ مریم نواز نے پنجاب میں انٹرن شپ پروگرام کا آغاز کر دیا", "publisher": "Daily Point", "date": "2024"},  # date inferred
        "facts": ["the Punjab Chief Minister launched an internship programme offering 6,000 internships in the first phase",
                  "interns receive Rs25,000 monthly stipend; the first phase lasts six months",
                  "graduates of the last two years are preferred; age limit 18-25"],
        "categories": ["internship", "government_scheme", "fresh_graduates"],
        "destination": "PK", "trade": "intern (government)", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """پنجاب میں چیف منسٹر انٹرن شپ پروگرام کا آغاز
پہلے مرحلے میں 6 ہزار انٹرن شپس، ماہانہ وظیفہ 25 ہزار روپے، دورانیہ چھ ماہ۔
گزشتہ دو برس میں ڈگری مکمل کرنے والوں کو ترجیح، عمر 18 سے 25 سال۔"""},
            {"language": "ur-Latn", "text": """CM Punjab internship 25k monthly, 6 mahine!! 6000 seats pehle phase me. Umar 18-25 aur 2 saal ke andar degree hui ho. Fresh grads jaldi apply karo"""},
            {"language": "en", "channel": "whatsapp", "text": """Punjab CM Internship Programme: 6,000 internships, Rs 25,000/month stipend for 6 months. Age 18-25, recent graduates preferred. Queries: 0322-0000625 (district youth office)"""},
        ],
    },
    {
        "group": "lk5-unicef-bajaur-female-polio-mobilisers-dawn-2017",
        "source": {"url": "https://www.dawn.com/news/1347667/women-to-be-hired-for-polio-eradication-plan-in-bajaur",
                   "title": "Women to be hired for polio eradication plan in Bajaur", "publisher": "Dawn", "date": "2017-07"},  # date inferred: test 'July 28'
        "facts": ["UNICEF planned to hire 62 female staff, including community and social mobilisers, for polio eradication in Bajaur Agency",
                  "test and interview of candidates were to begin on July 28; call letters had been issued",
                  "the process was to be completed by the end of July and later replicated in other tribal agencies"],
        "categories": ["un_agency", "women_hiring", "healthcare", "local_job"],
        "destination": "PK", "trade": "community / social mobiliser (polio)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """UNICEF Polio Eradication - Bajaur: 62 female Community Mobilisers and Social Mobilisers. Women only. Test and interview from 28 July. Call letters have been sent to shortlisted candidates; bring your call letter and CNIC."""},
            {"language": "ur", "channel": "facebook", "text": """باجوڑ میں انسدادِ پولیو پروگرام کے لیے خواتین کی بھرتی
یونیسف کمیونٹی موبلائزر اور سوشل موبلائزر کی 62 آسامیوں پر صرف خواتین کو بھرتی کرے گا۔ ٹیسٹ اور انٹرویو 28 جولائی سے شروع ہوں گے۔ کال لیٹر جاری کر دیے گئے ہیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bajaur ki behno UNICEF polio me female mobilizer ki 62 jobs hain. 28 July se test interview. Call letter aaya hai to sath le jana. Info ke liye HCSO office 0346-0000062"""},
        ],
    },
    {
        "group": "lk5-kp-polio-ucoms-tank-peshawar-merenukkri-2023",
        "source": {"url": "https://merenukkri.com/polio-workers-polio-eradication-program-2023-jobs-online-apply/",
                   "title": "Polio Workers – Polio Eradication Program 2023 Jobs – Online Apply", "publisher": "Merenukkri", "date": "2023"},
        "facts": ["The People Organisation advertised 190 posts for the KP Polio Eradication Programme in Tank and Peshawar (from Daily Mashriq)",
                  "posts include ALSM and UCCSO in every tehsil, open to men and women from KP and merged districts",
                  "candidates need a bachelor's degree and two to three years of community mobilisation experience; a social sciences master's is preferred"],
        "categories": ["ngo", "healthcare", "local_job", "women_hiring"],
        "destination": "PK", "trade": "polio community mobiliser", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """POLIO ERADICATION PROGRAMME KP - 190 POSTS (Tank & Peshawar)
ALSM and UC Communication Support Officers, every tehsil. Male and female.
Bachelor's + 2-3 years community mobilisation experience. Master's in social sciences preferred.
Residents of KP and merged districts only."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Polio program me 190 jobs Tank aur Peshawar ke liye. Mard aur khawateen dono. BA ke sath 2-3 saal community mobilization ka tajurba. Ishtehar Mashriq akhbar me aaya hai, wahi se apply karo. Tank wale info ke liye 0346-0000190"""},
            {"language": "ur", "text": """انسدادِ پولیو پروگرام خیبر پختونخوا: ٹانک اور پشاور میں 190 آسامیاں۔ مرد و خواتین درخواست دے سکتے ہیں۔ بیچلر ڈگری اور کمیونٹی موبلائزیشن میں دو سے تین سال کا تجربہ ضروری ہے۔"""},
        ],
    },
    {
        "group": "lk5-punjab-university-visiting-lecturers-fee-jobzlift-2025",
        "source": {"url": "https://jobzlift.com/?p=3395",
                   "title": "PU Jobs 2025 Visiting Lecturers Recruitment", "publisher": "JobzLift", "date": "2025-07-23"},
        "facts": ["the University of the Punjab invited applications for contract, part-time visiting lecturers for Fall 2025",
                  "applications online via the PU careers portal, closing 31 July 2025",
                  "eligibility MPhil/PhD or equivalent; no age limit",
                  "application fee Rs500 paid by online challan"],
        "categories": ["teacher", "university", "application_fee_official", "named_employer"],
        "destination": "PK", "trade": "visiting lecturer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """University of the Punjab - Visiting Lecturers, Fall 2025
Part-time, contract. MPhil/PhD or equivalent. No age limit.
Apply online on the PU careers portal by 31 July 2025.
Processing fee Rs 500 through the university's online challan only."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """PU me visiting lecturer ke liye apply kar do, last date 31 July. MPhil chahiye. 500 ki challan fee hai university ke portal se, kisi bande ko cash mat dena. Form me help chahiye to 0323-0000500"""},
            {"language": "ur", "text": """جامعہ پنجاب میں وزٹنگ لیکچررز کی آسامیاں (فال 2025)
ایم فل یا پی ایچ ڈی امیدوار 31 جولائی تک آن لائن درخواست دیں۔ درخواست فیس 500 روپے آن لائن چالان کے ذریعے۔ عمر کی کوئی حد نہیں۔"""},
        ],
    },
    {
        "group": "lk5-mlcd-cantonments-udc-ldc-careerspk-2025",
        "source": {"url": "https://careerspk28.blogspot.com/2025/05/military-lands-cantonments-department.html",
                   "title": "MILITARY LANDS & CANTONMENTS DEPARTMENT Jobs 2025", "publisher": "Careers PK (blog)", "date": "2025-05"},
        "facts": ["the Military Lands & Cantonments Department, Rawalpindi, invited applications for UDC (BS-13) and LDC (BS-11) posts",
                  "UDC needs a graduation with grade C and 30 wpm typing; LDC needs intermediate and 30 wpm; both must pass a departmental test and interview",
                  "appointments under the Pakistan Cantonment Servants Rules 1954 with one-year probation, transferable anywhere in Pakistan; men and women may apply",
                  "applications through the careers portal within 15 days; no TA/DA for test or interview"],
        "categories": ["government_job", "cantonment", "clerk", "named_employer"],
        "destination": "PK", "trade": "clerk (UDC / LDC)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """MILITARY LANDS & CANTONMENTS DEPARTMENT, RAWALPINDI
UDC (BS-13): Graduation (min. Grade C), typing 30 wpm
LDC (BS-11): Intermediate (min. Grade C), typing 30 wpm
Departmental test and interview. One-year probation. Transferable all over Pakistan. Male and female candidates.
Apply online on the department's careers portal within 15 days. No TA/DA for test/interview."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Cantonment dept me clerk ki jobs aayi hain bhai. LDC ke liye FA aur typing 30 ki speed, UDC ke liye BA. Online apply 15 din me. Transfer poore Pakistan me ho sakta hai ye yaad rakhna. Test ki tayari ke notes chahiye to 0304-0000113"""},
            {"language": "ur", "text": """ملٹری لینڈز اینڈ کنٹونمنٹس ڈیپارٹمنٹ راولپنڈی میں کلرکوں کی آسامیاں
یو ڈی سی (بی ایس 13): گریجویشن، ٹائپنگ 30 الفاظ فی منٹ
ایل ڈی سی (بی ایس 11): انٹرمیڈیٹ، ٹائپنگ 30 الفاظ فی منٹ
مرد و خواتین درخواست دے سکتے ہیں۔ ٹیسٹ اور انٹرویو کے لیے کوئی ٹی اے/ڈی اے نہیں دیا جائے گا۔"""},
        ],
    },
    {
        "group": "lk5-services-hospital-radiology-275-posts-city42-2021",
        "source": {"url": "https://city42.tv/16-Aug-2021/69543?version=amp",
                   "title": "سروسز ہسپتال کے ریڈیالوجی ڈیپارٹمنٹ میں بھرتیوں کی منظوری", "publisher": "City 42", "date": "2021-08-16"},  # title from the lead
        "facts": ["the Punjab cabinet finance committee approved filling 275 vacant teaching and non-teaching posts for the new radiology department of Services Hospital Lahore",
                  "posts in grades 5 to 15 are to be filled on contract",
                  "they include 7 junior computer operators, 20 junior technicians, 21 ayas, 5 anaesthesia assistants, 16 ward servants and 20 radiographers"],
        "categories": ["government_job", "healthcare", "hospital_support_staff", "local_job"],
        "destination": "PK", "trade": "radiographer / technician / ward servant", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سروسز ہسپتال لاہور، شعبہ ریڈیالوجی: 275 آسامیوں پر کنٹریکٹ بھرتی
ریڈیوگرافر 20، جونیئر ٹیکنیشن 20، آیا 21، وارڈ سرونٹ 16، جونیئر کمپیوٹر آپریٹر 7، اینستھیزیا اسسٹنٹ 5۔
گریڈ 5 سے 15۔ درخواستیں اشتہار میں دیے گئے طریقہ کار کے مطابق جمع کروائیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Services hospital me ward servant aur aya ki seats aa rahi hain, radiology wale naye block me. Radiographer ki bhi 20 seats. Contract pe hain. Ishtehar aate hi group me daal dunga. Apna CV tayar rakho. Group join karne ke liye 0322-0000275"""},
            {"language": "en", "channel": "facebook", "text": """Services Hospital Lahore - new Radiology Department: 275 contract posts approved (BPS-5 to 15). Radiographers 20, Junior Technicians 20, Ayas 21, Ward Servants 16, Junior Computer Operators 7, Anaesthesia Assistants 5. Wait for the official advertisement."""},
        ],
    },
    {
        "group": "lk5-kp-700-doctors-paramedics-nurses-geo-2012",
        "source": {"url": "https://urdu.geo.tv/latest/5686-latest-news",
                   "title": "خیبر پختون خوا میں سات سو سے زیادہ ڈاکٹروں، پیرامیڈیکس اور نرسوں کی بھرتی کا فیصلہ", "publisher": "Geo Urdu", "date": "2012-03-17"},  # title from the lead
        "facts": ["the Khyber Pakhtunkhwa government decided to recruit more than 700 doctors, paramedics and nurses for hospitals in the province",
                  "the decision followed vacant posts and the need for better patient care",
                  "recruitment was to start the following month, with quotas for all BHUs and district headquarters hospitals"],
        "categories": ["government_job", "healthcare", "nursing"],
        "destination": "PK", "trade": "doctor / nurse / paramedic", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """خیبر پختونخوا: سرکاری اسپتالوں میں 700 سے زائد ڈاکٹروں، پیرامیڈیکس اور نرسوں کی بھرتی
بنیادی مراکز صحت اور ڈسٹرکٹ ہیڈکوارٹر اسپتالوں کے لیے کوٹہ مقرر۔ بھرتیوں کا عمل اگلے ماہ شروع ہوگا۔"""},
            {"language": "en", "channel": "facebook", "text": """KP Health Department to hire 700+ doctors, paramedics and nurses. Quota for every BHU and DHQ hospital. Process starts next month - keep your PNC / PMDC registration and domicile ready."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Nurses aur paramedics ke liye khushkhabri, KP health me 700 se zyada bhartiyan agle mahine se. BHU aur DHQ sab ka quota hai. Apne district ka ad dekhte rehna. Swat wale 0345-0000700 pe rabta karein"""},
        ],
    },
    {
        "group": "lk5-peshawar-private-schools-female-teachers-pickdrop",
        "source": {"url": "https://thepeshawar.com/news-and-events/education-first-lucrative-jobs-draw-female-teachers-to-city-s-outskirts/",
                   "title": "Education first: Lucrative jobs draw female teachers to city's outskirts", "publisher": "The Peshawar", "date": "2019"},  # date inferred: page undated
        "facts": ["private schools on Peshawar's outskirts (union councils Mattani, Maryamzai, Adezai) advertised posts for women teachers before the new session",
                  "schools offer pick-and-drop from the city and competitive salaries because qualified women are scarce in rural areas",
                  "one owner needed women to teach girls' higher secondary classes and wanted at least a bachelor's degree"],
        "categories": ["local_job", "teacher", "women_hiring", "private_school", "whatsapp_contact"],
        "destination": "PK", "trade": "female teacher (private school)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """FEMALE TEACHERS REQUIRED - girls' higher secondary school, Mattani (Peshawar)
Subjects: English, Maths, Biology, Chemistry. Minimum Bachelor's.
✅ Pick & drop from Peshawar city
✅ Competitive salary
New session starting soon. Send CV on WhatsApp 0311-0000627 or walk in 9am-12pm."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Adezai me girls school ko female teachers chahiyen. BA/BSc zaroori. Shehar se pick and drop school ki taraf se. Tankhwa munasib. Sirf khawateen rabta karein 0331-0000940"""},
            {"language": "ur", "text": """ضرورت برائے خواتین اساتذہ
مریم زئی پشاور کے نجی گرلز اسکول کے لیے کم از کم بی اے/بی ایس سی خواتین اساتذہ درکار ہیں۔ شہر سے پک اینڈ ڈراپ کی سہولت۔ پرکشش تنخواہ۔ نئے تعلیمی سال سے قبل انٹرویو۔"""},
        ],
    },
    {
        "group": "lk5-ajk-teachers-through-nts-pakistantoday-2017",
        "source": {"url": "https://archive.pakistantoday.com.pk/2017/04/02/ajk-govt-to-recruit-teachers-through-nts",
                   "title": "AJK govt to recruit teachers through NTS", "publisher": "Pakistan Today", "date": "2017-04-02"},
        "facts": ["the AJK government decided to recruit school teachers through the National Testing Service to ensure merit",
                  "departmental selection committees or officers may no longer make appointments; the minister cancelled two irregular appointments",
                  "qualifications were raised: BA/BEd for primary teachers and MA/BEd for junior teachers"],
        "categories": ["government_job", "teacher", "testing_agency", "application_fee_official"],
        "destination": "PK", "trade": "school teacher", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """AJK Elementary & Secondary Education: all teacher recruitment now through NTS only. No appointment by any committee or officer. Primary teacher: BA, B.Ed. Junior teacher: MA, B.Ed. Pay the NTS test fee at the designated bank branch and keep the deposit slip."""},
            {"language": "ur", "channel": "facebook", "text": """آزاد کشمیر: اساتذہ کی بھرتی اب صرف این ٹی ایس کے ذریعے ہوگی
وزیر تعلیم کے مطابق کوئی سلیکشن کمیٹی یا افسر براہِ راست تقرری نہیں کر سکے گا۔ پرائمری ٹیچر کے لیے بی اے بی ایڈ اور جونیئر ٹیچر کے لیے ایم اے بی ایڈ لازمی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Kashmir walo ab teacher sirf NTS test se lagega, koi sifarish nahi chalegi. Primary ke liye BA BEd, junior ke liye MA BEd. NTS fee bank me jama karwa ke challan sambhal lo. Koi kahe 'paise do naukri pakki' to woh jhoota hai. NTS info desk Muzaffarabad: 0355-0000417"""},
        ],
    },
    {
        "group": "lk5-ajk-318-computer-instructors-urdupoint-2021",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/ajk-govt-approves-vacancies-of-computer-instr-1230432.html",
                   "title": "AJK Govt Approves Vacancies Of Computer Instructors For 318 Educational Institutions", "publisher": "UrduPoint / APP", "date": "2021-04-21"},
        "facts": ["the AJK government approved permanent computer instructor posts for 318 computer labs in public educational institutions",
                  "the Finance Department issued the notification; posts are to be filled on merit",
                  "the prime minister said NTS testing had brought qualified teachers into the education department"],
        "categories": ["government_job", "teacher", "it", "testing_agency"],
        "destination": "PK", "trade": "computer instructor", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "text": """AJK ke IT walon ke liye 318 computer instructor ki PERMANENT posts approve ho gayi hain! Har sarkari school/college ki lab ke liye ek. Merit pe bharti, test NTS ka. Ishtehar ka intezar karo. Mirpur walon ke liye group: 0345-0000318"""},
            {"language": "en", "channel": "facebook", "text": """Azad Jammu & Kashmir: 318 permanent Computer Instructor posts approved for computer labs in public schools and colleges. Notification issued by the Finance Department; recruitment on merit through testing."""},
            {"language": "ur", "text": """آزاد کشمیر حکومت نے سرکاری تعلیمی اداروں کی 318 کمپیوٹر لیبارٹریوں کے لیے کمپیوٹر انسٹرکٹرز کی مستقل آسامیوں کی منظوری دے دی۔ بھرتیاں میرٹ پر ہوں گی۔"""},
        ],
    },
    {
        "group": "lk5-lrh-peshawar-senior-doctors-overseas-urdupoint-2021",
        "source": {"url": "https://www.urdupoint.com/en/health/more-than-100-senior-doctors-appointed-at-lrh-1247050.html",
                   "title": "More Than 100 Senior Doctors Appointed At LRH In Three Years", "publisher": "UrduPoint / APP", "date": "2021-05-10"},
        "facts": ["Lady Reading Hospital Peshawar hired more than 100 senior doctors in three years after the MTI Act",
                  "many new assistant and associate professors were Pakistanis returning from hospitals in England, the USA, Europe and the Gulf",
                  "a new advertisement sought more assistant professors, associate professors, professors and unit heads"],
        "categories": ["healthcare", "named_employer", "high_pay_real", "hard_negative_destination"],
        "destination": "PK", "trade": "consultant doctor / professor", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """LADY READING HOSPITAL - MTI, PESHAWAR
Applications invited for Professors, Associate Professors, Assistant Professors and Heads of Units in all clinical departments.
Pakistani consultants working in the UK, USA, Europe and the Gulf are encouraged to apply. Attractive MTI salary package.
Apply as per the advertisement on the hospital website."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Dr sahab, aap UK me ho to LRH Peshawar ki nayi faculty posts dekh lo. Pichle 3 saal me 100 se zyada senior doctors aaye hain, kaafi baahar se wapas aaye. MTI package acha hai. Ad hospital ki website pe hai"""},
            {"language": "ur", "text": """لیڈی ریڈنگ ہسپتال پشاور میں پروفیسرز، ایسوسی ایٹ اور اسسٹنٹ پروفیسرز کی نئی آسامیاں مشتہر۔ ترجمان کے مطابق گزشتہ تین برس میں سو سے زائد سینئر ڈاکٹر بھرتی ہوئے جن میں بیرونِ ملک کام کرنے والے پاکستانی بھی شامل ہیں۔"""},
        ],
    },
    {
        "group": "lk5-powerchina-diamer-bhasha-190-local-jobs-2023",
        "source": {"url": "https://www.breakinglatest.news/news/the-announcement-of-the-chinese-company-to-give-jobs-to-local-residents/",
                   "title": "The announcement of the Chinese company to give jobs to local residents", "publisher": "Breaking Latest News", "date": "2023-04-07"},
        "facts": ["Power China, main contractor of the Diamer Bhasha Dam, announced 190 jobs for local residents of Gilgit-Baltistan in ten categories",
                  "openings: 53 construction workers, 41 steel fixers, 25 masons, 24 welders, 29 labourers, 7 technicians, 5 scaffolders, 3 electricians, 2 drillers and 1 driver",
                  "local applicants could apply until 11 April; the company says it regularly trains and hires people from the site area on a long-term basis"],
        "categories": ["local_job", "construction", "chinese_employer", "named_employer", "cpec"],
        "destination": "PK", "trade": "construction trades (mason, welder, steel fixer)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """POWER CHINA - DIAMER BHASHA DAM (MW-1) - JOBS FOR LOCALS 🏗️
Construction workers 53 | Steel fixers 41 | Labourers 29 | Masons 25 | Welders 24 | Technicians 7 | Scaffolders 5 | Electricians 3 | Drillers 2 | Driver 1
Long-term employment. Local residents of the project area only. Last date 11 April.
Apply at the contractor's site HR office with CNIC and experience certificates."""},
            {"language": "ur", "text": """دیامر بھاشا ڈیم: پاور چائنہ کی جانب سے مقامی افراد کے لیے 190 ملازمتیں
اسٹیل فکسر، مستری، ویلڈر، مزدور، ٹیکنیشن، الیکٹریشن، ڈرلر اور ڈرائیور درکار۔ طویل مدتی بنیادوں پر ملازمت۔
مقامی امیدوار 11 اپریل تک درخواست دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Chilas walo dam pe Power China ko mistri, welder, saria wala aur mazdoor chahiye, 190 banday. Sirf local. 11 April last date. Site office me CNIC le ke jao. Mera cousin wahan HR me hai, pata karna ho to 0355-0000190"""},
        ],
    },
    {
        "group": "lk5-wapda-diamer-basha-124-local-vacancies-thenews-2020",
        "source": {"url": "https://www.thenews.com.pk/print/717899-wapda-starts-process-for-jobs-to-people-in-gb",
                   "title": "Wapda starts process for jobs to people in GB", "publisher": "The News International", "date": "2020-09-21"},
        "facts": ["WAPDA advertised 124 vacancies in BPS-6 to 16 for the Diamer Basha Dam, open only to people of Diamer district and Gilgit-Baltistan",
                  "it had earlier advertised 179 posts in BPS-14 to 20 and 317 posts for security personnel, with priority to locals",
                  "Rs78.5 billion is being spent on resettlement and confidence-building measures; about 16,500 jobs are expected nationally and locally"],
        "categories": ["government_job", "construction", "local_job", "named_employer"],
        "destination": "PK", "trade": "dam project staff / security guard", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "text": """WAPDA ne Diamer Basha dam ke liye 124 naukriyan nikali hain grade 6 se 16, sirf Diamer aur GB walon ke liye! Security guard ki 317 posts alag. Akhbar ka ishtehar dekh ke apply karo, WAPDA kisi ko paisa lene ka nahi kehta"""},
            {"language": "en", "channel": "facebook", "text": """WAPDA - Diamer Basha Dam Project
124 vacancies (BPS-6 to 16) reserved for residents of District Diamer / Gilgit-Baltistan.
Also advertised: 179 posts (BPS-14 to 20) and 317 security posts, priority to locals of the project area."""},
            {"language": "ur", "channel": "whatsapp", "text": """واپڈا دیامر بھاشا ڈیم میں گریڈ 6 سے 16 تک کی 124 آسامیاں صرف ضلع دیامر اور گلگت بلتستان کے لوگوں کے لیے۔ سکیورٹی کی 317 آسامیاں بھی مشتہر۔ معلومات کے لیے 0312-0000124"""},
        ],
    },
    {
        "group": "lk5-meezan-bank-bso-batch-21-furfulfil-2026",
        "source": {"url": "https://furfulfil.com/job/meezan-bank-jobs-online-apply-for-branch-service-officers-cashiers-69",
                   "title": "Meezan Bank Jobs – Online Apply for Branch Service Officers (Cashiers)", "publisher": "Furfulfil", "date": "2026-01-01"},
        "facts": ["Meezan Bank announced nationwide hiring of Branch Services Officers (Cashiers) under BSO Batch No. 21 - 2026, aimed mainly at fresh graduates",
                  "applicants need 14 years of education from an HEC-recognised institution; Islamic finance is an advantage",
                  "maximum age 26 as of 31 December 2025, with a two-year relaxation for some candidates",
                  "apply online through the Meezan Bank careers portal by 15 January 2026; postings at branches across Pakistan"],
        "categories": ["bank", "named_employer", "fresh_graduates", "online_apply"],
        "destination": "PK", "trade": "bank cashier / branch services officer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """MEEZAN BANK - BRANCH SERVICES OFFICER (CASHIER), BSO BATCH 21
Fresh graduates (14 years education, HEC recognised). Islamic finance background a plus.
Max age 26 as on 31 Dec 2025.
Apply online on the Meezan Bank careers portal only. Last date: 15 January 2026.
Postings at branches across Pakistan."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Meezan bank ka BSO batch 21 aa gaya, cashier ki job fresh graduates ke liye. 14 saal taleem, 26 saal tak umar. 15 Jan tak online apply. Bank koi fee nahi leta, koi agent 'confirm seat' ke paise maange to samajh jao fraud hai"""},
            {"language": "ur", "text": """میزان بینک میں برانچ سروسز آفیسر (کیشیئر) کی بھرتی، بیچ نمبر 21
چودہ سالہ تعلیم کے حامل فریش گریجویٹس 15 جنوری تک بینک کے کیریئر پورٹل پر آن لائن درخواست دیں۔ زیادہ سے زیادہ عمر 26 سال۔"""},
        ],
    },
    {
        "group": "lk5-nbp-processing-officer-og3-ppscjobs",
        "source": {"url": "https://ppscjobs.online/?p=885",
                   "title": "National Bank of Pakistan Processing Officer (OG-III) Retail Banking", "publisher": "PPSC Jobs (job blog)", "date": "2025"},  # date inferred: page undated
        "facts": ["National Bank of Pakistan advertised Processing Officer (OG-III) posts in Retail Banking at a salary of Rs60,000",
                  "postings in 25 cities including Bannu, Larkana, Mardan, Mirpurkhas, Muzaffarabad (AJK), Peshawar, Sukkur and Vehari",
                  "minimum graduation (master's preferred), maximum age 26; fresh graduates encouraged, one year of banking/MIS experience preferred",
                  "duties: processing personal loans, database management, checking loan proposals for compliance"],
        "categories": ["bank", "named_employer", "fresh_graduates", "government_job"],
        "destination": "PK", "trade": "bank processing officer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """NATIONAL BANK OF PAKISTAN - Processing Officer (OG-III), Retail Banking
Salary: PKR 60,000 per month
Stations: Karachi, Lahore, Peshawar, Mardan, Bannu, Sukkur, Larkana, Mirpurkhas, Muzaffarabad and more
Graduation minimum (Master's preferred). Age up to 26. Fresh graduates welcome.
Apply online via NBP careers page."""},
            {"language": "ur", "channel": "facebook", "text": """نیشنل بینک آف پاکستان: پروسیسنگ آفیسر (او جی تھری) — تنخواہ 60 ہزار روپے
پشاور، مردان، بنوں، سکھر، لاڑکانہ، میرپورخاص، مظفرآباد سمیت 25 شہروں میں تعیناتی۔
کم از کم گریجویشن، عمر 26 سال تک، فریش گریجویٹس بھی اہل۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """NBP me processing officer ki job 60 hazar tankhwa, Bannu aur Larkana me bhi seats hain. Graduation aur 26 saal tak. Mujhe link chahiye tha kisi ke paas ho to bhejo. Mera num 0301-0000603"""},
        ],
    },
    {
        "group": "lk5-wilshire-labs-400-sales-professionals-nation-2018",
        "source": {"url": "https://nation.com.pk/20-Jun-2018/three-day-training-programme",
                   "title": "Three-day training programme", "publisher": "The Nation", "date": "2018-06-20"},
        "facts": ["Wilshire Labs held a three-day training programme in Lahore for more than 400 newly hired sales professionals",
                  "the caretaker Punjab industries minister opened the training",
                  "he said Pakistan has more than 850 pharmaceutical manufacturing units"],
        "categories": ["local_job", "named_employer", "pharma", "sales", "fresh_graduates"],
        "destination": "PK", "trade": "pharmaceutical sales representative", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """WILSHIRE LABS IS HIRING - Medical / Sales Representatives across Punjab
400+ new sales professionals joining this season! Three-day induction training in Lahore.
Science graduates preferred.
Walk-in interviews at the Lahore head office this week."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Pharma company Wilshire ne 400 se zyada naye MR rakhe hain, Lahore me 3 din ki training hui. Agar tum BSc ho to try karo, inki hiring chal rahi hai. HR ka number 0324-0000400"""},
            {"language": "ur", "text": """دوا ساز کمپنی ولشائر لیبز کے 400 سے زائد نئے سیلز ملازمین کی تین روزہ تربیت لاہور میں شروع۔ نگران وزیر صنعت کے مطابق ملک میں 850 سے زیادہ فارماسیوٹیکل یونٹس کام کر رہے ہیں۔"""},
        ],
    },
    {
        "group": "lk5-unhcr-unops-protection-assistant-por-centres-2024",
        "source": {"url": "https://undpjobs.net/vacancy/protection-assistant-698028",
                   "title": "Protection Assistant (UNOPS LICA4)", "publisher": "UNDPJobs.net (UNHCR vacancy)", "date": "2024-06"},
        "facts": ["UNHCR Pakistan advertised a Protection Assistant post on a UNOPS LICA4 local contract, target start 15 July 2024, applications until 23 June 2024",
                  "the post supports PoR Card Modification Centres opening in 11 locations after the DRIVE exercise that gave about 1.3 million Afghan refugees new PoR cards",
                  "the centres update refugee data, record vital events, reissue PoR cards and refer people with protection needs"],
        "categories": ["un_agency", "named_employer", "local_job", "online_apply"],
        "destination": "PK", "trade": "protection assistant (UN local contract)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """UNHCR Pakistan - Protection Assistant (UNOPS LICA-4, local individual contract)
Support to PoR Card Modification Centres for registered Afghan refugees.
Start date: 15 July 2024. Deadline: 23 June 2024.
Apply online through the UN careers portal. UNHCR does not charge any fee at any stage of recruitment."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """UNHCR me protection assistant ki local post aayi hai, UNOPS contract LICA4. PoR card centres ka kaam hai. 23 June last date, online apply. Pashto/Dari aati ho to faida hai. Form me madad chahiye to 0333-0000724"""},
            {"language": "ur", "channel": "facebook", "text": """یو این ایچ سی آر پاکستان: پروٹیکشن اسسٹنٹ کی آسامی (مقامی کنٹریکٹ)
افغان مہاجرین کے پی او آر کارڈ موڈیفکیشن سینٹرز میں کام۔ آخری تاریخ 23 جون، آن لائن درخواست۔ بھرتی کے کسی مرحلے پر کوئی فیس نہیں لی جاتی۔"""},
        ],
    },
    {
        "group": "lk5-karachi-pizza-delivery-riders-dawn-2014",
        "source": {"url": "http://www.dawn.com/news/1101128/code.jquery.com",
                   "title": "Meals on wheels", "publisher": "Dawn", "date": "2014-04-20"},
        "facts": ["Dawn profiled food delivery riders in Karachi who deliver restaurant orders by motorbike, often late at night",
                  "one BCom student works part-time as a delivery rider for Rs9,000 a month to pay for his studies",
                  "the motorbike belongs to the restaurant and is handed back to the manager each night"],
        "categories": ["local_job", "rider", "part_time", "whatsapp_contact"],
        "destination": "PK", "trade": "delivery rider", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Delivery rider chahiye, Khayaban e Nishat branch DHA. Bike restaurant ki, fuel restaurant ka. Part time shaam 6 se 12, students ke liye best. Tankhwa 9000 + tips. Licence zaroori. Call/WA 0300-0000909"""},
            {"language": "en", "channel": "facebook", "text": """NOW HIRING: Delivery riders (part-time, evening shift) - Karachi DHA branch. Company motorbike provided, hand back after shift. Students welcome. Valid licence required. Walk in after 5pm or WhatsApp 0300-0000910."""},
            {"language": "ur", "text": """ضرورت ڈیلیوری رائیڈر — ڈیفنس کراچی
پارٹ ٹائم شام کی شفٹ، موٹر سائیکل ریسٹورنٹ کی طرف سے۔ طلبہ کے لیے موزوں۔ ڈرائیونگ لائسنس لازمی۔"""},
        ],
    },
]
