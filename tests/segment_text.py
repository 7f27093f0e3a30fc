"""Segmenting a few lines of made-up text in the segment tests: the lines joined as a document,
and the segment a snippet falls in."""

from __future__ import annotations

from corpus.segment import segment_text


def segment_lines(lines, gazetteer, doc=None, structure=None, declared=None, styles=None):
    """(text, segments) of the lines joined with newlines, as one test document "t"."""
    text = "\n".join(lines) + "\n"
    doc = {"doc_id": "t", "region": "", "place": "", **(doc or {})}
    return text, segment_text(text, doc, [], structure or [], gazetteer, styles, declared=declared)


def segment_at(text, segs, snippet):
    """The segment holding the first occurrence of snippet."""
    pos = text.index(snippet)
    return next(s for s in segs if s.char_start <= pos < s.char_end)


def speech(segs):
    """The segments that are people's words: verbatims and turns."""
    return [s for s in segs if s.kind in ("verbatim", "turn")]


def line_styles(lines: list[str], marked: set[int], style: str = "italic") -> list[dict]:
    """styles.csv rows marking whole lines (by index) of the lines joined with newlines."""
    out, pos = [], 0
    for i, t in enumerate(lines):
        if i in marked:
            out.append({"char_start": pos, "char_end": pos + len(t), "style": style})
        pos += len(t) + 1
    return out


def quote_span(text: str, snippet: str) -> tuple[int, int]:
    """The «…» quotation holding snippet: (start, end) in text."""
    start = text.rindex("«", 0, text.index(snippet))
    return start, text.index("»", start) + 1


def bare_segments(spans: list[tuple[int, int]], kind: str = "verbatim", **attrs) -> list:
    """Segments of a test document "t" over the spans, as a learned pass meets them."""
    from corpus.segment.base import Segment

    return [Segment("t", f"t-{n}", kind, 1, 1, a, b, **attrs) for n, (a, b) in enumerate(spans)]


def heading_structure(lines: list[str], heads: list[int]) -> list[dict]:
    """structure.csv rows making these lines (by index) headings, as extraction finds bold titles."""
    text = "\n".join(lines) + "\n"
    starts = [text.index(lines[h]) for h in heads] + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": lines[h]}
            for h, a, b in zip(heads, starts, starts[1:])]
