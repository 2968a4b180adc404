"""Short re-posts that carry a phone number, WhatsApp, urgency or emojis, as genuine employers,
licensed promoters, helpdesks and shop owners actually post them. Written so that a phone number,
'urgent' or 'WhatsApp' is not a sign of a lure in this corpus. Numbers use the reserved style
(0000 as digits 5-8 of Pakistani mobiles, 555 in landlines and foreign numbers)."""

EXTRA = {
    "oec-ksa-nurses-walkin-2024": [
        {"language": "ur-Latn", "channel": "facebook", "text": """🚨URGENT🚨 Saudia nurses walk in interview Lahore 27-28 June, Pindi 2-3 July. OEC helpdesk UAN 0311-0000632. Sirf oec.gov.pk pe apply"""},
        {"language": "en", "channel": "whatsapp", "text": """KSA nurses – OEC walk-in this week (Lahore & Pindi). Queries: OEC helpdesk 0311-0000632 or helpdesk email on oec.gov.pk."""},
    ],
    "oec-ksa-beauticians-2025": [
        {"language": "ur", "channel": "whatsapp", "text": """سعودی عرب بیوٹیشن جاب 💅 تنخواہ 3000 ریال، رہائش ٹکٹ فری۔ مدد کے لیے او ای سی ہیلپ ڈیسک 0311-0000632۔ آخری تاریخ 8 جون"""},
    ],
    "oec-eps-korea-2017": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Korea jobs form jaldi bharo, 3 March last date! 1000 rupay HBL challan. OEC office Islamabad 051-555-0190."""},
    ],
    "oep-agha-jan-rwp": [
        {"language": "ur", "channel": "newspaper", "text": """فوری ضرورت برائے سعودی عرب: ڈرائیور، الیکٹریشن، پلمبر۔ انٹرویو کل صبح 10 بجے۔ آغا جان اینڈ کمپنی، لائسنس MPD/1250/RWP/92۔ فون 051-555-0162، موبائل 0300-0000714"""},
        {"language": "en", "channel": "whatsapp", "text": """URGENT KSA: drivers, electricians, plumbers. Interview tomorrow 10am, Islamabad office. Agha Jan & Co, Lic. MPD/1250/RWP/92. Call 0300-0000714"""},
    ],
    "oep-rs-international-ksa": [
        {"language": "ur-Latn", "channel": "facebook", "text": """Riyadh heavy driver urgent 🚛 interview is hafte. Visa, ticket, insurance company ka. R.S. International office rabta 0321-0000955 / 042-555-0137"""},
    ],
    "oep-yaj-gulf-terms": [
        {"language": "en", "channel": "whatsapp", "text": """6G welders & pipe fitters – Saudi selection team next week. Trade test first. Send CV on WhatsApp 0334-0000281 (YAJ Gulf office)."""},
    ],
    "oep-amafhh-demand-advert": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Qatar 5 star hotel waiter cook room attendant chahiye. Contract ki sharait demand letter ke mutabiq. CV WhatsApp karein 0343-0000470, AMAFHH Overseas"""},
    ],
    "oep-namal-prerequisites": [
        {"language": "ur", "channel": "whatsapp", "text": """ہاؤس ڈرائیور سعودیہ کے لیے، عمر 35 سے اوپر۔ لائسنس تصدیق شدہ ہو۔ رابطہ نمل انٹرنیشنل 0300-0000829"""},
    ],
    "mrc-oep-process-fees": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Saudi cleaner 50 seats. Sirf govt fees (registration, welfare fund, insurance). Raseed milegi. Office aayen ya call 0301-0000536"""},
    ],
    "dubai-rta-taxi-drivers-2021": [
        {"language": "ur", "channel": "whatsapp", "text": """دبئی ٹیکسی ڈرائیور ارجنٹ، تنخواہ 2000 درہم۔ واک اِن انٹرویو۔ معلومات کے لیے واٹس ایپ +971 50 555 0176"""},
    ],
    "dubai-security-guard-gulfnews": [
        {"language": "en", "channel": "whatsapp", "text": """URGENT security guards Dubai 💂 AED 2000+, room provided. WhatsApp +971 55 555 0134"""},
    ],
    "talabat-riders-uae-2022": [
        {"language": "ur-Latn", "channel": "facebook", "text": """🛵🛵 Dubai riders urgent! 7.5 AED per order + km extra. Mahine mein 2 dafa payment. License wale hi msg karein +971 52 555 0192"""},
    ],
    "uae-tadbeer-domestic-workers-2020": [
        {"language": "en", "channel": "whatsapp", "text": """Nanny needed for a family in Dubai Marina through Tadbeer. All visa costs by family. Weekly day off, 30 days paid leave. Call the Tadbeer centre +971 4 555 0117"""},
    ],
    "dubai-restaurant-waiter-package": [
        {"language": "ur", "channel": "whatsapp", "text": """ویٹر چاہئیں دبئی 🍽️ 1500 درہم بیسک + ٹپس۔ ویزا ٹکٹ رہائش فری۔ سی وی واٹس ایپ کریں +971 58 555 0151"""},
    ],
    "qatar-visa-centres-100k-2018": [
        {"language": "en", "channel": "whatsapp", "text": """Qatar jobs – FREE VISA, employer pays all fees!! Medical and fingerprints at Qatar Visa Centre Lahore/Peshawar."""},
    ],
    "ksa-drivers-2024-beoe": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """URGENT truck driver Saudia 🚚 2200 riyal tak + rehaish khana. Bureau ki website pe apply. Last date 4 Jan!!"""},
    ],
    "agoda-bangkok-relocation": [
        {"language": "en", "channel": "whatsapp", "text": """Agoda Bangkok hiring CX specialists 🇹🇭 visa + work permit by company. Apply only on the Agoda careers site, no agents."""},
    ],
    "bangkok-bpo-jp-2008-30k": [
        {"language": "en", "channel": "whatsapp", "text": """Urgent hiring Bangkok BPO 📞 THB 30k + bonus, work permit sponsored. Send CV WhatsApp +66 2 555 0184"""},
    ],
    "malaysia-employment-pass-cat3": [
        {"language": "en", "channel": "whatsapp", "text": """KL customer service (English/Urdu) RM 3,500 – Employment Pass by company. Interview on video. Email CV or WhatsApp HR +60 3 555 0148"""},
    ],
    "cambodia-esl-hourly-phnom-penh": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Phnom Penh English teacher urgent! 12$/hour. Demo class kal. School ka number +855 23 555 0141"""},
    ],
    "thailand-teacher-work-permit": [
        {"language": "en", "channel": "facebook", "text": """📢 English teachers needed Nonthaburi, start next term! Non-native OK. Work permit by school. Line/WhatsApp +66 2 555 0193"""},
    ],
    "phuket-hotels-labour-shortage-2022": [
        {"language": "ur", "channel": "whatsapp", "text": """پھوکیٹ ہوٹل کو کچن اور ویٹر اسٹاف کی فوری ضرورت، روزانہ 700 سے 1000 بھات۔ صرف قانونی ورک پرمٹ والے۔ ایچ آر +66 76 555 0122"""},
    ],
    "foodpanda-rider-bonus-2023": [
        {"language": "en", "channel": "whatsapp", "text": """Riders needed urgently 🛵 fixed pay + bonus. Bike + Android. Call/WhatsApp 0300-0000437"""},
    ],
    "cheetay-rider-hourly-2021": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Rider chahiye urgent, 135/hour, har hafte payment. Isb hub. 0312-0000688"""},
    ],
    "karachi-private-guards-2014": [
        {"language": "ur", "channel": "whatsapp", "text": """گارڈز کی فوری ضرورت کراچی 💂 ٹریننگ اور میڈیکل کمپنی کا۔ فون 021-555-0168 یا 0300-0000871"""},
    ],
    "punjab-domestic-workers-act-2019": [
        {"language": "ur-Latn", "channel": "facebook", "text": """Ghar ke kaam ke liye baji chahiye, Johar Town. 8 ghante, hafte ki chutti, Eid ki chuttiyan. Sirf baligh khawateen. 0302-0000938"""},
    ],
    "faisalabad-powerlooms-restart-2020": [
        {"language": "ur-Latn", "channel": "facebook", "text": """🔴URGENT🔴 loom operator aur helper Faisalabad. Rehaish factory mein. Payment har hafte. Abhi call karo 0304-0000672"""},
    ],
    "faisalabad-threading-homework": [
        {"language": "en", "channel": "facebook", "text": """Home-based work for women, Faisalabad: thread cutting on embroidered suits. Material delivered to your home, paid per suit. No fee of any kind. Call 0305-0000817"""},
    ],
    "ibex-karachi-centre-2017": [
        {"language": "en", "channel": "facebook", "text": """Hiring!! CSRs for US accounts, Karachi 🎧 Fresh grads welcome, night shift, pick & drop. Walk in Mon-Fri or call HR 021-555-0143"""},
    ],
    "mall-sales-girls-urdu-column": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Sales girls urgent required, brand outlet Emporium ✨ training di jayegi. CV WhatsApp 0346-0000729"""},
    ],
    "bykea-partners-rawalpindi-2017": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Bike qiston pe + Bykea partner, roz ki kamai. Pindi terminal. Info 0313-0000592"""},
    ],
    "sialkot-ball-stitchers": [
        {"language": "en", "channel": "whatsapp", "text": """Ball stitchers wanted, Sialkot. Rs 160 per ball, work at our unit or at home. Call 0322-0000176"""},
    ],
    "jazz-helpline-outsourced-ibex-mindbridge": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """CSR urgent Lahore 📞 Urdu fluent, inter pass. Walk in kal 10 baje. 0300-0000349"""},
    ],
    "careem-captain-campaign-2017": [
        {"language": "en", "channel": "whatsapp", "text": """Careem captains wanted 🚗 part time/full time. Licence + CNIC + car. Captain centre helpline 042-555-0115"""},
    ],
    "korea-eps-2022-pakistan-center": [
        {"language": "en", "channel": "whatsapp", "text": """Korea E-9 jobs 🇰🇷 quota increased! EPS-TOPIK only via OEC. Helpdesk 0311-0000632."""},
    ],
    "japan-ssw-care-worker": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Japan caregiver 🇯🇵 18+ koi degree nahi chahiye, bas test pass karne hain. Japani staff jitni tankhwa. Seekhne ke liye language center se rabta karein"""},
    ],
    "uk-health-care-worker-visa": [
        {"language": "en", "channel": "whatsapp", "text": """NHS nurses – CoS by the Trust, visa fee only £284–551, no IHS. Apply on NHS Jobs yourself."""},
    ],
    "rescue-1122-recruitment-policy": [
        {"language": "ur", "channel": "whatsapp", "text": """ریسکیو 1122 بھرتی کا اشتہار آ گیا 🚑 ٹیسٹ پی ٹی ایس کے ذریعے۔ صرف سرکاری فارم۔"""},
    ],
    "qatar-security-5yr-contracts-2022": [
        {"language": "en", "channel": "whatsapp", "text": """Qatar security guards 5-year contract, ex-army preferred. Govt/licensed OEP only. Office 051-555-0128"""},
    ],
    "malaysia-plantation-workers-2022": [
        {"language": "ur-Latn", "channel": "whatsapp", "text": """Malaysia plantation jobs 🌴 minimum wage se zyada, rehaish pani free. Sirf official channel. Info ke liye Protector office jayen"""},
    ],
    "tp-bacolod-expansion-2023": [
        {"language": "en", "channel": "whatsapp", "text": """TP Bacolod hiring CSRs 🎧 18+, HS grad, good English. Apply online or walk in at the Magsaysay Ave hub. Recruitment hotline +63 34 555 0110"""},
    ],
    "cambodia-bongpheak-verified-jobs": [
        {"language": "en", "channel": "whatsapp", "text": """Factory security guards needed Kampong Speu, day/night shift, NSSF. Verified on Bongpheak. Call HR +855 12 555 016"""},
    ],
}
