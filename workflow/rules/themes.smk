rule lexicon:
    input:
        themes=config["themes"],
    output:
        f"{INTERIM}/theme_patterns.json",
    params:
        model=config["model"],
    log:
        f"{LOGS}/lexicon.log",
    benchmark:
        f"{RESULTS}/benchmarks/lexicon/lexicon.tsv"
    resources:
        mem_mb=1000,
        runtime=10,
    conda:
        ENV
    shell:
        "corpus lexicon --themes {input.themes:q} --model {params.model:q} -o {output:q} > {log:q} 2>&1"


rule themes:
    input:
        tokens=f"{INTERIM}/{{doc}}/tokens.csv",
        status=f"{INTERIM}/{{doc}}/status.json",
        patterns=f"{INTERIM}/theme_patterns.json",
    output:
        f"{INTERIM}/{{doc}}/theme_hits.csv",
    params:
        outdir=lambda wildcards, input: Path(input.tokens).parent,
    priority: analysis_priority
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
        "corpus themes {params.outdir:q} --doc-id {wildcards.doc} --patterns {input.patterns:q}"
        " > {log:q} 2>&1"
