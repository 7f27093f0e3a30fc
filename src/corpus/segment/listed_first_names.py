"""Turns labelled by a FIRST NAME whose full name the document's list of participants gives (issue
#14). A focus group's transcript lists its participants once in full ("Participants : Claire
Hervé (médecin généraliste, Le Lude) ; Jérôme Lebreton (pharmacien titulaire, Mayet)"), then
labels the turns by first name, often with an abbreviated profession in parentheses ("Claire (MG)
:", "Jérôme (PH) :"). ANNOTATION.md: a first-name label whose full name the document gives
elsewhere (chapeau, key) is that full name; the role and the place are the list's when the label
says none (an abbreviation outside the vocabulary: "PH" may be a hospital practitioner); the place
is always the list's (it says where each one practises).

The list is the participants discovery.Context reads from a key (attendance lists, participant
tables, presented lists); a first name two listed people share names nobody. Only attributes
change (a pass over the finished segments).
"""

from __future__ import annotations

from ..text import fold
from .roles import matched_role, normalize_role

SPEECH = ("verbatim", "turn")
UNSAID = ("", "inconnu")


def _key(word: str) -> str:
    return fold(word).lower()


def listed_full_name(first: str, names) -> str | None:
    """The one full name of ``names`` (two words or more) whose first word is ``first``, a single
    capitalised word ("Jérôme" -> "Jérôme Lebreton"); None when none or several are."""
    if len(first.split()) != 1 or not first[:1].isupper() or len(first) < 2:
        return None
    full = [n for n in names if len(n.split()) >= 2 and _key(n.split()[0]) == _key(first)]
    return full[0] if len(full) == 1 else None


def apply_listed_first_names(segments: list, participants, places) -> None:
    """Name each turn or verbatim labelled by a listed participant's first name by the full name,
    with the list's role where the label gives none of the vocabulary and the list's place; a
    listed participant's own words without a région take the list's place."""
    names = [n for n in participants if len(n.split()) >= 2 and not any(ch.isdigit() for ch in n)]
    for seg in segments:
        if seg.kind in SPEECH and seg.speaker in participants and not seg.region and places.get(seg.speaker, ("",))[0]:
            # "(Anaïs, 34 ans)" after her words, the list placing her ("• Anaïs, 34 ans, première
            # grossesse, L'Étang-Salé ;"): where the list says she lives (s41)
            seg.region, seg.place = places[seg.speaker]
        if seg.kind not in SPEECH or not seg.speaker or seg.speaker in participants or not names:
            continue
        full = listed_full_name(seg.speaker, names)
        if full is None:
            continue
        seg.speaker = full
        desc = participants[full]
        said = seg.role not in UNSAID and (seg.role != "autre" or matched_role(seg.role_raw) is not None)
        if not said and normalize_role(desc) not in UNSAID:
            seg.role, seg.role_raw = normalize_role(desc), desc
        if full in places and places[full][0]:
            seg.region, seg.place = places[full]  # where the list says they practise
