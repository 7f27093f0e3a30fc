# Dialect of the corpus-wide tables (config tables.excel_csv; see corpus/io.py CSV_DIALECTS).
CSV_DIALECT = (
    "excel" if config.get("tables", {}).get("excel_csv", False) else "standard"
)


rule tables:
    input:
        sheet=config["documents"],
        themes=config["themes"],
        status=per_doc("status.json"),
        segments=per_doc("segments.jsonl"),
        tokens=per_doc("tokens.csv"),
        hits=per_doc("theme_hits.csv"),
        times=per_doc("times.csv"),
    output:
        TABLES,
    params:
        interim=lambda w, input: Path(input.status[0]).parent.parent,
        outdir=lambda w, output: Path(output[0]).parent,
        dialect=CSV_DIALECT,
    log:
        f"{LOGS}/tables.log",
    benchmark:
        f"{RESULTS}/benchmarks/tables/tables.tsv"
    resources:
        mem_mb=2000,
        runtime=10,
    conda:
        ENV
    shell:
        "corpus --csv-dialect {params.dialect:q} tables --interim {params.interim:q}"
        " --sheet {input.sheet:q} --themes {input.themes:q} -o {params.outdir:q} > {log:q} 2>&1"
