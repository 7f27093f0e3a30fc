"""Written interviews (questions sent and answered by e-mail or on paper), reproduced as each
question in a paragraph of its own ("Question 1 : Quel rôle … ?", often in bold) and each
answer opened by a generic answer label naming nobody ("Réponse : Un rôle d'accompagnement. …").
The answer label never alternates with an interviewer's label, so the label rules, which want
labels taking turns, do not see it.

A document is such an interview when at least ``MIN_ANSWERS`` paragraphs open with one of the
answer labels (lang/fr/labels.yaml ``answer_labels``) that are also ``not_labels`` ("Réponse", which
a table or an FAQ also writes: the label rules refuse it) right under a paragraph asking a question
(ending with a question mark). The label is then declared: its turns are the interviewee's, whom
the interview header or the paragraphs under it describe, as for any answer label.

Not in a FORM an organisation fills in (round 25, segfix30): when a short line above the first
answer (the title, a heading) names a call for projects, a grant application, a tender
(lang/fr/written_answers.yaml ``application_form_words``), the "Réponse :" paragraphs answer a
funder's questions in the organisation's name: written text, not an interviewee's words.
"""

from __future__ import annotations

from collections import Counter

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .labels import label_text, turn_match

MIN_ANSWERS = 2  # one "Réponse :" under a question may be a FAQ's line
TITLE_WORDS = 20  # a line naming the form is a title or a heading: this many words at most


def _form_words() -> list[str]:
    return [w for w in (" ".join(fold(w).lower().replace("’", "'").split())
                        for w in cv.language_data().get("application_form_words", [])) if w]


def _form_title(text: str, words: list[str]) -> bool:
    """A short line naming a form an organisation fills in ("Appel à projets … – Dossier de
    candidature"); ``words``: _form_words()."""
    if len(text.split()) > TITLE_WORDS:  # folding never joins words: a long line stays long
        return False
    folded = " ".join(fold(text).lower().replace("’", "'").split())
    return len(folded.split()) <= TITLE_WORDS and any(w in folded for w in words)


def _asks(text: str) -> bool:
    return text.rstrip(" »\"”").endswith("?")


def written_answer_speakers(lines: list[TextLine]) -> dict[str, dict]:
    """answer label -> declared attributes (no name, no role: the interviewee's), or {}."""
    found: Counter = Counter()
    previous = ""
    form = False  # a line above the first answer names a form to fill in
    form_words = _form_words()
    for ln in lines:
        if not ln.text.strip():
            continue
        m = turn_match(ln.text)
        label = label_text(m) if m else ""
        key = fold(label).rstrip(".").lower()
        # only the answer words the label rules refuse ("Réponse", also a table's or an FAQ's
        # word); "Interviewé :", "R :" are read by them already
        if label and key in cv.ANSWER_WORDS and key in cv.NOT_LABELS and _asks(previous) \
                and not turn_match(previous):
            found[label] += 1
        elif not found and not form and _form_title(ln.text, form_words):
            form = True
        previous = ln.text
    if form:
        return {}
    return {label: {"role_raw": "", "role": "", "region": "", "place": "", "group": False, "source": "attribution", "speaker": ""}
            for label, n in sorted(found.items()) if n >= MIN_ANSWERS}
