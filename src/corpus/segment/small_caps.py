"""Attributions set in small capitals: "« … » (I12, INFIRMIÈRE LIBÉRALE, 45 ANS, GIRONDE)", or such
a parenthesis alone on the line under a block quotation; extraction gives the small capitals as
capitals, and the readers of names, ages and places expect "Mathilde", "45 ans", "Gironde". In the
text the rules read, each word of such a parenthesis with no lower-case letter is set with a
capital first and the rest in lower case, one character for one (no offset moves; the segments
keep the document's text): the acronyms of acronyms.yaml and words with a digit (codes: "I12",
"MSP3") stay as they are; the words of ``small_caps_lower_words`` (lang/fr/small_caps.yaml) and
every word of a field that names a role ("MAIRE", "INFIRMIÈRE LIBÉRALE") go to lower case. A parenthesis that has a lower-case letter is not in small capitals."""

from __future__ import annotations

import re

from . import conventions as cv
from .roles import normalize_role

AFTER_QUOTE = re.compile(r"(?<=[»”\"])[ \t\u00a0\u202f]*\((?P<inner>[^()\n]{3,150})\)")
ALONE = re.compile(r"(?m)^[ \t]*\((?P<inner>[^()\n]{3,150})\)[ \t]*\.?[ \t]*$")
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# "(DREES, 2019)": one word in capitals and a year is a body cited by its acronym, not a person's
# attribution in small capitals (segment/parenthesis_references.py reads it as a citation)
ACRONYM_AND_YEAR = re.compile(r"^\s*[^\W\d_]{2,10}\s*,\s*(?:1[89]|20)\d\d[a-z]?\s*$")


LETTER_CODE = re.compile(r"[A-Z]{1,5}-[A-Z]")
# a word in capitals filling a table's cell ("| IDEC |")
TABLE_CODE = re.compile(r"(?<=\|)[ \t]*([A-ZÉÈ]{2,6})[ \t]*(?=\|)")


def _recase(inner: str, keep: set[str], lower: set[str]) -> str:
    def word(m: re.Match) -> str:
        w = m.group()
        if w in keep:
            return w
        new = w.lower() if w.lower() in lower else "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        return new if len(new) == len(w) else w
    def field(f: str) -> str:
        if LETTER_CODE.fullmatch(f.strip()):
            return f
        # words glued to a digit are codes ("I12", "MSP3-SECR"), and so are capitals joined by a hyphen
        # to one letter ("MG-B", "PH-A": a profession's participants told apart by a letter): left whole
        cased = re.sub(r"[\w'’-]+", lambda t: t.group() if re.search(r"\d", t.group()) or LETTER_CODE.fullmatch(t.group())
                       else WORD.sub(word, t.group()), f)
        if normalize_role(cased.lower()) not in ("autre", "inconnu"):  # a role reads in lower case: "maire"
            cased = re.sub(r"[^\W\d_]+", lambda t: t.group() if t.group() in keep or len(t.group().lower()) != len(t.group())
                           else t.group().lower(), cased)
        return cased
    return ",".join(field(f) for f in inner.split(","))


def read_small_caps(text: str) -> str:
    """text with the attributions in small capitals read in the usual case (same length)."""
    if "(" not in text:
        return text
    keep = {a.upper() for a in cv.DATA.get("acronyms", [])}
    # (and an abbreviation the document's own table uses as a row's code: "| IDEC | Infirmière
    # coordinatrice | …" then "(IDEC)": the code as written, no small capitals)
    keep |= set(TABLE_CODE.findall(text))
    lower = {w.lower() for w in cv.DATA.get("small_caps_lower_words", [])}

    def recase(m: re.Match) -> str:
        inner = m.group("inner")
        letters = [c for c in inner if c.isalpha()]
        if not letters or any(c.islower() for c in letters) or ACRONYM_AND_YEAR.match(inner) \
                or not any(len(w) >= 4 and w not in keep for w in WORD.findall(inner)):
            return m.group()
        a, b = m.span("inner")
        s = m.group()
        return s[:a - m.start()] + _recase(inner, keep, lower) + s[b - m.start():]
    return ALONE.sub(recase, AFTER_QUOTE.sub(recase, text))
