"""Agreement between a human coding and the tool, per theme.

A human coding is read from a CSV (doc_id, char_start, char_end, code; offsets into text.txt) or
from a REFI-QDA project (.qdpx) exported by a QDA tool (QualCoder, NVivo, ATLAS.ti, MAXQDA):
its PlainTextSelections with their Coding/CodeRef. A segment is in the coded sample when one
human selection covers most of it (``min_cover``); it is positive for a theme when a selection
coded with that theme overlaps it. Codes that are not theme ids (e.g. ``none``, or another
code of the QDA project) put a segment in the sample without any theme.

Statistics: precision, recall, F1, Cohen's kappa and the confusion counts from scikit-learn
(sklearn.metrics); Gwet's AC1 by its formula, because none of the project's libraries has it.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from .lexicon import entry_key

QDA_NS = "urn:QDA-XML:project:1.0"
AGREEMENT_METHODS = ("lexicon", "model")


@dataclass(frozen=True)
class Selection:
    doc_id: str
    char_start: int
    char_end: int
    code: str


# ---- statistics --------------------------------------------------------------------------------
def gwet_ac1(human: list[int], tool: list[int]) -> float:
    """Gwet's AC1 for two raters and two categories (Gwet 2008, eq. 18):
    pa = observed agreement; pi = mean of the two raters' prevalences; pe = 2 pi (1 - pi);
    AC1 = (pa - pe) / (1 - pe). Defined as 1 when pe = 1 (cannot happen with 0 < pi < 1)."""
    n = len(human)
    if n == 0:
        return float("nan")
    pa = sum(1 for h, t in zip(human, tool) if h == t) / n
    pi = (sum(human) / n + sum(tool) / n) / 2
    pe = 2 * pi * (1 - pi)
    return 1.0 if pe == 1 else (pa - pe) / (1 - pe)


def agreement_row(theme: str, method: str, human: list[int], tool: list[int]) -> dict:
    """One row of agreement.csv. Kappa is 0 where scikit-learn leaves it undefined (one
    rater constant), so that a table never shows NaN; precision/recall 0 when undefined."""
    import math

    from sklearn.metrics import (
        cohen_kappa_score,
        confusion_matrix,
        precision_recall_fscore_support,
    )

    n = len(human)
    if n == 0:
        return {"theme": theme, "method": method, "n": 0}
    tn, fp, fn, tp = confusion_matrix(human, tool, labels=[0, 1]).ravel()
    p, r, f, _ = precision_recall_fscore_support(human, tool, labels=[1], average="binary",
                                                 pos_label=1, zero_division=0)
    if len(set(human) | set(tool)) < 2:
        kappa = 1.0  # both raters gave the same single value everywhere: perfect agreement
    else:
        kappa = cohen_kappa_score(human, tool, labels=[0, 1])
        kappa = 0.0 if math.isnan(kappa) else kappa
    return {
        "theme": theme, "method": method, "n": n,
        "prevalence_human": sum(human) / n, "prevalence_tool": sum(tool) / n,
        "precision": float(p), "recall": float(r), "f1": float(f),
        "kappa": float(kappa), "ac1": gwet_ac1(human, tool),
        "tp": int(tp), "fp": int(fp), "fn": int(fn), "tn": int(tn),
    }


# ---- reading a human coding --------------------------------------------------------------------
def read_coding(path: str | Path, themes: dict) -> list[Selection]:
    """Selections of a human coding (CSV or .qdpx); codes mapped to theme ids where they name
    a theme (by id or label, case and accents ignored)."""
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: human coding not found (config coding: human)")
    if path.suffix.lower() == ".qdpx":
        raw = read_qdpx(path)
    else:
        raw = read_coding_csv(path)
    return [Selection(s.doc_id, s.char_start, s.char_end, theme_of_code(s.code, themes))
            for s in raw]


def theme_of_code(code: str, themes: dict) -> str:
    key = entry_key(code.strip())
    for theme, spec in themes.items():
        if key in (entry_key(theme), entry_key(str(spec.get("label", "")))):
            return theme
    return code.strip()


def read_coding_csv(path: Path) -> list[Selection]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("".join(lines)))
    missing = {"doc_id", "char_start", "char_end", "code"} - set(reader.fieldnames or [])
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    out = []
    for i, row in enumerate(reader, start=2):
        try:
            start, end = int(row["char_start"]), int(row["char_end"])
        except ValueError:
            raise CorpusError(f"{path}: row {i}: char_start/char_end must be integers") from None
        if end <= start:
            raise CorpusError(f"{path}: row {i}: char_end must be greater than char_start")
        out.append(Selection(row["doc_id"], start, end, row["code"]))
    return out


def read_qdpx(path: Path) -> list[Selection]:
    """PlainTextSelections of a REFI-QDA project: source name = doc_id (as corpus.qdpx names
    them), positions = character offsets into the source text, codes by their name."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("project.qde")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise CorpusError(f"{path}: not a REFI-QDA project ({exc})") from None
    try:
        root = etree.fromstring(xml)
    except etree.XMLSyntaxError as exc:
        raise CorpusError(f"{path}: project.qde: {exc}") from None
    ns = {"q": QDA_NS}
    code_name = {c.get("guid"): c.get("name", "") for c in root.iterfind(".//q:Code", ns)}
    # corpus.qdpx carries the tool's own codings, made by its user "corpus": not human coding
    tool_users = {u.get("guid") for u in root.iterfind(".//q:Users/q:User", ns)
                  if u.get("id") == "corpus"}
    out = []
    for src in root.iterfind(".//q:TextSource", ns):
        doc_id = src.get("name", "")
        for sel in src.iterfind("q:PlainTextSelection", ns):
            try:
                start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            except (TypeError, ValueError):
                raise CorpusError(f"{path}: selection {sel.get('guid')}: bad positions") from None
            for coding in sel.iterfind("q:Coding", ns):
                user = coding.get("creatingUser") or sel.get("creatingUser")
                if user in tool_users:
                    continue
                for ref in coding.iterfind("q:CodeRef", ns):
                    name = code_name.get(ref.get("targetGUID"))
                    if name is not None:
                        out.append(Selection(doc_id, start, end, name))
    return out


# ---- human labels per segment ------------------------------------------------------------------
def human_labels(selections: list[Selection], segments: list[dict], theme_ids: list[str],
                 min_cover: float = 0.5) -> dict[str, dict[str, int]]:
    """{segment_id: {theme: 0/1}} for the segments in the coded sample."""
    by_doc: dict[str, list[Selection]] = {}
    for s in selections:
        by_doc.setdefault(s.doc_id, []).append(s)
    labels: dict[str, dict[str, int]] = {}
    for seg in segments:
        sels = by_doc.get(seg["doc_id"])
        if not sels:
            continue
        start, end = int(seg["char_start"]), int(seg["char_end"])
        length = max(1, end - start)
        overlapping = [s for s in sels if s.char_start < end and start < s.char_end]
        covered = any((min(end, s.char_end) - max(start, s.char_start)) / length > min_cover
                      for s in overlapping)
        if covered:
            codes = {s.code for s in overlapping}
            labels[seg["segment_id"]] = {t: int(t in codes) for t in theme_ids}
    return labels


def agreement_rows(human: dict[str, dict[str, int]], tool: dict[str, dict[str, int]],
                   theme_ids: list[str], method: str) -> list[dict]:
    ids = sorted(human)
    return [agreement_row(t, method, [human[i][t] for i in ids], [tool[i][t] for i in ids])
            for t in theme_ids]
