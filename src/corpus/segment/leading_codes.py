"""Quotations whose speaker's code comes FIRST, in parentheses at the start of the quote's
paragraph: "(H61R) « Ici, dans le Nord, on se connaît tous … »", as theses that build codes
from the person's traits (sex, age, setting) or number their interviews set them; the same code
then introduces inline quotes, and so does a code of the same build ("Pour H33U, « … »").

A document follows this convention when at least ``MIN_LEADS`` paragraphs open so, with
different codes. A code is a short word of capitals and digits holding at least one of each
("H61R", "E12", "MG3"), no spaces: "(p. 14)" or "(n = 12)" in the author's sentences are none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .roles import letters_role

MIN_LEADS = 2  # one "(X) « … »" may be an example's number
CODE = r"(?=[A-ZÉ0-9-]*\d)(?=[0-9-]*[A-ZÉ])[A-ZÉ0-9][A-ZÉ0-9-]{1,7}"
LEAD = re.compile(rf"(?m)^[ \t]*\((?P<code>{CODE})\)[ \t]*(?=[«“\"])")


def _introducers() -> str:
    """The words that introduce a source (lang/fr grammar.yaml code_introducers: "Pour", "Selon",
    "D'après"), each with its first letter in either case, as an alternation ('' when none)."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in cv.language_data().get("code_introducers", []))


@cv.per_language_data
def _intro() -> re.Pattern:
    """A code after the words that introduce one, their first letter in either case (lang/fr
    grammar.yaml code_introducers: "Pour H33U, « …")."""
    words = _introducers()
    return re.compile(rf"(?:^|\s)(?:{words or '(?!)'})\s+(?P<code>{CODE})\s*[,:]\s*$")


@lru_cache(maxsize=8)
def document_codes(text: str) -> frozenset:
    """The codes that open quote paragraphs in this document, when it follows the convention."""
    codes = [m.group("code") for m in LEAD.finditer(text)]
    return frozenset(codes) if len(codes) >= MIN_LEADS and len(set(codes)) >= 2 else frozenset()


def _build(code: str) -> str:
    return re.sub(r"[A-ZÉ]+", "A", re.sub(r"\d+", "9", code))


def of_document(code: str, text: str) -> bool:
    """``code`` is one of this document's leading codes or of their build."""
    codes = document_codes(text)
    return bool(code) and (code in codes or _build(code) in {_build(c) for c in codes})


def leading_code(text: str, a: int) -> tuple[str, tuple[int, int]] | None:
    """(code, its span) when the quotation at ``a`` is opened by one of the document's leading
    codes ("(H61R) « …") or introduced by one ("Pour H33U, « …"), else None."""
    codes = document_codes(text)
    if not codes:
        return None
    start = text.rfind("\n", 0, a) + 1
    m = LEAD.match(text, start)
    if m and m.end() == a and m.group("code") in codes:
        return m.group("code"), (m.start("code") - 1, m.end("code") + 1)
    intro = _intro().search(text[start:a])
    # a code of the same build as the document's ("H33U" beside "H61R": letter, digits, letter)
    if intro and _build(intro.group("code")) in {_build(c) for c in codes}:
        return intro.group("code"), (start + intro.start("code"), start + intro.end("code"))
    return None


@cv.per_language_data
def _introduced_clause() -> re.Pattern:
    """A code after the words that introduce one, opening the sentence that leads to a quotation
    with a clause of its own ("Pour IDE 2, l'outil sert surtout à se faire entendre :"): letters,
    an optional space or hyphen, a number."""
    words = _introducers()
    return re.compile(rf"^\s*(?:{words or '(?!)'})\s+(?P<code>[A-ZÉ]{{1,5}}[ \u00a0-]?\d{{1,3}})\s*,\s*\S")


def introduced_code(sentence: str, knows) -> str | None:
    """The participant code that the words of lang/fr grammar.yaml code_introducers set at the
    head of the sentence leading to a quotation ("Pour IDE 2, l'outil sert surtout à se faire
    entendre : “…”", "Selon MG4, …"): the source of what the sentence reports, when ``knows`` it
    (a list, a table or the methods introduced it) or its letters name a trade (roles.letters_role:
    "IDE", "MG"); None otherwise ("Pour 2023, …", "Pour la plupart, …", "Pour COVID 19, …")."""
    m = _introduced_clause().match(sentence)
    if m is None:
        return None
    code = m.group("code")
    letters = re.match(r"[A-ZÉ]+", code).group(0)
    return code if knows(code) or letters_role(letters) not in ("autre", "inconnu") else None


@cv.per_language_data
def _lead_first_name() -> re.Pattern:
    """A first name opening the sentence that leads to a quotation, after the words that introduce a
    source perhaps ("Pour Claire, l'accueil commence …", "Thomas reconnaissait …"), then a comma or a
    word in lower case (its verb)."""
    words = _introducers()
    return re.compile(rf"^\s*(?:(?:{words or '(?!)'})\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)"
                      r"(?:\s*,|\s+(?=[a-zà-öø-ÿ]))")


def lead_first_name(sentence: str) -> str | None:
    """The first name that opens a lead-in ending with a colon ("Josette décrivait des nuits où
    elle restait seule avec les familles :"), else None. Whether it is a person is the caller's:
    only a name the document presents with what the person does counts (a lone first name as the
    subject of any lead-in was measured: +46 false verbatims on negatives, session 40)."""
    if not sentence.rstrip().endswith(":"):
        return None
    m = _lead_first_name().match(sentence)
    return m.group("name") if m else None


def opens_with_introducer(text: str) -> bool:
    """Whether ``text`` opens with a word that introduces a source ("Pour Claire", "Selon Thomas")."""
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    return first in {w.lower() for w in cv.language_data().get("code_introducers", [])}
