"""Informants presented once in a list of pseudonyms, each a line "Alpha — coordinatrice de CPTS,
Martinique (Le Lamentin).", then quoted inline after a sentence that names them ("Alpha le résume
ainsi : « … »", "Pour Bêta, l'isolement est … : « … »").

Or pseudonyms made of a profession and a word, listed once in a sentence of the methods ("je
leur ai attribué une couleur : IDE Jaune, IDE Orange et IDE Verte"): the profession is their role;
they are quoted after a sentence that names them or after a dash that closes the quotation
("« … » – IDE Jaune").

The list: at least ``presentation_min_lines`` lines of one capitalised word, a dash
(lang/fr/pseudonym_lists.yaml) and a description of a person (attributions.describes_person). The
pseudonyms become the document's participants (Context); a quotation whose lead-in names exactly
one of them, and introduces the quote (a colon) or reports it (a speech verb), is that person's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import conventions as cv
from .attributions import describes_person
from .regions import resolve_region

_data = cv.language_data


@lru_cache(maxsize=4)
def _line(key: int) -> re.Pattern:
    dashes = "".join(re.escape(d) for d in _data().get("presentation_dashes", [])) or "(?!)"
    bullets = "".join(re.escape(b) for b in _data().get("presentation_bullets", [])) or "(?!)"
    name = r"(?P<name>[A-ZÉÈÊÀÂÎÔÇ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?)"
    # "Alpha — coordinatrice …", or after a bullet "• Mélissa, 28 ans, …" (a comma then)
    return re.compile(rf"^\s*(?:{name}\s+[{dashes}]\s+|[{bullets}]\s*{name.replace('name>', 'bname>')}\s*(?:,|\s[{dashes}])\s+)"
                      r"(?P<desc>[^«»\"“:]{3,150}?)\s*[.;]?\s*$")


def presented_pseudonyms(texts: list[str], gazetteer=None) -> list[tuple[str, str, tuple[str, str]]]:
    """(pseudonym, description, (region, place)) of each line of a list of informants; [] when
    the document has no such list."""
    found = []
    for text in texts:
        m = _line(id(_data())).match(text)
        if m and describes_person(m.group("desc")):
            desc = m.group("desc").strip()
            place = resolve_region(desc, gazetteer) if gazetteer is not None else ("", "")
            found.append((m.group("name") or m.group("bname"), desc, place))
    return found if len({n for n, _, _ in found}) >= _data().get("presentation_min_lines", 2) else []


# a list of pseudonyms that share their first word: "IDE Jaune, IDE Orange et IDE Verte" (the
# conjunction: lang/fr grammar.yaml list_conjunctions)
_PROFESSION_LIST = re.compile(
    rf"(?<![\w-])(?P<head>[\wÉé-]{{2,20}})\s+[A-ZÉÈ][a-zéèêëïîôûç]+(?:\s*,\s*(?P=head)\s+[A-ZÉÈ][a-zéèêëïîôûç]+)*"
    rf"\s+(?:{cv.word_forms('list_conjunctions')})\s+(?P=head)\s+[A-ZÉÈ][a-zéèêëïîôûç]+(?![\w-])")


def profession_pseudonyms(texts: list[str]) -> dict[str, str]:
    """pseudonym -> profession of pseudonyms made of a profession and a capitalised word, listed
    together after a colon ("… une couleur : IDE Jaune, IDE Orange et IDE Verte"): at least
    ``presentation_min_lines`` of them, their shared first word naming a profession."""
    from .roles import normalize_role

    out: dict[str, str] = {}
    for text in texts:
        for m in _PROFESSION_LIST.finditer(text):
            if not text[:m.start()].rstrip().endswith(":") or normalize_role(m.group("head")) in ("autre", "inconnu"):
                continue
            names = re.findall(rf"{re.escape(m.group('head'))}\s+[A-ZÉÈ][a-zéèêëïîôûç]+", m.group(0))
            if len(set(names)) >= _data().get("presentation_min_lines", 2):
                for name in names:
                    out.setdefault(" ".join(name.split()), m.group("head"))
    return out


def pseudonym_after(after: str, pseudonyms) -> str:
    """The listed pseudonym that a dash sets after a quotation, alone to the paragraph's end
    ("» – IDE Jaune"); else ''."""
    dashes = "".join(re.escape(d) for d in _data().get("presentation_dashes", [])) or "(?!)"
    m = re.match(rf"\s*[{dashes}]\s*(?P<name>[^\n]+?)\s*\.?\s*$", after)
    return m.group("name") if m and m.group("name") in pseudonyms else ""


def pseudonym_in_lead(before: str, pseudonyms) -> str:
    """The one listed pseudonym the lead-in of a quotation names ("Alpha le résume ainsi : "),
    when the lead-in introduces the quote (ends with a colon) or reports speech; else ''."""
    if not pseudonyms or not (before.rstrip().endswith(":") or cv.SPEECH_VERB_ANY.search(before)):
        return ""
    if cv.GROUP_SPEECH.search(re.split(r"(?<=[.!?…])\s+", before.strip())[-1]):
        return ""  # "Inès et son compagnon répondent presque ensemble :": a joint answer, no one speaker
    named = {p for p in pseudonyms if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", before)}
    return next(iter(named)) if len(named) == 1 else ""
