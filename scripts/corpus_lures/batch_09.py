"""Batch 9: longer, formal-looking lures with firm names, addresses and numbers (the style genuine adverts also have),
from FIA/BE&OE enforcement reports. Firm names here are invented unless the source names the firm; a match with a real
firm is coincidental."""

GROUPS = [
G("beoe-cancels-oep-licences-2019-09",
  "https://www.urdupoint.com/en/pakistan/beoe-cancels-11-oeps-licences-while-suspends-713660.html",
  "BEOE cancels 11 OEPs licences while suspends 24 others for deceiving emigrants", "UrduPoint / APP", "2019-09-17",
  ["BE&OE cancelled 11 OEP licences and suspended 24 for exploiting emigrants (unpaid dues, unanswered complaints)",
   "crackdown on illegal recruiting agencies and online foreign job promoters posting enticing false adverts; PTA asked to block sites",
   "BE&OE runs an official foreign-jobs portal"],
  dest="SA", trade="construction / drivers",
  items=[
   ("en", "job_board", ["fee_before_work", "too_good_pay"],
    """URGENTLY REQUIRED FOR A REPUTED CONSTRUCTION COMPANY IN KSA
Heavy Driver (GCC licence preferred) – SAR 2,800
Steel Fixer / Shuttering Carpenter – SAR 2,200
Electrician / Plumber – SAR 2,400
Duty 8 hrs + overtime, free food & accommodation, 2-year contract.
Visa processing charges payable on selection. Interviews daily at our office.
Al-Mizan Overseas Services, Office 7, 1st Floor, Gulberg Arcade, Peshawar Road, Rawalpindi.
Call/WhatsApp 0301-0000284, 051-0000937"""),
   ("ur", "newspaper", ["fee_before_work", "too_good_pay"],
    """سعودی عرب کی معروف تعمیراتی کمپنی کے لیے فوری ضرورت
ہیوی ڈرائیور: 2800 ریال
سٹیل فکسر، شٹرنگ کارپینٹر: 2200 ریال
الیکٹریشن، پلمبر: 2400 ریال
ڈیوٹی آٹھ گھنٹے، اوور ٹائم الگ، کھانا رہائش مفت، دو سالہ معاہدہ
ویزا پراسیسنگ چارجز سلیکشن پر ادا کریں
انٹرویو روزانہ ہمارے دفتر میں، پشاور روڈ راولپنڈی۔ فون 0302-0000551"""),
   ("ur-Latn", "facebook", ["fee_before_work", "too_good_pay"],
    """KSA construction company ki demand aayi hai
Heavy driver 2800 riyal, steel fixer 2200, electrician 2400
Khana rehaish free, 8 ghante duty + overtime
Visa processing charges selection pe. Rawalpindi office mein rozana interview
Rabta: 0303-0000619"""),
  ]),
G("paraminews-fia-rawalpindi-six-2024",
  "https://paraminews.com/6-arrested-in-pakistan-for-human-trafficking-parami-news",
  "6 arrested in Pakistan for human trafficking (citing ARY News)", "Parami News", "2024",
  ["FIA's Anti-Human Trafficking Circle in Rawalpindi arrested six in Mandi Bahauddin and Rawalpindi",
   "one took Rs 260,000 promising a job in Qatar; another Rs 6.6 million from several people",
   "Rs 664,000 taken for 'work process' in Malaysia; Rs 260,000 for a job in Dubai"],
  dest="MY", trade="factory / general",
  items=[
   ("en", "facebook", ["fee_before_work", "too_good_pay"],
    """MALAYSIA FACTORY WORKERS (Male) – 40 seats
Electronics & glove factories, Johor Bahru. Basic RM 1,500 + OT (RM 2,200–2,600 avg).
Hostel + transport free. Age 21–38, Matric.
Work process fee Rs 6,64,000 (Rs 2 lakh at registration, balance after visa).
Shaheen Travel & Consultants, Main Bazar, Mandi Bahauddin – 0546-000082 / 0304-0000773"""),
   ("ur-Latn", "whatsapp", ["fee_before_work"],
    """Qatar mein helper/labour ki jagah hai, 1200 riyal + room. Process fees 2 lakh 60 hazar, visa 30 din mein. Mandi Bahauddin office ya mujhe 0305-0000148 pe call karo""", {"dest": "QA"}),
   ("ur", "facebook", ["fee_before_work", "too_good_pay"],
    """ملائیشیا کی فیکٹریوں کے لیے مرد ورکرز درکار
الیکٹرانکس اور دستانے بنانے والی فیکٹریاں، جوہر بہرو
بنیادی تنخواہ 1500 رنگٹ، اوور ٹائم ملا کر 2500 تک، ہاسٹل اور ٹرانسپورٹ مفت
ورک پراسیس فیس 6 لاکھ 64 ہزار، دو لاکھ رجسٹریشن پر باقی ویزا کے بعد
منڈی بہاؤالدین مین بازار۔ رابطہ 0306-0000392"""),
  ]),
G("urdupoint-fia-crackdown-2025-05",
  "https://www.urdupoint.com/en/pakistan/fia-cracks-down-on-human-trafficking-visa-f-1986944.html",
  "FIA cracks down on human trafficking & visa fraud across Pakistan", "UrduPoint / Pakistan Point News", "2025-05-27",
  ["a suspect collected Rs 4.5 million by offering a job in Spain",
   "an Afghan national was caught flying to Saudi Arabia with a fake passport and fake protector certificate",
   "a wanted man took Rs 850,000 promising a job in Dubai and disappeared; hawala operators helped people travel illegally"],
  dest="ES", trade="agriculture / hotel",
  items=[
   ("en", "facebook", ["fee_before_work", "too_good_pay"],
    """SPAIN SEASONAL WORK VISA 2025 🇪🇸
Fruit picking / greenhouse / hotel housekeeping – €1,300–1,600 net
Employer contract + accommodation. No IELTS, no language test.
Complete package Rs 45 lakh (visa, ticket, protector, insurance).
Booking amount Rs 10 lakh. Office: 2nd Floor, Trust Plaza, G.T. Road, Gujranwala. 0307-0000865"""),
   ("ur", "in_person", ["fee_before_work", "impersonation"],
    """پروٹیکٹر کی فکر نہ کریں، ہمارے پاس بنا بنایا پروٹیکٹر سرٹیفکیٹ مل جاتا ہے، بیورو جانے کی ضرورت نہیں۔ سعودیہ کا ویزا اور پروٹیکٹر ملا کر ساڑھے آٹھ لاکھ۔""",
    {"dest": "SA"}),
   ("ur-Latn", "whatsapp", ["fee_before_work", "impersonation"],
    """Protector ki line mein lagne ki zaroorat nahi, hum ghar baithe protector laga dete hain. Dubai job + visa + protector sab 8.5 lakh. Cash hi dena hoga""",
    {"dest": "AE"}),
  ]),
G("samaa-no-cash-fees-beoe",
  "https://adminpanel.samaa.tv/2087343142-govt-ends-cash-fees-for-pakistanis-going-abroad-for-work",
  "Govt ends cash fees for Pakistanis going abroad for work", "Samaa TV", "2025",
  ["the Bureau of Emigration ended cash collection of any fee, including protector fees, for workers going abroad",
   "payments only through banks or approved digital channels; OEPs may not collect cash, on pain of licence cancellation"],
  dest="AE", trade="general labour",
  items=[
   ("ur", "whatsapp", ["fee_before_work", "unlicensed_agent"],
    """دبئی کی کلیننگ کمپنی کے لیے ورکرز۔ پروٹیکٹر اور ایجنسی فیس نقد ادا کرنی ہوگی، بینک میں جمع نہیں ہوتی۔ رسید کی ضرورت نہیں، سب کام بھروسے پر۔ رابطہ 0308-0000427"""),
   ("ur-Latn", "whatsapp", ["fee_before_work", "unlicensed_agent"],
    """Cleaning company Dubai, 1200 dirham. Protector aur agency fee cash mein deni hai, bank mein nahi. Receipt ki zaroorat nahi bhai, bharose ka kaam hai. 0309-0000156"""),
   ("en", "whatsapp", ["fee_before_work", "unlicensed_agent"],
    """Cleaners for Dubai facility company – AED 1,200 + room. Protector & agency charges in CASH only at the office, no bank deposit, no receipts. Call 0310-0000634"""),
  ]),
G("delhi-hc-sj-overseas-libya-nurses-2019",
  "https://sooperkanoon.com/case/1222087/m-s-s-j-overseas-vs-union-india-amp",
  "M/S S.J. Overseas vs Union of India & Anr (Delhi High Court)", "Delhi High Court via SooperKanoon", "2019-03-18",
  ["a woman answered a newspaper advert for nurses, doctors and paramedics for the Ministry of Health, Libya",
   "she remitted Rs 50,000 into an individual's personal bank account to secure the job",
   "she got neither the job nor a refund; the regulator forfeited the agent's bank guarantee"],
  dest="LY", trade="nurse",
  items=[
   ("en", "newspaper", ["impersonation", "fee_before_work", "mismatched_contact"],
    """MINISTRY OF HEALTH, LIBYA – URGENT RECRUITMENT
Staff Nurses (BSc/GNM), Doctors (MBBS), Lab Technicians, Radiographers
Attractive tax-free salary, furnished accommodation, annual air ticket.
Registration: deposit Rs 50,000 in the account of our authorised representative (A/C details on call) and send the slip with CV.
Interviews in Lahore & Karachi. Contact 0311-0000729"""),
   ("ur", "newspaper", ["impersonation", "fee_before_work", "mismatched_contact"],
    """وزارت صحت لیبیا کے لیے فوری بھرتی
سٹاف نرسز، ڈاکٹرز، لیب ٹیکنیشن، ریڈیوگرافر
ٹیکس فری پرکشش تنخواہ، فرنشڈ رہائش، سالانہ ٹکٹ
رجسٹریشن کے لیے پچاس ہزار روپے ہمارے نمائندے کے ذاتی اکاؤنٹ میں جمع کروا کر رسید اور سی وی بھیجیں
رابطہ 0312-0000815"""),
  ]),
G("flare-saudi-nurses-forged-2024-05",
  "https://flare.pk/2024/05/fia-cracks-down-on-fake-nursing-scam-in-saudi-arabia/",
  "FIA cracks down on fake nursing scam in Saudi Arabia", "Flare", "2024",
  ["a manpower company forged documents for 92 Pakistani women and sent them to Saudi Arabia as nurses on another company's quota",
   "the same verification report was reused for many nurses; 92 were deported after a year",
   "the company took millions of rupees; the OEC complained and FIA sealed the office"],
  dest="SA", trade="nurse",
  items=[
   ("ur-Latn", "facebook", ["fee_before_work", "too_good_pay"],
    """Saudi hospitals ke liye female nurses 🩺 Experience kam hai ya verification ka masla hai to fikar na karein, documents hum complete karwa denge. 6000 riyal + rehaish. Quota limited, 0313-0000942"""),
   ("ur", "facebook", ["fee_before_work", "too_good_pay"],
    """سعودی ہسپتالوں کے لیے خواتین نرسز کی ضرورت۔ تجربہ کم ہو یا تصدیق کا مسئلہ ہو تو پریشان نہ ہوں، کاغذات ہم مکمل کروا دیں گے۔ تنخواہ 6000 ریال اور رہائش۔ کوٹہ محدود۔"""),
   ("en", "facebook", ["fee_before_work", "too_good_pay"],
    """Female staff nurses for Saudi hospitals – SAR 6,000 + accommodation. Less experience or pending verification? No problem, we complete your documents. Limited quota. Fast processing. WhatsApp 0314-0000286"""),
  ]),
G("opn-806-oep-licences-cancelled",
  "https://en.opn.com.pk/?p=7951",
  "806 licences of Overseas Employment Promoters cancelled", "OPN", "2025",
  ["the ministry told a National Assembly committee that 806 OEP licences were cancelled for violations and complaints",
   "citizens pay several hundred thousand rupees to go abroad and are often defrauded; addresses of about 150 promoters missing from the list"],
  dest="QA", trade="security / hospitality",
  items=[
   ("en", "newspaper", ["fee_before_work", "too_good_pay", "impersonation"],
    """Govt. Licensed OEP (Lic. No. displayed at office) requires for QATAR:
Security Guards – QAR 2,000 | Waiters – QAR 1,800 + tips | Cooks – QAR 2,300
Free visa, ticket at company expense. Service charges only Rs 3,50,000 payable before protector.
Head office: Suite 14, Al-Rehman Centre, Saddar, Karachi. 021-0000517 / 0315-0000462"""),
   ("ur", "newspaper", ["fee_before_work", "too_good_pay"],
    """قطر کے لیے سرکاری لائسنس یافتہ ادارے کو ضرورت ہے
سکیورٹی گارڈ 2000 ریال، ویٹر 1800 ریال اور ٹپ، کک 2300 ریال
ویزا مفت، ٹکٹ کمپنی کے ذمے، سروس چارجز صرف ساڑھے تین لاکھ پروٹیکٹر سے پہلے
صدر کراچی۔ رابطہ 0316-0000538"""),
  ]),
]
