"""Exports of a messaging application's group pasted in a document: each message one paragraph,
"16/03/2020 à 21:47 - Sandrine IDE: Bonsoir …" or "[16/03/2020 21:47:03] Sandrine IDE: …" (a
date and time stamp, the sender's display name, a colon). The stamps and the placeholders an
export writes for what it left out ("<Médias omis>") are lang/fr/message_exports.yaml. A
video-conference chat export is read the same way: "19:42:08 De Claire Bouvot – IDEL Audincourt à
Tout le monde : …", the recipient between the sender and the colon (``message_recipients``), the
display name's trade and commune after a dash giving role and region (s27-segr46a).

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
from .place_labels import profession_and_town
from .regions import resolve_region
from .roles import normalize_role

_alt = cv.literal_alternation
_data = cv.language_data


@lru_cache(maxsize=4)
def _stamp(key: int) -> str:
    return "|".join(f"(?:{s})" for s in _data().get("message_stamps", [])) or "(?!)"


def stamp_pattern() -> str:
    """The stamps a messaging export writes before the sender (regex source: lang/fr message_stamps)."""
    return _stamp(id(_data()))


def _placeholders() -> str:
    return _alt(_data().get("message_placeholders", [])) or "(?!)"


@lru_cache(maxsize=4)
def _recipient(key: int) -> str:
    """What a video-conference chat export writes between the sender and the colon: to whom the
    message went (" à Tout le monde", " à l'hôte (message privé)"), lang/fr message_recipients."""
    found = "|".join(f"(?:{r})" for r in _data().get("message_recipients", []))
    return rf"(?:\s+(?:{found}))?" if found else ""


@lru_cache(maxsize=4)
def _message_line(key: int) -> re.Pattern:
    return re.compile(rf"^(?P<ts>{_stamp(key)})(?P<sender>[^:\s][^:]{{0,40}}?){_recipient(key)}\s?:\s+(?=\S)")


def message_line(text: str) -> re.Match | None:
    """A stamped message (its ``sender``, without the recipient a chat export adds), or None."""
    return _message_line(id(_data())).match(text)


def message_turn(senders) -> re.Pattern | None:
    """A message of one of ``senders`` opening a line, as a declared turn (``label`` the sender);
    a placeholder instead of the message opens none."""
    if not senders:
        return None
    alt = _alt(senders)
    # ("Gwen : …": a French export may space the colon)
    return re.compile(rf"^(?P<lead>)(?P<ts>{_stamp(id(_data()))})(?P<label>{alt}){_recipient(id(_data()))}\s?:\s+"
                      rf"(?!(?:{_placeholders()})\s*$)")


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
    return re.compile(rf"(?<=\S)\s+(?=(?:{_stamp(key)})[^:\s][^:]{{0,40}}?{_recipient(key)}\s?:\s+\S)")


def display_role(sender: str) -> str:
    """The role of whoever writes under a workplace's or a team's name ("Pharmacie de la Place")."""
    key = fold(sender).lower()
    for rule in _data().get("message_display_roles", []):
        if any(re.match(rf"{re.escape(fold(w).lower())}(?![\w])", key) for w in rule.get("words", [])):
            return rule["role"]
    return ""


# a display name that adds the sender's trade and commune after a dash: "Claire Bouvot – IDEL
# Audincourt" (a person's first name and surname, then what they do and where)
DISPLAY_DESCRIPTION = re.compile(r"^(?P<name>[A-ZÉÈ][\w'’.-]*(?:\s+[A-ZÉÈ][\w'’.-]*){1,3})\s+[–—-]\s+(?P<desc>\S.*)$")


def message_senders(lines, gazetteer=None) -> dict[str, dict]:
    """sender -> declared attributes (role from the display name, ``stamped``) of a document's
    messaging export, or {} when it has none. A display name that adds a trade and a commune after
    a dash ("Claire Bouvot – IDEL Audincourt") speaks as the name; the rest gives role and region
    (s27-segr46a)."""
    senders = [" ".join(m.group("sender").split()) for m in (message_line(ln.text) for ln in lines) if m]
    if len(senders) < _data().get("message_min_lines", 3) or len(set(senders)) < 2:
        return {}
    out: dict[str, dict] = {}
    for s in senders:
        described = DISPLAY_DESCRIPTION.match(s)
        desc = described.group("desc") if described else s
        role = normalize_role(desc)
        if role in ("inconnu", "autre"):
            role = display_role(desc) or role
        entry = {"role_raw": "", "role": "" if role in ("inconnu", "autre") else role, "region": "",
                 "place": "", "moderator": False, "source": "attribution", "stamped": True}
        if described and entry["role"]:
            # "IDEL Audincourt": a profession and a commune, as place labels write them
            region, place = (profession_and_town(desc, gazetteer) or ("", "", ""))[1:] if gazetteer is not None \
                else ("", "")
            if not region and gazetteer is not None:
                region, place = resolve_region(desc, gazetteer)
            entry.update(role_raw=desc, region=region, place=place, speaker=described.group("name"))
        out.setdefault(s, entry)
    return out
