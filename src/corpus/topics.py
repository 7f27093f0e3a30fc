"""Topic models (scikit-learn NMF and LDA) over stored lemmas, with model selection on record.

Two corpora are modelled separately: ``verbatims`` (the segments listed in verbatims.csv: quoted
interviewees and speaker turns) and ``body`` (every narrative/verbatim/turn segment lying in a
body section of its document, as delimited by the interim structure.csv). For each corpus the
vocabulary is fitted once; every (model family, k) of the grid reuses the same matrices.

Measures (written to topic_models.csv):
- coherence_npmi: mean NPMI of the top-n term pairs of each topic, co-occurrence counted per
  segment of the same corpus, averaged over topics.
- stability: the reference fit (full corpus, the config seed) against one re-fit per stability
  seed on a random subsample of segments; topics are paired one-to-one (Hungarian matching) and a
  pair's similarity is the share of top-n terms they have in common; averaged over topics and
  seeds.
- baseline_npmi / baseline_npmi_df / baseline_stability: the same measures for k random top-n
  term sets (fixed seed), drawn uniformly from the vocabulary or in proportion to document
  frequency, so a reader sees how far the topics are from chance.
"""

from __future__ import annotations

import bisect
import math
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import io as cio
from . import speedups
from .config import defaults as config_defaults
from .config import section_settings
from .errors import ConfigError, InputError
from .text import fold

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
# Acronyms are kept whatever tag the tagger gave them (it often says X for CPTS, ARS, DGOS).
ACRONYM_POS = CONTENT_POS | {"X"}
PREVALENCE_GROUPS = (("doc_id", "document"), ("region", "region"), ("role", "role"))

TOPIC_MODELS_COLUMNS = cio.TOPIC_MODELS_COLUMNS + [
    "corpus", "n_segments", "n_terms", "baseline_npmi", "baseline_npmi_df", "baseline_stability",
]
TOPICS_COLUMNS = cio.TOPICS_COLUMNS + ["corpus"]
REPRESENTATIVES_COLUMNS = [
    "model", "topic", "rank", "segment_id", "share", "corpus", "doc_id", "role", "region", "text",
]


def prevalence_columns(group: str) -> list[str]:
    return [group, "model", "topic", "share", "n_segments", "corpus"]


# Defaults of every setting: the `default:` of the topics section of corpus/schemas/config.schema.yaml
# (one place; config.yaml overrides them, the report lists them).
DEFAULTS = config_defaults("topics")


def settings(params: dict | None) -> dict:
    """The topics section of the config over the defaults; unknown keys are a config error."""
    return section_settings("topics", params, DEFAULTS)


def choice_rule(params: dict | None) -> str:
    """The selection rule as a sentence with the parameter values the code applies."""
    s = settings(params)
    text = " ".join(str(s["choice_rule"]).split()) or (
        "Per corpus and model family: among the k whose stability is at least min_stability, "
        "the smallest k whose coherence_npmi is within coherence_tolerance of the best; "
        "if no k is stable enough, the most stable k.")
    return f"{text} (min_stability = {s['min_stability']}, coherence_tolerance = {s['coherence_tolerance']})"


# ---- vocabulary --------------------------------------------------------------------------

def spacy_stop_words() -> frozenset:
    """spaCy's French stop list (read from its file without importing spacy.lang.fr, which
    compiles the tokenizer's exception patterns, unless CORPUS_SPEEDUPS says otherwise)."""
    return speedups.fr_stop_words()


def stopword_set(extra=()) -> frozenset:
    """spaCy's French stop words plus the configured ones, accent- and case-folded."""
    return frozenset(fold(w) for w in (*spacy_stop_words(), *extra))


def is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def term_of(text: str, lemma: str, pos: str, is_stop: str, stop: frozenset) -> str | None:
    """The term a token contributes to the document-term matrix, or None.

    Acronyms keep their written form (the lemmatiser turns DGOS into 'dgo'); other words give
    their lower-cased lemma when it is a content word of three letters or more, not a stop word.
    """
    if is_acronym(text):
        return text if pos in ACRONYM_POS and fold(text) not in stop else None
    if pos not in CONTENT_POS or is_stop == "1":
        return None
    term = lemma.lower()
    if len(term) < 3 or not term.replace("-", "").isalpha() or fold(term) in stop:
        return None
    return term


TOKEN_FIELDS = ["segment_id", "text", "lemma", "pos", "is_stop"]


def segment_bags(tokens, wanted: set[str], stop: frozenset,
                 labels: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Content terms per wanted segment, in text order.

    ``tokens`` yields (segment_id, text, lemma, pos, is_stop) tuples. ``labels`` maps a turn's
    segment_id to its speaker label, which is not part of what was said.
    """
    labels = labels or {}
    bags: dict[str, list[str]] = {}
    memo: dict[tuple, str | None] = {}  # the same word forms recur thousands of times
    for sid, text, lemma, pos, is_stop in tokens:
        if sid not in wanted or text == labels.get(sid):
            continue
        key = (text, lemma, pos, is_stop)
        if key not in memo:
            memo[key] = term_of(text, lemma, pos, is_stop, stop)
        if memo[key] is not None:
            bags.setdefault(sid, []).append(memo[key])
    return bags


def read_tokens(path: Path, wanted: set[str]) -> list[tuple]:
    """(segment_id, text, lemma, pos, is_stop) of the tokens of wanted segments in tokens.csv."""
    import pandas as pd

    if not path.exists() or path.stat().st_size == 0:
        return []
    cio.check_file(path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=TOKEN_FIELDS, encoding="utf-8")
    frame = frame[frame["segment_id"].isin(wanted)]
    return list(zip(*(frame[c].tolist() for c in TOKEN_FIELDS)))


# ---- corpora -----------------------------------------------------------------------------

def section_kinds(segments: list[dict], structure: list[dict]) -> dict[str, str]:
    """Structure kind (front, toc, body, ...) of each segment, from the section its start lies in.

    A segment's own ``section`` field wins when the segmenter filled it with a structure kind.
    A document without any structure is taken as body throughout.
    """
    kinds_known = {"front", "toc", "abstract", "body", "notes", "bibliography", "annex"}
    spans = sorted((int(s["char_start"]), int(s["char_end"]), s["kind"]) for s in structure)
    starts = [a for a, _, _ in spans]
    out = {}
    for seg in segments:
        own = seg.get("section", "")
        if own in kinds_known:
            out[seg["segment_id"]] = own
            continue
        if not spans:
            out[seg["segment_id"]] = "body"
            continue
        pos = int(seg["char_start"])
        i = bisect.bisect_right(starts, pos) - 1
        out[seg["segment_id"]] = spans[i][2] if i >= 0 and pos < spans[i][1] else ""
    return out


def body_segment_ids(segments: list[dict], sections: dict[str, str], body_sections, body_kinds) -> set[str]:
    return {s["segment_id"] for s in segments
            if s["kind"] in body_kinds and sections.get(s["segment_id"]) in body_sections}


# ---- matrix ------------------------------------------------------------------------------

@dataclass
class Matrix:
    """One corpus's document-term matrices; rows are segments in ``ids`` order."""

    name: str
    ids: list[str]
    n_terms_per_segment: np.ndarray
    vocab: np.ndarray
    counts: object  # scipy.sparse CSR, term counts
    tfidf: object
    binary: object  # scipy.sparse CSC of 0/1 (segment contains term)
    cooc: object  # term x term co-occurrence counts over segments (see cooccurrence)


def build_matrix(name: str, bags: dict[str, list[str]], min_df, max_df, min_terms: int) -> Matrix:
    """Fit the vectorizer once over the segments with at least ``min_terms`` content terms."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    ids = sorted(sid for sid, bag in bags.items() if len(bag) >= min_terms)
    if len(ids) < 2:
        raise InputError(name, f"only {len(ids)} segment(s) with {min_terms}+ content terms; too few for topic models")
    vec = CountVectorizer(analyzer=lambda bag: bag, lowercase=False, min_df=min_df, max_df=max_df)
    try:
        counts = vec.fit_transform([bags[i] for i in ids]).tocsr()
    except ValueError as exc:  # every term pruned by min_df/max_df
        raise InputError(name, f"empty vocabulary after frequency bounds ({exc})") from None
    counts.sort_indices()
    tfidf = TfidfTransformer().fit_transform(counts)
    binary = (counts > 0).astype(np.float64).tocsc()
    return Matrix(name, ids, np.array([len(bags[i]) for i in ids]), vec.get_feature_names_out(),
                  counts, tfidf, binary, cooccurrence(binary))


# ---- measures ----------------------------------------------------------------------------

def npmi(n_docs: int, n_a: int, n_b: int, n_ab: int) -> float:
    """Normalised PMI of two terms from document frequencies: log(P(ab)/(P(a)P(b))) / -log P(ab).

    Never co-occurring gives -1; co-occurring in every document gives 1 (the limit).
    """
    if n_ab == 0:
        return -1.0
    if n_ab == n_docs:
        return 1.0
    p_a, p_b, p_ab = n_a / n_docs, n_b / n_docs, n_ab / n_docs
    return math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)


def npmi_array(n_docs: int, n_a: np.ndarray, n_b: np.ndarray, n_ab: np.ndarray) -> np.ndarray:
    """:func:`npmi` over arrays of document frequencies (same conventions)."""
    n_a, n_b, n_ab = (np.asarray(x, dtype=np.float64) for x in (n_a, n_b, n_ab))
    out = np.full(n_ab.shape, -1.0)
    full = n_ab == n_docs
    mid = (n_ab > 0) & ~full
    p_ab = n_ab[mid] / n_docs
    out[mid] = np.log(p_ab / ((n_a[mid] / n_docs) * (n_b[mid] / n_docs))) / -np.log(p_ab)
    out[full] = 1.0
    return out


def cooccurrence(binary):
    """Term x term segment co-occurrence counts (sparse CSR); the diagonal holds document frequencies."""
    from scipy import sparse

    b = sparse.csc_matrix(binary, dtype=np.float64)
    return (b.T @ b).tocsr()


def topic_scores(top_terms, n_docs: int, cooc) -> np.ndarray:
    """Each topic's mean NPMI over all pairs of its terms (column indices); ``top_terms`` is a
    topics x terms array, or a list of equally long term lists."""
    top_terms = np.asarray(top_terms, dtype=np.int64).reshape(len(top_terms), -1)
    a, b = np.triu_indices(top_terms.shape[1], k=1)
    ia, ib = top_terms[:, a].ravel(), top_terms[:, b].ravel()
    owner = np.repeat(np.arange(top_terms.shape[0]), len(a))
    n_topics = top_terms.shape[0]
    df = cooc.diagonal()
    scores = npmi_array(n_docs, df[ia], df[ib], np.asarray(cooc[ia, ib]).ravel())
    n_pairs = np.bincount(owner, minlength=n_topics)
    sums = np.bincount(owner, weights=scores, minlength=n_topics)
    return np.divide(sums, n_pairs, out=np.zeros(n_topics), where=n_pairs > 0)


def npmi_coherence(top_terms: list[list[int]], binary, cooc=None) -> float:
    """Mean over topics of each topic's mean pairwise NPMI, co-occurrence counted per segment.

    ``binary`` is the segment x term 0/1 matrix (sparse or dense); pass ``cooc`` (from
    :func:`cooccurrence`) to reuse the counts across calls.
    """
    if not top_terms:
        return 0.0
    cooc = cooccurrence(binary) if cooc is None else cooc
    return float(topic_scores(top_terms, binary.shape[0], cooc).mean())


def top_term_ids(components: np.ndarray, top_n: int) -> list[list[int]]:
    """Indices of each topic's ``top_n`` heaviest terms; ties go to the earlier term."""
    return [[int(j) for j in np.argsort(-row, kind="stable")[:top_n]] for row in components]


def match_similarity(tops_a: list[list[int]], tops_b: list[list[int]]) -> float:
    """Mean similarity of one-to-one best-matched topics; similarity = shared share of top terms."""
    from scipy.optimize import linear_sum_assignment

    sets_b = [set(t) for t in tops_b]
    sim = np.array([[len(set(a) & b) / max(len(a), 1) for b in sets_b] for a in tops_a])
    rows, cols = linear_sum_assignment(-sim)
    return float(sim[rows, cols].mean()) if len(rows) else 0.0


def stability(reference: list[list[int]], others: list[list[list[int]]]) -> float:
    """Mean best-match similarity between the reference topics and each re-fit's topics."""
    return float(np.mean([match_similarity(reference, o) for o in others])) if others else 1.0


def draw_term_sets(rng, n_sets: int, n_terms: int, size: int, weights=None) -> np.ndarray:
    """n_sets x size distinct term indices per set (sorted): the ``size`` largest random keys.

    Uniform keys give uniform sets; keys u**(1/w) give sampling proportional to w without
    replacement (Efraimidis and Spirakis 2006), the same law as successive weighted draws.
    """
    sets = []
    for start in range(0, n_sets, 256):  # 256 sets at a time bounds the key matrix
        keys = rng.random((min(256, n_sets - start), n_terms))
        if weights is not None:
            keys = np.log(keys) / weights  # the log of u**(1/w): same order, no underflow
        sets.append(np.argpartition(-keys, size - 1, axis=1)[:, :size])
    return np.sort(np.concatenate(sets), axis=1) if sets else np.empty((0, size), dtype=np.int64)


def random_baseline(binary, k: int, top_n: int, draws: int, seed: int, cooc=None) -> dict:
    """Chance levels for k topics of top_n terms, as means over ``draws`` random draws.

    npmi: terms drawn uniformly from the vocabulary; npmi_df: terms drawn with probability
    proportional to their document frequency (frequent terms co-occur by chance more often, so
    this is the harder bar); stability: best-match similarity of two independent uniform draws.
    """
    rng = np.random.default_rng(seed)
    n_docs, n_terms = binary.shape
    size = min(top_n, n_terms)
    cooc = cooccurrence(binary) if cooc is None else cooc
    df = cooc.diagonal()

    def draw(weights=None) -> np.ndarray:
        return draw_term_sets(rng, draws * k, n_terms, size, weights)

    uniform, second, by_df = draw(), draw(), draw(df.astype(np.float64))

    def mean_npmi(sets: np.ndarray) -> float:
        return float(topic_scores(sets, n_docs, cooc).mean())

    def as_topics(sets: np.ndarray, i: int) -> list[list[int]]:
        return sets[i * k:(i + 1) * k].tolist()

    return {"npmi": mean_npmi(uniform), "npmi_df": mean_npmi(by_df),
            "stability": float(np.mean([match_similarity(as_topics(uniform, i), as_topics(second, i))
                                        for i in range(draws)]))}


# ---- fitting -----------------------------------------------------------------------------

def fit(family: str, k: int, seed: int, m: Matrix, s: dict, rows=None, shares: bool = True):
    """(topic x term weights, segment x topic shares or None) of one model.

    ``rows`` subsamples segments; ``shares=False`` skips LDA's extra inference pass when only the
    topics are needed (stability re-fits).
    """
    from sklearn.decomposition import NMF, LatentDirichletAllocation
    from sklearn.exceptions import ConvergenceWarning
    from threadpoolctl import threadpool_limits

    if family == "nmf":
        x = m.tfidf if rows is None else m.tfidf[rows]
        est = NMF(n_components=k, random_state=seed, init="nndsvda", max_iter=int(s["nmf_max_iter"]))
    elif family == "lda":
        x = m.counts if rows is None else m.counts[rows]
        # Batch variational Bayes, pass by pass: partial_fit on all segments with weight 1
        # (learning_decay=0, total_samples = the segments) is exactly the batch M-step, and it
        # skips the perplexity pass fit() ends with, an E-step over every segment whose result
        # is never used here (a quarter of LDA's time; tests check the topics equal fit()'s).
        est = LatentDirichletAllocation(n_components=k, random_state=seed, learning_method="batch",
                                        max_iter=int(s["lda_max_iter"]),
                                        max_doc_update_iter=int(s["lda_doc_iter"]),
                                        mean_change_tol=float(s["lda_doc_tol"]),
                                        learning_decay=0.0, total_samples=x.shape[0],
                                        batch_size=x.shape[0])
    else:
        raise ConfigError(f"config topics: unknown model {family!r} (use nmf, lda)")
    # one BLAS thread: these matrices are small, and extra threads only fight the workers
    with threadpool_limits(1), warnings.catch_warnings():
        # the iteration caps are a deliberate time budget (config), not a fault to report per fit
        warnings.simplefilter("ignore", ConvergenceWarning)
        if family == "lda":
            for _ in range(est.max_iter):
                est.partial_fit(x)
            if not shares:
                return est.components_, None
            doc_topic = est.transform(x)
        else:
            doc_topic = est.fit_transform(x)
    total = doc_topic.sum(axis=1, keepdims=True)
    return est.components_, np.divide(doc_topic, total, out=np.zeros_like(doc_topic), where=total > 0)


def subsample(n: int, fraction: float, seed: int) -> np.ndarray | None:
    if fraction >= 1.0:
        return None
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(n, size=max(2, int(round(n * fraction))), replace=False))


def fittable_ks(m: Matrix, k_grid, fraction: float) -> list[int]:
    """The grid's k that every fit of :func:`evaluate` can take: fewer topics than terms and
    than the segments of the smallest stability re-fit (a small corpus has 10 segments, its
    re-fits 8: k=9 would stop the run)."""
    n_rows = len(m.ids) if fraction >= 1.0 else max(2, int(round(len(m.ids) * fraction)))
    return [k for k in sorted({int(k) for k in k_grid}) if k < min(n_rows, len(m.vocab))]


def evaluate(m: Matrix, family: str, k: int, s: dict, seed: int) -> tuple[dict, tuple]:
    """One grid row and the reference fit (components, shares) for (family, k) on one corpus."""
    top_n = int(s["top_n"])
    comps, shares = fit(family, k, seed, m, s)
    reference = top_term_ids(comps, top_n)
    fraction = float(s["stability_sample"])
    refits = [top_term_ids(fit(family, k, sd, m, s, subsample(len(m.ids), fraction, sd), shares=False)[0], top_n)
              for sd in s["seeds"]]
    row = {"model": family, "k": k, "coherence_npmi": npmi_coherence(reference, m.binary, m.cooc),
           "stability": stability(reference, refits), "chosen": False, "corpus": m.name,
           "n_segments": len(m.ids), "n_terms": len(m.vocab)}
    return row, (comps, shares)


def choose(rows: list[dict], min_stability: float, tolerance: float) -> dict:
    """The chosen row of one (corpus, family) grid, by the rule of :func:`choice_rule`."""
    stable = [r for r in rows if round(r["stability"], cio.FLOAT_DIGITS) >= min_stability]
    if not stable:
        return max(rows, key=lambda r: (round(r["stability"], cio.FLOAT_DIGITS), -r["k"]))
    best = max(round(r["coherence_npmi"], cio.FLOAT_DIGITS) for r in stable)
    near = [r for r in stable if round(r["coherence_npmi"], cio.FLOAT_DIGITS) >= best - tolerance]
    return min(near, key=lambda r: r["k"])


# ---- output tables -----------------------------------------------------------------------

def topic_term_rows(name: str, corpus: str, comps: np.ndarray, vocab, top_n: int) -> list[dict]:
    rows = []
    for t, row in enumerate(comps, 1):
        total = row.sum()
        weights = row / total if total else row
        for rank, j in enumerate(np.argsort(-weights, kind="stable")[:top_n], 1):
            rows.append({"model": name, "topic": t, "rank": rank, "term": vocab[j],
                         "weight": float(weights[j]), "label": "", "corpus": corpus})
    return rows


def representative_rows(name: str, m: Matrix, shares: np.ndarray, seg_by_id: dict, n: int,
                        min_terms: int) -> list[dict]:
    """The ``n`` segments with the highest share of each topic, among those long enough to read.

    Very short segments reach a share of 1 on one term; segments with ``min_terms`` content terms
    come first, then longer before shorter, then segment order.
    """
    rows = []
    long_enough = m.n_terms_per_segment >= min_terms
    for t in range(shares.shape[1]):
        share = np.round(shares[:, t], cio.FLOAT_DIGITS)  # compare what the table shows
        order = sorted(range(len(m.ids)), key=lambda i: (not long_enough[i], -share[i],
                                                         -int(m.n_terms_per_segment[i]), m.ids[i]))
        for rank, i in enumerate(order[:n], 1):
            seg = seg_by_id.get(m.ids[i], {})
            rows.append({"model": name, "topic": t + 1, "rank": rank, "segment_id": m.ids[i],
                         "share": float(shares[i, t]), "corpus": m.name, "doc_id": seg.get("doc_id", ""),
                         "role": seg.get("role", ""), "region": seg.get("region", ""),
                         "text": seg.get("text", "")})
    return rows


def prevalence_rows(name: str, m: Matrix, shares: np.ndarray, seg_by_id: dict, group: str) -> list[dict]:
    """Mean topic share per value of ``group`` (doc_id, region, role), with its segment count."""
    members: dict[str, list[int]] = {}
    for i, sid in enumerate(m.ids):
        members.setdefault(seg_by_id.get(sid, {}).get(group, ""), []).append(i)
    rows = []
    for value in sorted(members):
        idx = members[value]
        means = shares[idx].mean(axis=0)
        for t in range(shares.shape[1]):
            rows.append({group: value, "model": name, "topic": t + 1, "share": float(means[t]),
                         "n_segments": len(idx), "corpus": m.name})
    return rows


# ---- stage -------------------------------------------------------------------------------

def _read_structure(path: Path) -> list[dict]:
    if not path.exists() or path.stat().st_size == 0:
        return []
    return cio.read_csv(path)


def load_corpora(interim_root: str | Path, tables_dir: str | Path, s: dict) -> tuple[list[Matrix], dict, dict]:
    """Each configured corpus's matrices, segment info by id, and {corpus: why skipped}.

    Segment info comes from segments.csv, overlaid with verbatims.csv: verbatims and turns keep
    their speaker's region and role as there (as the theme tables do); other segments without a
    region take their document's (documents.csv), so body text can be compared by region.
    """
    tables_dir, interim_root = Path(tables_dir), Path(interim_root)
    for name in ("segments", "verbatims"):
        if not (tables_dir / f"{name}.csv").exists():
            raise InputError(tables_dir / f"{name}.csv", "missing (run `corpus tables` first)")
    segments = cio.read_csv(tables_dir / "segments.csv")
    verbatims = cio.read_csv(tables_dir / "verbatims.csv")
    doc_region = {}
    if (tables_dir / "documents.csv").exists():
        doc_region = {d["doc_id"]: d.get("region", "") for d in cio.read_csv(tables_dir / "documents.csv")}
    seg_by_id = {r["segment_id"]: {**r, "region": r.get("region") or doc_region.get(r["doc_id"], "")}
                 for r in segments}
    # verbatims.csv is authoritative for who speaks (interviewer turns are left out there)
    for v in verbatims:
        seg_by_id[v["segment_id"]] = {**seg_by_id.get(v["segment_id"], {}), **v}
    wanted: dict[str, set[str]] = {}
    if "verbatims" in s["corpora"]:
        wanted["verbatims"] = {v["segment_id"] for v in verbatims}
    if "body" in s["corpora"]:
        body = set()
        by_doc: dict[str, list[dict]] = {}
        for seg in segments:
            by_doc.setdefault(seg["doc_id"], []).append(seg)
        for doc_id in sorted(by_doc):
            structure = _read_structure(cio.interim_path(interim_root / doc_id, "structure"))
            sections = section_kinds(by_doc[doc_id], structure)
            body |= body_segment_ids(by_doc[doc_id], sections, set(s["body_sections"]), set(s["body_kinds"]))
        wanted["body"] = body
    labels = {sid: seg.get("speaker", "") for sid, seg in seg_by_id.items() if seg.get("kind") == "turn"}
    stop = stopword_set([*s["fillers"], *s["stopwords"]])
    union = set().union(*wanted.values()) if wanted else set()
    doc_ids = sorted({r["doc_id"] for r in segments})
    bags: dict[str, list[str]] = {}
    for doc_id in doc_ids:
        tokens = read_tokens(cio.interim_path(interim_root / doc_id, "tokens"), union)
        bags.update(segment_bags(tokens, union, stop, labels))
    matrices, skipped = [], {}
    for name in s["corpora"]:
        corpus_bags = {sid: bags[sid] for sid in wanted[name] if sid in bags}
        try:
            matrices.append(build_matrix(name, corpus_bags, s["min_df"], s["max_df"], int(s["min_terms"])))
        except InputError as exc:  # a small corpus (few quotes) has no topics, not a failed run
            skipped[name] = exc.problem
    return matrices, seg_by_id, skipped


def _map(func, tasks: list[tuple], n_jobs: int) -> list:
    """func(*task) for every task, in task order, in ``n_jobs`` forked workers (they start with
    scikit-learn imported and the matrices in memory; a spawned worker spends ~2 CPU s importing
    it). Each task has its own fixed seeds, so the results do not depend on the number of workers.
    """
    from .parallel import fork_map

    return fork_map(lambda i: func(*tasks[i]), len(tasks), n_jobs)


def _run_task(kind: str, args: tuple):
    return evaluate(*args) if kind == "fit" else random_baseline(*args)


def run(interim_root: str | Path, tables_dir: str | Path, params: dict, seed: int) -> dict:
    """Fit the grid, choose per (corpus, family), write the six topic tables; return a summary."""
    s = settings(params)
    tables_dir = Path(tables_dir)
    matrices, seg_by_id, skipped = load_corpora(interim_root, tables_dir, s)
    top_n = int(s["top_n"])
    grid_rows, topic_rows, rep_rows = [], [], []
    prev = {group: [] for group, _ in PREVALENCE_GROUPS}
    summary = {"choice_rule": choice_rule(params), "corpora": {}, "skipped": skipped}
    tasks = [(m, family, k) for m in matrices for family in s["models"]
             for k in fittable_ks(m, s["k_grid"], float(s["stability_sample"]))]
    keys = sorted({(m.name, k) for m, _, k in tasks})
    by_name = {m.name: m for m in matrices}
    # one pool for the fits and the chance baselines; the slowest tasks (LDA, large k) first so
    # the workers finish together
    jobs = [("baseline", (by_name[name].binary, k, top_n, int(s["baseline_draws"]), seed, by_name[name].cooc))
            for name, k in keys]
    jobs += [("fit", (*t, s, seed)) for t in tasks]
    order = sorted(range(len(jobs)), key=lambda i: (jobs[i][0] != "fit" or jobs[i][1][1] != "lda",
                                                     -(jobs[i][1][2] if jobs[i][0] == "fit" else 0), i))
    done = dict(zip(order, _map(_run_task, [jobs[i] for i in order], int(s["n_jobs"]))))
    baselines = {key: done[i] for i, key in enumerate(keys)}
    results = [done[len(keys) + i] for i in range(len(tasks))]
    for (m, _, k), (row, _) in zip(tasks, results):
        base = baselines[(m.name, k)]
        row.update(baseline_npmi=base["npmi"], baseline_npmi_df=base["npmi_df"], baseline_stability=base["stability"])
    for m in matrices:
        info = summary["corpora"][m.name] = {"segments": len(m.ids), "terms": len(m.vocab), "chosen": {}}
        for family in s["models"]:
            fits = {k: res for (tm, tf, k), res in zip(tasks, results) if tm is m and tf == family}
            if not fits:
                continue
            rows = [fits[k][0] for k in sorted(fits)]
            best = choose(rows, float(s["min_stability"]), float(s["coherence_tolerance"]))
            best["chosen"] = True
            grid_rows.extend(rows)
            name = f"{family}_k{best['k']}"
            keys = ("k", "coherence_npmi", "stability", "baseline_npmi", "baseline_npmi_df", "baseline_stability")
            info["chosen"][family] = {key: round(best[key], 4) if isinstance(best[key], float) else best[key]
                                      for key in keys}
            comps, shares = fits[best["k"]][1]
            topic_rows.extend(topic_term_rows(name, m.name, comps, m.vocab, top_n))
            rep_rows.extend(representative_rows(name, m, shares, seg_by_id, int(s["n_representatives"]),
                                                int(s["representative_min_terms"])))
            for group, _ in PREVALENCE_GROUPS:
                prev[group].extend(prevalence_rows(name, m, shares, seg_by_id, group))
    cio.write_csv(tables_dir / "topic_models.csv", grid_rows, TOPIC_MODELS_COLUMNS)
    cio.write_csv(tables_dir / "topics.csv", topic_rows, TOPICS_COLUMNS)
    cio.write_csv(tables_dir / "topic_representatives.csv", rep_rows, REPRESENTATIVES_COLUMNS)
    for group, suffix in PREVALENCE_GROUPS:
        cio.write_csv(tables_dir / f"topic_prevalence_by_{suffix}.csv", prev[group], prevalence_columns(group))
    return summary
