"""Keys that give a label a person's name before what they do ("Codage : E = enquêtrice ; EM =
Émilie M., coordinatrice de la CPTS …"): the legend's short description stops at the first
comma, which leaves only the name; the description is then the whole entry up to the next
semicolon, so that the label gets the person's function.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import names_a_profession

# a first name (or two, hyphenated) and optionally a surname or its initial: "Émilie M.", "Jean-Luc Roy"
_NAME = re.compile(r"^[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?(?:\s+[A-ZÉÈ](?:\.?|[a-zéèêëïîôûç]+))?$")


def widen_named(text: str, found: dict[str, str]) -> dict[str, str]:
    """``found`` (label -> description) with each description that is only a person's name
    widened to the whole entry of ``text`` ("Émilie M., coordinatrice …") up to the next
    semicolon; other descriptions unchanged."""
    out = dict(found)
    for label, desc in found.items():
        # "E = Enquêtrice, …", "P = Pharmacienne, …": a function, not a name
        if not _NAME.match(desc.strip()) or names_a_profession(desc) or fold(desc).rstrip(".") in cv.MODERATOR_WORDS:
            continue
        m = re.search(rf"(?<![\w.]){re.escape(label)}\s*=\s*{re.escape(desc)}\.?\s*,\s*(?P<rest>[^;=]{{3,200}})", text)
        if m:
            out[label] = f"{desc.strip()}, {m.group('rest').strip().rstrip('.')}"
    return out
