"""The audit view of a document: its text page by page with verbatims, turns, attributions,
speaker labels and theme hits highlighted as nested spans.

Built in Python rather than in a template: a 464-page thesis has thousands of overlapping
intervals, and cutting the text at every boundary is a loop over offsets, not markup.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict

from ..io import SPEAKER_KINDS, location_label, location_noun
from .html import anchor, empty, esc, num

HIGHLIGHTED_KINDS = ("verbatim", "turn", "attribution")
# Above this many characters a document's audit view shows excerpts (verbatims in full, theme
# hits with KWIC_WIDTH characters either side) instead of every page in full: keeps the page
# of a 464-page thesis around a megabyte.
FULL_TEXT_MAX_CHARS = 250_000
KWIC_WIDTH = 100

def highlight_intervals(doc_text: str, segments: list[dict], hits: list[dict], themes: list[str],
                        marked: frozenset = frozenset()) -> list[tuple]:
    """(start, end, layer, css class, title, id, tag) for verbatims, turns, attributions, segments
    in ``marked`` (topic representatives), speaker labels and theme hits, in text.txt offsets.
    Layers nest: 0 segment, 1 speaker label, 2 hit. ``tag`` is shown after a segment's end."""
    out = []
    for s in segments:
        css = {"verbatim": "v", "turn": "t", "attribution": "a"}.get(s["kind"])
        if css is None and s["segment_id"] not in marked:
            continue
        start, end = int(s["char_start"]), int(s["char_end"])
        content = len(doc_text[start:end].rstrip())  # the paragraph's line break stays out
        end = start + content if content else end
        who = " · ".join(x for x in (s.get("speaker"), s.get("role_raw"), s.get("role"), s.get("region")) if x)
        tag = ""
        if s["kind"] in SPEAKER_KINDS:
            tag = " · ".join(x for x in (s.get("role") or "no role", s.get("region") or "no region"))
        if s["segment_id"] in marked:
            tag = (tag + " · " if tag else "") + "topic representative"
        out.append((start, end, 0, css or "r", f"{s['segment_id']} ({s['kind']}) {who}".strip(),
                    anchor("seg", s["segment_id"]), tag))
        if css is None:
            continue
        for label in dict.fromkeys(x for x in (s.get("speaker"), s.get("role_raw")) if x):
            pos = doc_text.find(label, start, end)
            if pos >= 0:
                out.append((pos, pos + len(label), 1, "spk", f"speaker label: {label}", "", ""))
    for h in hits:
        theme = h["theme"]
        idx = themes.index(theme) if theme in themes else len(themes)
        out.append((int(h["char_start"]), int(h["char_end"]), 2, f"h{idx}",
                    f"theme {theme}: {h['lemma']}", "", ""))
    out.sort(key=lambda iv: (iv[0], iv[2], -iv[1], iv[3]))
    return out


def render_range(text: str, start: int, end: int, intervals: list[tuple], seen_ids: set) -> str:
    """HTML of text[start:end] with every interval that overlaps it as nested spans; an id is
    emitted once (on the interval's first piece), a segment's tag after its last piece."""
    inside = [iv for iv in intervals if iv[0] < end and iv[1] > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for iv in inside for x in iv[:2]})
    out, titled = [], set()  # an interval's title goes on its first piece of the range only
    for a, b in itertools.pairwise(cuts):
        piece = esc(text[a:b])
        active = sorted((iv for iv in inside if iv[0] <= a and iv[1] >= b), key=lambda iv: iv[2], reverse=True)
        for iv in active:
            attr = ""
            if iv not in titled:
                titled.add(iv)
                attr = f" title='{esc(iv[4])}'"
            if iv[5] and iv[5] not in seen_ids:
                seen_ids.add(iv[5])
                attr += f" id='{iv[5]}'"
            piece = f"<span class='{iv[3]}'{attr}>{piece}</span>"
        out.append(piece)
        out.extend(f"<span class='tag'>[{esc(iv[6])}]</span>" for iv in active if iv[6] and iv[1] == b)
    return "".join(out)


class IntervalIndex:
    """Highlight intervals overlapping a range, found by bisection on their starts: a thesis has
    thousands of intervals and pages, and scanning them all for each page was quadratic."""

    LONG = 20_000  # intervals longer than this (rare) are checked against every range

    def __init__(self, intervals: list[tuple]):
        short = sorted((iv for iv in intervals if iv[1] - iv[0] <= self.LONG), key=lambda iv: iv[0])
        self.short, self.starts = short, [iv[0] for iv in short]
        self.long = [iv for iv in intervals if iv[1] - iv[0] > self.LONG]
        self.order = {id(iv): i for i, iv in enumerate(intervals)}

    def overlapping(self, start: int, end: int) -> list[tuple]:
        """Intervals with iv[0] < end and iv[1] > start, in their original order."""
        lo = bisect.bisect_right(self.starts, start - self.LONG)
        hi = bisect.bisect_left(self.starts, end)
        found = [iv for iv in self.short[lo:hi] if iv[1] > start]
        found += [iv for iv in self.long if iv[0] < end and iv[1] > start]
        return sorted(found, key=lambda iv: self.order[id(iv)])


def excerpt_ranges(text: str, start: int, end: int, intervals: list[tuple]) -> list[tuple[int, int]]:
    """Parts of a page worth showing in a long document: highlighted segments in full, and
    KWIC_WIDTH characters around hits elsewhere, merged when they touch."""
    spans = []
    segs = [iv for iv in intervals if iv[2] == 0]
    for iv in intervals:
        if iv[0] >= end or iv[1] <= start:
            continue
        if iv[2] == 0:
            spans.append((iv[0], iv[1]))
        elif iv[2] == 2 and not any(s[0] <= iv[0] and iv[1] <= s[1] for s in segs):
            spans.append((iv[0] - KWIC_WIDTH, iv[1] + KWIC_WIDTH))
    merged: list[list[int]] = []
    for a, b in sorted((max(start, a), min(end, b)) for a, b in spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def audit_view(doc_id: str, interim: dict, hits: list[dict], themes: list[str], seen: set,
               marked: frozenset = frozenset(), page_href=None) -> str:
    """Every page of the document as a <details>; ``page_href(page)`` gives a link to the source
    file at that page (shown beside the page's summary), or '' for none."""
    text, pages = interim["text"], interim["pages"]
    if not text or not pages:
        return empty("text to audit")
    intervals = highlight_intervals(text, interim["segments"], hits, themes, marked)
    full = len(text) <= FULL_TEXT_MAX_CHARS
    parts = []
    if not full:
        parts.append(f"<p class='note'>This document is long ({num(len(text))} characters): each page "
                     f"shows its verbatims, turns and attribution lines in full and every other theme "
                     f"hit with {KWIC_WIDTH} characters either side; '[…]' marks omitted text. The "
                     f"complete text is results/interim/{esc(doc_id)}/text.txt.</p>")
    seg_pages = defaultdict(Counter)
    for s in interim["segments"]:
        if s["kind"] in HIGHLIGHTED_KINDS:
            seg_pages[int(s["page_start"])][s["kind"]] += 1
    hit_pages = defaultdict(Counter)
    for h in hits:
        hit_pages[int(h["page"])][h["theme"]] += 1
    index = IntervalIndex(intervals)
    unit = (interim.get("status") or {}).get("location_unit")   # a transcript's paragraphs, minutes
    for p in pages:
        page, start, end = int(p["page"]), int(p["char_start"]), int(p["char_end"])
        local = index.overlapping(start, end)  # what render_range and excerpt_ranges look at
        counts = seg_pages.get(page, Counter())
        theme_counts = hit_pages.get(page, Counter())
        bits = [f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(counts.items())]
        bits += [f"{t} {n}" for t, n in sorted(theme_counts.items())]
        summary = f"{location_noun(unit, plural=False).capitalize()} {page}" + (f" — {', '.join(bits)}" if bits else "")
        href = page_href(page) if page_href else ""
        source = f" <a class='src' href='{esc(href)}'>source {location_label(unit, page)}</a>" if href else ""
        if full:
            body = render_range(text, start, end, local, seen)
        else:
            ranges = excerpt_ranges(text, start, end, local)
            if not ranges:
                parts.append(f"<details id='{anchor('p', doc_id, page)}'><summary>{esc(summary)}{source}</summary>"
                             "<p class='note'>Nothing highlighted on this page.</p></details>")
                continue
            pieces = []
            for i, (a, b) in enumerate(ranges):
                if a > start or i:
                    pieces.append("<span class='gap'> […] </span>")
                pieces.append(render_range(text, a, b, local, seen))
            if ranges[-1][1] < end:
                pieces.append("<span class='gap'> […]</span>")
            body = "".join(pieces)
        parts.append(f"<details id='{anchor('p', doc_id, page)}'><summary>{esc(summary)}{source}</summary>"
                     f"<div class='page'>{body}</div></details>")
    return "\n".join(parts)

