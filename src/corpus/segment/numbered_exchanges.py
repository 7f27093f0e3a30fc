"""Questions and answers numbered by exchange: "Q1 : …" / "R1 : …", "Q2 : …" / "R2 : …", as
interview annexes number each question and its answer. The number counts the exchange, it names
no one: "Q1" … "Q4" are the interviewer (a moderator label word and a number), "R1" … "R4" the
interviewee (an answer label word), the person the annex's header names. Numbered alone, such
codes look like a questionnaire's items (discovery._enumerated drops those); paired, each answer
after the question of its number, and answered in the first person (the language data's
``first_person_words``), they are a dialogue. A FAQ ("Q1 : Comment adhérer ? R1 : Il suffit
de …") answers impersonally and stays prose."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv

NUMBERED = re.compile(r"(?P<word>[^\W\d_]+)\.?\s?(?P<num>\d{1,3})")
MIN_PAIRS = 2  # one question and its answer could be a worked example


def _series(found: dict) -> dict[str, dict[int, str]]:
    """kind (moderator / answer) -> exchange number -> label."""
    out: dict[str, dict[int, str]] = {"moderator": {}, "answer": {}}
    for label, info in found.items():
        m = NUMBERED.fullmatch(label)
        if not m or len(info.lines) != 1:
            continue
        word = fold(m.group("word")).lower()
        kind = "moderator" if word in cv.MODERATOR_WORDS else "answer" if word in cv.ANSWER_WORDS else ""
        if kind:
            out[kind][int(m.group("num"))] = label
    return out


def _first_person(text: str) -> bool:
    words = cv.DATA.get("first_person_words", [])
    # an elided word ("m'", "j'") runs into the next one; a full word ends there
    elided = "|".join(re.escape(w) for w in words if w[-1] in "'’") or "(?!)"
    full = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w[-1] not in "'’") or "(?!)"
    return re.search(rf"(?<![\w])(?:(?:{elided})|(?:{full})(?![\w]))", text, re.IGNORECASE) is not None


def _second_person(text: str) -> bool:
    words = cv.DATA.get("second_person_pronouns", [])
    elided = "|".join(re.escape(w) for w in words if w[-1] in "'’") or "(?!)"
    full = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w[-1] not in "'’") or "(?!)"
    return re.search(rf"(?<![\w])(?:(?:{elided})|(?:{full})(?![\w]))", text, re.IGNORECASE) is not None


def exchange_kinds(found: dict, lines) -> dict[str, str]:
    """label -> moderator / answer for the numbered questions and answers of this document."""
    series = _series(found)
    questions, answers = series["moderator"], series["answer"]
    pairs = [n for n in answers if n in questions
             and found[questions[n]].lines[0] < found[answers[n]].lines[0]]
    if len(pairs) < MIN_PAIRS:
        return _bare_answers(found, lines, questions)
    spoken = sum(_first_person(lines[found[answers[n]].lines[0]].text) for n in pairs)
    if 2 * spoken < len(pairs):
        return {}
    return {**{questions[n]: "moderator" for n in pairs}, **{answers[n]: "answer" for n in pairs}}


def _bare_answers(found: dict, lines, questions: dict[int, str]) -> dict[str, str]:
    """Numbered questions each answered on the next line by a BARE answer label, as an oral-history
    record sets them ("Q12 — Vous faisiez … ?" / "R — Oh oui, …"; s26-segr45a): the questions the
    interviewer's, the answer label the interviewee's, when at least MIN_PAIRS questions are so
    answered and most answers speak in the first person."""
    bare = {i: k for k, v in found.items() if fold(k).rstrip(".").lower() in cv.ANSWER_WORDS for i in v.lines}
    answered = {n: bare[found[q].lines[0] + 1] for n, q in questions.items() if found[q].lines[0] + 1 in bare}
    if len(answered) < MIN_PAIRS:
        return {}
    # (an interview: the answer speaks in the first person, or the question asks "vous"; a FAQ's
    # "Q3 — Qui peut adhérer ?" / "R — Tout professionnel …" does neither)
    spoken = sum(_first_person(lines[found[questions[n]].lines[0] + 1].text)
                 or _second_person(lines[found[questions[n]].lines[0]].text) for n in answered)
    if 2 * spoken < len(answered):
        return {}
    return {**{questions[n]: "moderator" for n in answered}, **{a: "answer" for a in answered.values()}}
