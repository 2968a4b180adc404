"""Vietnam teaching jobs and European work-permit routes (Italy's Decreto Flussi, Poland's type A
permit) described as lawful adverts: employer applies, worker never travels on a tourist visa."""

GROUPS = [
    {
        "group": "vietnam-language-centre-teachers",
        "source": {"url": "https://vietnamteachingjobs.com/blog/teaching-at-english-language-centers-in-vietnam",
                   "title": "Teaching at English Language Centers in Vietnam: What to Expect", "publisher": "Vietnam Teaching Jobs", "date": None},
        "facts": ["English language centres pay USD 1,200-1,800 a month for 15-25 teaching hours a week",
                  "classes mostly evenings 5:30-8:45 pm and weekends; 1-2 weekdays off",
                  "chains such as ILA, VUS, Apollo, Language Link; housing allowance USD 200-300, health insurance, work permit support",
                  "bachelor's degree and 120-hour TEFL required (government regulation)"],
        "categories": ["hard_negative_destination", "teacher", "composite_from_rules"],
        "destination": "VN", "trade": "English teacher", "channel": "job_board",
        "items": [
            {"language": "en", "text": """English Teacher – language centre, Ho Chi Minh City. USD 1,400/month for 20 teaching hours a week (evenings and weekends; two weekdays off). Housing allowance USD 250, health insurance, work permit and temporary residence card handled by the centre. Bachelor's degree (legalised) and 120-hour TEFL required."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Vietnam (HCMC) language center mein English teacher, 1400 dollar mahana, hafte mein 20 ghante shaam aur weekend. Ghar ka allowance 250$, health insurance, work permit center banata hai. Degree attested + TEFL 120 ghante zaroori."""},
            {"language": "ur", "channel": "facebook", "text": """ویتنام کے لینگویج سینٹر میں انگریزی ٹیچر، تنخواہ 1400 ڈالر ماہانہ، ہفتے میں 20 گھنٹے۔ رہائشی الاؤنس، ہیلتھ انشورنس اور ورک پرمٹ سینٹر کی ذمہ داری۔ تصدیق شدہ ڈگری اور ٹی ای ایف ایل لازمی۔"""},
        ],
    },
    {
        "group": "italy-decreto-flussi-seasonal",
        "source": {"url": "https://insuranceitaly.it/en/news/seasonal-employment-work-the-flow-decree", "title": "Seasonal employment work: the Flow Decree",
                   "publisher": "Insurance Italy", "date": None},
        "facts": ["Italian government's Flows Decree sets quotas of non-EU seasonal workers for agriculture and tourism; Pakistan among eligible countries (2023 decree)",
                  "employer sends the request to the Immigration Desk; nulla osta forwarded to the Italian embassy; worker applies for the entry visa",
                  "seasonal contract 20 days to 9 months; worker signs the contract at the Immigration Desk within 8 days of arrival and applies for the residence permit",
                  "nulla osta must be used for the visa within six months (Province of Trento)"],
        "categories": ["europe", "agriculture", "hard_negative_trade", "composite_from_rules"],
        "destination": "IT", "trade": "seasonal farm worker", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Seasonal farm workers – fruit harvest, Trentino (Italy), Decreto Flussi quota. The farm applies for your nulla osta at the Immigration Desk; it is sent to the Italian Embassy, where you apply for the work visa within six months. Contract up to 9 months; you sign it at the Immigration Desk within 8 days of arrival and get a residence permit. The employer pays – no fee to any agent."""},
            {"language": "ur-Latn", "text": """Italy seasonal kaam (phal tornay ka) Decreto Flussi ke zariye. Pehle farm wala nulla osta apply karta hai, phir woh embassy jata hai aur aap work visa ke liye apply karte ho. 9 mahine tak contract. Italy pohanch kar 8 din ke andar contract sign aur permesso. Nulla osta ke baghair koi visa nahi hota"""},
            {"language": "ur", "text": """اٹلی میں موسمی زرعی کام (ڈیکریٹو فلوسی)۔ پہلے آجر امیگریشن ڈیسک سے نولا اوستا لیتا ہے، پھر اطالوی سفارتخانے میں ورک ویزا کی درخواست۔ معاہدہ زیادہ سے زیادہ 9 ماہ، پہنچنے کے 8 دن کے اندر معاہدے پر دستخط اور رہائشی اجازت نامہ۔"""},
        ],
    },
    {
        "group": "poland-type-a-work-permit",
        "source": {"url": "https://startuppakistan.com.pk/poland-work-permit-application-process-requirements-for-pakistanis",
                   "title": "Poland Work Permit: Application Process & Requirements for Pakistanis", "publisher": "Startup Pakistan", "date": "2025"},
        "facts": ["Pakistanis need a work permit (or residence and work permit) before starting work; tourist or visit visas do not allow work",
                  "only the Polish employer can apply, to the voivodeship office; type A permit valid up to 3 years",
                  "then national visa and temporary residence permit; contract in English or Polish",
                  "gross monthly salary not below Polish minimum wage, about PLN 4,660 in 2025"],
        "categories": ["europe", "hard_negative_trade", "composite_from_rules", "warehouse"],
        "destination": "PL", "trade": "warehouse worker", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Warehouse operatives – logistics company near Poznań, Poland. Gross salary PLN 4,900/month (above minimum wage), contract in English. We apply for your Type A work permit at the Voivodeship Office; with the permit you book a national (D) visa appointment yourself. No visit-visa hiring."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Poland warehouse job, 4900 zloty gross. Company khud voivode office mein work permit Type A apply karegi, phir aap D visa ki appointment lenge. Contract English mein. Visit visa pe kaam nahi hota Poland mein"""},
            {"language": "ur", "channel": "whatsapp", "text": """پولینڈ کی لاجسٹکس کمپنی کو گودام ورکرز درکار، تنخواہ 4900 زلوٹی۔ ورک پرمٹ ٹائپ اے کمپنی بنوائے گی، پھر آپ خود قومی ویزا کی اپائنٹمنٹ لیں گے۔ وزٹ ویزا پر ملازمت نہیں ہوتی۔"""},
        ],
    },
]
