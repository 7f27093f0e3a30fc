"""A coded sample given as text (tests/data/theme_coding_heldout.csv: one row per passage and
code, with the passage's `text`) turned into segments and tokens, to measure a coding rule on
passages that need not be in the corpus."""

from __future__ import annotations

from pathlib import Path

from ..lang import MODEL
from .agreement import read_coding_csv, theme_of_code


def read_passages(path: str | Path, themes: dict) -> list[dict]:
    """One dict per passage: passage_id, doc_id, text, labels {theme: 0/1}; file order."""
    import csv
    import io

    with open(path, encoding="utf-8", newline="") as fh:
        body = "".join(ln for ln in fh if not ln.startswith("#"))
    read_coding_csv(Path(path))  # same checks as a human coding CSV
    passages: dict[tuple, dict] = {}
    for row in csv.DictReader(io.StringIO(body)):
        key = (row["doc_id"], int(row["char_start"]), int(row["char_end"]))
        p = passages.setdefault(key, {"passage_id": f"{key[0]}:{key[1]}-{key[2]}",
                                      "doc_id": key[0], "text": row["text"], "codes": set()})
        p["codes"].add(theme_of_code(row["code"], themes))
    out = []
    for p in passages.values():
        p["labels"] = {t: int(t in p["codes"]) for t in themes}
        out.append(p)
    return out


def read_labelled_passages(path: str | Path, themes: dict, prefix: str = "dev") -> list[dict]:
    """A sample labelled one column per theme (tests/data/theme_sample.csv: doc_id, text and a
    0/1 column per theme id) as passages like ``read_passages``'; file order."""
    import csv
    import io

    with open(path, encoding="utf-8", newline="") as fh:
        body = "".join(ln for ln in fh if not ln.startswith("#"))
    return [{"passage_id": f"{prefix}{i}", "doc_id": r["doc_id"], "text": r["text"],
             "labels": {t: int(r[t] == "1") for t in themes}}
            for i, r in enumerate(csv.DictReader(io.StringIO(body)))]


def passage_segments(passages: list[dict]) -> tuple[str, list[dict]]:
    """The passages as one text (blank line between them) and one segment each."""
    text, segments, pos = [], [], 0
    for p in passages:
        segments.append({"doc_id": p["doc_id"], "segment_id": p["passage_id"], "kind": "narrative",
                         "char_start": pos, "char_end": pos + len(p["text"])})
        text.append(p["text"])
        pos += len(p["text"]) + 2
    return "\n\n".join(text), segments


def annotate_passages(passages: list[dict], model: str = MODEL) -> dict[str, list[dict]]:
    """{passage_id: token rows} of the passages, parsed with the real model (the slow step:
    ``evidence_from_tokens`` can rerun the rule on them with other parameters)."""
    from ..nlp import annotate

    text, segments = passage_segments(passages)
    by_seg: dict[str, list[dict]] = {p["passage_id"]: [] for p in passages}
    for tok in annotate(segments, text, model):
        by_seg.setdefault(tok["segment_id"], []).append(tok)
    return by_seg


def evidence(passages: list[dict], themes: dict, params: dict, model: str = MODEL) -> list[dict]:
    """Per passage (file order), parsed with the real model: ``rows`` {theme: the rule's row,
    domain gate applied}, ``outside`` (themes whose field the passage's document is outside),
    ``share`` {theme: the document's field-word share}, ``doc`` (lemma document), ``vector``
    (the passage's meaning vector, None without words)."""
    return evidence_from_tokens(passages, annotate_passages(passages, model), themes, params, model)


def evidence_from_tokens(passages: list[dict], by_seg: dict[str, list[dict]], themes: dict,
                         params: dict, model: str = MODEL, vocab=None) -> list[dict]:
    """``evidence`` on tokens already annotated (``annotate_passages``)."""
    from ..nlp import load_model
    from . import autocode, coding, vectors
    from .lexicon import build_matchers, compile_patterns, entry_key, match_spans

    matchers = build_matchers(compile_patterns(themes, model))
    vocab = vocab if vocab is not None else load_model(model).vocab
    centroids = vectors.theme_centroids(themes, vocab)
    entry_mats = vectors.entry_matrices(themes, vocab) if params.get("examples_entry_similarity") else None
    field: dict[str, dict] = {}  # a document's passages together make its field counts
    domains = coding.domain_keys(themes)
    for p in passages:
        coding.add_counts(field.setdefault(p["doc_id"], {}),
                          coding.domain_counts(by_seg.get(p["passage_id"], []), domains))
    outside = {doc: coding.outside_domain(counts, params) for doc, counts in field.items()}
    out = []
    for p in passages:
        toks = by_seg.get(p["passage_id"], [])
        hits = [{"theme": t, "lemma": " ".join(entry_key(x["lemma"] or x["text"]) for x in toks[i:j]),
                 "char_start": toks[i]["char_start"]}
                for t, i, j in match_spans(toks, matchers)]
        rows = {r["theme"]: r for r in coding.code_segment(toks, hits, themes, centroids, vocab,
                                                           params)}
        coding.gate_domain(rows, outside[p["doc_id"]])
        out.append({"rows": rows, "outside": outside[p["doc_id"]],
                    "share": coding.field_shares(field[p["doc_id"]]),
                    "doc": autocode.lemma_document(toks),
                    "vector": vectors.segment_vector(toks, vocab),
                    "entry_sims": (vectors.entry_similarities(toks, entry_mats, vocab)
                                   if entry_mats is not None else None)})
    return out


def features(passages: list[dict], themes: dict, params: dict,
             model: str = MODEL) -> tuple[dict, list[str], list[list[float]]]:
    """The lexicon rule's decisions {passage_id: {theme: 0/1}} and the autocode features
    (lemma documents, rule numbers) of coded passages, parsed with the real model."""
    from . import autocode

    theme_ids = list(themes)
    ev = evidence(passages, themes, params, model)
    decisions = {p["passage_id"]: {t: e["rows"][t]["coded"] for t in theme_ids}
                 for p, e in zip(passages, ev)}
    return (decisions, [e["doc"] for e in ev],
            [autocode.rule_features(e["rows"], theme_ids) for e in ev])


def measure(passages: list[dict], themes: dict, params: dict, model: str = MODEL,
            seed: int = 42) -> list[dict]:
    """agreement.csv rows on coded passages: the lexicon rule (as the workflow applies it) and
    the autocode model (stratified 5-fold cross-validation, seeded)."""
    from . import agreement, autocode

    theme_ids = list(themes)
    decisions, docs, numeric = features(passages, themes, params, model)
    human = {p["passage_id"]: p["labels"] for p in passages}
    out = agreement.agreement_rows(human, decisions, theme_ids, "lexicon")
    ids = [p["passage_id"] for p in passages]
    for theme in theme_ids:
        labels = [human[i][theme] for i in ids]
        pred = autocode.cross_validated(docs, numeric, labels, seed)
        if pred is not None:
            out.append(agreement.agreement_row(theme, "model", labels, pred))
    return out
