"""A transcription export's label lines run onto the paragraph before them.

Automatic transcription software exports each turn as a line holding the time code and a
generic label ("00:00:15 Locuteur 2", "Intervenant 1 00:03:10"), the words in the paragraph
below. A PDF's extraction often joins that short line to the end of the previous paragraph
("… dans votre officine ? 00:00:15 Locuteur 2"), so the label no longer opens a line and no
reader sees it. When at least ``min_lines`` paragraphs end so (a sentence end, then a whole
time-stamped label of at most ``max_tail_chars``: lang/fr/trailing_label_lines.yaml), those lines
are cut back where the label starts; the label line is then read like any label on a line of its
own (labels.standalone_label). A time code inside a sentence, or a label without a time, never
cuts: a paragraph that ends with "… à 10:30 ce jour-là." or "… dit Locuteur 2" stays whole.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine, append_cut
from .labels import standalone_label

DEFAULTS = {"min_lines": 3, "max_tail_chars": 40}
# where a label line may have been glued: after a sentence end and a space
SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=\S)")
TIME = re.compile(r"\d{1,2}:\d{2}")


def settings() -> dict:
    return {**DEFAULTS, **(cv.language_data().get("trailing_label_lines") or {})}


def trailing_label_at(text: str, s: dict | None = None) -> int | None:
    """Offset in ``text`` where a time-stamped label that ends the line starts, after a sentence
    end ("… officine ? 00:00:15 Locuteur 2" -> the offset of "00:00:15"), or None."""
    s = s or settings()
    for m in SENTENCE_END.finditer(text, max(0, len(text) - s["max_tail_chars"] - 2)):
        tail = text[m.end():].rstrip()
        if len(tail) <= s["max_tail_chars"] and TIME.search(tail) and standalone_label(tail):
            return m.end()
    return None


def split_at_trailing_labels(lines: list[TextLine]) -> list[TextLine]:
    """The lines cut before a time-stamped label that ends them, when at least ``min_lines`` lines
    end so; re-indexed. Other documents as they are."""
    s = settings()
    cuts = {ln.index: at for ln in lines if (at := trailing_label_at(ln.text, s)) is not None}
    if len(cuts) < s["min_lines"]:
        return lines
    out: list[TextLine] = []
    for ln in lines:
        append_cut(out, ln, [cuts[ln.index]] if ln.index in cuts else [])
    return out


# "Locuteur 2 : pharmacienne titulaire à Figeac (Lot)" — a generic numbered label, a colon, what
# it stands for, up to the next entry's semicolon
EXPORT_ENTRY = re.compile(r"(?:^|;|:)\s*(?P<label>[A-ZÉ][a-zéèêëïîôûç]+\s\d{1,2})\s*:\s*(?P<desc>[^;]{2,120}?)\s*(?=;|$)")


def export_legend(texts: list[str]) -> dict[str, str]:
    """label -> what it stands for, from a note that resolves an export's generic numbered labels
    in at least two "Label N : description" entries separated by semicolons ("Note : Locuteur 1 :
    moi-même ; Locuteur 2 : pharmacienne titulaire à Figeac (Lot), adhérente de la CPTS.")."""
    out: dict[str, str] = {}
    for text in texts:
        found = {m.group("label"): m.group("desc").strip().rstrip(".") for m in EXPORT_ENTRY.finditer(text.strip())}
        if len(found) >= 2:
            for label, desc in found.items():
                out.setdefault(label, desc.split(". ")[0])
    return out


def is_author(desc: str) -> bool:
    """A legend entry that names the writer ("moi-même", "l'autrice"): the interviewer."""
    first = fold(desc).split()[0].strip(".,") if desc.split() else ""
    return first in cv.MODERATOR_WORDS or first.split("-")[0] in cv.MODERATOR_WORDS \
        or first in {fold(w) for w in settings().get("author_words", [])}
