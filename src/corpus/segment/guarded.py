"""Patterns that cannot match a text lacking certain characters, asked only of texts holding one
(issue #14, speed).

Some patterns run on every line of a document and need a mark that few lines hold: a table's
bar or tab, a subtitle's arrow, a colon. Python's regular expressions find no literal to skip
to in them (they open with a look-behind, ``\\s*`` or a lazy ``.*?``), so every call tries every
position of the line: ~50–80 µs on a thesis's paragraph, that holds no such mark. A
:class:`Guarded` pattern first asks whether the text holds one of the marks (a C-level
substring test) and answers as the pattern does on a text where it finds no match: no match,
the text unsplit, unchanged. Its marks must be such that every match of the pattern holds one
of them; each wrapping says why beside it, and tests/segment/test_speed_guards.py checks the
answers against the bare pattern's.
"""

from __future__ import annotations

import re


class Guarded:
    """A compiled pattern every match of which holds at least one of ``marks`` (literal strings).
    Reads as the pattern (``.pattern``, ``.flags``, ``.groupindex``, …); its search methods skip
    the texts that hold none of the marks."""

    __slots__ = ("regex", "marks", "ends", "remember", "_splits")

    def __init__(self, regex: re.Pattern, marks=(), ends=(), remember: int = 0) -> None:
        """``marks``: every match holds one of them; ``ends``: every match ends the text (a
        ``$`` after whitespace at most) with one of them, so the text, stripped of its trailing
        whitespace, ends with one (asked only of a whole text: a search given bounds runs the
        pattern). ``remember``: how many texts' splits to keep (a table's lines are split into
        their cells by several readers: each line once), 0 for none."""
        self.regex = regex
        self.marks = tuple(marks)
        self.ends = tuple(ends)
        self.remember = remember
        self._splits: dict[str, list[str]] = {}
        if not (self.marks or self.ends) or not all(isinstance(m, str) and m for m in self.marks + self.ends):
            raise ValueError("a guarded pattern needs non-empty marks or ends")

    def __getattr__(self, name: str):  # .pattern, .flags, .groupindex, .groups
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Guarded({self.regex!r}, {self.marks!r})"

    def possible(self, text: str, bounded: bool = False) -> bool:
        """Whether the pattern may match the text: it holds one of the marks, and ends (unless
        the search is ``bounded`` by a position) with one of the ends."""
        if self.marks:
            for mark in self.marks:
                if mark in text:
                    break
            else:
                return False
        if self.ends and not bounded:
            return text.rstrip().endswith(self.ends)
        return True

    def search(self, string, *args):
        return self.regex.search(string, *args) if self.possible(string, bool(args)) else None

    def match(self, string, *args):
        return self.regex.match(string, *args) if self.possible(string, bool(args)) else None

    def fullmatch(self, string, *args):
        return self.regex.fullmatch(string, *args) if self.possible(string, bool(args)) else None

    def finditer(self, string, *args):
        return self.regex.finditer(string, *args) if self.possible(string, bool(args)) else iter(())

    def findall(self, string, *args):
        return self.regex.findall(string, *args) if self.possible(string, bool(args)) else []

    def split(self, string, maxsplit=0):
        if not self.possible(string):
            return [string]
        if not self.remember or maxsplit:
            return self.regex.split(string, maxsplit)
        parts = self._splits.get(string)
        if parts is None:
            if len(self._splits) >= self.remember:
                self._splits.clear()
            parts = self._splits[string] = self.regex.split(string)
        return list(parts)  # the caller's own list

    def sub(self, repl, string, count=0):
        return self.regex.sub(repl, string, count) if self.possible(string) else string

    def subn(self, repl, string, count=0):
        return self.regex.subn(repl, string, count) if self.possible(string) else (string, 0)
