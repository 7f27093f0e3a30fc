"""Hearings of a parliamentary commission or a council: a record (segment/records.py) whose
guests speak beside the members. What the record's labels give is read again: a guest's
function names an organisation, not a seat ("présidente de l'URPS infirmiers de
Bourgogne-Franche-Comté" is the URPS's, not an elected member's), so its role and region come
from the general role rules and the places it names; the rapporteur who questions the guests
speaks as the moderator, like the chair (a member whose whole function is "présidente"). The
words are lang/fr/hearings.yaml.

A record is a hearing when its opening lines (up to the chair's first words) say so
(``hearing_markers``: "Audition de …", "table ronde", "prêtent serment"); a sitting's debate
stays as records.py reads it.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .records import record_label
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data
# the roles a record gives its members: what a guest's function can be read again from
MEMBER_ROLES = ("", "elu")


def _has(words, text: str) -> bool:
    key = fold(text).lower()
    return any(re.search(rf"(?<![\w-]){re.escape(fold(w).lower())}(?![\w-])", key) for w in words)


def _is(words, text: str) -> bool:
    """The text is one of the words, whole (case, accents and a final period aside)."""
    key = fold(text).lower().strip(" .")
    return any(key == fold(w).lower() for w in words)


def is_hearing(lines: list[TextLine], speakers: dict[str, dict]) -> bool:
    """A record whose lines up to its first label, that label's line included (the chair's
    opening words), mention a hearing (``hearing_markers``)."""
    if not any(v.get("record") for v in speakers.values()):
        return False
    label = record_label()
    opening = []
    for ln in lines:
        opening.append(ln.text)
        if label.match(ln.text):
            break
    return _has(_data().get("hearing_markers", []), " ".join(opening))


def hearing_speakers(lines: list[TextLine], speakers: dict[str, dict], gazetteer=None) -> dict[str, dict]:
    """The declared speakers with a hearing's guests and questioners read again; unchanged when
    the document is no hearing."""
    if not is_hearing(lines, speakers):
        return speakers
    out = {}
    for label, entry in speakers.items():
        entry = dict(entry)
        func = entry.get("role_raw", "")
        if entry.get("record") and func and (_has(_data().get("hearing_questioners", []), func)
                                             or _is(_data().get("hearing_chairs", []), func)):
            entry["moderator"] = True  # "M. Paul Servant, rapporteur.", "Mme Catherine Lemoine, présidente."
        elif entry.get("record") and func and (entry.get("role", "") in MEMBER_ROLES
                                               or entry.get("role") == normalize_role(func)):
            # (the role records.py read from a function that is no member's: its place too)
            role = normalize_role(func)
            if role not in ("autre", "inconnu"):
                entry["role"] = role  # "présidente de l'URPS infirmiers de …": the URPS's
                if not entry.get("region") and gazetteer is not None:
                    entry["region"], entry["place"] = resolve_region(func, gazetteer)
        out[label] = entry
    return out
