"""A textbook's model dialogue: labelled turns ("Le patient : …", "La secrétaire : …") framed by a
lesson's instructions ("Dialogue 1 – Au cabinet. Écoutez puis lisez.", "Exercice 2 : Jouez la
scène à deux."). A French-for-professionals course, a training module or a role-play sheet
writes such exchanges for practice: nobody said them. A block of speech lines (consecutive
paragraphs holding turns or quotations) is made narrative when a line within ``window`` lines
of it is an instruction: a sentence opening with an imperative of ``lang/fr/lesson_dialogues.yaml``
(not followed by a comma: "Écoutez, je vais vous dire …" is speech), or a numbered exercise
("Exercice 2 :") opening the line. An interview whose interviewee says "Écoutez, …", a thesis's
chapter "Dialogue entre professionnels" without instructions: unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine

SPEECH = ("turn", "verbatim", "moderator")


def settings() -> dict:
    return {"instructions": [], "exercise_words": [], "window": 2, **(cv.language_data().get("lesson_dialogues") or {})}


def _alt(words) -> str:
    return cv.literal_alternation({fold(w).lower() for w in words}) or "(?!)"


@lru_cache(maxsize=4)
def _patterns(instructions: tuple, exercises: tuple) -> tuple[re.Pattern, re.Pattern]:
    instruction = re.compile(rf"(?:^|[.!?:–—]\s+)(?:{_alt(instructions)})(?![\w,-])")
    exercise = re.compile(rf"^\s*(?:{_alt(exercises)})\s+\d+[a-z]?\b")
    return instruction, exercise


def is_instruction(text: str, s: dict | None = None) -> bool:
    """A lesson's instruction line: "Écoutez puis lisez.", "Exercice 2 : Jouez la scène à deux."."""
    s = s or settings()
    instruction, exercise = _patterns(tuple(s["instructions"]), tuple(s["exercise_words"]))
    t = fold(" ".join(text.split())).lower()
    return bool(instruction.search(t)) or bool(exercise.match(t))


def _blocks(speech_lines: list[int], lines: list[TextLine]) -> list[list[int]]:
    """Runs of speech lines with only blank lines between them."""
    blocks: list[list[int]] = []
    for i in sorted(speech_lines):
        if blocks and all(not lines[j].text.strip() for j in range(blocks[-1][-1] + 1, i)):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks


def _around(block: list[int], lines: list[TextLine], window: int, ends=frozenset()) -> list[int]:
    """The block's lines and up to ``window`` non-blank lines before and after it; after it, up to
    the first line of ``ends`` (a heading that opens another section: "Activités" under an
    interview, its "Complétez la phrase : …" about the document, not a frame of the dialogue)."""
    def nonblank(indices, stop=frozenset()) -> list[int]:
        found: list[int] = []
        for j in indices:
            if len(found) == window or j in stop:  # stop there: a long document is not walked for each block
                break
            if lines[j].text.strip():
                found.append(j)
        return found

    return nonblank(range(block[0] - 1, -1, -1)) + block + nonblank(range(block[-1] + 1, len(lines)), ends)


def demote_lesson_dialogues(spans: list[Span], lines: list[TextLine], line_of, text: str, headings=()) -> list[Span]:
    """The spans, with the speech of a block of turns framed by a lesson's instructions made
    narrative. A heading after the block that is no instruction itself (``headings``) ends the
    lines that may frame it: the instructions below it are another section's."""
    s = settings()
    ends = frozenset(h for h in headings if not is_instruction(lines[h].text, s)) if headings else frozenset()
    at = {k: line_of(sp.start) for k, sp in enumerate(spans) if sp.kind in SPEECH}
    speech_lines = sorted({li for li in at.values() if li >= 0})
    practice: set[int] = set()
    for block in _blocks(speech_lines, lines):
        speech = set(block)
        framed = any(is_instruction(lines[j].text, s) if j not in speech
                     else _patterns(tuple(s["instructions"]), tuple(s["exercise_words"]))[1].match(fold(lines[j].text).lower())
                     for j in _around(block, lines, s["window"], ends))
        if framed:
            practice |= speech
    if not practice:
        return spans
    return [Span(sp.start, sp.end, "narrative") if at.get(k, -1) in practice else sp for k, sp in enumerate(spans)]
