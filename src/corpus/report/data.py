"""What the report pages show, read from the tables (results/tables/*.csv), the figures folder
and, for a document's page, its interim folder. Every optional table reads as [] when absent."""

from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote

from .. import io as cio
from ..errors import CorpusError
from ..io import SPEAKER_KINDS
from .html import anchor

SHORT_CHARS = 200  # a verbatim list shows this many characters, the rest under <details>
# The index shows at most this much of a segment even on demand (a topic's representative can
# be a page of narrative); the whole text is one click away, in the document's audit view.
INDEX_FULL_CHARS = 1500
EXAMPLES_PER_CELL = 3  # verbatims shown per group × theme cell of the index page
EXAMPLES_PER_CLASS = 3  # characteristic verbatims per lexicometric class

TABLE_FILES = [
    "documents", "segments", "verbatims", "speakers", "theme_hits", "themes_by_document",
    "themes_by_region", "themes_by_role", "topics", "topic_models", "topic_representatives",
    "topic_prevalence_by_document", "topic_prevalence_by_region", "topic_prevalence_by_role",
    "confounding", "themes_stratified", "segment_themes", "agreement", "chd_segments",
    "chd_classes", "chd_profiles", "chd_top_segments", "afc_eigenvalues", "similarity_edges",
]


def read_table(path: Path) -> list[dict]:
    """Rows of a table, [] when the file is missing or empty (a stage found nothing)."""
    if not path.exists() or path.stat().st_size == 0:
        return []
    return cio.read_csv(path)


def read_tables(tables_dir: Path, names=TABLE_FILES) -> dict[str, list[dict]]:
    if not (tables_dir / "documents.csv").exists():
        raise CorpusError(f"{tables_dir / 'documents.csv'}: missing; run the tables stage first")
    return {name: read_table(tables_dir / f"{name}.csv") for name in names}


def read_interim(folder: Path | None) -> dict:
    """What a document's page needs from its interim folder; missing files read as empty."""
    out = {"text": "", "pages": [], "structure": [], "segments": [], "status": {}}
    if folder is None or not folder.exists():
        return out
    text_path, seg_path = cio.interim_path(folder, "text"), cio.interim_path(folder, "segments")
    out["text"] = cio.read_text(text_path) if text_path.exists() else ""
    out["pages"] = read_table(cio.interim_path(folder, "pages"))
    out["structure"] = read_table(cio.interim_path(folder, "structure"))
    out["segments"] = cio.read_jsonl(seg_path) if seg_path.exists() else []
    status = cio.interim_path(folder, "status")
    out["status"] = cio.read_json(status) if status.exists() else {}
    return out


# ---- links ---------------------------------------------------------------------------------

def source_files(config: dict) -> dict[str, Path]:
    """{doc_id: absolute path of the document file} from the document sheet, {} if unreadable."""
    try:
        from ..documents import load_sheet

        sheet = load_sheet(config["documents"])
    except (KeyError, OSError, CorpusError):
        return {}
    corpus_dir = Path(config.get("corpus_dir", "data/corpus"))
    return {row["doc_id"]: (corpus_dir / row["file"]).absolute() for row in sheet if row.get("file")}


class Links:
    """Relative links from one page (its folder) to document pages, audit anchors and sources."""

    def __init__(self, page_dir: Path, report_dir: Path, sources: dict[str, Path], same_doc: str = ""):
        self.page_dir = page_dir.absolute()
        self.report_dir = report_dir.absolute()
        self.sources = sources
        self.same_doc = same_doc  # on a document's own page its anchors are local

    def rel(self, target: Path) -> str:
        return Path(os.path.relpath(target, self.page_dir)).as_posix()

    def doc_page(self, doc_id: str) -> str:
        return "" if doc_id == self.same_doc else self.rel(self.report_dir / "documents" / f"{doc_id}.html")

    def audit(self, doc_id: str, segment_id: str) -> str:
        return f"{self.doc_page(doc_id)}#{anchor('seg', segment_id)}"

    def page(self, doc_id: str, page) -> str:
        return f"{self.doc_page(doc_id)}#{anchor('p', doc_id, page)}"

    def source(self, doc_id: str, page=None) -> str:
        """The document file at its page: PDF viewers honour #page=N; other formats open whole."""
        path = self.sources.get(doc_id)
        if path is None:
            return ""
        href = self.rel(path)
        if path.suffix.lower() == ".pdf" and str(page or "").isdigit():
            href += f"#page={page}"
        return href

    def place(self, doc_id: str, page) -> str:
        """Where in its source a passage is: 'p.3' in a PDF, '¶3' in a word-processor or text
        transcript (pages.csv counts paragraphs), 'min 3' in a timed one (minutes)."""
        from ..extract.readers import SUFFIXES

        path = self.sources.get(doc_id)
        unit = SUFFIXES.get(path.suffix.lower(), "page") if path else "page"
        return cio.location_label(unit, page)

    def verbatims(self, **filters) -> str:
        query = "&".join(f"{k}={quote(str(v), safe='')}" for k, v in sorted(filters.items()) if v is not None)
        return self.rel(self.report_dir / "verbatims.html") + (f"#{query}" if query else "")


# ---- verbatims -----------------------------------------------------------------------------

def short_text(text: str, limit: int = SHORT_CHARS) -> tuple[str, bool]:
    """The first ``limit`` characters cut at a word boundary, and whether text was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + " …", True


def segment_themes(tables: dict) -> dict[str, list[str]]:
    """{segment_id: themes}: the coded themes of segment_themes.csv when present, else the themes
    with a hit in the segment."""
    out: dict[str, set] = defaultdict(set)
    if tables.get("segment_themes"):
        for r in tables["segment_themes"]:
            if str(r.get("coded", "")) in ("1", "true", "True"):
                out[r["segment_id"]].add(r["theme"])
    else:
        for h in tables.get("theme_hits", []):
            out[h["segment_id"]].add(h["theme"])
    return {k: sorted(v) for k, v in out.items()}


def segment_classes(tables: dict) -> dict[str, list[str]]:
    """{segment_id: ['<corpus> <class>', …]} of the lexicometric classes (0 = unclassified: left out)."""
    out: dict[str, set] = defaultdict(set)
    for r in tables.get("chd_segments", []):
        if str(r.get("class", "0")) not in ("", "0"):
            out[r["segment_id"]].add(class_name(r.get("corpus", ""), r["class"]))
    return {k: sorted(v) for k, v in out.items()}


def class_name(corpus: str, cls) -> str:
    return f"{corpus} {cls}".strip()


def verbatim_item(v: dict, links: Links, themes=(), classes=(), text: str | None = None,
                  max_chars: int | None = None) -> dict:
    """What a verbatim list shows of one verbatim (a row of verbatims.csv or segments.csv);
    ``max_chars`` caps the text shown on demand (the rest: '[…] continued in the audit view')."""
    full = " ".join((v.get("text", "") if text is None else text).split())
    short, cut = short_text(full)
    if max_chars and len(full) > max_chars:
        full = short_text(full, max_chars)[0] + " [continued in the audit view]"
    page = v.get("page") or v.get("page_start") or ""
    return {
        "doc_id": v["doc_id"], "segment_id": v["segment_id"], "kind": v.get("kind", ""),
        "speaker": v.get("speaker", ""), "role": v.get("role", ""), "region": v.get("region", ""),
        "page": page, "place": links.place(v["doc_id"], page), "short": short, "full": full, "cut": cut,
        "audit": links.audit(v["doc_id"], v["segment_id"]), "source": links.source(v["doc_id"], page),
        "themes": list(themes), "classes": list(classes), "time": clock(v.get("t_start")),
    }


def clock(seconds) -> str:
    """'m:ss' (or 'h:mm:ss') of a timed transcript's offset in seconds; '' when untimed."""
    try:
        total = int(float(seconds))
    except (TypeError, ValueError):
        return ""
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def by_segment(rows: list[dict]) -> dict[str, dict]:
    return {r["segment_id"]: r for r in rows}


# ---- theme × group evidence and confounding ----------------------------------------------

def cell_examples(verbatims: list[dict], seg_themes: dict, key: str, limit: int = EXAMPLES_PER_CELL):
    """{(group, theme): (count, first ``limit`` verbatims)} for the verbatims coded with a theme.
    The examples are spread over documents (one per document in turn) so that one long thesis does
    not fill every cell."""
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in verbatims:
        for t in seg_themes.get(v["segment_id"], ()):
            members[(v.get(key, ""), t)].append(v)
    out = {}
    for cell, rows in members.items():
        per_doc: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            per_doc[r["doc_id"]].append(r)
        picked, queues = [], [per_doc[d] for d in sorted(per_doc)]
        while len(picked) < limit and any(queues):
            for q in queues:
                if q and len(picked) < limit:
                    picked.append(q.pop(0))
        out[cell] = (len(rows), picked)
    return out


def confounding_by_group(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r["group_by"]].append({**r, "warn": str(r.get("warning")) == "1",
                                   "share": float(r.get("largest_share") or 0)})
    return out


def stratified_grid(rows: list[dict], key: str) -> dict[str, dict[str, list[dict]]]:
    """{group: {theme: [per-document rows]}} of themes_stratified.csv for one group table."""
    out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r["group_by"] == key:
            out[r["group"]][r["theme"]].append(r)
    return {g: dict(t) for g, t in sorted(out.items())}


# ---- topics ----------------------------------------------------------------------------------

def is_chosen(row: dict) -> bool:
    return str(row.get("chosen", "")).lower() in ("1", "true")


def topic_label(terms: list[str], label: str = "", n: int = 3) -> str:
    """A short name for a topic: its own label if the topics stage gave one, else its top terms."""
    return label or " · ".join(terms[:n])


def choice_reason(row: dict, grid: list[dict], min_stability: float, tolerance: float) -> dict:
    """Why the topics stage chose this row, told from the grid it recorded (topic_models.csv) and
    the rule's settings; nothing is re-selected here. ``flag`` when the choice is below the
    stability threshold."""
    def f(r, c):
        try:
            return float(r.get(c, ""))
        except ValueError:
            return float("nan")

    k, stab, coh = row["k"], f(row, "stability"), f(row, "coherence_npmi")
    stable = [r for r in grid if f(r, "stability") >= min_stability]
    base = f(row, "baseline_npmi")
    chance = f" Chance level for k={k}: coherence {base:.3f}." if not math.isnan(base) else ""
    if stab < min_stability:
        return {"flag": True, "text": (
            f"No k of the grid ({', '.join(r['k'] for r in grid)}) reached the stability threshold "
            f"{min_stability}; k={k} is the most stable ({stab:.2f}). Its topics change from one "
            f"seed to the next: read them as tentative.{chance}")}
    best = max(stable, key=lambda r: f(r, "coherence_npmi"))
    return {"flag": False, "text": (
        f"Stability {stab:.2f} ≥ {min_stability} ({len(stable)} of {len(grid)} k stable enough); "
        f"coherence {coh:.3f}, within {tolerance} of the best stable coherence "
        f"{f(best, 'coherence_npmi'):.3f} (k={best['k']}); the smallest such k.{chance}")}


# ---- lexicometry -------------------------------------------------------------------------------

WORD = re.compile(r"\w+", re.UNICODE)


def characteristic_segments(chd_segments: list[dict], profiles: list[dict], seg_rows: dict,
                            limit: int = EXAMPLES_PER_CLASS) -> dict[tuple[str, str], list[dict]]:
    """{(corpus, class): the ``limit`` text segments most typical of the class}.

    As IRaMuTeQ ranks a class's segments: the sum of the χ² of the class's over-represented
    lemmas the segment contains (here matched on the segment's lower-cased words, since the
    tables keep no lemma per text segment). Verbatims and turns first (they have a speaker),
    then score, then segment order."""
    chi2: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for p in profiles:
        if p.get("kind") == "lemma":
            try:
                value = float(p["chi2"])
            except (KeyError, ValueError):
                continue
            if value > 0:
                chi2[(p.get("corpus", ""), p["class"])][p["item"].lower()] = value
    scored: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for r in chd_segments:
        cls = (r.get("corpus", ""), r["class"])
        if str(r["class"]) in ("", "0"):
            continue
        seg = seg_rows.get(r["segment_id"])
        text = chd_text(r, seg)
        words = set(WORD.findall(text.lower()))
        score = sum(v for w, v in chi2.get(cls, {}).items() if w in words)
        speaking = bool(seg) and seg.get("kind") in SPEAKER_KINDS
        scored[cls].append((not speaking, -score, r["doc_id"], r["chd_segment"], r, text))
    return {cls: [{"row": x[4], "text": x[5], "score": -x[1]} for x in sorted(items, key=lambda x: x[:4])[:limit]]
            for cls, items in scored.items()}


def recorded_top_segments(rows: list[dict], limit: int = EXAMPLES_PER_CLASS) -> dict[tuple[str, str], list[dict]]:
    """{(corpus, class): its first ``limit`` rows of chd_top_segments.csv}, the lexicometry stage's
    own ranking (preferred to :func:`characteristic_segments` when the table exists)."""
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r.get("corpus", ""), r["class"], int(r.get("rank") or 0))):
        key = (r.get("corpus", ""), r["class"])
        if len(out[key]) < limit:
            out[key].append({"row": r, "text": r.get("text", ""), "score": r.get("score", "")})
    return dict(out)


def chd_text(row: dict, seg: dict | None) -> str:
    """The text of a CHD text segment: its span of the segment's text when the offsets fit."""
    if not seg:
        return ""
    text = seg.get("text", "")
    try:
        a = int(row["char_start"]) - int(seg["char_start"])
        b = int(row["char_end"]) - int(seg["char_start"])
    except (KeyError, ValueError):
        return text
    if 0 <= a < b <= len(text) and int(seg["char_end"]) - int(seg["char_start"]) == len(text):
        return text[a:b]
    return text


def profiles_by_class(profiles: list[dict], kind: str, limit: int) -> dict[tuple[str, str], list[dict]]:
    """The ``limit`` items of a kind most over-represented in each class (χ² > 0, p < 0.05)."""
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in profiles:
        if p.get("kind") != kind:
            continue
        try:
            chi2, pval = float(p["chi2"]), float(p.get("p") or 0)
        except (KeyError, ValueError):
            continue
        if chi2 > 0 and pval < 0.05:
            out[(p.get("corpus", ""), p["class"])].append({**p, "chi2_f": chi2})
    return {k: sorted(v, key=lambda p: (-p["chi2_f"], p["item"]))[:limit] for k, v in out.items()}


def figure_files(figures_dir: Path | None, pattern: str) -> list[Path]:
    if figures_dir is None or not figures_dir.exists():
        return []
    return sorted(figures_dir.glob(pattern))


def count_by(rows: list[dict], key: str) -> Counter:
    return Counter(r.get(key, "") for r in rows)


def heat_colour(score: float, limit: float = 10.0) -> str:
    """Background of a specificity cell: red over-, blue under-represented, white near 0; the
    colour saturates at ±``limit`` (|score| ≥ 2 is the usual threshold)."""
    x = max(-1.0, min(1.0, score / limit))
    fade = round(255 * (1 - abs(x)))
    return f"rgb(255,{fade},{fade})" if x > 0 else f"rgb({fade},{fade},255)"


def document_theme_grid(rows: list[dict], theme_ids: list[str], scope: str = "all_text") -> list[dict]:
    """Rows of themes_by_document.csv (one scope) as one line per document for an HTML heatmap:
    a figure would grow with the number of documents, a table stays a few bytes per cell."""
    cells: dict[str, dict] = defaultdict(dict)
    for r in rows:
        if r.get("scope") != scope:
            continue
        spec = float(r.get("specificity") or 0)
        cells[r["doc_id"]][r["theme"]] = {"spec": spec, "rate": float(r.get("per_10k") or 0),
                                          "hits": r.get("hits", ""), "colour": heat_colour(spec)}
    return [{"doc_id": d, "cells": [cells[d].get(t) for t in theme_ids]} for d in sorted(cells)]
