"""A liaison notebook's dated entries transcribed one per paragraph (s25-segwritten6, round 43): a
home care notebook copied into a nursing memoir, "Lun. 4/03 – IDE (C.B.) : Pansement refait, …",
"Mar. 5/03 – Sylvie (fille) : Maman a mal dormi, …", "Mer. 6/03 – Dr Faivre (médecin traitant) :
…". Each note, written without guillemets, is its writer's words (a verbatim); the header before
the colon an attribution.

The writer: a function outside and initials or a name inside the parenthesis ("IDE (C.B.)": the
initials speak, the function is their role), or a name outside and a function or a kinship inside
("Sylvie (fille)": a relative, ``autre``; "Dr Faivre (médecin traitant)"). A header naming neither a
trade nor a kinship ("12/03 – Réunion (salle B) : …") is no entry. A notebook is at least
``dated_entry_min`` entries; the words are lang/fr/dated_entries.yaml (kinship:
anaphoric_speakers.yaml colon_subject_kinship_nouns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..text import fold
from . import conventions as cv
from .base import Span, TextLine
from .roles import normalize_role

UNDESCRIBED = ("autre", "inconnu")
# a person's initials or name inside the parenthesis ("C.B.", "J.-P. R.", "Sylvie")
PERSON_INSIDE = re.compile(r"[A-ZÀ-Ý][\w.’'\- ]{0,30}")


@dataclass(frozen=True)
class Entry:
    body: int  # offset of the note in its line
    speaker: str
    role_raw: str
    role: str


@cv.per_language_data
def _entry() -> re.Pattern:
    days = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(cv.language_data().get("dated_entry_days", []), key=lambda w: (-len(w), w)))
    return re.compile(rf"^\s*(?:(?i:{days or '(?!)'})\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*[–—-]\s*"
                      r"(?P<who>[^():\n]{1,40}?)\s*\((?P<inside>[^()\n]{1,40})\)\s*:\s+(?=\S)")


@cv.per_language_data
def _kin() -> frozenset:
    return frozenset(fold(w).lower() for w in cv.language_data().get("colon_subject_kinship_nouns", []))


def entry(text: str) -> Entry | None:
    """The entry a paragraph opens with, or None."""
    m = _entry().match(text)
    if m is None:
        return None
    who, inside = m.group("who").strip(), m.group("inside").strip()
    inside_role = normalize_role(inside)
    if inside_role not in UNDESCRIBED or fold(inside).lower() in _kin():
        # "Sylvie (fille)", "Dr Faivre (médecin traitant)": the name writes, the parenthesis says who
        role = inside_role if inside_role not in UNDESCRIBED else "autre"
        return Entry(m.end(), who, inside, role)
    who_role = normalize_role(who)
    if who_role not in UNDESCRIBED and PERSON_INSIDE.fullmatch(inside):
        return Entry(m.end(), inside, who, who_role)  # "IDE (C.B.)": the initials write as the nurse
    return None


def dated_entries(lines: list[TextLine]) -> dict[int, Entry]:
    """The notebook's entries by line index, when the document holds at least dated_entry_min."""
    found = {ln.index: e for ln in lines for e in [entry(ln.text)] if e is not None}
    return found if len(found) >= int(cv.language_data().get("dated_entry_min", 3)) else {}


class DatedEntryHandlers:
    """The line handler of a liaison notebook's entries (a Segmenter mixin)."""

    @cached_property
    def dated_entries(self) -> dict[int, Entry]:
        return dated_entries(self.lines)

    def _h_dated_entry(self, i: int) -> int | None:
        e = self.dated_entries.get(i)
        if e is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        attrs = {"speaker": e.speaker, "role_raw": e.role_raw, "role": e.role, "region": "", "place": "",
                 "attr_source": "attribution"}
        self.spans.append(Span(ln.start, ln.start + e.body, "attribution", dict(attrs)))
        self.spans.append(Span(ln.start + e.body, ln.end, "verbatim", attrs))
        return i + 1
