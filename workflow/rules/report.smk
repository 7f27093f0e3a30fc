rule report:
    input:
        tables=TABLES,
        topics=TOPIC_TABLES,
        config="config/config.yaml",
    output:
        report(f"{RESULTS}/report/index.html", category="Report"),
    params:
        tables=f"{RESULTS}/tables",
    log:
        f"{LOGS}/report.log",
    benchmark:
        f"{RESULTS}/benchmarks/report/report.tsv"
    resources:
        mem_mb=1000,
        runtime=10,
    shell:
        "corpus report --tables {params.tables:q} --config {input.config:q} -o {output:q} > {log:q} 2>&1"


rule manifest:
    input:
        pdfs=[str(Path(CORPUS_DIR) / DOCS[d]["file"]) for d in DOC_IDS],
        configs=[config["documents"], config["themes"], config["gazetteer"], "config/config.yaml"],
        tables=TABLES + TOPIC_TABLES,
        report=f"{RESULTS}/report/index.html",
    output:
        f"{RESULTS}/manifest.json",
    params:
        tables=f"{RESULTS}/tables",
    log:
        f"{LOGS}/manifest.log",
    benchmark:
        f"{RESULTS}/benchmarks/manifest/manifest.tsv"
    shell:
        "corpus manifest --inputs {input.pdfs:q} --configs {input.configs:q} --tables {params.tables:q}"
        " -o {output:q} > {log:q} 2>&1"
