# Shared set-up: validate the config and the document sheet before any work, define paths.
import hashlib
import json
import sys
from pathlib import Path

from snakemake.exceptions import WorkflowError

from corpus.config import validate as validate_config
from corpus.config import write_resolved
from corpus.documents import load_sheet
from corpus.errors import CorpusError
from corpus.segment.speakers import check_segmentation_config
from corpus.runstate import finish_run, lock_holder, orphans, start_run
from corpus.runstate import end_of_run_summary
from corpus.themes import load_themes

# The package's validator (the draft 7 the schemas declare; Snakemake's validate() would check
# them as draft 2020-12 and warn on every run that they "may not be validated correctly") also
# fills in the schema's defaults: `config` is then the run's whole configuration.
try:
    validate_config(
        config,
        "config",
        ", ".join(str(path) for path in workflow.configfiles) or "config",
        fill_defaults=True,
    )
    SHEET = load_sheet(config["documents"])
    load_themes(config["themes"])
    check_segmentation_config(
        config["speakers"], config["conventions"], {r["doc_id"] for r in SHEET}
    )
except CorpusError as exc:
    raise WorkflowError(f"Error: {exc}") from None

DOCS = {row["doc_id"]: row for row in SHEET}
DOC_IDS = sorted(DOCS)
RESULTS = config["results"]
INTERIM = f"{RESULTS}/interim"
LOGS = f"{RESULTS}/logs"
CORPUS_DIR = config["corpus_dir"]

# Pre-flight: a sheet row whose file is missing stops the run before any job, on a clean run
# and on an incremental one alike (never a document silently left out).
_missing = [
    f"{row['doc_id']}: {Path(CORPUS_DIR) / row['file']}"
    for row in SHEET
    if not (Path(CORPUS_DIR) / row["file"]).is_file()
]
if _missing:
    raise WorkflowError(
        f"Error: {config['documents']}: input file(s) not found: " + "; ".join(_missing)
    )

# `snakemake --unlock` clears Snakemake's own lock: refused while a live run holds ours.
if "--unlock" in sys.argv and lock_holder():
    raise WorkflowError(
        f"Error: a run of the workflow is still working in this folder ({lock_holder()}); "
        "--unlock is only for the lock a dead run left behind"
    )


# The one configuration every stage reads (rules pass it as --config): config.yaml or the
# --configfile given, with --config overrides and the schema's defaults. Rewritten only when its
# content changes, so that a no-op rerun stays one; after the pre-flight checks, so that a run
# refused writes nothing.
CONFIG_RESOLVED = str(write_resolved(config, f"{RESULTS}/config.resolved.yaml"))


def start_workflow_run():
    try:
        start_run(RESULTS)
    except CorpusError as exc:
        raise WorkflowError(f"Error: {exc}") from None
    for folder in orphans(INTERIM, DOC_IDS):
        print(
            f"Warning: {folder}: document not in {config['documents']} any more; "
            "its results are left out (move it aside with `corpus clean --orphans`)",
            file=sys.stderr,
        )


wildcard_constraints:
    doc=r"[A-Za-z0-9][A-Za-z0-9_-]*",


TABLE_NAMES = [
    "confounding",
    "themes_stratified",
    "documents",
    "segments",
    "verbatims",
    "speakers",
    "theme_hits",
    "themes_by_document",
    "themes_by_region",
    "themes_by_role",
    "segment_themes",
    "agreement",
    "lexicon_check",
]
TABLES = [f"{RESULTS}/tables/{name}.csv" for name in TABLE_NAMES]
# Documents, segments, verbatims, speakers (rule tables) have no theme input, so that editing a
# lexicon re-runs neither them nor the topic models that read them; the rest: rule theme_tables.
BASE_TABLES = [
    f"{RESULTS}/tables/{name}.csv"
    for name in ("documents", "segments", "verbatims", "speakers")
]
THEME_TABLES = [t for t in TABLES if t not in BASE_TABLES]
TOPIC_TABLE_NAMES = [
    "topics",
    "topic_models",
    "topic_representatives",
    "topic_prevalence_by_document",
    "topic_prevalence_by_region",
    "topic_prevalence_by_role",
]
TOPIC_TABLES = [f"{RESULTS}/tables/{name}.csv" for name in TOPIC_TABLE_NAMES]


def pdf_of(wildcards):
    """The document's file, whatever its format (PDF or transcript)."""
    return str(Path(CORPUS_DIR) / DOCS[wildcards.doc]["file"])


# A PDF of 1 MB or more (a thesis) gets several processes; for a short document a second process
# costs more (another model load, ~3 s CPU) than it saves, and the other cores run other documents.
BIG_PDF_BYTES = 1_000_000


def threads_for_size(most):
    def threads(wildcards):
        try:
            big = Path(pdf_of(wildcards)).stat().st_size >= BIG_PDF_BYTES
        except OSError:
            big = False
        return most if big else 1

    return threads


def _pdf_mb(wildcards) -> float:
    try:
        return round(Path(pdf_of(wildcards)).stat().st_size / 1e6, 3)
    except OSError:
        return 0.0


# Scheduling order on few cores. A large document's extraction and NLP take two cores each, and
# Snakemake starts a two-core job only when two cores are free: a core stays idle whenever
# one-core jobs keep arriving. So the large documents' extraction comes first (nothing else is
# running yet), the small documents' jobs next, and the large documents' NLP last, when nothing
# is left to run beside it. Priorities are the PDF's size in MB, positive or negative.
def extract_priority(wildcards):
    return _pdf_mb(wildcards)


def analysis_priority(wildcards):
    return -_pdf_mb(wildcards)


def row_digest(wildcards):
    """Changes to a document's sheet row re-run its stages (params are a rerun trigger)."""
    row = json.dumps(DOCS[wildcards.doc], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(row.encode()).hexdigest()[:16]


def human_coding(wildcards):
    """The human coding named in config (coding: human), an input of theme_tables when set."""
    path = config["coding"]["human"]
    return [path] if path else []


def theme_examples(wildcards):
    """The coded examples named in config (coding: examples), an input of theme_tables when
    `coding.coder` is `examples` (the shipped ones belong to the package)."""
    coding = config["coding"]
    path = coding.get("examples") if coding.get("coder") == "examples" else ""
    return [path] if path else []


def per_doc(name):
    return [f"{INTERIM}/{doc}/{name}" for doc in DOC_IDS]


def report_tables(wildcards):
    """The corpus-wide tables and figures the run builds (the inputs of the default target): the
    report shows whichever of the optional ones (lexicometry, agreement, ...) this workflow makes.
    """
    # getattr: `snakemake --lint` takes the text `rules.<name>` for a rule defined in this file
    wanted = [str(f) for f in getattr(rules, "all").input]
    found = [
        f for f in wanted if f.startswith((f"{RESULTS}/tables/", f"{RESULTS}/figures/"))
    ]
    return sorted(set(found) | set(TABLES) | set(TOPIC_TABLES))


# Documented software environment of every rule (used only with `--sdm conda`).
ENV = "../envs/corpus.yaml"


# Dialect of the corpus-wide tables (config tables.excel_csv; see corpus/io.py CSV_DIALECTS).
CSV_DIALECT = "excel" if config["tables"]["excel_csv"] else "standard"
