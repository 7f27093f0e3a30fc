"""The capacity in which a person speaks, as the sentence leading to the quotation gives it (issue
#14, s50): "Mme Rialland y a pris part en tant qu'élue communautaire, et non comme associée de la
MSP, ce qu'elle a tenu à préciser : « … »". ANNOTATION.md gives a speaker the role the document
gives for the person at that point; a nurse who sits on the intercommunal council speaks there as
an elected member. The markers (``capacity_markers``, lang/fr/capacity_leads.yaml) open the
description of that capacity, up to a comma or a clause; its role (roles.yaml) replaces the one
read elsewhere when it is a role of the vocabulary. Only attributes change, in a pass over the
finished segments.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import quotation_lead
from .roles import normalize_role

SPEECH = ("verbatim", "turn")


@cv.per_language_data
def _capacity() -> re.Pattern:
    markers = cv._flex_alt(cv.language_data().get("capacity_markers", [])) or "(?!)"
    return re.compile(rf"(?<![\w’'])(?:{markers})\s*(?P<desc>[^,;:.!?«»()]{{3,80}})", re.IGNORECASE)


def capacity(lead: str) -> str:
    """The capacity the lead-in of a quotation says its speaker speaks in ("en tant qu'élue
    communautaire" -> "élue communautaire"), when it names a role of the vocabulary; else ''."""
    found = [m.group("desc").strip() for m in _capacity().finditer(lead)]
    desc = found[-1] if found else ""
    return desc if desc and normalize_role(desc) not in ("autre", "inconnu") else ""


def apply_capacity_leads(segments: list, text: str) -> None:
    """Each named speech segment whose lead-in (its line before it, or the line above ending with a
    colon when it opens its paragraph) says the capacity it speaks in takes that capacity's role."""
    for seg in segments:
        if seg.kind not in SPEECH or not seg.speaker:
            continue
        lead = quotation_lead(text, seg.char_start, colon_above=True)
        # the lead's last sentence only: an earlier one describes another moment
        lead = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])", lead.strip())[-1] if lead.strip() else ""
        desc = capacity(lead)
        if desc:
            seg.role, seg.role_raw = normalize_role(desc), desc
