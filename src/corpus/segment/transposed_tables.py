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

from . import conventions as cv

MIN_CODES = 2


def _cells(text: str) -> list[str]:
    return [c.strip() for c in cv.CELL_SPLIT.split(text)] if cv.has_cells(text) else []


def transposed_participants(texts: list[str]) -> dict[str, str]:
    """code -> description (its column's cells below the header, joined by commas) of each
    participants' table with the codes as columns; {} when the document has none."""
    out: dict[str, str] = {}
    code = re.compile(rf"(?:{cv.PARTICIPANT_CODE})")
    for i, text in enumerate(texts):
        cells = _cells(text)
        codes = cells[1:]
        if len(codes) < MIN_CODES or len(set(codes)) != len(codes) or not all(code.fullmatch(c) for c in codes):
            continue
        rows = []
        for nxt in texts[i + 1:]:
            row = _cells(nxt)
            if len(row) != len(cells):
                break
            rows.append(row)
        for j, c in enumerate(codes, 1):
            desc = ", ".join(r[j] for r in rows if r[j])
            if desc:
                out.setdefault(c, desc)
    return out
