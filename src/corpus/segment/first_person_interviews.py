"""Press interviews told in the first person by the interviewer, set as a novel sets dialogue
(Huret's "Enquête", a reporter's visit): paragraphs opened by a dialogue dash, the reporter's own
lines marked by an inverted "je" incise ("— À présent, dis-je, du naturalisme ?", "…, fis-je ?",
"…, interrompis-je."), the interviewee's by an incise with the reporter as object ("— Nous
causerons dans la forêt, me dit M. Mirbeau.") or by nothing, the two voices alternating.

A document is such an interview when at least ``first_person_incise_min`` dash paragraphs carry the
reporter's incise, at least ``first_person_question_share`` of those ask a question (the reporter
asks: a novel's narrator seldom does), and the interviewee is named with a civility somewhere
("M. Coppée s'était tu.", a heading "M. ÉMILE ZOLA"). Each dash paragraph is then the reporter's
(moderator) when it carries the reporter's incise, the interviewee's when it carries the other
incise, else the voice that did not speak last; the interviewee's speaker is the last person named
with a civility above or in the line (lang/fr/labels.yaml's civilities). Numbers are
lang/fr/first_person_interviews.yaml.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import Span, TextLine

_data = cv.language_data

DASH = re.compile(r"^\s*[—–]\s*")
# an inverted first person after punctuation: the reporter's incise ("…, dis-je", "! fis-je")
# (the first person's pronouns: lang/fr grammar.yaml first_person_subjects, first_person_objects)
REPORTER = re.compile(rf"[,!?…]\s*[a-zéèêëîïôûç]+-(?:{cv.word_forms('first_person_subjects')})\b")
# the reporter as the incise's object: the other speaks ("…, me dit M. Mirbeau", "m'interrompit-il")
TO_REPORTER = re.compile(rf"[,!?…]\s*(?:{cv.word_forms('first_person_objects')})\s*[a-zéèêëîïôûç]+")


def _civility_name() -> re.Pattern:
    civ = "|".join(re.escape(c) for c in sorted(_data().get("civilities", []), key=len, reverse=True))
    return re.compile(rf"\b(?i:{civ})\.?\s+(?P<name>[A-ZÉÈ][\w’'-]+(?:\s+[A-ZÉÈ][\w’'-]+)?)")


def named(text: str) -> str:
    """The last person named with a civility in ``text`` ("M. ÉMILE ZOLA" -> "Émile Zola"), or ''."""
    found = [m.group("name") for m in _civility_name().finditer(text) if m.group("name")[0].isupper()]
    if not found:
        return ""
    name = found[-1]
    return name.title() if name.isupper() else name


def _run_opener(ln: TextLine, above: list[TextLine]) -> str:
    """Who opens a run of dash paragraphs after narrative: the person a narrative line ending
    with a colon hands over to ("M. Deschanel se lève et me dit :"), else the reporter when the
    line's first sentence asks a question, else the interviewee."""
    before = next((t.text.strip() for t in reversed(above) if t.text.strip()), "")
    if before.endswith(":"):
        return "turn"
    return "moderator" if re.match(r"[^.!?…]*\?", DASH.sub("", ln.text)) else "turn"


def first_person_dialogue(lines: list[TextLine]) -> dict[int, tuple[str, str]]:
    """line index -> ("moderator", '') or ("turn", speaker) for the dash paragraphs of a first-person
    press interview, {} when the document is none."""
    data = _data()
    dashes = [ln for ln in lines if DASH.match(ln.text) and len(ln.text.split()) >= 2]
    mine = [ln for ln in dashes if REPORTER.search(ln.text)]
    if len(mine) < data.get("first_person_incise_min", 1):
        return {}
    asked = sum(1 for ln in mine if "?" in ln.text)
    if asked < data.get("first_person_question_share", 0.5) * len(mine):
        return {}
    if not any(named(ln.text) for ln in lines):
        return {}
    out: dict[int, tuple[str, str]] = {}
    last = "turn"  # who spoke last: the reporter opens unless the first line says otherwise
    speaker, k, prev = "", 0, None
    for ln in dashes:
        while k <= ln.index and k < len(lines):
            speaker = named(lines[k].text) or speaker
            k += 1
        if REPORTER.search(ln.text):
            kind = "moderator"
        elif TO_REPORTER.search(ln.text):
            kind = "turn"
        elif prev is None or any(t.text.strip() for t in lines[prev + 1:ln.index]):
            kind = _run_opener(ln, lines[:ln.index])  # after narrative: who the prose hands over to
        else:
            kind = "moderator" if last == "turn" else "turn"
        out[ln.index] = (kind, speaker if kind == "turn" else "")
        last, prev = kind, ln.index
    return out


class FirstPersonInterviewHandlers:
    """The line handler of a first-person press interview's dash paragraphs (a Segmenter mixin)."""

    def _h_first_person_interview(self, i: int) -> int | None:
        if not hasattr(self, "first_person_lines"):
            self.first_person_lines = first_person_dialogue(self.lines)
        found = self.first_person_lines.get(i)
        if found is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        kind, speaker = found
        ln = self.lines[i]
        attrs = {"speaker": speaker, "role_raw": "", "role": "inconnu", "region": "", "place": "",
                 "attr_source": "attribution" if speaker else ""}
        self.spans.append(Span(ln.start, ln.end, kind, attrs if kind == "turn" else {"speaker": "", "role_raw": ""}))
        return i + 1
