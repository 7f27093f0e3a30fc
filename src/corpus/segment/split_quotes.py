"""A quotation split in two by an incise whose subject is an inverted pronoun: « On a tenu »,
dit-elle, « parce qu'on se connaissait » (T. I12, infirmière). The pronoun names the person the
quotation is attributed to, not someone new, so the halves are one quotation: the rules read the
closing mark of the first half and the opening mark of the second as spaces (one character for
one: no offset moves; the segments keep the document's marks), and every reader sees one
quotation with its attribution after it. The pronouns are ``incise_pronouns`` in
lang/fr/split_quotes.yaml; an incise that names a person ("», explique Marie Payet, «") is left
to the readers of named incises."""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv


@lru_cache(maxsize=8)
def _incise(pronouns: tuple) -> re.Pattern | None:
    if not pronouns:
        return None
    return re.compile(r"»[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*[^\W\d_]+(?:-t)?-(?:"
                      + "|".join(re.escape(p) for p in pronouns)
                      + r")(?![\w-])[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*«", re.IGNORECASE)


def join_split_quotes(text: str) -> str:
    """text with the marks around each pronoun incise between two halves of a quotation read as
    spaces (same length)."""
    incise = _incise(tuple(cv.DATA.get("incise_pronouns", [])))
    if incise is None or "»" not in text:
        return text
    return incise.sub(lambda m: " " + m.group()[1:-1] + " ", text)
