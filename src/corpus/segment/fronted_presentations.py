"""A quotation after the sentence that presents its speaker by what they do and their full name
between commas, behind a fronted circumstance (issue #14). Press reports set the scene first and
then present the person: "À la mairie, l'adjoint chargé de la santé, Fabrice Marie-Sainte, se
veut rassurant : « … »", "En attendant, l'infirmière de la commune, Nadège Jean-Baptiste, assure
une permanence le mardi. « … »". The readers of a description before a name
(attributions.presented_just_before, NAMED_BEFORE) take the sentence from its first word, so the
circumstance ("À la mairie", "En attendant") stands where the description should.

The sentence is the last of the quotation's paragraph before it (ending on a period or a colon),
nothing quoted before it in the paragraph; the description must say what a person does (a role
of the vocabulary or a person's description). Only a speech item no reading gave a speaker nor a
role is changed: a pass over the finished segments.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe, describes_person

SPEECH = ("verbatim", "turn")
QUOTES = "«»\"“”"


def _pattern() -> re.Pattern:
    return re.compile(rf"^(?P<front>[^,.;:!?{QUOTES}()]{{2,40}}),\s*(?P<desc>[^,.;:!?{QUOTES}()]{{3,80}}?)\s*,\s*"
                      rf"{cv.NAME.pattern}\s*,\s*(?P<rest>[^{QUOTES}]*?)\s*[.:]$")


def fronted_presentation(lead: str, gazetteer) -> dict | None:
    """Attrs of the person the last sentence of ``lead`` (the quotation's paragraph before it)
    presents behind a fronted circumstance ("À la mairie, l'adjoint chargé de la santé, Fabrice
    Marie-Sainte, se veut rassurant :"), or None."""
    if not lead.strip() or any(q in lead for q in QUOTES):
        return None
    last = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    m = _pattern().match(last)
    if m is None or not m.group("rest") or not m.group("rest")[0].islower():
        return None  # the name's verb follows ("se veut", "assure"), no list of names
    desc = m.group("desc").strip()
    if not describes_person(desc):
        return None
    role, region, place = describe(desc, gazetteer)
    if role in ("", "inconnu"):
        return None
    return {"speaker": m.group("name"), "role_raw": desc, "role": role, "region": region, "place": place}


def apply_fronted_presentations(segments: list, text: str, gazetteer) -> None:
    """Give each verbatim or turn that no reading described the person the sentence before it
    presents behind a fronted circumstance."""
    if gazetteer is None:
        return
    for seg in segments:
        if seg.kind not in SPEECH or seg.speaker or seg.role not in ("", "inconnu") or seg.role_raw:
            continue
        start = text.rfind("\n", 0, seg.char_start) + 1
        found = fronted_presentation(text[start:seg.char_start], gazetteer)
        if found is None:
            continue
        seg.speaker, seg.role, seg.role_raw = found["speaker"], found["role"], found["role_raw"]
        if found["region"]:
            seg.region, seg.place = found["region"], found["place"]
        seg.attr_source = seg.attr_source or "attribution"
