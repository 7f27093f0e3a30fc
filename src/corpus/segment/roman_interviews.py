"""Interviews numbered in Roman numerals, as many theses number them ("(entretien III)", "comme
le note l'entretien VI : « … »", "Les entretiens sont numérotés de I à VIII"). The interview words
and number marks are attributions.yaml's (``interview_words``, ``number_marks``); Roman numerals
are arithmetic, not language data.

A letter after an interview word is a Roman numeral only in a document that numbers its
interviews that way: one reference at least must be a numeral of two letters or more ("entretien
VI") and none a letter outside I, V, X, L, C ("entretien B"), so that the letter codes of other
documents ("entretien C, l. 112") stay codes. The speaker is the interview as the document writes
it ("Entretien VIII"); its number in digits is what the interview's card or table is keyed by.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_SYMBOLS = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman_value(numeral: str) -> int | None:
    """8 for "VIII"; None for what is not a well-formed numeral below 400 ("IIII", "VX", "B")."""
    if not numeral or any(ch not in _VALUES for ch in numeral):
        return None
    total = 0
    for k, ch in enumerate(numeral):
        v = _VALUES[ch]
        total += -v if k + 1 < len(numeral) and _VALUES[numeral[k + 1]] > v else v
    return total if 0 < total < 400 and _to_roman(total) == numeral else None


def _to_roman(n: int) -> str:
    out = []
    for v, s in _SYMBOLS:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


@lru_cache(maxsize=4)
def _reference(key: int) -> re.Pattern:
    d = cv.language_data()
    words = cv._flex_alt(d.get("interview_words", [])) or "(?!)"
    marks = cv._alt(d.get("number_marks", [])).replace("n°", r"n\s*°") or "(?!)"
    return re.compile(rf"\b(?P<word>{words})\s+(?:(?:{marks})\s*)?(?P<num>[A-Z]{{1,7}})\b(?![''’-])")


def _pattern() -> re.Pattern:
    return _reference(id(cv.language_data()))


@lru_cache(maxsize=8)
def numbers_in_roman(text: str) -> bool:
    """Does the document number its interviews in Roman numerals (see the module's docstring)?"""
    found = {m.group("num") for m in _pattern().finditer(text)}
    return bool(found) and all(roman_value(n) is not None for n in found) and any(len(n) > 1 for n in found)


def roman_reference(phrase: str, text: str, whole: bool = False) -> tuple[str, str] | None:
    """(speaker as written, number in digits) of the last interview the phrase names in Roman
    numerals ("(entretien VIII)" → ("Entretien VIII", "8")) in a document that numbers them so;
    ``whole``: the phrase is the reference and nothing else (a parenthesis after a quote)."""
    if not numbers_in_roman(text):
        return None
    pattern = _pattern()
    if whole:
        m = pattern.fullmatch(phrase.strip(" ()[]."))
    else:
        found = list(pattern.finditer(phrase))
        m = found[-1] if found else None
    if m is None or roman_value(m.group("num")) is None:
        return None
    word = m.group("word")
    return f"{word[:1].upper()}{word[1:]} {m.group('num')}", str(roman_value(m.group("num")))


def is_roman_interview(speaker: str, text: str) -> bool:
    """``speaker`` is one of this document's interviews numbered in Roman numerals ("Entretien VI"),
    whose role the study's one population gives when nothing else does."""
    return bool(speaker) and roman_reference(speaker, text, whole=True) is not None
