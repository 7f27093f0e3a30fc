"""Court records (assize and trial reports, stenographic records of a hearing), read by the record
reader (segment/records.py) like a deliberative body's sitting: "M. le Président. — …" chairs,
"M. Teyssonnières. — …", "Me Labori. — …" speak. What differs is who speaks: a record in which a
label opens with a lawyer's civility (lang/fr/court_records.yaml court_civilities, "Me") is a
court record, and its speakers named without a function are witnesses, lawyers and parties
(``court_member_role``), not the body's elected members (records.yaml ``record_member_role``).
"""

from __future__ import annotations

import re

from . import conventions as cv
from .base import TextLine

_data = cv.language_data


def is_court_record(lines: list[TextLine]) -> bool:
    """A paragraph opens with a lawyer's civility and a capitalised name, then a full stop and a
    dash or a capital ("Me Labori. — Je crois …")."""
    civ = cv.literal_alternation(_data().get("court_civilities", []))
    if not civ:
        return False
    label = re.compile(rf"^(?:{civ})\.?\s+[A-ZÉÈÀÂÊÎÔÛÇ][\w'’-]*(?:\s+[A-ZÉÈÀÂÊÎÔÛÇ][\w'’-]*){{0,2}}\s*\.\s*[-–—]?\s*[«\"“(]?[A-ZÀ-ÝŒ]")
    return any(label.match(ln.text) for ln in lines)


def court_roles(declared: dict[str, dict], lines: list[TextLine]) -> dict[str, dict]:
    """The record reader's speakers, those it gave the body's member role (no function named)
    given the court's instead when the document is a court record."""
    member = _data().get("record_member_role", "")
    court = _data().get("court_member_role", "")
    if not declared or not court or not is_court_record(lines):
        return declared
    return {k: {**v, "role": court} if v.get("record") and not v.get("role_raw") and v.get("role") == member else v
            for k, v in declared.items()}
