"""Past functions in a description ("coordinatrice de la CPTS, ancienne infirmière hospitalière"):
what the person did is no part of their role when the description says what they do now.

The markers (lang/fr/former_functions.yaml) open a past function that runs to the next comma,
semicolon or parenthesis; roles.matched_role tries the description without those spans first.
"""

from __future__ import annotations

import re

_FORMER = re.compile(r"(?!)")


def configure_former(data: dict) -> None:
    """Compile the markers of the language data (folded words)."""
    global _FORMER
    words = "|".join(re.escape(w) for w in sorted(data.get("former_function_markers", []), key=len, reverse=True))
    _FORMER = re.compile(rf"(?<![\w-])(?:{words})(?:-|\s+)[^,;()]*") if words else re.compile(r"(?!)")


def without_former(folded: str) -> str:
    """The folded description with its past functions blanked (same length: positions kept)."""
    return _FORMER.sub(lambda m: " " * len(m.group(0)), folded)
