"""The segmentation held-out set (tests/data/segment_heldout/*.yaml): documents written in
conventions the bundled corpus does not show, typeset to PDF, extracted and segmented like any
document, and scored against what a reader annotated.

Each YAML file gives ``doc`` (a document-sheet row), ``pages`` (paragraphs as [style, text]) and
``expected`` items: ``kind`` (verbatim/turn: someone's words; moderator/narrative: not), a
``snippet`` of the item's text, optional ``also`` snippets that must fall in the same segment
(a turn over several paragraphs), and the ``speaker``, ``role`` and ``region`` a reader gives it.

Scores: an expected verbatim/turn is found (TP) when its snippet lies in a verbatim or turn
segment (and its ``also`` snippets in the same one), else missed (FN); every verbatim/turn
segment that holds no expected verbatim/turn is a false positive (FP). F1 = 2TP/(2TP+FP+FN).
Speaker, role and region are compared on found items (speakers compared without case, accents,
spaces or punctuation or a leading civility, "Entretien n°3" = "E3", "Mme Hélène Roussel" =
"Hélène Roussel").

    PYTHONPATH=src python tests/heldout.py [DIR]   # prints the scores table
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
HELDOUT_DIR = HERE / "data" / "segment_heldout"
GAZETTEER_PATH = HERE.parent / "config" / "gazetteer.csv"
SPEECH = ("verbatim", "turn")
FIELDS = ("speaker", "role", "region")


def load(path: Path) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def segment_document(spec: dict, workdir: Path) -> tuple[str, list[dict]]:
    """Typeset, extract and segment one held-out document: (text.txt, segments)."""
    from pdfgen import make_pdf

    from corpus import extract, segment
    from corpus import io as cio

    doc = {"title": "", "authors": "", "year": "", "venue": "", "url": "", "license": "",
           "language": "fr", "file": "", **{k: v or "" for k, v in spec["doc"].items()}}
    pages = [[(text, style) for style, text in page] for page in spec["pages"]]
    # (the file's name cut to what a file system takes: a writer's doc_id may run to 250 characters)
    pdf = make_pdf(workdir / f"{doc['doc_id'][:200]}.pdf", pages)
    interim = workdir / doc["doc_id"]
    extract.run(pdf, doc["doc_id"], interim, page_workers=1)
    segment.run(interim, doc, GAZETTEER_PATH)
    text = (interim / "text.txt").read_text(encoding="utf-8")
    return text, cio.read_jsonl(interim / "segments.jsonl")


def _pattern(snippet: str) -> re.Pattern:
    parts = []
    for ch in snippet:
        parts.append(r"\s+" if ch.isspace() else "['’]" if ch in "'’" else re.escape(ch))
    return re.compile("".join(parts))


def find(text: str, snippet: str) -> int | None:
    """Offset of the snippet in text.txt (whitespace and apostrophes loose), None when extraction lost it."""
    m = _pattern(snippet).search(text)
    return m.start() if m else None


def position(text: str, snippet: str) -> int:
    pos = find(text, snippet)
    if pos is None:
        raise AssertionError(f"snippet not in text.txt: {snippet!r}")
    return pos


@functools.lru_cache(maxsize=1)
def _civilities() -> frozenset:
    from corpus.segment import conventions as cv

    return frozenset(cv.CIVILITIES)


def norm_speaker(s: str) -> str:
    from corpus.text import strip_accents

    s = strip_accents((s or "").lower())
    # "Entretien 3" = "Entretien n°3" = "E3" = "Ent. 3" (the word abbreviated with its period, s55)
    s = re.sub(r"ent(?:retien\s*|\.\s*)(?:n\s*°?\s*)?(?=\d)", "e", s)
    # "Mme Hélène Roussel" = "Hélène Roussel": a civility before a name is no part of who speaks (the
    # sets' annotators differ on keeping it); the civilities are the package's language data (labels.yaml)
    m = re.match(r"([a-z]+)\.?\s+(?=\S)", s)
    if m and m.group(1) in _civilities():
        s = s[m.end():]
    return re.sub(r"[^a-z0-9]+", "", s)


def score(spec: dict, text: str, segments: list[dict]) -> dict:
    starts = [s["char_start"] for s in segments]

    def at(snippet: str) -> int | None:
        pos = find(text, snippet)
        return None if pos is None else bisect.bisect_right(starts, pos) - 1

    tp = fn = 0
    hits = {f: 0 for f in FIELDS}
    claimed: set[int] = set()
    misses: list[str] = []
    for item in spec["expected"]:
        k = at(item["snippet"])
        if k is None:
            # the extraction changed the words (a hyphen joined, a glyph lost): the item is one miss, not
            # the whole document's score
            misses.append(f"LOST {item['kind']} snippet not in text.txt: {item['snippet']!r}")
            fn += item["kind"] in SPEECH
            continue
        seg = segments[k]
        if item["kind"] not in SPEECH:
            if seg["kind"] in SPEECH:
                misses.append(f"FP {seg['kind']} for {item['snippet']!r}")
            continue
        found = seg["kind"] in SPEECH and all(at(s) == k for s in item.get("also", []))
        if not found:
            fn += 1
            misses.append(f"FN {seg['kind']} for {item['snippet']!r}")
            continue
        tp += 1
        claimed.add(k)
        for f in FIELDS:
            want, got = str(item.get(f) or ""), seg[f] or ""
            ok = norm_speaker(got) == norm_speaker(want) if f == "speaker" else got == want
            hits[f] += ok
            if not ok:
                misses.append(f"{f}={got!r} expected {want!r} for {item['snippet']!r}")
    extra = [s for k, s in enumerate(segments) if s["kind"] in SPEECH and k not in claimed and s["text"].strip()]
    misses.extend(f"FP {s['kind']} {s['text'][:60]!r}" for s in extra)
    fp = len(extra)
    n_pos = sum(1 for item in spec["expected"] if item["kind"] in SPEECH)
    f1 = 2 * tp / (2 * tp + fp + fn) if (2 * tp + fp + fn) else 1.0
    return {"n": n_pos, "tp": tp, "fp": fp, "fn": fn, "f1": f1,
            **{f: hits[f] / tp if tp else (1.0 if not n_pos else 0.0) for f in FIELDS}, "misses": misses}


def score_dir(directory: Path = HELDOUT_DIR) -> dict[str, dict]:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(directory.glob("*.yaml")):
            spec = load(path)
            text, segments = segment_document(spec, Path(tmp))
            out[path.stem] = score(spec, text, segments)
    return out


def table(results: dict[str, dict]) -> str:
    lines = ["| document | items | TP | FP | FN | F1 | speaker | role | region |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['n']} | {r['tp']} | {r['fp']} | {r['fn']} | {r['f1']:.2f} | "
                     f"{r['speaker']:.2f} | {r['role']:.2f} | {r['region']:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    results = score_dir(Path(sys.argv[1]) if len(sys.argv) > 1 else HELDOUT_DIR)
    print(table(results))
    for name, r in results.items():
        for miss in r["misses"]:
            print(f"  {name}: {miss}")
