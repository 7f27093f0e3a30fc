"""results/report/index.html: one self-contained page (no network, no script) made from the tables
and the per-document interim artefacts.

Sections: overview, themes (heatmaps of specificity, rates per document), topics, one section per
document (structure, segment counts, an audit view of the text page by page with verbatims,
speaker labels and theme hits highlighted), method notes and provenance.

The page is deterministic: rows come sorted from the tables, figures are PNG without a software
stamp or date, and nothing depends on the time or the folder the run happens in.
"""

from __future__ import annotations

import base64
import bisect
import html
import io as _io
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from . import io as cio
from .errors import CorpusError

VERBATIM_KINDS = ("verbatim", "turn")
HIGHLIGHTED_KINDS = ("verbatim", "turn", "attribution")
# Above this many characters a document's audit view shows excerpts (verbatims in full, theme
# hits with KWIC_WIDTH characters either side) instead of every page in full: keeps the page
# of a 464-page thesis around a megabyte.
FULL_TEXT_MAX_CHARS = 250_000
KWIC_WIDTH = 100
THEME_COLOURS = ["#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ffab91", "#ce93d8", "#b0bec5"]
# Shown only if the topics stage cannot state its own rule (corpus.topics.choice_rule).
TOPIC_CHOICE_RULE = "See corpus/topics.py: the rule that sets 'chosen' in topic_models.csv."
STAGES = [
    ("extract", "pdfminer.six reads each PDF page by page; running headers, footers and page numbers "
                "(lines recurring at the top or bottom of at least a quarter of the pages) are removed, "
                "hyphenated line ends joined, paragraphs split across a page break re-joined. Every "
                "removal or change is listed in interim audit.csv. Output: text.txt (the coordinate "
                "system of every offset), pages.csv (the page of every character), structure.csv."),
    ("segment", "The cleaned text is cut into segments: headings, narrative, verbatims (quotes « … » "
                "with a parenthesised attribution or followed by an 'Entretien n°N – role – region' "
                "line), turns of transcripts (P1 :, E12 :, Enquêteur :). Speakers get a role from a "
                "fixed vocabulary and a region (2016 regions, anonymised 'Région X' as written, "
                "National) from the attribution or the gazetteer, else the document's region."),
    ("nlp", "spaCy (French model) tokenises, tags and lemmatises every segment; tokens keep their "
            "offsets in text.txt."),
    ("themes", "Theme lexicons (config/themes.yaml) are matched on lemmas (accents and case folded); "
               "multi-word phrases are lemmatised first; the longest match wins. Each hit keeps its "
               "page and a KWIC line."),
    ("tables", "Corpus tables. Rates are hits per 10,000 word tokens (punctuation, symbols and spaces "
               "excluded). Specificity is Lafon's hypergeometric score, as in TXM and IRaMuTeQ: for k "
               "hits in a part of n tokens, a theme with K hits in a corpus of N tokens, X ~ H(N, K, n); "
               "+log10 1/P(X ≥ k) when over-represented, log10 P(X ≤ k) when under-represented "
               "(|score| ≥ 2 means p ≤ 0.01). Scope 'verbatims' counts only verbatim and turn segments; "
               "'all_text' counts every segment."),
    ("topics", "Topic models (scikit-learn NMF on tf-idf, LDA on counts) over the content lemmas "
               "(nouns, verbs, adjectives, proper nouns; stop words out; acronyms as written), one bag "
               "per segment, for each corpus: 'verbatims' (the segments of verbatims.csv) and 'body' "
               "(the narrative, verbatim and turn segments of body sections). Every k of the grid is "
               "fitted and scored (NPMI coherence, stability across seeds, random baselines); the "
               "choice rule below picks k. Prevalence is the mean topic share of a group's segments."),
    ("report, manifest", "This page; results/manifest.json records the sha256 of every input, config "
                         "file and table, the library versions and the code's git commit; "
                         "`corpus verify` says what changed since."),
]

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;margin:0}
main{max-width:1200px;margin:0 auto;padding:0 20px 60px}
nav.top{position:sticky;top:0;background:#263238;padding:6px 20px;z-index:2}
nav.top a{color:#eceff1;margin-right:14px;text-decoration:none;font-size:14px}
h1{margin:18px 0 4px}h2{border-bottom:2px solid #cfd8dc;padding-bottom:3px;margin-top:36px}
h3{margin-top:26px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
td,th{border:1px solid #cfd8dc;padding:2px 6px;vertical-align:top;text-align:left}
th{background:#eceff1}tr:nth-child(even) td{background:#fafafa}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.chosen td{background:#fff3c4;font-weight:600}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.stat{border:1px solid #cfd8dc;border-radius:6px;padding:6px 14px;min-width:110px}
.stat b{display:block;font-size:22px}
figure{margin:12px 0}figure img{max-width:100%;height:auto;border:1px solid #eceff1}
figcaption{font-size:13px;color:#555}
.note{color:#555;font-size:13px}.error{color:#b71c1c}
details{margin:3px 0}summary{cursor:pointer}
.page{white-space:pre-wrap;font:13px/1.5 Georgia,serif;border-left:3px solid #cfd8dc;
 padding:4px 10px;margin:4px 0 10px}
.gap{color:#999}
.v{background:#e3f2fd;border-bottom:2px solid #1e88e5}
.t{background:#e8f5e9;border-bottom:2px solid #43a047}
.a{background:#f3e5f5}
.r{outline:1px dashed #78909c}
.spk{font-weight:700;color:#4a148c}
.tag{font:11px system-ui,sans-serif;color:#37474f;background:#eceff1;border-radius:3px;padding:0 3px;margin:0 2px}
.legend span{padding:1px 6px;margin-right:8px}
"""


# ---- small helpers -----------------------------------------------------------------------


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def anchor(*parts: str) -> str:
    """An id safe in a URL fragment, stable for the same parts."""
    return "-".join(re.sub(r"[^A-Za-z0-9_-]+", "_", str(p)) for p in parts)


def num(value, digits: int = 0) -> str:
    """A table cell as a rounded number; non-numbers are shown as they are."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return esc(value)
    if digits == 0 and x == int(x):
        return f"{int(x):,}".replace(",", " ")
    return f"{x:,.{digits}f}".replace(",", " ")


def table(rows: list[dict], columns: list[str], numeric: dict[str, int] | None = None,
          cell=None, row_class=None) -> str:
    """An HTML table; ``numeric`` maps a column to its decimals; ``cell(row, col)`` may return HTML."""
    numeric = numeric or {}
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            custom = cell(r, c) if cell else None
            if custom is not None:
                cells.append(f"<td>{custom}</td>")
            elif c in numeric:
                cells.append(f"<td class='n'>{num(r.get(c, ''), numeric[c])}</td>")
            else:
                cells.append(f"<td>{esc(r.get(c, ''))}</td>")
        cls = row_class(r) if row_class else ""
        body.append(f"<tr{f' class={chr(39)}{cls}{chr(39)}' if cls else ''}>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def empty(what: str) -> str:
    return f"<p class='note'>No {esc(what)} in this run.</p>"


def read_table(path: Path) -> list[dict]:
    """Rows of a table, [] when the file is missing or empty (a stage found nothing)."""
    if not path.exists() or path.stat().st_size == 0:
        return []
    return cio.read_csv(path)


def read_interim(folder: Path) -> dict:
    """What the audit view needs from a document's interim folder; missing files read as empty."""
    def csv_rows(name):
        return read_table(cio.interim_path(folder, name))

    text_path = cio.interim_path(folder, "text")
    seg_path = cio.interim_path(folder, "segments")
    return {
        "text": cio.read_text(text_path) if text_path.exists() else "",
        "pages": csv_rows("pages"),
        "structure": csv_rows("structure"),
        "segments": cio.read_jsonl(seg_path) if seg_path.exists() else [],
    }


# ---- figures -----------------------------------------------------------------------------


def figure_uri(fig) -> str:
    """PNG data URI; no 'Software' stamp, so the bytes depend only on the drawing."""
    buf = _io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _new_figure(width: float, height: float):
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    return Figure(figsize=(width, height))


def figure_html(fig, alt: str, caption: str, fig_id: str) -> str:
    return (f"<figure id='{fig_id}'><img alt='{esc(alt)}' src='{figure_uri(fig)}'>"
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
                        fig_id: str) -> str:
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
    fig = heatmap(grid, [group_label(g) for g in groups], [theme_label(themes, t) for t in theme_ids],
                  title, "specificity (Lafon, signed log10 p)", notes)
    caption = (f"{title}. Cell: specificity (hits). Red: the theme is over-represented in the "
               f"{key}'s {scope.replace('_', ' ')}; blue: under-represented; |score| ≥ 2 ⇔ p ≤ 0.01.")
    return figure_html(fig, title, caption, fig_id)


def theme_label(themes: dict, theme_id: str) -> str:
    spec = themes.get(theme_id) or {}
    return str(spec.get("label") or theme_id)


def rates_figure(by_doc: list[dict], themes: dict, fig_id: str) -> str:
    import numpy as np

    rows = [r for r in by_doc if r.get("scope") == "all_text"]
    if not rows:
        return empty("theme rates per document")
    docs = sorted({r["doc_id"] for r in rows})
    theme_ids = [t for t in themes if any(r["theme"] == t for r in rows)] or sorted({r["theme"] for r in rows})
    rate = {(r["doc_id"], r["theme"]): float(r["per_10k"]) for r in rows}
    fig = _new_figure(8.5, 1.2 + 0.55 * len(docs) * max(1, len(theme_ids)) / 2.5)
    ax = fig.subplots()
    height = 0.8 / max(1, len(theme_ids))
    y = np.arange(len(docs))
    for i, t in enumerate(theme_ids):
        ax.barh(y + i * height, [rate.get((d, t), 0.0) for d in docs], height,
                label=theme_label(themes, t), color=THEME_COLOURS[i % len(THEME_COLOURS)],
                edgecolor="#555", linewidth=0.4)
    ax.set_yticks(y + height * (len(theme_ids) - 1) / 2, docs)
    ax.invert_yaxis()
    ax.set_xlabel("theme hits per 10,000 word tokens (whole text)")
    ax.set_title("Theme rates per document")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    return figure_html(fig, "Theme rates per document",
                       "Theme rates per document (scope all_text): hits per 10,000 word tokens.", fig_id)


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


# ---- audit view --------------------------------------------------------------------------


def highlight_intervals(doc_text: str, segments: list[dict], hits: list[dict], themes: list[str],
                        marked: frozenset = frozenset()) -> list[tuple]:
    """(start, end, layer, css class, title, id, tag) for verbatims, turns, attributions, segments
    in ``marked`` (topic representatives), speaker labels and theme hits, in text.txt offsets.
    Layers nest: 0 segment, 1 speaker label, 2 hit. ``tag`` is shown after a segment's end."""
    out = []
    for s in segments:
        css = {"verbatim": "v", "turn": "t", "attribution": "a"}.get(s["kind"])
        if css is None and s["segment_id"] not in marked:
            continue
        start, end = int(s["char_start"]), int(s["char_end"])
        content = len(doc_text[start:end].rstrip())  # the paragraph's line break stays out
        end = start + content if content else end
        who = " · ".join(x for x in (s.get("speaker"), s.get("role_raw"), s.get("role"), s.get("region")) if x)
        tag = ""
        if s["kind"] in VERBATIM_KINDS:
            tag = " · ".join(x for x in (s.get("role") or "no role", s.get("region") or "no region"))
        if s["segment_id"] in marked:
            tag = (tag + " · " if tag else "") + "topic representative"
        out.append((start, end, 0, css or "r", f"{s['segment_id']} ({s['kind']}) {who}".strip(),
                    anchor("seg", s["segment_id"]), tag))
        if css is None:
            continue
        for label in dict.fromkeys(x for x in (s.get("speaker"), s.get("role_raw")) if x):
            pos = doc_text.find(label, start, end)
            if pos >= 0:
                out.append((pos, pos + len(label), 1, "spk", f"speaker label: {label}", "", ""))
    for h in hits:
        theme = h["theme"]
        idx = themes.index(theme) if theme in themes else len(themes)
        out.append((int(h["char_start"]), int(h["char_end"]), 2, f"h{idx}",
                    f"theme {theme}: {h['lemma']}", "", ""))
    out.sort(key=lambda iv: (iv[0], iv[2], -iv[1], iv[3]))
    return out


def render_range(text: str, start: int, end: int, intervals: list[tuple], seen_ids: set) -> str:
    """HTML of text[start:end] with every interval that overlaps it as nested spans; an id is
    emitted once (on the interval's first piece), a segment's tag after its last piece."""
    inside = [iv for iv in intervals if iv[0] < end and iv[1] > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for iv in inside for x in iv[:2]})
    out, titled = [], set()  # an interval's title goes on its first piece of the range only
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(text[a:b])
        active = sorted((iv for iv in inside if iv[0] <= a and iv[1] >= b), key=lambda iv: iv[2], reverse=True)
        for iv in active:
            attr = ""
            if iv not in titled:
                titled.add(iv)
                attr = f" title='{esc(iv[4])}'"
            if iv[5] and iv[5] not in seen_ids:
                seen_ids.add(iv[5])
                attr += f" id='{iv[5]}'"
            piece = f"<span class='{iv[3]}'{attr}>{piece}</span>"
        out.append(piece)
        out.extend(f"<span class='tag'>[{esc(iv[6])}]</span>" for iv in active if iv[6] and iv[1] == b)
    return "".join(out)


class IntervalIndex:
    """Highlight intervals overlapping a range, found by bisection on their starts: a thesis has
    thousands of intervals and pages, and scanning them all for each page was quadratic."""

    LONG = 20_000  # intervals longer than this (rare) are checked against every range

    def __init__(self, intervals: list[tuple]):
        short = sorted((iv for iv in intervals if iv[1] - iv[0] <= self.LONG), key=lambda iv: iv[0])
        self.short, self.starts = short, [iv[0] for iv in short]
        self.long = [iv for iv in intervals if iv[1] - iv[0] > self.LONG]
        self.order = {id(iv): i for i, iv in enumerate(intervals)}

    def overlapping(self, start: int, end: int) -> list[tuple]:
        """Intervals with iv[0] < end and iv[1] > start, in their original order."""
        lo = bisect.bisect_right(self.starts, start - self.LONG)
        hi = bisect.bisect_left(self.starts, end)
        found = [iv for iv in self.short[lo:hi] if iv[1] > start]
        found += [iv for iv in self.long if iv[0] < end and iv[1] > start]
        return sorted(found, key=lambda iv: self.order[id(iv)])


def excerpt_ranges(text: str, start: int, end: int, intervals: list[tuple]) -> list[tuple[int, int]]:
    """Parts of a page worth showing in a long document: highlighted segments in full, and
    KWIC_WIDTH characters around hits elsewhere, merged when they touch."""
    spans = []
    segs = [iv for iv in intervals if iv[2] == 0]
    for iv in intervals:
        if iv[0] >= end or iv[1] <= start:
            continue
        if iv[2] == 0:
            spans.append((iv[0], iv[1]))
        elif iv[2] == 2 and not any(s[0] <= iv[0] and iv[1] <= s[1] for s in segs):
            spans.append((iv[0] - KWIC_WIDTH, iv[1] + KWIC_WIDTH))
    merged: list[list[int]] = []
    for a, b in sorted((max(start, a), min(end, b)) for a, b in spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def audit_view(doc_id: str, interim: dict, hits: list[dict], themes: list[str], seen: set,
               marked: frozenset = frozenset()) -> str:
    text, pages = interim["text"], interim["pages"]
    if not text or not pages:
        return empty("text to audit")
    intervals = highlight_intervals(text, interim["segments"], hits, themes, marked)
    full = len(text) <= FULL_TEXT_MAX_CHARS
    parts = []
    if not full:
        parts.append(f"<p class='note'>This document is long ({num(len(text))} characters): each page "
                     f"shows its verbatims, turns and attribution lines in full and every other theme "
                     f"hit with {KWIC_WIDTH} characters either side; '[…]' marks omitted text. The "
                     f"complete text is results/interim/{esc(doc_id)}/text.txt.</p>")
    seg_pages = defaultdict(Counter)
    for s in interim["segments"]:
        if s["kind"] in HIGHLIGHTED_KINDS:
            seg_pages[int(s["page_start"])][s["kind"]] += 1
    hit_pages = defaultdict(Counter)
    for h in hits:
        hit_pages[int(h["page"])][h["theme"]] += 1
    index = IntervalIndex(intervals)
    for p in pages:
        page, start, end = int(p["page"]), int(p["char_start"]), int(p["char_end"])
        local = index.overlapping(start, end)  # what render_range and excerpt_ranges look at
        counts = seg_pages.get(page, Counter())
        theme_counts = hit_pages.get(page, Counter())
        bits = [f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(counts.items())]
        bits += [f"{t} {n}" for t, n in sorted(theme_counts.items())]
        summary = f"Page {page}" + (f" — {', '.join(bits)}" if bits else "")
        if full:
            body = render_range(text, start, end, local, seen)
        else:
            ranges = excerpt_ranges(text, start, end, local)
            if not ranges:
                parts.append(f"<details id='{anchor('p', doc_id, page)}'><summary>{esc(summary)}</summary>"
                             "<p class='note'>Nothing highlighted on this page.</p></details>")
                continue
            pieces = []
            for i, (a, b) in enumerate(ranges):
                if a > start or i:
                    pieces.append("<span class='gap'> […] </span>")
                pieces.append(render_range(text, a, b, local, seen))
            if ranges[-1][1] < end:
                pieces.append("<span class='gap'> […]</span>")
            body = "".join(pieces)
        parts.append(f"<details id='{anchor('p', doc_id, page)}'><summary>{esc(summary)}</summary>"
                     f"<div class='page'>{body}</div></details>")
    return "\n".join(parts)


def document_section(doc: dict, interim: dict, segments: list[dict], hits: list[dict],
                     speakers: list[dict], themes: dict, ids: set, marked: frozenset = frozenset()) -> str:
    doc_id = doc["doc_id"]
    out = [f"<h3 id='{anchor('doc', doc_id)}'>{esc(doc_id)} — {esc(doc.get('title', ''))}</h3>"]
    meta = ", ".join(esc(x) for x in (doc.get("year"), doc.get("kind"), doc.get("region") or "no region") if x)
    out.append(f"<p>{meta}. {num(doc.get('n_pages', 0))} pages, {num(doc.get('n_chars', 0))} characters, "
               f"{num(doc.get('n_tokens', 0))} word tokens.</p>")
    if doc.get("status") != "ok":
        out.append(f"<p class='error'>Status {esc(doc.get('status'))}: {esc(doc.get('error'))}</p>")
        return "\n".join(out)
    kinds = Counter(s["kind"] for s in segments)
    by_theme = Counter(h["theme"] for h in hits)
    rows = [{"kind": k, "segments": n} for k, n in sorted(kinds.items())]
    out.append("<h4>Segments and theme hits</h4><div class='stats'>"
               + "".join(f"<div class='stat'><b>{num(r['segments'])}</b>{esc(r['kind'])}</div>" for r in rows)
               + "".join(f"<div class='stat'><b>{num(by_theme[t])}</b>hits {esc(theme_label(themes, t))}</div>"
                         for t in themes)
               + "</div>")
    structure = interim["structure"]
    pages = interim["pages"]
    pagemap = cio.PageMap(pages)
    srows = [{**s, "page": pagemap.page(int(s["char_start"]))} for s in structure]
    out.append(f"<details><summary>Structure: {len(srows)} section(s)</summary>"
               + table(srows, ["section_id", "kind", "level", "heading", "page", "char_start", "char_end"],
                       cell=lambda r, c: (f"<a href='#{anchor('p', doc_id, r['page'])}'>{r['page']}</a>"
                                          if c == "page" and r["page"] != "" else None))
               + "</details>")
    if speakers:
        out.append(f"<details><summary>Speakers: {len(speakers)}</summary>"
                   + table(speakers, cio.SPEAKERS_COLUMNS[1:], {"n_turns": 0, "n_words": 0}) + "</details>")
    theme_ids = list(themes)
    legend = "".join(f"<span class='h{theme_ids.index(t)}'>{esc(theme_label(themes, t))}</span>" for t in theme_ids)
    out.append("<h4>Audit view</h4><p class='legend'><span class='v'>verbatim</span><span class='t'>turn</span>"
               "<span class='a'>attribution</span><span class='r'>topic representative</span>"
               f"<span class='spk'>speaker label</span>{legend}</p>"
               "<p class='note'>Page numbers are the PDF's own page sequence (1 = first page of the file). "
               "Hover a highlight for its segment id, speaker, role and region, or its theme and lemma.</p>")
    out.append(audit_view(doc_id, interim, hits, theme_ids, ids, marked))
    return "\n".join(out)


# ---- sections ----------------------------------------------------------------------------


def overview(docs: list[dict], tables: dict) -> str:
    ok = [d for d in docs if d.get("status") == "ok"]
    errors = [d for d in docs if d.get("status") != "ok"]

    def total(col):
        return sum(int(d.get(col) or 0) for d in docs)

    stats = [("documents", len(docs)), ("ok", len(ok)), ("errors", len(errors)),
             ("pages", total("n_pages")), ("word tokens", total("n_tokens")),
             ("segments", total("n_segments")), ("verbatims", len(tables["verbatims"])),
             ("speakers", len(tables["speakers"])), ("theme hits", len(tables["theme_hits"]))]
    out = ["<div class='stats'>" + "".join(f"<div class='stat'><b>{num(v)}</b>{esc(k)}</div>" for k, v in stats)
           + "</div>"]
    if errors:
        out.append("<p class='error'>Documents in error (they count as zero everywhere):</p><ul>"
                   + "".join(f"<li class='error'><a href='#{anchor('doc', d['doc_id'])}'>{esc(d['doc_id'])}</a>: "
                             f"{esc(d.get('error'))}</li>" for d in errors) + "</ul>")
    speakers = Counter(s["doc_id"] for s in tables["speakers"])
    hits = Counter(h["doc_id"] for h in tables["theme_hits"])
    rows = [{**d, "n_speakers": speakers[d["doc_id"]], "n_hits": hits[d["doc_id"]]} for d in docs]
    cols = ["doc_id", "title", "year", "kind", "region", "n_pages", "n_tokens", "n_segments",
            "n_verbatims", "n_speakers", "n_hits", "status"]
    out.append(table(rows, cols, {c: 0 for c in cols if c.startswith("n_")},
                     cell=lambda r, c: (f"<a href='#{anchor('doc', r['doc_id'])}'>{esc(r['doc_id'])}</a>"
                                        if c == "doc_id" else None)))
    return "\n".join(out)


def seg_link(segment_id: str, text: str, ids: set, title: str = "") -> str:
    """A link to a segment in the audit view, plain text when the segment is not shown."""
    target = anchor("seg", segment_id)
    if target not in ids:
        return esc(text)
    return f"<a href='#{target}'" + (f" title='{esc(title)}'" if title else "") + f">{esc(text)}</a>"


def evidence(tables: dict, seg_by_id: dict, key: str, ids: set) -> str:
    """Theme hits inside verbatims, grouped by region or role, each linked to its segment."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for h in tables["theme_hits"]:
        seg = seg_by_id.get(h["segment_id"])
        if seg is not None and seg["kind"] in VERBATIM_KINDS:
            groups[(seg.get(key, ""), h["theme"])].append(h)
    if not groups:
        return ""
    items = []
    for (g, theme), hs in sorted(groups.items()):
        links = ", ".join(seg_link(h["segment_id"], f"{h['doc_id']} p.{h['page']}", ids,
                                   f"{h['left'][-40:]}[{h['matched']}]{h['right'][:40]}") for h in hs)
        items.append(f"<li><b>{esc(group_label(g))} × {esc(theme)}</b> ({len(hs)}): {links}</li>")
    return (f"<details><summary>Check a cell: the theme hits inside verbatims, by {key} "
            f"(links go to the audit view)</summary><ul>{''.join(items)}</ul></details>")


def themes_section(tables: dict, themes: dict, seg_by_id: dict, ids: set) -> str:
    out = [
        "<h3 id='theme-region'>Theme × region</h3>",
        specificity_heatmap(tables["themes_by_region"], "region", "verbatims", themes,
                            "Theme specificity by region (verbatims)", "fig-theme-region"),
        evidence(tables, seg_by_id, "region", ids),
        "<h3 id='theme-role'>Theme × role</h3>",
        specificity_heatmap(tables["themes_by_role"], "role", "verbatims", themes,
                            "Theme specificity by role (verbatims)", "fig-theme-role"),
        evidence(tables, seg_by_id, "role", ids),
        "<h3 id='theme-documents'>Theme rates per document</h3>",
        rates_figure(tables["themes_by_document"], themes, "fig-theme-documents"),
        specificity_heatmap(tables["themes_by_document"], "doc_id", "all_text", themes,
                            "Theme specificity by document (whole text)", "fig-theme-doc-spec"),
    ]
    rows = tables["themes_by_document"]
    if rows:
        out.append("<details><summary>The numbers: themes_by_document.csv</summary>"
                   + table(rows, ["doc_id"] + cio.THEME_GROUP_COLUMNS,
                           {"hits": 0, "tokens": 0, "per_10k": 2, "specificity": 2}) + "</details>")
    return "\n".join(out)


def topics_section(tables: dict, ids: set) -> str:
    models = tables["topic_models"]
    if not models:
        return empty("topic model")
    names = topic_terms(tables["topics"])
    out = ["<p class='note'>Chosen models only; the whole grid and the choice rule are in "
           "<a href='#model-selection'>Method › Topic model selection</a>.</p>"]
    for r in (r for r in models if is_chosen(r)):
        corpus, name = r.get("corpus", ""), f"{r['model']}_k{r['k']}"
        out.append(f"<h3 id='{anchor('topics', corpus, name)}'>{esc(name)}"
                   + (f" — corpus {esc(corpus)}" if corpus else "") + "</h3>")
        out.append(prevalence_heatmap(tables["topic_prevalence_by_region"], "region", corpus, name, names,
                                      anchor("fig-topics-region", corpus, name)))
        reps, terms = defaultdict(list), defaultdict(list)
        for rep in tables["topic_representatives"]:
            if rep["model"] == name and rep.get("corpus", "") == corpus:
                reps[rep["topic"]].append(rep)
        for t in tables["topics"]:
            if t["model"] == name and t.get("corpus", "") == corpus:
                terms[t["topic"]].append((int(t["rank"]), t["term"]))
        rows = [{"topic": t, "terms": ", ".join(x for _, x in sorted(v)), "segments": reps.get(t, [])}
                for t, v in sorted(terms.items(), key=lambda kv: int(kv[0]))]
        out.append(table(rows, ["topic", "terms", "segments"], cell=lambda row, c: (
            ", ".join(seg_link(x["segment_id"], x["segment_id"], ids) for x in row["segments"])
            if c == "segments" else None)))
        by_doc = [p for p in tables["topic_prevalence_by_document"]
                  if p["model"] == name and p.get("corpus", "") == corpus]
        if by_doc:
            out.append("<details><summary>Prevalence by document</summary>"
                       + table(by_doc, ["doc_id", "topic", "share", "n_segments"], {"share": 3, "n_segments": 0})
                       + "</details>")
    return "\n".join(out)


def topic_settings(config: dict) -> dict:
    """The topics stage's settings in force (config over its defaults), {} if it cannot say."""
    try:
        from .topics import settings

        return settings(config.get("topics"))
    except (ImportError, CorpusError):
        return {}


def choice_rule_text(config: dict) -> str:
    """The topics stage's own wording of its rule, with the values in force."""
    try:
        from .topics import choice_rule

        return choice_rule(config.get("topics"))
    except (ImportError, CorpusError):
        return TOPIC_CHOICE_RULE


def method_section(config: dict, themes: dict, tables: dict) -> str:
    out = ["<h3 id='stages'>Stages</h3><dl>"]
    for name, what in STAGES:
        out.append(f"<dt><b>{esc(name)}</b></dt><dd>{esc(what)}</dd>")
    out.append("</dl><h3 id='parameters'>Parameters in force</h3>")
    rows = [{"parameter": k, "value": v, "source": "config.yaml"} for k, v in flatten(config)]
    given = {r["parameter"] for r in rows}
    rows += [{"parameter": k, "value": v, "source": "default of the topics stage"}
             for k, v in flatten({"topics": topic_settings(config)}) if k not in given]
    out.append(table(sorted(rows, key=lambda r: r["parameter"]), ["parameter", "value", "source"]))
    out.append("<h3 id='lexicons'>Theme lexicons (themes.yaml)</h3>")
    trows = [{"theme": t, "label": s.get("label", ""), "definition": s.get("definition", ""),
              "lemmas": ", ".join(map(str, s.get("lemmas", []) or [])),
              "phrases": ", ".join(map(str, s.get("phrases", []) or [])),
              "exclude": ", ".join(map(str, s.get("exclude", []) or []))} for t, s in themes.items()]
    out.append(table(trows, ["theme", "label", "definition", "lemmas", "phrases", "exclude"])
               if trows else empty("theme lexicon"))
    out.append("<h3 id='model-selection'>Topic model selection</h3>")
    out.append(f"<p><b>Choice rule.</b> {esc(choice_rule_text(config))}</p>")
    models = tables["topic_models"]
    decimals = {"k": 0, "coherence_npmi": 3, "stability": 3, "baseline_npmi": 3, "baseline_stability": 3,
                "n_segments": 0, "n_terms": 0}
    out.append(table(models, list(models[0]), decimals, row_class=lambda r: "chosen" if is_chosen(r) else "")
               + "<p class='note'>Highlighted: the chosen k of each corpus and family.</p>"
               if models else empty("topic model"))
    return "\n".join(out)


def flatten(data, prefix: str = "") -> list[tuple[str, str]]:
    out = []
    for k in sorted(data) if isinstance(data, dict) else []:
        v = data[k]
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.extend(flatten(v, name + "."))
        else:
            out.append((name, json.dumps(v, ensure_ascii=False) if isinstance(v, (list, bool)) else str(v)))
    return out


def provenance_section() -> str:
    from . import provenance

    versions = provenance.versions()
    rows = [{"item": k, "value": v} for k, v in sorted(versions.items())]
    rows.append({"item": "code (git commit)", "value": provenance.git_commit()})
    return (table(rows, ["item", "value"])
            + "<p class='note'>results/manifest.json holds the sha256 of every input PDF, config file and "
              "table of this run; <code>corpus verify</code> recomputes them and names what changed. "
              "<code>make report</code> writes Snakemake's own report (the run's rules, commands and "
              "timings) to results/snakemake_report.html.</p>")


# ---- entry point -------------------------------------------------------------------------

TABLE_FILES = [
    "documents", "segments", "verbatims", "speakers", "theme_hits", "themes_by_document",
    "themes_by_region", "themes_by_role", "topics", "topic_models", "topic_representatives",
    "topic_prevalence_by_document", "topic_prevalence_by_region", "topic_prevalence_by_role",
]


def build_report(tables_dir: str | Path, out_path: str | Path, config: dict,
                 interim_dir: str | Path | None = None, themes: dict | None = None) -> dict:
    """Write the report; returns counts of what it shows (documents, figures, bytes)."""
    tables_dir = Path(tables_dir)
    if not (tables_dir / "documents.csv").exists():
        raise CorpusError(f"{tables_dir / 'documents.csv'}: missing; run the tables stage first")
    tables = {name: read_table(tables_dir / f"{name}.csv") for name in TABLE_FILES}
    themes = themes or {}
    if not themes:  # fall back to the theme ids the tables carry
        themes = {t: {} for t in sorted({r["theme"] for r in tables["themes_by_document"]})}
    docs = tables["documents"]
    seg_by_id = {s["segment_id"]: s for s in tables["segments"]}
    hits_by_doc, segs_by_doc, speakers_by_doc = defaultdict(list), defaultdict(list), defaultdict(list)
    for h in tables["theme_hits"]:
        hits_by_doc[h["doc_id"]].append(h)
    for s in tables["segments"]:
        segs_by_doc[s["doc_id"]].append(s)
    for s in tables["speakers"]:
        speakers_by_doc[s["doc_id"]].append(s)
    marked = frozenset(r["segment_id"] for r in tables["topic_representatives"])
    doc_sections, ids = [], set()  # ids: segment anchors the audit views emit, for links to them
    for d in docs:
        folder = Path(interim_dir) / d["doc_id"] if interim_dir else None
        interim = read_interim(folder) if folder and folder.exists() else {
            "text": "", "pages": [], "structure": [], "segments": []}
        doc_sections.append(document_section(d, interim, segs_by_doc[d["doc_id"]], hits_by_doc[d["doc_id"]],
                                             speakers_by_doc[d["doc_id"]], themes, ids, marked))
    theme_css = "".join(f".h{i}{{background:{THEME_COLOURS[i % len(THEME_COLOURS)]}}}"
                        for i in range(len(themes) + 1))
    nav = [("overview", "Overview"), ("themes", "Themes"), ("topics", "Topics"),
           ("documents", "Documents"), ("method", "Method"), ("provenance", "Provenance")]
    parts = [
        "<!DOCTYPE html>",
        "<html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        "<title>Corpus report</title>",
        f"<style>{CSS}{theme_css}</style></head><body>",
        "<nav class='top'>" + "".join(f"<a href='#{a}'>{esc(t)}</a>" for a, t in nav) + "</nav><main>",
        "<h1>Corpus report</h1>",
        "<p class='note'>Primary-care coordination corpus: every figure below comes from the CSV tables "
        "in results/tables/ (columns in docs/DATA_DICTIONARY.md) and can be followed back to the page "
        "in the audit view of each document.</p>",
        "<h2 id='overview'>Overview</h2>", overview(docs, tables),
        "<h2 id='themes'>Themes</h2>", themes_section(tables, themes, seg_by_id, ids),
        "<h2 id='topics'>Topics</h2>", topics_section(tables, ids),
        "<h2 id='documents'>Documents</h2>",
        "<p>" + " · ".join(f"<a href='#{anchor('doc', d['doc_id'])}'>{esc(d['doc_id'])}</a>" for d in docs) + "</p>",
        *doc_sections,
        "<h2 id='method'>Method</h2>", method_section(config, themes, tables),
        "<h2 id='provenance'>Provenance</h2>", provenance_section(),
        "</main></body></html>",
    ]
    page = "\n".join(parts) + "\n"
    check_links(page)
    cio.write_text(out_path, page)
    return {"documents": len(docs), "figures": page.count("<figure"), "bytes": len(page.encode("utf-8"))}


def check_links(page: str) -> None:
    """Every internal link must land on an element of the page (a broken audit link is a bug)."""
    ids = set(re.findall(r"\sid='([^']+)'", page))
    targets = set(re.findall(r"href='#([^']*)'", page))
    missing = sorted(targets - ids)
    if missing:
        raise CorpusError(f"report: {len(missing)} internal link(s) without target, e.g. #{missing[0]}")
