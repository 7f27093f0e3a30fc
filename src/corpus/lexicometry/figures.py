"""SVG figures (matplotlib, Agg): the CHD dendrogram with class sizes and top lemmas as IRaMuTeQ
draws it, AFC factor maps with labels that do not overlap, the similarity tree.

Every figure is byte-identical on rerun: no date in the metadata, a fixed hash salt for the
SVG element ids, seeded layouts; written through corpus.io (atomic).
"""

from __future__ import annotations

import io as _io
from pathlib import Path

import numpy as np

from .. import io as cio

PALETTE = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"]


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "corpus-lexicometry"
    plt.rcParams["svg.fonttype"] = "none"  # text stays text: searchable, smaller
    return plt


def color(k: int) -> str:
    return PALETTE[(k - 1) % len(PALETTE)]


def save(fig, path: Path) -> None:
    plt = _plt()
    buf = _io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    cio.write_text(path, buf.getvalue())


def empty(path: Path, message: str) -> None:
    plt = _plt()
    fig, ax = plt.subplots(figsize=(6, 1.2))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    save(fig, path)


def placeholder(figures_dir: Path, corpus: str, tables, message: str) -> None:
    empty(figures_dir / f"chd_dendrogram_{corpus}.svg", f"{corpus}: {message}")
    for table in tables:
        empty(figures_dir / f"afc_{corpus}_{table}.svg", f"{corpus}: {message}")
    empty(figures_dir / f"similarity_{corpus}.svg", f"{corpus}: {message}")


def dendrogram(path: Path, result, class_rows: list[dict], top_words: dict[int, list[str]], title: str) -> None:
    """Classes left to right in tree order; each split drawn at its depth; under each class its
    share of the segments and its top lemmas (largest chi2 first), in the class colour."""
    plt = _plt()
    k = result.kept_k
    if k == 0:
        empty(path, f"{title}: no class (the classification found no stable split)")
        return
    share = {r["class"]: r["share"] for r in class_rows}
    nodes = {name: (par, kids) for name, par, _, kids in result.nodes}
    depth: dict = {}

    def set_depth(name, d):
        depth[name] = d
        for kid in nodes[name][1]:
            if isinstance(kid, str):
                set_depth(kid, d + 1)
            else:
                depth[kid] = d + 1

    roots = [name for name, (par, _) in nodes.items() if par is None]
    for r in roots:
        set_depth(r, 0)
    max_depth = max(depth.values()) if depth else 1
    fig, ax = plt.subplots(figsize=(max(6, 1.6 * k), 3 + 0.22 * max(len(w) for w in top_words.values())))
    xpos = {c: float(c) for c in range(1, k + 1)}

    def pos(name):
        if not isinstance(name, str):
            return xpos[name], -max_depth - 1
        xs = [pos(kid)[0] for kid in nodes[name][1]]
        return float(np.mean(xs)), -depth[name]

    for name, (_, kids) in nodes.items():
        _, y0 = pos(name)
        kid_pos = [pos(kid) for kid in kids]
        ax.plot([min(p[0] for p in kid_pos), max(p[0] for p in kid_pos)], [y0, y0], color="black", lw=1)
        for kx, ky in kid_pos:
            ax.plot([kx, kx], [y0, ky], color="black", lw=1)
    for c in range(1, k + 1):
        y = -max_depth - 1
        ax.text(c, y - 0.15, f"Classe {c}\n{100 * share.get(c, 0):.1f} %", ha="center", va="top",
                fontsize=9, fontweight="bold", color="white",
                bbox={"boxstyle": "round", "facecolor": color(c), "edgecolor": color(c)})
        for i, word in enumerate(top_words.get(c, [])):
            ax.text(c, y - 1.1 - 0.28 * i, word, ha="center", va="top", color=color(c),
                    fontsize=max(7, 12 - i * 0.5))
    unclassified = share.get(0, 0.0)
    ax.set_title(f"CHD (Reinert) — {title}: {k} classes, {100 * (1 - unclassified):.1f} % of text segments classified",
                 fontsize=10)
    ax.set_xlim(0.4, k + 0.6)
    ax.set_ylim(-max_depth - 2.2 - 0.28 * max(len(w) for w in top_words.values()), 0.5)
    ax.axis("off")
    save(fig, path)


def place_labels(ax, fig, xs, ys, labels, colors, sizes) -> None:
    """Write labels in the given order (most important first), each at the first of a few
    positions around its point that overlaps no label already placed; a label that fits
    nowhere is left out (its point stays)."""
    renderer = fig.canvas.get_renderer()
    placed = []
    offsets = [(0, 4), (0, -10), (6, -3), (-6, -3), (0, 12), (0, -18)]
    for x, y, text, col, size in zip(xs, ys, labels, colors, sizes):
        for dx, dy in offsets:
            artist = ax.annotate(text, (x, y), xytext=(dx, dy), textcoords="offset points", ha="center",
                                 fontsize=size, color=col)
            box = artist.get_window_extent(renderer).expanded(1.02, 1.05)
            if not any(box.overlaps(b) for b in placed):
                placed.append(box)
                break
            artist.remove()


def factor_map(path: Path, ca, row_items: list[str], col_items: list[str], n_rows: int, title: str) -> None:
    """Axes 1 and 2: modalities (columns) in red, the lemmas contributing most to the plane in grey."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(9, 7))
    contrib = (ca.row_contrib[:, :2] * ca.eigenvalues[:2]).sum(axis=1)
    best = sorted(range(len(row_items)), key=lambda i: (-contrib[i], row_items[i]))[:n_rows]
    ax.axhline(0, color="#bbbbbb", lw=0.8)
    ax.axvline(0, color="#bbbbbb", lw=0.8)
    rx, ry = ca.row_coord[best, 0], ca.row_coord[best, 1]
    cx, cy = ca.col_coord[:, 0], ca.col_coord[:, 1]
    ax.scatter(rx, ry, s=8, color="#777777")
    ax.scatter(cx, cy, s=24, color="#d62728", marker="^")
    allx, ally = np.concatenate([rx, cx]), np.concatenate([ry, cy])
    pad_x, pad_y = 0.1 * (np.ptp(allx) or 1), 0.1 * (np.ptp(ally) or 1)
    ax.set_xlim(allx.min() - pad_x, allx.max() + pad_x)
    ax.set_ylim(ally.min() - pad_y, ally.max() + pad_y)
    share = ca.inertia_share
    ax.set_xlabel(f"Axis 1 ({100 * share[0]:.1f} %)")
    ax.set_ylabel(f"Axis 2 ({100 * share[1]:.1f} %)" if len(share) > 1 else "Axis 2")
    ax.set_title(f"Correspondence analysis — {title}", fontsize=10)
    fig.canvas.draw()
    place_labels(ax, fig, list(cx) + list(rx), list(cy) + list(ry), list(col_items) + [row_items[i] for i in best],
                 ["#d62728"] * len(cx) + ["#333333"] * len(best), [9] * len(cx) + [7.5] * len(best))
    save(fig, path)


def graph(path: Path, tree, seed: int, title: str) -> None:
    """The maximum spanning tree: node size ~ frequency, colour = community, edge width ~ weight."""
    import networkx as nx

    plt = _plt()
    fig, ax = plt.subplots(figsize=(12, 10))
    if tree.number_of_nodes() == 0:
        empty(path, f"{title}: no lemma")
        plt.close(fig)
        return
    # distances by hops, not weights: networkx reads a weight as a length, which would push the
    # strongest links furthest apart
    layout = nx.kamada_kawai_layout(tree, weight=None) if tree.number_of_edges() else \
        nx.spring_layout(tree, seed=seed)
    nodes = sorted(tree.nodes)
    freq = np.array([tree.nodes[n]["frequency"] for n in nodes], dtype=float)
    size = 20 + 400 * freq / freq.max()
    weights = np.array([d["weight"] for _, _, d in tree.edges(data=True)], dtype=float)
    widths = 0.5 + 4 * weights / weights.max() if len(weights) else []
    nx.draw_networkx_edges(tree, layout, ax=ax, width=widths, edge_color="#999999")
    nx.draw_networkx_nodes(tree, layout, nodelist=nodes, ax=ax, node_size=size,
                           node_color=[color(tree.nodes[n]["community"]) for n in nodes], alpha=0.5)
    for n in nodes:
        x, y = layout[n]
        ax.text(x, y, n, ha="center", va="center", fontsize=7 + 5 * tree.nodes[n]["frequency"] / freq.max(),
                color=color(tree.nodes[n]["community"]))
    ax.set_title(f"Similarity analysis (co-occurrence, maximum spanning tree) — {title}", fontsize=10)
    ax.axis("off")
    save(fig, path)
