"""Text segments the IRaMuTeQ way, and their binary segment x lemma matrix.

A text segment (IRaMuTeQ's "segment de texte", rainette's segment) is about ``segment_size``
words cut preferably at a sentence end, inside one project segment (a verbatim, a turn or a
narrative paragraph of a body section), so that every text segment links back to one verbatim,
speaker and page. The cut follows rainette's ``split_segments``: among the next
segment_size + window words, the cut after word i scores weight(i) / (|i - segment_size| + 1),
where the weight is that of the punctuation ending word i (sentence end 6, colon 5, semicolon
4, comma 1, none 0.01); spaCy's sentence starts count as sentence ends.

Corpora and vocabulary are those of the topic models (``corpus.topics``): the same two corpora
(verbatims, body), the same content-lemma selection, stop words and fillers.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from .. import io as cio
from .. import topics
from ..errors import InputError

PUNCT_WEIGHTS = {".": 6.0, "?": 6.0, "!": 6.0, "…": 6.0, "...": 6.0, ":": 5.0, ";": 4.0, ",": 1.0}
NO_PUNCT = 0.01
TOKEN_FIELDS = ["segment_id", "char_start", "char_end", "text", "lemma", "pos", "is_stop", "sent_start"]


@dataclass
class TextSegments:
    """One corpus's text segments (rows) and binary lemma matrix."""

    corpus: str
    ids: list[str]  # chd_segment: <segment_id>.<n>
    doc_ids: list[str]
    segment_ids: list[str]
    char_start: np.ndarray
    char_end: np.ndarray
    groups: list[tuple]  # consecutive segments of one group may merge into a context unit
    vocab: np.ndarray
    x: sparse.csr_matrix  # binary, segments x vocab
    n_terms: np.ndarray  # content lemma occurrences per segment (before the frequency filter)
    original: np.ndarray  # row whose class a row takes: itself, or the same piece of an earlier copy

    @property
    def distinct(self) -> np.ndarray:
        """Rows that are not repeats (the rows classified and counted)."""
        return np.flatnonzero(self.original == np.arange(len(self.ids)))


def cut_points(weights: list[float], size: int, window: int) -> list[int]:
    """Lengths of the pieces a run of words is cut into (rainette ``split_segments_words``)."""
    n = len(weights)
    if n <= size:
        return [n] if n else []
    span = size + window
    lengths, start = [], 0
    while start < n - span:
        scores = [weights[start + i - 1] / (abs(i - size) + 1) for i in range(1, span + 1)]
        best = int(np.argmax(scores)) + 1  # first maximum
        lengths.append(best)
        start += best
    lengths.append(n - start)
    return lengths


@dataclass
class Word:
    char_start: int
    char_end: int
    term: str | None
    weight: float


def words_of(tokens: list[tuple], label: str, stop: frozenset) -> list[Word]:
    """The words of one project segment with their term (or None) and cut weight.

    ``tokens`` are (char_start, char_end, text, lemma, pos, is_stop, sent_start) in text order.
    Punctuation gives its weight to the word before it; a token opening a sentence gives the
    sentence-end weight to the word before it.
    """
    words: list[Word] = []
    for cs, ce, text, lemma, pos, is_stop, sent_start in tokens:
        if pos in ("PUNCT", "SPACE") or not text.strip():
            if words:
                words[-1].weight = max(words[-1].weight, PUNCT_WEIGHTS.get(text.strip(), NO_PUNCT))
            continue
        if sent_start == "1" and words:
            words[-1].weight = max(words[-1].weight, 6.0)
        if label and text == label:  # a turn's speaker label is not part of what was said
            continue
        words.append(Word(int(cs), int(ce), topics.term_of(text, lemma, pos, is_stop, stop), NO_PUNCT))
    return words


def section_of(segments: list[dict], structure: list[dict]) -> dict[str, str]:
    """The structure section_id each segment starts in ('' outside every section)."""
    spans = sorted((int(s["char_start"]), int(s["char_end"]), s["section_id"]) for s in structure)
    starts = [a for a, _, _ in spans]
    out = {}
    for seg in segments:
        pos = int(seg["char_start"] or 0)
        i = bisect.bisect_right(starts, pos) - 1
        out[seg["segment_id"]] = spans[i][2] if i >= 0 and pos < spans[i][1] else ""
    return out


def corpus_segment_ids(segments: list[dict], verbatims: list[dict], interim_root: Path,
                       topic_settings: dict) -> tuple[dict[str, set[str]], dict[str, str]]:
    """The project segments of each corpus, as the topic models select them, and the structure
    section of every segment."""
    wanted: dict[str, set[str]] = {"verbatims": {v["segment_id"] for v in verbatims}}
    body: set[str] = set()
    section: dict[str, str] = {}
    by_doc: dict[str, list[dict]] = {}
    for seg in segments:
        by_doc.setdefault(seg["doc_id"], []).append(seg)
    for doc_id in sorted(by_doc):
        path = cio.interim_path(interim_root / doc_id, "structure")
        structure = cio.read_csv(path) if path.exists() and path.stat().st_size else []
        sections = topics.section_kinds(by_doc[doc_id], structure)
        section.update(section_of(by_doc[doc_id], structure))
        body |= topics.body_segment_ids(by_doc[doc_id], sections, set(topic_settings["body_sections"]),
                                        set(topic_settings["body_kinds"]))
    wanted["body"] = body
    return wanted, section


def read_tokens(path: Path, wanted: set[str]) -> dict[str, list[tuple]]:
    """Tokens of the wanted segments of one document, grouped by segment, in text order."""
    import pandas as pd

    if not path.exists() or path.stat().st_size == 0:
        return {}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=TOKEN_FIELDS, encoding="utf-8")
    frame = frame[frame["segment_id"].isin(wanted)]
    out: dict[str, list[tuple]] = {}
    for row in zip(*(frame[c].tolist() for c in TOKEN_FIELDS)):
        out.setdefault(row[0], []).append(row[1:])
    return out


def repeats(bags: list[list[str]], shingle: int, share: float) -> np.ndarray:
    """Row whose class each text segment takes: itself, or an earlier segment it repeats.

    A segment repeats earlier text when at least ``share`` of its runs of ``shingle`` consecutive
    content lemmas already occurred (a segment shorter than a run: when the same lemmas occurred
    in the same order); it then follows the earlier segment holding most of those runs. Theses
    quote one interview passage in their results, discussion and abstract, often cut a little
    differently: without this, a few copies of one quote share rare lemmas exclusively and the
    chi2 criterion splits them off as a class of their own. One pass with a hash table: linear.
    """
    first: dict[tuple, int] = {}
    original = np.arange(len(bags), dtype=np.int64)
    for i, bag in enumerate(bags):
        runs = [tuple(bag[k:k + shingle]) for k in range(len(bag) - shingle + 1)] or ([tuple(bag)] if bag else [])
        hits = [first[r] for r in runs if r in first]
        if runs and len(hits) >= share * len(runs):
            values, counts = np.unique(original[hits], return_counts=True)
            original[i] = values[int(np.argmax(counts))]  # ties: the earliest
            continue
        for r in runs:
            first.setdefault(r, i)
    return original


def build(corpus: str, units: list[dict], tokens: dict[str, list[tuple]], stop: frozenset,
          size: int, window: int, min_docfreq: int, shingle: int = 3, repeat_share: float = 0.7) -> TextSegments:
    """Cut each unit (a project segment: dict with doc_id, segment_id, label, group) into text
    segments and build the binary matrix of the lemmas found in ``min_docfreq`` distinct
    segments or more (repeats, see :func:`repeats`, are not counted)."""
    ids, docs, segs, starts, ends, groups, bags = [], [], [], [], [], [], []
    for unit in units:
        words = words_of(tokens.get(unit["segment_id"], []), unit.get("label", ""), stop)
        pos = 0
        for n, length in enumerate(cut_points([w.weight for w in words], size, window), 1):
            piece = words[pos:pos + length]
            pos += length
            ids.append(f"{unit['segment_id']}.{n}")
            docs.append(unit["doc_id"])
            segs.append(unit["segment_id"])
            starts.append(piece[0].char_start)
            ends.append(piece[-1].char_end)
            groups.append(unit["group"])
            bags.append([w.term for w in piece if w.term])
    original = repeats(bags, shingle, repeat_share)
    df: dict[str, int] = {}
    for i, bag in enumerate(bags):
        if original[i] != i:
            continue
        for term in set(bag):
            df[term] = df.get(term, 0) + 1
    vocab = np.array(sorted(t for t, n in df.items() if n >= min_docfreq), dtype=object)
    index = {t: j for j, t in enumerate(vocab)}
    rows, cols = [], []
    for i, bag in enumerate(bags):
        for j in sorted({index[t] for t in bag if t in index}):
            rows.append(i)
            cols.append(j)
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(ids), len(vocab)))
    return TextSegments(corpus, ids, docs, segs, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64),
                        groups, vocab, x, np.array([len(b) for b in bags], dtype=np.int64), original)


def segment_info(tables_dir: Path) -> tuple[list[dict], list[dict], dict[str, dict], dict[str, dict]]:
    """(segments, verbatims, info by segment_id, documents by doc_id) from the corpus tables.

    As for the topic models: verbatims.csv is authoritative for who speaks; a segment without a
    region takes its document's.
    """
    for name in ("segments", "verbatims", "documents"):
        if not (tables_dir / f"{name}.csv").exists():
            raise InputError(tables_dir / f"{name}.csv", "missing (run `corpus tables` first)")
    segments = cio.read_csv(tables_dir / "segments.csv")
    verbatims = cio.read_csv(tables_dir / "verbatims.csv")
    documents = {d["doc_id"]: d for d in cio.read_csv(tables_dir / "documents.csv")}
    info = {r["segment_id"]: {**r, "region": r.get("region") or documents.get(r["doc_id"], {}).get("region", "")}
            for r in segments}
    for v in verbatims:
        info[v["segment_id"]] = {**info.get(v["segment_id"], {}), **v}
    return segments, verbatims, info, documents


def load(interim_root: str | Path, tables_dir: str | Path, corpora: list[str], topic_settings: dict,
         size: int, window: int, min_docfreq: int, shingle: int = 3, repeat_share: float = 0.7) -> tuple[list[TextSegments], dict, dict]:
    """Text segments of each corpus, segment info by id, documents by id."""
    interim_root, tables_dir = Path(interim_root), Path(tables_dir)
    segments, verbatims, info, documents = segment_info(tables_dir)
    wanted, section = corpus_segment_ids(segments, verbatims, interim_root, topic_settings)
    union = set().union(*(wanted[c] for c in corpora))
    tokens: dict[str, list[tuple]] = {}
    for doc_id in sorted({r["doc_id"] for r in segments}):
        tokens.update(read_tokens(cio.interim_path(interim_root / doc_id, "tokens"), union))
    stop = topics.stopword_set([*topic_settings["fillers"], *topic_settings["stopwords"]])
    order = {r["segment_id"]: (r["doc_id"], int(r["char_start"] or 0), r["segment_id"]) for r in segments}
    out = []
    for name in corpora:
        units = []
        for sid in sorted(wanted[name], key=lambda s: order.get(s, ("", 0, s))):
            seg = info.get(sid, {})
            label = seg.get("speaker", "") if seg.get("kind") == "turn" else ""
            # context units never span two speakers (verbatims) or two sections (body text)
            group = (seg.get("doc_id", ""), seg.get("speaker", "")) if name == "verbatims" else \
                (seg.get("doc_id", ""), section.get(sid, ""))
            units.append({"doc_id": seg.get("doc_id", ""), "segment_id": sid, "label": label, "group": group})
        out.append(build(name, units, tokens, stop, size, window, min_docfreq, shingle, repeat_share))
    return out, info, documents
