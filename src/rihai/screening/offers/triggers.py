"""Which indicators can match a post at all, from one scan of the post.

Any match of an indicator holds at least one of its literals ("fee", "advance", "ویزا"; found by
``red_flags.triggers_for``), so an indicator whose literals are all absent is skipped without running
its regex. Until session 20 each of the ~50 indicators scanned the post for its own literals; now one
scan finds every literal the post holds (about 4x less time on the real corpus, same hits).

Tried and dropped (session 20): running only the patterns of an indicator whose own literals are present,
as a smaller alternation compiled per subset. The matches are provably the same, but posts share few
subsets (about 2,200 distinct ones over 1,907 posts), so compiling cost more than it saved.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def _trie_pattern(literals: Iterable[str]) -> str:
    """A regex matching the longest of ``literals`` starting at a position, as a character trie: the
    engine tries one branch per distinct next character instead of every literal in turn."""
    trie: dict = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return f"(?:{body})?" if len(alts) == 1 else body + "?"
        return body

    return emit(trie)


class LiteralScan:
    """The set of ``literals`` a text contains, in one pass over the text."""

    def __init__(self, literals: Iterable[str]) -> None:
        lits = sorted(set(literals))
        # At each position the zero-width lookahead captures the longest literal starting there; every
        # literal that is a prefix of it starts there too.
        self._rx = re.compile(f"(?=({_trie_pattern(lits)}))") if lits else None
        self._prefixes = {lit: frozenset(p for p in lits if lit.startswith(p)) for lit in lits}

    def present(self, text: str) -> frozenset[str]:
        if self._rx is None:
            return frozenset()
        found: set[str] = set()
        prefixes = self._prefixes
        for m in self._rx.finditer(text):
            found |= prefixes[m.group(1)]
        return frozenset(found)
