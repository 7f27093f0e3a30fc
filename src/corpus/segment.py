"""Cleaned text -> segments (narrative, heading, verbatim, turn, attribution) with speakers.

Segments partition text.txt: every character belongs to exactly one segment (the '\\n' that ends
a paragraph belongs to the paragraph's last segment).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from . import io as cio
from .regions import load_gazetteer, resolve_region
from .speakers import normalize_role


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


TURN = re.compile(r"^(?P<label>P\d{1,3}|E\d{1,3}(?:\(\d+\))?|A|Enquêt(?:eur|rice)|Animat(?:eur|rice)|Modérat(?:eur|rice))\s*:?\s*(?=«|[A-ZÀ-Ý\"“])")
INLINE_QUOTE = re.compile(r"«(?P<quote>[^«»]{20,}?)»\s*\((?P<attr>[^()]{3,120})\)")
ATTRIBUTION = re.compile(r"^\(?\s*Entretien\s+n\s*°\s*(?P<num>\d+)\s*[–—-]\s*(?P<rest>.+?)\)?\s*$")
MODERATORS = {"A", "Enquêteur", "Enquêtrice", "Animateur", "Animatrice", "Modérateur", "Modératrice"}


def paragraphs(text: str):
    """(start, end_including_newline, paragraph text) for each line of text.txt."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if end < len(text):
            yield pos, end + 1, line
            pos = end + 1
        else:
            if line:
                yield pos, end, line
            break


def page_of(offset: int, pages: list[dict]) -> int:
    for p in pages:
        if int(p["char_start"]) <= offset < max(int(p["char_end"]), int(p["char_start"]) + 1):
            return int(p["page"])
    best = 0
    for p in pages:
        if int(p["char_start"]) <= offset:
            best = int(p["page"])
    return best or 1


def segment_text(text: str, doc: dict, pages: list[dict], structure: list[dict],
                 gazetteer: dict[str, str]) -> list[Segment]:
    doc_id = doc["doc_id"]
    heading_starts = {int(s["char_start"]): s for s in structure if s.get("heading")}
    excluded = [(int(s["char_start"]), int(s["char_end"])) for s in structure
                if s["kind"] in ("front", "toc", "bibliography")]
    pieces: list[tuple[int, int, str, dict]] = []  # start, end, kind, attrs
    for start, end, para in paragraphs(text):
        section_kind = next((k for k in structure if int(k["char_start"]) <= start < int(k["char_end"])), {})
        in_excluded = any(a <= start < b for a, b in excluded)
        if start in heading_starts:
            pieces.append((start, end, "heading", {}))
            continue
        if in_excluded:
            pieces.append((start, end, "narrative", {}))
            continue
        m = TURN.match(para)
        if m:
            label = m.group("label")
            pieces.append((start, end, "turn", {"speaker": label}))
            continue
        m = ATTRIBUTION.match(para)
        if m:
            pieces.append((start, end, "attribution", {"speaker": f"Entretien n°{m.group('num')}",
                                                       "attr": m.group("rest")}))
            continue
        # inline quotes with a parenthesised attribution
        cursor = start
        for q in INLINE_QUOTE.finditer(para):
            qs, qe = start + q.start(), start + q.end()
            if qs > cursor:
                pieces.append((cursor, qs, "narrative", {}))
            pieces.append((qs, qe, "verbatim", {"attr": q.group("attr")}))
            cursor = qe
        if cursor < end:
            pieces.append((cursor, end, "narrative", {}))
        del section_kind
    # an attribution line gives its identity to the quote paragraph just before it
    segments: list[Segment] = []
    doc_region = doc.get("region", "")
    for n, (start, end, kind, attrs) in enumerate(pieces):
        if kind == "attribution" and segments:
            prev = segments[-1]
            ptext = text[prev.char_start:prev.char_end].strip()
            if ptext.startswith("«") or ptext.startswith("["):
                prev.kind = "verbatim"
                _attribute(prev, attrs.get("speaker", ""), attrs.get("attr", ""), gazetteer, doc_region)
        seg = Segment(
            doc_id=doc_id, segment_id=f"{doc_id}-{n + 1:05d}", kind=kind,
            page_start=page_of(start, pages), page_end=page_of(max(start, end - 1), pages),
            char_start=start, char_end=end, text=text[start:end].strip(),
        )
        if kind in ("verbatim", "turn"):
            _attribute(seg, attrs.get("speaker", ""), attrs.get("attr", ""), gazetteer, doc_region)
        segments.append(seg)
    return segments


def _attribute(seg: Segment, speaker: str, attr: str, gazetteer, doc_region: str) -> None:
    seg.speaker = speaker
    seg.role_raw = attr.split(",")[0].split("–")[0].strip() if attr else ""
    seg.role = "autre" if speaker in MODERATORS else normalize_role(seg.role_raw)
    region, place = resolve_region(attr, gazetteer)
    seg.region = region or doc_region
    seg.place = place


def run(interim_dir: str | Path, doc: dict, gazetteer_path: str | Path) -> list[dict]:
    """The segment stage: reads extract outputs, writes segments.jsonl."""
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "segments")
    if not cio.is_ok(interim_dir):
        cio.write_jsonl(out, [])
        return []
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    pages = cio.read_csv(cio.interim_path(interim_dir, "pages"))
    structure = cio.read_csv(cio.interim_path(interim_dir, "structure"))
    gazetteer = load_gazetteer(str(gazetteer_path))
    records = [asdict(s) for s in segment_text(text, doc, pages, structure, gazetteer)]
    cio.write_jsonl(out, records)
    return records
