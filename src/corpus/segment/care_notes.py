"""A care record's structured notes: targeted nursing notes ("Cible : douleur", then "D : Le
patient dit : « j'ai mal depuis cette nuit »", "A : …", "R : …") or SOAP notes (S / O / A / P).
The patient's words such a note quotes are a record's data (a course's worked example, a
patient file), not an interview's. Where consecutive lines open with every field of a scheme of
``lang/fr/care_notes.yaml`` in order, and the document names a care record (``record_words``),
the quotations and turns on those lines are made narrative. An interview's "Q : … R : …", or a
focus group whose participants are coded "D :", "A :", "R :" in a document naming no record:
unchanged.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine

SPEECH = ("turn", "verbatim", "moderator")
FIELD = re.compile(r"^\s*([^\W\d_]{1,12})\s*:")


def settings() -> dict:
    return {"schemes": [], "record_words": [], **(cv.language_data().get("care_notes") or {})}


def _field(text: str) -> str:
    m = FIELD.match(text)
    return fold(m.group(1)).lower() if m else ""


def note_lines(lines: list[TextLine], s: dict | None = None) -> set[int]:
    """Indices of the lines of a care record's notes: runs of non-blank lines whose fields follow a
    whole scheme in order ("D :", "A :", "R :")."""
    s = s or settings()
    body = [ln for ln in lines if ln.text.strip()]
    fields = [_field(ln.text) for ln in body]
    out: set[int] = set()
    for scheme in s["schemes"]:
        scheme = [fold(f).lower() for f in scheme]
        for k in range(len(body) - len(scheme) + 1):
            if fields[k:k + len(scheme)] == scheme:
                out |= {ln.index for ln in body[k:k + len(scheme)]}
    return out


def names_a_record(text: str, s: dict | None = None) -> bool:
    s = s or settings()
    words = "|".join(re.escape(fold(w).lower()) for w in s["record_words"]) or "(?!)"
    return bool(re.search(rf"(?<!\w)(?:{words})(?!\w)", fold(text).lower()))


def demote_care_notes(spans: list[Span], lines: list[TextLine], line_of, text: str) -> list[Span]:
    """The spans, with the speech on a care record's note lines made narrative."""
    s = settings()
    notes = note_lines(lines, s)
    if not notes or not names_a_record(text, s):
        return spans
    return [Span(sp.start, sp.end, "narrative") if sp.kind in SPEECH and line_of(sp.start) in notes else sp
            for sp in spans]
