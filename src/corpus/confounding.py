"""Is a group effect one author's? Two tables for every group table (region, role).

- ``confounding.csv``: for each group, how many of its verbatims come from its largest document;
  above ``WARN_SHARE`` the group's figures mostly describe that one document.
- ``themes_stratified.csv``: the theme specificities of themes_by_region/role recomputed with
  documents as strata: within each document, the group's verbatims against that document's
  verbatims. A region over-represented corpus-wide but not within its documents is a document
  (author, interview guide) effect, not a regional one.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .io import SPEAKER_KINDS
from .stats import per_10k, specificity

GROUP_KEYS = ("region", "role")
WARN_SHARE = 0.5  # more than half of a group's verbatims from one document


def confounding_rows(verbatims: list[dict], keys=GROUP_KEYS) -> list[dict]:
    """One row per (group_by, group): verbatims, documents, the largest document and its share."""
    rows = []
    for key in keys:
        by_group: dict[str, Counter] = defaultdict(Counter)
        for v in verbatims:
            by_group[v.get(key, "") or ""][v["doc_id"]] += 1
        for group in sorted(by_group):
            docs = by_group[group]
            total = sum(docs.values())
            # ties go to the first doc_id in sort order, so the table is stable
            largest, n = min(docs.items(), key=lambda kv: (-kv[1], kv[0]))
            share = n / total if total else 0.0
            rows.append({"group_by": key, "group": group, "n_verbatims": total,
                         "n_documents": len(docs), "largest_doc": largest, "largest_n": n,
                         "largest_share": share, "warning": int(share > WARN_SHARE)})
    return rows


def stratified_rows(seg_info: dict, words_per_segment: dict, hits: list[dict], theme_ids,
                    keys=GROUP_KEYS) -> list[dict]:
    """Specificity of each (group, theme) within each document's verbatims (documents as strata)."""
    tokens: Counter = Counter()        # (key, doc, group) -> words
    doc_tokens: Counter = Counter()    # doc -> words
    group_hits: Counter = Counter()    # (key, doc, group, theme) -> hits
    doc_hits: Counter = Counter()      # (doc, theme) -> hits
    for seg_id, seg in seg_info.items():
        if seg["kind"] not in SPEAKER_KINDS:
            continue
        n = words_per_segment.get(seg_id, 0)
        doc_tokens[seg["doc_id"]] += n
        for key in keys:
            tokens[(key, seg["doc_id"], seg.get(key, "") or "")] += n
    for h in hits:
        seg = seg_info.get(h["segment_id"])
        if seg is None or seg["kind"] not in SPEAKER_KINDS:
            continue
        doc_hits[(seg["doc_id"], h["theme"])] += 1
        for key in keys:
            group_hits[(key, seg["doc_id"], seg.get(key, "") or "", h["theme"])] += 1
    rows = []
    for (key, doc, group), n in tokens.items():
        if n == 0:
            continue
        for theme in theme_ids:
            k = group_hits[(key, doc, group, theme)]
            rows.append({"group_by": key, "group": group, "doc_id": doc, "scope": "verbatims",
                         "theme": theme, "hits": k, "tokens": n, "doc_tokens": doc_tokens[doc],
                         "per_10k": per_10k(k, n),
                         "specificity": specificity(k, n, doc_hits[(doc, theme)], doc_tokens[doc])})
    rows.sort(key=lambda r: (r["group_by"], r["group"], r["theme"], r["doc_id"]))
    return rows
