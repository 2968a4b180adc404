"""Locked test set (lk2), genuine OVERSEAS jobs offered to Pakistanis: OEC demands and government
programmes (Korea EPS, Japan TITP / internships, Saudi skill verification), licensed promoters'
adverts, Gulf employers' mass hiring, lawful emigration fees (protector, insurance, GCC medical),
Europe work permits through the employer, Canada / Australia official routes, teaching in South-East
Asia. Each group is rewritten from one cited public source; contacts are synthetic and reserved."""

GROUPS = [
    {
        "group": "lk2-os-oec-saudi-nurses-specialties-2024",
        "source": {"url": "https://jang.com.pk/news/1402828",
                   "title": "پاکستان تربیت یافتہ نرسوں کی بڑی تعداد جلد سعودی عرب روانہ کرے گا",
                   "publisher": "Daily Jang", "date": "2024"},
        "facts": ["Pakistan will soon send a large number of trained nurses to Saudi Arabia, according to the Overseas Employment Corporation (OEC)",
                  "Saudi Arabia needs nursing staff in cardiac care, emergency, medical care, maternity, paediatrics, intensive care, haemodialysis, neonatal care, oncology and surgical care"],
        "categories": ["oec", "state_recruiter", "government_programme", "nursing", "gulf_employer", "hard_negative_destination"],
        "destination": "SA", "trade": "staff nurse", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سعودی عرب کے لیے نرسنگ اسٹاف کی فوری ضرورت 🏥
اوورسیز ایمپلائمنٹ کارپوریشن (حکومتِ پاکستان) کے ذریعے تربیت یافتہ نرسیں سعودی عرب بھیجی جا رہی ہیں۔
شعبے: کارڈیک کیئر، ایمرجنسی، میڈیکل وارڈ، زچگی، بچوں کا وارڈ، آئی سی یو، ڈائیلیسز، نوزائیدہ بچوں کی نگہداشت، کینسر وارڈ، سرجیکل وارڈ۔
درخواست صرف او ای سی کی سرکاری ویب سائٹ پر۔ کسی ایجنٹ کو پیسے نہ دیں۔
او ای سی ہیلپ ڈیسک: 0311-0000632"""},
            {"language": "ur-Latn", "text": """Nurses ke liye Saudia ki demand aa gayi hai OEC ke through 👩‍⚕️ cardiac, emergency, ICU, dialysis, NICU, oncology, labour room, surgical sab wards. Sarkari idara hai, apply OEC ki apni website pe karen. Share karen apni nursing groups me"""},
            {"language": "en", "text": """Trained nurses wanted for hospitals in Saudi Arabia – recruitment through the Overseas Employment Corporation (OEC), Govt of Pakistan. Specialties: cardiac care, emergency, medical, obstetrics, paediatrics, critical care, haemodialysis, neonatal, oncology and surgical units. Apply online on the OEC portal only.
OEC helpdesk: 0311-0000632 | helpdesk@oec-jobs.example.org"""},
            {"language": "ur", "channel": "whatsapp", "text": """باجی او ای سی والا سعودی نرسوں کا اشتہار دیکھا؟ ڈائیلیسز اور آئی سی یو بھی ہے اس میں، آپ کا تجربہ بھی یہی ہے"""},
        ],
    },
    {
        "group": "lk2-os-oec-romania-workforce-2024",
        "source": {"url": "https://dailytimes.com.pk/1161503/oec-plans-to-export-workforce-to-romania/",
                   "title": "OEC plans to export workforce to Romania", "publisher": "Daily Times (APP)", "date": "2024-01-16"},
        "facts": ["the Overseas Employment Corporation, under the Ministry of Overseas Pakistanis, is set to send workers to Romania in different fields",
                  "8,912 Pakistani workers were employed in various sectors in Romania over the previous five years",
                  "the Bureau of Emigration is exploring jobs in Romania and the government aims to sign a labour-migration MoU for safe, orderly and regular migration"],
        "categories": ["oec", "state_recruiter", "government_programme", "europe_work_permit", "hard_negative_destination"],
        "destination": "RO", "trade": "various trades", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇷🇴 Romania jobs – the GOVERNMENT way. The Overseas Employment Corporation (OEC) is preparing to send Pakistani workers to Romania in different fields. Nearly 9,000 Pakistanis have already been employed there in the last five years. Wait for OEC's official advertisement and apply only through OEC or a BE&OE-licensed promoter."""},
            {"language": "ur", "text": """رومانیہ میں روزگار: اوورسیز ایمپلائمنٹ کارپوریشن مختلف شعبوں میں پاکستانی کارکن رومانیہ بھیجنے کی تیاری کر رہی ہے۔ پچھلے پانچ سال میں تقریباً نو ہزار پاکستانی وہاں ملازمت کر چکے ہیں۔ حکومت رومانیہ کے ساتھ محفوظ اور قانونی ہجرت کے لیے ایم او یو پر بھی کام کر رہی ہے۔
معلومات کے لیے واٹس ایپ: 0321-0000584"""},
            {"language": "ur-Latn", "text": """Romania ka kaam ab OEC ke zariye bhi. Sarkar MoU sign karne ja rahi hai taake banda legal tareeqe se jaye. 5 saal me 8912 Pakistani wahan job pe gaye. Visit visa pe mat jana bhai, OEC ka ishtehar aane do"""},
        ],
    },
    {
        "group": "lk2-os-romania-drivers-demand-2019",
        "source": {"url": "https://www.romania-insider.com/romania-pakistani-workers",
                   "title": "Romania considers importing Pakistani workforce", "publisher": "Romania Insider", "date": "2019"},
        "facts": ["Pakistan's Ministry of Overseas Pakistanis agreed on April 17 to send Pakistani workers to Romania in different sectors",
                  "the Romanian ambassador said Romania may need as many as one million foreign workers and at least 40,000 drivers",
                  "doctors, engineers, construction workers and IT specialists will also be required"],
        "categories": ["government_programme", "driver", "europe_work_permit", "hard_negative_trade", "hard_negative_destination"],
        "destination": "RO", "trade": "driver", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """DRIVERS ke liye khushkhabri 🚛 Romania ke ambassador ne kaha unko kam az kam 40,000 drivers chahiye aur Overseas Ministry ne Pakistani workers bhejne pe haan kar di hai. Doctors, engineers, construction aur IT walon ki bhi zarurat. Abhi sirf khabar hai, bharti ka process sarkari elaan ke baad"""},
            {"language": "ur", "text": """رومانیہ کو کم از کم چالیس ہزار ڈرائیوروں کی ضرورت، رومانیہ کے سفیر کی وزارتِ سمندر پار پاکستانیز سے ملاقات۔ وزارت نے مختلف شعبوں میں پاکستانی کارکن بھیجنے پر اتفاق کیا ہے۔ ڈاکٹرز، انجینئرز، تعمیراتی کارکن اور آئی ٹی ماہرین کی بھی مانگ ہے۔"""},
            {"language": "en", "text": """News: Romania may need up to one million foreign workers, including at least 40,000 drivers, its ambassador told the Ministry of Overseas Pakistanis, which agreed to send Pakistani workers in several sectors. Doctors, engineers, builders and IT specialists are also on the list."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Yar HTV license hai tumhare paas, Romania walay 40 hazar driver mang rahe hain news me aya hai. Ministry ke through hoga, dekhte raho"""},
        ],
    },
    {
        "group": "lk2-os-emirates-cabin-crew-islamabad-2023",
        "source": {"url": "https://aaj.tv/news/amp/30335804",
                   "title": "کیا ایمریٹس ائرلائن پاکستان میں بھرتیاں کر رہی ہے؟", "publisher": "Aaj News", "date": "2023"},
        "facts": ["Aaj News checked the Emirates group careers site: no open day was listed for Pakistan in July 2023, contrary to some social media posts",
                  "the careers site did schedule invite-only cabin crew interviews in Islamabad on 30 August 2023, for candidates who apply online",
                  "Emirates recruits cabin crew worldwide through open days and invite-only interviews"],
        "categories": ["cabin_crew", "gulf_employer", "named_employer", "hospitality"],
        "destination": "AE", "trade": "cabin crew", "channel": "facebook",
        "items": [
            {"language": "en", "text": """✈️ Emirates Cabin Crew – Islamabad, 30 August 2023 (invite only). Apply online on the Emirates Group Careers site first; only shortlisted candidates get an invitation. There is NO open day in Pakistan in July, whatever the viral posts say. Check the criteria on the official careers page before applying."""},
            {"language": "ur", "text": """ایمریٹس ایئرلائن کیبن کریو: اسلام آباد میں 30 اگست کو صرف دعوت نامے والے انٹرویو ہوں گے ✈️ پہلے ایمریٹس کی اپنی کیریئر ویب سائٹ پر آن لائن درخواست دیں۔ جولائی میں پاکستان میں کوئی اوپن ڈے نہیں، سوشل میڈیا کی غلط پوسٹوں سے بچیں۔"""},
            {"language": "ur-Latn", "text": """Cabin crew banna hai? Emirates 30 Aug ko Islamabad me invite only interview le rahi hai, pehle unki careers site pe online apply karo. July wala open day fake news tha, Aaj news ne check kiya 👍"""},
            {"language": "en", "channel": "whatsapp", "text": """Did u apply on the Emirates careers page? Islamabad invites are going out for 30 Aug, check ur email 🤞"""},
        ],
    },
    {
        "group": "lk2-os-malaysia-plantation-pakistanis-2022",
        "source": {"url": "https://www.thesundaily.my/home/zuraida-hire-foreign-plantation-workers-from-various-countries-CL9508307",
                   "title": "Zuraida: Hire foreign plantation workers from various countries", "publisher": "The Sun (Malaysia), Bernama", "date": "2022-07-27"},
        "facts": ["Malaysia's Plantation Industries Minister urged plantation companies to hire workers from countries such as Pakistan, India and Afghanistan instead of relying on Indonesia and Bangladesh",
                  "she suggested starting with 50 to 100 workers at the initial stage and increasing if the response is positive",
                  "workers would first need to be briefed on the type of plantation work available"],
        "categories": ["government_programme", "plantation", "hard_negative_destination", "hard_negative_trade"],
        "destination": "MY", "trade": "plantation worker", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """Malaysia's plantation minister has asked estate companies to consider workers from Pakistan, India and Afghanistan. The plan: start with 50–100 workers, brief them on the work first, and expand if it goes well. Any real hiring will go through approved channels – watch for the official notice."""},
            {"language": "ur", "text": """ملائیشیا کی وزیرِ پلانٹیشن نے باغات کی کمپنیوں سے کہا ہے کہ پاکستان سمیت دیگر ممالک سے کارکن بھرتی کریں۔ ابتدا میں پچاس سے سو کارکن رکھے جائیں گے اور انہیں کام کی نوعیت کے بارے میں پہلے بریفنگ دی جائے گی۔"""},
            {"language": "ur-Latn", "text": """Malaysia palm oil estates me Pakistani mazdooron ki baat chal rahi hai. Minister ne kaha shuru me 50 se 100 bande, pehle kaam samjhaya jayega. Koi agent abhi se paise mange to samajh lena abhi official bharti shuru nahi hui
Estate HR (Sabah): +60 12 555 0391"""},
        ],
    },
    {
        "group": "lk2-os-uk-registered-nurse-route-2025",
        "source": {"url": "https://edworkers.com/pathway-to-the-uk-for-registered-nurses/",
                   "title": "Pathway to the UK for Registered Nurses", "publisher": "EdWorkers", "date": "2025"},
        "facts": ["Pakistani nurses must be registered with the Pakistan Nursing and Midwifery Council and then register with the UK NMC (computer-based test, then OSCE in the UK)",
                  "English requirement: IELTS Academic 7.0 (6.5 in writing) or OET",
                  "a job offer from an NHS Trust or licensed UK healthcare provider that issues a Certificate of Sponsorship leads to the Health and Care Worker visa, which is exempt from the NHS surcharge"],
        "categories": ["nursing", "uk_sponsor", "official_route", "hard_negative_destination"],
        "destination": "GB", "trade": "registered nurse", "channel": "facebook",
        "items": [
            {"language": "en", "text": """UK for Pakistani RNs – the real steps 🇬🇧
1️⃣ PNMC registration
2️⃣ IELTS Academic 7.0 (writing 6.5) or OET
3️⃣ NMC CBT from Pakistan
4️⃣ Job offer from an NHS Trust / licensed sponsor → Certificate of Sponsorship
5️⃣ Health & Care Worker visa (no NHS surcharge)
6️⃣ OSCE after arrival in the UK
No CoS from a licensed sponsor = no job. Don't buy 'CoS' from anyone.
NHS Trust international recruitment team: +44 20 5555 0163 | intl.nursing@nhs-trust.example.org"""},
            {"language": "ur", "text": """برطانیہ میں نرس کی نوکری کا درست طریقہ: پہلے پاکستان نرسنگ کونسل میں رجسٹریشن، پھر آئیلٹس یا او ای ٹی، پھر یو کے نرسنگ کونسل کا کمپیوٹر ٹیسٹ۔ این ایچ ایس ٹرسٹ یا لائسنس یافتہ ادارہ اسپانسرشپ سرٹیفکیٹ دیتا ہے، اس کے بعد ہیلتھ اینڈ کیئر ویزا ملتا ہے۔"""},
            {"language": "ur-Latn", "text": """Sisters UK jane ka sahi rasta: PNMC, phir IELTS 7 ya OET, phir NMC ka CBT. NHS trust ka offer aur CoS mile to Health and Care visa, surcharge maaf. OSCE wahan ja ke dena hota hai. Kisi ko CoS ke paise na dena
Sawal: intl.nursing@nhs-trust.example.org"""},
        ],
    },
    {
        "group": "lk2-os-saudi-five-companies-oec",
        "source": {"url": "https://thetruthinternational.com/saudi-mega-companies-announce-about-20000-jobs-for-pakistanis",
                   "title": "Saudi mega companies announce about 20,000 jobs for Pakistanis", "publisher": "The Truth International", "date": None},
        "facts": ["five large Saudi companies (NESMA & Partners, Al-Rashid Group, Mahara Human Resources, Al-Bawani and Alfanar) signed agreements to employ 15,000-20,000 Pakistanis",
                  "jobs are in construction, healthcare, finance, engineering, IT and overhead transmission",
                  "all hiring under these agreements is to be done through the Overseas Employment Corporation; the deals were signed in Riyadh by the PM's special assistant"],
        "categories": ["oec", "state_recruiter", "gulf_employer", "named_employer", "construction", "hard_negative_destination"],
        "destination": "SA", "trade": "construction / engineering", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سعودی عرب کی پانچ بڑی کمپنیوں میں پندرہ سے بیس ہزار پاکستانیوں کے لیے ملازمتیں 🇸🇦
نیسما، الراشد گروپ، مہارہ، البوانی اور الفنار کے ساتھ معاہدے۔
شعبے: تعمیرات، صحت، فنانس، انجینئرنگ، آئی ٹی، ٹرانسمیشن لائن۔
تمام بھرتیاں صرف اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے ہوں گی۔
او ای سی ہیلپ لائن: 0311-0000632"""},
            {"language": "en", "text": """15,000–20,000 Saudi jobs for Pakistanis under agreements with NESMA & Partners, Al-Rashid, Mahara HR, Al-Bawani and Alfanar – construction, healthcare, finance, engineering, IT, overhead transmission. All recruitment through the Overseas Employment Corporation (OEC). Register on OEC and wait for the trade-wise advertisement.
OEC helpline: +92 311 0000632"""},
            {"language": "ur-Latn", "text": """NESMA, Alfanar, Al Bawani... 5 Saudi companiyon ka OEC ke sath agreement, 20 hazar tak Pakistanis ko naukri. Electrician, lineman, engineer, IT sab. Bharti sirf OEC karega, kisi agent ke paas file jama na karwana"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Alfanar transmission line ki demand OEC pe aayi? lineman ke liye dekh lena mere liye bhi"""},
        ],
    },
    {
        "group": "lk2-os-korea-eps-e9-2022",
        "source": {"url": "https://propakistani.pk/2022/12/16/south-korea-to-offer-plenty-of-jobs-to-more-pakistani-workers/",
                   "title": "South Korea to Offer Plenty of Jobs to More Pakistani Workers", "publisher": "ProPakistani", "date": "2022-12-16"},
        "facts": ["more than 1,600 Pakistani workers entered Korea through the Employment Permit System (E-9) by the end of November 2022, with a target of 2,000",
                  "about 13,000 Pakistanis have entered Korea since the Pakistan EPS Center was set up under a 2006 MoU; the Center works with the OEC",
                  "Pakistan's quota was increased and EPS-TOPIK applicants were expected to rise to 1,600; the embassy proposed adding construction to manufacturing"],
        "categories": ["oec", "state_recruiter", "government_programme", "korea_eps", "factory_worker", "hard_negative_destination"],
        "destination": "KR", "trade": "factory worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇰🇷 KOREA JOBS (E-9) – Govt to Govt. Over 1,600 Pakistanis went to Korea under the Employment Permit System in 2022 and the quota has been raised. The ONLY route: pass EPS-TOPIK, register through OEC, get selected by a Korean employer. Nobody can 'guarantee' a Korea visa for money."""},
            {"language": "ur", "text": """کوریا میں ملازمت صرف ای پی ایس کے ذریعے: 2022 میں سولہ سو سے زیادہ پاکستانی کارکن کوریا گئے اور پاکستان کا کوٹہ بڑھا دیا گیا ہے۔ کورین زبان کا ٹیسٹ پاس کریں اور او ای سی کے ذریعے رجسٹریشن کروائیں۔ فیکٹریوں کے بعد تعمیراتی شعبہ بھی شامل کرنے کی تجویز ہے۔
او ای سی ای پی ایس سیکشن: 0311-0000632"""},
            {"language": "ur-Latn", "text": """Korea EPS walon ke liye achi khabar, is saal 1600+ larke E9 visa pe gaye, target 2000 hai. Quota barh gaya, ab Korean seekho aur EPS TOPIK ki taiyari karo. Registration OEC se hoti hai, agent se nahi"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """bhai korean class join kar li? OEC ka EPS topik ka ishtihar kabhi bhi aa sakta hai"""},
        ],
    },
    {
        "group": "lk2-os-protector-fees-uae",
        "source": {"url": "https://samaa.tv./2087321615-how-much-will-uae-bound-pakistanis-pay-as-protector-fees",
                   "title": "How much will UAE-bound Pakistanis pay as protector fees", "publisher": "Samaa TV", "date": None},
        "facts": ["Pakistanis going to the UAE on a work visa must have their employment contract verified at the Protectorate of Emigrants, which stamps a protector on the passport",
                  "the fees are Rs 2,500 life insurance, Rs 2,000 OPF registration, Rs 2,500 PE registration and Rs 200 OEC fee, Rs 7,200 in total",
                  "protection gives legal cover, help from the Pakistani mission and legal aid through the Community Welfare Attache"],
        "categories": ["lawful_fee", "protector", "application_fee_official", "gulf_employer", "licensed_oep"],
        "destination": "AE", "trade": "any work visa", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Dubai ka visa aa gaya? Protector ki official fees ye hain: insurance 2500, OPF 2000, PE registration 2500, OEC 200 = total Rs 7,200. Sab ki receipt milti hai. Iss se zyada ka parcha koi de to pooch lena kis cheez ka hai
Koi sawal? Call/WhatsApp 0301-0000457 (Ali Travel & OEP desk)"""},
            {"language": "ur", "text": """یو اے ای جانے والوں کے لیے پروٹیکٹر فیس: بیمہ 2500، او پی ایف 2000، پروٹیکٹوریٹ رجسٹریشن 2500 اور او ای سی 200 روپے، کل 7200 روپے۔ معاہدہ پروٹیکٹر آفس سے تصدیق کروائیں تاکہ بیرونِ ملک سفارت خانہ اور کمیونٹی ویلفیئر اتاشی آپ کی مدد کر سکیں۔"""},
            {"language": "en", "channel": "facebook", "text": """UAE work visa holders: get your contract protected at the Protectorate of Emigrants before you fly. Fees: Rs 2,500 life insurance + Rs 2,000 OPF + Rs 2,500 PE registration + Rs 200 OEC = Rs 7,200. Protection = legal cover + help from the Pakistan mission and Community Welfare Attaché."""},
        ],
    },
    {
        "group": "lk2-os-beoe-protection-insurance",
        "source": {"url": "https://beoe.gov.pk/index.php/protection-and-its-benefits",
                   "title": "Protection and it's benefits", "publisher": "Bureau of Emigration & Overseas Employment", "date": None},
        "facts": ["every intending emigrant is legally bound to get the foreign service agreement protected at the Protectorate of Emigrants",
                  "each emigrant deposits Rs 2,500 as State Life insurance premium for a Rs 1,000,000 life cover valid for five years",
                  "after paying the welfare fund the worker becomes a member of the Overseas Pakistanis Foundation, with education help for children and airport counters"],
        "categories": ["lawful_fee", "protector", "government_notice", "government_scheme"],
        "destination": "XX", "trade": "any overseas job", "channel": "government",
        "items": [
            {"language": "ur", "text": """بیرونِ ملک ملازمت پر جانے والے ہر شخص کے لیے اپنے معاہدے کی پروٹیکٹوریٹ آف ایمیگرنٹس سے تصدیق قانونی طور پر لازمی ہے۔ اسٹیٹ لائف بیمہ کی 2500 روپے قسط پر دس لاکھ روپے کا بیمہ پانچ سال کے لیے ملتا ہے۔ ویلفیئر فنڈ جمع کروانے پر آپ او پی ایف کے ممبر بن جاتے ہیں۔"""},
            {"language": "en", "channel": "facebook", "text": """Going abroad for work? Protection of your foreign service agreement by the Protectorate of Emigrants is mandatory. Rs 2,500 premium = Rs 1 million State Life cover for 5 years, and OPF membership (children's education support, help desks at airports). Ask your promoter for the official receipts.
Protectorate enquiries: 0312-0000245"""},
            {"language": "ur-Latn", "text": """Protector lagwana zaroori hai, is me 2500 ka insurance hota hai jo 10 lakh ka cover deta hai 5 saal ke liye. Welfare fund se OPF member bhi ban jate ho, bachon ki parhai me madad milti hai. Ye sarkari fees hai, scam nahi"""},
        ],
    },
    {
        "group": "lk2-os-qatar-worldcup-volunteers-2022",
        "source": {"url": "https://arabnews.pk/node/2206466",
                   "title": "Pakistani volunteers relish 'once in a lifetime' FIFA World Cup experience", "publisher": "Arab News Pakistan", "date": "2022"},
        "facts": ["Pakistan contributed footballs, security personnel and volunteers to the FIFA World Cup 2022 in Qatar",
                  "international volunteers filled a detailed four-page online form in an app and then took an online test of skills and decision-making",
                  "a Pakistani in Qatar was hired as an operations analyst by Mowasalat, Qatar's public transport company, and volunteered at Al-Thumama Stadium"],
        "categories": ["event_work", "gulf_employer", "named_employer", "hard_negative_destination"],
        "destination": "QA", "trade": "event volunteer / transport staff", "channel": "facebook",
        "items": [
            {"language": "en", "text": """⚽ Want to be part of the World Cup in Qatar? Volunteer applications are ONLY through the official volunteer app: a four-page form, then an online assessment of your decision-making and stress handling. Mowasalat (public transport) is also hiring operations staff through its own careers page."""},
            {"language": "ur", "text": """قطر ورلڈ کپ 2022 میں پاکستانی رضاکار بھی شامل ⚽ رضاکار بننے کے لیے سرکاری ایپ میں چار صفحات کا فارم بھرنا ہوتا ہے، پھر آن لائن ٹیسٹ ہوتا ہے۔ پاکستانی فٹ بال اور سکیورٹی اہلکار بھی ٹورنامنٹ کا حصہ ہیں۔"""},
            {"language": "ur-Latn", "text": """World cup volunteer banna hai to official app se apply karo, 4 page ka form aur online test hota hai games wala. Hamare ek bhai ne Mowasalat me operations analyst ki job bhi li hai Doha me, stadium pe volunteer bhi hai 😄
Doha me info ke liye: +974 5555 0183"""},
        ],
    },
    {
        "group": "lk2-os-qatar-100k-workers-navttc-2017",
        "source": {"url": "https://propakistani.pk/2017/12/29/qatar-needs-100000-pakistani-workers-fifa-2022-world-cup/",
                   "title": "Qatar Needs 100,000 Pakistani Workers for FIFA 2022 World Cup", "publisher": "ProPakistani", "date": "2017-12-29"},
        "facts": ["Qatar's ambassador said Qatar would require more than 100,000 Pakistani workers for development and construction work for the 2022 World Cup",
                  "he made the statement in a meeting with the Executive Director of NAVTTC on technical and vocational training cooperation",
                  "NAVTTC said Pakistan's technical training standards had been brought to international level"],
        "categories": ["government_programme", "construction", "skills_training", "hard_negative_destination"],
        "destination": "QA", "trade": "construction worker", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """قطر کو ورلڈ کپ 2022 کی تعمیرات کے لیے ایک لاکھ سے زائد پاکستانی کارکن درکار، قطری سفیر کی نیوٹیک کے سربراہ سے ملاقات۔ ہنرمند بنیں: نیوٹیک کے تصدیق شدہ کورس کریں تاکہ قانونی طریقے سے بیرونِ ملک ملازمت مل سکے۔"""},
            {"language": "en", "text": """Qatar will need 100,000+ Pakistani workers for World Cup 2022 construction, its ambassador told NAVTTC. Get a NAVTTC-certified trade now (mason, steel fixer, electrician, plumber) so you qualify when the official demands open."""},
            {"language": "ur-Latn", "text": """Qatar ko 1 lakh Pakistani workers chahiye world cup ke stadium aur construction ke liye, ambassador ne khud bataya. NAVTTC ka course kar lo abhi se, skilled bande ko hi visa milega
Course admission: admissions@skills-centre.example.org"""},
        ],
    },
    {
        "group": "lk2-os-gcc-medical-fee-26000-2025",
        "source": {"url": "https://en.opn.com.pk/?p=7851",
                   "title": "Medical fee for overseas job seekers raised", "publisher": "Overseas Pakistan News (OPN)", "date": "2025"},
        "facts": ["the mandatory medical examination fee for Pakistanis going abroad for work was raised from Rs 15,000 to Rs 26,000, according to the Pakistan Overseas Employment Promoters Association",
                  "POEPA wrote to the Prime Minister asking the government to reconsider the increase",
                  "there are only five biometric centres in Pakistan for Saudi-bound workers"],
        "categories": ["lawful_fee", "medical_gamca", "licensed_oep", "gulf_employer"],
        "destination": "SA", "trade": "any work visa", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Assalam o alaikum sab candidates. Medical ki nayi fees Rs 26,000 ho gayi hai (pehle 15,000 thi). Ye fees aap khud approved medical center ke counter pe jama karwayenge aur receipt lenge, office me nahi. Biometric ke liye Saudi walay centers sirf 5 hain, appointment jaldi le lena. — Manager, licensed OEP
Office: 0300-0000664"""},
            {"language": "ur", "text": """بیرونِ ملک ملازمت کے امیدوار متوجہ ہوں: لازمی میڈیکل ٹیسٹ کی فیس پندرہ ہزار سے بڑھ کر چھبیس ہزار روپے ہو گئی ہے۔ پروموٹرز ایسوسی ایشن نے وزیرِ اعظم کو خط لکھ کر نظرِ ثانی کی درخواست کی ہے۔ سعودی عرب کے لیے بائیو میٹرک مراکز صرف پانچ ہیں۔"""},
            {"language": "en", "channel": "facebook", "text": """Update for Gulf-bound candidates: the mandatory pre-departure medical now costs Rs 26,000 (was Rs 15,000). Pay it at the approved medical centre itself and keep the receipt. POEPA has asked the PM to review the increase.
Queries: 0300-0000664"""},
        ],
    },
    {
        "group": "lk2-os-neom-pakistani-quota-2022",
        "source": {"url": "https://brecorder.com/news/40174272",
                   "title": "Pakistan wants to form larger share of labour force for Saudi's futuristic NEOM project", "publisher": "Business Recorder", "date": "2022"},
        "facts": ["the Minister for Overseas Pakistanis met the Saudi ambassador and asked for a sizeable Pakistani quota in the NEOM workforce",
                  "the ministry asked that criteria be more open to skilled and unskilled Pakistanis for diverse jobs in the project",
                  "NEOM is a $500 billion city project in Tabuk province under Saudi Vision 2030"],
        "categories": ["government_programme", "state_recruiter", "gulf_employer", "named_employer", "construction", "hard_negative_destination"],
        "destination": "SA", "trade": "construction / various", "channel": "facebook",
        "items": [
            {"language": "en", "text": """NEOM jobs update 🇸🇦: Pakistan's Overseas Minister asked the Saudi ambassador for a bigger Pakistani quota in the $500bn NEOM project in Tabuk, for both skilled and unskilled workers. Real NEOM vacancies are posted on NEOM's own careers portal or come through OEC / licensed promoters."""},
            {"language": "ur", "text": """نیوم سٹی منصوبے میں پاکستانیوں کا کوٹہ بڑھانے کا مطالبہ: وفاقی وزیر برائے سمندر پار پاکستانیز نے سعودی سفیر سے ملاقات میں ہنرمند اور غیر ہنرمند دونوں طرح کے کارکنوں کے لیے زیادہ مواقع مانگے۔ یہ پانچ سو ارب ڈالر کا منصوبہ تبوک میں بن رہا ہے۔"""},
            {"language": "ur-Latn", "text": """NEOM ka naam sun ke koi bhi file mat do. Abhi sirf minister ne Saudi safeer se quota manga hai. Asal job aayegi to NEOM ki apni careers site ya OEC pe aayegi
Sahi info: OEC 0311-0000632"""},
        ],
    },
    {
        "group": "lk2-os-kuwait-doctors-nurses-batch-2023",
        "source": {"url": "https://gulfnews.com/world/gulf/kuwait/new-batch-of-180-pakistani-doctors-and-nurses-in-kuwait-to-support-healthcare-sector-1.93654275",
                   "title": "New batch of 180 Pakistani doctors and nurses in Kuwait to support healthcare sector", "publisher": "Gulf News", "date": "2023-02-05"},
        "facts": ["a batch of 180 Pakistani doctors and nurses arrived in Kuwait, the 18th group under the agreement between the two governments",
                  "Pakistan's ambassador said Kuwait faced a shortage of doctors and nurses after the pandemic",
                  "he said Pakistan was ready to send more doctors and nurses and professionals in education and IT"],
        "categories": ["government_programme", "state_recruiter", "nursing", "doctor", "gulf_employer", "hard_negative_destination"],
        "destination": "KW", "trade": "doctor / nurse", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇰🇼 180 more Pakistani doctors and nurses have landed in Kuwait – the 18th batch under the Pakistan–Kuwait government agreement. Health professionals interested in the next rounds should follow the Ministry of Overseas Pakistanis / OEC announcements.
Overseas Pakistanis helpline: 0311-0000825"""},
            {"language": "ur", "text": """کویت میں پاکستانی ڈاکٹروں اور نرسوں کا اٹھارواں گروپ پہنچ گیا، ایک سو اسی افراد سرکاری معاہدے کے تحت وہاں کام کریں گے۔ پاکستانی سفیر کے مطابق آئندہ تعلیم اور آئی ٹی کے ماہرین بھی بھیجے جا سکتے ہیں۔"""},
            {"language": "ur-Latn", "text": """Kuwait me 180 Pakistani doctors aur nurses pohanch gaye, ye 18wan batch hai government agreement ke tehat. Agla batch ki bharti ministry ke through hogi inshallah"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Dr sahab aap ka naam Kuwait wali list me aya? 18th batch chala gaya hai"""},
        ],
    },
    {
        "group": "lk2-os-japan-titp-costs-borne-2022",
        "source": {"url": "https://pakistanembassytokyo.com/content/export-manpower-pakistan-japan",
                   "title": "Export of Manpower from Pakistan to Japan", "publisher": "Embassy of Pakistan, Tokyo", "date": "2022"},
        "facts": ["the first periodic meeting on the Pakistan-Japan Technical Intern Training Program agreement was held online",
                  "it was agreed that trainees bear minimum cost and the maximum cost of their journey to Japan is borne by the accepting organisations in Japan",
                  "OEC and NUTECH had started connecting with accepting organisations; training ranges from one to five years; BE&OE will make sending organisations follow the rules"],
        "categories": ["government_programme", "state_recruiter", "japan_titp", "employer_paid_ticket", "hard_negative_destination"],
        "destination": "JP", "trade": "technical intern trainee", "channel": "government",
        "items": [
            {"language": "ur", "text": """جاپان ٹیکنیکل انٹرن ٹریننگ پروگرام: پاکستان اور جاپان کا اتفاق ہے کہ ٹرینی پر کم سے کم خرچ آئے اور جاپان تک سفر کا زیادہ تر خرچ جاپانی میزبان ادارہ برداشت کرے۔ او ای سی اور نیوٹیک جاپانی اداروں سے رابطے میں ہیں۔ تربیت ایک سے پانچ سال تک ہوگی۔"""},
            {"language": "en", "channel": "facebook", "text": """Japan TITP (Technical Intern Training) – key points from the Pakistan–Japan meeting: trainees should bear minimum cost, the Japanese accepting organisation bears most of the travel cost, training lasts 1–5 years, and only sending organisations cleared by the Bureau of Emigration may send trainees (OEC, NUTECH)."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Japan TITP me trainee ka kharcha kam se kam, safar ka zyada kharcha Japan wala idara deta hai. OEC aur NUTECH sending organization hain. Lakhon mangne wale 'Japan visa' agents se bachen
NUTECH TITP desk: 0318-0000571"""},
        ],
    },
    {
        "group": "lk2-os-japan-paid-interns-mechanical-2024",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/japanese-firm-hosts-first-ever-paid-interns-g-1805067.html",
                   "title": "Japanese Firm Hosts First-ever Paid Interns Group From Pakistan", "publisher": "UrduPoint / APP", "date": "2024-03-14"},
        "facts": ["a Japanese company accepted six paid interns from Pakistan for mechanical engineering training, a first",
                  "the host company bore all expenses including return airfare",
                  "Pakistan's ambassador welcomed the interns at the embassy in Tokyo"],
        "categories": ["japan_internship", "employer_paid_ticket", "engineering", "hard_negative_destination"],
        "destination": "JP", "trade": "mechanical engineering intern", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇯🇵 A first: six Pakistani mechanical engineers have started PAID internships at a Japanese company. The host company pays all expenses, including the return air ticket. Congratulations to the interns welcomed by our ambassador in Tokyo!
Embassy community desk: +81 3 5555 0170"""},
            {"language": "ur", "text": """پہلی بار جاپان کی ایک کمپنی نے پاکستان سے چھ تنخواہ دار انٹرن مکینیکل انجینئرنگ کی تربیت کے لیے رکھے ہیں۔ آنے جانے کا ٹکٹ سمیت تمام اخراجات کمپنی نے اٹھائے۔ سفیرِ پاکستان نے ٹوکیو میں ان کا استقبال کیا۔"""},
            {"language": "ur-Latn", "text": """Japan me 6 Pakistani engineers ki paid internship, ticket bhi company ne diya wapsi ka bhi. Ye hota hai genuine offer, employer kharcha karta hai candidate nahi"""},
        ],
    },
    {
        "group": "lk2-os-oec-japan-it-internship-2025",
        "source": {"url": "https://www.nation.com.pk/14-Jan-2025/oec-launches-it-japanese-language-internship-program",
                   "title": "OEC launches IT, Japanese language internship program", "publisher": "The Nation (APP)", "date": "2025-01-14"},
        "facts": ["OEC launched an IT and Japanese Language Internship Program with Plus W Inc, Japan, to prepare Pakistani youth for jobs in Japan",
                  "it trains IT graduates in data science, cloud technologies and Japanese (JLPT N5 and N4)",
                  "the first batch has 54 IT professionals, with plans for 4,000 participants and collaboration with 15 universities"],
        "categories": ["oec", "state_recruiter", "government_programme", "it_job", "japan_internship", "hard_negative_destination"],
        "destination": "JP", "trade": "IT graduate", "channel": "facebook",
        "items": [
            {"language": "en", "text": """💻🇯🇵 OEC × Plus W Inc (Japan): IT & Japanese Language Internship Program for IT graduates – data science, cloud technologies and Japanese up to JLPT N4. First batch of 54 already in; target 4,000 participants with 15 partner universities. Apply only through OEC's official channels.
Info: 0311-0000632 | japan-it@oec-jobs.example.org"""},
            {"language": "ur", "text": """آئی ٹی گریجویٹس کے لیے جاپان کا موقع: اوورسیز ایمپلائمنٹ کارپوریشن نے جاپانی کمپنی پلس ڈبلیو کے ساتھ انٹرن شپ پروگرام شروع کیا ہے جس میں ڈیٹا سائنس، کلاؤڈ اور جاپانی زبان سکھائی جائے گی۔ پہلے بیچ میں چون نوجوان شامل ہیں۔"""},
            {"language": "ur-Latn", "text": """CS walo suno, OEC ka Japan IT internship program shuru, Plus W ke sath. Data science, cloud aur Japanese N5 N4. Pehla batch 54 ka, aage 4000 tak. Apni university ke career office se poocho, 15 universities partner hain"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """N5 ki class kab se hai OEC wale program me? mujhe form ka link official site se bhejna"""},
        ],
    },
    {
        "group": "lk2-os-croatia-construction-permits-2021",
        "source": {"url": "https://www.vmo.hr/news/item/17-working-permits-for-construction-workers",
                   "title": "Working permits for construction workers", "publisher": "VMO law office (Croatia)", "date": "2021-06-16"},
        "facts": ["a Croatian employer must obtain the appropriate work permit for a non-EU construction worker before the worker starts",
                  "the residence and work permit is usually issued for one year and can be extended",
                  "normally a labour market test at the Croatian Employment Service is needed, but for trades such as mason, carpenter, concreter and crane operator the employer applies directly to the Ministry of Interior"],
        "categories": ["europe_work_permit", "construction", "hard_negative_destination", "hard_negative_trade"],
        "destination": "HR", "trade": "mason / carpenter", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇭🇷 Croatia construction jobs – how it legally works: YOUR EMPLOYER applies for the residence & work permit before you start (usually 1 year, renewable). For masons, carpenters, concreters and crane operators no labour-market test is needed, the employer files straight with the Ministry of Interior. No permit in the employer's name = no job."""},
            {"language": "ur", "text": """کروشیا میں تعمیراتی کام کا قانونی طریقہ: ورک پرمٹ آجر کمپنی خود کروشیا کی وزارتِ داخلہ سے حاصل کرتی ہے اور یہ عموماً ایک سال کا ہوتا ہے جس کی تجدید ہو سکتی ہے۔ مستری، بڑھئی، کنکریٹ اور کرین آپریٹر کے لیے لیبر مارکیٹ ٹیسٹ کی ضرورت نہیں۔"""},
            {"language": "ur-Latn", "text": """Croatia ka work permit company khud apply karti hai, mason aur carpenter ke liye labour market test bhi nahi lagta. Permit 1 saal ka hota hai phir renew. Pehle permit ki copy dekho phir embassy ka appointment
Zagreb employer HR: +385 91 555 0274"""},
        ],
    },
    {
        "group": "lk2-os-oman-gynaecologists-delegation",
        "source": {"url": "https://brecorder.com/news/amp/3473236",
                   "title": "Omani delegation to recruit female doctors and medical attendants", "publisher": "Business Recorder", "date": None},
        "facts": ["a delegation from Oman was expected to visit Pakistan to recruit over 40 female gynaecologists and 100 female medical attendants, OEC officials said",
                  "Oman's ministry asked the OEC to provide a list of trained doctors and paramedical staff",
                  "a Pakistani delegation would also press Oman for a bigger share in medicine, engineering, education and other fields"],
        "categories": ["oec", "state_recruiter", "doctor", "women_workers", "gulf_employer", "hard_negative_destination"],
        "destination": "OM", "trade": "gynaecologist / medical attendant", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """عمان کے لیے خواتین ڈاکٹرز اور میڈیکل اٹینڈنٹس کی بھرتی: عمانی وفد جلد پاکستان آ کر چالیس سے زائد لیڈی گائناکالوجسٹ اور ایک سو خواتین میڈیکل اٹینڈنٹس کا انتخاب کرے گا۔ اوورسیز ایمپلائمنٹ کارپوریشن تربیت یافتہ عملے کی فہرست تیار کر رہی ہے۔"""},
            {"language": "en", "text": """Oman to recruit 40+ female gynaecologists and 100 female medical attendants from Pakistan. An Omani delegation will visit; the Overseas Employment Corporation is compiling a list of trained doctors and paramedics. Register your CV with OEC."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Lady doctors ke liye Oman ki vacancy, 40 gynae aur 100 female attendants. Omani delegation khud interview legi, OEC list bana raha hai. Apni sister ko bolo CV OEC me register karwaye
OEC: 0311-0000632"""},
        ],
    },
    {
        "group": "lk2-os-bahrain-national-guard-fauji-2011",
        "source": {"url": "https://archive.pakistantoday.com.pk/2011/03/14/looking-for-a-future-recruits-for-bahrain/",
                   "title": "LOOKING FOR A FUTURE – Recruits for Bahrain?", "publisher": "Pakistan Today", "date": "2011-03-14"},
        "facts": ["young men lined up outside a Lahore hotel to be interviewed by a visiting delegation of the Bahrain National Guard",
                  "the posts were advertised in newspapers by Fauji Overseas Employment Services, a Fauji Foundation manpower-export subsidiary",
                  "seven positions from officers to mess waiters and cooks were advertised; all except security guard were reserved for retired military, paramilitary or police personnel"],
        "categories": ["licensed_oep", "security_guard", "gulf_employer", "hard_negative_trade", "newspaper_advert"],
        "destination": "BH", "trade": "security guard / cook / mess waiter", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """ضرورت برائے بحرین نیشنل گارڈ — فوجی اوورسیز ایمپلائمنٹ سروسز
آسامیاں: افسران، سکیورٹی گارڈ، کک، میس ویٹر وغیرہ۔
سکیورٹی گارڈ کے علاوہ تمام آسامیاں صرف ریٹائرڈ فوجی، نیم فوجی یا پولیس اہلکاروں کے لیے ہیں۔
انٹرویو: بحرینی وفد، لاہور۔ اصل ڈسچارج بک اور شناختی کارڈ ساتھ لائیں۔
فون: 0300-0000319"""},
            {"language": "en", "text": """BAHRAIN NATIONAL GUARD – recruitment through Fauji Overseas Employment Services. Seven categories from officers to cooks and mess waiters. Ex-servicemen / ex-police only, except security guard. Interviews by the Bahraini delegation in Lahore.
Tel: 0300-0000319"""},
            {"language": "ur-Latn", "text": """Bahrain National Guard ki bharti Fauji Foundation wali company kar rahi hai, Lahore PC pe Bahrain ka wafd interview le raha hai. Sirf security guard wali post civilian ke liye, baqi retired fauji ya police ke liye"""},
        ],
    },
    {
        "group": "lk2-os-poland-work-permit-employer",
        "source": {"url": "https://around.pk/visa-immigration/1368-pakistanis-eye-job-opportunities-in-poland-work-permit-requirements-and-application-guide.html",
                   "title": "Pakistanis eye job opportunities in Poland: work permit requirements and application guide", "publisher": "Around.pk", "date": None},
        "facts": ["Pakistanis must hold a valid work permit before starting a job in Poland; a tourist or visit visa does not allow work",
                  "only the Polish employer can apply, to the provincial labour office; the permit is valid up to three years",
                  "after the permit the worker applies for a national visa and a temporary residence permit; the contract must be in English or Polish and pay at least the minimum wage"],
        "categories": ["europe_work_permit", "official_route", "hard_negative_destination"],
        "destination": "PL", "trade": "warehouse / factory worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇵🇱 Poland work – the legal steps:
✔️ Job offer from a Polish employer
✔️ Employer applies for your work permit at the voivodeship office (valid up to 3 years)
✔️ You apply for a national (D) visa, then a temporary residence permit
✔️ Contract in English or Polish, salary at least Polish minimum wage
❌ A visit/tourist visa does NOT let you work.
Employer HR (Poznań): +48 61 555 0419"""},
            {"language": "ur", "text": """پولینڈ میں کام کے لیے ورک پرمٹ لازمی ہے، وزٹ ویزا پر کام کرنا غیر قانونی ہے۔ پرمٹ کے لیے درخواست پولش کمپنی خود دیتی ہے۔ پرمٹ ملنے کے بعد نیشنل ویزا اور پھر رہائشی اجازت نامہ۔ معاہدہ انگریزی یا پولش زبان میں ہو اور تنخواہ کم از کم اجرت سے کم نہ ہو۔"""},
            {"language": "ur-Latn", "text": """Poland jana hai? Pehle company work permit nikalti hai, tum nahi. Permit 3 saal tak. Phir D visa. Contract English ya Polish me hona chahiye aur minimum wage se kam tankhwa nahi. Visit visa pe kaam ka jhansa dene walon se door raho"""},
        ],
    },
    {
        "group": "lk2-os-canada-express-entry-2025",
        "source": {"url": "https://en.dailypakistan.com.pk/31-Dec-2025/canada-express-entry-reopened-pakistani-workers-get-a-chance-at-permanent-residency",
                   "title": "Canada Express Entry reopened: Pakistani workers get a chance at permanent residency", "publisher": "Daily Pakistan", "date": "2025-12-31"},
        "facts": ["Express Entry, run by Immigration, Refugees and Citizenship Canada (IRCC), is an online system that manages three federal programmes: CEC, FSWP and FSTP",
                  "candidates are ranked by the Comprehensive Ranking System on education, experience, skills and language",
                  "the Federal Skilled Worker Program needs at least one year of skilled work experience in the last ten years and minimum secondary education"],
        "categories": ["official_route", "permanent_residence", "hard_negative_destination"],
        "destination": "CA", "trade": "skilled worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇨🇦 Canada PR for Pakistani skilled workers – Express Entry (IRCC). You create your own online profile; you're ranked by CRS points (age, education, experience, IELTS/CELPIP). FSWP needs 1 year of skilled experience in the last 10 years. No job offer required. Only IRCC issues invitations – no agent can 'buy' you one."""},
            {"language": "ur", "text": """کینیڈا ایکسپریس انٹری: یہ کینیڈین حکومت کا آن لائن نظام ہے جس میں تعلیم، تجربے، ہنر اور انگریزی کی بنیاد پر پوائنٹس ملتے ہیں۔ فیڈرل اسکلڈ ورکر پروگرام کے لیے پچھلے دس سال میں کم از کم ایک سال کا ہنرمند تجربہ ضروری ہے۔"""},
            {"language": "ur-Latn", "text": """Canada Express Entry khul gaya, IRCC ka apna system hai. Profile khud banao, CRS score pe draw hota hai. Engineers, IT, tradesmen sab. FSWP ke liye 10 saal me 1 saal ka skilled experience. Koi job offer ke paise mange to wo fraud hai
IRCC ki apni website hi asal jagah hai, info: info@canada-pr-facts.example.net"""},
        ],
    },
    {
        "group": "lk2-os-australia-482-employer-sponsored",
        "source": {"url": "https://www.phillipau.com.au/employer-sponsor/",
                   "title": "Employer Sponsored Workers – Subclass 482", "publisher": "Phillip Australia (migration agency)", "date": None},
        "facts": ["the subclass 482 visa is for skilled workers sponsored by an Australian business for temporary work",
                  "a business may sponsor only when it cannot find a suitable Australian citizen or permanent resident for a position on the skilled occupation list",
                  "the applicant needs at least two years of relevant full-time experience; the steps are employer sponsorship, nomination, then the visa application"],
        "categories": ["official_route", "employer_sponsored", "hard_negative_destination"],
        "destination": "AU", "trade": "skilled worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🇦🇺 Australia employer-sponsored visa (subclass 482): an approved Australian business sponsors you for a skilled job it cannot fill locally. You need 2+ years of full-time experience in the occupation. Three steps: employer becomes a sponsor → employer nominates the position → you apply for the visa.
Registered migration agent – enquiries +61 4 5550 1926"""},
            {"language": "ur", "text": """آسٹریلیا کا 482 ویزا: آسٹریلوی کمپنی ایسے ہنرمند کارکن کو اسپانسر کرتی ہے جس کے لیے مقامی امیدوار نہ ملے۔ متعلقہ شعبے میں کم از کم دو سال کا کل وقتی تجربہ ضروری ہے۔ پہلے کمپنی اسپانسر بنتی ہے، پھر آسامی نامزد کرتی ہے، پھر آپ ویزا کی درخواست دیتے ہیں۔"""},
            {"language": "ur-Latn", "text": """Australia ka 482 work visa: company sponsor karti hai, 2 saal ka experience chahiye apni field me. Pehle employer approve, phir nomination, phir tumhari visa file. Chef, mechanic, nurse ye sab skilled list me aate hain"""},
        ],
    },
    {
        "group": "lk2-os-vietnam-language-centres",
        "source": {"url": "http://www.elgazette.com/features/teach-in/298-vietnam-the-good-the-bad.html",
                   "title": "Vietnam: the good ... the bad ...", "publisher": "EL Gazette", "date": None},
        "facts": ["jobs are readily available in Vietnamese language centres and to a lesser extent in state and international schools",
                  "even inexperienced teachers earn about GBP 1,000-1,300 a month for roughly twenty hours a week; salaries are advertised in US dollars but paid in local currency",
                  "pay is highest in Hanoi and Ho Chi Minh City; rural schools pay less but may provide housing; centres such as ILA, Apollo and Language Link are known for support"],
        "categories": ["teaching", "seasia_employer", "high_pay_real", "hard_negative_destination"],
        "destination": "VN", "trade": "English teacher", "channel": "job_board",
        "items": [
            {"language": "en", "text": """English Teachers – Vietnam 🇻🇳 Language centres in Hanoi & Ho Chi Minh City hiring for evening/weekend classes. ~20 teaching hrs/week. Salary advertised in USD, paid in VND (new teachers typically earn the equivalent of GBP 1,000–1,300/month). Rural placements may include housing.
Recruiter (HCMC): +84 90 555 0348"""},
            {"language": "ur", "text": """ویتنام میں انگریزی استاد کی نوکریاں: ہنوئی اور ہو چی منہ سٹی کے لینگویج سینٹرز میں ہفتے میں تقریباً بیس گھنٹے پڑھانا ہوتا ہے۔ تنخواہ ڈالر میں بتائی جاتی ہے مگر مقامی کرنسی میں ملتی ہے۔ دیہی علاقوں کے اسکول کبھی رہائش بھی دیتے ہیں۔"""},
            {"language": "ur-Latn", "text": """Vietnam me English teaching ki jobs kaafi hain language centres me. 20 ghante hafta, tankhwa dollar me likhi hoti hai lekin milti dong me. Hanoi aur Saigon me zyada pay. ILA, Apollo jaisi achi companies training bhi deti hain"""},
        ],
    },
    {
        "group": "lk2-os-thailand-teaching-non-native",
        "source": {"url": "http://www.eslbase.com/jobs/thailand", "title": "Teaching English in Thailand",
                   "publisher": "ESLbase", "date": None},
        "facts": ["almost all legal teaching jobs in Thailand require a university degree, needed for the work permit and teaching licence",
                  "a 120-hour TEFL or TESOL is the industry standard; non-native speakers can teach, sometimes with a TOEIC around 600+ or IELTS 5-5.5+",
                  "a clean police check is needed and the school usually helps arrange a basic medical in Thailand; diplomas must be notarised and legalised"],
        "categories": ["teaching", "seasia_employer", "hard_negative_destination"],
        "destination": "TH", "trade": "English teacher", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Teach English in Thailand 🇹🇭 – non-native speakers welcome with: bachelor's degree (any field), 120-hr TEFL/TESOL, TOEIC 600+ or IELTS 5.5, clean police certificate, legalised degree copy. The school sponsors your Non-B visa and work permit and helps with the medical check after arrival.
HR Bangkok: +66 82 555 0722"""},
            {"language": "ur", "text": """تھائی لینڈ میں انگریزی پڑھانے کی قانونی نوکری کے لیے بیچلر ڈگری لازمی ہے کیونکہ ورک پرمٹ اور ٹیچنگ لائسنس اسی پر ملتا ہے۔ ایک سو بیس گھنٹے کا ٹیفل کورس، صاف پولیس سرٹیفکیٹ اور تصدیق شدہ ڈگری ساتھ رکھیں۔ غیر مقامی انگریزی بولنے والے بھی اپلائی کر سکتے ہیں۔"""},
            {"language": "ur-Latn", "text": """Thailand me teaching ke liye degree zaroori hai warna work permit nahi banta. TEFL 120 ghante, IELTS 5.5 ya TOEIC 600 ho to non native bhi chal jata hai. Police certificate aur degree attested rakho. School khud visa aur permit karwata hai"""},
            {"language": "en", "channel": "whatsapp", "text": """got my TEFL done, sending degree for legalisation this week. school in Bangkok said they'll handle the Non-B + work permit 🙏"""},
        ],
    },
    {
        "group": "lk2-os-saudi-pillar-jeddah-oep-2023",
        "source": {"url": "https://dunya.com.pk/index.php/city/gujranwala/2023-09-28/2242686",
                   "title": "سعودی کمپنی نے جدہ پراجیکٹ کیلئے بھر تی شروع کر دی", "publisher": "Roznama Dunya", "date": "2023-09-28"},
        "facts": ["Saudi company Saudi Pillar began large-scale recruitment of skilled workers for a Jeddah project",
                  "its engineers and HR manager interviewed trained workers at BMR Arab Tech International in Hafizabad, with the Faisal Farooq manpower exporter present",
                  "the company's representatives advised young Pakistanis to complete a three-year technical diploma"],
        "categories": ["licensed_oep", "gulf_employer", "named_employer", "trade_test", "construction"],
        "destination": "SA", "trade": "electrician / technician", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سعودی پلر کمپنی جدہ پراجیکٹ کے لیے بھرتی 🇸🇦
کمپنی کے انجینئرز اور ایچ آر منیجر خود حافظ آباد میں انٹرویو لے رہے ہیں۔
الیکٹریشن، ٹیکنیشن اور دیگر ہنرمند افراد تعلیمی اسناد اور ہنر کے سرٹیفکیٹ ساتھ لائیں۔
بذریعہ لائسنس یافتہ اوورسیز ایمپلائمنٹ پروموٹر۔ رابطہ: 0304-0000318"""},
            {"language": "ur-Latn", "text": """Saudi Pillar company Jeddah project ke liye Hafizabad me interview, company ke engineer khud aaye hain. Electrician, technician bhaiyon ke liye mauqa. Diploma wale ko tarjeeh. Licensed OEP ke through, fees sirf sarkari receipt ke sath
Rabta 0304-0000318"""},
            {"language": "en", "text": """Saudi Pillar (Jeddah project) – interviews of skilled workers in Hafizabad by the company's own engineers and HR manager, arranged through a licensed overseas employment promoter. Diploma holders in electrical and technical trades preferred.
Contact: 0304-0000318"""},
        ],
    },
    {
        "group": "lk2-os-saudi-svp-takamol-fee-2026",
        "source": {"url": "https://arynews.tv/saudi-arabia-skill-verification-certificate-fee-2026",
                   "title": "Saudi Arabia skill verification certificate fee 2026", "publisher": "ARY News", "date": "2026-01-16"},
        "facts": ["skilled Pakistani workers seeking jobs in Saudi Arabia must obtain a Skill Verification Certificate under the Takamol Skills Verification Program",
                  "Takamol conducts the tests in Pakistan through NAVTTC; candidates register on the SVP portal, choose centre, trade and date, and download a roll number slip",
                  "the certificate fee is USD 50 (about Rs 14,100 in January 2026) and results come within 24 hours"],
        "categories": ["application_fee_official", "trade_test", "gulf_employer", "government_programme", "government_scheme"],
        "destination": "SA", "trade": "electrician / plumber / welder", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سعودی عرب جانے والے ہنرمند متوجہ ہوں: تکامل سکل ویری فکیشن سرٹیفکیٹ کے بغیر ورک ویزا نہیں لگے گا۔ ٹیسٹ نیوٹیک کے ذریعے ہوتا ہے۔ پورٹل پر رجسٹریشن، سینٹر، ٹریڈ اور تاریخ منتخب کریں، رول نمبر سلپ ڈاؤن لوڈ کریں۔ فیس پچاس ڈالر، نتیجہ چوبیس گھنٹے میں۔"""},
            {"language": "en", "text": """SAUDI SVP (Takamol) test – mandatory for skilled trades. Register on the official SVP portal, pick your centre, trade and date, download the roll-number slip. Fee: USD 50 (≈ Rs 14,100). Tests run through NAVTTC-approved centres; result and digital certificate within 24 hours."""},
            {"language": "ur-Latn", "text": """Saudi electrician plumber welder bhai log, SVP test ke bina ab visa nahi lagta. Fees 50 dollar hai bas (14 hazar ke qareeb), portal pe khud registration karo. Result 24 ghante me. Jo 'bina test' visa ka keh raha hai wo jhoot bol raha hai
Test centre ki maloomat: 0322-0000746"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """roll no slip aa gayi, Lahore centre pe Monday ko practical hai welding ka 🤞"""},
        ],
    },
    {
        "group": "lk2-os-dubai-security-sira",
        "source": {"url": "https://www.rozpk.com/dubai-security-jobs-a-guide-for-everyone/",
                   "title": "Dubai Security Jobs – a guide for everyone", "publisher": "RozPK", "date": None},
        "facts": ["private security in Dubai is regulated by SIRA (formerly the Dubai Protective System) and in Abu Dhabi by PSBD, later renamed PSCOD",
                  "security work in the UAE demands high professionalism",
                  "the guide says Dubai security jobs pay more than security jobs in Bahrain, Oman, Saudi Arabia, Kuwait and Qatar"],
        "categories": ["security_guard", "gulf_employer", "hard_negative_trade"],
        "destination": "AE", "trade": "security guard", "channel": "facebook",
        "items": [
            {"language": "en", "text": """🛡️ Security guard jobs in Dubai: every guard must be trained and licensed under SIRA (Abu Dhabi has its own regulator). Pay is among the best for guards in the Gulf, but the work is strict and professional – be ready for it. Apply only to SIRA-approved security companies."""},
            {"language": "ur", "text": """دبئی میں سکیورٹی گارڈ کی نوکری کے لیے سیرا کا لائسنس اور ٹریننگ لازمی ہے۔ ابوظہبی میں یہ کام الگ ادارہ دیکھتا ہے۔ دبئی میں سکیورٹی کی تنخواہیں دوسرے خلیجی ممالک سے بہتر سمجھی جاتی ہیں مگر کام میں بہت زیادہ پیشہ ورانہ رویہ چاہیے۔"""},
            {"language": "ur-Latn", "text": """Dubai security guard job chahiye to pehle samjho: SIRA ka test aur training hoti hai, bina license kaam nahi. Pay baqi Gulf se behtar hai lekin discipline sakht. Company SIRA approved honi chahiye
Dubai se maloomat ke liye: +971 55 555 0142"""},
        ],
    },
    {
        "group": "lk2-os-oman-construction-oep-guide",
        "source": {"url": "https://greenlandoep.com/how-to-effectively-hire-pakistani-construction-workers-in-oman/",
                   "title": "How to effectively hire Pakistani Construction Workers in Oman?", "publisher": "Greenland Overseas Employment Promoters", "date": None},
        "facts": ["Oman has about 1.8 million expatriates, and Pakistanis are a notable part in construction, oil and gas, manufacturing, logistics and retail",
                  "construction is one of Oman's largest private employers and still relies heavily on foreign labour despite Omanisation",
                  "Oman's Ministry of Manpower oversees foreign employment; employers must obtain permits and follow labour laws that protect workers"],
        "categories": ["licensed_oep", "construction", "gulf_employer", "hard_negative_destination"],
        "destination": "OM", "trade": "construction worker", "channel": "company_site",
        "items": [
            {"language": "en", "text": """Hiring for Oman 🇴🇲 – steel fixers, masons, shuttering carpenters, duct men. Employer work permits issued by Oman's Ministry of Manpower; contract protected at the Protectorate of Emigrants before departure. Trade test at our Rawalpindi office. Email CV: jobs@oman-hiring.example.com
Call/WhatsApp: 0300-0000871"""},
            {"language": "ur", "text": """عمان کے تعمیراتی منصوبوں کے لیے پاکستانی ہنرمند درکار: اسٹیل فکسر، مستری، شٹرنگ کارپینٹر۔ ورک پرمٹ عمان کی وزارتِ افرادی قوت سے کمپنی حاصل کرے گی۔ روانگی سے پہلے معاہدہ پروٹیکٹر آفس سے تصدیق ہوگا۔ ٹریڈ ٹیسٹ راولپنڈی دفتر میں۔
رابطہ: 0300-0000871"""},
            {"language": "ur-Latn", "text": """Oman construction visa, steel fixer aur mason ke liye. Company ka permit Ministry of Manpower se, protector Pakistan me lagega. Trade test Pindi office me, receipt har payment ki. Call 0300-0000871"""},
        ],
    },
    {
        "group": "lk2-os-kuwait-226-health-staff-2020",
        "source": {"url": "https://en.dailypakistan.com.pk/21-Oct-2020/226-pakistani-doctors-paramedic-staffs-depart-for-employment-in-kuwait-on-oct-22",
                   "title": "226 Pakistani doctors, paramedic staff depart for employment in Kuwait on Oct 22", "publisher": "Daily Pakistan", "date": "2020-10-21"},
        "facts": ["226 Pakistani doctors, paramedics and nurses were to leave for jobs in Kuwait on 22 October 2020, in a second phase",
                  "the PM's special assistant on overseas Pakistanis said Kuwait wanted to employ over 1,000 Pakistani health professionals",
                  "the hiring was linked to strengthening ties and countering the COVID-19 pandemic"],
        "categories": ["government_programme", "state_recruiter", "doctor", "nursing", "gulf_employer", "hard_negative_destination"],
        "destination": "KW", "trade": "doctor / paramedic / nurse", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Second phase: 226 Pakistani doctors, nurses and paramedics fly to Kuwait on 22 October under the government arrangement. Kuwait plans to hire more than 1,000 Pakistani health professionals.
Ministry coordination cell: 0311-0000825"""},
            {"language": "ur", "text": """کویت کے لیے دو سو چھبیس پاکستانی ڈاکٹرز، نرسیں اور پیرامیڈکس بائیس اکتوبر کو روانہ ہوں گے۔ یہ دوسرا مرحلہ ہے، کویت ایک ہزار سے زائد پاکستانی طبی ماہرین رکھنا چاہتا ہے۔
رابطہ سیل وزارت سمندر پار پاکستانیز: 0311-0000825"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Mubarak ho! Kuwait wali list me naam aa gaya, 22 October ki flight hai. 226 log ja rahe hain doosre phase me"""},
        ],
    },
    {
        "group": "lk2-os-saudi-svp-first-assessment-2022",
        "source": {"url": "https://propakistani.pk/2022/11/02/saudi-arabia-officially-launches-verification-program-for-skilled-workers-in-pakistan/",
                   "title": "Saudi Arabia Officially Launches Verification Program for Skilled Workers in Pakistan", "publisher": "ProPakistani", "date": "2022-11-02"},
        "facts": ["the first NAVTTC-Takamol Skill Verification Program assessment was held at Hazza Institute of Technology with 88 candidates",
                  "the five trades were building electrician, welding, auto electrician, plumbing and HVAC, with written and practical tests",
                  "skilled workers applying for Saudi work visas without the assessment were being refused; twelve examination centres were set up with NAVTTC"],
        "categories": ["trade_test", "government_scheme", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "electrician / welder / plumber / HVAC", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """SAUDI SKILL TEST shuru ho gaya 🔧 Electrician, welder, auto electrician, plumber aur AC technician ke liye NAVTTC-Takamol ka written + practical test. Pehle din 88 candidates ne test diya. Test pass kiye baghair ab in trades ka Saudi work visa reject ho raha hai.
Centre info: 0322-0000746"""},
            {"language": "ur", "text": """سعودی ورک ویزا کے لیے ہنر کی تصدیق کا امتحان شروع: الیکٹریشن، ویلڈر، آٹو الیکٹریشن، پلمبر اور اے سی ٹیکنیشن کا تحریری اور عملی ٹیسٹ نیوٹیک کے بارہ مراکز میں ہوگا۔ بغیر ٹیسٹ کے ان شعبوں کے ویزے مسترد ہو رہے ہیں۔"""},
            {"language": "en", "text": """Skilled trades for KSA: the NAVTTC–Takamol Skill Verification Program is live. Written + practical assessment in 5 trades (building electrician, welding, auto electrician, plumbing, HVAC) at 12 approved centres. Register on NAVTTC's portal; work visas in these trades now require the certificate.
Assessment centre desk: 0322-0000746"""},
        ],
    },
    {
        "group": "lk2-os-oman-employer-pays-ticket",
        "source": {"url": "https://expat.com/en/guide/middle-east/oman/19072-finding-work-in-oman.html",
                   "title": "Finding a job in Oman", "publisher": "Expat.com", "date": "2024-09-14"},
        "facts": ["it is not recommended to go to Oman to look for work; you should have a proper job offer and a visa before travelling",
                  "an Omani company that hires you will generally support your relocation and should bear the cost of your air ticket and housing for the first weeks",
                  "there is high demand for skilled handymen in Oman because of major projects; contracts are generally for two years"],
        "categories": ["gulf_employer", "employer_paid_ticket", "free_visa_lawful", "hard_negative_destination"],
        "destination": "OM", "trade": "technician / handyman", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Oman jobs – what a GENUINE offer looks like: a written job offer and your employment visa BEFORE you travel, air ticket paid by the Omani employer, company housing for the first weeks, 2-year contract. Never fly to Muscat on a visit visa to 'find work'.
Employer HR (Muscat): +968 9555 0613"""},
            {"language": "ur", "text": """عمان میں نوکری کا درست طریقہ: پہلے ملازمت کی پیشکش اور ورک ویزا، پھر سفر۔ عمانی کمپنی عام طور پر ہوائی ٹکٹ اور شروع کے ہفتوں کی رہائش خود دیتی ہے۔ معاہدہ عموماً دو سال کا ہوتا ہے۔ وزٹ ویزا پر کام ڈھونڈنے نہ جائیں۔"""},
            {"language": "ur-Latn", "text": """Muscat ki company ne offer letter aur visa bheja hai, ticket bhi unka, shuru me rehne ki jagah bhi. 2 saal ka contract, maintenance technician. Alhamdulillah, protector lagwa ke next week flight
Company HR: +968 9555 0613"""},
        ],
    },
]
