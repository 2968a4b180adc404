"""Locked test set, genuine half (lk4): the short, everyday job posts Pakistanis see in Urdu and
Roman Urdu - 'zaroorat hai' classifieds, Facebook group and WhatsApp posts from families and small
businesses: maids, cooks, nannies, caregivers for elderly parents, drivers, guards, salesmen,
waiters, tailors, Quran teachers, home tutors, electricians, riders, salon staff, factory and farm
hands. Each group rewrites the facts of one public source (news on domestic workers' pay and law,
minimum-wage notices, job-board listings, employer pages); phone numbers are in the reserved style."""

GROUPS = [
    # ------------------------------------------------------------------ domestic work in family homes
    {
        "group": "lk4-dawn-maid-agency-karachi-2020",
        "source": {"url": "https://www.dawn.com/news/1560507/elevating-the-humble-masi-to-a-maid",
                   "title": "Elevating the humble masi to a maid",
                   "publisher": "Dawn", "date": "2020"},  # date inferred (year only)
        "facts": ["a Karachi placement agency, Maid in Pakistan, supplies domestic help mostly to DHA, PECHS and Nazimabad households",
                  "it splits work into categories: cleaning/washing/ironing, cooking and dishes, and babysitting, each paid differently",
                  "the lowest monthly salary its maids earn is Rs25,000; maids fluent in English earn Rs30,000-33,000 and are hired by Defence families for their children",
                  "the agency says 25-30 small agencies in Karachi still advertise by handing out flyers"],
        "categories": ["local_job", "domestic", "women_hiring", "whatsapp_contact"],
        "destination": "PK", "trade": "maid / babysitter", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """DHA Phase 6 me family ko babysitter chahiye, 2 bachay (4 aur 7 saal). English bol sakti hon to behtar. Salary 30,000. Subah 9 se shaam 5. Call 0321-0000418"""},
            {"language": "ur", "channel": "facebook", "text": """ضرورت ہے
پی ای سی ایچ ایس میں گھر کے لیے ماسی — صفائی، کپڑے دھونا اور استری۔
تنخواہ 25 ہزار ماہانہ، اتوار چھٹی۔
رابطہ: 0333-0000264"""},
            {"language": "en", "text": """Cook needed for a family in Nazimabad, Karachi. Daily lunch and dinner plus washing up. Rs 25,000/month to start, more with experience. Female preferred. WhatsApp 0300-0000731"""},
        ],
    },
    {
        "group": "lk4-thenews-domestic-help-islamabad-2025",
        "source": {"url": "https://www.thenews.com.pk/print/1319642-reliable-domestic-help-is-harder-to-find",
                   "title": "Reliable domestic help is harder to find",
                   "publisher": "The News International", "date": "2025"},  # date inferred (year only)
        "facts": ["residents of new housing societies around Islamabad and Rawalpindi report a shortage of house cleaners, nannies, drivers and cooks",
                  "placement agencies say rates rose by at least 30% in a year; a full-time house cleaner asks Rs30,000-40,000 a month in modern societies",
                  "families now offer separate servant quarters, weekly days off and bonuses to keep reliable help",
                  "many women workers already do two houses a day; employers also worry about background verification"],
        "categories": ["local_job", "domestic", "women_hiring", "whatsapp_contact", "urgent_hiring"],
        "destination": "PK", "trade": "house cleaner / nanny / driver", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Bahria Town Phase 8 Rwp - full time house cleaner chahiye. 35k salary, servant quarter alag, hafte me 1 chutti. CNIC copy zaroori (verification hogi). 0312-0000590 pe msg karein"""},
            {"language": "ur", "channel": "whatsapp", "text": """فوری ضرورت: ڈی ایچ اے ٹو اسلام آباد میں فیملی کو ڈرائیور اور ماسی دونوں چاہییں۔ رہائش کے لیے الگ کوارٹر، ہفتہ وار چھٹی، عید پر بونس۔ ماسی کی تنخواہ 40 ہزار تک۔ شناختی کارڈ اور پچھلے گھر کا حوالہ ساتھ لائیں۔ فون 0345-0000127"""},
            {"language": "en", "text": """Looking for a nanny for a 1-year-old, G-13 Islamabad. 8am-4pm, Mon-Sat. Rs 38,000. References required. Text 0301-0000846"""},
        ],
    },
    {
        "group": "lk4-urdupoint-housemaids-multan-2025",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/the-silent-backbone-honouring-housemaids-and-1972747.html",
                   "title": "The silent backbone: honouring housemaids and their unsung contributions",
                   "publisher": "UrduPoint / APP", "date": "2025-05-01"},
        "facts": ["housemaids in Multan move between several households a day, cleaning, cooking and caring for families",
                  "the Punjab Labour Department has fixed hourly wages for part-time domestic workers, including housemaids",
                  "the government is working to register housemaids so they can reach health care, legal help and social protection schemes",
                  "one housemaid quoted has worked in three Multan households for eight years"],
        "categories": ["local_job", "domestic", "women_hiring", "part_time"],
        "destination": "PK", "trade": "part-time housemaid", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Part-time maid needed, Gulgasht Colony Multan - 3 hrs daily (laundry + cleaning). Paid at the Labour Dept hourly rate. 0306-0000353"""},
            {"language": "ur-Latn", "text": """Gulgasht Multan - part time masi chahiye, roz 2 ghante bartan aur pocha. Sarkari hourly rate ke hisab se pay karenge. 0306-0000352"""},
            {"language": "ur", "channel": "facebook", "text": """ملتان، شاہ رکن عالم کالونی: صبح کے وقت تین گھنٹے کے لیے کام والی خاتون درکار۔ کپڑوں کی دھلائی اور صفائی۔ لیبر ڈیپارٹمنٹ کی مقرر کردہ فی گھنٹہ اجرت دی جائے گی۔ رابطہ 0303-0000619"""},
        ],
    },
    {
        "group": "lk4-samaa-ict-domestic-worker-bill-2021",
        "source": {"url": "https://www.samaa.tv/news/2021/05/children-cant-be-employed-as-domestic-workers-in-islamabad/",
                   "title": "National Assembly passes domestic labour bill",
                   "publisher": "Samaa TV", "date": "2021-05-19"},
        "facts": ["the Islamabad Capital Territory Domestic Worker Bill bars children under 16 from domestic work in Islamabad",
                  "a full-time domestic worker must get at least 12 hours free of duty in 24 and may work only six days a week",
                  "workers are owed overtime for work beyond their shift",
                  "a letter of employment goes to the Islamabad commissioner's office and employers keep a copy of the worker's identity documents"],
        "categories": ["local_job", "domestic", "women_hiring"],
        "destination": "PK", "trade": "domestic worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Domestic helper wanted, E-11 Islamabad. 6 days a week, overtime paid, 18+ only. Employment letter + CNIC copy as per ICT rules. Call 0300-0000509"""},
            {"language": "ur-Latn", "text": """F-10 Islamabad me ghar ke kaam ke liye khatoon chahiye, umar 18+ (kam umar bachay apply na karein). 6 din kaam, 1 din chutti, overtime alag. CNIC ki copy dena hogi. Contact 0315-0000844"""},
            {"language": "ur", "text": """اسلام آباد سیکٹر ای الیون: گھریلو ملازم درکار۔ ہفتے میں چھ دن، زیادہ کام پر اوور ٹائم۔ سولہ سال سے کم عمر کی درخواست قبول نہیں۔ تقرر نامہ دیا جائے گا۔ 0300-0000508"""},
        ],
    },
    {
        "group": "lk4-dawn-editorial-ict-domestic-workers-2021",
        "source": {"url": "https://dawn.com/news/1629271/domestic-workers",
                   "title": "Domestic workers (editorial)",
                   "publisher": "Dawn", "date": "2021-06"},  # date inferred from the 2021-22 budget reference
        "facts": ["the Islamabad Capital Territory Domestic Workers Bill, passed by the National Assembly, awaited the Senate",
                  "it bans bonded labour and discrimination and says workers be called 'domestic worker', not 'servant'",
                  "the federal minimum wage was set at Rs20,000 a month in the 2021-22 budget; the bill applies it to full-time work of eight hours a day",
                  "employers paying less face a Rs10,000 fine plus paying the worker the difference"],
        "categories": ["local_job", "domestic", "minimum_wage"],
        "destination": "PK", "trade": "cook / domestic worker", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Cook/domestic worker needed, I-8 Islamabad. 8 hrs/day, Rs 20,000 + meals. Respectful home, Sundays off. Call 0331-0000276"""},
            {"language": "ur-Latn", "text": """Khansama chahiye I-8 Isb, 8 ghante duty, 20 hazar + khana. Izzat se rakhenge. 0331-0000277"""},
        ],
    },
    {
        "group": "lk4-thenews-value-of-domestic-work-2024",
        "source": {"url": "https://www.thenews.com.pk/amp/1191354-the-value-of-domestic-work",
                   "title": "The value of domestic work",
                   "publisher": "The News on Sunday (The News International)", "date": "2024-05-21"},
        "facts": ["urban families hire domestic workers for cooking, cleaning, ironing, childcare and eldercare",
                  "the ILO estimates about 8.5 million domestic workers in Pakistan; most are paid below the minimum wage on verbal agreements",
                  "workers often ask for advance salaries or loans from employers to manage household cash flow",
                  "pay is gendered: employers often pay men more than women for the same work"],
        "categories": ["local_job", "domestic", "women_hiring", "caregiver"],
        "destination": "PK", "trade": "domestic worker / eldercare", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Seeking a caregiver + light cooking for my elderly mother, DHA Lahore. Fair pay, same for men or women, and salary advance available if needed. 0309-0000157"""},
            {"language": "ur", "text": """ضرورت برائے خاتون: بزرگ والدہ کی دیکھ بھال اور ہلکا پھلکا کھانا پکانے کے لیے۔ ڈیفنس لاہور۔ تنخواہ مرد اور عورت کے لیے یکساں، ضرورت پڑنے پر ایڈوانس کی سہولت۔ رابطہ 0309-0000155"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ammi ki dekh bhaal ke liye khatoon chahiye, Wapda Town. Subah 8 se shaam 6. Salary tay kar lenge, advance ki zaroorat ho to bata dein. 0309-0000156"""},
        ],
    },
    {
        "group": "lk4-nation-punjab-domestic-workers-registration-2019",
        "source": {"url": "https://nation.com.pk/29-May-2019/minister-vows-to-guard-domestic-workers",
                   "title": "Minister vows to guard domestic workers",
                   "publisher": "The Nation", "date": "2019-05-29"},
        "facts": ["Punjab's labour minister launched the first phase of the Punjab Domestic Workers Act 2019",
                  "domestic workers of Lahore, Rawalpindi, Faisalabad and Multan were to be registered first; house owners are registered too",
                  "registration of workers and owners is free of cost; children under 15 cannot be hired as domestic workers",
                  "special registration forms were designed and a helpline set up for complaints"],
        "categories": ["local_job", "domestic", "government_scheme"],
        "destination": "PK", "trade": "domestic worker", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Cook + cleaner needed, Madina Town Faisalabad. We register you with the Labour Dept (free). No one under 15. Call 0341-0000269"""},
            {"language": "ur-Latn", "text": """Faisalabad Madina Town me ghar ke liye cook + safai wali chahiye. Domestic worker registration hum karwa denge (muft hai). 15 saal se kam umar wale bilkul nahi. 0341-0000267"""},
            {"language": "ur", "channel": "facebook", "text": """راولپنڈی، سیٹلائٹ ٹاؤن: گھریلو ملازمہ درکار۔ محکمہ محنت میں رجسٹریشن مفت کروائی جائے گی۔ کم عمر بچے درخواست نہ دیں۔ فون 0341-0000268"""},
        ],
    },
    {
        "group": "lk4-nation-pessi-domestic-workers-day-2024",
        "source": {"url": "https://www.nation.com.pk/13-Jun-2024/pessi-urged-to-register-domestic-workers-international-domestic-workers-day-celebrated",
                   "title": "PESSI urged to register Domestic Workers; International Domestic Workers Day celebrated",
                   "publisher": "The Nation", "date": "2024-06-13"},
        "facts": ["at a WISE seminar in Lahore speakers said women domestic workers face low wages, long hours and non-compliance with the minimum wage notification",
                  "the Punjab Domestic Workers Act 2019 requires social security cards for domestic workers",
                  "speakers said five years on no domestic worker had yet been registered with PESSI or given a social security card",
                  "they called for an awareness campaign because most workers and employers do not know the law"],
        "categories": ["local_job", "domestic", "women_hiring", "social_security"],
        "destination": "PK", "trade": "domestic worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Housekeeper needed - Cavalry Ground, Lahore. Full time, 6 days. Minimum wage paid, and we will register you with PESSI for social security. Call/WhatsApp 0336-0000514"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Cavalry Ground me khatoon chahiye safai + kapray. Minimum wage denge aur social security card (PESSI) banwayenge. Ghanton ka time fix hoga. 0336-0000515"""},
        ],
    },
    {
        "group": "lk4-aitemaad-patient-care-attendant-islamabad",
        "source": {"url": "https://aitemaadmaidservices.com/?p=11276",
                   "title": "Patient Care at Home: How to Find a Reliable Caregiver in Islamabad",
                   "publisher": "Aitemaad Maid Services", "date": "2025"},  # date inferred (year only)
        "facts": ["an Islamabad domestic-staff agency places home patient care attendants for elderly parents and patients recovering from surgery",
                  "attendants help with bathing, toileting, medication reminders, mobility, meals for the patient's diet and companionship",
                  "they are not doctors or nurses and do not perform medical procedures",
                  "families are advised to hire a professional when care exceeds 4-6 hours a day or night supervision is needed"],
        "categories": ["local_job", "caregiver", "domestic", "named_employer"],
        "destination": "PK", "trade": "patient care attendant", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Abbu ji ki operation ke baad dekh bhaal ke liye male attendant chahiye, Chaklala Scheme 3. Night duty 8pm-8am. Nahlana, dawai time pe, walker se chalana. Tankhwah baat cheet se. 0310-0000628"""},
            {"language": "ur", "channel": "whatsapp", "text": """بزرگ والدہ (عمر 78 سال) کے لیے خاتون اٹینڈنٹ درکار، ایف سیون اسلام آباد۔ دن کی ڈیوٹی، دوا وقت پر دینا، کھانا کھلانا، ساتھ بیٹھنا۔ نرس ہونا ضروری نہیں۔ رابطہ 0310-0000629"""},
            {"language": "en", "text": """Caregiver (female) for elderly mother - Islamabad F-7. Day shift 12 hrs. Personal care, meds reminders, mobility help. Experience with dementia a plus. Text 0310-0000630"""},
        ],
    },
    # ------------------------------------------------------------------ minimum wage notices -> shop, factory, guard posts
    {
        "group": "lk4-brecorder-sindh-minimum-wage-37000-2024",
        "source": {"url": "https://www.brecorder.com/news/40328454/sindh-notifies-minimum-wage-for-workers",
                   "title": "Sindh notifies minimum wage for workers",
                   "publisher": "Business Recorder", "date": "2024-10-23"},
        "facts": ["Sindh notified a minimum wage of Rs37,000 a month for workers from July 2024",
                  "all industrial and business firms in the province are bound to pay it",
                  "workers already earning more must not have their pay cut",
                  "the notification followed approval by Chief Minister Murad Ali Shah"],
        "categories": ["local_job", "minimum_wage", "factory"],
        "destination": "PK", "trade": "factory helper / packer", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت ہے — کورنگی انڈسٹریل ایریا
پیکنگ ہیلپر (مرد/خواتین) 10 عدد
تنخواہ 37,000 (سندھ حکومت کی کم از کم اجرت)، اوور ٹائم الگ
انٹرویو روزانہ صبح 10 بجے۔ 0300-0000362"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """SITE area garment unit ko helper chahiye. 37k salary, 8 ghante. Kal subah 9 baje CNIC le kar aa jayein. 0300-0000363"""},
            {"language": "en", "text": """Packing staff required, Korangi. Salary Rs 37,000 as per Sindh minimum wage. Men and women. Walk in 10am-1pm. Info 0300-0000364"""},
        ],
    },
    {
        "group": "lk4-propakistani-sindh-wage-hourly-rates-2024",
        "source": {"url": "https://propakistani.pk/2024/08/01/sindh-announces-new-minimum-wage/amp/",
                   "title": "Sindh Announces New Minimum Wage",
                   "publisher": "ProPakistani", "date": "2024-08-01"},
        "facts": ["Sindh set a minimum wage of Rs37,000 a month from 1 July 2024 under the Sindh Minimum Wages Act 2015",
                  "this equals Rs178 an hour or Rs1,423 for a full day, for 8 hours a day, six days a week",
                  "it applies to unskilled adult, adolescent and female workers in any industrial or commercial establishment, registered or not",
                  "objections could be sent to the Minimum Wages Board Sindh within 14 days of the gazette"],
        "categories": ["local_job", "minimum_wage", "daily_wage"],
        "destination": "PK", "trade": "shop helper (daily wage)", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Shop helper for Ramzan season, Tariq Road Karachi. Rs 1,423/day (8 hrs), extra hours Rs 178 each. Call 0333-0000574"""},
            {"language": "ur-Latn", "text": """Tariq Road kapray ki dukaan pe helper chahiye Ramzan ke liye. Dihari 1,423 rupay (8 ghante), extra ghante 178 per hour. 0333-0000572"""},
            {"language": "ur", "channel": "facebook", "text": """حیدرآباد، صدر: دکان کے لیے سیلز ہیلپر درکار۔ یومیہ 1423 روپے، آٹھ گھنٹے، ہفتے میں چھ دن۔ رابطہ 0333-0000573"""},
        ],
    },
    {
        "group": "lk4-thinkerspk-sindh-minimum-wage-40000-2025",
        "source": {"url": "https://www.thinkerspk.com/a/249723",
                   "title": "سندھ میں کم از کم اجرت 40 ہزار اوروفاقی پنشن میں 7 فیصد اضافے کا نوٹیفکیشن جاری",
                   "publisher": "ThinkersPK (republishing Jasarat News)", "date": "2025-07-08"},
        "facts": ["Sindh notified a minimum monthly wage of Rs40,000 from 1 July 2025 under the Sindh Minimum Wages Act 2015",
                  "the notification sets Rs41,280 for semi-skilled, Rs48,910 for skilled and Rs50,868 for highly skilled workers",
                  "objections or suggestions could be sent to the Minimum Wage Board Sindh within 14 days"],
        "categories": ["local_job", "minimum_wage", "hard_negative_trade", "skilled_trade"],
        "destination": "PK", "trade": "electrician / plumber (skilled)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت ہے: تجربہ کار الیکٹریشن اور پلمبر — بلڈنگ مینٹیننس، گلشن اقبال کراچی۔
تنخواہ 48,910 روپے (سندھ ہنرمند کارکن کی کم از کم اجرت) + اوور ٹائم۔
ہیلپر کے لیے 41,280۔
واٹس ایپ: 0311-0000731"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Electrician chahiye, Clifton apartment building maintenance. Skilled rate 48,910 monthly. Helper 41,280. Experience zaroori. 0311-0000732"""},
            {"language": "en", "text": """Plumber wanted - Karachi facility team. Rs 48,910 (Sindh skilled minimum), 8 hrs, 6 days. Helper post Rs 41,280. Call 0311-0000733"""},
        ],
    },
    {
        "group": "lk4-brecorder-punjab-minimum-wage-40000-2025",
        "source": {"url": "https://www.brecorder.com/news/40382017/punjab-increases-minimum-wage-to-rs40000",
                   "title": "Punjab increases minimum wage to Rs40,000",
                   "publisher": "Business Recorder", "date": "2025-09-10"},
        "facts": ["Punjab's Labour and Human Resource Department notified a minimum wage of Rs40,000 a month for 26 working days",
                  "that is Rs1,538.46 a day for an eight-hour shift and Rs192.31 an hour",
                  "by mutual agreement employers may deduct Rs100 per meal, Rs1,800 a month for transport and Rs2,000 a month for accommodation",
                  "women must be paid the same as men for work of equal value; higher existing wages cannot be cut"],
        "categories": ["local_job", "minimum_wage", "women_hiring"],
        "destination": "PK", "trade": "shop / restaurant staff", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Waiter chahiye, restaurant Gulberg Lahore. 40,000 salary, khana hum denge (Rs100 per meal kat'ta hai, pehle bata diya). Rehaish bhi mil sakti hai. 0324-0000186"""},
            {"language": "ur", "text": """سیلز گرل / سیلز بوائے کی ضرورت — گارمنٹس شاپ، فیصل آباد۔
تنخواہ 40 ہزار (خواتین اور مردوں کے لیے برابر)، 26 دن کام۔
پک اینڈ ڈراپ چاہیے تو 1800 ماہانہ کٹوتی۔ رابطہ 0324-0000187"""},
            {"language": "en", "channel": "whatsapp", "text": """Cashier needed for bakery in Sialkot. Rs 40,000/month, 8-hr shift. Same pay for male/female. 0324-0000188"""},
        ],
    },
    {
        "group": "lk4-urdupoint-kp-minimum-wage-40000-2025",
        "source": {"url": "https://www.urdupoint.com/en/pakistan/kp-sets-monthly-wages-of-worker-at-rs-40000-2041852.html",
                   "title": "KP Sets Monthly Wages Of Worker At Rs 40000",
                   "publisher": "UrduPoint / Pakistan Point News", "date": "2025-09-10"},
        "facts": ["Khyber Pakhtunkhwa's Labour Department notified a minimum wage of Rs40,000 a month and Rs1,538.46 a day",
                  "no industrial or commercial establishment may pay less; the minimum is not a maximum and higher wages cannot be cut",
                  "it applies equally to temporary, piece-rate and contract workers",
                  "female and transgender workers are entitled to the same wage as male workers"],
        "categories": ["local_job", "minimum_wage", "factory"],
        "destination": "PK", "trade": "factory worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Factory workers needed, Hayatabad Industrial Estate, Peshawar. Min Rs 40,000/month for all - contract, piece-rate or temporary. Equal pay for women. 0345-0000621"""},
            {"language": "ur", "text": """حیات آباد انڈسٹریل اسٹیٹ پشاور: فیکٹری کے لیے لیبر درکار۔ کنٹریکٹ ہو یا پیس ریٹ، کم از کم 40 ہزار ماہانہ۔ خواتین کو برابر اجرت۔ رابطہ 0345-0000619"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Mardan marble factory ko 5 helper chahiye. Dihari 1,538 ya mahana 40k. Kal se kaam shuru. 0345-0000620"""},
        ],
    },
    {
        "group": "lk4-app-ict-minimum-wage-crackdown-2025",
        "source": {"url": "https://app.com.pk/national/minimum-wage-enforcement-ict-admin-cracks-down-on-violators",
                   "title": "Minimum wage enforcement: ICT admin cracks down on violators",
                   "publisher": "Associated Press of Pakistan (APP)", "date": "2025-04-23"},  # year inferred from the Rs37,000 rate
        "facts": ["the Islamabad district administration launched inspections to enforce the federal minimum wage of Rs37,000 a month",
                  "a restaurant manager in Ghauri Town was taken into custody for paying staff below the minimum wage",
                  "managers of private security companies in the rural area and in Blue Area were arrested for underpaying guards",
                  "the deputy commissioner asked citizens to report minimum wage violations"],
        "categories": ["local_job", "minimum_wage", "security_guard", "restaurant"],
        "destination": "PK", "trade": "security guard / waiter", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Security guards needed for a plaza in Blue Area, Islamabad. Rs 37,000 (govt minimum), EOBI registered. Ex-servicemen preferred. 0304-0000260"""},
            {"language": "ur", "text": """سیکیورٹی گارڈ کی ضرورت — بلیو ایریا اسلام آباد
تنخواہ 37 ہزار (سرکاری کم از کم اجرت)، ای او بی آئی رجسٹریشن
سابق فوجی ترجیح۔ شناختی کارڈ اور ڈسچارج بک کے ساتھ رابطہ کریں: 0304-0000258"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ghauri Town dhaba/restaurant ko 2 waiter chahiye. 37k poori salary + khana. 0304-0000259"""},
        ],
    },
    {
        "group": "lk4-dawn-letter-security-guards-pay-2025",
        "source": {"url": "https://epaper.dawn.com/DetailImage.php?StoryImage=27_07_2025_007_009",
                   "title": "Lowest of the low-paid employees (letter)",
                   "publisher": "Dawn (e-paper)", "date": "2025-07-27"},
        "facts": ["a Karachi reader writes that guards employed by security companies earn Rs20,000-30,000 although the minimum wage was fixed at Rs37,000",
                  "guards typically work 12-hour shifts seven days a week without a weekly day off",
                  "the ICT commissioner had fixed a minimum wage of Rs47,000 for guards on 12-hour shifts five days a week, with two rest days",
                  "a 2019 Supreme Court judgment held the Shops and Establishments Ordinance does not apply to guards, but fair wages and a weekly rest day are still owed"],
        "categories": ["local_job", "security_guard", "minimum_wage"],
        "destination": "PK", "trade": "security guard", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Security guards required Islamabad - 12 ghante duty, hafte me 5 din, 2 chuttiyan. Salary 47,000 (ICT rate). Ex-army ko tarjeeh. 0305-0000411"""},
            {"language": "ur", "text": """ضرورت ہے: گارڈ برائے بنگلہ، ڈیفنس کراچی۔ رات کی ڈیوٹی 12 گھنٹے، ہفتہ وار چھٹی۔ تنخواہ 37 ہزار سے زیادہ۔ لائسنس یافتہ اسلحہ ہمارا۔ فون 0305-0000412"""},
            {"language": "en", "text": """GUARD WANTED - residential society, Islamabad. 12-hr shifts, 5 days/week, Rs 47,000 as fixed by ICT for guards. Call 0305-0000413"""},
        ],
    },
    {
        "group": "lk4-propakistani-ict-minimum-wage-32000-2023",
        "source": {"url": "https://propakistani.pk/2023/08/01/federal-govt-notifies-rs-32000-minimum-wage-in-islamabad/",
                   "title": "Federal Govt Notifies Rs. 32,000 Minimum Wage in Islamabad",
                   "publisher": "ProPakistani", "date": "2023-08-01"},
        "facts": ["the Chief Commissioner's Directorate of Industries and Labour Welfare in Islamabad notified a minimum wage for all industrial and commercial establishments",
                  "from 1 July 2023 adult unskilled workers get at least Rs32,000 a month for eight working hours a day",
                  "juvenile workers allowed by law get the same Rs32,000"],
        "categories": ["local_job", "minimum_wage"],
        "destination": "PK", "trade": "office boy / shop helper", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Office boy required, F-11 Markaz Islamabad. Rs 32,000 + fuel. 9 to 5. 0317-0000826"""},
            {"language": "ur-Latn", "text": """Office boy chahiye F-11 Markaz, chai, safai, bank ke kaam. 32,000 + bike ka petrol. 9 se 5. 0317-0000824"""},
            {"language": "ur", "channel": "facebook", "text": """جی نائن مرکز اسلام آباد: کریانہ اسٹور پر ہیلپر درکار۔ تنخواہ 32 ہزار، آٹھ گھنٹے۔ رابطہ 0317-0000825"""},
        ],
    },
    # ------------------------------------------------------------------ riders, drivers, women on the road
    {
        "group": "lk4-kashmirenglish-foodpanda-riders-2025",
        "source": {"url": "https://kashmirenglish.pk/changing-lifestyle-reshaping-food-delivery-baskets",
                   "title": "Changing lifestyle reshaping food delivery baskets",
                   "publisher": "Kashmir English", "date": "2025"},  # date inferred (year only)
        "facts": ["foodpanda Pakistan's CEO said the platform relies on 50,000 registered riders, 17,000-18,000 of them active daily",
                  "full-time riders earn Rs48,000-50,000 a month but bear fuel and maintenance costs; rates adjust with fuel prices",
                  "the platform runs food delivery in 35 cities and grocery in 12",
                  "it plans to double its business over three years"],
        "categories": ["local_job", "rider", "named_employer", "gig_work"],
        "destination": "PK", "trade": "delivery rider", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """foodpanda rider banna hai? Apni bike aur smartphone chahiye. Full time riders 48-50k tak kama lete hain (petrol apna). Sign up sirf official app se, koi fee nahi. Madad ke liye 0308-0000537"""},
            {"language": "ur", "text": """فوڈ پانڈا رائیڈرز کی ضرورت — ملتان اور بہاولپور
اپنی موٹر سائیکل، ڈرائیونگ لائسنس اور سمارٹ فون لازمی۔
کل وقتی رائیڈر ماہانہ 48 سے 50 ہزار تک (پیٹرول اور مرمت اپنے ذمے)۔
رجسٹریشن صرف ایپ کے ذریعے۔"""},
            {"language": "en", "channel": "whatsapp", "text": """Rider jobs Lahore - food & grocery delivery. Own bike needed. Full-timers make approx Rs 48-50k/month before fuel. Apply in the rider app, no agent. 0308-0000538"""},
        ],
    },
    {
        "group": "lk4-thenews-foodpanda-lums-homechefs-2025",
        "source": {"url": "https://www.thenews.com.pk/print/1333770-foodpanda-drives-1-2bn-boost-to-pakistan-economy-study",
                   "title": "Foodpanda drives $1.2bn boost to Pakistan economy: study",
                   "publisher": "The News International", "date": "2025"},  # date inferred (year only)
        "facts": ["a LUMS study said foodpanda contributed $1.2 billion to Pakistan's economy in FY2023-24",
                  "more than 50,000 freelance riders work through the platform; 57% reported higher income",
                  "over 7,000 HomeChefs, mostly women, earned an average of Rs120,000 a month selling home-cooked food through the app",
                  "HomeChefs said the app handles riders, payments and marketing for them"],
        "categories": ["local_job", "women_hiring", "work_from_home", "named_employer", "high_pay_real"],
        "destination": "PK", "trade": "home chef", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Ghar baithe khana bana kar kamaayein 👩‍🍳 foodpanda HomeChef ban kar khawateen average 1 lakh 20 hazar tak mahana kama rahi hain (LUMS study). Rider aur payment app khud sambhalti hai. Register sirf app se."""},
            {"language": "ur", "channel": "whatsapp", "text": """خواتین کے لیے گھر سے کاروبار: فوڈ پانڈا ہوم شیف بنیں۔ سات ہزار سے زیادہ ہوم شیفس، جن میں زیادہ تر خواتین ہیں، اوسطاً ایک لاکھ بیس ہزار ماہانہ کما رہی ہیں۔ ڈیلیوری اور ادائیگی ایپ کرتی ہے۔"""},
        ],
    },
    {
        "group": "lk4-thenews-you-women-cab-drivers-2021",
        "source": {"url": "https://www.thenews.com.pk/magazine/you/813649-controlling-the-steering-of-their-life",
                   "title": "Controlling the steering of their life",
                   "publisher": "The News International (You! magazine)", "date": "2021-04"},  # date inferred
        "facts": ["online cab services in Karachi and Lahore have given jobs to a number of women drivers",
                  "Paxi Pink Taxi, a women-only taxi service by and for women, launched in Karachi in 2017 and spread to other cities in 2018",
                  "Careem started hiring women drivers ('captains') in 2017; demand for women drivers was strong in Karachi and Lahore"],
        "categories": ["local_job", "driver", "women_hiring", "gig_work"],
        "destination": "PK", "trade": "woman cab driver", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """خواتین ڈرائیورز متوجہ ہوں! کراچی میں صرف خواتین مسافروں کے لیے ٹیکسی سروس کو ڈرائیور درکار۔ لائسنس ضروری، اوقات اپنی مرضی کے۔ رابطہ 0313-0000472"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Baaji agar gaari chalani aati hai to Careem captain ban sakti hain, female passengers wali option bhi hai. Apna time khud rakhein. Details 0313-0000473"""},
        ],
    },
    # ------------------------------------------------------------------ trades: electrician, tailor, mechanic
    {
        "group": "lk4-thenews-skilled-workers-vocational-2017",
        "source": {"url": "https://www.thenews.com.pk/print/230419-Skilled-workers-A-force-to-be-reckoned-with",
                   "title": "Skilled workers: A force to be reckoned with",
                   "publisher": "The News International", "date": "2017-09-17"},
        "facts": ["in Lahore demand stays high for plumbers, mobile repair technicians, electricians, auto mechanics, beauticians and tailors while many graduates are jobless",
                  "a young man trained at a government vocational centre got three months of on-the-job training at a factory with a Rs5,000 monthly stipend",
                  "after the course he was hired as an industrial electrician at Rs18,000 a month, plus about Rs4,000 overtime",
                  "he also earns extra in the evenings from a small repair shop near his home"],
        "categories": ["local_job", "skilled_trade", "hard_negative_trade", "apprenticeship"],
        "destination": "PK", "trade": "industrial electrician / apprentice", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Kot Lakhpat factory ko industrial electrician chahiye. Vocational certificate walay apply karein. Fresh ko 3 mahine training, wazifa milega. Overtime alag. 0322-0000904"""},
            {"language": "ur", "text": """ضرورت ہے: موبائل ریپئرنگ شاپ کے لیے شاگرد/ہیلپر، ہال روڈ لاہور۔ کام سیکھنے کے ساتھ ماہانہ وظیفہ۔ رابطہ 0322-0000905"""},
            {"language": "en", "channel": "whatsapp", "text": """Auto electrician needed at a workshop in Township, Lahore. Diploma/vocational certificate preferred. Salary + overtime. Call 0322-0000906"""},
        ],
    },
    {
        "group": "lk4-tribune-rawalpindi-tailors-eid-2020",
        "source": {"url": "https://tribune.com.pk/story/2214318/tailors-reap-usual-windfall-eid-profits?amp=1",
                   "title": "Tailors reap usual windfall Eid profits",
                   "publisher": "The Express Tribune", "date": "2020-05"},  # date inferred (Eid during lockdown)
        "facts": ["ahead of Eidul Fitr tailors in Rawalpindi raised stitching rates; a men's shalwar kameez cost up to Rs800 and a ladies' suit up to Rs900",
                  "several tailors hired daily-wage workers who work round the clock in shifts to meet targets",
                  "some take bookings over the phone and deliver finished orders to customers' doors",
                  "popular tailors stopped taking new bookings they could not finish before Eid"],
        "categories": ["local_job", "skilled_trade", "daily_wage", "urgent_hiring"],
        "destination": "PK", "trade": "tailor (karigar)", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """EID RUSH - gents tailor (karigar) needed at Saddar Rawalpindi. Daily wage or per suit. Night shift available. 0314-0000620"""},
            {"language": "ur-Latn", "text": """Eid rush!! Gents karigar chahiye Saddar Rwp. Shalwar kameez silai aati ho. Dihari ya per suit, dono option. Raat ki shift bhi. 0314-0000618"""},
            {"language": "ur", "channel": "facebook", "text": """ضرورت ہے درزی — عید تک کے لیے
لیڈیز سوٹ کی سلائی کے ماہر کاریگر فوری درکار۔ پیس ریٹ پر معقول معاوضہ، شفٹوں میں کام۔
راجہ بازار راولپنڈی۔ 0314-0000619"""},
        ],
    },
    {
        "group": "lk4-iol-karachi-tailor-home-women-2009",
        "source": {"url": "https://purbanchal.blogspot.com/2009/09/lucrative-eid-for-pakistani-tailors.html",
                   "title": "Lucrative `Eid for Pakistani Tailors",
                   "publisher": "IslamOnline (republished on the Purbanchal blog)", "date": "2009-09-21"},
        "facts": ["a Nazimabad, Karachi tailoring shop stayed open 24 hours in the last week of Ramadan to finish Eid orders",
                  "the owner hired ten extra women tailors who sew women's and children's clothes from their homes",
                  "many tailors from upcountry skip going home for Eid because of the workload"],
        "categories": ["local_job", "women_hiring", "work_from_home", "skilled_trade"],
        "destination": "PK", "trade": "home-based women tailors", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Home-based tailoring work for women - kids' and ladies' clothes for Eid orders, Nazimabad Karachi. Fabric supplied, paid per suit. 0332-0000383"""},
            {"language": "ur", "text": """سلائی جاننے والی خواتین کے لیے گھر بیٹھے کام! ناظم آباد کی ٹیلرنگ شاپ کو بچوں اور خواتین کے کپڑوں کی سلائی کے لیے کاریگر خواتین چاہییں۔ کپڑا ہم دیں گے، فی سوٹ ادائیگی۔ رابطہ 0332-0000381"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ghar pe silai karne wali baji log mutawajjah hon: Ramzan ke aakhri ashray ke liye kaam hai, bachon ke kapray. Per piece payment, cash on delivery. Nazimabad. 0332-0000382"""},
        ],
    },
    {
        "group": "lk4-tns-tevta-beautician-course-lahore-2018",
        "source": {"url": "https://www.thenews.com.pk/tns/detail/564928-learning-make-living",
                   "title": "Learning to 'make-up' a living",
                   "publisher": "The News on Sunday", "date": "2018-02-11"},
        "facts": ["TEVTA runs a free one-year beautician diploma in women-only centres, such as one at Delhi Gate, Lahore",
                  "TEVTA provides the students' materials and products, unlike most private courses",
                  "the course includes basic ethics, computer literacy and English for dealing with parlour clients",
                  "most women taking such courses want to set up their own business"],
        "categories": ["local_job", "women_hiring", "beautician", "government_scheme", "training"],
        "destination": "PK", "trade": "beautician", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Beautician needed for a ladies-only parlour in Shadman, Lahore. TEVTA diploma holders preferred. Threading, facials, mehndi. 0328-0000249"""},
            {"language": "ur-Latn", "text": """Beauty parlour ko trained beautician chahiye, Shadman Lahore. TEVTA diploma walon ko tarjeeh. Threading, facial, mehndi. Sirf khawateen. 0328-0000247"""},
            {"language": "ur", "text": """بیوٹی پارلر کے لیے لڑکی کی ضرورت — تھریڈنگ اور فیشل آتا ہو۔ ٹیوٹا ڈپلومہ ہولڈر ترجیح۔ پارلر صرف خواتین کے لیے۔ اقبال ٹاؤن۔ 0328-0000248"""},
        ],
    },
    {
        "group": "lk4-dunyadigital-salon-workers-karachi-lahore",
        "source": {"url": "https://dunyadigital.co/feature_6.html",
                   "title": "Beauty workers feature (salon staff in Karachi and Lahore)",  # title from the lead
                   "publisher": "Dunya Digital", "date": "2023"},  # date inferred (year only)
        "facts": ["a 23-year-old salon worker travels from Korangi to a Clifton salon, working 11am-9pm and later in wedding season",
                  "her van service costs Rs10,000 a month, about a third of her salary, leaving her about Rs20,000",
                  "two women at a DHA Lahore salon work 11 to 8 daily and spend Rs8,000-10,000 a month on conveyance",
                  "workers say hair or makeup certification is the way to ask for a higher salary"],
        "categories": ["local_job", "women_hiring", "beautician"],
        "destination": "PK", "trade": "salon worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Hiring: hair stylist & nail technician for a ladies salon in Clifton. 11am-9pm. Salary 30k + commission, pick & drop available. Certified stylists get more. Call 0329-0000715"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """DHA Lahore salon ko 2 larkiyan chahiye, waxing/threading/mani-pedi. 11 se 8 timing. Van ka kiraya salon dega. 0329-0000716"""},
            {"language": "ur", "text": """لیڈیز سیلون (کلفٹن) کو میک اپ آرٹسٹ درکار۔ سرٹیفکیٹ والی امیدوار کو زیادہ تنخواہ۔ شادیوں کے سیزن میں اوور ٹائم۔ 0329-0000717"""},
        ],
    },
    # ------------------------------------------------------------------ Quran teachers, madrassa, home tutors
    {
        "group": "lk4-tribune-mosque-staff-quran-tuition-2023",
        "source": {"url": "https://tribune.com.pk/story/2447854/tribune.com.pk",
                   "title": "Clerics and mosque helpers survive on meagre pay (Express Tribune report)",  # title from the lead
                   "publisher": "The Express Tribune", "date": "2023"},  # date inferred from the Rs25,000 minimum wage
        "facts": ["mosque helpers, muezzins and reciters often earn far below the Rs25,000 minimum wage",
                  "a mosque helper is paid Rs14,000 a month; a qari at a religious teaching centre earns Rs15,000",
                  "the qari also teaches Quran to children in their homes, earning Rs2,000-3,000 a month per home tuition",
                  "mosque committee members say imams in posh localities can earn up to Rs50,000 a month"],
        "categories": ["local_job", "teacher", "quran_teacher", "home_tutor"],
        "destination": "PK", "trade": "Quran teacher (home)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Ghar pe bachon ko nazra Quran parhane ke liye qari sahab chahiyen, 2 bachay, Gulshan-e-Iqbal. Roz shaam 5 se 6. Fee 3,000 per bacha. 0316-0000259"""},
            {"language": "ur", "channel": "facebook", "text": """ضرورت برائے امام و خطیب — جامع مسجد، ڈیفنس فیز 4 کراچی۔ حافظ و قاری، خوش الحان۔ رہائش مسجد کی جانب سے، مشاہرہ 50 ہزار تک۔ رابطہ برائے مسجد کمیٹی 0316-0000260"""},
            {"language": "en", "text": """Female Quran teacher needed for 2 girls (ages 6 and 9) at home, North Nazimabad. Nazra with tajweed, 5 days/week, evenings. Rs 3,000 per child per month. WhatsApp 0316-0000261"""},
        ],
    },
    {
        "group": "lk4-urdupoint-ajk-tajweed-trust-salaries-2025",
        "source": {"url": "https://www.urdupoint.com/en/kashmir/tajweed-ul-quran-trust-approves-increase-in-s-2039154.html",
                   "title": "Tajweed-ul-Quran Trust Approves Increase In Salaries Of Qura/Qariats In AJK",
                   "publisher": "UrduPoint / APP", "date": "2025-09-03"},
        "facts": ["AJK's state-run Tajweed-ul-Quran Trust approved a Rs5,000 raise for its qaris and qariat, with local committees adding Rs2,500 (Rs7,500 in total)",
                  "ten new inspector posts were created and new madrasas approved where needed",
                  "the Trust runs 1,977 madrasas with 165,000 students; it has 614 qaris/qariat in Mirpur, 783 in Poonch and 580 in Muzaffarabad"],
        "categories": ["local_job", "teacher", "quran_teacher", "government_scheme", "women_hiring"],
        "destination": "PK", "trade": "qari / qaria (madrassa teacher)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """تجوید القرآن ٹرسٹ آزاد کشمیر کے مدارس میں قاری/قاریہ صاحبان کی تنخواہوں میں ساڑھے سات ہزار روپے اضافہ منظور۔ نئے مدارس کے قیام اور دس نئی انسپکٹر آسامیوں کی بھی منظوری۔ تقرری کا اشتہار ٹرسٹ کی جانب سے جاری ہوگا، کسی ایجنٹ کو رقم نہ دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Mirpur ke madrassa me bachiyon ke liye qaria ki zaroorat. Tajweed-ul-Quran Trust wali tankhwah + 7,500 izafa. Darkhwast local committee ke paas jama karwayein. 0355-0000463"""},
        ],
    },
    {
        "group": "lk4-interface-home-tuition-islamabad-2009",
        "source": {"url": "http://www.interface.edu.pk/students/April-09/Home-tuition-profession.asp",
                   "title": "Home tuition - a private but respectable profession",
                   "publisher": "Interface.edu.pk", "date": "2009-04-06"},
        "facts": ["in Islamabad many people, from private-sector employees to government staff, give home tuition to earn extra income amid inflation",
                  "those giving tuition call it a respectable profession that brings money and respect",
                  "a woman working in the private sector started coaching students at her own home after her family's finances collapsed"],
        "categories": ["local_job", "home_tutor", "teacher", "women_hiring", "part_time"],
        "destination": "PK", "trade": "home tutor", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Home tutor chahiye G-11/2 Isb, class 7 Maths aur Science, Federal Board. Hafte me 5 din, 1 ghanta. Female preferred. Fee baat cheet se. 0318-0000672"""},
            {"language": "en", "text": """Tutor required for O-level Chemistry, Bahria Town Rawalpindi. 3 days/week, evenings. Experienced teachers only. Contact 0318-0000673"""},
            {"language": "ur", "channel": "whatsapp", "text": """ٹیوشن کے لیے استانی درکار: جماعت پنجم کی دو بچیاں، تمام مضامین، گھر پر۔ ای الیون اسلام آباد۔ وقت شام 4 سے 6۔ 0318-0000674"""},
        ],
    },
    # ------------------------------------------------------------------ more household, shop, clinic and farm posts
    {
        "group": "lk4-express-karachi-middle-class-maasis-2014",
        "source": {"url": "https://express.pk/story/245254/shhr-ka-mtwst-tbqh-by-grylw-kamwn-kylye-masyan-rkne-lga-245254",
                   "title": "شہر کا متوسط طبقہ بھی گھریلو کاموں کیلیے ماسیاں رکھنے لگا",
                   "publisher": "Daily Express (Express News)", "date": "2014"},  # date inferred (year only)
        "facts": ["in Karachi, lower-middle-class households, not only posh areas, increasingly hire women domestic workers ('maasis')",
                  "maasis wash clothes, clean, wash dishes, iron, cook and make roti",
                  "a domestic worker surveyed said residents of over 60% of Karachi's areas keep maasis to help the women of the house",
                  "the women who take this work do so to support their families amid rising prices"],
        "categories": ["local_job", "domestic", "women_hiring", "part_time"],
        "destination": "PK", "trade": "maasi (part-time domestic worker)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """گلستان جوہر بلاک 13 — کپڑے دھونے اور استری کے لیے ماسی چاہیے، ہفتے میں تین دن۔ معاوضہ بات چیت سے۔ 0335-0000418"""},
            {"language": "en", "text": """Part-time maasi needed in Gulistan-e-Johar, Karachi: dishes + roti for dinner, 2 hours every evening. Pay agreed per task. WhatsApp 0335-0000419"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Malir Cantt flat - safai aur bartan wali chahiye, subah ka time. Roz aana hoga. 0335-0000420"""},
        ],
    },
    {
        "group": "lk4-tariqjaveed-balochistan-minimum-wage-2024",
        "source": {"url": "https://tariqjaveed.com/?p=121477",
                   "title": "حکومت بلوچستان نے مزدوروں کی کم سے کم ماہانہ اجرت 37 ہزار روپے مقرر کرنے کا نوٹی فکیشن جاری کردیا",  # title from the lead
                   "publisher": "Tariq Javeed (news site, Quetta report)", "date": "2024"},  # date inferred from the 1 July 2024 effect date
        "facts": ["Balochistan's Labour and Manpower Department notified a minimum monthly wage of Rs37,000",
                  "it covers daily-wage and unskilled workers in industrial and commercial establishments of the province",
                  "the daily wage is Rs1,423; women workers get the same minimum as men",
                  "the notification applies from 1 July 2024"],
        "categories": ["local_job", "minimum_wage", "daily_wage"],
        "destination": "PK", "trade": "shop / warehouse helper", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Warehouse helper needed, Sariab Road, Quetta. Rs 37,000/month or Rs 1,423 per day for daily-wage staff. Loading/unloading. Call 0346-0000528"""},
            {"language": "ur", "text": """کوئٹہ، جناح روڈ: جنرل اسٹور کے لیے سیلز مین درکار۔ تنخواہ 37 ہزار روپے (حکومت بلوچستان کی مقرر کردہ)۔ رابطہ 0346-0000529"""},
            {"language": "en", "channel": "whatsapp", "text": """Female staff needed for a ladies' garments shop in Quetta. Same minimum pay as men - Rs 37,000. Timing 11am-7pm. 0346-0000530"""},
        ],
    },
    {
        "group": "lk4-morning-pharmacy-qualified-staff",
        "source": {"url": "https://morning.pk/story/35446",
                   "title": "Citizens demand qualified staff at pharmacies, medical stores",
                   "publisher": "Morning.pk", "date": "2023"},  # date inferred (year only)
        "facts": ["citizens of Rawalpindi and Islamabad asked authorities to act against pharmacies staffed by untrained salespeople",
                  "they said only qualified pharmacists with the relevant degree should deal with customers at medical stores",
                  "a DRAP official said the authority would act against medical stores run by unqualified persons, with provincial help"],
        "categories": ["local_job", "pharmacy", "hard_negative_trade"],
        "destination": "PK", "trade": "pharmacist / pharmacy assistant", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Pharmacist (Pharm-D) required for a pharmacy in Saddar, Rawalpindi. Evening shift. Registered with Punjab Pharmacy Council. Send CV on WhatsApp 0319-0000283"""},
            {"language": "en", "channel": "whatsapp", "text": """Pharmacy assistant needed - Category B holders only, medical store in G-9 Islamabad. Morning shift 9 to 5. Call 0319-0000284"""},
            {"language": "ur-Latn", "text": """Medical store pe qualified dispenser/pharmacy technician chahiye, Murree Road Rwp. Certificate zaroori, bina qualification wale apply na karein. 0319-0000285"""},
        ],
    },
    {
        "group": "lk4-jang-pharmacists-day-unemployed-2023",
        "source": {"url": "https://jang.com.pk/news/1272466",
                   "title": "پاکستان میں 29 ہزار فارماسسٹ بے روزگار ہیں (عالمی یوم فارماسسٹ)",  # title from the lead
                   "publisher": "Daily Jang", "date": "2023-09"},  # date inferred (World Pharmacist Day report)
        "facts": ["on World Pharmacist Day (25 September) the president of the Pakistan Pharmacist Legal Forum said 29,000 pharmacists in Pakistan are unemployed",
                  "he said Pakistan issues medical store licences even to matric-pass 'assistant B category' holders",
                  "he said 95% of medical stores have no pharmacist present"],
        "categories": ["local_job", "pharmacy", "hard_negative_trade"],
        "destination": "PK", "trade": "pharmacist", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """ضرورت برائے فارماسسٹ
لاہور، فیروزپور روڈ پر فارمیسی کے لیے رجسٹرڈ فارماسسٹ (فارم ڈی) درکار۔ صبح کی شفٹ۔ تازہ فارغ التحصیل بھی درخواست دے سکتے ہیں۔
سی وی واٹس ایپ کریں: 0307-0000392"""},
            {"language": "en", "channel": "facebook", "text": """Fresh Pharm-D graduates: community pharmacy in Lahore hiring a full-time pharmacist. Counselling patients, stock, prescriptions. Salary as per market. DM or call 0307-0000393"""},
        ],
    },
    {
        "group": "lk4-ipp-karachi-waiters-pay-documentary",
        "source": {"url": "https://ipp-news.com/?p=24183",
                   "title": "Documentary on how much Karachi's restaurant waiters earn",  # title from the lead
                   "publisher": "IPP News", "date": "2022"},  # date inferred (year only)
        "facts": ["a documentary found some top fast-food chains in Karachi pay waiters as little as Rs15,000 for 12-hour shifts",
                  "upscale coffee shops in DHA or Bukhari Commercial pay Rs35,000 at most",
                  "in many places waiters get no salary, only a 5% commission on orders or tips",
                  "the economic survey counts 55,000 restaurants and hotels in Karachi employing 230,000 people"],
        "categories": ["local_job", "restaurant"],
        "destination": "PK", "trade": "waiter", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Waiters needed - cafe in Bukhari Commercial, DHA Karachi. Fixed salary Rs 35,000 + tips shared equally. 10-hr shift, 1 day off. Walk in 3pm-6pm. 0337-0000516"""},
            {"language": "en", "channel": "whatsapp", "text": """We're hiring servers for our new branch in Clifton. Fixed salary, not commission-only. Meals on duty. Send your name & area to 0337-0000517"""},
            {"language": "ur-Latn", "text": """Burns Road restaurant ko waiter chahiye, tankhwah fix + tip alag. Shaam 5 se raat 2. 0337-0000518"""},
        ],
    },
    {
        "group": "lk4-tribune-women-waitstaff-events-2015",
        "source": {"url": "https://tribune.com.pk/story/901928/waiting-for-a-change",
                   "title": "Waiting for a change",
                   "publisher": "The Express Tribune", "date": "2015-06"},  # date inferred
        "facts": ["more young women in Karachi are taking up waitressing to pay for studies or support families",
                  "demand grew for women waitstaff at functions where male and female guests sit separately",
                  "a widowed mother of three works as a tailor by day and a waitress at night to pay the rent in Shah Faisal Colony"],
        "categories": ["local_job", "women_hiring", "restaurant", "part_time"],
        "destination": "PK", "trade": "waitress (events)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Female waitstaff required for wedding events (ladies' side), Karachi. Evening shifts, pay per event, pick & drop provided after 11pm. Call 0338-0000634"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Shaadi hall ke ladies portion ke liye larkiyan chahiye serving ke liye. Per function payment, raat ko ghar drop. Shah Faisal / Malir wali rabta karein 0338-0000635"""},
        ],
    },
    {
        "group": "lk4-dawn-people-speak-garments-salesman-2019",
        "source": {"url": "https://www.dawn.com/news/1488273/people-speak",
                   "title": "People Speak",
                   "publisher": "Dawn", "date": "2019-06-15"},
        "facts": ["a 30-year-old Karachi man has worked as a salesman in a garments shop for 15 years after starting work at a hardware shop in Mochi Bazaar",
                  "he earns a Rs17,000 salary from the shop",
                  "he makes an extra Rs300-400 a day supplying shopping bags to other shops"],
        "categories": ["local_job", "salesman"],
        "destination": "PK", "trade": "shop salesman", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Salesman required for a garments shop, Jodia Bazaar Karachi. Experience in ladies' suits preferred. Salary + Eid bonus. Contact 0339-0000746"""},
            {"language": "ur", "text": """کپڑے کی دکان کے لیے تجربہ کار سیلز مین چاہیے — صدر کراچی۔ تنخواہ معقول، عید بونس۔ فون 0339-0000747"""},
        ],
    },
    {
        "group": "lk4-todaynewjobs-jalalpur-irrigation-project-2026",
        "source": {"url": "https://todaynewjobs.com/government-agriculture-department-jobs-in-punjab-2026",
                   "title": "Government Agriculture Department Jobs in Punjab 2026",
                   "publisher": "TodayNewJobs (reproducing a Jang Jobs advertisement)", "date": "2026-02-14"},
        "facts": ["the Punjab Agriculture Department's Irrigation Reforms Wing advertised temporary posts for the ADB-supported Jalalpur Irrigation Project - Command Area Development",
                  "posts include 14 Driver / Technical Support Staff at BPS-02, age 20-26, and one Computer Operator at BPS-11, age 18-25",
                  "hiring is on contract under the Government of Punjab Contract Policy 2004, for the life of the project",
                  "the advertisement ran in Jang; the expected last date was 27 February 2026; office on Davis Road, Lahore"],
        "categories": ["government_job", "driver", "last_date", "newspaper_ad"],
        "destination": "PK", "trade": "driver / technical support (irrigation project)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """GOVT JOBS - Jalalpur Irrigation Project (Agriculture Dept Punjab)
Driver / Technical Support Staff: 14 posts, BPS-02, age 20-26
Computer Operator: 1 post, BPS-11, age 18-25
Contract basis (Punjab Contract Policy 2004) till project completion.
Last date: 27 Feb. Advertisement published in Jang."""},
            {"language": "ur", "channel": "newspaper", "text": """محکمہ زراعت پنجاب (اریگیشن ریفارمز ونگ) — جلال پور اریگیشن پراجیکٹ میں آسامیاں
ڈرائیور / ٹیکنیکل سپورٹ اسٹاف: 14 آسامیاں، اسکیل 2، عمر 20 تا 26 سال
کمپیوٹر آپریٹر: ایک آسامی، اسکیل 11
کنٹریکٹ کی بنیاد پر۔ آخری تاریخ 27 فروری۔ دفتر ڈیوس روڈ لاہور۔"""},
        ],
    },
    {
        "group": "lk4-nation-narang-mandi-paddy-women-2013",
        "source": {"url": "https://agrinfobank.blogspot.com/2013/07/woman-farm-workers-being-paid-less-wages.html",
                   "title": "Woman farm workers being paid less wages",
                   "publisher": "The Nation / APP (collated on Agrinfobank blog)", "date": "2013-07-08"},
        "facts": ["women transplant paddy nursery near Narang Mandi, earning Rs250-350 each for a day's work in standing water",
                  "a group of 30-35 labourers can transplant five to six acres a day; the rate is Rs1,800 per acre, shared equally",
                  "farm owners sometimes provide transport and one meal",
                  "the work lasts only 20-30 days during transplanting, then the women wait for harvest"],
        "categories": ["local_job", "farm_work", "women_hiring", "seasonal"],
        "destination": "PK", "trade": "paddy transplanting (farm labour)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Narang Mandi ke qareeb 40 acre dhaan ki laab lagwani hai. Toli chahiye (aurtein/mard). Per acre rate tay hoga, aana jana aur dopahar ka khana zameendar ki taraf se. 0347-0000841"""},
            {"language": "en", "channel": "facebook", "text": """Paddy transplanting team needed near Muridke, 25 acres, starting next week. Paid per acre, shared by the group. Transport + lunch provided. Contact the farm manager 0347-0000842"""},
            {"language": "ur", "text": """دھان کی لاب لگانے کے لیے مزدور ٹولی درکار — شیخوپورہ۔ فی ایکڑ ریٹ، کام بیس سے پچیس دن۔ رابطہ 0347-0000843"""},
        ],
    },
    {
        "group": "lk4-tribune-karachi-daycare-centre-2013",
        "source": {"url": "https://tribune.com.pk/story/618070/ajax.googleapis.com",
                   "title": "Daycare centres for working mothers (Tiny Hands and Feet Daycare Centre, Karachi)",  # title from the lead
                   "publisher": "The Express Tribune", "date": "2013"},  # date inferred (year only)
        "facts": ["working mothers in Karachi drop children at daycare centres each morning",
                  "the Tiny Hands and Feet Daycare Centre in an upscale area of Karachi is owned and run by three women with trained staff and an on-site nurse",
                  "its owners have backgrounds in psychology, linguistics and teaching"],
        "categories": ["local_job", "women_hiring", "childcare", "named_employer"],
        "destination": "PK", "trade": "daycare caregiver", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Daycare in Karachi hiring: caregivers for infants & toddlers (female), plus a part-time nurse. Training given. Teaching/ECE background preferred. Send CV to jobs@tinyhands.example.com or call 0302-0000958"""},
            {"language": "en", "channel": "whatsapp", "text": """Hi! Our daycare needs one more nanny/caregiver, 8am-6pm, Mon-Fri. Patience with small kids is a must. Call or WhatsApp 0302-0000959"""},
        ],
    },
]
