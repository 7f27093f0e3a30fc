rule extract:
    input:
        pdf=pdf_of,
    output:
        text=f"{INTERIM}/{{doc}}/text.txt",
        pages=f"{INTERIM}/{{doc}}/pages.csv",
        styles=f"{INTERIM}/{{doc}}/styles.csv",
        structure=f"{INTERIM}/{{doc}}/structure.csv",
        audit=f"{INTERIM}/{{doc}}/audit.csv",
        status=f"{INTERIM}/{{doc}}/status.json",
    params:
        outdir=lambda wildcards: f"{INTERIM}/{wildcards.doc}",
    log:
        f"{LOGS}/extract/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/extract/{{doc}}.tsv"
    threads: 1
    resources:
        mem_mb=2000,
        runtime=30,
    shell:
        "corpus extract {input.pdf:q} --doc-id {wildcards.doc} -o {params.outdir:q} > {log:q} 2>&1"
