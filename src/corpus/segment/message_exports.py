"""Exports of a messaging application's group pasted in a document: each message one paragraph,
"16/03/2020 à 21:47 - Sandrine IDE: Bonsoir …" or "[16/03/2020 21:47:03] Sandrine IDE: …" (a
date and time stamp, the sender's display name, a colon). The stamps and the placeholders an
export writes for what it left out ("<Médias omis>") are lang/fr/message_exports.yaml.

The senders are handed to the segmenter as declared speakers (``stamped`` set): a message opens
a turn after its stamp, and a message over two paragraphs runs on like any turn. A placeholder
is no one's words and opens no turn. An export is at least ``message_min_lines`` stamped
messages from at least two senders; a system line ("Dr X a créé le groupe") has no colon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .roles import normalize_role

_alt = cv.literal_alternation
_data = cv.language_data


@lru_cache(maxsize=4)
def _stamp(key: int) -> str:
    return "|".join(f"(?:{s})" for s in _data().get("message_stamps", [])) or "(?!)"


def _placeholders() -> str:
    return _alt(_data().get("message_placeholders", [])) or "(?!)"


def message_line(text: str) -> re.Match | None:
    """A stamped message (its ``sender``), or None."""
    return re.match(rf"^(?P<ts>{_stamp(id(_data()))})(?P<sender>[^:\s][^:]{{0,40}}?):\s+(?=\S)", text)


def message_turn(senders) -> re.Pattern | None:
    """A message of one of ``senders`` opening a line, as a declared turn (``label`` the sender);
    a placeholder instead of the message opens none."""
    if not senders:
        return None
    alt = _alt(senders)
    # ("Gwen : …": a French export may space the colon)
    return re.compile(rf"^(?P<lead>)(?P<ts>{_stamp(id(_data()))})(?P<label>{alt})\s?:\s+(?!(?:{_placeholders()})\s*$)")


def split_at_stamps(lines):
    """Lines cut where a stamped message opens inside them ("… avec leur accord. [12/03/2024
    08:14:32] Gwen : Mme L. a chuté …"): an export the extraction ran into one paragraph, with the
    sentence that introduces it; re-indexed. Only when the cut lines make an export
    (message_senders); the lines unchanged otherwise."""
    from .base import append_cut

    inside = _inside(id(_data()))
    cuts = [[m.end() for m in inside.finditer(ln.text)] for ln in lines]
    if not any(cuts):
        return lines
    out = []
    for ln, at in zip(lines, cuts):
        append_cut(out, ln, at)
    return out if message_senders(out) else lines


@lru_cache(maxsize=4)
def _inside(key: int) -> re.Pattern:
    """A stamp and a sender's colon after a space inside a line (the stamp's digits and slashes
    are what tells it from a sentence)."""
    return re.compile(rf"(?<=\S)\s+(?=(?:{_stamp(key)})[^:\s][^:]{{0,40}}?:\s+\S)")


def display_role(sender: str) -> str:
    """The role of whoever writes under a workplace's or a team's name ("Pharmacie de la Place")."""
    key = fold(sender).lower()
    for rule in _data().get("message_display_roles", []):
        if any(re.match(rf"{re.escape(fold(w).lower())}(?![\w])", key) for w in rule.get("words", [])):
            return rule["role"]
    return ""


def message_senders(lines) -> dict[str, dict]:
    """sender -> declared attributes (role from the display name, ``stamped``) of a document's
    messaging export, or {} when it has none."""
    senders = [" ".join(m.group("sender").split()) for m in (message_line(ln.text) for ln in lines) if m]
    if len(senders) < _data().get("message_min_lines", 3) or len(set(senders)) < 2:
        return {}
    out: dict[str, dict] = {}
    for s in senders:
        role = normalize_role(s)
        if role in ("inconnu", "autre"):
            role = display_role(s) or role
        out.setdefault(s, {"role_raw": "", "role": "" if role in ("inconnu", "autre") else role, "region": "",
                           "place": "", "moderator": False, "source": "attribution", "stamped": True})
    return out
