"""The 2016 regions, the gazetteer of places (config/gazetteer.csv), and region resolution.

Places are matched as whole words, accent- and case-insensitively but only where the text writes
them with a capital ("Valence" the city, never "valence" or a word inside another), and in free
text only inside spaCy location entities; short attribution fields ("Région C, CPTS 2",
"médecin, Les Mureaux") are matched directly.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text import fold
from ..errors import ConfigError

REGIONS_2016 = [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
    "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
    "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane",
    "La Réunion", "Mayotte",
]
ANONYMISED = re.compile(r"\b[Rr][ée]gion ([A-Z])\b")
# a département's number in parentheses after a commune or a setting: "Quimperlé (29)", "rural (62)"
DEPARTMENT_CODE = re.compile(r"\((\d{2}|2[AB]|97[1-6])\)")


@lru_cache(maxsize=1)
def _national() -> re.Pattern:
    """Words that make an attribution national (lang/fr/institutions.yaml: national_markers)."""
    from ..lang import load

    return re.compile("|".join(load("fr").get("national_markers", [])) or r"(?!)", re.IGNORECASE)
GAZETTEER_COLUMNS = ("name", "kind", "region")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    region: str


class Gazetteer:
    """Place names -> 2016 region, with a whole-word matcher compiled once."""

    def __init__(self, places: list[Place], department_codes: dict[str, Place] | None = None):
        # "(29)" after a commune: the département by its INSEE code (the gazetteer's code column)
        self.by_code: dict[str, Place] = department_codes or {}
        self.by_key: dict[str, Place] = {}
        for place in places:
            self.by_key.setdefault(_normalise_key(fold(place.name)), place)
        # Longest names first so "Grand Nancy" wins over "Nancy", "Val-de-Marne" over "Marne".
        keys = sorted({fold(p.name) for p in places}, key=lambda k: (-len(k), k))
        self._pattern = re.compile(
            r"(?<![\w-])(?:" + "|".join(_flexible(k) for k in keys) + r")(?![\w-])"
        ) if keys else None

    def __len__(self) -> int:
        return len(self.by_key)

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Whole-word places in text, written with a capital, as (start, end, place)."""
        if not text or self._pattern is None:
            return []
        folded = fold(text)
        if len(folded) != len(text):  # a character that folds to several: fall back to no match
            return []
        found = []
        for m in self._pattern.finditer(folded):
            if not any(c.isupper() for c in text[m.start():m.end()]):
                continue  # "valence", "nord", "cher" in prose are words, not places
            place = self.by_key.get(_normalise_key(m.group(0)))
            if place is not None:
                found.append((m.start(), m.end(), place))
        return found


def _flexible(key: str) -> str:
    """A folded name whose spaces, hyphens and apostrophes match any of them."""
    return re.sub(r"\\[ \-']|\\ |'|’", r"[ \\-'’]", re.escape(key))


def _normalise_key(name: str) -> str:
    return re.sub(r"[ \-'’]+", " ", name)


def is_valid_region(value: str) -> bool:
    return value == "" or value == "National" or value in REGIONS_2016 or bool(ANONYMISED.fullmatch(value))


@lru_cache(maxsize=4)
def load_gazetteer(path: str) -> Gazetteer:
    """Read config/gazetteer.csv (name, kind, region, ...); every region must be a 2016 name."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: gazetteer not found")
    places = []
    codes: dict[str, Place] = {}
    with open(p, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in GAZETTEER_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ConfigError(f"{p}: missing column(s) {', '.join(missing)}")
        for n, row in enumerate(reader, start=2):
            if row["region"] not in REGIONS_2016:
                raise ConfigError(f"{p}: line {n}: {row['region']!r} is not a 2016 region name")
            places.append(Place(row["name"].strip(), row["kind"].strip(), row["region"]))
            if row["kind"].strip() == "departement" and (row.get("code") or "").strip():
                codes[row["code"].strip()] = places[-1]
    for region in REGIONS_2016:
        places.append(Place(region, "region", region))
    return Gazetteer(places, codes)


def resolve_region(text: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """(region, place) named in a short field (an attribution, a heading), or ('', '').

    An anonymised label ("Région C") wins, then "National", then the first gazetteer place.
    """
    if not text:
        return "", ""
    m = ANONYMISED.search(text)
    if m:
        return f"Région {m.group(1)}", ""
    places = gazetteer.find(text)
    if places:
        start, end, place = places[0]
        return place.region, text[start:end]
    code = DEPARTMENT_CODE.search(text)
    if code and code.group(1) in gazetteer.by_code:
        return gazetteer.by_code[code.group(1)].region, gazetteer.by_code[code.group(1)].name
    if _national().search(text):
        return "National", ""
    return "", ""


def regions_in_entities(entities: list[str], gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(region, place) for every gazetteer place inside spaCy location entities, in order."""
    out = []
    for ent in entities:
        for start, end, place in gazetteer.find(ent):
            out.append((place.region, ent[start:end]))
    return out


def single_region(found: list[tuple[str, str]]) -> tuple[str, str]:
    """The region when every place found lies in one region, else ('', '')."""
    regions = {r for r, _ in found}
    if len(regions) == 1:
        return found[0]
    return "", ""
