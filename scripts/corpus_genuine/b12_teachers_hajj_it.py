"""Public-sector teaching and IT posts, Hajj welfare staff, and a university IT career fair."""

GROUPS = [
    {
        "group": "punjab-sti-interns-2019",
        "source": {"url": "https://aamirranaofficial.blogspot.com/2019/10/punjab-govt-to-recruit-3000-STIs.html",
                   "title": "Punjab govt to recruit 3000 STIs", "publisher": "aamirranaofficial.blogspot.com", "date": "2019"},
        "facts": ["Punjab School Education Department to hire temporary School Teacher Interns (STIs)",
                  "monthly honorarium Rs 30,000; initial term six months",
                  "initially 3,000 temporary teachers for high and higher secondary schools"],
        "categories": ["local_job", "government_job", "teacher"],
        "destination": "PK", "trade": "school teacher intern", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """سرکاری اسکولوں میں اسکول ٹیچر انٹرنز (ایس ٹی آئی) کی بھرتی — ماہانہ اعزازیہ 30 ہزار روپے، ابتدائی مدت 6 ماہ۔ ہائی اور ہائر سیکنڈری اسکولوں کے لیے 3 ہزار اسامیاں۔ درخواستیں محکمہ اسکول ایجوکیشن کے آن لائن پورٹل پر۔"""},
            {"language": "ur-Latn", "text": """STI (school teacher intern) ki bharti Punjab ke sarkari schools mein, 30 hazar mahana, 6 mahine ka contract. 3000 seats high schools ke liye. Apply School Education ke portal pe"""},
            {"language": "en", "channel": "newspaper", "text": """School Education Department Punjab – School Teacher Interns (STIs) for high and higher secondary schools. Honorarium Rs 30,000 per month, initial term six months, 3,000 posts. Apply through the department's online portal."""},
        ],
    },
    {
        "group": "punjab-16000-teachers-2021",
        "source": {"url": "https://www.city42.tv/08-Dec-2021/76496", "title": "16 ہزار سکول ٹیچرز بھرتی کرنے کی منظوری", "publisher": "City42",
                   "date": "2021-12-08"},
        "facts": ["Punjab Chief Minister approved recruiting 16,000 school teachers",
                  "posts in grades 14, 15 and 16 across the province including Lahore",
                  "School Education Department completing preparations to start recruitment"],
        "categories": ["local_job", "government_job", "teacher"],
        "destination": "PK", "trade": "school teacher", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """پنجاب میں 16 ہزار اسکول ٹیچرز کی بھرتی کی منظوری — گریڈ 14، 15 اور 16۔ لاہور سمیت پورے صوبے میں اسامیاں، اشتہار محکمہ اسکول ایجوکیشن جلد جاری کرے گا۔ اپنی اسناد تیار رکھیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """16000 teachers ki bharti approve ho gayi Punjab mein, grade 14 15 16. Ad jald aa raha hai School Education dept ka. Degree aur domicile tayyar rakho"""},
        ],
    },
    {
        "group": "moavineen-e-hajj-ministry",
        "source": {"url": "https://archive.dnd.com.pk/ministry-to-deploy-over-1000-to-facilitate-intending-hujjaj/132351",
                   "title": "Ministry to deploy over 1000 to facilitate intending Hujjaj", "publisher": "DND", "date": None},
        "facts": ["Ministry of Religious Affairs deploying over 1,000 welfare staff for pilgrims in Saudi Arabia",
                  "540-member medical mission selected from armed forces and federal and provincial health departments",
                  "450 moavineen-e-Hajj: 200 from police/armed forces, 50 from scouts/civil defence/public sector, 200 from ministries and provincial governments on payment basis",
                  "local Arabic-speaking moavineen also hired to deal with Saudi agencies"],
        "categories": ["government_scheme", "hard_negative_trade"],
        "destination": "SA", "trade": "Hajj welfare staff (moavin)", "channel": "government",
        "items": [
            {"language": "ur", "channel": "facebook", "text": """وزارتِ مذہبی امور: حج کے لیے معاونینِ حج اور طبی مشن کا انتخاب۔ معاونین سرکاری محکموں، پولیس، افواج، اسکاؤٹس اور سول ڈیفنس سے نامزدگی کے ذریعے لیے جائیں گے، طبی عملہ وفاقی اور صوبائی محکمہ صحت سے۔ عربی بولنے والے مقامی معاونین الگ سے۔ کسی نجی ایجنٹ کے ذریعے یہ ڈیوٹی نہیں ملتی۔"""},
            {"language": "en", "text": """Ministry of Religious Affairs – selection of Moavineen-e-Hajj and Hajj Medical Mission. Moavineen are nominated through government departments, police, armed forces, scouts and civil defence; doctors and paramedics through federal and provincial health departments. Arabic-speaking local moavineen hired separately in KSA. Nominations through your department only."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Hajj duty (moavin) sirf sarkari mulazmeen ko department ki nomination se milti hai — police, army, scouts, civil defence. Medical mission health dept se. Koi agent paise le kar Hajj duty nahi dila sakta"""},
        ],
    },
    {
        "group": "pu-fcit-career-fair-2024",
        "source": {"url": "https://thenews.com.pk/print/1158047-pak-it-companies-to-contribute-3-1bn-to-economy-in-2024-experts",
                   "title": "Pak IT companies to contribute $3.1bn to economy in 2024: experts", "publisher": "The News", "date": "2024-02-16"},
        "facts": ["13th PU FCIT career fair with more than 65 IT companies hiring from a batch of about 500 CS, SE and IT graduates",
                  "sponsored by Dubizzle Labs",
                  "companies held interviews and recruitment tests and collected CVs"],
        "categories": ["local_job", "job_fair", "it"],
        "destination": "PK", "trade": "software engineer", "channel": "facebook",
        "items": [
            {"language": "en", "text": """FCIT Career Fair 2024 🎓 65+ software companies hiring fresh CS/SE/IT grads. Tests and interviews on the spot. Sponsored by Dubizzle Labs. PU New Campus, Thursday 10am."""},
            {"language": "ur-Latn", "text": """PU FCIT career fair Thursday ko, 65 se zyada IT companies. Fresh graduates ke liye wahin test aur interview. CV aur laptop le ke aana"""},
        ],
    },
    {
        "group": "punjab-home-dept-mis-contract",
        "source": {"url": "https://newz.com.pk/?p=38257", "title": "Job Opportunities – Government of the Punjab, Home Department",
                   "publisher": "newz.com.pk (reproducing the advert)", "date": None},
        "facts": ["Punjab Home Department MIS posts on lump-sum pay, purely contract basis",
                  "Manager MIS: computing degree (2nd division) from HEC-recognised university, 8 years in ICT projects, age 32-50",
                  "Database Administrator, System Administrator, Software Developer: 7 years' experience, age 30-40"],
        "categories": ["local_job", "government_job", "it"],
        "destination": "PK", "trade": "IT staff (government contract)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """GOVERNMENT OF THE PUNJAB, HOME DEPARTMENT – MIS Wing (contract, lump-sum pay)
Manager MIS (1): BS/BCS/MCS (2nd division), 8 years ICT projects, age 32–50.
Database Administrator (1), System Administrator (1), Software Developer (1): relevant degree, 7 years' experience, age 30–40.
HEC-recognised degrees only. Apply as per the advertisement."""},
            {"language": "ur", "text": """حکومتِ پنجاب، محکمہ داخلہ: ایم آئی ایس ونگ میں کنٹریکٹ پر اسامیاں — منیجر ایم آئی ایس، ڈیٹا بیس ایڈمنسٹریٹر، سسٹم ایڈمنسٹریٹر، سافٹ ویئر ڈویلپر۔ کمپیوٹر سائنس کی ڈگری (سیکنڈ ڈویژن) اور 7 سے 8 سال تجربہ۔ یکمشت تنخواہ۔"""},
        ],
    },
]
