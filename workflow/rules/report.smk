# The report page and the run's manifest. `make report` adds Snakemake's own report.
report: "../report/workflow.rst"


REPORT_DIR = f"{RESULTS}/report"
REPORT_PAGES = [
    f"{REPORT_DIR}/index.html",
    f"{REPORT_DIR}/verbatims.html",
    *[f"{REPORT_DIR}/documents/{doc}.html" for doc in DOC_IDS],
]


rule report:
    input:
        documents=f"{RESULTS}/tables/documents.csv",
        tables=report_tables,
        config=CONFIG_RESOLVED,
        sheet=config["documents"],
        themes=config["themes"],
    output:
        report(
            f"{REPORT_DIR}/index.html",
            caption="../report/index.rst",
            category="Report",
        ),
    log:
        f"{LOGS}/report/index.log",
    benchmark:
        f"{RESULTS}/benchmarks/report/index.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        tables=lambda w, input: Path(input.documents).parent,
        figures=lambda w, input: Path(input.documents).parent.parent / "figures",
        corpus_dir=CORPUS_DIR,
    shell:
        "corpus report index --tables {params.tables:q} --figures {params.figures:q} --config {input.config:q}"
        " --themes {input.themes:q} --sheet {input.sheet:q} --corpus-dir {params.corpus_dir:q}"
        " -o {output:q} > {log:q} 2>&1"


rule report_verbatims:
    input:
        documents=f"{RESULTS}/tables/documents.csv",
        tables=report_tables,
        config=CONFIG_RESOLVED,
        sheet=config["documents"],
        themes=config["themes"],
    output:
        f"{REPORT_DIR}/verbatims.html",
    log:
        f"{LOGS}/report/verbatims.log",
    benchmark:
        f"{RESULTS}/benchmarks/report/verbatims.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        tables=lambda w, input: Path(input.documents).parent,
        corpus_dir=CORPUS_DIR,
    shell:
        "corpus report verbatims --tables {params.tables:q} --config {input.config:q}"
        " --themes {input.themes:q} --sheet {input.sheet:q} --corpus-dir {params.corpus_dir:q}"
        " -o {output:q} > {log:q} 2>&1"


# One job per document: the audit view of a thesis is the slow part, and the pages are built in
# parallel instead of in one job whose time grows with the corpus.
rule report_doc:
    input:
        documents=f"{RESULTS}/tables/documents.csv",
        tables=report_tables,
        text=f"{INTERIM}/{{doc}}/text.txt",
        pages=f"{INTERIM}/{{doc}}/pages.csv",
        structure=f"{INTERIM}/{{doc}}/structure.csv",
        segments=f"{INTERIM}/{{doc}}/segments.jsonl",
        status=f"{INTERIM}/{{doc}}/status.json",
        config=CONFIG_RESOLVED,
        sheet=config["documents"],
        themes=config["themes"],
    output:
        f"{REPORT_DIR}/documents/{{doc}}.html",
    log:
        f"{LOGS}/report/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/report/{{doc}}.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        tables=lambda w, input: Path(input.documents).parent,
        interim=lambda w, input: Path(input.status).parent.parent,
        corpus_dir=CORPUS_DIR,
    shell:
        "corpus report doc --doc {wildcards.doc:q} --tables {params.tables:q} --interim {params.interim:q}"
        " --config {input.config:q} --themes {input.themes:q} --sheet {input.sheet:q}"
        " --corpus-dir {params.corpus_dir:q} -o {output:q} > {log:q} 2>&1"


rule manifest:
    input:
        pdfs=[str(Path(CORPUS_DIR) / DOCS[d]["file"]) for d in DOC_IDS],
        configs=[
            config["documents"],
            config["themes"],
            config["gazetteer"],
            config["speakers"],
            config["conventions"],
            CONFIG_RESOLVED,
        ],
        tables=TABLES + TOPIC_TABLES,
        report=f"{RESULTS}/report/index.html",
        # hashed too, so `corpus verify` covers them (EXPORTS: defined in exports.smk)
        exports=lambda wildcards: EXPORTS,
    output:
        report(
            f"{RESULTS}/manifest.json",
            caption="../report/manifest.rst",
            category="Provenance",
        ),
    log:
        f"{LOGS}/manifest.log",
    benchmark:
        f"{RESULTS}/benchmarks/manifest/manifest.tsv"
    conda:
        ENV
    params:
        tables=lambda w, input: Path(input.tables[0]).parent,
    shell:
        "corpus manifest --inputs {input.pdfs:q} --configs {input.configs:q} --tables {params.tables:q}"
        " --report {input.report:q} --exports {input.exports:q} -o {output:q} > {log:q} 2>&1"
