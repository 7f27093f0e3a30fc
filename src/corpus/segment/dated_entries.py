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


@cv.per_language_data
def _logged_lead() -> re.Pattern:
    """A logged utterance's lead closing the text before its quotation: a time, a dash, the sender,
    an arrow, the recipient, a colon ("06 h 52 – IDE nuit → IDE jour : ")."""
    d = cv.language_data()
    times = "|".join(f"(?:{t})" for t in d.get("logged_utterance_times", [])) or "(?!)"
    arrows = cv.literal_alternation(set(d.get("logged_utterance_arrows", []))) or "(?!)"
    return re.compile(rf"(?:^|(?<=[.!?…»])\s+)(?:{times})\s*[–—-]\s*(?P<sender>[^«»:?\n]{{1,40}}?)\s*(?:{arrows})\s*"
                      rf"(?P<recipient>[^«»:?\n]{{1,40}}?)\s*:\s*$")


def logged_sender(before: str) -> str | None:
    """The sender of the logged utterance whose lead closes ``before`` ("… 06 h 58 – AS nuit → AS
    jour : " -> "AS nuit"), or None."""
    m = _logged_lead().search(before[-120:])
    return m.group("sender").strip() if m else None


def logged_call(seg, a: int, b: int, call):
    """A quotation text[a:b] logged as "06 h 52 – IDE nuit → IDE jour : « … »" in an observation log
    of handovers (s26-segr45a, round 45): the sender's words (the recipient only hears them), their
    function the role, no name. Read where the document logs at least ``logged_utterance_min``
    utterances so; the quotation otherwise keeps the reading it had."""
    if call.verbatim and call.attrs.get("speaker"):
        return call
    sender = logged_sender(seg.text[seg.text.rfind("\n", 0, a) + 1:a])
    if sender is None:
        return call
    if "_logged_count" not in seg.__dict__:
        seg._logged_count = sum(1 for k in range(len(seg.text)) if seg.text.startswith("«", k)
                                and logged_sender(seg.text[seg.text.rfind("\n", 0, k) + 1:k]) is not None)
    if seg._logged_count < int(cv.language_data().get("logged_utterance_min", 2)):
        return call
    role = normalize_role(sender)
    return type(call)(True, {**call.attrs, "speaker": "", "role_raw": sender, "role": role,
                             "attr_source": "attribution"}, call.attribution)


@cv.per_language_data
def _dated_code_lead() -> re.Pattern:
    """A logbook's dated line closing on a code and a colon before its quotation: "2 juillet – JBR :",
    "12/03 – P4 :" (a day and a month, a dash, the code)."""
    date = rf"{cv.DAY_DATE.pattern}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?"
    return re.compile(rf"^\s*(?:{date})\s*[–—-]\s*(?P<code>[^\W_][^«»:;,.?!\n]{{0,29}}?)\s*:\s*$")


def dated_code_call(seg, a: int, call):
    """A quotation text[a:…] opening a logbook's dated line, "2 juillet – JBR : « … »", under a key
    of the codes ("JBR – Jérôme Bruneau, guide rafting, 11 saisons"): the code's words, described as
    the key describes them. Only a code the document knows; the quotation otherwise keeps its reading."""
    if call.verbatim and call.attrs.get("speaker"):
        return call
    m = _dated_code_lead().match(seg.text[seg.text.rfind("\n", 0, a) + 1:a])
    if m is None or not seg.ctx.knows(m.group("code")):
        return call
    return type(call)(True, {**call.attrs, **seg.ctx.code_attrs(m.group("code")), "attr_source": "attribution"},
                      call.attribution)


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
