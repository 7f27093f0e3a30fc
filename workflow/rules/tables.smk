rule tables:
    input:
        sheet=config["documents"],
        status=per_doc("status.json"),
        segments=per_doc("segments.jsonl"),
        tokens=per_doc("tokens.csv"),
        times=per_doc("times.csv"),
    output:
        BASE_TABLES,
    log:
        f"{LOGS}/tables.log",
    benchmark:
        f"{RESULTS}/benchmarks/tables/tables.tsv"
    conda:
        ENV
    resources:
        mem_mb=2000,
        runtime=10,
    params:
        interim=lambda w, input: Path(input.status[0]).parent.parent,
        outdir=lambda w, output: Path(output[0]).parent,
        dialect=CSV_DIALECT,
    shell:
        "corpus --csv-dialect {params.dialect:q} tables --interim {params.interim:q}"
        " --sheet {input.sheet:q} -o {params.outdir:q} --part base > {log:q} 2>&1"
