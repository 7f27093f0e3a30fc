"""Speaker labels whose parenthesis holds PROPER NAMES rather than a function: who speaks, where
they speak from. Council minutes set a delegate with the commune they represent ("M. Gérard Klein
(Rohrbach-lès-Bitche) :"), a radio phone-in its caller by function, first name and town
("Auditeur (Hervé, Scaër) :"), a debate a speaker by name and town ("Marie Le Goff (Quimper) :").
The family: ``function (Name, Place)``, ``Name (Place)``, ``Name (Name)``: the parenthesis is one
or more capitalised names, separated by commas, their words joined only by the lower-case words of
proper names (lang/fr place_forms.yaml proper_name_joins). Such a label speaks for the person it
names; the places in it (the gazetteer's) say where.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .regions import resolve_region
from .roles import normalize_role

_WORD_SPLIT = re.compile(r"[\s\-'’]+")


@cv.per_language_data
def _joins() -> frozenset:
    return frozenset(fold(w).lower() for w in cv.language_data().get("proper_name_joins", []))


def _proper_name(part: str) -> bool:
    words = [w for w in _WORD_SPLIT.split(part.strip()) if w]
    if not words or not words[0][:1].isupper() or len(words) > 6:
        return False
    # (a civility before the name, "M. Olivier Decool", as "Mme" or "Dr" would be)
    return all((w[:1].isupper() and w[1:].islower() if len(w) > 1 else w.isupper())
               or fold(w).lower() in _joins() or (k == 0 and fold(w).lower().rstrip(".") in cv.CIVILITIES)
               for k, w in enumerate(words))


def proper_names(inside: str) -> list[str]:
    """The names a label's parenthesis holds ("Hervé, Scaër" -> ["Hervé", "Scaër"]), or [] when any
    part is something else (a function, an age, a sentence)."""
    parts = [p.strip() for p in re.split(r"[,;/]", inside or "")]
    if not parts or not all(_proper_name(p) for p in parts):
        return []
    return parts


def named_parenthesis(outside: str, inside: str, gazetteer) -> dict | None:
    """Who speaks under ``outside (inside)`` and where, when the parenthesis holds proper names:
    {"speaker", "role_raw", "role", "region", "place"}; None otherwise. A name outside (a civility
    and a name, a first name and a surname) speaks; a single word outside ("Auditeur") is what the
    person is, and the first name inside that is no place speaks."""
    names = proper_names(inside)
    if not names:
        return None
    region = place = ""
    people = []
    for part in names:
        r, p = resolve_region(part, gazetteer) if gazetteer is not None else ("", "")
        if r and not region:
            region, place = r, p
        elif not r:
            people.append(part)
    outside = " ".join(outside.split())
    single = len(outside.split()) == 1 and cv.LABEL_SHAPES["civility"].match(outside) is None
    speaker, role_raw = outside, ""
    if single and people:
        speaker, role_raw = people[0], outside
    return {"speaker": speaker, "role_raw": role_raw, "role": normalize_role(role_raw) if role_raw else "inconnu",
            "region": region, "place": place}
