"""Batch 14: beauty-parlour and office-job lures into sexual exploitation, inside Pakistan and to the Gulf (Urdu press)."""

GROUPS = [
G("dailypakistan-gujranwala-parlour-dubai-2020-02",
  "https://dailypakistan.com.pk/29-Feb-2020/1100080",
  "بیوٹی پارلر میں نوکری کے بہانے دبئی لے جا کر جسم فروشی پر مجبور کرنے والا گروہ بے نقاب", "Daily Pakistan (Urdu)", "2020-02-29",
  ["a four-member gang (a man, his wife and two others) took girls from Gujranwala to Dubai promising jobs in a beauty parlour",
   "in Dubai the girls were confined and forced into prostitution; two escaped to the Pakistani embassy",
   "ten more girls were held where they had been kept"],
  dest="AE", trade="beauty parlour",
  items=[
   ("ur", "facebook", ["sexual_exploitation", "free_travel", "too_good_pay"],
    """دبئی کے لیڈیز بیوٹی پارلر کے لیے خواتین سٹاف کی ضرورت 💅
میک اپ، تھریڈنگ، مہندی جاننے والی خواتین
تنخواہ ڈیڑھ لاکھ روپے ماہانہ، رہائش اور کھانا پارلر کی طرف سے
ویزا اور ٹکٹ کا خرچہ مالکن خود کریں گی
گوجرانوالہ اور لاہور کی خواتین رابطہ کریں 0320-0000594"""),
   ("ur-Latn", "whatsapp", ["sexual_exploitation", "free_travel", "too_good_pay"],
    """Baji Dubai ke parlour mein jagah hai, makeup aur threading aati ho to kaafi hai. Dedh lakh tankhwa, rehna khana free, visa ticket madam khud karengi. Main aur mere shohar khud le kar jayenge"""),
   ("en", "facebook", ["sexual_exploitation", "free_travel", "too_good_pay"],
    """Ladies beauty salon in Dubai needs female staff – makeup, threading, mehndi. Rs 1.5 lakh/month, accommodation and meals by the salon, visa and ticket paid by the owner. Women from Gujranwala and Lahore preferred. Inbox or call +92 311 0000451"""),
  ]),
G("mmnews-hyderabad-parlour-girls",
  "https://mmnews.tv/human-trafficking-revealed-in-hyderabad/",
  "Human trafficking revealed in Hyderabad", "MM News", "2021",
  ["about 25 organised groups lured teenage girls from Punjab to Hyderabad with good job offers, saying they would work in a beauty parlour",
   "the girls were tortured and forced into prostitution",
   "the groups ran 'booking offices' and hired men and women as recruiting and sales agents"],
  dest="PK", trade="beauty parlour",
  items=[
   ("ur", "whatsapp", ["sexual_exploitation", "child", "free_travel"],
    """حیدرآباد کے ایک بڑے بیوٹی پارلر کو لڑکیاں چاہئیں، کام ہم سکھا دیں گے۔ اچھی تنخواہ، رہائش مفت، کرایہ ہم بھیجیں گے۔ عمر 15 سے 22 سال۔ گھر والوں کو ہماری باجی خود سمجھا دیں گی۔"""),
   ("ur-Latn", "whatsapp", ["sexual_exploitation", "child", "free_travel"],
    """Hyderabad mein parlour ki job hai, kaam seekha denge. Achi tankhwa, rehna free, kiraya hum bhejenge. 15 se 22 saal ki larkiyan. Ghar walon se hamari baji baat kar lengi
Is number pe call karo 0320-0000787"""),
  ]),
G("hamariweb-karachi-gang-women-jobs",
  "http://hamariweb.com/news/newsdetail.aspx?id=3822573",
  "کراچی: خواتین کو فحاشی پر مجبور کرنے والا 5 رکنی گروہ گرفتار", "HamariWeb News (Urdu)", "2024",
  ["police in Karachi arrested a five-member gang led by a woman",
   "the gang trapped poor, desperate women with promises of financial help and employment, then forced them into prostitution",
   "a mentally vulnerable woman missing for eight years was recovered"],
  dest="PK", trade="general",
  items=[
   ("ur", "in_person", ["sexual_exploitation", "too_good_pay"],
    """بہن پریشان نہ ہو، میں تمہیں ایک کمپنی میں اچھی نوکری دلوا دوں گی اور ابھی کچھ پیسوں کی مدد بھی کر دیتی ہوں۔ بس آج شام میرے ساتھ چلو، رہنے کی جگہ بھی ہے۔"""),
   ("ur-Latn", "in_person", ["sexual_exploitation"],
    """Fikar na karo, main tumhein naukri bhi dilwa dungi aur abhi kuch madad bhi kar deti hun. Bas aaj mere sath chalo, rehne ki jagah bhi hai mere paas"""),
  ]),
G("lallanguru-telecalling-job-racket",
  "https://lallanguru.com/?p=4815",
  "हाईप्रोफाइल सेक्स रैकेट का खुलासा (telecalling job lure)", "Lallanguru", "2020",
  ["young women from different districts were called to the state capital with the promise of telecalling jobs",
   "police raided a house and found them in a sex racket"],
  dest="IN", trade="telecalling",
  items=[
   ("en", "job_board", ["sexual_exploitation", "free_travel"],
    """Female Telecallers required (Lucknow office). Fresher OK, Hindi/English. Salary ₹15,000 + incentive. Free stay provided for outstation girls. Join immediately, call HR. Call / WhatsApp 0307-0000121""",
    {"dest": "IN"}),
   ("ur-Latn", "job_board", ["sexual_exploitation", "free_travel"],
    """Female telecaller chahiye, Lahore office. Fresh larkiyan bhi chalengi. 35 hazar + incentive. Bahar ke shehr wali larkiyon ke liye rehaish free. Foran join karein""",
    {"dest": "PK"}),
  ]),
]
