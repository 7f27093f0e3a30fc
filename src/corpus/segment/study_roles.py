"""The one role of everyone a study interviewed, for every speech item the text leaves
undescribed (issue #14). The methods name the informants once, as a group ("Six médecins
généralistes de la Sarthe ont été interrogés", "Les kinésithérapeutes interrogés décrivent …",
"Caractéristiques des médecins interrogés"); the quotes and turns are then credited by a code, an
interview number or nothing at all ("— entretien 4", "[K7, Nantes]", "Ph3 et Ph4 :"), which says no
trade. fallbacks.study_role reads that one role; the segmenter already gives it to the quotes its
fallbacks find and to coded turns, and this pass gives it to every other verbatim or turn whose
role is unsaid, whatever convention found it.

Only where the study is of one trade: when a speech item of the document is described with
another role of the vocabulary ("une infirmière" among GPs' quotes), the informants are not all
of one trade and an unsaid role stays ``inconnu``. Only attributes change (a pass over the
finished segments).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import normalize_role

UNDESCRIBED = ("", "inconnu")
OUTSIDE = "autre"  # a person outside the vocabulary (a patient quoted too) is no other informant
SPEECH = ("verbatim", "turn")


def apply_study_role(segments: list, role: str) -> None:
    """Give ``role`` (the study's one informant role, '' when none) to the undescribed verbatims
    and turns, unless one of them is described with another role of the vocabulary."""
    if not role:
        return
    speech = [s for s in segments if s.kind in SPEECH]
    if any(s.role not in (*UNDESCRIBED, OUTSIDE, role) for s in speech):
        return
    for seg in speech:
        if seg.role in UNDESCRIBED:
            seg.role = role
            seg.attr_source = seg.attr_source or "study_field"


@cv.per_language_data
def _reserved() -> re.Pattern:
    d = cv.language_data()
    spaces = "|".join(re.escape(fold(w).lower()) for w in d.get("reserved_spaces", [])) or "(?!)"
    phrases = "|".join(re.escape(fold(w).lower()) for w in d.get("reserved_phrases", [])) or "(?!)"
    return re.compile(rf"\b(?:{spaces})\b[^.!?;:«»]{{0,80}}?\b(?:{phrases})\s+(?P<trade>[^.,;:!?()«»]{{3,80}})")


def reserved_role(texts: list[str]) -> str:
    """The one trade a sentence reserves the document's online space to ("Le forum étudié est
    réservé aux infirmiers diplômés d'État exerçant en libéral"): its posters' role; '' when no
    sentence does, or two trades are named."""
    roles = {normalize_role(m.group("trade")) for t in texts for m in _reserved().finditer(fold(t).lower())}
    roles -= {"autre", "inconnu"}
    return roles.pop() if len(roles) == 1 else ""
