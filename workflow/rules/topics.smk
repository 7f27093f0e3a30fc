rule topics:
    input:
        documents=f"{RESULTS}/tables/documents.csv",
        segments=f"{RESULTS}/tables/segments.csv",
        verbatims=f"{RESULTS}/tables/verbatims.csv",
        structure=per_doc("structure.csv"),
        tokens=per_doc("tokens.csv"),
        config=CONFIG_RESOLVED,
    output:
        TOPIC_TABLES,
    log:
        f"{LOGS}/topics.log",
    benchmark:
        f"{RESULTS}/benchmarks/topics/topics.tsv"
    priority: 1  # before the exports, which then run beside the one-core report
    conda:
        ENV
    threads: 2  # config topics.n_jobs worker processes over the (model, k) grid
    resources:
        mem_mb=2000,
        runtime=30,
    params:
        interim=lambda w, input: Path(input.tokens[0]).parent.parent,
        tables=lambda w, output: Path(output[0]).parent,
        settings=config["topics"],
        dialect=CSV_DIALECT,
    shell:
        "corpus --csv-dialect {params.dialect:q} topics --interim {params.interim:q}"
        " --tables {params.tables:q} --config {input.config:q} > {log:q} 2>&1"
