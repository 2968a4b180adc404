"""Local shop, workshop and factory posts at the 2022 and 2023 minimum wages (Rs 25,000 then
Rs 32,000): short, no company name, a WhatsApp number — the kind of post issue 15 reports as a false alarm (its probe sentence itself is not copied here)."""

LOCAL = ["local_job", "composite_from_rules"]

GROUPS = [
    {
        "group": "punjab-min-wage-2022-25000",
        "source": {"url": "https://nation.com.pk/2022/06/30/punjab-govt-increases-laborers-minimum-wage-to-rs25000/",
                   "title": "Punjab govt increases laborers minimum wage to Rs25,000", "publisher": "The Nation", "date": "2022-06-30"},
        "facts": ["Punjab raised the minimum wage for labourers to Rs 25,000 a month from 1 July 2022 (an increase of Rs 5,000)",
                  "notification: Rs 961 a day (Newsmenk, August 2022)",
                  "Sindh fixed Rs 25,000 for unskilled workers in industrial and commercial units from June 2022 (ProPakistani)"],
        "categories": LOCAL + ["shop_helper"],
        "destination": "PK", "trade": "shop helper", "channel": "whatsapp",
        "items": [
            {"language": "en", "text": """Cloth market Faisalabad – 2 shop helpers wanted. Rs 25,000/month, 10am–8pm, Friday off. WhatsApp 0302-0000284"""},
            {"language": "ur-Latn", "text": """Faisalabad Kotwali road dukan ke liye 2 helper chahiye, 25000 mahana, subah 10 se raat 8, Jumma chutti. WhatsApp 0305-0000167"""},
            {"language": "ur", "text": """فیصل آباد: کپڑے کی دکان کے لیے دو ہیلپر چاہئیں، تنخواہ 25 ہزار ماہانہ۔ واٹس ایپ پر رابطہ کریں 0305-0000195"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Karachi Saddar mobile repairing shop pe larka chahiye seekhne wala bhi chalega. 25 hazar + khana. Call 0333-0000452"""},
        ],
    },
    {
        "group": "punjab-min-wage-2023-32000",
        "source": {"url": "https://profit.pakistantoday.com.pk/2023/03/31/punjab-govt-raises-minimum-wage-to-rs32000-month-for-unskilled-workers/",
                   "title": "Punjab govt raises minimum wage to Rs32,000/month for unskilled workers", "publisher": "Profit (Pakistan Today)",
                   "date": "2023-03-31"},
        "facts": ["Punjab caretaker government raised the minimum wage for unskilled workers from Rs 25,000 to Rs 32,000 a month",
                  "notification approved by the Governor on the Minimum Wages Board's recommendation"],
        "categories": LOCAL + ["factory"],
        "destination": "PK", "trade": "factory / workshop worker", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """ضرورت ہے: سندر انڈسٹریل اسٹیٹ کی فیکٹری کے لیے پیکنگ ورکر اور مشین ہیلپر۔ تنخواہ حکومتی کم از کم اجرت 32 ہزار، اوور ٹائم الگ۔ رابطہ 0321-0000853"""},
            {"language": "ur-Latn", "text": """Gujranwala workshop mein helper chahiye, 32000 + overtime. Tajurba zaroori nahi. Foran rabta 0300-0000974"""},
            {"language": "en", "channel": "whatsapp", "text": """Packing staff needed – food factory, Sundar Industrial Estate, Lahore. Rs 32,000 (minimum wage) + overtime, pick & drop from Thokar. Call 0321-0000817"""},
        ],
    },
]
