"""results/report/index.html: one self-contained page made from the tables."""

from __future__ import annotations

import base64
import html
import io as _io
from pathlib import Path

from . import io as cio


def _table_html(rows: list[dict], columns: list[str], limit: int | None = None) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for r in rows[:limit] if limit else rows:
        body.append("<tr>" + "".join(f"<td>{html.escape(str(r.get(c, '')))}</td>" for c in columns) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _figure_png(fig) -> str:
    buf = _io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def heatmap(rows: list[dict], key: str, scope: str, title: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = [r for r in rows if r["scope"] == scope]
    groups = sorted({r[key] or "(empty)" for r in rows})
    themes = sorted({r["theme"] for r in rows})
    grid = np.zeros((len(groups), len(themes)))
    for r in rows:
        grid[groups.index(r[key] or "(empty)"), themes.index(r["theme"])] = float(r["specificity"])
    fig, ax = plt.subplots(figsize=(1.6 + 1.2 * len(themes), 0.8 + 0.4 * len(groups)))
    lim = max(2.0, float(np.abs(grid).max()) if grid.size else 2.0)
    im = ax.imshow(grid, cmap="RdBu_r", vmin=-lim, vmax=lim, aspect="auto")
    ax.set_xticks(range(len(themes)), themes, rotation=30, ha="right")
    ax.set_yticks(range(len(groups)), groups)
    ax.set_title(title)
    fig.colorbar(im, ax=ax, label="specificity (Lafon)")
    uri = _figure_png(fig)
    plt.close(fig)
    return f'<figure><img alt="{html.escape(title)}" src="{uri}"><figcaption>{html.escape(title)}</figcaption></figure>'


def build_report(tables_dir: str | Path, out_path: str | Path, config: dict) -> None:
    t = Path(tables_dir)
    docs = cio.read_csv(t / "documents.csv")
    models = cio.read_csv(t / "topic_models.csv")
    by_region = cio.read_csv(t / "themes_by_region.csv")
    by_role = cio.read_csv(t / "themes_by_role.csv")
    by_doc = cio.read_csv(t / "themes_by_document.csv")
    parts = [
        "<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>corpus — report</title>",
        "<style>body{font-family:sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse;font-size:13px}"
        "td,th{border:1px solid #ccc;padding:2px 6px}img{max-width:100%}</style></head><body>",
        "<h1>Corpus report</h1>",
        "<h2 id='overview'>Documents</h2>", _table_html(docs, cio.DOCUMENTS_COLUMNS),
        "<h2 id='themes'>Themes</h2>",
        heatmap(by_region, "region", "verbatims", "Theme specificity by region (verbatims)"),
        heatmap(by_role, "role", "verbatims", "Theme specificity by role (verbatims)"),
        _table_html([r for r in by_doc if r["scope"] == "all_text"], ["doc_id"] + cio.THEME_GROUP_COLUMNS),
        "<h2 id='topics'>Topic model selection</h2>", _table_html(models, cio.TOPIC_MODELS_COLUMNS),
        "<h2 id='method'>Method</h2>",
        f"<p>spaCy model: {html.escape(str(config.get('model')))}; seed {html.escape(str(config.get('seed')))}.</p>",
        "</body></html>",
    ]
    cio.write_text(out_path, "\n".join(parts))
