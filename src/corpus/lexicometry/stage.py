"""The lexicometry stage: text segments -> CHD, AFC and similarity tables, figures, graphs."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from .. import io as cio
from .. import topics
from ..config import defaults as config_defaults
from ..config import section_settings
from ..errors import ConfigError
from . import afc, chd, profiles, similarity
from . import segments as tsegments

# Defaults of every setting: the `default:` of the lexicometry section of
# corpus/schemas/config.schema.yaml (config.yaml's lexicometry section overrides them).
DEFAULTS = config_defaults("lexicometry")
VARIABLES = ("document", "region", "role", "kind")


def settings(params: dict | None) -> dict:
    out = section_settings("lexicometry", params, DEFAULTS)
    if len(out["unit_sizes"]) != 2:
        raise ConfigError("config lexicometry: unit_sizes needs two sizes (double classification)")
    return out


def method_note(params: dict | None) -> str:
    """The method in words with the settings in force (for the report's Lexicometry section)."""
    s = settings(params)
    sizes = " and ".join(str(v) for v in s["unit_sizes"])
    if s["double"]:
        classes = (f"Double classification (IRaMuTeQ, rainette2): two classifications of context units of at least "
                   f"{sizes} lemma occurrences, each to {s['n_classes']} terminal classes; classes crossed, a crossing "
                   f"kept when it holds more than {s['min_members']} segments, its chi2 exceeds {s['min_chi2']} and "
                   f"its two classes are each other's best match; the number of classes is the largest (up to "
                   f"{s['max_classes']}) whose best partition keeps at least {100 * s['min_kept_share']:.0f} % of "
                   f"the segments. Segments outside the kept classes are class 0.")
    else:
        classes = (f"Simple classification of context units of at least {s['unit_sizes'][0]} lemma occurrences, to "
                   f"{s['n_classes']} terminal classes.")
    return (f"Text segments of about {s['segment_size']} words cut at punctuation inside one verbatim or paragraph; "
            f"content lemmas (as the topic models) present in at least {s['min_docfreq']} distinct segments; a "
            f"segment whose runs of {s['repeat_shingle']} lemmas mostly ({100 * s['repeat_share']:.0f} %) occurred "
            f"before is a repeat and takes the earlier segment's class. Reinert's descending classification: split "
            f"along the first factor of a correspondence analysis at the cut maximising chi2, segments reassigned "
            f"while chi2 rises, lemmas selected (tsj {s['tsj']}, contingency {s['cc_test']}), the largest class "
            f"split next. {classes} Characteristic lemmas and variables: chi2 with Yates' correction, "
            f"p <= {s['profile_max_p']}. Correspondence analyses of the {s['afc_lemmas']} most frequent lemmas "
            f"against {', '.join(s['afc_tables'])}; similarity graph of the {s['similarity_lemmas']} most frequent "
            f"lemmas (co-occurrence in segments, maximum spanning tree, greedy-modularity communities).")


def segment_themes(path: Path | None) -> dict[str, set[str]]:
    """Themes of each project segment: segment_themes.csv (coded = 1) or theme_hits.csv (any hit)."""
    if path is None or not Path(path).exists() or Path(path).stat().st_size == 0:
        return {}
    out: dict[str, set[str]] = {}
    for row in cio.read_csv(path):
        if "coded" in row and str(row["coded"]).strip() not in ("1", "true", "True"):
            continue
        out.setdefault(row["segment_id"], set()).add(row["theme"])
    return out


def variables_of(ts, rows: np.ndarray, info: dict, documents: dict, themes: dict) -> list[list[str]]:
    out = []
    for i in rows:
        seg = info.get(ts.segment_ids[i], {})
        doc = ts.doc_ids[i]
        values = {"document": doc, "region": seg.get("region", ""), "role": seg.get("role", ""),
                  "kind": documents.get(doc, {}).get("kind", "")}
        items = [f"{k}={v}" for k, v in values.items() if v]
        items += [f"theme={t}" for t in sorted(themes.get(ts.segment_ids[i], ()))]
        out.append(items)
    return out


class DocText:
    """text.txt and page map of each document, read once."""

    def __init__(self, interim_root: Path):
        self.root = interim_root
        self.cache: dict[str, tuple[str, cio.PageMap | None]] = {}

    def get(self, doc_id: str):
        if doc_id not in self.cache:
            text_path = cio.interim_path(self.root / doc_id, "text")
            pages_path = cio.interim_path(self.root / doc_id, "pages")
            text = cio.read_text(text_path) if text_path.exists() else ""
            pages = cio.PageMap(cio.read_csv(pages_path)) if pages_path.exists() else None
            self.cache[doc_id] = (text, pages)
        return self.cache[doc_id]


def analyse(ts, s: dict, info: dict, documents: dict, themes: dict, texts: DocText) -> dict:
    """Every table's rows and the figure data of one corpus."""
    d = ts.distinct
    x = ts.x[d]
    res = chd.run(x, [ts.groups[i] for i in d], list(s["unit_sizes"]), int(s["n_classes"]),
                  int(s["min_split_members"]), float(s["cc_test"]), int(s["tsj"]), bool(s["double"]),
                  int(s["min_members"]), float(s["min_chi2"]), int(s["max_classes"]), float(s["min_kept_share"]))
    cls_distinct = res.classes
    full = np.zeros(len(ts.ids), dtype=np.int64)
    full[d] = cls_distinct
    full = full[ts.original]  # repeats take their original's class
    seg_rows = [{"corpus": ts.corpus, "doc_id": ts.doc_ids[i], "segment_id": ts.segment_ids[i],
                 "chd_segment": ts.ids[i], "char_start": int(ts.char_start[i]), "char_end": int(ts.char_end[i]),
                 "class": int(full[i])} for i in range(len(ts.ids))]
    vocab = [str(v) for v in ts.vocab]
    max_p = float(s["profile_max_p"])
    lemma_rows = profiles.item_rows(ts.corpus, "lemma", cls_distinct, x, vocab, max_p)
    var_x, var_items = profiles.indicator(variables_of(ts, d, info, documents, themes))
    var_rows = profiles.item_rows(ts.corpus, "variable", cls_distinct, var_x, var_items, max_p)
    n = len(d)
    index = {v: j for j, v in enumerate(vocab)}
    weights: dict[int, np.ndarray] = {}
    class_rows = [{"corpus": ts.corpus, "class": 0, "n_segments": int((cls_distinct == 0).sum()),
                   "share": float((cls_distinct == 0).mean()) if n else 0.0, "top_lemmas": "", "parent": ""}]
    top_words: dict[int, list[str]] = {}
    for k in range(1, res.kept_k + 1):
        mine = [r for r in lemma_rows if r["class"] == k]
        w = np.zeros(len(vocab))
        for r in mine:
            w[index[r["item"]]] = r["chi2"]
        weights[k] = w
        top_words[k] = [r["item"] for r in mine[:int(s["top_lemmas"])]]
        class_rows.append({"corpus": ts.corpus, "class": k, "n_segments": int((cls_distinct == k).sum()),
                           "share": float((cls_distinct == k).mean()), "top_lemmas": ", ".join(top_words[k]),
                           "parent": res.parent.get(k, "")})
    scores = profiles.segment_scores(x, cls_distinct, weights)
    top_rows = []
    for k in range(1, res.kept_k + 1):
        members = np.flatnonzero(cls_distinct == k)
        best = sorted(members, key=lambda i: (-round(scores[i], 6), ts.ids[d[i]]))[:int(s["n_characteristic"])]
        for rank, i in enumerate(best, 1):
            row = d[i]
            seg = info.get(ts.segment_ids[row], {})
            text, pages = texts.get(ts.doc_ids[row])
            top_rows.append({"corpus": ts.corpus, "class": k, "rank": rank, "chd_segment": ts.ids[row],
                             "doc_id": ts.doc_ids[row], "segment_id": ts.segment_ids[row], "score": float(scores[i]),
                             "speaker": seg.get("speaker", ""), "role": seg.get("role", ""),
                             "region": seg.get("region", ""),
                             "page": pages.page(int(ts.char_start[row])) if pages else "",
                             "char_start": int(ts.char_start[row]), "char_end": int(ts.char_end[row]),
                             "text": " ".join(text[ts.char_start[row]:ts.char_end[row]].split())})
    # correspondence analyses: lemma x modality tables
    freq = np.asarray(x.sum(axis=0)).ravel()
    lemma_idx = np.array(sorted(range(len(vocab)), key=lambda j: (-freq[j], vocab[j]))[:int(s["afc_lemmas"])],
                         dtype=np.int64)
    labels_by_table = {}
    seg_vars = [dict(v.split("=", 1) for v in items if not v.startswith("theme=")) for items in
                variables_of(ts, d, info, documents, {})]
    for table in s["afc_tables"]:
        if table == "class":
            labels_by_table[table] = [str(c) if c > 0 else "" for c in cls_distinct]
        else:
            labels_by_table[table] = [v.get(table, "") for v in seg_vars]
    afc_rows, afc_cols, afc_eig, afc_plots = [], [], [], {}
    for table, labels in labels_by_table.items():
        counts, values = afc.contingency(x, labels, lemma_idx)
        keep_r = counts.sum(axis=1) > 0
        keep_c = counts.sum(axis=0) > 0
        counts = counts[keep_r][:, keep_c]
        values = [v for v, k in zip(values, keep_c) if k]
        items = [vocab[j] for j, k in zip(lemma_idx, keep_r) if k]
        if min(counts.shape) < 3:  # fewer than two axes: no map worth drawing
            continue
        col_items = [f"class {v}" if table == "class" else v for v in values]
        ca = afc.fit(counts, int(s["afc_axes"]))
        afc_rows += afc.rows_for(ts.corpus, table, items, ca.row_coord, ca.row_contrib, ca.row_cos2)
        afc_cols += afc.rows_for(ts.corpus, table, col_items, ca.col_coord, ca.col_contrib, ca.col_cos2)
        afc_eig += [{"corpus": ts.corpus, "table": table, "axis": a + 1, "eigenvalue": float(ev),
                     "inertia_share": float(sh)} for a, (ev, sh) in enumerate(zip(ca.eigenvalues, ca.inertia_share))]
        afc_plots[table] = (ca, items, col_items)
    tree = similarity.graph(x, ts.vocab, int(s["similarity_lemmas"]))
    return {"segments": seg_rows, "classes": class_rows, "profiles": lemma_rows + var_rows, "top": top_rows,
            "afc_rows": afc_rows, "afc_columns": afc_cols, "afc_eigenvalues": afc_eig,
            "edges": similarity.edge_rows(ts.corpus, tree), "graph": tree, "afc_plots": afc_plots,
            "result": res, "top_words": top_words, "class_rows": class_rows,
            "summary": {"text_segments": len(ts.ids), "distinct": n, "lemmas": len(vocab),
                        "context_units": list(res.n_units), "classes": res.kept_k,
                        "classified_share": round(float((cls_distinct > 0).mean()) if n else 0.0, 4)}}


def run(interim_root, tables_dir, params: dict | None, topic_params: dict | None, seed: int,
        figures_dir, exports_dir, themes_table=None) -> dict:
    """Run every analysis on every configured corpus and write the tables, figures and graphs."""
    from . import figures

    s = settings(params)
    ts_settings = topics.settings(topic_params)
    tables_dir, figures_dir, exports_dir = Path(tables_dir), Path(figures_dir), Path(exports_dir)
    start = time.perf_counter()
    corpora, info, documents = tsegments.load(interim_root, tables_dir, list(s["corpora"]), ts_settings,
                                              int(s["segment_size"]), int(s["segment_window"]),
                                              int(s["min_docfreq"]), int(s["repeat_shingle"]),
                                              float(s["repeat_share"]))
    themes_path = Path(themes_table) if themes_table else None
    if themes_path is None:
        for name in ("segment_themes.csv", "theme_hits.csv"):
            if (tables_dir / name).exists():
                themes_path = tables_dir / name
                break
    themes = segment_themes(themes_path)
    texts = DocText(Path(interim_root))
    out = {k: [] for k in ("segments", "classes", "profiles", "top", "afc_rows", "afc_columns",
                           "afc_eigenvalues", "edges")}
    summary = {"corpora": {}, "seconds": {}}
    for ts in corpora:
        t0 = time.perf_counter()
        if len(ts.distinct) < 3 or len(ts.vocab) < 3:
            # too small to classify: not a failed run; its text segments are listed, unclassified
            summary["corpora"][ts.corpus] = {"skipped": f"{len(ts.distinct)} segments, {len(ts.vocab)} lemmas"}
            out["segments"] += [{"corpus": ts.corpus, "doc_id": ts.doc_ids[i], "segment_id": ts.segment_ids[i],
                                 "chd_segment": ts.ids[i], "char_start": int(ts.char_start[i]),
                                 "char_end": int(ts.char_end[i]), "class": 0} for i in range(len(ts.ids))]
            if len(ts.distinct):
                out["classes"].append({"corpus": ts.corpus, "class": 0, "n_segments": len(ts.distinct),
                                       "share": 1.0, "top_lemmas": "", "parent": ""})
            figures.placeholder(figures_dir, ts.corpus, s["afc_tables"], "too few text segments")
            similarity_empty = similarity.graph(ts.x, ts.vocab, 0)
            cio.write_text(exports_dir / f"similarity_{ts.corpus}.graphml", similarity.graphml(similarity_empty))
            cio.write_text(exports_dir / f"similarity_{ts.corpus}.gexf", similarity.gexf(similarity_empty))
            continue
        res = analyse(ts, s, info, documents, themes, texts)
        for key, rows in out.items():
            rows.extend(res[key])
        summary["seconds"][ts.corpus] = round(time.perf_counter() - t0, 2)
        summary["corpora"][ts.corpus] = res["summary"]
        figures.dendrogram(figures_dir / f"chd_dendrogram_{ts.corpus}.svg", res["result"], res["class_rows"],
                           res["top_words"], ts.corpus)
        for table in s["afc_tables"]:
            path = figures_dir / f"afc_{ts.corpus}_{table}.svg"
            if table in res["afc_plots"]:
                figures.factor_map(path, *res["afc_plots"][table], int(s["afc_plot_lemmas"]),
                                   f"{ts.corpus}: lemmas x {table}")
            else:
                figures.empty(path, f"{ts.corpus}: lemmas x {table} — fewer than three modalities")
        figures.graph(figures_dir / f"similarity_{ts.corpus}.svg", res["graph"], seed, f"{ts.corpus}")
        cio.write_text(exports_dir / f"similarity_{ts.corpus}.graphml", similarity.graphml(res["graph"]))
        cio.write_text(exports_dir / f"similarity_{ts.corpus}.gexf", similarity.gexf(res["graph"]))
    cio.write_csv(tables_dir / "chd_segments.csv", out["segments"], cio.CHD_SEGMENTS_COLUMNS)
    cio.write_csv(tables_dir / "chd_classes.csv", out["classes"], cio.CHD_CLASSES_COLUMNS)
    cio.write_csv(tables_dir / "chd_profiles.csv", out["profiles"], cio.CHD_PROFILES_COLUMNS)
    cio.write_csv(tables_dir / "chd_top_segments.csv", out["top"], cio.CHD_TOP_SEGMENTS_COLUMNS)
    cio.write_csv(tables_dir / "afc_rows.csv", out["afc_rows"], cio.AFC_COORD_COLUMNS)
    cio.write_csv(tables_dir / "afc_columns.csv", out["afc_columns"], cio.AFC_COORD_COLUMNS)
    cio.write_csv(tables_dir / "afc_eigenvalues.csv", out["afc_eigenvalues"], cio.AFC_EIGENVALUES_COLUMNS)
    cio.write_csv(tables_dir / "similarity_edges.csv", out["edges"], cio.SIMILARITY_EDGES_COLUMNS)
    summary["seconds"]["total"] = round(time.perf_counter() - start, 2)
    return summary
