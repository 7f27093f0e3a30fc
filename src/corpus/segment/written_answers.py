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

A HEARING or an interview whose questions are labelled too ("QUESTION : … ?" then "RÉPONSE : …", a
gendarmerie hearing report in an annex; s30-segr52a) is read by ``labelled_question_speakers``:
both labels are declared when every answer follows a question, speaks in the first person, and a
field above the first question presents the one person heard ("Entendue : Mme …, infirmière
libérale, exerçant à …"), whose name, role and place the answers take.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .attributions import describes_person
from .base import TextLine
from .labels import label_text, turn_match
from .regions import resolve_region
from .roles import normalize_role

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


def written_answer_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
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
    out = {label: {"role_raw": "", "role": "", "region": "", "place": "", "group": False, "source": "attribution", "speaker": ""}
           for label, n in sorted(found.items()) if n >= MIN_ANSWERS}
    return out or labelled_question_speakers(lines, gazetteer)


def _after_questions(text: str) -> list[str]:
    """A line cut after each question mark that a label follows: a question and its answer the
    extraction ran together ("QUESTION : … ? RÉPONSE : Il m'a …")."""
    pieces, start = [], 0
    for m in re.finditer(r"\?\s+(?=\S)", text):
        if turn_match(text[m.end():]):
            pieces.append(text[start:m.start() + 1])
            start = m.end()
    return [*pieces, text[start:]]


def _first_person(text: str, words: re.Pattern) -> bool:
    return bool(words.search(fold(text).lower().replace("’", "'")))


def labelled_question_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """A hearing's or an interview's spelled-out labels taking turns ("QUESTION : … ?" then
    "RÉPONSE : …", a gendarmerie hearing report, an interview in annex, a press Q&A), which the
    label rules refuse as an FAQ's or a questionnaire's words: declared when every answer label
    follows a question label whose line asks, at least ``MIN_ANSWERS`` times, every answer
    speaks in the first person singular (``answer_first_person_words``: an FAQ answers in the
    second person or the institution's "nous"), and a line above the first question presents the
    one person who answers (``answering_person_words``: "Entendue : Mme …", "Personne
    interrogée : …"). The question label is the moderator's, the answer label the person's."""
    data = cv.language_data()
    presenters = [" ".join(fold(w).lower().replace("’", "'").split()) for w in data.get("answering_person_words", [])]
    me = cv._alt(fold(w).lower().replace("’", "'") for w in data.get("answer_first_person_words", []))
    if not presenters or not me:
        return {}
    # a cheap test first: some line opens with a question word the label rules refuse ("QUESTION :")
    opener = tuple(sorted(w for w in cv.MODERATOR_WORDS if w in cv.NOT_LABELS and w not in cv.ANSWER_WORDS))
    if not opener or not any(fold(ln.text[:16]).lstrip().lower().startswith(opener) for ln in lines if ":" in ln.text[:40]):
        return {}
    me_words = re.compile(rf"(?<![\w'-])(?:{me})(?=[\s,.;:!?]|(?<=')\w)")
    asks: Counter = Counter()
    answers: Counter = Counter()
    first_question = None
    previous: tuple[str, str] = ("", "")  # the last non-blank line's label key and text
    for ln in lines:
        if not ln.text.strip():
            continue
        for text in _after_questions(ln.text):
            m = turn_match(text)
            label = label_text(m) if m else ""
            key = fold(label).rstrip(".").lower()
            if not key or key not in cv.NOT_LABELS:
                previous = ("", text)
                continue
            if key in cv.MODERATOR_WORDS and key not in cv.ANSWER_WORDS:
                if not _asks(text):
                    return {}  # a question label over a statement: a questionnaire's item, a heading
                asks[label] += 1
                first_question = ln.index if first_question is None else first_question
            elif key in cv.ANSWER_WORDS:
                pkey = previous[0]
                if not (pkey and pkey in cv.MODERATOR_WORDS) or not _first_person(text[m.end():], me_words):
                    return {}  # an answer under no question, or not in the first person: an FAQ's
                answers[label] += 1
            previous = (key, text)
    if len(asks) != 1 or len(answers) != 1 or sum(answers.values()) < MIN_ANSWERS:
        return {}
    field = re.compile(rf"(?<![\w'-])(?:{cv._alt(presenters)})\s*:\s*")
    presented = None
    for ln in lines[:first_question]:
        folded = fold(ln.text).replace("’", "'")
        m = field.search(folded)
        if m and len(folded) == len(ln.text):
            presented = ln.text[m.end():]
    if presented is None:
        return {}
    # "Mme B. L., infirmière libérale, exerçant à Provins." up to the next sentence
    presented = re.split(r"\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})", presented.strip())[0].strip().rstrip(".")
    who, _, desc = (part.strip() for part in presented.partition(","))
    if not desc and not describes_person(who):
        desc, who = who, ""
    role = normalize_role(desc) if desc else ""
    region, place = resolve_region(desc, gazetteer) if desc and gazetteer is not None else ("", "")
    empty = {"role_raw": "", "role": "", "region": "", "place": "", "group": False, "source": "attribution", "speaker": ""}
    person = {**empty, "speaker": who if who[:1].isupper() else "", "role_raw": desc if role not in ("", "autre", "inconnu") else "",
              "role": "" if role in ("inconnu", "autre") else role, "region": region, "place": place}
    return {next(iter(asks)): {**empty, "moderator": True}, next(iter(answers)): person}
