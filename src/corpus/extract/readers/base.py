"""What every reader returns (paragraphs with speaker labels and times) and the writer that turns
it into the interim contract shared with PDF extraction.

text.txt holds one paragraph per line; a speaker turn is ``LABEL : text`` with the label as the
format names the speaker. Timestamps never enter text.txt: they go to times.csv (char range ->
seconds). pages.csv keeps its columns but ``page`` is the *location unit* named in status.json
(``paragraph``: the paragraph number in the source file, for word processors and plain text;
``minute``: the minute of the recording the paragraph starts in, counted from 1 — page 1 is
00:00-00:59 — for timed formats).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ... import io as cio
from ...errors import InputError
from ...text import fold
from .. import clean
from ..quality import garbled_share

TIMES_COLUMNS = cio.TIMES_COLUMNS
SPEAKERS_HINT_COLUMNS = cio.SPEAKERS_HINT_COLUMNS
LABEL_SEPARATOR = " : "


class TranscriptError(InputError):
    """A transcript file cannot be read (corrupt archive, bad XML, overlapping intervals...)."""


@dataclass
class Para:
    """One paragraph of the source: its text (label excluded), who speaks, when."""
    text: str
    label: str = ""                       # the speaker as the format names them; "" = none
    styles: list[str] | None = None       # one style per character of text ("", italic, bold...)
    heading: int = 0                      # heading level from the format (0: body paragraph)
    location: int = 0                     # paragraph number in the source (word processors)
    t_start: float | None = None
    t_end: float | None = None
    # finer timing inside text: (start, end, t_start, t_end), offsets in ``text``
    chunks: list[tuple[int, int, float, float | None]] = field(default_factory=list)
    # a turn joined from several source paragraphs: (offset in text, location) of each
    parts: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Transcript:
    fmt: str                              # docx, odt, txt, md, srt, vtt, trs, textgrid
    unit: str                             # "paragraph" or "minute"
    paras: list[Para]
    audit: list[dict] = field(default_factory=list)     # page (location), reason, original, replacement
    speakers: list[dict] = field(default_factory=list)  # declared by the format (SPEAKERS_HINT_COLUMNS)
    warnings: dict[str, object] = field(default_factory=dict)


@dataclass
class Written:
    text: str
    pages: list[dict]
    styles: list[dict]
    structure: list[dict]
    audit: list[dict]
    times: list[dict]
    speakers: list[dict]
    n_turns: int
    turn_chars: int = 0        # characters on the lines of speaker turns


# ---- the interviewer -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def interviewer_vocabulary() -> tuple[frozenset, frozenset]:
    import yaml

    path = Path(__file__).with_name("interviewer_words.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(map(fold, data["words"])), frozenset(map(fold, data["codes"]))


def is_interviewer(*names: str) -> bool:
    """Whether a label (or a speaker attribute) names the interviewer or moderator."""
    words, codes = interviewer_vocabulary()
    for name in names:
        parts = [re.sub(r"\d+$", "", w) for w in re.findall(r"\w+", fold(name or ""))]
        parts = [p for p in parts if p]
        if any(p in words for p in parts):
            return True
        # a code alone ("INT"), or after the person's name ("Sonia B. (ENQ)", "S. Branca enq.")
        if parts and parts[-1] in codes:
            return True
    return False


def role_in_name(name: str) -> str:
    """Role words written into a speaker's name: "Anne, infirmière", "E30 (coordinatrice)"."""
    m = re.search(r"\(([^()]+)\)\s*$", name) or re.search(r",\s*(.+)$", name)
    return m.group(1).strip() if m else ""


def hint(code: str, source: str, role_raw: str | None = None, moderator: bool | None = None) -> dict:
    """A speakers_hint.csv row; role_raw defaults to the role words in the name."""
    role_raw = role_in_name(code) if role_raw is None else role_raw
    mod = is_interviewer(code, role_raw) if moderator is None else moderator
    return {"code": code, "role_raw": role_raw, "region": "", "place": "",
            "moderator": 1 if mod else 0, "source": source}


# ---- labels written in the text (word processors, plain text, subtitles) ----------------------

# A timestamp as transcribers type it: 00:01:23, 1:02:03.5, [00:12], (01:02:03), #00:01:23-4#
TIME_CORE = r"(?P<h>\d{1,2}:)?(?P<m>\d{1,2}):(?P<s>\d{2})(?P<f>[.,]\d{1,3})?(?:-\d{1,3})?"
TIMESTAMP = re.compile(r"(?P<open>[\[(#]?)\s*" + TIME_CORE + r"\s*(?P<close>[\])#]?)")
LEADING_TIME = re.compile(r"^\s*" + TIMESTAMP.pattern + r"\s*[-–—]?\s*")
# the end of a time range: TIME_CORE with its groups renamed (h2, m2, s2, f2)
RANGE_END = r"(?:\s*[-–—]\s*" + re.sub(r"\?P<(\w+)>", r"?P<\g<1>2>", TIME_CORE) + r")"
# "(0:09 - 1:44)", "[00:01:02 – 00:01:10]": the range transcription exports put after a label
LEADING_RANGE = re.compile(r"^\s*(?P<open>[\[(#]?)\s*" + TIME_CORE + RANGE_END
                           + r"\s*(?P<close>[\])#]?)\s*[-–—]?\s*")
# "Marie (00:03:12) :", "Marie [12:03]:" — a bracketed time between a label and its colon
LABEL_TIME = re.compile(r"^(?P<label>[^\s:\[\]{}«»\"“”.!?;…][^:\[\]{}«»\"“”!?;…]{0,39}?)\s*"
                        r"(?P<open>[\[(#])\s*" + TIME_CORE + RANGE_END + r"?\s*(?P<close>[\])#])\s*(?=:)")
# "[Enquêteur] text", "[Enquêteur] : text", "[Enquêteur]" alone
BRACKET_LABEL = re.compile(r"^\[(?P<label>[^\[\]\n]{1,40})\]\s*:?\s*(?P<rest>.*)$", re.DOTALL)
# "Enquêteur : text", "Marie (infirmière) : text", "Enquêteur :" alone
COLON_LABEL = re.compile(r"^(?P<label>[^\s:\[\]{}«»\"“”.!?;…][^:\[\]{}«»\"“”!?;…]{0,39}?)\s*:(?:\s+(?P<rest>.*)|\s*$)", re.DOTALL)
LABEL_MAX_WORDS = 5
LABEL_MIN_USES = 2   # a label used once is more likely prose ("Remarque : …") than a speaker


def seconds(m: re.Match, end: str = "") -> float:
    """The time a match names; ``end="2"``: the end of its range."""
    h, f = m.group("h" + end), m.group("f" + end)
    hours = int(h[:-1]) if h else 0
    frac = float("0." + f[1:]) if f else 0.0
    return hours * 3600 + int(m.group("m" + end)) * 60 + int(m.group("s" + end)) + frac


def range_end(m: re.Match) -> float | None:
    return seconds(m, "2") if "m2" in m.re.groupindex and m.group("m2") else None


def leading_time(text: str) -> re.Match | None:
    """A time range or a timestamp at the start of ``text``, its brackets balanced."""
    for pattern in (LEADING_RANGE, LEADING_TIME):
        m = pattern.match(text)
        if m and _balanced(m):
            return m
    return None


def _balanced(m: re.Match) -> bool:
    pairs = {"[": "]", "(": ")", "#": "#", "": ""}
    return pairs.get(m.group("open"), None) == m.group("close")


@dataclass
class LabelMatch:
    label: str
    rest: str                 # the text after the label ("" when the label stands alone)
    body: str                 # the text after a leading timestamp (label included)
    t_start: float | None
    removed: list[tuple[str, str, str]]   # (reason, original, replacement) for the audit
    lead: bool = False        # the paragraph starts with a timestamp (removed[0])
    t_end: float | None = None   # the end of a time range ("[Chercheur] (0:02 - 0:08)")


def split_label(text: str) -> LabelMatch | None:
    """A paragraph's leading speaker label, with the timestamps around it taken out."""
    removed: list[tuple[str, str, str]] = []
    t_start = t_end = None
    led = False
    body = text.strip()
    lead = leading_time(body)
    if lead:
        t_start, t_end, led = seconds(lead), range_end(lead), True
        removed.append(("timestamp", lead.group(0).strip(), ""))
        body = body[lead.end():]
    inner = LABEL_TIME.match(body)
    if inner and _balanced(inner):
        if t_start is None:
            t_start, t_end = seconds(inner), range_end(inner)
        removed.append(("timestamp", body[inner.end("label"):inner.end()].strip(), ""))
        body = inner.group("label") + body[inner.end():]
    m = BRACKET_LABEL.match(body)
    bracket = bool(m)
    if not m:
        m = COLON_LABEL.match(body)
    if not m:
        if t_start is not None:
            return LabelMatch("", "", body, t_start, removed, True, t_end)
        return None
    label, rest = m.group("label").strip(), (m.group("rest") or "").strip()
    if not label or TIMESTAMP.fullmatch(label) or len(label.split()) > LABEL_MAX_WORDS \
            or not re.search(r"[^\W_]", label):
        return LabelMatch("", "", body, t_start, removed[:1], True, t_end) if led else None
    lead = leading_time(rest)
    # a bare time after "Marie :" may be prose ("10:30 on commence"); after "[Marie]", or
    # alone after the label, it is the turn's timestamp
    if lead and (lead.group("open") or bracket or not rest[lead.end():].strip()):
        if t_start is None:
            t_start, t_end = seconds(lead), range_end(lead)
        removed.append(("timestamp", lead.group(0).strip(), ""))
        rest = rest[lead.end():]
    if bracket:
        removed.append(("label_brackets", f"[{label}]", label + LABEL_SEPARATOR.rstrip()))
    return LabelMatch(label, rest, body.strip(), t_start, removed, led, t_end)


def label_shape(label: str) -> str:
    """A label without its numbers: "P12" and "P3" are one series, like "SPEAKER_00" and "_01"."""
    return re.sub(r"[\s_#-]*\d+", "", fold(label)).strip()


def bold_label(para: Para) -> LabelMatch | None:
    """A label set in bold at the start of a paragraph without a colon ("**Enquêteur** Bonjour"):
    the bold run, if short, followed by plain text."""
    styles, text = para.styles, para.text
    if not styles or len(styles) != len(text):
        return None
    start = len(text) - len(text.lstrip())
    end = start
    while end < len(text) and "bold" in styles[end]:
        end += 1
    label = text[start:end].strip(" \t-–—:")
    rest = text[end:].lstrip(" \t-–—:").rstrip()
    if (end == start or not rest or not label or len(label) > 40 or len(label.split()) > LABEL_MAX_WORDS
            or not re.search(r"[^\W_]", label) or "bold" in (styles[-1] or "")):
        return None
    return LabelMatch(label, rest, text.strip(), None,
                      [("label_bold", text[start:end].strip(), label + LABEL_SEPARATOR.rstrip())])


def speaker_labels(matches: list[LabelMatch | None]) -> set[str]:
    """The labels that name speakers: used at least twice, naming the interviewer, or of the
    same series as a label used twice (a participant "P7" who speaks once beside P1...P6)."""
    counts = Counter(fold(m.label) for m in matches if m and m.label)
    series = Counter()
    for key, n in counts.items():
        if n >= LABEL_MIN_USES and re.search(r"\d", key):
            series[label_shape(key)] += 1
    labels = set()
    for m in matches:
        if not (m and m.label):
            continue
        key = fold(m.label)
        if (counts[key] >= LABEL_MIN_USES or is_interviewer(m.label)
                or (re.search(r"\d", key) and series[label_shape(key)])):
            labels.add(m.label)
    return labels


def apply_labels(paras: list[Para], audit: list[dict]) -> list[Para]:
    """Find the speaker labels written at the start of paragraphs and move them into
    ``Para.label``; a label standing alone on its paragraph is joined to the paragraphs below it,
    up to the next label, heading or timestamp (one turn of several paragraphs); timestamps
    around labels (or alone on a paragraph) go to ``t_start``, logged in the audit."""
    matches = [(split_label(p.text) or bold_label(p)) if not p.heading and not p.label else None
               for p in paras]
    labels = speaker_labels(matches)
    # a time at the start of a paragraph is a timestamp when the document uses them (else a
    # clock time in prose, "10:30 : début de la réunion", kept as text)
    timestamps = sum(1 for m in matches if m and m.lead) >= LABEL_MIN_USES
    out: list[Para] = []
    pending: Para | None = None          # a label alone on its paragraph, waiting for its text
    pending_time: float | None = None    # a timestamp alone on its paragraph
    turn: Para | None = None             # the turn opened by a label alone, taking paragraphs

    def log(para: Para, reason: str, original: str, replacement: str) -> None:
        audit.append({"page": para.location, "reason": reason, "original": original,
                      "replacement": replacement})

    for para, m in zip(paras, matches):
        labelled = m is not None and m.label in labels
        timed = m is not None and m.lead and timestamps
        if turn and not (labelled or timed) and para.text.strip() and not para.heading:
            log(para, "label_join", turn.label, turn.label + LABEL_SEPARATOR + para.text.strip()[:40])
            _join(turn, para)
            continue
        if para.text.strip():
            turn = None
        if labelled or timed:
            for reason, original, replacement in (m.removed if labelled else m.removed[:1]):
                log(para, reason, original, replacement)
            rest = m.rest if labelled else m.body
            t = m.t_start if m.t_start is not None else pending_time
            if not rest.strip():
                if labelled:
                    if pending:
                        out.append(pending)
                    pending = Para("", m.label, location=para.location, t_start=t, t_end=m.t_end)
                else:
                    pending_time = t
                continue
            label = m.label if labelled else ""
            t_end = para.t_end if para.t_end is not None else m.t_end
            if pending and not labelled:
                label, t = pending.label, pending.t_start if pending.t_start is not None else t
                t_end = pending.t_end if pending.t_end is not None else t_end
                log(para, "label_join", label, label + LABEL_SEPARATOR + rest[:40])
            elif pending:
                out.append(pending)
            out.append(Para(rest, label, _tail_styles(para, rest), 0, para.location, t,
                            t_end, para.chunks))
            turn = out[-1] if pending and not labelled else None
            if turn:
                turn.parts = _label_parts(pending, para)
            pending, pending_time = None, None
            continue
        if pending and para.text.strip() and not para.heading:
            log(para, "label_join", pending.label,
                pending.label + LABEL_SEPARATOR + para.text.strip()[:40])
            t = pending.t_start if pending.t_start is not None else para.t_start
            t_end = pending.t_end if pending.t_end is not None else para.t_end
            out.append(Para(para.text, pending.label, para.styles, 0, pending.location, t,
                            t_end, para.chunks))
            turn = out[-1]
            turn.parts = _label_parts(pending, para)
            pending, pending_time = None, None
            continue
        if pending:
            out.append(pending)
            pending = None
        if pending_time is not None and para.t_start is None:
            para.t_start = pending_time
        pending_time = None
        out.append(para)
    if pending:   # a label with nothing after it: kept, nothing lost
        out.append(pending)
    return out


def _label_parts(label: Para, para: Para) -> list[tuple[int, int]]:
    """A label alone on its paragraph keeps its own paragraph number (offset -1: the label)."""
    return [(-1, label.location), (0, para.location)] if label.location != para.location else []


def _join(turn: Para, para: Para) -> None:
    """Append a paragraph to a turn (a line break between them, styles and chunks kept)."""
    offset = len(turn.text) + 1
    turn.parts = (turn.parts or [(0, turn.location)]) + [(offset, para.location)]
    if turn.styles is not None or para.styles is not None:
        turn.styles = ((turn.styles or [""] * len(turn.text)) + [""]
                       + (para.styles or [""] * len(para.text)))
    turn.chunks = turn.chunks + [(a + offset, b + offset, t0, t1) for a, b, t0, t1 in para.chunks]
    turn.text = turn.text + "\n" + para.text
    if para.t_end is not None:
        turn.t_end = para.t_end


def _tail_styles(para: Para, rest: str) -> list[str] | None:
    """The styles of ``rest``, a suffix of the paragraph's text (up to trailing spaces)."""
    if not para.styles or len(para.styles) != len(para.text):
        return None
    end = len(para.text.rstrip())
    return para.styles[end - len(rest):end]


def end_times(paras: list[Para]) -> None:
    """A paragraph timed by its start only ends where the next timed paragraph starts."""
    following = None
    for para in reversed(paras):
        if para.t_start is not None:
            if para.t_end is None and following is not None and following >= para.t_start:
                para.t_end = following
            following = para.t_start


# ---- writing the interim contract ---------------------------------------------------------------

class _Repairs:
    """Character repairs (nbsp, ligatures, control characters...) tallied per location."""

    def __init__(self):
        self.counts: dict[tuple[int, str], int] = defaultdict(int)

    def add(self, location: int, counts: Counter) -> None:
        for kind, n in counts.items():
            self.counts[(location, kind)] += n

    def rows(self) -> list[dict]:
        return [{"page": loc, "reason": kind, "original": f"{n} character(s)", "replacement": ""}
                for (loc, kind), n in sorted(self.counts.items())]


def _location(para: Para, unit: str, previous: int) -> int:
    if unit == "minute":
        return int(para.t_start // 60) + 1 if para.t_start is not None else max(previous, 1)
    return para.location or previous + 1


def _style_runs(styles: list[str], offset: int) -> list[dict]:
    runs, start, current = [], 0, ""
    for i, st in enumerate(styles + [""]):
        if st != current:
            if current:
                runs.append({"char_start": offset + start, "char_end": offset + i, "style": current})
            start, current = i, st
    return runs


def sections(text: str, headings: list[tuple[int, int, str]]) -> list[dict]:
    """Sections of structure.csv: the body from offset 0, then one per heading of the format.

    A transcript has no cover or front matter: what comes before the first heading is body.
    """
    from ..structure import classify_heading

    rows = []
    starts = [h[0] for h in headings]
    if not starts or starts[0] > 0:
        rows.append({"kind": "body", "level": 0, "heading": "", "char_start": 0,
                     "char_end": starts[0] if starts else len(text)})
    for i, (start, level, heading) in enumerate(headings):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        kind = classify_heading(heading)
        rows.append({"kind": kind if kind in ("notes", "bibliography", "annex") else "body",
                     "level": level, "heading": heading, "char_start": start, "char_end": end})
    for n, row in enumerate(rows, 1):
        row["section_id"] = n
    return rows


def assemble(tr: Transcript) -> Written:
    """The transcript as text.txt and the tables that point into it."""
    repairs = _Repairs()
    lines: list[str] = []
    styles: list[dict] = []
    times: list[dict] = []
    headings: list[tuple[int, int, str]] = []
    spans: dict[int, list[int]] = {}          # location -> [char_start, char_end]
    order: list[int] = []
    used_labels: list[str] = []
    pos, location, n_turns, turn_chars = 0, 0, 0, 0
    for para in tr.paras:
        raw = " ".join(para.text.split("\n"))
        text, char_styles, counts = clean.repair_chars(raw, para.styles if para.styles and
                                                       len(para.styles) == len(raw) else None)
        label = " ".join(para.label.split())
        if not text and not label:
            continue
        location = _location(para, tr.unit, location)
        repairs.add(location, counts)
        prefix = label + LABEL_SEPARATOR if label else ""
        line = (prefix + text) if text else label + LABEL_SEPARATOR.rstrip()
        start, end = pos, pos + len(line)
        if label:
            n_turns += 1
            turn_chars += len(line)
            used_labels.append(label)
        if para.heading:
            headings.append((start, para.heading, line))
        styles.extend(_style_runs(char_styles, start + len(prefix)))
        times.extend(_times(para, raw, text, start, len(prefix), end))
        parts = _part_spans(para, raw, text, start, len(prefix), end) if tr.unit == "paragraph" else []
        for loc, a, b in parts or [(location, start, end)]:
            if loc not in spans:
                spans[loc] = [a, b]
                order.append(loc)
            spans[loc][0] = min(spans[loc][0], a)
            spans[loc][1] = max(spans[loc][1], b)
        lines.append(line)
        pos = end + 1
    text = "\n".join(lines) + ("\n" if lines else "")
    pages = [{"page": loc, "char_start": spans[loc][0], "char_end": spans[loc][1],
              "n_chars": spans[loc][1] - spans[loc][0], "has_text": True,
              "garbled_share": garbled_share(text[spans[loc][0]:spans[loc][1]]),
              "removed_lines": 0} for loc in sorted(order)]
    audit = sorted(tr.audit + repairs.rows(), key=lambda r: r["page"])
    return Written(text, pages, styles, sections(text, headings), audit, times,
                   speaker_hints(tr, used_labels), n_turns, turn_chars)


def _part_spans(para: Para, raw: str, text: str, start: int, prefix: int, end: int) -> list[tuple[int, int, int]]:
    """(location, char_start, char_end) of each source paragraph of a joined turn, mapped like
    times.csv chunks (repairs only collapse spaces or drop control characters)."""
    if len(para.parts) < 2 or not raw:
        return []
    scale = len(text) / len(raw)
    bounds = [start] + [start + prefix + round(max(a, 0) * scale) for a, _loc in para.parts[1:]] + [end + 1]
    return [(loc, bounds[i], bounds[i + 1] - 1) for i, (_a, loc) in enumerate(para.parts)]


def _times(para: Para, raw: str, text: str, start: int, prefix: int, end: int) -> list[dict]:
    """times.csv rows of one line. Chunk offsets are in the raw text; repairs only collapse
    spaces or drop control characters, so offsets are mapped by the share of the text."""
    if para.chunks and raw:
        scale = len(text) / len(raw)
        rows = []
        for i, (a, b, t0, t1) in enumerate(para.chunks):
            a2 = start if i == 0 else start + prefix + round(a * scale)
            b2 = end if i == len(para.chunks) - 1 else start + prefix + round(b * scale)
            if b2 > a2:
                rows.append({"char_start": a2, "char_end": b2, "t_start": t0, "t_end": t1})
        return rows
    if para.t_start is None:
        return []
    return [{"char_start": start, "char_end": end, "t_start": para.t_start, "t_end": para.t_end}]


def speaker_hints(tr: Transcript, used_labels: list[str]) -> list[dict]:
    """Speakers the format declares, then labels found in the text (source ``label``)."""
    rows, seen = [], set()
    for row in tr.speakers:
        if row["code"] not in seen:
            seen.add(row["code"])
            rows.append(row)
    for label in used_labels:
        if label not in seen:
            seen.add(label)
            rows.append(hint(label, "label"))
    return rows


# above this share of its text outside speaker turns, a transcript's labels were mostly missed
# (or it is not a transcript): the segmenter would call that text narrative
NARRATIVE_SHARE_WARNING = 0.5


def narrative_share(written: Written) -> float:
    """The share of a transcript's characters on lines that are not speaker turns."""
    total = sum(len(line) for line in written.text.split("\n"))
    return 1 - written.turn_chars / total if total else 0.0


def _warnings(tr: Transcript, written: Written) -> str:
    items = dict(tr.warnings)
    if not written.n_turns:
        items["no_speaker_labels"] = 1
    else:
        share = narrative_share(written)
        if share > NARRATIVE_SHARE_WARNING:
            items["transcript_narrative_share"] = f"{share:.2f}"
    return "; ".join(f"{k}={v}" for k, v in sorted(items.items()))


def write_outputs(tr: Transcript, doc_id: str, out_dir: str | Path) -> dict:
    written = assemble(tr)
    if not written.text.strip():
        raise TranscriptError(doc_id, "empty transcript (no text)")
    chars = [p["n_chars"] for p in written.pages]
    status = {
        "doc_id": doc_id, "status": "ok", "error": "", "n_pages": len(written.pages),
        "n_chars": len(written.text), "empty_pages": [],
        "garbled_share": garbled_share(written.text),
        "no_text_layer_pages": [], "garbled_pages": [], "low_text_pages": [],
        "chars_per_page_median": statistics.median(chars) if chars else 0,
        "quality": "ok", "warnings": _warnings(tr, written), "location_unit": tr.unit,
        "format": tr.fmt, "n_turns": written.n_turns, "n_speakers": len(written.speakers),
    }
    cio.write_extraction(out_dir, status, written.text, pages=written.pages, styles=written.styles,
                         audit=written.audit, structure=written.structure, times=written.times,
                         speakers_hint=written.speakers)
    return status


def write_error(doc_id: str, out_dir: str | Path, message: str, unit: str) -> dict:
    status = {"doc_id": doc_id, "status": "error", "error": message, "n_pages": 0, "n_chars": 0,
              "empty_pages": [], "garbled_share": 0.0, "warnings": "", "location_unit": unit}
    cio.write_extraction(out_dir, status)
    return status
