"""Corpus-wide tables from the per-document interim artefacts."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from . import io as cio
from .confounding import confounding_rows, stratified_rows
from .io import SPEAKER_KINDS
from .stats import per_10k, specificity

CONTENT_EXCLUDED_POS = {"PUNCT", "SPACE", "SYM", "X"}
SCOPES = ("verbatims", "all_text")


def _is_word(tok: dict) -> bool:
    # OCR/layout debris (nlp.is_noise) is not text anyone wrote: it must not dilute rates
    return tok["pos"] not in CONTENT_EXCLUDED_POS and tok.get("is_noise") != "1"


def words_per_segment(tokens_path: Path) -> Counter:
    """Words (tokens that are not punctuation, symbols or debris) per segment of tokens.csv;
    only the three columns it needs are read (the thesis has 290,000 token rows)."""
    import csv

    counts: Counter = Counter()
    cio.check_file(tokens_path)
    with open(tokens_path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows, [])
        seg, pos, noise = (header.index(c) for c in ("segment_id", "pos", "is_noise"))
        for row in rows:
            if _is_word({"pos": row[pos], "is_noise": row[noise]}):
                counts[row[seg]] += 1
    return counts


def load_document(interim_root: Path, doc_id: str) -> dict:
    """A document's interim data; a missing or damaged file makes the document an error (named
    in its row), never a silently shorter count, and never stops the other documents."""
    from .errors import CorpusError

    try:
        return _load_document(interim_root, doc_id)
    except CorpusError as exc:
        status = {"status": "error", "error": str(exc)}
        try:
            status = {**cio.read_status(Path(interim_root) / doc_id), **status}
        except CorpusError:
            pass
        return {"status": status, "segments": [], "words": Counter(), "hits": []}


def _load_document(interim_root: Path, doc_id: str) -> dict:
    d = Path(interim_root) / doc_id
    status = cio.read_status(d)
    ok = status.get("status") == "ok"
    return {
        "status": status,
        "segments": cio.read_jsonl(cio.interim_path(d, "segments")) if ok else [],
        "words": words_per_segment(cio.interim_path(d, "tokens")) if ok else Counter(),
        # absent before the theme stage ran; deleted after it wrote it (a sidecar left): an error
        "hits": (cio.read_csv(cio.interim_path(d, "theme_hits"))
                 if ok and (cio.interim_path(d, "theme_hits").exists()
                            or cio.sidecar_path(cio.interim_path(d, "theme_hits")).exists()) else []),
        "times": read_times(d) if ok else [],
    }


def read_times(interim_dir: Path) -> list[tuple[int, int, str, str]]:
    """times.csv of a timed transcript (absent or empty for other documents), by char_start."""
    path = cio.interim_path(interim_dir, "times")
    if not path.exists():
        return []
    return sorted((int(r["char_start"]), int(r["char_end"]), r["t_start"], r["t_end"])
                  for r in cio.read_csv(path))


def segment_times(times: list[tuple[int, int, str, str]], start: int, end: int) -> dict:
    """t_start, t_end (seconds) of the char range [start, end): from the earliest to the latest
    timed range it overlaps; empty when nothing overlaps (PDFs, untimed paragraphs)."""
    import bisect

    i = max(0, bisect.bisect_right(times, (start, float("inf"))) - 1)
    t0 = t1 = None
    for a, b, ts, te in times[i:]:
        if a >= end:
            break
        if b <= start:
            continue
        if ts != "":
            t0 = float(ts) if t0 is None else min(t0, float(ts))
        if te != "" or ts != "":
            t1 = max(t1 if t1 is not None else 0.0, float(te or ts))
    return {"t_start": t0, "t_end": t1}


def build_tables(sheet: list[dict], interim_root: str | Path, out_dir: str | Path,
                 theme_ids: list[str], parts: tuple[str, ...] = ("base", "themes"),
                 coding: dict | None = None) -> dict[str, int]:
    """The corpus tables. ``parts``: "base" (documents, segments, verbatims, speakers) and/or
    "themes" (theme hits, per-segment coding, agreement, theme group tables), written by two
    workflow rules so that editing a lexicon re-runs only the second. ``coding``: themes,
    centroids, params, model, seed for corpus.themes.coding.code_corpus (default: the rule alone,
    its defaults without vectors or human coding)."""
    interim_root, out_dir = Path(interim_root), Path(out_dir)
    doc_rows, seg_rows, verb_rows, hit_rows, declared_rows = [], [], [], [], []
    # token counts per segment, for group sizes
    words_per_segment: dict[str, int] = {}
    seg_info: dict[str, dict] = {}
    for doc in sheet:
        doc_id = doc["doc_id"]
        data = load_document(interim_root, doc_id)
        status = data["status"]
        counts = data["words"]
        words_per_segment.update(counts)
        segments = data["segments"]
        for s in segments:
            seg_info[s["segment_id"]] = s
            timing = segment_times(data["times"], int(s["char_start"]), int(s["char_end"]))
            seg_rows.append({**{k: s.get(k, "") for k in cio.SEGMENTS_COLUMNS}, **timing})
            if s["kind"] in SPEAKER_KINDS:
                verb_rows.append({**s, "page": s["page_start"], **timing})
            elif s["kind"] == "other" and s.get("speaker"):
                declared_rows.append(s)
        hit_rows.extend(data["hits"])
        doc_rows.append({
            "doc_id": doc_id, "title": doc["title"], "year": doc["year"], "kind": doc["kind"],
            "region": doc["region"], "n_pages": status.get("n_pages", 0),
            "n_chars": status.get("n_chars", 0), "n_tokens": sum(counts.values()),
            "n_segments": len(segments),
            "n_verbatims": sum(1 for s in segments if s["kind"] in SPEAKER_KINDS),
            "status": status.get("status", "error"), "error": status.get("error", ""),
            "warnings": status.get("warnings", ""),
            "note": document_note(status, segments),
            # what n_pages counts: paragraphs or minutes of a transcript are not pages
            "location_unit": status.get("location_unit") or "page",
        })
    written = {}
    if "base" in parts:
        written["documents"] = _write(out_dir / "documents.csv", doc_rows, cio.DOCUMENTS_COLUMNS)
        written["segments"] = _write(out_dir / "segments.csv", seg_rows, cio.SEGMENTS_COLUMNS)
        written["verbatims"] = _write(out_dir / "verbatims.csv", verb_rows, cio.VERBATIMS_COLUMNS)
        written["speakers"] = _write(out_dir / "speakers.csv", speaker_rows(verb_rows, words_per_segment, declared_rows),
                                     cio.SPEAKERS_COLUMNS)
    if "themes" not in parts:
        return written
    from .themes.coding import DEFAULT_PARAMS, code_corpus

    # without a coding configuration: the rule alone, without vectors (no model to read them from)
    coding = coding or {"themes": {t: {} for t in theme_ids}, "centroids": {},
                        "params": {**DEFAULT_PARAMS, "coder": "lexicon"}, "model": "", "seed": 0}
    seg_themes, agreement = code_corpus(interim_root, [d["doc_id"] for d in sheet],
                                        coding["themes"], coding["centroids"], coding["params"],
                                        coding["model"], coding["seed"])
    written["segment_themes"] = _write(out_dir / "segment_themes.csv", seg_themes,
                                       cio.SEGMENT_THEMES_COLUMNS)
    written["agreement"] = _write(out_dir / "agreement.csv", agreement, cio.AGREEMENT_COLUMNS)
    hit_rows.sort(key=lambda h: (h["doc_id"], int(h["char_start"]), h["theme"]))
    written["theme_hits"] = _write(out_dir / "theme_hits.csv", hit_rows, cio.THEME_HITS_COLUMNS)
    for group, key in (("document", "doc_id"), ("region", "region"), ("role", "role")):
        rows = theme_group_rows(seg_info, words_per_segment, hit_rows, key, theme_ids,
                                seg_themes)
        cols = [key] + cio.THEME_GROUP_COLUMNS
        written[f"themes_by_{group}"] = _write(out_dir / f"themes_by_{group}.csv", rows, cols)
    written["confounding"] = _write(out_dir / "confounding.csv", confounding_rows(verb_rows),
                                    cio.CONFOUNDING_COLUMNS)
    written["themes_stratified"] = _write(
        out_dir / "themes_stratified.csv",
        stratified_rows(seg_info, words_per_segment, hit_rows, theme_ids), cio.THEMES_STRATIFIED_COLUMNS)
    return written


def document_note(status: dict, segments: list[dict]) -> str:
    """Said beside n_verbatims = 0 so that finding nothing is never silent."""
    if status.get("status") == "ok" and not any(s["kind"] in SPEAKER_KINDS for s in segments):
        return NO_ITEMS_NOTE
    return ""


NO_ITEMS_NOTE = "no quotes or turns found"


def _write(path: Path, rows: list[dict], columns: list[str]) -> int:
    cio.write_csv(path, rows, columns)
    return len(rows)


def speaker_rows(verb_rows: list[dict], words_per_segment: dict[str, int],
                 declared: list[dict] = ()) -> list[dict]:
    """One row per speaker of verbatims/turns, plus speakers a document declares (a focus
    group's participant table, segments of kind "other" with a speaker) who never speak."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in verb_rows:
        if v.get("speaker"):
            groups[(v["doc_id"], v["speaker"])].append(v)
    rows = []
    for d in declared:
        if d.get("speaker") and (d["doc_id"], d["speaker"]) not in groups:
            groups[(d["doc_id"], d["speaker"])] = []
            rows.append({"doc_id": d["doc_id"], "speaker": d["speaker"], "role": d.get("role", ""),
                         "region": d.get("region", ""), "n_turns": 0, "n_words": 0})
    for (doc_id, speaker), items in groups.items():
        if not items:
            continue
        role = Counter(i["role"] for i in items).most_common(1)[0][0]
        region = Counter(i["region"] for i in items).most_common(1)[0][0]
        rows.append({
            "doc_id": doc_id, "speaker": speaker, "role": role, "region": region,
            "n_turns": len(items),
            "n_words": sum(words_per_segment.get(i["segment_id"], 0) for i in items),
        })
    rows.sort(key=lambda r: (r["doc_id"], _natural(r["speaker"])))
    return rows


def _natural(label: str):
    import re

    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", label)]


def theme_group_rows(seg_info, words_per_segment, hits, key, theme_ids,
                     segment_themes=()) -> list[dict]:
    """Per scope, group and theme: hits (lexicon matches) and coded segments (segments coded
    with the theme in segment_themes.csv, out of the group's segments in the coding scope).
    With segment_themes, only its segments count (body text: no contents, front matter,
    bibliography or notes), for hits and tokens alike."""
    rows = []
    body = {st["segment_id"] for st in segment_themes}
    for scope in SCOPES:
        def in_scope(seg):
            if body and seg["segment_id"] not in body:
                return False
            return scope == "all_text" or seg["kind"] in SPEAKER_KINDS

        group_tokens: Counter = Counter()
        for seg_id, seg in seg_info.items():
            if in_scope(seg):
                group_tokens[seg.get(key, "")] += words_per_segment.get(seg_id, 0)
        group_hits: Counter = Counter()
        for h in hits:
            seg = seg_info.get(h["segment_id"])
            if seg is not None and in_scope(seg):
                group_hits[(seg.get(key, ""), h["theme"])] += 1
        coded: Counter = Counter()
        coded_scope: Counter = Counter()
        for st in segment_themes:
            seg = seg_info.get(st["segment_id"])
            if seg is not None and in_scope(seg):
                coded_scope[(seg.get(key, ""), st["theme"])] += 1
                coded[(seg.get(key, ""), st["theme"])] += int(st["coded"])
        N = sum(group_tokens.values())
        for theme in theme_ids:
            K = sum(v for (g, t), v in group_hits.items() if t == theme)
            for group in sorted(group_tokens):
                n = group_tokens[group]
                if n == 0:
                    continue
                k = group_hits[(group, theme)]
                rows.append({
                    key: group, "scope": scope, "theme": theme, "hits": k, "tokens": n,
                    "per_10k": per_10k(k, n), "specificity": specificity(k, n, K, N),
                    "coded_segments": coded[(group, theme)],
                    "segments": coded_scope[(group, theme)],
                    "coded_share": (coded[(group, theme)] / coded_scope[(group, theme)]
                                    if coded_scope[(group, theme)] else 0.0),
                })
    rows.sort(key=lambda r: (r["scope"], r[key], r["theme"]))
    return rows
