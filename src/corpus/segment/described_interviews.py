"""Interview annexes whose heading describes the interviewee without naming them: "Annexe 5 –
Entretien avec une biologiste médicale (extrait)", "Entretien auprès d'un infirmier libéral de
Dax". The answers below, labelled by an answer word ("R.", "Réponse :", "Interviewée :"), are
that person's: no speaker (the label names nobody), the role from the description, the region
from it or from the presentation sentence under the heading ("… un laboratoire de biologie
médicale de Pau …").

The heading's opener is one of the conventions' ``interview_header_openers``, followed by a
determiner and a description naming a role (roles.normalize_role); a name after the opener is the
interview headers' own (attributions.interview_header).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .discovery import Interviewee
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data


@lru_cache(maxsize=4)
def _heading(key: int) -> re.Pattern:
    words = _data().get("interview_header_openers", [])
    # "auprès de" before "une infirmière" is written "auprès d'une"
    openers = cv._flex_alt(words + [w[:-3] + " d'" for w in words if w.endswith(" de")]
                           + [w[:-3] + " d’" for w in words if w.endswith(" de")])
    # "Entretien avec une biologiste médicale (extrait)", "… auprès d'un infirmier libéral de Dax"
    return re.compile(rf"(?:^|\s)(?:{openers})\s*(?P<desc>(?:{cv.DETERMINERS})\s*[^()«»:;]{{3,120}}?)"
                      r"\s*(?:\([^()]*\))?\s*\.?$", re.IGNORECASE)


def described_interviewee(heading: str, below: list[str], gazetteer):
    """The Interviewee (no name) a heading describes, with the region from the description or
    the lines just under it; None when the heading names no role."""
    m = _heading(id(_data())).search(" ".join(heading.split()))
    if m is None or not cv.PERSON_NOUN.search(m.group("desc")):
        return None
    desc = m.group("desc").strip()
    role = normalize_role(desc)
    if role in ("autre", "inconnu"):
        return None
    region, place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
    for text in below:
        if region or gazetteer is None:
            break
        region, place = resolve_region(text, gazetteer)
    return Interviewee("", desc, role, region, place)


# -- answers without labels under styled questions ---------------------------------------------
# "Annexe 4 – Entretien avec Mme R., ergothérapeute libérale" (or "Entretien SF3" over the card
# "SF3 – sage-femme libérale, 12 ans d'exercice, Puy-de-Dôme"), then the interviewer's questions
# set in italics or bold, each a paragraph ending on "?", and the answers in plain paragraphs
# below them, with no label: each run of answer paragraphs is the interviewee's words.

# An interview's code as a heading and its card write it: "SF3", "SF 3". Not LABEL_SHAPES["code"]
# (conventions.py): that shape admits no space between the letters and the number but a hyphen, a
# group prefix ("G2-P1"), lower case and dotted codes, and a card's code is set off by a dash.
CARD_CODE = r"[A-ZÉ]{1,5}\s?\d{1,3}"
CODE_CARD_LINE = re.compile(rf"^\s*(?P<code>{CARD_CODE})\s*[–—-]\s*(?P<desc>\S.{{2,160}})$")


def _coded_header(text: str, below: str) -> tuple[str, str] | None:
    """(code, description) of a heading naming an interview by a code ("Annexe III – Entretien SF3")
    whose next line is that code's card ("SF3 – sage-femme libérale, …"), or None."""
    words = "|".join(re.escape(w) for w in cv.language_data().get("interview_words", [])) or "(?!)"
    m = re.search(rf"(?i:{words})\s+(?P<code>{CARD_CODE})\s*\.?$", " ".join(text.split()))
    card = CODE_CARD_LINE.match(below)
    if m is None or card is None or " ".join(card.group("code").split()) != " ".join(m.group("code").split()):
        return None
    return m.group("code"), card.group("desc").strip()


def _labelled(text: str, who: str) -> bool:
    """Whether a paragraph opens with a speaker's label: a short word and a colon or a spaced dash
    ("ESF : …", "R – …"), or the interview's own code ("K2 Par un médecin …")."""
    return bool(re.match(r"^[^\s:]{1,25}(?:\s?:|\s[–—-])\s", text)) \
        or bool(who) and re.match(rf"^{re.escape(who)}\s", text) is not None


# the most words of a question set in roman between the answers of a presented interview
SHORT_QUESTION_WORDS = 20


def unlabelled_answer_boxes(lines: list, headings: dict, styled, gazetteer) -> dict[int, dict]:
    """line index of an answer's first paragraph -> its attributes ("_last": its last paragraph),
    for interview annexes whose questions are styled paragraphs ending on "?" (``styled(i)``: the
    line is set in italics or bold) and whose answers carry no label; at least
    ``unlabelled_min_answers`` answers under the header, none opening with a label."""
    from .attributions import describe, describes_person, interview_header
    from .discovery import locative_place

    least = int(cv.language_data().get("unlabelled_min_answers", 2))
    out: dict[int, dict] = {}
    blocks: list[tuple[list[list[int]], dict]] = []
    for h, ln in enumerate(lines):
        if h not in headings:
            continue
        below = next((x.text for x in lines[h + 1:h + 3] if x.text.strip()), "")
        found = interview_header(ln.text)
        who, desc = (found.group("who") or "", found.group("desc") or found.group("pdesc") or "") if found else ("", "")
        if not found or not who:
            coded = _coded_header(ln.text, below)
            if coded is None:
                continue
            who, desc = coded
        if not describes_person(desc):
            continue
        role, region, place = describe(desc, gazetteer)
        answers: list[list[int]] = []
        question = False
        j = h + 1
        while j < len(lines):
            text = lines[j].text.strip()
            # a question styled apart, or short (a newsletter sets its questions in roman: "Ton
            # meilleur souvenir de l'année ?")
            is_question = bool(text) and text.endswith("?") and (styled(j) or len(text.split()) <= SHORT_QUESTION_WORDS)
            if j in headings and not is_question:
                break
            if is_question and not styled(j) and _labelled(text, who):
                answers = []
                break  # "ESF : … ?": labelled turns, the label readers'
            if is_question:
                question = True
                answers.append([])
            elif text and question:
                if _labelled(text, who):
                    answers = []
                    break  # labelled turns: the label readers'
                answers[-1].append(j)
            elif text and not region:
                region, place = locative_place(text, gazetteer)  # "Entretien réalisé … à Besançon."
            j += 1
        answers = [a for a in answers if a]
        if answers:
            blocks.append((answers, {"speaker": who, "role_raw": desc, "role": role, "region": region, "place": place,
                                     "attr_source": "attribution"}))
    # a block of one answer counts beside a block of the document with enough ("La parole à Thomas,
    # …": one question after "La parole à Yasmina, …" and her two): the document's rubric
    if not any(len(answers) >= least for answers, _ in blocks):
        return out
    for answers, attrs in blocks:
        for a in answers:
            out[a[0]] = {**attrs, "_last": a[-1]}
    return out
