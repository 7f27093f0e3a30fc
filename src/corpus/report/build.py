"""The report: ``index.html`` (overview, themes, confounding, topics, lexicometry, agreement,
method, provenance), one ``documents/<doc_id>.html`` per document (audit view, verbatims) and
``verbatims.html`` (every verbatim, filterable in the browser, no server, no network).

Pages are Jinja2 templates (templates/, autoescape on) with the CSS and the small JavaScript of
static/ inlined, so each page opens from a local folder. The index stays small at any corpus size:
it shows a few verbatims per cell and links to the document pages and the verbatims page for the
rest. Output is deterministic: sorted rows, PNG figures without a date, no time or absolute path.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from .. import io as cio
from ..errors import CorpusError
from . import audit, data, figures
from .html import anchor

HERE = Path(__file__).parent
VERBATIMS_SHOWN = 200  # rows the verbatims page draws at once (the filter narrows the rest)


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["num"] = num
    env.filters["anchor"] = lambda parts: anchor(*parts) if isinstance(parts, (list, tuple)) else anchor(parts)
    env.globals["static"] = static
    return env


def static(name: str) -> Markup:
    """A file of static/ for inlining in a <style> or <script> element."""
    text = (HERE / "static" / name).read_text(encoding="utf-8")
    return Markup(text.replace("</", "<\\/") if name.endswith(".js") else text)


def num(value, digits: int = 0) -> str:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return "" if value is None else str(value)
    if math.isnan(x):
        return ""
    if digits == 0 and x == int(x):
        return f"{int(x):,}".replace(",", " ")
    return f"{x:,.{digits}f}".replace(",", " ")


def render(template: str, out_path: Path, **context) -> int:
    page = environment().get_template(template).render(**context)
    check_links(page, out_path)
    cio.write_text(out_path, page)
    return len(page.encode("utf-8"))


def check_links(page: str, out_path: Path | None = None) -> None:
    """Every link to an anchor of the same page must land on an element of it."""
    ids = set(re.findall(r"""\sid=["']([^"']+)["']""", page))
    targets = set(re.findall(r"""href=["']#([^"'=&]+)["']""", page))
    missing = sorted(targets - ids)
    if missing:
        where = out_path or "report"
        raise CorpusError(f"{where}: {len(missing)} internal link(s) without target, e.g. #{missing[0]}")


def theme_ids_of(themes: dict, tables: dict) -> list[str]:
    """The theme ids of themes.yaml, in its order; else those the tables carry."""
    if themes:
        return list(themes)
    found = {r["theme"] for name in ("themes_by_document", "theme_hits") for r in tables.get(name, [])}
    return sorted(found)


def theme_css(theme_ids: list[str]) -> Markup:
    colours = figures.THEME_COLOURS
    return Markup("".join(f".h{i}{{background:{colours[i % len(colours)]}}}" for i in range(len(theme_ids) + 1)))


# ---- index -------------------------------------------------------------------------------------

def overview(tables: dict) -> dict:
    docs = tables["documents"]

    def total(col, rows=docs):
        return sum(int(float(d.get(col) or 0)) for d in rows)

    # a transcript's n_pages counts its paragraphs or minutes (location_unit), not pages
    paged = [d for d in docs if (d.get("location_unit") or "page") == "page"]

    speakers = Counter(s["doc_id"] for s in tables["speakers"])
    hits = Counter(h["doc_id"] for h in tables["theme_hits"])
    rows = [{**d, "n_speakers": speakers[d["doc_id"]], "n_hits": hits[d["doc_id"]],
             "warnings_list": [w.strip() for w in (d.get("warnings") or "").split(";") if w.strip()]}
            for d in docs]
    stats = [("documents", len(docs)), ("ok", sum(d.get("status") == "ok" for d in docs)),
             ("errors", sum(d.get("status") != "ok" for d in docs)), ("pages", total("n_pages", paged)),
             ("word tokens", total("n_tokens")), ("segments", total("n_segments")),
             ("verbatims", len(tables["verbatims"])), ("speakers", len(tables["speakers"])),
             ("theme hits", len(tables["theme_hits"]))]
    return {"stats": stats, "rows": rows, "errors": [d for d in docs if d.get("status") != "ok"],
            "n_warned": sum(1 for r in rows if r["warnings_list"])}


def group_section(tables: dict, key: str, theme_ids: list[str], themes: dict, links: data.Links,
                  seg_themes: dict, classes: dict) -> dict:
    """A group table (region, role): heatmap, confounding, stratified view, verbatims per cell."""
    table = tables[f"themes_by_{key}"]
    conf = {r["group"]: r for r in data.confounding_by_group(tables["confounding"]).get(key, [])}
    fig = figures.specificity_heatmap(table, key, "verbatims", themes,
                                      f"Theme specificity by {key} (verbatims)", f"fig-theme-{key}",
                                      frozenset(g for g, r in conf.items() if r["warn"]))
    strat = data.stratified_grid(tables["themes_stratified"], key)
    spec = {(r[key], r["theme"]): r for r in table if r.get("scope") == "verbatims"}
    examples = data.cell_examples(tables["verbatims"], seg_themes, key)
    groups = sorted({r[key] for r in table if r.get("scope") == "verbatims"} | set(conf))
    cells = []
    for g in groups:
        for t in theme_ids:
            n, picked = examples.get((g, t), (0, []))
            if not n:
                continue
            cells.append({
                "group": g, "theme": t, "n": n, "spec": spec.get((g, t)), "id": anchor("cell", key, g, t),
                "all": links.verbatims(**{key: g or "(none)", "theme": t}),
                "vlist": [data.verbatim_item(v, links, seg_themes.get(v["segment_id"], ()),
                                             classes.get(v["segment_id"], ()), max_chars=data.INDEX_FULL_CHARS)
                          for v in picked],
                "conf": conf.get(g),
            })
    return {"key": key, "figure": fig, "confounding": [conf[g] for g in sorted(conf)],
            "n_warned": sum(1 for r in conf.values() if r["warn"]), "stratified": strat,
            "spec": spec, "cells": cells, "groups": groups}


def topics_context(tables: dict, config: dict, links: data.Links, seg_rows: dict) -> dict:
    models = tables["topic_models"]
    s = topic_settings(config)
    min_stab, tol = float(s.get("min_stability", 0.6)), float(s.get("coherence_tolerance", 0.01))
    terms: dict[tuple, list] = defaultdict(list)
    labels: dict[tuple, str] = {}
    for r in tables["topics"]:
        key = (r.get("corpus", ""), r["model"], r["topic"])
        terms[key].append((int(r["rank"]), r["term"]))
        if r.get("label"):
            labels[key] = r["label"]
    reps: dict[tuple, list] = defaultdict(list)
    for r in tables["topic_representatives"]:
        seg = seg_rows.get(r["segment_id"], {})
        reps[(r.get("corpus", ""), r["model"], r["topic"])].append(
            data.verbatim_item({**seg, **r, "page": seg.get("page_start", ""),
                                "speaker": seg.get("speaker", ""), "kind": seg.get("kind", "")}, links,
                               max_chars=data.INDEX_FULL_CHARS))
    grids: dict[tuple, list] = defaultdict(list)
    for r in models:
        grids[(r.get("corpus", ""), r["model"])].append(r)
    chosen = []
    for r in models:
        if not data.is_chosen(r):
            continue
        corpus, name = r.get("corpus", ""), f"{r['model']}_k{r['k']}"
        topic_ids = sorted({k[2] for k in terms if k[0] == corpus and k[1] == name}, key=int)
        topics = []
        for t in topic_ids:
            words = [w for _, w in sorted(terms[(corpus, name, t)])]
            topics.append({"topic": t, "label": data.topic_label(words, labels.get((corpus, name, t), "")),
                           "terms": ", ".join(words), "reps": reps.get((corpus, name, t), [])})
        reason = data.choice_reason(r, grids[(corpus, r["model"])], min_stab, tol)
        names = {(corpus, name, t["topic"]): t["label"] for t in topics}
        chosen.append({
            "corpus": corpus, "name": name, "row": r, "reason": reason, "topics": topics,
            "id": anchor("topics", corpus, name),
            "figure": figures.prevalence_heatmap(tables["topic_prevalence_by_region"], "region", corpus,
                                                 name, names, anchor("fig-topics-region", corpus, name)),
        })
    return {"chosen": chosen, "min_stability": min_stab, "tolerance": tol,
            "summary": [{"corpus": c["corpus"], "name": c["name"], "id": c["id"], "flag": c["reason"]["flag"],
                         "stability": c["row"].get("stability", ""), "coherence": c["row"].get("coherence_npmi", ""),
                         "baseline": c["row"].get("baseline_npmi", ""), "n_segments": c["row"].get("n_segments", "")}
                        for c in chosen],
            "n_flagged": sum(1 for c in chosen if c["reason"]["flag"])}


def lexicometry_context(tables: dict, figures_dir: Path | None, links: data.Links, seg_rows: dict,
                        verb_rows: dict, config: dict) -> dict | None:
    classes = tables["chd_classes"]
    if not classes and not tables["chd_segments"]:
        return None
    words = data.profiles_by_class(tables["chd_profiles"], "lemma", 15)
    variables = data.profiles_by_class(tables["chd_profiles"], "variable", 8)
    examples = (data.recorded_top_segments(tables["chd_top_segments"]) if tables["chd_top_segments"]
                else data.characteristic_segments(tables["chd_segments"], tables["chd_profiles"], seg_rows))
    corpora = sorted({r.get("corpus", "") for r in classes} | {r.get("corpus", "") for r in tables["chd_segments"]})
    out = []
    for corpus in corpora:
        rows = []
        for c in sorted((r for r in classes if r.get("corpus", "") == corpus), key=lambda r: int(r["class"])):
            key = (corpus, c["class"])
            items = []
            for ex in examples.get(key, []):
                row = ex["row"]
                base = verb_rows.get(row["segment_id"]) or seg_rows.get(row["segment_id"]) or {}
                # the stage's own speaker, role, region and page of the text segment win
                own = {k: row[k] for k in ("speaker", "role", "region", "page") if row.get(k)}
                items.append(data.verbatim_item({**base, **own, "doc_id": row["doc_id"], "segment_id": row["segment_id"]},
                                                links, text=ex["text"], max_chars=data.INDEX_FULL_CHARS))
            rows.append({**c, "words": words.get(key, []), "variables": variables.get(key, []), "vlist": items,
                         "id": anchor("class", corpus, c["class"])})
        rel = (lambda p: links.rel(p))
        out.append({
            "corpus": corpus, "classes": rows,
            "dendrogram": [rel(p) for p in data.figure_files(figures_dir, f"chd_dendrogram_{corpus}.svg")],
            "afc": [(p.stem, rel(p)) for p in data.figure_files(figures_dir, f"afc_{corpus}_*.svg")],
            "similarity": [rel(p) for p in data.figure_files(figures_dir, f"similarity_{corpus}.svg")],
            "eigen": [r for r in tables["afc_eigenvalues"] if r.get("corpus", "") == corpus],
            "n_edges": sum(1 for r in tables["similarity_edges"] if r.get("corpus", "") == corpus),
        })
    settings = flatten({"lexicometry": config.get("lexicometry", {})}) if config.get("lexicometry") else []
    return {"corpora": out, "settings": settings, "note": lexicometry_note(config)}


def lexicometry_note(config: dict) -> str:
    """The lexicometry stage's own account of its method with the settings in force, '' if absent."""
    try:
        from ..lexicometry.stage import method_note
    except ImportError:
        return ""
    try:
        return method_note(config.get("lexicometry"))
    except (CorpusError, KeyError, TypeError, ValueError):
        return ""


def agreement_context(tables: dict) -> list[dict]:
    return sorted(tables["agreement"], key=lambda r: (r.get("theme", ""), r.get("method", "")))


def topic_settings(config: dict) -> dict:
    """The topics stage's settings in force (config over its defaults), {} if it cannot say."""
    try:
        from ..topics import settings

        return settings(config.get("topics"))
    except (ImportError, CorpusError):
        return {}


def choice_rule_text(config: dict) -> str:
    try:
        from ..topics import choice_rule

        return choice_rule(config.get("topics"))
    except (ImportError, CorpusError):
        return "See corpus/topics.py: the rule that sets 'chosen' in topic_models.csv."


def flatten(value, prefix: str = "") -> list[tuple[str, str]]:
    out = []
    for k in sorted(value) if isinstance(value, dict) else []:
        v = value[k]
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.extend(flatten(v, name + "."))
        else:
            out.append((name, json.dumps(v, ensure_ascii=False) if isinstance(v, (list, bool)) else str(v)))
    return out


def method_context(config: dict, themes: dict, tables: dict) -> dict:
    rows = [{"parameter": k, "value": v, "source": "config.yaml"} for k, v in flatten(config)]
    given = {r["parameter"] for r in rows}
    rows += [{"parameter": k, "value": v, "source": "default of the topics stage"}
             for k, v in flatten({"topics": topic_settings(config)}) if k not in given]
    lexicons = []
    for t, spec in themes.items():
        spec = spec if isinstance(spec, dict) else {}
        fields = [(k, ", ".join(map(str, v)) if isinstance(v, list) else str(v))
                  for k, v in sorted(spec.items()) if k not in ("label", "definition")]
        lexicons.append({"theme": t, "label": spec.get("label", ""), "definition": spec.get("definition", ""),
                         "fields": fields})
    models = tables["topic_models"]
    return {"parameters": sorted(rows, key=lambda r: r["parameter"]), "lexicons": lexicons,
            "choice_rule": choice_rule_text(config), "models": models,
            "model_columns": list(models[0]) if models else []}


def provenance_context() -> list[tuple[str, str]]:
    from .. import provenance

    rows = sorted(provenance.versions().items())
    rows.append(("code (git commit)", provenance.git_commit()))
    return rows


def build_index(tables_dir: str | Path, out_path: str | Path, config: dict, themes: dict | None = None,
                figures_dir: str | Path | None = None) -> dict:
    """Write index.html; returns what it shows (documents, figures, bytes)."""
    tables_dir, out_path = Path(tables_dir), Path(out_path)
    tables = data.read_tables(tables_dir)
    themes = themes or {}
    theme_ids = theme_ids_of(themes, tables)
    themes = themes or {t: {} for t in theme_ids}
    report_dir = out_path.parent
    links = data.Links(report_dir, report_dir, data.source_files(config))
    seg_themes, classes = data.segment_themes(tables), data.segment_classes(tables)
    seg_rows = data.by_segment(tables["segments"])
    verb_rows = data.by_segment(tables["verbatims"])
    ctx = {
        "title": "Corpus report", "nav_prefix": "", "theme_css": theme_css(theme_ids),
        "overview": overview(tables), "links": links, "themes": themes, "theme_ids": theme_ids,
        "theme_label": lambda t: figures.theme_label(themes, t),
        "groups": [group_section(tables, key, theme_ids, themes, links, seg_themes, classes)
                   for key in ("region", "role")],
        "doc_grid": data.document_theme_grid(tables["themes_by_document"], theme_ids),
        "topics": topics_context(tables, config, links, seg_rows),
        "lexicometry": lexicometry_context(tables, Path(figures_dir) if figures_dir else tables_dir.parent / "figures",
                                           links, seg_rows, verb_rows, config),
        "agreement": agreement_context(tables),
        "method": method_context(config, themes, tables),
        "provenance": provenance_context(),
        "verbatims_href": links.verbatims(),
    }
    size = render("index.html.j2", out_path, **ctx)
    page = out_path.read_text(encoding="utf-8")
    return {"documents": len(tables["documents"]), "figures": page.count("<figure"), "bytes": size}


# ---- document pages ----------------------------------------------------------------------

def build_document(tables_dir: str | Path, interim_dir: str | Path | None, doc_id: str, out_path: str | Path,
                   config: dict, themes: dict | None = None) -> dict:
    """Write documents/<doc_id>.html: metadata, warnings, structure, speakers, verbatims, audit view."""
    tables_dir, out_path = Path(tables_dir), Path(out_path)
    tables = data.read_tables(tables_dir, ["documents", "verbatims", "speakers", "theme_hits",
                                           "topic_representatives", "segment_themes", "chd_segments"])
    doc = next((d for d in tables["documents"] if d["doc_id"] == doc_id), None)
    if doc is None:
        raise CorpusError(f"{tables_dir / 'documents.csv'}: no document {doc_id!r}")
    theme_ids = theme_ids_of(themes or {}, tables)
    themes = themes or {t: {} for t in theme_ids}
    links = data.Links(out_path.parent, out_path.parent.parent, data.source_files(config), same_doc=doc_id)
    folder = Path(interim_dir) / doc_id if interim_dir else None
    interim = data.read_interim(folder)
    hits = [h for h in tables["theme_hits"] if h["doc_id"] == doc_id]
    seg_themes, classes = data.segment_themes(tables), data.segment_classes(tables)
    verbatims = [data.verbatim_item(v, links, seg_themes.get(v["segment_id"], ()), classes.get(v["segment_id"], ()))
                 for v in tables["verbatims"] if v["doc_id"] == doc_id]
    marked = frozenset(r["segment_id"] for r in tables["topic_representatives"] if r.get("doc_id") == doc_id)
    seen: set[str] = set()
    audit_html = Markup(audit.audit_view(doc_id, interim, hits, theme_ids, seen, marked,
                                         page_href=lambda p: links.source(doc_id, p))) if doc.get("status") == "ok" else ""
    pagemap = cio.PageMap(interim["pages"]) if interim["pages"] else None
    structure = [{**s, "page": pagemap.page(int(s["char_start"])) if pagemap else ""} for s in interim["structure"]]
    shown_pages = {str(p["page"]) for p in interim["pages"]}
    for v in verbatims:  # a verbatim the audit view does not show links to its page instead
        if anchor("seg", v["segment_id"]) not in seen:
            v["audit"] = links.page(doc_id, v["page"]) if str(v["page"]) in shown_pages else ""
    kinds = Counter(s["kind"] for s in interim["segments"])
    by_theme = Counter(h["theme"] for h in hits)
    ctx = {
        "title": f"{doc_id} — corpus report", "nav_prefix": "../", "theme_css": theme_css(theme_ids),
        "doc": doc, "warnings": [w.strip() for w in (doc.get("warnings") or "").split(";") if w.strip()],
        "status": interim["status"], "source": links.source(doc_id), "kinds": sorted(kinds.items()),
        "by_theme": [(figures.theme_label(themes, t), by_theme[t]) for t in theme_ids],
        "structure": structure, "speakers": [s for s in tables["speakers"] if s["doc_id"] == doc_id],
        "verbatims": verbatims, "audit": audit_html, "long": len(interim["text"]) > audit.FULL_TEXT_MAX_CHARS,
        "legend": [(i, figures.theme_label(themes, t)) for i, t in enumerate(theme_ids)],
        "location_unit": interim["status"].get("location_unit", "page"),
        "verbatims_href": links.verbatims(doc=doc_id),
    }
    size = render("document.html.j2", out_path, **ctx)
    return {"doc_id": doc_id, "verbatims": len(verbatims), "bytes": size}


# ---- verbatims page ----------------------------------------------------------------------

VERBATIM_FIELDS = ["doc", "seg", "speaker", "role", "region", "page", "place", "themes", "classes", "text",
                   "audit", "source"]


def build_verbatims(tables_dir: str | Path, out_path: str | Path, config: dict, themes: dict | None = None) -> dict:
    """Write verbatims.html: every verbatim as JSON in the page, filtered by static/filter.js."""
    tables_dir, out_path = Path(tables_dir), Path(out_path)
    tables = data.read_tables(tables_dir, ["documents", "verbatims", "theme_hits", "segment_themes", "chd_segments"])
    theme_ids = theme_ids_of(themes or {}, tables)
    links = data.Links(out_path.parent, out_path.parent, data.source_files(config))
    seg_themes, classes = data.segment_themes(tables), data.segment_classes(tables)
    rows = []
    for v in tables["verbatims"]:
        item = data.verbatim_item(v, links, seg_themes.get(v["segment_id"], ()), classes.get(v["segment_id"], ()))
        rows.append([item["doc_id"], item["segment_id"], item["speaker"], item["role"], item["region"],
                     item["page"], item["place"], item["themes"], item["classes"], item["full"], item["audit"], item["source"]])
    payload = json.dumps({"fields": VERBATIM_FIELDS, "rows": rows, "themes": theme_ids,
                          "shown": VERBATIMS_SHOWN, "short": data.SHORT_CHARS},
                         ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # inside <script type="application/json">: only "</" could end the element early
    payload = Markup(payload.replace("</", "<\\/"))
    ctx = {"title": "Verbatims — corpus report", "nav_prefix": "", "theme_css": theme_css(theme_ids),
           "payload": payload, "n": len(rows)}
    size = render("verbatims.html.j2", out_path, **ctx)
    return {"verbatims": len(rows), "bytes": size}


def build_report(tables_dir: str | Path, out_path: str | Path, config: dict,
                 interim_dir: str | Path | None = None, themes: dict | None = None,
                 figures_dir: str | Path | None = None) -> dict:
    """The whole report in one call (tests, `corpus report all`): index, verbatims, every document."""
    out_path = Path(out_path)
    info = build_index(tables_dir, out_path, config, themes, figures_dir)
    build_verbatims(tables_dir, out_path.parent / "verbatims.html", config, themes)
    for d in data.read_table(Path(tables_dir) / "documents.csv"):
        build_document(tables_dir, interim_dir, d["doc_id"], out_path.parent / "documents" / f"{d['doc_id']}.html",
                       config, themes)
    return info
