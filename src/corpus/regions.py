"""The 2016 regions, the gazetteer of places, and region resolution."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from .speakers import fold

REGIONS_2016 = [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
    "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
    "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane",
    "La Réunion", "Mayotte",
]
ANONYMISED = re.compile(r"\bR[ée]gion ([A-Z])\b")


def is_valid_region(value: str) -> bool:
    return value == "" or value == "National" or value in REGIONS_2016 or bool(ANONYMISED.fullmatch(value))


@lru_cache(maxsize=4)
def load_gazetteer(path: str) -> dict[str, str]:
    """{folded place name: region}. Columns: name, kind, region, (code, source...)."""
    places: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            places[fold(row["name"])] = row["region"]
    for region in REGIONS_2016:
        places.setdefault(fold(region), region)
    return places


def resolve_region(text: str, gazetteer: dict[str, str]) -> tuple[str, str]:
    """(region, place) named in a short text (an attribution, a heading), or ('', '').

    Matches whole words only, longest place names first ("Valence" the city, never a word
    inside another).
    """
    if not text:
        return "", ""
    m = ANONYMISED.search(text)
    if m:
        return f"Région {m.group(1)}", ""
    folded = fold(text)
    if re.search(r"\bnational(e)?\b", folded):
        return "National", ""
    for name in sorted(gazetteer, key=len, reverse=True):
        if len(name) < 3:
            continue
        if re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", folded):
            return gazetteer[name], name
    return "", ""
