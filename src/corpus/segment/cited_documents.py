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
    d = cv.language_data()
    books = cv._flex_alt(d.get("scripture_books", []))
    if not books:
        return re.compile("(?!)")
    alone = cv._flex_alt(d.get("scripture_chapter_only_books", [])) or "(?!)"
    verse = r"\d{1,3}\s*[,.:]\s*\d{1,3}(?:\s*[a-z])?(?:\s*[-–]\s*\d{1,3})?"
    # "1 Co 13, 4-7", "1re épître de Jean"-style ordinals stay out: a number before the book only
    return re.compile(rf"(?i:(?:[1-3]\s*)?(?:{books})\.?)\s+{verse}|(?i:{alone})\s+\d{{1,3}}")


def cites_scripture(desc: str) -> bool:
    """The parenthesis ``desc`` is a scripture reference: "Matthieu 25, 36", "Jn 11,35", "Psaume 23"."""
    t = desc.strip()
    return 3 <= len(t) <= 40 and any(c.isdigit() for c in t) and bool(_scripture().fullmatch(t))
