"""Straight double quotes read as guillemets in a document that quotes with nothing else
(issue #14, session 9, seggen9). The perturbation benchmark's quotes_straight row (« » → " ")
lost 27 items: every reader is written for « » (and “ ” since quote_marks.py). Straight quotes
also mark inches, code, titles, and pair only by position, so they are read as « » only where
the document has no other quotation mark at all (``straight_quote_other_marks`` in
lang/fr/straight_quotes.yaml): a thesis that quotes in « » and puts a patient's reported words
in " " inside a transcript keeps them as they are. A pair opens after a space or a bracket and
before a non-space, closes after a non-space and before a non-word, on one line; one character
for one, so no offset moves and the segments keep the document's marks. A line with an odd
number of marks is left to find_quotes, which pairs a stray mark by its own rules."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv


@lru_cache(maxsize=4)
def _pair(mark: str) -> re.Pattern:
    q = re.escape(mark)
    return re.compile(rf"(?:(?<=^)|(?<=[\s(\[]))({q})(?=[^\s{q}])([^{q}\n]*?[^\s{q}])({q})(?!\w)", re.MULTILINE)


def fold_straight_quotes(text: str) -> str:
    """text with each straight-quoted passage on one line read as « … » (same length), when the
    document has no other quotation mark; else text unchanged."""
    mark = cv.DATA.get("straight_quote_mark", "")
    if not mark or mark not in text or any(m in text for m in cv.DATA.get("straight_quote_other_marks", [])):
        return text
    pair = _pair(mark)
    # a line with an odd number of marks holds a stray one ("« … » de consultation, … disponibles",
    # explique …"): find_quotes pairs those by its own rules, so the line is left as it is
    return "".join(pair.sub(lambda m: f"«{m.group(2)}»", line) if line.count(mark) % 2 == 0 else line
                   for line in text.splitlines(keepends=True))


def fold_headings(structure: list[dict], source: str, text: str) -> list[dict]:
    """The structure's headings as the rules read them: where the marks of a heading's line were
    read as « » (one character for one), its heading is taken from the read text too, so the line
    is still recognised as that heading ('Toulouse : "un vrai petit hôpital local"')."""
    out = []
    for row in structure:
        head, start = row.get("heading") or "", int(row.get("char_start") or 0)
        span = slice(start, start + len(head))
        if head and source[span] == head and text[span] != head:
            row = {**row, "heading": text[span]}
        out.append(row)
    return out
