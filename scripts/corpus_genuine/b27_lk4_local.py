"""Locked test set, genuine half (lk4): real jobs inside Pakistan as they are advertised - federal and
provincial public service commissions and testing bodies with their lawful fees (FPSC, SPSC, BPSC, ETEA,
NTS), Rescue 1122, WAPDA, railways, the Navy, hospitals, school and college teaching interns, UN
agencies, banks and big companies, call centres and BPOs, ride-hailing and delivery riders, factories
hiring women and the state freelancing programmes (DigiSkills, e-Rozgaar). Each group rewrites the facts
of one public source; phone numbers and addresses are in the reserved style."""

GROUPS = [
    # ------------------------------------------------------------------ public service commissions
    {
        "group": "lk4-fpsc-consolidated-ad-fee-mycareers-2024",
        "source": {"url": "https://www.mycareers.pk/job-ads/federal-public-service-commission-jobs-102024-25491.html",
                   "title": "Federal Public Service Commission Jobs",
                   "publisher": "MyCareers.pk (republished FPSC advertisement)", "date": "2024-10"},
        # date inferred from the '102024' in the URL; title as on the listing
        "facts": ["FPSC accepts applications only online through its own website; no hard copy and no manual application is accepted for general recruitment",
                  "candidates may edit an online application only once before the closing date, and experience not claimed in the form is not accepted later",
                  "application fee: Rs 300 for BS-16 and 17, Rs 750 for BS-18, Rs 1,200 for BS-19 and Rs 1,500 for BS-20 and above",
                  "the fee is deposited in a government treasury or a National Bank of Pakistan branch under the head 'C02101-Organs of State Examination Fee realized by FPSC'"],
        "categories": ["government_job", "application_fee_official", "bank_challan", "last_date", "fpsc"],
        "destination": "PK", "trade": "federal government posts (BS-16 to BS-20)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """FEDERAL PUBLIC SERVICE COMMISSION - Consolidated Advertisement
Applications are invited ONLINE ONLY through the FPSC website for posts in BS-16 to BS-20.
FEE: BS-16/17 Rs. 300 | BS-18 Rs. 750 | BS-19 Rs. 1,200 | BS-20 and above Rs. 1,500
Deposit at any Government Treasury or National Bank of Pakistan branch under head C02101 - Organs of State, Examination Fee realized by FPSC. Keep the ORIGINAL treasury receipt.
- No hard copy of the online form is required. No manual applications.
- You may edit your online form only once before the closing date.
- Experience not mentioned in the online form will not be accepted later."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """FPSC ka naya consolidated ad aa gaya hai. Apply sirf FPSC ki website pe online. Fees grade ke hisab se: 16-17 ke liye 300, 18 ke liye 750, 19 ke liye 1200, 20 aur upar 1500. National Bank ya treasury me jama karwao, asal raseed sambhal ke rakhna test pe maangte hain. Form sirf ek dafa edit hota hai to experience sab pehle hi likh dena"""},
            {"language": "ur", "channel": "facebook", "text": """وفاقی پبلک سروس کمیشن کا نیا اشتہار 📢
درخواستیں صرف ایف پی ایس سی کی ویب سائٹ پر آن لائن۔ ہارڈ کاپی بھیجنے کی ضرورت نہیں۔
فیس: گریڈ 16 اور 17 کے لیے 300 روپے، گریڈ 18 کے لیے 750، گریڈ 19 کے لیے 1200 اور گریڈ 20 یا اس سے اوپر 1500 روپے۔
فیس نیشنل بینک یا سرکاری خزانے میں جمع کروائیں اور اصل رسید سنبھال کر رکھیں۔
آن لائن فارم میں صرف ایک مرتبہ ترمیم کی اجازت ہے۔"""},
        ],
    },
    {
        "group": "lk4-spsc-consolidated-ad-11-2018-nurses",
        "source": {"url": "https://pakistanjobslist.com/spsc-jobs-sindh-public-service-commission-jobs/sindh-public-service-commissio-4/5600/head_cat/spsc-jobs-sindh-public-service-commission-jobs",
                   "title": "Sindh Public Service Commission jobs of District Zakat Officers, Computer Programmer, Sub Engineer, Assistant Director, Field Officer and 1096 posts of Nurses in Sindh",
                   "publisher": "PakistanJobsList (republished SPSC Consolidated Advertisement No. 11/2018)", "date": "2018-12-18"},
        "facts": ["SPSC Consolidated Advertisement No. 11/2018 invited online applications only; manual applications were not entertained",
                  "an original challan of Rs 500 had to be paid into the SPSC examination fee head at the State Bank or National Bank, with the challan number entered in the online form and the original shown at the test and interview",
                  "posts included 9 District Zakat Officers (BPS-17), computer programmers, sub engineers, field officers and 1,096 nurses",
                  "a general relaxation of up to 15 years in the upper age limit applied to Sindh government vacancies filled between July 2018 and June 2020"],
        "categories": ["government_job", "application_fee_official", "bank_challan", "nursing", "spsc"],
        "destination": "PK", "trade": "nurse / zakat officer / sub engineer", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """SINDH PUBLIC SERVICE COMMISSION, Thandi Sarak, Hyderabad
Consolidated Advertisement No. 11/2018
1096 posts of NURSES, plus District Zakat Officers (BPS-17), Computer Programmers, Sub Engineers and Field Officers.
ONLINE APPLICATIONS ONLY - no manual applications will be entertained.
Fee: Rs. 500 by challan at State Bank / National Bank of Pakistan. Enter the challan number, date and bank branch in your online form and bring the ORIGINAL paid challan to the written test and interview.
General age relaxation up to 15 years for Sindh government vacancies (not for police or CCE posts)."""},
            {"language": "ur", "channel": "whatsapp", "text": """سندھ پبلک سروس کمیشن میں نرسوں کی 1096 آسامیاں! 👩‍⚕️
صرف آن لائن درخواست۔ 500 روپے کا چالان نیشنل بینک میں جمع کروائیں، چالان نمبر فارم میں لکھیں اور اصل چالان ٹیسٹ کے دن ساتھ لائیں۔
عمر کی بالائی حد میں 15 سال تک رعایت۔ ڈسٹرکٹ زکوٰۃ آفیسر اور سب انجینئر کی پوسٹیں بھی ہیں۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """SPSC nurses 1096 seats!! sindh domicile wali behnein jaldi apply karen. sirf online form, 500 ka challan NBP me. asal challan sambhal ke rakhen test aur interview me dikhana hai. age me 15 saal ki chhoot bhi hai. challan form ke liye academy 0306-0000724"""},
        ],
    },
    {
        "group": "lk4-spsc-drivers-naib-qasid-jobsspots-2024",
        "source": {"url": "https://jobsspots.com/?p=421", "title": "Sindh Public Service Commission Jobs 2024",
                   "publisher": "JobsSpots (republished advertisement from the Express newspaper)", "date": "2024-11-15"},
        "facts": ["the Sindh Public Service Commission advertised its own low-grade vacancies in the Express newspaper: 8 drivers (BPS-4), 7 naib qasids (BPS-1), a generator/risograph operator and 2 sanitary workers",
                  "the age limit was 18 to 35 years and seats were filled on open merit and minority quota",
                  "applications were to be submitted by hand to the Director Administration, SPSC, Thandi Sadak, Hyderabad",
                  "the last date to apply was 30 November 2024"],
        "categories": ["government_job", "driver", "local_job", "last_date", "spsc"],
        "destination": "PK", "trade": "driver / naib qasid / sanitary worker", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سندھ پبلک سروس کمیشن، حیدرآباد — آسامیاں
ڈرائیور (بی پی ایس-4): 08
نائب قاصد (بی پی ایس-1): 07
جنریٹر / رسوگراف آپریٹر: 01
سینیٹری ورکر: 02
عمر: 18 تا 35 سال۔ اوپن میرٹ اور اقلیتی کوٹہ۔
درخواستیں ڈائریکٹر ایڈمنسٹریشن، سندھ پبلک سروس کمیشن، ٹھنڈی سڑک حیدرآباد کے دفتر میں جمع کروائیں۔
آخری تاریخ: 30 نومبر 2024"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai SPSC Hyderabad me 8 driver ki seats nikli hain grade 4, aur naib qasid bhi. Age 18 se 35. Application khud jaa ke Thandi Sarak wale office me deni hai Director Admin ke naam. 30 Nov last date hai. Kisi ko paise mat dena naukri ke naam pe, seedha apply karo"""},
            {"language": "en", "channel": "facebook", "text": """Govt jobs Hyderabad 🚗 Sindh Public Service Commission needs 08 Drivers (BPS-04), 07 Naib Qasid, 01 Generator/Risograph Operator and 02 Sanitary Workers. Age 18-35. Submit your application by hand to the Director Administration, SPSC, Thandi Sadak, Hyderabad. Last date 30 November 2024. Info: 0301-0000862"""},
        ],
    },
    {
        "group": "lk4-bpsc-balochistan-25000-jobs-suno-2026",
        "source": {"url": "https://english.sunonews.tv/pakistan/reforms-policies/massive-recruitment-drive-in-balochistan-to-boost-youth-employment/1770283210-12913",
                   "title": "Massive recruitment drive in Balochistan to boost youth employment", "publisher": "Suno News", "date": "2026-02-05"},
        # date inferred from the timestamp in the URL
        "facts": ["the Balochistan government announced more than 25,000 vacancies in grades 1 to 15 across provincial departments",
                  "summaries for about 4,000 grade 16 and 17 posts were sent to the Balochistan Public Service Commission for recruitment",
                  "Chief Minister Sarfraz Bugti said recruitment would be on merit; where tests and interviews were already held, appointment orders would be issued soon",
                  "applications for the advertised posts are to be submitted through the respective department portals"],
        "categories": ["government_job", "bpsc", "local_job", "mass_recruitment"],
        "destination": "PK", "trade": "provincial government posts (grades 1-17)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """BALOCHISTAN: 25,000+ GOVERNMENT JOBS ANNOUNCED
Grades 1 to 15 in all provincial departments. Around 4,000 Grade 16-17 posts have gone to the Balochistan Public Service Commission.
Apply only through the official portal of the department concerned. Selection on merit through tests and interviews."""},
            {"language": "ur", "channel": "facebook", "text": """بلوچستان حکومت کی جانب سے 25 ہزار سے زائد سرکاری نوکریوں کا اعلان 🎉
گریڈ 1 سے 15 تک کی آسامیاں مختلف محکموں میں، جبکہ گریڈ 16 اور 17 کی تقریباً 4 ہزار آسامیاں بلوچستان پبلک سروس کمیشن کے ذریعے پُر ہوں گی۔
وزیراعلیٰ کے مطابق بھرتیاں میرٹ پر ہوں گی۔ درخواستیں متعلقہ محکمے کے پورٹل پر جمع کروائیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Balochistan walo 25 hazar naukriyan aa rahi hain grade 1 se 15 tak!! 16-17 grade wali BPSC ke through hongi. Apply apne department ke portal pe karna hai, CM ne kaha sab merit pe hoga. Jo banda paise le ke naukri dilane ka kahe us se bacho. Group admin 0333-0000714"""},
        ],
    },
    {
        "group": "lk4-etea-kp-16454-teaching-posts-thenews-2025",
        "source": {"url": "https://thenews.com.pk/print/1294912-over-866-000-apply-for-16-454-teaching-posts",
                   "title": "Over 866,000 apply for 16,454 teaching posts", "publisher": "The News International", "date": "2025-03"},
        # date inferred (tests 'after Eid' with the first papers in the second week of April 2025)
        "facts": ["Khyber Pakhtunkhwa's Elementary and Secondary Education Department received 866,152 applications for 16,454 teaching vacancies",
                  "applicants included 395,487 women, 470,661 men, 7,161 disabled people, four transgender candidates and 406 PhD holders",
                  "ETEA set a three-phase process: screening test, computer-based test, then a quality check of credentials and identity",
                  "the first tests, for Arabic teachers, CT-IT teachers and Qari posts, were due in the second week of April"],
        "categories": ["government_job", "teacher", "etea", "written_test", "mass_recruitment"],
        "destination": "PK", "trade": "school teacher (PST, CT, Arabic, Qari)", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """KP TEACHERS RECRUITMENT 2025 - 16,454 POSTS
866,152 people have applied! ETEA will run it in three phases:
1) screening test
2) computer-based test
3) quality check of documents and identity
First papers: Arabic Teacher, CT-IT and Qari - second week of April. Start preparing now 📚"""},
            {"language": "ur", "text": """خیبر پختونخوا: اساتذہ کی 16,454 آسامیوں کے لیے 8 لاکھ 66 ہزار سے زائد درخواستیں
ایٹا کے مطابق بھرتی تین مرحلوں میں ہوگی: اسکریننگ ٹیسٹ، کمپیوٹر بیسڈ ٹیسٹ اور آخر میں اسناد و شناخت کی جانچ۔
عربی ٹیچر، سی ٹی آئی ٹی اور قاری کی آسامیوں کے ٹیسٹ اپریل کے دوسرے ہفتے میں ہوں گے۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Yaar 8 lakh se zyada logon ne apply kiya hai KP teachers ke liye aur seats sirf 16 hazar. ETEA pehle screening test lega phir computer test phir documents check. Arabic, CT IT aur Qari walon ka paper April ke 2nd week me. Koi kahe paise do seat pakki, jhoot hai, sirf test se hoga. Preparation group join karna ho to 0341-0000583"""},
        ],
    },
    # ------------------------------------------------------------------ emergency services, utilities, transport, forces
    {
        "group": "lk4-rescue1122-605-posts-written-test-lahoreworld-2012",
        "source": {"url": "http://lahoreworld.com/2012/05/16/over-6000-appeared-in-written-test-for-recruitment-in-rescue-1122/",
                   "title": "Over 6000 Appeared In Written Test for recruitment in Rescue 1122", "publisher": "Lahore World", "date": "2012-05-16"},
        "facts": ["Punjab Emergency Service (Rescue 1122) held a written test for over 6,000 applicants for 605 posts in Lahore and 19 other districts and tehsils",
                  "posts included emergency officers, rescue safety officers, control room and shift in-charges, computer telephone wireless operators, emergency medical technicians and rescuers",
                  "application forms were collected at district level; the written test and a personality and aptitude assessment were held at the Emergency Services Academy, Ferozepur Road, Lahore",
                  "passing candidates go on to physical fitness and skill tests and an interview by a board drawn from five government departments; final selection depends on completing training, and bogus documents lead to legal action"],
        "categories": ["government_job", "rescue_1122", "written_test", "local_job", "health_worker"],
        "destination": "PK", "trade": "rescuer / emergency medical technician", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """PUNJAB EMERGENCY SERVICE (RESCUE 1122) - 605 POSTS
Emergency Officer | Rescue & Safety Officer | Control Room Incharge | Shift Incharge | Computer Telephone Wireless Operator | Emergency Medical Technician | Rescuer
Districts incl. Lahore, Attock, Jhelum, Sargodha, Sheikhupura, Chakwal, Murree, Pattoki, Sadiqabad and others.
Selection: written test + psychological (personality & aptitude) assessment at Emergency Services Academy, Ferozepur Road, Lahore -> physical fitness & skill tests -> interview by a Recruitment Board of five departments.
Final selection only after successful training. Candidates with bogus documents will face legal action."""},
            {"language": "ur", "channel": "facebook", "text": """ریسکیو 1122 میں بھرتی 🚑
605 آسامیوں کے لیے چھ ہزار سے زائد امیدواروں نے تحریری امتحان دیا۔ ایمرجنسی آفیسر، ریسکیو سیفٹی آفیسر، ایمرجنسی میڈیکل ٹیکنیشن، وائرلیس آپریٹر اور ریسکیورز کی پوسٹیں۔
تحریری ٹیسٹ میں کامیاب امیدواروں کی فہرست ایمرجنسی سروسز اکیڈمی فیروزپور روڈ لاہور اور متعلقہ ڈویژن میں لگے گی۔ اس کے بعد فزیکل اور اسکل ٹیسٹ، پھر پانچ محکموں کے ارکان پر مشتمل بورڈ انٹرویو لے گا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Rescue 1122 ka written test ho gaya, 6000 se zyada bande the 605 seats ke liye. Result list May ke end me academy Ferozpur Road pe lagegi. Pass walon ka phir physical aur skill test, phir interview. Training bhi pass karni hai tab final selection. Jali documents wale pakre jayenge bhai seedhi baat. Physical ki tayyari ke liye 0344-0000311"""},
        ],
    },
    {
        "group": "lk4-wapda-architecture-posts-ots-pknokri-2025",
        "source": {"url": "https://pknokri.com/2025/01/29/wapda-dy-director-architecture-assistant-director-architecture-jobs-latest-jan2025",
                   "title": "WAPDA Dy Director Architecture & Assistant Director Architecture Jobs (January 2025)",
                   "publisher": "PkNokri (republished WAPDA advertisement)", "date": "2025-01-29"},
        "facts": ["WAPDA invited applications for one Deputy Director (Architecture, BPS-18) and one Assistant Director (Architecture, BPS-17) on a regular basis, Punjab open quota",
                  "the posts need a bachelor's or master's in architecture with valid PCATP registration and years of experience; age limits 40 and 33 years",
                  "the written test is conducted by Open Testing Service (OTS) and the interview by WAPDA",
                  "the last date was 2 February 2025; government employees get up to 10 years' age relaxation"],
        "categories": ["government_job", "named_employer", "written_test", "last_date", "wapda"],
        "destination": "PK", "trade": "architect (BPS-17/18)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """WAPDA - SITUATION VACANT (Regular basis)
Deputy Director (Architecture) BPS-18 - 01 post - B.Arch + 5 yrs experience or M.Arch + 2 yrs, valid PCATP registration, max age 40
Assistant Director (Architecture) BPS-17 - 01 post - B.Arch + 4 yrs experience, valid PCATP registration, max age 33
Quota: Punjab (Open). Written test by OTS, interview by WAPDA.
Last date: 02-02-2025"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Architects ke liye WAPDA me 2 regular posts hain, Deputy Director grade 18 aur Assistant Director grade 17. PCATP registration zaroori hai aur experience bhi. Test OTS lega interview WAPDA. 2 Feb last date hai jaldi karo. Ad ki pic chahiye to 0315-0000846"""},
            {"language": "ur", "text": """واپڈا میں ماہرین تعمیرات کے لیے مستقل آسامیاں: ڈپٹی ڈائریکٹر آرکیٹیکچر (گریڈ 18) اور اسسٹنٹ ڈائریکٹر آرکیٹیکچر (گریڈ 17)۔ پی سی اے ٹی پی رجسٹریشن اور تجربہ لازمی۔ تحریری امتحان او ٹی ایس لے گا جبکہ انٹرویو واپڈا کرے گا۔ آخری تاریخ 2 فروری 2025۔"""},
        ],
    },
    {
        "group": "lk4-wapda-diamer-bhasha-local-jobs-propakistani-2020",
        "source": {"url": "https://propakistani.pk/2020/09/21/govt-announces-jobs-in-diamer-bhasha-project/",
                   "title": "Govt Announces Jobs in Diamer-Bhasha Project", "publisher": "ProPakistani", "date": "2020-09-21"},
        "facts": ["WAPDA advertised 124 vacancies in grades 6 to 16 for the Diamer-Bhasha dam construction project",
                  "earlier that month it had advertised 179 posts in grades 14 to 20 and 317 security positions",
                  "a WAPDA spokesperson said residents of Gilgit-Baltistan would be preferred for the positions"],
        "categories": ["government_job", "named_employer", "wapda", "local_job", "security_guard"],
        "destination": "PK", "trade": "project staff / security guard", "channel": "newspaper",
        "items": [
            {"language": "ur", "channel": "whatsapp", "text": """دیامر بھاشا ڈیم میں نوکریاں 💧
واپڈا نے گریڈ 6 سے 16 کی 124 آسامیاں مشتہر کر دی ہیں۔ اس سے پہلے گریڈ 14 سے 20 کی 179 آسامیاں اور سیکیورٹی کی 317 پوسٹیں بھی آ چکی ہیں۔
گلگت بلتستان کے رہائشیوں کو ترجیح دی جائے گی۔ مزید معلومات کے لیے: 0355-0000248"""},
            {"language": "en", "channel": "facebook", "text": """Diamer-Bhasha Dam jobs!! WAPDA has advertised 124 more posts (Grade 6-16). Earlier this month: 179 posts in Grade 14-20 and 317 security guard jobs. Locals of GB will be given preference. Apply as per the WAPDA ad, do not pay anyone to 'fix' your name."""},
            {"language": "ur-Latn", "text": """Chilas aur Diamer ke jawan mutawajjah hon: Bhasha dam project me WAPDA ki 124 nayi seats grade 6 se 16, aur security guard ki 317 posts. GB walon ko tarjeeh milegi. Ad ki copy group me dal di hai"""},
        ],
    },
    {
        "group": "lk4-railways-lahore-quota-allpakistanjobsalert-2026",
        "source": {"url": "https://allpakistanjobsalert.com/view-job.php?id=6477", "title": "Pakistan Railways Job Opportunities",
                   "publisher": "All Pakistan Jobs Alert (republished Pakistan Railways advertisement)", "date": "2026"},
        # date: year only (inferred from the last date to apply, 16-03-2026)
        "facts": ["Pakistan Railways advertised posts open to candidates domiciled in Lahore, Okara, Kasur, Gujranwala, Sheikhupura, Faisalabad, Sialkot, Narowal and other listed districts",
                  "age limit 18-25 years plus 5 years' general relaxation, with further relaxation for ex-servicemen, government servants and sons of deceased civil servants",
                  "recruitment quota: 60% open merit, 20% sons of railway employees, 10% ex-servicemen, 5% orphans and 5% minorities",
                  "applications with verified copies of certificates were due by 16 March 2026"],
        "categories": ["government_job", "railways", "last_date", "local_job"],
        "destination": "PK", "trade": "railway staff (Lahore division)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """PAKISTAN RAILWAYS - JOB OPPORTUNITIES
Domicile: Lahore, Okara, Kasur, Gujranwala, Sheikhupura, Nankana Sahib, Hafizabad, Jhang, Faisalabad, Toba Tek Singh, Sialkot, Narowal and listed parts of Sahiwal, Pakpattan, Gujrat and Chiniot.
Age: 18-25 years + 5 years general relaxation.
Quota: Open Merit 60% | Son of Railway Employee 20% | Ex-Serviceman 10% | Orphans 5% | Minority 5%
Attach verified copies of educational certificates with the application form.
Last date: 16-03-2026"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Railway me bharti aayi hai Lahore side ke districts ke liye. Age 18 se 25 plus 5 saal relaxation. Railway mulazim ke beton ka 20 percent quota hai, fauji retired ka 10. Form ke sath attested copies lagani hain. 16 March last date. Form lena ho to 0321-0000593 pe msg karo main pdf bhej dunga"""},
            {"language": "ur", "text": """پاکستان ریلویز میں ملازمتیں — لاہور، قصور، اوکاڑہ، گوجرانوالہ، فیصل آباد، سیالکوٹ اور نارووال سمیت متعلقہ اضلاع کے ڈومیسائل والے امیدوار درخواست دے سکتے ہیں۔
عمر 18 سے 25 سال، پانچ سال کی عمومی رعایت۔ کوٹہ: اوپن میرٹ 60 فیصد، ریلوے ملازمین کے بیٹے 20 فیصد، سابق فوجی 10 فیصد، یتیم 5 فیصد، اقلیت 5 فیصد۔
آخری تاریخ: 16 مارچ 2026"""},
        ],
    },
    {
        "group": "lk4-paa-assistant-grade2-atc-marshaller-2026",
        "source": {"url": "https://utveducation.blogspot.com/2026/03/pakistan-airports-authority-jobs-2026.html",
                   "title": "Pakistan Airports Authority Jobs 2026 - Apply Online for Assistant Grade-II Vacancies",
                   "publisher": "UTV Education (republished PAA Advertisement No. 01/2026)", "date": "2026-03"},
        "facts": ["Pakistan Airports Authority advertisement 01/2026 invited online applications for Assistant Grade-II (SG-05) posts, within 20 days of the advertisement",
                  "vacancies included 14 air traffic control assistants, 18 communication operations assistants and 35 marshallers",
                  "qualification F.Sc (pre-engineering), ICS or A-levels with at least 60% marks; maximum age 23",
                  "pay scale roughly Rs 23,330 to Rs 69,930"],
        "categories": ["government_job", "named_employer", "aviation", "local_job", "fresh_graduates"],
        "destination": "PK", "trade": "airport assistant (ATC / marshaller)", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """✈️ AIRPORT JOBS for Intermediate pass! Pakistan Airports Authority - Assistant Grade-II (SG-05)
ATC: 14 | Communication Operations: 18 | Marshaller: 35
F.Sc Pre-Engg / ICS / A-Level, min 60% marks, max age 23.
Pay scale approx Rs 23,330 - 69,930.
Apply ONLINE within 20 days of the ad (No. 01/2026)."""},
            {"language": "ur", "text": """پاکستان ایئرپورٹس اتھارٹی میں انٹرمیڈیٹ پاس نوجوانوں کے لیے نوکریاں: اسسٹنٹ گریڈ ٹو۔ ایئر ٹریفک کنٹرول کی 14، کمیونیکیشن آپریشنز کی 18 اور مارشلر کی 35 آسامیاں۔ ایف ایس سی پری انجینئرنگ یا آئی سی ایس کم از کم 60 فیصد نمبروں کے ساتھ، عمر 23 سال تک۔ درخواست آن لائن، اشتہار کے 20 دن کے اندر۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Airport pe marshaller ki 35 seats hain PAA me, FSc 60% chahiye aur age 23 se kam. Online apply hona hai 20 din me. Tankhwah 23 hazar se shuru scale wali. Koi agent form bharne ke 5 hazar maange to mat dena khud bharo. Madad chahiye to free me bata dunga 0320-0000457"""},
        ],
    },
    {
        "group": "lk4-pak-navy-pn-cadet-2026b-jobalerts",
        "source": {"url": "https://www.jobalertspakistan.com/2026/03/pakistan-navy-jobs-2026-pn-cadet-permanent-commission-2026-b.html",
                   "title": "Pakistan Navy Jobs 2026 - PN Cadet Permanent Commission Term 2026-B",
                   "publisher": "Job Alerts Pakistan", "date": "2026-03"},
        "facts": ["Pakistan Navy opened registration for PN Cadet Permanent Commission Term 2026-B, advertised in the daily Express on 2 March 2026",
                  "registration ran from 1 to 31 March 2026, entirely online through the Navy's official recruitment website",
                  "selected cadets train at PNS Rahbar and are commissioned as naval officers with salary, accommodation, medical cover and pension"],
        "categories": ["state_recruiter", "armed_forces", "last_date", "fresh_graduates"],
        "destination": "PK", "trade": "naval cadet (permanent commission)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """JOIN PAKISTAN NAVY as PN CADET - Permanent Commission, Term 2026-B
Online registration: 1 March to 31 March 2026 on the official Pak Navy recruitment website only.
Training at PNS Rahbar. Commissioned officers get salary, accommodation, medical cover and pension.
Apply yourself on the official website; no agent is needed."""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Pak Navy PN Cadet 2026-B ki registration shuru 🇵🇰⚓ 1 March se 31 March tak, sirf Navy ki official recruitment website pe online. Training PNS Rahbar me. Selection ke baad officer, tankhwah ghar ilaj pension sab. Inquiry ke liye academy wale bhai 0345-0000126"""},
            {"language": "ur", "channel": "whatsapp", "text": """پاک بحریہ میں پی این کیڈٹ (مستقل کمیشن) ٹرم 2026-بی کے لیے رجسٹریشن یکم مارچ سے 31 مارچ تک جاری ہے۔ رجسٹریشن صرف بحریہ کی سرکاری ریکروٹمنٹ ویب سائٹ پر آن لائن ہوگی۔ منتخب امیدواروں کی تربیت پی این ایس رہبر میں ہوگی۔"""},
        ],
    },
    # ------------------------------------------------------------------ hospitals, schools, NGOs
    {
        "group": "lk4-punjab-dhq-thq-nurses-pharmacists-nts-thenews-2017",
        "source": {"url": "https://www.thenews.com.pk/print/181039-Pharmacists-nurses-being-recruited",
                   "title": "Pharmacists, nurses being recruited", "publisher": "The News International", "date": "2017-01-23"},
        "facts": ["Punjab's primary and secondary healthcare department said 1,124 nurses and 342 pharmacists were being recruited for district and tehsil headquarters hospitals",
                  "993 nurses were for DHQ and 131 for THQ hospitals; 303 and 39 pharmacists respectively",
                  "application forms could be downloaded from the NTS website and the advertisement from the department's website",
                  "posts were contract-based, facility-specific and non-transferable; candidates had to name the hospital they applied for"],
        "categories": ["government_job", "nursing", "healthcare", "nts", "contract"],
        "destination": "PK", "trade": "staff nurse / pharmacist", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """PRIMARY & SECONDARY HEALTHCARE DEPARTMENT, PUNJAB
Charge Nurses: 993 (DHQ hospitals) + 131 (THQ hospitals)
Pharmacists: 303 (DHQ) + 39 (THQ)
Contract basis. Posts are facility specific and NON-TRANSFERABLE - write the name of the DHQ/THQ hospital you are applying for on the form.
Application forms: NTS website. Full advertisement: department website."""},
            {"language": "ur", "channel": "facebook", "text": """پنجاب کے ڈی ایچ کیو اور ٹی ایچ کیو ہسپتالوں میں 1124 نرسوں اور 342 فارماسسٹس کی بھرتی 💉
بھرتی کنٹریکٹ پر اور ہسپتال کی بنیاد پر ہوگی، تبادلہ نہیں ہو سکے گا۔ درخواست فارم این ٹی ایس کی ویب سائٹ سے ڈاؤن لوڈ کریں اور فارم میں اس ہسپتال کا نام لکھیں جہاں نوکری چاہیے۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Nurses ke liye khushkhabri, DHQ THQ hospitals me 1124 seats aur pharmacist ki 342. Form NTS ki site se download karo. Contract hai aur jis hospital ka naam likho gi wahi posting, transfer nahi hoga. Apne sheher ka hospital hi likhna. Koi masla ho to 0300-0000437 pe call kar lena main bata dungi"""},
        ],
    },
    {
        "group": "lk4-punjab-1000-staff-nurses-arynews-2021",
        "source": {"url": "https://arynews.tv/punjab-govt-recruit-1000-nurses/", "title": "Punjab govt to recruit 1000 nurses",
                   "publisher": "ARY News", "date": "2021-09-26"},
        "facts": ["Punjab's Specialized Healthcare and Medical Education Department announced it would recruit 1,000 staff nurses for government hospitals on the chief minister's orders",
                  "the year before, the chief minister had ordered 1,000 doctors and as many nurses hired on an emergency basis through walk-in interviews",
                  "a special allowance was announced for nurses treating dengue patients"],
        "categories": ["government_job", "nursing", "healthcare", "walk_in_interview", "urgent_hiring"],
        "destination": "PK", "trade": "staff nurse", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "channel": "whatsapp", "text": """URGENT!! Punjab govt 1000 staff nurses bharti kar rahi hai sarkari hospitals ke liye, CM ka order hai. Pichli dafa walk in interview se hui thi. Dengue ward wali nurses ko alag allowance bhi milega. Apni degree aur PNC registration tayyar rakho"""},
            {"language": "en", "channel": "facebook", "text": """Punjab to hire 1,000 staff nurses 🏥 The Specialized Healthcare & Medical Education Department will recruit 1,000 nurses for government hospitals across the province. Last year 1,000 doctors and 1,000 nurses were hired on an emergency basis through walk-in interviews. Nurses treating dengue patients will get a special allowance. Watch for the official advertisement."""},
            {"language": "ur", "text": """محکمہ اسپیشلائزڈ ہیلتھ کیئر اینڈ میڈیکل ایجوکیشن پنجاب کا سرکاری ہسپتالوں میں ایک ہزار اسٹاف نرسیں بھرتی کرنے کا اعلان۔ گزشتہ سال ایک ہزار ڈاکٹر اور اتنی ہی نرسیں واک ان انٹرویو کے ذریعے ہنگامی بنیادوں پر بھرتی کی گئی تھیں۔ ڈینگی کے مریضوں کا علاج کرنے والی نرسوں کو خصوصی الاؤنس دیا جائے گا۔"""},
        ],
    },
    {
        "group": "lk4-punjab-school-teaching-interns-factfile-2025",
        "source": {"url": "https://factfile.pk/2025/01/18/punjab-school-teaching-interns-2025-check-eligibility-criteria-inside/",
                   "title": "Punjab School Teaching Interns 2025: Check eligibility criteria inside", "publisher": "FactFile", "date": "2025-01-18"},
        "facts": ["the Punjab Education Department announced a policy to recruit 12,500 School Teaching Interns for nine months each year",
                  "candidates must belong to the district and hold a master's degree with a professional teaching qualification (bachelor's plus teaching qualification for primary)",
                  "monthly stipends: Rs 38,000 in primary, Rs 40,000 in middle and Rs 45,000 in high and higher secondary schools",
                  "merit lists are shown at deputy DEO offices, on an online portal and on school notice boards; interns are temporary, not transferable and not eligible for permanent posts, but get a certificate"],
        "categories": ["government_scheme", "teacher", "stipend", "internship", "local_job"],
        "destination": "PK", "trade": "school teaching intern", "channel": "government",
        "items": [
            {"language": "en", "channel": "facebook", "text": """PUNJAB SCHOOL TEACHING INTERNS (STI) 2025 📚
12,500 interns | 9 months
Stipend: Primary Rs 38,000 | Middle Rs 40,000 | High/Higher Sec Rs 45,000 per month
Eligibility: resident of the district; Master's + teaching qualification (Bachelor's + teaching qualification for primary)
Apply only on the district online portal. Merit lists at Deputy DEO office, portal and school notice board.
Note: temporary internship - no transfer, no regularisation. Certificate on completion."""},
            {"language": "ur", "text": """پنجاب میں ساڑھے بارہ ہزار اسکول ٹیچنگ انٹرنز کی بھرتی
مدت: نو ماہ۔ وظیفہ: پرائمری 38 ہزار، مڈل 40 ہزار، ہائی اور ہائر سیکنڈری 45 ہزار روپے ماہانہ۔
امیدوار اسی ضلع کا رہائشی ہو اور ماسٹرز کے ساتھ پیشہ ورانہ تدریسی ڈگری رکھتا ہو۔
میرٹ لسٹ ڈپٹی ڈی ای او آفس، آن لائن پورٹل اور اسکول کے نوٹس بورڈ پر لگے گی۔ یہ عارضی انٹرن شپ ہے، مستقلی یا تبادلہ نہیں ہوگا۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """STI ki posts aa gayi hain, high school me 45 hazar mahana, primary me 38. Sirf apne district ke portal pe apply hoga. B.Ed ya M.Ed zaroor ho. Yaad rakhna ye pakki naukri nahi 9 mahine ki internship hai. Portal ka link chahiye to 0304-0000158 pe msg karo"""},
        ],
    },
    {
        "group": "lk4-punjab-college-teaching-interns-ilmiat-urdu",
        "source": {"url": "https://ilmiatonline.com/%db%81%d8%a7%d8%a6%d8%b1%d8%a7%db%8c%d8%ac%d9%88%da%a9%db%8c%d8%b4%d9%86-%da%88%db%8c%d9%be%d8%a7%d8%b1%d9%b9%d9%85%d9%86%d9%b9-%d9%be%d9%86%d8%ac%d8%a7%d8%a8-%d9%b9%db%8c%da%86%d9%86%da%af-%d8%b3",
                   "title": "ہائرایجوکیشن ڈیپارٹمنٹ پنجاب ٹیچنگ سٹاف کی فراہمی کے لیے 8084 کالج ٹیچنگ انٹرنز کی بھرتی", "publisher": "Ilmiat Online", "date": None},
        # date unknown; title taken from the article's lead sentence
        "facts": ["the Higher Education Department Punjab announced a schedule to recruit 8,084 College Teaching Interns",
                  "5% of places are reserved for minorities, 3% for disabled people and 0.5% for transgender people",
                  "interns for intermediate classes serve seven months and for BS classes ten months",
                  "the stipend is Rs 50,000 a month"],
        "categories": ["government_scheme", "teacher", "stipend", "internship"],
        "destination": "PK", "trade": "college teaching intern (lecturer)", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """محکمہ ہائر ایجوکیشن پنجاب: 8084 کالج ٹیچنگ انٹرنز کی بھرتی کا شیڈول جاری 🎓
اقلیتوں کے لیے 5 فیصد، معذور افراد کے لیے 3 فیصد اور خواجہ سرا کمیونٹی کے لیے 0.5 فیصد کوٹہ۔
انٹرمیڈیٹ کلاسوں کے لیے مدت سات ماہ، بی ایس کلاسوں کے لیے دس ماہ۔
وظیفہ: 50 ہزار روپے ماہانہ۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """CTI ki 8084 seats! College me parhao aur 50 hazar mahana lo. Inter classes ke liye 7 mahine, BS ke liye 10 mahine. Minority 5%, disabled 3% quota. Group me schedule share kar diya hai, add hona ho to 0301-0000690"""},
            {"language": "en", "channel": "facebook", "text": """Punjab HED announces schedule for 8,084 College Teaching Interns. Stipend Rs 50,000/month. Intermediate classes: 7 months; BS classes: 10 months. Quotas: minorities 5%, persons with disability 3%, transgender 0.5%."""},
        ],
    },
    {
        "group": "lk4-ngo-social-organizers-baba-island-brightspyre-2026",
        "source": {"url": "https://lrbt1.brightspyre.com/jobs/ywnb_IGsUj5BZQwqrUaaDZKgLL8i",
                   "title": "Social organizers - BABA ISLAND & nearby areas", "publisher": "BrightSpyre", "date": "2026-02-19"},
        "facts": ["a confidential employer advertised 40 part-time Social Organizer positions for a community health project (family planning and post-abortion care) at Baba Island and nearby areas of Karachi",
                  "the field-based social organizers report to a health programme officer and hold community meetings, group discussions and household visits",
                  "they engage community, religious and women leaders, address myths about family planning and link communities with health facilities through referrals",
                  "the post was listed on 19 February 2026 with a closing date of 19 March 2026"],
        "categories": ["ngo", "health_worker", "part_time", "local_job", "women_hiring", "job_board"],
        "destination": "PK", "trade": "social organizer (community health)", "channel": "job_board",
        "items": [
            {"language": "en", "text": """Social Organizers (40 positions, part time) - Baba Island & nearby areas, Karachi
Project: Community Health Improvement (Family Planning & Post-Abortion Care)
Field-based, reporting to the Health Program Officer.
Work: community meetings, household visits, awareness sessions on birth spacing and maternal health, referrals to nearby health facilities.
Local residents, especially women, encouraged. Last date: 19 March 2026."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Baba Island aur aas paas ke areas ki khawateen ke liye part time kaam: social organizer, 40 seats. Ghar ghar ja ke maa aur bache ki sehat, family planning ki aagahi deni hai aur hospital refer karna hai. Apply 19 March tak. Details ke liye 0314-0000926"""},
            {"language": "ur", "text": """بابا آئی لینڈ اور قریبی علاقوں کے لیے صحت منصوبے میں 40 سوشل آرگنائزرز (جز وقتی) درکار۔ کام: گھر گھر آگاہی، کمیونٹی میٹنگز، خاندانی منصوبہ بندی اور زچہ بچہ کی صحت کے بارے میں معلومات، مریضوں کو قریبی ہسپتال ریفر کرنا۔ مقامی خواتین کو ترجیح۔ آخری تاریخ 19 مارچ۔ رابطہ: 0314-0000926"""},
        ],
    },
    {
        "group": "lk4-spo-aawaz-community-facilitator-brightspyre-2025",
        "source": {"url": "https://www1.brightspyre.com/jobs/ywnb_IGsUj5BZQwqrUaaDZKrIbkj", "title": "Community Facilitator",
                   "publisher": "BrightSpyre (Strengthening Participatory Organization)", "date": "2025-03-17"},
        "facts": ["Strengthening Participatory Organization (SPO) advertised four contractual Community Facilitator posts in Khanewal and Vehari for its Aawaz II programme",
                  "the post asks for 4 years' experience and a maximum age of 45",
                  "duties: social mobilization, setting up village forums and Aawaz Aagahi Centres, training youth volunteers, awareness on themes such as child marriage, managing referrals and a village early warning system",
                  "the post was listed on 17 March 2025 with a closing date of 21 March 2025"],
        "categories": ["ngo", "named_employer", "contract", "local_job", "job_board"],
        "destination": "PK", "trade": "community facilitator", "channel": "job_board",
        "items": [
            {"language": "en", "text": """SPO - Strengthening Participatory Organization
Community Facilitator (4 positions) - Khanewal, Vehari | Contract
Aawaz II programme: social mobilization, village forums, Aawaz Aagahi Centres, youth volunteers, awareness against child marriage, referrals and early warning.
Experience: 4 years. Max age: 45.
Last date: 21 March 2025"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """Khanewal aur Vehari walo, SPO ko Aawaz II project ke liye 4 community facilitators chahiye. Village forum banana, youth volunteers ki training, kam umri ki shadi ke khilaf aagahi. 4 saal tajurba, age 45 tak. Sirf 21 March tak apply ho sakta hai jaldi karein. Maloomat: 0347-0000129"""},
            {"language": "ur", "channel": "whatsapp", "text": """ایس پی او کو خانیوال اور وہاڑی کے لیے چار کمیونٹی فیسلیٹیٹرز کی ضرورت ہے (کنٹریکٹ)۔ آواز ٹو پروگرام: ویلیج فورمز، نوجوان رضاکاروں کی تربیت، کم عمری کی شادی کے خلاف آگاہی۔ تجربہ چار سال، عمر 45 سال تک۔ آخری تاریخ 21 مارچ۔"""},
        ],
    },
    {
        "group": "lk4-trdp-women-social-organizer-jamshoro",
        "source": {"url": "http://jobs.thardeep.org/job_closed_id.php?job_id=39", "title": "Social Organizer (only for women)",
                   "publisher": "Thardeep Rural Development Programme (TRDP)", "date": None},
        # date unknown (closed vacancy page)
        "facts": ["TRDP advertised a Social Organizer post for women only, reporting to the District Manager in District Jamshoro with frequent travel to project union councils",
                  "it asked for a BA/BSc and at least two years' mobilization experience, preferably in health projects; prior TRDP health experience was preferred",
                  "duties included identifying areas not covered by lady health workers, forming village health committees and guiding community resource persons in reproductive health and birth spacing"],
        "categories": ["ngo", "named_employer", "women_hiring", "health_worker", "local_job"],
        "destination": "PK", "trade": "social organizer (female)", "channel": "company_site",
        "items": [
            {"language": "en", "text": """TRDP - VACANCY: SOCIAL ORGANIZER (ONLY FOR WOMEN)
Duty station: District Jamshoro, with travel to project UCs. Reports to the District Manager.
Qualification: BA/BSc + 2 years' experience in community mobilization, preferably health / family planning projects. Prior TRDP experience preferred.
Role: village health committees, community resource persons, birth spacing awareness in areas without Lady Health Workers."""},
            {"language": "ur", "channel": "facebook", "text": """صرف خواتین کے لیے — سوشل آرگنائزر، ضلع جامشورو
تھرڈیپ رورل ڈیولپمنٹ پروگرام کو صحت منصوبے کے لیے خاتون سوشل آرگنائزر درکار ہے۔ تعلیم بی اے یا بی ایس سی، کمیونٹی موبلائزیشن میں کم از کم دو سال کا تجربہ۔ یونین کونسلوں میں فیلڈ وزٹ کرنا ہوں گے۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Jamshoro ki parhi likhi behno ke liye TRDP me social organizer ki job sirf ladies ke liye. BA aur 2 saal field ka tajurba chahiye, health project ho to behtar. UCs me aana jana hoga. Interested ho to 0331-0000672 pe CV bhejo"""},
        ],
    },
    # ------------------------------------------------------------------ freelancing and skills programmes
    {
        "group": "lk4-digiskills-first-batch-thenews-2018",
        "source": {"url": "https://www.thenews.com.pk/print/359917-60-331-trained-in-first-batchunder-digiskills-programme",
                   "title": "60,331 trained in first batch under 'Digiskills programme'", "publisher": "The News International (APP)", "date": "2018-08-27"},
        "facts": ["the Ministry of IT and Telecommunication enrolled 60,331 of 64,332 registered trainees in the first batch of the DigiSkills programme, which began on 1 August",
                  "the first batch offered Freelancing, Digital Marketing, e-Commerce Management and Digital Literacy; SEO, AutoCAD, WordPress, QuickBooks, Graphic Design and Creative Writing were to follow",
                  "courses are online through a web portal and learning management system, designed with Virtual University; seven batches were planned",
                  "the aim is to equip youth, women, students and freelancers with skills for online marketplaces"],
        "categories": ["government_scheme", "online_work", "freelancing", "training"],
        "destination": "PK", "trade": "freelancer (online skills training)", "channel": "government",
        "items": [
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Ghar baithe freelancing seekhni hai? Govt ka DigiSkills program, online courses: Freelancing, Digital Marketing, e-Commerce, Digital Literacy. Pehle batch me 60 hazar log enroll hue. Agle batch me Graphic Design, WordPress, AutoCAD bhi. Agle batch ke liye abhi se register karo"""},
            {"language": "en", "channel": "facebook", "text": """DigiSkills.pk - Ministry of IT & Telecom 💻
First batch started 1 August with 60,331 trainees!
Courses now: Freelancing | Digital Marketing | e-Commerce Management | Digital Literacy
Coming next: SEO, AutoCAD, WordPress, QuickBooks, Graphic Design, Creative Writing
Fully online, developed with Virtual University. Seven batches planned - register for the next one."""},
            {"language": "ur", "text": """وزارت آئی ٹی کا ڈیجی اسکلز پروگرام: پہلے بیچ میں 60 ہزار سے زائد افراد کا داخلہ۔ فری لانسنگ، ڈیجیٹل مارکیٹنگ، ای کامرس اور ڈیجیٹل لٹریسی کے آن لائن کورسز۔ اگلے بیچوں میں گرافک ڈیزائن، ورڈپریس، آٹوکیڈ اور کوئیک بکس بھی شامل ہوں گے۔ نوجوان، خواتین اور طلبہ سب داخلہ لے سکتے ہیں۔"""},
        ],
    },
    {
        "group": "lk4-digiskills-one-million-dnanews-2020",
        "source": {"url": "https://dnanews.com.pk/digiskills-pk-1-million-trainings-imparted-youth-freelancing/",
                   "title": "DigiSkills.pk: 1 million trainings imparted to youth in freelancing", "publisher": "DNA News", "date": "2020-05-20"},
        "facts": ["DigiSkills.pk, run by Virtual University for the IT ministry through Ignite, reached one million free online trainings in its sixth batch",
                  "the project aimed at 1 million trainings in 7 batches of 12 weeks each over 30 months",
                  "250,000 enrolments had already been made for the seventh batch starting 27 May 2020",
                  "the programme has 10 courses including Freelancing, Digital Marketing, SEO, Graphic Design, e-Commerce, Creative Writing, QuickBooks, AutoCAD and WordPress"],
        "categories": ["government_scheme", "online_work", "freelancing", "training", "last_date"],
        "destination": "PK", "trade": "freelancer (online skills training)", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "whatsapp", "text": """Batch 7 of DigiSkills starts 27 May! 🎓 Free 12-week online courses from the IT Ministry & Virtual University: Freelancing, Digital Marketing, SEO, Graphic Design, e-Commerce, Creative Writing, QuickBooks, AutoCAD, WordPress. 2.5 lakh enrolments already. Stuck at home in lockdown? Learn to earn online."""},
            {"language": "ur", "channel": "facebook", "text": """ڈیجی اسکلز پروگرام کے تحت دس لاکھ مفت آن لائن تربیتیں مکمل! 🎉
ساتویں بیچ کا آغاز 27 مئی سے، ڈھائی لاکھ داخلے ہو چکے ہیں۔ ہر بیچ بارہ ہفتوں کا ہے۔
دس کورسز: فری لانسنگ، ڈیجیٹل مارکیٹنگ، ایس ای او، گرافک ڈیزائن، ای کامرس، تخلیقی تحریر، کوئیک بکس، آٹوکیڈ، ورڈپریس اور ڈیجیٹل لٹریسی۔"""},
            {"language": "ur-Latn", "text": """Lockdown me ghar pe ho to DigiSkills join karo, 27 May se naya batch. 12 hafte ka free course, freelancing aur graphic design wagera. 10 lakh log kar chuke. Registration ki help chahiye to mujhe 0312-0000381 pe msg kar dena, koi paisa nahi lunga"""},
        ],
    },
    {
        "group": "lk4-erozgaar-last-date-ilmkidunya-2017",
        "source": {"url": "https://www.ilmkidunya.com/edunews/last-date-to-apply-for-cm-s-e-rozgaar-scheme-12061.aspx",
                   "title": "Last date to apply for CM's e-Rozgaar scheme", "publisher": "ilmkidunya", "date": "2017-03"},
        # date inferred (article announces a 5 March 2017 deadline)
        "facts": ["the Punjab government set 5 March 2017 as the last date to apply online for the Chief Minister's e-Rozgaar scheme of PITB and the Youth Affairs department",
                  "graduates under 35 were applying; selected candidates get three months' freelancing training at 40 centres, five of them for women",
                  "10,000 applicants were to be trained in the first phase in three batches",
                  "training centres were set up in 11 universities including UET Taxila, Islamia University Bahawalpur, BZU, University of Gujrat and LCWU"],
        "categories": ["government_scheme", "online_work", "freelancing", "training", "women_hiring", "last_date"],
        "destination": "PK", "trade": "freelancer (e-Rozgaar trainee)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """CHIEF MINISTER'S e-ROZGAAR PROGRAMME - Punjab IT Board & Youth Affairs
3-month freelancing training for unemployed graduates up to 35 years.
40 training centres in 11 universities (5 centres only for women) - UET Taxila, IUB Baghdad Campus, BZU, UoG, LCWU and more.
10,000 trainees in the first phase.
Apply ONLINE. Last date: 5 March 2017."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """e-Rozgaar ka form 5 March tak bharo!! Graduate ho aur 35 saal se kam to 3 mahine ki freelancing training, apne qareeb wali university me center. Larkiyon ke liye 5 alag centers hain. Pehle phase me 10 hazar seats. Form bharne me masla ho to 0334-0000862"""},
            {"language": "ur", "text": """وزیراعلیٰ ای روزگار پروگرام میں آن لائن درخواست کی آخری تاریخ 5 مارچ ہے۔ 35 سال تک کے بے روزگار گریجویٹس کو چالیس مراکز میں تین ماہ کی فری لانسنگ تربیت دی جائے گی، جن میں سے پانچ مراکز صرف خواتین کے لیے ہیں۔ پہلے مرحلے میں دس ہزار نوجوانوں کو تربیت ملے گی۔"""},
        ],
    },
    {
        "group": "lk4-erozgaar-new-phase-roznama92-urdu",
        "source": {"url": "https://www.roznama92news.com/%D8%A7%DB%8C-%D8%B1%D9%88%D8%B2%DA%AF%D8%A7%D8%B1-%D9%BE%D8%B1%D9%88%DA%AF%D8%B1%D8%A7%D9%85-%DB%92-%D9%85%D8%B1%D8%AD%D9%84%DB%92-%DA%A9%DB%8C%D9%84%DB%92-%D8%AF%D8%B1%D8%AE%D9%88%D8%A7%D8%B3%D8%AA%D9%88%DA%BA-%DA%A9%DB%8C-%D9%88%D8%B5%D9%88%D9%84%DB%8C",
                   "title": "ای روزگار پروگرام کے نئے مرحلے کیلئے درخواستوں کی وصولی", "publisher": "Roznama 92 News", "date": None},
        # date unknown; title taken from the URL slug / lead
        "facts": ["PITB and the Youth Affairs department opened applications for a new phase of the e-Rozgaar programme",
                  "selected unemployed youth get three months' free technical and non-technical freelancing training at 30 e-Rozgaar centres in 25 districts of Punjab",
                  "about 9,000 people trained so far had earned about 97 million rupees online",
                  "unemployed MA-pass youth with a Punjab domicile up to age 35 may apply online; the last date was 5 May"],
        "categories": ["government_scheme", "online_work", "freelancing", "training", "last_date"],
        "destination": "PK", "trade": "freelancer (e-Rozgaar trainee)", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """ای روزگار پروگرام کے نئے مرحلے کے لیے داخلے شروع
پنجاب کے 25 اضلاع میں 30 ای روزگار سینٹرز میں بے روزگار نوجوانوں کو تین ماہ کی مفت فری لانسنگ تربیت۔
اب تک تقریباً نو ہزار افراد تربیت لے کر آن لائن نو کروڑ ستر لاکھ روپے کما چکے ہیں۔
اہلیت: پنجاب ڈومیسائل، عمر 35 سال تک، ایم اے پاس۔ آن لائن درخواست کی آخری تاریخ 5 مئی۔"""},
            {"language": "ur-Latn", "channel": "facebook", "text": """e-Rozgaar ka naya batch! 3 mahine free training aur ghar baithe online kamao. 9 hazar log 9 crore 70 lakh kama chuke hain. Punjab domicile, 35 saal tak, MA pass. Online apply 5 May tak. Sawal ho to comment ya 0302-0000815"""},
            {"language": "en", "channel": "whatsapp", "text": """e-Rozgaar new phase: free 3-month freelancing training at 30 centres in 25 districts of Punjab. ~9,000 trainees have earned Rs 97 million online so far. Punjab domicile, up to 35, Master's degree, unemployed. Apply online by 5 May."""},
        ],
    },
    # ------------------------------------------------------------------ companies, platforms and riders
    {
        "group": "lk4-k-electric-apprenticeship-pakobserver-2017",
        "source": {"url": "http://pakobserver.net/k-electric-initiates-apprenticeship-programme/",
                   "title": "K-Electric initiates apprenticeship programme", "publisher": "Pakistan Observer", "date": "2017-01-22"},
        "facts": ["K-Electric launched a two-year apprenticeship programme for management and non-management staff with skill development, mentoring and on-job training",
                  "the first batch had 32 apprentices; the utility aimed to train over 550 in generation, distribution and transmission",
                  "apprentices who qualify will be considered for full-time employment",
                  "officials of the labour ministry and the Sindh TEVTA attended the launch at KE's Azm Learning Institute"],
        "categories": ["named_employer", "training", "apprenticeship", "local_job"],
        "destination": "PK", "trade": "apprentice electrical technician", "channel": "newspaper",
        "items": [
            {"language": "en", "channel": "facebook", "text": """K-Electric Apprenticeship Programme ⚡
2-year on-job training in Generation, Distribution & Transmission.
First batch of 32 started - target over 550 apprentices in two years.
Skill development + mentoring. Apprentices who qualify will be considered for full-time jobs at KE."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """KE ne apprenticeship shuru ki hai 2 saal ki, 550 larkon ko training denge generation distribution transmission me. Pass ho gaye to KE me pakki naukri ka chance. DAE walo Karachi me ho to zaroor dekho. Details 0318-0000406"""},
            {"language": "ur", "text": """کے الیکٹرک کا دو سالہ اپرنٹس شپ پروگرام شروع۔ پہلے بیچ میں 32 اپرنٹس، دو برس میں ساڑھے پانچ سو سے زائد نوجوانوں کو جنریشن، ڈسٹری بیوشن اور ٹرانسمیشن میں تربیت دی جائے گی۔ کامیاب اپرنٹس کو کمپنی میں مستقل ملازمت کے لیے زیر غور لایا جائے گا۔"""},
        ],
    },
    {
        "group": "lk4-careem-one-million-captains-propakistani-2018",
        "source": {"url": "https://propakistani.pk/2018/09/03/careems-global-network-of-captains-hits-one-million/",
                   "title": "Careem's Global Network of Captains Hits One Million", "publisher": "ProPakistani", "date": "2018-09-03"},
        "facts": ["Careem announced it had passed one million captains (drivers) on its platform across 14 countries, a quarter ahead of target",
                  "Pakistan is one of its largest markets; Careem entered in 2016 aiming to create 1 million jobs in Pakistan by the end of 2020",
                  "drivers are called Captains and Captainahs; a Captain Experience team trains them and runs programmes for their wellbeing"],
        "categories": ["named_employer", "driver", "gig_work", "local_job", "women_hiring"],
        "destination": "PK", "trade": "ride-hailing captain (driver)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Become a Careem Captain or Captainah 🚗
Careem now has over 1 million captains across 14 countries - and Pakistan is one of our biggest markets.
Drive part time or full time with your own car. Training and support from our Captain Experience team.
Sign up in the Careem Captain app."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Bhai gari hai aur kaam nahi? Careem captain ban jao. Poori duniya me 10 lakh captains ho gaye hain, Pakistan me bhi bohot hain. Apna time khud decide karo. Register app se hota hai, office bhi training deta hai. Meri referral chahiye to 0323-0000491"""},
            {"language": "ur", "channel": "facebook", "text": """کریم کپتان بنیں! 🚗 کریم کے کپتانوں کی تعداد دنیا بھر میں دس لاکھ سے بڑھ گئی ہے اور پاکستان اس کی بڑی مارکیٹوں میں سے ایک ہے۔ کمپنی نے 2020 تک پاکستان میں دس لاکھ روزگار پیدا کرنے کا ہدف رکھا ہے۔ خواتین بھی کپتانہ کے طور پر شامل ہو سکتی ہیں۔"""},
        ],
    },
    {
        "group": "lk4-bykea-partners-app-2017",
        "source": {"url": "https://www.app.com.pk/all-in-one-motorcycle-taxis-may-shift-paradigm-in-future/",
                   "title": "All-in-one motorcycle taxis may shift paradigm in future", "publisher": "Associated Press of Pakistan (APP)", "date": "2017-09-11"},
        "facts": ["app-based motorcycle services such as Bykea operated in six big cities, offering rides, deliveries, bill payments and bazaar errands",
                  "Bykea said it had over 3,000 partners (bike riders) and provided accidental insurance",
                  "a partner said seven rides in a nine-hour day earned him Rs 1,250",
                  "staff said affordable investment and self-employment attracted unemployed lower-middle-class youth"],
        "categories": ["named_employer", "rider", "gig_work", "local_job"],
        "destination": "PK", "trade": "motorbike ride-hailing partner", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Apni bike hai? Bykea partner ban jao. Sawari, parcel, bill jama karwana sab kaam. 9 ghante me 7 rides se 1250 ban jate hain. Company accident insurance bhi deti hai. Pindi terminal pe training hoti hai. Info 0311-0000274"""},
            {"language": "en", "channel": "facebook", "text": """Own a motorbike? Earn with Bykea 🏍️ Rides, parcel delivery, food orders and utility bill payments - all in one app. 3,000+ partners already. Accidental insurance provided. Our partners earn around Rs 1,250 for seven rides in a nine-hour day. Visit your nearest Bykea terminal."""},
            {"language": "ur", "text": """بائیکیا پارٹنر بنیں — اپنی موٹر سائیکل سے روزگار کمائیں۔ سواری، پارسل، کھانا اور بل جمع کروانے کی سروس۔ تین ہزار سے زائد پارٹنرز۔ حادثاتی انشورنس کمپنی کی طرف سے۔ ایک پارٹنر کے مطابق نو گھنٹوں میں سات سواریوں سے ساڑھے بارہ سو روپے بن جاتے ہیں۔"""},
        ],
    },
    {
        "group": "lk4-foodpanda-riders-bonus-samaa-2019",
        "source": {"url": "https://www.samaa.tv/news/2019/10/foodpanda-riders-up-in-arms-after-50-salary-cut/",
                   "title": "Foodpanda riders up in arms after 50% salary cut", "publisher": "Samaa TV", "date": "2019-10-24"},
        "facts": ["Foodpanda delivery riders protested in Karachi's Jauhar area after bonuses were cut by about Rs 20,000",
                  "a rider said his pay of Rs 40,000 including bonus was now about half, for 15 to 16 hours of work a day",
                  "riders complained of no job security or health insurance and said they were threatened with dismissal",
                  "Foodpanda operated in Karachi, Lahore, Islamabad, Rawalpindi, Peshawar and other cities with more than 1,000 restaurants"],
        "categories": ["named_employer", "rider", "delivery", "gig_work", "local_job"],
        "destination": "PK", "trade": "food delivery rider", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Bhai foodpanda me rider lagna hai to soch samajh ke. Salary plus bonus mila ke 40 hazar tak ban jata tha lekin ab bonus kaat diya hai, 15 16 ghante kaam hai. Insurance wagera kuch nahi. Phir bhi kaam chahiye to hub pe chale jao CNIC aur bike ke kagaz le ke"""},
            {"language": "en", "channel": "facebook", "text": """Riders needed in Karachi, Lahore, Islamabad, Rawalpindi & Peshawar 🛵 Deliver food from 1,000+ restaurants. Fixed salary + order bonuses. Day and night shifts available."""},
            {"language": "ur", "text": """فوڈ پانڈا کے رائیڈرز کا کراچی میں جوہر چورنگی تک احتجاج: بونس میں بیس ہزار روپے تک کٹوتی۔ رائیڈرز کا کہنا ہے کہ بونس ملا کر چالیس ہزار بنتے تھے جو اب آدھے رہ گئے، روزانہ پندرہ سولہ گھنٹے کام، نہ نوکری کا تحفظ نہ ہیلتھ انشورنس۔"""},
        ],
    },
    # ------------------------------------------------------------------ police
    {
        "group": "lk4-islamabad-police-1262-posts-nts-fee-dawn-2019",
        "source": {"url": "https://www.dawn.com/news/1490217/over-80000-apply-for-1262-posts-in-police-dept",
                   "title": "Over 80,000 apply for 1,262 posts in police dept", "publisher": "Dawn", "date": "2019-06-25"},
        "facts": ["Islamabad capital police advertised 1,262 posts: 18 ASIs (BPS-11), 1,222 constables (BPS-7), 3 mounted police and 19 band constables",
                  "about 89,000 people applied and NTS declared 78,000 eligible; NTS was to hold physical and written tests in 14 cities across the country",
                  "NTS charged each candidate Rs 350, and the government paid a similar amount per eligible candidate",
                  "senior police officers were to monitor the tests; the contract went to NTS after bidding to keep the process transparent"],
        "categories": ["government_job", "police", "nts", "application_fee_official", "written_test"],
        "destination": "PK", "trade": "police constable / ASI", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """ISLAMABAD CAPITAL TERRITORY POLICE - 1,262 POSTS
ASI (BPS-11): 18 | Constable (BPS-7): 1,222 | Mounted Police Constable: 3 | Band Constable: 19
Physical and written tests by NTS in 14 cities across Pakistan.
NTS processing fee: Rs 350 per candidate.
Check your test centre and roll number slip on the NTS website."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Islamabad police me constable ki 1222 seats, test NTS lega 14 shehron me, Quetta Peshawar GB sab jagah center hai. NTS fee sirf 350 rupay. Roll number slip NTS ki site se nikalo. Koi bhi 'setting' ka bol ke paise maange to police ko report karo"""},
            {"language": "ur", "channel": "facebook", "text": """اسلام آباد پولیس میں 1262 آسامیوں کے لیے 89 ہزار امیدواروں کی درخواستیں 👮
کانسٹیبل (گریڈ 7) کی 1222، اے ایس آئی کی 18، ماؤنٹڈ پولیس کی 3 اور بینڈ کی 19 آسامیاں۔
این ٹی ایس ملک کے 14 شہروں میں جسمانی اور تحریری امتحان لے گی۔ فی امیدوار فیس 350 روپے۔ سینئر افسران پورے عمل کی نگرانی کریں گے۔"""},
        ],
    },
    {
        "group": "lk4-sindh-police-11000-posts-iba-nation-2024",
        "source": {"url": "https://www.nation.com.pk/24-Mar-2024/sindh-police-announce-recruitment-of-11-000-policemen",
                   "title": "Sindh Police announce recruitment of 11,000 policemen", "publisher": "The Nation", "date": "2024-03-24"},
        "facts": ["Sindh Police announced recruitment of over 11,000 Grade 7 personnel across the province for men and women aged 18 to 28",
                  "online applications were open until 23 April 2024; an online test would be followed by physical fitness tests run by IBA Sukkur",
                  "Karachi had 3,108 positions for men, 583 for women and 194 for minorities; Larkana 2,000 including 318 for women; Shaheed Benazirabad 3,322"],
        "categories": ["government_job", "police", "women_hiring", "written_test", "last_date"],
        "destination": "PK", "trade": "police constable (grade 7)", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سندھ پولیس میں 11 ہزار سے زائد بھرتیاں 🚔
گریڈ 7 کی آسامیاں، مرد و خواتین دونوں کے لیے، عمر 18 سے 28 سال۔
کراچی: مرد 3108، خواتین 583، اقلیت 194۔ لاڑکانہ: 2000 (خواتین 318)۔ شہید بینظیر آباد: 3322۔
آن لائن درخواست 23 اپریل 2024 تک۔ پہلے آن لائن ٹیسٹ، پھر آئی بی اے سکھر کے تحت فزیکل ٹیسٹ۔"""},
            {"language": "en", "channel": "facebook", "text": """SINDH POLICE RECRUITMENT 2024 - 11,000+ posts (BPS-07), men and women, age 18-28. Karachi alone: 3,108 male, 583 female, 194 minority seats. Apply online by 23 April 2024. Online test first, then physical test conducted by IBA Sukkur."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Sindh police me 11 hazar bharti!! larkiyan bhi apply kar sakti hain, Karachi me 583 seats female ki. Age 18 se 28. 23 April tak online form. Pehle online test phir IBA Sukkur wala physical. Form bharne me help chahiye to 0316-0000539"""},
        ],
    },
    {
        "group": "lk4-sindh-police-ssu-commandos-nts-urdupoint-2018",
        "source": {"url": "https://daily.urdupoint.com/livenews/2018-01-26/news-1389204.html",
                   "title": "کراچی، سندھ پولیس میں 1280 مختلف اسامیوں پر بھرتی کے لیے ایک لاکھ چالیس ہزار سے زائد درخواستیں موصول",
                   "publisher": "UrduPoint (Online news agency)", "date": "2018-01-26"},
        "facts": ["the Sindh Police Special Security Unit received over 146,000 applications for 1,280 posts: 1,100 commandos, 50 lady commandos and 130 driver constables",
                  "recruitment was run through NTS; physical tests began on 25 January 2018 in Karachi, Hyderabad and Sukkur",
                  "on the first day 7,454 candidates took the running and measurement test and 1,214 passed",
                  "commando standards: height 5 ft 5 in and 1.6 km in 7 minutes; lady commandos 5 ft and 800 m in 14 minutes"],
        "categories": ["government_job", "police", "nts", "women_hiring", "physical_test"],
        "destination": "PK", "trade": "police commando / driver constable", "channel": "newspaper",
        "items": [
            {"language": "ur", "text": """سندھ پولیس اسپیشل سیکیورٹی یونٹ: 1280 آسامیوں کے لیے ایک لاکھ چھیالیس ہزار درخواستیں
کمانڈوز 1100، لیڈی کمانڈوز 50، ڈرائیور کانسٹیبل 130۔ بھرتی این ٹی ایس کے ذریعے۔
جسمانی امتحان کراچی، حیدرآباد اور سکھر میں۔ کمانڈو کے لیے قد پانچ فٹ پانچ انچ اور 1.6 کلومیٹر دوڑ سات منٹ میں؛ لیڈی کمانڈو کے لیے قد پانچ فٹ اور 800 میٹر دوڑ چودہ منٹ میں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """SSU commando ka physical shuru ho gaya NTS wala. Pehle din 7454 me se sirf 1214 pass hue!! 1.6 km 7 minute me bhagna hai aur qad 5 feet 5 inch. Larkiyon ke liye 800 meter 14 minute me. Roz subah daud ki practice karo bhaiyo. Ground pe training ke liye 0313-0000745"""},
            {"language": "en", "channel": "facebook", "text": """Sindh Police SSU: 1,280 posts - 1,100 Commandos, 50 Lady Commandos, 130 Driver Constables. Recruitment through NTS. Physical tests in Karachi, Hyderabad and Sukkur. Commando: height 5'5", 1.6 km run in 7 min. Lady commando: height 5', 800 m in 14 min."""},
        ],
    },
    # ------------------------------------------------------------------ universities, job portals, factories, private employers
    {
        "group": "lk4-punjab-university-faculty-bank-draft-fee",
        "source": {"url": "http://pu.edu.pk/careers/desc/38", "title": "University of the Punjab - Careers (faculty posts under BPS/TTS)",
                   "publisher": "University of the Punjab", "date": None},
        # date unknown (careers page)
        "facts": ["the University of the Punjab invited applications for faculty posts under the basic pay scale and the tenure track system",
                  "applicants for assistant professor or lecturer submit one copy of the prescribed form with attested documents and a crossed postal order or bank draft of Rs 1,500 in favour of the Treasurer; professor and associate professor applicants pay Rs 3,000 and submit six copies",
                  "prescribed forms cost Rs 25 at the university book shop or information centre, or can be downloaded from the university website",
                  "candidates with a third division are not eligible for lecturer unless they hold a higher degree with only one third division"],
        "categories": ["government_job", "teacher", "university", "application_fee_official", "bank_challan"],
        "destination": "PK", "trade": "lecturer / assistant professor", "channel": "company_site",
        "items": [
            {"language": "en", "text": """UNIVERSITY OF THE PUNJAB, LAHORE - FACULTY POSITIONS (BPS / TTS)
Lecturer / Assistant Professor: submit 1 copy of the prescribed form + attested copies of degrees + crossed postal order / bank draft of Rs 1,500.
Professor / Associate Professor: 6 copies + 6 sets of documents + Rs 3,000.
Postal order / bank draft in favour of the Treasurer, University of the Punjab, Lahore.
Forms: Rs 25 at the University Book Shop (Old Campus) or Information Centre (New Campus), or download from the university website.
Separate application and fee for each system (BPS and TTS)."""},
            {"language": "ur", "text": """جامعہ پنجاب میں لیکچرر اور اسسٹنٹ پروفیسر کی آسامیاں۔ مقررہ فارم یونیورسٹی بک شاپ یا انفارمیشن سینٹر سے 25 روپے میں ملے گا یا ویب سائٹ سے ڈاؤن لوڈ کریں۔ لیکچرر اور اسسٹنٹ پروفیسر کے لیے 1500 روپے کا بینک ڈرافٹ یا پوسٹل آرڈر ٹریژرر جامعہ پنجاب کے نام، پروفیسر کے لیے 3000 روپے۔ تیسری ڈویژن والے امیدوار لیکچرر کے اہل نہیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """PU me lecturer ki posts aayi hain. Form 25 rupay ka book shop se milta hai ya site se download karo. 1500 ka bank draft Treasurer PU ke naam banwana hai, assistant prof ke liye bhi 1500, professor ke liye 3000. BPS aur TTS dono ke liye alag form alag draft"""},
        ],
    },
    {
        "group": "lk4-punjab-job-centre-portal-nawaiwaqt-2022",
        "source": {"url": "https://www.nawaiwaqt.com.pk/E-Paper/lahore/2022-11-17/page-2/detail-6",
                   "title": "پنجاب جاب سینٹرز پورٹل عوام کیلئے روزگار کے حصول کا آن لائن پلیٹ فارم", "publisher": "Nawa-i-Waqt", "date": "2022-11-17"},
        "facts": ["PITB built the Punjab Job Centres online portal for the Labour and Human Resource Department to connect employers, promoters, employment exchanges and job seekers at district level",
                  "since August 2022 more than 12,500 workers had registered and over 8,000 jobs were available on the system",
                  "the PITB chairman said the portal would make finding work easier and help industrialists and employers"],
        "categories": ["government_scheme", "job_board", "local_job"],
        "destination": "PK", "trade": "various (job portal)", "channel": "government",
        "items": [
            {"language": "ur", "text": """پنجاب جاب سینٹرز پورٹل — نوکری ڈھونڈنے والوں اور آجروں کے لیے سرکاری آن لائن پلیٹ فارم
محکمہ لیبر اینڈ ہیومن ریسورس کے لیے پی آئی ٹی بی کا تیار کردہ پورٹل۔ اگست 2022 سے اب تک ساڑھے بارہ ہزار سے زائد ورکرز رجسٹر، اور آٹھ ہزار سے زیادہ ملازمتیں دستیاب۔ اپنے ضلع کی نوکریاں دیکھیں اور رجسٹریشن کریں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Naukri chahiye? Punjab govt ka Job Centre portal hai, online registration. 8 hazar se zyada jobs pari hain apne district ki. Factory wale bhi wahan ad dalte hain. Mujhe bhi wahin se call aayi thi. Register karne me madad chahiye to 0322-0000147"""},
            {"language": "en", "channel": "facebook", "text": """Punjab Job Centres portal (Labour & HR Department, built by PITB): one place for employers, employment exchanges and job seekers in every district. 12,500+ workers registered and 8,000+ jobs listed since August 2022. Register online."""},
        ],
    },
    {
        "group": "lk4-sialkot-football-stitchers-new-jobs-nation-2017",
        "source": {"url": "https://nation.com.pk/2017/12/16/6-000-home-based-stritchers-get-jobs/", "title": "6,000 home-based stritchers get jobs",
                   "publisher": "The Nation", "date": "2017-12-16"},
        "facts": ["6,000 of 16,000 Sialkot women home-based football stitchers who lost work to machine stitching were given jobs after training",
                  "another batch of 2,000 women was to be placed in new jobs within a year",
                  "the project was run by UN Women Pakistan, the Sialkot Chamber of Commerce and Industry and the NGO Baidarie, training women in other skills and small business"],
        "categories": ["women_hiring", "factory", "training", "ngo", "local_job"],
        "destination": "PK", "trade": "home-based stitcher / factory worker", "channel": "newspaper",
        "items": [
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Sialkot ki behnon ke liye: jo football silai ka kaam chhut gaya tha unke liye UN Women, Chamber aur Baidarie wale training de ke naukri dilwa rahe hain. 6000 auraton ko kaam mil chuka, agle saal 2000 aur. Apna naam Baidarie office me likhwao. Number 0342-0000358"""},
            {"language": "ur", "channel": "facebook", "text": """سیالکوٹ: ہاتھ سے فٹبال سینے والی 16 ہزار بے روزگار خواتین میں سے 6 ہزار کو تربیت کے بعد نئی ملازمتیں مل گئیں۔ یو این ویمن، سیالکوٹ چیمبر آف کامرس اور غیر سرکاری تنظیم بیداری کا منصوبہ۔ اگلے سال مزید دو ہزار خواتین کو روزگار دیا جائے گا۔"""},
            {"language": "en", "text": """SIALKOT: 6,000 women football stitchers who lost home-based work to machine stitching have found new jobs after skills training under a UN Women - SCCI - Baidarie project. A further 2,000 women will be placed within a year."""},
        ],
    },
    {
        "group": "lk4-habibmetro-mto-obo-trainee-tellers",
        "source": {"url": "https://www.habibmetro.com/sirat/batch-training-programs/", "title": "Batch Training Programs",
                   "publisher": "HabibMetro Bank", "date": None},
        # date unknown (company careers page)
        "facts": ["HabibMetro hires graduates nationwide as Management Trainee Officers through a rigorous screening and selection process, with one year of classroom and on-job training in general banking, trade finance, credit and Islamic banking",
                  "it hires Officers Branch Operations every year; these young graduates get about 2.5 months of training before joining the branch network",
                  "the bank also hires and trains trainee tellers"],
        "categories": ["named_employer", "bank", "fresh_graduates", "training", "local_job"],
        "destination": "PK", "trade": "bank officer / teller", "channel": "company_site",
        "items": [
            {"language": "en", "text": """HabibMetro - Batch Training Programs
Management Trainee Officers (MTO): fresh graduates from across Pakistan, 1-year fast-track training - General Banking, Trade Finance, Credit, Islamic Banking.
Officers Branch Operations (OBO): young graduates, 2.5 months of classroom + on-job training, then posting in our branch network.
Trainee Tellers: hired and trained for our branches.
Selection through a rigorous screening process."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Fresh graduates ke liye HabibMetro me MTO aur OBO ki hiring hoti hai har saal. MTO ki 1 saal training, OBO ki dhai mahine phir branch me posting. Test aur interview hota hai. Sirf bank ki apni site pe apply karo"""},
            {"language": "ur", "text": """حبیب میٹرو بینک میں تازہ گریجویٹس کے لیے مینجمنٹ ٹرینی آفیسر اور آفیسر برانچ آپریشنز پروگرام۔ ایم ٹی او کی ایک سالہ تربیت، او بی او کی ڈھائی ماہ کی تربیت کے بعد برانچ میں تعیناتی۔ ٹرینی ٹیلرز کی بھی بھرتی۔ انتخاب سخت اسکریننگ کے ذریعے۔"""},
        ],
    },
    {
        "group": "lk4-carrefour-management-trainee-lahore-dailytimes-2021",
        "source": {"url": "https://dailytimes.com.pk/807396/carrefour-pakistan-prepares-fresh-graduates-for-new-opportunities/",
                   "title": "Carrefour Pakistan prepares fresh graduates for new opportunities", "publisher": "Daily Times", "date": "2021-08-23"},
        "facts": ["Carrefour, run by Majid Al Futtaim in Pakistan, offered fresh graduates with little or no experience a four-month Management Trainee Programme in Lahore",
                  "thousands of graduates applied and trainees were chosen on rigorous criteria",
                  "trainees work in day-to-day operations under mentors and can move into managerial roles after training and evaluation"],
        "categories": ["named_employer", "retail", "fresh_graduates", "training", "local_job"],
        "destination": "PK", "trade": "retail management trainee", "channel": "facebook",
        "items": [
            {"language": "en", "text": """Carrefour Pakistan - Management Trainee Programme, Lahore 🛒
Fresh graduate with little or no experience? Join our 4-month intensive programme.
Work in real store operations with a mentor, get trained and evaluated, and step into a managerial role.
Apply through the careers page."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Carrefour Lahore me MT program, fresh graduates ke liye, experience zaroori nahi. 4 mahine training phir manager level ki job. Hazaron logon ne apply kiya tha pichli dafa, CV achi bana ke bhejo. CV review ke liye 0324-0000573"""},
            {"language": "ur", "text": """کیریفور پاکستان کا لاہور میں مینجمنٹ ٹرینی پروگرام: کم یا بغیر تجربے والے تازہ گریجویٹس کے لیے چار ماہ کی تربیت۔ ٹرینیز روزمرہ آپریشنز میں مینٹور کی نگرانی میں کام کریں گے اور تربیت کے بعد مینیجر کے عہدوں پر جا سکیں گے۔"""},
        ],
    },
    {
        "group": "lk4-mol-hangu-graduate-trainee-thenews-2022",
        "source": {"url": "https://www.thenews.com.pk/print/1017220-developing-local-talent-over-1-600-apply-for-mol-pakistan-trainee-programme",
                   "title": "Developing local talent: Over 1,600 apply for MOL Pakistan trainee programme", "publisher": "The News International", "date": "2022-12-06"},
        "facts": ["MOL Pakistan's Annual Trainee Program 2023 was designed only for young graduates of Hangu district and drew more than 1,600 applications",
                  "fresh graduates with minimum experience holding degrees or diplomas in science, technology, engineering, maths, management and social sciences were encouraged to apply",
                  "the on-the-job training is part of the company's CSR to make local residents more employable"],
        "categories": ["named_employer", "fresh_graduates", "training", "local_job", "oil_gas"],
        "destination": "PK", "trade": "graduate trainee (oil and gas)", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """MOL PAKISTAN - ANNUAL TRAINEE PROGRAM 2023
Exclusively for young graduates domiciled in District Hangu.
Degrees / diplomas in Science, Technology, Engineering, Maths, Management or Social Sciences. Fresh graduates welcome.
On-the-job training with a multinational oil & gas company."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Hangu ke larkon ke liye MOL company ka trainee program, sirf Hangu walon ke liye. Engineering, science, management, social science sab chalega, fresh bhi. 1600 log apply kar chuke. Field me training milegi. Hangu youth group 0349-0000218"""},
            {"language": "ur", "text": """ہنگو کے نوجوان گریجویٹس کے لیے ایم او ایل پاکستان کا سالانہ ٹرینی پروگرام 2023۔ سائنس، ٹیکنالوجی، انجینئرنگ، ریاضی، مینجمنٹ اور سوشل سائنسز کے ڈگری یا ڈپلومہ ہولڈرز درخواست دے سکتے ہیں۔ اب تک سولہ سو سے زائد درخواستیں موصول۔"""},
        ],
    },
    # ------------------------------------------------------------------ call centres, job fairs, household jobs, technical training
    {
        "group": "lk4-call-centre-industry-overview-bloompakistan-2025",
        "source": {"url": "https://bloompakistan.com/call-centre-business-in-pakistan-industry-overview-2025",
                   "title": "Call Centre Business in Pakistan: Industry Overview 2025", "publisher": "Bloom Pakistan", "date": "2025"},
        # date: year only
        "facts": ["over 2,000 registered call centres operate in Pakistan, mainly in Islamabad, Lahore and Karachi, serving clients in North America, the UK, the UAE and Australia",
                  "the industry provides over 100,000 direct jobs and earns an estimated USD 250 million a year, growing about 15% a year",
                  "there are inbound, outbound, hybrid and virtual call centres, with remote work from home common since the pandemic",
                  "a lawful call centre must be registered with the SECP, hold NTN and sales tax numbers, a PTA call-centre licence and PSEB registration"],
        "categories": ["call_centre", "bpo", "local_job", "night_shift", "online_work"],
        "destination": "PK", "trade": "call centre agent (CSR)", "channel": "facebook",
        "items": [
            {"language": "en", "text": """URGENT HIRING - Customer Support Representatives (Night Shift) 🎧
PSEB-registered call centre, Lahore. US & UK inbound accounts.
Good English, basic computer skills. Fresh graduates welcome - training provided.
Fixed salary + attendance bonus + pick & drop.
Walk in for interview Mon-Fri, 4 pm to 8 pm, with CV and CNIC copy. HR: 0323-0000782"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Karachi me outbound call center ko agents chahiye, raat ki shift US timing. English achi honi chahiye. Company PTA licence wali aur PSEB registered hai, koi security fee nahi leti. Interview ke liye CV le ke aa jao. 0335-0000604"""},
            {"language": "ur", "text": """کال سینٹر ایجنٹس کی فوری ضرورت — اسلام آباد
انگریزی بولنے کی اچھی صلاحیت، کمپیوٹر کی بنیادی سمجھ۔ امریکی اور برطانوی کلائنٹس کے لیے رات کی شفٹ۔ تربیت کمپنی دے گی۔ تنخواہ کے ساتھ حاضری بونس۔ رابطہ: 0308-0000519"""},
        ],
    },
    {
        "group": "lk4-hindu-council-karachi-job-fair-urduchronicle",
        "source": {"url": "https://urduchronicle.com/karachi-an-unusual-example-of-religious-harmony-hindu-council-job-fair-for-all-citizens-without-discrimination-stalls-of-135-companies-20-thousand-unemployed-applied",
                   "title": "کراچی: ہندو کونسل کا بلا تفریق تمام شہریوں کے لیے جاب فیئر، 135 کمپنیوں کے اسٹالز، 20 ہزار بیروزگاروں نے درخواستیں دیں",
                   "publisher": "Urdu Chronicle", "date": None},
        # date unknown
        "facts": ["the Pakistan Hindu Council held a one-day job fair in Karachi open to citizens of every religion and ethnicity",
                  "more than 135 private and public organisations set up stalls, including engineering, software, banking, health, OGDCL, Sindh Police and the Higher Education Commission",
                  "over 20,000 educated young people and students applied for full-time, part-time and internship positions, and many were shortlisted on the spot"],
        "categories": ["job_fair", "walk_in_interview", "local_job", "fresh_graduates"],
        "destination": "PK", "trade": "various (job fair)", "channel": "facebook",
        "items": [
            {"language": "ur", "text": """جاب فیئر — سب کے لیے، بلا تفریق مذہب و قومیت 🤝
پاکستان ہندو کونسل کی جانب سے کراچی میں ایک روزہ ملازمت میلہ۔ 135 سے زائد سرکاری و نجی اداروں کے اسٹالز: انجینئرنگ، سافٹ ویئر، بینکنگ، صحت، تعلیم۔
کل وقتی، جز وقتی اور انٹرن شپ کے لیے اپنی سی وی کی کاپیاں ساتھ لائیں۔"""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Kal Karachi me bara job fair hai Hindu Council wala, sab ke liye open. 135 companies aayengi, banks, software houses, OGDCL, Sindh police ka stall bhi. CV ki 10 copies le ke jana, wahin shortlist kar rahe hain. Location ke liye 0346-0000265"""},
            {"language": "en", "text": """KARACHI JOB FAIR - open to all citizens regardless of faith. 135+ companies and departments on site (engineering, IT, banking, health, education, OGDCL, Sindh Police, HEC). Full-time, part-time and internships. Bring printed CVs; on-the-spot shortlisting."""},
        ],
    },
    {
        "group": "lk4-punjab-domestic-workers-min-wage-glxspace-2024",
        "source": {"url": "https://www.glxspace.com/2024/07/10/notification-minimum-wage-rates-2024-domestic-workers-employed-in-households-punjab/",
                   "title": "Notification Minimum Wage Rates 2024 Domestic Workers Employed in Households Punjab", "publisher": "GLXspace (reproducing a Punjab Minimum Wages Board notification)", "date": "2024-07-10"},
        "facts": ["the Punjab Minimum Wages Board published draft minimum wage rates for domestic workers in all households under the Punjab Domestic Workers Act 2019",
                  "the proposed minimum for a domestic worker was Rs 37,000 a month, applied uniformly across the province from 1 July 2024",
                  "objections and suggestions could be sent to the Board's secretary in Lahore within 30 days of publication"],
        "categories": ["domestic", "local_job", "whatsapp_contact", "driver", "minimum_wage"],
        "destination": "PK", "trade": "domestic worker (maid / cook / driver)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Lahore Johar Town me family ko full time maid chahiye, khana pakana aur safai. Tankhwah 37,000 (govt minimum ke mutabiq), hafte me ek chutti. Sirf tajurba kaar khatoon rabta kare. 0300-0000418"""},
            {"language": "en", "channel": "facebook", "text": """Driver required for a family in Gulberg, Lahore. Office pick & drop + school run. Valid LTV licence, 3 years' experience. Salary Rs 37,000 (not less than the Punjab minimum for domestic workers) + overtime paid. Call/WhatsApp 0321-0000836"""},
            {"language": "ur", "text": """ضرورت برائے خانساماں — راولپنڈی میں ایک فیملی کے لیے۔ صبح نو سے شام چھ بجے تک۔ تنخواہ 37 ہزار روپے ماہانہ، پنجاب حکومت کی مقرر کردہ کم از کم اجرت کے مطابق۔ تجربہ کار افراد رابطہ کریں: 0333-0000173"""},
        ],
    },
    {
        "group": "lk4-punjab-domestic-workers-rules-lahoreism-2025",
        "source": {"url": "https://lahoreism.blogspot.com/2025/10", "title": "Punjab approves new rules for domestic workers",
                   "publisher": "Lahoreism (blog)", "date": "2025-10"},
        # title taken from the lead; date from the archive month
        "facts": ["the Punjab government approved rules for domestic workers requiring a letter of employment on 'Form A' stating job, wages and duties",
                  "extra work needs the worker's written consent, is capped at 8 hours a week and is paid at double wages",
                  "employers must provide clean drinking water, a place to rest and meals; live-in workers get a room of at least 42 square feet with light and ventilation",
                  "employers keep leave records on Form B and obtain a health certificate for each worker on Form E"],
        "categories": ["domestic", "local_job", "whatsapp_contact", "women_hiring"],
        "destination": "PK", "trade": "domestic worker (live-in helper / nanny)", "channel": "whatsapp",
        "items": [
            {"language": "ur-Latn", "text": """Bahria Town Lahore me bachon ki dekh bhaal ke liye aaya chahiye, live in. Alag kamra, khana, hafte ki chutti. Overtime ho to double paisay. Joining pe likhit appointment letter (Form A) milega. Sirf khawateen, 0303-0000957"""},
            {"language": "en", "channel": "facebook", "text": """Live-in domestic helper needed - family of four, DHA Lahore. Own room with window and fan, meals included, one day off a week. Written employment letter on joining, overtime only with your consent and paid double. Women applicants preferred. Contact 0305-0000688"""},
            {"language": "ur", "text": """گھریلو ملازمہ کی ضرورت — ماڈل ٹاؤن لاہور۔ رہائش کے لیے الگ کمرہ، کھانا اور پینے کا صاف پانی۔ تقرری پر تحریری معاہدہ دیا جائے گا، اضافی کام صرف رضامندی سے اور دگنی اجرت پر۔ رابطہ: 0306-0000241"""},
        ],
    },
    {
        "group": "lk4-engro-ttc-daharki-graduates-tribune-2014",
        "source": {"url": "http://tribune.com.pk/story/811823/corporate-social-responsibility-increasing-employability-through-vocational-training/",
                   "title": "Corporate social responsibility: Increasing employability through vocational training", "publisher": "The Express Tribune", "date": "2014-12-24"},
        "facts": ["Engro's Technical Training College in Daharki, Ghotki district, runs a three-year programme in mechanical and chemical trades for local industry",
                  "60 people had graduated and 206 were enrolled; local industry raced to hire the graduates",
                  "instrumentation and IT trades were to be added in 2015, giving 120 graduates a year",
                  "a vocational training centre was also planned in Tharparkar"],
        "categories": ["named_employer", "training", "apprenticeship", "local_job"],
        "destination": "PK", "trade": "chemical / mechanical technician", "channel": "newspaper",
        "items": [
            {"language": "en", "text": """ENGRO TECHNICAL TRAINING COLLEGE, DAHARKI - ADMISSIONS
3-year diploma in Mechanical and Chemical technology, with Instrumentation and IT starting in 2015.
Our graduates are in high demand: local industry hires them as soon as they pass out.
Youth of Ghotki district encouraged to apply."""},
            {"language": "ur-Latn", "channel": "whatsapp", "text": """Daharki wale Engro TTC me admission lo, 3 saal ka diploma mechanical ya chemical. Pass hote hi factoriyon wale utha lete hain, 60 larke nikle sab ki naukri lag gayi. Agle saal instrumentation aur IT bhi. Form ke liye 0300-0000962"""},
            {"language": "ur", "text": """اینگرو کا ٹیکنیکل ٹریننگ کالج ڈہرکی: مکینیکل اور کیمیکل کے تین سالہ ڈپلومہ کورسز۔ اب تک 60 طلبہ فارغ التحصیل، جنہیں مقامی صنعت نے فوراً ملازمت دے دی۔ 2015 سے انسٹرومینٹیشن اور آئی ٹی بھی شروع ہوں گے۔"""},
        ],
    },
]
