"""Overseas Employment Corporation (OEC, the state recruiter) notices, as reported in the press."""

GOV = ["government_scheme", "state_recruiter"]

GROUPS = [
    {
        "group": "oec-ksa-nurses-walkin-2024",
        "source": {"url": "https://en.dailypakistan.com.pk/24-Jun-2024/jobs-for-nurses-in-saudi-arabia-pakistan-to-conduct-interviews-this-month",
                   "title": "Jobs for nurses in Saudi Arabia: Pakistan to conduct interviews this month",
                   "publisher": "Daily Pakistan (citing APP)", "date": "2024-06-24"},
        "facts": ["OEC walk-in interviews for female nurses for Saudi Arabia",
                  "27-28 June 2024 at Shalimar Tower Hotel, Jail Road, Lahore; 2-3 July 2024 at PC Hotel Rawalpindi",
                  "BScN (4 years) or Post RN, at least two years' experience, female, under 45",
                  "specialties: cardiac, emergency, obstetrics, paediatrics, ICU, dialysis, NICU, oncology, surgical",
                  "accommodation, transport, overtime per Saudi labour law, free return ticket after one year, 21 days paid leave",
                  "bring original diplomas, CNIC, CV, two photos; apply on oec.gov.pk by 30 June 2024"],
        "categories": GOV + ["nursing", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "nurse", "channel": "government",
        "items": [
            {"language": "en", "channel": "government", "text": """OVERSEAS EMPLOYMENT CORPORATION (Pvt) Ltd — Ministry of Overseas Pakistanis & HRD
Female Staff Nurses required for the Kingdom of Saudi Arabia
Specialties: Cardiac Care, Emergency, Medical, Obstetrics, Paediatrics, Critical Care, Haemodialysis, NICU, Oncology, Surgical, ICU.
Eligibility: BScN (4 years) or Post RN; minimum 2 years' experience in the relevant area; female only; age not more than 45.
Benefits: accommodation and transport, overtime as per Saudi labour law, free return air ticket after one year, 21 days paid annual leave.
Walk-in interviews: 27 & 28 June, Shalimar Tower Hotel, Jail Road, Lahore; 2 & 3 July, Pearl Continental Hotel, Rawalpindi.
Bring original diplomas, CNIC, updated CV and 2 photographs. Apply online at oec.gov.pk by 30 June."""},
            {"language": "en", "channel": "facebook", "text": """Nurses!! Saudi Arabia jobs through OEC (govt). Walk in interview Lahore 27-28 June at Shalimar Tower Jail Road, Pindi 2-3 July at PC. BScN or Post RN, 2 yrs exp, females under 45. Accommodation + transport + ticket + 21 days leave. Register on oec.gov.pk before 30th. Share with your nursing friends 🙏"""},
            {"language": "ur", "channel": "facebook", "text": """سعودی عرب میں نرسوں کے لیے ملازمت 🇸🇦
اوورسیز ایمپلائمنٹ کارپوریشن (حکومتِ پاکستان) کی جانب سے خواتین نرسوں کے واک اِن انٹرویو
📍 لاہور: 27 اور 28 جون، شالیمار ٹاور ہوٹل جیل روڈ
📍 راولپنڈی: 2 اور 3 جولائی، پی سی ہوٹل
اہلیت: بی ایس سی نرسنگ (4 سالہ) یا پوسٹ آر این، کم از کم 2 سال تجربہ، عمر 45 سال سے کم
سہولیات: رہائش، ٹرانسپورٹ، اوور ٹائم، ایک سال بعد واپسی کا ٹکٹ، سالانہ 21 چھٹیاں
اصل ڈگریاں، شناختی کارڈ، سی وی اور دو تصاویر ساتھ لائیں۔ آن لائن درخواست او ای سی کی ویب سائٹ پر 30 جون تک۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Assalam o alaikum sisters, OEC ki taraf se Saudia ke liye nurses ki walk in interview hai. Lahore mein 27 28 June Shalimar Tower hotel Jail road, Pindi mein 2 3 July PC hotel. BScN ya Post RN honi chahiye aur 2 saal experience, age 45 se kam. Rehaish transport sab company ki, 1 saal baad ticket. Original degree CNIC CV le kar jana. oec.gov.pk pe bhi apply karna hai 30 June tak."""},
        ],
    },
    {
        "group": "oec-ksa-surgeons-nurses-2025",
        "source": {"url": "https://en.dailypakistan.com.pk/09-Oct-2025/saudi-arabia-announces-jobs-for-pakistan-doctors-nurses",
                   "title": "Saudi Arabia announces jobs for Pakistan doctors, nurses",
                   "publisher": "Daily Pakistan", "date": "2025-10-09"},
        "facts": ["OEC advert: a Saudi healthcare institution hiring 5 consultant surgeons and 40 nurses",
                  "consultant specialties: retina, vascular, plastic, paediatric ophthalmology, squint, oculoplastic; board certification and 5 years post-fellowship",
                  "40 nursing posts in ICU, NICU, emergency, general nursing; female, under 35, 16-year BSN, 5 years' experience",
                  "apply through OEC by 24 October 2025"],
        "categories": GOV + ["nursing", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "nurse / surgeon", "channel": "government",
        "items": [
            {"language": "en", "text": """OEC Advertisement — Healthcare professionals for a hospital in KSA
Consultant Surgeons (5): Retina, Vascular, Plastic Surgery, Paediatric Ophthalmology, Squint, Oculoplastic. Board certified, minimum 5 years post-fellowship experience. Male/female.
Nurses (40, female): ICU, NICU, Emergency, General Nursing. BSN (16 years of education), 5 years' experience, age below 35.
Applications only through the OEC portal. Last date: 24 October 2025."""},
            {"language": "ur", "channel": "newspaper", "text": """سعودی عرب کے ایک معروف ہسپتال کے لیے ملازمتیں — اوورسیز ایمپلائمنٹ کارپوریشن
کنسلٹنٹ سرجن (5 اسامیاں): ریٹینا، ویسکولر، پلاسٹک سرجری، بچوں کی آنکھوں کی سرجری وغیرہ۔ بورڈ سرٹیفکیشن اور فیلوشپ کے بعد 5 سال تجربہ۔
نرسز (40 اسامیاں، صرف خواتین): آئی سی یو، این آئی سی یو، ایمرجنسی۔ 16 سالہ بی ایس این، 5 سال تجربہ، عمر 35 سال سے کم۔
درخواستیں صرف او ای سی پورٹل کے ذریعے، آخری تاریخ 24 اکتوبر۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Saudi mein 40 female nurses ki zaroorat — ICU NICU Emergency. BSN 16 saal, 5 saal tajurba, umar 35 se kam. 5 consultant surgeon bhi chahiye (retina, vascular, plastic). Sirf OEC portal se apply hoga, kisi agent ko paisay na dein. Last date 24 October."""},
        ],
    },
    {
        "group": "oec-ksa-beauticians-2025",
        "source": {"url": "https://arynews.tv/oec-pakistan-to-send-female-beauticians-to-saudi-arabia/",
                   "title": "OEC Pakistan to send female beauticians to Saudi Arabia",
                   "publisher": "ARY News (citing APP)", "date": "2025"},
        "facts": ["a Saudi company hiring female beauticians through OEC",
                  "roles: senior hairdresser, nail technician, makeup artist, eyelash technician, waxing, bleaching, wig specialist",
                  "senior hairdresser: 3,000 SAR a month, three years' experience, under 40",
                  "free shared furnished air-conditioned accommodation, food allowance included in salary, free economy airfare both ways, transport if required",
                  "apply at oec.gov.pk; non-refundable bank challan of Rs 500 generated online; deadline 8 June 2025"],
        "categories": GOV + ["gulf_employer", "hard_negative_trade", "beauty", "application_fee_official"],
        "destination": "SA", "trade": "beautician", "channel": "government",
        "items": [
            {"language": "en", "channel": "job_board", "text": """Female Beauticians – Kingdom of Saudi Arabia (through OEC)
Positions: Hairdresser (Senior), Nail Technician (Gel & Acrylic), Makeup Artist (Senior), Eyelash Technician, Waxing Specialist, Bleaching Expert, Wig Specialist.
Hairdresser (Senior): SAR 3,000/month, min. 3 years' experience, age under 40.
Free shared furnished A/C accommodation; food allowance included in salary; economy air ticket Pakistan–KSA and return at end of contract; transport inside KSA if required.
Apply at oec.gov.pk. A non-refundable bank challan of Rs. 500 is generated during the online application. Closing date 8 June 2025."""},
            {"language": "ur", "channel": "facebook", "text": """خواتین بیوٹیشنز کے لیے سعودی عرب میں نوکری 💇‍♀️
او ای سی کے ذریعے سینئر ہیئر ڈریسر، نیل ٹیکنیشن، میک اپ آرٹسٹ، آئی لیش ٹیکنیشن درکار۔
سینئر ہیئر ڈریسر کی تنخواہ 3000 ریال، تین سال تجربہ، عمر 40 سے کم۔
رہائش مفت (شیئرڈ، اے سی)، آنے جانے کا ٹکٹ کمپنی کا۔
درخواست او ای سی کی ویب سائٹ پر، 500 روپے کا بینک چالان (ناقابلِ واپسی) آن لائن بنے گا۔ آخری تاریخ 8 جون۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Parlour wali behno ke liye achi khabar, Saudia mein beautician ki jobs OEC ke through. Hairdresser senior 3000 riyal, 3 saal experience chahiye. Rehaish free AC wali, ticket company dega. Sirf 500 rupay ka bank challan hai jo website se banta hai, baqi koi fees nahi. 8 June last date hai jaldi karein"""},
            {"language": "en", "channel": "whatsapp", "text": """KSA beautician jobs via OEC – hairdresser, nails, makeup, lashes, waxing. 3000 riyal for senior hairdresser. Free accomodation + tickets. Apply oec.gov.pk, only Rs500 challan. Deadline 8 June"""},
        ],
    },
    {
        "group": "oec-ksa-special-nurse",
        "source": {"url": "https://urdukhabar.com.pk/?p=76876",
                   "title": "سعودی عرب خواتین نرسز نوکری کی تفصیلات",
                   "publisher": "UrduKhabar", "date": None},
        "facts": ["post: Special Nurse, female, Saudi Arabia",
                  "4,500 SAR for 7-day weeks of 12-hour days; 4,000 SAR for 6-day weeks",
                  "under 40; 4-year BScN or equivalent 16 years' education from a recognised institute; Prometric pass preferred and may be called straight to interview",
                  "free shared A/C housing with attached washroom and basic furniture; free pick and drop to hospital",
                  "economy ticket Pakistan to Jeddah at start, return at end; ticket every two years on renewal; 21 days paid annual leave"],
        "categories": GOV + ["nursing", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "nurse", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سعودی عرب: خواتین اسپیشل نرس کی ملازمت
تنخواہ: ہفتے میں 7 دن ڈیوٹی (روزانہ 12 گھنٹے) پر 4500 ریال، 6 دن ڈیوٹی پر 4000 ریال
عمر: 40 سال سے کم
تعلیم: بی ایس سی نرسنگ 4 سالہ (16 سالہ تعلیم) تسلیم شدہ ادارے سے۔ پرومیٹرک پاس امیدواروں کو ترجیح، براہِ راست انٹرویو۔
مفت شیئرڈ رہائش (اے سی، اٹیچ باتھ)، ہسپتال تک پک اینڈ ڈراپ، جدہ تک ٹکٹ اور معاہدہ ختم ہونے پر واپسی کا ٹکٹ، سالانہ 21 دن چھٹی تنخواہ کے ساتھ۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Special Nurse Saudia 🇸🇦 female only
Salary 4500 riyal (7 din duty 12 ghante) ya 4000 riyal (6 din)
Age 40 se kam, BScN 4 saal
Prometric pass hai to direct interview
Rehaish free, hospital tak pick n drop, Jeddah ka ticket aur wapsi ka ticket, 21 chuttiyan"""},
            {"language": "en", "channel": "facebook", "text": """Special Nurse (female) – Saudi Arabia. SAR 4,500 for 7 days/week (12 hrs) or SAR 4,000 for 6 days. Under 40, 4-year BScN. Prometric passed candidates preferred. Free shared housing, pick & drop, air ticket to Jeddah and back, 21 days paid leave."""},
        ],
    },
    {
        "group": "oec-ksa-ngha-tradesman",
        "source": {"url": "https://www.arabnews.pk/node/2573235",
                   "title": "Pakistan's Overseas Employment Corporation to export skilled workforce to Saudi Arabia",
                   "publisher": "Arab News Pakistan", "date": None},
        "facts": ["OEC recruiting tradesman assistants for the Saudi Ministry of National Guard - Health Affairs",
                  "age 25 to 50",
                  "high school certificate with at least one year of related experience, or a diploma / recognised apprenticeship with no experience required",
                  "apply on oec.gov.pk"],
        "categories": GOV + ["gulf_employer", "hard_negative_trade", "maintenance"],
        "destination": "SA", "trade": "tradesman assistant", "channel": "government",
        "items": [
            {"language": "en", "text": """Tradesman Assistants required for Ministry of National Guard – Health Affairs, Kingdom of Saudi Arabia.
Age 25–50 years. High school certificate with minimum 1 year position-related experience, OR diploma / recognised apprenticeship in the trade (no experience required).
Recruitment through Overseas Employment Corporation. Apply online: oec.gov.pk"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """National Guard Health Affairs Saudi Arabia ke liye tradesman assistant chahiye. Umar 25 se 50. Matric/inter ke sath 1 saal experience, ya DAE/diploma wale baghair experience bhi. OEC ki website pe apply karein, ye government ka idara hai."""},
            {"language": "ur", "channel": "facebook", "text": """سعودی نیشنل گارڈ ہیلتھ افیئرز کے لیے ٹریڈز مین اسسٹنٹ درکار
عمر 25 سے 50 سال
میٹرک کے ساتھ ایک سال متعلقہ تجربہ، یا ڈپلومہ/اپرنٹس شپ (تجربہ ضروری نہیں)
درخواست اوورسیز ایمپلائمنٹ کارپوریشن کی ویب سائٹ پر"""},
        ],
    },
    {
        "group": "oec-eps-korea-2017",
        "source": {"url": "https://zaraye.com/1219/",
                   "title": "کورین حکومت کا بے روزگار پاکستانیوں کو نوکریاں دینے کا اعلان",
                   "publisher": "Zaraye", "date": "2017-02-27"},
        "facts": ["Korea Employment Permit System through OEC, government-to-government and fully legal",
                  "age 18 to 39, no education requirement; salary roughly one to two lakh rupees",
                  "online application at oec.gov.pk, 27 February to 3 March 2017",
                  "first stage is a lottery for the Korean language test; lottery fee Rs 1,000 by challan at HBL branches",
                  "those drawn register for EPS-TOPIK, fee 24 USD (about Rs 2,500)"],
        "categories": ["government_scheme", "manufacturing", "application_fee_official"],
        "destination": "KR", "trade": "factory worker", "channel": "government",
        "items": [
            {"language": "ur", "channel": "newspaper", "text": """جنوبی کوریا میں ملازمت — ایمپلائمنٹ پرمٹ سسٹم (حکومت سے حکومت معاہدہ)
عمر 18 سے 39 سال، تعلیم کی کوئی شرط نہیں۔
درخواستیں صرف آن لائن اوورسیز ایمپلائمنٹ کارپوریشن کی ویب سائٹ پر، آخری تاریخ 3 مارچ۔
پہلے مرحلے میں کورین زبان کے امتحان کے لیے قرعہ اندازی ہوگی، فیس صرف 1000 روپے (ایچ بی ایل کی کسی بھی برانچ میں چالان)۔
قرعہ اندازی میں کامیاب امیدوار 24 ڈالر فیس کے ساتھ ای پی ایس ٹوپک کے لیے رجسٹریشن کرائیں گے۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """KOREA JOBS 🇰🇷 OEC ke through — bilkul legal, government to government. Umar 18-39, taleem ki koi shart nahi. Pehle qurandazi hogi language test ke liye, fees sirf 1000 rupay HBL challan. Select hue to 24 dollar test fee. Kisi agent ko lakhon na dena, sab kuch oec.gov.pk pe hai. Last date 3 March"""},
            {"language": "en", "channel": "government", "text": """EPS (Employment Permit System) – Republic of Korea. Applications are invited through Overseas Employment Corporation for the EPS-TOPIK Korean language test. Eligibility: age 18–39, no criminal record, no record of deportation from Korea. Online application at oec.gov.pk. Balloting fee Rs 1,000 (HBL challan); test fee USD 24 for balloted candidates. Passing the test places you in the job-seeker roster; it does not guarantee employment."""},
        ],
    },
    {
        "group": "oec-eps-topik-advert-03-2017",
        "source": {"url": "https://awampk.com/eps-topik-test-2017/",
                   "title": "EPS-TOPIK test 2017 (OEC advertisement No. 03/2017)",
                   "publisher": "awampk.com", "date": "2017"},
        "facts": ["OEC advertisement No. 03/2017 for the EPS-TOPIK under the MoU between Korea's Ministry of Employment and Labor and Pakistan's Ministry of Overseas Pakistanis",
                  "persons aged 18 to 39; no imprisonment conviction; no deportation from Korea; not barred from leaving Pakistan",
                  "registration 13-17 March 2017 in person at OEC; test fee 24 USD; refund if cancelled during registration",
                  "colour copy of passport and two 3.5 x 4.5 cm photos"],
        "categories": ["government_scheme", "manufacturing", "application_fee_official"],
        "destination": "KR", "trade": "factory worker", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """OEC Advertisement No. 03/2017 — EPS-TOPIK (Test of Proficiency in Korean) for employment in Korea under the MoU between MOEL (Korea) and MOP&HRD (Pakistan).
Who can apply: aged 18–39; not convicted of imprisonment or heavier punishment; no deportation record from Korea; not restricted from leaving Pakistan.
Registration: 13–17 March, in person at Overseas Employment Corporation. Test fee USD 24 (same in PKR), refundable if you cancel during the registration period.
Bring a colour copy of your passport and two photographs 3.5 x 4.5 cm."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai Korea wala EPS TOPIK ka form aa gaya hai, OEC office mein khud ja kar registration 13 se 17 March. 24 dollar fees. Passport ki color copy aur 2 photo 3.5x4.5 le jana. Age 18-39"""},
        ],
    },
    {
        "group": "oec-malaysia-nurses-2025",
        "source": {"url": "https://dailytimes.com.pk/1286253/pakistan-to-send-female-nurses-to-malaysia-for-employment-opportunities/",
                   "title": "Pakistan to send female nurses to Malaysia for employment opportunities",
                   "publisher": "Daily Times", "date": "2025-04-12"},
        "facts": ["OEC to send female nursing staff to Malaysia",
                  "diploma in general nursing plus specialised training; more than five years in critical care; age up to 45",
                  "documents: updated CV, nursing certificates, active practising licence, birth certificate, bank challan",
                  "application deadline 11 April 2025"],
        "categories": GOV + ["nursing", "hard_negative_destination", "application_fee_official"],
        "destination": "MY", "trade": "nurse", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """Female nurses for MALAYSIA 🇲🇾 through OEC
✔ Diploma in General Nursing + specialised training
✔ 5+ years critical care experience
✔ Max age 45
Bring updated CV, nursing certificates, active practising licence, birth certificate and the bank challan to the interview. Last date 11 April."""},
            {"language": "ur", "channel": "facebook", "text": """ملائیشیا میں خواتین نرسوں کے لیے ملازمت — اوورسیز ایمپلائمنٹ کارپوریشن
جنرل نرسنگ ڈپلومہ اور اسپیشلائزڈ ٹریننگ، کریٹیکل کیئر میں 5 سال سے زیادہ تجربہ، عمر زیادہ سے زیادہ 45 سال۔
انٹرویو میں سی وی، نرسنگ سرٹیفکیٹ، پریکٹسنگ لائسنس، برتھ سرٹیفکیٹ اور بینک چالان ساتھ لائیں۔ آخری تاریخ 11 اپریل۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Malaysia nursing job OEC se, sirf female. General nursing diploma aur critical care mein 5 saal se zyada experience. Umar 45 tak. License active hona chahiye. 11 April last date hai"""},
        ],
    },
    {
        "group": "oec-ksa-cinema-museum-2018",
        "source": {"url": "https://pakobserver.net/pakistan-to-send-technical-staff-to-saudi-arabia/",
                   "title": "Pakistan to send technical staff to Saudi Arabia",
                   "publisher": "Pakistan Observer (APP)", "date": "2018"},
        "facts": ["OEC: a leading client in Saudi Arabia needs staff for a cinema and museum",
                  "posts include museum conservator, museum registrar, education accessibility specialist, research specialist, library IT support, cataloguing and logistics, parking attendant, security specialist",
                  "apply until 4 June 2018"],
        "categories": GOV + ["gulf_employer", "security", "hospitality"],
        "destination": "SA", "trade": "museum / parking / security", "channel": "government",
        "items": [
            {"language": "en", "text": """URGENT REQUIREMENT – Kingdom of Saudi Arabia (Cinema & Museum project)
Through Overseas Employment Corporation, Govt of Pakistan.
Museum Conservator • Museum Registrar • Accessibility in Education Specialist • Evaluation & Research Specialist • Program Delivery Support • Back of House (Technical Services) • Library Computer Technical Support • Cataloguing & Logistics • Parking Attendant • Security Specialist
Apply by 4 June."""},
            {"language": "ur", "channel": "newspaper", "text": """فوری ضرورت — سعودی عرب (سینما اور میوزیم)
اوورسیز ایمپلائمنٹ کارپوریشن کے ذریعے
میوزیم کنزرویٹر، لائبریری کمپیوٹر ٹیکنیکل سپورٹ، پارکنگ اٹینڈنٹ، سیکیورٹی اسپیشلسٹ اور دیگر اسامیاں۔
درخواست 4 جون تک۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Saudia mein cinema aur museum ke liye staff chahiye — parking attendant, security, library IT support wagera. OEC (sarkari) ke zariye. 4 June tak apply karein."""},
        ],
    },
    {
        "group": "oec-gulf-registration-expo-2018",
        "source": {"url": "https://www.thenews.com.pk/print/360430-registration-of-workers-for-foreign-jobs-begins",
                   "title": "Registration of workers for foreign jobs begins",
                   "publisher": "The News", "date": "2018"},
        "facts": ["OEC online registration of skilled and unskilled workers for GCC jobs ahead of Dubai Expo 2020 and FIFA World Cup 2022",
                  "database directly accessible to foreign employers",
                  "those unable to apply online can submit CVs with a copy of the deposit slip at OEC offices in Lahore, Karachi, Quetta, Peshawar",
                  "deadline 31 August"],
        "categories": GOV + ["gulf_employer", "construction", "hospitality"],
        "destination": "AE", "trade": "general / skilled workers", "channel": "government",
        "items": [
            {"language": "en", "channel": "newspaper", "text": """Registration open: jobs in the Gulf for Expo 2020 Dubai and FIFA World Cup 2022 Qatar. Overseas Employment Corporation invites highly skilled, skilled, semi-skilled and general workers to register in its database for foreign employers. Register online, or hand in your CV with a copy of the deposit slip at OEC offices in Lahore, Karachi, Quetta or Peshawar by 31 August."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Dubai Expo aur Qatar World Cup ke liye OEC mein registration shuru. Mistri, electrician, driver, labour sab apna CV jama karwa sakte hain. Online nahi kar sakte to Lahore Karachi Quetta Peshawar OEC office mein deposit slip ki copy ke sath CV do. 31 August tak."""},
            {"language": "ur", "channel": "facebook", "text": """دبئی ایکسپو اور قطر ورلڈ کپ کے لیے بیرونِ ملک ملازمتوں کی رجسٹریشن شروع — اوورسیز ایمپلائمنٹ کارپوریشن۔ ہنرمند اور غیر ہنرمند دونوں درخواست دے سکتے ہیں۔ آن لائن یا لاہور، کراچی، کوئٹہ، پشاور کے دفاتر میں سی وی اور بینک سلپ کی کاپی جمع کرائیں۔ آخری تاریخ 31 اگست۔"""},
        ],
    },
    {
        "group": "oec-ksa-nurses-walkin-lahore-oct",
        "source": {"url": "https://globaleyetv.com/?p=1816",
                   "title": "پاکستانی نرسوں کیلئے سعودی عرب میں ملازمت کا سنہرا موقع، انٹرویوز کی تاریخ کا اعلان",
                   "publisher": "Global Eye TV (citing APP)", "date": None},
        "facts": ["OEC sending female nurses to Saudi Arabia; client is the Saudi Ministry of Human Resources",
                  "walk-in interviews in Lahore on 21 October",
                  "16-year BSc Nursing or Post RN from recognised institute, at least one year's experience, PNC registration required",
                  "ICU and emergency experience preferred, age not above 45"],
        "categories": GOV + ["nursing", "gulf_employer", "hard_negative_trade"],
        "destination": "SA", "trade": "nurse", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """نرسز متوجہ ہوں! سعودی عرب کے لیے او ای سی کے واک اِن انٹرویوز 21 اکتوبر کو لاہور میں
بی ایس سی نرسنگ (16 سالہ) یا پوسٹ آر این، کم از کم ایک سال تجربہ، پی این سی رجسٹریشن لازمی
آئی سی یو اور ایمرجنسی والوں کو ترجیح، عمر 45 سال سے زیادہ نہ ہو"""},
            {"language": "ur-Latn", "text": """Nurses ke liye Saudi job — OEC walk in interview 21 October Lahore. BSN ya Post RN + PNC registration zaroori, 1 saal experience. ICU/ER walon ko priority. Age max 45. Apni degree aur PNC card sath le kar jayen"""},
            {"language": "en", "channel": "whatsapp", "text": """Walk-in interview for female nurses, KSA (Ministry of Human Resources client) via OEC — 21 Oct, Lahore. BSN/Post RN, PNC registered, 1 yr exp min, ICU/ER preferred, up to 45 yrs."""},
        ],
    },
]
