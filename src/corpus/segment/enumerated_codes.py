"""Participants' codes introduced in a sentence of the methods that enumerates them after a colon,
each with what the person does: "Quatre infirmières ont accepté un entretien : IDE1, infirmière
libérale à Pontarlier depuis douze ans ; IDE2, infirmière libérale à Morteau ; IPA1, infirmière en
pratique avancée …". A legend does the same under a heading word ("Participants :", "Légende :":
discovery.legend_entries); a methods sentence has no such word, so here every entry must open
with a code of the code shape ("IDE1", "P3", "MG-2"), at least two entries, separated by
semicolons.
"""

from __future__ import annotations

import re

from . import conventions as cv

# the enumeration runs from a colon inside the line to the end of its sentence
SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÉÈÀ])|\.?\s*$")


def enumerated_codes(texts: list[str]) -> dict[str, str]:
    """code -> description, from the lines that enumerate at least two codes after a colon."""
    out: dict[str, str] = {}
    for text in texts:
        if text.count(";") < 1 or ":" not in text:
            continue
        for colon in re.finditer(r"\s:\s", text):
            rest = text[colon.end():]
            end = SENTENCE_END.search(rest)
            found: dict[str, str] = {}
            for entry in rest[:end.start() if end else len(rest)].split(";"):
                m = cv.LEGEND_ENTRY.match(entry.strip().rstrip("."))
                if not m or not cv.LABEL_SHAPES["code"].match(m.group("label")):
                    found = {}
                    break
                found[m.group("label")] = m.group("desc").strip()
            if len(found) >= 2:
                for code, desc in found.items():
                    out.setdefault(code, desc)
    return out
