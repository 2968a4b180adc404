"""Loading and compiling the versioned job-offer red-flag table and the gazetteer.

The red flags (and the reassuring signs) of a job offer - called "indicators" inside the table and
its ``indicators_version``, which every Assessment echoes - are not the ILO victim indicators of
``screening.identification``. Patterns live in data/red_flags.json so that analysts can change them without
touching code; the file's ``version`` is echoed in every Assessment so any
result can be traced back to the rules that produced it.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .normalise import _map_char
from .triggers import LiteralScan

try:  # Python >= 3.11
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

# Separators people put inside words/numbers ("whats-app", "call.centre").
_SEP = r"[\s\-_.,:;/|()'\"*]"
_GAP = r"[^\n]{0,60}?"


def _prepare(pattern: str) -> str:
    """Translate the file's small pattern dialect into a Python regex.

    Non-ASCII characters go through the same mapping as the input text so an
    Urdu pattern typed with Arabic-keyboard letters still matches.
    """
    pattern = "".join(c if c.isascii() else _map_char(c) for c in pattern)
    pattern = pattern.replace("<gap>", _GAP)
    pattern = pattern.replace(" ?", _SEP + "*").replace("~", _SEP + "*").replace(" ", _SEP + "+")
    return pattern


def _no_capture(pattern: str) -> str:
    """``pattern`` with every capturing group made non-capturing. Only a match's start and end are used,
    and a group's MARK in front of an alternative stops the engine from skipping that alternative on its
    first letter, which a big alternation (``upfront_fee`` has about 80) pays for at every word."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # "[]...]": a literal "]" first in the class
                out.append("[]")
                i += 2
                continue
        elif c == "(" and pattern[i + 1:i + 2] != "?":
            out.append("(?:")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def compile_patterns(patterns: list[str], ignorecase: bool = True) -> re.Pattern[str]:
    """Patterns are written in lower case; the case-sensitive variant runs on
    lower-cased text, which is about twice as fast as re.IGNORECASE."""
    body = "|".join(f"(?:{_no_capture(_prepare(p))})" for p in patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignorecase else 0)


def _required(seq) -> frozenset[str] | None:
    """Strings of which at least one must occur in any match of ``seq``.

    Used as a cheap ``in`` prefilter: most indicators are absent from most
    posts, and a substring test is ~100x cheaper than a regex scan.
    """
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    def close() -> None:
        if len(run) >= 2:
            consider(frozenset(["".join(run)]))
        run.clear()

    for op, av in seq:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is _C.SUBPATTERN:
            consider(_required(av[-1]))
        elif op is _C.BRANCH:
            alts = [_required(b) for b in av[1]]
            if all(alts):
                consider(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2]))
    close()
    return best


def triggers_for(regex: re.Pattern[str]) -> frozenset[str] | None:
    try:
        return _required(_P.parse(regex.pattern))
    except Exception:  # noqa: BLE001 - a missing prefilter only costs speed
        return None


@dataclass(frozen=True)
class Indicator:
    code: str
    weight: float
    kind: str
    explanation_en: str
    explanation_ur: str
    sources: tuple[dict[str, Any], ...]
    regex: re.Pattern[str] | None
    regex_lc: re.Pattern[str] | None
    derived: bool
    triggers: frozenset[str] | None = None
    label_en: str = ""  # a few words naming the sign where a list shows many (the tips list)
    label_ur: str = ""
    prior: float = 0.0  # the hand-set weight in red_flags.json; ``weight`` is the learned one when shipped
    context: bool = False  # no weight on its own (a WhatsApp number, a destination): counts in interactions


@dataclass(frozen=True)
class Interaction:
    code: str
    requires: tuple[tuple[str, ...], ...]  # AND of ORs
    weight: float
    explanation_en: str
    explanation_ur: str
    sources: tuple[dict[str, Any], ...]
    label_en: str = ""
    label_ur: str = ""
    prior: float = 0.0


@dataclass(frozen=True)
class RuleSet:
    version: str
    scoring: dict[str, Any]
    conflicts: dict[str, list[str]]
    indicators: dict[str, Indicator]
    interactions: tuple[Interaction, ...]
    scan: LiteralScan = LiteralScan(())  # every literal any indicator pattern needs, found in one pass


def _read(name: str) -> dict[str, Any]:
    return json.loads(resources.files("rihai.screening.offers").joinpath("data").joinpath(name).read_text("utf-8"))


# The weights learned on the real corpus (``python -m rihai.screening.offers.learn build``).
LEARNED_FILE = Path(__file__).parent / "data" / "learned_weights.json"


def read_rules() -> dict[str, Any]:
    return _read("red_flags.json")


def rules_digest() -> str:
    return hashlib.sha256((Path(__file__).parent / "data" / "red_flags.json").read_bytes()).hexdigest()[:16]


def read_learned() -> dict[str, Any] | None:
    """The learned weights, or None when absent or fitted for another red-flag file (a stale file is
    never applied to patterns it was not fitted on; the hand-set priors are used instead)."""
    if not LEARNED_FILE.exists():
        return None
    doc = json.loads(LEARNED_FILE.read_text("utf-8"))
    return doc if doc.get("rules_sha256") == rules_digest() else None


def build_ruleset(doc: dict[str, Any], learned: dict[str, Any] | None = None) -> RuleSet:
    """Compile an indicators document (exposed so tests can try variants). With ``learned`` (the
    learned-weights document) every weight, the bias and the Platt calibration come from it; codes it
    does not name weigh 0 (context-only signs)."""
    lw = learned["weights"] if learned else None
    inds: dict[str, Indicator] = {}
    for raw in doc["indicators"]:
        pats = [p for lang in ("en", "roman", "ur") for p in raw.get("patterns", {}).get(lang, [])]
        lc = compile_patterns(pats, ignorecase=False) if pats else None
        context = bool(raw.get("context"))
        prior = 0.0 if context else float(raw["weight"])
        inds[raw["code"]] = Indicator(
            code=raw["code"], weight=float(lw.get(raw["code"], 0.0)) if lw is not None else prior, kind=raw["kind"],
            explanation_en=raw["explanation"]["en"], explanation_ur=raw["explanation"]["ur"],
            sources=tuple(raw.get("sources", [])),
            regex=compile_patterns(pats) if pats else None,
            regex_lc=lc, derived=bool(raw.get("derived")), triggers=triggers_for(lc) if lc is not None else None,
            label_en=raw.get("label", {}).get("en", ""), label_ur=raw.get("label", {}).get("ur", ""),
            prior=prior, context=context,
        )
    inters = []
    for raw in doc.get("interactions", []):
        req = tuple(tuple(r) if isinstance(r, list) else (r,) for r in raw["requires"])
        weight = float(lw.get(raw["code"], 0.0)) if lw is not None else float(raw["weight"])
        inters.append(Interaction(raw["code"], req, weight, raw["explanation"]["en"],
                                  raw["explanation"]["ur"], tuple(raw.get("sources", [])),
                                  raw.get("label", {}).get("en", ""), raw.get("label", {}).get("ur", ""),
                                  prior=float(raw["weight"])))
    scoring = dict(doc["scoring"])
    if learned:
        # A learned sum is calibrated as it stands: no floor on reassurance, Platt on top.
        scoring.update(bias=float(learned["bias"]), max_reassurance=-99.0, calibration=list(learned["platt"]),
                       blend={**scoring["blend"], "model_weight": float(learned.get("model_weight", 0.0))},
                       bands=learned.get("bands") or scoring["bands"])
    scan = LiteralScan({lit for ind in inds.values() for lit in ind.triggers or ()})
    return RuleSet(doc["version"], scoring, doc.get("conflicts", {}), inds, tuple(inters), scan)


@lru_cache(maxsize=1)
def ruleset() -> RuleSet:
    return build_ruleset(read_rules(), read_learned())


def flag_label(code: str, locale: str = "en") -> str:
    """The few words a person reads for warning sign ``code`` (its ``label`` in the data file), in
    English or Urdu; a code the rules no longer know (an old tip's) reads as its words."""
    rules = ruleset()
    found = rules.indicators.get(code) or next((i for i in rules.interactions if i.code == code), None)
    label = (found.label_ur if locale == "ur" else found.label_en) if found else ""
    return label or (found.label_en if found else "") or code.replace("_", " ").capitalize()


def feature_codes() -> list[str]:
    """Stable order of every code the model sees as a binary feature."""
    rs = ruleset()
    return sorted(list(rs.indicators) + [i.code for i in rs.interactions])


_WORD_RE = re.compile(r"(?<!\w)\w+")


class PhraseMatcher:
    """Match a list of phrases at word starts only.

    One big alternation scanned at every character is slow (the gazetteer has
    ~170 aliases); instead we walk word tokens (a C-level scan) and try the
    anchored regex only where a token starts like some phrase does.
    Phrases are matched case-insensitively via the lower-cased copy; internal
    separators are optional, so "Thai land", "thai-land" and "thailand" agree.
    """

    def __init__(self, phrases: list[str], suffix: str = ""):
        phrases = sorted({p.lower() for p in phrases if p.strip()}, key=len, reverse=True)
        parts = [(_SEP + "*").join(re.escape(w) for w in re.split(r"[\s\-_.]+", p) if w) + suffix for p in phrases]
        body = "|".join(parts)
        self._anchored = re.compile(rf"(?:{body})(?!\w)")
        self._scan_ic = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        self._gate = set()
        for p in phrases:
            first = _WORD_RE.search(p)
            if first:
                w = first.group(0)
                self._gate.add(w[:3])
                if len(w) < 3:
                    self._gate.add(w)

    def finditer(self, text: str, lower: str | None, words: list[tuple[int, str]] | None = None):
        """``words``: (start, token) pairs of ``lower``, shared between matchers."""
        if lower is None:  # lower() changed the length: rare, use the slow exact scan
            yield from self._scan_ic.finditer(text)
            return
        if words is None:
            words = [(w.start(), w.group(0)) for w in _WORD_RE.finditer(lower)]
        gate, anchored = self._gate, self._anchored
        pos = 0
        for start, tok in words:
            if start < pos:
                continue
            if tok[:3] in gate or tok in gate:
                m = anchored.match(lower, start)
                if m:
                    pos = m.end()
                    yield m


@dataclass(frozen=True)
class Gazetteer:
    version: str
    matcher: PhraseMatcher
    lookup: dict[str, dict[str, Any]]


def gazetteer_key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.lower())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    doc = _read("gazetteer.json")
    lookup: dict[str, dict[str, Any]] = {}
    names: list[str] = []
    for place in doc["places"]:
        for alias in [place["name"], *place.get("aliases", []), *place.get("aliases_ur", [])]:
            alias_n = "".join(c if c.isascii() else _map_char(c) for c in alias.replace("~", ""))
            key = gazetteer_key(alias_n)
            if key and key not in lookup:
                lookup[key] = place
                names.append(alias_n)
    return Gazetteer(doc["version"], PhraseMatcher(names), lookup)
