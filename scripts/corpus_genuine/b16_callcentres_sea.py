"""More named call-centre and customer-service employers in Bangkok, Kuala Lumpur and Cambodia:
the posts the old screener flagged for their place and title alone."""

HN = ["hard_negative_destination", "hard_negative_trade", "call_centre"]

GROUPS = [
    {
        "group": "transcosmos-bangkok-jp-centre",
        "source": {"url": "http://entomology.blog.shinobi.jp/%E8%80%83%E3%81%88%E3%82%8B%E3%81%93%E3%81%A8/%E3%83%88%E3%83%A9%E3%83%B3%E3%82%B9%E3%82%B3%E3%82%B9%E3%83%A2%E3%82%B9",
                   "title": "トランスコスモス (blog post citing an Asahi Shimbun column)", "publisher": "entomology.blog.shinobi.jp", "date": None},
        "facts": ["transcosmos (Japanese BPO) runs a Bangkok call centre answering calls forwarded from Japan",
                  "about 180 staff, all Japanese; Thai and English not needed",
                  "pay about 130,000 yen a month; staff rent flats with pools and commute by taxi in five minutes",
                  "turnover is not low but applicants keep coming"],
        "categories": HN + ["composite_from_rules", "named_employer"],
        "destination": "TH", "trade": "call centre agent (Japanese)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """transcosmos (Thailand) – Japanese-speaking Customer Support, Bangkok. Inbound calls forwarded from customers in Japan. Japanese native level; Thai and English not required. Monthly salary around THB 38,000 (≈ JPY 130,000). Work permit and visa handled by the company. Apply via the transcosmos recruitment page."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """transcosmos Bangkok call center — sirf Japanese bolne wale. Japan se aane wali calls. Thai ya English zaroori nahi. Tankhwa taqreeban 38 hazar baht. Visa work permit company ka. Unki recruitment site pe apply karein"""},
            {"language": "ur", "channel": "facebook", "text": """بنکاک میں ٹرانس کاسموس کمپنی کا کال سینٹر — صرف جاپانی زبان بولنے والوں کے لیے۔ جاپان سے آنے والی کالز کا جواب۔ تنخواہ تقریباً 38 ہزار بھات، ویزا اور ورک پرمٹ کمپنی کا۔"""},
        ],
    },
    {
        "group": "bangkok-jp-support-annual-400k",
        "source": {"url": "http://xn--7rs178b70n2sn.xyz/category8/thailand.html", "title": "バンコクのカスタマーサポート求人で働くための方法",
                   "publisher": "personal blog (Japanese)", "date": None},
        "facts": ["writer did customer support for a Japanese-affiliated company in Bangkok",
                  "annual pay about 400,000 baht (about 1.5 million yen), with raises",
                  "staff mostly Japanese; little use of English or Thai at work"],
        "categories": HN + ["composite_from_rules", "customer_service"],
        "destination": "TH", "trade": "customer support (Japanese)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Customer Support Staff (Japanese) – Japanese company, Bangkok (Sukhumvit). Annual package about THB 400,000 with yearly salary review. Team mostly Japanese; English helpful but not required. Full-time, weekdays. Visa and work permit sponsored."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bangkok Sukhumvit mein Japanese company ko customer support staff chahiye (Japanese zaban). Saal ka package 4 lakh baht ke qareeb, har saal increment. Visa work permit company dega"""},
        ],
    },
    {
        "group": "malaysia-callcentre-incentives",
        "source": {"url": "https://sotoshigoto.com/bonus/", "title": "マレーシアのコールセンターのボーナスとは", "publisher": "Sotoshigoto (overseas job placement blog)",
                   "date": None},
        "facts": ["Malaysian call centres rarely pay Japanese-style summer/winter bonuses",
                  "many pay monthly performance incentives based on individual KPIs",
                  "some Japanese companies in Malaysia pay bonuses but lower base salaries",
                  "call centres serve outsourced accounts of large US and Japanese firms; many nationalities (Sotoshigoto, 'real')"],
        "categories": HN + ["composite_from_rules"],
        "destination": "MY", "trade": "call centre agent", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Customer Service Agent – e-commerce account, Kuala Lumpur (multinational BPO). Fixed monthly salary plus monthly performance incentive on KPIs (no annual bonus). Day and evening rotating shifts. English required; second language a plus. Employment pass sponsored for foreign hires."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """KL Malaysia BPO mein customer service agent, e-commerce account. Fixed tankhwa + har mahine KPI incentive (saal ka bonus nahi). Shifts rotate. English zaroori. Foreigners ka employment pass company banati hai"""},
            {"language": "ur", "channel": "whatsapp", "text": """کوالالمپور کی بی پی او کمپنی میں کسٹمر سروس ایجنٹ۔ مقررہ تنخواہ کے ساتھ ہر مہینے کارکردگی پر انسینٹیو، سالانہ بونس نہیں۔ انگریزی لازمی، غیر ملکی امیدواروں کا ایمپلائمنٹ پاس کمپنی بنوائے گی۔"""},
        ],
    },
    {
        "group": "cellcard-battambang-cso",
        "source": {"url": "http://www.phnompenhpost.com/lift/working-office-not-easy-job", "title": "Working in an office is not an easy job",
                   "publisher": "Phnom Penh Post", "date": "2012-11-27"},
        "facts": ["CellCard branch in Battambang employs customer service officers; one was promoted to cashier",
                  "works Monday to Saturday 8am-5:30pm with a one-hour lunch break",
                  "monitors inbound and outbound reports at the branch"],
        "categories": HN + ["composite_from_rules", "named_employer", "customer_service"],
        "destination": "KH", "trade": "customer service officer", "channel": "job_board",
        "items": [
            {"language": "en", "text": """CellCard – Customer Service Officer, Battambang branch. Khmer and basic English. Monday–Saturday 8:00–17:30 with one-hour lunch. Handle walk-in customers, SIM registration, top-ups and daily reports. Career path to cashier and supervisor. Apply at the branch or on BongThom."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Cambodia ki mobile company CellCard ko Battambang branch ke liye customer service officer chahiye — Khmer zaban zaroori (local bharti). Somwar se Hafta 8 se 5:30. Branch pe ya BongThom pe apply"""},
        ],
    },
    {
        "group": "cdl-hr-cambodia-agency",
        "source": {"url": "https://business-insight.asia/cdl/", "title": "A step-by-step approach is required for Cambodian candidates – Chisato Oyanagi",
                   "publisher": "Business Insight Asia", "date": "2017"},
        "facts": ["CDL HR, a Phnom Penh recruitment agency, has over 20,000 registered candidates and about 800 client companies",
                  "Japanese start-ups in Cambodia want work-ready Japanese staff to launch or expand business",
                  "visa relatively easy to get in Cambodia compared with neighbours; agency placing temporary staff too"],
        "categories": HN + ["composite_from_rules", "agency", "office"],
        "destination": "KH", "trade": "office staff (Japanese speaker)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """CDL HR (Phnom Penh) – Japanese-speaking Business Development Staff for a Japanese start-up expanding in Cambodia. Work-ready, able to run projects with the manager. Registration with CDL HR is free for candidates; the employer pays the agency. Interview in Phnom Penh or online."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Phnom Penh ki recruitment agency CDL HR Japani company ke liye business development staff dhoond rahi hai (Japanese zaban). Candidate ke liye registration free, fees company deti hai. Interview online bhi"""},
        ],
    },
]
