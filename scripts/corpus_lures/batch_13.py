"""Batch 13: lures dressed as formal adverts (walk-in interviews, online application portals, testing services, CVs),
because real fraud copies the form of genuine recruitment."""

GROUPS = [
G("pakistantoday-peoples-recruiting-bureau-2011",
  "https://archive.pakistantoday.com.pk/2011/02/15/fia-sees-greater-opportunity-in-karachi-than-greener-pastures-of-gulf-europe/",
  "FIA sees greater opportunity in Karachi than greener pastures of Gulf, Europe", "Pakistan Today", "2011-02-15",
  ["a civil engineer answered a newspaper advert for engineers and doctors in Gulf and European countries",
   "a 'recruiting bureau' office in North Nazimabad briefed him professionally and took Rs 30,000 cash in advance, to be adjusted after job confirmation 'within two months'",
   "he was given a post-dated company cheque as security; fake agencies operated openly in Karachi"],
  dest="SA", trade="engineer / doctor",
  items=[
   ("en", "newspaper", ["fee_before_work", "too_good_pay"],
    """CAREER OPPORTUNITIES ABROAD – GULF & EUROPE
Civil / Mechanical / Electrical Engineers (B.E., 3+ yrs)
Doctors (MBBS, FCPS), Staff Nurses, Lab Technologists
Tax-free packages, family status, medical insurance, annual air ticket.
Walk-in interviews Mon–Sat 11am–5pm with original documents and CV.
Registration (adjustable) Rs 30,000 – job confirmation within 60 days or refund by company cheque.
Block A, 1st Floor, North Nazimabad, Karachi. 021-0000683 | 0318-0000724"""),
   ("ur", "newspaper", ["fee_before_work", "too_good_pay"],
    """خلیجی اور یورپی ممالک میں انجینئرز اور ڈاکٹرز کے لیے ملازمتیں
سول، مکینیکل، الیکٹریکل انجینئر، ڈاکٹرز، نرسز، لیب ٹیکنالوجسٹ
ٹیکس فری تنخواہ، فیملی سٹیٹس، میڈیکل انشورنس، سالانہ ٹکٹ
واک اِن انٹرویو پیر تا ہفتہ، اصل اسناد اور سی وی کے ساتھ
رجسٹریشن فیس تیس ہزار روپے (قابلِ ایڈجسٹ)، ساٹھ دن میں نوکری ورنہ رقم واپس
نارتھ ناظم آباد کراچی۔ فون 0319-0000158"""),
   ("ur-Latn", "in_person", ["fee_before_work"],
    """Engineer sahib aap ka profile bohat acha hai, Gulf mein 100% placement ho jayegi. Bas 30 hazar registration abhi cash jama karwa dein, 2 mahine mein job confirm warna ye company ka cheque bank se cash karwa lena"""),
  ]),
G("thenews-fake-testing-services-2019",
  "https://www.thenews.com.pk/print/466997-fake-tests",
  "Fake tests (letter)", "The News", "2019-05-05",
  ["besides NTS and PTS, fake testing organisations appear every month under new names with websites",
   "their job adverts are not on the concerned departments' official websites",
   "they charge candidates large fees and require forms by costly courier"],
  dest="PK", trade="government job",
  items=[
   ("en", "job_board", ["impersonation", "fee_before_work"],
    """National Merit Testing Service (NMTS) – Recruitment 2019
Ministry of Water Resources: Assistant (BPS-15) 120 posts, Junior Clerk (BPS-11) 240 posts, Naib Qasid (BPS-1) 300 posts.
Apply online at nmts-jobs.example.org, deposit test fee Rs 650 in any branch and courier the form with attested documents to our Islamabad office. Roll number slips will be dispatched by post.
Contact: +92 312 0000481"""),
   ("ur", "newspaper", ["impersonation", "fee_before_work"],
    """وزارت آبی وسائل میں بھرتیاں 2019
اسسٹنٹ، جونیئر کلرک، نائب قاصد، کل 660 آسامیاں
ٹیسٹ ایک نجی ٹیسٹنگ سروس کے ذریعے ہوگا۔ ٹیسٹ فیس 650 روپے بینک میں جمع کروا کر فارم اور تصدیق شدہ کاغذات کوریئر کے ذریعے اسلام آباد بھیجیں۔ رول نمبر سلپ ڈاک سے ملے گی۔"""),
   ("ur-Latn", "facebook", ["impersonation", "fee_before_work"],
    """Ministry ki nayi bhartiyan aa gayi 📢 660 seats, clerk se naib qasid tak. Testing service ki website se form nikalo, 650 fee jama karao aur courier kar do. Sifarish ke baghair naukri Mazeed maloomat ke liye 0322-0000776"""),
  ]),
G("kashmirurdu-ppsc-fake-websites",
  "https://kashmirurdu.pk/22317",
  "جعلی ویب سائٹس سے ہوشیار رہیں: پی پی ایس سی کا انتباہ", "Kashmir Urdu", "2024",
  ["the Punjab Public Service Commission warned that only its official website should be trusted for government jobs",
   "fraudsters place false adverts on large websites, social media and newspapers and claim third-party recruitment in PPSC's or other bodies' names",
   "a Lahore man saw a local-government recruitment advert on a website that looked like PPSC's and paid Rs 2,000 by JazzCash; the site later vanished"],
  dest="PK", trade="government job",
  items=[
   ("ur", "job_board", ["impersonation", "fee_before_work"],
    """پنجاب پبلک سروس کمیشن کے ذریعے محکمہ بلدیات میں بھرتی
سب انجینئر، اکاؤنٹنٹ، کمپیوٹر آپریٹر، سینیٹری انسپکٹر
آن لائن درخواست: ppsc-jobs.example.net
درخواست فیس 2000 روپے جاز کیش کے ذریعے جمع کروائیں اور ٹرانزیکشن آئی ڈی فارم میں درج کریں
آخری تاریخ: سات دن
واٹس ایپ نمبر 0308-0000143"""),
   ("ur-Latn", "whatsapp", ["impersonation", "fee_before_work"],
    """PPSC ke through Local Government mein bharti hai, hum third party recruiter hain. Form ka link bhej raha hun, 2000 JazzCash karo aur transaction ID bhejo, roll number slip mil jayegi"""),
   ("en", "job_board", ["impersonation", "fee_before_work"],
    """PPSC Recruitment – Local Government Department Punjab. Sub Engineer, Accountant, Computer Operator. Apply online; application fee Rs 2,000 via JazzCash only. Third-party processing partner. Last date in 7 days."""),
  ]),
G("phoneworld-pta-fake-jobs-data-2025",
  "https://www.phoneworld.com.pk/fake-online-jobs-are-stealing-sensitive-data-pta-warns/",
  "Fake online jobs are stealing sensitive data, PTA warns", "PhoneWorld", "2025",
  ["PTA warned that hostile foreign agencies use fake job offers with attractive salaries and prestigious positions to collect data on individuals and critical installations",
   "LinkedIn, JobGulf and other job portals were exploited",
   "the schemes ask for details of national projects, office locations and infrastructure"],
  dest=None, trade="engineering / consulting",
  items=[
   ("en", "job_board", ["unsolicited_selection", "too_good_pay", "mismatched_contact"],
    """Senior Infrastructure Consultant (remote) – USD 6,000/month. Our Gulf-based client is impressed by your LinkedIn profile. As a first assignment, please share a short report on the projects you have worked on in Pakistan, with site locations, photos and your office address. Contract follows.
WhatsApp only: +92 316 0000274"""),
   ("ur-Latn", "other", ["unsolicited_selection", "too_good_pay", "mismatched_contact"],
    """Aapka LinkedIn profile hamare Gulf client ko pasand aya. Remote consultant, 6000 dollar. Pehla kaam: jin projects pe aap ne Pakistan mein kaam kiya unki report, location aur tasveerein bhejein, phir contract"""),
  ]),
G("arabnews-karnataka-placement-fees-2007",
  "https://www.arabnews.com/node/293770",
  "Indian police bust employment racket targeting Gulf job seekers", "Arab News", "2007-01-28",
  ["a man conned 32 young men with promises of jobs in Saudi Arabia and the UAE",
   "placement fees of SR 4,500 for Dubai and SR 5,600 for Saudi Arabia per person, borrowed from moneylenders",
   "agents trade on the belief that any Gulf job pays a lot"],
  dest="AE", trade="general labour",
  items=[
   ("en", "in_person", ["fee_before_work", "too_good_pay"],
    """Gulf means money, brother. Dubai job placement fee SR 4,500, Saudi SR 5,600. Borrow from the moneylender now, you'll repay in three months from your salary."""),
   ("ur-Latn", "in_person", ["fee_before_work", "too_good_pay", "debt_bondage"],
    """Gulf ka matlab paisa hai bhai. Dubai ki placement fee 4500 riyal ke barabar, Saudi ki 5600. Abhi sood pe le lo, teen mahine ki tankhwa mein utar jayega"""),
  ]),
G("madhyamam-sharjah-registration-fee",
  "https://madhyamam.com/amp/gulf-news/uae/sharjah-uae-gulf-news/597857",
  "Job racket active again in Sharjah", "Madhyamam", "2018",
  ["a group near a Sharjah mosque lures job seekers on visit visas with good salary, eight-hour days and accommodation",
   "a registration fee of AED 210 is charged; WhatsApp notices follow and people are sent to interviews at nearby firms but get no job; no refunds"],
  dest="AE", trade="general",
  items=[
   ("en", "whatsapp", ["visit_visa_for_work", "fee_before_work"],
    """JOB ALERT (Sharjah): Storekeeper / Driver / Sales. Good salary, 8-hour duty, accommodation. Register at our Rolla office – AED 210 registration – you will receive daily interview calls on WhatsApp."""),
   ("ur", "whatsapp", ["visit_visa_for_work", "fee_before_work"],
    """شارجہ میں وزٹ ویزے والوں کے لیے نوکریاں: سٹور کیپر، ڈرائیور، سیلز مین۔ اچھی تنخواہ، آٹھ گھنٹے ڈیوٹی، رہائش۔ رولا والے دفتر میں 210 درہم رجسٹریشن، روزانہ انٹرویو کی اطلاع واٹس ایپ پر۔"""),
   ("ur-Latn", "whatsapp", ["visit_visa_for_work", "fee_before_work"],
    """Visit visa pe ho? Sharjah Rolla office mein 210 dirham registration karwao, roz WhatsApp pe interview ki call aayegi. Storekeeper, driver, salesman, rehaish ke sath"""),
  ]),
G("hec-impersonation-otp-2025",
  "https://urdunewstoday.com/?p=208932",
  "ایچ ای سی کی نقالی کرنے والے اسکیمرز سے ہوشیار رہیں", "Urdu News Today", "2025",
  ["HEC warned that scammers impersonate it and use fake sites to steal information",
   "HEC never calls to 'verify a payment' and never asks for OTPs, passwords or bank details"],
  dest="PK", trade="scholarship / job",
  items=[
   ("ur", "other", ["impersonation", "unsolicited_selection"],
    """ایچ ای سی کی جانب سے: آپ کی ڈگری کی تصدیق اور بیرون ملک ملازمت کے پروگرام کے لیے انتخاب ہو گیا ہے۔ ادائیگی کی تصدیق کے لیے آپ کے موبائل پر آنے والا کوڈ (او ٹی پی) اور بینک کی تفصیل بتائیں۔"""),
   ("ur-Latn", "sms", ["impersonation", "unsolicited_selection"],
    """HEC: Aap foreign job placement program ke liye select hue hain. Payment verification ke liye aane wala OTP aur bank detail reply karein. Helpline 0319-0000247"""),
   ("en", "sms", ["impersonation", "unsolicited_selection"],
    """HEC Alert: Your degree is verified and you are shortlisted for the Overseas Graduate Placement Programme. To confirm, reply with the OTP you receive and your bank account number."""),
  ]),
]
