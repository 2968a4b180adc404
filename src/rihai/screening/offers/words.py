"""What the wording (``phrases.py`` and ``wordparts.py``) reads and never learns: the placeholders that
stand for contacts, amounts and places, the stop words (channel, writer, contact and function words) and
the where-words (places, nationalities, regions). Shared by both, so neither imports the other's
vocabulary."""
from __future__ import annotations

from collections.abc import Sequence

PLACEHOLDERS = {"phone": "xphonex", "email": "xemailx", "url": "xurlx", "amount": "xamountx", "place": "xplacex",
                "number": "xnumx"}
# Words that say how a post reached the reader or who wrote it, not what it offers. A lure in the
# corpus is more often a chat message (addressed "aap", "inbox me", "DM"), a genuine post more often a
# board advert; a model that learns that flags every honest WhatsApp message. Dropped as unigrams and
# wherever they appear inside a longer phrase.
STOP_WORDS = frozenset({
    "inbox", "dm", "hum", "ham", "hm", "aap", "ap", "apko", "aapko", "ap ko", "you", "your", "we", "our", "us",
    "i", "me", "my", "bhai", "bro", "sir", "madam", "dear", "plz", "pls", "please", "brother", "yaar",
    "آپ", "ہم", "میں", "بھائی", "جناب", "hello", "hi", "salam", "assalam", "aoa", "السلام", "علیکم",
    "hamare", "hamara", "hamari", "ہمارے", "ہمارا", "ہماری", "آپکو", "آپ کو",
    # Function words: they mark a register (chat vs advert) and a language, not a deceptive offer.
    "the", "a", "an", "to", "in", "of", "and", "or", "for", "on", "is", "are", "be", "do", "now", "at", "with",
    "ہے", "ہیں", "کر", "اور", "کے", "کی", "کا", "کو", "سے", "ہو", "گے", "دو", "یہ", "وہ", "بھی", "تو",
    "aur", "ke", "ki", "ka", "ko", "se", "hai", "hain", "he", "ho", "ge", "to", "bhi", "ye", "wo", "lo", "do",
    "mein", "main", "par", "pe", "ne", "tak", "نے", "پر", "تک", "not", "have", "has",
    # How to get in touch, which every post says one way or another: a lure in the corpus more often
    # ends "contact on WhatsApp", a genuine advert "apply at"; learned, "contact" alone made an honest
    # "Shop helper needed in Faisalabad ... Contact 0300-..." medium (session 19, word parts).
    "contact", "contacts", "call", "calls", "whatsapp", "whats", "app", "wa", "sms", "msg", "message", "text",
    "number", "numbers", "details", "detail", "info", "information", "rabta", "rabita", "raabta",
    "رابطہ", "رابطے", "کال", "واٹس", "ایپ", "واٹس‌ایپ", "نمبر", "میسج", "تفصیلات", "معلومات",
})
STOP_PHRASES = frozenset()  # multi-word phrases dropped after review (none needed so far)


def _where_words() -> frozenset[str]:
    """Words that say WHERE, which the gazetteer's placeholder does not cover: Pakistan's districts and
    big cities (English, Urdu and the halves of compound names), nationalities and regions. A learned
    weight on them says where the corpus's genuine posts or lures happened to be ("Faisalabad" weighed
    -0.37 in session 9's model: a lure set in Faisalabad would have been let off), not what an offer
    asks of a person. Where a job is carries its risk only through the sourced destination indicators."""
    from rihai.validators import pakistan_admin

    words: set[str] = set()
    for province in pakistan_admin().values():
        words.update(province["en"].lower().split())
        words.update(province["ur"].split())
        for district in province["districts"]:
            words.update(district.lower().split())
    words |= {
        "karachi", "lahore", "islamabad", "rawalpindi", "pindi", "peshawar", "quetta", "multan", "hyderabad",
        "faisalabad", "sialkot", "gujranwala", "kpk", "pakistan", "pak", "pk",
        "کراچی", "لاہور", "اسلام", "آباد", "راولپنڈی", "پنڈی", "پشاور", "کوئٹہ", "ملتان", "حیدرآباد", "فیصل",
        "سیالکوٹ", "گوجرانوالہ", "گجرات", "سرگودھا", "بہاولپور", "ساہیوال", "مردان", "ایبٹ", "سوات", "پاکستان",
        "پنجاب", "سندھ", "بلوچستان", "خیبر", "پختونخوا",
        "pakistani", "thai", "japanese", "korean", "malaysian", "chinese", "saudi", "emirati", "qatari", "omani",
        "kuwaiti", "bahraini", "turkish", "italian", "greek", "polish", "romanian", "british", "canadian",
        "australian", "american", "european", "cambodian", "burmese", "lao", "laotian", "vietnamese", "filipino",
        "europe", "gulf", "asia", "africa", "middle", "east",
        "پاکستانی", "جاپانی", "تھائی", "کوریائی", "ملائیشین", "سعودی", "یورپ", "یورپی", "خلیج", "خلیجی",
        "اماراتی", "قطری", "ترک", "اطالوی", "یونانی", "برطانوی", "کینیڈین", "امریکی",
    }
    return frozenset(words)


WHERE_WORDS = _where_words()
_DROPPED = STOP_WORDS | WHERE_WORDS
_PLACEHOLDER_TOKENS = frozenset(PLACEHOLDERS.values())
# "no" is a contact word only where it abbreviates "number" ("contact no 0300-…", "Mobile No. 0300-…"):
# before a phone or a number. Elsewhere it is the "no" of "no interview", "no experience", "no IELTS",
# which a reader can act on; session 19 dropped it everywhere.
NUMBER_ABBREVIATIONS = frozenset({"no", "nmbr", "num"})


def dropped(toks: Sequence[str]) -> list[bool]:
    """For each token: is it a stop word or a where-word the wording never reads?"""
    out = [t in _DROPPED for t in toks]
    last = len(toks) - 1
    for i, t in enumerate(toks):
        if t in NUMBER_ABBREVIATIONS and i < last and toks[i + 1] in _PLACEHOLDER_TOKENS:
            out[i] = True
    return out
