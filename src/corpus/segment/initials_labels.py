"""Initials standing for a name the same transcript prints in full (issue #14): a press
interview gives the first answer under "Christelle Thiébaut :" and the next ones under
"C. T. :". Turns whose label is the initials of exactly one full-name label of the document are
that person's (speaker renamed; roles and places follow from the full name's turns where the
initials' turns have none). Only attributes change.

Initials may also stand for a name only the heading or a sentence outside the turns prints, with
what the person does: "Entretiens avec Marie-Agnès, masseur-kinésithérapeute libérale à Cholet"
above "M.-A. : …" and "MA : …" (``initials_description``).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv

NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
FULL_NAME = re.compile(rf"{NAME_WORD}(?:[\s-]+{NAME_WORD}){{1,3}}")
INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.?\s*-?\s*){2,4}")


# a first name (hyphenated or not) and maybe a surname, then a comma and what the person does
NAMED_APPOSITION = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?"
                              r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?)\s*,\s+(?P<desc>[^,.;()]{3,120})")


@cv.per_language_data
def _named_predicate() -> re.Pattern:
    """A full name, a verb presenting the person, what they do: "Thomas Roux exerce comme
    infirmier en pratique avancée à …" (fallbacks.yaml presentation_verbs, presentation_complements)."""
    verbs = cv.literal_alternation(set(cv.language_data().get("presentation_verbs", []))) or "(?!)"
    return re.compile(rf"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)"
                      rf"\s+(?:{verbs})(?:\s+(?:{cv.word_forms('presentation_complements')}))?\s+(?P<desc>[^,.;()]{{3,120}})")


def initials_description(label: str, texts: list[str]) -> str:
    """What the one person whose name has the label's initials ("M.-A.", "MA" for Marie-Agnès)
    does, as a line outside the turns says it right after the name ("Marie-Agnès,
    masseur-kinésithérapeute libérale à Cholet"); "" when no such name, or several."""
    from .roles import normalize_role

    if not INITIALS.fullmatch(label) or normalize_role(label) not in ("autre", "inconnu"):
        return ""  # not initials, or a code naming a profession ("MG", "IDE")
    letters = capitals(label)
    if not 2 <= len(letters) <= 3:
        return ""
    found = {}
    for text in texts:
        # ("Christelle Moreau, infirmière libérale …" or "Thomas Roux exerce comme infirmier …")
        for m in [*NAMED_APPOSITION.finditer(text), *_named_predicate().finditer(text)]:
            if initials_of(m.group("name")) == letters and normalize_role(m.group("desc")) not in ("autre", "inconnu"):
                found.setdefault(m.group("name"), m.group("desc").strip())
    return next(iter(found.values())) if len(found) == 1 else ""


def capitals(label: str) -> str:
    """A label's capital letters, its points and hyphens aside ("M.-A." -> "MA")."""
    return re.sub(r"[^A-ZÀ-ÖØ-Þ]", "", label)


def initials_of(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w)


def _printed_label(seg) -> str:
    head, sep, _ = seg.text.partition(":")
    return head.strip() if sep else ""


def apply_initials_labels(segments: list) -> None:
    """Rename turns labelled with the initials of one full-name label."""
    full = {s.speaker for s in segments if s.kind == "turn" and FULL_NAME.fullmatch(s.speaker or "")}
    by_initials: dict[str, set[str]] = {}
    for name in full:
        by_initials.setdefault(initials_of(name), set()).add(name)
    if not by_initials:
        return
    for seg in segments:
        if seg.kind != "turn" or seg.speaker in full:
            continue
        printed = _printed_label(seg)
        if not printed or not INITIALS.fullmatch(printed) or not printed.startswith(seg.speaker or "\0"):
            continue
        names = by_initials.get(capitals(printed), set())
        if len(names) != 1:
            continue
        name = next(iter(names))
        model = next(s for s in segments if s.kind == "turn" and s.speaker == name)
        seg.speaker = name
        if seg.role in ("", "inconnu") and model.role not in ("", "inconnu"):
            seg.role, seg.role_raw = model.role, model.role_raw
        if not seg.region and model.region:
            seg.region, seg.place = model.region, model.place


# a first name and a surname (a hyphenated first name, a particle-less surname): "Renée Tissot"
PERSON_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’-]+)(?![\w'’-])"
                         r"(?P<after>[^.;:!?«»]{0,160})")


def apply_presented_initials(segments: list, lines: list[str]) -> None:
    """Turns labelled by initials ("R. T. :", "L. T. :") of exactly one full name the document
    presents outside the turns ("Témoin : Renée Tissot, née en 1931 à Arbois, sage-femme à domicile
    …", "Présent pendant l'entretien : Lucien Tissot, son époux, ancien fromager"): that person's role,
    from what follows the name, when the turn has none (s48). The initials stay the speaker, as
    printed (most annotated sets keep them; renaming them to the full name was tried and lost
    speakers on six earlier documents). Only the role changes."""
    from .roles import normalize_role

    turns: dict[str, list] = {}
    for seg in segments:
        label = seg.speaker or ""
        if seg.kind == "turn" and INITIALS.fullmatch(label) and 2 <= len(capitals(label)) <= 3 \
                and normalize_role(label) in ("autre", "inconnu"):
            turns.setdefault(label, []).append(seg)
    if not turns:
        return
    said = {seg.text for segs in turns.values() for seg in segs}
    names: dict[str, dict[str, str]] = {}  # initials -> full name -> what follows it first
    for text in lines:
        if text in said:
            continue
        for m in PERSON_NAME.finditer(text):
            if fold(m.group("name").split()[0]).rstrip(".").lower() in cv.CIVILITIES:
                continue  # "Dr Pascale": a civility, no first name
            names.setdefault(initials_of(m.group("name")), {}).setdefault(m.group("name"), m.group("after").strip(" ,"))
    for label, segs in turns.items():
        found = names.get(capitals(label), {})
        if len(found) != 1:
            continue
        (_, after), = found.items()
        role = normalize_role(after) if after else "inconnu"
        for seg in segs:
            if seg.role in ("", "inconnu") and role not in ("", "inconnu"):
                seg.role, seg.role_raw = role, after
