"""Extracts WITHOUT quotation marks whose speaker a FOOTNOTE describes (issue #14, s51): theses set
each informant's words as an italic or indented paragraph closed by a note call, and give the
person's profile at the foot of the page:

    J'ai appelé pour mon renouvellement, la dame m'a dit que le docteur ne prenait plus. …¹
    ¹ Patiente P4, 67 ans, retraitée de la fonction publique, Gacé.

A paragraph is the words of the person its note describes when:
- it ends with a sentence's end and a superscript call, and holds no quotation mark;
- its words (at least ``min_words``) speak (first person, oral markers: conventions.SPOKEN);
- a line below it, within ``max_note_distance`` lines, opens with the same call and describes a
  person (noted_quotes.noted_attrs: a trade, an age, a code; not a reference "¹ HAS, 2020");
- the document closes at least ``min_paragraphs`` paragraphs so (a convention, not a stray call).
The speaker is the code the note's first field names ("Patiente P4" -> "P4"), else initials or a
civility and an initial ("M. F."), else nobody: the role and place come from the note. Settings:
lang/fr/noted_profiles.yaml.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import SUPERSCRIPT_DIGITS, SUPERSCRIPT_NOTE_LINE, TextLine, n_words
from .noted_quotes import noted_attrs
from .run_in_profiles import QUOTES

DEFAULTS = {"min_words": 12, "min_paragraphs": 2, "max_note_distance": 12}
# the words' sentence end, then the note's call closing the paragraph
CLOSING_CALL = re.compile(rf"(?<=[.!?…])(?P<call>[{SUPERSCRIPT_DIGITS}]{{1,3}})\s*$")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("noted_profiles") or {})}


def note_speaker(note: str) -> str:
    """Who a profile note names: a code in its first field ("Patiente P4" -> "P4"), initials or a
    civility and an initial ("M. F."), else ''."""
    first = note.split(",")[0].strip()
    for token in first.split():
        if cv.LABEL_SHAPES["code"].fullmatch(token.rstrip(".")):
            return token.rstrip(".")
    if cv.LABEL_SHAPES["initials"].fullmatch(first) or cv.LABEL_SHAPES["civility"].fullmatch(first):
        return first
    return ""


def noted_profile_boxes(lines: list[TextLine], headings: dict[int, int], gazetteer, others: int = 0) -> dict[int, dict]:
    """line index of a paragraph a profile note describes -> its speaker's attributes (the
    segmenter's quote boxes); {} when fewer than ``min_paragraphs`` paragraphs are so, counting the
    ``others`` the document closes with a profile in parentheses (closing_profiles: one convention,
    the profile after the words, set in a note once)."""
    s = settings()
    out: dict[int, dict] = {}
    for k, ln in enumerate(lines):
        m = CLOSING_CALL.search(ln.text)
        if m is None or k in headings:
            continue
        words = ln.text[:m.start()]
        if n_words(words) < s["min_words"] or any(q in words for q in QUOTES) or not cv.SPOKEN_OR_ASKED.search(words):
            continue
        call = m.group("call")
        for j in range(k + 1, min(len(lines), k + 1 + s["max_note_distance"])):
            note = SUPERSCRIPT_NOTE_LINE.match(lines[j].text)
            if note is None or note.group("num") != call:
                continue
            text = note.group("note").strip().rstrip(".")
            speaker = note_speaker(text)
            head, _, rest = text.partition(",")
            # ("M. F., fils de la patiente P2, 46 ans": the name's field says nothing of the person)
            attrs = noted_attrs(rest.strip() if speaker == head.strip() and rest.strip() else text, gazetteer)
            if attrs is not None:
                out[k] = {**attrs, "speaker": speaker or attrs.get("speaker", ""), "role_raw": text}
            break
    return out if out and len(out) + others >= s["min_paragraphs"] else {}
