"""Locked test set (lk3): genuine recruitment as reported by Urdu-language publishers (Nawa-i-Waqt,
Dunya, Jang, Express, UrduPoint, APP Urdu, ARY Urdu, Neo News, GTV, City 42, Lahore News, WeNews,
Public News, Azaad Urdu and others): police / rescue / teacher / health hiring with tests and
schedules, BE&OE and OEC routes to Saudi Arabia, Korea, Japan, Qatar, UAE and Bahrain with their
lawful fees, and private jobs for riders and women. Each group is rewritten from one cited report."""

GROUPS = [
    {
        "group": "lk3-ur-nawabshah-police-running-test-2020",
        "source": {"url": "https://www.nawaiwaqt.com.pk/03-Dec-2020/1256353",
                   "title": "نواب شاہ ،پولیس بھرتی کیلئے 20ہزارامیدوارمیدان میں آگئے",
                   "publisher": "Nawa-i-Waqt", "date": "2020-12-03"},
        "facts": ["about 20,000 candidates applied for police recruitment in the Shaheed Benazirabad (Nawabshah) region",
                  "running tests are held for about 2,000 candidates a day and continue until 10 December",
                  "women candidates take their fitness test (race) on the last day of testing",
                  "tests cover Naushahro Feroze, Sanghar and Nawabshah districts; candidates wear numbered sheets and officers record finishing positions"],
        "categories": ["government_job", "police", "local_job", "hard_negative_trade"],
        "destination": "PK", "trade": "police constable", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """📢 شہید بینظیر آباد ریجن پولیس بھرتی — رننگ ٹیسٹ جاری ہے
روزانہ تقریباً دو ہزار امیدواروں کی دوڑ ہو رہی ہے، یہ سلسلہ 10 دسمبر تک چلے گا۔
نواب شاہ، سانگھڑ اور نوشہرو فیروز کے امیدوار اپنی دی گئی تاریخ پر صبح سویرے پولیس گراؤنڈ پہنچیں، اصل شناختی کارڈ اور رول نمبر سلپ ساتھ لائیں۔
خواتین امیدواروں کا فزیکل ٹیسٹ آخری دن ہوگا۔
معلومات کے لیے ریجن ہیلپ ڈیسک: 0244-0000555"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai log Nawabshah police bharti ka running test chal raha he, roz 2000 larkay bulatay hain, 10 December tak chalega. Seenay pe peeli sheet pe number lagta he, finish line pe officer position likhtay hain. Larkiyon ka test last din he. Apni date check kar lo warna chance gaya"""},
            {"language": "en", "text": """SBA Region Police Recruitment – running test in progress. Around 2,000 candidates are being tested daily until 10 December. Candidates from Nawabshah, Sanghar and Naushahro Feroze report on their allotted date with original CNIC and roll-number slip. Female candidates' fitness test will be held on the final day."""},
        ],
    },
    {
        "group": "lk3-ur-faisalabad-police-physical-test-2021",
        "source": {"url": "https://dunya.com.pk/index.php/city/faisalabad/2021-02-09/1775544",
                   "title": "پولیس بھرتیوں کیلئے جسمانی ٹیسٹ شروع",
                   "publisher": "Roznama Dunya", "date": "2021-02-09"},
        "facts": ["Faisalabad police began the first phase of recruitment for district police, Special Protection Unit and Patrolling Police",
                  "28,262 candidates take the physical test over four days; about 6,000 had height and chest measured on day one at Police Lines",
                  "candidates who pass height and chest go on to the race test four days later",
                  "a road behind Police Lines was closed for candidate entry and a special team checks documents to catch forgery"],
        "categories": ["government_job", "police", "local_job"],
        "destination": "PK", "trade": "police constable", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """فیصل آباد پولیس بھرتی (ضلعی پولیس، ایس پی یو، پٹرولنگ پولیس)
قد اور چھاتی کی پیمائش پولیس لائنز میں شروع ہو گئی ہے۔ کل 28 ہزار سے زائد امیدواروں کی پیمائش چار دنوں میں مکمل ہوگی۔ پیمائش میں پاس ہونے والے امیدواروں کی دوڑ چار روز بعد ہوگی۔
امیدوار پولیس لائنز کے عقب والی سڑک سے داخل ہوں۔ تمام اسناد اصل ہمراہ لائیں، جعلی دستاویز والے امیدوار کے خلاف کارروائی ہوگی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Faisalabad police ki bharti ka qad aur chaati wala test aaj se start. Pehle din 6 hazar bande naapay gaye. Jo pass hoga us ki race 4 din baad. Police lines ke peechay wali road se entry he, documents original le ke jana, checking horahi he"""},
            {"language": "en", "channel": "facebook", "text": """Faisalabad Police recruitment 2021 – Phase 1 underway 🚔 Height & chest measurement for District Police, SPU and Patrolling Police at Police Lines (28,262 candidates over 4 days). Race test for those who qualify begins 4 days later. Bring original documents — verification team on site. Queries: 041-0000-5552"""},
            {"language": "ur", "channel": "whatsapp", "text": """پیمائش میں پاس ہو گئے ہو تو دوڑ کی تیاری کرو، چار دن بعد ہے 💪 پولیس لائنز فیصل آباد"""},
        ],
    },
    {
        "group": "lk3-ur-lodhran-police-written-exam-2025",
        "source": {"url": "https://vid.app.com.pk/vid/2025/03/%d9%85%d9%84%d8%aa%d8%a7%d9%86%d8%8c%d9%be%d9%86%d8%ac%d8%a7%d8%a8-%d9%be%d9%88%d9%84%db%8c%d8%b3-%d9%85%db%8c%da%ba-%da%a9%d8%a7%d9%86%d8%b3%d9%b9%db%8c%d8%a8%d9%84%d8%a7%d9%86-%d8%a7%d9%88%d8%b1",
                   "title": "ملتان، پنجاب پولیس میں کانسٹیبلان اور لیڈی کانسٹیبلان کی بھرتی کے لیے تحریری امتحان",
                   "publisher": "APP (Associated Press of Pakistan) Urdu", "date": "2025-03-13"},
        "facts": ["the written exam for Punjab Police constables and lady constables was held at the Lodhran Sports Complex",
                  "biometric verification of candidates was mandatory; the centre had CCTV cameras, mobile jammers and strict security",
                  "candidates who pass the written exam go on to the interview",
                  "the RPO Multan said the process is merit-based and no bribe or recommendation will be accepted"],
        "categories": ["government_job", "police", "local_job", "women_hiring"],
        "destination": "PK", "trade": "police constable / lady constable", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """پنجاب پولیس کانسٹیبل / لیڈی کانسٹیبل تحریری امتحان — لودھراں
امتحان اسپورٹس کمپلیکس لودھراں میں ہوگا۔ ہر امیدوار کی بائیو میٹرک تصدیق لازمی ہے، اس لیے اصل شناختی کارڈ لائیں۔ موبائل فون ساتھ نہ لائیں، سینٹر میں جیمرز اور کیمرے لگے ہیں۔
تحریری امتحان پاس کرنے والے امیدوار انٹرویو کے لیے بلائے جائیں گے۔ بھرتی صرف میرٹ پر، کسی سفارش یا رشوت کی گنجائش نہیں۔
ضلعی پولیس ریکروٹمنٹ سیل: 0608-0000555"""},
            {"language": "ur-Latn", "text": """Lodhran walon ke liye: police constable aur lady constable ka written paper sports complex mein. Thumb verification hogi, CNIC lazmi. Mobile ghar chor do jammer laga he. Paper pass karo ge to interview call aayegi. Kisi ko paisay dene ki zaroorat nahi RPO sahab ne khud kaha merit pe hoga"""},
            {"language": "en", "channel": "whatsapp", "text": """Punjab Police written test (Constable & Lady Constable) at Sports Complex Lodhran. Biometric check at entry, CCTV and jammers inside. Pass = interview call. Merit only, no sifarish."""},
        ],
    },
    {
        "group": "lk3-ur-saudi-7000-workers-demand-2020",
        "source": {"url": "https://www.neonews.pk/25-Nov-2020/89231",
                   "title": "پاکستانیوں کے لئے خوشخبری",
                   "publisher": "Neo News (Urdu)", "date": "2020-11-25"},
        "facts": ["after Saudi work visas were restored, Saudi employers sent a demand for more than 7,000 Pakistani workers",
                  "the Bureau of Emigration and Overseas Employment received the demand and recruitment has started",
                  "trades in demand include doctors, computer programmers, engineers, electricians, salesmen and drivers",
                  "visas of workers who could not travel because of COVID-19 lockdowns are being extended without any extra fee"],
        "categories": ["gulf_employer", "licensed_oep", "hard_negative_destination", "driver", "electrician"],
        "destination": "SA", "trade": "drivers / electricians / salesmen / engineers", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🇸🇦 سعودی عرب ورک ویزا دوبارہ کھل گئے
سعودی کمپنیوں کی ڈیمانڈ بیورو آف امیگریشن سے منظور شدہ — الیکٹریشن، ڈرائیور (سعودی/جی سی سی لائسنس والے ترجیح)، سیلز مین، کمپیوٹر پروگرامر اور انجینئر درکار۔
ہم لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر ہیں، لائسنس نمبر دفتر میں آویزاں ہے۔ سروس چارجز صرف بیورو کے مقرر کردہ، بینک کے ذریعے اور رسید کے ساتھ۔
جن کا ویزا لاک ڈاؤن کی وجہ سے رہ گیا تھا وہ رابطہ کریں، ویزا بغیر اضافی فیس کے بڑھایا جا رہا ہے۔
📞 0300-0000418"""},
            {"language": "ur-Latn", "text": """Saudia ke visay phir se khul gaye! 7000 se zyada workers ki demand aayi he Bureau mein. Driver, electrician, salesman, engineer sab chahiye. Registered OEP se hi jao, receipt lo. Lockdown mein jin ka visa reh gaya tha un ka bina extra fees ke barh raha he. Call 0300-0000418"""},
            {"language": "en", "text": """Saudi Arabia recruitment reopened: demand for 7,000+ Pakistani workers received by BE&OE. Electricians, drivers, salesmen, programmers, engineers, doctors. Apply only through a licensed OEP; pending visas from the lockdown are being extended at no extra fee."""},
            {"language": "ur", "channel": "whatsapp", "text": """ماموں آپ کا سعودی والا ویزا جو کورونا میں رک گیا تھا وہ بغیر کسی اضافی فیس کے بڑھ رہا ہے، ایجنسی والوں نے بتایا ہے، پاسپورٹ لے کر دفتر چلے جائیں"""},
        ],
    },
    {
        "group": "lk3-ur-korea-eps-quota-increase-2025",
        "source": {"url": "https://gtvnewshd.com/urdu/world/2025/10/07/great-news-for-pakistanis-aspiring-to-work-in-korea",
                   "title": "کوریا میں نوکری کرنے کے خواہشمند پاکستانیوں کیلئے بڑی خوشخبری",
                   "publisher": "GTV News (Urdu)", "date": "2025-10-07"},
        "facts": ["South Korea raised Pakistan's labour quota for 2025, taking the number of Pakistani workers from 2,400 to 5,400",
                  "the increase followed talks between Pakistan's foreign ministry and Korea's HRD mission",
                  "under the Employment Permit System foreign workers work in manufacturing, agriculture and construction on an E-9 visa",
                  "candidates must pass the EPS-TOPIK Korean language test and a trade skill test; recruitment is through the Overseas Employment Corporation (OEC)"],
        "categories": ["state_recruiter", "government_scheme", "hard_negative_destination", "factory_work", "language_test"],
        "destination": "KR", "trade": "factory / farm / construction worker", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🇰🇷 کوریا جانے کے خواہشمند نوجوانوں کے لیے خوشخبری
2025 کے لیے پاکستان کا کوٹہ 2400 سے بڑھ کر 5400 ہو گیا۔ کام: فیکٹری، زراعت اور تعمیرات۔ ویزا: ای-9۔
شرط: ای پی ایس-ٹوپک (کورین زبان) کا امتحان اور ہنر کا ٹیسٹ پاس کرنا لازمی۔
درخواست صرف اوورسیز ایمپلائمنٹ کارپوریشن (او ای سی) کے ذریعے۔ کسی ایجنٹ کی ضرورت نہیں، ابھی سے کورین سیکھنا شروع کریں۔"""},
            {"language": "ur-Latn", "text": """Korea ka quota barh gaya 2400 se 5400 🔥 E-9 visa, factory, kheti aur construction ka kaam. Lekin pehle EPS TOPIK (korean zaban) aur skill test pass karna parta he, sara process OEC ke through. Agent ko paisay mat dena"""},
            {"language": "en", "text": """Korea EPS 2025: Pakistan's quota raised from 2,400 to 5,400 workers. E-9 visa for manufacturing, agriculture and construction. Selection only through OEC after the EPS-TOPIK Korean test and a trade skill test. OEC helpline: 051-0000-5554"""},
        ],
    },
    {
        "group": "lk3-ur-beoe-visa-guarantee-warning",
        "source": {"url": "https://azaadurdu.pk/101839",
                   "title": "بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ نے ایک تازہ وارننگ جاری کی ہے",
                   "publisher": "Azaad Urdu", "date": None},
        "facts": ["the Bureau of Emigration and Overseas Employment warned citizens not to trust travel agencies that claim to guarantee foreign work visas",
                  "private agents have no legal role in overseas employment and should not be paid for visa or job processing",
                  "only licensed Overseas Employment Promoters (OEPs) may recruit Pakistanis for jobs abroad; status can be checked in the official OEP list on the BE&OE website",
                  "no country issues a so-called 'azad visa'; every valid work visa is tied to a specific sponsor"],
        "categories": ["official_warning", "licensed_oep", "gulf_employer", "hard_negative_destination"],
        "destination": "SA", "trade": "general overseas jobs", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """⚠️ ورک ویزا کی "گارنٹی" دینے والے ٹریول ایجنٹ سے ہوشیار!
بیورو آف امیگریشن کے مطابق بیرون ملک نوکری کے لیے صرف لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر ہی بھرتی کر سکتا ہے۔ کسی بھی ایجنسی کو پیسے دینے سے پہلے بیورو کی ویب سائٹ پر او ای پی کی فہرست میں اس کا نام چیک کریں۔
یاد رکھیں: "آزاد ویزا" نام کی کوئی چیز نہیں، ہر ورک ویزا کسی مخصوص کفیل/کمپنی سے جڑا ہوتا ہے۔
ہماری ایجنسی کا لائسنس نمبر اور بیورو کی فہرست کا لنک دفتر میں دستیاب ہے — 0321-0000736"""},
            {"language": "ur-Latn", "text": """Jo agent kehta he 100% visa guarantee, azad visa, wo jhoot bol raha he. Bureau ne khud warning di he. Sirf licensed OEP se jao aur pehle beoe ki website pe list check karo. Har work visa ek kafeel se bandha hota he"""},
            {"language": "en", "text": """BE&OE advisory: travel agents cannot guarantee work visas and have no legal role in overseas hiring. Only licensed OEPs can recruit — verify any promoter on the official OEP list before paying. There is no 'free/azad visa'; every genuine work visa is linked to a named sponsor."""},
        ],
    },
    {
        "group": "lk3-ur-punjab-82000-teachers-nts-2016",
        "source": {"url": "https://daily.urdupoint.com/livenews/2016-10-27/news-767834.html",
                   "title": "وزیر اعلی پنجاب شہباز شریف نے محکمہ سکول ایجوکیشن کو 82 ہزار اساتذہ بھرتی کرنے کی منظوری دے دی",
                   "publisher": "UrduPoint", "date": "2016-10-27"},
        "facts": ["the Punjab chief minister approved the hiring of 82,000 teachers by the School Education Department",
                  "teachers will be posted in all 36 districts of Punjab in grades 9, 14 and 16",
                  "passing the NTS test is mandatory for these teacher posts",
                  "it was the first time such a large number of teacher posts had been approved"],
        "categories": ["government_job", "teacher", "application_fee_official", "local_job"],
        "destination": "PK", "trade": "school teacher (educator)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """📚 پنجاب میں 82 ہزار اساتذہ کی بھرتی منظور!
گریڈ 9، 14 اور 16 کی اسامیاں، تمام 36 اضلاع میں۔ این ٹی ایس ٹیسٹ پاس کرنا لازمی ہوگا۔
ٹیسٹ کی فیس صرف این ٹی ایس کے بینک چالان کے ذریعے جمع ہوگی، کسی اکیڈمی یا فرد کو نقد نہ دیں۔ اشتہار آتے ہی اپنے ضلع کی اسامیاں دیکھیں۔
رہنمائی: ضلعی ایجوکیشن اتھارٹی 042-0000-5551"""},
            {"language": "ur-Latn", "text": """Educators ki bharti aa rahi he 82 hazar seats!! grade 9, 14, 16. NTS pass karna zaroori. Abhi se tayari shuru karo bhai, har district mein seats hain"""},
            {"language": "en", "channel": "whatsapp", "text": """Punjab School Education Dept: 82,000 teacher posts approved (BPS-9/14/16) across all 36 districts. NTS test compulsory. Test fee by NTS bank challan only."""},
        ],
    },
    {
        "group": "lk3-ur-kp-teachers-nts-new-schedule",
        "source": {"url": "http://dailychitral.com/archives/22311",
                   "title": "اساتذہ کی بھرتیوں کےلئے ‘این ٹی ایس’ ٹیسٹ کا نیا شیڈول جاری",
                   "publisher": "Daily Chitral", "date": None},
        "facts": ["NTS issued a new schedule for the postponed Khyber Pakhtunkhwa teacher recruitment tests",
                  "TT tests on 6 April, CT tests on 7 and 8 April and PST tests on 14 and 15 April",
                  "tests had been postponed after papers leaked in Torghar and Battagram; an inquiry found four NTS employees involved, not the institution",
                  "KP advertised about 17,000 teacher posts and more than 700,000 candidates applied"],
        "categories": ["government_job", "teacher", "local_job"],
        "destination": "PK", "trade": "school teacher (PST/CT/TT)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """📝 کے پی اساتذہ بھرتی — این ٹی ایس کا نیا شیڈول
ٹی ٹی: 6 اپریل
سی ٹی: 7 اور 8 اپریل
پی ایس ٹی: 14 اور 15 اپریل
ملتوی شدہ ٹیسٹ اب ان تاریخوں پر ہوں گے۔ رول نمبر سلپ این ٹی ایس کی ویب سائٹ سے ڈاؤن لوڈ کریں۔ کل تقریباً 17 ہزار اسامیاں ہیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """PST walon ka test 14 aur 15 April ko he, CT ka 7-8 aur TT ka 6 April. NTS ne naya schedule de diya. Paper leak walay case mein NTS ke 4 mulazim pakray gaye, test ab dobara hoga"""},
            {"language": "en", "text": """KP teacher recruitment: NTS new dates — TT 6 April, CT 7–8 April, PST 14–15 April. Around 17,000 posts, 700,000+ applicants. Download your roll number slip from the NTS site. NTS helpline: 051-0000-5550"""},
        ],
    },
    {
        "group": "lk3-ur-kp-rescue1122-merit-physical-2017",
        "source": {"url": "https://www.urdupoint.com/daily/livenews/2017-04-15/news-1002490.html",
                   "title": "ریسکیو 1122 میں بھرتیاں سو فیصد میرٹ پر کی جائیں گی۔ترجمان",
                   "publisher": "UrduPoint (APP)", "date": "2017-04-15"},
        "facts": ["Rescue 1122 Khyber Pakhtunkhwa is recruiting to extend the service to Kohat, Bannu, Swabi, Chitral, Lower Dir, Mansehra and five more tehsils of Swat",
                  "no district quota was fixed; hiring is 100 percent on merit, with preference to candidates from remote areas",
                  "more than 25,000 candidates were shortlisted and over 20,000 men and women took a six-day physical test at Qayyum Stadium Peshawar"],
        "categories": ["government_job", "rescue_service", "local_job", "women_hiring"],
        "destination": "PK", "trade": "rescuer / emergency staff", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🚑 ریسکیو 1122 خیبر پختونخوا — نئے اضلاع کے لیے بھرتی
کوہاٹ، بنوں، صوابی، چترال، لوئر دیر، مانسہرہ اور سوات کی پانچ تحصیلوں میں سروس شروع ہو رہی ہے۔
فزیکل ٹیسٹ قیوم اسٹیڈیم پشاور میں مکمل، 20 ہزار سے زیادہ مرد و خواتین شریک ہوئے۔ کوئی کوٹہ نہیں، بھرتی صرف میرٹ پر۔ اگلے مرحلے کی اطلاع شارٹ لسٹ امیدواروں کو دی جائے گی۔
دفتر: 091-0000-5556"""},
            {"language": "ur-Latn", "text": """Rescue 1122 ki bharti Kohat, Bannu, Swabi, Chitral, Dir, Mansehra ke liye. Qayyum stadium mein physical ho gaya. Spokesman ne kaha koi quota nahi sab merit pe. Door daraz ilaqon walon ko tarjeeh"""},
            {"language": "en", "channel": "whatsapp", "text": """Rescue 1122 KP: 25,000+ shortlisted, physical test done at Qayyum Stadium. No district quota — merit only. New stations in Kohat, Bannu, Swabi, Chitral, Lower Dir, Mansehra & Swat."""},
        ],
    },
    {
        "group": "lk3-ur-uae-work-visa-police-certificate-2024",
        "source": {"url": "https://urdu.arynews.tv/uae-employment-visas-now-require-police-character-certificates",
                   "title": "یو اے ای کے ورک ویزا کے لیے نئی شرط عائد",
                   "publisher": "ARY News (Urdu)", "date": "2024"},
        "facts": ["applicants for UAE work visas must now submit a police character certificate with the work visa",
                  "the vice chairman of the Pakistan Overseas Employment Promoters Association welcomed the rule as a response to UAE complaints",
                  "complaints concerned some Pakistanis begging or in other illegal activity; the UAE visit-visa ban was widened from 24 to 30 Pakistani cities",
                  "Pakistanis had faced difficulty getting UAE work visas for about a year"],
        "categories": ["gulf_employer", "licensed_oep", "hard_negative_destination", "document_requirement"],
        "destination": "AE", "trade": "general / labour", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🇦🇪 دبئی / یو اے ای ورک ویزا — نئی ضروری دستاویز
اب ورک ویزا کے ساتھ پولیس کریکٹر سرٹیفکیٹ لازمی ہے۔ امیدوار اپنے ضلع کے پولیس خدمت مرکز سے سرٹیفکیٹ بنوا کر رکھیں، اس کے بغیر فائل آگے نہیں جائے گی۔
ہم بیورو سے لائسنس یافتہ پروموٹر ہیں، وزٹ ویزا پر نوکری کے لیے کسی کو نہیں بھیجتے۔
رابطہ: 0333-0000261"""},
            {"language": "ur-Latn", "text": """UAE work visa walon dhyan dein: ab police character certificate lazmi he. Khidmat markaz se banwa lo pehle. Visit visa pe kaam dhoondne mat jao, 30 shehron pe ban lag chuka he"""},
            {"language": "en", "channel": "whatsapp", "text": """Update for UAE job applicants: police character certificate now required with the work visa. Get it from your district police facilitation centre before submitting documents to your licensed OEP. Office: 0333-0000261"""},
        ],
    },
    {
        "group": "lk3-ur-kamyab-jawan-job-marathon-2022",
        "source": {"url": "https://nawaiwaqt.com.pk/31-Jan-2022/1492600",
                   "title": "کامیاب جوان ہی کامیاب پاکستان کی ضمانت ہے",
                   "publisher": "Nawa-i-Waqt", "date": "2022-01-31"},
        "facts": ["a job marathon was held at Ayub Park, Rawalpindi, jointly by Triple A Associates and the Kamyab Jawan programme",
                  "the PM's special assistant said the programme aims to provide jobs to educated youth with the private sector",
                  "young people are also being given business loans, and NAVTTC is giving technical training"],
        "categories": ["government_scheme", "job_fair", "local_job", "named_employer"],
        "destination": "PK", "trade": "various private-sector jobs", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🎯 کامیاب جوان جاب میراتھن — ایوب پارک راولپنڈی
نجی کمپنیاں موقع پر انٹرویو کریں گی۔ اپنی سی وی کی کاپیاں، شناختی کارڈ اور اسناد ساتھ لائیں۔ داخلہ مفت ہے۔
کاروباری قرضوں اور نیوٹیک کی فنی تربیت کی معلومات کے لیے الگ کاؤنٹر بھی ہوگا۔
انتظام: ٹرپل اے ایسوسی ایٹس اور کامیاب جوان پروگرام"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Kal Ayub Park mein job marathon he kamyab jawan wala. CV ki 5-6 copies le jana, companies wahin interview le rahi hain. Free entry he. Navttc ke course ka bhi stall hoga"""},
            {"language": "en", "text": """Kamyab Jawan Job Marathon at Ayub Park, Rawalpindi 💼 Walk-in interviews with private companies, plus desks for youth business loans and NAVTTC skills training. Bring CVs & documents. Free entry. Info: 051-0000-5558"""},
        ],
    },
    {
        "group": "lk3-ur-qatar-visa-centre-pakistan-2018",
        "source": {"url": "https://www.urdupoint.com/daily/livenews/2018-10-21/news-1714386.html",
                   "title": "قطر کا سفارتخانہ پاکستان کی افرادی قوت کی سہولت کیلئے خصوصی سہولت مرکز قائم کر رہاہے",
                   "publisher": "UrduPoint (APP)", "date": "2018-10-21"},
        "facts": ["the Qatari embassy is setting up a special facilitation (visa) centre in Pakistan for Pakistani workers",
                  "the centre will help Pakistanis with visa issuance and getting employment in Qatar",
                  "the PM's special assistant on overseas Pakistanis said it would ease visas and raise remittances"],
        "categories": ["gulf_employer", "state_recruiter", "hard_negative_destination"],
        "destination": "QA", "trade": "general / skilled workers", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🇶🇦 قطر جانے والوں کے لیے اچھی خبر
قطر کا سفارتخانہ پاکستان میں ویزا سہولت مرکز قائم کر رہا ہے جہاں ویزا کا سارا عمل پاکستان ہی میں ہوگا۔ نوکری کی آفر کمپنی کی طرف سے آئے تو کاغذات سہولت مرکز میں جمع ہوں گے۔
ایجنٹ کے کہنے پر وزٹ ویزا لے کر نوکری ڈھونڈنے نہ جائیں۔"""},
            {"language": "ur-Latn", "text": """Qatar ka visa center Pakistan mein khul raha he, visa ka kaam yahin hoga. Pehle company se offer, phir center. Zulfi Bukhari ne bataya remittance bhi barhegi"""},
            {"language": "en", "channel": "whatsapp", "text": """Qatar to open a visa facilitation centre in Pakistan for workers — visa processing for Qatar jobs will be done here once you have an employer's offer. Employer HR contact for our Doha vacancies: hr@doha-jobs.example.com"""},
        ],
    },
    {
        "group": "lk3-ur-saudi-moh-pakistani-nurses-2016",
        "source": {"url": "https://javedch.com/business/2016/01/12/130392",
                   "title": "پیرا میڈیکل سٹا ف کی کمی ‘سعودی عرب کا پاکستانی نرسوں کی بھرتی کا فیصلہ",
                   "publisher": "JavedCh.com (Urdu news)", "date": "2016-01-12"},
        "facts": ["the Saudi Ministry of Health decided to recruit nursing staff from Pakistan, Egypt and Sudan to cover a shortage of paramedical staff",
                  "recruitment committee representatives travelled to these countries to finalise paperwork for hiring women nurses",
                  "Pakistan was given first priority; nurses will serve hospitals in Jeddah, Makkah, Madinah, Hail, Qassim, Al-Ahsa, Asir and the Eastern Province",
                  "more than 26,000 foreign nurses already work in Saudi Arabia, many of them Pakistani"],
        "categories": ["gulf_employer", "nurse", "women_hiring", "hard_negative_destination", "named_employer"],
        "destination": "SA", "trade": "staff nurse", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """👩‍⚕️ سعودی وزارت صحت — پاکستانی خواتین نرسوں کی بھرتی
وزارت صحت کی بھرتی کمیٹی پاکستان آ رہی ہے۔ تعیناتی جدہ، مکہ، مدینہ، حائل، قصیم، احساء، عسیر اور مشرقی صوبے کے اسپتالوں میں ہوگی۔
رجسٹرڈ نرسیں اپنی ڈگری، پی این سی رجسٹریشن اور تجربے کے سرٹیفکیٹ تیار رکھیں۔ انٹرویو براہ راست کمیٹی لے گی۔ کمیٹی کوآرڈینیٹر (ریاض): +966 11 555 0143"""},
            {"language": "ur-Latn", "text": """Nurses ke liye Saudia ki MOH ki bharti aa rahi he, Pakistan ko pehli tarjeeh. Jeddah, Makkah, Madinah waghaira ke hospitals. Degree aur PNC registration ready rakho"""},
            {"language": "en", "text": """Saudi MOH nursing recruitment: a ministry recruitment committee is visiting Pakistan to hire female staff nurses for hospitals in Jeddah, Makkah, Madinah, Hail, Qassim, Al-Ahsa, Asir and the Eastern Province. Send CV to moh-nursing@ksa-health.example.org"""},
            {"language": "ur", "channel": "whatsapp", "text": """باجی سعودی وزارت صحت نرسیں لے رہی ہے، 26 ہزار غیر ملکی نرسیں پہلے ہی وہاں ہیں۔ اپنے کاغذات تیار کر لیں"""},
        ],
    },
    {
        "group": "lk3-ur-sindh-lady-health-workers-2130",
        "source": {"url": "https://jang.com.pk/news/894007",
                   "title": "رواں سال 2 ہزار 130 لیڈی ہیلتھ ورکرز کو بھرتی کیا جائیگا",
                   "publisher": "Daily Jang", "date": None},
        "facts": ["a Sindh health department meeting chaired by the provincial health minister decided to recruit 2,130 Lady Health Workers this year",
                  "the minister said a third-party testing system should be used to keep recruitment transparent",
                  "women medical officers will be posted at district level to coordinate with LHWs",
                  "Sindh currently has 20,446 LHWs and 770 supervisors"],
        "categories": ["government_job", "health_worker", "women_hiring", "local_job"],
        "destination": "PK", "trade": "lady health worker", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سندھ: 2130 لیڈی ہیلتھ ورکرز کی بھرتی اس سال
محکمہ صحت سندھ نے فیصلہ کیا ہے کہ بھرتی تھرڈ پارٹی ٹیسٹ کے ذریعے شفاف طریقے سے ہوگی۔ اپنی یونین کونسل کی اسامی کے اشتہار کا انتظار کریں، میٹرک کی سند اور ڈومیسائل تیار رکھیں۔
معلومات: ضلعی ایل ایچ ڈبلیو پروگرام دفتر 021-0000-5559"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Behno LHW ki 2130 seats aa rahi hain Sindh mein. Test third party lega, sifarish nahi chalegi. Apne UC ka ad dekhti rehna"""},
            {"language": "en", "text": """Sindh Health Dept to recruit 2,130 Lady Health Workers this year through a third-party testing system. Women Medical Officers will also be posted at district level. Watch for your union council's advertisement."""},
        ],
    },
    {
        "group": "lk3-ur-ppsc-invigilation-staff-2022",
        "source": {"url": "https://city42.tv/13-May-2022/85189",
                   "title": "نئی حکومت کے آتے ہی گریڈ 17سمیت چھوٹے گریڈز کی ہزاروں نوکریوں کا اعلان ہوگیا",
                   "publisher": "City 42", "date": "2022-05-13"},
        "facts": ["the Punjab Public Service Commission advertised posts for its examination system: supervisors (grade 17 and above), deputy supervisors and department representatives (grade 16), invigilators (grades 5-15) and grade 1-4 helpers",
                  "men and women with a Punjab domicile may apply; selected people serve in their own district",
                  "regular employees of Punjab, federal and semi-government bodies may also apply; selected staff are called through a duty management system",
                  "tests are held on Saturday or Sunday; applicants must have no criminal record"],
        "categories": ["government_job", "part_time", "local_job", "women_hiring"],
        "destination": "PK", "trade": "exam invigilator / supervisor", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """پی پی ایس سی امتحانی عملہ — درخواستیں طلب
سپروائزر (گریڈ 17 و اوپر)، ڈپٹی سپروائزر (گریڈ 16)، نگران (گریڈ 5 تا 15) اور گریڈ 1 تا 4 معاون عملہ۔
مرد و خواتین، پنجاب ڈومیسائل لازمی۔ ڈیوٹی اپنے ہی ضلع میں، ہفتہ یا اتوار کو امتحانات کے دوران۔ سرکاری ملازمین بھی اپلائی کر سکتے ہیں۔ مجرمانہ ریکارڈ نہ ہو۔
درخواست صرف کمیشن کی ویب سائٹ پر آن لائن۔ ہیلپ لائن: 042-0000-5557"""},
            {"language": "ur-Latn", "text": """PPSC mein invigilator wali duty ki jobs nikli hain, sirf weekend pe paper ke din kaam. Apne hi district mein duty. Govt mulazim bhi apply kar saktay hain. Online apply karo website pe"""},
            {"language": "en", "channel": "whatsapp", "text": """PPSC is hiring exam staff: supervisors, deputy supervisors, invigilators (BPS 5-15) and helpers (BPS 1-4). Punjab domicile, weekend duty in your own district, clean record. Apply online on the PPSC site only."""},
        ],
    },
    {
        "group": "lk3-ur-punjab-mobile-health-units-250",
        "source": {"url": "https://express.pk/story/1167137/pakistan?amp=1",
                   "title": "پنجاب میں موبائل ہیلتھ یونٹس کو توسیع دینے کا فیصلہ",
                   "publisher": "Express News (Urdu)", "date": None},
        "facts": ["Punjab is expanding its mobile health units project with private partners, starting with 15 less-developed districts",
                  "250 posts approved: MBBS doctors, medical officers, nurses, data entry operators, X-ray technicians, lab helpers, security guards, drivers and medical attendants",
                  "the Election Commission also permitted the recruitment",
                  "the units provide free medical services door to door to needy families across all 36 districts"],
        "categories": ["local_job", "health_worker", "driver", "security_guard", "government_scheme"],
        "destination": "PK", "trade": "nurse / driver / data entry / guard", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🏥 موبائل ہیلتھ یونٹس پنجاب — 250 اسامیاں
ڈاکٹر، میڈیکل آفیسر، نرس، ڈیٹا انٹری آپریٹر، ایکسرے ٹیکنیشن، لیب ہیلپر، سیکیورٹی گارڈ، ڈرائیور اور میڈیکل اٹینڈنٹ درکار۔ پہلے مرحلے میں 15 پسماندہ اضلاع۔ الیکشن کمیشن سے بھرتی کی اجازت مل چکی ہے۔
سی وی جمع کروائیں: 0345-0000159 (واٹس ایپ)"""},
            {"language": "ur-Latn", "text": """Mobile health unit mein driver aur guard ki bhi seats hain, 250 total. Ghar ghar free ilaj wala project he Punjab ka. Data entry operator bhi chahiye. CV whatsapp 0345-0000159"""},
            {"language": "en", "text": """Hiring for Punjab Mobile Health Units (public-private project): doctors, MOs, nurses, data entry operators, X-ray techs, lab helpers, security guards, drivers, medical attendants — 250 posts, 15 districts in phase 1. Recruitment cleared by the ECP."""},
        ],
    },
    {
        "group": "lk3-ur-bahrain-work-visa-protector-fee",
        "source": {"url": "https://urdu.arynews.tv/?p=851206",
                   "title": "بحرین ورک ویزا کے لیے پروٹیکٹر فیس",
                   "publisher": "ARY News (Urdu)", "date": None},
        "facts": ["Pakistanis going to Bahrain on a work visa must get their visa protected (protector) by the Bureau of Emigration and Overseas Employment",
                  "the protector gives legal protection, help from the Pakistan mission and life insurance of up to Rs 1 million",
                  "as of December 2024 the total protector fee through an Overseas Employment Promoter was Rs 22,200, plus Rs 6,000 for other matters",
                  "for direct employment the protector fee is Rs 9,200: Rs 4,000 OPF fund, Rs 2,500 insurance premium, Rs 2,500 registration and Rs 200 OEC fee"],
        "categories": ["gulf_employer", "licensed_oep", "application_fee_official", "hard_negative_destination"],
        "destination": "BH", "trade": "general / labour", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🇧🇭 بحرین ورک ویزا — پروٹیکٹر فیس کی تفصیل
او ای پی (لائسنس یافتہ پروموٹر) کے ذریعے: کل 22,200 روپے سرکاری فیس، اس کے علاوہ دیگر امور کے 6,000 روپے۔
ڈائریکٹ ایمپلائمنٹ: 9,200 روپے (او پی ایف 4,000، انشورنس 2,500، رجسٹریشن 2,500، او ای سی 200)۔
پروٹیکٹر سے 10 لاکھ تک لائف انشورنس اور سفارتخانے کی مدد ملتی ہے۔ فیس بینک میں جمع کروا کر رسید لیں۔
ہمارا دفتر: 0312-0000847"""},
            {"language": "ur-Latn", "text": """Bahrain visa lag gaya? Protector zaroor karwao. OEP ke zariye total 22200 + 6000 dusray kaam, direct job ho to sirf 9200. 10 lakh tak insurance milti he. Bank mein jama karo, receipt lo"""},
            {"language": "en", "text": """Bahrain work visa – protector fees (BE&OE): via a licensed OEP Rs 22,200 total plus Rs 6,000 other charges; direct employment Rs 9,200 (OPF 4,000 + insurance 2,500 + registration 2,500 + OEC 200). Includes life insurance up to Rs 1 million. Pay at the bank, keep receipts. Help: 0312-0000847"""},
            {"language": "ur", "channel": "whatsapp", "text": """بھائی پروٹیکٹر کی فیس 9200 ہے ڈائریکٹ ویزے پر، زیادہ کوئی مانگے تو رسید مانگنا"""},
        ],
    },
    {
        "group": "lk3-ur-punjab-safe-city-pco-recruitment-2024",
        "source": {"url": "https://lahorenews.tv/topic_files/amp/1_82827_amp.php",
                   "title": "سیف سٹی میں نئے کمیونیکیشن افسران کی بھرتی کا عمل مکمل",
                   "publisher": "Lahore News (Urdu)", "date": "2024-02-02"},
        "facts": ["Punjab Safe Cities Authority completed recruitment of new Police Communication Officers after tests and interviews",
                  "308 candidates were shortlisted: 253 on open merit, 53 women on quota and 2 on minority quota",
                  "the first batch of 60 selected candidates started training in phases",
                  "training covers the operations and monitoring centre, data analysis, media management, the 15 emergency call centre and e-challan"],
        "categories": ["government_job", "call_centre", "police", "women_hiring", "selected_candidates"],
        "destination": "PK", "trade": "police communication officer (call centre)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """✅ پنجاب سیف سٹیز اتھارٹی — پولیس کمیونیکیشن آفیسرز کی سلیکشن مکمل
ٹیسٹ اور انٹرویو کے بعد 308 امیدوار منتخب: 253 اوپن میرٹ، 53 خواتین کوٹہ، 2 اقلیتی کوٹہ۔
پہلے بیچ کے 60 امیدواروں کی ٹریننگ شروع ہو چکی ہے، باقی کو مرحلہ وار بلایا جائے گا۔ منتخب امیدوار کال لیٹر کا انتظار کریں، ٹریننگ کی کوئی فیس نہیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Safe city wali PCO job ki list aa gayi 308 select hue, 53 larkiyan quota pe. Pehle 60 ki training start 15 call center aur e-challan wala kaam sikhatay hain. Baqi ko baad mein bulayenge"""},
            {"language": "en", "text": """PSCA Police Communication Officers: recruitment completed — 308 selected after test & interview (253 open merit, 53 women quota, 2 minority quota). First 60 have begun training in the 15 emergency call centre, monitoring centre and e-challan. Selected candidates will be called batch-wise."""},
        ],
    },
    {
        "group": "lk3-ur-foodpanda-riders-ramadan-2025",
        "source": {"url": "https://wenews.pk/news/287337/",
                   "title": "فوڈ ڈیلیوری رائیڈرز جو بھوکے رہ کر دوسروں کو کھانا پہنچاتے ہیں",
                   "publisher": "WeNews", "date": "2025-03-12"},
        "facts": ["in Ramadan the work of Foodpanda riders and online cab drivers increases",
                  "riders try to take as many orders as possible to earn more before Eid",
                  "a rider said most work runs from Asr until Sehri and he often breaks his fast on the road because orders must arrive before Iftar"],
        "categories": ["gig_work", "rider", "local_job", "named_employer"],
        "destination": "PK", "trade": "food delivery rider", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🛵 رمضان میں زیادہ آرڈرز، زیادہ کمائی!
اپنی موٹر سائیکل ہے؟ فوڈ ڈیلیوری رائیڈر بنیں۔ افطار سے پہلے اور سحری تک سب سے زیادہ آرڈرز آتے ہیں۔ سائن اپ صرف کمپنی کی آفیشل رائیڈر ایپ سے، کوئی رجسٹریشن فیس نہیں۔"""},
            {"language": "ur-Latn", "text": """Ramzan mein panda ka kaam bohat barh jata he asr se sehri tak. Jitne order utni kamai, Eid ka kharcha nikal aata he. Bike aur license ho to rider app download karo aur sign up"""},
            {"language": "en", "channel": "whatsapp", "text": """Ramzan rush 🛵 Delivery riders needed in Lahore — peak orders from Asr to Sehri. Own bike + licence. Sign up via the official rider app; our hub supervisor on WhatsApp 0302-0000673 can guide you."""},
        ],
    },
    {
        "group": "lk3-ur-karachi-petrol-pump-women-attendants-2022",
        "source": {"url": "https://www.gnews.pk/2022/06/01/%DA%A9%D8%B1%D8%A7%DA%86%DB%8C-%D9%85%DB%8C%DA%BA-%D8%AF%D9%88-%D8%A8%D8%A7%DB%81%D9%85%D8%AA-%D9%84%DA%91%DA%A9%DB%8C%D9%88%DA%BA-%D9%86%DB%92-%D9%BE%DB%8C%D9%B9%D8%B1%D9%88%D9%84-%D9%BE%D9%85%D9%BE",
                   "title": "کراچی میں دو باہمت لڑکیوں نے پیٹرول پمپ پر ملازمت شروع کردی",
                   "publisher": "GNews (Urdu)", "date": "2022-06-01"},
        "facts": ["two young women work as fuel attendants at a petrol pump at Teen Talwar, Clifton, Karachi",
                  "they have worked there for about a year and a half, filling cars and taking card payments",
                  "they say male staff cooperate and customers encourage them, and the job lets them support their parents"],
        "categories": ["women_hiring", "local_job", "shop_helper"],
        "destination": "PK", "trade": "petrol pump attendant", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """⛽ کلفٹن کراچی کے پیٹرول پمپ پر خواتین فیول اٹینڈنٹ کی ضرورت
ڈیوٹی دن کی شفٹ، کارڈ مشین اور کیش کاؤنٹر کی تربیت دی جائے گی۔ ہمارے ہاں پہلے سے خواتین اسٹاف کام کر رہا ہے۔
انٹرویو کے لیے خود پمپ پر تشریف لائیں یا کال کریں: 0331-0000582"""},
            {"language": "ur-Latn", "text": """Teen Talwar wale pump pe larkiyan bhi kaam karti hain dedh saal se, petrol bhi dalti hain aur card se payment bhi. Staff acha he. Koi behan job chahti ho to 0331-0000582 pe baat kar le"""},
            {"language": "en", "text": """Clifton petrol station hiring female fuel attendants — day shift, training on card machine provided, existing women staff on site. Walk in or call 0331-0000582."""},
        ],
    },
    {
        "group": "lk3-ur-lulu-bahrain-all-women-store",
        "source": {"url": "https://urdu.arynews.tv/?p=621198",
                   "title": "مکمل خواتین اسٹاف کے ساتھ پہلا سپر اسٹور",
                   "publisher": "ARY News (Urdu)", "date": None},
        "facts": ["Lulu Hypermarket opened a branch in Hamad Town, Bahrain, where the entire staff is women",
                  "the store covers about 2,000 square metres by a lake in a housing project and sells bakery goods, fresh vegetables, meat and groceries",
                  "it is the chain's first store of its kind; a female import coordinator and merchandiser said she was excited to be part of the all-women team"],
        "categories": ["gulf_employer", "women_hiring", "named_employer", "hard_negative_destination", "retail"],
        "destination": "BH", "trade": "supermarket staff (women)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🛒 بحرین: حماد ٹاؤن میں لولو ہائپر مارکیٹ کی نئی برانچ جہاں پورا اسٹاف خواتین پر مشتمل ہے — کیشیئر، بیکری، سبزی اور گروسری سیکشن۔
اسامیوں کے لیے صرف کمپنی کے آفیشل کیریئرز پیج پر اپلائی کریں، کمپنی بھرتی کی کوئی فیس نہیں لیتی۔ ای میل: careers@lulu-bh.example.com"""},
            {"language": "ur-Latn", "text": """Bahrain mein Lulu ne aisa store khola he jahan sara staff aurtein hain. Hamad Town mein, bakery, sabzi, grocery sab. Apply sirf official careers page se"""},
            {"language": "en", "text": """All-women team at Lulu Hypermarket, Hamad Town, Bahrain — cashiers, bakery, fresh food and merchandising roles. Apply only through the official careers page; HR desk +973 3555 0186."""},
        ],
    },
    {
        "group": "lk3-ur-motorway-police-490-posts-2022",
        "source": {"url": "https://publicnews.com/15-Sep-2022/28972",
                   "title": "بے روزگار نوجوانوں کیلئے اچھی خبر",
                   "publisher": "Public News (Urdu)", "date": "2022-09-15"},
        "facts": ["on the federal communications minister's direction, the IG Motorway Police issued an advertisement to fill vacant posts",
                  "applications were invited for 490 vacant posts in scales 1 to 5 in the Motorway Police",
                  "the minister said all posts will be filled on merit"],
        "categories": ["government_job", "police", "local_job", "driver"],
        "destination": "PK", "trade": "BPS 1-5 staff (Motorway Police)", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """نیشنل ہائی وے اینڈ موٹروے پولیس — اسامیاں
سکیل 1 تا 5 کی 490 خالی اسامیوں پر درخواستیں طلب کی جاتی ہیں۔ اہلیت، کوٹہ اور آخری تاریخ کی تفصیل سرکاری اشتہار میں دیکھیں۔ تمام تقرریاں میرٹ پر ہوں گی۔ نامکمل یا تاخیر سے موصول درخواستیں قبول نہیں ہوں گی۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Motorway police mein 490 seats nikli hain scale 1 se 5, naib qasid, driver, sweeper type posts. Ad akhbar mein aaya he, merit pe bharti. Last date se pehle apply kar dena"""},
            {"language": "en", "channel": "facebook", "text": """NH&MP (Motorway Police) jobs: 490 vacancies in BPS-1 to BPS-5 advertised 🚓 Merit-based. Check the official advertisement for eligibility and last date. Recruitment cell: 051-0000-5553"""},
        ],
    },
    {
        "group": "lk3-ur-japan-skilled-workers-tokyo-seminar",
        "source": {"url": "https://dailybusinessreport.pk/%D9%BE%DB%81%D9%84%DB%8C-%D8%A8%D8%A7%D8%B1-%D9%BE%D8%A7%DA%A9%D8%B3%D8%AA%D8%A7%D9%86%DB%8C%D9%88%DA%BA-%DA%A9%DB%8C%D9%84%D8%A6%DB%92-%D8%AC%D8%A7%D9%BE%D8%A7%D9%86-%DA%A9%DB%92-%D9%88%D8%B1%DA%A9",
                   "title": "پاک جاپان تاریخ میں پہلی دفعہ پاکستانیوں کے لیے جاپان کے ورکنگ ویزوں کا آغاز",
                   "publisher": "Daily Business Report", "date": None},
        "facts": ["for the first time Japan began issuing working visas to Pakistanis; about 900 Pakistanis, including women, reached Japan for jobs",
                  "salaries are above 2,000 US dollars a month with accommodation and other facilities; internship visas have also started",
                  "the Pakistan embassy in Tokyo organised a seminar on 22 February with more than 40 Japanese companies, the overseas ministry secretary joining online",
                  "Japanese companies want workers who know the Japanese language"],
        "categories": ["state_recruiter", "government_scheme", "hard_negative_destination", "language_test", "high_pay"],
        "destination": "JP", "trade": "specified skilled worker", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """🇯🇵 جاپان ورک ویزا — پاکستانیوں کے لیے پہلی بار
تقریباً 900 پاکستانی (خواتین سمیت) ملازمت کے لیے جاپان پہنچ چکے ہیں۔ تنخواہ 2000 ڈالر سے زائد، رہائش کمپنی کی۔ انٹرن شپ ویزے بھی لگ رہے ہیں۔
سب سے اہم شرط: جاپانی زبان۔ اوورسیز پاکستانیز کی وزارت اور ٹوکیو سفارتخانے کی معلومات کے مطابق جاپانی کمپنیاں زبان جاننے والوں کو ترجیح دیتی ہیں۔ سرکاری پروگرام کی تفصیل وزارت کی ویب سائٹ پر دیکھیں۔"""},
            {"language": "ur-Latn", "text": """Japan ne pehli dafa Pakistaniyon ko working visa dena shuru kiya, 900 log pohanch gaye. 2000 dollar se upar tankhwa aur rehaish. Lekin Japanese zaban seekhni paregi, companies wohi maangti hain. 22 Feb ko Tokyo embassy mein 40 companies ka seminar"""},
            {"language": "en", "text": """Japan jobs for Pakistanis: ~900 workers (incl. women) already placed, salaries above USD 2,000/month with housing; internship visas also issued. Japanese language is the key requirement. Embassy seminar with 40+ Japanese companies on 22 Feb. Embassy community desk: +81 3 5555 0219"""},
        ],
    },
    {
        "group": "lk3-ur-sindh-job-portal-launch-2025",
        "source": {"url": "https://www.thinkerspk.com/a/167156",
                   "title": "سرکاری نوکری کے خواہشمند نوجوانوں کیلئے اچھی خبر",
                   "publisher": "Thinkers PK (Urdu news)", "date": "2025-03-14"},
        "facts": ["the Sindh government launched a job portal to give citizens employment opportunities",
                  "young people from Sindh register on the portal; both educated and unlettered skilled workers can upload a CV",
                  "government departments and private-sector organisations will post jobs on the app",
                  "the chief minister said grade 1-4 jobs will be advertised on the portal while grades 5-15 will be filled through IBA"],
        "categories": ["government_scheme", "job_board", "local_job"],
        "destination": "PK", "trade": "various government and private jobs", "channel": "government",
        "items": [
            {"language": "ur", "text": """📱 سندھ جاب پورٹل لانچ
سندھ کے نوجوان پورٹل/ایپ پر مفت رجسٹر ہو کر اپنی سی وی اپ لوڈ کریں — پڑھے لکھے بھی اور ہنرمند بھی۔ سرکاری اور نجی دونوں اداروں کی نوکریاں یہاں آئیں گی۔
گریڈ 1 تا 4 کی اسامیاں پورٹل پر، گریڈ 5 تا 15 آئی بی اے کے ٹیسٹ کے ذریعے۔
رجسٹریشن میں مدد: 021-0000-5552"""},
            {"language": "ur-Latn", "text": """Sindh govt ka job portal aa gaya. CV dalo free, chahe parhay likhay ho ya hunarmand. Grade 1-4 ki jobs portal pe aur 5 se 15 IBA test se"""},
            {"language": "en", "channel": "whatsapp", "text": """Sindh Job Portal is live — free registration for Sindh youth, public and private vacancies in one app. BPS 1-4 posted on the portal; BPS 5-15 via IBA testing."""},
        ],
    },
    {
        "group": "lk3-ur-beoe-no-cash-payments-rule",
        "source": {"url": "https://jano.pk/protector",
                   "title": "حکومت نے بیرون ملک ویزے کے خواہش مند پاکستانی کیلئے فراڈسسٹم ختم کردیا",
                   "publisher": "Jano.pk (Urdu news)", "date": None},
        "facts": ["cash collection of fees or charges for protector and any related government process has been ended",
                  "the Bureau of Emigration sent a formal letter to ministries and departments: candidates for jobs abroad will pay only through banks or approved online/digital channels",
                  "Overseas Employment Promoters are not allowed to take any cash from candidates",
                  "promoters who violate the decision can have their licences cancelled"],
        "categories": ["official_warning", "licensed_oep", "application_fee_official", "gulf_employer"],
        "destination": "SA", "trade": "general overseas jobs", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """💳 اہم اطلاع: بیرون ملک ملازمت کی تمام ادائیگیاں اب صرف بینک یا آن لائن
بیورو آف امیگریشن کی ہدایت کے مطابق پروٹیکٹر فیس اور ہمارے سروس چارجز نقد وصول نہیں کیے جائیں گے۔ ادائیگی ہمارے کمپنی اکاؤنٹ میں بینک/ڈیجیٹل طریقے سے کریں اور رسید لیں۔
لائسنس یافتہ او ای پی — سعودی عرب و قطر ویزے۔ 0322-0000394"""},
            {"language": "ur-Latn", "text": """Ab protector aur OEP ki koi payment cash mein nahi hogi, sirf bank ya online. Jo promoter cash maange us ka license cancel ho sakta he. Receipt zaroor lo"""},
            {"language": "en", "text": """Notice to candidates: per the Bureau of Emigration's directive, protector fees and OEP charges are accepted only by bank transfer or approved digital payment — no cash. Keep your receipt. Licensed OEP, KSA & Qatar visas: 0322-0000394"""},
            {"language": "ur", "channel": "whatsapp", "text": """بھائی کیش نہ دینا، بیورو نے کیش بند کر دیا ہے، بینک میں جمع کروا کر رسید لو"""},
        ],
    },
]
