"""A credit in parentheses after a quotation that opens with an indefinite article (issue #14,
session 10, seggen10): "« … » (une sage-femme)", "« … » (un pharmacien, Fougères)". The
parenthesis readers refuse a credit opening with a function word ("(un slogan repris par …)",
"(en italique)", ``not_a_description``); after an indefinite article the credit is a person's
when the noun right after it names what a person does (attributions.opens_with_person), as it
does in the lead-in "Une sage-femme : « … »". Articles: ``credit_articles`` (lang/fr/article_credits.yaml)."""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import opens_with_person


def article_credit(attr: str) -> bool:
    """"une sage-femme", "un pharmacien, Fougères": an indefinite article, then a person's post."""
    articles = [a for a in cv.DATA.get("credit_articles", []) if a]
    if not articles:
        return False
    m = re.match(rf"\s*(?:{'|'.join(map(re.escape, articles))})\s+(?P<rest>\S.*)$", attr, re.IGNORECASE)
    return bool(m) and opens_with_person(m.group("rest"))
