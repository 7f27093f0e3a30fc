"""The place a transcript's INTRODUCING paragraph gives for the whole group: "Le groupe s'est
réuni le 14 juin 2021 dans les locaux de la maison de santé de Quimper (Finistère), avec quatre
professionnels …", then "Animatrice — …", "Sandrine (IDEL) — …". Focus-group reports, debate
and meeting transcripts say where once, above the turns, and never again.

The introduction is the paragraphs between the heading that governs the turns (or the start of
the document) and the first labelled turn below it, at most ``MAX_INTRO_LINES`` of them; its
places count when they all lie in one region. A turn whose label, section or document gives no
region takes that one.

A sentence of the introduction about ONE party, opening on the noun its label is ("Le médecin est
un généraliste …, connecté depuis Lyon." above "Médecin (à l'écran) :", "Patiente :",
"Pharmacienne :" in a pharmacy's teleconsultation booth), places that party only: its places are
that label's, and the other sentences' places ("Pharmacie du centre, Vierzon, 14 mai …", a commune
alone between commas counting as document_places.field_communes reads it) the setting the others
speak in (s23-segmeet1).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .base import TextLine
from .regions import single_region

MAX_INTRO_LINES = 3  # more prose than that above the turns is a chapter, not an introduction


def intro_lines(lines: list[TextLine], headings, turn_lines: set[int], line_index: int) -> list[int]:
    """The lines introducing the transcript that line ``line_index`` belongs to, or []."""
    h = max((k for k in headings if k <= line_index), default=-1)
    first = min((k for k in turn_lines if h < k <= line_index), default=None)
    if first is None:
        return []
    intro = [k for k in range(h + 1, first) if lines[k].text.strip()]
    return intro if len(intro) <= MAX_INTRO_LINES else []


def places_region(text: str, gazetteer, fields: bool = False) -> tuple[str, str]:
    """(region, place) when every place the text names lies in one region, else ('', '');
    ``fields``: a commune alone between commas counts too ("Pharmacie du centre, Vierzon, 14 mai")."""
    found = [(p.region, text[a:b]) for a, b, p in gazetteer.find(text) if p.region and p.region != "National"]
    found += [(p.region, p.name) for _, _, p in gazetteer.communes_after_prepositions(text) if p.region]
    if fields:
        from .document_places import field_communes

        found += list(field_communes(text, gazetteer, {}).values())
    return single_region(found) if found else ("", "")


# a sentence's end inside the introduction
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@cv.per_language_data
def _party_subject() -> re.Pattern:
    """A sentence opening on a definite article and a noun ("Le médecin", "L'infirmière"): lang/fr
    grammar.yaml definite_articles, elided_articles."""
    articles = cv.word_forms("definite_articles", after=r"\s+", case="first")
    elided = cv.word_forms("elided_articles", after=r"\s*", case="first")
    return re.compile(rf"(?:{articles}|{elided})(?P<noun>[\w-]+)")


def party_places(text: str, gazetteer, nouns: frozenset = frozenset()) -> tuple[tuple[str, str], dict[str, tuple[str, str]]]:
    """(the setting's (region, place), {folded noun: (region, place)}) of an introduction whose
    sentences about one party, a noun of ``nouns`` (the transcript's labels' first words, folded),
    place that party ("Le médecin … connecté depuis Lyon."): the setting from the other sentences
    ("Le groupe s'est tenu à Dole": no label's noun, the setting). An introduction without such a
    sentence naming a place: its places as places_region reads them, and no party."""
    parties: dict[str, tuple[str, str]] = {}
    rest = []
    for sentence in SENTENCE_END.split(text):
        m = _party_subject().match(sentence)
        own = places_region(sentence, gazetteer) if m and fold(m.group("noun")) in nouns else ("", "")
        if own[0]:
            parties.setdefault(fold(m.group("noun")), own)
        else:
            rest.append(sentence)
    if not parties:
        return places_region(text, gazetteer), {}
    return places_region(" ".join(rest), gazetteer, fields=True), parties


def transcript_intro_region(segmenter, line_index: int, speaker: str = "") -> tuple[str, str]:
    """(region, place) the introduction of the labelled transcript holding this line names: the
    one its sentence about this speaker's party names ("Le médecin … depuis Lyon" for "Médecin"),
    else the setting's."""
    if segmenter.gazetteer is None or not segmenter.labels:
        return "", ""
    cache = segmenter.__dict__.setdefault("_intro_regions", {})
    turn_lines = segmenter.__dict__.get("_turn_lines")
    if turn_lines is None:
        turn_lines = segmenter._turn_lines = {i for v in segmenter.labels.values() for i in v.lines}
    intro = tuple(intro_lines(segmenter.lines, segmenter.headings, turn_lines, line_index))
    if intro not in cache:
        text = " ".join(segmenter.lines[k].text for k in intro)
        nouns = frozenset(fold(k.split()[0]) for k in segmenter.labels if k.split())
        cache[intro] = party_places(text, segmenter.gazetteer, nouns) if intro else (("", ""), {})
    setting, parties = cache[intro]
    words = speaker.split()
    return parties.get(fold(words[0]), setting) if words and parties else setting
