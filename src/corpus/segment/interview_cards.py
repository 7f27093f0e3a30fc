"""The line under a heading that numbers an interview, describing the one person interviewed:
"Annexe 3 – Entretien n° 6" then "Médecin du CDPS de Maripasoula, salariée du centre hospitalier
de Cayenne ; entretien réalisé sur place le 14 mars 2022 (48 min)." — in a transcript labelled
"Q :" / "R :", nothing else says who "R" is. The description (up to the first semicolon, where
the interview's practical details start) goes to the participant label that answers first
below the heading; a label that joins later ("R2 :") is someone else.
"""

from __future__ import annotations

from . import conventions as cv
from .attributions import describes_person
from .base import TextLine
from .roles import normalize_role

MAX_HEADING_CHARS = 80  # a heading, not a sentence that mentions an interview


def card_under_heading(lines: list[TextLine], labels: dict) -> tuple[str, str] | None:
    """(label, description) for the first participant (or answer) label below a numbered interview heading
    whose next line describes a person; None when the document has no such card."""
    label_of = {i: k for k, v in labels.items() if v.kind in ("participant", "answer") for i in v.lines}
    moderators = {i for v in labels.values() if v.kind == "moderator" for i in v.lines}
    for k, ln in enumerate(lines[:-1]):
        t = ln.text.strip()
        if not t or len(t) > MAX_HEADING_CHARS or not cv.INTERVIEW_REF.search(t) or k in label_of or k in moderators:
            continue
        card = lines[k + 1].text.strip().split(";")[0].strip().rstrip(".")
        if not card or k + 1 in label_of or k + 1 in moderators or not describes_person(card) \
                or normalize_role(card) in ("autre", "inconnu"):
            continue
        first = next((label_of[i] for i in range(k + 2, len(lines)) if i in label_of), None)
        if first is not None:
            return first, card
    return None
