"""The line under a heading that numbers an interview, describing the one person interviewed:
"Annexe 3 – Entretien n° 6" then "Médecin du CDPS de Maripasoula, salariée du centre hospitalier
de Cayenne ; entretien réalisé sur place le 14 mars 2022 (48 min)." (or a sheet of fields, before or
after the transcript: sheet_card) — in a transcript labelled
"Q :" / "R :", nothing else says who "R" is. The description (up to the first semicolon, where
the interview's practical details start) goes to the participant label that answers first
below the heading; a label that joins later ("R2 :") is someone else.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describes_person
from .base import TextLine
from .roles import normalize_role
from .transposed_tables import row_cells

MAX_HEADING_CHARS = 80  # a heading, not a sentence that mentions an interview
MAX_CARD_CHARS = 160  # a description of one person, not a paragraph of the analysis
MAX_GAP = 4  # lines between the card and the first answer (the first questions)
MAX_FIELDS = 6  # field lines of a card ("Exercice : …", "Lieu : …", "Durée : …")


# a dash between two fields of one line, the next opening with its field's name and a colon
DASHED_FIELD = re.compile(r"\s[–—|]\s(?=[^\W\d_][^:–—|]{0,40}\s:\s)")


def field_card(lines: list[TextLine], k: int, label_of: dict[int, str]) -> tuple[str, str, str] | None:
    """(label, description, place) of a card of field lines under heading line ``k``: the first names
    a label ("Participante : IPA3") that answers in the turns below, the others describe that person
    ("Exercice : infirmière en pratique avancée") and where they work ("Lieu : MSP de …", kept apart:
    "centre hospitalier" is a place there, no role); None when it is no such card."""
    first = DASHED_FIELD.split(lines[k + 1].text.strip()) if k + 1 < len(lines) else [""]
    m = cv.CARD_PERSON_FIELD.match(first[0])
    if m is None:
        return None
    label = m.group("value").strip().rstrip(".")
    values, places = [], []

    def take(t: str) -> bool:
        """Read one field of the card; False when ``t`` is no field (a paragraph: the card is over)."""
        profile, place = cv.CARD_PROFILE_FIELD.match(t), cv.CARD_PLACE_FIELD.match(t)
        if profile is not None:
            values.append(profile.group("value").strip().rstrip("."))
        elif place is not None:
            places.append(place.group("value").strip().rstrip("."))
        return profile is not None or place is not None or bool(t and ":" in t[:40])

    # (the card's fields may run on the label's line, between dashes: "Code : E7 – Fonction : sage-femme
    # libérale – Lieu : Le Carbet – Durée : 47 minutes"; s55)
    for t in first[1:]:
        take(t)
    j = k + 2
    while j < min(k + 2 + MAX_FIELDS, len(lines)) and j not in label_of:
        if not take(lines[j].text.strip()):
            break
        j += 1
    # the label answers right below the card, after the first questions
    answers = any(label_of.get(i) == label for i in range(j, min(j + MAX_GAP, len(lines))))
    card = ", ".join(values)
    if not answers or not card or len(card) > MAX_CARD_CHARS or normalize_role(card) in ("autre", "inconnu"):
        return None
    return label, card, ", ".join(places)


# the next field run in on the same paragraph: "Profession : masseur-kinésithérapeute. Commune : Loches."
RUN_IN_FIELD = re.compile(r"(?<=[.;])\s+(?=[^\W\d_][^:.;]{0,40}:\s)")


def _sheet_fields(text: str) -> list[str]:
    """The fields of one line of a sheet: run in after each other, or a two-cell table row ("| Fonction |
    Coordinatrice de la CPTS |", a word processor's header table) read as "Fonction : Coordinatrice …"."""
    cells = row_cells(text)
    if len(cells) == 2 and all(cells) and ":" not in cells[0]:
        return [f"{cells[0]} : {cells[1]}"]
    return [f.strip() for f in RUN_IN_FIELD.split(text.strip())]


def sheet_card(lines: list[TextLine], k: int, label_of: dict[int, str]) -> tuple[str, str, str] | None:
    """(label, description, place) of an interview's sheet of fields under heading line ``k`` that
    names no label ("Fiche signalétique de l'entretien n° 3", then "Profession : masseur-
    kinésithérapeute. Mode d'exercice : libéral. Commune : Loches. Durée : 26 minutes."), one field
    a line or run in: the person it describes is the document's one answering label, whether the
    sheet comes before the transcript or after it; None otherwise."""
    answering = sorted(set(label_of.values()))
    if len(answering) != 1:
        return None
    values, places = [], []
    for j in range(k + 1, min(k + 1 + MAX_FIELDS, len(lines))):
        fields = _sheet_fields(lines[j].text)
        if j in label_of or not all(":" in f[:40] for f in fields):
            break  # a turn or a paragraph: the sheet is over
        for f in fields:
            if cv.CARD_PERSON_FIELD.match(f):
                return None  # "Participante : PA7": a card naming its label (field_card)
            profile, place = cv.CARD_PROFILE_FIELD.match(f), cv.CARD_PLACE_FIELD.match(f)
            if profile is not None:
                values.append(profile.group("value").strip().rstrip("."))
            elif place is not None:
                places.append(place.group("value").strip().rstrip("."))
    card = ", ".join(values)
    if not card or len(card) > MAX_CARD_CHARS or normalize_role(card) in ("autre", "inconnu"):
        return None
    return answering[0], card, ", ".join(places)


def lettered_heading(lines: list[TextLine], k: int, label_of: dict[int, str],
                     moderators: set[int]) -> tuple[str, str, str] | None:
    """(label, description, description) when line ``k`` is an interview heading by a letter that
    describes the person ("Entretien D – infirmière coordinatrice de SSIAD, Mauriac, 22 min") and
    the first label to answer below is that letter ("D :"); None otherwise."""
    t = lines[k].text.strip()
    m = cv.LETTERED_INTERVIEW_HEADING.match(t) if len(t) <= MAX_CARD_CHARS and k not in label_of \
        and k not in moderators else None
    if m is None:
        return None
    # the description without the interview's practical details ("22 min", "le 3 mai")
    desc = ", ".join(p.strip() for p in m.group("desc").split(",") if p.strip() and not re.search(r"\d", p))
    if not desc or not describes_person(desc) or normalize_role(desc) in ("autre", "inconnu"):
        return None
    first = next((label_of[i] for i in range(k + 1, min(k + 1 + MAX_GAP, len(lines))) if i in label_of), None)
    return (first, desc, desc) if first == m.group("code") else None


def card_under_heading(lines: list[TextLine], labels: dict) -> tuple[str, str, str] | None:
    """(label, description, place text) for the first participant (or answer) label below a numbered
    interview heading whose next line (or card of field lines) describes a person; None when the
    document has no such card."""
    label_of = {i: k for k, v in labels.items() if v.kind in ("participant", "answer") for i in v.lines}
    moderators = {i for v in labels.values() if v.kind == "moderator" for i in v.lines}
    for k, ln in enumerate(lines[:-1]):
        t = ln.text.strip()
        lettered = lettered_heading(lines, k, label_of, moderators)
        if lettered is not None:
            return lettered
        if not t or len(t) > MAX_HEADING_CHARS or not cv.INTERVIEW_REF.search(t) or k in label_of or k in moderators:
            continue
        fields = field_card(lines, k, label_of) or sheet_card(lines, k, label_of)
        if fields is not None:
            return fields
        card = lines[k + 1].text.strip().split(";")[0].strip().rstrip(".")
        # a card of fields ("Personne interrogée : …") is read by the interview's own readers
        if not card or ":" in card or len(card) > MAX_CARD_CHARS or k + 1 in label_of or k + 1 in moderators or not describes_person(card) \
                or normalize_role(card) in ("autre", "inconnu"):
            continue
        # the transcript starts right below the card: its first question, then the first answer
        first = next((label_of[i] for i in range(k + 2, min(k + 2 + MAX_GAP, len(lines))) if i in label_of), None)
        if first is not None:
            return first, card, card
    return None
