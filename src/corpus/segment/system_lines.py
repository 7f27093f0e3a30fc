"""The lines a meeting tool or a messaging application writes itself into a transcript or an
export (issue #14, session 53): "iPhone de Julie a rejoint la réunion", "GIRARD Hélène a démarré la
transcription", "DUCRET Marc a réagi avec J'aime", "Les messages et les appels sont chiffrés de
bout en bout", a forwarded message ("Priscilla CPTS: Transféré : « ARS La Réunion … »"), a voice
note sent as a file ("Dr Hoarau: PTT-20210412-WA0003.opus (fichier joint)"). Nobody said them: they
end the turn above and are no one's words. The forms are lang/fr/system_lines.yaml; the account's
name before the tool's words is up to ``max_name_words`` words, and an export's stamp
("[12/04/2021 08:03:40]", "00:12:31": message_exports' and label_times' data) may open the line."""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .label_times import position_mark
from .message_exports import stamp_pattern

MAX_WORDS = 16  # a tool's line is short: the account's name, the tool's words, a reaction or a name


@cv.per_language_data
def _stamp() -> re.Pattern:
    """An export's stamp opening the line: a messaging export's ("[12/04/2021 08:03:40] ", lang/fr
    message_stamps) or a transcript's time ("00:12:31 ", lang/fr label_position_marks)."""
    return re.compile(rf"(?:{stamp_pattern()}|(?:{position_mark(cv.language_data())})\s+)")


def _unstamped(text: str) -> str:
    """The line without its stamp, folded and in lower case (the stamps are read as written)."""
    t = " ".join(text.split())
    m = _stamp().match(t)
    return fold(t[m.end():] if m else t).lower()


@cv.per_language_data
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(an account's action, a notice of the tool's own, a message that passes something on), read on
    the line without its stamp."""
    d = {"max_name_words": 6, "after_name": [], "whole": [], "forwarded": [], "attachment_marks": [], "not_names": [],
         **(cv.language_data().get("system_lines") or {})}
    alt = lambda words: cv.literal_alternation({fold(w).lower() for w in words}) or "(?!)"
    n = int(d["max_name_words"])
    # the account's name: one to n words; a sentence of the author's is no tool's line ("Elle a réagi
    # avec colère quand …", "On a levé la main": a pronoun opens it, a comma or a period follows the verb)
    name = rf"(?!(?:{alt(d['not_names'])})\s)[^\s:]+(?:\s+[^\s:]+){{0,{n - 1}}}?"
    action = re.compile(rf"^{name}\s+(?:{alt(d['after_name'])})(?!\w)[^,.;!?]*$")
    notice = re.compile(rf"^(?:{alt(d['whole'])})(?!\w)")
    # a message whose words are a forward, a file or the tool's notice: "Sender: Transféré : …",
    # "Sender: X.opus (fichier joint)", "Sender: Les messages et les appels sont chiffrés …"
    passed = re.compile(rf"^[^:]{{1,60}}?:\s+(?:(?:{alt(d['forwarded'])})\s*:|\S+\.\w{{2,4}}\s*"
                        rf"(?:{alt(d['attachment_marks'])})|(?:{alt(d['whole'])})(?!\w))")
    return action, notice, passed


def system_line(text: str) -> bool:
    """A line the tool wrote (someone joined, reacted; a forwarded message; a file sent), no one's words."""
    if not text.strip() or len(text) > 400:
        return False
    t = _unstamped(text)
    action, notice, passed = _patterns()
    if notice.match(t) or passed.match(t):
        return True
    return bool(action.match(t)) and len([w for w in t.split() if re.search(r"\w", w)]) <= MAX_WORDS


def attachment_sender(text: str) -> str:
    """The sender of a message that is a file ("[12/04/2021 07:41:03] Dr Hoarau: PTT-….opus (fichier
    joint)"), as written; "" for any other line."""
    t = " ".join(text.split())
    if not _patterns()[2].match(_unstamped(t)) or not re.search(r"\S\.\w{2,4}\s*\S", t):
        return ""
    stamp = _stamp().match(t)
    head = t[stamp.end() if stamp else 0:]
    return head.split(":", 1)[0].strip() if ":" in head else ""
