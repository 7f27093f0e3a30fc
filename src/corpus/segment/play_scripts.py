"""Transcripts set like a play: each turn opens with the speaker's name in capitals closed by a
full stop and a dash, the function after a comma on a guest's first turn, later only the
initial and surname ("LE PRÉSENTATEUR. — …", "KARINE VIDAL, MÉDECIN GÉNÉRALISTE À GUÉRET. — …",
"K. VIDAL. — …"), as French theatre and the transcripts of debates and broadcasts print them.
The host words are lang/fr/play_scripts.yaml.

Such labels are found once per document and handed to the segmenter as declared speakers
(``play`` set, like a record's: segment/records.py). One person's labels share the surname (the
last word of the name), so "KARINE VIDAL, …" and "K. VIDAL" are one speaker, named and described
by the fullest label. A document is such a script when at least ``play_min_lines`` paragraphs
open with such a label, naming at least two people, one of them at least twice, and at least one
label carries what the plain capitals-and-dash label shape does not read (a function after a
comma, or an initial before the surname). A heading in capitals ending a sentence ("RÉSULTATS.
— …") names no one twice and makes no script.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .records import function_attrs
from .regions import resolve_region
from .roles import normalize_role

_data = cv.language_data

CAPS_WORD = r"[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ'’-]+"
# the article of a name in capitals ("LE DOCTEUR", "L'ABBÉ"): lang/fr grammar.yaml, in capitals
_ARTICLES = f"{cv.word_forms('definite_articles', case='upper')}|{cv.word_forms('elided_articles', case='upper')}"
# the function in capitals after the name: words in capitals and their small joining words
# ("DIRECTEUR DU CENTRE HOSPITALIER DE GUÉRET", "MÉDECIN GÉNÉRALISTE À GUÉRET")
FUNC = r"[A-ZÉÈÀÂÊÎÔÛÇ][A-ZÉÈÀÂÊÎÔÛÇËÏÜŸ0-9'’ -]{1,120}?"
LABEL = re.compile(
    rf"^(?P<label>(?P<name>(?P<initial>[A-ZÉÈ]\.\s?)?(?:(?:{_ARTICLES})\s?)?{CAPS_WORD}(?:\s{CAPS_WORD}){{0,3}})"
    rf"(?:\s*,\s*(?P<func>{FUNC}))?)\s*\.\s*[–—]\s+(?=\S)")


def play_label(text: str) -> re.Match | None:
    """Such a label opening a paragraph, or None."""
    return LABEL.match(text)


def person_key(name: str) -> str:
    """The surname a label names: its last word, without case or accents."""
    return fold(re.split(r"[\s'’.]+", name.strip())[-1]).lower()


@lru_cache(maxsize=4)
def _hosts(key: int) -> frozenset:
    return frozenset(fold(w).lower() for w in _data().get("play_host_words", [])) | frozenset(cv.MODERATOR_WORDS)


def play_turn(codes) -> re.Pattern | None:
    """A line opened by one of this script's labels (``lead``, ``ts``, ``label``)."""
    codes = sorted({c for c in codes if c}, key=lambda c: (-len(c), c))
    if not codes:
        return None
    alt = "|".join(re.escape(c) for c in codes)
    return re.compile(rf"^(?P<lead>)(?P<ts>)(?P<label>{alt})\s*\.\s*[–—]\s+(?=\S)")


def play_speakers(lines: list[TextLine], gazetteer=None) -> dict[str, dict]:
    """label -> declared attributes (speaker, role_raw, role, region, moderator, ``play``) of a
    play-like transcript's labels, or {} when the document is none."""
    hits = [m for m in (play_label(ln.text) for ln in lines) if m]
    persons = Counter(person_key(m.group("name")) for m in hits)
    if len(hits) < _data().get("play_min_lines", 4) or len(persons) < 2 or max(persons.values()) < 2 \
            or not any(m.group("func") or m.group("initial") for m in hits):
        return {}
    # the person's fullest label: a first name rather than an initial, a function when given
    fullest: dict[str, re.Match] = {}
    for m in hits:
        key = person_key(m.group("name"))
        best = fullest.get(key)
        if best is None or (bool(m.group("func")), not m.group("initial")) > (bool(best.group("func")), not best.group("initial")):
            fullest[key] = m
    questions = Counter(person_key(m.group("name")) for m in hits if m.string.rstrip(" »\"”").endswith("?"))
    out: dict[str, dict] = {}
    for m in hits:
        key = person_key(m.group("name"))
        best = fullest[key]
        func = " ".join((best.group("func") or "").split())
        name = " ".join(best.group("name").split())
        host = key in _hosts(id(_data())) or questions[key] >= 0.6 * persons[key] >= 1.2
        role = (function_attrs(func)[0] or normalize_role(func)) if func else ""
        region, place = resolve_region(func, gazetteer) if func and gazetteer is not None else ("", "")
        out.setdefault(" ".join(m.group("label").split()), {
            "role_raw": func, "role": "" if role in ("inconnu", "autre") else role, "region": region, "place": place,
            "moderator": host, "group": False, "source": "attribution", "play": True,
            "speaker": "" if host else name.title()})
    return out
