"""Batch 1: South-East Asia scam-compound lures (FIA, Geo, Tribune, Indian MEA) and Gulf/Europe fee fraud (FIA press reports)."""

GROUPS = [
G("fia-khi-cambodia-2025-03",
  "https://pakobserver.net/scammers-trap-pakistani-youth-in-cambodia-with-fake-job-offers/",
  "Scammers trap Pakistani youth in Cambodia with fake job offers", "Pakistan Observer (citing Geo News)", "2025-03-15",
  ["FIA Karachi: scammers advertise IT, call-centre and engineering jobs in Cambodia on social media",
   "agents based in the UAE and Saudi Arabia target Pakistani youth with salaries of USD 1,000-2,000",
   "recruitment takes place in Lahore and Karachi; there is no real job",
   "on arrival passports are confiscated and victims forced into fraudulent call centres",
   "over 100 Pakistanis rescued by Cambodian authorities; most victims from Punjab"],
  dest="KH", trade="IT / call centre",
  items=[
   ("en", "facebook", ["scam_compound", "too_good_pay", "free_travel"],
    """🔥 HIRING NOW – CAMBODIA 🇰🇭
Call Center Agents / IT Support / Junior Engineers
Salary: $1,200 – $2,000 per month + accommodation
Basic English and computer knowledge enough
Visa & ticket arranged by company
Interviews in Lahore and Karachi this week. Send CV on WhatsApp +971 55 555 0142"""),
   ("ur", "facebook", ["scam_compound", "too_good_pay", "free_travel", "mismatched_contact"],
    """کمبوڈیا میں آئی ٹی اور کال سینٹر کی نوکریاں 💼
تنخواہ 1000 سے 2000 ڈالر ماہانہ
رہائش کمپنی کی طرف سے، ویزا اور ٹکٹ بھی کمپنی دے گی
صرف انگریزی بولنا اور کمپیوٹر چلانا آنا چاہیے
رابطہ صرف واٹس ایپ پر (دبئی نمبر) +971 50 555 0177"""),
   ("ur-Latn", "whatsapp", ["scam_compound", "too_good_pay", "free_travel"],
    """Assalam o alaikum bhai, Cambodia mein call center ki job hai, $1500 salary start, rehaish free. Visa ticket company ka. Lahore mein interview hai Friday ko, apna CV aur passport ki copy bhej do jaldi"""),
   ("en", "whatsapp", ["scam_compound", "too_good_pay"],
    """Engineering vacancy – Phnom Penh. Company needs graduate engineers for "online project support". $1800/month, food+room free. No experience needed. Reply YES to get the form."""),
  ]),
G("dawn-fia-sea-warning-2025-12",
  "https://www.dawn.com/news/1959122/beware-your-dream-job-offer-can-be-a-nightmare-warns-fia",
  "Beware, your 'dream job' offer can be a nightmare, warns FIA", "Dawn", "2025-12-04",
  ["criminal syndicates in Thailand, Myanmar, Laos, Vietnam and Cambodia target Pakistanis with fake IT / call-centre jobs promising high salaries",
   "on arrival victims are forced into cyber and financial crime; those who resist face violence and their families extortion",
   "joint Thai-Cambodian raid freed 215 foreigners including 50 Pakistanis"],
  dest="TH", trade="IT / call centre",
  items=[
   ("en", "facebook", ["scam_compound", "too_good_pay"],
    """Dream job in Bangkok!! ✈️ Customer support (English chat) for an international IT company. Salary 45,000 THB + bonus + hostel. Only young candidates 20-35 with typing speed. Limited seats, apply before Sunday."""),
   ("ur", "facebook", ["scam_compound", "too_good_pay", "urgent_pressure"],
    """تھائی لینڈ میں کال سینٹر کی فوری نوکری
ماہانہ تنخواہ ڈیڑھ لاکھ سے تین لاکھ روپے تک
کام: انگلش میں کسٹمرز سے چیٹ کرنا
عمر 20 سے 35 سال، صرف 10 سیٹیں باقی
آج ہی انباکس کریں
رابطہ: +92 315 0000117"""),
   ("ur-Latn", "tiktok", ["scam_compound", "too_good_pay"],
    """Laos mein IT company ko larke chahiye 💻 kaam sirf computer pe, salary 2 lakh se upar, khana rehna free. Comment karo "INFO" main detail bhejta hun
Mazeed maloomat ke liye 0311-0000627""", {"dest": "LA"}),
  ]),
G("fia-cambodia-gang-2026-02",
  "https://newsvog.com/?p=33645",
  "FIA cracks down on human trafficking ring selling Pakistanis into cyber slavery in Cambodia", "NewsVog", "2026-02-04",
  ["six-member gang, four in Pakistan recruiting and two in Cambodia receiving",
   "fake social-media adverts for call-centre jobs in Cambodia aimed at educated young men and women with computer skills and English",
   "promised USD 800-1,200 a month; visa, ticket and first accommodation shown as company-provided",
   "each victim sold to scam compounds for USD 2,000; forced into romance, crypto and investment scams"],
  dest="KH", trade="call centre",
  items=[
   ("en", "facebook", ["scam_compound", "too_good_pay", "free_travel"],
    """We are hiring male & female call center representatives for our office in Cambodia.
• Salary USD 800 – 1,200
• Visa + air ticket + first month accommodation: COMPANY PROVIDED
• Requirement: good English, computer skills, age 20-32
Message us on WhatsApp for online interview."""),
   ("ur", "whatsapp", ["scam_compound", "free_travel", "too_good_pay"],
    """السلام علیکم! آپ کی پروفائل ہمیں پسند آئی ہے۔ کمبوڈیا میں ہماری کمپنی کو انگلش بولنے والے نوجوان چاہئیں، کام کال سینٹر کا ہے۔ تنخواہ 1000 ڈالر، ویزا ٹکٹ اور رہائش سب کمپنی کے ذمے۔ آپ بس پاسپورٹ بنوا لیں باقی ہم دیکھ لیں گے۔""",
    ),
   ("ur-Latn", "facebook", ["scam_compound", "too_good_pay", "free_travel"],
    """Females bhi apply kar sakti hain ✅ Cambodia call center job, salary 900$ + overtime. Ticket visa room company ki taraf se. Sirf English aani chahiye aur laptop chalana. Seats limited"""),
  ]),
G("geo-myanmar-500-2025-03",
  "https://geo.tv/latest/593591-beatings-and-mental-torture-over-500-pakistanis-trapped-in-myanmar-scam-centres",
  "Beatings and mental torture: over 500 Pakistanis trapped in Myanmar scam centres", "Geo News", "2025-03-03",
  ["highly educated Pakistani youths lured by fake online recruitment adverts promising lucrative jobs in Thailand",
   "on arrival trafficked to camps near the Thai-Myanmar border and forced into credit-card, online and crypto fraud",
   "passports and mobile phones confiscated; no pay; no contact with families",
   "eleven tried to escape across a river; five drowned"],
  dest="TH", trade="online / IT",
  items=[
   ("en", "job_board", ["scam_compound", "too_good_pay"],
    """Online Marketing Executive – Thailand (Mae Sot office)
Graduates preferred (BS CS / BBA). Work: promote company products to overseas clients online.
Package: 50,000 THB + commission, free hostel and meals. Joining within 2 weeks. Company handles visa on arrival."""),
   ("ur", "facebook", ["scam_compound", "too_good_pay"],
    """پڑھے لکھے نوجوانوں کے لیے تھائی لینڈ میں سنہری موقع 🇹🇭
آن لائن کام، اچھی تنخواہ، رہائش اور کھانا مفت
ڈگری ہولڈر حضرات رابطہ کریں
واٹس ایپ نمبر +66 555 0190"""),
   ("ur-Latn", "whatsapp", ["scam_compound", "too_good_pay", "urgent_pressure"],
    """Bhai Thailand wali job confirm hai, online kaam hai office mein baith ke. 1.5 lakh se start. Agle hafte flight hai, jaldi decide karo warna seat kisi aur ko de denge
Rabta: 0311-0000444"""),
  ]),
G("tribune-myanmar-stranded-2025",
  "https://tribune.com.pk/story/2508768/pakistanis-stranded-in-myanmar-await-return",
  "Pakistanis stranded in Myanmar await return", "The Express Tribune", "2025",
  ["skilled technology professionals and highly educated youth offered 'online job' opportunities",
   "moved into Myanmar via a setup based in Mae Sot, Thailand",
   "forced into online scams, blackmail and fraud targeting the US, Europe and China",
   "most reached Myanmar through unofficial agents and are unregistered"],
  dest="MM", trade="online job",
  items=[
   ("en", "whatsapp", ["scam_compound", "unlicensed_agent"],
    """Hi, are you still looking for online job abroad? Our partner company near Thai border needs IT people. You fly to Bangkok, our driver picks you from airport and takes you to office. Everything settled, don't worry about papers.""", {"dest": "TH"}),
   ("ur-Latn", "whatsapp", ["scam_compound", "unlicensed_agent"],
    """Online job hai Thailand border ke paas, computer pe kaam. Bangkok airport se company ki gaari le jayegi. Protector ki zaroorat nahi, visit visa pe jao gay wahan company khud kaam ka visa lagwa degi""",
    {"dest": "TH"}),
   ("ur", "whatsapp", ["scam_compound", "unlicensed_agent", "visit_visa_for_work"],
    """بھائی میانمار بارڈر کے قریب کمپنی ہے، کام صرف کمپیوٹر پر، ٹیکنالوجی والے لڑکے چاہئیں۔ بنکاک تک ٹکٹ ہم دیں گے، وہاں سے آگے گاڑی۔ کسی ایجنسی کے چکر میں نہ پڑو، ہم ڈائریکٹ بھیجتے ہیں۔"""),
  ]),
G("pakobserver-east-asia-2023",
  "https://pakobserver.net/the-plight-of-pakistani-migrants-in-east-asia",
  "The plight of Pakistani migrants in East Asia", "Pakistan Observer", "2023",
  ["educated Pakistani youths lured by lucrative IT-related posts, often in the guise of call-centre jobs",
   "travel on valid visas and seemingly legitimate documents to Thailand, Laos, Myanmar, Cambodia",
   "on arrival put through a 'preliminary interview' or orientation, then forced into cybercrime and fraud"],
  dest="LA", trade="IT / call centre",
  items=[
   ("en", "facebook", ["scam_compound", "too_good_pay"],
    """IT Professionals required in Laos – Golden Triangle business zone. Posts: software support, customer care, online sales. Attractive package, paid visa, orientation after arrival. Freshers welcome.
Inbox or call +856 555 0129"""),
   ("ur-Latn", "facebook", ["scam_compound", "too_good_pay"],
    """IT walon ke liye Laos mein job 💯 visa company lagwayegi, wahan pohanch ke orientation aur interview hoga. Salary bohat achi, freshers bhi chalenge
Detail ke liye +856 555 0139 pe msg karo"""),
  ]),
G("mint-haotai-telegram-2022",
  "https://hamraznews.com/trafficked-how-a-job-scam-lured-indian-men-to-lawless-myanmar/",
  "Trafficked: how a job scam lured Indian men to lawless Myanmar", "Mint (republished)", "2022",
  ["recruiter contacted a computer-science graduate on Telegram",
   "job with 'HaoTai International Group', a 'blockchain digital currency' company said to be in Thailand",
   "USD 2,000 a month, food and accommodation included",
   "flown to Bangkok, driven 500-600 km to Mae Sot, taken across the Moei river into Myanmar"],
  dest="TH", trade="IT / crypto",
  items=[
   ("en", "telegram", ["scam_compound", "too_good_pay", "unsolicited_selection"],
    """Hello! I saw your profile. HaoTai International Group (blockchain digital currency, Thailand) is recruiting IT graduates. Salary $2000 monthly, food and accommodation included. Office is near the river in rural Thailand, very peaceful. Are you interested? I can arrange ticket to Bangkok."""),
   ("ur-Latn", "telegram", ["scam_compound", "too_good_pay", "unsolicited_selection"],
    """Hello bhai, aapki profile dekhi. Thailand mein ek crypto company hai, unko computer graduate chahiye, 2000 dollar mahina, khana rehna free. Interested ho to reply karo ticket ka intezam ho jayega"""),
   ("ur", "telegram", ["scam_compound", "too_good_pay", "unsolicited_selection"],
    """آپ کی پروفائل دیکھ کر رابطہ کر رہا ہوں۔ تھائی لینڈ کی ایک بلاک چین کمپنی کو کمپیوٹر سائنس والے چاہئیں، 2000 ڈالر ماہانہ، کھانا رہائش شامل۔ دلچسپی ہو تو جواب دیں۔"""),
  ]),
G("mea-india-advisory-2022-09",
  "https://www.hindustantimes.com/india-news/mea-issues-warning-against-online-job-offers-by-dubious-foreign-it-firms-101664003609621-amp.html",
  "MEA issues warning against online job offers by dubious foreign IT firms", "Hindustan Times", "2022-09-24",
  ["Indian missions detected fake job rackets for 'Digital Sales and Marketing Executives' in Thailand",
   "targets IT-skilled youth, duped with lucrative data-entry jobs in Thailand via social media and Dubai/India-based agents",
   "victims taken across the border illegally into Myanmar and held captive",
   "advice: do not travel on tourist/visit visa for employment; verify employers through missions"],
  dest="TH", trade="digital sales / data entry",
  items=[
   ("en", "facebook", ["scam_compound", "too_good_pay", "visit_visa_for_work"],
    """Digital Sales & Marketing Executive – Thailand
Data entry + social media marketing
Salary: USD 1,000+ (negotiable)
Tourist visa first, company converts to work permit after joining
Contact our Dubai coordinator for fast processing
Inbox or call 0335-0000678"""),
   ("ur", "facebook", ["scam_compound", "visit_visa_for_work", "too_good_pay"],
    """تھائی لینڈ میں ڈیٹا انٹری کی نوکری، تنخواہ ایک ہزار ڈالر سے زیادہ
ٹورسٹ ویزا پر جائیں، وہاں جا کر کمپنی ورک پرمٹ بنوا دے گی
دبئی آفس سے پراسیسنگ، صرف چند دن میں روانگی
رابطہ: 0334-0000514"""),
   ("ur-Latn", "whatsapp", ["scam_compound", "visit_visa_for_work"],
    """Thailand data entry job, tourist visa pe jana hai, wahan ja ke company work visa karwa degi. Dubai wala agent sab handle karta hai. 1000$ salary minimum"""),
  ]),
G("fvbb-data-entry-thailand-2022",
  "https://fvbb.com/ns/to-hell-and-back-crypto-hostages-recount/43351",
  "To hell and back: crypto hostages recount (from Moneycontrol)", "Moneycontrol (republished)", "2022",
  ["a travel agency approached a graduate with a data-entry operator post in Thailand paying Rs 1 lakh a month",
   "he paid the agency up front",
   "taken from Mae Sot into Myawaddy, Myanmar and made to work as a crypto scammer",
   "Indian MEA advisory dated 24 September warned of the same lure"],
  dest="TH", trade="data entry",
  items=[
   ("en", "in_person", ["scam_compound", "fee_before_work", "too_good_pay"],
    """[travel agency flyer] DATA ENTRY OPERATORS – THAILAND. Monthly salary equivalent Rs 1,00,000. Processing charges payable at our office before ticket issue. Limited vacancies."""),
   ("ur-Latn", "in_person", ["scam_compound", "fee_before_work", "too_good_pay"],
    """Travel agent ne kaha Thailand mein data entry operator ki job hai, 1 lakh mahina. Processing ke paise pehle jama karwao phir ticket milega. Baqi sab company dekhegi"""),
  ]),
G("fia-multan-saudi-uk-2025-06",
  "https://www.pakistantoday.com.pk/2025/06/28/multan-fia-arrests-two-for-involvement-in-human-trafficking-visa-fraud/",
  "Multan FIA arrests two for involvement in human trafficking, visa fraud", "Pakistan Today", "2025-06-28",
  ["one suspect took Rs 852,000 from a citizen for a fake job in Saudi Arabia",
   "another took Rs 2 million with a false promise of employment in the United Kingdom",
   "both went into hiding after taking the money",
   "FIA urges verifying agents and visa consultants before paying"],
  dest="SA", trade="general labour",
  items=[
   ("ur-Latn", "whatsapp", ["fee_before_work", "unlicensed_agent"],
    """Saudi ka company visa available hai, driver/labour. Total kharcha 8 lakh 50 hazar, aadhe pehle aadhe visa lagne ke baad. Multan office pe aa jao"""),
   ("ur", "facebook", ["fee_before_work", "unlicensed_agent", "too_good_pay"],
    """برطانیہ کا ورک ویزا 💷 گارنٹی کے ساتھ
کیئر ہوم اور ویئر ہاؤس کی نوکریاں
کل خرچہ 20 لاکھ، ایڈوانس جمع کروا کر فائل لگوائیں
ملتان اور لودھراں میں رابطہ
مزید معلومات کے لیے کال کریں 0301-0000300""",
    {"dest": "GB", "trade": "care / warehouse"}),
   ("en", "facebook", ["fee_before_work", "too_good_pay"],
    """UK WORK PERMIT – 100% visa ratio. Care assistants, warehouse, drivers. Salary £2,500+. Package Rs 20 lakh, 50% advance for file processing. Visit our Multan office.
Ph: 0301-0000393""",
    {"dest": "GB", "trade": "care / warehouse"}),
  ]),
G("fia-ten-suspects-2025-07",
  "https://profit.pakistantoday.com.pk/2025/07/28/fia-arrests-10-suspects-in-nationwide-crackdown-on-human-trafficking-visa-fraud-and-illegal-currency-exchange",
  "FIA arrests 10 suspects in nationwide crackdown on human trafficking, visa fraud and illegal currency exchange", "Profit / Pakistan Today", "2025-07-28",
  ["a most-wanted smuggler scammed over Rs 8.2 million with fake job placements in Dubai and Saudi Arabia",
   "one took Rs 600,000 promising employment in Azerbaijan",
   "one took Rs 2.36 million for fake job offers in the UAE",
   "one took Rs 1.68 million promising a job in Lithuania; another Rs 700,000 for a US visa"],
  dest="AZ", trade="general labour",
  items=[
   ("ur-Latn", "facebook", ["fee_before_work", "too_good_pay"],
    """Azerbaijan work visa 🇦🇿 Construction aur hotel staff. Salary 900 manat. Visa fee 6 lakh, 3 lakh advance. 30 din mein visa. Inbox mein apna passport number bhejein Number: 0321-0000855"""),
   ("en", "facebook", ["fee_before_work", "too_good_pay"],
    """LITHUANIA 🇱🇹 Work Permit Available! Warehouse packing / truck loaders. 1500 EUR net. Schengen country. Total Rs 16,80,000 — easy installments, first payment to start your file. WhatsApp only: +92 303 0000175""",
    {"dest": "LT", "trade": "warehouse"}),
   ("ur", "whatsapp", ["fee_before_work", "unlicensed_agent"],
    """دبئی اور سعودیہ کے ویزے دستیاب ہیں۔ ڈرائیور، ہیلپر، سیلز مین۔ پہلے ایڈوانس جمع کروائیں، ویزا 15 دن میں۔ ایجنٹ صاحب خود خانیوال میں ملیں گے۔""",
    {"dest": "AE"}),
  ]),
G("fia-lahore-dubai-bahrain-2025-08",
  "https://www.urdupoint.com/en/pakistan/fia-lahore-arrests-human-trafficker-involved-2028577.html",
  "FIA Lahore arrests human trafficker involved in visa fraud", "UrduPoint / Pakistan Point News", "2025-08-09",
  ["suspect arrested in Nankana Sahib promised overseas jobs in Dubai and Bahrain",
   "collected Rs 1.65 million from several people and went into hiding",
   "16 Pakistani passports recovered from him"],
  dest="BH", trade="general labour",
  items=[
   ("ur-Latn", "in_person", ["fee_before_work", "passport_retention", "unlicensed_agent"],
    """Bahrain aur Dubai ke visay lag rahe hain. Apna asal passport aur 1 lakh advance mere paas jama karwa do, visa lagte hi passport wapis. Nankana mein dukaan pe aa jana"""),
   ("ur", "whatsapp", ["fee_before_work", "passport_retention"],
    """بحرین میں ہیلپر اور کلینر کی جگہیں ہیں۔ اصل پاسپورٹ اور ایک لاکھ روپے جمع کروائیں، ویزا لگنے تک پاسپورٹ دفتر میں رہے گا۔"""),
   ("en", "facebook", ["fee_before_work", "passport_retention"],
    """Bahrain & Dubai visas open 🇧🇭🇦🇪 Cleaners, helpers, shop boys. Submit ORIGINAL passport with advance at our office. Visa in 20 days.""",
    {"dest": "AE"}),
  ]),
G("ary-italy-spain-2025-05",
  "https://arynews.tv/fia-uncovers-visa-fraud-human-trafficking-network/",
  "FIA uncovers visa fraud, human trafficking network", "ARY News", "2025-05-26",
  ["suspects lured citizens with fake promises of jobs in Italy and Spain",
   "one took Rs 1.147 million on the pretext of Italy and Spain work visas",
   "one took Rs 2 million and USD 1,000 for a job in Spain; the man reached Mauritania instead and was pushed toward a boat",
   "another tried to smuggle people by boat from Senegal to Europe"],
  dest="ES", trade="agriculture / general labour",
  items=[
   ("ur-Latn", "facebook", ["fee_before_work", "irregular_route", "too_good_pay"],
    """Italy / Spain work visa 🇮🇹🇪🇸 Farm aur factory mein kaam. Pehle Africa ke raste, wahan se company aage le jayegi. 20 lakh + 1000 dollar. Guarantee ke sath Detail ke liye 0314-0000283 pe msg karo"""),
   ("ur", "facebook", ["fee_before_work", "too_good_pay"],
    """اٹلی اور اسپین کے ورک ویزے ✈️ کھیتوں اور فیکٹریوں میں کام، یورو میں تنخواہ
فیس ساڑھے گیارہ لاکھ، آدھی ایڈوانس
لودھراں اور ملتان کے لیے سیٹیں محدود
واٹس ایپ نمبر 0320-0000268""",
    {"dest": "IT"}),
   ("en", "whatsapp", ["irregular_route", "fee_before_work"],
    """Spain job confirm. First you go Mauritania on visit, our people receive you there, then short route to Spain. Pay 20 lakh + $1000 before flight.""",
    {"dest": "ES"}),
  ]),
]
