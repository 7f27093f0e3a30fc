"""Round-table interviews (written interviews of several people, a newsletter's or a news site's
"nous avons posé la question à …"): each question set as a heading or a question, then one
paragraph per respondent, opened by their name or pseudonym, an optional aside in parentheses and
a colon ("Pierre Jarillon (compte créé en 1999) : Lors de sa création. …", "ploum (…) : …").

Each respondent speaks once per question, so discovery's tests of a label that recurs do not
vouch for these labels. A run of at least ``round_table_min_answers`` consecutive paragraphs with
such a label, all labels different, right after the interviewer's part (a paragraph wholly in
bold or a question: named_interviewees), at least ``round_table_min_first_person`` of them
speaking in the first person (lang/fr/testimony_headings.yaml), is a round table; its labels are
declared like a speaker sheet's codes, the speaker being the name without the aside. Numbers are
lang/fr/round_table_answers.yaml.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .named_interviewees import _interviewer_part
from .testimony_headings import _first_person

_data = cv.language_data

# a name or a pseudonym (one to four words, any case, no sentence punctuation), an aside, a colon
LABEL = re.compile(r"^\s*(?P<label>(?P<name>[^\W\d][\w’'.-]*(?:\s[^\W\d][\w’'.-]*){0,3}?)"
                   r"(?:\s*\((?P<aside>[^()]{1,60})\))?)\s*:\s+(?P<rest>\S.*)$")


def _field_name(name: str) -> bool:
    """A field's name, no one's: a ``not_labels`` entry, or a name one of whose words is one
    ("Présents", "Étaient présents", "Personnes excusées", "Message envoyé"). NOT_LABELS is
    folded: compared without accents."""
    folded = fold(name.rstrip("."))
    return folded in cv.NOT_LABELS or any(w.strip(".’'") in cv.NOT_LABELS for w in folded.split())


def _interviewer_word(name: str) -> bool:
    """A label naming the interviewer's part, article or not ("L'animatrice", "Enquêtrice")."""
    key = fold(name).rstrip(".")
    for article in _data().get("elided_articles", []) + [a + " " for a in _data().get("definite_articles", [])]:
        if key.startswith(fold(article)):
            key = key[len(fold(article)):].strip()
            break
    return key in cv.MODERATOR_WORDS


def respondent_label(text: str) -> re.Match | None:
    """The label of a paragraph "Name (aside) : answer", or None."""
    m = LABEL.match(text)
    if not m or _field_name(m.group("name")) or len(m.group("label")) > 80:
        return None
    if len(m.group("name").rstrip(".")) < 3:
        return None  # "S :", "A :": a grid's letters (SAED, SBAR), not people's names
    words = m.group("name").split()
    if len(words) >= 2 and cv.SPEECH_VERB_ANY.fullmatch(words[-1]):
        # "La famille rapporte :", "L'infirmière de nuit témoigne :": a subject and its speech verb
        # introduce the quotation, no one's label (lang/fr attributions.yaml speech_verbs; s27-segr46a)
        return None
    return m


def field_line(text: str) -> bool:
    """A "Field : value" line whose field is no one's label (``not_labels``: "Présents : …")."""
    m = LABEL.match(text)
    return m is not None and _field_name(m.group("name"))


def round_table_speakers(lines: list[TextLine], styles) -> dict[str, dict]:
    """label -> declared attributes (speaker, moderator) of a round table's respondents, or {}."""
    data = _data()
    first_person = _first_person(id(data))
    least = data.get("round_table_min_answers", 3)
    out: dict[str, dict] = {}
    texts = [ln for ln in lines if ln.text.strip()]
    i = 0
    while i < len(texts):
        run = []
        while i + len(run) < len(texts) and (m := respondent_label(texts[i + len(run)].text)):
            run.append(m)
        # field lines between the interviewer's part and the answers ("Présents : …", "Lieu : …")
        # are no answers, and do not part them from it
        j = i - 1
        while j >= 0 and field_line(texts[j].text):
            j -= 1
        before = texts[j] if j >= 0 else None
        names = {m.group("name").lower() for m in run}
        if len(run) >= least and len(names) == len(run) and before is not None \
                and _interviewer_part(before, styles, "") \
                and sum(1 for m in run if first_person.search(m.group("rest"))) \
                >= data.get("round_table_min_first_person", 0.5) * len(run):
            for m in run:
                out.setdefault(" ".join(m.group("label").split()), {
                    "speaker": m.group("name"), "role_raw": m.group("aside") or "", "role": "", "region": "",
                    "place": "", "moderator": _interviewer_word(m.group("name")), "source": "attribution"})
        i += max(1, len(run))
    return out
