"""A quotation's parenthesis that cites a DOCUMENT, not a person: an author or an institution and
the year of publication ("(ministère des Solidarités et de la Santé, 2018)", "(HAS, 2014)").
The literature's "(Fournier, 2015)" was already read so (quotes.py: a year cited, no role); an
institution's name gets an institutional role from the role rules, which made its guidelines a
verbatim. A description with a year cited (conventions AUTHOR_YEAR) whose role is one a document's
author may have (``cited_document_roles`` of lang/fr/cited_documents.yaml) and that names no person
(``person_words``) is a reference: what a text says is not what someone said.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import description_fields


def cites_document(desc: str, role: str) -> bool:
    """The parenthesis ``desc`` (its role ``role``) names a published document: a year cited and
    no person."""
    if role not in cv.language_data().get("cited_document_roles", []):
        return False
    return bool(cv.AUTHOR_YEAR.search(", ".join(description_fields(desc)))) and not cv.PERSON_WORDS.search(desc)


@cv.per_language_data
def _scripture() -> re.Pattern:
    """A book of scripture, its chapter and a verse or a range ("Matthieu 25, 36", "1 Co 13, 4-7"):
    ``scripture_books`` of lang/fr/cited_documents.yaml; the verse is required, an informant's code
    may look like a book and a chapter ("(Ph 3)")."""
    books = cv._flex_alt(cv.language_data().get("scripture_books", [])) or "(?!)"
    num = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
    return re.compile(rf"(?:[1-3]\s*)?(?i:{books})\.?\s+\d{{1,3}}\s*[,.:]\s*{num}(?:\s*[;.]\s*{num})*")


def cites_scripture(desc: str) -> bool:
    """The parenthesis ``desc`` after a quotation is a reference to a book of scripture ("« J'étais
    malade, et vous m'avez visité » (Mt 25, 36)"), as a parish bulletin, a chaplaincy's report or a
    thesis on spiritual care cites it: a text quoted, not someone's words (s31-segr56b)."""
    return bool(desc) and any(c.isdigit() for c in desc) and _scripture().fullmatch(desc.strip()) is not None
