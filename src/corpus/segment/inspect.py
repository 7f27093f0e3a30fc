"""`corpus inspect DOC`: what segmentation finds in a document, before a full run.

Right after `corpus add`: extracts the PDF if there is no interim text yet (into a temporary
folder, so the workflow's own outputs are untouched), then discovers the document's conventions
and segments it (no spaCy model), and reports what a reader checks first: the speaker labels and
which are the moderator's, the attribution forms with an example each, items per page, the share
of text per segment kind, the codes without a role or a region, and a one-line verdict.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from .. import io as cio
from .. import recache
from ..errors import CorpusError
from ..io import SPEAKER_KINDS
from . import conventions as cv
from .regions import load_gazetteer
from .segmenter import Segmenter, build_segments, load_declared, load_notes

UNKNOWN_ROLES = ("", "inconnu")


def _interim(doc: dict, interim_root: Path, corpus_dir: Path, tmp: Path) -> Path:
    """The document's interim folder when extraction already ran, else a fresh extraction."""
    folder = interim_root / doc["doc_id"]
    if (folder / "text.txt").exists() and (folder / "status.json").exists():
        return folder
    from .. import extract

    pdf = corpus_dir / doc["file"]
    if not pdf.exists():
        raise CorpusError(f"{pdf}: file not found (add it with `corpus add`)")
    extract.run(pdf, doc["doc_id"], tmp / doc["doc_id"], page_workers=2)
    return tmp / doc["doc_id"]


def attribution_form(seg: dict) -> str:
    """A name for how an attribution is written: its first characters' shape."""
    t = seg["text"].strip()
    if t and all(c in "⁰¹²³⁴⁵⁶⁷⁸⁹" for c in t):
        return "note call after the quote (who in the note)"
    if cv.INTERVIEW_CODE.fullmatch(t) or cv.LABEL_SHAPES["code"].match(t):
        return "code after the quote"
    if t.startswith(("(", "[")):
        return "parenthesis after the quote"
    if t.startswith(("—", "–", "-")):
        return "dash line under the quote"
    if cv.INTERVIEW_REF.match(t) or cv.ATTRIBUTION.match(t):
        return "interview line under the quote"
    return "line under the quote"


def inspect_document(doc: dict, interim_root, corpus_dir, gazetteer_path, speakers_path=None,
                     conventions_path=None) -> dict:
    """Everything `corpus inspect` prints, as data."""
    cv.configure(str(conventions_path) if conventions_path and Path(conventions_path).exists() else None)
    with tempfile.TemporaryDirectory() as tmp:
        folder = _interim(doc, Path(interim_root), Path(corpus_dir), Path(tmp))
        status = cio.read_status(folder)
        if status.get("status") != "ok":
            raise CorpusError(f"{doc['doc_id']}: extraction failed: {status.get('error', '')}")
        text = cio.read_text(cio.interim_path(folder, "text"))
        pages = cio.read_csv(cio.interim_path(folder, "pages"))
        structure = cio.read_csv(cio.interim_path(folder, "structure"))
        styles_path = cio.interim_path(folder, "styles")
        styles = cio.read_csv(styles_path) if styles_path.exists() else []
        declared = load_declared(folder, doc["doc_id"], speakers_path)
        notes = load_notes(folder)
    gazetteer = load_gazetteer(str(gazetteer_path))
    segmenter = Segmenter(text, doc, structure, styles, gazetteer, None, declared, notes)
    segments = build_segments(segmenter, pages)
    r = summarise(segments, segmenter.labels, len(text), status.get("n_pages", 0))
    r["unit"] = status.get("location_unit") or "page"
    # a transcript is added as kind entretien unless the sheet says otherwise (a .docx memoir)
    kind = doc.get("kind") or ("entretien" if r["unit"] != "page" else "")
    r["interview"] = kind == "entretien"
    r.update(fallback_summary(segmenter))
    # like `corpus segment`: the next inspect (or segment) of this code loads these patterns compiled
    recache.record_bundle("segment")
    return r


def fallback_summary(segmenter) -> dict:
    """What the convention-independent fallbacks found (segment/fallbacks.py): the methods words
    behind the prior, the quotes taken without a known attribution form, the labels of any shape."""
    counts = segmenter.fallback_counts
    return {"qualitative": segmenter.ctx.qualitative, "qualitative_evidence": segmenter.ctx.qualitative_evidence,
            "fallback_quotes": counts["guillemets"] + counts["italic"], "fallback_italic": counts["italic"],
            "fallback_unattributed": counts["unattributed"],
            "fallback_labels": [k for k in segmenter.generic_labels if k in segmenter.labels]}


def fallback_lines(r: dict) -> list[str]:
    """The report's lines on the fallbacks: evidence of the prior, and what it let through."""
    if "qualitative" not in r:
        return []
    evidence = ", ".join(r["qualitative_evidence"][:8]) or "none"
    lines = [f"reports qualitative material: {'yes' if r['qualitative'] else 'no'} (methods words: {evidence})"]
    if r["fallback_quotes"]:
        lines.append(f"  {r['fallback_quotes']} verbatims found by guillemets or italics alone, without a known "
                     f"attribution form ({r['fallback_italic']} in italics); {r['fallback_unattributed']} of them "
                     "with no speaker or role read: declare their speakers in config/speakers.csv")
    if r["fallback_labels"]:
        lines.append(f"  labels of an unlisted shape taking turns: {', '.join(r['fallback_labels'])}")
    return lines


def summarise(segments, labels: dict, n_chars: int, n_pages: int) -> dict:
    segs = [s if isinstance(s, dict) else s.__dict__ for s in segments]
    items = [s for s in segs if s["kind"] in SPEAKER_KINDS]
    per_page = Counter(s["page_start"] for s in items)
    chars = Counter()
    for s in segs:
        chars[s["kind"]] += s["char_end"] - s["char_start"]
    forms: dict[str, str] = {}
    for s in segs:
        if s["kind"] == "attribution":
            forms.setdefault(attribution_form(s), s["text"][:80])
    by_speaker: dict[str, dict] = defaultdict(lambda: {"n": 0, "role": "", "region": ""})
    for s in items:
        if not s["speaker"]:
            continue
        entry = by_speaker[s["speaker"]]
        entry["n"] += 1
        if s["role"] not in UNKNOWN_ROLES:
            entry["role"] = s["role"]
        if s["region"]:
            entry["region"] = s["region"]
    return {
        "n_items": len(items), "n_verbatims": sum(s["kind"] == "verbatim" for s in items),
        "n_turns": sum(s["kind"] == "turn" for s in items), "n_pages": n_pages,
        "labels": sorted(((v.label, len(v.lines), v.kind) for v in labels.values()), key=lambda x: (-x[1], x[0])),
        "forms": forms, "per_page": dict(sorted(per_page.items())),
        "shares": {k: chars[k] / n_chars for k in sorted(chars)} if n_chars else {},
        "speakers": dict(sorted(by_speaker.items())),
        "no_role": sorted(k for k, v in by_speaker.items() if not v["role"]),
        "no_region": sorted(k for k, v in by_speaker.items() if not v["region"]),
    }


# above this share of narrative, an interview's speaker labels were mostly missed
NARRATIVE_SHARE_WARNING = 0.5


def verdict(r: dict) -> str:
    narrative = r["shares"].get("narrative", 0.0)
    if r.get("interview") and narrative > NARRATIVE_SHARE_WARNING:
        return (f"{narrative:.0%} of this interview is narrative (no speaker): its speaker labels "
                "were mostly not found; check the label forms above, or declare them in "
                "config/conventions.yaml")
    if not r["n_items"]:
        return ("no quotes or turns found: if the document has interview material, declare its "
                "conventions in config/conventions.yaml or its speakers in config/speakers.csv")
    parts = [f"{r['n_items']} verbatims and turns from {len(r['speakers'])} named speakers"]
    if r["no_role"]:
        parts.append(f"{len(r['no_role'])} codes without a role: declare them in config/speakers.csv")
    if r["no_region"]:
        parts.append(f"{len(r['no_region'])} codes without a region")
    return "; ".join(parts)


def page_ranges(pages: list[int]) -> str:
    """"92-189, 219, 225-227" from sorted page numbers."""
    out, start, prev = [], None, None
    for p in pages + [None]:
        if start is not None and (p is None or p != prev + 1):
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = None
        if p is not None and start is None:
            start = p
        prev = p
    return ", ".join(out)


def pages_summary(per_page: dict[int, int], n_pages: int, unit: str = "page") -> str:
    if not per_page:
        return "none"
    top = max(per_page.items(), key=lambda kv: (kv[1], -kv[0]))
    one, many = cio.location_noun(unit, plural=False), cio.location_noun(unit)
    return (f"on {len(per_page)} of {n_pages} {many} (at most {top[1]}, {one} {top[0]}); "
            f"{many} {page_ranges(sorted(per_page))}")


def report(doc_id: str, r: dict) -> str:
    unit = r.get("unit", "page")
    lines = [f"{doc_id}: {r['n_pages']} {cio.location_noun(unit)}, {r['n_verbatims']} verbatims, "
             f"{r['n_turns']} turns"]
    lines.append("speaker labels (count, kind):")
    lines += [f"  {label!r:<24} {n:>5}  {kind}" for label, n, kind in r["labels"]] or ["  none"]
    lines.append("attribution forms (an example each):")
    lines += [f"  {form}: {example}" for form, example in sorted(r["forms"].items())] or ["  none"]
    lines.append(f"items per {cio.location_noun(unit, plural=False)}:")
    lines.append("  " + pages_summary(r["per_page"], r["n_pages"], unit))
    lines.append("share of text per segment kind:")
    lines += [f"  {k:<12} {v:6.1%}" for k, v in r["shares"].items()]
    lines.append(f"codes without a role: {', '.join(r['no_role']) or 'none'}")
    lines.append(f"codes without a region: {', '.join(r['no_region']) or 'none'}")
    lines += fallback_lines(r)
    lines.append(f"verdict: {verdict(r)}")
    return "\n".join(lines)

