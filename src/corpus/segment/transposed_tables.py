"""A participants' table set the other way round: one row per characteristic, the participants as
columns, the first row their codes ("Code | P1 | P2 | P3 | P4", then "Profession | MG | IDEL | MG |
Pharmacien", "Âge | 34 | 52 | 61 | 45", "Département | Nièvre | Yonne | Nièvre | Yonne"). Each code's
description is its column read down ("IDEL, 52, Yonne"): the role and the place of the quotes
that code closes ("« … » (P2)").

The header row: a first cell, then at least two distinct participant codes and nothing else
(conventions PARTICIPANT_CODE); the rows below it with as many cells. A table of codes in rows
(the usual way) has no such header row.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv

MIN_CODES = 2


def row_cells(text: str) -> list[str]:
    """The cells of a table row (bars or tabs), stripped, without the empty ends its outer bars make
    ("| Code | E4 |" -> ["Code", "E4"]); [] when ``text`` is no row."""
    cells = [c.strip() for c in cv.CELL_SPLIT.split(text)] if cv.has_cells(text) else []
    if len(cells) > 2 and not cells[0] and not cells[-1] and text.strip().startswith("|") and text.strip().endswith("|"):
        cells = cells[1:-1]
    return cells


# a cell of figures, signed perhaps: numbers with their units or a share ("5 min 02 s", "27 %", "1 h 12",
# "14,5", "– 3", "+ 5")
FIGURE_CELL = re.compile(r"[+–−-]?\s*[\d\s.,:%h]*\d[\d\s.,:%]*(?:\s*(?:min|mn|s|sec|h|%|ms)\b[\s\d.,%]*)*")


def figures_row(text: str) -> bool:
    """A table row whose cells after the first are figures only ("MED | 5 min 02 s | 27 %"): a
    count per label, nobody's words."""
    cells = row_cells(text)
    return len(cells) >= 2 and all(FIGURE_CELL.fullmatch(c) for c in cells[1:])


def transposed_participants(texts: list[str]) -> dict[str, str]:
    """code -> description (its column's cells below the header, joined by commas) of each
    participants' table with the codes as columns; {} when the document has none."""
    out: dict[str, str] = {}
    code = re.compile(rf"(?:{cv.PARTICIPANT_CODE})")
    for i, text in enumerate(texts):
        cells = row_cells(text)
        codes = cells[1:]
        # one code when the first cell says so: an interview's card "| Code | E4 |" then "| Fonction |
        # Masseur-kinésithérapeute libéral |", "| Commune | Avallon |" (s41)
        least = 1 if cells and _code_header(cells[0]) else MIN_CODES
        if len(codes) < least or len(set(codes)) != len(codes) or not all(code.fullmatch(c) for c in codes):
            continue
        rows = []
        for nxt in texts[i + 1:]:
            row = row_cells(nxt)
            if len(row) != len(cells):
                break
            rows.append(row)
        for j, c in enumerate(codes, 1):
            desc = ", ".join(r[j] for r in rows if r[j])
            if desc:
                out.setdefault(c, desc)
    return out


@cv.per_language_data
def _code_headers() -> frozenset:
    return frozenset(" ".join(fold(w).lower().split()) for w in cv.language_data().get("code_column_words", []))


def _code_header(cell: str) -> bool:
    """A first cell naming the row of codes ("Code", "Participant", "Entretien"): coded_cells.yaml code_column_words."""
    return " ".join(fold(cell).lower().split()) in _code_headers()
