"""Transcripts set as a table whose first cell is the time code, the second the speaker's label,
the third the words ("00:00:31 | Resp. | Par le directeur, au départ."), as word processors and
transcription tools export an interview: the time code hides the label from the label shapes,
which expect it first. A row whose label cell holds only a dash continues the turn above.

A document is such a table when at least ``MIN_ROWS`` rows have this layout with two labels or
more; the labels are declared speakers read in their cell (``cells`` set: ``cell_turn``). What
a label says of the person (an interviewer's or an answer word, a legend, an interview header
or the caption above the table) is left to the label rules, as for any label.
"""

from __future__ import annotations

import re
from collections import Counter

from .base import TextLine, append_cut
from .guarded import Guarded

MIN_ROWS = 4  # a table, not one timed line
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
CELLS = rf"(?P<ts>{TIME})\s*\|\s*(?P<label>[^|\s][^|]{{0,24}}?)\s*\|\s*(?=\S)"
ROW = re.compile(rf"^\s*{CELLS}")
INSIDE = Guarded(re.compile(rf"(?<=\S)\s+(?={CELLS})"), ("|",))  # rows the extraction ran together (their bars)
DASHES = ("–", "—", "-", "")


def _rows(lines: list[TextLine]) -> list[re.Match]:
    return [m for ln in lines if "|" in ln.text for m in re.finditer(rf"(?:^|(?<=\s)){CELLS}", ln.text)]


def _is_table(rows: list[re.Match]) -> bool:
    labels = {m.group("label").strip() for m in rows} - set(DASHES)
    return len(rows) >= MIN_ROWS and len(labels) >= 2


def split_at_timed_rows(lines: list[TextLine]) -> list[TextLine]:
    """A timed table's rows run together on one line cut apart; re-indexed. Other documents
    as they are."""
    if not _is_table(_rows(lines)):
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [m.end() for m in INSIDE.finditer(ln.text)])
    return out


def cell_turn(codes) -> re.Pattern | None:
    """A row opened by a time cell then one of these labels in its cell (``lead``, ``ts``, ``label``)."""
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    return re.compile(rf"^(?P<lead>)(?P<ts>\s*{TIME}\s*\|\s*)(?P<label>{alt})\s*\|\s*(?=\S)")


def timed_row_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """label -> declared attributes (``cells``) of a timed table's labels, or {}."""
    rows = [m for m in (ROW.match(ln.text) for ln in lines) if m]
    labels = Counter(m.group("label") for m in rows if m.group("label").strip() not in DASHES)
    if not _is_table(rows):
        return {}
    return {label: {"role_raw": "", "role": "", "region": "", "place": "", "group": False,
                    "source": "attribution", "cells": True} for label in sorted(labels)}
