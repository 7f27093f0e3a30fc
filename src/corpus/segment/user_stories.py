"""User stories of a software specification — nobody's words (issue #14, round 25, segfix30).

An agile backlog or a specification writes each requirement in one formula: a role, then a wish
in the first person ("US-05 : En tant que médecin traitant, je veux consulter le compte rendu …
afin de …"), often under an item code and sometimes in guillemets. Each names a health role and
says "je", so the label and quotation rules take it for a professional's turn or quotation.

A document holding at least ``user_story_min`` paragraphs that open (after an optional "X :" code
and a guillemet) with the role phrase and, after its comma, the wish (lang/fr/user_stories.yaml)
is such a specification: its speech items on those paragraphs are made narrative. One sentence
so worded in an interview ("En tant que pharmacien, je veux dire que …" is excluded by the wish
patterns; a single "en tant que …, je souhaite …" stays someone's words) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine
from .genres import SPEECH

# an optional item code or label, then an optional opening guillemet
_LEAD = r"^\s*(?:[^:«»\"“”]{1,30}:\s*)?[«\"“]?\s*"


@lru_cache(maxsize=4)
def _pattern(key: int) -> tuple[re.Pattern, int]:
    data = cv.language_data()
    roles = "|".join(f"(?:{r})" for r in data.get("user_story_roles", []))
    wishes = "|".join(f"(?:{w})" for w in data.get("user_story_wishes", []))
    if not roles or not wishes:
        return re.compile(r"(?!)"), 1
    # the role phrase, the role (no sentence end), its comma, then the wish
    return (re.compile(rf"{_LEAD}(?:{roles})[^.!?;:«»]{{2,80}},\s*(?:{wishes})"),
            int(data.get("user_story_min", 2)))


def user_story(text: str) -> bool:
    """A paragraph opening with a user story's formula ("En tant que X, je veux …")."""
    pattern, _ = _pattern(id(cv.language_data()))
    return bool(pattern.match(fold(text).lower().replace("’", "'")))


def demote_user_stories(spans: list[Span], lines: list[TextLine], line_of) -> list[Span]:
    """The spans, with the speech items on user-story paragraphs made narrative when the document
    holds at least ``user_story_min`` of them."""
    _, least = _pattern(id(cv.language_data()))
    stories = {i for i, ln in enumerate(lines) if user_story(ln.text)}
    if len(stories) < least:
        return spans
    return [Span(s.start, s.end, "narrative") if s.kind in SPEECH and line_of(s.start) in stories else s
            for s in spans]
