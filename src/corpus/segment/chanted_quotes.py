"""Words CHANTED or SUNG, carried or written as a slogan (issue #14, session 33): "Ce qu'on a
chanté sur le piquet : « Pas de bras, pas de soins ! » et « Nos aînés valent mieux que ça ! »", "Les
enfants entonnent : « … »", "Sur la banderole : « … »". The clause before the colon that introduces
the quotation (and the others listed with it, joined by "et", a comma or a semicolon) names a song,
a chant or a slogan: the quotation is that text, not someone's words, however first-person it reads
(annotation: slogans, mottos and songs are narrative). Words: lang/fr/chanted_quotes.yaml
(``chanted_words``). The fallbacks and the running speaker of a section leave such quotations alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv

# earlier quotations listed before this one, after the colon ("« … » et ", "« … », ")
_LISTED = re.compile(r"(?:«[^«»]*»\s*(?:,|;|\bet\b|\bou\b)\s*)+$")


@lru_cache(maxsize=4)
def _words(key: int) -> re.Pattern:
    words = cv._alt(" ".join(fold(w).lower().split()) for w in cv.language_data().get("chanted_words", []))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])" if words else r"(?!)")


def chanted_lead(lead: str) -> bool:
    """``lead`` (the quotation's line up to it) ends on a clause and a colon, perhaps followed by
    quotations listed before this one, and that clause names a chant, a song or a slogan."""
    head = _LISTED.sub("", lead).rstrip()
    if not head.endswith(":"):
        return False
    clause = re.split(r"[.!?…]\s+", head[:-1])[-1]
    return bool(_words(id(cv.language_data())).search(" ".join(fold(clause).lower().replace("’", "'").split())))
