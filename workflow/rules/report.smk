# The report page and the run's manifest. `make report` adds Snakemake's own report.
report: "../report/workflow.rst"


rule report:
    input:
        tables=TABLES,
        topics=TOPIC_TABLES,
        # the audit view reads each document's text, page map, structure and segments
        text=per_doc("text.txt"),
        pages=per_doc("pages.csv"),
        structure=per_doc("structure.csv"),
        segments=per_doc("segments.jsonl"),
        status=per_doc("status.json"),
        config="config/config.yaml",
        themes=config["themes"],
    output:
        report(f"{RESULTS}/report/index.html", caption="../report/index.rst", category="Report"),
    params:
        tables=lambda w, input: Path(input.tables[0]).parent,
        interim=lambda w, input: Path(input.status[0]).parent.parent,
    log:
        f"{LOGS}/report.log",
    benchmark:
        f"{RESULTS}/benchmarks/report/report.tsv"
    resources:
        mem_mb=1000,
        runtime=10,
    conda:
        ENV
    shell:
        "corpus report --tables {params.tables:q} --interim {params.interim:q} --config {input.config:q}"
        " --themes {input.themes:q} -o {output:q} > {log:q} 2>&1"


rule manifest:
    input:
        pdfs=[str(Path(CORPUS_DIR) / DOCS[d]["file"]) for d in DOC_IDS],
        configs=[config["documents"], config["themes"], config["gazetteer"], "config/config.yaml"],
        tables=TABLES + TOPIC_TABLES,
        report=f"{RESULTS}/report/index.html",
        # hashed too, so `corpus verify` covers them (EXPORTS: defined in exports.smk)
        exports=lambda wildcards: EXPORTS,
    output:
        report(f"{RESULTS}/manifest.json", caption="../report/manifest.rst", category="Provenance"),
    params:
        tables=lambda w, input: Path(input.tables[0]).parent,
    log:
        f"{LOGS}/manifest.log",
    benchmark:
        f"{RESULTS}/benchmarks/manifest/manifest.tsv"
    conda:
        ENV
    shell:
        "corpus manifest --inputs {input.pdfs:q} --configs {input.configs:q} --tables {params.tables:q}"
        " --report {input.report:q} --exports {input.exports:q} -o {output:q} > {log:q} 2>&1"
