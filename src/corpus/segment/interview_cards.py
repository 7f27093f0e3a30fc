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
MAX_CARD_CHARS = 160  # a description of one person, not a paragraph of the analysis
MAX_GAP = 4  # lines between the card and the first answer (the first questions)


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
        # a card of fields ("Personne interrogée : …") is read by the interview's own readers
        if not card or ":" in card or len(card) > MAX_CARD_CHARS or k + 1 in label_of or k + 1 in moderators or not describes_person(card) \
                or normalize_role(card) in ("autre", "inconnu"):
            continue
        # the transcript starts right below the card: its first question, then the first answer
        first = next((label_of[i] for i in range(k + 2, min(k + 2 + MAX_GAP, len(lines))) if i in label_of), None)
        if first is not None:
            return first, card
    return None
