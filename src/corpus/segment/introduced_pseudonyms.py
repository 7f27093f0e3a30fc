"""A speaker introduced once by a pseudonym in the text before the transcript ("Entretien réalisé
… au cabinet d'Armelle (pseudonyme), infirmière libérale à Mende (Lozère), …") and then labelled
by it ("Armelle : …"): the apposition after the marked name is the label's description.

Only a name followed by a parenthesis that says it is a pseudonym (``pseudonym_markers`` of
lang/fr/introduced_pseudonyms.yaml), in a line before the label's first turn, and only when the
apposition names what a person does: a first name that merely recurs says nothing of a role.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describes_person
from .base import TextLine

MIN_NAME_LETTERS = 3


@cv.per_language_data
def _marker() -> str:
    return cv._flex_alt(cv.language_data().get("pseudonym_markers", [])) or "(?!)"


def _key_entry(label: str) -> str:
    """A key's entry for the label: "ODILE : prénom fictif, aide-soignante au SSIAD de Vesoul, 19
    ans d'ancienneté." (the description up to the sentence's end)."""
    return (rf"(?<![\w-]){label}\s*:\s*(?:{_marker()})\s*[,;–—-]\s*"
            r"(?P<d>[^;«»]{3,160}?)(?=\.\s|\.?$|;)")


@cv.per_language_data
def _any_key_entry() -> re.Pattern:
    return re.compile(_key_entry(r"(?P<label>[A-ZÉÈ][\w’'-]*)"))


def key_entries(text: str) -> dict[str, str]:
    """label -> description of the key's entries of a line that give a label as a pseudonym ("… INT :
    l'étudiante. ODILE : prénom fictif, aide-soignante …" -> ODILE)."""
    if ":" not in text:  # every entry has its colon: most lines of a thesis are skipped at once
        return {}
    return {m.group("label"): m.group("d").strip() for m in _any_key_entry().finditer(text)}


def keyed_pseudonym(text: str) -> bool:
    """A line holding such an entry: a key to the transcript's labels, nobody's turn."""
    return bool(key_entries(text))


def pseudonym_description(label: str, info, lines: list[TextLine]) -> str:
    """What the introduction says of a label's speaker ("infirmière libérale à Mende (Lozère)"),
    or '' when no line up to their first turn introduces the name as a pseudonym: a name-shaped
    label after its name and a marked parenthesis, any label in a key's entry ("ODILE : prénom
    fictif, aide-soignante …")."""
    if len(label) < MIN_NAME_LETTERS or not info.lines:
        return ""
    first = min(info.lines)
    # (the key's entry may open the line the discovery counts as the label's first)
    searches = [(re.compile(_key_entry(re.escape(label))), lines[:first + 1])]
    if getattr(info, "shape", "") == "name":
        searches.append((re.compile(rf"(?<![\w-]){re.escape(label)}\s*\(\s*(?:{_marker()})[^()]{{0,40}}\)\s*,\s*"
                                    r"(?P<d>[^,;.]{3,120}(?:\([^()]{1,40}\))?)"), lines[:first]))
    for pattern, before in searches:
        for ln in before:
            m = pattern.search(ln.text)
            if m and describes_person(m.group("d")):
                return m.group("d").strip()
    return ""
