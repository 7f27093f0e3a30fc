"""Quotations inside a quotation: « on nous parlait de “ cluster ” » (and the reverse, “ … « x » … ”,
once quote_marks.py has read “ ” as « »). The inner marks quote a term, not a second speaker; the
readers written for « » expect one level, so the inner pair is read as the two characters of
``nested_quote_marks`` (lang/fr/nested_quotes.yaml), one for one: no offset moves, and the
segments keep the document's marks. Only a pair opened AND closed on one line inside an open
« is inner; a paragraph of a quotation over several paragraphs (opened by « and never closed)
has no pair of its own and stays as it is, and a « after a sentence end opens the next such
paragraph (extraction runs them together), not a term."""

from __future__ import annotations

import re

from . import conventions as cv

PARAGRAPH_OPENING = re.compile(r"[.!?…][ \t\u00a0\u202f]*$")


def fold_nested_quotes(text: str) -> str:
    """text with every « » pair nested inside another quotation on its line replaced by the
    nested marks (same length)."""
    marks = cv.DATA.get("nested_quote_marks", "")
    if len(marks) != 2 or "«" not in text:
        return text
    chars = list(text)
    line_start = 0
    for line in text.split("\n"):
        if line.count("«") > 1:
            for a, b in _inner_pairs(line):
                chars[line_start + a], chars[line_start + b] = marks[0], marks[1]
        line_start += len(line) + 1
    return "".join(chars)


def _inner_pairs(line: str) -> list[tuple[int, int]]:
    """(open, close) offsets of the « » pairs of a line that sit inside another open «."""
    stack: list[int] = []
    pairs = []
    for i, ch in enumerate(line):
        if ch == "«":
            stack.append(i)
            if len(stack) > 1 and PARAGRAPH_OPENING.search(line[:i]):
                # after a sentence end: the next paragraph of a quotation over several, which
                # extraction ran onto this line ("… la pharmacie. « Ce que la CPTS a apporté … »")
                stack = [i]
        elif ch == "»" and stack:
            opened = stack.pop()
            if stack:
                pairs.append((opened, i))
    return pairs
