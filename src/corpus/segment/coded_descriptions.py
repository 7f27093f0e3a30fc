"""A quotation whose description opens with a participant's code: that code is who speaks (issue #14).

Students attribute quotations with a code followed by what the person is, in parentheses, after a
dash or on the line below: "(Patient 4, femme, 68 ans, Les Abymes)", "— SF-L5, libérale, Bastia",
"(participant n°5, pharmacien)", "[Préparatrice 2, Aubervilliers]". A reading that takes the whole
description as the role's words but finds no speaker in it (the code is of a shape the document
never listed) leaves the quotation anonymous although its first element names the person. This
pass, over the finished segments, takes that first element as the speaker when it has a code's
shape: a participant code of the conventions (``PARTICIPANT_CODE``: letters and a number,
numbered participant words, initials), letters joined by a hyphen to a letter and an optional
number ("SF-L5", "MG-B"), a trade's abbreviation and a letter ("IDE C"), or one word and a number ("Patient 4", "Préparatrice 2"; lower case only
with a number mark: "juré n° 7"). Not a code: a group's session ("FG1", ``group_codes``: the
person is the one described), an institution ("CPAM 19", ``institutions``), a word that opens a
table or a list ("Tableau 2", ``not_labels``).

Measured on the first-sight outputs of rounds 39-61 (each round segmented by the commit it was
written on): 27 quotations get their annotated speaker, 1 a wrong one (a postcard's number); on the
tuned sets 1 gains its speaker, no anonymous quotation is named.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv


@cv.per_language_data
def _head_pattern() -> re.Pattern:
    marks = cv._alt(cv.DATA.get("number_marks", [])).replace("n°", r"n\s*°") or "(?!)"
    return re.compile(
        rf"(?:{cv.PARTICIPANT_CODE})(?:-[A-Z]{{1,4}}\d{{0,3}})*"
        r"|[A-ZÉ]{1,5}-[A-ZÉ]{1,3}\d{0,3}"
        r"|(?P<trade>[A-ZÉ]{2,5}) [A-Z]"
        rf"|(?P<word>[A-ZÉ][a-zéèêëàâçîïôûù]+)\s?(?:(?:{marks})\s*)?\d{{1,3}}"
        rf"|[a-zéèêëàâçîïôûù]+\s?(?:{marks})\s*\d{{1,3}}")


def description_code(role_raw: str) -> str | None:
    """The code that opens a description ("Patient 4" of "Patient 4, femme, 68 ans"), or None."""
    head = " ".join(role_raw.split(",", 1)[0].split())
    m = _head_pattern().fullmatch(head)
    if not m or cv.GROUP_CODE.match(head) or cv.INSTITUTION.match(head):
        return None
    if m.group("word") and fold(m.group("word")) in cv.NOT_LABELS:
        return None
    if m.group("trade") and m.group("trade") not in cv.DATA.get("spaced_code_abbreviations", []):
        return None  # "IDE C", "MG B": a trade's abbreviation (labels.yaml) and a letter; not "CHU A"
    return head


def apply_coded_descriptions(segments: list) -> None:
    """The description's opening code as the speaker of every quotation read with a description
    but no speaker; its role, region and source stay what the reading gave."""
    for seg in segments:
        if seg.kind == "verbatim" and not seg.speaker and seg.role_raw:
            code = description_code(seg.role_raw)
            if code:
                seg.speaker = code
