"""English and Urdu. Catalogues are gettext ``.po`` files read with Babel at start-up (no compile
step, so a translator's edit shows after a restart). Urdu pages are laid out right-to-left."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from babel.messages.pofile import read_po
from babel.support import NullTranslations

LOCALES = {"en": {"name": "English", "dir": "ltr"}, "ur": {"name": "اردو", "dir": "rtl"}}
DEFAULT_LOCALE = "en"


class CatalogTranslations(NullTranslations):
    """A gettext-compatible translations object backed by a parsed .po catalogue."""

    def __init__(self, messages: dict[str, str], plurals: dict[str, tuple[str, ...]]) -> None:
        super().__init__()
        self._messages = messages
        self._plurals = plurals

    def gettext(self, message: str) -> str:
        return self._messages.get(message) or message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self._plurals.get(singular)
        if forms:
            return forms[0 if n == 1 else min(1, len(forms) - 1)] or (singular if n == 1 else plural)
        return singular if n == 1 else plural

    # Jinja's i18n extension calls the u-prefixed names on some paths.
    ugettext = gettext
    ungettext = ngettext


@lru_cache(maxsize=8)
def translations(locale: str) -> NullTranslations:
    """Every ``*.po`` file under ``locales/<locale>/LC_MESSAGES`` is read and merged: each domain
    keeps its own catalogue (``messages.po`` for the core, ``referrals.po`` …), so translators and
    developers of different domains never edit the same file."""
    if locale == DEFAULT_LOCALE or locale not in LOCALES:
        return NullTranslations()
    folder = resources.files("rihai.web").joinpath(f"locales/{locale}/LC_MESSAGES")
    if not folder.is_dir():
        return NullTranslations()
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".po")), key=lambda p: p.name):
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=locale)
        for msg in catalog:
            if not msg.id or msg.fuzzy:
                continue
            if isinstance(msg.id, tuple):
                plurals[msg.id[0]] = tuple(msg.string)
            elif msg.string:
                messages[msg.id] = msg.string
    return CatalogTranslations(messages, plurals)


def negotiate(preferred: str | None, cookie: str | None, accept_language: str | None) -> str:
    for candidate in (preferred, cookie):
        if candidate in LOCALES:
            return candidate  # type: ignore[return-value]
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LOCALES:
            return tag
    return DEFAULT_LOCALE


def text_direction(locale: str) -> str:
    return LOCALES.get(locale, LOCALES[DEFAULT_LOCALE])["dir"]
