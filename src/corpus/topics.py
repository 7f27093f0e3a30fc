"""Topic models (scikit-learn NMF and LDA) over verbatim lemmas, with selection on record."""

from __future__ import annotations

import math
from itertools import combinations
from pathlib import Path

import numpy as np

from . import io as cio
from .speakers import fold

CONTENT_POS = {"NOUN", "VERB", "ADJ", "PROPN"}
FILLERS = {"euh", "bah", "ben", "hein", "voila", "voilà", "bon", "ouais", "heu", "hum", "quoi", "truc"}
PREVALENCE_GROUPS = ("doc_id", "region", "role")


def segment_documents(segments: list[dict], tokens: list[dict], kinds=("verbatim", "turn")) -> tuple[list[str], list[str]]:
    """(segment ids, space-joined content lemmas) for segments of the given kinds."""
    wanted = {s["segment_id"] for s in segments if s["kind"] in kinds}
    bags: dict[str, list[str]] = {}
    for t in tokens:
        sid = t["segment_id"]
        if sid not in wanted or t["pos"] not in CONTENT_POS or t["is_stop"] == "1":
            continue
        lemma = t["lemma"] if t["lemma"].isupper() else t["lemma"].lower()
        if len(lemma) < 3 or not lemma.replace("-", "").isalpha() or fold(lemma) in FILLERS:
            continue
        bags.setdefault(sid, []).append(lemma)
    ids = sorted(bags)
    return ids, [" ".join(bags[i]) for i in ids]


def npmi_coherence(top_terms: list[list[int]], binary: np.ndarray) -> float:
    """Mean NPMI over term pairs of each topic, from co-occurrence in segments (binary D x V)."""
    n_docs = binary.shape[0]
    scores = []
    for terms in top_terms:
        pair_scores = []
        for a, b in combinations(terms, 2):
            pa = binary[:, a].sum() / n_docs
            pb = binary[:, b].sum() / n_docs
            pab = np.logical_and(binary[:, a], binary[:, b]).sum() / n_docs
            if pab == 0:
                pair_scores.append(-1.0)
            elif pab == 1.0:
                pair_scores.append(1.0)
            else:
                pair_scores.append(math.log(pab / (pa * pb)) / -math.log(pab))
        scores.append(float(np.mean(pair_scores)) if pair_scores else 0.0)
    return float(np.mean(scores)) if scores else 0.0


def fit(model: str, k: int, seed: int, counts, tfidf):
    from sklearn.decomposition import NMF, LatentDirichletAllocation

    if model == "nmf":
        est = NMF(n_components=k, random_state=seed, init="nndsvda", max_iter=400)
        doc_topic = est.fit_transform(tfidf)
    else:
        est = LatentDirichletAllocation(n_components=k, random_state=seed, learning_method="batch", max_iter=50)
        doc_topic = est.fit_transform(counts)
    return est.components_, doc_topic


def stability(components: list[np.ndarray], top_n: int) -> float:
    """Mean best-match Jaccard similarity of top-term sets between the first run and the others."""
    def tops(c):
        return [set(np.argsort(-row)[:top_n]) for row in c]

    ref = tops(components[0])
    sims = []
    for other in components[1:]:
        cand = tops(other)
        for t in ref:
            sims.append(max(len(t & o) / len(t | o) for o in cand))
    return float(np.mean(sims)) if sims else 1.0


def top_term_ids(components: np.ndarray, top_n: int) -> list[list[int]]:
    return [list(np.argsort(-row, kind="stable")[:top_n]) for row in components]


def run(interim_root: str | Path, tables_dir: str | Path, params: dict, seed: int) -> dict:
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

    tables_dir = Path(tables_dir)
    segments = cio.read_csv(tables_dir / "segments.csv")
    doc_ids = sorted({s["doc_id"] for s in segments})
    tokens = []
    for d in doc_ids:
        path = cio.interim_path(Path(interim_root) / d, "tokens")
        if path.exists():
            tokens.extend(cio.read_csv(path))
    ids, docs = segment_documents(segments, tokens)
    top_n = int(params.get("top_n", 10))
    vec = CountVectorizer(token_pattern=r"[^ ]+", lowercase=False,
                          min_df=params.get("min_df", 3), max_df=params.get("max_df", 0.5))
    counts = vec.fit_transform(docs)
    tfidf = TfidfTransformer().fit_transform(counts)
    vocab = vec.get_feature_names_out()
    binary = (counts > 0).toarray()
    seeds = list(params.get("seeds", [seed]))
    grid_rows, fitted = [], {}
    for model in params.get("models", ["nmf", "lda"]):
        for k in params.get("k_grid", [4, 6, 8]):
            comps, doc_topics = [], []
            for s in seeds:
                c, dt = fit(model, k, s, counts, tfidf)
                comps.append(c)
                doc_topics.append(dt)
            coherence = npmi_coherence(top_term_ids(comps[0], top_n), binary)
            stab = stability(comps, top_n)
            fitted[(model, k)] = (comps[0], doc_topics[0])
            grid_rows.append({"model": model, "k": k, "coherence_npmi": coherence, "stability": stab, "chosen": False})
    # Choice rule (also in the report): per model family, among k whose stability is at least
    # 0.5, the highest NPMI coherence; ties go to the smaller k.
    chosen = {}
    for model in params.get("models", ["nmf", "lda"]):
        rows = [r for r in grid_rows if r["model"] == model]
        eligible = [r for r in rows if r["stability"] >= 0.5] or rows
        best = max(eligible, key=lambda r: (round(r["coherence_npmi"], 6), -r["k"]))
        best["chosen"] = True
        chosen[model] = best["k"]
    cio.write_csv(tables_dir / "topic_models.csv", grid_rows, cio.TOPIC_MODELS_COLUMNS)
    topic_rows, rep_rows, prev = [], [], {g: [] for g in PREVALENCE_GROUPS}
    seg_by_id = {s["segment_id"]: s for s in segments}
    for model, k in chosen.items():
        comps, doc_topic = fitted[(model, k)]
        name = f"{model}_k{k}"
        norm = doc_topic / np.clip(doc_topic.sum(axis=1, keepdims=True), 1e-12, None)
        for t, row in enumerate(comps):
            weights = row / row.sum() if row.sum() else row
            for rank, j in enumerate(np.argsort(-weights, kind="stable")[:top_n], 1):
                topic_rows.append({"model": name, "topic": t + 1, "rank": rank, "term": vocab[j],
                                   "weight": float(weights[j]), "label": ""})
            for rank, i in enumerate(np.argsort(-norm[:, t], kind="stable")[:3], 1):
                rep_rows.append({"model": name, "topic": t + 1, "rank": rank, "segment_id": ids[i],
                                 "share": float(norm[i, t])})
        for group in PREVALENCE_GROUPS:
            values: dict[str, list[int]] = {}
            for i, sid in enumerate(ids):
                values.setdefault(seg_by_id[sid].get(group, ""), []).append(i)
            for g in sorted(values):
                idx = values[g]
                for t in range(k):
                    prev[group].append({group: g, "model": name, "topic": t + 1,
                                        "share": float(norm[idx, t].mean()), "n_segments": len(idx)})
    cio.write_csv(tables_dir / "topics.csv", topic_rows, cio.TOPICS_COLUMNS)
    cio.write_csv(tables_dir / "topic_representatives.csv", rep_rows,
                  ["model", "topic", "rank", "segment_id", "share"])
    for group, suffix in (("doc_id", "document"), ("region", "region"), ("role", "role")):
        cio.write_csv(tables_dir / f"topic_prevalence_by_{suffix}.csv", prev[group],
                      [group, "model", "topic", "share", "n_segments"])
    return {"segments": len(ids), "vocabulary": len(vocab), "chosen": chosen}
