"""Place names in the forms texts give them that whole gazetteer names miss (issue #14), by the
words of lang/fr/place_forms.yaml:

- a place name that is also a common noun is the noun when a complement follows it ("Réunion du
  15 juillet 2020" opens a record line: a meeting, not La Réunion);
- a commune whose hyphen a line end swallowed ("Villeneuvesur-Lot", "d'Argentonsur-Creuse") is
  found by its name without separators;
- a département given by a postal code or "du 19" at the end of a description;
- a commune name several régions share ("Sainte-Marie", "Saint-Benoît", "Castres"), or one that
  is also a word ("Le Moule"), which regions.py leaves unresolved, is settled when exactly one of
  its régions is a région the rest of the document names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .conventions import word_forms

# a description's fields, and the locative words that may open one ("infirmière à Sainte-Marie")
# (the locative words: lang/fr place_forms.yaml field_split_prepositions)
FIELD_SPLIT = re.compile(rf"[,;–—]|\s-\s|\s(?:{word_forms('field_split_prepositions')})\s", re.IGNORECASE)
QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # "Grand-Bourg (Marie-Galante)": the island


@lru_cache(maxsize=1)
def _data() -> dict:
    from ..lang import load

    return load("fr")


@lru_cache(maxsize=1)
def _common_nouns() -> tuple[frozenset, re.Pattern]:
    d = _data()
    names = frozenset(fold(w) for w in d.get("common_noun_places", []))
    words = "|".join(re.escape(fold(w)) for w in d.get("common_noun_complements", []))
    return names, re.compile(rf"[ \t]+(?:{words})(?=[ \t]|(?<=['’]))" if words else r"(?!)")


def is_common_noun(folded: str, start: int, end: int) -> bool:
    """Whether the place name at folded[start:end] is used as the common noun it also is: a
    complement follows it ("reunion du 15 juillet", "reunion de la commission")."""
    names, complement = _common_nouns()
    return folded[start:end] in names and bool(complement.match(folded, end))


def glued_key(name: str) -> str:
    """A name folded without spaces, hyphens or apostrophes ("villeneuvesurlot")."""
    return re.sub(r"[\s\-'’]+", "", fold(name))


def glued_index(by_key: dict) -> dict:
    """Glued key -> the communes of that name (the first key wins on a collision)."""
    out: dict = {}
    for key, communes in by_key.items():
        out.setdefault(glued_key(key), communes)
    return out


@lru_cache(maxsize=1)
def _number_forms() -> list[re.Pattern]:
    return [re.compile(p) for p in _data().get("department_number_forms", [])]


def department_number(text: str) -> str:
    """The département code a description ends with as a postal code or "du 19", or ''."""
    for pattern in _number_forms():
        m = pattern.search(text or "")
        if not m:
            continue
        if m.groupdict().get("code"):
            return m.group("code")
        postal = m.group("postal")
        if postal.startswith("97"):
            return postal[:3]
        if postal.startswith("20"):  # Corse: 200xx-201xx Corse-du-Sud, 202xx-206xx Haute-Corse
            return "2A" if postal[2] in "01" else "2B"
        return postal[:2]
    return ""


def homonym_regions(description: str, communes) -> list[tuple[str, set[str]]]:
    """(name, its régions) of each field of a description that names a commune, however many
    régions share the name and whether or not it is also a word."""
    out = []
    for part in FIELD_SPLIT.split(description or ""):
        name = QUALIFIER.sub("", part.strip(" .[]")).strip(" ()")
        if not name or not name[0].isupper() or not any(ch.islower() for ch in name):
            continue
        key = re.sub(r"[ \-'’]+", " ", fold(name))
        found = communes.by_key.get(key, ())
        if found:
            out.append((name, {c.region for c in found}))
    return out


def settle_homonyms(segments: list, gazetteer, text: str, kinds: tuple[str, ...]) -> None:
    """Give a speech segment left without a région the région of the commune its description
    names when exactly one of that name's régions is a région of the document (the régions its
    other segments have and the places the text names)."""
    if gazetteer is None or gazetteer.communes is None:
        return
    known: set[str] | None = None
    for seg in segments:
        if seg.kind not in kinds or seg.region or not seg.role_raw:
            continue
        candidates = homonym_regions(seg.role_raw, gazetteer.communes)
        if candidates and known is None:  # the whole text searched once, only when needed
            known = {s.region for s in segments if s.region} | {p.region for _, _, p in gazetteer.find(text)} \
                | {p.region for _, _, p in gazetteer.communes_after_prepositions(text)}
        for name, regions in candidates:
            agree = regions & known
            if len(agree) == 1:
                seg.region, seg.place = agree.pop(), name
                break
