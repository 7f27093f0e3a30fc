"""A speaker introduced once by a pseudonym in the text before the transcript ("Entretien réalisé
… au cabinet d'Armelle (pseudonyme), infirmière libérale à Mende (Lozère), …") and then labelled
by it ("Armelle : …"): the apposition after the marked name is the label's description.

Only a name followed by a parenthesis that says it is a pseudonym (``pseudonym_markers`` of
lang/fr/introduced_pseudonyms.yaml), in a line before the label's first turn, and only when the
apposition names what a person does: a first name that merely recurs says nothing of a role.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describes_person
from .base import TextLine

MIN_NAME_LETTERS = 3


def _marker() -> str:
    return cv._flex_alt(cv.language_data().get("pseudonym_markers", [])) or "(?!)"


def pseudonym_description(label: str, info, lines: list[TextLine]) -> str:
    """What the introduction says of a name-shaped label's speaker ("infirmière libérale à Mende
    (Lozère)"), or '' when no line before their first turn introduces the name as a pseudonym."""
    if getattr(info, "shape", "") != "name" or len(label) < MIN_NAME_LETTERS or not info.lines:
        return ""
    pattern = re.compile(rf"(?<![\w-]){re.escape(label)}\s*\(\s*(?:{_marker()})[^()]{{0,40}}\)\s*,\s*"
                         r"(?P<d>[^,;.]{3,120}(?:\([^()]{1,40}\))?)")
    for ln in lines[:min(info.lines)]:
        m = pattern.search(ln.text)
        if m and describes_person(m.group("d")):
            return m.group("d").strip()
    return ""
