"""The `corpus` command: one subcommand per stage, plus utilities. Argument parsing only.

Library errors (CorpusError) become one line `Error: ...` and exit code 1; `--debug` shows the
traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import CorpusError
from .lang import MODEL


def _sheet_row(sheet_path: str, doc_id: str) -> dict:
    from .documents import by_id, load_sheet

    rows = by_id(load_sheet(sheet_path))
    if doc_id not in rows:
        raise CorpusError(f"{sheet_path}: no document with doc_id {doc_id!r}")
    return rows[doc_id]


def cmd_extract(args) -> int:
    from . import extract
    from . import io as cio

    before = cio.source_digest(args.pdf)  # hashed before and after: a file replaced meanwhile
    status = extract.run(args.pdf, args.doc_id, args.output, timeout_seconds=args.timeout,
                         memory_mb=args.memory_mb, page_workers=args.page_workers,
                         allow_low_text=args.allow_low_text == "true")
    cio.check_source_unchanged(args.pdf, before, args.output)  # raises: exit 1, the job reruns
    cio.record_source(args.output, args.pdf, before)
    status = cio.read_status(args.output)
    if status["status"] != "ok":
        print(f"Error: {status['error']}", file=sys.stderr)
    else:
        unit = status.get("location_unit", "page")   # paragraphs or minutes for a transcript
        print(f"{args.doc_id}: {status['n_pages']} {unit}s, {status['n_chars']} characters")
        if status.get("warnings"):
            print(f"Warning: {args.doc_id}: {status['warnings']}", file=sys.stderr)
    return 0  # a bad document is recorded, not fatal: the other documents go on


def cmd_ocr(args) -> int:
    from .extract.ocr import ocr_pdf

    out = ocr_pdf(args.pdf, args.output, language=args.language)
    print(f"{out}: text layer added; add it with `corpus add` or extract it")
    return 0


def cmd_segment(args) -> int:
    from . import segment

    records = segment.run(args.interim, _sheet_row(args.sheet, args.doc_id), args.gazetteer,
                          section_entities=args.section_entities, speakers_path=args.speakers,
                          conventions_path=args.conventions)
    kinds = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{args.doc_id}: {len(records)} segments {dict(sorted(kinds.items()))}")
    return 0


def cmd_nlp(args) -> int:
    from . import nlp

    n = nlp.run(args.interim, args.model, args.batch_size, args.threads)
    print(f"{args.interim}: {n} tokens")
    return 0


def cmd_themes(args) -> int:
    from . import themes

    if args.interim == "suggest":  # `corpus themes suggest THEME`: a utility, not the stage
        return cmd_themes_suggest(args)
    if args.interim == "check":  # `corpus themes check`: lexicon health
        return cmd_themes_check(args)
    if args.theme or not args.doc_id:
        raise CorpusError("usage: corpus themes INTERIM --doc-id ID, or corpus themes suggest THEME")
    n = themes.run(args.interim, args.doc_id, args.themes, args.model, args.patterns)
    print(f"{args.doc_id}: {n} theme hits")
    return 0


def cmd_lexicon(args) -> int:
    from . import themes

    patterns = themes.write_patterns(args.themes, args.output, args.model)
    sizes = {t: len(p["include"]) for t, p in patterns.items()}
    print(f"lexicon: {args.output} (patterns per theme: {sizes})")
    return 0


def cmd_themes_suggest(args) -> int:
    from . import themes

    if not args.theme:
        raise CorpusError("usage: corpus themes suggest THEME")
    lexicon = themes.load_themes(args.themes)
    vocabulary = themes.corpus_vocabulary(args.interim_root)
    rows = themes.suggest(lexicon, args.theme, vocabulary, args.model, args.top)
    print(f"# candidates for {args.theme!r} (review them; nothing is added to {args.themes})")
    for r in rows:
        print(f"{r['candidate']:<24} {r['similarity']:.3f}  near {r['nearest']:<20} {r['count']:>6}x")
    return 0


def cmd_themes_check(args) -> int:
    from .themes import check, load_themes

    lexicon = load_themes(args.themes)
    report = check.check_lexicon(lexicon, args.interim_root, args.segment_themes)
    for line in check.format_report(report):
        print(line)
    if args.output:
        from . import io as cio

        cio.write_csv(args.output, check.check_rows(report), cio.LEXICON_CHECK_COLUMNS)
    for w in report["warnings"]:
        print(f"warning: {w}", file=sys.stderr)
    return 0


def cmd_kwic(args) -> int:
    from . import themes

    if not args.term and not args.theme:
        raise CorpusError("usage: corpus kwic TERM [--theme T] [--doc D] [--region R] [--width N]")
    docs = _kwic_documents(args)
    lines = []
    for doc in docs:  # one document at a time: folders of documents not in the sheet are skipped
        lines += themes.kwic_lines(args.interim_root, args.term, args.theme, doc, args.region,
                                   args.width)
    for line in themes.format_kwic(lines, args.width):
        print(line)
    print(f"# {len(lines)} lines", file=sys.stderr)
    return 0


def _valid(what: str, value: str, valid, fold=lambda v: v) -> None:
    """An unknown filter value is an error listing the valid ones, never an empty answer."""
    valid = sorted(set(valid))
    if fold(value) not in {fold(v) for v in valid}:
        shown = ", ".join(valid[:40]) + (" …" if len(valid) > 40 else "")
        raise CorpusError(f"unknown {what} {value!r}; expected one of: {shown or '(none)'}")


def _kwic_documents(args) -> list[str]:
    """The documents kwic reads: in the sheet and processed, their files checked; the filters
    checked against the values that exist."""
    from . import io as cio
    from .documents import load_sheet
    from .text import fold

    root = Path(args.interim_root)
    if not root.is_dir():
        raise CorpusError(f"{root}: no interim folder; run the workflow first")
    sheet, _ = _sheet_and_corpus(args)
    in_sheet = {r["doc_id"] for r in load_sheet(sheet)} if Path(sheet).exists() else None
    docs = sorted(d.name for d in root.iterdir() if (d / "status.json").is_file()
                  and (in_sheet is None or d.name in in_sheet))
    if args.doc:
        _valid("document", args.doc, docs)
        docs = [args.doc]
    ok_docs = []
    for d in docs:
        if cio.read_status(root / d).get("status") != "ok":
            continue
        paths = [cio.interim_path(root / d, n) for n in ("text", "segments", "tokens", "theme_hits")]
        never = [p.name for p in paths if not p.exists() and not cio.sidecar_path(p).exists()]
        if never:  # not processed that far yet (a run in progress): said, not silently empty
            print(f"# {d}: left out, not processed up to {never[0]} yet", file=sys.stderr)
            continue
        for path in paths:
            cio.check_file(path)  # deleted or damaged after its stage wrote it: an error
        ok_docs.append(d)
    if args.theme:
        from .themes import load_themes

        known = list(load_themes(args.themes)) if Path(args.themes).exists() else []
        for d in ok_docs:
            known += [h["theme"] for h in cio.read_csv(cio.interim_path(root / d, "theme_hits"))]
        _valid("theme", args.theme, known)
    if args.region:
        regions = [s.get("region", "") for d in ok_docs
                   for s in cio.read_jsonl(cio.interim_path(root / d, "segments"))]
        _valid("region", args.region, [r for r in regions if r], fold)
    return ok_docs


def cmd_tables(args) -> int:
    from . import tables
    from .documents import load_sheet
    from .themes import load_themes

    parts = ("base", "themes") if args.part == "all" else (args.part,)
    themes = load_themes(args.themes) if "themes" in parts else {}
    coding = None
    if "themes" in parts and args.patterns:
        from .config import load_config
        from .themes.coding import params_from_config, read_centroids

        config = load_config(args.config)
        coding = {"themes": themes, "centroids": read_centroids(args.patterns),
                  "params": params_from_config(config), "model": config["model"],
                  "seed": int(config["seed"])}
    written = tables.build_tables(load_sheet(args.sheet), args.interim, args.output,
                                  list(themes), parts, coding)
    for name, n in written.items():
        print(f"{name}.csv: {n} rows")
    return 0


def cmd_topics(args) -> int:
    from . import topics
    from .config import load_config

    config = load_config(args.config)
    info = topics.run(args.interim, args.tables, config.get("topics", {}), int(config["seed"]))
    print(f"topics: {info}")
    return 0


def cmd_lexicometry(args) -> int:
    from .config import load_config
    from .lexicometry import stage

    config = load_config(args.config)
    info = stage.run(args.interim, args.tables, config.get("lexicometry", {}), config.get("topics", {}),
                     int(config["seed"]), args.figures, args.exports, args.themes_table or None)
    print(f"lexicometry: {info}")
    return 0


def cmd_report(args) -> int:
    from . import report
    from .config import load_config
    from .themes import load_themes

    config = load_config(args.config)
    # the workflow passes its own (possibly overridden) sheet and corpus folder: the links to
    # the source files are computed from them
    config = {**config, **{k: v for k, v in (("documents", args.sheet), ("corpus_dir", args.corpus_dir)) if v}}
    themes = load_themes(args.themes or config["themes"])
    out = Path(args.output)
    if args.part == "doc":
        if not args.doc:
            raise CorpusError("report doc: --doc DOC_ID is required")
        info = report.build_document(args.tables, args.interim, args.doc, out, config, themes)
        print(f"report: {out} ({info['verbatims']} verbatims, {info['bytes']} bytes)")
        return 0
    if args.part == "verbatims":
        info = report.build_verbatims(args.tables, out, config, themes)
        print(f"report: {out} ({info['verbatims']} verbatims, {info['bytes']} bytes)")
        return 0
    build = report.build_report if args.part == "all" else report.build_index
    extra = {"interim_dir": args.interim} if args.part == "all" else {}
    info = build(args.tables, out, config, themes=themes, figures_dir=args.figures, **extra)
    print(f"report: {out} ({info['documents']} documents, {info['figures']} figures, "
          f"{info['bytes']} bytes)")
    return 0


def cmd_manifest(args) -> int:
    from . import provenance

    manifest = provenance.build_manifest(Path.cwd(), [Path(p) for p in args.inputs],
                                         [Path(c) for c in args.configs], Path(args.tables),
                                         Path(args.report) if args.report else None,
                                         exports=[Path(e) for e in args.exports])
    provenance.write_manifest(args.output, manifest)
    print(f"manifest: {args.output} ({len(manifest['tables'])} tables)")
    return 0


def cmd_export(args) -> int:
    from . import exports
    from .themes import load_themes

    if args.format == "iramuteq":
        n = exports.export_iramuteq(args.tables, args.interim, list(load_themes(args.themes)),
                                    args.output, unit=args.unit)
        print(f"iramuteq: {args.output}: {n} texts (one per {args.unit})")
    elif args.format == "qdpx":
        counts = exports.export_qdpx(args.tables, args.interim, load_themes(args.themes), args.output)
        notes, origin = counts.pop("notes"), counts.pop("theme_origin")
        print(f"qdpx: {args.output}: " + ", ".join(f"{v} {k}" for k, v in counts.items())
              + f" (theme segments from {origin})")
        for note in notes:
            print(f"note: {note}")
    elif args.format == "xlsx":
        files = args.files or sorted(str(p) for p in Path(args.tables).glob("*.csv"))
        counts = exports.export_xlsx(files, args.output)
        print(f"xlsx: {args.output}: {counts['sheets']} sheets, {counts['rows']} rows")
        for note in counts["notes"]:
            print(f"note: {note}")
    else:
        from .documents import load_sheet

        n = exports.export_txm(args.tables, args.interim, load_sheet(args.sheet), args.output)
        print(f"txm: {args.output}: {n} documents + metadata.csv")
    return 0


def cmd_verify(args) -> int:
    from . import provenance

    changes, notes = provenance.verify(args.manifest, args.root)
    for line in changes:
        print(line)
    for line in notes:
        print(f"note: {line}")
    if changes:
        print(f"verify: {len(changes)} difference(s) from {args.manifest}")
        return 1
    print(f"verify: every input, config file and table matches {args.manifest}")
    return 0


def cmd_summary(args) -> int:
    from .runstate import summary

    lines, code = summary(args.results, since=args.since, exit_status=args.exit_status)
    for line in lines:
        print(line)
    return code


def cmd_clean(args) -> int:
    from .documents import load_sheet
    from .runstate import move_orphans, orphans

    sheet, _corpus_dir = _sheet_and_corpus(args)
    doc_ids = [r["doc_id"] for r in load_sheet(sheet)]
    interim = Path(args.results) / "interim"
    if not args.orphans:
        raise CorpusError("usage: corpus clean --orphans (the only cleaning there is)")
    if args.dry_run:
        found = orphans(interim, doc_ids)
        for d in found:
            print(f"orphan: {d} (not in {sheet})")
        print(f"clean: {len(found)} orphan folder(s); nothing moved (--dry-run)")
        return 0
    moved = move_orphans(interim, doc_ids, args.results)
    for src, dst in moved:
        print(f"moved {src} -> {dst} (document not in {sheet})")
    print(f"clean: {len(moved)} orphan folder(s) moved aside")
    return 0


def _sheet_and_corpus(args) -> tuple[str, str]:
    """--sheet and --corpus-dir, defaulting to what config/config.yaml names."""
    sheet, corpus_dir = args.sheet, getattr(args, "corpus_dir", None)
    if sheet is None or corpus_dir is None:
        config = _utility_config(args.config)
        sheet = sheet or config.get("documents", "config/documents.csv")
        corpus_dir = corpus_dir or config.get("corpus_dir", "data/corpus")
    return sheet, corpus_dir


def _extract_bounds(args) -> dict:
    """The workflow's extraction bounds (config extract.*), so `corpus add` reads a PDF under
    the same time and memory limits as `make run`."""
    config = _utility_config(args.config)
    extract = config.get("extract", {}) or {}
    return {"timeout_seconds": float(extract.get("timeout_seconds", 900)),
            "memory_mb": int(extract.get("memory_mb", 2000))}


def _config_path(args, key: str, default: str) -> str:
    """A path the config names (``key``), for utilities run outside the workflow."""
    return _utility_config(args.config).get(key, default)


_UTILITY_CONFIGS: dict[tuple, dict] = {}


def _utility_config(path) -> dict:
    """The config at ``path`` ({} when there is none), read and validated once per process and
    file version (`corpus inspect` asks it for four settings; each read loads the schema again).
    Read only: callers take settings from it, never change it."""
    p = Path(path)
    if not p.exists():
        return {}
    st = p.stat()
    key = (str(p), st.st_mtime_ns, st.st_size)
    if key not in _UTILITY_CONFIGS:
        from .config import load_config

        _UTILITY_CONFIGS[key] = load_config(path)
    return _UTILITY_CONFIGS[key]


def cmd_inspect(args) -> int:
    from .segment.inspect import inspect_document, report

    sheet, corpus_dir = _sheet_and_corpus(args)
    doc = _sheet_row(sheet, args.doc_id)
    result = inspect_document(
        doc, Path(args.results) / "interim", corpus_dir, _config_path(args, "gazetteer", "config/gazetteer.csv"),
        _config_path(args, "speakers", "config/speakers.csv"),
        _config_path(args, "conventions", "config/conventions.yaml"))
    print(report(args.doc_id, result))
    return 0


def cmd_add_speakers(args) -> int:
    from .documents import load_sheet
    from .segment.speakers import add_speakers

    sheet, _ = _sheet_and_corpus(args)
    target = _config_path(args, "speakers", "config/speakers.csv")
    n = add_speakers(args.speakers, target, {r["doc_id"] for r in load_sheet(sheet)})
    print(f"added {n} speaker row(s) from {args.speakers} to {target}")
    return 0


def cmd_add(args) -> int:
    from .documents import add_document, new_row
    from .extract.readers import proposed_kind

    if args.pdf is None:  # `corpus add --speakers FILE`: the speaker sheet only
        if not args.speakers:
            raise CorpusError("usage: corpus add FILE --doc-id ID --title … or corpus add --speakers FILE")
        return cmd_add_speakers(args)
    missing = [f"--{n.replace('_', '-')}" for n in ("doc_id", "title", "year") if not getattr(args, n)]
    if missing:
        raise CorpusError(f"corpus add {args.pdf}: missing {', '.join(missing)}")
    sheet, corpus_dir = _sheet_and_corpus(args)
    if args.ocr and proposed_kind(args.pdf):
        raise CorpusError(f"{Path(args.pdf).name}: --ocr applies to scanned PDFs, not to transcripts")
    suffix = Path(args.pdf).suffix
    if suffix.lower() != ".pdf" and not proposed_kind(args.pdf):
        # before asking for --kind: a .doc or .rtf is not "a PDF without --kind"
        from .extract.readers import unsupported_type

        raise unsupported_type(args.pdf)
    kind = args.kind or proposed_kind(args.pdf)
    if not kind:
        raise CorpusError("--kind is required for a PDF (these, memoire, article, presse, "
                          "communication, rapport or entretien)")
    row = new_row(args.doc_id, args.title, args.authors, args.year, kind, args.venue,
                  args.url, args.license, args.region, args.place, suffix=Path(args.pdf).suffix)
    add_document(args.pdf, sheet, corpus_dir, row, ocr=args.ocr, **_extract_bounds(args))
    print(f"added {row['doc_id']}: {Path(corpus_dir) / row['file']} and a row in {sheet}; "
          f"`corpus inspect {row['doc_id']}` shows what segmentation finds, `make run` processes it")
    if args.speakers:
        cmd_add_speakers(args)
    return 0


def cmd_list(args) -> int:
    from . import io as cio
    from .documents import document_status, load_sheet

    sheet, corpus_dir = _sheet_and_corpus(args)
    rows = load_sheet(sheet)
    table = Path(args.results) / "tables" / "documents.csv"
    status = {r["doc_id"]: r for r in cio.read_csv(table)} if table.exists() else {}
    print(f"{'doc_id':<20} {'kind':<14} {'year':<5} {'region':<22} status")
    for r in rows:
        if not (Path(corpus_dir) / r["file"]).is_file():
            what = "PDF" if r["file"].lower().endswith(".pdf") else "file"  # transcripts too
            state = f"{what} missing: {Path(corpus_dir) / r['file']}"
        else:
            state = document_status(r["doc_id"], args.results, status)
        print(f"{r['doc_id']:<20} {r['kind']:<14} {r['year']:<5} {r['region'] or '-':<22} {state}")
    print(f"{len(rows)} document(s) in {sheet}")
    from .runstate import read_state

    state = read_state(args.results)
    if state.get("state") not in (None, "ok"):  # the statuses above may be from an earlier run
        print(f"note: the last run {state['state']} ({', '.join(state.get('failed', []))}); "
              "statuses may be stale, see `corpus summary`")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corpus", description=__doc__.splitlines()[0])
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("--csv-dialect", choices=["standard", "excel"], default="standard",
                   help="tables written by this command: standard (',') or excel (BOM and ';')")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("extract", help="PDF or transcript (.docx, .odt, .txt, .md, .srt, .vtt, .trs, "
                       ".TextGrid) -> cleaned text, page map, structure, audit")
    s.add_argument("pdf")
    s.add_argument("--doc-id", required=True)
    s.add_argument("-o", "--output", required=True, help="interim folder of the document")
    s.add_argument("--timeout", type=float, default=900, help="seconds before the PDF is an error")
    s.add_argument("--memory-mb", type=int, default=2000, help="memory bound per reading worker")
    s.add_argument("--page-workers", type=int, default=1, help="processes reading page ranges")
    s.add_argument("--allow-low-text", choices=["true", "false"], default="false",
                   help="true: accept a PDF with almost no text on most pages (else an error)")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("ocr", help="add a text layer to a scanned PDF (ocrmypdf, French)")
    s.add_argument("pdf")
    s.add_argument("-o", "--output", help="output PDF (default: <name>.ocr.pdf beside the input)")
    s.add_argument("-l", "--language", default="fra", help="Tesseract language (default fra)")
    s.set_defaults(func=cmd_ocr)

    s = sub.add_parser("segment", help="cleaned text -> segments with speakers")
    s.add_argument("interim")
    s.add_argument("--doc-id", required=True)
    s.add_argument("--sheet", default="config/documents.csv")
    s.add_argument("--gazetteer", default="config/gazetteer.csv")
    s.add_argument("--section-entities", action="store_true",
                   help="regions of sections without a place in their heading from spaCy NER places")
    s.add_argument("--speakers", default=None, help="speaker sheet (config/speakers.csv)")
    s.add_argument("--conventions", default=None, help="corpus conventions (config/conventions.yaml)")
    s.set_defaults(func=cmd_segment)

    s = sub.add_parser("inspect", help="what segmentation finds in a document, before a full run")
    s.add_argument("doc_id")
    s.add_argument("--sheet", default=None, help="default: 'documents' in --config")
    s.add_argument("--corpus-dir", default=None, help="default: 'corpus_dir' in --config")
    s.add_argument("--config", default="config/config.yaml")
    s.add_argument("--results", default="results")
    s.set_defaults(func=cmd_inspect)

    s = sub.add_parser("nlp", help="segments -> tokens.csv (spaCy)")
    s.add_argument("interim")
    s.add_argument("--model", default=MODEL)
    s.add_argument("--batch-size", type=int, default=64)
    s.add_argument("--threads", type=int, default=1)
    s.set_defaults(func=cmd_nlp)

    s = sub.add_parser("themes", help="tokens -> theme hits; `themes suggest THEME` proposes words",
                       usage="corpus themes INTERIM --doc-id ID | corpus themes suggest THEME | corpus themes check")
    s.add_argument("interim", help="interim folder of a document, or the word `suggest`")
    s.add_argument("theme", nargs="?", help="with `suggest`: the theme id")
    s.add_argument("--doc-id")
    s.add_argument("--themes", default="config/themes.yaml")
    s.add_argument("--model", default=MODEL)
    s.add_argument("--interim-root", default="results/interim", help="with `suggest`")
    s.add_argument("--top", type=int, default=30, help="with `suggest`: number of candidates")
    s.add_argument("--patterns", default=None,
                   help="compiled lexicon from `corpus lexicon` (no model load); default: compile --themes")
    s.add_argument("--segment-themes", default="results/tables/segment_themes.csv",
                   help="with `check`: the coded segments (entries hitting outside them are flagged)")
    s.add_argument("-o", "--output", default=None, help="with `check`: write lexicon_check.csv")
    s.set_defaults(func=cmd_themes)

    s = sub.add_parser("lexicon", help="lemmatise the theme lexicons once into token patterns (JSON)")
    s.add_argument("--themes", default="config/themes.yaml")
    s.add_argument("--model", default=MODEL)
    s.add_argument("-o", "--output", default="results/interim/theme_patterns.json")
    s.set_defaults(func=cmd_lexicon)

    s = sub.add_parser("kwic", help="concordance of a word or a theme from stored annotations")
    s.add_argument("term", nargs="?", help="word or words, matched on lemma or form")
    s.add_argument("--theme", help="only this theme's hits (TERM then filters them)")
    s.add_argument("--doc", help="only this doc_id")
    s.add_argument("--region", help="only segments of this region")
    s.add_argument("--width", type=int, default=60, help="characters of context each side")
    s.add_argument("--interim-root", default="results/interim")
    s.add_argument("--sheet", default=None, help="default: 'documents' in --config")
    s.add_argument("--themes", default="config/themes.yaml")
    s.add_argument("--config", default="config/config.yaml")
    s.set_defaults(func=cmd_kwic, corpus_dir="-")

    s = sub.add_parser("tables", help="interim artefacts -> corpus tables")
    s.add_argument("--interim", default="results/interim")
    s.add_argument("--sheet", default="config/documents.csv")
    s.add_argument("--themes", default="config/themes.yaml")
    s.add_argument("-o", "--output", default="results/tables")
    s.add_argument("--part", choices=["all", "base", "themes"], default="all",
                   help="base: documents, segments, verbatims, speakers; themes: theme tables")
    s.add_argument("--patterns", default=None,
                   help="with the themes part: compiled lexicon (theme vectors) for the coding rule")
    s.add_argument("--config", default="config/config.yaml", help="coding: settings and seed")
    s.set_defaults(func=cmd_tables)

    s = sub.add_parser("topics", help="topic models (NMF, LDA) with selection on record")
    s.add_argument("--interim", default="results/interim")
    s.add_argument("--tables", default="results/tables")
    s.add_argument("--config", default="config/config.yaml")
    s.set_defaults(func=cmd_topics)

    s = sub.add_parser("lexicometry", help="Reinert CHD, correspondence analysis, similarity graph")
    s.add_argument("--interim", default="results/interim")
    s.add_argument("--tables", default="results/tables")
    s.add_argument("--figures", default="results/figures")
    s.add_argument("--exports", default="results/exports")
    s.add_argument("--themes-table", default="", help="segment_themes.csv or theme_hits.csv (default: found in --tables)")
    s.add_argument("--config", default="config/config.yaml")
    s.set_defaults(func=cmd_lexicometry)

    s = sub.add_parser("report", help="tables -> results/report/index.html")
    s.add_argument("--tables", default="results/tables")
    s.add_argument("--interim", default="results/interim", help="per-document artefacts (audit view)")
    s.add_argument("--config", default="config/config.yaml")
    s.add_argument("--themes", default=None, help="default: 'themes' in --config")
    s.add_argument("-o", "--output", default="results/report/index.html")
    # the report is several pages (results/report/: index, documents/<doc_id>.html, verbatims.html)
    s.add_argument("part", nargs="?", default="all", choices=["all", "index", "doc", "verbatims"],
                   help="all (default): every page; index: index.html; doc: one document's page "
                        "(--doc); verbatims: the filterable verbatims page")
    s.add_argument("--doc", default=None, help="the document of `report doc`")
    s.add_argument("--figures", default=None, help="SVG figures folder (default: beside --tables)")
    s.add_argument("--sheet", default=None, help="document sheet (default: 'documents' in --config)")
    s.add_argument("--corpus-dir", default=None, help="folder of the documents (default: 'corpus_dir' in --config)")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("manifest", help="write results/manifest.json")
    s.add_argument("--inputs", nargs="*", default=[])
    s.add_argument("--configs", nargs="*", default=[])
    s.add_argument("--tables", default="results/tables")
    s.add_argument("--report", default=None, help="the report page, hashed too")
    s.add_argument("--exports", nargs="*", default=[], help="export files or folders, hashed too")
    s.add_argument("-o", "--output", default="results/manifest.json")
    s.set_defaults(func=cmd_manifest)

    s = sub.add_parser("export", help="exports for IRaMuTeQ, REFI-QDA (.qdpx), TXM, and the "
                       "tables as one .xlsx workbook")
    s.add_argument("format", choices=["iramuteq", "qdpx", "txm", "xlsx"])
    s.add_argument("files", nargs="*", help="xlsx: the CSV tables, one sheet each in this order "
                   "(default: every .csv in --tables)")
    s.add_argument("--tables", default="results/tables")
    s.add_argument("--interim", default="results/interim")
    s.add_argument("--themes", default="config/themes.yaml")
    s.add_argument("--sheet", default="config/documents.csv", help="document sheet (txm metadata)")
    s.add_argument("--unit", choices=["verbatim", "section"], default="verbatim",
                   help="iramuteq: one text per verbatim/turn, or per body section")
    s.add_argument("-o", "--output", required=True,
                   help="file (iramuteq, qdpx, xlsx) or the export's own folder (txm)")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("verify", help="recompute hashes and say what changed since the manifest")
    s.add_argument("--manifest", default="results/manifest.json")
    s.add_argument("--root", default=".")
    s.set_defaults(func=cmd_verify)

    s = sub.add_parser("summary", help="print the run's summary; exit 1 if any document failed")
    s.add_argument("--results", default="results")
    s.add_argument("--since", type=float, default=None,
                   help="epoch seconds the run started (its state must be newer)")
    s.add_argument("--exit-status", type=int, default=None, help="Snakemake's exit status")
    s.set_defaults(func=cmd_summary)

    s = sub.add_parser("add", help="copy a PDF or a transcript (.docx, .odt, .txt, .md, .srt, "
                       ".vtt, .trs, .TextGrid) into the corpus and add its row to the sheet; "
                       "--speakers FILE appends speaker rows to config/speakers.csv")
    s.add_argument("pdf", nargs="?", help="the document file (PDF or transcript)")
    s.add_argument("--doc-id", help="short id: letters, digits, '-', '_' (required with a file)")
    s.add_argument("--title", help="required with a file")
    s.add_argument("--authors", default="", help="'First Last; First Last'")
    s.add_argument("--year", help="required with a file")
    s.add_argument("--kind", default=None,
                   help="these, memoire, article, presse, communication, rapport or entretien "
                        "(default for a transcript: entretien; required for a PDF)")
    s.add_argument("--speakers", default=None,
                   help="a CSV (doc_id, code, role, region, place, note) whose checked rows go to the speaker sheet")
    s.add_argument("--region", default="", help="2016 region name, 'Région A', 'National'")
    s.add_argument("--place", default="")
    s.add_argument("--venue", default="")
    s.add_argument("--url", default="")
    s.add_argument("--license", default="")
    s.add_argument("--ocr", action="store_true", help="add a text layer first (scanned PDF)")
    s.add_argument("--sheet", default=None, help="default: 'documents' in --config")
    s.add_argument("--corpus-dir", default=None, help="default: 'corpus_dir' in --config")
    s.add_argument("--config", default="config/config.yaml")
    s.set_defaults(func=cmd_add)

    s = sub.add_parser("clean", help="--orphans: move aside interim folders of documents no "
                                     "longer in the sheet")
    s.add_argument("--orphans", action="store_true")
    s.add_argument("--dry-run", action="store_true", help="only list them")
    s.add_argument("--sheet", default=None, help="default: 'documents' in --config")
    s.add_argument("--config", default="config/config.yaml")
    s.add_argument("--results", default="results")
    s.set_defaults(func=cmd_clean, corpus_dir="-")

    s = sub.add_parser("list", help="list the corpus and each document's status")
    s.add_argument("--sheet", default=None, help="default: 'documents' in --config")
    s.add_argument("--corpus-dir", default=None, help="default: 'corpus_dir' in --config")
    s.add_argument("--config", default="config/config.yaml")
    s.add_argument("--results", default="results")
    s.set_defaults(func=cmd_list)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from . import io as cio

    cio.DEFAULT_DIALECT = args.csv_dialect
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return code
    except CorpusError as exc:
        if args.debug:
            raise
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader (e.g. `| head`) has what it wanted; say nothing, and keep Python's exit
        # flush from raising again on the closed stdout
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
