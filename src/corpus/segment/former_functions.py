"""Past functions in a description ("coordinatrice de la CPTS, ancienne infirmière hospitalière"):
what the person did is no part of their role when the description says what they do now. What
the person lacks ("retraitée, sans médecin traitant") is never part of it.

The markers (lang/fr/former_functions.yaml) open a past function that runs to the next comma,
semicolon or parenthesis; roles.matched_role tries the description without those spans first.
"""

from __future__ import annotations

import re

from ..text import fold

_FORMER = re.compile(r"(?!)")
_MARKER = re.compile(r"(?!)")
_ABSENT = re.compile(r"(?!)")


def configure_former(data: dict) -> None:
    """Compile the markers of the language data (folded words)."""
    global _FORMER, _MARKER, _ABSENT
    words = "|".join(re.escape(w) for w in sorted(data.get("former_function_markers", []), key=len, reverse=True))
    _FORMER = re.compile(rf"(?<![\w-])(?:{words})(?:-|\s+)[^,;()]*") if words else re.compile(r"(?!)")
    _MARKER = re.compile(rf"(?:{words})(?:-|\s+)") if words else re.compile(r"(?!)")
    absent = "|".join(re.escape(w) for w in sorted(data.get("absence_markers", []), key=len, reverse=True))
    _ABSENT = re.compile(rf"(?<![\w-])(?:{absent})\s+[^,;()]*") if absent else re.compile(r"(?!)")


def past_trade(field: str) -> str:
    """What a field says the person did, without its marker ("ancienne agricultrice" -> "agricultrice",
    "ex-boulanger" -> "boulanger"); the field itself when no marker opens it."""
    field = field.strip()
    m = _MARKER.match(fold(field))
    return field[m.end():] if m else field


def without_absent(folded: str) -> str:
    """The folded description with what the person lacks blanked ("retraitee, sans medecin traitant":
    no physician; same length: positions kept)."""
    return _ABSENT.sub(lambda m: " " * len(m.group(0)), folded)


def without_former(folded: str) -> str:
    """The folded description with its past functions blanked (same length: positions kept)."""
    return _FORMER.sub(lambda m: " " * len(m.group(0)), folded)
