"""Batch 2: fee fraud, unsolicited selection, impersonation, visit visas, Libya/Greece route, marriage, sexual exploitation, organ trade."""

GROUPS = [
G("tns-kp-job-scams-2022",
  "https://thenews.com.pk/tns/detail/955915-scams-that-target-job-seekers",
  "Scams that target job seekers", "The News on Sunday", "2022",
  ["job seekers in Swat, Shangla, Kohistan, Battagram and Torghar targeted by fake online adverts",
   "a man applied for Qatar vacancies through an online Google form; a sender claiming to represent the Qatari company in Pakistan congratulated him on selection and asked for a processing payment; he deposited Rs 4,000, more was demanded",
   "he later received a WhatsApp message saying he had been shortlisted for an overseas job and his employment letter was ready, for a job he never applied for",
   "a Facebook advert announced FIA jobs that FIA had not advertised; a test fee of Rs 800 was paid for a Motorway Police test that never came"],
  dest="QA", trade="general",
  items=[
   ("en", "other", ["unsolicited_selection", "fee_before_work", "impersonation"],
    """Dear Candidate,
Congratulations! With reference to your application for employment in the State of Qatar, you have been SELECTED. I am the authorised representative of the company in Pakistan. To process your job request kindly deposit Rs 4,000 (file processing) in the account given below and share the receipt. Your offer letter will be issued after verification.
HR Department"""),
   ("ur-Latn", "whatsapp", ["unsolicited_selection", "fee_before_work"],
    """Mubarak ho! Aap overseas job ke liye shortlist ho gaye hain. Aapka employment letter tayyar hai. Letter receive karne ke liye 3500 rupay easypaisa karein aur CNIC ki tasveer bhejein
Mazeed maloomat ke liye 0310-0000388"""),
   ("ur", "whatsapp", ["unsolicited_selection", "fee_before_work"],
    """مبارک ہو! آپ کو قطر کی نوکری کے لیے منتخب کر لیا گیا ہے۔ آپ کا ملازمت نامہ تیار ہے۔ پراسیسنگ فیس 4000 روپے جمع کروا کر رسید واٹس ایپ کریں۔"""),
   ("ur", "facebook", ["impersonation", "fee_before_work"],
    """ایف آئی اے میں بھرتیاں 2022 🚨 کانسٹیبل، اسسٹنٹ، ڈرائیور
درخواست فارم قریبی کمپیوٹر شاپ سے جمع کروائیں، ٹیسٹ فیس 800 روپے
آخری تاریخ قریب ہے
رابطہ: 0334-0000900""",
    {"dest": "PK", "trade": "government job"}),
   ("ur-Latn", "facebook", ["impersonation", "fee_before_work"],
    """Motorway Police new jobs!! Test fee sirf 800 rupay. Documents courier karein Islamabad address pe, roll number slip ghar aa jayegi
Mazeed maloomat ke liye 0333-0000781""",
    {"dest": "PK", "trade": "government job"}),
  ]),
G("quint-security-deposit-2023",
  "https://www.thequint.com/news/webqoof/job-scam-where-scammers-send-fake-job-offers-and-ask-for-security-deposit",
  "Fake recruiter alert: scammers trick job applicants, demand security fee", "The Quint", "2023",
  ["e-mail from a 'recruiter' of a known company says the applicant is shortlisted",
   "a linked document with logo, venue, stamped HR signature says tickets and accommodation provided for out-of-town candidates",
   "a refundable security deposit must be paid by bank transfer to confirm attendance at the interview",
   "after payment the scammers cut contact"],
  dest=None, trade="office",
  items=[
   ("en", "other", ["unsolicited_selection", "fee_before_work", "impersonation"],
    """Subject: Interview Call Letter – Shortlisted Candidate

Dear Applicant, based on your resume you have been shortlisted for the post of Assistant Manager (Operations). Interview venue and date are mentioned in the attached letter. Air tickets and hotel will be provided to outstation candidates. To confirm your slot, a REFUNDABLE security deposit of Rs 7,500 must be transferred today. The amount will be returned after the interview without deduction.
Regards, HR Team (careers.hr@example.com)"""),
   ("ur-Latn", "other", ["unsolicited_selection", "fee_before_work"],
    """Aap interview ke liye shortlist hue hain. Interview slot confirm karne ke liye 5000 refundable security jama karwayein, interview ke baad wapis mil jayega. Bahar ke shehr walon ko hotel aur ticket company degi"""),
  ]),
G("whatsapp-wage-message-2022",
  "https://techeology.com/job-scam-on-whatsapp-you-have-cleared-the-job-interview-but/",
  "Job scam on WhatsApp: you have cleared the job interview but...", "Techeology", "2022",
  ["SMS / WhatsApp messages tell people they passed an interview they never had and quote a daily wage",
   "a wa.me link leads to a chat that asks for personal details or a registration fee",
   "fees named: registration, agency, application, training, offer-letter fee"],
  dest=None, trade="part-time",
  items=[
   ("en", "sms", ["unsolicited_selection", "too_good_pay", "no_interview"],
    """Dear, you have passed our interview, wage is 8000 Rs/day. Please contact to discuss detail: wa.me/923010000583"""),
   ("ur-Latn", "sms", ["unsolicited_selection", "too_good_pay", "no_interview"],
    """Mubarak! Aap hamare interview mein pass ho gaye. Rozana 6000 rupay kamai. Detail ke liye WhatsApp karein 0321-0000614"""),
   ("ur", "sms", ["unsolicited_selection", "fee_before_work"],
    """محترم آپ ہمارے انٹرویو میں کامیاب ہو گئے ہیں۔ روزانہ آمدن 5000 روپے۔ رجسٹریشن فیس 1500 روپے جمع کروا کر کام شروع کریں۔ واٹس ایپ 0345-0000271"""),
  ]),
G("nfh-task-scam-uk",
  "https://nationalfraudhelpline.co.uk/types-of-fraud/fake-job-scam/",
  "Fake job scam", "National Fraud Helpline (UK)", "2024",
  ["random approach on social media offering easy money working from home, often paid reviews",
   "victim added to a WhatsApp group where others pretend to earn",
   "victim told wages earned but must deposit money to withdraw, often 'for tax' or to open a crypto wallet"],
  dest=None, trade="online tasks",
  items=[
   ("en", "whatsapp", ["task_scam", "unsolicited_selection", "fee_before_work"],
    """Hi! I'm Sarah from a digital marketing agency 😊 We are looking for part-time staff to like & review products online. Earn £100-£300 per day from your phone. No experience needed. Can I add you to our team group?"""),
   ("ur-Latn", "whatsapp", ["task_scam", "unsolicited_selection", "fee_before_work"],
    """Assalam o alaikum, ghar baithe part time kaam karein 📱 YouTube videos like karo, har task ke 150 rupay. Rozana 3000 se 8000 tak. Pehle VIP level activate karne ke liye 2000 deposit hoga, withdraw kabhi bhi"""),
   ("ur", "whatsapp", ["task_scam", "fee_before_work"],
    """آپ کی کمائی 18,500 روپے ہو چکی ہے ✅ رقم نکلوانے کے لیے ٹیکس کی مد میں 4,000 روپے جمع کروائیں، اس کے بعد فوری ادائیگی ہو گی۔"""),
  ]),
G("kt-dubai-guards-2019",
  "https://www.khaleejtimes.com/international/pakistan/pakistan-based-agency-loses-licence-over-illegal-uae-hiring--",
  "Pakistan-based agency loses licence over illegal UAE hiring", "Khaleej Times", "2019-05-29",
  ["about 25 young Pakistanis promised jobs as security guards in Dubai by unregistered agents",
   "each asked to pay Rs 400,000 in advance for visa and air ticket",
   "promised salary Dh 3,500; promised jobs, housing and salaries never materialised",
   "hiring done without Bureau of Emigration permission; a Peshawar OEP's licence cancelled and its website blocked",
   "families sold jewellery, livestock or land or took loans"],
  dest="AE", trade="security guard",
  items=[
   ("en", "facebook", ["fee_before_work", "too_good_pay", "unlicensed_agent"],
    """SECURITY GUARDS REQUIRED – DUBAI MALLS 🇦🇪
Salary AED 3,500 + accommodation + transport
Age 21-35, height 5'8"+, basic English
Visa + ticket package Rs 4,00,000 (advance)
Interviews at our Peshawar office daily 10am-4pm"""),
   ("ur-Latn", "whatsapp", ["fee_before_work", "too_good_pay"],
    """Dubai mein security guard ki job pakki hai, 3500 dirham tankhwah aur rehaish. 4 lakh advance de do visa aur ticket ke, mahinay mein flight. Bhens bech do ya qarza le lo, pehli tankhwah se sab wapis"""),
   ("ur", "facebook", ["fee_before_work", "too_good_pay"],
    """دبئی کے شاپنگ مالز کے لیے سکیورٹی گارڈز درکار
تنخواہ 3500 درہم، رہائش اور ٹرانسپورٹ کمپنی کی
ویزا اور ٹکٹ کے لیے 4 لاکھ روپے ایڈوانس
چارسدہ اور پشاور کے نوجوان فوری رابطہ کریں
سی وی واٹس ایپ کریں +971 55 555 0186"""),
  ]),
G("gulfnews-cg-visit-visa",
  "https://gulfnews.com/uae/visa-fraud-pakistan-consul-general-in-dubai-raises-alarm-against-illegal-recruitment-agents-1.69147423",
  "Visa fraud: Pakistan consul general in Dubai raises alarm against illegal recruitment agents", "Gulf News", "2020",
  ["Pakistan's consul general in Dubai warned against buying visit visas with promises of employment",
   "agents in Pakistan sell visit visas to job seekers promising jobs in the UAE; about 20 complaints of visa fraud a week",
   "most complaints concern companies recruiting security guards; five recruitment companies banned"],
  dest="AE", trade="general labour",
  items=[
   ("ur-Latn", "facebook", ["visit_visa_for_work", "fee_before_work"],
    """Dubai visit visa 3 mahine ka + job ki guarantee 💯 Wahan ja ke company mein kaam shuru, phir company work visa pe shift kar degi. Total 2 lakh 80 hazar. Seats kam hain
Rabta: +971 55 555 0133"""),
   ("ur", "whatsapp", ["visit_visa_for_work"],
    """دبئی کا وزٹ ویزا لگوائیں اور وہاں پہنچ کر نوکری کریں۔ ہمارا بندہ ایئرپورٹ پر لینے آئے گا اور کام پر لگوا دے گا۔ بعد میں ورک ویزا بھی بن جائے گا۔"""),
   ("en", "facebook", ["visit_visa_for_work"],
    """UAE visit visa with JOB ASSISTANCE – 100% placement. Security, cleaning, warehouse. Land in Dubai, start work in one week, company changes status later. Limited offer.
WhatsApp only: 0310-0000942"""),
  ]),
G("national-cg-tourist-visas-2020",
  "https://thenational-the-national-prod.cdn.arcpublishing.com/uae/government/consulate-general-of-pakistan-forced-to-help-hundreds-each-year-1.967521",
  "Consulate General of Pakistan forced to help hundreds each year", "The National", "2020",
  ["predatory agencies in Pakistan sell tourist visas and flights promising employment is easy to find in the Gulf",
   "young men from rural areas told employment is waiting for them",
   "in 2019 the consulate paid airfares to send home about 1,000 destitute Pakistanis",
   "ILO 2016 survey: Pakistani workers paid about 10 times the official cost; two thirds borrowed or sold belongings"],
  dest="AE", trade="general labour",
  items=[
   ("ur-Latn", "in_person", ["visit_visa_for_work", "fee_before_work"],
    """Beta wahan kaam hi kaam hai, bas pohanch jao. Tourist visa aur ticket mai de raha hun, dedh lakh. Dubai mein hamara banda naukri dilwa dega, pehle mahine ki tankhwah se qarz utar dena"""),
   ("en", "facebook", ["visit_visa_for_work", "too_good_pay"],
    """Jobs waiting for you in Dubai & Sharjah! Tourist visa + ticket package, many companies hiring on the spot. Drivers, helpers, cooks, cleaners. Earn in dirhams from month one."""),
  ]),
G("bi-whatsapp-uae-15-days-2019",
  "https://www.businessinsider.in/whatsapp-fake-job-offer-leaves-indians-stranded-in-dubai/articleshow/70327636.cms",
  "WhatsApp fake job offer leaves Indians stranded in Dubai", "Business Insider India", "2019",
  ["a widely forwarded WhatsApp message promised jobs in the UAE within 15 days",
   "victims paid over Rs 70,000 for visitor visas",
   "agent promised a supermarket job on landing with Dh 1,200 salary and free food and accommodation",
   "on arrival a local agent moved them to Ajman and Al Ain; no jobs"],
  dest="AE", trade="supermarket",
  items=[
   ("en", "whatsapp", ["visit_visa_for_work", "fee_before_work", "urgent_pressure"],
    """*JOBS IN UAE WITHIN 15 DAYS* 🇦🇪
Supermarket staff / cashier / packer
Salary AED 1,200 + FREE food & accommodation
Visit visa processing only, job confirmed on arrival
Forward to your friends who need job 🙏"""),
   ("ur-Latn", "whatsapp", ["visit_visa_for_work", "fee_before_work"],
    """UAE mein 15 din mein job! Supermarket mein cashier/helper, 1200 dirham + khana rehna free. Sirf visit visa ka kharcha 70 hazar. Agay forward karein"""),
   ("ur", "whatsapp", ["visit_visa_for_work", "fee_before_work"],
    """یو اے ای میں پندرہ دن میں نوکری! سپر مارکیٹ میں کیشیئر اور ہیلپر، 1200 درہم اور کھانا رہائش مفت۔ صرف وزٹ ویزا کا خرچہ جمع کروائیں، نوکری پہنچتے ہی۔"""),
  ]),
G("dawn-swabi-libya-2022-12",
  "https://dawn.com/news/amp/1729095",
  "Swabi families seek govt help for youth stuck in Libya", "Dawn", "2022-12-31",
  ["families sold land and paid about Rs 7.2 million to an agent who assured the youths would reach Europe 'at any cost' via Libya",
   "the agent used earlier successful crossings from the area to attract parents",
   "on reaching the Libyan coast the youths were held in a so-called jail near Tripoli; captors demanded Rs 5.6 million"],
  dest="IT", trade="migration route",
  items=[
   ("ur-Latn", "in_person", ["irregular_route", "fee_before_work"],
    """Chacha fikar na karo, hamare gaon ke 5 larke pehle hi Italy pohanch gaye hain. Libya ke raste jayega, wahan se seedha Italy. Har haal mein Europe pohanchaonga. 18 lakh per banda, zameen bech do kaam ban jayega"""),
   ("ur", "in_person", ["irregular_route", "fee_before_work"],
    """ہم گارنٹی سے یورپ پہنچاتے ہیں۔ ہمارے علاقے کے کئی لڑکے اٹلی میں کما رہے ہیں۔ لیبیا تک ہوائی جہاز، آگے ہمارا بندہ۔ رقم پہلے، باقی پہنچنے پر۔"""),
   ("en", "whatsapp", ["irregular_route", "fee_before_work"],
    """Europe guaranteed. Route via Libya, our team there takes care of everything. Boys from your own village already in Italy, ask them. Rs 18 lakh per person, half now."""),
  ]),
G("thenews-gujrat-greece-2023",
  "https://www.thenews.com.pk/print/1089646-fia-s-hunt-for-human-smugglers-intensifies-after-boat-tragedy",
  "FIA's hunt for human smugglers intensifies after boat tragedy", "The News", "2023",
  ["agents from the family's own village in Gujrat promised to fly a young man to Italy, not the land route",
   "father sold his taxi and took loans to pay Rs 2.5 million advance of Rs 3 million total, in front of two village notables",
   "on 13 June the agents phoned on WhatsApp claiming the son had landed in Italy and demanding the remaining Rs 500,000",
   "the son was on the boat that sank off Greece on 14 June 2023"],
  dest="IT", trade="migration route",
  items=[
   ("ur-Latn", "in_person", ["irregular_route", "fee_before_work"],
    """Bhai jaan, aap ka beta seedha jahaz se Italy jayega, koi zameeni rasta nahi, koi khatra nahi. 30 lakh total, 25 abhi do baqi pohanchne pe. Gaon ke bare bhi gawah hain"""),
   ("ur", "whatsapp", ["irregular_route", "urgent_pressure", "fee_before_work"],
    """مبارک ہو آپ کا بیٹا اٹلی پہنچ گیا ہے۔ بقایا پانچ لاکھ روپے آج ہی بھجوائیں تاکہ آگے کا کام ہو سکے۔"""),
   ("en", "in_person", ["irregular_route", "fee_before_work"],
    """Direct flight to Italy, no dunki, no boat. Work in a pizza shop waiting. Rs 30 lakh total, 25 now in front of elders, rest after landing."""),
  ]),
]
