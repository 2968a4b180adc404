"""Locked test set (lk2), genuine jobs inside Pakistan that share surface features with lures:
government recruitment with lawful test / application fees (PPSC, FPSC, NTS, ETEA, Sukkur IBA,
PSCA, PIA), selected-candidate and merit-list notices after a real test, walk-in interviews,
WhatsApp-only contact for real schemes, women's work, riders and ride-hailing, stipend internships,
online Quran teaching, job fairs and job-board posts. Each group is one public source; items are
rewritten from its facts, with synthetic contacts in the reserved style."""

GROUPS = [
    {
        "group": "lk2-ppsc-fee-psid-2024",
        "source": {"url": "https://pakobserver.net/ppsc-latest-fee-structure-2024-for-various-jobs",
                   "title": "PPSC latest fee structure 2024 for various jobs",
                   "publisher": "Pakistan Observer", "date": "2024"},
        "facts": ["PPSC advertises posts, takes online applications, then issues roll numbers and holds the test",
                  "as of April 2024 the fee is Rs600 for a one-paper MCQ test and Rs1,000 for competitive exams",
                  "the fee is paid through a PSID via ATM, mobile or internet banking, 1Link bank counters or JazzCash/Easypaisa",
                  "candidates with disabilities and PPSC employees are exempt from the fee"],
        "categories": ["government_job", "application_fee_official", "ppsc", "local_job"],
        "destination": "PK", "trade": "provincial government posts", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """پنجاب پبلک سروس کمیشن کی نئی آسامیاں 📢
ایک پیپر MCQ ٹیسٹ والی پوسٹ کی فیس صرف 600 روپے، کمپیٹیٹو امتحان کی 1000 روپے۔
فیس آن لائن اپلائی کرتے وقت ملنے والے PSID نمبر سے جمع ہوگی — اے ٹی ایم، موبائل بینکنگ، جاز کیش یا ایزی پیسہ سے۔
معذور امیدوار فیس سے مستثنیٰ ہیں۔ رول نمبر سلپ کمیشن خود جاری کرے گا۔"""},
            {"language": "ur-Latn", "text": """PPSC ki fees kitni hai 2024 mein? One paper MCQ test ke liye 600 rupay aur competitive exam ke 1000. PSID number milta hai apply karte waqt, usi se Easypaisa ya JazzCash se jama karwa do. Disabled candidates ki fees maaf hai. Kisi agent ko paisay na dein, sab online hai
Mazeed job alerts ke liye hamara WhatsApp group: 0300-0000731"""},
            {"language": "en", "text": """PPSC fee update (April 2024): one-paper MCQ test Rs600, competitive examination Rs1,000. Pay only against the PSID generated with your online application, via ATM, internet/mobile banking, any 1Link member bank counter or mobile wallets. Persons with disabilities and PPSC employees are exempted. Roll number slips are issued by the Commission before the test."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """bhai PPSC wala form bhar diya, 600 ki fees PSID se jazzcash kr di. ab roll number slip ka wait"""},
        ],
    },
    {
        "group": "lk2-fpsc-treasury-challan-fee",
        "source": {"url": "http://fpsc.gov.pk/ge/application-fee", "title": "Application Fee",
                   "publisher": "Federal Public Service Commission", "date": None},
        "facts": ["FPSC application fee is Rs300 for BS-16 and 17, Rs750 for BS-18, Rs1,200 for BS-19 and Rs1,500 for BS-20 and above",
                  "the fee is deposited by the closing date at a government treasury or National Bank branch under the FPSC receipt head",
                  "cash, postal orders, cheques, money orders and drafts are not accepted; fees are not refunded",
                  "candidates abroad may show the original treasury receipt at the test or interview"],
        "categories": ["government_job", "application_fee_official", "fpsc", "bank_challan"],
        "destination": "PK", "trade": "federal government posts (BS-16 and above)", "channel": "government",
        "items": [
            {"language": "en", "text": """FEDERAL PUBLIC SERVICE COMMISSION — APPLICATION FEE
BS-16 & 17: Rs 300 | BS-18: Rs 750 | BS-19: Rs 1,200 | BS-20 and above: Rs 1,500
Deposit on or before the closing date at the nearest Government Treasury or a National Bank of Pakistan branch on the treasury challan. Cash, cheques, postal orders, money orders or bank drafts are NOT accepted. Fee is non-refundable. Write your name, case number and post on the receipt and keep the original TR for the test."""},
            {"language": "ur", "text": """وفاقی پبلک سروس کمیشن: درخواست فیس گریڈ 16 اور 17 کے لیے 300 روپے، گریڈ 18 کے لیے 750، گریڈ 19 کے لیے 1200 اور گریڈ 20 یا اس سے اوپر کے لیے 1500 روپے۔ فیس صرف سرکاری خزانے یا نیشنل بینک کی برانچ میں چالان کے ذریعے جمع ہوگی، نقد یا چیک قبول نہیں۔ اصل رسید ٹیسٹ کے دن ساتھ لائیں۔"""},
            {"language": "ur-Latn", "text": """FPSC ka BS-17 wala case apply kiya hai? 300 rupay ka treasury challan NBP mein jama karwao closing date se pehle. Yad rahe fee wapis nahi hoti aur original TR test walay din dikhana parta hai. Bahar se apply kar rahe ho to TR baad mein test pe dikha sakte ho."""},
        ],
    },
    {
        "group": "lk2-sindh-police-iba-whatsapp-challan-2024",
        "source": {"url": "https://propakistani.pk/2024/03/25/sindh-police-announces-11000-new-jobs/",
                   "title": "Sindh Police Announces 11,000 New Jobs", "publisher": "ProPakistani", "date": "2024-03-25"},
        "facts": ["Sindh Police is recruiting for at least 11,108 constable (BPS-07) posts through Sukkur IBA as third-party tester",
                  "applications go through IBA's designated WhatsApp number with proof of a Rs1,500 challan deposited in Sindh Bank",
                  "minimum education is Matric",
                  "3,108 posts are in Karachi division, with the rest spread over Hyderabad, Shaheed Benazirabad, Mirpurkhas, Sukkur and Larkana"],
        "categories": ["government_job", "police", "application_fee_official", "whatsapp_contact", "bank_challan"],
        "destination": "PK", "trade": "police constable", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🚨 سندھ پولیس میں 11108 کانسٹیبل (گریڈ 7) کی بھرتی
ٹیسٹ سکھر آئی بی اے لے گا۔ تعلیم کم از کم میٹرک۔
درخواست آئی بی اے کے مقرر کردہ واٹس ایپ نمبر 0300-0000418 پر بھیجیں، ساتھ سندھ بینک میں جمع کروائے گئے 1500 روپے کے چالان کی کاپی لگائیں۔
کراچی ڈویژن کی 3108 آسامیاں، باقی حیدرآباد، لاڑکانہ، سکھر، میرپورخاص اور شہید بینظیر آباد میں۔"""},
            {"language": "ur-Latn", "text": """Sindh police mein 11 hazar se zyada constable ki bharti 👮 Matric pass apply karo. Sindh Bank mein 1500 ka challan jama karwao aur uski pic IBA ke WhatsApp number pe bhejo (0300-0000418). Karachi ki 3108 seats hain. Test IBA Sukkur lega, koi sifarish nahi"""},
            {"language": "en", "text": """Sindh Police recruitment 2024: 11,108 Police Constable (BPS-07) posts. Testing by Sukkur IBA. Eligibility: Matric. Apply by sending your details to IBA's official WhatsApp number with proof of the Rs 1,500 challan paid at Sindh Bank. Largest share: Karachi Division (3,108 posts)."""},
            {"language": "ur", "channel": "whatsapp", "text": """بھائی چالان سندھ بینک میں جمع ہوگیا، 1500 روپے۔ اب رسید کی تصویر آئی بی اے والے نمبر پر بھیج دی ہے ان شاءاللہ"""},
        ],
    },
    {
        "group": "lk2-sindh-police-sts-written-test-2024",
        "source": {"url": "https://jasarat.com/2024/09/08/240908-09-16",
                   "title": "سکھر: پولیس میں بھرتی کیلیے اُمیدواروں سے ٹیسٹ لیا جا رہا ہے", "publisher": "Jasarat", "date": "2024-09-08"},
        "facts": ["IBA Testing Services was holding the written test for Sindh Police recruitment for 75,172 candidates",
                  "test centres were in Karachi, Hyderabad, Nawabshah, Sukkur and Larkana, in morning and evening shifts",
                  "Karachi had 21,062 candidates and Hyderabad 19,410; the test ran under Sindh Police officials' supervision"],
        "categories": ["government_job", "police", "written_test", "roll_number"],
        "destination": "PK", "trade": "police constable", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سندھ پولیس بھرتی: آئی بی اے ٹیسٹنگ سروس کا تحریری امتحان جاری ہے۔ کل 75172 امیدوار، کراچی، حیدرآباد، نواب شاہ، سکھر اور لاڑکانہ کے مراکز میں صبح اور شام کی شفٹ میں ٹیسٹ۔ اپنی رول نمبر سلپ پر لکھی شفٹ اور سینٹر کے مطابق وقت سے پہلے پہنچیں۔
تیاری کلاسز کے لیے رابطہ: 0333-0000529"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Yaar mera police wala test kal Hyderabad center pe hai evening shift. Karachi mein 21 hazar log de rahe hain, Hyderabad mein bhi 19 hazar. Dua karna 🤲"""},
            {"language": "en", "text": """Sindh Police constable written test by IBA Testing Services is under way: 75,172 candidates at centres in Karachi (21,062), Hyderabad (19,410), Nawabshah, Sukkur and Larkana, in morning and evening shifts. Check your roll number slip for your shift."""},
        ],
    },
    {
        "group": "lk2-kp-police-etea-physical-2024",
        "source": {"url": "https://tribune.com.pk/story/2500046/112-fraudsters-attempting-to-join-police?amp=1",
                   "title": "112 fraudsters attempting to join police", "publisher": "The Express Tribune", "date": "2024"},
        "facts": ["40,054 candidates applied online through ETEA for 2,400 KP police constable, traffic constable and driver constable posts",
                  "physical tests were held over 11 days at nine centres; 13,110 qualified",
                  "112 candidates caught committing fraud were barred from government jobs for two years",
                  "the written exam for those who passed was set for 6 October 2024 in nine cities, with roll numbers already issued"],
        "categories": ["government_job", "police", "etea", "selected_candidates", "roll_number"],
        "destination": "PK", "trade": "police / traffic / driver constable", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """خیبر پختونخوا پولیس بھرتی اپڈیٹ: ایٹا کے زیر انتظام فزیکل ٹیسٹ مکمل، 13110 امیدوار کامیاب۔ کامیاب امیدواروں کا تحریری امتحان 6 اکتوبر کو نو شہروں میں ہوگا، رول نمبر جاری کر دیے گئے ہیں۔ دھوکہ دہی کرنے والے 112 امیدوار دو سال کے لیے نااہل۔"""},
            {"language": "ur-Latn", "text": """KP police constable, traffic constable aur driver constable — 2400 posts, 40 hazar log apply kiye ETEA pe. Physical clear karne walon ka written paper 6 October ko hai, roll number slip ETEA ki site se nikal lo. Jo fraud karte pakre gaye un pe 2 saal ki pabandi lag gayi."""},
            {"language": "en", "text": """KP Police (Constable / Traffic Constable / Driver Constable): physical tests conducted by ETEA are complete. 13,110 candidates qualified. Written test on 6 October 2024 in nine cities — roll numbers have been issued. Note: 112 candidates found using unfair means have been barred from government jobs for two years."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Mubarak ho bhai physical clear 💪 ab 6 Oct ka written, roll no slip aa gayi?"""},
        ],
    },
    {
        "group": "lk2-kp-hazara-constables-etea-2022",
        "source": {"url": "https://dailytimes.com.pk/918125/kp-govt-advertises-hiring-of-3174-police-constables-for-hazara/",
                   "title": "KP govt advertises hiring of 3174 police constables for Hazara", "publisher": "Daily Times", "date": "2022"},
        "facts": ["KP advertised 3,174 police constable posts for Hazara division districts, to be filled through ETEA",
                  "online applications were open from 12 to 30 April 2022",
                  "quotas: 10% women, 10% police sons, 5% minorities; minimum qualification Matric and height 5 feet 7 inches",
                  "posts included 1,097 for Abbottabad, 890 Mansehra, 566 Haripur and 484 Battagram"],
        "categories": ["government_job", "police", "etea", "last_date"],
        "destination": "PK", "trade": "police constable", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """ہزارہ ڈویژن کے لیے 3174 پولیس کانسٹیبل کی آسامیاں
ایبٹ آباد 1097، مانسہرہ 890، ہری پور 566، بٹگرام 484، اپر کوہستان، تورغر اور کولئی پالس بھی شامل۔
بھرتی ایٹا کے ذریعے، آن لائن درخواست 12 اپریل تا 30 اپریل۔
تعلیم میٹرک، قد 5 فٹ 7 انچ۔ خواتین 10 فیصد، پولیس شہداء و ملازمین کے بیٹے 10 فیصد، اقلیت 5 فیصد کوٹہ۔"""},
            {"language": "en", "text": """Hazara Police jobs: 3,174 constables for Abbottabad, Mansehra, Haripur, Battagram, Torghar, Upper Kohistan and Kolai Palas. Through ETEA. Apply online 12–30 April 2022. Matric + 5'7" height. Quotas for women (10%), police sons (10%) and minorities (5%)."""},
            {"language": "ur-Latn", "text": """Abbottabad walo police ki 1097 seats aayi hain!! ETEA pe online apply karna hai 30 april tak, matric aur 5 feet 7 inch qad zaroori. Larkiyon ka bhi 10 percent quota hai. Form bharwana ho to net cafe Mandian 0314-0000286"""},
        ],
    },
    {
        "group": "lk2-pia-cabin-crew-processing-fee-2023",
        "source": {"url": "https://aviationgeeks1.com/pia-is-asking-for-pkr-3000-to-apply-for-new-job-openings/",
                   "title": "PIA is asking for PKR 3000 to apply for new job openings", "publisher": "Aviation Geeks", "date": "2023"},
        "facts": ["on 10 September 2023 PIA advertised posts for ATR captains, cabin crew and IT professionals on its website and social media, its first hiring in about six years",
                  "applicants had to send a filled form, copies of educational documents, experience letters, six photos and a passport copy",
                  "a processing fee of Rs3,000 for pilots and Rs2,000 for cabin crew was paid into the airline's bank account, with proof attached",
                  "the application pack had to be sent as hard copy by courier"],
        "categories": ["airline", "named_employer", "application_fee_official", "cabin_crew", "hard_negative_trade"],
        "destination": "PK", "trade": "cabin crew / pilots", "channel": "facebook",
        "items": [
            {"language": "en", "text": """✈️ PIA is hiring — Cabin Crew (multiple fleets), ATR-42/72 Captains and IT professionals.
Send the completed application form with copies of all educational documents, experience letters, 6 passport-size photos and a copy of your passport by courier.
Application processing fee: Rs 2,000 (cabin crew) / Rs 3,000 (pilots), deposited in PIA's bank account as given in the official advert; attach the deposit proof."""},
            {"language": "ur", "text": """پی آئی اے میں کیبن کریو، اے ٹی آر کیپٹن اور آئی ٹی کی آسامیاں ✈️ تقریباً چھ سال بعد بھرتی۔ درخواست فارم، تعلیمی اسناد، تجربے کے خطوط، چھ تصاویر اور پاسپورٹ کی کاپی کوریئر سے بھیجیں۔ کیبن کریو کی پراسیسنگ فیس 2000 روپے اور پائلٹ کی 3000 روپے، پی آئی اے کے اشتہار میں دیے گئے اکاؤنٹ میں جمع کروا کر رسید ساتھ لگائیں۔"""},
            {"language": "ur-Latn", "text": """PIA ne 6 saal baad cabin crew ki jobs nikali hain 😍 lekin 2000 processing fee deni hai PIA ke account mein aur sab documents courier karne hain. Ajeeb tareeqa hai magar ad official hai, PIA ke apne page pe laga hai. Form fill karwana ho to 0321-0000359"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Api maine PIA cabin crew ka form courier kar diya, 2000 wali deposit slip bhi sath lagayi. 6 photos bhi 🙈"""},
        ],
    },
    {
        "group": "lk2-pia-cadet-pilot-bond-2025",
        "source": {"url": "https://bkud.arynews.tv/pia-introduces-another-program-for-pilot-recruitment",
                   "title": "پی آئی اے نے پائلٹس کی بھرتیوں کے لیے ایک اور پروگرام متعارف کروادیا", "publisher": "ARY News", "date": "2025"},
        "facts": ["PIA launched a cadet pilot programme to recruit 24 pilots on two-year contracts",
                  "candidates need 200 flying hours and a commercial pilot licence from the Civil Aviation Authority",
                  "selected cadets must sign a bond worth the equivalent of US$15,000",
                  "interested commercial pilots were told to apply to PIA's HR department within 15 days"],
        "categories": ["airline", "named_employer", "bond", "contract", "hard_negative_trade"],
        "destination": "PK", "trade": "cadet pilot", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """پی آئی اے کیڈٹ پائلٹس پروگرام: 24 پائلٹس دو سال کے کنٹریکٹ پر بھرتی ہوں گے۔ شرط: کم از کم 200 گھنٹے فلائنگ اور سول ایوی ایشن کا کمرشل پائلٹ لائسنس۔ منتخب امیدواروں کو 15 ہزار ڈالر کے مساوی بانڈ بھرنا ہوگا۔ درخواستیں 15 دن کے اندر پی آئی اے کے شعبہ ایچ آر کو۔"""},
            {"language": "en", "text": """PIA Cadet Pilot Programme — 24 positions, 2-year contract. Requirements: CPL issued by Pakistan CAA and minimum 200 flying hours. Selected cadets sign a bond equivalent to USD 15,000. Apply to PIA HR within 15 days of the announcement."""},
            {"language": "ur-Latn", "text": """CPL aur 200 hours hain to PIA ka cadet pilot program dekh lo, 24 seats, 2 saal contract. Haan 15000 dollar ka bond sign karna hota hai, wo training ke baad chhor ke na jao is liye. Apply HR ko 15 din mein"""},
        ],
    },
    {
        "group": "lk2-sindh-teachers-siba-offer-orders-2022",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/offer-orders-disbursed-among-candidates-passi-1476008.html",
                   "title": "Offer Orders Disbursed Among Candidates Passing SIBA Test", "publisher": "UrduPoint / APP", "date": "2022-02-24"},
        "facts": ["offer orders were given to 489 successful Karachi candidates who passed the Sukkur IBA teachers' test, at a ceremony in a Lyari government school",
                  "of 500,000 candidates, about 47,000 passed on merit and the education department would give 47,000 offer orders",
                  "the Sindh education minister called it a very difficult test"],
        "categories": ["government_job", "teacher", "selected_candidates", "offer_letter"],
        "destination": "PK", "trade": "primary / elementary school teacher", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🎉 مبارک ہو! سکھر آئی بی اے ٹیسٹ پاس کرنے والے کراچی کے 489 امیدواروں کو آج لیاری کے سرکاری اسکول میں آفر آرڈرز دیے گئے۔ پانچ لاکھ میں سے تقریباً 47 ہزار امیدوار میرٹ پر کامیاب ہوئے، سب کو محکمہ تعلیم سندھ آفر آرڈر جاری کرے گا۔"""},
            {"language": "ur-Latn", "text": """SIBA test pass karne walon ke offer orders aa gaye!! Karachi ke 489 logon ko Lyari school mein mile, baaqi districts mein bhi mil rahe hain. 5 lakh mein se sirf 47 hazar pass hue the, merit pe. Apne DEO office se rabta rakhein. Kisi ko madad chahiye ho to WhatsApp 0300-0000681"""},
            {"language": "en", "text": """Sindh School Education: offer orders handed to 489 Karachi candidates who cleared the Sukkur IBA recruitment test. About 47,000 of 500,000 candidates passed on merit; offer orders for all successful candidates are being issued by the education department."""},
            {"language": "ur", "channel": "whatsapp", "text": """امی میرا آفر آرڈر آگیا 😭 آئی بی اے والا ٹیسٹ پاس ہوگیا تھا نا"""},
        ],
    },
    {
        "group": "lk2-punjab-sti-merit-list",
        "source": {"url": "https://informal.pk/punjab-announces-new-timeline-for-recruitment-of-school-teacher-interns",
                   "title": "Punjab Announces New Timeline for Recruitment of School Teacher Interns", "publisher": "Informal.pk", "date": None},
        "facts": ["Punjab's School Education Department issued a revised timeline for recruiting School Teacher Interns (STIs)",
                  "initial merit lists displayed at schools on 3 December, objections at tehsil level on 4-5 December",
                  "interviews of shortlisted applicants on 6-7 December, final merit list on 8 December at schools and the STI portal",
                  "successful candidates download appointment orders from the portal on 9 December"],
        "categories": ["government_job", "teacher", "internship", "merit_list", "selected_candidates"],
        "destination": "PK", "trade": "school teacher intern", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """اسکول ٹیچر انٹرن (STI) بھرتی کا نیا شیڈول:
3 دسمبر: ابتدائی میرٹ لسٹ اسکولوں میں آویزاں
4 اور 5 دسمبر: تحصیل سطح پر اعتراضات
6 اور 7 دسمبر: شارٹ لسٹ امیدواروں کے انٹرویو
8 دسمبر: فائنل میرٹ لسٹ
9 دسمبر: تقرری نامہ ایس ٹی آئی پورٹل سے ڈاؤن لوڈ کریں"""},
            {"language": "ur-Latn", "text": """STI walon dhyan se: initial merit list 3 Dec ko school ke notice board pe lagegi, koi galti ho to 4-5 Dec ko tehsil office mein objection do. Interview 6-7 Dec, final list 8 Dec, aur appointment order 9 Dec ko portal se khud download karna hai. Kisi ko paisay dene ki zaroorat nahi"""},
            {"language": "en", "text": """School Teacher Interns (STI) Punjab — revised timeline: initial merit list 3 Dec (school notice boards), objections 4–5 Dec at tehsil level, interviews 6–7 Dec, final merit list 8 Dec, appointment orders downloadable from the STI portal on 9 Dec."""},
        ],
    },
    {
        "group": "lk2-rescue1122-402-rescuers-2020",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/dg-rescue-welcomes-402-rescuers-recruited-for-995319.html",
                   "title": "DG Rescue welcomes 402 rescuers recruited for remaining tehsils", "publisher": "UrduPoint / APP", "date": "2020-08-07"},
        "facts": ["the Rescue 1122 Director General welcomed 402 rescuers recruited for the remaining tehsils of Punjab at the Emergency Services Academy",
                  "selection included written, aptitude/psychological and physical tests conducted by NTS as third party",
                  "final interviews were held by members from four independent departments"],
        "categories": ["government_job", "rescue_1122", "selected_candidates", "training"],
        "destination": "PK", "trade": "rescuer / emergency staff", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ریسکیو 1122 پنجاب: باقی تحصیلوں کے لیے منتخب ہونے والے 402 ریسکیورز ایمرجنسی سروسز اکیڈمی لاہور پہنچ گئے 🚑 انتخاب این ٹی ایس کے تحریری، نفسیاتی اور جسمانی ٹیسٹ اور چار مختلف محکموں کے ارکان پر مشتمل بورڈ کے انٹرویو کے بعد ہوا۔ تمام ریسکیورز کو مبارکباد۔"""},
            {"language": "en", "text": """Welcome aboard! 402 newly recruited rescuers for Punjab's remaining tehsils reported at the Emergency Services Academy, Lahore. They were selected after NTS written, aptitude and physical tests and interviews by a board drawn from four independent departments. Training starts now. #Rescue1122"""},
            {"language": "ur-Latn", "text": """Alhamdulillah mera bhai Rescue 1122 mein select ho gaya 🙏 NTS ka written, physical sab clear kiya, phir 4 departments walon ka interview. Ab Lahore academy mein training. 402 log aaye hain is batch mein
Recruitment ki info ke liye mera number 0342-0000536"""},
        ],
    },
    {
        "group": "lk2-railways-asm-sub-engineer-2025",
        "source": {"url": "https://www.myknewstv.com/pakistan/2025/19/05/47767/pakistan-railways-jobs/amp",
                   "title": "Pakistan Railways jobs", "publisher": "MYK News TV", "date": "2025-05-19"},
        "facts": ["Pakistan Railways received 30,247 applications for 550 posts of assistant station master and sub-engineer",
                  "13,314 applied for assistant station master and 16,933 for sub-engineer (mechanical, civil, electrical and others)",
                  "the posts were advertised the previous year and the written test was expected in July with a private university",
                  "railway officials said hiring would be on merit"],
        "categories": ["government_job", "railways", "written_test", "named_employer"],
        "destination": "PK", "trade": "assistant station master / sub-engineer", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """پاکستان ریلویز: اسسٹنٹ اسٹیشن ماسٹر اور سب انجینئر کی 550 آسامیوں کے لیے 30247 درخواستیں موصول۔ تحریری امتحان جولائی میں ایک نجی یونیورسٹی کے اشتراک سے متوقع، امیدواروں کو باقاعدہ اطلاع دی جائے گی۔ بھرتی میرٹ پر ہوگی۔"""},
            {"language": "ur-Latn", "text": """Railway ASM aur sub engineer walay candidates — 550 posts pe 30 hazar applications aayi hain 😮 written test July mein hoga, railway khud SMS/letter se batayega. Mechanical civil electrical sab ke liye. Tayyari shuru karo. ASM test ki MCQs ke liye group join karo 0301-0000817"""},
            {"language": "en", "text": """Pakistan Railways update: 30,247 applications received for 550 Assistant Station Master and Sub-Engineer posts (13,314 ASM, 16,933 sub-engineers). Written test expected in July, conducted with a private university. Candidates will be informed formally."""},
        ],
    },
    {
        "group": "lk2-mlc-clerks-2025",
        "source": {"url": "https://jobc9.com/military-land-and-cantonment-jobs-2025",
                   "title": "Military Land and Cantonment Jobs 2025", "publisher": "JobC9", "date": "2025-05-16"},
        "facts": ["the Military Lands & Cantonments Department, Rawalpindi, invited applications for 20 UDC (BS-13) and 20 LDC (BS-11) posts",
                  "open to male and female candidates nationwide; last date 31 May 2025",
                  "UDC needs a BA, LDC intermediate; both need 30 wpm typing, an MS Office course and must pass a departmental test and interview",
                  "applications go to the Assistant Director General (HR Cantts) in Rawalpindi"],
        "categories": ["government_job", "clerk", "last_date", "job_board"],
        "destination": "PK", "trade": "clerk (UDC/LDC)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Military Lands & Cantonments Dept, Rawalpindi — 40 clerk posts
• UDC (BS-13) x20 — BA, 30 wpm typing, 3-month MS Office course
• LDC (BS-11) x20 — Intermediate, 30 wpm typing, MS Office course
Male & female, all Pakistan. Departmental test + interview. Last date 31 May 2025. Apply to the Assistant Director General (HR Cantts), Rawalpindi."""},
            {"language": "ur", "text": """ملٹری لینڈز اینڈ کنٹونمنٹس میں اپر ڈویژن کلرک اور لوئر ڈویژن کلرک کی 20، 20 آسامیاں۔ ٹائپنگ 30 الفاظ فی منٹ اور ایم ایس آفس کورس لازمی۔ محکمانہ ٹیسٹ اور انٹرویو ہوگا۔ مرد و خواتین دونوں اپلائی کریں، آخری تاریخ 31 مئی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """LDC ki job hai cantonment mein, inter pass + typing 30 speed. 31 may last date hai, Pindi HR Cantts ko form bhejna hai. Test aur interview hoga. Koi sawal ho to call 0345-0000193"""},
        ],
    },
    {
        "group": "lk2-nts-usc-fee-2016",
        "source": {"url": "http://nation.com.pk/islamabad/27-Dec-2016/nts-only-criteria-to-hold-tests-for-recruitments-admissions-ceo",
                   "title": "NTS only criteria to hold tests for recruitments, admissions: CEO", "publisher": "The Nation", "date": "2016-12-27"},
        "facts": ["NTS received 48,674 applications in 2015-16 for BPS-7 to 16 posts in the Utility Stores Corporation",
                  "NTS charged Rs450 per candidate for BS-16 posts and Rs400 for all others",
                  "3,165 candidates qualified the screening test against 633 posts and were to be interviewed",
                  "the NTS CEO said it is a non-profit registered with SECP and tests on the departments' demand"],
        "categories": ["government_job", "nts", "application_fee_official", "written_test"],
        "destination": "PK", "trade": "Utility Stores Corporation staff", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """یوٹیلیٹی اسٹورز کارپوریشن کی گریڈ 7 سے 16 تک کی آسامیاں — ٹیسٹ این ٹی ایس لے گا۔ فیس گریڈ 16 کے لیے 450 روپے، باقی پوسٹوں کے لیے 400 روپے۔ ابتدائی اسکریننگ ٹیسٹ پاس کرنے والے امیدواروں کو انٹرویو کے لیے بلایا جائے گا۔"""},
            {"language": "en", "text": """Utility Stores Corporation recruitment (BPS-7 to BPS-16) through NTS. Test fee Rs 450 for BS-16 posts, Rs 400 for others. 3,165 candidates cleared the screening test against 633 posts and will be called for interview."""},
            {"language": "ur-Latn", "text": """USC ki jobs ke liye NTS ka test diya tha, 400 fees thi. Result aa gaya — 633 posts ke liye 3165 log pass hain, ab interview hoga. NTS wale kehte hain hum non profit hain SECP mein registered"""},
        ],
    },
    {
        "group": "lk2-balochistan-teachers-nts-fee-2014",
        "source": {"url": "http://thebalochistanpoint.com/letter-nts-recruitment-test-fee-unacceptably-high-in-balochistan/",
                   "title": "Letter: NTS Recruitment Test Fee, Unacceptably High In Balochistan", "publisher": "The Balochistan Point", "date": "2014-11-28"},
        "facts": ["Balochistan's education department announced 4,359 teaching vacancies across the province",
                  "departmental tests were assigned to NTS with a test fee of Rs1,000 per application",
                  "a letter writer said the usual NTS fee was Rs600 and public service commissions charge Rs300 (BS 1-16) and Rs500 (BS-17 and above), and asked the chief minister to reduce the fee"],
        "categories": ["government_job", "teacher", "nts", "application_fee_official"],
        "destination": "PK", "trade": "school teacher", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """محکمہ تعلیم بلوچستان: صوبے بھر میں اساتذہ کی 4359 آسامیاں۔ ٹیسٹ این ٹی ایس کے ذریعے ہوگا، فی درخواست ٹیسٹ فیس 1000 روپے۔ امیدوار اپنے ضلع کی آسامی کے لیے درخواست دیں۔"""},
            {"language": "ur-Latn", "text": """Balochistan teacher bharti ki 4359 posts aayi hain lekin NTS fees 1000 rupay per form hai 😕 do teen posts pe apply karo to jeb khali. Log CM se fees kam karne ki appeal kar rahe hain"""},
            {"language": "en", "text": """Balochistan Education Department — 4,359 teaching posts. Tests through NTS; test fee Rs 1,000 per application. (Readers have asked the provincial government to bring the fee closer to the commission rate of Rs 300–500.)"""},
        ],
    },
    {
        "group": "lk2-ppsc-women-medical-officers-2023",
        "source": {"url": "https://www.nation.com.pk/16-Sep-2023/punjab-initiates-recruitment-of-374-female-doctors",
                   "title": "Punjab initiates recruitment of 374 female doctors", "publisher": "The Nation", "date": "2023-09-16"},
        "facts": ["Punjab started recruiting 374 Women Medical Officers through the Punjab Public Service Commission",
                  "they will be posted at Basic Health Units, Rural Health Centres and tehsil headquarters hospitals in remote areas",
                  "applications online through PPSC until 29 September 2023; selection on merit only",
                  "the recruitment of 1,045 doctors in the primary and secondary healthcare department had been completed"],
        "categories": ["government_job", "ppsc", "women", "doctor", "last_date"],
        "destination": "PK", "trade": "woman medical officer", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """محکمہ پرائمری اینڈ سیکنڈری ہیلتھ کیئر پنجاب: 374 ویمن میڈیکل آفیسرز کی بھرتی پنجاب پبلک سروس کمیشن کے ذریعے۔ تعیناتی بنیادی مراکز صحت، رورل ہیلتھ سینٹرز اور تحصیل ہیڈکوارٹر اسپتالوں میں۔ آن لائن درخواست کی آخری تاریخ 29 ستمبر 2023۔ بھرتی صرف میرٹ پر، کوئی سفارش نہیں چلے گی۔"""},
            {"language": "en", "text": """Lady doctors: 374 Women Medical Officer posts in Punjab (BHUs, RHCs, THQ hospitals in under-served areas). Apply online through PPSC by 29 September 2023. Purely merit-based."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Girls WMO ki 374 seats PPSC pe aayi hain, 29 Sep last date. BHU/RHC posting hogi, door daraz areas. Apply kar lo house job wali sab 👩‍⚕️ koi help chahiye to mujhe call kar lena 0322-0000468"""},
        ],
    },
    {
        "group": "lk2-nishtar-walk-in-covid-2021",
        "source": {"url": "https://www.nawaiwaqt.com.pk/01-May-2021/1341862",
                   "title": "کرونا وباء کی تیسری لہر، نشتر ہسپتال میں مزید سٹاف کی بھرتی کی اجازت", "publisher": "Nawa-i-Waqt", "date": "2021-05-01"},
        "facts": ["during the third Covid wave Punjab's health department allowed Nishtar Hospital Multan to hire consultants, medical officers, charge nurses and paramedical staff",
                  "walk-in interviews every Monday from 10am to 1pm at the principal's office of Nishtar Medical College",
                  "the hiring is for three months to deal with Covid",
                  "monthly pay ranges from Rs39,414 to Rs147,555"],
        "categories": ["government_job", "walk_in", "health", "contract", "nurse"],
        "destination": "PK", "trade": "doctors / nurses / technicians", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """نشتر اسپتال ملتان میں تین ماہ کے لیے بھرتیاں
کنسلٹنٹ، میڈیکل آفیسرز (مرد و خواتین)، چارج نرس، ریسپائریٹری تھراپسٹ، لیب، ایکسرے اور ای سی جی ٹیکنیشن۔
واک اِن انٹرویو ہر پیر صبح 10 سے دوپہر 1 بجے تک، پرنسپل آفس نشتر میڈیکل کالج۔
ماہانہ مشاہرہ 39414 سے 147555 روپے۔"""},
            {"language": "ur-Latn", "text": """Multan walo Nishtar hospital mein covid ke liye 3 mahine ki jobs, charge nurse, lab technician, x-ray, ECG sab. Har peer (Monday) 10 se 1 walk in interview principal office NMC mein. Tankhwah 39 hazar se 1 lakh 47 hazar tak. Documents le ke jao. Mazeed maloomat: 0300-0000906 (sirf WhatsApp)"""},
            {"language": "en", "text": """Nishtar Hospital Multan — 3-month Covid contracts for consultants, MOs/WMOs, charge nurses, respiratory therapists and technicians. Walk-in interviews every Monday, 10am–1pm, Principal's Office, Nishtar Medical College. Pay Rs 39,414 to Rs 147,555 per month."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """kal monday hai, nishtar walk in pe chal rahi ho? 10 bje pohnchna hai"""},
        ],
    },
    {
        "group": "lk2-locum-nurses-uhs-2025",
        "source": {"url": "https://pakobserver.net/punjab-begins-locum-nurses-hiring-through-uhs/",
                   "title": "Punjab begins locum nurses hiring through UHS", "publisher": "Pakistan Observer", "date": "2025-05-08"},
        "facts": ["Punjab's Specialised Healthcare department began hiring staff nurses on a locum basis, after locum doctors",
                  "registration is through an online portal run by the University of Health Sciences",
                  "only four-year BS Nursing or Post-RN holders may apply; nurses already in government service are not eligible",
                  "selected nurses are posted temporarily at teaching hospitals and paid a daily honorarium"],
        "categories": ["government_job", "nurse", "women", "daily_pay", "temporary"],
        "destination": "PK", "trade": "staff nurse (locum)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Nurses attention 📢 Punjab govt locum staff nurse ki registration UHS ke online portal pe shuru. Sirf BS Nursing (4 saal) ya Post RN wale. Jo pehle se sarkari job pe hain wo apply nahi kar sakte. Teaching hospitals mein temporary posting, rozana ki bunyad pe honorarium milega"""},
            {"language": "ur", "text": """پنجاب میں لوکم بنیاد پر اسٹاف نرسز کی بھرتی شروع، رجسٹریشن یونیورسٹی آف ہیلتھ سائنسز کے آن لائن پورٹل پر۔ صرف بی ایس نرسنگ یا پوسٹ آر این والی نرسز اہل ہیں۔ ٹیچنگ اسپتالوں میں عارضی تعیناتی، یومیہ اعزازیہ۔""", "channel": "newspaper"},
            {"language": "en", "text": """Locum Staff Nurses — Punjab teaching hospitals. Register on the UHS online portal. Eligibility: 4-year BS Nursing or Post-RN; serving government nurses not eligible. Temporary posting, paid a daily honorarium.""", "channel": "facebook"},
        ],
    },
    {
        "group": "lk2-psca-pco-fee-bop-2024",
        "source": {"url": "https://jobsin.pk/?p=19856",
                   "title": "Punjab Safe Cities Authority (PSCA) Announces Job Opportunities for Police Communication Officers",
                   "publisher": "Jobsin.pk", "date": "2024"},
        "facts": ["PSCA Lahore advertised 519 contract posts of Police Communication Officer across Punjab districts and the PPIC3 centre Lahore",
                  "16 years of education in IT-related fields, 30 wpm typing, MS Office; age up to 25 for men and 28 for women; Punjab domicile",
                  "apply on PSCA's careers page by 8 November 2024",
                  "a non-refundable Rs500 processing fee is deposited at Bank of Punjab in the account named in the advert"],
        "categories": ["government_job", "police", "application_fee_official", "call_centre", "job_board"],
        "destination": "PK", "trade": "police communication officer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """PSCA — Police Communication Officer (contract), 519 posts
Rawalpindi 30 | Faisalabad 30 | Gujranwala 30 | other districts 263 | PPIC3 Lahore 166
16 yrs education (BCS/BS Telecom/MCS/MSc IT etc.), typing 30 wpm, MS Office, good English & Urdu. Age: men up to 25, women up to 28. Punjab domicile.
Apply online on PSCA's careers page by 8 Nov 2024. Rs 500 non-refundable processing fee at Bank of Punjab (account given in the official ad). Call-centre experience an advantage.
Job updates on WhatsApp: 0302-0000744"""},
            {"language": "ur", "text": """پنجاب سیف سٹیز اتھارٹی میں پولیس کمیونیکیشن آفیسر کی 519 آسامیاں (کنٹریکٹ)۔ آئی ٹی میں 16 سالہ تعلیم، ٹائپنگ 30 الفاظ فی منٹ۔ عمر مرد 25 سال، خواتین 28 سال تک۔ درخواست اتھارٹی کی ویب سائٹ پر 8 نومبر تک، 500 روپے ناقابل واپسی پراسیسنگ فیس بینک آف پنجاب میں جمع کروائیں۔""", "channel": "facebook"},
            {"language": "ur-Latn", "text": """Safe city 15 wali job 😎 PCO ki 519 seats, IT graduates. Larkiyon ki age limit 28. 500 rupay BOP mein jama karwane hain aur 8 Nov tak online apply. Call center experience walon ko preference""", "channel": "whatsapp"},
        ],
    },
    {
        "group": "lk2-sbp-ots-og2-2024",
        "source": {"url": "https://www.tophrly.com/jobs/assistant-director-og-2",
                   "title": "Assistant Director (OG-2)", "publisher": "TopHRly", "date": "2024"},
        "facts": ["State Bank of Pakistan invited applications for its officers training scheme leading to Assistant Director (OG-2)",
                  "16 years of education with at least 60% marks or 2.5 CGPA in listed fields; maximum age 26 as on 8 September 2024, relaxed by three years for women, transgender persons, minorities and candidates from Balochistan, AJK, GB and ex-FATA",
                  "after training, trainees are offered appointment at a monetized salary of Rs82,000 per month plus allowances",
                  "queries go to SBP's recruitment email"],
        "categories": ["named_employer", "banking", "trainee", "job_board", "high_pay_real"],
        "destination": "PK", "trade": "central bank officer trainee", "channel": "job_board",
        "items": [
            {"language": "en", "text": """State Bank of Pakistan — Officers Training Scheme → Assistant Director (OG-2)
Eligibility: 16 years of education, min 60% / CGPA 2.5, in business, economics, finance, IT, law, statistics and related fields. Max age 26 (as on 8 Sep 2024); 3-year relaxation for women, transgender persons, minorities and candidates from Balochistan, AJK, GB and ex-FATA.
After training: Rs 82,000 monetized monthly salary + allowances. Queries: recruitment@sbp-careers.example.org"""},
            {"language": "ur", "text": """اسٹیٹ بینک آف پاکستان کی آفیسرز ٹریننگ اسکیم: ٹریننگ مکمل کرنے پر اسسٹنٹ ڈائریکٹر (او جی ٹو) کی تقرری اور 82 ہزار روپے ماہانہ تنخواہ مع الاؤنسز۔ 16 سالہ تعلیم، کم از کم 60 فیصد نمبر۔ زیادہ سے زیادہ عمر 26 سال، خواتین اور بلوچستان، آزاد کشمیر، گلگت بلتستان کے امیدواروں کے لیے تین سال رعایت۔""", "channel": "facebook"},
            {"language": "ur-Latn", "text": """SBP ka OTS aa gaya, 82k salary training ke baad as AD OG-2. Age 26 tak, larkiyon ko 3 saal relaxation. Sirf SBP ke apne portal se apply hota hai, koi agent ya whatsapp wala nahi. Preparation group: 0336-0000471""", "channel": "whatsapp"},
        ],
    },
    {
        "group": "lk2-chenone-sewing-stipend-whatsapp",
        "source": {"url": "https://dailytimes.com.pk/1213521/pfc-chenone-establish-sewing-training-center/amp",
                   "title": "PFC, ChenOne establish sewing training center", "publisher": "Daily Times", "date": "2025"},
        "facts": ["Pakistan Furniture Council and ChenOne set up a free modern sewing training centre for women in Toba Tek Singh",
                  "trainees get a stipend of Rs15,000 a month, weekends off and other facilities",
                  "women register through a WhatsApp number and eligible candidates are informed",
                  "successful trainees will be absorbed in ChenOne's fabric section"],
        "categories": ["women", "whatsapp_contact", "stipend", "training", "named_employer", "stitching"],
        "destination": "PK", "trade": "sewing / stitching trainee", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🧵 ٹوبہ ٹیک سنگھ کی خواتین کے لیے مفت جدید سلائی ٹریننگ سینٹر (پاکستان فرنیچر کونسل اور چن ون)
✅ ماہانہ وظیفہ 15000 روپے
✅ ہفتہ وار چھٹی
✅ کامیاب ٹرینیز کو چن ون کے فیبرک سیکشن میں نوکری
رجسٹریشن کے لیے واٹس ایپ کریں: 0306-0000328 — اہل امیدواروں کو اطلاع دی جائے گی"""},
            {"language": "ur-Latn", "text": """Toba Tek Singh ki behno ke liye free silai training 🧵 15000 mahana wazifa, weekend off, aur training ke baad ChenOne fabric section mein job. Sirf WhatsApp pe naam register karwain 0306-0000328, eligible ko khud call aayegi"""},
            {"language": "en", "text": """Free sewing training for women in Toba Tek Singh by PFC & ChenOne — Rs 15,000 monthly stipend, weekends off, successful trainees absorbed into ChenOne's fabric section. Register on WhatsApp 0306-0000328; eligible candidates will be contacted."""},
            {"language": "ur", "channel": "whatsapp", "text": """السلام علیکم، سلائی سینٹر میں رجسٹریشن کروانی ہے، میٹرک پاس ہوں، گاؤں ٹوبہ کے قریب ہے"""},
        ],
    },
    {
        "group": "lk2-careem-women-captains-2017",
        "source": {"url": "http://dunyanews.tv/index.php/en/Pakistan/398797-Women-behind-wheels-Careem-to-bring-more-women-dr",
                   "title": "Women behind wheels: Careem to bring more women drivers to workforce", "publisher": "Dunya News", "date": "2017"},
        "facts": ["Careem encouraged women to sign up as female captains; about 20 had joined since the previous November",
                  "Careem said it ran background checks on its drivers",
                  "it planned to bring on more than 1,000 female captains by December and make the feature permanent by March 2018",
                  "Careem partnered with the PM's Youth Business Loan scheme so women endorsed by Careem could get a loan to own a vehicle"],
        "categories": ["ride_hailing", "women", "driver", "named_employer", "loan_real"],
        "destination": "PK", "trade": "ride-hailing driver (women)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🚗 Women, take the wheel! Careem is signing up female Captains in Lahore, Karachi and Islamabad — target 1,000+ by December. Background checks for all captains. Don't own a car? Careem-endorsed women can apply for a vehicle loan under the PM Youth Business Loan scheme."""},
            {"language": "ur", "text": """خواتین کے لیے کریم میں بطور کیپٹن کام کا موقع 🚗 کمپنی دسمبر تک ایک ہزار سے زیادہ خواتین کیپٹن شامل کرنا چاہتی ہے۔ تمام ڈرائیوروں کی بیک گراؤنڈ چیکنگ ہوتی ہے۔ گاڑی نہیں ہے؟ کریم کی سفارش پر وزیراعظم یوتھ بزنس لون اسکیم سے گاڑی کے لیے قرض مل سکتا ہے۔"""},
            {"language": "ur-Latn", "text": """Larkiyan bhi ab Careem captain ban sakti hain 💪 gari nahi to PM youth loan scheme se gari le lo, Careem endorse karega. Background check hota hai sab ka. Apply app se hi hota hai. Meri cousin kar rahi hai, details chahiye to 0331-0000275"""},
        ],
    },
    {
        "group": "lk2-women-bike-captains-pindi-2018",
        "source": {"url": "https://archive.pakistantoday.com.pk/2018/08/12/different-cab-services-start-hiring-women-as-bike-drivers/",
                   "title": "Different cab services start hiring women as bike drivers", "publisher": "Pakistan Today", "date": "2018-08-12"},
        "facts": ["ride-hailing services in Rawalpindi and Islamabad started hiring women as bike captains",
                  "a company manager said they had hired more than 1,000 female riders after a positive response",
                  "a woman bike captain said most of her customers were women and she earns enough to save for her children"],
        "categories": ["ride_hailing", "women", "rider", "local_job"],
        "destination": "PK", "trade": "bike captain (women)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🏍️ پنڈی اسلام آباد میں خواتین بائیک کیپٹن کی ضرورت! رائیڈ ایپ پر رجسٹر ہوں، زیادہ تر سواریاں خواتین۔ اب تک ایک ہزار سے زیادہ خواتین رائیڈرز شامل ہو چکی ہیں۔ کم پڑھی لکھی خواتین بھی اپلائی کر سکتی ہیں۔"""},
            {"language": "ur-Latn", "text": """Baji bike chalani aati hai? Pindi/Isb mein ladies bike captain ki jobs hain, zyada tar female passengers. 1000 se zyada auratein kaam kar rahi hain. Apni izzat ki kamai ✌️
Maloomat ke liye: 0345-0000612"""},
            {"language": "en", "text": """Female bike captains wanted — Rawalpindi & Islamabad. Ride-hailing apps are onboarding women riders (1,000+ already). Mostly women passengers. Register through the app. Onboarding help desk (women staff): 0345-0000612"""},
        ],
    },
    {
        "group": "lk2-part-time-riders-rawalpindi-2025",
        "source": {"url": "https://tribune.com.pk/story/2570251/part-time-bikers-employees-juggle-office-work-and-delivery-shifts-in-pindi?amp=1",
                   "title": "Part-time bikers: Employees juggle office work and delivery shifts in Rawalpindi", "publisher": "The Express Tribune", "date": "2025"},
        "facts": ["government and private employees, even up to scale 16, ride for bike-hailing and food delivery after office hours; Rawalpindi has about 25,000 riders",
                  "riders say part-time earnings are Rs700 to Rs1,000 a day on top of salaries",
                  "a grade-four government employee earns Rs500-600 delivering food between 6pm and 1am",
                  "women riders have also entered the field, serving female passengers"],
        "categories": ["rider", "part_time", "local_job", "delivery"],
        "destination": "PK", "trade": "part-time delivery / bike-hailing rider", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Office ke baad kuch extra kamana hai? Bike hai to shaam 6 se raat 1 baje tak food delivery ya bykea chala lo, 500 se 1000 rozana ban jata hai. Pindi mein 25 hazar log kar rahe hain, sarkari mulazim bhi. Rider hub ka number 0312-0000358"""},
            {"language": "ur", "text": """پارٹ ٹائم رائیڈر بنیں 🏍️ دفتر کے بعد شام کو فوڈ ڈیلیوری یا بائیک رائیڈ ایپ پر کام، روزانہ 700 سے 1000 روپے اضافی آمدن۔ راولپنڈی میں ہزاروں ملازمین یہ کام کر رہے ہیں۔""", "channel": "facebook"},
            {"language": "en", "text": """Part-time riding in Rawalpindi: thousands of office workers ride for bike-hailing and food-delivery apps after hours, earning about Rs 700–1,000 a day on top of their salaries. Women riders serve women passengers too.""", "channel": "facebook"},
        ],
    },
    {
        "group": "lk2-foodpanda-dls-licences-2023",
        "source": {"url": "https://www.brecorder.com/news/40224954/foodpanda-collaborates-with-dls-for-licences-of-riders",
                   "title": "foodpanda collaborates with DLS for licences of riders", "publisher": "Business Recorder", "date": "2023-02-08"},
        "facts": ["foodpanda worked with Driving Licence Sindh to renew licences of its riders and employees in Karachi and issue learner's licences",
                  "more than 800 licences were renewed or issued during a two-day session",
                  "a similar drive was held in Lahore the year before with the city traffic police"],
        "categories": ["rider", "delivery", "named_employer", "licence"],
        "destination": "PK", "trade": "food delivery rider", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Riders ke liye khushkhabri 🛵 DLS wale 2 din humare Karachi hub pe aa rahe hain, licence renew aur learner licence wahin banega. Original CNIC le ke aana. Pichle saal Lahore mein bhi hua tha. Hub supervisor: 0300-0000147"""},
            {"language": "ur", "text": """فوڈ پانڈا رائیڈرز کے لیے ڈرائیونگ لائسنس سندھ کا خصوصی کیمپ: دو روز میں 800 سے زائد لائسنس کی تجدید اور لرنر لائسنس جاری۔""", "channel": "newspaper"},
            {"language": "en", "text": """Karachi riders: licence renewal and learner's licence camp with Driving Licence Sindh at our rider hub — two days, 800+ licences processed. Same drive ran in Lahore last year with traffic police.""", "channel": "company_site"},
        ],
    },
    {
        "group": "lk2-ndip-interns-40k-2023",
        "source": {"url": "https://propakistani.pk/2023/01/04/govt-to-divert-rs-10-billion-from-psdp-to-pay-stipends-to-20000-interns/",
                   "title": "Govt to Divert Rs. 10 Billion From PSDP to Pay Stipends to 20,000 Interns", "publisher": "ProPakistani", "date": "2023-01-04"},
        "facts": ["the government planned a National Development Internship Programme for 20,000 interns in development projects in 2022-23",
                  "interns are hired for one year at a stipend of Rs40,000 a month, age limit up to 30",
                  "eligible: 16-year HEC-recognised degree or a recognised three-year diploma (associate engineer, paramedic/technician) relevant to the project",
                  "Rs10 billion from the development budget would pay the stipends"],
        "categories": ["government_job", "internship", "stipend", "high_pay_real"],
        "destination": "PK", "trade": "development project intern", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """نیشنل ڈیولپمنٹ انٹرن شپ پروگرام: ترقیاتی منصوبوں میں 20 ہزار انٹرنز، ایک سال کے لیے 40 ہزار روپے ماہانہ وظیفہ۔ عمر 30 سال تک۔ 16 سالہ ڈگری یا تین سالہ ڈپلومہ (ایسوسی ایٹ انجینئر، پیرامیڈک، ٹیکنیشن) والے اہل۔"""},
            {"language": "ur-Latn", "text": """40 hazar mahana internship 😍 sarkari development projects mein 1 saal. DAE wale bhi eligible, age 30 tak. Fake links se bacho, sirf official announcement pe apply karna. Updates: 0301-0000922"""},
            {"language": "en", "text": """National Development Internship Programme: 20,000 paid internships in federal development projects, 1 year, Rs 40,000/month. Age up to 30. 16-year degree or a recognised 3-year diploma relevant to the project."""},
        ],
    },
    {
        "group": "lk2-online-quran-teachers-2016",
        "source": {"url": "https://tribune.com.pk/story/1039334/online-quran-lessons-become-a-booming-business-in-pakistan/",
                   "title": "Online Quran lessons become booming business in Pakistan", "publisher": "The Express Tribune", "date": "2016-02-03"},
        "facts": ["Pakistan has become a hub for online Quran teaching over Skype to students in the US, UK and Canada",
                  "one Islamabad centre started with two employees and now has 22 teachers who work all night teaching 320 students",
                  "more than 50 similar centres operate in Pakistan, one with over 1,000 students"],
        "categories": ["online_work", "night_shift", "teacher", "local_job"],
        "destination": "PK", "trade": "online Quran teacher", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """آن لائن قرآن اکیڈمی اسلام آباد کو قاری صاحبان درکار 📖 امریکہ، برطانیہ اور کینیڈا کے بچوں کو اسکائپ پر ناظرہ و تجوید۔ رات کی شفٹ، اکیڈمی کے دفتر میں کمپیوٹر اور ہیڈ فون موجود۔ رابطہ 0333-0000271"""},
            {"language": "ur-Latn", "text": """Qari sahib chahiye online Quran academy ke liye, night shift, bahar ke bachon ko skype pe parhana hai. Islamabad office mein baith ke. Tajweed zaroori. WhatsApp 0333-0000271"""},
            {"language": "en", "text": """Hiring Quran teachers (male/female) — Islamabad online academy. Teach students in the US, UK & Canada over Skype, night shift at our office. Strong tajweed required. Call 0333-0000271"""},
        ],
    },
    {
        "group": "lk2-pu-fcit-job-fair-2022",
        "source": {"url": "https://www.thenews.com.pk/print/944536-70-it-companies-conduct-interviews-at-pu-job-fair",
                   "title": "70 IT companies conduct interviews at PU job fair", "publisher": "The News", "date": "2022-03-26"},
        "facts": ["Punjab University's Faculty of Computing & IT held a job fair where about 70 software companies set up stalls",
                  "companies conducted interviews and preliminary recruitment tests, collected CVs and shared job descriptions",
                  "the aim was to match FCIT graduates' skills with available openings"],
        "categories": ["job_fair", "it", "local_job", "on_spot_interview"],
        "destination": "PK", "trade": "software developer / IT graduate", "channel": "facebook",
        "items": [
            {"language": "en", "text": """📣 PU FCIT Job Fair — ~70 software houses on campus! Bring printed CVs. Companies will run on-spot interviews and preliminary tests and share job descriptions. Final-year & fresh grads welcome.
Placement office: 0321-0000580"""},
            {"language": "ur", "text": """پنجاب یونیورسٹی فیکلٹی آف کمپیوٹنگ کا جاب فیئر: تقریباً 70 سافٹ ویئر کمپنیاں اسٹال لگائیں گی، موقع پر انٹرویو اور ابتدائی ٹیسٹ۔ اپنی سی وی ساتھ لائیں۔
پلیسمنٹ آفس: 0321-0000580"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """kal FCIT job fair hai 70 companies aa rahi, 5-6 CV print kar lena, wahin test bhi le rahe"""},
        ],
    },
    {
        "group": "lk2-rozerote-private-jobs-pindi-2024",
        "source": {"url": "https://rozerote.com/private-jobs-in-rawalpindi-islamabad-2024/",
                   "title": "Private Jobs in Rawalpindi Islamabad 2024", "publisher": "Rozerote", "date": "2024"},
        "facts": ["a Rawalpindi/Islamabad private employer listed vacancies for receptionist, office assistant, maid, security guard and cook",
                  "receptionist: BA/BS or basic computer diploma; office assistant (male): graduate with computer knowledge and 50 wpm",
                  "maid: Matric/FSc; security guard: experienced army person with at least 5 years, age 30-50; cook: 5 years' experience, age 25-45"],
        "categories": ["local_job", "domestic_work", "security_guard", "job_board", "hard_negative_trade"],
        "destination": "PK", "trade": "receptionist / maid / guard / cook", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Jobs in Rawalpindi/Islamabad (private):
• Receptionist — BA/BS or basic computer diploma
• Office Assistant (male) — graduate, computer skills, 50 wpm
• Maid — Matric/FSc
• Security Guard — ex-army, min 5 yrs service, age 30–50
• Cook (male/female) — 5 yrs experience, age 25–45
Send CV: hr@twin-cities-jobs.example.com"""},
            {"language": "ur", "text": """راولپنڈی اسلام آباد میں ملازمتیں: ریسپشنسٹ، آفس اسسٹنٹ، گھریلو ملازمہ (میٹرک/ایف ایس سی)، سیکیورٹی گارڈ (سابق فوجی، کم از کم 5 سال تجربہ، عمر 30 سے 50) اور باورچی (5 سال تجربہ)۔ سی وی بھیجیں یا کال کریں 0321-0000654""", "channel": "facebook"},
            {"language": "ur-Latn", "text": """Pindi mein ghar ke liye cook chahiye 5 saal tajurba, aur ex-army guard 30 se 50 saal umar. Maid bhi chahiye matric pass. Call 0321-0000654""", "channel": "whatsapp"},
        ],
    },
    {
        "group": "lk2-lges-faculty-2025",
        "source": {"url": "https://governmentjob.pk/jobs/lges-lahore-garrison-education-system-faculty-jobs-2025",
                   "title": "LGES Lahore Garrison Education System Faculty Jobs 2025", "publisher": "GovernmentJob.pk", "date": "2025"},
        "facts": ["Lahore Garrison Education System advertised faculty posts for Army Public Schools & Colleges, APSIS (Cambridge stream) and its special education school in Lahore Cantt",
                  "subjects include physics, chemistry, biology, English, maths, computer, Urdu, Islamiat and more; General and Montessori posts are female only",
                  "college section needs 18 years of education, senior/middle sections 16 years, from HEC-recognised universities",
                  "specialist roles include speech language pathologist, clinical psychologist and occupational therapist"],
        "categories": ["teacher", "women", "named_employer", "local_job", "job_board"],
        "destination": "PK", "trade": "school teacher / therapist", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Faculty Required 2025 — Lahore Garrison Education System (APS & Colleges, APSIS Cambridge stream, Special Education School, Lahore Cantt).
Subjects: Physics, Chemistry, Biology, English, Maths, Computer, Urdu, Islamiat, Fine Arts, Pak Studies, Geography, Sports, Library Science. General & Montessori teachers: female only.
College section: 18 yrs education; senior/middle: 16 yrs (HEC-recognised). Also hiring speech language pathologist, clinical psychologist, OT, behaviour therapist."""},
            {"language": "ur", "text": """لاہور گیریژن ایجوکیشن سسٹم کو آرمی پبلک اسکولز اینڈ کالجز کے لیے اساتذہ درکار۔ مونٹیسوری اور جنرل ٹیچر صرف خواتین۔ کالج سیکشن کے لیے 18 سالہ تعلیم، سینئر اور مڈل کے لیے 16 سالہ۔ اسپیچ تھراپسٹ اور کلینیکل سائیکالوجسٹ کی آسامیاں بھی۔""", "channel": "facebook"},
            {"language": "ur-Latn", "text": """APS Lahore cantt mein montessori teacher ki job sirf females ke liye, 16 saal taleem. Maine apply kar diya, tum bhi karo, school office ka number 0333-0000864""", "channel": "whatsapp"},
        ],
    },
    {
        "group": "lk2-brit-garment-unit-mirpurkhas",
        "source": {"url": "https://arab.news/g4naq",
                   "title": "Stitching freedom: How Hindu women in Sindh are tailoring a future beyond poverty", "publisher": "Arab News", "date": "2025"},
        "facts": ["the BRIT Women's Garment Unit near Mirpurkhas runs 20 sewing machines and stitches export suits, jackets and cargo jeans",
                  "it was launched with a Rs2 million interest-free loan under the Sindh government's People's Poverty Reduction Program and is co-owned by four women",
                  "women at the unit earn around Rs25,000 a month",
                  "the garments go to global brands through large Karachi-based exporters"],
        "categories": ["women", "stitching", "factory", "local_job"],
        "destination": "PK", "trade": "stitching machine operator (women)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Sufi Colony Mirpurkhas ki garment unit ko silai karne wali khawateen chahiye 🧵 export ke suit, jacket, cargo jeans. Taqriban 25 hazar mahana. Unit khawateen khud chalati hain. Rabta 0300-0000392"""},
            {"language": "ur", "text": """میرپورخاص: خواتین کے گارمنٹ یونٹ میں سلائی کا کام، 20 مشینیں، ایکسپورٹ کے کپڑے۔ ماہانہ آمدن تقریباً 25 ہزار روپے۔ یونٹ حکومت سندھ کے غربت مٹاؤ پروگرام کے بلاسود قرض سے قائم ہوا۔""", "channel": "facebook"},
            {"language": "en", "text": """Stitchers wanted (women) — BRIT Women's Garment Unit, Mirpurkhas. Export jackets, suits and jeans for Karachi exporters. Around Rs 25,000/month. Women-owned unit set up with a PPRP interest-free loan. Call/WhatsApp 0300-0000392""", "channel": "facebook"},
        ],
    },
    {
        "group": "lk2-erozgaar-multan-2019",
        "source": {"url": "https://www.urdupoint.com/en/technology/13000-young-people-undergo-e-rozgar-training-759976.html",
                   "title": "13,000 young people undergo e-Rozgar training", "publisher": "UrduPoint / APP", "date": "2019-11-12"},
        "facts": ["Punjab's free e-Rozgar training, run by PITB and the Youth Affairs Department, teaches freelancing",
                  "13,000 youngsters had been trained and had earned Rs180 million in total",
                  "young people can apply online for free admission; the Multan centre has 300 seats"],
        "categories": ["online_work", "freelancing", "training", "government_job"],
        "destination": "PK", "trade": "freelancer (trainee)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """💻 ای روزگار ملتان سینٹر میں داخلے جاری! فری لانسنگ کی مفت تربیت، 300 نشستیں۔ آن لائن درخواست دیں۔ اب تک 13 ہزار نوجوان تربیت لے کر مجموعی طور پر 18 کروڑ روپے کما چکے ہیں۔ کوئی فیس نہیں۔"""},
            {"language": "ur-Latn", "text": """e-Rozgar free freelancing course Multan, 300 seats. Online apply karo, koi fees nahi. Jo pehle seekh chuke unhon ne 18 crore kamaye hain. Ghar baithe kaam ka asli tareeqa yahi hai, scam walon se bacho. Center coordinator 0306-0000415"""},
            {"language": "en", "text": """Free freelancing training — e-Rozgaar Multan centre (PITB & Youth Affairs Dept). 300 seats, apply online, no fee. 13,000 graduates so far have earned Rs 180 million online."""},
        ],
    },
    {
        "group": "lk2-bop-galaxy-mto-2025",
        "source": {"url": "https://jobzlift.com/?p=3368", "title": "BOP Management Trainee Program 2025 (BOP Galaxy)",
                   "publisher": "JobzLift", "date": "2025"},
        "facts": ["Bank of Punjab announced its 'Galaxy' Management Trainee Program 2025 for fresh graduates across Pakistan",
                  "selected candidates are hired as Management Associates with structured training, job assignments and mentoring",
                  "male and female candidates apply through BOP's online portal",
                  "BOP has over 780 branches and is regulated by the State Bank"],
        "categories": ["banking", "named_employer", "trainee", "job_board"],
        "destination": "PK", "trade": "management trainee (bank)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """✨ BOP Galaxy Management Trainee Program 2025 ✨
Fresh graduates (male/female) from all over Pakistan — join the Bank of Punjab as Management Associates. Structured training, real job rotations and mentoring across 780+ branches. Apply only through BOP's online careers portal."""},
            {"language": "ur", "text": """بینک آف پنجاب کا گلیکسی مینجمنٹ ٹرینی پروگرام 2025 — تازہ گریجویٹس کے لیے۔ منتخب امیدوار مینجمنٹ ایسوسی ایٹ کے طور پر بھرتی، باقاعدہ تربیت اور رہنمائی۔ درخواست صرف بینک کے آن لائن پورٹل پر۔""", "channel": "facebook"},
            {"language": "ur-Latn", "text": """BOP ka MTO program khul gaya 🌟 Galaxy naam hai is dafa. Fresh grads apply karo online portal pe, pehle test phir interview. Test prep ke liye msg karo 0334-0000728""", "channel": "whatsapp"},
        ],
    },
    {
        "group": "lk2-kp-police-nts-1621-2017",
        "source": {"url": "https://www.thenews.com.pk/print/177978-Over-30pc-newly-recruited-1621-cops-are-graduates-and-postgraduates",
                   "title": "Over 30pc newly recruited 1,621 cops are graduates and postgraduates", "publisher": "The News", "date": "2017-01-10"},
        "facts": ["KP Police completed its third constable recruitment through NTS, enlisting 1,621 constables",
                  "58,130 applied; 20,570 passed the physical test and 11,127 the written test, but only 1,621 seats were available",
                  "interviews were replaced with psychological profiling; 254 did not pass it",
                  "fingerprints were checked at every stage and 15 impersonators were barred and booked"],
        "categories": ["government_job", "police", "nts", "selected_candidates"],
        "destination": "PK", "trade": "police constable", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """خیبر پختونخوا پولیس: این ٹی ایس کے ذریعے 1621 کانسٹیبل بھرتی مکمل۔ 58130 درخواستیں، 20570 امیدوار جسمانی ٹیسٹ اور 11127 تحریری امتحان میں کامیاب۔ انٹرویو کی جگہ نفسیاتی جائزہ لیا گیا۔ منتخب امیدوار اپنی ضلعی پولیس لائن سے رابطہ کریں۔"""},
            {"language": "en", "text": """KP Police constable recruitment through NTS completed: 1,621 enlisted out of 58,130 applicants. No interview — psychological profiling instead. Fingerprints verified at each stage; 15 impersonators barred. Selected candidates report to their district police lines."""},
            {"language": "ur-Latn", "text": """KP police mein select ho gaya yaar 🥳 58 hazar mein se 1621. NTS ka written aur physical, phir psychologist wala test. Ab district police lines report karni hai. Koi aur select hua ho to call karo 0315-0000247"""},
        ],
    },
]
