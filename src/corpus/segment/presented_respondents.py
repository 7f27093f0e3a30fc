"""Answers labelled by a generic answer label ("R.", "Réponse :": lang/fr labels.yaml answer_labels)
under a presentation of the one person who answers: a heading "Mathis (cascadeur, 4 saisons)" over
each "Q. … / R. …" exchange of a report, or a lead-in "Nous avons interrogé Florian, 24 ans, raseteur
depuis six saisons :" over the exchange. The label names nobody; the presentation does: the answers
are that person's, with what the presentation says they do (annotators write the name, as they do
for the interviewee an interview header names).

A pass over the finished segments: the run of turns and questions right below the presentation, up
to the next narrative paragraph or heading; only turns whose speaker is such a label change, and
nothing when the presentation names nobody or several people.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .attributions import describe, describes_person, presented_first_name

# a heading that is a person and their description in parentheses: "Mathis (cascadeur, 4 saisons)"
PRESENTED_HEADING = re.compile(r"^\s*(?P<name>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
                               r"(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)?)\s*\((?P<desc>[^()«»]{3,80})\)\s*:?\s*$")


def answer_label(speaker: str) -> bool:
    """A speaker that is a generic answer label ("R", "Rép.", "Réponse")."""
    return bool(speaker) and fold(speaker).strip(" .:").lower() in cv.ANSWER_WORDS


def presented_respondent(text: str, gazetteer) -> dict | None:
    """Attrs of the one person a heading or a lead-in presents ("Mathis (cascadeur, 4 saisons)",
    "Nous avons interrogé Florian, 24 ans, raseteur depuis six saisons :"), or None."""
    m = PRESENTED_HEADING.match(text)
    if m and describes_person(m.group("desc")) and (gazetteer is None or not gazetteer.find(m.group("name"))):
        role, region, place = describe(m.group("desc"), gazetteer) if gazetteer is not None else ("autre", "", "")
        return {"speaker": m.group("name"), "role_raw": m.group("desc").strip(), "role": role,
                "region": region, "place": place}
    if text.rstrip().endswith(":") and gazetteer is not None:
        return presented_first_name(text, gazetteer)
    return None


def apply_presented_respondents(segments: list, gazetteer) -> None:
    """Give the answers of each run below a presentation of one person that person's identity."""
    for k, seg in enumerate(segments):
        if seg.kind in ("turn", "moderator", "verbatim", "attribution") or not seg.text.strip():
            continue
        who = None
        for j in range(k + 1, len(segments)):
            nxt = segments[j]
            if not nxt.text.strip():
                continue
            if nxt.kind == "moderator":
                continue
            if nxt.kind != "turn" or not answer_label(nxt.speaker):
                break
            if who is None:
                who = presented_respondent(seg.text.strip(), gazetteer)
                if who is None:
                    break
            nxt.speaker = who["speaker"]
            if nxt.role in ("", "inconnu", "autre") and who["role_raw"]:
                nxt.role_raw, nxt.role = who["role_raw"], who["role"]
            if who["region"]:
                nxt.region, nxt.place = who["region"], who["place"]
            nxt.attr_source = "interview_header"
