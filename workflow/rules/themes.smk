rule themes:
    input:
        tokens=f"{INTERIM}/{{doc}}/tokens.csv",
        status=f"{INTERIM}/{{doc}}/status.json",
        themes=config["themes"],
    output:
        f"{INTERIM}/{{doc}}/theme_hits.csv",
    params:
        outdir=lambda wildcards: f"{INTERIM}/{wildcards.doc}",
        model=config["model"],
    log:
        f"{LOGS}/themes/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/themes/{{doc}}.tsv"
    resources:
        mem_mb=1000,
        runtime=10,
    conda:
        ENV
    shell:
        "corpus themes {params.outdir:q} --doc-id {wildcards.doc} --themes {input.themes:q}"
        " --model {params.model} > {log:q} 2>&1"
