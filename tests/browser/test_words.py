"""No code reaches a page (issue 19): people read words, not ``scam_role_in_sea``, "new", "MM",
"ur, pa", ``cases:case:read`` or ``cas_ReasonForCaseClosure``.

The same pages as the phone-width test (``test_fit``: every HTML GET route of the inventory, by
every role that holds its permission, parameters from ``fit_world``), in English and Urdu. Each
page is fetched over HTTP with the role's signed-in browser cookies (``context.request``), not
rendered: the text a code would leak into is in the HTML the server sends, the walk takes seconds
instead of minutes, and the sections a page loads by itself (``hx-trigger="load"``) are fetched
too, as the browser would. What is read is what a person sees or hears: text nodes (not inside
``script``/``style``) and the ``title``, ``aria-label``, ``placeholder`` and ``alt`` attributes.

A finder is one entry of ``FINDERS``: a name and a function from (text, locale) to the codes it
found. A new kind of code (the networks pages' own, once they land) is one more entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from enum import StrEnum
from html.parser import HTMLParser
from importlib import resources

import pytest

from rihai.access.auth import TOKEN_PREFIX
from rihai.access.permissions import Role
from rihai.validators import countries

from . import fit_world
from .conftest import sign_in
from .test_fit import _plan

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SPOKEN = ("title", "aria-label", "placeholder", "alt")


class Visible(HTMLParser):
    """The texts a person reads on a page: each element's whole text (so a cell that is nothing
    but a code is found), and the spoken attributes; the ``hx-get`` of sections loaded on load."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, list[str]]] = []
        self.texts: list[tuple[str, str]] = []  # (where: the element or attribute, text)
        self.on_load: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "style", "template"):
            self.skip += 1
        for name in SPOKEN:
            if a.get(name):
                self.texts.append((f"{tag}[{name}]", a[name] or ""))
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self.texts.append((f"{tag}[value]", a["value"] or ""))
        if a.get("hx-get") and "load" in (a.get("hx-trigger") or ""):
            self.on_load.append(a["hx-get"] or "")
        if tag not in VOID:
            self.stack.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template"):
            self.skip = max(0, self.skip - 1)
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, parts = self.stack.pop()
            text = " ".join(" ".join(parts).split())
            if text:
                self.texts.append((t, text))
                if self.stack:
                    self.stack[-1][1].append(text)
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skip and self.stack and data.strip():
            self.stack[-1][1].append(data)


def _data(package: str, name: str) -> dict:
    return json.loads(resources.files(package).joinpath("data", name).read_text(encoding="utf-8"))


def _walk_codes(node: object) -> Iterator[str]:
    """Every ``code``/``key``/``concept`` value in a data file."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("code", "key", "concept", "dimensions", "requires", "related_concepts") and isinstance(v, str):
                yield v
            yield from _walk_codes(v)
            if k in ("dimensions", "sets") and isinstance(v, dict):
                yield from v.keys()
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, str) and "_" in v:
                yield v
            yield from _walk_codes(v)


def _enum_values() -> set[str]:
    """The values of every code list in the domains: statuses, states, kinds, roles."""
    import rihai.access.permissions
    import rihai.access.schemas
    import rihai.cases.codes
    import rihai.cases.justice.codes
    import rihai.referrals.codes
    import rihai.referrals.states
    import rihai.screening.identification.schemas
    import rihai.screening.tips.service
    import rihai.tracing.schemas

    modules = [rihai.access.permissions, rihai.access.schemas, rihai.cases.codes, rihai.cases.justice.codes,
               rihai.referrals.codes, rihai.referrals.states, rihai.screening.identification.schemas,
               rihai.screening.tips.service, rihai.tracing.schemas]
    values = set()
    for module in modules:
        for thing in vars(module).values():
            if isinstance(thing, type) and issubclass(thing, StrEnum) and thing is not StrEnum:
                values |= {str(m) for m in thing}
    return values


WARNING_SIGNS = {c for c in _walk_codes(_data("rihai.screening.offers", "red_flags.json")) if "_" in c} | {
    c for c in _walk_codes(_data("rihai.screening.identification", "ilo_indicators.json")) if "_" in c}
CODES = _enum_values()
COUNTRIES = set(countries("en"))
LANGUAGES = {"ur", "pa", "skr", "ps", "sd", "bal", "brh", "hno", "khw", "ks", "en", "ar", "fa", "bsk", "scl"}
# Codes that are also the word a person reads, in both languages: brand names, "NGO".
READ_AS_IS = {"Facebook", "Instagram", "WhatsApp", "Telegram", "Viber", "Line", "WeChat", "TikTok", "NGO"}
# An API token's first characters ("rihai_67nv7c") are how its owner tells tokens apart, not a code;
# random, they read as snake_case whenever the random part has no capital or "-".
SNAKE = re.compile(r"(?<![\w./@-])[a-z]+(?:_[a-z0-9]+)+(?![\w./@-])")
PERMISSION = re.compile(r"\b[a-z]+:[a-z_]+:[a-z_]+\b")
HTCDS_FIELD = re.compile(r"\b[a-z]{3}_[A-Z]\w+")
LANGUAGE_LIST = re.compile(r"(?<![\w])(" + "|".join(sorted(LANGUAGES)) + r")(\s*,\s*(" + "|".join(sorted(LANGUAGES)) + r"))+(?!\w)")


def _whole_code(text: str, locale: str) -> list[str]:
    """An element whose whole text is a code: "new", "ForcedLabour", "MM", "pa"."""
    if text in READ_AS_IS:
        return []
    if text in COUNTRIES or text in LANGUAGES or text in WARNING_SIGNS:
        return [text]
    if text in CODES:
        # In English a code that is its own label ("Active", "Police") is a word; a lowercase or
        # CamelCase one ("new", "in_service", "ForcedLabour") is not. In Urdu none is.
        if locale == "ur" or text[:1].islower() or re.search(r"[a-z][A-Z]", text):
            return [text]
    return []


Finder = Callable[[str, str], list[str]]
FINDERS: dict[str, Finder] = {
    "a code as the whole text": _whole_code,
    "a snake_case identifier (warning sign, indicator, state)": lambda t, _: [
        hit for hit in SNAKE.findall(t) if not hit.startswith(TOKEN_PREFIX)],
    "a permission string": lambda t, _: PERMISSION.findall(t),
    "an HTCDS field name": lambda t, _: HTCDS_FIELD.findall(t),
    "language codes": lambda t, _: [m.group(0) for m in LANGUAGE_LIST.finditer(t)],
}


def _timeline_in_button_words(html: str, locale: str) -> list[str]:
    """A referral's timeline says what happened ("Sent to the receiving agency"), not the word on
    the button that did it ("Send", بھیجیں)."""
    from rihai.referrals.codes import LABELS
    from rihai.referrals.states import Action
    from rihai.web.i18n import translations

    gettext = translations(locale).gettext
    buttons = {gettext(LABELS[a]) for a in Action if LABELS.get(a)}
    said = [re.sub(r"<[^>]+>", "", s).strip() for timeline in re.findall(r'<ol class="timeline".*?</ol>', html, re.S)
            for s in re.findall(r"<strong>(.*?)</strong>", timeline, re.S)]
    return [s for s in said if s in buttons]


# Finders that need the page's structure rather than its texts.
PAGE_FINDERS: dict[str, Finder] = {
    "a timeline entry in a button's words": _timeline_in_button_words,
}


def codes_in(html: str, locale: str) -> tuple[list[str], list[str]]:
    """(what was found, each as 'finder: code'), (the sections the page loads by itself)."""
    parser = Visible()
    parser.feed(html)
    parser.close()
    found = []
    for where, text in parser.texts:
        for name, finder in FINDERS.items():
            found += [f"{name}: {hit!r} in <{where}>" for hit in finder(text, locale)]
    for name, finder in PAGE_FINDERS.items():
        found += [f"{name}: {hit!r}" for hit in finder(html, locale)]
    return sorted(set(found)), parser.on_load


def shown_in(html: str, asked: str) -> str:
    m = re.search(r'<html lang="(\w+)"', html)
    return m.group(1) if m else asked


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[fit_world.FitWorld]:  # type: ignore[no-untyped-def]
    yield from fit_world.build(tmp_path_factory.mktemp("words"))


def test_the_finders_find_what_issue_19_saw():
    html = ("<main><td>new</td><span>MM</span><p>Languages: ur, pa</p><li>scam_role_in_sea</li>"
            "<p title='cases:case:read'>x</p><p>Give cas_ReasonForCaseClosure</p><b>ForcedLabour</b>"
            "<script>var in_code = 'in_service';</script><td>Active</td><td>WhatsApp</td>"
            "<ol class=\"timeline\"><li><strong>Send</strong></li></ol></main>")
    found, _ = codes_in(html, "en")
    joined = " ".join(found)
    for code in ("'new'", "'MM'", "'ur, pa'", "'scam_role_in_sea'", "'cases:case:read'",
                 "'cas_ReasonForCaseClosure'", "'ForcedLabour'", "'Send'"):
        assert code in joined, (code, found)
    assert "in_service" not in joined and "'Active'" not in joined and "WhatsApp" not in joined
    assert "'Active'" in " ".join(codes_in("<td>Active</td>", "ur")[0])
    # A token's prefix tells its owner which token it is; the random part may be all lowercase.
    assert not codes_in(f"<td><code>{TOKEN_PREFIX}67nv7c</code></td>", "en")[0]


def test_no_code_reaches_a_page(chromium, world):  # type: ignore[no-untyped-def]
    plan = _plan(world)
    failures: list[str] = []
    for role in [None, *[str(r) for r in Role]]:
        mine = [url for r, _, url in plan if r == role]
        if not mine:
            continue
        ctx = chromium.new_context(locale="en-GB")
        try:
            page = ctx.new_page()
            page.set_default_timeout(15_000)
            if role is not None:
                sign_in(page, world, f"fit-{role}")  # type: ignore[arg-type]
            for path in mine:
                for lang in ("en", "ur"):
                    sep = "&" if "?" in path else "?"
                    response = ctx.request.get(f"{world.url}{path}{sep}lang={lang}")
                    # A page that redirects (/mfa once passed) answers in the account's language.
                    lang = shown_in(response.text(), lang)
                    found, loads = codes_in(response.text(), lang)
                    for section in loads:
                        sep2 = "&" if "?" in section else "?"
                        part = ctx.request.get(f"{world.url}{section}{sep2}lang={lang}",
                                               headers={"HX-Request": "true"})
                        found += codes_in(part.text(), lang)[0]
                    failures += [f"{role or 'signed out'} {lang} {path}: {f}" for f in sorted(set(found))]
        finally:
            ctx.close()
    assert not failures, f"{len(failures)} code(s) shown to people:\n" + "\n".join(failures)
