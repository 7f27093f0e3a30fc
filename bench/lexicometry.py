"""Lexicometry timing as the corpus grows: CHD (double classification), AFC and similarity graph
on the text segments of a finished run, scaled x1, x5, x20.

The scaled corpus stacks copies of the distinct text segments; in every copy but the first each
segment loses a random tenth of its lemmas (seeded), so the copies are not identical rows.

    PYTHONPATH=src .venv/bin/python bench/lexicometry.py [--results results] [--scales 1 5 20]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
from scipy import sparse


def scaled(x: sparse.csr_matrix, groups: list, factor: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    blocks, all_groups = [x], list(groups)
    for c in range(1, factor):
        y = x.tocoo()
        keep = rng.random(y.nnz) >= 0.1
        blocks.append(sparse.csr_matrix((y.data[keep], (y.row[keep], y.col[keep])), shape=x.shape))
        all_groups += [(c, g) for g in groups]
    return sparse.vstack(blocks).tocsr(), all_groups


def main() -> None:
    from corpus import topics
    from corpus.config import load_config
    from corpus.lexicometry import afc, chd, similarity, stage
    from corpus.lexicometry import segments as tsegments

    ap = argparse.ArgumentParser()
    ap.add_argument("--results", default="results")
    ap.add_argument("--config", default="config/config.yaml")
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 5, 20])
    args = ap.parse_args()
    config = load_config(args.config)
    s = stage.settings(config.get("lexicometry", {}))
    t0 = time.perf_counter()
    corpora, _, _ = tsegments.load(Path(args.results) / "interim", Path(args.results) / "tables", list(s["corpora"]),
                                   topics.settings(config.get("topics", {})), int(s["segment_size"]),
                                   int(s["segment_window"]), int(s["min_docfreq"]), int(s["repeat_shingle"]),
                                   float(s["repeat_share"]))
    print(f"text segments loaded in {time.perf_counter() - t0:.2f} s")
    print("corpus     scale  segments  chd_s  afc_s  sim_s  total_s  s_per_1000_segments")
    for ts in corpora:
        d = ts.distinct
        base_x, base_groups = ts.x[d], [ts.groups[i] for i in d]
        for factor in args.scales:
            x, groups = scaled(base_x, base_groups, factor)
            t = time.perf_counter()
            res = chd.run(x, groups, list(s["unit_sizes"]), int(s["n_classes"]), int(s["min_split_members"]),
                          float(s["cc_test"]), int(s["tsj"]), bool(s["double"]), int(s["min_members"]),
                          float(s["min_chi2"]), int(s["max_classes"]), float(s["min_kept_share"]))
            t_chd = time.perf_counter() - t
            t = time.perf_counter()
            freq = np.asarray(x.sum(axis=0)).ravel()
            idx = np.argsort(-freq, kind="stable")[:int(s["afc_lemmas"])]
            labels = [str(c) if c else "" for c in res.classes]
            table, _ = afc.contingency(x, labels, idx)
            table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
            if min(table.shape) >= 3:
                afc.fit(table, int(s["afc_axes"]))
            t_afc = time.perf_counter() - t
            t = time.perf_counter()
            similarity.graph(x, ts.vocab, int(s["similarity_lemmas"]))
            t_sim = time.perf_counter() - t
            total = t_chd + t_afc + t_sim
            print(f"{ts.corpus:10} {factor:5d} {x.shape[0]:9d} {t_chd:6.2f} {t_afc:6.2f} {t_sim:6.2f} {total:8.2f}"
                  f" {1000 * total / x.shape[0]:10.3f}")


if __name__ == "__main__":
    main()
