"""Who chairs a committee record, and the record's own lines. A committee record names its chair
in a line of its own ("- Présidence de Mme Jacky Deromedi, présidente d'âge -"); that person's
interventions are the meeting's chair's (moderator items), even when their label carries a
function that would otherwise make them a member ("M. Alain Milon, président. - …"), while a
rapporteur presenting a report under the same function, in a record with no such line, stays a
member's turn. A record's own present-tense lines with the body as subject ("La commission
d'enquête procède à la désignation de son président") end the intervention above them. And a
sitting's chair labelled by the office ("M. le Maire :", "LE PRÉSIDENT :", "Mme la Vice-présidente :")
who runs the meeting in a turn ("Nous abordons le point 7", "Je mets l'avis aux voix") moderates
there, while the same label presenting a project speaks as a member (``chair_procedure``; s51). The
words are lang/fr/chaired_records.yaml.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine

_data = cv.language_data


def _alt(words) -> str:
    return cv.literal_alternation(fold(w).lower() for w in words)


@cv.per_language_data
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    openers = _alt(d.get("chair_line_openers", [])) or "(?!)"
    civ = _alt(d.get("record_civilities", [])) or "(?!)"
    chair = re.compile(rf"^\W*(?:{openers})\s+(?:{civ})\.?\s+(?P<name>[^,()\-–—]+?)\s*(?:,|[-–—]|$)")
    subjects = _alt(d.get("record_line_subjects", [])) or "(?!)"
    verbs = _alt(d.get("record_line_verbs", [])) or "(?!)"
    the = f"{cv.word_forms('definite_articles', data=d)}|{cv.word_forms('elided_articles', data=d)}"
    record = re.compile(rf"^(?:{the})\s*(?:{subjects})\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:{verbs})\b")
    return chair, record


def chair_names(lines: list[TextLine]) -> set[str]:
    """The folded names of the people a record's chair lines name."""
    chair, _ = _patterns()
    out = set()
    for ln in lines:
        m = chair.match(fold(ln.text.strip()).lower())
        if m:
            out.add(" ".join(m.group("name").split()))
    return out


def is_chair(label: str, chairs: set[str]) -> bool:
    """Whether a record label's speaker ("Alain Milon") is one the chair lines name."""
    return bool(chairs) and " ".join(fold(label).lower().split()) in chairs


def is_record_line(text: str) -> bool:
    """A record's own line: the body as subject, a present-tense record verb ("La commission
    d'enquête procède à …", "La réunion est ouverte à 10 heures.")."""
    _, record = _patterns()
    return bool(record.match(fold(text.strip()).lower()))


def elected_assembly(lines: list[TextLine]) -> str:
    """The elected assembly whose minutes these are, as the document's first lines name it
    ("Conseil communautaire du 26 septembre 2023 – Extrait du procès-verbal" -> "conseil
    communautaire"); '' when they name none (a professional order's council is none)."""
    d = _data()
    names = _alt(d.get("elected_assemblies", []))
    if not names:
        return ""
    excluded = _alt(d.get("elected_assembly_exclusions", [])) or "(?!)"
    pattern = re.compile(rf"(?<![\w])(?P<name>{names})(?![\w])(?!\s+(?:[\w'’-]+\s+){{0,2}}?(?:{excluded}))")
    for ln in lines[:int(d.get("elected_assembly_lines", 3))]:
        if ";" in ln.text:
            continue  # a list of those present ("…, représentant le président du conseil départemental ; …"; s51)
        folded = fold(ln.text).lower()
        for m in pattern.finditer(folded):
            # (not the council an office belongs to, "Présidence : Mme la vice-présidente du conseil
            # départemental": a member chairs another body; s51)
            office = re.search(r"([\w'’-]+)\s+(?:du|de la|de l['’]|au)\s*$", folded[:m.start()])
            if office and cv.PERSON_NOUN.search(office.group(1)):
                continue
            return m.group("name")
    return ""


@cv.per_language_data
def _procedure() -> tuple[re.Pattern, re.Pattern]:
    d = _data()
    chairs = _alt(d.get("chair_label_words", [])) or "(?!)"
    phrases = _alt(d.get("chair_procedure_phrases", [])) or "(?!)"
    return (re.compile(rf"(?<![\w-])(?:{chairs})(?![\w-])"), re.compile(rf"(?<![\w-])(?:{phrases})(?![\w-])"))


def chair_procedure(label: str, words: str) -> bool:
    """Whether a turn is the chair running the sitting: a label naming the chair's office and words
    that open an item, give the floor or put a matter to the vote (``chair_procedure_phrases``)."""
    chairs, phrases = _procedure()
    return bool(chairs.search(fold(label).lower())) and bool(phrases.search(fold(words).lower()))
