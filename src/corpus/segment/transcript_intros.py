"""The place a transcript's INTRODUCING paragraph gives for the whole group: "Le groupe s'est
réuni le 14 juin 2021 dans les locaux de la maison de santé de Quimper (Finistère), avec quatre
professionnels …", then "Animatrice — …", "Sandrine (IDEL) — …". Focus-group reports, debate
and meeting transcripts say where once, above the turns, and never again.

The introduction is the paragraphs between the heading that governs the turns (or the start of
the document) and the first labelled turn below it, at most ``MAX_INTRO_LINES`` of them; its
places count when they all lie in one region. A turn whose label, section or document gives no
region takes that one.
"""

from __future__ import annotations

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


def places_region(text: str, gazetteer) -> tuple[str, str]:
    """(region, place) when every place the text names lies in one region, else ('', '')."""
    found = [(p.region, text[a:b]) for a, b, p in gazetteer.find(text) if p.region and p.region != "National"]
    found += [(p.region, p.name) for _, _, p in gazetteer.communes_after_prepositions(text) if p.region]
    return single_region(found) if found else ("", "")


def transcript_intro_region(segmenter, line_index: int) -> tuple[str, str]:
    """(region, place) the introduction of the labelled transcript holding this line names."""
    if segmenter.gazetteer is None or not segmenter.labels:
        return "", ""
    cache = segmenter.__dict__.setdefault("_intro_regions", {})
    turn_lines = segmenter.__dict__.get("_turn_lines")
    if turn_lines is None:
        turn_lines = segmenter._turn_lines = {i for v in segmenter.labels.values() for i in v.lines}
    intro = tuple(intro_lines(segmenter.lines, segmenter.headings, turn_lines, line_index))
    if intro not in cache:
        text = " ".join(segmenter.lines[k].text for k in intro)
        cache[intro] = places_region(text, segmenter.gazetteer) if intro else ("", "")
    return cache[intro]
