"""Focus-group participants labelled by their profession and the town where they practise, no
name, no number: "IDE Challans :", "MG Luçon :", "Kiné Les Herbiers :", as exchange groups and
territorial meetings designate people. The label says the role (the profession word, read by the
role vocabulary) and the place (a commune of the gazetteer); two participants may share a town,
the profession tells them apart. Found once per document and handed to the segmenter as
declared speakers (like segment/function_labels.py). A document is such a transcript when at
least ``place_label_min_lines`` paragraphs open with such a label (lang/fr/place_labels.yaml),
naming at least two speakers, each turn with words after the colon, not a figure ("IDE Challans
: 12 %" is a tally)."""

from __future__ import annotations

import re
from collections import Counter

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data

# a profession word, then a town (the lower-case words of a town's name: lang/fr place_labels.yaml)
PROFESSION_TOWN = (
    r"(?P<prof>[^\W\d_][\w.’'-]{1,15})\s+"
    rf"(?P<town>[A-ZÉÈÎ][\w’'-]+(?:[\s-](?:[A-ZÉÈÎ][\w’'-]+|{cv.word_forms('town_name_links')}"
    rf"|(?:{cv.word_forms('town_name_elisions')})[A-ZÉÈ][\w-]+)){{0,4}})")
LABEL = re.compile(rf"^(?P<label>{PROFESSION_TOWN})\s*:\s+(?![«\"“\d])(?=[^\W\d_])")
FIELD = re.compile(rf"\s*{PROFESSION_TOWN}\s*")


def _profession_town(m: re.Match, gazetteer) -> tuple[str, str, str] | None:
    role = normalize_role(m.group("prof"))
    if role in ("autre", "inconnu"):
        return None
    region, place = resolve_region(m.group("town"), gazetteer)
    if not region or fold(place).lower() != fold(m.group("town")).lower():
        return None  # "Dr Célestine": a civility and a name, no town
    return role, region, place


def profession_and_town(text: str, gazetteer) -> tuple[str, str, str] | None:
    """(role, region, place) of a field that is only a profession and a town ("IDEL Audincourt",
    "kiné Hérimoncourt": a chat display name's description, segment/message_exports.py), or None."""
    m = FIELD.fullmatch(text)
    return _profession_town(m, gazetteer) if m else None


def place_label(text: str, gazetteer) -> tuple[str, str, str, str] | None:
    """(label, role, region, place) of a profession-and-town label opening the text, or None."""
    m = LABEL.match(text)
    found = _profession_town(m, gazetteer) if m else None
    if found is None:
        return None
    return " ".join(m.group("label").split()), *found


def place_label_speakers(lines: list[TextLine], gazetteer) -> dict[str, dict]:
    """label -> declared attributes of the profession-and-town labels of a document, or {}."""
    hits = [h for h in (place_label(ln.text, gazetteer) for ln in lines) if h]
    counts = Counter(h[0] for h in hits)
    if len(hits) < _data().get("place_label_min_lines", 3) or len(counts) < 2:
        return {}
    return {label: {"role_raw": label, "role": role, "region": region, "place": place, "moderator": False,
                    "group": False, "source": "attribution", "speaker": label}
            for label, role, region, place in hits}
