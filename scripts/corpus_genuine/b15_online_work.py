"""Government 'earn online from home' training: the genuine counterpart of online-earning lures."""

GROUPS = [
    {
        "group": "punjab-e-rozgaar-training",
        "source": {"url": "https://tribune.com.pk/story/1842222/e-rozgaar-programme-receives-overwhelming-response?amp=1",
                   "title": "E-Rozgaar programme receives overwhelming response", "publisher": "The Express Tribune", "date": "2018"},
        "facts": ["e-Rozgaar: joint PITB and Youth Affairs programme training graduates free of charge to earn online through freelancing",
                  "eligibility: Punjab domicile, maximum age 35, at least 16 years of education, unemployed",
                  "three-and-a-half-month free training at centres in universities; domains technical, content marketing and advertising, creative design",
                  "22,396 applications for 27 centres in 21 districts; graduates earned over Rs 62.5 million online during training"],
        "categories": ["local_job", "government_scheme", "online_work", "training"],
        "destination": "PK", "trade": "freelancing (online work) training", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """گھر بیٹھے آن لائن کمائی سیکھیں — ای روزگار پروگرام (پنجاب آئی ٹی بورڈ)۔ ساڑھے تین ماہ کی مفت فری لانسنگ ٹریننگ یونیورسٹیوں کے مراکز میں: ٹیکنیکل، کنٹینٹ مارکیٹنگ، گرافک ڈیزائن۔ شرائط: پنجاب ڈومیسائل، عمر 35 سال تک، 16 سالہ تعلیم، بے روزگار۔ درخواست آن لائن، کوئی فیس نہیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ghar baithay online earning seekhni hai? e-Rozgaar ki free training, 3.5 mahine, university ke center mein. Punjab domicile, umar 35 tak, 16 saal taleem, berozgar. Online apply karo, fees zero"""},
            {"language": "en", "text": """e-Rozgaar (PITB & Youth Affairs, Punjab): free 3.5-month freelancing training to earn online – technical, content marketing & advertising, creative design. Eligibility: Punjab domicile, up to 35 years, 16 years of education, unemployed. Apply online; classes at university centres."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """ONLINE EARNING 💻 from home — sarkari free course e-Rozgaar. Fiverr Upwork pe kaam lena sikhate hain. Naye batch ke admissions open, 27 centers. Graduates apply karein"""},
        ],
    },
]
