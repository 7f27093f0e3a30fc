"""Segments, spans, lines and the style map shared by the segmentation modules."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# a numbered note on its own line ("1. Entretien n°6, …"); superscript calls and their digits
NOTE_LINE = re.compile(r"^\s*(?P<num>\d{1,3})[.)]?\s+(?P<note>\S.{2,300})$")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPTS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
# a footnote on its own line, opened by its superscript call: "¹ Lettre du Dr …, AD Nièvre, 1 W 412."
SUPERSCRIPT_NOTE_LINE = re.compile(rf"^\s*(?P<num>[{SUPERSCRIPT_DIGITS}]{{1,3}})\s*(?P<note>\S.{{2,300}})$")


@dataclass
class Segment:
    doc_id: str
    segment_id: str
    kind: str
    page_start: int
    page_end: int
    char_start: int
    char_end: int
    section: str = ""
    speaker: str = ""
    role_raw: str = ""
    role: str = ""
    region: str = ""
    place: str = ""
    text: str = ""
    attr_source: str = ""  # where role and region came from (io.ATTR_SOURCES), empty if nowhere


@dataclass
class Span:
    """A classified character range before the gaps are filled with narrative."""
    start: int
    end: int
    kind: str
    attrs: dict = field(default_factory=dict)


@dataclass
class TextLine:
    index: int
    start: int
    end: int  # exclusive, without the '\n'
    text: str


SKIP_SECTIONS = ("front", "toc", "bibliography", "notes")
WORD = re.compile(r"[\w’'-]+")


def split_lines(text: str) -> list[TextLine]:
    lines, pos = [], 0
    for n, raw in enumerate(text.split("\n")):
        lines.append(TextLine(n, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def line_below(text: str, pos: int) -> tuple[int, str] | None:
    """(start, text) of the line after the one holding ``pos`` (a quote's source or signature is
    read there), or None when that line is the text's last."""
    nl = text.find("\n", pos)
    if nl < 0:
        return None
    end = text.find("\n", nl + 1)
    return nl + 1, text[nl + 1:end if end >= 0 else len(text)]


def quotation_lead(text: str, at: int, colon_above: bool = False) -> str:
    """The text leading to a quotation opening at ``at``: its line before it, or, when the quotation
    opens its paragraph, the line above (``colon_above``: only a line above that ends with a colon,
    as "… ce qu'elle a tenu à préciser :" announces the words; else '')."""
    start = text.rfind("\n", 0, at) + 1
    lead = text[start:at]
    if lead.strip() or start == 0:
        return lead
    above = text[text.rfind("\n", 0, start - 1) + 1:start - 1]
    return above if not colon_above or above.rstrip().endswith(":") else ""


def narrative_on(spans: list[Span], found: set[int], line_of,
                 kinds: tuple[str, ...] = ("turn", "verbatim", "moderator")) -> list[Span]:
    """The spans, with the speech opening on the lines ``found`` (indices; ``line_of``: a span's
    start -> its line) made narrative: the demoting passes' one step."""
    if not found:
        return spans
    return [Span(sp.start, sp.end, "narrative") if sp.kind in kinds and line_of(sp.start) in found else sp
            for sp in spans]


def n_words(text: str) -> int:
    return len(WORD.findall(text))


def quote_balance(text: str) -> int:
    return text.count("«") - text.count("»")


class StyleMap:
    """Share of a range set in italic / bold (styles.csv)."""

    def __init__(self, styles: list[dict]):
        self.rows = sorted((int(s["char_start"]), int(s["char_end"]), s["style"]) for s in styles)
        self.starts = [r[0] for r in self.rows]

    def share(self, start: int, end: int, style: str) -> float:
        if end <= start:
            return 0.0
        covered = 0
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.rows) and self.rows[i][0] < end:
            a, b, s = self.rows[i]
            if style in s and b > start:
                covered += min(b, end) - max(a, start)
            i += 1
        return covered / (end - start)


    def runs(self, style: str, start: int, end: int, text: str) -> list[tuple[int, int]]:
        """Stretches of [start, end) set in ``style``, neighbours joined across spaces and
        punctuation, trimmed of surrounding spaces."""
        out: list[tuple[int, int]] = []
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        while i < len(self.rows) and self.rows[i][0] < end:
            a, b, s = self.rows[i]
            i += 1
            if style not in s or b <= start:
                continue
            a, b = max(a, start), min(b, end)
            if out and not text[out[-1][1]:a].strip(" \n,.;:!?…"):
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        trimmed = []
        for a, b in out:
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                trimmed.append((a, b))
        return trimmed


# a coding software's tag in braces the extraction ran into the end of a turn, before the next
# label: "… il ne va pas y aller. {Thème : CPTS} <Enquêteur> …"
TRAILING_TAG = re.compile(r"(?<=[.!?…»\]])\s+(?P<tag>\{[^{}]{1,80}\})\s*$")


def append_cut(out: list[TextLine], ln: TextLine, cuts: list[int]) -> None:
    """``ln`` cut at the offsets ``cuts`` (into its text), the pieces appended to ``out`` with
    the next indices; an empty line is kept as it is (it separates paragraphs). A braced tag that
    closes a piece before a cut is a piece of its own (an aside: segment/transcriber_notes.py)."""
    if not cuts:  # most lines of most readers: the line as it is (what the loop below gives)
        out.append(TextLine(len(out), ln.start, ln.start + len(ln.text) if ln.text else ln.end, ln.text))
        return
    tags = [m.start("tag") for at in cuts if (m := TRAILING_TAG.search(ln.text, 0, at))]
    pos = 0
    for at in sorted(set(cuts + tags)) + [len(ln.text)]:
        if at > pos:
            out.append(TextLine(len(out), ln.start + pos, ln.start + at, ln.text[pos:at]))
        pos = at
    if not ln.text:
        out.append(TextLine(len(out), ln.start, ln.end, ln.text))
