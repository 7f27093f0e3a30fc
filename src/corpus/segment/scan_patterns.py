"""Patterns of the language data rewritten so that ``re`` can skip ahead when it scans a whole document.

Python's regex engine jumps straight to the characters a pattern can start with only when every
top-level alternative opens on a literal. A word boundary in front (``\\bcpam\\b|assurance
maladie``), the way the role rules are written, turns that off, and the engine then tries the
pattern at every character of a 1.4-million-character thesis: ~2.7 s for the 42 role rules, most
of it spent where no rule can start.

``boundary_after_first_letter`` moves a leading ``\\b`` before a letter behind that letter, as a
lookbehind: ``\\bcpam`` becomes ``c(?<!\\wc)pam``. The two match the same spans of any text: the
letter is a word character, so the boundary before it holds exactly when the character before it
is not one, which is what the lookbehind checks once the letter has matched. The rule files stay
as a methodologist writes them; only their compiled form changes (tests/segment/test_scan_patterns.py
compares the two on the bundled texts).
"""

from __future__ import annotations

import re

# plain negative lookbehinds (no group, no alternation inside), "\b", then a lowercase letter with
# no quantifier ("\bs?" could match nothing): "(?<!cadre )\binfirmi", "\bcpam"
_LEADING_BOUNDARY = re.compile(r"(?P<behind>(?:\(\?<!(?:[^()|\\]|\\.)+\))*)(?P<boundary>\\b)?(?P<letter>[a-zà-ÿ])(?![?*+{])")
_LOOKBEHIND = re.compile(r"\(\?<!((?:[^()|\\]|\\.)+)\)")


def top_level_alternatives(pattern: str) -> list[str]:
    """The pattern cut at its top-level ``|`` (outside groups and character classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # "[]…]": a bracket first in a class is a member
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def boundary_after_first_letter(pattern: str) -> str:
    """``pattern`` with each top-level alternative's leading ``\\b<letter>`` written
    ``<letter>(?<!\\w<letter>)``, and a leading ``(?<!L)`` before the letter ``(?<!L<letter>)`` after
    it: the same matches, found faster over a long text."""
    alternatives = []
    for alt in top_level_alternatives(pattern):
        m = _LEADING_BOUNDARY.match(alt)
        if m and (m.group("behind") or m.group("boundary")):
            # each lookbehind that held before the letter holds after it with the letter appended
            letter = m.group("letter")
            behind = "".join(f"(?<!{lb}{letter})" for lb in _LOOKBEHIND.findall(m.group("behind")))
            boundary = f"(?<!\\w{letter})" if m.group("boundary") else ""
            alt = f"{letter}{behind}{boundary}{alt[m.end():]}"
        alternatives.append(alt)
    return "|".join(alternatives)


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def standalone_mentions(literal: str, text: str, tail: str = r"(?![\w-])"):
    """The matches of ``(?<![\\w-])<literal><tail>`` in ``text`` (a name not inside a longer word or
    hyphenated compound), found by searching for the literal first: the lookbehind in front would
    make the engine try every character of the text (~50 ms a name in a 464-page thesis)."""
    pattern = re.compile(re.escape(literal) + tail)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() and _WORD_OR_HYPHEN.match(text, m.start() - 1):
            pos = m.start() + 1  # inside a longer word: as the lookbehind, try from the next character
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
