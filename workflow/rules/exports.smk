# Exports for the tools researchers already use (IRaMuTeQ, REFI-QDA .qdpx, TXM) and the tables
# as one workbook; see src/corpus/exports/ for the formats. They read the tables and the cleaned
# texts only.
EXPORT_DIR = f"{RESULTS}/exports"
IRAMUTEQ_UNIT = config["exports"]["iramuteq_unit"]
XLSX = f"{RESULTS}/tables.xlsx"
EXPORTS = [
    f"{EXPORT_DIR}/corpus_iramuteq.txt",
    f"{EXPORT_DIR}/corpus.qdpx",
    f"{EXPORT_DIR}/txm",
    XLSX,
]
# Folders passed to the CLI are derived from the inputs (lint: no hard-coded path prefixes).
EXPORT_TABLES = [
    f"{RESULTS}/tables/{name}.csv"
    for name in ("documents", "verbatims", "theme_hits", "segments")
]


# Every corpus-wide table some rule of this workflow writes (this file is included last, so all
# rules are known): the optional tables the exports use when present (segment_themes, CHD classes)
# become inputs only where a stage produces them, and the workbook gets a sheet for each table.
FOUND_TABLES = {
    str(out)
    for r in workflow.rules
    for out in r.output
    if str(out).startswith(f"{RESULTS}/tables/")
    and str(out).endswith(".csv")
    and "{" not in str(out)
}
WORKFLOW_TABLES = [t for t in TABLES + TOPIC_TABLES if t in FOUND_TABLES] + sorted(
    FOUND_TABLES - set(TABLES + TOPIC_TABLES)
)
OPTIONAL_EXPORT_TABLES = [
    t
    for t in WORKFLOW_TABLES
    if Path(t).stem in ("segment_themes", "chd_segments", "chd_classes")
]


rule export_iramuteq:
    input:
        tables=EXPORT_TABLES,
        optional=OPTIONAL_EXPORT_TABLES,
        themes=config["themes"],
        texts=per_doc("text.txt"),
        structure=per_doc("structure.csv"),
    output:
        f"{EXPORT_DIR}/corpus_iramuteq.txt",
    log:
        f"{LOGS}/exports/iramuteq.log",
    benchmark:
        f"{RESULTS}/benchmarks/exports/iramuteq.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        tables=lambda w, input: Path(input.tables[0]).parent,
        interim=lambda w, input: Path(input.texts[0]).parent.parent,
        unit=IRAMUTEQ_UNIT,
    shell:
        "corpus export iramuteq --tables {params.tables:q} --interim {params.interim:q}"
        " --themes {input.themes:q} --unit {params.unit:q} -o {output:q} > {log:q} 2>&1"


rule export_qdpx:
    input:
        tables=EXPORT_TABLES,
        optional=OPTIONAL_EXPORT_TABLES,
        themes=config["themes"],
        texts=per_doc("text.txt"),
    output:
        f"{EXPORT_DIR}/corpus.qdpx",
    log:
        f"{LOGS}/exports/qdpx.log",
    benchmark:
        f"{RESULTS}/benchmarks/exports/qdpx.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        tables=lambda w, input: Path(input.tables[0]).parent,
        interim=lambda w, input: Path(input.texts[0]).parent.parent,
    shell:
        "corpus export qdpx --tables {params.tables:q} --interim {params.interim:q}"
        " --themes {input.themes:q} -o {output:q} > {log:q} 2>&1"


rule export_txm:
    input:
        tables=EXPORT_TABLES,
        sheet=config["documents"],
        texts=per_doc("text.txt"),
    output:
        directory(f"{EXPORT_DIR}/txm"),
    log:
        f"{LOGS}/exports/txm.log",
    benchmark:
        f"{RESULTS}/benchmarks/exports/txm.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        tables=lambda w, input: Path(input.tables[0]).parent,
        interim=lambda w, input: Path(input.texts[0]).parent.parent,
    shell:
        "corpus export txm --tables {params.tables:q} --interim {params.interim:q}"
        " --sheet {input.sheet:q} -o {output:q} > {log:q} 2>&1"


rule tables_xlsx:
    input:
        WORKFLOW_TABLES,
    output:
        XLSX,
    log:
        f"{LOGS}/exports/xlsx.log",
    benchmark:
        f"{RESULTS}/benchmarks/exports/xlsx.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    shell:
        "corpus export xlsx {input:q} -o {output:q} > {log:q} 2>&1"
