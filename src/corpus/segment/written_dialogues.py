"""A dialogue the document's authors wrote, not one people said: a play read in a ward ("LA
MÈRE. – …"), a training role-play's scenario, a chatbot's example conversation ("Utilisateur :
…", "Assistant : …"), a voice server's script ("Appelant : tape 1.", "Serveur : « … »").

Such a dialogue has the labels and turns of a transcript; what tells it apart is how the document
introduces it. The lines just above the first labelled line (``written_dialogue_lead_lines`` of
lang/fr/written_dialogues.yaml) name it a play, a scene, a scenario, a script, a simulated or
fictional exchange or an example (``written_dialogue_words``), and do not say it was recorded
and transcribed (``written_dialogue_record_words``: a simulation session's transcript is people
speaking). The labelled lines must then form one block (at least every other line labelled),
so that a thesis whose annex also holds interviews is not read as one script.
Decision (docs/ARCHITECTURE.md, "Speech is what a person said"): written dialogue is not speech.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import SUPERSCRIPT_DIGITS, TextLine


@lru_cache(maxsize=4)
def _patterns(key: int) -> tuple[re.Pattern, re.Pattern, int]:
    data = cv.language_data()

    def words(name: str) -> re.Pattern:
        alt = cv._alt(fold(w).lower() for w in data.get(name, []))
        return re.compile(rf"(?<![\w'’-])(?:{alt})(?![\w-])" if alt else r"(?!)")

    return (words("written_dialogue_words"), words("written_dialogue_record_words"),
            int(data.get("written_dialogue_lead_lines", 3)))


def _read(text: str) -> str:
    """Folded, lower-cased, spaces and apostrophes normalised, without note calls (a call is no letter
    of the word it follows: "enregistré puis transcrit¹")."""
    text = text.translate({ord(c): None for c in SUPERSCRIPT_DIGITS})
    return fold(" ".join(text.split())).lower().replace("’", "'")


def introduced_as_written(lead: str) -> bool:
    """The introduction of a dialogue (its title, the sentence before it) names it written:
    a play, a scenario, a script, an example; and not recorded."""
    written, recorded, _ = _patterns(id(cv.language_data()))
    text = _read(lead)
    return bool(written.search(text)) and not recorded.search(text)


def says_recorded(text: str) -> bool:
    """The text says an exchange was recorded or transcribed ("le repas … a été enregistré …, puis
    transcrit"): people said it (``written_dialogue_record_words``)."""
    return bool(_patterns(id(cv.language_data()))[1].search(_read(text)))


def written_dialogue(labels: dict, lines: list[TextLine]) -> bool:
    """The labelled lines are one block that the lines just above introduce as written."""
    at = sorted({i for v in labels.values() for i in v.lines})
    if len(at) < 2:
        return False
    first, last = at[0], at[-1]
    if 2 * len(at) < last - first + 1:
        return False  # labels spread over the document: not one dialogue
    n_lead = _patterns(id(cv.language_data()))[2]
    lead = " ".join(ln.text for ln in lines[max(0, first - n_lead):first])
    return introduced_as_written(lead)
