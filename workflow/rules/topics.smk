rule topics:
    input:
        segments=f"{RESULTS}/tables/segments.csv",
        tokens=per_doc("tokens.csv"),
        config="config/config.yaml",
    output:
        TOPIC_TABLES,
    params:
        interim=INTERIM,
        tables=f"{RESULTS}/tables",
        settings=config.get("topics", {}),
    log:
        f"{LOGS}/topics.log",
    benchmark:
        f"{RESULTS}/benchmarks/topics/topics.tsv"
    threads: 2
    resources:
        mem_mb=4000,
        runtime=30,
    shell:
        "corpus topics --interim {params.interim:q} --tables {params.tables:q}"
        " --config {input.config:q} > {log:q} 2>&1"
