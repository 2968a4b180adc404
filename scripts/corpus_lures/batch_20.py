"""Batch 20: remote-job fee fraud reported by the FBI and banks (background-check, training and equipment fees)."""

GROUPS = [
G("fbi-ic3-fake-job-2020-01",
  "https://news.sophos.com/en-us/2020/01/23/fbi-issues-warning-about-lucrative-fake-job-scams/",
  "FBI issues warning about lucrative fake job scams", "Sophos Naked Security (citing FBI IC3)", "2020-01-23",
  ["fake vacancies on real job sites link to spoofed sites of known brands, then an e-mail offers a teleconference 'interview' with an imaginary HR department",
   "the 'offer' follows after collecting identity numbers and a scan of a driving licence",
   "a card payment is taken for recruitment, training or background checks, to be 'reimbursed by the new employer'; average losses near USD 3,000"],
  dest=None, trade="remote office",
  items=[
   ("en", "other", ["unsolicited_selection", "fee_before_work", "impersonation"],
    """Hi, this is HR from the Talent Acquisition team. Following our chat interview you are offered the Remote Data Analyst role (USD 32/hr). Please send a scan of your ID and complete the background check today; the USD 185 check fee and your onboarding training will be reimbursed in your first pay cycle."""),
   ("ur-Latn", "other", ["unsolicited_selection", "fee_before_work", "impersonation"],
    """HR team se: chat interview ke baad aap ko remote data analyst ki job offer hai, 32 dollar per hour. Aaj hi ID card ki scan bhejein aur background check ki fees 185 dollar pay karein, pehli tankhwa mein wapis mil jaye gi"""),
   ("ur", "other", ["unsolicited_selection", "fee_before_work", "impersonation"],
    """ایچ آر کی جانب سے: چیٹ انٹرویو کے بعد آپ کو ریموٹ ڈیٹا اینالسٹ کی نوکری کی پیشکش ہے۔ آج ہی شناختی کارڈ کی اسکین بھیجیں اور بیک گراؤنڈ چیک کی فیس ادا کریں، یہ رقم پہلی تنخواہ کے ساتھ واپس ہو جائے گی۔"""),
  ]),
G("cathaybank-job-offer-scams",
  "http://www.cathaybank.com/security-information-center/fraud-alerts/Job-offer-scams",
  "Job offer scams (fraud alert)", "Cathay Bank", "2021",
  ["to 'qualify' for a job the victim must buy software, pay for a credit report or pay to have a CV reviewed",
   "or deposit a cashier's cheque and immediately transfer its value to a third party, keeping a 'first-week pay'",
   "offers are unsolicited, vague and too good to be true"],
  dest=None, trade="remote / equipment",
  items=[
   ("en", "other", ["fee_before_work", "unsolicited_selection"],
    """Welcome to the team! Before your start date you need our work-from-home kit. We've mailed you a cheque for $2,400: deposit it, keep $300 as your first-week pay and send the rest to our approved equipment vendor today so your laptop ships on time."""),
   ("ur-Latn", "whatsapp", ["fee_before_work", "unsolicited_selection"],
    """Congrats, aap select ho gaye! Kaam shuru karne se pehle company ka software khareedna hoga, 9500 rupay. CV review aur account activation ki fees alag. Software ke baad hi login milega"""),
   ("ur", "whatsapp", ["fee_before_work", "unsolicited_selection"],
    """مبارک ہو آپ منتخب ہو گئے ہیں۔ کام شروع کرنے سے پہلے کمپنی کا سافٹ ویئر خریدنا ضروری ہے، ساڑھے نو ہزار روپے۔ سی وی ریویو اور اکاؤنٹ ایکٹیویشن کی فیس الگ ہے۔"""),
  ]),
]
