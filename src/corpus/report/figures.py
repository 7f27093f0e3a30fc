"""Figures of the index page: matplotlib heatmaps and bars as PNG data URIs (no date or software
stamp in the bytes, so two builds are identical)."""

from __future__ import annotations

import base64
import io as _io
from collections import defaultdict

from markupsafe import Markup

from .html import empty, esc

THEME_COLOURS = ["#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ffab91", "#ce93d8", "#b0bec5"]


def figure_uri(fig) -> str:
    """PNG data URI; no 'Software' stamp, so the bytes depend only on the drawing."""
    buf = _io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _new_figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    return Figure(figsize=(width, height))


def figure_html(fig, alt: str, caption: str, fig_id: str) -> Markup:
    return Markup(f"<figure id='{fig_id}'><img alt='{esc(alt)}' src='{figure_uri(fig)}'>"
            f"<figcaption>{esc(caption)}</figcaption></figure>")


def heatmap(grid: list[list[float]], rows: list[str], cols: list[str], title: str, label: str,
            annotations: list[list[str]] | None = None, symmetric: bool = True):
    """A matplotlib heatmap figure (diverging around 0 when ``symmetric``)."""
    import numpy as np

    data = np.array(grid, dtype=float).reshape(len(rows), len(cols))
    fig = _new_figure(2.2 + 1.3 * len(cols), 1.2 + 0.42 * len(rows))
    ax = fig.subplots()
    if symmetric:
        lim = max(2.0, float(np.abs(data).max()) if data.size else 2.0)
        im = ax.imshow(data, cmap="RdBu_r", vmin=-lim, vmax=lim, aspect="auto")
    else:
        im = ax.imshow(data, cmap="viridis", vmin=0, aspect="auto")
    ax.set_xticks(range(len(cols)), cols, rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_title(title)
    if annotations:
        for i in range(len(rows)):
            for j in range(len(cols)):
                dark = abs(data[i, j]) > 0.6 * lim if symmetric else data[i, j] < 0.5 * data.max()
                ax.text(j, i, annotations[i][j], ha="center", va="center", fontsize=8,
                        color="white" if dark else "black")
    fig.colorbar(im, ax=ax, label=label)
    return fig


def group_label(value: str) -> str:
    return value if value else "(none)"


def specificity_heatmap(rows: list[dict], key: str, scope: str, themes: dict, title: str,
                        fig_id: str, flagged: frozenset = frozenset()) -> str:
    """Group × theme specificity; groups in ``flagged`` (mostly one document) get a '*'."""
    rows = [r for r in rows if r.get("scope") == scope]
    if not rows:
        return empty(f"{key} × theme counts ({scope})")
    groups = sorted({r[key] for r in rows})
    theme_ids = [t for t in themes if any(r["theme"] == t for r in rows)] or sorted({r["theme"] for r in rows})
    cell = {(r[key], r["theme"]): r for r in rows}
    grid, notes = [], []
    for g in groups:
        grid.append([float(cell[(g, t)]["specificity"]) if (g, t) in cell else 0.0 for t in theme_ids])
        notes.append([f"{float(cell[(g, t)]['specificity']):.1f}\n({cell[(g, t)]['hits']})"
                      if (g, t) in cell else "" for t in theme_ids])
    labels = [(g or f"(no {key})") + (" *" if g in flagged else "") for g in groups]
    fig = heatmap(grid, labels, [theme_label(themes, t) for t in theme_ids],
                  title, "specificity (Lafon, signed log10 p)", notes)
    caption = (f"{title}. Cell: specificity (hits). Red: the theme is over-represented in the "
               f"{key}'s {scope.replace('_', ' ')}; blue: under-represented; |score| ≥ 2 ⇔ p ≤ 0.01."
               + (f" * more than half of the {key}'s verbatims come from one document." if flagged else ""))
    return figure_html(fig, title, caption, fig_id)


def theme_label(themes: dict, theme_id: str) -> str:
    """A theme's label from themes.yaml (a mapping or an object with ``label``), else its id."""
    spec = themes.get(theme_id)
    label = spec.get("label") if isinstance(spec, dict) else getattr(spec, "label", None)
    return str(label or theme_id)


def is_chosen(row: dict) -> bool:
    return str(row.get("chosen", "")).lower() in ("1", "true")


def topic_terms(topics: list[dict], n: int = 4) -> dict[tuple[str, str, str], str]:
    """{(corpus, model, topic): label or 'term, term, …'} from topics.csv."""
    terms: dict[tuple[str, str, str], list[tuple[int, str]]] = defaultdict(list)
    labels: dict[tuple[str, str, str], str] = {}
    for r in topics:
        key = (r.get("corpus", ""), r["model"], r["topic"])
        terms[key].append((int(r["rank"]), r["term"]))
        if r.get("label"):
            labels[key] = r["label"]
    return {k: labels.get(k) or ", ".join(t for _, t in sorted(v)[:n]) for k, v in terms.items()}

def prevalence_heatmap(prev: list[dict], key: str, corpus: str, model: str, names: dict,
                       fig_id: str) -> str:
    rows = [r for r in prev if r.get("model") == model and r.get("corpus", "") == corpus]
    title = f"Topic prevalence by {key} — {model}" + (f" ({corpus})" if corpus else "")
    if not rows:
        return empty(f"topic prevalence by {key} for {model}")
    groups = sorted({r[key] for r in rows})
    topic_ids = sorted({r["topic"] for r in rows}, key=int)
    cell = {(r[key], r["topic"]): float(r["share"]) for r in rows}
    n_seg = {r[key]: r["n_segments"] for r in rows}
    grid = [[cell.get((g, t), 0.0) for t in topic_ids] for g in groups]
    notes = [[f"{cell.get((g, t), 0.0):.2f}" for t in topic_ids] for g in groups]
    cols = [f"{t}: {names.get((corpus, model, t), '')}" for t in topic_ids]
    fig = heatmap(grid, [f"{group_label(g)} (n={n_seg[g]})" for g in groups], cols, title,
                  "mean topic share", notes, symmetric=False)
    return figure_html(fig, title, f"{title}: mean share of each topic in the modelled segments of "
                       f"each {key}; n = number of segments.", fig_id)

