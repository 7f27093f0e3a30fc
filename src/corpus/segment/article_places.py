"""Place names that are also common nouns ("Réunion"): the gazetteer's match counts only after
one of the place's articles ("La Réunion", "à la Réunion"); a bare "Réunion constitutive" or
"Réunion du 15 juillet", capitalised because it opens a heading, is a meeting, not the region.
The names and articles are lang/fr/article_places.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold


@lru_cache(maxsize=1)
def _articles() -> dict[str, tuple[str, ...]]:
    from . import conventions as cv  # late: regions is imported before the language data is read

    return {fold(e["name"]).lower(): tuple(fold(a).lower() for a in e.get("articles", []))
            for e in cv.language_data().get("article_places", [])}


def bare_common_noun(text: str, start: int, end: int) -> bool:
    """Whether the place matched at text[start:end] is a common noun written without the
    article that makes it the place."""
    articles = _articles().get(fold(text[start:end]).lower())
    if not articles:
        return False
    before = fold(text[max(0, start - 12):start]).lower()
    return not any(re.search(rf"(?<![\w]){re.escape(a)}\s*$", before) for a in articles)
