"""Sources given by a numbered call after the quotation and resolved in a list elsewhere: "« … »
[3]" and, at the end of the page or of the chapter, the line "[3] E4, infirmière libérale,
Lorient." (a footnote set by hand, or a table of sources). The call shapes are data
(``source_call_shapes`` in lang/fr/source_lists.yaml, one regex with the number as group ``n``);
a list line resolves a call only when the same shape opens it, it is short, and something calls
it right after a closing quotation mark. What the line says is then read as a parenthesis after
the quotation would be (quotes._coded_parenthesis): a code, a pseudonym with a description;
a bibliography entry ("[3] Bloch F., Hénaut L., 2014, …") says nothing of a person and stays
a reference. A table may resolve the calls as well: a row whose first cell is the called number
itself ("C3 | E2 | Pharmacienne titulaire | Gaillac" for "« … » [C3]", a correspondence table
in the annex), its other cells read as the list line's text ("E2, Pharmacienne titulaire,
Gaillac")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..io import TABLE_DELIMITER
from ..text import fold
from . import conventions as cv

CLOSING_MARKS = "»\"”"
# a source names a person in one phrase; a reference runs over several ("Bloch MA, Hénaut L.
# Coordination et parcours. Paris : Dunod ; 2014."): a period before a word, not an initial
MORE_SENTENCES = re.compile(r"\.\s+[^\W\d_][^\W\d_]{3,}")


@lru_cache(maxsize=8)
def _shapes(key: tuple) -> list[re.Pattern]:
    return [re.compile(s) for s in key]


def call_shapes() -> list[re.Pattern]:
    return _shapes(tuple(cv.DATA.get("source_call_shapes", [])))


def source_lists(text: str) -> dict[tuple[int, str], str]:
    """(shape index, number) -> the text of the list line that resolves calls of that shape, for
    the numbers some quotation of the text calls."""
    max_chars = int(cv.DATA.get("source_list_max_chars", 160))
    out: dict[tuple[int, str], str] = {}
    for k, shape in enumerate(call_shapes()):
        called = {m.group("n") for m in re.finditer(rf"[{CLOSING_MARKS}][ \t\u00a0\u202f]*(?:{shape.pattern})", text)}
        if not called:
            continue
        row_starts = _row_starts(called)
        for line in text.split("\n"):
            for n, desc in _list_items(line, shape) + _table_rows(line, row_starts):
                if n in called and len(desc) <= max_chars and not re.search(r"[«»“”\"]", desc) \
                        and not MORE_SENTENCES.search(desc.rstrip(" .;")):
                    out.setdefault((k, n), desc.rstrip(" .;"))
    return out


def _list_items(line: str, shape: re.Pattern) -> list[tuple[str, str]]:
    """(number, text) of the list items that END a line: "[1] Infirmière libérale. [2] Infirmier
    aux urgences." alone on its line, or run by extraction onto the end of the paragraph before
    it (each item after a sentence end, none after a closing quotation mark: that is a call)."""
    starts = [m for m in re.finditer(rf"(?:^|(?<=[.!?)]\s)|(?<=^\s))(?:{shape.pattern})[ \t]+", line)]
    if starts and starts[0].start() == len(line) - len(line.lstrip()):
        # a list line of its own: extraction may have run its items together without periods
        # ("[3] Infirmière libérale, Calvi [4] Président de la CPTS, …"), each call opens one
        starts = [m for m in re.finditer(rf"(?:^|(?<=\s))(?:{shape.pattern})[ \t]+", line)]
    items: list[tuple[str, str]] = []
    end = len(line)
    for m in reversed(starts):
        desc = line[m.end():end].strip()
        if not desc:
            break
        items.append((m.group("n"), desc))
        end = m.start()
    return items[::-1]


def _row_starts(called: set[str]) -> re.Pattern:
    """A called number as a row's first cell (built once per text, not per line)."""
    numbers = "|".join(re.escape(n) for n in sorted(called, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\s))(?P<n>{numbers})\s*(?:\t|{re.escape(TABLE_DELIMITER.strip())})")


def _table_rows(line: str, row_starts: re.Pattern) -> list[tuple[str, str]]:
    """(number, its other cells joined by commas) of the table rows of the line that open with a
    called number (``row_starts``) as a cell of their own ("C3 | E2 | Pharmacienne titulaire |
    Gaillac"); extraction may have run the rows of the table onto one line, each called number
    opens one."""
    if not cv.has_cells(line):
        return []
    starts = list(row_starts.finditer(line))
    rows = []
    for m, end in zip(starts, [s.start() for s in starts[1:]] + [len(line)]):
        cells = [c for c in cv.CELL_SPLIT.split(line[m.end():end]) if c.strip()]
        if cells:
            rows.append((m.group("n"), ", ".join(c.strip() for c in cells)))
    return rows


def listed_source(after: str, lists: dict[tuple[int, str], str]) -> tuple[str, int, int] | None:
    """(the list line's text, start, end of the call in ``after``) when ``after`` (the text that
    follows a closing quotation mark) opens with a call some list line resolves; else None."""
    if not lists:
        return None
    for k, shape in enumerate(call_shapes()):
        m = re.match(rf"[ \t\u00a0\u202f]*(?:{shape.pattern})", after)
        if m and (k, m.group("n")) in lists:
            return lists[(k, m.group("n"))], m.start("n") - 1, m.end()
    return None


def lists_interviews(text: str, desc: str) -> bool:
    """Whether the list line that gave ``desc`` sits under a heading naming interviews
    ("Entretiens cités", "Personnes interrogées": ``source_list_interview_headings``): its numbers
    are then the interviews' own."""
    words = cv.DATA.get("source_list_interview_headings", [])
    if not words:
        return False
    lines = text.split("\n")
    heading = re.compile(rf"^(?:{'|'.join(words)})\b")
    shapes = call_shapes()
    for k, line in enumerate(lines):
        if desc in line:
            # the first line above the list's items (each opened by a call)
            previous = next((x for x in reversed(lines[:k])
                             if x.strip() and not any(p.match(x.strip()) for p in shapes)), "")
            return heading.match(fold(previous).strip()) is not None and len(previous) <= 80
    return False
