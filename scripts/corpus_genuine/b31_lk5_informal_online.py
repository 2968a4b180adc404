"""Locked test set, genuine half (lk5): informal, gig and online work as it is posted in Urdu and
Roman Urdu Facebook groups, WhatsApp groups and local boards - home and online tuition, Quran
teachers, freelancing through real training programmes (DigiSkills, e-Rozgaar, PSEB), riders and
captains on Bykea / Careem / inDrive / delivery apps, shop and showroom staff at the notified minimum
wage, daily-wage masons and labourers, seasonal cotton picking, home chefs, stitching and embroidery,
home beauticians, elderly-care attendants and domestic workers. Each group rewrites the facts of one
public source; phone numbers and addresses are in the reserved style."""

GROUPS = [
    # ------------------------------------------------------------------ tuition and Quran teaching
    {
        "group": "lk5-thenews-online-quran-teachers-lahore-2016",
        # date inferred from the magazine dateline "Mon, 11, 16"
        "source": {"url": "https://www.thenews.com.pk/magazine/money-matters/168064-Virtual-earning",
                   "title": "Virtual earning", "publisher": "The News on Sunday (Money Matters)", "date": "2016-11"},
        "facts": ["certified Quran teachers work night shifts from an office in a commercial plaza in central Lahore, teaching students in the UK, USA and Canada over Skype",
                  "the teachers earn between Rs30,000 and Rs50,000 a month, varying from month to month",
                  "the office has dedicated broadband, about a dozen computers, headphones and sound-proof cabins",
                  "the owner, an IT professional with clients abroad, hires the teachers and charges a commission"],
        "categories": ["local_job", "online_work", "teacher", "quran_teacher", "night_shift", "whatsapp_contact"],
        "destination": "PK", "trade": "online Quran teacher", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Online Quran teacher chahiye (male) 🌙 Night shift, office Lahore main, students UK/USA/Canada ke. Tajweed lazmi. Salary 30 se 50 hazar. Contact 0321-0000514"""},
            {"language": "ur", "channel": "facebook", "text": """آن لائن قرآن ٹیچر کی ضرورت ہے

ہمارے لاہور آفس (مین بلیوارڈ پلازہ) میں رات کی شفٹ کے لیے سند یافتہ قاری صاحبان درکار ہیں۔ بیرون ملک (برطانیہ، امریکہ، کینیڈا) کے بچوں کو اسکائپ پر ناظرہ و تجوید پڑھانی ہوگی۔
آفس میں براڈبینڈ، کمپیوٹر، ہیڈ فون اور الگ کیبن موجود ہیں۔
تنخواہ: 30,000 سے 50,000 روپے ماہانہ (کلاسوں کے حساب سے)
رابطہ: 0321-0000514"""},
            {"language": "en", "channel": "job_board", "text": """Job: Online Quran Tutor (Night Shift) - Lahore

We teach Quran online to children in the UK, US and Canada. Looking for certified Qaris/Hafiz with clear pronunciation to work from our office in central Lahore, roughly 9 pm to early morning.
- Soundproof cabins, headsets, dedicated broadband provided
- Pay Rs30,000-50,000 per month depending on number of students
Walk in with your sanad and CNIC copy, Mon-Fri after 8 pm."""},
        ],
    },
    {
        "group": "lk5-qaumiaawaz-online-quran-from-pakistan-2016",
        # date inferred: the piece reports a Toronto Star story of February 2016
        "source": {"url": "https://qaumiaawaz.com/%d8%af%d9%86%db%8c%d8%a7-%d8%a8%da%be%d8%b1-%d9%85%db%8c%da%ba-%d8%b3%d8%a8-%d8%b3%db%92-%d8%b0%db%8c%d8%a7%d8%af%db%81-%d8%a2%d9%86-%d9%84%d8%a7%d8%a6%d9%86-%d9%82%d8%b1%d8%a2%d9%86-%d9%be%d8%a7/",
                   "title": "دنیا بھر میں سب سے ذیادہ آن لائن قرآن پاکستان سے پڑھایا جارہاہے", "publisher": "Qaumi Aawaz", "date": "2016"},
        "facts": ["Pakistanis teach the Quran over Skype to children in the US, UK, Canada and Europe, and the work is growing",
                  "one online centre began eight years earlier with two teachers and now has 22 teachers teaching 320 students",
                  "students pay about $25 a month for half an hour five days a week",
                  "the teachers are paid between $100 and $220 a month"],
        "categories": ["local_job", "online_work", "teacher", "quran_teacher", "night_shift"],
        "destination": "PK", "trade": "online Quran teacher", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """آن لائن قرآن اکیڈمی میں قاری صاحبان اور معلمات کی ضرورت 📖
بیرون ملک کے بچوں کو ناظرہ قرآن صحیح تلفظ کے ساتھ پڑھانا ہے، ہفتے میں پانچ دن، ہر کلاس آدھا گھنٹہ۔
تنخواہ طلبہ کی تعداد کے حساب سے 100 سے 220 ڈالر ماہانہ کے برابر روپوں میں۔
واٹس ایپ: 0333-0000281"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Assalam o alaikum, hamari academy ko 3 female Quran teachers chahiye, ghar se parhana hai laptop aur net zaroori. Bahar ke bachay hain, 5 din, aadha ghanta class. Pay students ke hisab se. Interested behnain msg karein 0333-0000281"""},
        ],
    },
    {
        "group": "lk5-iqra-tutors-tutor-policy",
        # date inferred: undated policy page, read as current
        "source": {"url": "https://iqra-tutors.com/tutor-policy", "title": "Tutor Policy", "publisher": "Iqra Tutors Pakistan", "date": "2025"},
        "facts": ["the agency places home and online tutors; tutors need a bachelor's degree in the subject, a master's is preferred",
                  "registration is free, or paid for priority: Rs1,000 for home tutors, Rs1,500 for online tutors, $15 for international tutors, refundable if no tuition is given within 30 days",
                  "fees are paid by Easypaisa, JazzCash, bank transfer or in person",
                  "vacancies are posted on WhatsApp status and broadcasts, the website and Facebook; tutors should reply only if the tuition is nearby and suits them"],
        "categories": ["local_job", "teacher", "home_tuition", "agency_fee_receipt", "whatsapp_contact"],
        "destination": "PK", "trade": "home tutor", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """TUITION ALERT 📢 Johar Town Lahore, class 7 (Punjab board), all subjects, female tutor required, timing 4 se 6, fee 12k. Sirf qareeb wali tutors reply karein. 0302-0000736"""},
            {"language": "en", "text": """Home tutors needed (Lahore / online)
Requirement: BS in your subject, MSc preferred. Punjab Board, Oxford and Cambridge experience a plus.
Registration is free. Optional priority registration: Rs1,000 home tutors, Rs1,500 online tutors, refunded if we can't place you within 30 days.
New tuitions are posted on our WhatsApp status and Facebook group every day. Reply only if the area and timing suit you."""},
            {"language": "ur", "text": """ٹیوٹرز متوجہ ہوں!
ہوم ٹیوشن اور آن لائن ٹیوشن کے لیے بی ایس پاس اساتذہ رجسٹر کریں۔ رجسٹریشن مفت ہے، ترجیحی رجسٹریشن کی فیس ہوم ٹیوٹر 1000 روپے اور آن لائن ٹیوٹر 1500 روپے (30 دن میں ٹیوشن نہ ملے تو واپس)۔
ایزی پیسہ، جاز کیش یا دفتر آکر جمع کروائیں، رسید ضرور لیں۔
نئی ٹیوشنز واٹس ایپ اسٹیٹس پر لگتی ہیں۔ رابطہ 0302-0000736"""},
        ],
    },
    {
        "group": "lk5-keeptutors-tuition-fee-estimation",
        # date inferred: undated guide
        "source": {"url": "https://keeptutors.com/post/tutor-and-tuition-fee-estimation-in-pakistan",
                   "title": "Tutor and Tuition Fee Estimation in Pakistan", "publisher": "KeepTutors", "date": "2024"},
        "facts": ["basic subjects such as elementary maths and English cost about PKR 500-1,000 an hour",
                  "advanced subjects such as calculus, organic chemistry and physics cost about PKR 1,200-2,000 an hour",
                  "in Karachi, Lahore and Islamabad fees range from PKR 1,000 to 3,000 an hour; online tuition is usually PKR 800-1,500",
                  "weekly sessions cost between PKR 3,000 and 12,000 a month"],
        "categories": ["local_job", "teacher", "home_tuition", "online_work"],
        "destination": "PK", "trade": "home tutor", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت ہے: او لیول کیمسٹری اور فزکس کے لیے ہوم ٹیوٹر، ڈیفنس کراچی۔ ہفتے میں تین دن، ڈیڑھ گھنٹہ۔ فی گھنٹہ 2000 روپے تک۔ فون 0334-0000962"""},
            {"language": "ur-Latn", "text": """Online tutor chahiye class 5 maths + english, Zoom pe, rozana 1 ghanta. 800 per hour de sakte hain. Apna rate aur experience inbox karein"""},
            {"language": "en", "channel": "whatsapp", "text": """Need a home tutor for A-level Physics, Gulberg Lahore, 3 days a week. Paying Rs2,500 per hour for an experienced teacher. Please share your qualification and past results. 0334-0000974"""},
        ],
    },
    {
        "group": "lk5-nation-home-tuition-islamabad-2009",
        "source": {"url": "https://nation.com.pk/06-Apr-2009/home-tuitiona-private-but-respectable-profession",
                   "title": "Home tuition - a private but respectable profession", "publisher": "The Nation", "date": "2009-04-06"},
        "facts": ["in Islamabad many people, from professionals to government employees, give home tuition to earn extra income against inflation",
                  "a woman with a master's degree began tutoring students at her home after her husband lost his job abroad",
                  "tutors describe home tuition as a respectable profession that brings money and confidence"],
        "categories": ["local_job", "teacher", "home_tuition", "women_hiring"],
        "destination": "PK", "trade": "home tutor", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """TUITION - Qualified lady teacher (M.A.) offers home tuition, classes 1-10, all subjects, at her residence in G-9/2 Islamabad. Evening batches, girls and boys up to class 5. Reasonable fee. Ph 0345-0000418"""},
            {"language": "ur", "text": """گھر پر ٹیوشن سینٹر، آئی ایٹ اسلام آباد۔ ایم اے پاس معلمہ، جماعت اول تا دہم، شام 4 سے 7 بجے۔ فیس مناسب۔ رابطہ 0345-0000418"""},
        ],
    },
    {
        "group": "lk5-pakistantutor-tutor-faq",
        # date inferred: undated FAQ page
        "source": {"url": "https://www.pakistantutor.com/help-center/frequently-asked-questions.php",
                   "title": "Frequently Asked Questions", "publisher": "PakistanTutor.com", "date": "2024"},
        "facts": ["tutors must be Pakistani citizens living in Pakistan with a valid CNIC or passport, above 20 years of age, with at least 14 years of education",
                  "signing up is free; a representative calls to verify the data and may ask for documents",
                  "tutors pass a test for each subject and are not recommended for a subject scored below 80 marks",
                  "parents view profiles, submit a request, and the site arranges the meeting with the tutor"],
        "categories": ["local_job", "teacher", "home_tuition", "no_fee"],
        "destination": "PK", "trade": "home tutor", "channel": "company_site",
        "items": [
            {"language": "ur-Latn", "channel": "facebook", "text": """Tutors ke liye: registration bilkul FREE hai. Shart: umar 20+, kam az kam 14 saal taleem (BA/BSc), CNIC. Har subject ka online test hoga, 80 se kam marks pe us subject mein profile recommend nahi hoga. Verification ke liye hamari team call karegi."""},
            {"language": "en", "text": """Become a tutor: free sign-up. You must be a Pakistani citizen living in Pakistan, over 20, with 14 years of education and a valid CNIC. Take a test in each subject you want to teach (80+ marks to be recommended). We call you to verify and then arrange the meeting with the parents."""},
        ],
    },
    # ------------------------------------------------------------------ freelancing through real programmes
    {
        "group": "lk5-dawn-digiskills-launch-2018",
        # date inferred from the Dawn article number
        "source": {"url": "https://dawn.com/news/amp/1445756", "title": "Ministry of IT and Telecom launches digiskills.pk to encourage e-learning",
                   "publisher": "Dawn", "date": "2018"},
        "facts": ["the Ministry of IT and Telecom launched DigiSkills.pk to train one million people in freelancing and digital skills",
                  "the programme is funded by Ignite (formerly the National ICT R&D Fund) and executed by the Virtual University, with MCOM and Semiotics",
                  "training is free of cost to every citizen of Pakistan: youth, freelancers, students, housewives and professionals",
                  "it aims to help them take work from international online marketplaces as well as locally"],
        "categories": ["government_scheme", "online_work", "freelancing_training", "no_fee", "women_hiring"],
        "destination": "PK", "trade": "freelancer (trainee)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """گھر بیٹھے فری لانسنگ سیکھیں — بالکل مفت! 💻
وزارت آئی ٹی کا ڈیجی اسکلز پروگرام (ورچوئل یونیورسٹی کے تعاون سے)۔ طلبہ، گھریلو خواتین، بے روزگار نوجوان سب اپلائی کر سکتے ہیں۔ کوئی فیس نہیں۔
فری لانسنگ، ڈیجیٹل مارکیٹنگ، ای کامرس کے کورس آن لائن۔ رجسٹریشن صرف سرکاری ویب سائٹ پر کریں، کسی ایجنٹ کو پیسے نہ دیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Behno or bhaiyo DigiSkills ki nai enrollment khuli hai, freelancing course free hai govt ka, VU wale karwatay hain. Ghar se online parhna hai. Koi paisa nahi lagta, jo fee mangay wo fraud hai"""},
            {"language": "en", "text": """FREE online training - DigiSkills.pk (Ministry of IT & Telecom, funded by Ignite, run by Virtual University). Freelancing, Digital Marketing, E-commerce and more. Open to every Pakistani: students, housewives, professionals. Learn to get work on international marketplaces. No fee."""},
        ],
    },
    {
        "group": "lk5-dailynewspk-digiskills-one-million-2020",
        # date inferred: batch 7 starting 27 May 2020
        "source": {"url": "https://dailynewspk.com/digiskills-pk-imparts-freelance-training-to-1-million-youth",
                   "title": "DigiSkills.pk imparts freelance training to 1 million youth", "publisher": "Daily News PK", "date": "2020-05"},
        "facts": ["one million people were trained in freelancing under DigiSkills.pk, run by the Virtual University for the IT ministry through Ignite",
                  "the target was reached in the sixth batch; 250,000 enrolments were made for the seventh batch starting on 27 May 2020",
                  "each batch runs 12 weeks; the ten courses include freelancing, digital marketing, SEO, graphic design, digital literacy, e-commerce and creative writing",
                  "training is free of cost"],
        "categories": ["government_scheme", "online_work", "freelancing_training", "no_fee", "last_date"],
        "destination": "PK", "trade": "freelancer (trainee)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """DigiSkills batch 7 start 27 May se ✅ graphic design, SEO, creative writing, freelancing sab free. 12 hafte ka course, online. Link sirf official site ka use karein"""},
            {"language": "ur", "channel": "facebook", "text": """ڈیجی اسکلز کا ساتواں بیچ 27 مئی سے شروع ہو رہا ہے۔ اب تک دس لاکھ افراد مفت تربیت حاصل کر چکے ہیں۔ کورسز: فری لانسنگ، ڈیجیٹل مارکیٹنگ، ایس ای او، گرافک ڈیزائن، کری ایٹو رائٹنگ، ای کامرس۔ دورانیہ 12 ہفتے، فیس کوئی نہیں۔"""},
        ],
    },
    {
        "group": "lk5-startuppakistan-digiskills-graduates-earnings",
        # date inferred: IT ministry figures reported about 2022
        "source": {"url": "https://startuppakistan.com.pk/graduates-of-digiskills-freelancing-program-earn-200-million-every-year/",
                   "title": "Graduates of DigiSkills Freelancing Program Earn $200 Million Every Year", "publisher": "Startup Pakistan", "date": "2022"},
        "facts": ["the IT ministry reported that 600,000 freelancers trained through the DigiSkills programme bring in up to $200 million a year",
                  "1.7 million people had enrolled in DigiSkills",
                  "the ten courses include graphic design, content creation, freelancing, digital marketing, e-commerce, web development and SEO; each batch is 12 weeks",
                  "graduates receive e-certificates"],
        "categories": ["government_scheme", "online_work", "freelancing_training", "high_pay_real"],
        "destination": "PK", "trade": "freelancer (graphic design / content writing)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Want to earn in dollars from home? 🌍 DigiSkills-trained freelancers bring in around $200 million a year, says the IT ministry. Courses in graphic design, content writing, SEO and digital marketing - 12 weeks, free, with an e-certificate. Enrol on the official DigiSkills portal only."""},
            {"language": "ur", "text": """ڈیجی اسکلز سے تربیت یافتہ چھ لاکھ فری لانسرز سالانہ 20 کروڑ ڈالر تک کما رہے ہیں۔ گرافک ڈیزائن اور کنٹینٹ رائٹنگ سیکھیں، 12 ہفتے، مفت، ای سرٹیفکیٹ کے ساتھ۔"""},
        ],
    },
    {
        "group": "lk5-nation-erozgaar-centres-2017",
        "source": {"url": "http://nation.com.pk/lahore/17-May-2017/punjab-to-have-five-more-e-rozgaar-centres",
                   "title": "Punjab to have five more e-Rozgaar centres", "publisher": "The Nation", "date": "2017-05-17"},
        "facts": ["the Chief Minister's e-Rozgaar Programme of PITB and the Youth Affairs department opened centres in Lahore, Gujrat, Taxila, Wah Cantt and Faisalabad",
                  "selected candidates get three months of training for freelance self-employment in technical, non-technical and creative fields",
                  "there are to be 40 training centres, five of them for women; 10,000 candidates in three batches in the first phase",
                  "selection uses district population quotas and test results; documents are verified at the centres"],
        "categories": ["government_scheme", "online_work", "freelancing_training", "women_hiring", "no_fee"],
        "destination": "PK", "trade": "freelancer (trainee)", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """e-Rozgaar (PITB) mein admission open 🔥 3 mahine ki freelancing training, technical / non technical / creative design. Gujrat, Taxila, Wah, Faisalabad, Lahore centres. Larkiyon ke liye alag centre bhi hain. Test aur merit pe selection, documents centre pe verify hongay."""},
            {"language": "ur", "text": """ای روزگار پروگرام: پنجاب کے نوجوانوں کے لیے تین ماہ کی فری لانسنگ تربیت
40 تربیتی مراکز، جن میں 5 صرف خواتین کے لیے۔ پہلے مرحلے میں 10 ہزار امیدوار۔
انتخاب ٹیسٹ اور ضلعی کوٹے پر۔ مزید معلومات کے لیے ای روزگار سینٹر یو او جی: 0342-0000157"""},
            {"language": "en", "channel": "whatsapp", "text": """eRozgaar centre at University of Gujrat is starting classes this month. 3-month freelancing training (technical, non-technical, creative). Selection by test + district quota. Bring original documents for verification. Female-only centres also available."""},
        ],
    },
    {
        "group": "lk5-cwpakistan-erozgaar-earnings",
        # date inferred
        "source": {"url": "https://cwpakistan.com/empowering-punjabs-youth-e-rozgaar-training-generates-over-rs-8-billion-earnings-and-promotes-digital-skills",
                   "title": "Empowering Punjab's Youth: e-Rozgaar Training Generates Over Rs 8 Billion Earnings and Promotes Digital Skills",
                   "publisher": "CW Pakistan", "date": "2023"},
        "facts": ["more than 54,000 young people completed the e-Rozgaar Training Programme of the Punjab government, PITB and the Youth Affairs department",
                  "a survey found e-Rozgaar trainees had earned Rs8.152 billion online",
                  "training covers fields such as mobile app development, technical content marketing, creative designing and e-commerce",
                  "there are 45 e-Rozgaar centres across Punjab"],
        "categories": ["government_scheme", "online_work", "freelancing_training", "high_pay_real"],
        "destination": "PK", "trade": "freelancer (content marketing / design)", "channel": "whatsapp",
        "items": [
            {"language": "ur", "text": """ای روزگار کے تربیت یافتہ نوجوان اب تک آن لائن 8 ارب روپے سے زیادہ کما چکے ہیں! 54 ہزار سے زائد نوجوانوں نے تربیت مکمل کی۔ کنٹینٹ مارکیٹنگ، کری ایٹو ڈیزائن، ای کامرس — پنجاب بھر میں 45 سینٹرز۔ نیا بیچ جلد، اپلائی کریں۔"""},
            {"language": "ur-Latn", "text": """Bhai e-Rozgaar se content marketing ki training li thi, ab Upwork pe kaam mil raha hai alhamdulillah. 45 centres hain Punjab mein, free hai. Naya batch aa raha hai try karo"""},
        ],
    },
    {
        "group": "lk5-brecorder-pseb-freelancer-portal-2021",
        "source": {"url": "https://www.brecorder.com/news/40120733/minister-inaugurates-portal-for-online-registration-of-freelancers",
                   "title": "Minister inaugurates portal for online registration of freelancers", "publisher": "Business Recorder", "date": "2021-09-17"},
        "facts": ["the federal IT minister inaugurated a portal at the Pakistan Software Export Board (PSEB) for online registration of freelancers",
                  "registration is meant to give recognition to freelancers, alongside a National Freelancing Facilitation Policy",
                  "PSEB said Pakistan is the second largest supplier of online labour in software development and technology per an ILO 2021 report",
                  "PSEB runs training and certification programmes for IT professionals and graduates"],
        "categories": ["government_scheme", "online_work", "freelancer_registration"],
        "destination": "PK", "trade": "freelancer", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Freelancers! PSEB (Pakistan Software Export Board) now registers freelancers online through its official portal. Registration gives you recognition as an IT exporter under the new freelancing facilitation policy. Apply yourself on the PSEB site - you don't need any agent."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Freelancer dosto PSEB registration online ho gayi hai, portal khud check karo pseb ki site pe. Fiverr Upwork walon ke kaam ki cheez hai, bank mein bhi help hoti hai. Kisi agent ko paisay na dena"""},
        ],
    },
    # ------------------------------------------------------------------ riders, captains, drivers
    {
        "group": "lk5-app-eyepakistan-bykea-partners-2017",
        # date inferred: APP's companion story is dated 17 September 2017
        "source": {"url": "http://eyepakistan.app.com.pk/all-in-one-motorcycle-taxis-may-shift-paradigm-in-future/",
                   "title": "All-in-one motorcycle taxis may shift paradigm in future", "publisher": "Associated Press of Pakistan (Eye Pakistan)", "date": "2017-09"},
        "facts": ["app-based motorcycle taxi services such as Bykea operate in six big cities; riders are called partners",
                  "Bykea said it had over 3,000 partners; a partner said seven rides in nine hours earn him Rs1,250 a day",
                  "the service also does parcel delivery, restaurant orders and utility bill payments",
                  "the company provides accidental insurance"],
        "categories": ["local_job", "driver", "rider", "gig_platform", "named_employer"],
        "destination": "PK", "trade": "motorcycle ride-hailing partner", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Bykea partner bano 🏍️ apni bike, smartphone aur license ho bas. Rides + parcel delivery, rozana 1200-1300 tak ban jate hain 7-8 rides mein. Rawalpindi terminal aajao ya call 0311-0000672"""},
            {"language": "ur", "channel": "facebook", "text": """بائیکیا میں پارٹنر (رائیڈر) بنیں
اپنی موٹر سائیکل سے سواری، پارسل اور بل جمع کرانے کا کام۔ حادثاتی انشورنس کمپنی کی طرف سے۔
ایک پارٹنر روزانہ سات رائیڈز پر تقریباً 1250 روپے کما رہا ہے۔
رجسٹریشن کے لیے شناختی کارڈ اور لائسنس کے ساتھ ٹرمینل تشریف لائیں۔"""},
            {"language": "en", "text": """Riders wanted - Bykea, Rawalpindi/Islamabad. Use your own motorbike to carry passengers, parcels and food orders. Partners report around Rs1,250 for seven rides a day. Accident insurance included. Bring CNIC, licence and bike papers."""},
        ],
    },
    {
        "group": "lk5-dawn-bykea-karachi-review-2017",
        # date inferred from the Dawn article number
        "source": {"url": "https://www.dawn.com/news/1313978/can-bykea-help-you-beat-karachis-rush-hour-traffic",
                   "title": "Can Bykea help you beat Karachi's rush hour traffic?", "publisher": "Dawn", "date": "2017"},
        "facts": ["Bykea is a ride-hailing service in Karachi that uses motorcycles only",
                  "the app offers two options, a ride or a parcel delivery, and the 'Chalo' button connects the user to a nearby rider",
                  "rides are much cheaper than taxis or rickshaws because of low fuel and maintenance costs",
                  "the company sees itself growing in parcel delivery"],
        "categories": ["local_job", "driver", "rider", "gig_platform", "named_employer"],
        "destination": "PK", "trade": "motorcycle ride-hailing rider", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Karachi ke bike walay bhai, Bykea pe rider ban jao. Sawari bhi aur parcel delivery bhi. Jahan chaho app on karo, kaam tumhari marzi ke time pe. Details 0312-0000845"""},
            {"language": "ur", "text": """کراچی: بائیکیا کے لیے موٹر سائیکل رائیڈرز درکار۔ سواری اور پارسل ڈیلیوری دونوں۔ اپنی مرضی کے اوقات۔ رابطہ 0312-0000845"""},
        ],
    },
    {
        "group": "lk5-pakistantoday-uber-careem-driver-twin-cities",
        # date inferred: archive story, about 2017
        "source": {"url": "https://archive.pakistantoday.com.pk/?p=684943", "title": "Hamza's story: from Uber to Careem",
                   "publisher": "Pakistan Today", "date": "2017"},
        "facts": ["young men in the twin cities take up driving for Uber and Careem with a car bought on a loan",
                  "a driver was told Uber paid about Rs350 per hour, but the bonus depended on being online 11 hours and completing 14 rides",
                  "the company cuts about 20 per cent commission from the driver's income",
                  "many drivers register the same car with both companies, and earnings fell as more cars joined"],
        "categories": ["local_job", "driver", "gig_platform", "named_employer"],
        "destination": "PK", "trade": "ride-hailing car driver (captain)", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Captains needed for Careem (Islamabad/Rawalpindi). Own car, valid licence and CNIC. Company commission about 20%. Bonus if you stay online 11 hours and complete 14 rides. Register at the captain centre, training on the spot."""},
            {"language": "ur-Latn", "text": """Gari hai to Careem/Uber pe laga do, 20% commission katti hai baqi apka. Bonus ke liye 11 ghantay online aur 14 rides. Pindi mein registration help chahiye to 0315-0000390"""},
        ],
    },
    {
        "group": "lk5-bolo-female-bike-captains-lahore-2018",
        "source": {"url": "http://bolo.com.pk/BlogNews.aspx?ID=17", "title": "Pakistan now has female bike captains", "publisher": "Bolo.com.pk", "date": "2018-01-19"},
        "facts": ["Lahore got its first women motorcycle captains under a women's empowerment scheme of a ride-hailing service",
                  "one captain said she had ridden since age 12 and could work up to 11 hours, starting around 9 or 10 in the morning",
                  "she said both male and female passengers treated her with respect"],
        "categories": ["local_job", "driver", "rider", "women_hiring", "gig_platform"],
        "destination": "PK", "trade": "motorcycle captain (women)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """خواتین بائیک کیپٹن بنیں! 🛵 لاہور میں خواتین رائیڈرز کی بھرتی۔ اپنے اوقات خود طے کریں، صبح 9 یا 10 بجے سے۔ موٹر سائیکل چلانا آتا ہو اور لائسنس ہو۔ رابطہ 0304-0000528"""},
            {"language": "ur-Latn", "text": """Larkiyan jo bike chala leti hain, Lahore mein female bike captain ki jobs aayi hain. Apna time khud set karo. Mujhe 2 saal ho gaye, passengers izzat se baat karte hain. Licence zaroori hai."""},
        ],
    },
    {
        "group": "lk5-dawn-riders-of-ecommerce-storm-2022",
        "source": {"url": "https://dawn.com/news/1674756/the-riders-of-the-e-commerce-storm", "title": "The riders of the e-commerce storm",
                   "publisher": "Dawn (Eos)", "date": "2022-02-13"},
        "facts": ["a Lahore mother joined a bike-based ride-hailing and parcel delivery service in September 2021 as one of few women riders",
                  "the company got her a bike, and she now earns about five times the Rs4,000 a month her earlier odd jobs paid",
                  "the gig economy has grown fast in Pakistan, but riders lack protections as the start-ups raise investment"],
        "categories": ["local_job", "rider", "delivery_rider", "women_hiring", "gig_platform"],
        "destination": "PK", "trade": "parcel delivery / ride-hailing rider", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Women riders wanted - Lahore 💪 Parcel delivery and rides for female passengers. Company bike available on easy terms for selected riders. Earn around Rs20,000 a month with flexible hours. Must know how to ride. WhatsApp 0322-0000943"""},
            {"language": "ur", "text": """لاہور: خواتین رائیڈرز کی ضرورت — پارسل ڈیلیوری اور خواتین سواریوں کے لیے۔ منتخب امیدواروں کو کمپنی کی موٹر سائیکل۔ ماہانہ تقریباً 20 ہزار تک آمدن۔ واٹس ایپ 0322-0000943"""},
        ],
    },
    {
        "group": "lk5-bnews99-indrive-intercity-2025",
        "source": {"url": "https://bnews99.com.pk/index.php/2025/07/23/indrives-intercity-rides-see-4x-growth-as-demand-booms-lahore-islamabad-emerges-as-busiest-route-top-drivers-earning-up-to-pkr-350000-per-month",
                   "title": "inDrive's Intercity Rides See 4x Growth as Demand Booms", "publisher": "BNews99", "date": "2025-07-23"},
        "facts": ["inDrive's City-to-City service in Pakistan grew four-fold year on year; Lahore-Islamabad is the busiest route",
                  "top drivers on the Lahore-Islamabad route earn PKR 300,000 to 350,000 a month after expenses",
                  "intercity drivers typically complete 2 to 4 rides a day; the app matches up to four passengers per trip",
                  "fares are negotiated between driver and passenger"],
        "categories": ["local_job", "driver", "gig_platform", "high_pay_real", "named_employer"],
        "destination": "PK", "trade": "intercity ride-hailing driver", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Lahore-Isb inDrive intercity pe gari chalao, top drivers 3 se 3.5 lakh mahana bana rahe hain kharcha nikal ke 🚗 din ke 2-4 chakkar, 4 sawariyan tak. Apni gari honi chahiye"""},
            {"language": "ur", "channel": "facebook", "text": """ان ڈرائیو سٹی ٹو سٹی: لاہور تا اسلام آباد روٹ پر ڈرائیورز کی مانگ چار گنا بڑھ گئی۔ نمایاں ڈرائیور اخراجات نکال کر ماہانہ تین سے ساڑھے تین لاکھ روپے کما رہے ہیں۔ کرایہ مسافر سے خود طے کریں۔"""},
            {"language": "en", "text": """URGENT: drivers with own sedan for Lahore-Islamabad intercity trips via inDrive. 2-4 trips a day, up to 4 passengers per trip, you set the fare. Top drivers clear Rs300k+ per month after fuel. Call 0300-0000217"""},
        ],
    },
    {
        "group": "lk5-thenews-delivery-riders-minimum-wage-2023",
        "source": {"url": "https://www.thenews.com.pk/print/1066042-pakistan-s-labor-force-continues-to-struggle-for-minimum-wage-benefits",
                   "title": "Pakistan's labor force continues to struggle for minimum wage benefits", "publisher": "The News International", "date": "2023-05-02"},
        "facts": ["courier and home delivery services grew sharply after COVID-19; there are over 300 courier companies",
                  "labour law limits work to 48 hours a week; Sindh and Punjab raised the minimum wage to Rs32,000 in March 2023",
                  "delivery riders work 9 to 10 hours a day, five days a week",
                  "one rider of an online shopping brand said his basic pay was Rs17,500, below the minimum wage"],
        "categories": ["local_job", "rider", "delivery_rider", "minimum_wage"],
        "destination": "PK", "trade": "courier delivery rider", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Courier company ko delivery riders chahiye Lahore. Salary 32,000 (govt minimum wage ke mutabiq) + per parcel commission, fuel allowance. 5 din, 9 ghantay. Apni bike. CV bhejein 0301-0000586"""},
            {"language": "en", "channel": "facebook", "text": """Hiring: Delivery Riders (Karachi). Basic salary Rs32,000 as per minimum wage + commission on deliveries. 5 days a week, 9-hour shifts, weekly off. Own bike and licence required."""},
        ],
    },
    # ------------------------------------------------------------------ shop and showroom staff, minimum wage
    {
        "group": "lk5-tribune-multan-shops-minimum-wage-2020",
        "source": {"url": "https://tribune.com.pk/story/2135756/1-labour-department-imposes-fines-100-shops/",
                   "title": "Labour department imposes fines on 100 shops", "publisher": "The Express Tribune (APP)", "date": "2020-01-13"},
        "facts": ["Punjab's labour department fined about 100 shops in south Punjab for paying workers below the minimum wage",
                  "the minimum wage was Rs17,500 a month, or Rs673.08 a day, for 26 working days",
                  "inspectors checked nearly 700 shops in Multan, Vehari, Lodhran, Khanewal, DG Khan and Muzaffargarh; fines of Rs10,000 each",
                  "deductions of Rs217 for accommodation and Rs46 for transport a month are allowed by agreement"],
        "categories": ["local_job", "sales_staff", "shop_helper", "minimum_wage"],
        "destination": "PK", "trade": "shop salesman", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت سیلزمین: کپڑے کی دکان، حسین آگاہی بازار ملتان۔ تنخواہ 17,500 روپے (26 دن)، رہائش دکان مالک کی طرف سے۔ صبح 10 تا رات 8۔ رابطہ 0306-0000349"""},
            {"language": "ur-Latn", "text": """Salesman chahiye shoe shop Vehari, tajurba ho to behtar. Tankhwa 17500 + eidi. Jumma chutti. 0306-0000355"""},
            {"language": "en", "text": """Shop assistant wanted - mobile accessories shop, Khanewal Road Multan. Rs17,500 per month for 26 days, salary on the 1st. Lodging available (small deduction by agreement). Apply in person."""},
        ],
    },
    {
        "group": "lk5-ummat-punjab-minimum-wage-40000",
        # date inferred: Punjab notified Rs40,000 in 2025
        "source": {"url": "https://ummat.net/?p=923416", "title": "پنجاب میں محنت کشوں کی کم از کم اجرت 40 ہزار روپے کرنے کا نوٹیفکیشن جاری",
                   "publisher": "Ummat", "date": "2025"},
        "facts": ["the Punjab government issued a notification raising the minimum wage for workers to Rs40,000 a month",
                  "the wage is for 26 working days",
                  "for eight hours of work the daily wage is Rs1,538.46"],
        "categories": ["local_job", "sales_staff", "minimum_wage", "whatsapp_contact"],
        "destination": "PK", "trade": "showroom sales staff", "channel": "whatsapp",
        "items": [
            {"language": "ur", "channel": "facebook", "text": """فرنیچر شوروم کے لیے سیلز اسٹاف درکار — فیصل آباد
تنخواہ حکومت پنجاب کی کم از کم اجرت کے مطابق 40,000 روپے ماہانہ + کمیشن۔
اوقات 8 گھنٹے، 26 دن۔ میٹرک پاس، خوش اخلاق۔
رابطہ: 0307-0000461"""},
            {"language": "ur-Latn", "text": """Mobile showroom Gujranwala ko 2 sales boys chahiye. 40 hazar tankhwa (govt wala rate) + sale pe commission. 8 ghantay duty. Urgent. 0307-0000473"""},
            {"language": "en", "text": """Garments outlet in Lahore hiring sales staff (male/female). Rs40,000/month as per Punjab minimum wage, 8-hour shift, 26 days. Daily helpers also needed at Rs1,540 per day during sale season."""},
        ],
    },
    {
        "group": "lk5-nation-sindh-minimum-wage-25000-2022",
        "source": {"url": "https://nation.com.pk/2022/07/09/minimum-wage-for-unskilled-laborers-fixed-at-rs-25000-in-sindh/",
                   "title": "Minimum wage for unskilled laborers fixed at Rs 25,000 in Sindh", "publisher": "The Nation", "date": "2022-07-09"},
        "facts": ["the Sindh government fixed the minimum wage for unskilled workers at Rs25,000 a month",
                  "the Sindh Labour and Manpower Department issued a notification",
                  "it applies to registered and unregistered workers in all industrial and business units"],
        "categories": ["local_job", "shop_helper", "minimum_wage"],
        "destination": "PK", "trade": "shop helper", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Karachi Saddar mein kiryana store ko helper chahiye. Tankhwa 25,000 (Sindh govt minimum), subah 9 se shaam 6. Qareeb rehne wale ko tarjeeh. 0313-0000624"""},
            {"language": "ur", "text": """حیدرآباد: جنرل اسٹور کے لیے ہیلپر لڑکا چاہیے۔ تنخواہ 25 ہزار روپے ماہانہ۔ رابطہ 0313-0000638"""},
        ],
    },
    # ------------------------------------------------------------------ daily-wage labour and masons
    {
        "group": "lk5-nation-islamabad-daily-wagers-2016",
        "source": {"url": "https://staging.nation.com.pk/16-Jul-2016/daily-wagers-turning-towards-begging",
                   "title": "Daily wagers turning towards begging", "publisher": "The Nation", "date": "2016-07-16"},
        "facts": ["a 60-year-old mason from Nowshera waits every morning from 7 am at the main square of G-8 Islamabad for a contractor to hire him",
                  "a day's hiring pays him Rs1,000",
                  "dozens of labourers sit in the square daily and many return home without work; painters wait at Karachi Company",
                  "daily wagers have no social benefits"],
        "categories": ["local_job", "daily_wage", "construction", "mason"],
        "destination": "PK", "trade": "mason / daily-wage labourer", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Mistri aur 2 mazdoor chahiye kal subah G-8 Isb, chhat ka plaster. Mistri 1500, mazdoor 1000 dihari. Contact 0331-0000752"""},
            {"language": "ur", "text": """راج مستری درکار، جی الیون اسلام آباد، گھر کی چاردیواری۔ تین دن کا کام۔ دیہاڑی طے ہو جائے گی۔ 0331-0000764"""},
        ],
    },
    {
        "group": "lk5-dailyqudrat-pbs-daily-wages-ramazan",
        # date inferred: Ramazan report of PBS wage data, about 2023
        "source": {"url": "https://dailyqudrat.pk/224024", "title": "رمضان المبارک میں مزدوروں کی مختلف شہروں میں یومیہ اجرت کی تفصیلات",
                   "publisher": "Daily Qudrat", "date": "2023"},
        "facts": ["Pakistan Bureau of Statistics data put the average daily wage of a labourer at Rs1,134 nationally",
                  "a labourer gets Rs1,500 a day in Islamabad and Rawalpindi, Rs1,452 in Lahore, Rs1,441 in Karachi and Rs800 in Sukkur and Larkana",
                  "a mason (mistri) averages Rs1,831 a day; the highest is Rs2,151 in Rawalpindi and the lowest Rs1,500 in Sukkur",
                  "painters average Rs1,601 and plumbers Rs1,659 a day"],
        "categories": ["local_job", "daily_wage", "construction", "mason"],
        "destination": "PK", "trade": "mason / painter / plumber", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت ہے: دو پینٹر اور ایک پلمبر، بحریہ ٹاؤن راولپنڈی، نئے گھر کی فنشنگ۔ پینٹر 1600 روپے، پلمبر 1700 روپے دیہاڑی، دس دن کا کام۔ رابطہ 0336-0000819"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Lahore mein mazdoor chahiye shuttering utarne ke liye, 1450 dihari + dopehar ka khana. Kal 8 bje Thokar pohanch jana"""},
            {"language": "en", "text": """Experienced mason needed in Rawalpindi for a 2-week job (boundary wall + bathroom). Rs2,100/day, paid every Saturday. Helper at Rs1,500/day. Call 0336-0000827"""},
        ],
    },
    {
        "group": "lk5-samaa-karachi-daily-wage-addas-2020",
        "source": {"url": "https://www.samaa.tv/pakistan-news/2020/01/karachis-daily-wage-labourers-are-on-their-own/",
                   "title": "Karachi's daily wage labourers are on their own", "publisher": "Samaa TV", "date": "2020-01-27"},
        "facts": ["on one Karachi street more than 150 daily-wage labourers with skills in masonry, carpentry, plumbing and well digging wait for employers",
                  "such stations (addas) exist at Waterpump, Khudadad Colony, Ranchore Lane, Sohrab Goth and Gizri",
                  "many come from Kashmir or Bajaur and send much of their earnings to families back home",
                  "informal labourers are not covered by the Sindh Labour Department"],
        "categories": ["local_job", "daily_wage", "construction", "carpenter"],
        "destination": "PK", "trade": "carpenter / mason / labourer", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Karachi Gulshan mein carpenter chahiye kitchen cabinet ke liye, 4-5 din ka kaam. Dihari 2000. Waterpump adda wale bhai bhi rabta karein 0317-0000293"""},
            {"language": "en", "channel": "facebook", "text": """Need 2 labourers + 1 mason for a house repair in Gizri, Karachi, starting Monday. Daily wage paid same evening. Call 0317-0000305"""},
        ],
    },
    {
        "group": "lk5-thenews-hathi-chowk-daily-wagers",
        # date inferred from the TNS article number
        "source": {"url": "https://thenews.com.pk/tns/detail/986001-the-plight-of-daily-wagers", "title": "The plight of daily wagers",
                   "publisher": "The News on Sunday", "date": "2022"},
        "facts": ["daily-wage workers gather every day at Hathi Chowk, Saddar, Rawalpindi, looking for work",
                  "a worker said people negotiate hard and pay at most Rs1,000 a day",
                  "many try to work with contractors on housing society construction, but contractors often delay or withhold wages",
                  "workers sleep in a serai where a charpoy costs Rs150 a night to save money"],
        "categories": ["local_job", "daily_wage", "construction"],
        "destination": "PK", "trade": "daily-wage labourer", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ہاتھی چوک والے مزدور بھائی متوجہ ہوں: ڈی ایچ اے فیز 2 کی سائٹ پر دس مزدور اور دو مستری درکار۔ مزدور 1200، مستری 1800 روپے دیہاڑی، ادائیگی روزانہ شام کو۔ ٹھیکیدار سے رابطہ 0341-0000186"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Saddar Pindi se 6 mazdoor chahiye, plot ki khudai, 2 din. 1000 dihari + chai khana, shaam ko cash. Subah 7 baje Hathi Chowk pe gari aayegi"""},
            {"language": "en", "text": """Contractor needs 4 painters for a housing society project near Rawalpindi, 2 weeks. Rs1,600/day, paid every evening in cash, no advance deductions. Call 0341-0000198"""},
        ],
    },
    # ------------------------------------------------------------------ seasonal agricultural work
    {
        "group": "lk5-dawn-cotton-picking-sanghar-2017",
        "source": {"url": "https://www.dawn.com/news/1357103", "title": "Footprints: the poorest of the poor", "publisher": "Dawn", "date": "2017-09-12"},
        "facts": ["Sanghar is Sindh's largest cotton-producing district; women farm workers pick seed cotton (phutti)",
                  "pickers said they earn Rs300 for picking 40kg of cotton in a full day's labour",
                  "rains damaged the crop, cutting the pickers' earnings; chilli picking follows cotton"],
        "categories": ["local_job", "agriculture", "seasonal", "women_hiring", "daily_wage"],
        "destination": "PK", "trade": "cotton picker", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Sanghar Jam Nawaz Ali ki zameen pe phutti chunai shuru, auraton ki tolion ki zaroorat. 40 kilo pe 300 rupay, roz ka hisab. Munshi se baat karein 0308-0000714"""},
            {"language": "ur", "text": """کپاس کی چنائی کے لیے مزدور خواتین درکار، سانگھڑ۔ ریٹ فی 40 کلو کے حساب سے، ادائیگی روزانہ۔ مرچ کی چنائی بھی اگلے مہینے۔ رابطہ 0308-0000722"""},
        ],
    },
    {
        "group": "lk5-arabnews-sindh-cotton-pickers-union-2024",
        "source": {"url": "https://www.arabnews.pk/node/2575862/pakistan", "title": "Revolution in the fields: Sindh's women cotton pickers win fair wages under new laws",
                   "publisher": "Arab News Pakistan", "date": "2024-10-19"},
        "facts": ["Sindh recognised agriculture and fishery labourers as industrial workers in 2013, allowing them to form unions",
                  "about 50 women cotton pickers in Shaheed Benazirabad registered a trade union",
                  "offered Rs800 per maund (40kg), they demanded Rs1,200 and the employer accepted"],
        "categories": ["local_job", "agriculture", "seasonal", "women_hiring"],
        "destination": "PK", "trade": "cotton picker", "channel": "whatsapp",
        "items": [
            {"language": "en", "channel": "facebook", "text": """Cotton picking season, Nawabshah area: women pickers needed for 3 farms. Rate Rs1,200 per maund (40 kg) as agreed with the pickers' union, paid weekly. Contact the union office, 0309-0000458"""},
            {"language": "ur", "text": """نوابشاہ: کپاس کی چنائی کے لیے خواتین کی ضرورت۔ یونین سے طے شدہ ریٹ 1200 روپے فی من، ہفتہ وار ادائیگی۔"""},
            {"language": "ur-Latn", "text": """Behno chunai ka kaam shuru hai, is saal 1200 fi mann tay hua hai union ke zariye, 800 pe mat jana. Naam likhwane ke liye 0309-0000466"""},
        ],
    },
    {
        "group": "lk5-tribune-matiari-cotton-pickers-2016",
        "source": {"url": "https://tribune.com.pk/story/1095326/still-struggling-pro-labour-legislation-has-not-helped-women-cotton-pickers/",
                   "title": "Still struggling: Pro-labour legislation has not helped women cotton pickers", "publisher": "The Express Tribune", "date": "2016-05-01"},
        "facts": ["women cotton pickers in Matiari said a day's work brings Rs150-200",
                  "farm owners pay Rs300-400 per maund, but two women are needed to pick a maund in a day",
                  "over half a million women pick cotton in Sanghar, Ghotki, Khairpur, Umerkot, Matiari and Mirpurkhas",
                  "the season runs about five months, from June to October"],
        "categories": ["local_job", "agriculture", "seasonal", "women_hiring"],
        "destination": "PK", "trade": "cotton picker", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Mirpurkhas: June se cotton chunai ka season, women labour chahiye 5 mahine tak. 400 rupay fi mann. Gaon se pick and drop tractor trolley. 0310-0000877"""},
            {"language": "ur", "channel": "facebook", "text": """مٹیاری اور گھوٹکی کے زمینداروں کو کپاس چنائی کے لیے خواتین مزدوروں کی ضرورت، سیزن جون سے اکتوبر۔ فی من 400 روپے۔ رابطہ 0310-0000889"""},
        ],
    },
    # ------------------------------------------------------------------ home chefs and home-based women's work
    {
        "group": "lk5-app-islamabad-women-home-chefs-2025",
        "source": {"url": "https://www.app.com.pk/national/beyond-the-stove-islamabads-women-home-chefs-redefining-work-from-home/",
                   "title": "Beyond the stove: Islamabad's women home chefs redefining work from home", "publisher": "Associated Press of Pakistan", "date": "2025-04-27"},
        "facts": ["women in Islamabad run home-based food delivery from their kitchens, using WhatsApp groups as menus",
                  "a former software engineer started with a small Facebook page and now sells desi food, Chinese, baked goods and frozen snacks",
                  "a chef with a cooking and baking diploma from a government institute left a national delivery app because its charges ate into her earnings",
                  "the women asked for lower taxes and easier registration for home businesses"],
        "categories": ["women_hiring", "home_based", "home_chef", "self_employment", "whatsapp_contact"],
        "destination": "PK", "trade": "home chef", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Home kitchen in G-13 Islamabad looking for a helper (female) for 4 hours daily - chopping, packing frozen kebabs and samosas, 11 am-3 pm. Rs15,000/month. WhatsApp only 0323-0000592"""},
            {"language": "ur-Latn", "text": """Ghar ka khana order pe 🍲 office lunch boxes, frozen items, baking. Islamabad/Rawalpindi delivery. Is hafte ka menu WhatsApp pe: 0323-0000604"""},
            {"language": "ur", "channel": "facebook", "text": """گھر کے کچن سے کاروبار شروع کرنے والی خواتین کے لیے: ہمارے ہوم شیف گروپ میں شامل ہوں، مینیو واٹس ایپ پر شیئر کریں، آرڈر براہ راست لیں۔ ڈیلیوری ایپ کا کمیشن بچائیں۔"""},
        ],
    },
    {
        "group": "lk5-pakobserver-online-food-women-twin-cities",
        # date inferred: undated Pakistan Observer staff report
        "source": {"url": "https://pakobserver.net/trend-of-online-food-service-becomes-source-of-livelihood-for-women/",
                   "title": "Trend of online food service becomes source of livelihood for women", "publisher": "Pakistan Observer", "date": "2019"},
        "facts": ["hundreds of women in Rawalpindi and Islamabad cook at home and deliver meals to offices and households through online services",
                  "a housewife said online cooking earns a handsome amount even without much education",
                  "office workers order home-cooked food by a single phone call instead of restaurant meals"],
        "categories": ["women_hiring", "home_based", "home_chef", "self_employment"],
        "destination": "PK", "trade": "home cook", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Office walon ke liye ghar ka khana 🍛 daily tiffin service Blue Area aur I-8. Monthly package available. Aik call pe order: 0324-0000135"""},
            {"language": "ur", "text": """خاتون خانہ کو کھانا پکانے کا شوق ہے؟ ہماری ٹفن سروس کے لیے راولپنڈی میں گھر سے کھانا بنانے والی خواتین درکار۔ فی ٹفن ادائیگی۔ رابطہ 0324-0000147"""},
            {"language": "en", "text": """Home-cooked lunch delivered to your office 🍱 Rawalpindi/Islamabad. Daily menu, monthly packages, order with one call or WhatsApp."""},
        ],
    },
    {
        "group": "lk5-thenews-foodpreneurs-home-chefs-2022",
        # date inferred from the TNS article number
        "source": {"url": "https://thenews.com.pk/tns/detail/1004698-enter-food-preneurs", "title": "Enter food-preneurs",
                   "publisher": "The News on Sunday", "date": "2022"},
        "facts": ["after the pandemic women in Lahore started selling home-cooked food online as 'home chefs'",
                  "a Lahore woman has been a home chef vendor on Foodpanda since 2021 after her husband's business suffered",
                  "home chefs say the platform handles delivery so they can focus on cooking",
                  "selling home food suits women who find it hard to leave home for work"],
        "categories": ["women_hiring", "home_based", "home_chef", "gig_platform", "named_employer"],
        "destination": "PK", "trade": "home chef (delivery platform vendor)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Are you a great home cook? Join foodpanda as a Home Chef in Lahore - list your menu, cook from your own kitchen, and riders handle the delivery. No restaurant needed. Sign up through the official foodpanda partner page."""},
            {"language": "ur", "text": """گھر بیٹھے کھانا بیچیں! لاہور کی خواتین فوڈ پانڈا پر ہوم شیف بن کر اپنے کچن سے آرڈر لے رہی ہیں، ڈیلیوری رائیڈر کرتا ہے۔ رجسٹریشن صرف کمپنی کے پارٹنر پیج سے۔"""},
        ],
    },
    {
        "group": "lk5-deeply-home-based-stitching-lahore-2018",
        "source": {"url": "https://deeply.thenewhumanitarian.org/womensadvancement/articles/2018/03/15/exploited-and-unprotected-the-life-of-pakistans-home-based-workers",
                   "title": "Exploited and Unprotected: The Life of Pakistan's Home-Based Workers", "publisher": "Women's Advancement Deeply (The New Humanitarian)", "date": "2018-03-15"},
        "facts": ["a Lahore woman stitches clothes at home and earns about Rs400 per suit, under Rs22,000 a month",
                  "Pakistan has about 12 million female home-based workers",
                  "home-based workers are unprotected by law and exposed to exploitation by middlemen"],
        "categories": ["women_hiring", "home_based", "stitching", "piece_rate"],
        "destination": "PK", "trade": "home tailor (piece rate)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Ghar baith ke silai karne wali khawateen chahiye 🧵 ladies suits, 400 rupay fi suit. Kapra hum denge, tayyar maal hafte mein 2 dafa utha lenge. Shahdara Lahore. 0325-0000271"""},
            {"language": "ur", "text": """سلائی کا کام گھر پر: لیڈیز سوٹ کی سلائی، فی سوٹ 400 روپے۔ کپڑا اور دھاگا ہماری طرف سے، ادائیگی ہر ہفتے۔ رابطہ 0325-0000283"""},
            {"language": "en", "channel": "facebook", "text": """Stitching work from home - ladies' 3-piece suits for a Lahore boutique. Rs400 per suit, cut fabric and thread supplied, weekly payment on delivery. Women in Shahdara/Ravi Road preferred."""},
        ],
    },
    {
        "group": "lk5-pakistanpoint-homenet-embroidery-karachi-2019",
        "source": {"url": "https://www.pakistanpoint.com/en/story/759605/home-based-woman-worker-a-portrait-of-arduous-strug.html",
                   "title": "Home Based Woman Worker - A Portrait Of Arduous Struggle", "publisher": "Pakistan Point News", "date": "2019-11-12"},
        "facts": ["a 27-year-old embroidery expert in Baldia Town, Karachi joined a home-based women workers group formed by HomeNet Pakistan",
                  "she had only stitched on a machine at home and lacked money for raw material",
                  "she now takes orders from markets, uses the upper portion of her home to display dresses and plans to hire more workers"],
        "categories": ["women_hiring", "home_based", "embroidery", "self_employment"],
        "destination": "PK", "trade": "embroidery worker", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """بلدیہ ٹاؤن کراچی: ہاتھ کی کڑھائی اور مشین ایمبرائیڈری جاننے والی خواتین درکار۔ گھر پر کام، دوپٹوں اور قمیضوں کا آرڈر مارکیٹ سے۔ فی پیس ادائیگی۔ رابطہ 0326-0000358"""},
            {"language": "ur-Latn", "text": """Embroidery wali baaji ko 3 larkiyan chahiye kaam seekhne aur karne ke liye, Baldia Town. Dupattay aur kurtay, per piece paisay. Ghar ke qareeb walon ko tarjeeh"""},
            {"language": "en", "text": """Hand-embroidered kurtas and dupattas, made at home in Baldia Town, Karachi 🌸 Orders taken for shops and individuals. Visit our home display (upper floor) or message 0326-0000366"""},
        ],
    },
    {
        "group": "lk5-thenews-psdf-women-tailoring-stipend-2016",
        "source": {"url": "https://www.thenews.com.pk/print/173573-PSDP-launches-training-programmes-for-rural-areas",
                   "title": "PSDP launches training programmes for rural areas", "publisher": "The News International", "date": "2016-12-22"},
        "facts": ["the Punjab Skills Development Fund launched paid training for 2,000 women in three months",
                  "trainees get a stipend of Rs1,500 a month and free books, uniform and bags",
                  "courses: fabric cutting, domestic tailoring, fabric quality inspection, textile sales and marketing; interest-free loans afterwards",
                  "trainees were asked to register with Sachet Pakistan by December 31, 2016"],
        "categories": ["government_scheme", "women_hiring", "stitching", "stipend", "last_date"],
        "destination": "PK", "trade": "tailoring trainee", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """خواتین کے لیے مفت سلائی کورس + وظیفہ 1500 روپے ماہانہ!
پنجاب اسکلز ڈویلپمنٹ فنڈ کے تحت فیبرک کٹنگ اور ڈومیسٹک ٹیلرنگ کی تربیت۔ کتابیں، یونیفارم اور بیگ مفت۔ کورس کے بعد بلاسود قرضہ۔
رجسٹریشن کی آخری تاریخ 31 دسمبر۔ سچیت پاکستان دفتر سیہالہ: 0327-0000412"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Sihala aur aas paas ki larkiyon ke liye silai ka free course, 1500 mahana wazifa bhi. 31 Dec tak naam likhwa lo, koi fees nahi"""},
        ],
    },
    {
        "group": "lk5-dawn-tevta-youth-skills-stipend-2015",
        "source": {"url": "https://www.dawn.com/news/1177266/training-of-450-youth-at-tevta-institutes", "title": "Training of 450 youth at Tevta institutes",
                   "publisher": "Dawn", "date": "2015-04-21"},
        "facts": ["training of 450 unskilled youth in nine trades began at Tevta institutes under the Prime Minister's Youth Skill Development Programme with NAVTTC",
                  "candidates with a middle certificate and not over 25 were admitted",
                  "each trainee gets Rs2,000 a month for the six-month courses, including tailoring and dress making, electrician, welder and Auto CAD",
                  "courses run at Tevta centres in Sargodha, Kanganpur, Dinga, DG Khan (women), Kamalia and Mian Channu"],
        "categories": ["government_scheme", "stipend", "stitching", "vocational_training"],
        "destination": "PK", "trade": "tailoring / electrician trainee", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """PM Youth Skills: Tevta mein 6 mahine ke course, 2000 rupay mahana wazifa. Tailoring, electrician, welder, AutoCAD. Middle pass, umar 25 tak. DG Khan mein khawateen ka alag institute. Fees zero"""},
            {"language": "en", "channel": "facebook", "text": """Free 6-month courses at Tevta institutes (Sargodha, Dinga, Kamalia, Mian Channu, DG Khan women's centre) under the PM's Youth Skill Development Programme. Rs2,000 monthly stipend. Middle pass, age up to 25. Apply at your nearest institute."""},
        ],
    },
    {
        "group": "lk5-thenews-tevta-summer-courses-2023",
        "source": {"url": "https://www.thenews.com.pk/print/1074870-free-of-cost-technical-courses-during-summer-vacation",
                   "title": "Free-of-cost technical courses during summer vacation", "publisher": "The News International (APP)", "date": "2023-05-29"},
        "facts": ["the Punjab Industries Department and Tevta offer free technical courses to government school students during summer vacation",
                  "courses run in nine divisions including Lahore, Multan, Rawalpindi, Faisalabad and Sialkot",
                  "skills include tailoring, beautician, cooking, embroidery, plumbing, electricity and computer applications",
                  "students pay no fee"],
        "categories": ["government_scheme", "no_fee", "vocational_training", "women_hiring"],
        "destination": "PK", "trade": "vocational trainee", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """گرمیوں کی چھٹیوں میں مفت ہنر سیکھیں! ٹیوٹا اور محکمہ صنعت پنجاب کی طرف سے سرکاری اسکولوں کے طلبہ کے لیے سلائی، بیوٹیشن، کوکنگ، کڑھائی، پلمبنگ اور کمپیوٹر کورسز۔ کوئی فیس نہیں۔ قریبی ٹیوٹا ادارے سے رجوع کریں۔"""},
        ],
    },
    # ------------------------------------------------------------------ beauty work
    {
        "group": "lk5-thenews-home-based-beauticians-karachi",
        # date inferred from the TNS article number
        "source": {"url": "https://thenews.com.pk/tns/detail/564929-salon-home", "title": "Salon @ home",
                   "publisher": "The News on Sunday", "date": "2017-09"},
        "facts": ["home-based make-up artists and hair stylists are popular in Karachi",
                  "they advertise on Snapchat, Instagram and Facebook and work only by appointment",
                  "one started working from home to look after her children; another works with a single helper",
                  "working from home gives flexible hours and lower overheads than a salon"],
        "categories": ["women_hiring", "home_based", "beautician", "self_employment"],
        "destination": "PK", "trade": "home-based beautician", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Home based salon Gulshan-e-Iqbal ko ek helper larki chahiye ✨ threading, wax, mehndi aati ho. Sirf appointments pe kaam, timing flexible. Tankhwa + tips. Inbox ya 0328-0000194"""},
            {"language": "ur", "text": """گھر پر بیوٹی سروسز (صرف خواتین): پارٹی میک اپ، ہیئر اسٹائلنگ، فیشل۔ صرف اپائنٹمنٹ پر۔ کام کی تصاویر انسٹاگرام پر دیکھیں۔ بکنگ: 0328-0000206"""},
        ],
    },
    {
        "group": "lk5-iwasthere-gharpar-home-beauticians",
        # date inferred: the piece says the company was founded five years earlier, in 2016
        "source": {"url": "https://i-was-there.org/iwasthere/facilitating-beauty-with-purpose/", "title": "Mehvish is making business work for beauticians",
                   "publisher": "Oxfam Empower Youth for Work (I Was There)", "date": "2021"},
        "facts": ["GharPar, a Lahore start-up, connects beauticians from suburban areas with clients for at-home beauty services through a web and phone platform",
                  "the founder says the beauty parlour industry is exploitative of women workers",
                  "the average take-home pay of a GharPar beautician is four times that of a salon beautician",
                  "the company trains its beauticians in skills and work ethics"],
        "categories": ["women_hiring", "beautician", "gig_platform", "named_employer"],
        "destination": "PK", "trade": "at-home beautician (platform)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Beauticians in Lahore - work with GharPar and serve clients at their homes. Training provided, choose your own bookings, and keep far more of what you earn than in a salon. Apply through the GharPar app or website."""},
            {"language": "ur-Latn", "text": """Parlour mein 12 ghantay kaam aur tankhwa kam? GharPar ke sath ghar ghar ja ke services do, training wo dete hain. Lahore ki beauticians apply karein app se"""},
            {"language": "ur", "text": """لاہور کی بیوٹیشنز کے لیے: گھر پر سروس دینے والی کمپنی میں شامل ہوں۔ تربیت کمپنی کی طرف سے، بکنگ ایپ کے ذریعے، آمدن پارلر سے کئی گنا زیادہ۔"""},
        ],
    },
    {
        "group": "lk5-thenews-beauty-parlours-eid-rush-2019",
        "source": {"url": "https://www.thenews.com.pk/print/476328-beauty-parlours-eye-booming-business", "title": "Beauty parlours eye booming business",
                   "publisher": "The News International", "date": "2019-05-25"},
        "facts": ["beauty salons in Rawalpindi and Islamabad expected brisk business before Eid-ul-Fitr with discounted packages",
                  "beauticians said they struggle to cope with an unprecedented rush of customers",
                  "thousands of small and big salons provide employment to many henna experts; henna designs are in top demand"],
        "categories": ["women_hiring", "beautician", "seasonal", "urgent"],
        "destination": "PK", "trade": "parlour staff / henna artist", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """عید رش! 🌙 صدر راولپنڈی کے بیوٹی پارلر کو مہندی لگانے والی اور فیشل کرنے والی دو لڑکیاں فوری چاہئیں۔ چاند رات تک، روزانہ معاوضہ + کمیشن۔ رابطہ 0329-0000248"""},
            {"language": "ur-Latn", "text": """Urgent mehndi artist chahiye Eid ke liye, F-10 Isb parlour. Per hand payment, chand raat double. 0329-0000256"""},
        ],
    },
    # ------------------------------------------------------------------ domestic staff and elderly care
    {
        "group": "lk5-dawn-home-attendant-elderly-care-2020",
        "source": {"url": "https://www.dawn.com/news/1566965/society-letting-them-go", "title": "Society: Letting them go",
                   "publisher": "Dawn", "date": "2020-07-05"},
        "facts": ["a man worked three years as an at-home nurse for an 80-year-old man in Karachi whose sons live abroad",
                  "he was laid off when the patient, after hospital, needed a specialised nurse",
                  "many private nurses and attendants who care for elderly people at home lost work in the pandemic as families let domestic staff go"],
        "categories": ["local_job", "domestic", "elderly_care", "caregiver"],
        "destination": "PK", "trade": "home attendant for elderly", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Male attendant required for an elderly gentleman (82) in DHA Karachi. Children abroad, wife at home. Duties: mobility help, medicines on time, hospital visits. Day shift 8am-8pm. Salary Rs35,000 + meals. Previous attendant experience needed. Call 0330-0000418"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ammi ke liye female attendant chahiye, Nazimabad Karachi. Bistar pe hain, din ki duty, khana hamara. 30 hazar. Nursing ka kuch tajurba ho. Reference zaroori 0330-0000426"""},
        ],
    },
    {
        "group": "lk5-thenews-dwu-hourly-wage-domestic-2023",
        "source": {"url": "https://www.thenews.com.pk/print/1063271-call-to-establish-hourly-minimum-wage-for-domestic-workers",
                   "title": "Call to establish hourly minimum wage for domestic workers", "publisher": "The News International", "date": "2023-04-22"},
        "facts": ["the Domestic Workers Union asked the Punjab government to set an hourly minimum wage for domestic workers",
                  "estimates suggest more than 4.5 million domestic workers in the country",
                  "the Punjab Minimum Wage Act 1961 does not apply to domestic workers, and many are not covered by social security",
                  "the union works with the ILO Pakistan office"],
        "categories": ["local_job", "domestic", "maid", "part_time"],
        "destination": "PK", "trade": "part-time maid", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Part time maasi chahiye Model Town Lahore, subah 2 ghantay, safai + bartan. Ghantay ke hisab se 400 rupay. Itwar chutti. 0335-0000521"""},
            {"language": "ur", "channel": "facebook", "text": """جوہر ٹاؤن لاہور: گھر کے کام کے لیے خاتون درکار، روزانہ تین گھنٹے (صفائی، کپڑے استری)۔ فی گھنٹہ معاوضہ، ہفتے میں ایک چھٹی، عید پر بونس۔ رابطہ 0335-0000533"""},
            {"language": "en", "text": """Looking for a cook cum housekeeper for a family of four in Gulberg, Lahore. 9 am to 5 pm, Sundays off. Rs32,000 per month plus lunch. Will register with PESSI. Please send references."""},
        ],
    },
    {
        "group": "lk5-thenews-value-of-domestic-work-2024",
        "source": {"url": "https://thenews.com.pk/print/1191354-the-value-of-domestic-work", "title": "The value of domestic work",
                   "publisher": "The News International", "date": "2024-05-21"},
        "facts": ["the ILO estimates about 8.5 million domestic workers in Pakistan, doing cooking, cleaning, ironing, childcare and eldercare",
                  "most domestic workers are paid below the minimum wage under verbal agreements with long hours and few leaves",
                  "workers often depend on salary advances and Eid or Ramazan gifts",
                  "men are often paid more than women for the same domestic work"],
        "categories": ["local_job", "domestic", "nanny", "driver", "cook"],
        "destination": "PK", "trade": "nanny / driver / cook", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Driver chahiye family ke liye, Wapda Town Lahore. Bachon ka school pick drop + ghar ke kaam. 35,000 tankhwa, room ki sahulat, hafta war chutti. License lazmi. 0337-0000649"""},
            {"language": "ur", "text": """آیا (نینی) کی ضرورت، 2 سال کے بچے کے لیے، بحریہ ٹاؤن کراچی۔ صبح 9 تا شام 6۔ تنخواہ 30 ہزار، ہفتے میں ایک چھٹی، تحریری معاہدہ۔ رابطہ 0337-0000657"""},
            {"language": "en", "channel": "facebook", "text": """Cook needed for a family in F-7 Islamabad. Desi + basic continental. Live-out, 10am-7pm, one day off a week. Rs38,000, salary on the 1st, written terms. Call 0337-0000665"""},
        ],
    },
    # ------------------------------------------------------------------ call centres and student part-time work
    {
        "group": "lk5-readpk-call-centre-exports-2025",
        "source": {"url": "https://read.pk/?p=27356", "title": "Pakistan's Call Center Industry Hits $207M in Exports Amid Global Demand Surge",
                   "publisher": "Read.pk", "date": "2025-03"},
        # date inferred: reports SBP data for July 2024-February 2025
        "facts": ["SBP data show call centres earned over $207 million in exports from July 2024 to February 2025, up 20% year on year",
                  "more than 1,000 registered call centres operate in Pakistan, offering inbound and outbound services",
                  "Karachi, Lahore and Islamabad have the infrastructure for 24/7 service to clients in North America, Europe, the Middle East and Australia",
                  "the industry relies on a young, English-speaking workforce"],
        "categories": ["local_job", "call_centre", "night_shift", "urgent"],
        "destination": "PK", "trade": "call centre agent", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Call center jobs Lahore 📞 US campaign, night shift 7pm-4am. Fluent English zaroori. Basic 45k + incentives, pick & drop. Walk-in interview Mon-Fri 5 baje. CV: 0338-0000712"""},
            {"language": "en", "text": """URGENT HIRING - Customer Support Representatives (inbound, UK/Australia clients), Islamabad. Fresh graduates welcome. Good spoken English. Rotational shifts, transport provided. Walk in with CV, Blue Area office, 3-6 pm."""},
            {"language": "ur", "text": """کراچی: کال سینٹر کے لیے انگریزی بولنے والے نوجوان درکار۔ رات کی شفٹ، بیرون ملک کلائنٹس۔ تنخواہ + انسینٹو، پک اینڈ ڈراپ کی سہولت۔ انٹرویو کے لیے رابطہ 0338-0000724"""},
        ],
    },
    {
        "group": "lk5-careerokay-students-part-time-jobs",
        # date inferred: undated article
        "source": {"url": "https://careerokay.com/article/students-part-time-jobs-in-pakistan-90182", "title": "Students Part Time Jobs in Pakistan",
                   "publisher": "CareerOkay", "date": "2025"},
        "facts": ["students in Pakistan take part-time jobs to support their education and gain experience",
                  "common options include freelancing, tutoring, retail and sales jobs, call centre night shifts and delivery or ride-sharing with Foodpanda and Careem",
                  "other options are paid internships, helping businesses run Daraz and Shopify stores, and social media management"],
        "categories": ["local_job", "part_time", "student_jobs", "online_work"],
        "destination": "PK", "trade": "student part-time work", "channel": "facebook",
        "items": [
            {"language": "ur-Latn", "text": """Students ke liye part time job 🎓 Daraz store ke orders aur product listing sambhalni hai, shaam 5 se 9, ghar se bhi ho sakta hai. 20k mahana. Rawalpindi/Isb. Msg 0339-0000853"""},
            {"language": "en", "text": """Part-time social media assistant needed for a boutique in Lahore - ideal for university students. 3 hours a day, flexible, Rs18,000 per month. Share your Instagram/Canva samples in DM."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Weekend pe sale staff chahiye supermarket Bahadurabad, sirf Sat-Sun, 2500 per din. College students apply kar saktay hain. 0339-0000861"""},
        ],
    },
    {
        "group": "lk5-siasat-urdu-woman-freelancer-2021",
        "source": {"url": "https://urdu.siasat.pk/science-technology/2021-03-10/news-85265", "title": "انٹرنیٹ کے ذریعے لاکھوں کمانے والی پاکستانی خاتون",
                   "publisher": "Siasat.pk (Urdu)", "date": "2021-03-10"},
        "facts": ["a young Pakistani woman earns thousands of dollars a month from home as a freelancer",
                  "freelancers work for clients anywhere and are paid by work and hours",
                  "she says a laptop and a good internet connection are enough, but nobody earns much at the start; income grows with time"],
        "categories": ["online_work", "freelancing", "women_hiring", "content_writing"],
        "destination": "PK", "trade": "freelance content writer / designer", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """گھر بیٹھی خواتین کے لیے فری لانسنگ: لیپ ٹاپ اور اچھا انٹرنیٹ ہو تو دنیا بھر کے کلائنٹس کے لیے کام کریں۔ شروع میں آمدن کم ہوتی ہے، تجربے کے ساتھ بڑھتی ہے۔ کوئی راتوں رات امیر نہیں بنتا۔"""},
            {"language": "ur-Latn", "text": """Content writer chahiye (female, work from home) hamari agency ko, Urdu aur English blogs. Per article payment, 1000 words ke 1500. Pehle 2 test articles. Email: writers@qalamhub.example.com"""},
        ],
    },
]
