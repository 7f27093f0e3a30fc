"""A quotation that fills its paragraph, closed by nothing but a short parenthesis (segfix47).

Memoirs, restitutions and field notes set each remembered utterance as its own paragraph, the
guillemets then a parenthesis that says whose words they are, in whatever shape the author chose:
a pseudonym ("« … » (Lilas)"), a civility and an initial ("(Mme R.)"), a post with its article
("(l'infirmière)"), a medium and a place ("(post-it, quartier Europe)"). French layout keeps that
shape for credits, so the parenthesis is read as one whatever its words, when the quotation
reads as speech and the parenthesis is not the author (``paragraph_credit_self``: "(moi)", the
interviewer's own question), a literature citation, a body's text or a remark on the quotation
(segment/paren_remarks.py). Words and limits: lang/fr/paragraph_credits.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import n_words

# the parenthesis alone after the closing guillemet, to the end of the line (a full stop at most)
CLOSING_PAREN = re.compile(r"\s*\((?P<attr>[^()«»\[\]\n]{1,80})\)\s*[.;]?\s*$")
# a name: capitalised words or initials ("Lilas", "Mme R.", "Jean-Marc B.")
NAME_SHAPE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}")


@lru_cache(maxsize=4)
def _self_words(key: tuple) -> frozenset:
    return frozenset(fold(w).replace("’", "'") for w in key)


def _data() -> dict:
    return cv.language_data()


def is_self(attr: str) -> bool:
    """The author or the interviewer credited in the parenthesis ("(moi)", "(l'enquêtrice)")."""
    words = _self_words(tuple(_data().get("paragraph_credit_self", [])))
    return fold(attr.split(",")[0]).replace("’", "'").strip() in words


def paragraph_credit(text: str, a: int, b: int, after: str) -> tuple[str, int, int] | None:
    """(parenthesis, start, end offsets in ``after``) when the quotation text[a:b] opens its line
    and only a short parenthesis follows it to the line's end; else None. The caller checks the
    quotation reads as speech and the parenthesis is no citation or remark."""
    line_start = text.rfind("\n", 0, a) + 1
    if text[line_start:a].strip(" \t-–—•·"):
        return None
    m = CLOSING_PAREN.match(after)
    if m is None:
        return None
    attr = m.group("attr").strip()
    if not attr or n_words(attr) > int(_data().get("paragraph_credit_max_words", 6)):
        return None
    return attr, m.start("attr") - 1, m.end("attr") + 1


def names_someone(attr: str) -> bool:
    """The parenthesis is a name or an initial, not a description ("Lilas", "Mme R.")."""
    return bool(NAME_SHAPE.fullmatch(attr.strip()))
