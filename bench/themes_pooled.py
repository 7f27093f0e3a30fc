"""Theme coding (issue #15): does a coder trained on ALL our human codings beat the lexicon rule
on material it was not trained on? Leave-one-set-out and grouped-by-document cross-validation.

Sets (tests/data; THEME_SCORES.md): A theme_coding_heldout.csv, B theme_coding_test.csv, C
theme_coding_c.csv split into its bundled part (doc_id of the corpus) and its unseen part
(unseenC...), D theme_coding_d.csv, E theme_coding_e.csv, dev theme_sample.csv. Set F (the blind
set of session 5) is never read.

Schemes:
- leave-one-set-out: train on every other set, test on the left-out one;
- grouped: inside each set, 5 folds grouped by document (GroupKFold); the training data of a fold
  is every other set plus the other documents' passages of the same set.
Methods: the rule; the autocode model of session 4 (TF-IDF lemmas + rule evidence, C=2, balanced,
threshold 0.5) trained on the pooled sets; variants (see VARIANTS). Seed 42. Results and what
they mean: tests/data/THEME_SCORES.md, "Session 5".

    PYTHONPATH=src .venv/bin/python bench/themes_pooled.py            # leave-one-set-out (~2 min)
    PYTHONPATH=src .venv/bin/python bench/themes_pooled.py --grouped  # + grouped (~10 min)
    ... --only=calib --only=roles   # only the variants whose label holds one of these
    ... --fresh                     # re-parse (the rule's evidence and the syntactic roles are
                                    # cached in /tmp between runs of this script)
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus.themes import agreement, coding, heldout, load_themes

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SEED = 42
FILES = {"A": "theme_coding_heldout.csv", "B": "theme_coding_test.csv", "C": "theme_coding_c.csv",
         "D": "theme_coding_d.csv", "E": "theme_coding_e.csv"}


def dev_passages(themes: dict) -> list[dict]:
    return heldout.read_labelled_passages(DATA / "theme_sample.csv", themes)


def load_sets(themes: dict) -> dict[str, list[dict]]:
    sets = {name: heldout.read_passages(DATA / f, themes) for name, f in FILES.items()}
    c = sets.pop("C")
    sets["Cb"] = [p for p in c if not p["doc_id"].startswith("unseen")]
    sets["Cu"] = [p for p in c if p["doc_id"].startswith("unseen")]
    sets["dev"] = dev_passages(themes)
    return {k: sets[k] for k in ("A", "B", "Cb", "Cu", "D", "E", "dev")}


def cached_evidence(themes: dict, sets: dict) -> dict[str, list[dict]]:
    """The rule's evidence of every passage (parsing ~1,450 passages takes a minute); cached in
    /tmp between runs of this script only."""
    import pickle

    cache = Path("/tmp/themes_pooled_evidence.pkl")
    if cache.exists() and "--fresh" not in sys.argv:
        return pickle.loads(cache.read_bytes())
    params = dict(coding.DEFAULT_PARAMS)
    out = {}
    c = heldout.evidence(sets["Cb"] + sets["Cu"], themes, params)
    out["Cb"], out["Cu"] = c[:len(sets["Cb"])], c[len(sets["Cb"]):]
    for name in ("A", "B", "D", "E", "dev"):
        out[name] = heldout.evidence(sets[name], themes, params)
    cache.write_bytes(pickle.dumps(out))
    return out


CORE = {"nsubj", "nsubj:pass", "obj", "ROOT", "root", "csubj", "ccomp", "xcomp", "iobj"}
PERIPHERAL = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "appos", "advcl", "acl", "amod",
              "conj", "flat:name", "compound"}


def role_numbers(sets: dict, ev: dict, theme_ids) -> dict[str, list[list[float]]]:
    """Per passage and theme, the syntactic role of the words that matched (spaCy's parser): how
    many are a core argument or the root, how many a peripheral complement, how many inside a
    named entity or a capitalised name, and how many sentences hold them. Tests the hypothesis of
    THEME_SCORES.md (session 4): passing mentions ("sur le territoire", a job title) are the
    rule's false positives. Cached in /tmp like the evidence."""
    import pickle

    import spacy

    from corpus.lang import MODEL
    from corpus.themes.lexicon import entry_key

    cache = Path("/tmp/themes_pooled_roles.pkl")
    if cache.exists() and "--fresh" not in sys.argv:
        return pickle.loads(cache.read_bytes())
    nlp = spacy.load(MODEL)  # the whole pipeline: corpus.nlp leaves the parser and NER out
    assert "parser" in nlp.pipe_names and "ner" in nlp.pipe_names
    out = {}
    for name, ps in sets.items():
        rows = []
        for p, e, doc in zip(ps, ev[name], nlp.pipe([p["text"] for p in ps], batch_size=64)):
            keys = [(entry_key(t.lemma_), entry_key(t.text)) for t in doc]
            feats = []
            for t in theme_ids:
                firsts = {x.split(" ")[0] for x in e["rows"][t]["evidence"].split("; ") if x}
                idx = [i for i, k in enumerate(keys) if k[0] in firsts or k[1] in firsts]
                core = sum(1 for i in idx if doc[i].dep_ in CORE)
                peri = sum(1 for i in idx if doc[i].dep_ in PERIPHERAL)
                name_ = sum(1 for i in idx if doc[i].ent_type_ or (doc[i].text[:1].isupper()
                                                                   and not doc[i].is_sent_start))
                sents = len({doc[i].sent.start for i in idx})
                feats += [min(core, 3) / 3, min(peri, 3) / 3, min(name_, 3) / 3,
                          min(sents, 3) / 3, float(bool(idx) and core == 0)]
            rows.append(feats)
        out[name] = rows
    cache.write_bytes(pickle.dumps(out))
    return out


# ---- features and models ------------------------------------------------------------------
def numbers(e: dict, theme_ids: list[str], kind: str) -> list[float]:
    """The rule's numbers of one passage: ``basic`` = autocode.rule_features (session 4);
    ``rich`` adds per theme the strong and weak entry counts, the field gate and field share."""
    from corpus.themes import autocode

    out = autocode.rule_features(e["rows"], theme_ids)
    if kind == "rich":
        for t in theme_ids:
            r = e["rows"][t]
            matched = [x for x in r["evidence"].split("; ") if x]
            out += [min(len(matched), 5) / 5, float(r["score"] > 0),
                    float(t not in e["outside"]), min(e["share"].get(t, 1.0) * 20, 1.0)]
    return out


def entry_tokens(e: dict, theme_ids) -> str:
    """The matched lexicon entries as words of their own (``xcoordination_maison_santé``): the
    model weighs each entry instead of the rule's equal count."""
    return " ".join(f"x{t}_" + x.replace(" ", "_").replace("'", "_")
                    for t in theme_ids for x in e["rows"][t]["evidence"].split("; ") if x)


def design(ev: list[dict], theme_ids, variant: dict):
    import numpy as np

    docs = [e["doc"] + (" " + entry_tokens(e, theme_ids) if variant.get("entries") else "")
            for e in ev]
    num = [numbers(e, theme_ids, variant.get("numbers", "basic")) for e in ev]
    if variant.get("numbers") == "none":
        num = [[0.0] for _ in ev]
    if variant.get("roles"):
        num = [n + e["roles"] for n, e in zip(num, ev)]
    if variant.get("vector"):
        num = [n + (list(e["vector"]) if e["vector"] is not None else [0.0] * 300)
               for n, e in zip(num, ev)]
    return docs, np.asarray(num, dtype="float64")


def fit(docs, num, y, variant: dict, seed: int = SEED, weights=None):
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w[\w'-]+\b")
    X = hstack([vec.fit_transform(docs), csr_matrix(num)]).tocsr()
    clf = LogisticRegression(C=variant.get("C", 2.0), class_weight=variant.get("weight", "balanced"),
                             max_iter=3000, random_state=seed).fit(X, y, sample_weight=weights)
    return vec, clf


def proba(model, docs, num):
    from scipy.sparse import csr_matrix, hstack

    vec, clf = model
    X = hstack([vec.transform(docs), csr_matrix(num)]).tocsr()
    return clf.predict_proba(X)[:, list(clf.classes_).index(1)]


def inner_threshold(docs, num, y, variant, groups) -> float:
    """The threshold maximising F1 on out-of-fold probabilities of the training data (5 folds
    grouped by set), so the left-out data never chooses it."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(len(y))
    for tr, te in GroupKFold(5).split(docs, y, groups):
        if y[tr].sum() == 0:
            continue
        m = fit([docs[i] for i in tr], num[tr], y[tr], variant)
        oof[te] = proba(m, [docs[i] for i in te], num[te])
    best = (0.0, 0.5)
    for thr in np.arange(0.2, 0.81, 0.05):
        pred = oof >= thr
        tp = int((pred & (y == 1)).sum())
        f1 = 2 * tp / max(1, int(pred.sum()) + int(y.sum()))
        best = max(best, (round(f1, 6), -round(float(thr), 2)))
    return -best[1]


def predict_theme(train_ev, train_groups, test_ev, theme_ids, theme, y, variant) -> list[int]:
    import numpy as np

    docs, num = design(train_ev, theme_ids, variant)
    tdocs, tnum = design(test_ev, theme_ids, variant)
    y = np.asarray(y)
    if y.sum() < 5:
        return [e["rows"][theme]["coded"] for e in test_ev]  # too few positives: the rule
    thr = inner_threshold(docs, num, y, variant, train_groups) if variant.get("calibrate") else 0.5
    weights = None
    if variant.get("per_set"):  # every training set weighs the same, whatever its size
        size = {g: train_groups.count(g) for g in set(train_groups)}
        weights = np.asarray([len(y) / (len(size) * size[g]) for g in train_groups])
    if variant.get("drop"):
        keep = [i for i, g in enumerate(train_groups) if g != variant["drop"]]
        docs, num, y = [docs[i] for i in keep], num[keep], y[keep]
    p = proba(fit(docs, num, y, variant, weights=weights), tdocs, tnum)
    pred = [int(v >= thr) for v in p]
    rule = [e["rows"][theme]["coded"] for e in test_ev]
    if variant.get("gate"):
        pred = [0 if theme in e["outside"] else v for v, e in zip(pred, test_ev)]
    if variant.get("combine") == "or":
        pred = [max(a, b) for a, b in zip(pred, rule)]
    elif variant.get("combine") == "and":
        pred = [min(a, b) for a, b in zip(pred, rule)]
    return pred


VARIANTS = {
    "model s4 (tfidf+rule, C2, bal)": {},
    "+rich numbers": {"numbers": "rich"},
    "+rich +gate": {"numbers": "rich", "gate": True},
    "+rich +gate +calib": {"numbers": "rich", "gate": True, "calibrate": True},
    "+rich +vector +gate": {"numbers": "rich", "vector": True, "gate": True},
    "+rich +gate, sets weigh the same": {"numbers": "rich", "gate": True, "per_set": True},
    "+rich +gate, dev left out of training": {"numbers": "rich", "gate": True, "drop": "dev"},
    "+rich +roles +gate": {"numbers": "rich", "roles": True, "gate": True},
    "+rich +roles +gate +calib": {"numbers": "rich", "roles": True, "gate": True,
                                  "calibrate": True},
    "tfidf only (no rule numbers)": {"numbers": "none"},
    "tfidf + entries as words, no numbers": {"numbers": "none", "entries": True},
    "+rich +entries +gate": {"numbers": "rich", "entries": True, "gate": True},
    "+rich +entries +gate +calib": {"numbers": "rich", "entries": True, "gate": True,
                                    "calibrate": True},
    "+rich +gate, C=8": {"numbers": "rich", "gate": True, "C": 8.0},
    "+rich +gate, no class weight": {"numbers": "rich", "gate": True, "weight": None},
    "+rich +gate, C=0.5": {"numbers": "rich", "gate": True, "C": 0.5},
    "+rich +gate, or rule": {"numbers": "rich", "gate": True, "combine": "or"},
    "+rich +gate, and rule": {"numbers": "rich", "gate": True, "combine": "and"},
}


def rows_for(human_lists, preds, theme_ids, method):
    rows = [agreement.agreement_row(t, method, human_lists[t], preds[t]) for t in theme_ids]
    for r in rows:  # kept to pool the out-of-set decisions over all left-out sets
        r["_human"], r["_tool"] = human_lists[r["theme"]], preds[r["theme"]]
    return rows


def loso(sets, ev, theme_ids, variant):
    """{left-out set: agreement rows} training on every other set."""
    out = {}
    for name in sets:
        train = [(k, p, e) for k in sets if k != name for p, e in zip(sets[k], ev[k])]
        tr_ev, tr_groups = [e for _, _, e in train], [k for k, _, _ in train]
        human = {t: [p["labels"][t] for p in sets[name]] for t in theme_ids}
        preds = {}
        for t in theme_ids:
            y = [p["labels"][t] for _, p, _ in train]
            preds[t] = (predict_theme(tr_ev, tr_groups, ev[name], theme_ids, t, y, variant)
                        if variant is not None else [e["rows"][t]["coded"] for e in ev[name]])
        out[name] = rows_for(human, preds, theme_ids, "model")
    return out


def grouped(sets, ev, theme_ids, variant):
    """{set: agreement rows}: 5 folds grouped by document inside the set; training = other sets
    + the set's other documents."""
    from sklearn.model_selection import GroupKFold

    out = {}
    for name in sets:
        ps, es = sets[name], ev[name]
        docs = [p["doc_id"] for p in ps]
        n_groups = len(set(docs))
        preds = {t: [0] * len(ps) for t in theme_ids}
        if n_groups < 2:
            continue
        for tr, te in GroupKFold(min(5, n_groups)).split(ps, groups=docs):
            train = [(k, p, e) for k in sets if k != name for p, e in zip(sets[k], ev[k])]
            train += [(name + "-in", ps[i], es[i]) for i in tr]
            tr_ev, tr_groups = [e for _, _, e in train], [k for k, _, _ in train]
            for t in theme_ids:
                y = [p["labels"][t] for _, p, _ in train]
                got = predict_theme(tr_ev, tr_groups, [es[i] for i in te], theme_ids, t, y, variant)
                for i, v in zip(te, got):
                    preds[t][i] = v
        human = {t: [p["labels"][t] for p in ps] for t in theme_ids}
        out[name] = rows_for(human, preds, theme_ids, "model")
    return out


def macro(rows) -> float:
    """Macro-F1 over the themes with at least MIN_POS human positives in the set (F1 of a theme
    with 0-2 positives is noise: D has 1 liberal, C's unseen part 1 coordination)."""
    kept = [r for r in rows if r["tp"] + r["fn"] >= MIN_POS]
    return sum(r["f1"] for r in kept) / len(kept) if kept else float("nan")


MIN_POS = 5


def pooled(per: dict, theme_ids) -> list[dict]:
    """Agreement of the out-of-set decisions of every left-out set together."""
    return [agreement.agreement_row(t, "model", [h for s in per for h in per[s][i]["_human"]],
                                    [v for s in per for v in per[s][i]["_tool"]])
            for i, t in enumerate(theme_ids)]


def table(title, results: dict[str, dict], theme_ids, set_names) -> None:
    print(f"\n## {title}\n")
    print(f"macro-F1 per left-out set (themes with >= {MIN_POS} positives in it); mean over sets; "
          "pooled = macro-F1 of all out-of-set decisions together\n")
    print("| method | " + " | ".join(set_names) + " | mean | pooled |")
    print("|---|" + "---|" * (len(set_names) + 2))
    for method, per in results.items():
        vals = [macro(per[s]) for s in set_names if s in per]
        cells = [f"{macro(per[s]):.3f}" if s in per else "" for s in set_names]
        mean = sum(v for v in vals if v == v) / len([v for v in vals if v == v])
        pool = pooled(per, theme_ids)
        print(f"| {method} | " + " | ".join(cells).replace("nan", "-")
              + f" | **{mean:.3f}** | {sum(r['f1'] for r in pool) / len(pool):.3f} |")
    print("\nkappa per theme (" + " / ".join(theme_ids) + "; '-': fewer than "
          f"{MIN_POS} positives); pooled F1/kappa per theme\n")
    print("| method | " + " | ".join(set_names) + " | pooled F1 | pooled kappa |")
    print("|---|" + "---|" * (len(set_names) + 2))
    for method, per in results.items():
        cells = [" / ".join(f"{r['kappa']:.2f}" if r["tp"] + r["fn"] >= MIN_POS else "-"
                            for r in per[s]) if s in per else "" for s in set_names]
        pool = pooled(per, theme_ids)
        print(f"| {method} | " + " | ".join(cells) + " | "
              + " / ".join(f"{r['f1']:.2f}" for r in pool) + " | "
              + " / ".join(f"{r['kappa']:.2f}" for r in pool) + " |")


def main() -> None:
    themes = load_themes(DATA.parents[1] / "config" / "themes.yaml")
    theme_ids = list(themes)
    sets = load_sets(themes)
    ev = cached_evidence(themes, sets)
    roles = role_numbers(sets, ev, theme_ids)
    for name in sets:
        for e, r in zip(ev[name], roles[name]):
            e["roles"] = r
    names = list(sets)
    only = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")]
    variants = {k: v for k, v in VARIANTS.items() if not only or any(o in k for o in only)}
    print("passages per set: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    res = {"rule (default config)": loso(sets, ev, theme_ids, None)}
    for label, variant in variants.items():
        res[label] = loso(sets, ev, theme_ids, variant)
    table("Leave-one-set-out (train on the other sets), macro-F1", res, theme_ids, names)
    if "--grouped" in sys.argv:
        res = {"rule (default config)": loso(sets, ev, theme_ids, None)}
        for label, variant in variants.items():
            res[label] = grouped(sets, ev, theme_ids, variant)
        table("Grouped by document inside each set (+ all other sets), macro-F1", res,
              theme_ids, names)


if __name__ == "__main__":
    main()
