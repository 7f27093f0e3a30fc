rule nlp:
    input:
        segments=f"{INTERIM}/{{doc}}/segments.jsonl",
        status=f"{INTERIM}/{{doc}}/status.json",
    output:
        f"{INTERIM}/{{doc}}/tokens.csv",
    log:
        f"{LOGS}/nlp/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/nlp/{{doc}}.tsv"
    priority: analysis_priority
    conda:
        ENV
    threads: threads_for_size(config["nlp"]["threads"])
    resources:
        mem_mb=2000,
        runtime=30,
    params:
        outdir=lambda wildcards: f"{INTERIM}/{wildcards.doc}",
        model=config["model"],
        batch_size=config["nlp"]["batch_size"],
    shell:
        "corpus nlp {params.outdir:q} --model {params.model:q} --batch-size {params.batch_size:q}"
        " --threads {threads} > {log:q} 2>&1"
