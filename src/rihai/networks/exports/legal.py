"""The sections of law that a network's facts point to (``data/legal_sections.json``).

A section applies when, for each group of facts in its ``applies_when_all``, at least one fact of
the group is among the network's facts (PTPA s.3(1): a means — deception or coercion — and a
purpose — forced labour or sexual exploitation). The data file records the source of every section
number; a section it could not confirm has none (``Section.section is None``) and is shown as such.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Section:
    act: str  # the act's key: PTPA2018, PSMA2018, EO1979
    act_title: dict[str, str]  # {"en": ..., "ur": ...}
    section: str | None  # None: not confirmed from a copy of the text; see ``unconfirmed``
    title: dict[str, str]
    applies_when_all: tuple[frozenset[str], ...]
    source_urls: tuple[str, ...]
    unconfirmed: str = ""

    def applies(self, facts: frozenset[str] | set[str]) -> bool:
        return all(group & facts for group in self.applies_when_all)


@lru_cache(maxsize=1)
def _data() -> dict:  # type: ignore[type-arg]
    path = resources.files("rihai.networks.exports").joinpath("data/legal_sections.json")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def sections() -> tuple[Section, ...]:
    data = _data()
    return tuple(Section(act=s["act"], act_title=data["acts"][s["act"]], section=s["section"],
                         title=s["title"], applies_when_all=tuple(frozenset(g) for g in s["applies_when_all"]),
                         source_urls=tuple(s["source_urls"]), unconfirmed=s.get("unconfirmed", ""))
                 for s in data["sections"])


def facts() -> dict[str, dict[str, str]]:
    """Every coded fact the file knows, with its English and Urdu wording."""
    return dict(_data()["facts"])


def applicable(found: frozenset[str] | set[str]) -> list[Section]:
    """The sections the facts point to, in the file's order. An unknown fact is an error: a typo
    would otherwise drop a section silently."""
    unknown = set(found) - set(facts())
    if unknown:
        raise ValueError(f"unknown legal facts: {sorted(unknown)}")
    return [s for s in sections() if s.applies(frozenset(found))]


def version() -> str:
    return str(_data()["version"])
