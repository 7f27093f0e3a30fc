"""Two quotations of one person in one sentence, joined by a conjunction, the participant's code
only after the second: "« oublier une colonne c'est un enfer » car « il faut que je rajoute … »
(P7)", "« un truc qui serait utile … », car « le truc le plus difficile … » (P7)". The segmenter
already chains a quotation to the attributed one after it across a comma or "et"; this reads the
other conjunctions of ``lang/fr/chained_quotes.yaml`` between the two. Any other words between
them (a verb, a new subject: "« … » dit-elle, mais P3 ajoute « … » (P3)") break the chain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv


def settings() -> dict:
    return {"conjunctions": [], **(cv.language_data().get("chained_quotes") or {})}


@lru_cache(maxsize=4)
def _gap(conjunctions: tuple) -> re.Pattern:
    alt = cv.literal_alternation({fold(w).lower() for w in conjunctions}) or "(?!)"
    return re.compile(rf"\s*[,;]?\s*(?:{alt})(?<=')\s*|\s*[,;]?\s*(?:{alt})(?!\w)\s*")


def chained_gap(between: str) -> bool:
    """The text between two quotations is only a conjunction that chains them (", car ")."""
    return bool(_gap(tuple(settings()["conjunctions"])).fullmatch(fold(between).lower().replace("’", "'")))
