"""Timed formats: subtitles (.srt, .vtt), Transcriber (.trs), Praat TextGrid (long and short).

The location unit is the minute. Each turn is one paragraph; its times (and the finer times of
the cues, Sync points or intervals it is made of) go to times.csv.

TextGrids are parsed here rather than with praatio: the long and the short text formats are the
same token stream (praatio is used in the tests to write both), an overlap inside a tier must be
an error naming the tier and the time (praatio's own checks raise their own exception types),
and a 2-hour grid must read in well under a second.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from .base import Para, Transcript, TranscriptError, apply_labels, hint, split_label
from .encoding import decode

SENTENCE_END = re.compile(r"[.!?…»]\s*$")


@dataclass
class Cue:
    t_start: float
    t_end: float
    text: str
    label: str = ""


def merge_cues(cues: list[Cue], labelled: bool) -> list[Para]:
    """Consecutive cues of one speaker make one turn. Without any speaker in the file, cues are
    joined up to a sentence end, so that a paragraph is not a subtitle line."""
    paras: list[Para] = []
    for cue in cues:
        prev = paras[-1] if paras else None
        same = prev is not None and (cue.label == prev.label if labelled and cue.label
                                     else labelled or not SENTENCE_END.search(prev.text))
        if not cue.text.strip():
            continue
        if same:
            start = len(prev.text) + 1
            prev.text += " " + cue.text
            prev.chunks.append((start, len(prev.text), cue.t_start, cue.t_end))
            prev.t_end = cue.t_end
        else:
            paras.append(Para(cue.text, cue.label, t_start=cue.t_start, t_end=cue.t_end,
                              chunks=[(0, len(cue.text), cue.t_start, cue.t_end)]))
    return paras


# ---- .srt and .vtt --------------------------------------------------------------------------

CUE_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})"
TIMING = re.compile(r"^\s*" + CUE_TIME + r"\s*-->\s*" + CUE_TIME)
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")   # <i>, </v>, <c.x>, <00:01.000>, {\an8}


def _cue_seconds(groups: tuple) -> float:
    h, m, s, ms = groups
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def _voices(line: str, voice: str) -> list[tuple[str, str]]:
    """(voice, text) parts of a cue line: "<v Anne>Oui.</v> <v Paul>Non." is two speakers."""
    parts, pos = [], 0
    for m in VOICE.finditer(line):
        parts.append((voice, line[pos:m.start()]))
        voice, pos = " ".join(m.group(1).split()), m.end()
    parts.append((voice, line[pos:]))
    return parts


def read_subtitles(path: Path) -> Transcript:
    fmt = path.suffix.lower().lstrip(".")
    text = decode(path.read_bytes(), path.name).replace("\r\n", "\n").replace("\r", "\n")
    if fmt == "vtt" and not text.lstrip().startswith("WEBVTT"):
        raise TranscriptError(path.name, "not a WebVTT file (no WEBVTT header)")
    audit: list[dict] = []
    cues: list[Cue] = []
    n_tags = 0
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        timing_at = next((i for i, ln in enumerate(lines) if TIMING.match(ln)), None)
        if timing_at is None:
            continue   # WEBVTT header, NOTE, STYLE, REGION blocks
        m = TIMING.match(lines[timing_at])
        t0, t1 = _cue_seconds(m.groups()[:4]), _cue_seconds(m.groups()[4:])
        if t1 < t0:
            raise TranscriptError(path.name, f"cue ending before it starts at line "
                                             f"{text[:text.find(lines[timing_at])].count(chr(10)) + 1}")
        voice = ""
        for ln in lines[timing_at + 1:]:
            parts = _voices(ln, voice)
            voice = parts[-1][0]   # a voice runs on to the cue's next lines
            for who, piece in parts:
                clean_piece, n = TAG.subn("", piece)
                n_tags += n
                words = " ".join(html.unescape(clean_piece).split())
                if not words:
                    continue
                if cues and cues[-1].t_start == t0 and cues[-1].label == who:
                    cues[-1].text += " " + words
                else:
                    cues.append(Cue(t0, t1, words, who))
    if n_tags:
        audit.append({"page": 1, "reason": "subtitle_tag", "original": f"{n_tags} tag(s)",
                      "replacement": ""})
    speakers: list[dict] = []
    voices = [c.label for c in cues if c.label]
    if voices:
        for name in dict.fromkeys(voices):
            speakers.append(hint(name, "vtt_voice"))
    else:
        # no voice tags: labels typed in the cue text ("SPEAKER_01: …", "[Enquêteur] …")
        paras = apply_labels([Para(c.text) for c in cues], [])
        if len(paras) == len(cues) and any(p.label for p in paras):
            for cue, para in zip(cues, paras):
                m = split_label(cue.text) if para.label else None
                if para.label and m:
                    audit.append({"page": int(cue.t_start // 60) + 1, "reason": "label_in_cue",
                                  "original": para.label, "replacement": para.label + " :"})
                cue.text, cue.label = para.text, para.label
    labelled = any(c.label for c in cues)
    return Transcript(fmt, "minute", merge_cues(cues, labelled), audit, speakers)


# ---- Transcriber .trs -----------------------------------------------------------------------

def read_trs(path: Path) -> Transcript:
    from lxml import etree

    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True,
                                                      load_dtd=False)).getroot()
    except etree.XMLSyntaxError as exc:
        raise TranscriptError(path.name, f"not well-formed Transcriber XML ({str(exc)[:120]})") from None
    if root.tag != "Trans":
        raise TranscriptError(path.name, f"not a Transcriber file (root element <{root.tag}>, expected <Trans>)")
    names: dict[str, str] = {}
    speakers: list[dict] = []
    for sp in root.iter("Speaker"):
        sid = sp.get("id", "")
        name = " ".join((sp.get("name") or sid).split())
        names[sid] = name
        speakers.append(hint(name, "trs_speaker"))
    audit: list[dict] = []
    paras: list[Para] = []
    events = 0
    for turn in root.iter("Turn"):
        ids = (turn.get("speaker") or "").split()
        t_turn0 = float(turn.get("startTime") or 0)
        t_turn1 = float(turn.get("endTime") or t_turn0)
        pieces, n_events = _turn_pieces(turn, ids, names, t_turn0)
        events += n_events
        turn_paras: list[Para] = []
        for who_, t0, text in pieces:
            prev = turn_paras[-1] if turn_paras else None
            if prev is not None and prev.label == who_:
                start = len(prev.text) + 1
                prev.text += " " + text
                a, _b, t_prev, _ = prev.chunks[-1]
                if t_prev == t0:   # text around an event, same Sync: one chunk
                    prev.chunks[-1] = (a, len(prev.text), t0, None)
                else:
                    prev.chunks.append((start, len(prev.text), t0, None))
            else:
                turn_paras.append(Para(text, who_, chunks=[(0, len(text), t0, None)]))
        _close_chunks(turn_paras, t_turn1)
        paras.extend(turn_paras)
    if events:
        audit.append({"page": 1, "reason": "transcriber_event",
                      "original": f"{events} event(s)/comment(s) (noise, pauses, remarks)",
                      "replacement": ""})
    warnings = {"transcriber_events": events} if events else {}
    return Transcript("trs", "minute", paras, audit, speakers, warnings)


def _turn_pieces(turn, ids: list[str], names: dict[str, str], t0: float):
    """([(speaker, time, words)], events) of one Turn: text between Sync points, speakers
    switched by Who (overlapping speech), Event/Comment elements counted, not kept."""
    pieces: list[tuple[str, float, str]] = []
    who = names.get(ids[0], ids[0]) if ids else ""
    now, events = t0, 0
    for el in turn.iter():
        if el is not turn:
            if el.tag == "Sync":
                now = float(el.get("time") or now)
            elif el.tag == "Who":
                nb = int(el.get("nb") or 1)
                who = names.get(ids[nb - 1], ids[nb - 1]) if 0 < nb <= len(ids) else who
            elif el.tag in ("Event", "Comment", "Background"):
                events += 1
        text = turn.text if el is turn else el.tail
        if text and text.strip():
            pieces.append((who, now, " ".join(text.split())))
    return pieces, events


def _close_chunks(paras: list[Para], end: float) -> None:
    chunks = [(p, i) for p in paras for i in range(len(p.chunks))]
    chunks.sort(key=lambda pc: pc[0].chunks[pc[1]][2])
    starts = sorted({p.chunks[i][2] for p, i in chunks})
    for p, i in chunks:
        a, b, t0, _ = p.chunks[i]
        later = [t for t in starts if t > t0]   # overlapping speech (Who) shares its Sync
        p.chunks[i] = (a, b, t0, max(t0, later[0] if later else end))
    for p in paras:
        if p.chunks:
            p.t_start, p.t_end = p.chunks[0][2], max(c[3] for c in p.chunks)


# ---- Praat TextGrid -------------------------------------------------------------------------

TOKEN = re.compile(r'"((?:[^"]|"")*)"|\[\s*\d*\s*\]|(<exists>|<absent>)|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)')


def _tokens(text: str) -> list:
    """Strings, numbers and flags of a TextGrid; labels ("xmin =", "item [1]:") are skipped,
    so the long and the short formats give the same stream."""
    out = []
    for m in TOKEN.finditer(text):
        if m.group(1) is not None:
            out.append(m.group(1).replace('""', '"'))
        elif m.group(2):
            out.append(m.group(2))
        elif m.group(3):
            out.append(float(m.group(3)))
    return out


def read_textgrid(path: Path) -> Transcript:
    text = decode(path.read_bytes(), path.name, allow_utf16=True)
    tokens = _tokens(text)
    name = path.name
    try:
        if tokens[:2] != ["ooTextFile", "TextGrid"]:
            raise TranscriptError(name, "not a Praat TextGrid text file (no 'ooTextFile' / 'TextGrid' header)")
        pos = 4     # header, xmin, xmax
        if tokens[pos] != "<exists>":
            raise TranscriptError(name, "TextGrid without tiers")
        n_tiers = int(tokens[pos + 1])
        pos += 2
        tiers = []
        for _ in range(n_tiers):
            kind, tier_name = tokens[pos], str(tokens[pos + 1])
            n = int(tokens[pos + 4])
            pos += 5
            width = 3 if kind == "IntervalTier" else 2
            if pos + n * width > len(tokens):
                raise IndexError(pos + n * width)
            items = [tokens[pos + i * width: pos + (i + 1) * width] for i in range(n)]
            pos += n * width
            tiers.append((kind, tier_name, items))
    except (IndexError, TypeError, ValueError):
        raise TranscriptError(name, "truncated or malformed TextGrid (fewer values than its "
                                    "tier and interval counts announce)") from None
    cues: list[tuple[float, int, Cue]] = []
    speakers: list[dict] = []
    skipped_points = 0
    for index, (kind, tier_name, items) in enumerate(tiers):
        if kind != "IntervalTier":
            skipped_points += sum(1 for it in items if str(it[1]).strip())
            continue
        speakers.append(hint(tier_name, "textgrid_tier"))
        last_end = None
        for x0, x1, mark in items:
            x0, x1 = float(x0), float(x1)
            if x1 < x0:
                raise TranscriptError(name, f"interval ending before it starts in tier "
                                            f"'{tier_name}' at {x0:g} s")
            if last_end is not None and x0 < last_end - 1e-6:
                raise TranscriptError(name, f"overlapping intervals in tier '{tier_name}' at "
                                            f"{x0:g} s (the previous one ends at {last_end:g} s)")
            last_end = x1
            words = " ".join(str(mark).split())
            if words:
                cues.append((x0, index, Cue(x0, x1, words, tier_name)))
    cues.sort(key=lambda c: (c[0], c[1]))
    warnings = {"textgrid_point_marks_skipped": skipped_points} if skipped_points else {}
    paras = merge_cues([c for _, _, c in cues], labelled=True)
    return Transcript("textgrid", "minute", paras, [], speakers, warnings)
