"""Forms that give a sentence TO COPY in guillemets ("Recopier la mention : « Lu et approuvé,
j'accepte … »"): a formula the reader writes, not someone's words. The instructions are
lang/fr/form_formulas.yaml (``copy_instructions``); a quotation whose paragraph holds one
before it is made narrative."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import Span
from .genres import SPEECH

_alt = cv.literal_alternation
_data = cv.language_data


def _instruction() -> re.Pattern:
    return _instruction_of(tuple(_data().get("copy_instructions", [])))


@lru_cache(maxsize=8)
def _instruction_of(listed: tuple) -> re.Pattern:
    words = [fold(w) for w in listed]
    return re.compile(rf"\b(?:{_alt(words)})\b" if words else r"(?!)")


def copy_formula(lead: str) -> bool:
    """The text of a paragraph before a quotation holds an instruction to copy it."""
    return bool(_instruction().search(fold(lead)))


def demote_copy_formulas(spans: list[Span], lines, line_of, text: str) -> list[Span]:
    """The spans, with quotations a form asks to copy made narrative."""
    out = []
    for s in spans:
        li = line_of(s.start) if s.kind in SPEECH else -1
        if li >= 0 and copy_formula(text[lines[li].start:s.start]):
            s = Span(s.start, s.end, "narrative")
        out.append(s)
    return out
