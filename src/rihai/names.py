"""How South Asian names are really written, as plain functions (no database).

Used by case search (blind-index tokens) and, later, by tracing. Three layers:

1. ``canonical_tokens``: lower-cased, accent-free Latin tokens with spelling variants folded
   (Muhammad / Mohammad / Mohd / Md. -> ``muhammad``; Hussain / Husain -> ``husain``; Abdul Rehman /
   Abdur Rahman -> ``abd rahman``) and honorifics dropped (Mr, Haji, Hafiz, s/o …). Urdu-script
   words are transliterated first through a small dictionary of common names.
2. ``skeleton``: a consonant skeleton that Urdu script and Latin spellings share (vowels, medial
   h/w/y and doubled letters dropped; q=k, v=w, sh/ch/kh digraphs folded), so يوسف, Yousaf and
   Yusuf all give ``YSF`` even when the dictionary does not know the word.
3. ``search_keys``: the set of (kind, token) pairs that a name contributes to a blind index.
"""

from __future__ import annotations

from functools import lru_cache

import re
import unicodedata
from collections.abc import Iterable

# Variant spellings folded to one canonical form. Keys and values are lower-case Latin.
_VARIANTS: dict[str, str] = {}
for canonical, variants in {
    "muhammad": "mohammad mohammed muhammed mohamad mohamed muhamad muhamed mohd muhd md mhd "
                "mohammod muhammod mohummad muhammadh mahomed",
    "ahmad": "ahmed ahmet ahmd",
    "husain": "hussain hussein husein husayn hussayn hosain hossain",
    "hasan": "hassan hasen hassen",
    "rahman": "rehman rehmaan rahmaan rahmān",
    "rahim": "raheem rehim reheem",
    "abd": "abdul abdur abdal abdel abd-al abdel abdus abdu",
    "fatima": "fatimah fatma fathima",
    "ayesha": "aisha aysha ayisha aaisha aishah",
    "zainab": "zaynab zenab zeinab",
    "usman": "osman uthman othman usmaan",
    "umar": "omar omer umer",
    "yusuf": "yousaf yousuf yusaf yousef yusef yoosuf",
    "iqbal": "iqbaal ikbal",
    "qureshi": "kureshi qurayshi qureishi",
    "siddiqui": "siddiqi siddiqi sidiqui siddiky",
    "chaudhry": "chaudhary choudhry chaudhri chaudry choudhary chaudhari ch",
    "syed": "sayed sayyid saiyid sayyed said",
    "sheikh": "shaikh shaykh shiekh",
    "bibi": "bibee",
    "begum": "begam baigum",
    "khan": "khaan",
    "ali": "aly",
    "ibrahim": "ebrahim ibraheem",
    "ismail": "ismael ismaeel esmail",
    "ishaq": "ishaque ishak",
    "ashraf": "ashrf",
    "akbar": "akber",
    "asif": "aasif",
    "arif": "aarif",
    "nasir": "naseer nasser naser",
    "bashir": "basheer basheer",
    "nazir": "nazeer",
    "shabbir": "shabir shabbeer",
    "zahid": "zaahid",
    "khadija": "khadijah khadeeja",
    "maryam": "mariam maryum mariyam",
    "amina": "aminah ameena",
    "rukhsana": "rukhsanah",
    "nasreen": "nasrin",
    "parveen": "parvin perveen",
    "shahid": "shaheed",
    "rashid": "rasheed",
    "majeed": "majid",
    "hameed": "hamid",
    "saeed": "saeid said",
    "waheed": "wahid",
    "farooq": "faruq farook farouk",
    "tariq": "tarik tareq",
    "imran": "emran",
    "irfan": "erfan",
    "javed": "javaid jawed javid",
    "pervaiz": "pervez parvez parvaiz",
    "ghulam": "gulam golam",
    "allah": "ullah ulla alla",
    "din": "deen uddin ud-din",
    "baloch": "baluch balouch",
    "rajput": "rajpoot",
    "awan": "awaan",
    "gujjar": "gujar gurjar",
    "jatt": "jat",
    "malik": "malick",
    "mirza": "meerza",
}.items():
    for v in variants.split():
        _VARIANTS[v] = canonical

# Titles and relation markers that say nothing about identity.
_HONORIFICS = frozenset(
    "mr mrs ms miss dr haji hajji hafiz hafiza sahib sahab sb janab mst mussammat musammat "
    "mohtarma bint bin ibn so do wo s/o d/o w/o alhaj al-haj maulana molana mian mian".split()
)

# Common names in Urdu script -> canonical Latin tokens (may be several, e.g. عبدالرحمن).
_URDU_WORDS: dict[str, str] = {
    "محمد": "muhammad", "احمد": "ahmad", "علی": "ali", "علي": "ali", "خان": "khan",
    "حسین": "husain", "حسين": "husain", "حسن": "hasan", "فاطمہ": "fatima", "فاطمه": "fatima",
    "عائشہ": "ayesha", "عایشہ": "ayesha", "زینب": "zainab", "بی": "bi", "بیبی": "bibi",
    "بی‌بی": "bibi", "بیگم": "begum", "عبد": "abd", "عبدالرحمن": "abd rahman",
    "عبدالرحمان": "abd rahman", "الرحمن": "rahman", "رحمان": "rahman", "رحمن": "rahman",
    "عثمان": "usman", "عمر": "umar", "یوسف": "yusuf", "اقبال": "iqbal", "قریشی": "qureshi",
    "صدیقی": "siddiqui", "چوہدری": "chaudhry", "چودھری": "chaudhry", "سید": "syed",
    "شیخ": "sheikh", "ابراہیم": "ibrahim", "اسماعیل": "ismail", "بشیر": "bashir", "نذیر": "nazir",
    "مریم": "maryam", "خدیجہ": "khadija", "آمنہ": "amina", "طارق": "tariq", "عمران": "imran",
    "جاوید": "javed", "پرویز": "pervaiz", "غلام": "ghulam", "اللہ": "allah", "الله": "allah",
    "دین": "din", "بلوچ": "baloch", "ملک": "malik", "مرزا": "mirza", "اعوان": "awan",
    "راجپوت": "rajput", "گجر": "gujjar", "شاہد": "shahid", "راشد": "rashid", "فاروق": "farooq",
    "عرفان": "irfan", "نسرین": "nasreen", "پروین": "parveen", "رخسانہ": "rukhsana",
    "اکبر": "akbar", "اشرف": "ashraf", "آصف": "asif", "عارف": "arif", "ناصر": "nasir",
    "زاہد": "zahid", "حمید": "hameed", "مجید": "majeed", "سعید": "saeed", "وحید": "waheed",
    "رضوان": "rizwan", "بلال": "bilal", "کوثر": "kausar", "نور": "noor", "شازیہ": "shazia",
}
_URDU_HONORIFICS = frozenset("جناب مسمات محترمہ حاجی حافظ ولد بنت زوجہ صاحب".split())

# Urdu letters -> consonant class used by the skeleton ("" = vowel-like, dropped when medial).
_URDU_SKELETON = {
    "ب": "B", "پ": "P", "ت": "T", "ٹ": "T", "ث": "S", "ج": "J", "چ": "C", "ح": "H", "خ": "K",
    "د": "D", "ڈ": "D", "ذ": "Z", "ر": "R", "ڑ": "R", "ز": "Z", "ژ": "Z", "س": "S", "ش": "X",
    "ص": "S", "ض": "Z", "ط": "T", "ظ": "Z", "ع": "", "غ": "G", "ف": "F", "ق": "K", "ک": "K",
    "ك": "K", "گ": "G", "ل": "L", "م": "M", "ن": "N", "ں": "N", "و": "W", "ہ": "H", "ه": "H",
    "ھ": "", "ی": "Y", "ي": "Y", "ے": "Y", "ئ": "", "ء": "", "ا": "", "آ": "", "أ": "", "ۃ": "",
    "ة": "",
}
_LATIN_DIGRAPHS = (("sh", "X"), ("ch", "C"), ("kh", "K"), ("gh", "G"), ("th", "T"),
                   ("dh", "D"), ("ph", "F"), ("zh", "Z"))
_LATIN_SKELETON = {
    "b": "B", "p": "P", "t": "T", "j": "J", "h": "H", "k": "K", "q": "K", "c": "K", "d": "D",
    "r": "R", "z": "Z", "s": "S", "f": "F", "g": "G", "l": "L", "m": "M", "n": "N", "w": "W",
    "v": "W", "y": "Y", "x": "KS",
}
_ARABIC_RANGE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_SPLIT = re.compile(r"[\s,.;:'\"()\[\]{}\-_/\\|]+")


def _fold_keys() -> None:
    global _URDU_WORDS, _URDU_HONORIFICS
    _URDU_WORDS = {_strip_marks(k): v for k, v in _URDU_WORDS.items()}
    _URDU_HONORIFICS = frozenset(_strip_marks(w) for w in _URDU_HONORIFICS)


def is_urdu(text: str) -> bool:
    return bool(_ARABIC_RANGE.search(text))


# Arabic-script letters typed in several code points: Arabic yeh/kaf/heh vs the Urdu ones.
_URDU_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ة": "ہ", "ۀ": "ہ", "أ": "ا",
                            "إ": "ا", "ٱ": "ا", "ؤ": "و"})


def _strip_marks(text: str) -> str:
    # NFKD then drop combining marks: "Rahmān" -> "Rahman"; Urdu diacritics (zer, zabar, the
    # hamza that NFKD splits off ئ) go too; then fold Arabic letter variants to Urdu ones.
    if text.isascii():  # most Latin-script names: nothing to strip or fold
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)
                   and unicodedata.category(ch) != "Cf").translate(_URDU_FOLD)


def _raw_tokens(name: str) -> list[str]:
    text = _strip_marks(name).replace("\u200c", " ").lower()
    # "s/o" and "d/o" are one honorific, not two tokens.
    text = re.sub(r"\b([sdw])\s*/\s*o\b", r"\1/o", text)
    return [t for t in re.split(r"[\s,.;:'\"()\[\]{}\-_\\|]+", text) if t]


def canonical_tokens(name: str) -> list[str]:
    """Canonical Latin tokens of a name, honorifics dropped, order kept."""
    out: list[str] = []
    for tok in _raw_tokens(name):
        if tok in _HONORIFICS or tok in _URDU_HONORIFICS:
            continue
        if is_urdu(tok):
            mapped = _URDU_WORDS.get(tok)
            if mapped is None and tok.startswith("عبد") and len(tok) > 3:
                rest = tok[3:].removeprefix("ال")
                mapped = "abd " + _URDU_WORDS.get(rest, _URDU_WORDS.get("ال" + rest, rest))
            out.extend((mapped or tok).split())
            continue
        tok = re.sub(r"[^a-z0-9]", "", tok)
        if not tok:
            continue
        # Glued forms: "abdulrehman", "ghulamhussain".
        for prefix in ("abdul", "abdur", "abdus", "abd", "ghulam"):
            if tok.startswith(prefix) and len(tok) > len(prefix) + 2 and tok not in _VARIANTS:
                out.append(_VARIANTS.get(prefix, prefix))
                tok = tok[len(prefix):]
                break
        out.append(_VARIANTS.get(tok, tok))
    return out


# One word's skeleton, remembered: names repeat a few words (Muhammad, Khan, Bibi), and deriving the
# keys of a case took most of a bulk seed's time. One word, never a whole name, is what is kept.
@lru_cache(maxsize=1 << 16)
def skeleton(token: str) -> str:
    """Consonant skeleton shared by Urdu-script and Latin spellings of one word."""
    if is_urdu(token):
        classes = [_URDU_SKELETON.get(ch, "") for ch in token]
    else:
        t = token.lower()
        for dg, cls in _LATIN_DIGRAPHS:
            t = t.replace(dg, "\x00" + cls)
        classes = []
        i = 0
        while i < len(t):
            if t[i] == "\x00":
                classes.append(t[i + 1])
                i += 2
                continue
            classes.append(_LATIN_SKELETON.get(t[i], ""))
            i += 1
    out: list[str] = []
    for pos, cls in enumerate(classes):
        if not cls:
            continue
        # h, w and y carry vowels or aspiration except at the start of a word.
        if cls in "HWY" and pos > 0:
            continue
        if out and out[-1] == cls:
            continue
        out.append(cls)
    return "".join(out)


def search_keys(name: str | None) -> set[tuple[str, str]]:
    """(kind, token) pairs a name contributes to the blind index: canonical words and skeletons."""
    if not name:
        return set()
    keys: set[tuple[str, str]] = set()
    for tok in canonical_tokens(name):
        if is_urdu(tok):
            sk = skeleton(tok)
        else:
            keys.add(("name", tok))
            sk = skeleton(tok)
        if sk:
            keys.add(("name_sk", sk))
    return keys


def display_match_key(name: str) -> str:
    """A normalised string for fuzzy scoring (rapidfuzz) of decrypted candidates."""
    return " ".join(sorted(canonical_tokens(name)))


def all_search_keys(names: Iterable[str | None]) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for n in names:
        keys |= search_keys(n)
    return keys


# A person with more distinct name skeletons than this (many aliases) gets pairs of the first ones
# only: the pairs grow quadratically, and the word-by-word search still finds the rest.
MAX_PAIRED_SKELETONS = 16


def pair_keys(keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """("name_pair", "A|B") for every two distinct skeletons among a person's name keys.

    South Asian names repeat a few words (Muhammad, Ali, Khan, Bibi), so each word alone is carried
    by thousands of cases and intersecting them cost more than the rest of a search. A pair of
    skeletons is as rare as the full name, so a two-word query is one index range. Skeletons, not
    canonical words: a canonical match implies a skeleton match, and Urdu-script names have only
    skeletons, so pairs of skeletons miss no case the words would find."""
    sks = sorted({tok for kind, tok in keys if kind == "name_sk"})[:MAX_PAIRED_SKELETONS]
    return {("name_pair", f"{a}|{b}") for i, a in enumerate(sks) for b in sks[i + 1:]}


_fold_keys()


# The word that marks demo and benchmark data ("Ayesha Khan (SYNTHETIC)") is no part of anyone's
# name: counted as one, "two words of the name" on synthetic data is one word plus the mark, and
# duplicate detection proposed thousands of strangers on 100k synthetic cases.
_MARK_WORDS = frozenset({"synthetic"})


def _identity_skeletons(name: str, limit: int) -> list[str]:
    return sorted({sk for tok in canonical_tokens(name) if tok not in _MARK_WORDS and (sk := skeleton(tok))})[:limit]


def birth_keys(names: Iterable[str | None], birth_date: str | None) -> set[tuple[str, str]]:
    """("name_dob", "<skeleton>|<skeleton>|<ISO date>") for every two words of each written form
    of a full name (Latin, Urdu) with a date of birth: the token duplicate detection matches on
    (``cases.duplicates``). Two words, not the whole name: lists drop "Muhammad" or add a caste
    name, and two words of a name with the exact date of birth are as rare as the whole name;
    one shared given name never is."""
    if not birth_date:
        return set()
    out: set[tuple[str, str]] = set()
    for name in names:
        if not name:
            continue
        sks = _identity_skeletons(name, MAX_PAIRED_SKELETONS)
        out |= {("name_dob", f"{a}|{b}|{birth_date}") for i, a in enumerate(sks) for b in sks[i + 1:]}
    return out


def father_keys(names: Iterable[str | None], guardian: str | None) -> set[tuple[str, str]]:
    """("name_father", "<two words of the name>|<two words of the father's name>"): a person's
    name with their father's (or husband's) name, as Pakistani records identify people ("s/o").
    Each side by pairs of skeletons, so a dropped "Muhammad" or caste name still meets. Duplicate
    detection counts it only with agreeing sex and birth year."""
    g = _identity_skeletons(guardian or "", 6)
    g_pairs = [f"{a}+{b}" for i, a in enumerate(g) for b in g[i + 1:]]
    if not g_pairs:
        return set()
    out: set[tuple[str, str]] = set()
    for name in names:
        sks = _identity_skeletons(name or "", 6)
        out |= {("name_father", f"{a}+{b}|{gp}") for i, a in enumerate(sks) for b in sks[i + 1:]
                for gp in g_pairs}
    return out
